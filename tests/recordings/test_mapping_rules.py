"""A bad ``x-recordings`` block is a SpecError naming the file, the JSON path and the rule; good ones generate."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator.recordings import check_recordings
from generator.spec import load_spec
from speccore.errors import SpecError
from speccore.paths import ROOT

SPECS = {v: load_spec(ROOT / "specs" / v / "openapi.yaml") for v in ("cloudflare", "telnyx", "videosdk", "superviz")}


def broken(vendor: str, change: Callable[[dict[str, Any]], None]) -> SpecError:
    spec = copy.deepcopy(SPECS[vendor])
    change(spec["x-recordings"])
    with pytest.raises(SpecError) as caught:
        check_recordings(spec, f"specs/{vendor}/openapi.yaml")
    assert caught.value.rule == "x-recordings"
    assert caught.value.file == f"specs/{vendor}/openapi.yaml"
    return caught.value


@pytest.mark.parametrize("vendor", sorted(SPECS))
def test_every_spec_maps_its_recordings(vendor: str) -> None:
    check_recordings(SPECS[vendor], vendor)
    assert "list" in SPECS[vendor]["x-recordings"]["operations"]


CASES: list[tuple[str, str, Callable[[dict[str, Any]], None], str, str]] = [
    (
        "telnyx",
        "unknown operation",
        lambda b: b["operations"]["get"].update(operation="Nope"),
        "$.x-recordings.operations.get.operation",
        "no operation 'Nope'",
    ),
    (
        "telnyx",
        "field not in any schema",
        lambda b: b["fields"].update({"room-id": "room.identifier"}),
        "$.x-recordings.fields.room-id",
        "in none of the schemas",
    ),
    (
        "telnyx",
        "status value not in the enum",
        lambda b: b["status"]["map"].update(finished="ready"),
        "$.x-recordings.status.map",
        "'finished' is not a value",
    ),
    (
        "telnyx",
        "waiter success not ready",
        lambda b: b["status"]["map"].update(completed="processing"),
        "$.x-recordings.status.map",
        "x-waiter success value 'completed' must map to ready",
    ),
    (
        "cloudflare",
        "waiter failure not failed",
        lambda b: b["status"]["map"].update(ERRORED="unknown"),
        "$.x-recordings.status.map.ERRORED",
        "is not one of",
    ),
    (
        "cloudflare",
        "filter on a missing parameter",
        lambda b: b["filters"].update(room="room_id"),
        "$.x-recordings.filters.room",
        "no query parameter",
    ),
    (
        "cloudflare",
        "since on a non-date",
        lambda b: b["filters"].update(since="meeting_id"),
        "$.x-recordings.filters.since",
        "not a date",
    ),
    (
        "superviz",
        "list without paging",
        lambda b: b["operations"]["list"].update(operation="listRecordingsWithTranscripts"),
        "$.x-recordings.operations.list",
        "no x-pagination",
    ),
    (
        "superviz",
        "unknown capability",
        lambda b: b["operations"].update(archive={"operation": "listRecordings"}),
        "$.x-recordings.operations",
        "Additional properties",
    ),
    (
        "videosdk",
        "a rule after the catch-all",
        lambda b: b["status"]["rules"].append({"present": "end", "status": "ready"}),
        "$.x-recordings.status.rules",
        "every rule but the last",
    ),
    (
        "videosdk",
        "body placeholder",
        lambda b: b["operations"]["stop"]["body"].update(roomId="{meeting}"),
        "$.x-recordings.operations.stop.body.roomId",
        "only {id}",
    ),
    (
        "videosdk",
        "get answering no recording",
        lambda b: b["operations"].update(get={"operation": "startRecording"}),
        "$.x-recordings.operations.get",
        "has no Recording there",
    ),
    ("telnyx", "schema unknown", lambda b: b.update(schema="Nope"), "$.x-recordings.schema", "no component schema"),
    (
        "telnyx",
        "download without url",
        lambda b: b["fields"].pop("download-url"),
        "$.x-recordings.fields",
        "download needs fields.download-url",
    ),
]


@pytest.mark.parametrize(("vendor", "what", "change", "where", "message"), CASES, ids=[c[1] for c in CASES])
def test_a_bad_mapping_is_a_spec_error(vendor: str, what: str, change: Any, where: str, message: str) -> None:
    error = broken(vendor, change)
    assert error.json_path == where, str(error)
    assert message in str(error), str(error)


def test_the_generator_refuses_a_bad_mapping_with_exit_code_2(tmp_path: Path) -> None:
    import subprocess
    import sys

    import yaml

    spec = copy.deepcopy(SPECS["telnyx"])
    spec["x-recordings"]["fields"]["id"] = "identifier"
    specs = tmp_path / "specs" / "telnyx"
    specs.mkdir(parents=True)
    (specs / "openapi.yaml").write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path; from generator.spec import load_spec, validate_spec;"
            " p = Path(sys.argv[1]); validate_spec(load_spec(p), p)",
            str(specs / "openapi.yaml"),
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode != 0
    assert "x-recordings" in done.stderr and "$.x-recordings.fields.id" in done.stderr
