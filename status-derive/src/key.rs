//! The vocabulary of `#[status(...)]`: every key, what it takes, the header it writes and where
//! it may stand. This is the one place a key's name is spelled; every other stage matches on
//! [`Key`], so a key forgotten in a stage is a compile error of the derive itself.

use crate::grammar::{self, Check};

/// Where an attribute stands, which decides the keys it takes.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Enum,
    Variant,
    Struct,
    Field,
}

macro_rules! keys {
    ($($key:ident)*) => {
        /// A key of `#[status(...)]`.
        #[derive(Clone, Copy, PartialEq, Eq, Debug)]
        pub enum Key {
            $($key,)*
        }

        impl Key {
            /// Every key, in the order lists of keys are shown and header lines are sent.
            pub const ALL: &'static [Key] = &[$(Key::$key,)*];
        }
    };
}

keys! {
    Message Transparent Header
    Expose Conceal Unregistered
    Temporary Explained LowercaseMethods NoContentRange NoBlockedBy NoRetryAfter ChallengeOn511
    WwwAuthenticate ProxyAuthenticate Allow RetryAfter Accept AcceptEncoding Upgrade ContentRange
    BlockedBy
    Crate NoAxum NoActix NoPoem NoUtoipa
    ProblemType Title CustomTitle RelativeProblemType NonstandardExtensionNames
    Format Extension Instance
    Dynamic Code Default
}

/// What a key is.
#[derive(Clone, Copy)]
pub struct Spec {
    pub name: &'static str,
    pub form: Form,
    /// On a variant or struct, the type, or a field.
    pub on: On,
    /// What a second occurrence is told; `None` when the key repeats.
    pub once: Option<&'static str>,
}

/// What a key takes.
#[derive(Clone, Copy)]
pub enum Form {
    /// Written alone: `expose`, `no_axum`.
    Flag(Flag),
    /// `transparent`: stands in place of the status.
    Delegate,
    /// `dynamic`: stands in place of the status, which a field holds.
    Dynamic,
    /// On a field: `code`, the status of a dynamic variant.
    Code,
    /// On an enum: `default = 500`, the status of every variant without one.
    Default,
    /// `message = "..."`: the body's format string.
    Message,
    /// `crate = "path"`: the path to status-core.
    CratePath,
    /// `format = "problem+json"`, or the path of a format of the application's own.
    Format,
    /// `problem_type = "URI-reference"` (RFC 9457 §3.1.1).
    ProblemType,
    /// `title = "..."` (RFC 9457 §3.1.3).
    Title,
    /// On a field: `extension`, or `extension = "name"` (RFC 9457 §3.2).
    Extension,
    /// On a field: `instance` (RFC 9457 §3.1.5).
    Instance,
    /// A header value checked by its grammar; on a field, written alone.
    Header(HeaderSpec),
    /// `header = "Name: value"` on a variant, `header = "name"` on a field.
    AnyHeader,
}

/// What a flag is for.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Flag {
    /// Changes the response (`expose`, `conceal`, `unregistered`).
    Response,
    /// Silences a SHOULD rule, or turns one on (`temporary`).
    Advice,
    /// Opts the type out of one framework integration.
    OptOut(Framework),
}

/// A framework whose impl the derive emits through status-core's macro of that name.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Framework {
    Axum,
    Actix,
    Poem,
    /// `utoipa::IntoResponses`: the OpenAPI description of the responses (`openapi.rs`).
    Utoipa,
}

impl Framework {
    pub const ALL: [Framework; 4] = [
        Framework::Axum,
        Framework::Actix,
        Framework::Poem,
        Framework::Utoipa,
    ];

    /// The macro in `status_core::__private` that expands to the impl.
    pub fn macro_name(self) -> &'static str {
        match self {
            Framework::Axum => "axum",
            Framework::Actix => "actix",
            Framework::Poem => "poem",
            Framework::Utoipa => "utoipa",
        }
    }
}

/// The places a key is taken at.
#[derive(Clone, Copy)]
pub struct On {
    /// A variant, or a struct standing for its one response.
    pub response: bool,
    /// The enum or struct as a whole.
    pub ty: bool,
    pub field: bool,
}

const RESPONSE: On = On {
    response: true,
    ty: false,
    field: false,
};
const TYPE: On = On {
    response: false,
    ty: true,
    field: false,
};
const FIELD: On = On {
    response: false,
    ty: false,
    field: true,
};
const RESPONSE_AND_FIELD: On = On {
    response: true,
    ty: false,
    field: true,
};

