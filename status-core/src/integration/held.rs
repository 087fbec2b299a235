//! An error held as it is by a framework's own error type (actix-web's, poem's), its response
//! built when the framework asks for it, as a hand-written `ResponseError` is.

use crate::HttpStatusError;
use std::fmt;

/// The error of a type without generic parameters, held until the framework asks for its
/// response. Each framework's module implements its `ResponseError` for it.
pub struct Held<E>(pub(crate) E);

impl<E: HttpStatusError> fmt::Debug for Held<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Held")
            .field(&self.0.status().as_u16())
            .finish()
    }
}

/// The body: what the client sees, so nothing more than the response already shows.
impl<E: HttpStatusError> fmt::Display for Held<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0.__head().1.as_str())
    }
}

impl<E: HttpStatusError> std::error::Error for Held<E> {}
