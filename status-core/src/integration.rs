//! Framework integrations. The derive calls one macro per framework; each expands to the impl
//! when its feature is on and to nothing when it is off, so that the impls land in the user's
//! crate, where the orphan rules allow them.
//!
//! The macros take `(impl generics) (the type) (where clause)`.

#[doc(hidden)]
#[macro_export]
macro_rules! __axum {
    ($($tokens:tt)*) => {};
}

#[doc(hidden)]
#[macro_export]
macro_rules! __actix {
    ($($tokens:tt)*) => {};
}

#[doc(hidden)]
#[macro_export]
macro_rules! __poem {
    ($($tokens:tt)*) => {};
}
