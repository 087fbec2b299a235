//! Collects every error of one derive so that one compile shows them all.

use proc_macro2::Span;
use std::cell::RefCell;
use std::fmt::Display;

#[derive(Default)]
pub struct Ctxt {
    errors: RefCell<Option<syn::Error>>,
    count: std::cell::Cell<usize>,
}

impl Ctxt {
    pub fn error(&self, span: Span, message: impl Display) {
        self.syn_error(syn::Error::new(span, message));
    }

    pub fn syn_error(&self, error: syn::Error) {
        self.count.set(self.count.get() + 1);
        let mut errors = self.errors.borrow_mut();
        match errors.as_mut() {
            Some(all) => all.combine(error),
            None => *errors = Some(error),
        }
    }

    /// How many errors have been recorded so far.
    pub fn count(&self) -> usize {
        self.count.get()
    }

    /// `Err` with every error recorded, if there was any.
    pub fn check(self) -> Result<(), syn::Error> {
        match self.errors.into_inner() {
            Some(errors) => Err(errors),
            None => Ok(()),
        }
    }
}
