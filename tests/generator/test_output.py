"""What the generator writes: fixed headers, a manifest, byte-identical reruns, strict typing, staleness detection."""

from __future__ import annotations

import datetime
import hashlib
import importlib
import inspect
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.build import build_package
from generator.diff import diff_trees
from speccore.operations import HTTP_METHODS
from speccore.vendors import load_vendor

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("gen")
    return build_package(load_vendor("mini", FIXTURES), out)


def _files(project: Path) -> list[Path]:
    return sorted(p for p in project.rglob("*") if p.is_file())


def test_every_file_starts_with_the_fixed_header(built: Path) -> None:
    vendor = load_vendor("mini", FIXTURES)
    runtime_dir = built / "mini_recordings" / "_runtime"
    for path in _files(built):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        if path.parent == runtime_dir:
            continue  # runtime copies name their own source (next test)
        assert vendor.header in first, path
        assert first in (f"# {vendor.header}", f"<!-- {vendor.header} -->"), path


def test_runtime_copies_name_the_file_they_were_copied_from(built: Path) -> None:
    runtime_dir = built / "mini_recordings" / "_runtime"
    source_dir = Path(__file__).parents[2] / "generator" / "runtime"
    copies = sorted(runtime_dir.glob("*.py"))
    assert copies
    for path in copies:
        first, rest = path.read_text(encoding="utf-8").split("\n", 1)
        assert first == f"# Copied from generator/runtime/{path.name} by `make generate`. Do not edit.", path
        assert "Generated from" not in first
        source = (source_dir / path.name).read_text(encoding="utf-8")
        assert rest.splitlines()[:3] == source.splitlines()[:3], f"{path.name} starts as its source does"


def test_manifest_records_inputs_and_tools(built: Path) -> None:
    vendor = load_vendor("mini", FIXTURES)
    manifest = yaml.safe_load((built / "GENERATION.yml").read_text())
    assert manifest["spec-sha256"] == hashlib.sha256(vendor.spec_path.read_bytes()).hexdigest()
    spec = yaml.safe_load(vendor.spec_path.read_text())
    assert manifest["operations"] == sum(1 for item in spec["paths"].values() for m in item if m in HTTP_METHODS)
    assert manifest["openapi-python-client"] == "0.29.1"
    assert manifest["package-version"] == vendor.version
    assert len(manifest["generator-sha256"]) == 64


def test_runtime_copied_without_optional_jwt_and_webhooks_modules(built: Path) -> None:
    runtime = built / "mini_recordings" / "_runtime"
    sources = {p.name for p in (Path(__file__).parents[2] / "generator" / "runtime").glob("*.py")}
    assert {p.name for p in runtime.glob("*.py")} == sources - {"_jwt.py", "_webhooks.py"}
    assert not (built / "mini_recordings" / "webhooks.py").exists()  # the fixture spec has no x-webhooks


def test_generation_is_deterministic(built: Path, tmp_path: Path) -> None:
    again = build_package(load_vendor("mini", FIXTURES), tmp_path)
    assert diff_trees(again.parent, built.parent, only=[built.name]) == []


def test_diff_trees_reports_changed_missing_and_extra(built: Path, tmp_path: Path) -> None:
    copy = tmp_path / "committed"
    shutil.copytree(built, copy / built.name)
    (copy / built.name / "mini_recordings" / "client.py").write_text("# edited by hand\n")
    (copy / built.name / "README.md").unlink()
    (copy / built.name / "stray.py").write_text("x = 1\n")
    problems = diff_trees(built.parent, copy, only=[built.name])
    assert f"changed: generated/{built.name}/mini_recordings/client.py" in problems
    assert f"missing: generated/{built.name}/README.md" in problems
    assert f"extra: generated/{built.name}/stray.py" in problems
    assert len(problems) == 3


def test_output_passes_mypy_strict(built: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "mini_recordings"],
        cwd=built,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_deep_object_and_comma_arrays_are_encoded_by_generated_code(built: Path) -> None:
    sys.path.insert(0, str(built))
    try:
        from mini_recordings.api.recordings import list_recordings  # type: ignore[import-not-found]  # built in tmp
        from mini_recordings.models import DateRange, Filter, Page, Status  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(built))
    import datetime

    request = list_recordings._build_request(
        "acc 1",
        filter_=Filter(room_id="r", date_ended_at=DateRange(gte=datetime.date(2021, 4, 25))),
        page=Page(number=2, size=50),
        status=[Status.PROCESSING, Status.FAILED],
    )
    assert request.path == "/accounts/acc%201/recordings"
    assert list(request.params) == [
        ("filter[room_id]", "r"),
        ("filter[date_ended_at][gte]", "2021-04-25"),
        ("page[number]", "2"),
        ("page[size]", "50"),
        ("status", "processing,failed"),
    ]
    assert request.auth == ("clientId", "secret")
    assert request.idempotent is True


