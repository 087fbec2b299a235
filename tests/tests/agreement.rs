//! The typed values of status-core, over random inputs, always satisfy the grammars the derive
//! enforces at compile time. The two crates cannot share code, so this test compiles the
//! derive's grammar module itself and checks the runtime values against it: one rule, one
//! source, checked from both sides.

#[allow(dead_code, unused_imports)]
#[path = "../../status-derive/src/grammar/mod.rs"]
mod grammar;

use http::{HeaderValue, Method};
use proptest::prelude::*;
use status_core::field::{AllowValue, ContentRangeValue, RetryAfterValue, ToHeaderValue};
use status_core::Challenge;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

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

fn challenge_value(challenge: &Challenge) -> Vec<HeaderValue> {
    let mut lines = Vec::new();
    status_core::field::ChallengeValue::for_each_challenge(challenge, &mut |line| lines.push(line));
    lines
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1024))]

    #[test]
    fn challenges_are_well_formed(challenge in challenge()) {
        let lines = challenge_value(&challenge);
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
        let value = methods.allow_value();
        prop_assert!(value.is_some());
        let value = value.unwrap_or_else(|| HeaderValue::from_static(""));
        prop_assert!(clean(&value));
        prop_assert_eq!(grammar::allow(text(&value)), Ok(()));
    }

    #[test]
    fn retry_after_values_are_well_formed(seconds in any::<u64>(), nanos in 0u32..1_000_000_000) {
        let value = seconds.retry_after_value().expect("seconds are always sent");
        prop_assert_eq!(grammar::retry_after(text(&value)), Ok(()));
        let delay = Duration::new(seconds / 2, nanos).retry_after_value().expect("sent");
        prop_assert_eq!(grammar::delay_seconds(text(&delay)), Ok(()));
        // Every time from 1970 to the end of 9999 is an exact IMF-fixdate.
        let time = UNIX_EPOCH + Duration::new(seconds % 253_402_300_800, nanos);
        let date = time.retry_after_value().expect("in range");
        prop_assert_eq!(grammar::imf_fixdate(text(&date)), Ok(()));
    }

    #[test]
    fn times_out_of_range_are_left_out(seconds in 253_402_300_800u64..u64::MAX / 2) {
        let far = UNIX_EPOCH.checked_add(Duration::from_secs(seconds));
        if let Some(far) = far {
            prop_assert_eq!(far.retry_after_value(), None);
        }
        let before = UNIX_EPOCH.checked_sub(Duration::from_secs(seconds % 1_000_000 + 1));
        if let Some(before) = before {
            prop_assert_eq!(SystemTime::retry_after_value(&before), None);
        }
    }

    #[test]
    fn content_ranges_are_well_formed(length in any::<u64>()) {
        let value = length.content_range_value().expect("always sent");
        prop_assert_eq!(grammar::content_range_unsatisfied(text(&value)), Ok(()));
    }

    #[test]
    fn plain_values_are_sent_only_when_well_formed(
        value in prop_oneof![any::<String>(), "[ \ta=\r\n\x00\x7fé]{0,6}"],
    ) {
        match value.to_header_value() {
            Some(sent) => {
                prop_assert!(clean(&sent));
                prop_assert_eq!(grammar::field_value(text(&sent)), Ok(()));
            }
            None => prop_assert!(grammar::field_value(&value).is_err()),
        }
    }
}
