"""Both ends of every runtime dependency range the generated packages declare are installed and exercised.

"lowest" installs each dependency at its lower bound, "pinned" at its pin in constraints.txt (the newest version the
project has tested, which must lie below the upper bound). Each set gets its own venv (wheels from PyPI, cached in
.venv/dependency-bounds/ so a second run is offline), where the runtime tests run and every generated package
imports and parses every documented response example of its spec (models, enums, the typed error model).
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import tomllib
import venv
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.version import Version

from tests.clients.speclib import operations, response_examples, vendors

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / ".venv" / "dependency-bounds"
PROJECTS = sorted(p for p in (ROOT / "generated").iterdir() if (p / "pyproject.toml").is_file())
TOOLS = ("pytest", "pytest-timeout", "hypothesis")  # to run tests/runtime in the venv

SMOKE = """
import importlib, importlib.metadata, json, sys
import httpx
cases, wanted = json.load(open(sys.argv[1])), json.loads(sys.argv[2])
got = {name: importlib.metadata.version(name) for name in wanted}
parsed = 0
for package, module, status, value in cases:
    errors = importlib.import_module(package + ".errors")
    mod = importlib.import_module(module)
    if status >= 400:
        result = mod._parse_error(status, value)
        assert isinstance(result, errors.ErrorModel), (module, status, type(result))
    else:
        mod._parse(httpx.Response(status, json=value, request=httpx.Request("GET", "https://api.test/x")))
    parsed += 1
print(json.dumps({"parsed": parsed, "versions": got}))
"""


def _requirements() -> dict[str, Requirement]:
    found: dict[str, Requirement] = {}
    for project in PROJECTS:
        for line in tomllib.loads((project / "pyproject.toml").read_text())["project"]["dependencies"]:
            requirement = Requirement(line)
            previous = found.setdefault(requirement.name.lower(), requirement)
            assert previous.specifier == requirement.specifier, f"{project.name} disagrees on {requirement.name}"
    return found


def _pins() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "constraints.txt").read_text().splitlines():
        if "==" in line and not line.lstrip().startswith("#"):
            name, version = line.split("#")[0].strip().split("==")
            pins[name.lower()] = version
    return pins


def _bound(requirement: Requirement, operator: str) -> Version:
    found = [Version(s.version) for s in requirement.specifier if s.operator == operator]
    assert len(found) == 1, f"{requirement}: needs exactly one {operator} bound"
    return found[0]


def test_every_runtime_dependency_has_a_lower_and_an_upper_bound() -> None:
    requirements = _requirements()
    assert {"httpx", "attrs", "httpx-retries", "pyjwt"} <= set(requirements)
    for requirement in requirements.values():
        assert _bound(requirement, ">=") < _bound(requirement, "<"), str(requirement)


def test_the_pinned_versions_lie_inside_the_declared_ranges() -> None:
    pins = _pins()
    for name, requirement in _requirements().items():
        assert name in pins, f"{name} is not pinned in constraints.txt"
        assert requirement.specifier.contains(pins[name]), f"pin {name}=={pins[name]} is outside {requirement}"


def _versions(which: str) -> dict[str, str]:
    requirements, pins = _requirements(), _pins()
    if which == "pinned":
        return {name: pins[name] for name in requirements}
    return {name: str(_bound(requirement, ">=")) for name, requirement in requirements.items()}


def _examples() -> list[tuple[str, str, int, object]]:
    cases = []
    for vendor in vendors():
        for _, _, op in operations(vendor):
            module = vendor.module(op).__name__
            for status, _, value, _ in response_examples(vendor, op):
                code = int(status) if status.isdigit() else (int(status[0]) * 100 if status[0].isdigit() else 500)
                cases.append((vendor.package, module, code, value))
    return cases


def _venv(versions: dict[str, str]) -> Path:
    """A venv with exactly ``versions`` (other packages at their constraints.txt pins where those fit)."""
    pins = _pins()
    wanted = [f"{name}=={version}" for name, version in sorted(versions.items())]
    wanted += [f"{tool}=={pins[tool]}" for tool in TOOLS]
    key = hashlib.sha256(json.dumps([wanted, sys.version]).encode()).hexdigest()[:16]
    home = CACHE / key
    python = home / "venv" / "bin" / "python"
    if (home / "ready").is_file():
        return python
    others = home / "constraints.txt"
    home.mkdir(parents=True, exist_ok=True)
    others.write_text("".join(f"{n}=={v}\n" for n, v in pins.items() if n not in versions and n not in TOOLS))
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--quiet"]
    download = [*pip, "download", "--only-binary=:all:", "-d", str(home / "wheels"), "-c", str(others), *wanted]
    _run(download, "downloading " + " ".join(wanted))
    venv.EnvBuilder(with_pip=True, clear=True).create(home / "venv")
    install = [str(python), "-m", "pip", "--disable-pip-version-check", "--quiet", "install", "--no-index"]
    _run([*install, "--find-links", str(home / "wheels"), *wanted], "installing " + " ".join(wanted))
    (home / "ready").write_text("\n".join(wanted) + "\n")
    return python


def _run(command: list[str], what: str, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(command, capture_output=True, text=True, check=False, cwd=ROOT, env=env)
    assert result.returncode == 0, f"{what} failed:\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}"
    return str(result.stdout)


@pytest.mark.parametrize("which", ["lowest", "pinned"])
def test_runtime_and_packages_work_at_both_ends_of_the_ranges(which: str, tmp_path: Path) -> None:
    versions = _versions(which)
    python = _venv(versions)
    out = _run([str(python), "-m", "pytest", "tests/runtime", "-q", "-x", "-p", "no:cacheprovider"], "tests/runtime")
    assert " passed" in out and "failed" not in out, out[-2000:]
    cases = _examples()
    (tmp_path / "cases.json").write_text(json.dumps(cases))
    env = {"PYTHONPATH": ":".join(str(p) for p in PROJECTS), "PATH": "/usr/bin:/bin"}
    run = _run([str(python), "-c", SMOKE, str(tmp_path / "cases.json"), json.dumps(versions)], "smoke", env=env)
    result = json.loads(run)
    assert result["parsed"] == len(cases) > 0
    installed = {name: Version(version) for name, version in result["versions"].items()}
    assert installed == {name: Version(version) for name, version in versions.items()}
