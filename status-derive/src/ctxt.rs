//! Collects every error of one derive so that one compile shows them all, in source order.

use proc_macro2::Span;
use std::cell::{Cell, RefCell};
use std::fmt::Display;

#[derive(Default)]
pub struct Ctxt {
    /// Each error with the position it was recorded at.
    errors: RefCell<Vec<(usize, syn::Error)>>,
    position: Cell<usize>,
    /// Each error's place and message, so that a repeated one is left out.
    seen: RefCell<Vec<String>>,
}

impl Ctxt {
    /// Errors recorded from now on belong to the item at `position` (0 for the type, then one
    /// per variant), so that parse and rule errors come out in the order of the source.
    pub fn at(&self, position: usize) {
        self.position.set(position);
    }

    /// Records an error; the same message at the same place is recorded once (an enum's
    /// `default` status is checked for every variant that takes it).
    pub fn error(&self, span: Span, message: impl Display) {
        let message = message.to_string();
        let key = format!("{span:?} {message}");
        let mut errors = self.errors.borrow_mut();
        if self.seen.borrow().contains(&key) {
            return;
        }
        self.seen.borrow_mut().push(key);
        errors.push((self.position.get(), syn::Error::new(span, message)));
    }

    /// How many errors have been recorded so far.
    pub fn count(&self) -> usize {
        self.errors.borrow().len()
    }

    /// `Err` with every error recorded, if there was any.
    pub fn check(self) -> Result<(), syn::Error> {
        let mut errors = self.errors.into_inner();
        errors.sort_by_key(|(position, _)| *position);
        let mut errors = errors.into_iter().map(|(_, error)| error);
        match errors.next() {
            Some(mut all) => {
                all.extend(errors);
                Err(all)
            }
            None => Ok(()),
        }
    }
}
