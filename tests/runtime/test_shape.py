"""ModelParseError names the JSON path, the expected type and the value of what does not fit a model's shape."""

from __future__ import annotations

import enum
from typing import Any, ClassVar

import pytest

from generator.runtime import REDACTED, ModelParseError, Shape, parse_list
from generator.runtime._shape import describe, find_problem


class Color(enum.StrEnum):
    RED = "red"


class Item:
    __shape__: ClassVar[Shape] = (
        ("id", True, "str", False),
        ("size", True, ("union", "float", "null"), False),
        ("count", False, "int", False),
        ("flag", False, "bool", False),
        ("color", False, Color, False),
        ("at", False, "date-time", False),
        ("day", False, "date", False),
        ("token", False, "str", True),
        ("tags", False, ("list", "str"), False),
        ("extra", False, "any", False),
    )

    @classmethod
    def from_dict(cls, data: Any) -> Item:
        if not isinstance(data, dict) or find_problem(cls, data) is not None:
            raise ModelParseError(cls, data)
        return cls()


class Page:
    __shape__: ClassVar[Shape] = (
        ("data", True, ("list", Item), False),
        ("next", False, ("union", Item, "null"), False),
    )


class Scores:
    __shape__: ClassVar[Shape] = ((None, False, "float", False),)


GOOD = {"id": "a", "size": 1.5}


@pytest.mark.parametrize(
    ("item", "path", "expected", "value"),
    [
        ({"id": "a", "size": "big"}, "data[1].size", "number or null", "big"),
        ({"id": 7, "size": 1}, "data[1].id", "string", 7),
        ({"id": "a", "size": 1, "count": 1.5}, "data[1].count", "integer", 1.5),
        ({"id": "a", "size": 1, "count": True}, "data[1].count", "integer", True),
        ({"id": "a", "size": 1, "flag": "yes"}, "data[1].flag", "boolean", "yes"),
        ({"id": "a", "size": True}, "data[1].size", "number or null", True),
        ({"id": "a", "size": 1, "color": 3}, "data[1].color", "string (Color)", 3),
        ({"id": "a", "size": 1, "at": "yesterday"}, "data[1].at", "date-time string", "yesterday"),
        ({"id": "a", "size": 1, "day": "2024-13-01"}, "data[1].day", "date string", "2024-13-01"),
        ({"id": "a", "size": 1, "tags": ["x", 2]}, "data[1].tags[1]", "string", 2),
        ({"id": "a", "size": 1, "tags": "x"}, "data[1].tags", "array of string", "x"),
        ("not an object", "data[1]", "object (Item)", "not an object"),
    ],
)
def test_the_first_mismatch_is_named(item: Any, path: str, expected: str, value: Any) -> None:
    error = ModelParseError(Page, {"data": [GOOD, item]})
    assert (error.path, error.expected, error.value, error.missing) == (path, expected, value, False)
    assert str(error) == f"{path}: expected {expected}, got {value!r} ({_json_type(value)})"


def _json_type(value: Any) -> str:
    return {bool: "boolean", int: "integer", float: "number", str: "string"}[type(value)]


def test_a_missing_required_field_is_named() -> None:
    error = ModelParseError(Page, {"data": [GOOD, GOOD, {"size": None}]})
    assert (error.path, error.missing, error.value) == ("data[2].id", True, None)
    assert str(error) == "data[2].id: required field missing (expected string) in Page"


def test_valid_values_have_no_problem() -> None:
    full = {**GOOD, "count": 2, "flag": False, "color": "purple", "at": "2024-05-01T10:00:00Z", "day": "2024-05-01"}
    assert find_problem(Page, {"data": [full, {**GOOD, "size": None, "tags": ["a"], "extra": {"x": [1]}}]}) is None
    assert find_problem(Page, {"data": [], "next": None}) is None
    assert find_problem(Scores, {"a": 1, "b": 2.5}) is None


def test_a_nullable_object_reports_the_deeper_problem() -> None:
    error = ModelParseError(Page, {"data": [], "next": {"id": "a", "size": "big"}})
    assert error.path == "next.size"
    assert ModelParseError(Page, {"data": [], "next": "odd"}).expected == "object (Item) or null"


def test_additional_properties_are_checked_by_their_kind() -> None:
    error = ModelParseError(Scores, {"a": 1, "b": "high"})
    assert (error.path, error.expected, error.value) == ("b", "number", "high")


def test_secret_values_never_show() -> None:
    error = ModelParseError(Item, {"id": "a", "size": 1, "token": 123456789})
    assert error.path == "token" and error.value == REDACTED
    assert "123456789" not in str(error)


def test_presigned_url_signatures_are_masked_in_the_message() -> None:
    url = "https://bucket.test/f.mp4?X-Amz-Credential=AKIAEXAMPLE&X-Amz-Signature=deadbeefcafe"
    error = ModelParseError(Page, {"data": [{"id": "a", "size": url}]})
    assert error.path == "data[0].size"
    assert "deadbeefcafe" not in str(error) and "AKIAEXAMPLE" not in str(error)
    assert REDACTED in str(error)  # (reprlib shortens the URL)


def test_the_cause_is_shown_when_the_walk_finds_nothing() -> None:
    error = ModelParseError(Item, {"id": "a", "size": 1}, RuntimeError("boom"))
    assert error.problem is None and error.path is None
    assert str(error) == "could not parse Item: RuntimeError: boom"


def test_an_inner_error_with_a_problem_is_used_when_the_outer_walk_finds_nothing() -> None:
    inner = ModelParseError(Item, {"id": 1, "size": 1})
    assert str(ModelParseError(Scores, {}, inner)) == "id: expected string, got 1 (integer)"


def test_parse_list_names_the_item() -> None:
    with pytest.raises(ModelParseError) as caught:
        parse_list(Item, [GOOD, GOOD, {"id": "c", "size": "big"}])
    assert caught.value.path == "[2].size"
    with pytest.raises(ModelParseError, match=r"^the value: expected array of object \(Item\)"):
        parse_list(Item, {"data": []})
    assert len(parse_list(Item, [GOOD, GOOD])) == 2


def test_it_is_a_value_error_so_union_attempts_and_error_bodies_keep_working() -> None:
    assert issubclass(ModelParseError, ValueError)


def test_describe() -> None:
    assert describe(("list", ("union", "str", "null"))) == "array of string or null"
    assert describe(Item) == "object (Item)"
