"""The layer contracts of ARCHITECTURE.md (import-linter, ``[tool.importlinter]`` in pyproject.toml) hold, and each one
really fails when a forbidden import is planted in a copy of the tree."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest

from speccore.paths import ROOT

LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def config() -> dict[str, Any]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    section: dict[str, Any] = data["tool"]["importlinter"]
    return section


CONTRACTS: list[dict[str, Any]] = config()["contracts"]


def lint_imports(cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(cwd), "NO_COLOR": "1"}
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"], cwd=cwd, env=env, capture_output=True, text=True, timeout=120, check=False
    )


def test_the_contracts_hold_on_this_tree() -> None:
    done = lint_imports(ROOT)
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert f"{len(CONTRACTS)} kept, 0 broken" in done.stdout


def test_every_top_level_python_package_is_under_contract() -> None:
    packages = {path.parent.name for path in ROOT.glob("*/__init__.py")}
    packages |= {path.parent.name for path in ROOT.glob("*/src/*/__init__.py")}  # own distributions (src layout)
    assert packages == set(config()["root_packages"]), "a new top-level package needs a row in ARCHITECTURE.md and here"
    assert {source for contract in CONTRACTS for source in contract["source_modules"]} >= packages - {"bench"}


def test_the_runtime_contract_names_every_other_generator_module() -> None:
    runtime = next(contract for contract in CONTRACTS if contract["source_modules"] == ["generator.runtime"])
    modules = {f"generator.{path.stem}" for path in (ROOT / "generator").glob("*.py") if path.stem != "__init__"}
    assert modules <= set(runtime["forbidden_modules"]), modules - set(runtime["forbidden_modules"])


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the Python packages and pyproject.toml, to plant violations in."""
    base = tmp_path_factory.mktemp("layers")
    for name in config()["root_packages"]:
        source = ROOT / name / "src" / name if (ROOT / name / "src" / name).is_dir() else ROOT / name
        shutil.copytree(source, base / name, ignore=shutil.ignore_patterns("__pycache__", "node", "templates"))
    shutil.copy(ROOT / "pyproject.toml", base / "pyproject.toml")
    return base


@pytest.mark.parametrize("contract", CONTRACTS, ids=[c["source_modules"][0] for c in CONTRACTS])
def test_a_planted_forbidden_import_breaks_the_contract(tree: Path, contract: dict[str, Any]) -> None:
    source, forbidden = contract["source_modules"][0], contract["forbidden_modules"][0]
    init = tree.joinpath(*source.split(".")) / "__init__.py"
    original = init.read_text(encoding="utf-8")
    init.write_text(original + f"\nimport {forbidden}  # planted by the test\n", encoding="utf-8")
    try:
        done = lint_imports(tree)
    finally:
        init.write_text(original, encoding="utf-8")
    assert done.returncode != 0
    flat = " ".join(done.stdout.split())
    assert f"{contract['name']} BROKEN" in flat, done.stdout[-3000:]
    assert "1 broken" in flat
