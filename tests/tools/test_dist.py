"""tools.dist: every generated package builds offline into a wheel that installs into a clean venv and imports."""

from __future__ import annotations

import json
import subprocess
import sys
import venv
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from speccore.paths import ROOT
from speccore.vendors import discover, load_vendor
from tools.dist import WHEELHOUSE, build, twine_check

VENDORS = [load_vendor(key) for key in discover()]


@pytest.fixture(scope="module")
def wheels(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    out = tmp_path_factory.mktemp("dist")
    with ThreadPoolExecutor(max_workers=4) as pool:  # each build is its own subprocess
        built = pool.map(lambda v: build(ROOT / "generated" / v.distribution, out / v.key, sdist=False), VENDORS)
        return [f for files in built for f in files]


def test_one_wheel_per_package_named_by_its_version(wheels: list[Path]) -> None:
    assert sorted(w.name for w in wheels) == sorted(f"{v.package}-{v.version}-py3-none-any.whl" for v in VENDORS)


def test_twine_check_passes(wheels: list[Path]) -> None:
    check = twine_check(wheels)
    assert check.returncode == 0, check.stdout + check.stderr
    assert check.stdout.count("PASSED") == len(wheels)


def test_wheels_install_offline_into_a_clean_venv_and_import(wheels: list[Path], tmp_path: Path) -> None:
    venv.EnvBuilder(with_pip=False).create(tmp_path / "venv")  # our pip installs into it (--python): no ensurepip
    python = str(tmp_path / "venv" / "bin" / "python")
    install = [sys.executable, "-m", "pip", "--python", python, "install", "--quiet", "--no-index"]
    install += ["--find-links", str(WHEELHOUSE), *map(str, wheels)]
    done = subprocess.run(install, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    probe = (
        "import importlib, json, sys\n"
        "mods = {name: importlib.import_module(name) for name in sys.argv[1:]}\n"
        "print(json.dumps({name: [m.__version__, m.__file__] for name, m in mods.items()}))\n"
    )
    run = subprocess.run(
        [python, "-c", probe, *(v.package for v in VENDORS)], capture_output=True, text=True, check=False, cwd=tmp_path
    )
    assert run.returncode == 0, run.stderr
    found = json.loads(run.stdout)
    for vendor in VENDORS:
        version, location = found[vendor.package]
        assert version == vendor.version
        assert location.startswith(str(tmp_path / "venv")), "imported from the venv, not the checkout"
