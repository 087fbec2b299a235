//! Header values that exist only at run time: the types a field marked
//! `#[status(www_authenticate)]`, `#[status(allow)]`, `#[status(retry_after)]`,
//! `#[status(content_range)]` or `#[status(header = "name")]` may have.
//!
//! The typed traits hand status-core typed values ([`Challenge`]s, `http::Method`s, a
//! [`RetryAfter`], a length), never header bytes, and status-core writes them: a type of yours
//! that implements one cannot send a malformed header. A plain `header` field's value is checked
//! again before it is sent, and left out when it is not visible ASCII with spaces and tabs only
//! inside (RFC 9110 §5.5). Building a response never panics, whatever the field holds.
//! `Option<T>` sends nothing for `None`.
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
//!         challenge: Challenge,
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
//! // Too long to wait for is still a delay, saturated, never a panic.
//! let response = ApiError::Limited(Duration::MAX).to_response::<String>();
//! assert_eq!(response.headers()["retry-after"], "18446744073709551615");
//!
//! // A value with a line break is left out, never sent.
//! let response = ApiError::Traced("42\r\nSet-Cookie: a=b".into()).to_response::<String>();
//! assert!(response.headers().get("x-request-id").is_none());
//! ```
//!
//! # Your own types
//!
//! Implement a trait for a type of yours to use it as a field; status-core still writes the
//! header. Here a rate limiter's reset time, stored as seconds since 1970 in an `i64`, becomes
//! a `Retry-After` date:
//!
//! ```
//! use status_core::field::{RetryAfter, RetryAfterValue};
//! use status_core::HttpStatusError;
//! use std::time::{Duration, UNIX_EPOCH};
//!
//! #[derive(Debug)]
//! struct ResetAt(i64);
//!
//! impl RetryAfterValue for ResetAt {
//!     fn retry_after(&self) -> Option<RetryAfter> {
//!         // Before 1970 is long past: status-core sends 0 for it.
//!         let seconds = u64::try_from(self.0).unwrap_or(0);
//!         let time = UNIX_EPOCH.checked_add(Duration::from_secs(seconds))?;
//!         Some(RetryAfter::Date(time))
//!     }
//! }
//!
//! #[derive(Debug, HttpStatusError)]
//! #[status(429, message = "too many requests")]
//! struct TooMany {
//!     #[status(retry_after)]
//!     reset: ResetAt,
//! }
//!
//! let response = TooMany { reset: ResetAt(784_111_777) }.to_response::<String>();
//! assert_eq!(response.headers()["retry-after"], "Sun, 06 Nov 1994 08:49:37 GMT");
//! ```

mod retry_after;
pub(crate) mod write;

pub use self::retry_after::RetryAfter;

use crate::{Challenge, NonEmpty};
use http::{HeaderValue, Method};
use std::borrow::Cow;
use std::rc::Rc;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

/// Challenges for `WWW-Authenticate` or `Proxy-Authenticate`: one field line each.
///
/// ```
/// use status_core::field::ChallengeValue;
/// use status_core::{Challenge, HttpStatusError};
///
/// /// Where a client signs in: each area has its own realm.
/// #[derive(Debug)]
/// enum Area {
///     Api,
///     Admin,
/// }
///
/// impl ChallengeValue for Area {
///     fn for_each_challenge(&self, challenge: &mut dyn FnMut(&Challenge)) {
///         match self {
///             Area::Api => challenge(&Challenge::bearer("api")),
///             Area::Admin => {
///                 challenge(&Challenge::bearer("admin"));
///                 challenge(&Challenge::basic("admin"));
///             }
///         }
///     }
/// }
///
/// // `Area` is not known to always supply a challenge (it is no `RequiredChallenges`), so the
/// // 401 also names one of its own.
/// #[derive(Debug, HttpStatusError)]
/// #[status(401, www_authenticate = "Negotiate", message = "sign in")]
/// struct SignIn(#[status(www_authenticate)] Area);
///
/// let response = SignIn(Area::Admin).to_response::<String>();
/// let lines: Vec<_> = response.headers().get_all("www-authenticate").iter().collect();
/// assert_eq!(lines, ["Negotiate", r#"Bearer realm="admin""#, r#"Basic realm="admin""#]);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot supply challenges: use `Challenge`, or a `Vec`, array, `NonEmpty` or `Option` of them, or implement `ChallengeValue`",
    label = "this field is sent as WWW-Authenticate or Proxy-Authenticate"
)]
pub trait ChallengeValue {
    /// Calls `challenge` with each challenge to send, in order: one field line each.
    fn for_each_challenge(&self, challenge: &mut dyn FnMut(&Challenge));
}

