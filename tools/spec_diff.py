"""``python -m tools spec-diff --base REF``: what changed in each spec since a git ref, breaking or not.

Follows the table in specs/README.md. Breaking: a removed operation, parameter, request or response field, 2xx
response, enum value or schema; a renamed operationId, x-method-name, tag (the client attribute) or path parameter;
a changed type, format or media type; a narrowed request constraint (smaller maximum/maxLength/maxItems, larger
minimum/minLength/minItems, new or changed pattern, a new enum restriction); a new required parameter or request
field, optional → required in a request, required → optional or non-null → nullable in a response, nullable →
non-null in a request; a removed security alternative. Everything else (additions, widened constraints, defaults,
flags, error responses) is listed as non-breaking. Descriptions and examples are not compared. Operation extensions
that change the client (``x-destructive``, ``x-pagination``, ``x-waiter``, ``x-idempotent``) are compared: a new or
changed ``x-destructive`` is breaking (callers must opt in), and so is a removed ``x-pagination`` or ``x-waiter``.
"""

from __future__ import annotations

import argparse
import dataclasses
import subprocess
from collections.abc import Iterator
from typing import Any

import yaml

from speccore.paths import ROOT
from speccore.vendors import discover

from ._compare import describe, fact_changes, item_deltas, show
from ._surface import Item, Operation, Surface, surface

__all__ = ["Change", "add_arguments", "diff_specs", "run"]

_UPPER = ("maximum", "exclusiveMaximum", "maxLength", "maxItems")
_LOWER = ("minimum", "exclusiveMinimum", "minLength", "minItems")
_RENAMES = ("operationId", "x-method-name", "tag")


@dataclasses.dataclass(frozen=True)
class Change:
    breaking: bool
    where: str  # "GET /recordings/{id}" or "components.schemas"
    message: str

    def __str__(self) -> str:
        return f"{'BREAKING' if self.breaking else 'ok      '}  {self.where}: {self.message}"


def diff_specs(before: dict[str, Any], after: dict[str, Any]) -> list[Change]:
    """Every change from ``before`` to ``after`` (two OpenAPI documents as dicts)."""
    old, new = surface(before), surface(after)
    changes: list[Change] = []
    for key, op in old.operations.items():
        if key not in new.operations:
            changes.append(Change(True, op.title, "operation removed"))
    for key, op in new.operations.items():
        if key not in old.operations:
            changes.append(Change(False, op.title, "operation added"))
        else:
            changes += _operation_changes(old.operations[key], op)
    changes += _schema_changes(old, new)
    return changes


def _schema_changes(old: Surface, new: Surface) -> list[Change]:
    removed = [
        Change(True, "components.schemas", f"schema `{n}` removed or renamed")
        for n in old.schemas
        if n not in new.schemas
    ]
    added = [Change(False, "components.schemas", f"schema `{n}` added") for n in new.schemas if n not in old.schemas]
    return removed + added


def _operation_changes(old: Operation, new: Operation) -> Iterator[Change]:
    for name in fact_changes(old.facts, new.facts):
        before, after = old.facts.get(name), new.facts.get(name)
        breaking = (
            name in _RENAMES
            or (name == "security" and not _keeps_alternatives(before, after))
            or (name == "x-destructive" and after is not None)  # callers must now opt in (or opt in differently)
            or (name in ("x-pagination", "x-waiter") and after is None)  # the iter_*/wait_* method disappears
        )
        yield Change(breaking, new.title, f"{name} changed: {show(before)} → {show(after)}")
    for delta in item_deltas(old, new):
        if delta.before is None:
            assert delta.after is not None
            yield _added(new, delta.after)
        elif delta.after is None:
            yield _removed(old, delta.before)
        else:
            for name in delta.changed:
                yield _changed(new, delta.after, name, delta.before.facts.get(name), delta.after.facts.get(name))


def _keeps_alternatives(before: Any, after: Any) -> bool:
    return set(str(before or "").split(" | ")) <= set(str(after or "").split(" | "))


