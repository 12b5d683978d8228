"""tools.spec_diff: each row of the breaking-change table in specs/README.md, on hand-built before/after specs."""

from __future__ import annotations

import argparse
import copy
from collections.abc import Callable
from typing import Any

import pytest

from tools import cli, spec_diff
from tools.spec_diff import Change, diff_specs

Edit = Callable[[dict[str, Any]], object]


def base() -> dict[str, Any]:
    """A small spec: list + get of recordings, a start with a body."""
    recording = {
        "type": "object",
        "required": ["id", "status"],
        "properties": {
            "id": {"type": "string", "format": "uuid"},
            "status": {"type": "string", "enum": ["RECORDING", "UPLOADED", "ERRORED"]},
            "title": {"type": "string", "maxLength": 100},
            "size": {"type": "integer", "minimum": 0},
        },
    }
    start = {
        "type": "object",
        "required": ["meeting_id"],
        "properties": {
            "meeting_id": {"type": "string"},
            "max_seconds": {"type": "integer", "minimum": 60, "maximum": 86400},
            "prefix": {"type": "string", "maxLength": 50},
            "layout": {"type": "string", "enum": ["GRID", "SPOTLIGHT"]},
        },
    }
    ok = {
        "200": {
            "description": "ok",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Recording"}}},
        }
    }
    return {
        "openapi": "3.0.3",
        "servers": [{"url": "https://api.example.com/v1"}],
        "security": [{"token": []}],
        "paths": {
            "/recordings": {
                "get": {
                    "operationId": "listRecordings",
                    "x-method-name": "list",
                    "tags": ["Recordings"],
                    "parameters": [
                        {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 100}},
                        {"name": "status", "in": "query", "schema": {"type": "string"}},
                    ],
                    "responses": copy.deepcopy(ok),
                },
                "post": {
                    "operationId": "startRecording",
                    "x-method-name": "start",
                    "tags": ["Recordings"],
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Start"}}},
                    },
                    "responses": {**copy.deepcopy(ok), "409": {"description": "conflict"}},
                },
            },
            "/recordings/{recording_id}": {
                "parameters": [{"name": "recording_id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "get": {
                    "operationId": "getRecording",
                    "x-method-name": "get",
                    "tags": ["Recordings"],
                    "responses": copy.deepcopy(ok),
                },
            },
        },
        "components": {"schemas": {"Recording": recording, "Start": start}},
    }


def _changes(edit: Edit) -> list[Change]:
    after = base()
    edit(after)
    return diff_specs(base(), after)


def _schema(spec: dict[str, Any], name: str) -> dict[str, Any]:
    schema: dict[str, Any] = spec["components"]["schemas"][name]
    return schema


def _list_op(spec: dict[str, Any]) -> dict[str, Any]:
    op: dict[str, Any] = spec["paths"]["/recordings"]["get"]
    return op


def test_identical_specs_have_no_changes() -> None:
    assert diff_specs(base(), base()) == []


def test_reordered_enum_values_are_not_a_change() -> None:
    after = base()
    after["components"]["schemas"]["Recording"]["properties"]["status"]["enum"].reverse()
    assert diff_specs(base(), after) == []


def test_equivalent_nullable_forms_are_not_a_change() -> None:
    before, after = base(), base()
    before["components"]["schemas"]["Recording"]["properties"]["title"]["nullable"] = True
    after["components"]["schemas"]["Recording"]["properties"]["title"] = {"type": ["string", "null"], "maxLength": 100}
    assert diff_specs(before, after) == []


