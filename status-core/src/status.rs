use http::StatusCode;
use std::fmt;

/// A status chosen at run time that still keeps HTTP's rules: a 4xx or 5xx code in the IANA
/// registry that no MUST rule ties to a header.
///
/// `401`, `405`, `407` and `426` are refused, because their responses must carry a header
/// (`WWW-Authenticate`, `Allow`, `Proxy-Authenticate`, `Upgrade`) that a status chosen at run
/// time cannot promise; so are `418` (reserved), every code outside 400..=599, and codes
/// missing from the registry. Use it in a `#[status(dynamic, message = "...")]` variant, on a
/// field marked `#[status(code)]`:
///
/// ```
/// use status_core::{ErrorStatus, HttpStatusError};
///
/// #[derive(Debug, HttpStatusError)]
/// enum ApiError {
///     #[status(dynamic, message = "{detail}")]
///     Custom {
///         #[status(code)]
///         status: ErrorStatus,
///         detail: String,
///     },
/// }
///
/// let status = ErrorStatus::try_from(422).unwrap();
/// let response = ApiError::Custom { status, detail: "bad name".into() }.to_response::<String>();
/// assert_eq!(response.status(), 422);
/// assert_eq!(response.body(), "bad name");
///
/// let refused = ErrorStatus::try_from(http::StatusCode::UNAUTHORIZED).unwrap_err();
/// assert_eq!(
///     refused.to_string(),
///     "401 cannot be chosen at run time: its response must carry WWW-Authenticate \
///      (RFC 9110 §15.5.2); use a variant with www_authenticate"
/// );
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ErrorStatus(StatusCode);

impl ErrorStatus {
    /// The status.
    #[must_use]
    pub fn status(self) -> StatusCode {
        self.0
    }

    /// The reason phrase of the defining RFC (RFC 9110's "Content Too Large" for 413).
    #[must_use]
    pub fn title(self) -> &'static str {
        crate::__private::phrase(self.0)
    }
}

impl From<ErrorStatus> for StatusCode {
    fn from(status: ErrorStatus) -> Self {
        status.0
    }
}

impl TryFrom<StatusCode> for ErrorStatus {
    type Error = RefusedStatus;

    fn try_from(status: StatusCode) -> Result<Self, RefusedStatus> {
        let code = status.as_u16();
        if let Some(&(_, header, section, key)) = MUST_HEADER.iter().find(|(c, ..)| *c == code) {
            return Err(RefusedStatus(Refusal::NeedsHeader {
                code,
                header,
                section,
                key,
            }));
        }
        match code {
            418 => Err(RefusedStatus(Refusal::Reserved)),
            400..=599 if phrase(code).is_some() => Ok(ErrorStatus(status)),
            400..=599 => Err(RefusedStatus(Refusal::Unregistered(code))),
            _ => Err(RefusedStatus(Refusal::NotAnError(code))),
        }
    }
}

impl TryFrom<u16> for ErrorStatus {
    type Error = RefusedStatus;

    fn try_from(code: u16) -> Result<Self, RefusedStatus> {
        match StatusCode::from_u16(code) {
            Ok(status) => ErrorStatus::try_from(status),
            Err(_) => Err(RefusedStatus(Refusal::NotAnError(code))),
        }
    }
}

impl fmt::Display for ErrorStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.0.as_u16(), self.title())
    }
}

/// Why a code cannot be an [`ErrorStatus`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RefusedStatus(Refusal);

#[derive(Clone, Debug, PartialEq, Eq)]
enum Refusal {
    NotAnError(u16),
    Reserved,
    Unregistered(u16),
    NeedsHeader {
        code: u16,
        header: &'static str,
        section: &'static str,
        key: &'static str,
    },
}

impl fmt::Display for RefusedStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Refusal::NotAnError(code) => write!(
                f,
                "{code} is not an error status: expected a 4xx or 5xx code (RFC 9110 §15.5, §15.6)"
            ),
            Refusal::Reserved => {
                f.write_str("418 is reserved and cannot be assigned (RFC 9110 §15.5.19)")
            }
            Refusal::Unregistered(code) => write!(
                f,
                "{code} is not in the IANA HTTP Status Code Registry (RFC 9110 §16.2.1)"
            ),
            Refusal::NeedsHeader {
                code,
                header,
                section,
                key,
            } => write!(
                f,
                "{code} cannot be chosen at run time: its response must carry {header} \
                 ({section}); use a variant with {key}"
            ),
        }
    }
}

impl std::error::Error for RefusedStatus {}

/// The codes whose response MUST carry a header: the code, the header, the section, the key.
/// status-derive's rule table holds the same rules; a test checks that the two agree.
pub(crate) const MUST_HEADER: &[(u16, &str, &str, &str)] = &[
    (
        401,
        "WWW-Authenticate",
        "RFC 9110 §15.5.2",
        "www_authenticate",
    ),
    (405, "Allow", "RFC 9110 §15.5.6", "allow"),
    (
        407,
        "Proxy-Authenticate",
        "RFC 9110 §15.5.8",
        "proxy_authenticate",
    ),
    (426, "Upgrade", "RFC 9110 §15.5.22", "upgrade"),
];

/// The reason phrase of a registered 4xx or 5xx code. status-derive's registry holds the same
/// phrases; a test checks that the two agree.
#[must_use]
pub(crate) fn phrase(code: u16) -> Option<&'static str> {
    REGISTERED
        .binary_search_by_key(&code, |(registered, _)| *registered)
        .ok()
        .map(|index| REGISTERED[index].1)
}

/// The title of a problem with only a status: its phrase, or its class where it has none.
#[must_use]
pub(crate) fn title(code: u16) -> &'static str {
    phrase(code).unwrap_or(if code >= 500 {
        "Server Error"
    } else {
        "Client Error"
    })
}

/// Every registered 4xx and 5xx code with its phrase; 418 is not among them.
pub(crate) const REGISTERED: &[(u16, &str)] = &[
    (400, "Bad Request"),
    (401, "Unauthorized"),
    (402, "Payment Required"),
    (403, "Forbidden"),
    (404, "Not Found"),
    (405, "Method Not Allowed"),
    (406, "Not Acceptable"),
    (407, "Proxy Authentication Required"),
    (408, "Request Timeout"),
    (409, "Conflict"),
    (410, "Gone"),
    (411, "Length Required"),
    (412, "Precondition Failed"),
    (413, "Content Too Large"),
    (414, "URI Too Long"),
    (415, "Unsupported Media Type"),
    (416, "Range Not Satisfiable"),
    (417, "Expectation Failed"),
    (421, "Misdirected Request"),
    (422, "Unprocessable Content"),
    (423, "Locked"),
    (424, "Failed Dependency"),
    (425, "Too Early"),
    (426, "Upgrade Required"),
    (428, "Precondition Required"),
    (429, "Too Many Requests"),
    (431, "Request Header Fields Too Large"),
    (451, "Unavailable For Legal Reasons"),
    (500, "Internal Server Error"),
    (501, "Not Implemented"),
    (502, "Bad Gateway"),
    (503, "Service Unavailable"),
    (504, "Gateway Timeout"),
    (505, "HTTP Version Not Supported"),
    (506, "Variant Also Negotiates"),
    (507, "Insufficient Storage"),
    (508, "Loop Detected"),
    (510, "Not Extended"),
    (511, "Network Authentication Required"),
];
