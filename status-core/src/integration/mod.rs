//! Framework integrations. The derive calls one macro per framework; each expands to the impl
//! when its feature is on and to nothing when it is off, so that the impls land in the user's
//! crate, where the orphan rules allow them. The `cfg`s are evaluated here, in status-core, so a
//! feature turned on anywhere in the build turns the impls on for every derived type: the impls
//! therefore ask nothing of the type beyond `HttpStatusError` (no `Display`, no `Send`, no
//! `'static` beyond what the framework's own trait requires), and a type opts out with
//! `#[status(no_axum)]`, `no_actix`, `no_poem` or `no_utoipa` where its author wrote the impl
//! by hand.
//!
//! The macros take `(impl generics) (the type) (where clause)`.

#[cfg(feature = "actix-web")]
pub(crate) mod actix;
#[cfg(any(feature = "actix-web", feature = "poem"))]
mod held;
#[cfg(feature = "poem")]
pub(crate) mod poem;
#[cfg(feature = "tracing")]
pub(crate) mod tracing;
#[cfg(feature = "utoipa")]
pub mod utoipa;

/// `impl axum_core::response::IntoResponse`.
#[cfg(feature = "axum")]
#[doc(hidden)]
#[macro_export]
macro_rules! __axum {
    (($($generics:tt)*) ($($ty:tt)*) ($($where:tt)*)) => {
        #[automatically_derived]
        #[allow(deprecated)]
        impl $($generics)* $crate::__private::axum_core::response::IntoResponse for $($ty)*
        $($where)*
        {
            fn into_response(self) -> $crate::__private::axum_core::response::Response {
                $crate::__log!(&self);
                $crate::__private::convert(&self)
            }
        }
    };
}

#[cfg(not(feature = "axum"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __axum {
    ($($tokens:tt)*) => {};
}

/// `impl From<T> for actix_web::Error`, through a `ResponseError` that holds the response
/// already built, so the type needs no `Display`.
#[cfg(feature = "actix-web")]
#[doc(hidden)]
#[macro_export]
macro_rules! __actix {
    // A type without generic parameters is `'static`: held as it is, its response built when
    // actix-web sends it.
    (held () ($($ty:tt)*) ($($where:tt)*)) => {
        #[automatically_derived]
        #[allow(deprecated)]
        impl $crate::__private::core::convert::From<$($ty)*>
            for $crate::__private::actix_web::Error
        $($where)*
        {
            fn from(__error: $($ty)*) -> Self {
                $crate::__log!(&__error);
                $crate::__private::actix_held(__error)
            }
        }
    };
    (($($generics:tt)*) ($($ty:tt)*) ($($where:tt)*)) => {
        #[automatically_derived]
        #[allow(deprecated)]
        impl $($generics)* $crate::__private::core::convert::From<$($ty)*>
            for $crate::__private::actix_web::Error
        $($where)*
        {
            fn from(__error: $($ty)*) -> Self {
                $crate::__log!(&__error);
                $crate::__private::actix_error(&__error)
            }
        }
    };
}

#[cfg(not(feature = "actix-web"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __actix {
    ($($tokens:tt)*) => {};
}

/// `impl From<T> for poem::Error`: holding a type without generic parameters where it is
/// `Send + Sync`, from the response already built otherwise.
#[cfg(feature = "poem")]
#[doc(hidden)]
#[macro_export]
macro_rules! __poem {
    (held () ($($ty:tt)*) ($($where:tt)*)) => {
        #[automatically_derived]
        #[allow(deprecated)]
        impl $crate::__private::core::convert::From<$($ty)*> for $crate::__private::poem::Error
        $($where)*
        {
            fn from(__error: $($ty)*) -> Self {
                // One of the two is left unused, which a lint does not report in an
                // expansion of another crate's macro.
                use $crate::__private::{PoemBuilds as _, PoemHolds as _};
                $crate::__log!(&__error);
                $crate::__private::PoemPick(__error).poem_error()
            }
        }
    };
    (($($generics:tt)*) ($($ty:tt)*) ($($where:tt)*)) => {
        #[automatically_derived]
        #[allow(deprecated)]
        impl $($generics)* $crate::__private::core::convert::From<$($ty)*>
            for $crate::__private::poem::Error
        $($where)*
        {
            fn from(__error: $($ty)*) -> Self {
                $crate::__log!(&__error);
                $crate::__private::poem_error(&__error)
            }
        }
    };
}

#[cfg(not(feature = "poem"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __poem {
    ($($tokens:tt)*) => {};
}

/// `impl utoipa::IntoResponses`: the OpenAPI responses of the type. Unlike the others, it takes
/// the body of `responses()` as a fourth group, which the derive writes from the variants; its
/// where clause holds only the bounds that body needs.
#[cfg(feature = "utoipa")]
#[doc(hidden)]
#[macro_export]
macro_rules! __utoipa {
    (($($generics:tt)*) ($($ty:tt)*) ($($where:tt)*) {$($body:tt)*}) => {
        #[automatically_derived]
        #[allow(deprecated)]
        impl $($generics)* $crate::__private::openapi::IntoResponses for $($ty)*
        $($where)*
        {
            fn responses() -> $crate::__private::openapi::Responses {
                $($body)*
            }
        }
    };
}

#[cfg(not(feature = "utoipa"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __utoipa {
    ($($tokens:tt)*) => {};
}

/// Logs an error on its way to a response (feature `tracing`); the argument is a reference to
/// the error. Which of `Error` (with its `source()` chain), `Debug` or neither the type
/// implements is found by autoref specialization, so no bound is added.
#[cfg(feature = "tracing")]
#[doc(hidden)]
#[macro_export]
macro_rules! __log {
    ($error:expr) => {{
        use $crate::__private::Describe as _;
        let __error = $error;
        $crate::__private::log_response(
            $crate::HttpStatusError::status(__error),
            (&&&$crate::__private::Probe(__error)).describe(),
        );
    }};
}

#[cfg(not(feature = "tracing"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __log {
    ($error:expr) => {};
}
