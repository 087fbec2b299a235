//! The HTTP rule table: what each status code and header demands. No syn here; `attr.rs`
//! checks single values against it as they are parsed, `valid.rs` applies the rules that relate
//! keys, and `expand.rs` reads phrases from here.

use crate::key::{self, Key};

/// A status code in the IANA HTTP Status Code Registry, 400..=599.
pub struct Entry {
    pub code: u16,
    /// The reason phrase of the defining RFC.
    pub phrase: &'static str,
    /// The name of the `http::StatusCode` constant.
    pub constant: &'static str,
    /// Where the code is defined.
    pub section: &'static str,
}

macro_rules! codes {
    ($($code:literal $constant:ident $phrase:literal $section:literal;)*) => {
        /// Every registered 4xx and 5xx code, in order; 418 is not among them (§15.5.19).
        pub const REGISTERED: &[Entry] = &[
            $(Entry { code: $code, phrase: $phrase, constant: stringify!($constant), section: $section },)*
        ];
    };
}

codes! {
    400 BAD_REQUEST "Bad Request" "RFC 9110 §15.5.1";
    401 UNAUTHORIZED "Unauthorized" "RFC 9110 §15.5.2";
    402 PAYMENT_REQUIRED "Payment Required" "RFC 9110 §15.5.3";
    403 FORBIDDEN "Forbidden" "RFC 9110 §15.5.4";
    404 NOT_FOUND "Not Found" "RFC 9110 §15.5.5";
    405 METHOD_NOT_ALLOWED "Method Not Allowed" "RFC 9110 §15.5.6";
    406 NOT_ACCEPTABLE "Not Acceptable" "RFC 9110 §15.5.7";
    407 PROXY_AUTHENTICATION_REQUIRED "Proxy Authentication Required" "RFC 9110 §15.5.8";
    408 REQUEST_TIMEOUT "Request Timeout" "RFC 9110 §15.5.9";
    409 CONFLICT "Conflict" "RFC 9110 §15.5.10";
    410 GONE "Gone" "RFC 9110 §15.5.11";
    411 LENGTH_REQUIRED "Length Required" "RFC 9110 §15.5.12";
    412 PRECONDITION_FAILED "Precondition Failed" "RFC 9110 §15.5.13";
    413 PAYLOAD_TOO_LARGE "Content Too Large" "RFC 9110 §15.5.14";
    414 URI_TOO_LONG "URI Too Long" "RFC 9110 §15.5.15";
    415 UNSUPPORTED_MEDIA_TYPE "Unsupported Media Type" "RFC 9110 §15.5.16";
    416 RANGE_NOT_SATISFIABLE "Range Not Satisfiable" "RFC 9110 §15.5.17";
    417 EXPECTATION_FAILED "Expectation Failed" "RFC 9110 §15.5.18";
    421 MISDIRECTED_REQUEST "Misdirected Request" "RFC 9110 §15.5.20";
    422 UNPROCESSABLE_ENTITY "Unprocessable Content" "RFC 9110 §15.5.21";
    423 LOCKED "Locked" "RFC 4918 §11.3";
    424 FAILED_DEPENDENCY "Failed Dependency" "RFC 4918 §11.4";
    425 TOO_EARLY "Too Early" "RFC 8470 §5.2";
    426 UPGRADE_REQUIRED "Upgrade Required" "RFC 9110 §15.5.22";
    428 PRECONDITION_REQUIRED "Precondition Required" "RFC 6585 §3";
    429 TOO_MANY_REQUESTS "Too Many Requests" "RFC 6585 §4";
    431 REQUEST_HEADER_FIELDS_TOO_LARGE "Request Header Fields Too Large" "RFC 6585 §5";
    451 UNAVAILABLE_FOR_LEGAL_REASONS "Unavailable For Legal Reasons" "RFC 7725 §3";
    500 INTERNAL_SERVER_ERROR "Internal Server Error" "RFC 9110 §15.6.1";
    501 NOT_IMPLEMENTED "Not Implemented" "RFC 9110 §15.6.2";
    502 BAD_GATEWAY "Bad Gateway" "RFC 9110 §15.6.3";
    503 SERVICE_UNAVAILABLE "Service Unavailable" "RFC 9110 §15.6.4";
    504 GATEWAY_TIMEOUT "Gateway Timeout" "RFC 9110 §15.6.5";
    505 HTTP_VERSION_NOT_SUPPORTED "HTTP Version Not Supported" "RFC 9110 §15.6.6";
    506 VARIANT_ALSO_NEGOTIATES "Variant Also Negotiates" "RFC 2295 §8.1";
    507 INSUFFICIENT_STORAGE "Insufficient Storage" "RFC 4918 §11.5";
    508 LOOP_DETECTED "Loop Detected" "RFC 5842 §7.2";
    510 NOT_EXTENDED "Not Extended" "RFC 2774 §7";
    511 NETWORK_AUTHENTICATION_REQUIRED "Network Authentication Required" "RFC 6585 §6";
}