impl On {
    pub fn takes(self, place: Place) -> bool {
        match place {
            Place::Variant => self.response,
            Place::Enum => self.ty,
            Place::Struct => self.response || self.ty,
            Place::Field => self.field,
        }
    }
}

/// A key whose value becomes a header.
#[derive(Clone, Copy)]
pub struct HeaderSpec {
    /// Lower case, ready for `HeaderName::from_static`.
    pub header: &'static str,
    /// Checks the value written on a variant.
    pub grammar: fn(&str) -> Check,
    /// What the value is wrapped in on the wire: `<uri>; rel="blocked-by"`.
    pub wrap: (&'static str, &'static str),
    /// A line that goes with it: `Connection: upgrade` after `Upgrade`.
    pub with: Option<(&'static str, &'static str)>,
    /// The trait a field's type implements to supply the header, if a field can.
    pub field: Option<FieldTrait>,
    /// Why `header = "Name: ..."` refuses the header: it has this key.
    pub reserved: &'static str,
}

/// The trait of status-core's `field` module that a field supplying a header implements.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum FieldTrait {
    Challenge,
    Allow,
    RetryAfter,
    ContentRange,
    /// `#[status(header = "name")]`.
    Other,
}

const fn flag(name: &'static str, flag: Flag, on: On) -> Spec {
    Spec {
        name,
        form: Form::Flag(flag),
        on,
        once: Some("give it once"),
    }
}

const fn header(name: &'static str, once: Option<&'static str>, spec: HeaderSpec, on: On) -> Spec {
    Spec {
        name,
        form: Form::Header(spec),
        on,
        once,
    }
}

const PLAIN: (&str, &str) = ("", "");

