"""speccore.yamlfile: strict loading, duplicate keys named by file and JSON path, syntax errors without traceback."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from speccore.errors import SpecError
from speccore.yamlfile import load_yaml, parse_yaml


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "doc.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_loads_safe_yaml_like_pyyaml(tmp_path: Path) -> None:
    path = _write(tmp_path, "a: 1\nb: [x, {c: true}]\nd: 2024-01-02\n'/a~1b': {get: {}}\n")
    assert load_yaml(path) == {"a": 1, "b": ["x", {"c": True}], "d": datetime.date(2024, 1, 2), "/a~1b": {"get": {}}}


def test_empty_document_is_none(tmp_path: Path) -> None:
    assert load_yaml(_write(tmp_path, "")) is None


def test_duplicate_top_level_key(tmp_path: Path) -> None:
    path = _write(tmp_path, "openapi: 3.0.3\ninfo: {}\nopenapi: 3.0.0\n")
    with pytest.raises(SpecError) as info:
        load_yaml(path)
    error = info.value
    assert (error.file, error.json_path, error.rule) == (str(path), "$.openapi", "duplicate-key")
    assert "lines 1 and 3" in error.message


def test_duplicate_nested_key_names_its_json_path(tmp_path: Path) -> None:
    text = "paths:\n  /rooms:\n    get: {}\n  /other:\n    post: {}\n    post: {}\n"
    with pytest.raises(SpecError) as info:
        load_yaml(_write(tmp_path, text))
    assert info.value.json_path == "$.paths['/other'].post"


def test_duplicate_key_inside_a_list(tmp_path: Path) -> None:
    text = "parameters:\n  - name: a\n  - name: b\n    in: query\n    in: path\n"
    with pytest.raises(SpecError) as info:
        load_yaml(_write(tmp_path, text))
    assert info.value.json_path == "$.parameters[1].in"


def test_same_key_in_sibling_mappings_is_fine(tmp_path: Path) -> None:
    assert load_yaml(_write(tmp_path, "a: {x: 1}\nb: {x: 2}\n")) == {"a": {"x": 1}, "b": {"x": 2}}


def test_keys_equal_after_parsing_are_duplicates(tmp_path: Path) -> None:
    # "1" and "0x1" are the same integer key once parsed; PyYAML would silently keep the last.
    with pytest.raises(SpecError) as info:
        load_yaml(_write(tmp_path, "codes:\n  1: a\n  0x1: b\n"))
    assert info.value.rule == "duplicate-key"


def test_merge_keys_may_be_overridden(tmp_path: Path) -> None:
    text = "base: &b {x: 1, y: 2}\nchild:\n  <<: *b\n  x: 3\n"
    assert load_yaml(_write(tmp_path, text))["child"] == {"x": 3, "y": 2}


def test_syntax_error_names_line_and_column(tmp_path: Path) -> None:
    path = _write(tmp_path, "a: 1\nb: [unclosed\n")
    with pytest.raises(SpecError) as info:
        load_yaml(path)
    assert info.value.rule == "yaml-syntax"
    assert info.value.file == str(path)
    assert info.value.json_path.startswith("line ")


def test_unsafe_tag_is_refused() -> None:
    with pytest.raises(SpecError) as info:
        parse_yaml("x: !!python/object/apply:os.system ['true']\n", "evil.yaml")
    assert (info.value.file, info.value.rule) == ("evil.yaml", "yaml-syntax")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(SpecError) as info:
        load_yaml(tmp_path / "absent.yaml")
    assert info.value.rule == "file-read"
