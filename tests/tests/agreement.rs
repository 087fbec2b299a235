//! The typed values of status-core, over random inputs, always satisfy the grammars the derive
//! enforces at compile time. The two crates cannot share code, so this test compiles the
//! derive's grammar module itself and checks the runtime values against it: one rule, one
//! source, checked from both sides.

#[allow(dead_code, unused_imports)]
#[path = "../../status-derive/src/grammar/mod.rs"]
mod grammar;

use http::{HeaderValue, Method};
use proptest::prelude::*;
use status_core::{Challenge, HttpStatusError};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// One variant per field key; `sent` reads back what a response carries.
#[derive(Debug, HttpStatusError)]
enum Field {
    #[status(401, message = "sign in")]
    Challenge(#[status(www_authenticate)] Challenge),
    #[status(405, message = "not here")]
    Allow(#[status(allow)] Vec<Method>),
    #[status(503, message = "later")]
    Seconds(#[status(retry_after)] u64),
    #[status(503, message = "later")]
    Delay(#[status(retry_after)] Duration),
    #[status(503, message = "later")]
    Time(#[status(retry_after)] SystemTime),
    #[status(416, message = "no such range")]
    Length(#[status(content_range)] u64),
    #[status(404, message = "not found")]
    Plain(#[status(header = "x-value")] String),
}

/// The values of the header `field` writes, through the derived response.
fn sent(field: &Field) -> Vec<HeaderValue> {
    let name = match field {
        Field::Challenge(_) => "www-authenticate",
        Field::Allow(_) => "allow",
        Field::Seconds(_) | Field::Delay(_) | Field::Time(_) => "retry-after",
        Field::Length(_) => "content-range",
        Field::Plain(_) => "x-value",
    };
    let response = field.to_response::<String>();
    response.headers().get_all(name).iter().cloned().collect()
}

/// The one value of the header `field` writes.
fn one(field: &Field) -> HeaderValue {
    let mut values = sent(field);
    assert_eq!(values.len(), 1, "{field:?}");
    values.pop().expect("one value")
}

/// Every byte is visible ASCII, a space, or a tab: never CR, LF, NUL or another control.
fn clean(value: &HeaderValue) -> bool {
    value
        .as_bytes()
        .iter()
        .all(|&b| b == b' ' || b == b'\t' || b.is_ascii_graphic())
}

fn text(value: &HeaderValue) -> &str {
    value.to_str().unwrap_or("\u{0}not text")
}

fn challenge() -> impl Strategy<Value = Challenge> {
    let params = prop::collection::vec((any::<String>(), any::<String>()), 0..4);
    let base = prop_oneof![
        any::<String>().prop_map(|realm| Challenge::basic(&realm)),
        any::<String>().prop_map(|realm| Challenge::bearer(&realm)),
        "[A-Za-z][A-Za-z0-9!#$%&'*+.^_`|~-]{0,12}"
            .prop_filter_map("not Basic or Bearer", |scheme| Challenge::new(&scheme)),
    ];
    (base, params).prop_map(|(challenge, params)| {
        params.iter().fold(challenge, |challenge, (name, value)| {
            challenge.param(name, value)
        })
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1024))]

    #[test]
    fn challenges_are_well_formed(challenge in challenge()) {
        let lines = sent(&Field::Challenge(challenge.clone()));
        prop_assert_eq!(lines.len(), 1);
        prop_assert!(clean(&lines[0]));
        prop_assert_eq!(grammar::challenge(text(&lines[0])), Ok(()));
        prop_assert_eq!(text(&lines[0]), challenge.to_string());
    }

    #[test]
    fn method_lists_are_well_formed(
        methods in prop::collection::vec("[A-Za-z0-9!#$%&'*+.^_`|~-]{1,10}", 0..6),
    ) {
        let methods: Vec<Method> = methods
            .iter()
            .filter_map(|method| Method::from_bytes(method.as_bytes()).ok())
            .collect();
        let value = one(&Field::Allow(methods));
        prop_assert!(clean(&value));
        prop_assert_eq!(grammar::allow(text(&value)), Ok(()));
    }

    #[test]
    fn retry_after_values_are_well_formed(seconds in any::<u64>(), nanos in 0u32..1_000_000_000) {
        let value = one(&Field::Seconds(seconds));
        prop_assert_eq!(grammar::retry_after(text(&value)), Ok(()));
        let delay = one(&Field::Delay(Duration::new(seconds, nanos)));
        prop_assert_eq!(grammar::delay_seconds(text(&delay)), Ok(()));
        // Every time from 1970 to the last second of 9999 is an exact IMF-fixdate.
        let time = UNIX_EPOCH + Duration::from_secs(seconds % 253_402_300_800);
        let date = one(&Field::Time(time));
        prop_assert_eq!(grammar::imf_fixdate(text(&date)), Ok(()));
    }

    #[test]
    fn times_out_of_range_are_delay_seconds(seconds in 253_402_300_800u64..u64::MAX / 2) {
        if let Some(far) = UNIX_EPOCH.checked_add(Duration::from_secs(seconds)) {
            prop_assert_eq!(grammar::delay_seconds(text(&one(&Field::Time(far)))), Ok(()));
        }
        if let Some(before) = UNIX_EPOCH.checked_sub(Duration::from_secs(seconds % 1_000_000 + 1)) {
            prop_assert_eq!(one(&Field::Time(before)), "0");
        }
    }

    #[test]
    fn content_ranges_are_well_formed(length in any::<u64>()) {
        let value = one(&Field::Length(length));
        prop_assert_eq!(grammar::content_range_unsatisfied(text(&value)), Ok(()));
    }

    #[test]
    fn plain_values_are_sent_only_when_well_formed(
        value in prop_oneof![any::<String>(), "[ \ta=\r\n\x00\x7fé]{0,6}"],
    ) {
        match sent(&Field::Plain(value.clone())).pop() {
            Some(sent) => {
                prop_assert!(clean(&sent));
                prop_assert_eq!(grammar::field_value(text(&sent)), Ok(()));
            }
            None => prop_assert!(grammar::field_value(&value).is_err()),
        }
    }
}
