//! actix-web's own constant for each standard header name, found by the name's text.
//!
//! A derived type hands each line's name to a sink as `http` 1's constant and its lower-case
//! text. actix-web speaks `http` 0.2, whose `HeaderName::from_static` parses the text each time
//! it runs, where a hand-written response names actix-web's constant. Matched here on the
//! text, which is a literal wherever a line is inlined, the name folds to that constant when
//! the user's crate is compiled; a name `http` has no constant for is parsed, as a
//! hand-written `from_static` is.

use actix_web::http::header::{self, HeaderName};

/// Each standard name's text and actix-web's constant for it: both `http` versions list the
/// same 81 names.
macro_rules! names {
    ($($text:literal => $constant:ident,)*) => {
        /// actix-web's name for `text`, a lower-case token.
        #[allow(clippy::inline_always, clippy::too_many_lines)]
        #[inline(always)]
        pub(super) fn name(text: &'static str) -> HeaderName {
            match text {
                $($text => header::$constant,)*
                _ => HeaderName::from_static(text),
            }
        }

        /// Every standard name's text.
        #[cfg(test)]
        const TEXTS: &[&str] = &[$($text),*];
    };
}

names! {
    "accept" => ACCEPT,
    "accept-charset" => ACCEPT_CHARSET,
    "accept-encoding" => ACCEPT_ENCODING,
    "accept-language" => ACCEPT_LANGUAGE,
    "accept-ranges" => ACCEPT_RANGES,
    "access-control-allow-credentials" => ACCESS_CONTROL_ALLOW_CREDENTIALS,
    "access-control-allow-headers" => ACCESS_CONTROL_ALLOW_HEADERS,
    "access-control-allow-methods" => ACCESS_CONTROL_ALLOW_METHODS,
    "access-control-allow-origin" => ACCESS_CONTROL_ALLOW_ORIGIN,
    "access-control-expose-headers" => ACCESS_CONTROL_EXPOSE_HEADERS,
    "access-control-max-age" => ACCESS_CONTROL_MAX_AGE,
    "access-control-request-headers" => ACCESS_CONTROL_REQUEST_HEADERS,
    "access-control-request-method" => ACCESS_CONTROL_REQUEST_METHOD,
    "age" => AGE,
    "allow" => ALLOW,
    "alt-svc" => ALT_SVC,
    "authorization" => AUTHORIZATION,
    "cache-control" => CACHE_CONTROL,
    "cache-status" => CACHE_STATUS,
    "cdn-cache-control" => CDN_CACHE_CONTROL,
    "connection" => CONNECTION,
    "content-disposition" => CONTENT_DISPOSITION,
    "content-encoding" => CONTENT_ENCODING,
    "content-language" => CONTENT_LANGUAGE,
    "content-length" => CONTENT_LENGTH,
    "content-location" => CONTENT_LOCATION,
    "content-range" => CONTENT_RANGE,
    "content-security-policy" => CONTENT_SECURITY_POLICY,
    "content-security-policy-report-only" => CONTENT_SECURITY_POLICY_REPORT_ONLY,
    "content-type" => CONTENT_TYPE,
    "cookie" => COOKIE,
    "date" => DATE,
    "dnt" => DNT,
    "etag" => ETAG,
    "expect" => EXPECT,
    "expires" => EXPIRES,
    "forwarded" => FORWARDED,
    "from" => FROM,
    "host" => HOST,
    "if-match" => IF_MATCH,
    "if-modified-since" => IF_MODIFIED_SINCE,
    "if-none-match" => IF_NONE_MATCH,
    "if-range" => IF_RANGE,
    "if-unmodified-since" => IF_UNMODIFIED_SINCE,
    "last-modified" => LAST_MODIFIED,
    "link" => LINK,
    "location" => LOCATION,
    "max-forwards" => MAX_FORWARDS,
    "origin" => ORIGIN,
    "pragma" => PRAGMA,
    "proxy-authenticate" => PROXY_AUTHENTICATE,
    "proxy-authorization" => PROXY_AUTHORIZATION,
    "public-key-pins" => PUBLIC_KEY_PINS,
    "public-key-pins-report-only" => PUBLIC_KEY_PINS_REPORT_ONLY,
    "range" => RANGE,
    "referer" => REFERER,
    "referrer-policy" => REFERRER_POLICY,
    "refresh" => REFRESH,
    "retry-after" => RETRY_AFTER,
    "sec-websocket-accept" => SEC_WEBSOCKET_ACCEPT,
    "sec-websocket-extensions" => SEC_WEBSOCKET_EXTENSIONS,
    "sec-websocket-key" => SEC_WEBSOCKET_KEY,
    "sec-websocket-protocol" => SEC_WEBSOCKET_PROTOCOL,
    "sec-websocket-version" => SEC_WEBSOCKET_VERSION,
    "server" => SERVER,
    "set-cookie" => SET_COOKIE,
    "strict-transport-security" => STRICT_TRANSPORT_SECURITY,
    "te" => TE,
    "trailer" => TRAILER,
    "transfer-encoding" => TRANSFER_ENCODING,
    "upgrade" => UPGRADE,
    "upgrade-insecure-requests" => UPGRADE_INSECURE_REQUESTS,
    "user-agent" => USER_AGENT,
    "vary" => VARY,
    "via" => VIA,
    "warning" => WARNING,
    "www-authenticate" => WWW_AUTHENTICATE,
    "x-content-type-options" => X_CONTENT_TYPE_OPTIONS,
    "x-dns-prefetch-control" => X_DNS_PREFETCH_CONTROL,
    "x-frame-options" => X_FRAME_OPTIONS,
    "x-xss-protection" => X_XSS_PROTECTION,
}

#[cfg(test)]
mod tests {
    use super::{name, HeaderName, TEXTS};

    #[test]
    fn every_standard_name_is_the_constant_of_its_text() {
        assert_eq!(TEXTS.len(), 81);
        for text in TEXTS {
            let constant = name(text);
            assert_eq!(constant.as_str(), *text);
            assert_eq!(constant, HeaderName::from_static(text));
        }
    }

    #[test]
    fn another_name_is_parsed() {
        assert_eq!(name("x-request-id").as_str(), "x-request-id");
    }
}
