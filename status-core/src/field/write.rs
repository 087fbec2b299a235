//! The header values status-core writes from typed field values. Each returns `None` rather
//! than panic; the values each one can produce are checked by the tests against their grammar.

use super::retry_after::whole_seconds;
use super::RetryAfter;
use http::{HeaderValue, Method};
use std::io::Write as _;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// The first second httpdate cannot format: 10000-01-01T00:00:00Z.
const YEAR_10000: u64 = 253_402_300_800;

/// The length of an IMF-fixdate, `Sun, 06 Nov 1994 08:49:37 GMT` (RFC 9110 §5.6.7).
const IMF_FIXDATE_LEN: usize = 29;

/// `prefix` followed by `n` in decimal, in one allocation: the bytes are written once, to a
/// buffer of the exact length, which the header value then owns (`HeaderValue::from(u64)` and
/// `from_str` each allocate twice).
pub(crate) fn decimal(prefix: &str, n: impl itoa::Integer) -> Option<HeaderValue> {
    let mut digits = itoa::Buffer::new();
    let digits = digits.format(n);
    let mut bytes = Vec::with_capacity(prefix.len().saturating_add(digits.len()));
    bytes.extend_from_slice(prefix.as_bytes());
    bytes.extend_from_slice(digits.as_bytes());
    HeaderValue::try_from(bytes).ok()
}

/// `GET, HEAD`: the methods, comma-separated, in one allocation; an empty list is an empty
/// value (RFC 9110 §10.2.1). `http::Method` holds only tokens.
pub(crate) fn allow(methods: &[Method]) -> Option<HeaderValue> {
    let len = methods.iter().fold(0usize, |len, method| {
        len.saturating_add(method.as_str().len()).saturating_add(2)
    });
    let mut bytes = Vec::with_capacity(len.saturating_sub(2));
    for method in methods {
        if !bytes.is_empty() {
            bytes.extend_from_slice(b", ");
        }
        bytes.extend_from_slice(method.as_str().as_bytes());
    }
    HeaderValue::try_from(bytes).ok()
}

/// Delay-seconds, or an IMF-fixdate rounded up to the whole second; see [`RetryAfter`].
pub(crate) fn retry_after(value: RetryAfter) -> Option<HeaderValue> {
    let time = match value {
        RetryAfter::Seconds(seconds) => return decimal("", seconds),
        RetryAfter::Date(time) => time,
    };
    let Ok(since_epoch) = time.duration_since(UNIX_EPOCH) else {
        // Before 1970: long past, so the client may retry now.
        return decimal("", 0u64);
    };
    let seconds = whole_seconds(since_epoch);
    if seconds < YEAR_10000 {
        return imf_fixdate(UNIX_EPOCH.checked_add(Duration::from_secs(seconds))?);
    }
    // No IMF-fixdate reaches past 9999: the same instant as a delay from now.
    let delay = time
        .duration_since(SystemTime::now())
        .map_or(0, whole_seconds);
    decimal("", delay)
}

/// `time`, which is from 1970 to the end of 9999 and a whole second, as an IMF-fixdate, in one
/// allocation.
fn imf_fixdate(time: SystemTime) -> Option<HeaderValue> {
    let mut bytes = Vec::with_capacity(IMF_FIXDATE_LEN);
    write!(bytes, "{}", httpdate::HttpDate::from(time)).ok()?;
    HeaderValue::try_from(bytes).ok()
}

/// `bytes */<length>`, the unsatisfied-range form (RFC 9110 §14.4).
pub(crate) fn content_range(length: u64) -> Option<HeaderValue> {
    decimal("bytes */", length)
}

/// Whether `bytes` can be sent as a field value as it is (RFC 9110 §5.5): visible ASCII, with
/// spaces and tabs only between visible characters. No CR, LF, NUL or other control character,
/// no obs-text (bytes above 0x7F).
pub(crate) fn is_field_value(bytes: &[u8]) -> bool {
    let blank = |b: &u8| *b == b' ' || *b == b'\t';
    bytes.iter().all(|b| blank(b) || b.is_ascii_graphic())
        && !bytes.first().is_some_and(blank)
        && !bytes.last().is_some_and(blank)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(value: Option<HeaderValue>) -> Option<String> {
        value.and_then(|value| value.to_str().ok().map(str::to_owned))
    }

    #[test]
    fn delays() {
        assert_eq!(
            text(retry_after(RetryAfter::Seconds(0))).as_deref(),
            Some("0")
        );
        assert_eq!(
            text(retry_after(RetryAfter::Seconds(u64::MAX))).as_deref(),
            Some("18446744073709551615")
        );
        assert_eq!(
            text(retry_after(RetryAfter::from(Duration::MAX))).as_deref(),
            Some("18446744073709551615")
        );
    }

    #[test]
    fn dates() {
        let date = |seconds: u64, nanos: u32| {
            let time = UNIX_EPOCH.checked_add(Duration::new(seconds, nanos));
            time.and_then(|time| text(retry_after(RetryAfter::Date(time))))
        };
        assert_eq!(date(0, 0).as_deref(), Some("Thu, 01 Jan 1970 00:00:00 GMT"));
        assert_eq!(
            date(784_111_777, 0).as_deref(),
            Some("Sun, 06 Nov 1994 08:49:37 GMT")
        );
        // Rounded up: never a second before the time given.
        assert_eq!(
            date(784_111_776, 1).as_deref(),
            Some("Sun, 06 Nov 1994 08:49:37 GMT")
        );
        assert_eq!(
            date(YEAR_10000 - 1, 0).as_deref(),
            Some("Fri, 31 Dec 9999 23:59:59 GMT")
        );
        let before = UNIX_EPOCH.checked_sub(Duration::from_nanos(1));
        assert_eq!(
            before
                .and_then(|time| text(retry_after(RetryAfter::Date(time))))
                .as_deref(),
            Some("0")
        );
    }

    #[test]
    fn past_9999_is_a_delay_from_now() {
        let far = UNIX_EPOCH
            .checked_add(Duration::new(YEAR_10000 - 1, 1))
            .expect("in range");
        let before = SystemTime::now();
        let sent = text(retry_after(RetryAfter::Date(far))).expect("sent");
        let after = SystemTime::now();
        let sent: u64 = sent.parse().expect("delay-seconds");
        let delay = |now: SystemTime| whole_seconds(far.duration_since(now).expect("future"));
        assert!(delay(after) <= sent && sent <= delay(before), "{sent}");
    }

    #[test]
    fn method_lists() {
        let custom = Method::from_bytes(b"PURGE").ok();
        let methods: Vec<Method> = [Some(Method::GET), custom].into_iter().flatten().collect();
        assert_eq!(text(allow(&methods)).as_deref(), Some("GET, PURGE"));
        assert_eq!(text(allow(&[])).as_deref(), Some(""));
    }

    #[test]
    fn field_values() {
        for good in ["", "abc", "a\tb", "a b", "~!"] {
            assert!(is_field_value(good.as_bytes()), "{good:?}");
        }
        for bad in [
            "a\r\nb", "a\nb", "a\0", "\tx", "x\t", " x", "x ", " ", "é", "a\u{7f}", "\u{1}",
        ] {
            assert!(!is_field_value(bad.as_bytes()), "{bad:?}");
        }
        assert!(!is_field_value(b"a\x80b"));
        assert!(!is_field_value(b"\xff"));
    }
}