def _is_response(item: Item) -> bool:
    return item.area.startswith("response ")


def _added(op: Operation, item: Item) -> Change:
    required = item.facts.get("required") is True
    breaking = required and not _is_response(item)
    return Change(breaking, op.title, f"{op.label(item)} added ({describe(item.facts)})")


def _removed(op: Operation, item: Item) -> Change:
    status = item.area.removeprefix("response ")
    error_response = _is_response(item) and not item.field and not status.startswith("2")
    return Change(not error_response, op.title, f"{op.label(item)} removed")


def _changed(op: Operation, item: Item, name: str, before: Any, after: Any) -> Change:
    text = f"{op.label(item)}: {name} {show(before)} → {show(after)}"
    return Change(_breaking(name, before, after, response=_is_response(item)), op.title, text)


def _breaking(name: str, before: Any, after: Any, *, response: bool) -> bool:
    """Whether changing fact ``name`` from ``before`` to ``after`` breaks clients (``None`` = not stated)."""
    if name in ("type", "format", "media type", "name", "style", "explode"):
        return True
    if name == "required":
        return bool(before and not after) if response else bool(after and not before)
    if name == "nullable":
        return bool(after and not before) if response else bool(before and not after)
    if name == "enum":
        if before is None:
            return True  # a new enum restriction
        return after is not None and not {repr(v) for v in before} <= {repr(v) for v in after}  # values removed
    if response:
        return False  # constraints on what the server sends: narrowing is a stronger promise
    if name in _UPPER:
        return after is not None and (before is None or after < before)
    if name in _LOWER:
        return after is not None and (before is None or after > before)
    if name == "pattern":
        return after is not None
    return False  # default, readOnly, writeOnly


def _load_at(ref: str, path: str) -> dict[str, Any] | None:
    """The spec at ``path`` in git ``ref``; ``None`` when it does not exist there."""
    shown = subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{ref}:{path}"], capture_output=True, text=True, check=False
    )
    if shown.returncode != 0:
        if "exists on disk, but not in" in shown.stderr or "does not exist in" in shown.stderr:
            return None
        raise RuntimeError(f"git show {ref}:{path}: {shown.stderr.strip()}")
    data = yaml.safe_load(shown.stdout)
    return data if isinstance(data, dict) else {}


def _load_current(path: str) -> dict[str, Any]:
    """The spec at ``path`` in the working tree (``{}`` when it was deleted)."""
    current = ROOT / path
    data = yaml.safe_load(current.read_text(encoding="utf-8")) if current.is_file() else {}
    return data if isinstance(data, dict) else {}


def _vendors_at(ref: str) -> list[str]:
    listed = subprocess.run(
        ["git", "-C", str(ROOT), "ls-tree", "-r", "--name-only", ref, "--", "specs"],
        capture_output=True,
        text=True,
        check=False,
    )
    return sorted(
        line.split("/")[1]
        for line in listed.stdout.splitlines()
        if line.endswith("/openapi.yaml") and line.count("/") == 2
    )


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--base", required=True, help="git ref to compare against (e.g. origin/main)")
    parser.add_argument("--vendor", help="only this vendor")
    parser.add_argument("--allow-breaking", action="store_true", help="exit 0 even when a change is breaking")


def run(args: argparse.Namespace) -> int:
    vendors = [args.vendor] if args.vendor else sorted(set(discover()) | set(_vendors_at(args.base)))
    breaking = 0
    for vendor in vendors:
        path = f"specs/{vendor}/openapi.yaml"
        before = _load_at(args.base, path) or {}
        changes = diff_specs(before, _load_current(path))
        count = sum(c.breaking for c in changes)
        breaking += count
        print(f"== {vendor}: {len(changes)} change(s), {count} breaking (vs {args.base})")
        for change in sorted(changes, key=lambda c: not c.breaking):
            print(f"  {change}")
    if breaking and not args.allow_breaking:
        print(f"{breaking} breaking change(s): bump the major version in package.yaml, or pass --allow-breaking")
        return 1
    return 0
