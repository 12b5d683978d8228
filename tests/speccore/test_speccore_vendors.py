"""speccore.vendors: discovery, packaging facts, the header, and a clear error for every bad package.yaml."""

from __future__ import annotations

from pathlib import Path

import pytest

from speccore.errors import SpecError
from speccore.paths import ROOT
from speccore.vendors import discover, load_vendor

GOOD = (
    "distribution: acme-recordings\npackage: acme_recordings\nclient-class: Acme\n"
    "version: 1.2.3\nenv-prefix: ACME\ndescription: Acme recordings\n"
)


def _vendor(specs: Path, key: str, package: str | None = GOOD, mock: bool = False) -> Path:
    folder = specs / key
    folder.mkdir(parents=True)
    (folder / "openapi.yaml").write_text("openapi: 3.0.3\n", encoding="utf-8")
    if package is not None:
        (folder / "package.yaml").write_text(package, encoding="utf-8")
    if mock:
        (folder / "mock.yaml").write_text("{}\n", encoding="utf-8")
    return folder


def test_discover_lists_folders_with_a_spec_sorted(tmp_path: Path) -> None:
    _vendor(tmp_path, "zeta")
    _vendor(tmp_path, "alpha")
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "README.md").write_text("x")
    assert discover(tmp_path) == ["alpha", "zeta"]


def test_discover_defaults_to_the_repository_specs() -> None:
    expected = sorted(p.parent.name for p in (ROOT / "specs").glob("*/openapi.yaml"))
    assert discover() == expected
    assert expected


def test_load_vendor_reads_every_fact(tmp_path: Path) -> None:
    folder = _vendor(tmp_path, "acme", mock=True)
    vendor = load_vendor("acme", tmp_path)
    assert vendor.key == "acme"
    assert vendor.directory == folder.resolve()
    assert vendor.spec_path == folder.resolve() / "openapi.yaml"
    assert vendor.package_path == folder.resolve() / "package.yaml"
    assert vendor.mock_path == folder.resolve() / "mock.yaml"
    assert (vendor.distribution, vendor.package, vendor.client_class) == ("acme-recordings", "acme_recordings", "Acme")
    assert (vendor.version, vendor.env_prefix, vendor.description) == ("1.2.3", "ACME", "Acme recordings")


def test_mock_path_is_none_without_mock_yaml(tmp_path: Path) -> None:
    _vendor(tmp_path, "acme")
    assert load_vendor("acme", tmp_path).mock_path is None


def test_header_uses_the_repository_relative_spec_path(tmp_path: Path) -> None:
    key = discover()[0]
    vendor = load_vendor(key)
    assert vendor.spec_relpath == f"specs/{key}/openapi.yaml"
    assert vendor.header == f"Generated from specs/{key}/openapi.yaml by `make generate`. Do not edit."
    _vendor(tmp_path, "acme")
    outside = load_vendor("acme", tmp_path)
    assert outside.spec_relpath == outside.spec_path.as_posix()


@pytest.mark.parametrize("key", ["nope", "../acme", "acme/..", ""])
def test_unknown_vendor(tmp_path: Path, key: str) -> None:
    _vendor(tmp_path, "acme")
    with pytest.raises(SpecError) as info:
        load_vendor(key, tmp_path)
    assert info.value.rule == "vendor-exists"
    assert "acme" in info.value.message


@pytest.mark.parametrize(
    ("package", "json_path", "rule"),
    [
        (None, "$", "package-config"),
        ("- a list\n", "$", "package-config"),
        (GOOD.replace("version: 1.2.3\n", ""), "$.version", "package-config"),
        (GOOD.replace("env-prefix: ACME", "env-prefix: ''"), "$.env-prefix", "package-config"),
        (GOOD.replace("client-class: Acme", "client-class: 3"), "$.client-class", "package-config"),
        (GOOD.replace("package: acme_recordings", "package: acme-recordings"), "$.package", "package-config"),
        (GOOD.replace("description: Acme recordings", "description: [a]"), "$.description", "package-config"),
        (GOOD + "version: 9.9.9\n", "$.version", "duplicate-key"),
        (GOOD + "extra: [unclosed\n", None, "yaml-syntax"),
    ],
)
def test_bad_package_yaml(tmp_path: Path, package: str | None, json_path: str | None, rule: str) -> None:
    folder = _vendor(tmp_path, "acme", package=package)
    with pytest.raises(SpecError) as info:
        load_vendor("acme", tmp_path)
    assert info.value.file == str(folder.resolve() / "package.yaml")
    assert info.value.rule == rule
    if json_path is not None:
        assert info.value.json_path == json_path
