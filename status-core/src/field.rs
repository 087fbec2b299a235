//! Header values that exist only at run time: the types a field marked
//! `#[status(www_authenticate)]`, `#[status(allow)]`, `#[status(retry_after)]`,
//! `#[status(content_range)]` or `#[status(header = "name")]` may have.
//!
//! Each trait turns a value into header values that cannot be malformed. A value that cannot
//! be written (a string with CR, LF, NUL or another control character, non-ASCII text, a time
//! before 1970) is left out of the response: building a response never panics and never
//! writes a line break into a header. `Option<T>` sends nothing for `None`.
//!
//! ```
//! use std::time::Duration;
//! use http::Method;
//! use status_core::{Challenge, HttpStatusError};
//!
//! #[derive(Debug, HttpStatusError)]
//! enum ApiError {
//!     #[status(401)]
//!     Unauthenticated {
//!         #[status(www_authenticate)]
//!         challenges: Vec<Challenge>,
//!     },
//!     #[status(405)]
//!     Method(#[status(allow)] Vec<Method>),
//!     #[status(429, message = "slow down")]
//!     Limited(#[status(retry_after)] Duration),
//!     #[status(404, message = "not found")]
//!     Traced(#[status(header = "x-request-id")] String),
//! }
//! # impl std::fmt::Display for ApiError {
//! #     fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result { f.write_str("denied") }
//! # }
//!
//! let response = ApiError::Method(vec![Method::GET, Method::HEAD]).to_response::<String>();
//! assert_eq!(response.headers()["allow"], "GET, HEAD");
//!
//! let response = ApiError::Limited(Duration::from_millis(1500)).to_response::<String>();
//! assert_eq!(response.headers()["retry-after"], "2");
//!
//! // A value with a line break is left out, never sent.
//! let response = ApiError::Traced("42\r\nSet-Cookie: a=b".into()).to_response::<String>();
//! assert!(response.headers().get("x-request-id").is_none());
//! ```

use crate::Challenge;
use http::{HeaderValue, Method};
use std::borrow::Cow;
use std::rc::Rc;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Challenges for `WWW-Authenticate` or `Proxy-Authenticate`: one field line each.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot supply challenges: use `Challenge`, or a `Vec`, array or `Option` of them",
    label = "this field is sent as WWW-Authenticate or Proxy-Authenticate"
)]
pub trait ChallengeValue {
    /// Calls `line` with each challenge's header value, in order.
    fn for_each_challenge(&self, line: &mut dyn FnMut(HeaderValue));
}

/// The methods for `Allow` (RFC 9110 §10.2.1); an empty list is sent as an empty value.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot supply Allow: use `http::Method`, or a `Vec`, array or slice of them",
    label = "this field is sent as Allow"
)]
pub trait AllowValue {
    /// The header value, if there is one to send.
    fn allow_value(&self) -> Option<HeaderValue>;
}

/// A `Retry-After` value (RFC 9110 §10.2.3): whole seconds (a `Duration` is rounded up), or a
/// `SystemTime` written as an IMF-fixdate.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot supply Retry-After: use whole seconds (`u64`), `Duration` or `SystemTime`",
    label = "this field is sent as Retry-After"
)]
pub trait RetryAfterValue {
    /// The header value, if there is one to send.
    fn retry_after_value(&self) -> Option<HeaderValue>;
}

/// The complete length of the representation, sent as `Content-Range: bytes */<length>`
/// (RFC 9110 §14.4).
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot supply Content-Range: use the complete length as a `u64`",
    label = "this field is sent as Content-Range: bytes */<length>"
)]
pub trait ContentRangeValue {
    /// The header value, if there is one to send.
    fn content_range_value(&self) -> Option<HeaderValue>;
}

/// Any other header value, for `#[status(header = "name")]` fields.
///
/// Strings are sent when they are ASCII without control characters (a tab only inside) and
/// without leading or trailing whitespace (RFC 9110 §5.5); anything else is left out. Implement it for your own
/// types to send them.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be a header value: use a string, an integer or a `HeaderValue`, or implement `ToHeaderValue`",
    label = "this field is sent as a header"
)]
pub trait ToHeaderValue {
    /// The header value, if this value can be one.
    fn to_header_value(&self) -> Option<HeaderValue>;
}

impl ChallengeValue for Challenge {
    fn for_each_challenge(&self, line: &mut dyn FnMut(HeaderValue)) {
        if let Some(value) = self.header_value() {
            line(value);
        }
    }
}

