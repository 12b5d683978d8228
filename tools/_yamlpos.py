"""Line numbers for JSON paths in a YAML file (for findings that only know where in the document they are)."""

from __future__ import annotations

import ast
import re
from collections.abc import Sequence
from pathlib import Path

import yaml

__all__ = ["line_of", "parse_json_path"]

_TOKEN = re.compile(r"\.([\w-]+)|\[(\d+)\]|\[('(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\")\]")
_LINE = re.compile(r"line (\d+)")


def parse_json_path(text: str) -> list[str | int]:
    """``$.paths['/a/{id}'].get.tags[0]`` → ``['paths', '/a/{id}', 'get', 'tags', 0]`` (as generator.spec writes)."""
    parts: list[str | int] = []
    for match in _TOKEN.finditer(text.removeprefix("$")):
        name, index, quoted = match.groups()
        parts.append(name if name is not None else int(index) if index is not None else str(ast.literal_eval(quoted)))
    return parts


def line_of(path: Path, where: str | Sequence[str | int]) -> int:
    """1-based line of the deepest node of ``where`` found in the YAML file (1 when none; ``line N, ...`` as is)."""
    if isinstance(where, str):
        if match := _LINE.match(where):
            return int(match.group(1))
        where = parse_json_path(where)
    try:
        node = yaml.compose(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        return 1
    line = 1
    for part in where:
        if isinstance(node, yaml.MappingNode):
            # the last of equal keys: the one PyYAML keeps, and the one a duplicate-key error is about
            pair = next(((k, v) for k, v in reversed(node.value) if k.value == str(part)), None)
            if pair is None:
                break
            line, node = pair[0].start_mark.line + 1, pair[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
            line = node.start_mark.line + 1
        else:
            break
    return line