/// The methods for `Allow` (RFC 9110 §10.2.1), which status-core writes comma-separated; an
/// empty list is sent as an empty value.
///
/// ```
/// use http::Method;
/// use status_core::field::AllowValue;
/// use status_core::HttpStatusError;
/// use std::borrow::Cow;
///
/// #[derive(Debug)]
/// enum Resource {
///     Report,
///     Draft,
/// }
///
/// impl AllowValue for Resource {
///     fn methods(&self) -> Option<Cow<'_, [Method]>> {
///         Some(match self {
///             Resource::Report => Cow::Owned(vec![Method::GET, Method::HEAD]),
///             Resource::Draft => Cow::Owned(vec![Method::GET, Method::PUT, Method::DELETE]),
///         })
///     }
/// }
///
/// // Any response may carry Allow (RFC 9110 §10.2.1). A 405 must, so a field that is its only
/// // Allow has a type that can never send none: one of the `RequiredAllow` types, such as a
/// // `Vec<Method>` made from a `Resource`.
/// #[derive(Debug, HttpStatusError)]
/// #[status(400, message = "read-only")]
/// struct ReadOnly(#[status(allow)] Resource);
///
/// let response = ReadOnly(Resource::Draft).to_response::<String>();
/// assert_eq!(response.headers()["allow"], "GET, PUT, DELETE");
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot supply Allow: use `http::Method`, or a `Vec`, array, slice or `NonEmpty` of them, or implement `AllowValue`",
    label = "this field is sent as Allow"
)]
pub trait AllowValue {
    /// The methods to list, in order; `None` sends no Allow at all.
    fn methods(&self) -> Option<Cow<'_, [Method]>>;
}

/// A `Retry-After` value (RFC 9110 §10.2.3): whole seconds (a `Duration` is rounded up), or a
/// `SystemTime` written as an IMF-fixdate. [`RetryAfter`] says how each is written; the module
/// documentation implements this trait for a type of its own.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot supply Retry-After: use whole seconds (`u64`), `Duration`, `SystemTime` or `RetryAfter`, or implement `RetryAfterValue`",
    label = "this field is sent as Retry-After"
)]
pub trait RetryAfterValue {
    /// The delay or time to send; `None` sends no Retry-After.
    fn retry_after(&self) -> Option<RetryAfter>;
}

/// The complete length of the representation, sent as `Content-Range: bytes */<length>`
/// (RFC 9110 §14.4).
///
/// ```
/// use status_core::field::ContentRangeValue;
/// use status_core::HttpStatusError;
///
/// #[derive(Debug)]
/// struct Blob {
///     data: Vec<u8>,
/// }
///
/// impl ContentRangeValue for Blob {
///     fn complete_length(&self) -> Option<u64> {
///         u64::try_from(self.data.len()).ok()
///     }
/// }
///
/// #[derive(Debug, HttpStatusError)]
/// #[status(416, message = "no such range")]
/// struct BadRange(#[status(content_range)] Blob);
///
/// let response = BadRange(Blob { data: vec![0; 1234] }).to_response::<String>();
/// assert_eq!(response.headers()["content-range"], "bytes */1234");
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot supply Content-Range: use the complete length as a `u64`, or implement `ContentRangeValue`",
    label = "this field is sent as Content-Range: bytes */<length>"
)]
pub trait ContentRangeValue {
    /// The complete length of the selected representation; `None` sends no Content-Range.
    fn complete_length(&self) -> Option<u64>;
}