/// The registry entry for `code`, if it has one.
pub fn registered(code: u16) -> Option<&'static Entry> {
    // Found by its place in a table built when the derive is compiled: a search of the
    // registry, unoptimized as the derive runs, cost 700 instructions for a 5xx code, and a
    // variant's status is looked up several times (1M instructions on a 300-variant enum,
    // scripts/expansion-cost.sh).
    const UNLISTED: u8 = u8::MAX;
    static PLACES: [u8; 200] = {
        assert!(REGISTERED.len() < UNLISTED as usize);
        let mut places = [UNLISTED; 200];
        let mut at: u8 = 0;
        while (at as usize) < REGISTERED.len() {
            places[(REGISTERED[at as usize].code - 400) as usize] = at;
            at += 1;
        }
        places
    };
    let place = *PLACES.get(usize::from(code.checked_sub(400)?))?;
    REGISTERED.get(usize::from(place))
}

/// The `http::StatusCode` constants outside 4xx and 5xx, and the unusable 418.
const OTHERS: &[(&str, u16)] = &[
    ("CONTINUE", 100),
    ("SWITCHING_PROTOCOLS", 101),
    ("PROCESSING", 102),
    ("EARLY_HINTS", 103),
    ("OK", 200),
    ("CREATED", 201),
    ("ACCEPTED", 202),
    ("NON_AUTHORITATIVE_INFORMATION", 203),
    ("NO_CONTENT", 204),
    ("RESET_CONTENT", 205),
    ("PARTIAL_CONTENT", 206),
    ("MULTI_STATUS", 207),
    ("ALREADY_REPORTED", 208),
    ("IM_USED", 226),
    ("MULTIPLE_CHOICES", 300),
    ("MOVED_PERMANENTLY", 301),
    ("FOUND", 302),
    ("SEE_OTHER", 303),
    ("NOT_MODIFIED", 304),
    ("USE_PROXY", 305),
    ("TEMPORARY_REDIRECT", 307),
    ("PERMANENT_REDIRECT", 308),
    ("IM_A_TEAPOT", 418),
];

/// The code an `http::StatusCode` constant stands for. Constants outside 4xx and 5xx are
/// looked up too, so that `StatusCode::OK` is refused as "not an error" rather than "unknown".
pub fn by_constant(name: &str) -> Option<u16> {
    if let Some(entry) = REGISTERED.iter().find(|entry| entry.constant == name) {
        return Some(entry.code);
    }
    OTHERS
        .iter()
        .find(|(constant, _)| *constant == name)
        .map(|&(_, code)| code)
}

/// The body of a 5xx response that exposes nothing: the reason phrase, or the class name for a
/// code outside the registry.
pub fn reason(code: u16) -> &'static str {
    match registered(code) {
        Some(entry) => entry.phrase,
        None if code >= 500 => "Server Error",
        None => "Client Error",
    }
}

/// The tail of every message refusing a code outside 4xx and 5xx.
pub const NOT_AN_ERROR: &str =
    "not an error status: expected a 4xx or 5xx code (RFC 9110 §15.5, §15.6)";

/// Why `code` cannot be a status at all, whatever the other keys say.
pub fn check_range(code: u16) -> Result<(), String> {
    if !(400..=599).contains(&code) {
        Err(format!("{code} is {NOT_AN_ERROR}"))
    } else if code == 418 {
        Err(
            "418 is reserved and cannot be assigned: choose another 4xx code (RFC 9110 §15.5.19)"
                .to_owned(),
        )
    } else {
        Ok(())
    }
}

/// The message for an unregistered code written without `unregistered`.
pub fn unregistered(code: u16) -> String {
    format!(
        "{code} is not in the IANA HTTP Status Code Registry: add `unregistered` if this is \
         intended, or choose a registered code (RFC 9110 §16.2.1)"
    )
}

