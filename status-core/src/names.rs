//! A header's name from its lower-case text: the constant of `http` (and of actix-web's `http`
//! 0.2) for each standard name, any other parsed as `HeaderName::from_static` parses it.
//!
//! A derived type hands each line's name to a sink as its text alone. Matched here, the text
//! is a literal wherever a line is inlined, and the compiler folds the match into the constant
//! a hand-written response names; a `HeaderName` value in the expansion instead costs
//! `cargo check` the work of each constant's path and of the type's moves in the generic
//! `__write`. For actix-web, whose `from_static` parses the text at each call, the constant
//! also saves that parse.

/// Each standard name's text and its constant's name: both `http` versions list the same 81.
macro_rules! names {
    ($($text:literal => $constant:ident,)*) => {
        /// `http`'s name for `text`, a lower-case token.
        #[allow(clippy::inline_always, clippy::too_many_lines)]
        #[inline(always)]
        pub(crate) fn name(text: &'static str) -> http::HeaderName {
            match text {
                $($text => http::header::$constant,)*
                _ => http::HeaderName::from_static(text),
            }
        }

        /// actix-web's name for `text`, a lower-case token.
        #[cfg(feature = "actix-web")]
        #[allow(clippy::inline_always, clippy::too_many_lines)]
        #[inline(always)]
        pub(crate) fn actix(text: &'static str) -> actix_web::http::header::HeaderName {
            use actix_web::http::header;
            match text {
                $($text => header::$constant,)*
                _ => header::HeaderName::from_static(text),
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
    use super::{name, TEXTS};

    #[test]
    fn every_standard_name_is_the_constant_of_its_text() {
        assert_eq!(TEXTS.len(), 81);
        for text in TEXTS {
            let constant = name(text);
            assert_eq!(constant.as_str(), *text);
            assert_eq!(constant, http::HeaderName::from_static(text));
        }
    }

    #[cfg(feature = "actix-web")]
    #[test]
    fn every_standard_name_is_actix_webs_constant_of_its_text() {
        use actix_web::http::header::HeaderName;
        for text in TEXTS {
            let constant = super::actix(text);
            assert_eq!(constant.as_str(), *text);
            assert_eq!(constant, HeaderName::from_static(text));
        }
    }

    #[test]
    fn another_name_is_parsed() {
        assert_eq!(name("x-request-id").as_str(), "x-request-id");
        #[cfg(feature = "actix-web")]
        assert_eq!(super::actix("x-request-id").as_str(), "x-request-id");
    }
}