/// Any other header value, for `#[status(header = "name")]` fields.
///
/// Whatever this returns, status-core sends it only when it is a well-formed field value
/// (RFC 9110 §5.5): visible ASCII, spaces and tabs only between visible characters. A value
/// with CR, LF, NUL or another control character, a byte above 0x7F (obs-text), or leading or
/// trailing whitespace is left out of the response, as is `None`.
///
/// ```
/// use http::HeaderValue;
/// use status_core::field::ToHeaderValue;
/// use status_core::HttpStatusError;
///
/// #[derive(Debug)]
/// struct RequestId(u128);
///
/// impl ToHeaderValue for RequestId {
///     fn to_header_value(&self) -> Option<HeaderValue> {
///         HeaderValue::try_from(format!("{:032x}", self.0)).ok()
///     }
/// }
///
/// #[derive(Debug, HttpStatusError)]
/// #[status(404, message = "no such order")]
/// struct Missing(#[status(header = "x-request-id")] RequestId);
///
/// let response = Missing(RequestId(0xabc)).to_response::<String>();
/// assert_eq!(response.headers()["x-request-id"], "00000000000000000000000000000abc");
///
/// // A `HeaderValue` may hold obs-text or end in a tab; such a value is not sent.
/// #[derive(Debug, HttpStatusError)]
/// #[status(404, message = "no such order")]
/// struct Raw(#[status(header = "x-raw")] HeaderValue);
///
/// let raw = HeaderValue::from_bytes(b"caf\xe9").expect("obs-text is a HeaderValue");
/// assert!(Raw(raw).to_response::<String>().headers().get("x-raw").is_none());
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be a header value: use a string, an integer or a `HeaderValue`, or implement `ToHeaderValue`",
    label = "this field is sent as a header"
)]
pub trait ToHeaderValue {
    /// The header value, if this value can be one.
    fn to_header_value(&self) -> Option<HeaderValue>;
}