/// How strongly a rule binds.
#[derive(Clone, Copy)]
pub enum Level {
    /// MUST: a compile error.
    Must,
    /// SHOULD: a compiler warning, unless the response carries the silencing flag.
    Should { silenced_by: Key },
}

/// What a rule asks of a response.
#[derive(Clone, Copy)]
pub enum Demand {
    /// The header of this key is sent.
    Carry(Key),
    /// The header of this key is not sent.
    Omit(Key),
    /// The body explains the condition (a message, thiserror's `#[error]`, or `expose`).
    Explain,
}

/// One requirement of a status code.
pub struct Rule {
    pub code: u16,
    /// A flag that turns the rule on (`temporary` for a 413), if it is not always on.
    pub when: Option<Key>,
    pub demand: Demand,
    pub level: Level,
    /// The diagnostic; `{code}` and `{section}` are filled in by [`Rule::say`].
    pub message: &'static str,
}

impl Rule {
    /// The message, its placeholders filled for `code`.
    pub fn say(&self) -> String {
        let section = registered(self.code).map_or("", |entry| entry.section);
        self.message
            .replace("{code}", &self.code.to_string())
            .replace("{section}", section)
    }
}

const fn explain(code: u16) -> Rule {
    Rule {
        code,
        when: None,
        demand: Demand::Explain,
        level: Level::Should {
            silenced_by: Key::Explained,
        },
        message: "a {code} response should explain the condition in its body: add message = \
                  \"...\" (or thiserror's #[error]), or `explained` when the Display text \
                  explains ({section})",
    }
}

/// Every requirement a status code puts on a response's headers and body, in the order their
/// diagnostics are given.
pub const RULES: &[Rule] = &[
    Rule {
        code: 401,
        when: None,
        demand: Demand::Carry(Key::WwwAuthenticate),
        level: Level::Must,
        message: "a 401 response must carry a challenge: add \
                  www_authenticate = r#\"Bearer realm=\"api\"\"#, or a #[status(www_authenticate)] \
                  field holding a status_core::Challenge; behind a cookie or session sign-in, \
                  a challenge naming that scheme, as in r#\"Cookie realm=\"app\"\"# \
                  (RFC 9110 §15.5.2, §11.6.1)",
    },
    Rule {
        code: 405,
        when: None,
        demand: Demand::Carry(Key::Allow),
        level: Level::Must,
        message: "a 405 response must list the allowed methods: add allow = \"GET, HEAD\" \
                  (\"\" for none) (RFC 9110 §15.5.6, §10.2.1)",
    },
    Rule {
        code: 407,
        when: None,
        demand: Demand::Carry(Key::ProxyAuthenticate),
        level: Level::Must,
        message: "a 407 response must carry a proxy challenge: add proxy_authenticate = \"...\" \
                  (RFC 9110 §15.5.8, §11.7.1)",
    },
    Rule {
        code: 426,
        when: None,
        demand: Demand::Carry(Key::Upgrade),
        level: Level::Must,
        message: "a 426 response must name the protocols to upgrade to: add upgrade = \"...\" \
                  (RFC 9110 §15.5.22, §7.8)",
    },
    Rule {
        code: 416,
        when: None,
        demand: Demand::Carry(Key::ContentRange),
        level: Level::Should {
            silenced_by: Key::NoContentRange,
        },
        message: "a 416 response should say the representation's length: add \
                  content_range = \"bytes */<length>\", or `no_content_range` to send none \
                  (RFC 9110 §15.5.17, §14.4)",
    },
    Rule {
        code: 451,
        when: None,
        demand: Demand::Carry(Key::BlockedBy),
        level: Level::Should {
            silenced_by: Key::NoBlockedBy,
        },
        message: "a 451 response should name the entity blocking access: add \
                  blocked_by = \"<uri>\", or `no_blocked_by` to send none (RFC 7725 §4)",
    },
    Rule {
        code: 511,
        when: None,
        demand: Demand::Omit(Key::WwwAuthenticate),
        level: Level::Should {
            silenced_by: Key::ChallengeOn511,
        },
        message: "a 511 response should not carry a challenge: it asks the user to log in to \
                  the network, not to the origin; remove it, or add `challenge_on_511` \
                  (RFC 6585 §6)",
    },
    Rule {
        code: 413,
        when: Some(Key::Temporary),
        demand: Demand::Carry(Key::RetryAfter),
        level: Level::Should {
            silenced_by: Key::NoRetryAfter,
        },
        message: "a 413 for a temporary condition should say when to retry: add retry_after, \
                  or `no_retry_after` to send none (RFC 9110 §15.5.14)",
    },
    explain(406),
    explain(409),
    explain(428),
    explain(429),
    explain(431),
    explain(451),
    explain(505),
];

