"""A bad spec or package config is refused with the file, the JSON path and the rule, never a traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any, cast

import pytest
import yaml

from generator.build import build_package
from speccore.errors import SpecError
from speccore.vendors import load_vendor

MINI = Path(__file__).parent / "fixtures" / "mini"


def _vendor_dir(tmp_path: Path, spec_text: str, package_text: str | None = None) -> Path:
    folder = tmp_path / "specs" / "broken"
    folder.mkdir(parents=True)
    (folder / "openapi.yaml").write_text(spec_text, encoding="utf-8")
    (folder / "package.yaml").write_text(package_text or (MINI / "package.yaml").read_text(), encoding="utf-8")
    return tmp_path / "specs"


def _mini() -> dict[str, Any]:
    return cast(dict[str, Any], yaml.safe_load((MINI / "openapi.yaml").read_text()))


def _build(tmp_path: Path, spec: dict[str, Any] | str, package_text: str | None = None) -> SpecError:
    text = spec if isinstance(spec, str) else yaml.safe_dump(spec, sort_keys=False)
    specs = _vendor_dir(tmp_path, text, package_text)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(SpecError) as info:
        build_package(load_vendor("broken", specs), out)
    assert info.value.file.endswith("openapi.yaml") or info.value.file.endswith("package.yaml")
    return info.value


def test_yaml_syntax_error_names_line(tmp_path: Path) -> None:
    error = _build(tmp_path, "openapi: 3.0.3\ninfo: {title: x\n")
    assert error.rule == "yaml-syntax"
    assert error.json_path.startswith("line ")


def test_duplicate_key_is_an_error(tmp_path: Path) -> None:
    text = (MINI / "openapi.yaml").read_text().replace("servers:", "info: {title: again, version: '2'}\nservers:", 1)
    error = _build(tmp_path, text)
    assert (error.rule, error.json_path) == ("duplicate-key", "$.info")
    assert "key 'info' appears twice" in error.message


def test_openapi_31_refused(tmp_path: Path) -> None:
    spec = _mini()
    spec["openapi"] = "3.1.0"
    error = _build(tmp_path, spec)
    assert (error.rule, error.json_path) == ("openapi-version", "$.openapi")


def test_schema_violation_names_json_path(tmp_path: Path) -> None:
    spec = _mini()
    del spec["paths"]["/accounts/{account_id}/recordings"]["get"]["responses"]["200"]["description"]
    error = _build(tmp_path, spec)
    assert error.rule.startswith("openapi:")
    assert "/accounts/{account_id}/recordings" in error.json_path
    assert "description" in error.message


def test_missing_operation_id(tmp_path: Path) -> None:
    spec = _mini()
    del spec["paths"]["/accounts/{account_id}/recordings"]["post"]["operationId"]
    error = _build(tmp_path, spec)
    assert error.rule == "operation-id"
    assert error.json_path == "$.paths['/accounts/{account_id}/recordings'].post"


def test_two_tags_refused(tmp_path: Path) -> None:
    spec = _mini()
    spec["paths"]["/accounts/{account_id}/recordings"]["get"]["tags"] = ["A", "B"]
    assert _build(tmp_path, spec).rule == "one-tag"


@pytest.mark.parametrize("value", [None, "List", "list-all"])
def test_method_name_required_and_snake_case(tmp_path: Path, value: str | None) -> None:
    spec = _mini()
    op = spec["paths"]["/accounts/{account_id}/recordings"]["get"]
    if value is None:
        del op["x-method-name"]
    else:
        op["x-method-name"] = value
    error = _build(tmp_path, spec)
    assert error.rule == "x-method-name"
    assert error.json_path.endswith(".get.x-method-name")


def test_duplicate_method_name_in_a_tag(tmp_path: Path) -> None:
    spec = _mini()
    spec["paths"]["/accounts/{account_id}/recordings"]["post"]["x-method-name"] = "list"
    error = _build(tmp_path, spec)
    assert error.rule == "x-method-name"
    assert "already used by GET /accounts/{account_id}/recordings" in error.message


def test_external_ref_refused(tmp_path: Path) -> None:
    spec = _mini()
    spec["components"]["schemas"]["Meta"] = {"$ref": "other.yaml#/Meta"}
    error = _build(tmp_path, spec)
    assert (error.rule, error.json_path) == ("local-refs", "$.components.schemas.Meta")


def test_unsupported_security_scheme(tmp_path: Path) -> None:
    spec = _mini()
    spec["components"]["securitySchemes"]["clientId"] = {"type": "apiKey", "in": "cookie", "name": "c"}
    error = _build(tmp_path, spec)
    assert error.rule == "supported-auth"
    assert error.json_path == "$.components.securitySchemes.clientId"


def test_pagination_pointing_at_a_missing_param(tmp_path: Path) -> None:
    spec = _mini()
    spec["paths"]["/accounts/{account_id}/recordings"]["get"]["x-pagination"]["page-param"] = "page_no"
    error = _build(tmp_path, spec)
    assert error.rule == "x-pagination"
    assert error.json_path.endswith(".get.x-pagination")


def test_bad_package_config(tmp_path: Path) -> None:
    error = _build(tmp_path, _mini(), package_text="distribution: x\npackage: Not-A-Package\n")
    assert error.file.endswith("package.yaml")
    assert error.rule == "package-config"


def test_cli_prints_one_clear_line_and_exits_2(tmp_path: Path, root: Path) -> None:
    spec = _mini()
    del spec["paths"]["/accounts/{account_id}/recordings"]["post"]["operationId"]
    specs = _vendor_dir(tmp_path, yaml.safe_dump(spec, sort_keys=False))
    result = subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--specs", str(specs), "--out", str(tmp_path / "out")],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "broken/openapi.yaml: $.paths['/accounts/{account_id}/recordings'].post: [operation-id]" in result.stderr
    assert not (tmp_path / "out" / "mini-recordings").exists()


def test_dangling_local_ref(tmp_path: Path) -> None:
    spec = _mini()
    spec["components"]["schemas"]["RecordingList"]["properties"]["meta"] = {"$ref": "#/components/schemas/Nope"}
    error = _build(tmp_path, spec)
    assert (error.rule, error.json_path) == ("ref-resolves", "$.components.schemas.RecordingList.properties.meta")
