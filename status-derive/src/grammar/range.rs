//! The `Content-Range` of a 416 response, RFC 9110 §14.4 and §15.5.17: the unsatisfied-range
//! form, `bytes */` and the complete length.

use super::field::field_value;
use super::Check;

/// Checks the `Content-Range` of a 416 response, RFC 9110 §14.4: exactly `bytes */` and the
/// complete length in digits, as in `bytes */1234`.
///
/// # Errors
///
/// On anything else, including a satisfied range such as `bytes 0-10/1234`.
pub fn content_range_unsatisfied(s: &str) -> Check {
    field_value(s)?;
    let ok = s
        .strip_prefix("bytes */")
        .is_some_and(|length| !length.is_empty() && length.bytes().all(|b| b.is_ascii_digit()));
    if ok {
        return Ok(());
    }
    if s.is_empty() {
        return Err(
            "expected `bytes */` and the complete length, as in `bytes */1234` \
                    (RFC 9110 §14.4)"
                .to_owned(),
        );
    }
    Err(format!(
        "`{s}` is not an unsatisfied range: expected `bytes */` and the complete length, as in \
         `bytes */1234` (RFC 9110 §14.4)"
    ))
}

#[cfg(test)]
mod tests {
    use super::super::err;
    use super::*;

    #[test]
    fn unsatisfied_content_ranges() {
        assert_eq!(content_range_unsatisfied("bytes */1234"), Ok(()));
        assert_eq!(
            err(content_range_unsatisfied("bytes 0-10/1234")),
            "`bytes 0-10/1234` is not an unsatisfied range: expected `bytes */` and the complete \
             length, as in `bytes */1234` (RFC 9110 §14.4)"
        );
        for bad in [
            "bytes */",
            "bytes */-1",
            "Bytes */12",
            "bytes  */12",
            "",
            "bytes */1 ",
        ] {
            assert!(content_range_unsatisfied(bad).is_err(), "{bad}");
        }
    }
}