def _mini_models(built: Path) -> Any:
    sys.path.insert(0, str(built))
    try:
        from mini_recordings import models  # type: ignore[import-not-found]  # built in tmp
    finally:
        sys.path.remove(str(built))
    return models


def test_uuid_format_is_generated_as_str_and_any_id_parses(built: Path) -> None:
    models = _mini_models(built)
    fields = {a.name: a.type for a in models.Recording.__attrs_attrs__}
    assert fields["id"] == "str"
    for id_ in ("3fa85f64-5717-4562-b3fc-2c963f66afa6", "rec_01HZX-not-a-uuid"):
        recording = models.Recording.from_dict({"id": id_, "status": "completed"})
        assert recording.id == id_ and isinstance(recording.id, str)
    params = inspect.signature(_mini_module(built, "mini_recordings.api.recordings.get_recording").sync).parameters
    assert params["recording_id"].annotation in (str, "str")


@pytest.mark.parametrize(
    ("wire", "expected"),
    [
        (None, None),
        ("2024-05-01T10:00:00Z", datetime.datetime(2024, 5, 1, 10, tzinfo=datetime.UTC)),
    ],
)
def test_nullable_date_time_is_parsed_inline_like_upstream(built: Path, wire: Any, expected: Any) -> None:
    models = _mini_models(built)
    assert models.Recording.from_dict({"id": "r", "status": "failed", "ended_at": wire}).ended_at == expected
    assert "def _parse_ended_at" not in (built / "mini_recordings/models/recording.py").read_text()


@pytest.mark.parametrize("wire", ["not a date", 17, ["2024-05-01"]])
def test_nullable_date_time_of_the_wrong_type_fails_naming_the_field(built: Path, wire: Any) -> None:
    """Upstream kept such a value unconverted (a str or int in a datetime field); issue 11 wants a named error."""
    models = _mini_models(built)
    errors = _mini_module(built, "mini_recordings._runtime")
    with pytest.raises(errors.ModelParseError) as caught:
        models.Recording.from_dict({"id": "r", "status": "failed", "ended_at": wire})
    assert (caught.value.path, caught.value.expected, caught.value.value) == (
        "ended_at",
        "date-time string or null",
        wire,
    )
    assert str(caught.value).startswith("ended_at: expected date-time string or null, got ")


def test_nullable_object_and_plain_nullables(built: Path) -> None:
    models = _mini_models(built)
    parsed = models.Recording.from_dict(
        {"id": "r", "status": "failed", "window": {"gte": "2024-01-02"}, "download_url": None, "size_bytes": 5}
    )
    assert parsed.window == models.DateRange(gte=datetime.date(2024, 1, 2))
    assert parsed.download_url is None and parsed.size_bytes == 5
    assert models.Recording.from_dict({"id": "r", "status": "failed", "window": None}).window is None
    errors = _mini_module(built, "mini_recordings._runtime")
    with pytest.raises(errors.ModelParseError, match=r"^window: expected object \(DateRange\) or null, got 'odd'"):
        models.Recording.from_dict({"id": "r", "status": "failed", "window": "odd"})
    with pytest.raises(errors.ModelParseError, match=r"^window\.gte: expected date string, got 5 \(integer\)"):
        models.Recording.from_dict({"id": "r", "status": "failed", "window": {"gte": 5}})
    assert isinstance(
        models.Recording.from_dict({"id": "r", "status": "failed"}).window,
        _mini_module(built, "mini_recordings.types").Unset,
    )


def _mini_module(built: Path, name: str) -> Any:
    sys.path.insert(0, str(built))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(str(built))


def test_enum_parsing_matches_the_constructor(built: Path) -> None:
    """Parsing reads known values from the enum's __by_value__ map and sends anything else to the constructor."""
    models = _mini_models(built)
    status = models.Status

    def parsed(value: object) -> Any:
        return models.Recording.from_dict({"id": "r", "status": value}).status

    for member in status:
        assert parsed(member.value) is member is status(member.value)
    unknown = parsed("archived")
    assert unknown.is_unknown and unknown.value == "archived" and unknown == status("archived")
    for bad in (3, None):
        with pytest.raises(ValueError):
            parsed(bad)
        with pytest.raises(ValueError):
            status(bad)
