"""Each generated package installs with plain ``pip install <path>`` into a clean venv and works there.

Offline: pip reads the dependencies and the build backend from the wheelhouse that ``make bootstrap`` fills
from the pinned constraints (``--no-index``), so the test never reaches the internet.
"""

from __future__ import annotations

import json
import subprocess
import venv
from pathlib import Path

import pytest
import yaml

from speccore.paths import ROOT

WHEELHOUSE = ROOT / ".venv" / "wheelhouse"
PACKAGES = sorted(p for p in (ROOT / "generated").iterdir() if (p / "pyproject.toml").is_file())

CHECK = """
import importlib, importlib.resources, json, sys
result = {}
for package, cls in json.loads(sys.argv[1]).items():
    module = importlib.import_module(package)
    client_cls = getattr(module, cls)
    result[package] = {
        "file": module.__file__,
        "typed": importlib.resources.files(package).joinpath("py.typed").is_file(),
        "async": hasattr(module, "Async" + cls),
        "version": module.__version__,
    }
print(json.dumps(result))
"""


@pytest.fixture(scope="module")
def clean_venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not WHEELHOUSE.is_dir():
        pytest.fail("no .venv/wheelhouse: run `make bootstrap`")
    target = tmp_path_factory.mktemp("clean-venv")
    venv.EnvBuilder(with_pip=True).create(target)
    return target


def test_every_package_installs_and_imports_in_a_clean_venv(clean_venv: Path) -> None:
    python = clean_venv / "bin" / "python"
    install = subprocess.run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-index",
            "--find-links",
            str(WHEELHOUSE),
            *map(str, PACKAGES),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert install.returncode == 0, install.stdout + install.stderr
    expected = {}
    for project in PACKAGES:
        config = yaml.safe_load((ROOT / "specs" / _vendor_of(project) / "package.yaml").read_text())
        expected[config["package"]] = config
    classes = {package: config["client-class"] for package, config in expected.items()}
    run = subprocess.run([str(python), "-c", CHECK, json.dumps(classes)], capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    found = json.loads(run.stdout)
    assert set(found) == set(expected)
    for package, info in found.items():
        assert str(clean_venv) in info["file"], "imported from the clean venv, not the checkout"
        assert info["typed"], f"{package} ships py.typed"
        assert info["async"]
        assert info["version"] == expected[package]["version"]
    freeze = subprocess.run([str(python), "-m", "pip", "freeze"], capture_output=True, text=True, check=True).stdout
    installed = {line.split("==")[0].lower() for line in freeze.splitlines() if "==" in line}
    allowed = {
        "httpx",
        "httpcore",
        "h11",
        "anyio",
        "idna",
        "certifi",
        "sniffio",
        "typing-extensions",
        "typing_extensions",
        "attrs",
        "httpx-retries",
        "pyjwt",
        "cryptography",  # webhook signatures, for the vendors that sign (and what it needs)
        "cffi",
        "pycparser",
    }
    assert installed - allowed - {p.name for p in PACKAGES} == set(), "packages pull in only their runtime deps"


def _vendor_of(project: Path) -> str:
    return str(yaml.safe_load((project / "GENERATION.yml").read_text())["spec"]).split("/")[1]
