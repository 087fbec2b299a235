//! Logging of errors on their way to a response (feature `tracing`).
//!
//! The trait asks nothing of the type, so what can be logged is found at the call site, in the
//! user's crate, by autoref specialization: `(&&&Probe(&error)).describe()` picks the `Error`
//! impl when the type implements `std::error::Error`, else the `Debug` one, else the opaque
//! one. For a generic type the choice is made once for the generic impl: an `Error` or `Debug`
//! impl that needs bounds the type's parameters do not have is not seen.

use http::StatusCode;
use std::error::Error;
use std::fmt::{self, Debug, Display};

/// What the call site found out about an error.
#[derive(Clone, Copy)]
pub enum Described<'a> {
    /// The type implements `std::error::Error`: its text and its `source()` chain.
    Error(&'a (dyn Error + 'a)),
    /// The type implements `Debug` only.
    Debug(&'a (dyn Debug + 'a)),
    /// Neither: only the status is logged.
    Opaque,
}

/// The probe the autoref specialization dispatches on.
pub struct Probe<'a, T: ?Sized>(pub &'a T);

/// What to log about an error, by autoref specialization over the three receivers below: one
/// trait, so that the call site imports one name and every import is used.
pub trait Describe<'a> {
    /// What to log.
    fn describe(&self) -> Described<'a>;
}

/// First choice: the type is an `Error`.
impl<'a, T: Error + 'a> Describe<'a> for &&Probe<'a, T> {
    #[inline]
    fn describe(&self) -> Described<'a> {
        Described::Error(self.0)
    }
}

/// Second choice: the type is `Debug`.
impl<'a, T: Debug + 'a> Describe<'a> for &Probe<'a, T> {
    #[inline]
    fn describe(&self) -> Described<'a> {
        Described::Debug(self.0)
    }
}

/// Last choice: nothing to show.
impl<'a, T: ?Sized> Describe<'a> for Probe<'a, T> {
    #[inline]
    fn describe(&self) -> Described<'a> {
        Described::Opaque
    }
}

/// The `source()` chain, `: `-separated; empty when there is none.
struct Sources<'a>(&'a (dyn Error + 'a));

impl Display for Sources<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut next = self.0.source();
        let mut first = true;
        // The chain is finite for any error that can be built; the cap guards a cyclic one.
        for _ in 0..64 {
            let Some(source) = next else { break };
            if !first {
                f.write_str(": ")?;
            }
            first = false;
            Display::fmt(source, f)?;
            next = source.source();
        }
        Ok(())
    }
}

/// Logs the conversion of an error into a response: 5xx at error level with the error and its
/// `source()` chain, which the body hides; anything else at debug level. What an event shows is
/// computed only where a subscriber takes it: without one, this is a load and a compare.
pub fn log_response(status: StatusCode, described: Described<'_>) {
    /// One event at `$level`, with what is known of the error.
    macro_rules! event {
        ($level:expr) => {
            match described {
                Described::Error(error) => {
                    tracing::event!(
                        target: "status_core",
                        $level,
                        status = status.as_u16(),
                        error = %error,
                        sources = %Sources(error),
                        "{}",
                        Line(status)
                    );
                }
                Described::Debug(error) => {
                    tracing::event!(
                        target: "status_core",
                        $level,
                        status = status.as_u16(),
                        error = ?error,
                        "{}",
                        Line(status)
                    );
                }
                Described::Opaque => {
                    tracing::event!(
                        target: "status_core",
                        $level,
                        status = status.as_u16(),
                        "{}",
                        Line(status)
                    );
                }
            }
        };
    }
    if status.is_server_error() {
        event!(tracing::Level::ERROR);
    } else {
        event!(tracing::Level::DEBUG);
    }
}

/// An event's message: the status line's code and reason, `503 Service Unavailable`.
struct Line(StatusCode);

impl Display for Line {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let reason = self.0.canonical_reason().unwrap_or("");
        write!(f, "{} {reason}", self.0.as_u16())
    }
}