impl<T: ChallengeValue> ChallengeValue for [T] {
    fn for_each_challenge(&self, line: &mut dyn FnMut(HeaderValue)) {
        for challenge in self {
            challenge.for_each_challenge(line);
        }
    }
}

impl<T: ChallengeValue> ChallengeValue for Vec<T> {
    fn for_each_challenge(&self, line: &mut dyn FnMut(HeaderValue)) {
        self.as_slice().for_each_challenge(line);
    }
}

impl<T: ChallengeValue, const N: usize> ChallengeValue for [T; N] {
    fn for_each_challenge(&self, line: &mut dyn FnMut(HeaderValue)) {
        self.as_slice().for_each_challenge(line);
    }
}

impl<T: ChallengeValue> ChallengeValue for Option<T> {
    fn for_each_challenge(&self, line: &mut dyn FnMut(HeaderValue)) {
        if let Some(value) = self {
            value.for_each_challenge(line);
        }
    }
}

impl AllowValue for [Method] {
    fn allow_value(&self) -> Option<HeaderValue> {
        let mut list = String::new();
        for method in self {
            if !list.is_empty() {
                list.push_str(", ");
            }
            list.push_str(method.as_str());
        }
        HeaderValue::from_str(&list).ok()
    }
}

impl AllowValue for Vec<Method> {
    fn allow_value(&self) -> Option<HeaderValue> {
        self.as_slice().allow_value()
    }
}

impl<const N: usize> AllowValue for [Method; N] {
    fn allow_value(&self) -> Option<HeaderValue> {
        self.as_slice().allow_value()
    }
}

impl AllowValue for Method {
    fn allow_value(&self) -> Option<HeaderValue> {
        std::slice::from_ref(self).allow_value()
    }
}

impl<T: AllowValue> AllowValue for Option<T> {
    fn allow_value(&self) -> Option<HeaderValue> {
        self.as_ref().and_then(AllowValue::allow_value)
    }
}

/// `prefix` followed by `n` in decimal, in one allocation: the bytes are written once, to a
/// buffer of the exact length, which the header value then owns (`HeaderValue::from(u64)` and
/// `from_str` each allocate twice).
fn decimal(prefix: &str, n: impl itoa::Integer) -> Option<HeaderValue> {
    let mut digits = itoa::Buffer::new();
    let digits = digits.format(n);
    let mut bytes = Vec::with_capacity(prefix.len() + digits.len());
    bytes.extend_from_slice(prefix.as_bytes());
    bytes.extend_from_slice(digits.as_bytes());
    HeaderValue::try_from(bytes).ok()
}

macro_rules! seconds {
    ($($int:ty)*) => {$(
        impl RetryAfterValue for $int {
            fn retry_after_value(&self) -> Option<HeaderValue> {
                decimal("", *self)
            }
        }

        impl ContentRangeValue for $int {
            fn content_range_value(&self) -> Option<HeaderValue> {
                decimal("bytes */", *self)
            }
        }
    )*};
}

seconds!(u16 u32 u64 usize);

impl RetryAfterValue for Duration {
    fn retry_after_value(&self) -> Option<HeaderValue> {
        let seconds = self.as_secs() + u64::from(self.subsec_nanos() > 0);
        decimal("", seconds)
    }
}

impl RetryAfterValue for SystemTime {
    fn retry_after_value(&self) -> Option<HeaderValue> {
        // httpdate formats 1970-01-01 up to the end of 9999; outside that there is no
        // IMF-fixdate to write.
        const YEAR_10000: u64 = 253_402_300_800;
        let since_epoch = self.duration_since(UNIX_EPOCH).ok()?;
        if since_epoch.as_secs() >= YEAR_10000 {
            return None;
        }
        HeaderValue::from_str(&httpdate::fmt_http_date(*self)).ok()
    }
}

impl<T: RetryAfterValue> RetryAfterValue for Option<T> {
    fn retry_after_value(&self) -> Option<HeaderValue> {
        self.as_ref().and_then(RetryAfterValue::retry_after_value)
    }
}

impl<T: ContentRangeValue> ContentRangeValue for Option<T> {
    fn content_range_value(&self) -> Option<HeaderValue> {
        self.as_ref()
            .and_then(ContentRangeValue::content_range_value)
    }
}

impl ToHeaderValue for str {
    fn to_header_value(&self) -> Option<HeaderValue> {
        let blank = |c: char| c == ' ' || c == '\t';
        let clean = self
            .bytes()
            .all(|b| b == b' ' || b == b'\t' || b.is_ascii_graphic())
            && !self.starts_with(blank)
            && !self.ends_with(blank);
        clean.then(|| HeaderValue::from_str(self).ok()).flatten()
    }
}

