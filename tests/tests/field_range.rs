//! Every typed field over its whole range, through a derived type's `to_response`: building
//! the response never panics (these run with overflow checks on), and the value written is
//! exactly the one its grammar asks for, or the header is left out where the README says so.
//!
//! The grammars are restated here on purpose, apart from the derive's: delay-seconds is
//! `1*DIGIT` (RFC 9110 §10.2.3), an IMF-fixdate is 29 bytes that httpdate reads back to the
//! same text (§5.6.7), Content-Range is `bytes */1*DIGIT` (§14.4), a field value is visible
//! ASCII with spaces and tabs only inside (§5.5).

use http::{HeaderValue, Method, Response};
use proptest::prelude::*;
use status_core::{Challenge, HttpStatusError, NonEmpty};
use status_core_tests::TEXT_PLAIN;
use std::borrow::Cow;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// The first second no IMF-fixdate can write: 10000-01-01T00:00:00Z.
const YEAR_10000: u64 = 253_402_300_800;

/// Every header line of `response` as raw bytes, in order.
fn raw_lines<B>(response: &Response<B>) -> Vec<(String, Vec<u8>)> {
    response
        .headers()
        .iter()
        .map(|(name, value)| (name.as_str().to_owned(), value.as_bytes().to_vec()))
        .collect()
}

/// Asserts that `response` carries `Content-Type` and then exactly `expected` under `name`
/// (nothing when `None`), and that every value is a well-formed field value.
#[track_caller]
fn assert_sent<B>(response: &Response<B>, name: &str, expected: Option<&[u8]>) {
    let mut want = vec![(TEXT_PLAIN.0.to_owned(), TEXT_PLAIN.1.as_bytes().to_vec())];
    if let Some(expected) = expected {
        want.push((name.to_owned(), expected.to_vec()));
    }
    let lines = raw_lines(response);
    for (line, value) in &lines {
        assert!(field_value(value), "{line}: {value:?}");
    }
    assert_eq!(lines, want);
}

/// `field-value` (RFC 9110 §5.5) without obs-text: visible ASCII, SP and HTAB only between
/// visible characters; so no CR, LF, NUL, other control or non-ASCII byte.
fn field_value(bytes: &[u8]) -> bool {
    let visible = |b: u8| (0x21..=0x7e).contains(&b);
    bytes.iter().all(|&b| visible(b) || b == b' ' || b == b'\t')
        && !matches!(bytes.first(), Some(b' ' | b'\t'))
        && !matches!(bytes.last(), Some(b' ' | b'\t'))
}

/// `1*DIGIT`.
fn delay_seconds(bytes: &[u8]) -> bool {
    !bytes.is_empty() && bytes.iter().all(u8::is_ascii_digit)
}

/// The one value of `name` in `response`.
#[track_caller]
fn one<B>(response: &Response<B>, name: &str) -> Vec<u8> {
    let values: Vec<&HeaderValue> = response.headers().get_all(name).iter().collect();
    assert_eq!(values.len(), 1, "{name}: {values:?}");
    values[0].as_bytes().to_vec()
}

