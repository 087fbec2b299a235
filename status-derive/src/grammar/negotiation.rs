//! Content negotiation, RFC 9110 §12: the media ranges of `Accept` (§12.5.1), the codings of
//! `Accept-Encoding` (§12.5.3), and the weights both carry (§12.4.2).

use super::cursor::{is_ows, is_tchar, trim_ows, Cursor};
use super::field::field_value;
use super::list::elements;
use super::param::{param, Param};
use super::Check;

/// Checks an `Accept` value, RFC 9110 §12.5.1: `#( media-range [ weight ] )`.
///
/// Parameters take no whitespace around `=` (§5.6.6), the weight is a qvalue (§12.4.2) and ends
/// its element. The empty list is accepted.
///
/// # Errors
///
/// On an empty list element, a malformed media range, parameter or weight.
pub fn accept(s: &str) -> Check {
    field_value(s)?;
    for element in elements(s, "Accept")? {
        media_range(element)?;
    }
    Ok(())
}

/// Checks an `Accept-Encoding` value, RFC 9110 §12.5.3: `#( codings [ weight ] )`.
///
/// codings is a content-coding token, `identity` or `*`; the empty list is legal.
///
/// # Errors
///
/// On an empty list element, a coding that is not a token, a parameter other than the weight,
/// or a bad qvalue.
pub fn accept_encoding(s: &str) -> Check {
    field_value(s)?;
    for element in elements(s, "Accept-Encoding")? {
        coding(element)?;
    }
    Ok(())
}

/// qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] ), RFC 9110 §12.4.2.
fn is_qvalue(v: &str) -> bool {
    let decimals = |rest: &[u8], digit: fn(&u8) -> bool| match rest.split_first() {
        None => true,
        Some((b'.', d)) => d.len() <= 3 && d.iter().all(digit),
        Some(_) => false,
    };
    match v.as_bytes().split_first() {
        Some((b'0', rest)) => decimals(rest, u8::is_ascii_digit),
        Some((b'1', rest)) => decimals(rest, |b| *b == b'0'),
        _ => false,
    }
}

fn check_weight(p: &Param<'_>) -> Check {
    if p.quoted || !is_qvalue(p.value) {
        return Err(format!(
            "`{}={}` is not a qvalue: at most 1, with at most three decimals (RFC 9110 §12.4.2)",
            p.name, p.value
        ));
    }
    Ok(())
}

/// One element of `Accept`: `media-range [ weight ]`, RFC 9110 §12.5.1.
fn media_range(element: &str) -> Check {
    let mut c = Cursor::new(element);
    let kind = c.take_while(is_tchar);
    let slash = c.eat(b'/');
    let subtype = c.take_while(is_tchar);
    let range = trim_ows(element.split(';').next().unwrap_or(element));
    if kind.is_empty()
        || !slash
        || subtype.is_empty()
        || !(c.at_end() || c.peek().is_some_and(|b| is_ows(b) || b == b';'))
    {
        return Err(format!(
            "`{range}` is not a media range: expected `type/subtype`, `type/*` or `*/*` \
             (RFC 9110 §12.5.1)"
        ));
    }
    if kind == "*" && subtype != "*" {
        return Err(format!(
            "`{kind}/{subtype}` is not a media range: a wildcard type takes a wildcard subtype, \
             `*/*` (RFC 9110 §12.5.1)"
        ));
    }
    let mut weight: Option<String> = None;
    loop {
        c.skip_ows();
        if c.at_end() {
            return Ok(());
        }
        if !c.eat(b';') {
            return Err(format!(
                "unexpected `{}` in `{element}`: parameters start with `;` and media ranges are \
                 separated by commas (RFC 9110 §12.5.1)",
                c.rest()
            ));
        }
        if let Some(q) = &weight {
            return Err(format!(
                "nothing may follow the weight `{q}` in `{element}`: put media type parameters \
                 before it (RFC 9110 §12.5.1)"
            ));
        }
        c.skip_ows();
        // parameters = *( OWS ";" OWS [ parameter ] ): an empty parameter is grammatical
        if c.at_end() || c.peek() == Some(b';') {
            continue;
        }
        let p = param(&mut c, "RFC 9110 §5.6.6")?;
        if p.name.eq_ignore_ascii_case("q") {
            check_weight(&p)?;
            weight = Some(format!("{}={}", p.name, p.value));
        }
    }
}

