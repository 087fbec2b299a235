//! The field traits implemented for types of the application's own: each hands status-core a
//! typed value and status-core writes the header, so none can send a malformed one. And the
//! `Required*` markers on exactly the types that can never be empty.

use http::{HeaderValue, Method};
use status_core::field::{
    AllowValue, ChallengeValue, ContentRangeValue, RequiredAllow, RequiredChallenges, RetryAfter,
    RetryAfterValue, ToHeaderValue,
};
use status_core::{Challenge, HttpStatusError, NonEmpty};
use status_core_tests::{assert_response, TEXT_PLAIN as TEXT};
use std::borrow::Cow;
use std::rc::Rc;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

#[test]
fn retry_after_from_a_timestamp_of_its_own() {
    /// Seconds since 1970, signed, as a database column holds them.
    #[derive(Debug)]
    struct Timestamp(i64);

    impl RetryAfterValue for Timestamp {
        fn retry_after(&self) -> Option<RetryAfter> {
            let time = match u64::try_from(self.0) {
                Ok(seconds) => UNIX_EPOCH.checked_add(Duration::from_secs(seconds)),
                Err(_) => UNIX_EPOCH.checked_sub(Duration::from_secs(self.0.unsigned_abs())),
            };
            time.map(RetryAfter::Date)
        }
    }

    #[derive(Debug, HttpStatusError)]
    #[status(429, message = "slow down")]
    struct Limited(#[status(retry_after)] Timestamp);

    for (at, sent) in [
        (784_111_777, "Sun, 06 Nov 1994 08:49:37 GMT"),
        (0, "Thu, 01 Jan 1970 00:00:00 GMT"),
        (-1, "0"),
        (i64::MIN, "0"),
    ] {
        let response = Limited(Timestamp(at)).to_response::<String>();
        assert_response(&response, 429, &[TEXT, ("retry-after", sent)], "slow down");
    }
    // Past 9999 a date becomes the delay until then.
    let response = Limited(Timestamp(i64::MAX)).to_response::<String>();
    let sent = response.headers()["retry-after"].to_str().expect("ASCII");
    assert!(sent.bytes().all(|b| b.is_ascii_digit()), "{sent}");
    assert!(sent.len() >= 18, "{sent}");
}

#[test]
fn retry_after_converts_from_the_usual_types() {
    assert_eq!(RetryAfter::from(120_u64), RetryAfter::Seconds(120));
    assert_eq!(
        RetryAfter::from(Duration::new(1, 1)),
        RetryAfter::Seconds(2)
    );
    assert_eq!(
        RetryAfter::from(Duration::MAX),
        RetryAfter::Seconds(u64::MAX)
    );
    let now = SystemTime::now();
    assert_eq!(RetryAfter::from(now), RetryAfter::Date(now));
    assert_eq!(
        Some(Rc::new(Duration::from_millis(10))).retry_after(),
        Some(RetryAfter::Seconds(1))
    );
}

#[test]
fn allow_challenges_and_lengths_of_its_own() {
    #[derive(Debug)]
    enum Route {
        Users,
        Archive,
    }

    impl AllowValue for Route {
        fn methods(&self) -> Option<Cow<'_, [Method]>> {
            match self {
                Route::Users => Some(Cow::Owned(vec![Method::GET, Method::POST])),
                Route::Archive => None,
            }
        }
    }

    impl ChallengeValue for Route {
        fn for_each_challenge(&self, challenge: &mut dyn FnMut(&Challenge)) {
            if let Route::Users = self {
                challenge(&Challenge::bearer("users").param("scope", "read\r\nwrite"));
            }
        }
    }

    impl ContentRangeValue for Route {
        fn complete_length(&self) -> Option<u64> {
            match self {
                Route::Users => Some(u64::MAX),
                Route::Archive => None,
            }
        }
    }

    #[derive(Debug, HttpStatusError)]
    enum RouteError {
        // `Route` may send no Allow, so not on a 405, which must (RFC 9110 §15.5.6); any other
        // response may carry one (§10.2.1).
        #[status(400, message = "not here")]
        Method(#[status(allow)] Route),
        #[status(401, www_authenticate = "Negotiate", message = "sign in")]
        Auth(#[status(www_authenticate)] Route),
        #[status(416, message = "no such range")]
        Range(#[status(content_range)] Route),
    }

    let response = RouteError::Method(Route::Users).to_response::<String>();
    assert_response(&response, 400, &[TEXT, ("allow", "GET, POST")], "not here");
    let response = RouteError::Method(Route::Archive).to_response::<String>();
    assert_response(&response, 400, &[TEXT], "not here");

    let response = RouteError::Auth(Route::Users).to_response::<String>();
    assert_response(
        &response,
        401,
        &[
            TEXT,
            ("www-authenticate", "Negotiate"),
            (
                "www-authenticate",
                r#"Bearer realm="users", scope="read??write""#,
            ),
        ],
        "sign in",
    );

    let response = RouteError::Range(Route::Users).to_response::<String>();
    assert_response(
        &response,
        416,
        &[TEXT, ("content-range", "bytes */18446744073709551615")],
        "no such range",
    );
    let response = RouteError::Range(Route::Archive).to_response::<String>();
    assert_response(&response, 416, &[TEXT], "no such range");
}

#[test]
fn a_header_value_of_its_own_is_checked_again() {
    /// Hands back whatever bytes it holds, well formed or not.
    #[derive(Debug)]
    struct Careless(&'static [u8]);

    impl ToHeaderValue for Careless {
        fn to_header_value(&self) -> Option<HeaderValue> {
            HeaderValue::from_bytes(self.0).ok()
        }
    }

    #[derive(Debug, HttpStatusError)]
    #[status(404, message = "not found")]
    struct NotFound(#[status(header = "x-trace")] Careless);

    let response = NotFound(Careless(b"abc 123")).to_response::<String>();
    assert_response(&response, 404, &[TEXT, ("x-trace", "abc 123")], "not found");
    for bad in [&b"abc\t"[..], b" abc", b"caf\xc3\xa9", b"\xff", b"a\x01"] {
        let response = NotFound(Careless(bad)).to_response::<String>();
        assert_response(&response, 404, &[TEXT], "not found");
    }
}

#[test]
fn non_empty_challenge_and_method_lists() {
    #[derive(Debug, HttpStatusError)]
    enum Denied {
        #[status(407, message = "proxy")]
        Proxy(#[status(proxy_authenticate)] Arc<NonEmpty<Challenge>>),
        #[status(405, message = "not here")]
        Method(#[status(allow)] Box<NonEmpty<Method>>),
        #[status(401, message = "sign in")]
        Array(#[status(www_authenticate)] [Challenge; 2]),
    }

    let mut challenges = NonEmpty::from(Challenge::basic("proxy"));
    challenges.push(Challenge::bearer("proxy"));
    let response = Denied::Proxy(Arc::new(challenges)).to_response::<String>();
    assert_response(
        &response,
        407,
        &[
            TEXT,
            ("proxy-authenticate", r#"Basic realm="proxy""#),
            ("proxy-authenticate", r#"Bearer realm="proxy""#),
        ],
        "proxy",
    );

    let methods = NonEmpty::try_from(vec![Method::GET, Method::HEAD]).expect("two methods");
    let response = Denied::Method(Box::new(methods)).to_response::<String>();
    assert_response(&response, 405, &[TEXT, ("allow", "GET, HEAD")], "not here");

    let response =
        Denied::Array([Challenge::basic("a"), Challenge::basic("b")]).to_response::<String>();
    assert_response(
        &response,
        401,
        &[
            TEXT,
            ("www-authenticate", r#"Basic realm="a""#),
            ("www-authenticate", r#"Basic realm="b""#),
        ],
        "sign in",
    );
}

/// Compiles only for types that always supply a challenge; `tests/ui/field/required-*.rs`
/// shows the types that do not.
fn required_challenges<T: RequiredChallenges + ?Sized>() {}

/// Compiles only for types that always supply an `Allow`.
fn required_allow<T: RequiredAllow + ?Sized>() {}

#[test]
fn the_markers_are_on_the_types_that_cannot_be_empty() {
    required_challenges::<Challenge>();
    required_challenges::<[Challenge; 1]>();
    required_challenges::<[Challenge; 32]>();
    required_challenges::<[NonEmpty<Challenge>; 2]>();
    required_challenges::<NonEmpty<Challenge>>();
    required_challenges::<NonEmpty<Box<Challenge>>>();
    required_challenges::<&Challenge>();
    required_challenges::<Box<Challenge>>();
    required_challenges::<Rc<[Challenge; 3]>>();
    required_challenges::<Arc<NonEmpty<Challenge>>>();

    required_allow::<Method>();
    required_allow::<[Method]>();
    required_allow::<[Method; 0]>();
    required_allow::<[Method; 40]>();
    required_allow::<Vec<Method>>();
    required_allow::<NonEmpty<Method>>();
    required_allow::<&[Method]>();
    required_allow::<Box<[Method]>>();
    required_allow::<Rc<Vec<Method>>>();
    required_allow::<Arc<Method>>();
}
