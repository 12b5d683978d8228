"""tools.stamp: a generated package's version stamps must be package.yaml's before `make dist` builds it."""

from __future__ import annotations

from pathlib import Path

import pytest

from speccore.paths import ROOT
from speccore.vendors import discover, load_vendor
from tools.stamp import check_stamp, stamped_versions

VENDORS = [load_vendor(key) for key in discover()]


def project(tmp_path: Path, pyproject: str, manifest: str) -> Path:
    folder = tmp_path / "demo-recordings"
    folder.mkdir()
    (folder / "pyproject.toml").write_text(f'[project]\nname = "demo"\nversion = "{pyproject}"\n', encoding="utf-8")
    (folder / "GENERATION.yml").write_text(f"spec: x\npackage-version: {manifest}\n", encoding="utf-8")
    return folder


def test_matching_stamps_pass(tmp_path: Path) -> None:
    folder = project(tmp_path, "1.2.0", "1.2.0")
    assert stamped_versions(folder) == {"pyproject.toml": "1.2.0", "GENERATION.yml": "1.2.0"}
    check_stamp(folder, "1.2.0")


def test_a_version_bumped_without_regenerating_is_refused(tmp_path: Path) -> None:
    folder = project(tmp_path, "1.2.0", "1.2.0")
    with pytest.raises(RuntimeError) as caught:
        check_stamp(folder, "1.3.0")
    message = str(caught.value)
    assert "demo-recordings: package.yaml says 1.3.0" in message
    assert "pyproject.toml has 1.2.0" in message and "GENERATION.yml has 1.2.0" in message
    assert "make generate" in message


def test_each_stamp_is_checked_and_a_missing_one_is_named(tmp_path: Path) -> None:
    folder = project(tmp_path, "1.3.0", "1.2.0")
    with pytest.raises(RuntimeError, match=r"but GENERATION\.yml has 1\.2\.0; run"):
        check_stamp(folder, "1.3.0")
    (folder / "GENERATION.yml").unlink()
    with pytest.raises(RuntimeError, match=r"GENERATION\.yml has no version"):
        check_stamp(folder, "1.3.0")


@pytest.mark.parametrize("vendor", VENDORS, ids=lambda v: v.key)
def test_generated_packages_carry_the_package_yaml_version(vendor) -> None:
    project_dir = ROOT / "generated" / vendor.distribution
    check_stamp(project_dir, vendor.version)
    init = (project_dir / vendor.package / "__init__.py").read_text(encoding="utf-8")
    assert f'__version__ = "{vendor.version}"' in init


@pytest.mark.parametrize("vendor", VENDORS, ids=lambda v: v.key)
def test_generated_packages_ship_the_spec_changelog(vendor) -> None:
    source = vendor.spec_path.parent / "CHANGELOG.md"
    shipped = (ROOT / "generated" / vendor.distribution / "CHANGELOG.md").read_text(encoding="utf-8")
    header, body = shipped.split("\n", 1)
    assert header.startswith("<!-- ") and header.endswith(" -->")
    assert body == source.read_text(encoding="utf-8")
    assert f"\n## {vendor.version}\n" in body, "the changelog's newest section is the package's version"
