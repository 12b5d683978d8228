"""One vendor's package: openapi-python-client with our templates, then runtime, headers, formatting, manifest."""

from __future__ import annotations

import contextlib
import hashlib
import io
import shutil
import subprocess
import sys
from collections.abc import Sequence
from importlib.metadata import version
from pathlib import Path

from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError

from speccore.operations import iter_operations
from speccore.vendors import Vendor

from . import __version__
from .context import SpecIndex
from .errors import GenerationError
from .recordings import recordings_plan
from .spec import load_spec, validate_spec
from .typemap import generation_view

__all__ = ["build_package"]

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
RUNTIME = HERE / "runtime"
OPTIONAL_RUNTIME = {"_jwt.py": "x-jwt", "_webhooks.py": "x-webhooks"}  # copied only when the spec has the extension
_COMMENT = {".md": ("<!-- ", " -->")}


def build_package(vendor: Vendor, out_dir: Path) -> Path:
    """Write ``vendor``'s package into ``out_dir/<distribution>`` (which must not exist) and return that path."""
    spec = load_spec(vendor.spec_path)
    validate_spec(spec, vendor.spec_path)
    project_dir = out_dir / vendor.distribution
    config = Config.from_sources(
        ConfigFile(
            project_name_override=vendor.distribution,
            package_name_override=vendor.package,
            package_version_override=vendor.version,
            post_hooks=[],
        ),
        meta_type=MetaType.UV,
        document_source=vendor.spec_path,
        file_encoding="utf-8",
        overwrite=False,
        output_path=project_dir,
    )
    index = SpecIndex(spec, vendor)
    data = GeneratorData.from_dict(generation_view(spec), config=config)
    if isinstance(data, GeneratorError):
        raise GenerationError(_describe([data], vendor))
    project = Project(openapi=data, config=config, custom_template_path=TEMPLATES)
    project.env.globals.update(x=index, vendor=vendor)
    with contextlib.redirect_stdout(io.StringIO()):
        problems = project.build()
    if problems:
        raise GenerationError(_describe(problems, vendor))
    package_dir = project_dir / vendor.package
    _write_resources(project, package_dir / "resources")
    _write_recordings(project, index, package_dir)
    _write_webhooks(project, package_dir, index)
    wanted = {"x-jwt": index.jwt_scheme() is not None, "x-webhooks": bool(spec.get("x-webhooks"))}
    _copy_runtime(package_dir / "_runtime", wanted=wanted)
    _ruff(["check", "--fix-only", "--quiet", "."], project_dir)
    _write_manifest(project_dir, vendor, operations=sum(1 for _ in iter_operations(spec)))
    _copy_changelog(vendor, project_dir)
    _stamp_headers(project_dir, vendor.header)
    _ruff(["format", "--quiet", "."], project_dir)
    _check_headers(project_dir, vendor.header)
    return project_dir


def _describe(problems: Sequence[GeneratorError], vendor: Vendor) -> str:
    lines = [f"{vendor.spec_relpath}: openapi-python-client reported problems (warnings are errors here):"]
    for problem in problems:
        lines.append(f"  - {problem.header}: {problem.detail or ''}".rstrip(": "))
    return "\n".join(lines)


def _write_resources(project: Project, target: Path) -> None:
    """One module per tag (``resource_module.py.jinja``): the resource classes ``client.py`` wires together."""
    target.mkdir()
    module = project.env.get_template("resource_module.py.jinja")
    for tag, collection in project.openapi.endpoint_collections_by_tag.items():
        (target / f"{tag}.py").write_text(module.render(tag=tag, collection=collection), encoding="utf-8")
    init = project.env.get_template("resources_init.py.jinja")
    (target / "__init__.py").write_text(init.render(), encoding="utf-8")


def _write_recordings(project: Project, index: SpecIndex, package_dir: Path) -> None:
    """``<package>/_recordings.py`` (``recordings_adapter.py.jinja``): the ``recordings.vendors`` entry point's
    adapter, when the spec has ``x-recordings``."""
    endpoints = {
        index.operation_id(endpoint): (str(tag), endpoint)
        for tag, collection in project.openapi.endpoint_collections_by_tag.items()
        for endpoint in collection.endpoints
    }
    plan = recordings_plan(index.spec, index.vendor.spec_relpath, endpoints)
    if plan is not None:
        module = project.env.get_template("recordings_adapter.py.jinja")
        (package_dir / "_recordings.py").write_text(module.render(plan=plan), encoding="utf-8")


