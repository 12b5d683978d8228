"""No vendor name in generic code: the generator, the runtime, the templates, the spec core, the mock and the contract
runners work from the specs alone. Vendor names are read from ``specs/`` (every vendor folder, its package and client
names), so a new vendor is covered without editing this test.

Docstrings and comments may name a vendor as an example; code (identifiers and other string literals) may not.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from speccore.paths import ROOT
from speccore.vendors import discover, load_vendor

GENERIC_PYTHON = ("generator", "speccore", "specmock", "contract", "recordings")
GENERIC_TEMPLATES = ("generator/templates",)


def vendor_words() -> set[str]:
    words: set[str] = set()
    for key in discover():
        vendor = load_vendor(key)
        words |= {key, vendor.package, vendor.client_class, vendor.distribution}
    return {word.lower() for word in words}


def _docstring_nodes(tree: ast.AST) -> set[int]:
    ids: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                ids.add(id(first.value))
    return ids


def code_words(source: str) -> Iterator[tuple[int, str]]:
    """(line, text) of every identifier and non-docstring string literal in ``source``."""
    tree = ast.parse(source)
    docstrings = _docstring_nodes(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            yield node.lineno, node.value
        elif isinstance(node, ast.Name):
            yield node.lineno, node.id
        elif isinstance(node, ast.Attribute):
            yield node.lineno, node.attr
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            yield node.lineno, node.name
        elif isinstance(node, ast.arg):
            yield node.lineno, node.arg
        elif isinstance(node, ast.alias):
            yield node.lineno, node.name


def python_violations(path: Path, words: set[str]) -> list[str]:
    found = []
    for line, text in code_words(path.read_text(encoding="utf-8")):
        lowered = text.lower()
        found += [f"{path}:{line}: {word!r} in {text[:60]!r}" for word in sorted(words) if word in lowered]
    return found


def template_violations(path: Path, words: set[str]) -> list[str]:
    found = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        found += [f"{path}:{number}: {word!r}" for word in sorted(words) if word in line.lower()]
    return found


def generic_files() -> Iterator[Path]:
    for folder in GENERIC_PYTHON:
        yield from sorted((ROOT / folder).rglob("*.py"))


def test_vendor_names_come_from_the_specs() -> None:
    words = vendor_words()
    keys = discover()
    assert keys, "no vendor found under specs/"
    assert {key.lower() for key in keys} <= words
    assert all(len(word) >= 3 for word in words), words  # a short word would match everywhere


def test_no_vendor_name_in_generic_python_code() -> None:
    words = vendor_words()
    files = list(generic_files())
    assert files, "no generic code found: the folder names in this test are stale"
    violations = [v for path in files for v in python_violations(path, words)]
    assert not violations, "vendor names in generic code (put the fact in the spec as an x- extension):\n" + "\n".join(
        violations
    )


def test_no_vendor_name_in_templates() -> None:
    words = vendor_words()
    templates = [path for folder in GENERIC_TEMPLATES for path in sorted((ROOT / folder).rglob("*.jinja"))]
    assert templates
    violations = [v for path in templates for v in template_violations(path, words)]
    assert not violations, "\n".join(violations)


@pytest.mark.parametrize(
    ("source", "flagged"),
    [
        ('if vendor == "acme":\n    pass\n', True),
        ("acme_client = 1\n", True),
        ("import acme_recordings\n", True),
        ("def f(acme):\n    return acme\n", True),
        ('"""Works for any vendor, e.g. acme."""\n', False),
        ('def f():\n    """Like acme does."""\n    return 1\n', False),
        ("x = 1  # acme sends this\n", False),
    ],
)
def test_checker_flags_code_but_not_docs(tmp_path: Path, source: str, flagged: bool) -> None:
    path = tmp_path / "planted.py"
    path.write_text(source, encoding="utf-8")
    assert bool(python_violations(path, {"acme"})) is flagged
