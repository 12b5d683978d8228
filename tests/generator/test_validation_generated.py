"""The union, typed-map, ``additionalProperties: false`` and format checks in a built package (the mini fixture).

No vendor spec has a real ``oneOf`` or ``additionalProperties: false`` in a request yet, so the fixture's
``StartRequest`` carries one of each; test_output.py runs mypy --strict over the same package.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.build import build_package
from speccore.vendors import load_vendor

FIXTURES = Path(__file__).parent / "fixtures"
GOOD = {
    "room_id": "r",
    "tags": ["a", "b"],
    "weights": {"speaker": 0.5, "screen": 2},
    "layout": {"columns": 3},
    "callback_url": "https://example.com/hook",
}


@pytest.fixture(scope="module")
def start(tmp_path_factory: pytest.TempPathFactory) -> Any:
    built = build_package(load_vendor("mini", FIXTURES), tmp_path_factory.mktemp("gen"))
    sys.path.insert(0, str(built))
    try:
        return importlib.import_module("mini_recordings.api.recordings.start_recording")
    finally:
        sys.path.remove(str(built))


def _refusal(start: Any, body: dict[str, Any]) -> tuple[str, str, str]:
    errors = importlib.import_module("mini_recordings._runtime")
    with pytest.raises(errors.RequestValidationError) as caught:
        start._build_request("acc", body=body)
    return caught.value.path, caught.value.rule, str(caught.value)


def test_a_valid_body_is_sent_as_given(start: Any) -> None:
    assert start._build_request("acc", body=GOOD).json == GOOD
    assert start._build_request("acc", body={**GOOD, "tags": "one"}).json["tags"] == "one"


@pytest.mark.parametrize(
    ("change", "path", "rule"),
    [
        ({"tags": ""}, "body.tags", "oneOf"),  # a string, but too short; not a list either
        ({"tags": ["a", 1]}, "body.tags", "oneOf"),
        ({"tags": 3}, "body.tags", "oneOf"),
        ({"weights": {"speaker": "loud"}}, "body.weights.speaker", "type"),
        ({"layout": {"columns": 2, "rows": 2}}, "body.layout.rows", "additionalProperties"),
        ({"layout": {"columns": 2**31}}, "body.layout.columns", "format"),
        ({"callback_url": "example.com/hook"}, "body.callback_url", "format"),
    ],
)
def test_a_bad_value_is_refused_and_sent_without_validation(
    start: Any, change: dict[str, Any], path: str, rule: str
) -> None:
    body = {**GOOD, **change}
    assert _refusal(start, body)[:2] == (path, rule)
    assert start._build_request("acc", body=body, validate=False).json == body


def test_the_union_error_lists_the_branches(start: Any) -> None:
    assert (
        "must match exactly one of: string | array of string (oneOf), got int 3"
        in _refusal(start, {**GOOD, "tags": 3})[2]
    )


def test_the_unknown_key_error_names_the_known_ones(start: Any) -> None:
    assert "known: columns" in _refusal(start, {**GOOD, "layout": {"colums": 2}})[2]
