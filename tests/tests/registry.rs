//! status-core's `ErrorStatus` and status-derive's rule table agree: a code can be chosen at run
//! time exactly when the derive would accept it and no MUST rule ties it to a header, and its
//! title is the registry's phrase. The two crates cannot share code, so this test compiles the
//! derive's rule table itself.

#[allow(dead_code, unused_imports)]
#[path = "../../status-derive/src/grammar/mod.rs"]
mod grammar;
#[allow(dead_code)]
#[path = "../../status-derive/src/key.rs"]
mod key;
#[allow(dead_code)]
#[path = "../../status-derive/src/rules.rs"]
mod rules;

use status_core::ErrorStatus;

#[test]
fn error_status_agrees_with_the_rule_table() {
    let mut accepted = 0;
    for code in 0..=1000u16 {
        let registered = rules::check_range(code).is_ok() && rules::registered(code).is_some();
        let must_header = rules::RULES.iter().any(|rule| {
            rule.code == code
                && matches!(rule.level, rules::Level::Must)
                && matches!(rule.demand, rules::Demand::Carry(_))
        });
        let expected = registered && !must_header;
        let status = ErrorStatus::try_from(code);
        assert_eq!(status.is_ok(), expected, "{code}: {status:?}");
        if let Ok(status) = status {
            assert_eq!(status.title(), rules::reason(code), "{code}");
            accepted += 1;
        }
    }
    assert_eq!(accepted, rules::REGISTERED.len() - 4);
}