BREAKING: dict[str, tuple[Edit, str]] = {
    "remove operation": (lambda s: s["paths"]["/recordings"].pop("post"), "operation removed"),
    "remove parameter": (lambda s: _list_op(s)["parameters"].pop(1), "query status removed"),
    "remove response field": (
        lambda s: _schema(s, "Recording")["properties"].pop("size"),
        "response 200 `size` removed",
    ),
    "remove request field": (lambda s: _schema(s, "Start")["properties"].pop("prefix"), "request `prefix` removed"),
    "remove enum value": (
        lambda s: _schema(s, "Recording")["properties"]["status"].update(enum=["RECORDING", "UPLOADED"]),
        "enum `RECORDING`, `UPLOADED`, `ERRORED` → `RECORDING`, `UPLOADED`",
    ),
    "rename operationId": (lambda s: _list_op(s).update(operationId="getRecordings"), "operationId changed"),
    "rename x-method-name": (lambda s: _list_op(s).update({"x-method-name": "list_all"}), "x-method-name changed"),
    "rename path parameter": (
        lambda s: s["paths"].update({"/recordings/{id}": _renamed_path(s)}),
        "path {id}: name `recording_id` → `id`",
    ),
    "change type": (
        lambda s: _schema(s, "Recording")["properties"]["size"].update(type="number"),
        "response 200 `size`: type `integer` → `number`",
    ),
    "change format": (
        lambda s: _schema(s, "Recording")["properties"]["id"].pop("format"),
        "response 200 `id`: format `uuid` → —",
    ),
    "smaller maximum": (
        lambda s: _schema(s, "Start")["properties"]["max_seconds"].update(maximum=3600),
        "request `max_seconds`: maximum `86400` → `3600`",
    ),
    "smaller maxLength": (
        lambda s: _schema(s, "Start")["properties"]["prefix"].update(maxLength=20),
        "request `prefix`: maxLength `50` → `20`",
    ),
    "larger minimum": (
        lambda s: _list_op(s)["parameters"][0]["schema"].update(minimum=2),
        "query page: minimum `1` → `2`",
    ),
    "larger minLength": (
        lambda s: _schema(s, "Start")["properties"]["meeting_id"].update(minLength=36),
        "request `meeting_id`: minLength — → `36`",
    ),
    "new pattern": (
        lambda s: _schema(s, "Start")["properties"]["meeting_id"].update(pattern="^[a-f0-9-]{36}$"),
        "request `meeting_id`: pattern — → `^[a-f0-9-]{36}$`",
    ),
    "new enum restriction": (
        lambda s: _list_op(s)["parameters"][1]["schema"].update(enum=["UPLOADED"]),
        "query status: enum — → `UPLOADED`",
    ),
    "fewer enum values in a request": (
        lambda s: _schema(s, "Start")["properties"]["layout"].update(enum=["GRID"]),
        "request `layout`: enum `GRID`, `SPOTLIGHT` → `GRID`",
    ),
    "new required request field": (
        lambda s: (
            _schema(s, "Start")["properties"].update(room={"type": "string"}),
            _schema(s, "Start")["required"].append("room"),
        ),
        "request `room` added (string, required)",
    ),
    "new required parameter": (
        lambda s: _list_op(s)["parameters"].append(
            {"name": "app", "in": "query", "required": True, "schema": {"type": "string"}}
        ),
        "query app added (string, required",
    ),
    "optional to required parameter": (
        lambda s: _list_op(s)["parameters"][0].update(required=True),
        "query page: required no → yes",
    ),
    "optional to required request field": (
        lambda s: _schema(s, "Start")["required"].append("prefix"),
        "request `prefix`: required no → yes",
    ),
    "response field becomes optional": (
        lambda s: _schema(s, "Recording")["required"].remove("status"),
        "response 200 `status`: required yes → no",
    ),
    "response field becomes nullable": (
        lambda s: _schema(s, "Recording")["properties"]["size"].update(nullable=True),
        "response 200 `size`: nullable — → yes",
    ),
    "remove a success response": (
        lambda s: s["paths"]["/recordings"]["post"]["responses"].update(
            {"201": s["paths"]["/recordings"]["post"]["responses"].pop("200")}
        ),
        "response 200 removed",
    ),
    "change tag": (lambda s: _list_op(s).update(tags=["Media"]), "tag changed"),
    "drop a security alternative": (lambda s: s.update(security=[{"other": []}]), "security changed"),
    "mark an operation destructive": (
        lambda s: _list_op(s).update({"x-destructive": {"unless-any-of": ["status"], "opt-in": "confirm_all"}}),
        "x-destructive changed",
    ),
}
# "remove or rename a schema": test_removed_schema_is_breaking


def _renamed_path(spec: dict[str, Any]) -> dict[str, Any]:
    item: dict[str, Any] = spec["paths"].pop("/recordings/{recording_id}")
    item["parameters"][0]["name"] = "id"
    return item


@pytest.mark.parametrize("edit,expected", BREAKING.values(), ids=BREAKING.keys())
def test_breaking(edit: Edit, expected: str) -> None:
    changes = _changes(edit)
    assert any(c.breaking and expected in c.message for c in changes), "\n".join(map(str, changes))