#[derive(Debug, HttpStatusError)]
enum RetryAfter {
    #[status(503, message = "later")]
    U8(#[status(retry_after)] u8),
    #[status(503, message = "later")]
    U16(#[status(retry_after)] u16),
    #[status(503, message = "later")]
    U32(#[status(retry_after)] u32),
    #[status(503, message = "later")]
    U64(#[status(retry_after)] u64),
    #[status(503, message = "later")]
    Usize(#[status(retry_after)] usize),
    #[status(429, message = "slow down")]
    Delay(#[status(retry_after)] Duration),
    #[status(429, message = "slow down")]
    BoxedDelay(#[status(retry_after)] Option<Box<Duration>>),
    #[status(503, message = "later")]
    Time(#[status(retry_after)] SystemTime),
    #[status(503, message = "later")]
    Typed(#[status(retry_after)] status_core::field::RetryAfter),
}

#[derive(Debug, HttpStatusError)]
enum ContentRange {
    #[status(416, message = "no such range")]
    U8(#[status(content_range)] u8),
    #[status(416, message = "no such range")]
    U16(#[status(content_range)] u16),
    #[status(416, message = "no such range")]
    U32(#[status(content_range)] u32),
    #[status(416, message = "no such range")]
    U64(#[status(content_range)] u64),
    #[status(416, message = "no such range")]
    Usize(#[status(content_range)] Arc<usize>),
}

#[derive(Debug, HttpStatusError)]
enum Plain {
    #[status(404, message = "not found")]
    I8(#[status(header = "x-n")] i8),
    #[status(404, message = "not found")]
    I16(#[status(header = "x-n")] i16),
    #[status(404, message = "not found")]
    I32(#[status(header = "x-n")] i32),
    #[status(404, message = "not found")]
    I64(#[status(header = "x-n")] i64),
    #[status(404, message = "not found")]
    I128(#[status(header = "x-n")] i128),
    #[status(404, message = "not found")]
    Isize(#[status(header = "x-n")] isize),
    #[status(404, message = "not found")]
    U8(#[status(header = "x-n")] u8),
    #[status(404, message = "not found")]
    U16(#[status(header = "x-n")] u16),
    #[status(404, message = "not found")]
    U32(#[status(header = "x-n")] u32),
    #[status(404, message = "not found")]
    U64(#[status(header = "x-n")] u64),
    #[status(404, message = "not found")]
    U128(#[status(header = "x-n")] u128),
    #[status(404, message = "not found")]
    Usize(#[status(header = "x-n")] usize),
    #[status(404, message = "not found")]
    Text(#[status(header = "x-n")] String),
    #[status(404, message = "not found")]
    Cow(#[status(header = "x-n")] Cow<'static, str>),
    #[status(404, message = "not found")]
    Boxed(#[status(header = "x-n")] Box<str>),
    #[status(404, message = "not found")]
    Raw(#[status(header = "x-n")] HeaderValue),
}

/// Seconds for a delay: anywhere, but often at the top where overflow lives.
fn seconds() -> impl Strategy<Value = u64> {
    prop_oneof![any::<u64>(), (u64::MAX - 2)..=u64::MAX, 0u64..3]
}

/// Text that is often almost a header value: blanks at the ends, controls, non-ASCII.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[ \t\r\n\x00\x01\x1f\x7fa-z~é€]{0,8}",
        "[!-~]([ \t!-~]{0,6}[!-~])?",
    ]
}

/// The IMF-fixdate of the whole second `seconds` after 1970, as httpdate writes it.
fn imf_fixdate(seconds: u64) -> Vec<u8> {
    let time = UNIX_EPOCH + Duration::from_secs(seconds);
    httpdate::fmt_http_date(time).into_bytes()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn retry_after_integers_are_written_exactly(n in seconds()) {
        let exact = |n: u64| n.to_string().into_bytes();
        #[allow(clippy::cast_possible_truncation)]
        let narrow = [
            (RetryAfter::U8(n as u8), u64::from(n as u8)),
            (RetryAfter::U16(n as u16), u64::from(n as u16)),
            (RetryAfter::U32(n as u32), u64::from(n as u32)),
        ];
        for (error, n) in narrow {
            assert_sent(&error.to_response::<String>(), "retry-after", Some(&exact(n)));
        }
        for error in [RetryAfter::U64(n), RetryAfter::Usize(usize::try_from(n).expect("64-bit"))] {
            let response = error.to_response::<String>();
            prop_assert!(delay_seconds(&one(&response, "retry-after")));
            assert_sent(&response, "retry-after", Some(&exact(n)));
        }
    }

    #[test]
    fn durations_round_up_and_saturate(secs in seconds(), nanos in 0u32..1_000_000_000) {
        let delay = Duration::new(secs, nanos);
        let expected = secs.saturating_add(u64::from(nanos > 0)).to_string().into_bytes();
        for error in [RetryAfter::Delay(delay), RetryAfter::BoxedDelay(Some(Box::new(delay)))] {
            let response = error.to_response::<String>();
            prop_assert!(delay_seconds(&one(&response, "retry-after")));
            assert_sent(&response, "retry-after", Some(&expected));
        }
    }

    #[test]
    fn times_across_and_beyond_the_range_of_dates(
        seconds in prop_oneof![
            any::<i64>(),
            -1_000i64..1_000,
            253_402_300_700i64..253_402_300_900,
        ],
        nanos in prop_oneof![Just(0u32), 0u32..1_000_000_000],
    ) {
        let offset = Duration::new(seconds.unsigned_abs(), nanos);
        let time = if seconds < 0 {
            UNIX_EPOCH.checked_sub(offset)
        } else {
            UNIX_EPOCH.checked_add(offset)
        };
        let Some(time) = time else {
            return Ok(());
        };
        let before = SystemTime::now();
        let response = RetryAfter::Time(time).to_response::<String>();
        let after = SystemTime::now();
        let sent = one(&response, "retry-after");
        match time.duration_since(UNIX_EPOCH) {
            // Long past: retry now.
            Err(_) => assert_sent(&response, "retry-after", Some(b"0")),
            Ok(since) => {
                let rounded = since.as_secs() + u64::from(since.subsec_nanos() > 0);
                if rounded < YEAR_10000 {
                    // Exactly the IMF-fixdate of the time rounded up, 29 bytes, read back the same.
                    prop_assert_eq!(sent.len(), 29);
                    prop_assert_eq!(&sent, &imf_fixdate(rounded));
                    let text = std::str::from_utf8(&sent).expect("ASCII");
                    let parsed = httpdate::parse_http_date(text).expect("an HTTP date");
                    prop_assert_eq!(httpdate::fmt_http_date(parsed).into_bytes(), sent.clone());
                    assert_sent(&response, "retry-after", Some(&imf_fixdate(rounded)));
                } else {
                    // Past 9999: the seconds from now until then, rounded up.
                    prop_assert!(delay_seconds(&sent));
                    let sent: u64 = std::str::from_utf8(&sent).expect("ASCII").parse().expect("u64");
                    let wait = |now: SystemTime| {
                        let wait = time.duration_since(now).expect("in the future");
                        wait.as_secs() + u64::from(wait.subsec_nanos() > 0)
                    };
                    prop_assert!(wait(after) <= sent && sent <= wait(before), "{}", sent);
                }
            }
        }
    }

    #[test]
    fn content_range_lengths_are_written_exactly(n in seconds()) {
        let exact = |n: u64| format!("bytes */{n}").into_bytes();
        #[allow(clippy::cast_possible_truncation)]
        let cases = [
            (ContentRange::U8(n as u8), u64::from(n as u8)),
            (ContentRange::U16(n as u16), u64::from(n as u16)),
            (ContentRange::U32(n as u32), u64::from(n as u32)),
            (ContentRange::U64(n), n),
            (ContentRange::Usize(Arc::new(usize::try_from(n).expect("64-bit"))), n),
        ];
        for (error, n) in cases {
            let response = error.to_response::<String>();
            let sent = one(&response, "content-range");
            let digits = sent.strip_prefix(b"bytes */").expect("the unsatisfied form");
            prop_assert!(delay_seconds(digits));
            assert_sent(&response, "content-range", Some(&exact(n)));
        }
    }

    #[test]
    fn integers_in_header_fields_are_written_exactly(n in any::<i128>(), u in any::<u128>()) {
        #[allow(clippy::cast_possible_truncation)]
        let cases = [
            (Plain::I8(n as i8), (n as i8).to_string()),
            (Plain::I16(n as i16), (n as i16).to_string()),
            (Plain::I32(n as i32), (n as i32).to_string()),
            (Plain::I64(n as i64), (n as i64).to_string()),
            (Plain::I128(n), n.to_string()),
            (Plain::Isize(n as isize), (n as isize).to_string()),
            (Plain::U8(u as u8), (u as u8).to_string()),
            (Plain::U16(u as u16), (u as u16).to_string()),
            (Plain::U32(u as u32), (u as u32).to_string()),
            (Plain::U64(u as u64), (u as u64).to_string()),
            (Plain::U128(u), u.to_string()),
            (Plain::Usize(u as usize), (u as usize).to_string()),
        ];
        for (error, expected) in cases {
            assert_sent(&error.to_response::<String>(), "x-n", Some(expected.as_bytes()));
        }
    }

    #[test]
    fn strings_are_sent_as_they_are_or_left_out(value in text()) {
        let expected = field_value(value.as_bytes()).then_some(value.as_bytes());
        for error in [
            Plain::Text(value.clone()),
            Plain::Cow(Cow::Owned(value.clone())),
            Plain::Boxed(value.clone().into_boxed_str()),
        ] {
            assert_sent(&error.to_response::<String>(), "x-n", expected);
        }
    }

    #[test]
    fn header_values_are_checked_again(bytes in prop::collection::vec(any::<u8>(), 0..10)) {
        // HeaderValue itself takes obs-text and tabs anywhere; status-core sends neither.
        if let Ok(value) = HeaderValue::from_bytes(&bytes) {
            let expected = field_value(&bytes).then_some(&bytes[..]);
            assert_sent(&Plain::Raw(value).to_response::<String>(), "x-n", expected);
        }
    }

    #[test]
    fn challenges_are_clean(realm in text(), name in text(), value in text()) {
        #[derive(Debug, HttpStatusError)]
        #[status(401, message = "sign in")]
        struct SignIn(#[status(www_authenticate)] NonEmpty<Challenge>);

        let mut challenges = NonEmpty::new(Challenge::basic(&realm).param(&name, &value));
        challenges.push(Challenge::bearer(&value));
        let expected: Vec<String> = challenges.iter().map(ToString::to_string).collect();
        let response = SignIn(challenges).to_response::<String>();
        let lines = raw_lines(&response);
        prop_assert_eq!(lines.len(), 3);
        for (line, value) in &lines {
            prop_assert!(field_value(value), "{}: {:?}", line, value);
        }
        let sent: Vec<&[u8]> = response
            .headers()
            .get_all("www-authenticate")
            .iter()
            .map(HeaderValue::as_bytes)
            .collect();
        let expected: Vec<&[u8]> = expected.iter().map(String::as_bytes).collect();
        prop_assert_eq!(sent, expected);
    }

    #[test]
    fn method_lists_are_comma_separated(
        methods in prop::collection::vec("[A-Za-z0-9!#$%&'*+.^_`|~-]{1,10}", 0..6),
    ) {
        #[derive(Debug, HttpStatusError)]
        enum NotHere {
            #[status(405, message = "not here")]
            List(#[status(allow)] Vec<Method>),
            #[status(405, message = "not here")]
            NonEmpty(#[status(allow)] NonEmpty<Method>),
        }

        let methods: Vec<Method> = methods
            .iter()
            .map(|method| Method::from_bytes(method.as_bytes()).expect("a token"))
            .collect();
        let expected = methods.iter().map(Method::as_str).collect::<Vec<_>>().join(", ");
        assert_sent(
            &NotHere::List(methods.clone()).to_response::<String>(),
            "allow",
            Some(expected.as_bytes()),
        );
        if let Ok(methods) = NonEmpty::try_from(methods) {
            assert_sent(
                &NotHere::NonEmpty(methods).to_response::<String>(),
                "allow",
                Some(expected.as_bytes()),
            );
        }
    }
}

#[test]
fn the_ends_of_every_range() {
    let max = u64::MAX.to_string();
    for (error, expected) in [
        (RetryAfter::Delay(Duration::MAX), max.as_str()),
        (RetryAfter::Delay(Duration::ZERO), "0"),
        (RetryAfter::Delay(Duration::from_nanos(1)), "1"),
        (RetryAfter::BoxedDelay(Some(Box::new(Duration::MAX))), &max),
        (RetryAfter::U64(u64::MAX), &max),
        (RetryAfter::Usize(usize::MAX), &max),
        (RetryAfter::U8(u8::MAX), "255"),
        (RetryAfter::U16(u16::MAX), "65535"),
        (RetryAfter::U32(u32::MAX), "4294967295"),
        (
            RetryAfter::Time(UNIX_EPOCH),
            "Thu, 01 Jan 1970 00:00:00 GMT",
        ),
        (
            RetryAfter::Time(UNIX_EPOCH + Duration::from_secs(YEAR_10000 - 1)),
            "Fri, 31 Dec 9999 23:59:59 GMT",
        ),
        (RetryAfter::Time(UNIX_EPOCH - Duration::from_nanos(1)), "0"),
        (
            RetryAfter::Typed(status_core::field::RetryAfter::Seconds(u64::MAX)),
            &max,
        ),
    ] {
        assert_sent(
            &error.to_response::<String>(),
            "retry-after",
            Some(expected.as_bytes()),
        );
    }
    assert_sent(
        &RetryAfter::BoxedDelay(None).to_response::<String>(),
        "retry-after",
        None,
    );

    for (error, expected) in [
        (Plain::I128(i128::MIN), i128::MIN.to_string()),
        (Plain::I128(i128::MAX), i128::MAX.to_string()),
        (Plain::I64(i64::MIN), i64::MIN.to_string()),
        (Plain::I8(i8::MIN), "-128".to_owned()),
        (Plain::U128(u128::MAX), u128::MAX.to_string()),
        (Plain::Isize(isize::MIN), isize::MIN.to_string()),
    ] {
        assert_sent(
            &error.to_response::<String>(),
            "x-n",
            Some(expected.as_bytes()),
        );
    }
    assert_sent(
        &ContentRange::U64(u64::MAX).to_response::<String>(),
        "content-range",
        Some(format!("bytes */{}", u64::MAX).as_bytes()),
    );
}

#[test]
fn values_with_blanks_or_controls_at_the_ends_are_left_out() {
    for bad in [
        "\t", " ", "x\t", "\tx", "x ", " x", "a\r\nb", "a\0", "\u{1}", "\u{7f}", "é",
    ] {
        assert_sent(
            &Plain::Text(bad.to_owned()).to_response::<String>(),
            "x-n",
            None,
        );
    }
    for bad in [&b"x\t"[..], b"\tx", b"caf\xe9", b"\x80", b" "] {
        let value = HeaderValue::from_bytes(bad).expect("a HeaderValue");
        assert_sent(&Plain::Raw(value).to_response::<String>(), "x-n", None);
    }
    assert_sent(
        &Plain::Raw(HeaderValue::from_static("a\tb c")).to_response::<String>(),
        "x-n",
        Some(b"a\tb c"),
    );
    assert_sent(
        &Plain::Text(String::new()).to_response::<String>(),
        "x-n",
        Some(b""),
    );
}
