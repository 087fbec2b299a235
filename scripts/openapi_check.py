#!/usr/bin/env python3
"""Checks OpenAPI 3.1 documents: openapi-spec-validator, then what it leaves out.

openapi-spec-validator checks a document against the OpenAPI schema and its semantic rules
(required members, path parameters, unique operation ids); it does not look inside Schema
Objects. This script adds, for every schema of a response, a header, a parameter or a request
body, and of components:

- the schema is a valid JSON Schema (draft 2020-12, the dialect of OpenAPI 3.1);
- every `$ref` in the document resolves;
- every example (`example`, and the `value` of each of `examples`) is valid against the
  schema beside it.

Usage: openapi_check.py FILE...   (exit status 1 on the first file with a finding)
"""

import json
import sys

from jsonschema import Draft202012Validator
from openapi_spec_validator import validate
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

ROOT = "urn:openapi-document"


def pointer(parts):
    """A JSON pointer to the member at `parts`."""
    escaped = [str(p).replace("~", "~0").replace("/", "~1") for p in parts]
    return "/" + "/".join(escaped)


def resolve(document, ref):
    """The member a local `$ref` points at, or None."""
    if not ref.startswith("#/"):
        return None
    node = document
    for part in ref[2:].split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return None
    return node


def refs(node, path):
    """Every `$ref` under `node`, with where it is."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield path, value
            else:
                yield from refs(value, path + [key])
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from refs(value, path + [index])


def holders(document):
    """Every object that carries a schema and may carry examples: media types, headers,
    parameters; with its path."""
    def media(content, path):
        for name, entry in (content or {}).items():
            yield path + [name], entry

    def headers(found, path):
        for name, header in (found or {}).items():
            if "$ref" in header:
                continue
            yield path + [name], header
            yield from media(header.get("content"), path + [name, "content"])

    def response(found, path):
        if "$ref" in found:
            return
        yield from headers(found.get("headers"), path + ["headers"])
        yield from media(found.get("content"), path + ["content"])

    def operation(found, path):
        for index, parameter in enumerate(found.get("parameters") or []):
            if "$ref" not in parameter:
                yield path + ["parameters", index], parameter
        body = found.get("requestBody")
        if body and "$ref" not in body:
            yield from media(body.get("content"), path + ["requestBody", "content"])
        for status, found_response in (found.get("responses") or {}).items():
            yield from response(found_response, path + ["responses", status])

    methods = {"get", "put", "post", "delete", "options", "head", "patch", "trace", "query"}
    for route, item in (document.get("paths") or {}).items():
        for method, found in item.items():
            if method in methods:
                yield from operation(found, ["paths", route, method])
    components = document.get("components") or {}
    for name, found in (components.get("responses") or {}).items():
        yield from response(found, ["components", "responses", name])
    yield from headers(components.get("headers"), ["components", "headers"])


def check(document):
    """The findings of one document, as lines."""
    findings = []
    try:
        validate(document)
    except Exception as error:  # the validator's own error types
        # The first line says what is wrong; the rest quotes the schema and the document.
        findings.append(f"openapi-spec-validator: {str(error).splitlines()[0]}")

    for path, ref in refs(document, []):
        if resolve(document, ref) is None:
            findings.append(f"{pointer(path)}: $ref {ref} does not resolve")

    registry = Registry().with_resource(
        ROOT, Resource.from_contents(document, default_specification=DRAFT202012)
    )
    schemas = [(["components", "schemas", name], schema)
               for name, schema in ((document.get("components") or {}).get("schemas") or {}).items()]
    examples = []
    for path, holder in holders(document):
        if "schema" not in holder:
            continue
        schemas.append((path + ["schema"], holder["schema"]))
        if "example" in holder:
            examples.append((path + ["example"], path + ["schema"], holder["example"]))
        for name, example in (holder.get("examples") or {}).items():
            if "value" in example:
                examples.append((path + ["examples", name, "value"], path + ["schema"],
                                 example["value"]))

    broken = set()
    for path, schema in schemas:
        try:
            Draft202012Validator.check_schema(schema)
        except Exception as error:  # SchemaError, or a metaschema that cannot be applied
            broken.add(pointer(path))
            findings.append(f"{pointer(path)}: not a JSON Schema: {error.message}")
    for path, schema_path, value in examples:
        if pointer(schema_path) in broken:
            continue
        validator = Draft202012Validator({"$ref": ROOT + "#" + pointer(schema_path)},
                                         registry=registry)
        try:
            for error in validator.iter_errors(value):
                findings.append(f"{pointer(path)}: the example does not match its schema: "
                                f"{error.message}")
        except Exception as error:  # a reference to nowhere, already reported above
            findings.append(f"{pointer(path)}: the example cannot be checked: "
                            f"{type(error).__name__}")
    return findings, len(schemas), len(examples)


def main(files):
    failed = False
    for file in files:
        with open(file, encoding="utf-8") as handle:
            document = json.load(handle)
        findings, schemas, examples = check(document)
        for finding in findings:
            print(f"{file}: {finding}")
        if findings:
            failed = True
        else:
            print(f"{file}: OK ({schemas} schemas, {examples} examples checked)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
