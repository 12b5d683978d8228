"""generator/validation.py's ``Checks`` for small schemas: the code it writes is run against good and bad values.

Each test builds the check code of one schema, executes it with the runtime's helpers (as a generated endpoint
module does) and asserts which values pass and which are refused with which rule and JSON path.
"""

from __future__ import annotations

import datetime
import re
import uuid
from collections.abc import Callable
from typing import Any

import pytest

from generator.runtime import _validation
from generator.runtime._errors import RequestValidationError
from generator.validation import Checks

COMPONENTS: dict[str, Any] = {
    "Layer": {"type": "object", "properties": {"kind": {"type": "string", "enum": ["audio", "video"]}}},
    "Strict": {
        "type": "object",
        "additionalProperties": False,
        "properties": {"name": {"type": "string"}, "size": {"type": "integer", "format": "int32"}},
    },
}


def _resolve(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        node = COMPONENTS[str(node["$ref"]).rsplit("/", 1)[-1]]
    return node


def _checker(schema: Any, *, python_level: bool = False) -> tuple[Callable[[Any], None], str]:
    """A function running the checks of ``schema`` on its argument, and the code that was written."""
    checks = Checks(_resolve)
    body = checks.lines(schema, "arg", "'arg'", python_level=python_level) or ["pass"]
    code = "\n".join(["def check(arg: Any) -> None:", *("    " + line for line in body), "", checks.functions()])
    namespace: dict[str, Any] = {
        "Any": Any,
        "OPERATION_ID": "op",
        "datetime": datetime,
        "re": re,
        "uuid": uuid,
        **{name: getattr(_validation, name) for name in _validation.__all__},
    }
    exec(compile(code, "<checks>", "exec"), namespace)
    return namespace["check"], code


def _refusal(check: Callable[[Any], None], value: Any) -> tuple[str, str]:
    with pytest.raises(RequestValidationError) as caught:
        check(value)
    return caught.value.path, caught.value.rule


UUID = "0ccc7b54-4df3-4bca-a65a-3da1ecc777f0"


@pytest.mark.parametrize(
    ("fmt", "good", "bad"),
    [
        ("uuid", [UUID, UUID.upper()], ["x", UUID[:-1] + "g", "{" + UUID + "}", UUID.replace("-", ""), " " + UUID]),
        (
            "date-time",
            ["2024-01-31T12:00:00Z", "2024-01-31T12:00:00.123+02:00", "2024-01-31t12:00:00z"],
            ["2024-01-31", "2024-01-31T12:00:00", "2024-01-31 12:00:00Z", "2024-02-30T12:00:00Z", "20240131T120000Z"],
        ),
        ("date", ["2024-01-31", "2024-02-29"], ["2024-02-30", "2024-1-31", "2024-01-31T00:00:00Z", "20240131"]),
        (
            "uri",
            ["https://example.com/x?y=1", "rtmp://live.example.com/app/key", "http://[::1]:8080/"],
            ["example.com/x", "/relative", "https://", "mailto:a@example.com", "https://a b.com", "http://[::1", ""],
        ),
    ],
)
def test_a_string_format_is_checked(fmt: str, good: list[str], bad: list[str]) -> None:
    check, code = _checker({"type": "string", "format": fmt})
    for value in good:
        check(value)
    for value in bad:
        assert _refusal(check, value) == ("arg", "format"), value
    assert "format" in code


def test_an_unknown_format_is_not_checked() -> None:
    check, code = _checker({"type": "string", "format": "pem"})
    check("anything")
    assert "format" not in code


@pytest.mark.parametrize(("fmt", "bits"), [("int32", 32), ("int64", 64)])
def test_an_integer_format_is_a_range(fmt: str, bits: int) -> None:
    check, _ = _checker({"type": "integer", "format": fmt})
    for value in (0, -(2 ** (bits - 1)), 2 ** (bits - 1) - 1):
        check(value)
    for value in (2 ** (bits - 1), -(2 ** (bits - 1)) - 1):
        assert _refusal(check, value) == ("arg", "format")


def test_a_query_date_time_needs_a_timezone() -> None:
    check, _ = _checker({"type": "string", "format": "date-time"}, python_level=True)
    check(datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC))
    assert _refusal(check, datetime.datetime(2024, 1, 1)) == ("arg", "format")
    assert _refusal(check, "2024-01-01T00:00:00Z") == ("arg", "type")


def test_a_query_date_is_not_a_datetime() -> None:
    check, _ = _checker({"type": "string", "format": "date"}, python_level=True)
    check(datetime.date(2024, 1, 1))
    assert _refusal(check, datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)) == ("arg", "type")