/// One element of `Accept-Encoding`: `codings [ weight ]`, RFC 9110 §12.5.3.
fn coding(element: &str) -> Check {
    let mut c = Cursor::new(element);
    let name = c.take_while(is_tchar);
    if name.is_empty() {
        return Err(format!(
            "`{element}` is not a content coding: expected a token such as `gzip`, `identity` or \
             `*` (RFC 9110 §12.5.3)"
        ));
    }
    c.skip_ows();
    if c.at_end() {
        return Ok(());
    }
    if !c.eat(b';') {
        return Err(format!(
            "unexpected `{}` after `{name}`: separate codings with commas and write a weight as \
             `;q=0.5` (RFC 9110 §12.5.3)",
            c.rest()
        ));
    }
    c.skip_ows();
    if c.at_end() {
        return Err(format!(
            "expected a weight after `;`, as in `{name};q=0.5` (RFC 9110 §12.5.3)"
        ));
    }
    let p = param(&mut c, "RFC 9110 §5.6.6")?;
    if !p.name.eq_ignore_ascii_case("q") {
        return Err(format!(
            "only a weight may follow a content coding, as in `{name};q=0.5`, found `{}={}` \
             (RFC 9110 §12.5.3)",
            p.name, p.value
        ));
    }
    check_weight(&p)?;
    c.skip_ows();
    if !c.at_end() {
        return Err(format!(
            "unexpected `{}` after the weight in `{element}`: separate codings with commas \
             (RFC 9110 §12.5.3)",
            c.rest()
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::err;
    use super::*;

    #[test]
    fn accept_values() {
        for ok in [
            "audio/*; q=0.2, audio/basic",
            "text/plain; q=0.5, text/html, text/x-dvi; q=0.8, text/x-c",
            "text/*, text/plain, text/plain;format=flowed, */*",
            "text/*;q=0.3, text/plain;q=0.7, text/plain;format=flowed, text/plain;format=fixed;q=0.4, */*;q=0.5",
            "application/json",
            "",
            "text/plain;charset=\"utf-8\"",
            "text/plain;q=1.000",
            "text/plain;q=0.",
            "text/plain;Q=1",
            "text/html;",
        ] {
            assert_eq!(accept(ok), Ok(()), "{ok}");
        }
        assert_eq!(
            err(accept("text/html;q=1.5")),
            "`q=1.5` is not a qvalue: at most 1, with at most three decimals (RFC 9110 §12.4.2)"
        );
        assert!(err(accept("text/html;q=0.1234")).contains("`q=0.1234` is not a qvalue"));
        assert!(err(accept("text/html;q=2")).contains("`q=2` is not a qvalue"));
        assert!(err(accept("text/html;q=\"0.5\"")).contains("not a qvalue"));
        assert_eq!(
            err(accept("*/json")),
            "`*/json` is not a media range: a wildcard type takes a wildcard subtype, `*/*` \
             (RFC 9110 §12.5.1)"
        );
        assert_eq!(
            err(accept("text/html;level = 1")),
            "whitespace around `=` after `level`: write `level=1` with no spaces (RFC 9110 §5.6.6)"
        );
        assert_eq!(
            err(accept("text/html,,*/*")),
            "empty list element in Accept: remove the extra comma (RFC 9110 §5.6.1)"
        );
        assert!(err(accept("text")).contains("not a media range"));
        assert!(err(accept("text/")).contains("not a media range"));
        assert!(err(accept("text /html")).contains("not a media range"));
        assert!(err(accept("text/html x")).contains("unexpected `x`"));
        assert!(err(accept("text/html;q=0.5;level=1")).contains("nothing may follow the weight"));
        assert!(err(accept("text/html;level")).contains("expected `=`"));
        assert!(err(accept("text/html;charset=\"utf-8")).contains("unterminated"));
        assert!(accept("text/html,").is_err());
    }

    #[test]
    fn accept_encoding_values() {
        for ok in [
            "compress, gzip",
            "",
            "*",
            "compress;q=0.5, gzip;q=1.0",
            "gzip;q=1.0, identity; q=0.5, *;q=0",
        ] {
            assert_eq!(accept_encoding(ok), Ok(()), "{ok}");
        }
        assert_eq!(
            err(accept_encoding("gzip;level=1")),
            "only a weight may follow a content coding, as in `gzip;q=0.5`, found `level=1` \
             (RFC 9110 §12.5.3)"
        );
        assert!(err(accept_encoding("gzip;q=1.01")).contains("not a qvalue"));
        assert!(err(accept_encoding("gzip,")).contains("empty list element in Accept-Encoding"));
        assert!(err(accept_encoding("gzip deflate")).contains("separate codings with commas"));
        assert!(err(accept_encoding("gzip;q = 1")).contains("whitespace around `=`"));
        assert!(err(accept_encoding("gzip;")).contains("expected a weight"));
        assert!(err(accept_encoding("gzip;q=1;q=1")).contains("after the weight"));
        assert!(err(accept_encoding("(gzip)")).contains("not a content coding"));
    }
}