def _write_webhooks(project: Project, package_dir: Path, index: SpecIndex) -> None:
    """``webhooks.py`` (``webhooks.py.jinja``) when the spec has ``x-webhooks``: typed events and verification."""
    if index.spec.get("x-webhooks"):
        module = project.env.get_template("webhooks.py.jinja")
        (package_dir / "webhooks.py").write_text(module.render(openapi=project.openapi), encoding="utf-8")


def _copy_runtime(target: Path, *, wanted: dict[str, bool]) -> None:
    target.mkdir(parents=True)
    for source in sorted(RUNTIME.glob("*.py")):
        if source.name in OPTIONAL_RUNTIME and not wanted.get(OPTIONAL_RUNTIME[source.name]):
            continue
        shutil.copyfile(source, target / source.name)


def _copy_changelog(vendor: Vendor, project_dir: Path) -> None:
    """The spec's CHANGELOG.md (``make changelog``), when there is one, ships with the package."""
    changelog = vendor.spec_path.parent / "CHANGELOG.md"
    if changelog.is_file():
        shutil.copyfile(changelog, project_dir / "CHANGELOG.md")


def _ruff(args: list[str], cwd: Path) -> None:
    ruff = Path(sys.executable).parent / "ruff"
    if not ruff.exists():
        raise GenerationError(f"the pinned ruff is missing next to {sys.executable}; run `make bootstrap`")
    result = subprocess.run([str(ruff), *args, "--no-cache"], cwd=cwd, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise GenerationError(f"ruff {' '.join(args)} failed in {cwd}:\n{result.stdout}{result.stderr}")


def _generator_digest() -> str:
    """Hash of every file of the generator and of ``speccore/``, which reads the specs for it."""
    digest = hashlib.sha256()
    for base in (HERE, HERE.parent / "speccore"):
        for path in sorted(p for p in base.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
            digest.update(path.relative_to(HERE.parent).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _write_manifest(project_dir: Path, vendor: Vendor, *, operations: int) -> None:
    lines = [
        f"spec: {vendor.spec_relpath}",
        f"spec-sha256: {hashlib.sha256(vendor.spec_path.read_bytes()).hexdigest()}",
        f"package-config-sha256: {hashlib.sha256(vendor.package_path.read_bytes()).hexdigest()}",
        f"generator-version: {__version__}",
        f"generator-sha256: {_generator_digest()}",
        f"openapi-python-client: {version('openapi-python-client')}",
        f"ruff: {version('ruff')}",
        f"operations: {operations}",
        f"package-version: {vendor.version}",
    ]
    (project_dir / "GENERATION.yml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def runtime_header(name: str) -> str:
    """The fixed first line of a runtime copy: it names the hand-written file it was copied from."""
    return f"Copied from {(RUNTIME / name).relative_to(HERE.parent).as_posix()} by `make generate`. Do not edit."


def _header_for(path: Path, header: str) -> str:
    if path.parent.name == "_runtime" and (RUNTIME / path.name).is_file():
        header = runtime_header(path.name)
    start, end = _COMMENT.get(path.suffix, ("# ", ""))
    return f"{start}{header}{end}\n"


def _stamp_headers(project_dir: Path, header: str) -> None:
    for path in sorted(p for p in project_dir.rglob("*") if p.is_file()):
        text = path.read_text(encoding="utf-8")
        path.write_text(_header_for(path, header) + text, encoding="utf-8")


def _check_headers(project_dir: Path, header: str) -> None:
    for path in sorted(p for p in project_dir.rglob("*") if p.is_file()):
        first = path.read_text(encoding="utf-8").split("\n", 1)[0] + "\n"
        if first != _header_for(path, header):
            raise GenerationError(f"{path.relative_to(project_dir)} lost its generated-file header")
