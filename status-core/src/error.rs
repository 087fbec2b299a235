use crate::Problem;
use http::{HeaderMap, Response, StatusCode};

/// An error that knows the HTTP response it stands for.
///
/// Derive it with `#[derive(HttpStatusError)]`; the derive checks the response against RFC 9110
/// at compile time. Implementing it by hand is possible too, and then nothing is checked.
///
/// ```
/// use http::{header, HeaderMap, HeaderValue, StatusCode};
/// use status_core::HttpStatusError;
///
/// struct Teapot;
///
/// impl HttpStatusError for Teapot {
///     fn status(&self) -> StatusCode {
///         StatusCode::SERVICE_UNAVAILABLE
///     }
///
///     fn write_headers(&self, headers: &mut HeaderMap) {
///         headers.insert(header::RETRY_AFTER, HeaderValue::from_static("60"));
///     }
///
///     fn body(&self) -> String {
///         "the pot is brewing".to_owned()
///     }
/// }
///
/// let response = Teapot.to_response::<String>();
/// assert_eq!(response.status(), 503);
/// assert_eq!(response.headers()["retry-after"], "60");
/// assert_eq!(response.body(), "the pot is brewing");
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an HttpStatusError",
    label = "this type decides no HTTP response",
    note = "derive HttpStatusError for it, or give the variant a status of its own instead of \
            `transparent`"
)]
pub trait HttpStatusError {
    /// The status sent on the wire (404 for a variant marked `conceal`).
    fn status(&self) -> StatusCode;

    /// Writes every header of the response, `Content-Type` included, into `headers`.
    fn write_headers(&self, headers: &mut HeaderMap);

    /// The body, in the type's format.
    fn body(&self) -> String;

    /// The representation every format renders (RFC 9457 §3): status, title, problem type,
    /// detail, instance, extension members. The derive builds it from the attributes; by
    /// default it is the status, titled with its reason phrase from RFC 9110 §15, with the body
    /// as its detail.
    fn problem(&self) -> Problem {
        crate::__private::text_problem(self, None)
    }

    /// Builds the whole response, borrowing the error.
    ///
    /// The body type is anything a `String` and a `&'static str` convert into (see
    /// [`ResponseBody`]): `String`, `Vec<u8>`, `Bytes`, `http_body_util::Full<Bytes>`, axum's
    /// and poem's `Body`. A derived type hands a static message over as the `&'static str`, so
    /// a body type that can hold one without copying (all of the above but `String` and
    /// `Vec<u8>`) allocates nothing for it.
    fn to_response<B: ResponseBody>(&self) -> Response<B>
    where
        Self: Sized,
    {
        crate::__private::respond(self)
    }

    /// The status and the body, a static body as the `&'static str` it is: what a response is
    /// built from. Not part of the API; the default, which a hand-written impl keeps, is the
    /// status and `body()`.
    #[doc(hidden)]
    fn __head(&self) -> (StatusCode, crate::__private::Text) {
        (self.status(), crate::__private::Text::Owned(self.body()))
    }

    /// Writes every header line into `sink`: an `http` 1 map, or a framework's own, which then
    /// takes a line the derive checked as the static text it is. Not part of the API; the
    /// default writes `__content_type` where there is one, else `write_headers` into a map,
    /// whose lines it hands over.
    #[doc(hidden)]
    #[inline]
    fn __write<S: crate::__private::Sink>(&self, sink: &mut S)
    where
        Self: Sized,
    {
        let content_type = self.__content_type();
        if content_type.is_empty() {
            sink.map(&mut |headers| self.write_headers(headers));
        } else {
            crate::__private::content_type(sink, content_type);
        }
    }

    /// The content type of a type whose every response has no other line than it, which
    /// `__write` then writes alone; empty, the default, where `write_headers` writes the lines.
    /// Not part of the API: a derived type without other lines gives it in place of `__write`,
    /// a method that is not generic and costs `cargo check` less.
    #[doc(hidden)]
    #[inline]
    fn __content_type(&self) -> &'static str {
        ""
    }
}

/// A body type a response can be built in: one that a `String` and a `&'static str` both
/// convert into. Implemented for every such type; a derived type passes a static body as the
/// `&'static str`, which `Bytes`, `Full<Bytes>`, axum's and poem's bodies hold without copying.
pub trait ResponseBody: From<String> + From<&'static str> {}

impl<B: From<String> + From<&'static str>> ResponseBody for B {}

/// References and boxes answer as what they point to.
macro_rules! forward {
    ($($pointer:ty),*) => {$(
        impl<T: HttpStatusError + ?Sized> HttpStatusError for $pointer {
            fn status(&self) -> StatusCode {
                (**self).status()
            }

            fn write_headers(&self, headers: &mut HeaderMap) {
                (**self).write_headers(headers);
            }

            fn body(&self) -> String {
                (**self).body()
            }

            fn problem(&self) -> Problem {
                (**self).problem()
            }

            fn __head(&self) -> (StatusCode, crate::__private::Text) {
                (**self).__head()
            }

            fn __content_type(&self) -> &'static str {
                (**self).__content_type()
            }
        }
    )*};
}

forward!(&T, Box<T>);
