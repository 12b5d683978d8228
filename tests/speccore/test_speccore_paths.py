"""speccore.paths and speccore.errors: the repository root, printed paths, the error's parts."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from speccore.errors import SpecError
from speccore.paths import ROOT, relative


def test_root_is_the_repository() -> None:
    assert (ROOT / "pyproject.toml").is_file()
    assert (ROOT / "speccore" / "paths.py").is_file()


def test_inside_the_repository_is_relative_posix() -> None:
    assert relative(ROOT / "specs" / "x" / "openapi.yaml") == "specs/x/openapi.yaml"
    assert relative(ROOT) == "."


def test_relative_input_is_resolved_against_the_working_directory(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT / "speccore")
    assert relative(Path("paths.py")) == "speccore/paths.py"
    assert relative(Path("..") / "specs") == "specs"


def test_outside_the_repository_is_kept_as_given(tmp_path: Path) -> None:
    outside = tmp_path / "a" / "b.yaml"
    assert relative(outside) == outside.as_posix()
    assert relative(Path("/definitely/elsewhere.yaml")) == "/definitely/elsewhere.yaml"


def test_a_link_into_the_repository_counts_as_inside(tmp_path: Path) -> None:
    link = tmp_path / "checkout"
    os.symlink(ROOT, link)
    assert relative(link / "specs" / "README.md") == "specs/README.md"


def test_spec_error_keeps_its_parts() -> None:
    error = SpecError("specs/x/openapi.yaml", "$.paths['/a']", "rule-name", "what is wrong")
    assert (error.file, error.json_path, error.rule, error.message) == (
        "specs/x/openapi.yaml",
        "$.paths['/a']",
        "rule-name",
        "what is wrong",
    )
    assert str(error) == "specs/x/openapi.yaml: $.paths['/a']: [rule-name] what is wrong"
