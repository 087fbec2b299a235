use http::StatusCode;
use serde::ser::{Serialize, SerializeMap, Serializer};
use serde_json::value::RawValue;
use std::borrow::Cow;

/// The one representation of an error response (RFC 9457 §3): what every body format renders.
///
/// The derive builds it from the attributes: the status sent, the title (the reason phrase
/// unless `title` is given), the `problem_type`, the detail (the `message`; the `Display` text
/// for a 4xx without one; nothing for a 5xx unless `expose`), the `instance` and the
/// `extension` members. A hand-written [`HttpStatusError`](crate::HttpStatusError) gets one
/// from its status and body.
///
/// Serialized, it is a problem details object, its members in the RFC's order: `type` (left
/// out when there is none, which means `about:blank`), `title`, `status`, `detail`,
/// `instance`, then the extensions.
///
/// ```
/// use http::StatusCode;
/// use status_core::Problem;
///
/// let mut problem = Problem::new(StatusCode::NOT_FOUND);
/// problem.detail = Some("no user \"7\"".into());
/// problem.extension("user_id", &7);
/// assert_eq!(
///     serde_json::to_string(&problem).unwrap(),
///     r#"{"title":"Not Found","status":404,"detail":"no user \"7\"","user_id":7}"#,
/// );
/// ```
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Problem {
    /// The status sent on the wire; `status` in JSON always equals it (RFC 9457 §3.1.2).
    pub status: StatusCode,
    /// A URI reference naming the problem type; `None` means `about:blank` (§3.1.1).
    pub problem_type: Option<Cow<'static, str>>,
    /// A short summary of the problem type (§3.1.3).
    pub title: Cow<'static, str>,
    /// What happened this time, for a person to read (§3.1.4).
    pub detail: Option<Cow<'static, str>>,
    /// A URI reference naming this occurrence (§3.1.5).
    pub instance: Option<String>,
    /// Extension members, in order (§3.2), each already written as JSON: a value keeps the
    /// order of its own members (`serde_json::from_str(raw.get())` reads one back).
    pub extensions: Vec<(Cow<'static, str>, Box<RawValue>)>,
}

impl Problem {
    /// A problem with only a status, titled with its reason phrase from the defining RFC, as
    /// the derive titles one ("Content Too Large" for 413, where the `http` crate still says
    /// "Payload Too Large"); a code outside the registry is titled with its class, "Client
    /// Error" or "Server Error".
    #[must_use]
    pub fn new(status: StatusCode) -> Self {
        Problem::titled(status, crate::status::title(status.as_u16()))
    }

    /// A problem with a status and a title.
    #[must_use]
    pub fn titled(status: StatusCode, title: &'static str) -> Self {
        Problem {
            status,
            problem_type: None,
            title: Cow::Borrowed(title),
            detail: None,
            instance: None,
            extensions: Vec::new(),
        }
    }

    /// Adds the extension member `name` with `value` serialized as JSON. A value `serde_json`
    /// cannot write (a map with non-string keys, say) is left out rather than sent broken.
    pub fn extension<T: Serialize + ?Sized>(&mut self, name: &'static str, value: &T) {
        if let Ok(value) = serde_json::value::to_raw_value(value) {
            self.extensions.push((Cow::Borrowed(name), value));
        }
    }

    /// The problem with `problem_type` as its type (RFC 9457 §3.1.1).
    #[must_use]
    pub fn with_problem_type(mut self, problem_type: impl Into<Cow<'static, str>>) -> Self {
        self.problem_type = Some(problem_type.into());
        self
    }

    /// The problem with `detail` as its detail (RFC 9457 §3.1.4).
    #[must_use]
    pub fn with_detail(mut self, detail: impl Into<Cow<'static, str>>) -> Self {
        self.detail = Some(detail.into());
        self
    }

    /// The problem with `instance` as its instance (RFC 9457 §3.1.5).
    #[must_use]
    pub fn with_instance(mut self, instance: impl Into<String>) -> Self {
        self.instance = Some(instance.into());
        self
    }

    /// The problem with the extension member `name` added (see [`Problem::extension`]).
    #[must_use]
    pub fn with_extension<T: Serialize + ?Sized>(mut self, name: &'static str, value: &T) -> Self {
        self.extension(name, value);
        self
    }

    /// The text of a `text/plain` body: the detail, or the title where there is none.
    #[must_use]
    pub fn text(&self) -> &str {
        self.detail.as_deref().unwrap_or(&self.title)
    }
}

impl Serialize for Problem {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        if let Some(problem_type) = &self.problem_type {
            map.serialize_entry("type", problem_type)?;
        }
        map.serialize_entry("title", &self.title)?;
        map.serialize_entry("status", &self.status.as_u16())?;
        if let Some(detail) = &self.detail {
            map.serialize_entry("detail", detail)?;
        }
        if let Some(instance) = &self.instance {
            map.serialize_entry("instance", instance)?;
        }
        for (name, value) in &self.extensions {
            map.serialize_entry(name, value)?;
        }
        map.end()
    }
}