/// A header that has a meaning only on some codes.
pub struct Placement {
    pub key: Key,
    pub codes: &'static [u16],
    pub message: &'static str,
}

pub const PLACEMENTS: &[Placement] = &[Placement {
    key: Key::RetryAfter,
    codes: &[413, 429, 503],
    message: "retry_after has no meaning on this status: Retry-After belongs to 413, 429 and \
              503 (RFC 9110 §10.2.3, §15.5.14, §15.6.4; RFC 6585 §4)",
}];

pub const EXPOSE_ON_4XX: &str = "expose only applies to 5xx responses: a 4xx body already shows \
     the Display text or the message (RFC 9110 §15.5)";

pub const CONCEAL_MISPLACED: &str = "conceal answers 404 in place of a 4xx to hide that a \
     resource exists; it does not apply to 404 itself or to 5xx responses (RFC 9110 §15.5.4)";

/// The SHOULD rule on method names in `Allow`, a value rather than a code: a warning naming
/// the method, silenced by `lowercase_methods`.
pub fn lowercase_method(method: &str) -> String {
    let upper = method.to_ascii_uppercase();
    format!(
        "`{method}` is lower case, but methods are case-sensitive and the standard ones are \
         upper case: write `{upper}`, or add `lowercase_methods` if `{method}` really is a \
         method of its own (RFC 9110 §9.1, §10.2.1)"
    )
}

/// Headers that frame the message or belong to the server, which `header = "Name: value"`
/// refuses; headers with a key of their own are refused as well (see [`reserved_header`]).
const FRAMING: &[(&str, &str)] = &[
    (
        "content-type",
        "Content-Type follows the body's format: choose it with #[status(format = \
         \"problem+json\")] on the type, or format = path::To::Format for a format of your \
         own (RFC 9110 §8.3)",
    ),
    (
        "content-length",
        "Content-Length frames the message and is written by the server (RFC 9110 §8.6)",
    ),
    (
        "transfer-encoding",
        "Transfer-Encoding frames the message and is written by the server (RFC 9110 §6.1)",
    ),
    (
        "connection",
        "Connection is hop-by-hop and is written by the server (RFC 9110 §7.6.1)",
    ),
    (
        "early-data",
        "Early-Data must not be included in responses (RFC 8470 §5.1)",
    ),
];

/// Why `name` (any case) cannot be given with `header`, if it cannot.
pub fn reserved_header(name: &str) -> Option<&'static str> {
    key::reserved_by_key(name).or_else(|| {
        FRAMING
            .iter()
            .find(|(framing, _)| framing.eq_ignore_ascii_case(name))
            .map(|(_, message)| *message)
    })
}

/// The media type of text bodies, the default format.
pub const TEXT_PLAIN: &str = "text/plain; charset=utf-8";

/// The media type of RFC 9457 bodies.
pub const PROBLEM_JSON: &str = "application/problem+json";

/// The members of a problem details object that RFC 9457 defines and the derive writes.
const PROBLEM_MEMBERS: &[&str] = &["type", "title", "status", "detail", "instance"];

/// What is wrong with an extension member's name, if anything: an error for a member RFC 9457
/// defines, a SHOULD for any other name that is not a letter then letters, digits or `_`, three
/// or more (RFC 9457 §4).
pub enum MemberName {
    Fine,
    Reserved(String),
    Nonstandard(String),
}

pub fn member_name(name: &str) -> MemberName {
    if PROBLEM_MEMBERS.contains(&name) {
        return MemberName::Reserved(format!(
            "`{name}` is a member RFC 9457 defines, which the derive writes itself: give the \
             extension another name, as in extension = \"{name}_info\" (RFC 9457 §3.1, §3.2)"
        ));
    }
    let standard = name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
        && name.len() >= 3;
    if standard {
        MemberName::Fine
    } else {
        MemberName::Nonstandard(format!(
            "extension member `{name}` should start with a letter and hold only letters, \
             digits and `_`, three or more, so that formats other than JSON can carry it: \
             rename it, or add `nonstandard_extension_names` (RFC 9457 §4)"
        ))
    }
}

pub const UNNAMED_EXTENSION: &str = "a tuple field's extension member needs a name: \
     extension = \"name\" (RFC 9457 §3.2)";