impl Key {
    /// What the key takes, where it stands, the header it writes.
    pub fn spec(self) -> &'static Spec {
        // Built when the derive is compiled: the derive runs unoptimized, where building a
        // key's spec at each use cost 1K instructions, and a variant's attributes use dozens.
        static SPECS: [Spec; Key::ALL.len()] = {
            const FIRST: Spec = Key::ALL[0].build();
            let mut specs = [FIRST; Key::ALL.len()];
            let mut at = 0;
            while at < specs.len() {
                // `Key::ALL` lists the keys in the order they are declared.
                assert!(Key::ALL[at] as usize == at);
                specs[at] = Key::ALL[at].build();
                at += 1;
            }
            specs
        };
        &SPECS[self as usize]
    }

    #[allow(clippy::too_many_lines)] // one row per key
    const fn build(self) -> Spec {
        match self {
            Key::Message => Spec {
                name: "message",
                form: Form::Message,
                on: RESPONSE,
                once: Some("a response has one body"),
            },
            Key::Transparent => Spec {
                name: "transparent",
                form: Form::Delegate,
                on: RESPONSE,
                once: Some("give it once"),
            },
            Key::Header => Spec {
                name: "header",
                form: Form::AnyHeader,
                on: RESPONSE_AND_FIELD,
                once: None,
            },
            Key::Expose => flag("expose", Flag::Response, RESPONSE),
            Key::Conceal => flag("conceal", Flag::Response, RESPONSE),
            Key::Unregistered => flag("unregistered", Flag::Response, RESPONSE),
            Key::Temporary => flag("temporary", Flag::Advice, RESPONSE),
            Key::Explained => flag("explained", Flag::Advice, RESPONSE),
            Key::LowercaseMethods => flag("lowercase_methods", Flag::Advice, RESPONSE),
            Key::NoContentRange => flag("no_content_range", Flag::Advice, RESPONSE),
            Key::NoBlockedBy => flag("no_blocked_by", Flag::Advice, RESPONSE),
            Key::NoRetryAfter => flag("no_retry_after", Flag::Advice, RESPONSE),
            Key::ChallengeOn511 => flag("challenge_on_511", Flag::Advice, RESPONSE),
            Key::WwwAuthenticate => header(
                "www_authenticate",
                None,
                HeaderSpec {
                    header: "www-authenticate",
                    grammar: grammar::challenge,
                    wrap: PLAIN,
                    with: None,
                    field: Some(FieldTrait::Challenge),
                    reserved: "use the `www_authenticate` key for WWW-Authenticate: it checks \
                               the challenge (RFC 9110 §11.6.1)",
                },
                RESPONSE_AND_FIELD,
            ),
            Key::ProxyAuthenticate => header(
                "proxy_authenticate",
                None,
                HeaderSpec {
                    header: "proxy-authenticate",
                    grammar: grammar::challenge,
                    wrap: PLAIN,
                    with: None,
                    field: Some(FieldTrait::Challenge),
                    reserved: "use the `proxy_authenticate` key for Proxy-Authenticate: it \
                               checks the challenge (RFC 9110 §11.7.1)",
                },
                RESPONSE_AND_FIELD,
            ),
            Key::Allow => header(
                "allow",
                Some(
                    "Allow is one list, so write every method in one allow = \"GET, HEAD\" \
                     (RFC 9110 §10.2.1)",
                ),
                HeaderSpec {
                    header: "allow",
                    grammar: grammar::allow,
                    wrap: PLAIN,
                    with: None,
                    field: Some(FieldTrait::Allow),
                    reserved: "use the `allow` key for Allow: it checks the method list \
                               (RFC 9110 §10.2.1)",
                },
                RESPONSE_AND_FIELD,
            ),
            Key::RetryAfter => header(
                "retry_after",
                Some("Retry-After is sent once (RFC 9110 §10.2.3)"),
                HeaderSpec {
                    header: "retry-after",
                    grammar: grammar::retry_after,
                    wrap: PLAIN,
                    with: None,
                    field: Some(FieldTrait::RetryAfter),
                    reserved: "use the `retry_after` key for Retry-After: it checks the delay \
                               or date (RFC 9110 §10.2.3)",
                },
                RESPONSE_AND_FIELD,
            ),
            Key::Accept => header(
                "accept",
                Some(
                    "Accept is one list, so write every media range in one value \
                     (RFC 9110 §12.5.1)",
                ),
                HeaderSpec {
                    header: "accept",
                    grammar: grammar::accept,
                    wrap: PLAIN,
                    with: None,
                    field: None,
                    reserved: "use the `accept` key for Accept: it checks the media ranges \
                               (RFC 9110 §12.5.1)",
                },
                RESPONSE,
            ),
            Key::AcceptEncoding => header(
                "accept_encoding",
                Some(
                    "Accept-Encoding is one list, so write every coding in one value \
                     (RFC 9110 §12.5.3)",
                ),
                HeaderSpec {
                    header: "accept-encoding",
                    grammar: grammar::accept_encoding,
                    wrap: PLAIN,
                    with: None,
                    field: None,
                    reserved: "use the `accept_encoding` key for Accept-Encoding: it checks \
                               the codings (RFC 9110 §12.5.3)",
                },
                RESPONSE,
            ),
            Key::Upgrade => header(
                "upgrade",
                Some(
                    "Upgrade is one list, in descending preference, so write every protocol \
                     in one value (RFC 9110 §7.8)",
                ),
                HeaderSpec {
                    header: "upgrade",
                    grammar: grammar::upgrade,
                    wrap: PLAIN,
                    with: Some(("connection", "upgrade")),
                    field: None,
                    reserved: "use the `upgrade` key for Upgrade: it checks the protocols and \
                               sends Connection: upgrade (RFC 9110 §7.8)",
                },
                RESPONSE,
            ),
            Key::ContentRange => header(
                "content_range",
                Some("Content-Range is sent once (RFC 9110 §14.4)"),
                HeaderSpec {
                    header: "content-range",
                    grammar: grammar::content_range_unsatisfied,
                    wrap: PLAIN,
                    with: None,
                    field: Some(FieldTrait::ContentRange),
                    reserved: "use the `content_range` key for Content-Range: it checks the \
                               range (RFC 9110 §14.4)",
                },
                RESPONSE_AND_FIELD,
            ),
            Key::BlockedBy => header(
                "blocked_by",
                Some("a 451 names one blocking entity (RFC 7725 §4)"),
                HeaderSpec {
                    header: "link",
                    grammar: grammar::uri_reference,
                    wrap: ("<", ">; rel=\"blocked-by\""),
                    with: None,
                    field: None,
                    // Link carries other relations too: `header` may write it.
                    reserved: "",
                },
                RESPONSE,
            ),
            Key::Crate => Spec {
                name: "crate",
                form: Form::CratePath,
                on: TYPE,
                once: Some("give it once"),
            },
            Key::NoAxum => flag("no_axum", Flag::OptOut(Framework::Axum), TYPE),
            Key::NoActix => flag("no_actix", Flag::OptOut(Framework::Actix), TYPE),
            Key::NoPoem => flag("no_poem", Flag::OptOut(Framework::Poem), TYPE),
            Key::NoUtoipa => flag("no_utoipa", Flag::OptOut(Framework::Utoipa), TYPE),
            Key::ProblemType => Spec {
                name: "problem_type",
                form: Form::ProblemType,
                on: RESPONSE,
                once: Some("a response has one problem type"),
            },
            Key::Title => Spec {
                name: "title",
                form: Form::Title,
                on: RESPONSE,
                once: Some("a response has one title"),
            },
            Key::CustomTitle => flag("custom_title", Flag::Advice, RESPONSE),
            Key::RelativeProblemType => flag("relative_problem_type", Flag::Advice, RESPONSE),
            Key::NonstandardExtensionNames => {
                flag("nonstandard_extension_names", Flag::Advice, RESPONSE)
            }
            Key::Format => Spec {
                name: "format",
                form: Form::Format,
                on: TYPE,
                once: Some("a type has one body format"),
            },
            Key::Extension => Spec {
                name: "extension",
                form: Form::Extension,
                on: FIELD,
                once: Some("give it once"),
            },
            Key::Instance => Spec {
                name: "instance",
                form: Form::Instance,
                on: FIELD,
                once: Some("give it once"),
            },
            Key::Dynamic => Spec {
                name: "dynamic",
                form: Form::Dynamic,
                on: RESPONSE,
                once: Some("give it once"),
            },
            Key::Code => Spec {
                name: "code",
                form: Form::Code,
                on: FIELD,
                once: Some("give it once"),
            },
            Key::Default => Spec {
                name: "default",
                form: Form::Default,
                on: TYPE,
                once: Some("an enum has one default status"),
            },
        }
    }

    pub fn name(self) -> &'static str {
        self.spec().name
    }

    /// The key spelled `name`, wherever it stands.
    pub fn named(name: &str) -> Option<Key> {
        Key::ALL.iter().copied().find(|key| key.name() == name)
    }

    /// The header spec of a key that writes a header.
    pub fn header(self) -> Option<HeaderSpec> {
        match self.spec().form {
            Form::Header(spec) => Some(spec),
            Form::Flag(_)
            | Form::Delegate
            | Form::Message
            | Form::CratePath
            | Form::Format
            | Form::ProblemType
            | Form::Title
            | Form::Extension
            | Form::Instance
            | Form::Dynamic
            | Form::Code
            | Form::Default
            | Form::AnyHeader => None,
        }
    }

    /// The keys `place` takes, in the order they are listed to the user: on a field, the
    /// typed headers before the catch-all `header`.
    pub fn taken_at(place: Place) -> Vec<Key> {
        let mut keys: Vec<Key> = Key::ALL
            .iter()
            .copied()
            .filter(|key| key.spec().on.takes(place))
            .collect();
        if place == Place::Field {
            keys.sort_by_key(|key| *key == Key::Header);
        }
        keys
    }
}

