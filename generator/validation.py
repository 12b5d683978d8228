"""Request validators as straight-line Python, written from the spec's schemas for one endpoint module.

Each rule becomes one ``if`` calling the runtime's ``invalid`` (which raises ``RequestValidationError``); each
object schema becomes a module-level ``_check_<Name>(value, at)`` function. Nothing walks a schema at call time.
Rules: ``type``, ``required``, ``nullable``, ``enum``, ``minimum``/``maximum`` (and the exclusive forms),
``minLength``/``maxLength``, ``pattern``, ``minItems``/``maxItems``, ``items``, ``properties``, ``allOf``, and:

- ``format`` (rule ``format``): ``uuid``, ``date``, ``date-time`` (with its offset), ``uri``/``url`` (scheme and host)
  by the runtime's ``valid_*``, ``int32``/``int64`` as ranges; other formats are not checked. It runs on the JSON
  form, so a model's ``datetime``/``date`` field (already typed, sent as ``isoformat()``) only fails when it would
  send a naive date-time or a time in a date. A query ``date``/``date-time`` argument must be a ``date`` (not a
  ``datetime``) / an aware ``datetime``; a ``uuid`` argument may be a ``uuid.UUID``.
- ``oneOf``/``anyOf``: a null branch makes the value nullable; one other branch is checked as the schema; several
  are each a ``_branch_<n>`` function tried with the runtime's ``matches``: ``anyOf`` needs one to match, ``oneOf``
  exactly one, as JSON Schema (and the mock) say, even where branches overlap (``integer`` and ``number``).
- ``additionalProperties: false`` refuses a key that is not a property; a schema checks each other value (a
  typed map); ``true``/absent accept anything. Responses are not checked here (vendors add fields).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

__all__ = ["Checks"]

_PY_TYPES = {
    "string": ("isinstance({v}, str)", "must be a string"),
    "integer": ("isinstance({v}, int) and not isinstance({v}, bool)", "must be an integer"),
    "number": ("isinstance({v}, int | float) and not isinstance({v}, bool)", "must be a number"),
    "boolean": ("isinstance({v}, bool)", "must be true or false"),
    "array": ("isinstance({v}, list | tuple)", "must be a list"),
    "object": ("isinstance({v}, dict)", "must be an object (a dict)"),
}

_FORMATS = {  # string format -> (runtime test, expected text)
    "uuid": ("valid_uuid", "must be a UUID like 123e4567-e89b-12d3-a456-426614174000"),
    "date-time": ("valid_date_time", "must be an RFC 3339 date-time with an offset, like 2024-01-31T12:00:00Z"),
    "date": ("valid_date", "must be a date like 2024-01-31"),
    "uri": ("valid_uri", "must be an absolute URL with a scheme and a host, like https://example.com/path"),
    "url": ("valid_uri", "must be an absolute URL with a scheme and a host, like https://example.com/path"),
}
_INT_BITS = {"int32": 32, "int64": 64}


def _set_literal(names: list[str]) -> str:
    """A set display in the given order (``{'a', 'b'}``), so the generated code does not depend on hashing."""
    return "{" + ", ".join(repr(name) for name in names) + "}"


def _is_null(schema: dict[str, Any]) -> bool:
    return schema.get("type") == "null" or schema.get("enum") == [None]


class Checks:
    """The checks of one endpoint module: lines for each argument, plus the functions and patterns they call."""

    def __init__(self, resolve: Callable[[Any], Any]) -> None:
        self._resolve = resolve
        self._functions: dict[str, list[str]] = {}
        self._patterns: dict[str, str] = {}
        self._counter = 0
        self._branches: dict[str, str] = {}  # repr of (branch schema, python_level, secret) -> its function
        self._typed = False  # the next type rule is known to hold (set by lines() for its top-level value only)

    # -- public ---------------------------------------------------------------------------------------------------
    def lines(
        self, schema: Any, var: str, at: str, *, python_level: bool = False, secret: bool = False, typed: bool = False
    ) -> list[str]:
        """Statements checking ``var`` against ``schema``; ``at`` is a Python expression naming it in messages.

        ``python_level``: ``var`` is a query/header/path argument as the caller passed it (a ``datetime``, an enum
        member), not JSON. ``typed``: its type was checked already (a path parameter is a string).
        """
        self._typed = typed
        return self._lines(schema or {}, var, at, python_level, secret)

    def functions(self) -> str:
        """Module-level code: compiled patterns and one function per object schema used."""
        out = [f"{name} = re.compile({pattern!r})" for pattern, name in self._patterns.items()]
        for lines in self._functions.values():
            out += ["", "", *lines]
        return "\n".join(out)

    # -- schemas --------------------------------------------------------------------------------------------------
    def _var(self) -> str:
        self._counter += 1
        return f"v{self._counter}"

    def _lines(self, node: Any, var: str, at: str, python_level: bool, secret: bool) -> list[str]:
        name = str(node["$ref"]).rsplit("/", 1)[-1] if isinstance(node, dict) and "$ref" in node else None
        schema = self._resolve(node)
        if not isinstance(schema, dict):
            return []
        secret = secret or bool(schema.get("x-secret"))
        nullable = bool(schema.get("nullable"))
        for key in ("oneOf", "anyOf"):
            options = schema.get(key)
            if options:
                real = [o for o in options if not _is_null(self._resolve(o))]
                nullable = nullable or len(real) < len(options)
                rest = {k: v for k, v in schema.items() if k != key}
                if len(real) == 1:
                    inner = self._lines(real[0], var, at, python_level, secret)
                else:
                    inner = self._union(key, real, var, at, python_level=python_level, secret=secret)
                inner += self._rules(rest, var, at, False, secret)
                return self._nullable(inner, var, nullable)
        body: list[str] = []
        for part in schema.get("allOf") or []:
            body += self._lines(part, var, at, python_level, secret)
        if name is not None and self._is_object(schema):
            function = self._object_function(name, schema, secret)
            body.append(f"{function}({var}, {at})")
        else:
            body += self._rules(schema, var, at, python_level, secret)
        return self._nullable(body, var, nullable)

    @staticmethod
    def _nullable(body: list[str], var: str, nullable: bool) -> list[str]:
        if not nullable or not body:
            return body
        return [f"if {var} is not None:", *("    " + line for line in body)]

    @staticmethod
    def _is_object(schema: dict[str, Any]) -> bool:
        return schema.get("type") == "object" or "properties" in schema

    def _fail(self, at: str, rule: str, expected: str, var: str, secret: bool) -> str:
        flag = ", secret=True" if secret else ""
        return f"invalid(OPERATION_ID, {at}, {rule!r}, {expected!r}, {var}{flag})"

    def _rules(self, schema: dict[str, Any], var: str, at: str, python_level: bool, secret: bool) -> list[str]:
        kind = schema.get("type") or ("object" if "properties" in schema else None)
        typed, self._typed = self._typed, False
        out: list[str] = []
        fmt = schema.get("format")
        if python_level and kind == "string" and fmt in ("date-time", "date"):
            return self._python_date(fmt, var, at, secret)
        if python_level and kind == "string" and fmt == "uuid":  # an argument may be a uuid.UUID: its str is sent
            if not typed:
                out.append(f"if not isinstance({var}, str | uuid.UUID):")
                out.append("    " + self._fail(at, "type", "must be a string or a uuid.UUID", var, secret))
            out.append(f"if isinstance({var}, str) and not valid_uuid({var}):")
            out.append("    " + self._fail(at, "format", _FORMATS["uuid"][1], var, secret))
            return out
        if kind in _PY_TYPES and not typed:
            test, expected = _PY_TYPES[kind]
            out.append(f"if not ({test.format(v=var)}):")
            out.append("    " + self._fail(at, "type", expected, var, secret))
        if schema.get("enum"):
            values = tuple(v for v in schema["enum"] if v is not None)
            shown = ", ".join(repr(v) for v in values)
            out.append(f"if {var} not in {values!r}:")
            out.append("    " + self._fail(at, "enum", f"must be one of {shown}", var, secret))
        out += self._bounds(schema, var, at, secret)
        if kind == "string" and schema.get("pattern"):
            pattern = self._patterns.setdefault(str(schema["pattern"]), f"_PATTERN_{len(self._patterns) + 1}")
            out.append(f"if not {pattern}.search({var}):")
            out.append("    " + self._fail(at, "pattern", f"must match {schema['pattern']}", var, secret))
        if kind == "array" and isinstance(schema.get("items"), dict):
            index, item = self._var(), self._var()
            inner = self._lines(schema["items"], item, f'{at} + f"[{{{index}}}]"', python_level, secret)
            if inner:
                out.append(f"for {index}, {item} in enumerate({var}):")
                out += ["    " + line for line in inner]
        out += self._format(kind, fmt, var, at, secret)
        if kind == "object" and schema.get("properties"):
            out += self._properties(schema, var, at, secret)
        if kind == "object":
            out += self._additional(schema, var, at, secret)
        return out

    def _python_date(self, fmt: str, var: str, at: str, secret: bool) -> list[str]:
        """A query date/date-time argument is a ``datetime``/``date`` (sent as its ``isoformat()``): a date-time
        with its timezone (RFC 3339 needs the offset), a date that is not a datetime (that would send a time)."""
        if fmt == "date":
            return [
                f"if not isinstance({var}, datetime.date) or isinstance({var}, datetime.datetime):",
                "    " + self._fail(at, "type", "must be a datetime.date (not a datetime.datetime)", var, secret),
            ]
        return [
            f"if not isinstance({var}, datetime.datetime):",
            "    " + self._fail(at, "type", "must be a datetime.datetime", var, secret),
            f"if {var}.tzinfo is None:",
            "    " + self._fail(at, "format", "must be a timezone-aware datetime (with tzinfo)", var, secret),
        ]

    def _format(self, kind: Any, fmt: Any, var: str, at: str, secret: bool) -> list[str]:
        """``format`` of a string (a runtime ``valid_*`` test) or an integer (its range), after its type check."""
        if kind == "string" and fmt in _FORMATS:
            test, expected = _FORMATS[fmt]
            return [f"if not {test}({var}):", "    " + self._fail(at, "format", expected, var, secret)]
        if kind == "integer" and fmt in _INT_BITS:
            low, high = -(2 ** (_INT_BITS[fmt] - 1)), 2 ** (_INT_BITS[fmt] - 1) - 1
            expected = f"must be a {_INT_BITS[fmt]}-bit integer ({low} to {high})"
            return [f"if not {low} <= {var} <= {high}:", "    " + self._fail(at, "format", expected, var, secret)]
        return []

    def _additional(self, schema: dict[str, Any], var: str, at: str, secret: bool) -> list[str]:
        """``additionalProperties``: ``false`` refuses a key that is not a property; a schema checks each extra
        value (a typed map); ``true``, ``{}`` or absent allow anything."""
        extra = schema.get("additionalProperties")
        if extra is not False and not (isinstance(extra, dict) and extra):
            return []
        known = list(schema.get("properties") or {})
        key, item = self._var(), self._var()
        where = f'{at} + "." + str({key})'
        if extra is False:
            expected = f"is not a field of this object (known: {', '.join(known) or 'none'})"
            inner = [self._fail(where, "additionalProperties", expected, item, secret)]
        else:
            inner = self._lines(extra, item, where, False, secret)
        if not inner:
            return []
        if known:
            inner = [f"if {key} not in {_set_literal(known)}:", *("    " + line for line in inner)]
        return [f"for {key}, {item} in {var}.items():", *("    " + line for line in inner)]

    def _union(
        self, key: str, branches: list[Any], var: str, at: str, *, python_level: bool, secret: bool
    ) -> list[str]:
        """A ``oneOf``/``anyOf`` of several schemas: each branch is a ``_branch_<n>`` function, tried with the
        runtime's ``matches``; ``anyOf`` needs one to match, ``oneOf`` exactly one (as JSON Schema and the mock)."""
        calls = [f"matches({self._branch_function(b, python_level, secret)}, {var}, {at})" for b in branches]
        shown = " | ".join(self._describe(branch) for branch in branches)
        if key == "anyOf":
            test, expected = "not (" + " or ".join(calls) + ")", f"must match at least one of: {shown}"
        else:
            test, expected = " + ".join(calls) + " != 1", f"must match exactly one of: {shown}"
        return [f"if {test}:", "    " + self._fail(at, key, expected, var, secret)]

    def _branch_function(self, branch: Any, python_level: bool, secret: bool) -> str:
        signature = repr((branch, python_level, secret))
        function = self._branches.get(signature)
        if function is None:
            function = self._branches[signature] = f"_branch_{len(self._branches) + 1}"
            self._functions[function] = []
            body = self._lines(branch, "value", "at", python_level, secret)
            self._functions[function] = [
                f"def {function}(value: Any, at: str) -> None:",
                *("    " + line for line in body or ["pass"]),
            ]
        return function

    def _describe(self, node: Any) -> str:
        """A branch in an error message: its component name, else its type (``array of string``, ``string (uri)``)."""
        if isinstance(node, dict) and "$ref" in node:
            return str(node["$ref"]).rsplit("/", 1)[-1]
        schema = self._resolve(node)
        if not isinstance(schema, dict):
            return "any value"
        if schema.get("enum"):
            return "one of " + ", ".join(repr(v) for v in schema["enum"] if v is not None)
        kind = schema.get("type") or ("object" if "properties" in schema else None)
        if kind == "array" and isinstance(schema.get("items"), dict):
            return "array of " + self._describe(schema["items"])
        if kind and schema.get("format"):
            return f"{kind} ({schema['format']})"
        return str(kind or "any value")

    def _bounds(self, schema: dict[str, Any], var: str, at: str, secret: bool) -> list[str]:
        out: list[str] = []
        size = f"len({var})"
        for key, test_text, message in (
            ("minimum", "{v} < {n}", "must be >= {n}"),
            ("maximum", "{v} > {n}", "must be <= {n}"),
            ("minLength", size + " < {n}", "must be at least {n} characters long"),
            ("maxLength", size + " > {n}", "must be at most {n} characters long"),
            ("minItems", size + " < {n}", "must have at least {n} items"),
            ("maxItems", size + " > {n}", "must have at most {n} items"),
        ):
            limit = schema.get(key)
            if limit is None or isinstance(limit, bool):
                continue
            test, text = test_text, message
            if schema.get("exclusive" + key[0].upper() + key[1:]) is True:  # OpenAPI 3.0: a boolean next to it
                test, text = test.replace("<", "<=").replace(">", ">="), text.replace(">=", ">").replace("<=", "<")
            out.append(f"if {test.format(v=var, n=limit)}:")
            out.append("    " + self._fail(at, key, text.format(n=limit), var, secret))
        return out

    def _properties(self, schema: dict[str, Any], var: str, at: str, secret: bool) -> list[str]:
        out: list[str] = []
        required = set(schema.get("required") or [])
        for prop_name, prop in (schema.get("properties") or {}).items():
            resolved = self._resolve(prop) if isinstance(prop, dict) else {}
            if resolved.get("readOnly"):
                continue
            item = self._var()
            where = f"{at} + {'.' + prop_name!r}"
            prop_secret = secret or bool(resolved.get("x-secret"))
            inner = self._lines(prop, item, where, False, prop_secret)
            out.append(f"{item} = {var}.get({prop_name!r}, MISSING)")
            if prop_name in required:
                out.append(f"if {item} is MISSING:")
                out.append("    " + self._fail(where, "required", "is required", item, False))
                out += inner
            elif inner:
                out.append(f"if {item} is not MISSING:")
                out += ["    " + line for line in inner]
            else:
                out.pop()
        return out

    def _object_function(self, name: str, schema: dict[str, Any], secret: bool) -> str:
        function = "_check_" + re.sub(r"\W", "_", name) + ("_secret" if secret else "")
        if function not in self._functions:
            self._functions[function] = []  # placeholder: a schema that contains itself calls the function
            body = self._rules({**schema, "type": "object"}, "value", "at", False, secret)
            self._functions[function] = [
                f"def {function}(value: Any, at: str) -> None:",
                *("    " + line for line in body or ["pass"]),
            ]
        return function