pub const DUPLICATE_MEMBER: &str = "a problem details object has one member of each name: \
     rename one of them (RFC 8259 §4, RFC 9457 §3.2)";

pub const EXTENSION_ON_5XX: &str = "a 5xx response shows no internal detail, so this extension \
     member would not be sent: add `expose` to the variant to send it (RFC 9457 §5, RFC 9110 \
     §15.6)";

/// A key refused beside `dynamic`.
pub fn tied_to_code(key: &str) -> String {
    format!(
        "`{key}` depends on the status, which a dynamic variant chooses at run time: give the \
         response a fixed status, as in #[status(503, {key} ...)], or remove it"
    )
}

pub const DYNAMIC_WITHOUT_CODE: &str = "a dynamic variant takes its status from a field: mark \
     a field of type status_core::ErrorStatus with #[status(code)]";

pub const DYNAMIC_WITHOUT_MESSAGE: &str = "a dynamic variant needs a message: the status may be \
     a 5xx, whose body never shows the Display text (RFC 9110 §15.6); add message = \"...\"";

pub const EXTENSION_ON_DYNAMIC: &str = "a dynamic status may be a 5xx, which sends no extension \
     members (RFC 9457 §5): give the response a fixed 4xx status to send them";

pub const CODE_WITHOUT_DYNAMIC: &str = "#[status(code)] holds the status of a dynamic variant: \
     write #[status(dynamic, message = \"...\")] on the variant, or remove it";

pub const TITLE_WITHOUT_TYPE: &str = "a custom title goes with a problem_type: with the default \
     type, about:blank, the title should be the status's reason phrase; add \
     problem_type = \"...\", or `custom_title` (RFC 9457 §4.2.1)";

pub const RELATIVE_PROBLEM_TYPE: &str = "a relative problem_type should hold the full path, \
     starting with `/`, or the type changes with the URI it is resolved against: write an \
     absolute URI or \"/...\", or add `relative_problem_type` (RFC 9457 §3.1.1)";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registry_matches_spec() {
        let codes: Vec<u16> = REGISTERED.iter().map(|entry| entry.code).collect();
        let mut expected: Vec<u16> = (400..=417).collect();
        expected.extend(421..=426);
        expected.extend([428, 429, 431, 451]);
        expected.extend(500..=508);
        expected.extend([510, 511]);
        assert_eq!(codes, expected);
    }

    #[test]
    fn every_code_finds_its_entry_and_no_other() {
        for code in 0..=u16::MAX {
            let found = registered(code).map(|entry| entry.code);
            let listed = REGISTERED.iter().any(|entry| entry.code == code);
            assert_eq!(found, listed.then_some(code), "{code}");
        }
    }

    #[test]
    fn codes() {
        assert!(check_range(404).is_ok());
        assert!(check_range(499).is_ok());
        assert_eq!(
            check_range(200).unwrap_err(),
            "200 is not an error status: expected a 4xx or 5xx code (RFC 9110 §15.5, §15.6)"
        );
        assert!(check_range(600).is_err());
        assert!(check_range(418).unwrap_err().starts_with("418 is reserved"));
        assert!(registered(499).is_none());
        assert_eq!(by_constant("PAYLOAD_TOO_LARGE"), Some(413));
        assert_eq!(by_constant("OK"), Some(200));
        assert_eq!(by_constant("NOPE"), None);
        assert_eq!(reason(500), "Internal Server Error");
        assert_eq!(reason(599), "Server Error");
        assert!(reserved_header("Content-Length").is_some());
        assert!(reserved_header("x-request-id").is_none());
    }

    /// The README's rule table has a row for every registered code, with its phrase and section.
    #[test]
    fn readme_lists_every_code() {
        let readme = include_str!("../../README.md");
        for entry in REGISTERED.iter().chain([&Entry {
            code: 418,
            phrase: "(Unused)",
            constant: "IM_A_TEAPOT",
            section: "RFC 9110 §15.5.19",
        }]) {
            let row = readme
                .lines()
                .find(|line| line.starts_with(&format!("| {} | {} |", entry.code, entry.phrase)));
            let row = row.unwrap_or_else(|| panic!("README has no row for {}", entry.code));
            assert!(
                row.ends_with(&format!("| {} |", entry.section)),
                "README row for {} should cite {}: {row}",
                entry.code,
                entry.section
            );
        }
    }
}
