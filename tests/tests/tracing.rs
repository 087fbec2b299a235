//! Feature `tracing`: a consuming conversion (a framework's, or into `http::Response`) logs the
//! error, a 5xx at error level with its `source()` chain (which the body hides), a 4xx at debug
//! level. Checked with a subscriber that records every event.

use status_core::HttpStatusError;
use std::fmt;
use std::sync::{Arc, Mutex};
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Level, Metadata, Subscriber};

/// One event as recorded: its level, target and fields (the message under "message").
#[derive(Debug, Clone)]
struct Logged {
    level: Level,
    target: String,
    fields: Vec<(String, String)>,
}

impl Logged {
    fn field(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// A subscriber that keeps every event.
#[derive(Clone, Default)]
struct Recorder(Arc<Mutex<Vec<Logged>>>);

struct Fields<'a>(&'a mut Vec<(String, String)>);

impl Visit for Fields<'_> {
    fn record_debug(&mut self, field: &Field, value: &dyn fmt::Debug) {
        self.0.push((field.name().to_owned(), format!("{value:?}")));
    }

    fn record_str(&mut self, field: &Field, value: &str) {
        self.0.push((field.name().to_owned(), value.to_owned()));
    }
}

impl Subscriber for Recorder {
    fn enabled(&self, _: &Metadata<'_>) -> bool {
        true
    }

    fn new_span(&self, _: &Attributes<'_>) -> Id {
        Id::from_u64(1)
    }

    fn record(&self, _: &Id, _: &Record<'_>) {}

    fn record_follows_from(&self, _: &Id, _: &Id) {}

    fn event(&self, event: &Event<'_>) {
        let mut fields = Vec::new();
        event.record(&mut Fields(&mut fields));
        self.0.lock().expect("not poisoned").push(Logged {
            level: *event.metadata().level(),
            target: event.metadata().target().to_owned(),
            fields,
        });
    }

    fn enter(&self, _: &Id) {}

    fn exit(&self, _: &Id) {}
}

/// The events `convert` logs.
fn capture(convert: impl FnOnce()) -> Vec<Logged> {
    let recorder = Recorder::default();
    tracing::subscriber::with_default(recorder.clone(), convert);
    let events = recorder.0.lock().expect("not poisoned").clone();
    events
}

#[derive(Debug, thiserror::Error)]
#[error("connection refused")]
struct Root;

#[derive(Debug, thiserror::Error)]
#[error("pool exhausted")]
struct Pool(#[source] Root);

#[derive(Debug, thiserror::Error, HttpStatusError)]
enum ApiError {
    #[status(500)]
    #[error("database: password=hunter2")]
    Database(#[source] Pool),

    #[status(404, message = "no user {0}")]
    #[error("no user {0}")]
    NoUser(u64),
}

/// Neither `Error` nor `Display`: logged through `Debug`.
#[derive(Debug, HttpStatusError)]
#[status(503, retry_after = 5, message = "shard {shard} is rebalancing")]
struct DebugOnly {
    shard: u8,
}

/// Not even `Debug`: only the status is logged.
#[derive(HttpStatusError)]
#[status(502)]
struct Opaque;

#[test]
fn a_5xx_is_logged_at_error_level_with_its_source_chain() {
    for convert in [
        (|| drop(axum::response::IntoResponse::into_response(database()))) as fn(),
        || drop(actix_web::Error::from(database())),
        || drop(poem::Error::from(database())),
        || drop(http::Response::<String>::from(database())),
    ] {
        let events = capture(convert);
        assert_eq!(events.len(), 1, "{events:?}");
        let event = &events[0];
        assert_eq!(event.level, Level::ERROR);
        assert_eq!(event.target, "status_core");
        assert_eq!(event.field("status"), Some("500"));
        assert_eq!(event.field("message"), Some("500 Internal Server Error"));
        assert_eq!(event.field("error"), Some("database: password=hunter2"));
        assert_eq!(
            event.field("sources"),
            Some("pool exhausted: connection refused")
        );
    }
    // The body still hides it all.
    let response = database().to_response::<String>();
    assert_eq!(response.body(), "Internal Server Error");
}

fn database() -> ApiError {
    ApiError::Database(Pool(Root))
}

#[test]
fn a_4xx_is_logged_at_debug_level() {
    for convert in [
        (|| drop(poem::Error::from(ApiError::NoUser(7)))) as fn(),
        || drop(http::Response::<Vec<u8>>::from(ApiError::NoUser(7))),
    ] {
        let events = capture(convert);
        assert_eq!(events.len(), 1, "{events:?}");
        assert_eq!(events[0].level, Level::DEBUG);
        assert_eq!(events[0].field("status"), Some("404"));
        assert_eq!(events[0].field("message"), Some("404 Not Found"));
        assert_eq!(events[0].field("error"), Some("no user 7"));
        assert_eq!(events[0].field("sources"), Some(""));
    }
}

#[test]
fn a_type_without_error_is_logged_through_debug_or_by_status() {
    let events = capture(|| drop(actix_web::Error::from(DebugOnly { shard: 3 })));
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].level, Level::ERROR);
    assert_eq!(events[0].field("error"), Some("DebugOnly { shard: 3 }"));

    let events = capture(|| drop(axum::response::IntoResponse::into_response(Opaque)));
    assert_eq!(events.len(), 1, "{events:?}");
    assert_eq!(events[0].level, Level::ERROR);
    assert_eq!(events[0].field("status"), Some("502"));
    assert_eq!(events[0].field("error"), None);
}

#[test]
fn borrowing_logs_nothing() {
    let events = capture(|| drop(database().to_response::<String>()));
    assert!(events.is_empty(), "{events:?}");
}
