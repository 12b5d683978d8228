"""Where things are, how the generated packages and the SDKs are imported, and what machine we run on.

The generated packages are imported straight from generated/<distribution>/ (as tests/conftest.py does), and the
packages outside bench/ (mock, generated clients, official SDKs) through :func:`load`, so that ``mypy --strict bench``
checks only this package and does not crawl the thousands of modules of the ``cloudflare`` SDK.
"""

from __future__ import annotations

import datetime
import importlib
import importlib.metadata
import os
import platform
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import psutil  # type: ignore[import-untyped]

from speccore.paths import ROOT

__all__ = [
    "NODE_DIR",
    "PRISM_BIN",
    "PYTHON",
    "ROOT",
    "add_import_paths",
    "load",
    "load_average",
    "machine",
    "prism_version",
]

PYTHON = sys.executable
NODE_DIR = ROOT / "bench" / "node"
PRISM_BIN = NODE_DIR / "node_modules" / ".bin" / "prism"

_VERSIONED = (
    "httpx",
    "httpcore",
    "h11",
    "cloudflare",
    "telnyx",
    "pydantic",
    "pydantic-core",
    "attrs",
    "uvicorn",
    "starlette",
    "psutil",
)


def add_import_paths() -> None:
    """Make the repository root (mock, bench) and every generated/<distribution>/ importable."""
    for path in [ROOT, *sorted((ROOT / "generated").glob("*/"))]:
        text = str(path)
        if text not in sys.path:
            sys.path.insert(0, text)


def load(module: str) -> Any:
    """Import ``module`` (a generated package, the mock or an SDK) as an untyped module object."""
    add_import_paths()
    return importlib.import_module(module)


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _version(distribution: str) -> str:
    try:
        return importlib.metadata.version(distribution)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def _command_output(*command: str) -> str:
    if shutil.which(command[0]) is None and not Path(command[0]).exists():
        return "not installed"
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return "not available"
    return (done.stdout or done.stderr).strip().splitlines()[0] if (done.stdout or done.stderr).strip() else "?"


def prism_version() -> str:
    return _command_output(str(PRISM_BIN), "--version") if PRISM_BIN.exists() else "not installed"


def _generated_versions() -> dict[str, str]:
    versions: dict[str, str] = {}
    for project in sorted((ROOT / "generated").glob("*/pyproject.toml")):
        for line in project.read_text().splitlines():
            if line.startswith("version"):
                versions[project.parent.name] = line.split("=", 1)[1].strip().strip('"')
                break
    return versions


def load_average() -> str:
    return "{:.2f} {:.2f} {:.2f}".format(*os.getloadavg()) if hasattr(os, "getloadavg") else "?"


def machine() -> dict[str, Any]:
    """The facts BENCHMARKS.md records next to the numbers."""
    memory = psutil.virtual_memory().total
    return {
        "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "cpu": _cpu_model(),
        "logical_cpus": psutil.cpu_count(logical=True) or 1,
        "cores": f"{psutil.cpu_count(logical=True)} logical ({psutil.cpu_count(logical=False) or '?'} physical)",
        "ram": f"{memory / 2**30:.1f} GiB",
        "os": f"{platform.system()} {platform.release()} ({platform.machine()})",
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "load": load_average(),
        "packages": {name: _version(name) for name in _VERSIONED},
        "generated": _generated_versions(),
        "node": _command_output("node", "--version"),
        "prism": prism_version(),
    }