def test_a_query_uuid_may_be_a_uuid_object_or_its_text() -> None:
    check, _ = _checker({"type": "string", "format": "uuid"}, python_level=True)
    check(uuid.UUID(UUID))
    check(UUID)
    assert _refusal(check, "not-a-uuid") == ("arg", "format")
    assert _refusal(check, 12) == ("arg", "type")


STRING_OR_LIST = [{"type": "string", "minLength": 1}, {"type": "array", "items": {"type": "string"}}]


@pytest.mark.parametrize("key", ["oneOf", "anyOf"])
def test_a_union_accepts_any_branch_and_refuses_the_rest(key: str) -> None:
    check, code = _checker({key: STRING_OR_LIST})
    check("a")
    check(["a", "b"])
    for bad in (3, "", [1], {"a": 1}, None):
        assert _refusal(check, bad) == ("arg", key), bad
    assert "string | array of string" in code


def test_a_nullable_union_accepts_null() -> None:
    check, _ = _checker({"oneOf": [*STRING_OR_LIST, {"type": "null"}]})
    check(None)
    check("a")
    assert _refusal(check, 3) == ("arg", "oneOf")


def test_one_of_needs_exactly_one_branch_any_of_at_least_one() -> None:
    overlapping = [{"type": "integer"}, {"type": "number"}]  # 1 is both, 1.5 only a number
    one, _ = _checker({"oneOf": overlapping})
    one(1.5)
    assert _refusal(one, 1) == ("arg", "oneOf")
    anyof, _ = _checker({"anyOf": overlapping})
    anyof(1)
    anyof(1.5)
    assert _refusal(anyof, "1") == ("arg", "anyOf")


def test_a_union_of_components_names_them_and_checks_their_fields() -> None:
    check, code = _checker({"oneOf": [{"$ref": "#/components/schemas/Strict"}, {"type": "string"}]})
    check({"name": "a"})
    check("a")
    assert _refusal(check, {"name": 1}) == ("arg", "oneOf")
    assert "Strict | string" in code


def test_the_same_branch_is_written_once() -> None:
    schema = {"type": "object", "properties": {"a": {"anyOf": STRING_OR_LIST}, "b": {"anyOf": STRING_OR_LIST}}}
    _, code = _checker(schema)
    assert code.count("def _branch_") == 2


def test_additional_properties_false_refuses_an_unknown_key() -> None:
    check, _ = _checker({"$ref": "#/components/schemas/Strict"})
    check({"name": "a", "size": 3})
    assert _refusal(check, {"name": "a", "colour": "red"}) == ("arg.colour", "additionalProperties")
    assert _refusal(check, {"size": 2**31}) == ("arg.size", "format")


def test_additional_properties_false_without_properties_refuses_every_key() -> None:
    check, _ = _checker({"type": "object", "additionalProperties": False})
    check({})
    assert _refusal(check, {"a": 1}) == ("arg.a", "additionalProperties")


def test_a_typed_map_checks_each_value() -> None:
    check, _ = _checker({"type": "object", "additionalProperties": {"$ref": "#/components/schemas/Layer"}})
    check({"default": {"kind": "audio"}, "other": {}})
    assert _refusal(check, {"default": {"kind": "audio"}, "x": {"kind": "smell"}}) == ("arg.x.kind", "enum")
    assert _refusal(check, {"x": "audio"}) == ("arg.x", "type")


def test_a_typed_map_with_properties_checks_only_the_extra_keys() -> None:
    schema = {"type": "object", "properties": {"n": {"type": "string"}}, "additionalProperties": {"type": "number"}}
    check, _ = _checker(schema)
    check({"n": "text", "a": 1.5})
    assert _refusal(check, {"n": "text", "a": "1.5"}) == ("arg.a", "type")
    assert _refusal(check, {"n": 1}) == ("arg.n", "type")


@pytest.mark.parametrize("extra", [True, {}])
def test_additional_properties_true_or_empty_allows_anything(extra: Any) -> None:
    check, code = _checker({"type": "object", "properties": {"n": {"type": "string"}}, "additionalProperties": extra})
    check({"n": "a", "anything": object()})
    assert ".items()" not in code


def test_a_secret_extra_value_is_redacted() -> None:
    check, _ = _checker({"type": "object", "additionalProperties": {"type": "string", "x-secret": True}})
    with pytest.raises(RequestValidationError) as caught:
        check({"token": 12345})
    assert "12345" not in str(caught.value)
    assert caught.value.value != 12345


def test_the_code_is_the_same_every_time() -> None:
    schema = {"anyOf": STRING_OR_LIST, "additionalProperties": False, "properties": {"b": {}, "a": {}}}
    assert len({_checker(schema)[1] for _ in range(3)}) == 1