NON_BREAKING: dict[str, tuple[Edit, str]] = {
    "add operation": (
        lambda s: s["paths"]["/recordings/{recording_id}"].update(
            delete={
                "operationId": "del",
                "x-method-name": "delete",
                "tags": ["Recordings"],
                "responses": {"204": {"description": "gone"}},
            }
        ),
        "operation added",
    ),
    "add optional parameter": (
        lambda s: _list_op(s)["parameters"].append({"name": "q", "in": "query", "schema": {"type": "string"}}),
        "query q added (string)",
    ),
    "add optional request field": (
        lambda s: _schema(s, "Start")["properties"].update(note={"type": "string"}),
        "request `note` added (string)",
    ),
    "add response field (required or not)": (
        lambda s: (
            _schema(s, "Recording")["properties"].update(url={"type": "string"}),
            _schema(s, "Recording")["required"].append("url"),
        ),
        "response 200 `url` added (string, required)",
    ),
    "add enum value": (
        lambda s: _schema(s, "Start")["properties"]["layout"]["enum"].append("ACTIVE_SPEAKER"),
        "enum `GRID`, `SPOTLIGHT` → `GRID`, `SPOTLIGHT`, `ACTIVE_SPEAKER`",
    ),
    "widen a request constraint": (
        lambda s: _schema(s, "Start")["properties"]["max_seconds"].update(maximum=172800, minimum=1),
        "request `max_seconds`: maximum `86400` → `172800`",
    ),
    "drop a maximum": (
        lambda s: _list_op(s)["parameters"][0]["schema"].pop("maximum"),
        "query page: maximum `100` → —",
    ),
    "narrow a response constraint": (
        lambda s: _schema(s, "Recording")["properties"]["title"].update(maxLength=10),
        "response 200 `title`: maxLength `100` → `10`",
    ),
    "request field becomes optional": (
        lambda s: _schema(s, "Start")["required"].remove("meeting_id"),
        "request `meeting_id`: required yes → no",
    ),
    "remove an error response": (
        lambda s: s["paths"]["/recordings"]["post"]["responses"].pop("409"),
        "response 409 removed",
    ),
    "add a schema": (lambda s: s["components"]["schemas"].update(Extra={"type": "object"}), "schema `Extra` added"),
    "add a security alternative": (lambda s: s["security"].append({"other": []}), "security changed"),
    "change a default": (
        lambda s: _list_op(s)["parameters"][0]["schema"].update(default=1),
        "query page: default — → `1`",
    ),
    "add a waiter": (
        lambda s: s["paths"]["/recordings/{recording_id}"]["get"].update(
            {"x-waiter": {"status": "status", "success": ["UPLOADED"], "failure": ["ERRORED"]}}
        ),
        "x-waiter changed",
    ),
    "mark an operation idempotent": (lambda s: _list_op(s).update({"x-idempotent": True}), "x-idempotent changed"),
}


@pytest.mark.parametrize("edit,expected", NON_BREAKING.values(), ids=NON_BREAKING.keys())
def test_non_breaking(edit: Edit, expected: str) -> None:
    changes = _changes(edit)
    assert any(expected in c.message for c in changes), "\n".join(map(str, changes))
    assert not any(c.breaking for c in changes), "\n".join(map(str, changes))


def test_removed_schema_is_breaking() -> None:
    after = base()
    after["components"]["schemas"]["Start2"] = after["components"]["schemas"].pop("Start")
    after["paths"]["/recordings"]["post"]["requestBody"]["content"]["application/json"]["schema"]["$ref"] = (
        "#/components/schemas/Start2"
    )
    changes = diff_specs(base(), after)
    assert [str(c) for c in changes] == [
        "BREAKING  components.schemas: schema `Start` removed or renamed",
        "ok        components.schemas: schema `Start2` added",
    ]


def test_a_new_optional_object_is_one_change_not_one_per_field() -> None:
    def edit(spec: dict[str, Any]) -> None:
        _schema(spec, "Start")["properties"]["video"] = {
            "type": "object",
            "required": ["codec"],
            "properties": {"codec": {"type": "string"}, "width": {"type": "integer"}},
        }

    changes = _changes(edit)
    assert [str(c) for c in changes] == ["ok        POST /recordings: request `video` added (object)"]


def test_run_against_head_exits_zero(capsys: pytest.CaptureFixture[str]) -> None:
    code = spec_diff.run(argparse.Namespace(base="HEAD", vendor="telnyx", allow_breaking=False))
    assert code == 0
    assert "== telnyx:" in capsys.readouterr().out


def test_run_exits_one_on_breaking_unless_allowed(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    before = base()
    after = base()
    after["paths"].pop("/recordings/{recording_id}")
    monkeypatch.setattr(spec_diff, "_load_at", lambda ref, path: before)
    monkeypatch.setattr(spec_diff, "_load_current", lambda path: after)
    assert spec_diff.run(argparse.Namespace(base="X", vendor="telnyx", allow_breaking=False)) == 1
    out = capsys.readouterr().out
    assert "BREAKING  GET /recordings/{recording_id}: operation removed" in out
    assert "bump the major version" in out
    assert spec_diff.run(argparse.Namespace(base="X", vendor="telnyx", allow_breaking=True)) == 0


def test_a_spec_missing_at_the_base_is_all_additions() -> None:
    assert spec_diff._load_at("HEAD", "specs/no-such-vendor/openapi.yaml") is None
    changes = diff_specs({}, base())
    assert changes and not any(c.breaking for c in changes)


def test_cli_reports_an_unknown_ref_with_exit_two(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["spec-diff", "--base", "no-such-ref-anywhere", "--vendor", "telnyx"]) == 2
    assert "error: git show no-such-ref-anywhere:specs/telnyx/openapi.yaml" in capsys.readouterr().err


def test_client_behaviour_extensions_are_compared() -> None:
    """A removed pager or waiter removes a client method; dropping x-destructive only loosens the client."""
    pager = {"page-param": "page", "first-page": 1, "items": "data"}
    before = base()
    _list_op(before).update({"x-pagination": pager, "x-destructive": {"opt-in": "confirm_all"}})
    after = copy.deepcopy(before)
    _list_op(after).pop("x-pagination")
    _list_op(after).pop("x-destructive")
    changes = {c.message.split(" changed")[0]: c.breaking for c in diff_specs(before, after)}
    assert changes == {"x-pagination": True, "x-destructive": False}, changes
