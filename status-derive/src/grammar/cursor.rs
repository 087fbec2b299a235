//! The lexical layer under every grammar: a byte cursor that cannot panic, and the character
//! classes of RFC 9110 §5.6.2 (tchar) and §5.6.3 (OWS).

/// A byte cursor over ASCII text; every slice goes through `str::get`, so it cannot panic.
pub(super) struct Cursor<'a> {
    s: &'a str,
    i: usize,
}

impl<'a> Cursor<'a> {
    pub(super) fn new(s: &'a str) -> Self {
        Cursor { s, i: 0 }
    }

    pub(super) fn peek(&self) -> Option<u8> {
        self.s.as_bytes().get(self.i).copied()
    }

    pub(super) fn at_end(&self) -> bool {
        self.i >= self.s.len()
    }

    pub(super) fn eat(&mut self, b: u8) -> bool {
        let hit = self.peek() == Some(b);
        if hit {
            self.i += 1;
        }
        hit
    }

    pub(super) fn take_while(&mut self, f: impl Fn(u8) -> bool) -> &'a str {
        let start = self.i;
        while self.peek().is_some_and(&f) {
            self.i += 1;
        }
        self.slice(start, self.i)
    }

    /// Skips optional whitespace and says whether there was any.
    pub(super) fn skip_ows(&mut self) -> bool {
        !self.take_while(is_ows).is_empty()
    }

    pub(super) fn slice(&self, from: usize, to: usize) -> &'a str {
        self.s.get(from..to).unwrap_or("")
    }

    pub(super) fn rest(&self) -> &'a str {
        self.s.get(self.i..).unwrap_or("")
    }

    /// The offset of the next byte, to slice from later.
    pub(super) fn position(&self) -> usize {
        self.i
    }

    /// Steps over the next byte.
    pub(super) fn bump(&mut self) {
        self.i += 1;
    }
}

/// tchar, RFC 9110 §5.6.2: a letter, a digit or one of ``!#$%&'*+-.^_`|~``.
pub(super) fn is_tchar(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b)
}

/// A byte of OWS, RFC 9110 §5.6.3: a space or a tab.
pub(super) fn is_ows(b: u8) -> bool {
    b == b' ' || b == b'\t'
}

/// `s` without the OWS at its ends.
pub(super) fn trim_ows(s: &str) -> &str {
    s.trim_matches([' ', '\t'])
}
