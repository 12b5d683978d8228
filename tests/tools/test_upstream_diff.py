"""tools.upstream_diff: the committed reports are current, and a 3.0 spec is compared with a 3.1 official one."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import pytest
import yaml

from speccore.paths import ROOT, relative
from speccore.vendors import discover
from tools import upstream_diff
from tools.upstream_diff import default_official, load_document, render

WITH_OFFICIAL = [v for v in discover() if default_official(v)]


def test_the_official_fragments_are_found() -> None:
    assert {"cloudflare", "telnyx"} <= set(WITH_OFFICIAL)


@pytest.mark.parametrize("vendor", WITH_OFFICIAL)
def test_committed_report_is_current(vendor: str) -> None:
    official = default_official(vendor)
    assert official is not None
    ours = yaml.safe_load((ROOT / "specs" / vendor / "openapi.yaml").read_text(encoding="utf-8"))
    fresh = render(vendor, ours, load_document(str(official)), relative(official))
    committed = ROOT / "specs" / vendor / "upstream-diff.md"
    assert committed.is_file(), f"run `make upstream-diff VENDOR={vendor}` and commit {relative(committed)}"
    assert committed.read_text(encoding="utf-8") == fresh, (
        f"{relative(committed)} is stale: run `make upstream-diff VENDOR={vendor}` and commit it"
    )


def ours() -> dict[str, Any]:
    """OpenAPI 3.0.3: strict nullable, an x-decision, a field and an error response the vendor does not have."""
    return {
        "openapi": "3.0.3",
        "info": {"title": "ours", "version": "1"},
        "servers": [{"url": "https://api.example.com/v2"}],
        "paths": {
            "/recordings/{id}": {
                "get": {
                    "operationId": "getRecording",
                    "x-method-name": "get",
                    "tags": ["Recordings"],
                    "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Envelope"}}},
                        },
                        "401": {"description": "no", "x-unverified": "Not documented by the vendor."},
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "Envelope": {"type": "object", "properties": {"data": {"$ref": "#/components/schemas/Recording"}}},
                "Recording": {
                    "type": "object",
                    "required": ["id"],
                    "properties": {
                        "id": {"type": "string", "format": "uuid"},
                        "status": {"type": "string", "enum": ["ready", "failed"]},
                        "size": {
                            "type": "integer",
                            "nullable": True,
                            "x-decision": "Bytes are whole numbers; the vendor says number.",
                        },
                        "ours_only": {"type": "string"},
                    },
                },
            }
        },
    }


def official() -> dict[str, Any]:
    """OpenAPI 3.1: type arrays, allOf, another path parameter name, an operation we lack."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "official", "version": "2"},
        "servers": [{"url": "https://api.example.com/v2"}],
        "paths": {
            "/recordings/{recording_id}": {
                "parameters": [{"$ref": "#/components/parameters/RecordingId"}],
                "get": {
                    "operationId": "getRecording",
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "allOf": [
                                            {"type": "object"},
                                            {"properties": {"data": {"$ref": "#/components/schemas/Recording"}}},
                                        ]
                                    }
                                }
                            },
                        }
                    },
                },
                "delete": {"operationId": "deleteRecording", "responses": {"204": {"description": "gone"}}},
            }
        },
        "components": {
            "parameters": {
                "RecordingId": {"name": "recording_id", "in": "path", "required": True, "schema": {"type": "string"}}
            },
            "schemas": {
                "Recording": {
                    "type": "object",
                    "required": ["id", "status"],
                    "properties": {
                        "id": {"type": "string", "format": "uuid"},
                        "status": {"type": "string", "enum": ["ready", "failed", "deleted"]},
                        "size": {"type": ["number", "null"]},
                        "meeting": {
                            "type": "object",
                            "properties": {"title": {"type": "string"}, "id": {"type": "string"}},
                        },
                    },
                }
            },
        },
    }


@pytest.fixture(scope="module")
def report() -> str:
    return render("example", ours(), official(), "reference/example.official.json")


def test_header_and_summary(report: str) -> None:
    assert report.startswith("# Upstream diff: example\n")
    assert "- Official: `reference/example.official.json` (OpenAPI 3.1.0, info.version 2)" in report
    assert "| operations in both | 1 |" in report
    assert "| operations only in the official document | 1 |" in report
    assert "| `DELETE /recordings/{recording_id}` | `deleteRecording` | — | **only official** |" in report


def test_differences_in_fields_enums_required_and_types(report: str) -> None:
    rows = [line for line in report.splitlines() if line.startswith("| response")]
    assert "| response 200 `data.status` | required | yes | no |  |" in rows
    assert "| response 200 `data.status` | enum | `ready`, `failed`, `deleted` | `ready`, `failed` |  |" in rows
    assert any(r.startswith("| response 200 `data.size` | type | `number` | `integer` | [N") for r in rows)
    assert any(
        r.startswith("| response 200 `data.meeting` | only official | object; 2 nested fields | — |") for r in rows
    )
    assert any(r.startswith("| response 200 `data.ours_only` | only ours | — | string |") for r in rows)
    assert any(r.startswith("| response 401 | only ours | — | no body | [N") for r in rows)


def test_nullable_forms_and_path_parameter_names_are_not_differences(report: str) -> None:
    assert "nullable" not in report.split("## Notes", maxsplit=1)[0].split("## GET")[1]
    assert "path {" not in report  # {id} and {recording_id} are the same parameter (by position)


def test_notes_from_our_spec_are_quoted(report: str) -> None:
    notes = report.split("## Notes in our spec")[1]
    assert "x-decision: Bytes are whole numbers; the vendor says number." in notes
    assert "x-unverified: Not documented by the vendor." in notes


def test_load_document_reads_json_and_yaml(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("openapi: 3.1.0\npaths: {}\n")
    (tmp_path / "b.json").write_text('{"openapi": "3.0.3", "paths": {}}')
    assert load_document(str(tmp_path / "a.yaml"))["openapi"] == "3.1.0"
    assert load_document(str(tmp_path / "b.json"))["openapi"] == "3.0.3"
    (tmp_path / "c.yaml").write_text("- a list\n")
    with pytest.raises(ValueError, match="not an OpenAPI document"):
        load_document(str(tmp_path / "c.yaml"))


def test_run_writes_to_stdout_or_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "report.md"
    assert upstream_diff.run(argparse.Namespace(vendor="telnyx", official=None, output=str(target))) == 0
    assert target.read_text(encoding="utf-8") == (ROOT / "specs" / "telnyx" / "upstream-diff.md").read_text(
        encoding="utf-8"
    )
    assert upstream_diff.run(argparse.Namespace(vendor="telnyx", official=None, output="-")) == 0
    assert capsys.readouterr().out.endswith(target.read_text(encoding="utf-8"))


def test_a_vendor_without_an_official_document_needs_one(capsys: pytest.CaptureFixture[str]) -> None:
    without = [v for v in discover() if not default_official(v)]
    if not without:
        pytest.skip("every vendor has an official document")
    assert upstream_diff.run(argparse.Namespace(vendor=without[0], official=None, output="-")) == 2
    assert "pass --official" in capsys.readouterr().out