/// Names that are not keys but mean one, with what to write instead.
const MEANT: &[(&str, &str)] = &[
    (
        "content_type",
        "the Content-Type follows the body's format: write #[status(format = \"problem+json\")] \
         on the type, or format = path::To::Format for a format of your own",
    ),
    (
        "media_type",
        "the media type follows the body's format: write #[status(format = \"problem+json\")] \
         on the type, or format = path::To::Format for a format of your own",
    ),
];

/// What to write instead of `name`, where it is not a key but means one.
pub fn meant(name: &str) -> Option<&'static str> {
    MEANT
        .iter()
        .find(|(meant, _)| *meant == name)
        .map(|(_, hint)| *hint)
}

/// The key whose header is `name` (any case), for `header = "Name: value"`, which refuses it.
pub fn reserved_by_key(name: &str) -> Option<&'static str> {
    Key::ALL
        .iter()
        .filter_map(|key| key.header())
        .find(|spec| !spec.reserved.is_empty() && spec.header.eq_ignore_ascii_case(name))
        .map(|spec| spec.reserved)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_found() {
        for key in Key::ALL {
            assert_eq!(Key::named(key.name()), Some(*key));
        }
    }

    #[test]
    fn field_keys_supply_something() {
        for key in Key::taken_at(Place::Field) {
            let ok = match key.spec().form {
                Form::Header(spec) => spec.field.is_some(),
                Form::AnyHeader | Form::Extension | Form::Instance | Form::Code => true,
                Form::Flag(_)
                | Form::Delegate
                | Form::Dynamic
                | Form::Default
                | Form::Message
                | Form::CratePath
                | Form::Format
                | Form::ProblemType
                | Form::Title => false,
            };
            assert!(ok, "{key:?}");
        }
    }
}