/// The types that always supply at least one challenge, so that a field of one alone answers
/// the challenge a 401 or a 407 must carry.
///
/// A 401 response MUST send a `WWW-Authenticate` field with at least one challenge
/// (RFC 9110 §15.5.2, §11.6.1), a 407 a `Proxy-Authenticate` (§15.5.8, §11.7.1). A `Vec` may be
/// empty and an `Option` may be `None`; [`NonEmpty`], an array of one or more, and
/// [`Challenge`] itself cannot. Sealed: status-core implements it where it can tell, for
/// `Challenge`, `[T; N]` with `N` from 1 to 32, `NonEmpty<T>`, and `&`, `Box`, `Rc` and `Arc`
/// of those. A type of yours that implements `ChallengeValue` is not one: beside it, a 401 or
/// 407 names a static challenge of its own.
///
/// ```
/// use status_core::field::RequiredChallenges;
/// use status_core::{Challenge, NonEmpty};
///
/// fn required<T: RequiredChallenges + ?Sized>(_: &T) {}
///
/// required(&Challenge::basic("staff"));
/// required(&[Challenge::bearer("api"), Challenge::basic("api")]);
/// required(&NonEmpty::new(Challenge::bearer("api")));
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` may hold no challenge, and a 401 or 407 must carry one (RFC 9110 §15.5.2, §15.5.8, §11.6.1)",
    label = "this field may be empty",
    note = "use `Challenge`, an array of them, or `status_core::NonEmpty<Challenge>`; or add www_authenticate = \"...\" (proxy_authenticate = \"...\") to the #[status] as well"
)]
pub trait RequiredChallenges: ChallengeValue + sealed::Sealed {}

/// The types that always supply an `Allow` value, so that a field of one alone answers the
/// `Allow` a 405 must carry.
///
/// A 405 response MUST send an `Allow` field (RFC 9110 §15.5.6); an empty list is a legal
/// value, meaning no method is allowed (§10.2.1), but an `Option` that is `None` sends no
/// field at all. Sealed: everything [`AllowValue`] is implemented for in status-core except
/// `Option<_>`. A type of yours that implements `AllowValue` is not one; a 405 can send its
/// methods as a `Vec<Method>` or a [`NonEmpty<Method>`](NonEmpty).
///
/// ```
/// use http::Method;
/// use status_core::field::RequiredAllow;
/// use status_core::NonEmpty;
///
/// fn required<T: RequiredAllow + ?Sized>(_: &T) {}
///
/// required(&Method::GET);
/// required(&vec![Method::GET, Method::HEAD]);
/// required(&Vec::<Method>::new());
/// required(&NonEmpty::new(Method::GET));
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` may send no Allow at all, and a 405 must carry one (RFC 9110 §15.5.6, §10.2.1)",
    label = "this field may send no Allow",
    note = "use `http::Method`, or a `Vec`, array, slice or `status_core::NonEmpty` of them (an empty list is sent as an empty Allow)"
)]
pub trait RequiredAllow: AllowValue + sealed::Sealed {}

mod sealed {
    /// Keeps the `Required*` markers to the types status-core can vouch for.
    #[diagnostic::on_unimplemented(
        message = "`RequiredChallenges` and `RequiredAllow` are implemented by status-core only",
        note = "use one of the types they are implemented for"
    )]
    pub trait Sealed {}
}

impl ChallengeValue for Challenge {
    fn for_each_challenge(&self, challenge: &mut dyn FnMut(&Challenge)) {
        challenge(self);
    }
}

impl<T: ChallengeValue> ChallengeValue for [T] {
    fn for_each_challenge(&self, challenge: &mut dyn FnMut(&Challenge)) {
        for value in self {
            value.for_each_challenge(challenge);
        }
    }
}

impl<T: ChallengeValue> ChallengeValue for Vec<T> {
    fn for_each_challenge(&self, challenge: &mut dyn FnMut(&Challenge)) {
        self.as_slice().for_each_challenge(challenge);
    }
}

impl<T: ChallengeValue, const N: usize> ChallengeValue for [T; N] {
    fn for_each_challenge(&self, challenge: &mut dyn FnMut(&Challenge)) {
        self.as_slice().for_each_challenge(challenge);
    }
}

impl<T: ChallengeValue> ChallengeValue for NonEmpty<T> {
    fn for_each_challenge(&self, challenge: &mut dyn FnMut(&Challenge)) {
        self.as_slice().for_each_challenge(challenge);
    }
}

impl<T: ChallengeValue> ChallengeValue for Option<T> {
    fn for_each_challenge(&self, challenge: &mut dyn FnMut(&Challenge)) {
        if let Some(value) = self {
            value.for_each_challenge(challenge);
        }
    }
}

impl AllowValue for [Method] {
    fn methods(&self) -> Option<Cow<'_, [Method]>> {
        Some(Cow::Borrowed(self))
    }
}

impl AllowValue for Vec<Method> {
    fn methods(&self) -> Option<Cow<'_, [Method]>> {
        Some(Cow::Borrowed(self))
    }
}

impl<const N: usize> AllowValue for [Method; N] {
    fn methods(&self) -> Option<Cow<'_, [Method]>> {
        Some(Cow::Borrowed(self))
    }
}

impl AllowValue for NonEmpty<Method> {
    fn methods(&self) -> Option<Cow<'_, [Method]>> {
        Some(Cow::Borrowed(self.as_slice()))
    }
}

impl AllowValue for Method {
    fn methods(&self) -> Option<Cow<'_, [Method]>> {
        Some(Cow::Borrowed(std::slice::from_ref(self)))
    }
}

impl<T: AllowValue> AllowValue for Option<T> {
    fn methods(&self) -> Option<Cow<'_, [Method]>> {
        self.as_ref().and_then(AllowValue::methods)
    }
}

/// Seconds, written exactly for Retry-After; lengths for Content-Range.
macro_rules! unsigned {
    ($($int:ty)*) => {$(
        impl RetryAfterValue for $int {
            fn retry_after(&self) -> Option<RetryAfter> {
                Some(RetryAfter::Seconds(u64::from(*self)))
            }
        }

        impl ContentRangeValue for $int {
            fn complete_length(&self) -> Option<u64> {
                Some(u64::from(*self))
            }
        }
    )*};
}

unsigned!(u8 u16 u32 u64);

impl RetryAfterValue for usize {
    /// A `usize` wider than 64 bits saturates: the client waits at least `u64::MAX` seconds.
    fn retry_after(&self) -> Option<RetryAfter> {
        Some(RetryAfter::Seconds(
            u64::try_from(*self).unwrap_or(u64::MAX),
        ))
    }
}

impl ContentRangeValue for usize {
    /// A length that does not fit a `u64` is left out rather than sent wrong; no platform Rust
    /// supports has one.
    fn complete_length(&self) -> Option<u64> {
        u64::try_from(*self).ok()
    }
}

impl RetryAfterValue for Duration {
    /// Rounded up to the whole second, saturating at `u64::MAX` seconds.
    fn retry_after(&self) -> Option<RetryAfter> {
        Some(RetryAfter::from(*self))
    }
}

impl RetryAfterValue for SystemTime {
    /// See [`RetryAfter::Date`] for times before 1970 and after 9999.
    fn retry_after(&self) -> Option<RetryAfter> {
        Some(RetryAfter::Date(*self))
    }
}

impl<T: RetryAfterValue> RetryAfterValue for Option<T> {
    fn retry_after(&self) -> Option<RetryAfter> {
        self.as_ref().and_then(RetryAfterValue::retry_after)
    }
}

impl<T: ContentRangeValue> ContentRangeValue for Option<T> {
    fn complete_length(&self) -> Option<u64> {
        self.as_ref().and_then(ContentRangeValue::complete_length)
    }
}

impl ToHeaderValue for str {
    fn to_header_value(&self) -> Option<HeaderValue> {
        if write::is_field_value(self.as_bytes()) {
            HeaderValue::from_str(self).ok()
        } else {
            None
        }
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
    /// The value as it is; status-core leaves it out of the response unless it is well formed.
    fn to_header_value(&self) -> Option<HeaderValue> {
        Some(self.clone())
    }
}

macro_rules! integers {
    ($($int:ty)*) => {$(
        impl ToHeaderValue for $int {
            fn to_header_value(&self) -> Option<HeaderValue> {
                write::decimal("", *self)
            }
        }
    )*};
}

integers!(u8 u16 u32 u64 u128 usize i8 i16 i32 i64 i128 isize);

impl<T: ToHeaderValue> ToHeaderValue for Option<T> {
    fn to_header_value(&self) -> Option<HeaderValue> {
        self.as_ref().and_then(ToHeaderValue::to_header_value)
    }
}

/// References and smart pointers send what they point to.
macro_rules! pointers {
    ($($trait:ident :: $method:ident ($($arg:ident: $ty:ty)?) $(-> $out:ty)?;)*) => {$(
        impl<T: $trait + ?Sized> $trait for &T {
            fn $method(&self $(, $arg: $ty)?) $(-> $out)? {
                (**self).$method($($arg)?)
            }
        }

        impl<T: $trait + ?Sized> $trait for Box<T> {
            fn $method(&self $(, $arg: $ty)?) $(-> $out)? {
                (**self).$method($($arg)?)
            }
        }

        impl<T: $trait + ?Sized> $trait for Rc<T> {
            fn $method(&self $(, $arg: $ty)?) $(-> $out)? {
                (**self).$method($($arg)?)
            }
        }

        impl<T: $trait + ?Sized> $trait for Arc<T> {
            fn $method(&self $(, $arg: $ty)?) $(-> $out)? {
                (**self).$method($($arg)?)
            }
        }
    )*};
}

pointers! {
    ChallengeValue::for_each_challenge(challenge: &mut dyn FnMut(&Challenge));
    AllowValue::methods() -> Option<Cow<'_, [Method]>>;
    RetryAfterValue::retry_after() -> Option<RetryAfter>;
    ContentRangeValue::complete_length() -> Option<u64>;
    ToHeaderValue::to_header_value() -> Option<HeaderValue>;
}

/// Sealed is on every type that may be marked; the marker impls decide which are.
macro_rules! sealed {
    ($($ty:ty),* ; $($generic:ty),*) => {
        $(impl sealed::Sealed for $ty {})*
        $(impl<T: sealed::Sealed + ?Sized> sealed::Sealed for $generic {})*
    };
}

sealed!(Challenge, Method; &T, Box<T>, Rc<T>, Arc<T>);
impl<T: sealed::Sealed> sealed::Sealed for [T] {}
impl<T: sealed::Sealed> sealed::Sealed for Vec<T> {}
impl<T: sealed::Sealed> sealed::Sealed for NonEmpty<T> {}
impl<T: sealed::Sealed, const N: usize> sealed::Sealed for [T; N] {}

impl RequiredChallenges for Challenge {}
impl<T: RequiredChallenges> RequiredChallenges for NonEmpty<T> {}

/// `[T; N]` for `N` from 1: const generics cannot say `N >= 1` on stable Rust.
macro_rules! nonempty_arrays {
    ($($n:literal)*) => {$(
        impl<T: RequiredChallenges> RequiredChallenges for [T; $n] {}
    )*};
}

nonempty_arrays!(1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32);

impl RequiredAllow for Method {}
impl RequiredAllow for [Method] {}
impl RequiredAllow for Vec<Method> {}
impl<const N: usize> RequiredAllow for [Method; N] {}
impl RequiredAllow for NonEmpty<Method> {}

/// A pointer to a value that is never empty is never empty.
macro_rules! marker_pointers {
    ($($pointer:ty),*) => {$(
        impl<T: RequiredChallenges + ?Sized> RequiredChallenges for $pointer {}
        impl<T: RequiredAllow + ?Sized> RequiredAllow for $pointer {}
    )*};
}

marker_pointers!(&T, Box<T>, Rc<T>, Arc<T>);

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::UNIX_EPOCH;

    #[test]
    fn typed_values() {
        assert_eq!(Duration::ZERO.retry_after(), Some(RetryAfter::Seconds(0)));
        assert_eq!(
            Duration::from_nanos(1).retry_after(),
            Some(RetryAfter::Seconds(1))
        );
        assert_eq!(
            Duration::MAX.retry_after(),
            Some(RetryAfter::Seconds(u64::MAX))
        );
        assert_eq!(
            usize::MAX.retry_after(),
            Some(RetryAfter::Seconds(u64::MAX))
        );
        assert_eq!(UNIX_EPOCH.retry_after(), Some(RetryAfter::Date(UNIX_EPOCH)));
        assert_eq!(None::<u32>.retry_after(), None);
        assert_eq!(
            Some(Arc::new(7u8)).retry_after(),
            Some(RetryAfter::Seconds(7))
        );

        assert_eq!(u64::MAX.complete_length(), Some(u64::MAX));
        assert_eq!(Box::new(3u16).complete_length(), Some(3));
        assert_eq!(None::<u64>.complete_length(), None);
    }

    #[test]
    fn method_lists() {
        let list = [Method::GET, Method::HEAD];
        assert_eq!(list.methods().as_deref(), Some(&list[..]));
        assert_eq!(Method::PUT.methods().as_deref(), Some(&[Method::PUT][..]));
        assert_eq!(Vec::<Method>::new().methods().as_deref(), Some(&[][..]));
        assert_eq!(None::<Method>.methods(), None);
        assert_eq!(
            Rc::new(NonEmpty::new(Method::GET)).methods().as_deref(),
            Some(&[Method::GET][..])
        );
    }

    #[test]
    fn challenges_in_order() {
        let mut sent = Vec::new();
        let challenges = vec![
            Some(Challenge::basic("a")),
            None,
            Some(Challenge::bearer("b")),
        ];
        Arc::new(challenges).for_each_challenge(&mut |challenge| sent.push(challenge.to_string()));
        assert_eq!(sent, [r#"Basic realm="a""#, r#"Bearer realm="b""#]);
    }

    #[test]
    fn plain_values() {
        assert_eq!(
            "abc".to_header_value(),
            Some(HeaderValue::from_static("abc"))
        );
        assert_eq!(
            "a\tb".to_header_value(),
            Some(HeaderValue::from_static("a\tb"))
        );
        for bad in [
            "a\r\nb", "a\nb", "a\0", "\tx", "x\t", " x", "x ", "é", "a\u{7f}",
        ] {
            assert_eq!(bad.to_header_value(), None, "{bad:?}");
        }
        assert_eq!(
            i64::MIN.to_header_value(),
            Some(HeaderValue::from_static("-9223372036854775808"))
        );
        assert_eq!(
            u128::MAX.to_header_value(),
            Some(HeaderValue::from_static(
                "340282366920938463463374607431768211455"
            ))
        );
    }
}
