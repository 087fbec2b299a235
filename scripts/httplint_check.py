#!/usr/bin/env python3
"""Lint raw HTTP/1.1 responses with httplint; exit 1 on any BAD note not listed below.

Usage: httplint_check.py FILE...   (scripts/httplint.sh runs it in the venv it makes)

Each FILE holds the exact bytes of one response, as read off the socket. A file whose name starts
with "HEAD-" answers a HEAD request: it has the headers of the GET response and no content.

Documented false positives (the only BAD notes tolerated):

- REQUEST_HDR_IN_RESPONSE for Accept and Accept-Encoding: httplint treats them as request-only
  fields, but RFC 9110 §12.5.1 lets a 415 response carry Accept ("the origin server ... MAY
  send an Accept header field in the response") and §12.5.3 lets a 415 carry Accept-Encoding
  ("the response SHOULD include an Accept-Encoding header field"). The derive sends them only
  where those sections allow.
"""

import os
import sys

from httplint import HttpResponseLinter
from httplint.note import levels

FALSE_POSITIVES = {
    ("REQUEST_HDR_IN_RESPONSE", "accept"),
    ("REQUEST_HDR_IN_RESPONSE", "accept-encoding"),
}


def parse(raw: bytes):
    "Split one response into its status line, its field lines and its content."
    head, sep, content = raw.partition(b"\r\n\r\n")
    if not sep:
        raise ValueError("no end of the header section (CRLF CRLF)")
    lines = head.split(b"\r\n")
    for line in lines:
        if b"\n" in line or b"\r" in line:
            raise ValueError(f"bare CR or LF in {line!r}")
    version, _, rest = lines[0].partition(b" ")
    status, _, phrase = rest.partition(b" ")
    fields = []
    for line in lines[1:]:
        name, colon, value = line.partition(b":")
        if not colon or name != name.strip() or not name:
            raise ValueError(f"malformed field line {line!r}")
        fields.append((name, value.strip(b" \t")))
    return version, status, phrase, fields, content


def bad_notes(notes):
    "Every BAD note, subnotes included, as (class name, field name, summary)."
    for note in notes:
        if note.level == levels.BAD:
            field = str(note.vars.get("field_name", "")).lower()
            yield type(note).__name__, field, note.summary
        yield from bad_notes(note.subnotes)


def lint(path: str) -> list:
    with open(path, "rb") as file:
        raw = file.read()
    head = os.path.basename(path).startswith("HEAD-")
    try:
        version, status, phrase, fields, content = parse(raw)
    except ValueError as error:
        return [f"unparsable: {error}"]
    if head and content:
        return [f"a HEAD response with {len(content)} bytes of content"]
    linter = HttpResponseLinter()
    linter.is_head_response = head
    linter.process_response_topline(version, status, phrase)
    linter.process_headers(fields)
    if not head:
        linter.feed_content(content)
    linter.finish_content(True)
    problems = []
    for name, field, summary in bad_notes(linter.notes):
        if (name, field) in FALSE_POSITIVES:
            print(f"  {os.path.basename(path)}: [BAD, documented false positive] {summary}")
        else:
            problems.append(f"[BAD] {name}: {summary}")
    return problems


def main() -> int:
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    failed = False
    for path in sys.argv[1:]:
        problems = lint(path)
        for problem in problems:
            print(f"{path}: {problem}")
        failed = failed or bool(problems)
    print(f"httplint: {len(sys.argv) - 1} responses, {'FAILED' if failed else 'no BAD note'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