impl ToHeaderValue for String {
    fn to_header_value(&self) -> Option<HeaderValue> {
        self.as_str().to_header_value()
    }
}

impl ToHeaderValue for Cow<'_, str> {
    fn to_header_value(&self) -> Option<HeaderValue> {
        self.as_ref().to_header_value()
    }
}

impl ToHeaderValue for HeaderValue {
    fn to_header_value(&self) -> Option<HeaderValue> {
        Some(self.clone())
    }
}

macro_rules! integers {
    ($($int:ty)*) => {$(
        impl ToHeaderValue for $int {
            fn to_header_value(&self) -> Option<HeaderValue> {
                decimal("", *self)
            }
        }
    )*};
}

integers!(u16 u32 u64 usize i16 i32 i64 isize);

impl<T: ToHeaderValue> ToHeaderValue for Option<T> {
    fn to_header_value(&self) -> Option<HeaderValue> {
        self.as_ref().and_then(ToHeaderValue::to_header_value)
    }
}

/// References and smart pointers send what they point to.
macro_rules! pointers {
    ($($trait:ident :: $method:ident -> $out:ty;)*) => {$(
        impl<T: $trait + ?Sized> $trait for &T {
            fn $method(&self) -> $out {
                (**self).$method()
            }
        }

        impl<T: $trait + ?Sized> $trait for Box<T> {
            fn $method(&self) -> $out {
                (**self).$method()
            }
        }

        impl<T: $trait + ?Sized> $trait for Rc<T> {
            fn $method(&self) -> $out {
                (**self).$method()
            }
        }

        impl<T: $trait + ?Sized> $trait for Arc<T> {
            fn $method(&self) -> $out {
                (**self).$method()
            }
        }
    )*};
}

pointers! {
    AllowValue::allow_value -> Option<HeaderValue>;
    RetryAfterValue::retry_after_value -> Option<HeaderValue>;
    ContentRangeValue::content_range_value -> Option<HeaderValue>;
    ToHeaderValue::to_header_value -> Option<HeaderValue>;
}

impl<T: ChallengeValue + ?Sized> ChallengeValue for &T {
    fn for_each_challenge(&self, line: &mut dyn FnMut(HeaderValue)) {
        (**self).for_each_challenge(line);
    }
}

impl<T: ChallengeValue + ?Sized> ChallengeValue for Box<T> {
    fn for_each_challenge(&self, line: &mut dyn FnMut(HeaderValue)) {
        (**self).for_each_challenge(line);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn retry_after() {
        assert_eq!(Duration::from_secs(0).retry_after_value().unwrap(), "0");
        assert_eq!(Duration::from_nanos(1).retry_after_value().unwrap(), "1");
        assert_eq!(Duration::from_secs(120).retry_after_value().unwrap(), "120");
        let date = UNIX_EPOCH + Duration::from_secs(784_111_777);
        assert_eq!(
            date.retry_after_value().unwrap(),
            "Sun, 06 Nov 1994 08:49:37 GMT"
        );
        assert_eq!(
            (UNIX_EPOCH - Duration::from_secs(1)).retry_after_value(),
            None
        );
        let far = UNIX_EPOCH + Duration::from_secs(253_402_300_800);
        assert_eq!(far.retry_after_value(), None);
        assert_eq!(None::<u32>.retry_after_value(), None);
    }

    #[test]
    fn allow() {
        assert_eq!(
            [Method::GET, Method::HEAD].allow_value().unwrap(),
            "GET, HEAD"
        );
        assert_eq!(Vec::<Method>::new().allow_value().unwrap(), "");
        let custom = Method::from_bytes(b"PURGE").unwrap();
        assert_eq!(vec![custom].allow_value().unwrap(), "PURGE");
    }

    #[test]
    fn values() {
        assert_eq!(1234u64.content_range_value().unwrap(), "bytes */1234");
        assert_eq!("abc".to_header_value().unwrap(), "abc");
        assert_eq!("a\tb".to_header_value().unwrap(), "a\tb");
        for bad in [
            "a\r\nb", "a\nb", "a\0", "\tx", "x\t", " x", "x ", "é", "a\u{7f}",
        ] {
            assert_eq!(bad.to_header_value(), None, "{bad:?}");
        }
        assert_eq!((-5i32).to_header_value().unwrap(), "-5");
    }
}
