"""Pairing two surfaces: which operations and items are on one side only, and which facts differ."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

from ._schema import FACT_KEYS
from ._surface import Item, Operation

__all__ = ["Delta", "describe", "fact_changes", "item_deltas", "nested_count", "show"]

_ORDER = {key: index for index, key in enumerate(("required", "media type", "name", "style", "explode", *FACT_KEYS))}


@dataclasses.dataclass(frozen=True)
class Delta:
    """One item present on one side only (``before`` or ``after`` is ``None``), or present on both with ``changed``
    facts."""

    key: tuple[str, str]
    before: Item | None
    after: Item | None
    changed: tuple[str, ...] = ()


def fact_changes(before: dict[str, Any], after: dict[str, Any], ignore: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Names of the facts that differ (a fact stated on one side only differs too), in report order."""
    keys = (before.keys() | after.keys()) - set(ignore)
    differ = (k for k in keys if not _same(k, before.get(k), after.get(k)))
    return tuple(sorted(differ, key=lambda k: (_ORDER.get(k, 99), k)))


def _same(key: str, before: Any, after: Any) -> bool:
    if key == "enum" and before is not None and after is not None:
        return sorted(map(repr, before)) == sorted(map(repr, after))  # the order of enum values means nothing
    return isinstance(before, bool) == isinstance(after, bool) and bool(before == after)  # 1 == 1.0, True != 1


def item_deltas(before: Operation, after: Operation, ignore: tuple[str, ...] = ()) -> Iterator[Delta]:
    """Items on one side only (the outermost: fields inside a missing object are not listed again), then changed
    items (facts in ``ignore`` aside), in the order of ``after`` followed by what only ``before`` has."""
    keys = list(after.items) + [k for k in before.items if k not in after.items]
    for key in keys:
        old, new = before.items.get(key), after.items.get(key)
        if old is None or new is None:
            only = old or new
            assert only is not None
            side = before if new is None else after
            other = after if new is None else before
            parent = only.parent
            if parent is not None and parent in side.items and parent not in other.items:
                continue
            yield Delta(key, old, new)
        elif changed := fact_changes(old.facts, new.facts, ignore):
            yield Delta(key, old, new, changed)


def nested_count(operation: Operation, item: Item) -> int:
    """How many fields sit inside ``item`` (for "object with N nested fields")."""
    prefixes = (f"{item.field}.", f"{item.field}[]") if item.field else ("",)
    return sum(
        1
        for other in operation.items.values()
        if other.area == item.area and other.field != item.field and other.field.startswith(prefixes)
    )


def show(value: Any) -> str:
    """A fact value as report text; ``—`` when not stated."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, tuple | list):
        return ", ".join(f"`{v}`" for v in value)
    return f"`{value}`"


def describe(facts: dict[str, Any]) -> str:
    """A one-line summary of an item: ``string (uuid), required, nullable, enum `a`, `b` ...``."""
    if facts.get("media type") == "(none)":
        return "no body"
    parts = [str(facts.get("type", "any")) + (f" ({facts['format']})" if "format" in facts else "")]
    for flag in ("required", "nullable", "readOnly", "writeOnly"):
        if facts.get(flag) is True:
            parts.append(flag)
    for key in sorted(facts, key=lambda k: (_ORDER.get(k, 99), k)):
        if key not in ("type", "format", "required", "nullable", "readOnly", "writeOnly", "style", "explode"):
            parts.append(f"{key} {show(facts[key])}")
    return ", ".join(parts)
