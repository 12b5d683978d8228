"""Strict YAML: a duplicate key or a syntax error is a ``SpecError`` naming the file and where, never a traceback."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .errors import SpecError
from .pointer import json_path

__all__ = ["load_yaml", "parse_yaml"]

_MERGE_TAG = "tag:yaml.org,2002:merge"


def load_yaml(path: Path) -> Any:
    """Parse the YAML file at ``path`` (safe types only). Duplicate keys are an error: PyYAML keeps the last one."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SpecError(str(path), "$", "file-read", str(exc)) from None
    return parse_yaml(text, str(path))


def parse_yaml(text: str, file: str) -> Any:
    """``load_yaml`` for text already read; ``file`` names it in errors."""
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        _refuse_duplicates(loader, node, file, [], set())
        return loader.construct_document(node)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "$"
        problem = getattr(exc, "problem", None) or str(exc)
        raise SpecError(file, where, "yaml-syntax", str(problem)) from None
    finally:
        loader.dispose()


def _refuse_duplicates(
    loader: yaml.SafeLoader, node: yaml.Node, file: str, trail: list[str | int], done: set[int]
) -> None:
    if id(node) in done:  # an alias seen before (or a recursive one)
        return
    done.add(id(node))
    if isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _refuse_duplicates(loader, item, file, [*trail, index], done)
    elif isinstance(node, yaml.MappingNode):
        seen: dict[Any, int] = {}
        for key_node, value_node in node.value:
            if key_node.tag == _MERGE_TAG:
                continue
            key = _key(loader, key_node)
            name: str | int = key if isinstance(key, int) and not isinstance(key, bool) else str(key)
            if key in seen:
                raise SpecError(
                    file,
                    json_path(*trail, name),
                    "duplicate-key",
                    f"key {key!r} appears twice (lines {seen[key]} and {key_node.start_mark.line + 1})",
                )
            seen[key] = key_node.start_mark.line + 1
            _refuse_duplicates(loader, value_node, file, [*trail, name], done)


def _key(loader: yaml.SafeLoader, key_node: yaml.Node) -> Any:
    """A hashable form of a mapping key (complex keys compare by their YAML text)."""
    if isinstance(key_node, yaml.ScalarNode):
        return loader.construct_object(key_node)
    return ("<complex key>", yaml.serialize(key_node))
