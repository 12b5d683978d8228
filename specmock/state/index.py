"""Indexes of one collection, kept up to date on every write: items in a sort order, and items per field value.

A list then costs O(page + log n) when no filter needs a scan: the order is never rebuilt (an insert, move or removal
is a bisection plus a list insert/delete), and an equality filter reads its bucket, already in order.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator, Mapping
from typing import Any

__all__ = ["OrderIndex", "ValueIndex", "sort_entry"]

SortKey = Callable[[Mapping[str, Any]], tuple[int, Any]]  # (group, comparable); group 3 = missing
Entry = Callable[[Mapping[str, Any], int], tuple[Any, ...]]  # (item, insertion number) -> position key


class _Reversed:
    """Inverts the order of a comparable value (descending sorts, ties kept in insertion order)."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value

    def __lt__(self, other: _Reversed) -> bool:
        return bool(other.value < self.value)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Reversed) and bool(self.value == other.value)

    __hash__ = None  # type: ignore[assignment]


def sort_entry(sort_key: SortKey, descending: bool, then: Entry | None = None) -> Entry:
    """Position keys for ``sort_items`` order: by the field, ties by ``then`` (else insertion), missing/null last."""

    def entry(item: Mapping[str, Any], seq: int) -> tuple[Any, ...]:
        tie = then(item, seq) if then is not None else seq
        group, value = sort_key(item)
        if group == 3:  # missing or null: last, in their previous order, in either direction
            return (1, 0, tie)
        return (0, _Reversed((group, value)) if descending else (group, value), tie)

    return entry


class OrderIndex:
    """Items in the order their ``entry`` keys give, kept sorted through inserts, moves and removals."""

    def __init__(self, entry: Entry) -> None:
        self._entry = entry
        self._keys: list[tuple[Any, ...]] = []
        self.items: list[dict[str, Any]] = []  # in order; shared, callers must not modify it
        self._entries: dict[str, tuple[Any, ...]] = {}

    def put(self, key: str, item: dict[str, Any], seq: int) -> None:
        """Insert ``item`` or move it to where its current values put it."""
        entry = self._entry(item, seq)
        old = self._entries.get(key)
        if old is not None:
            if old == entry:
                self.items[bisect.bisect_left(self._keys, entry)] = item  # same place (maybe a new object)
                return
            self._delete(old)
        position = bisect.bisect_left(self._keys, entry)
        self._keys.insert(position, entry)
        self.items.insert(position, item)
        self._entries[key] = entry

    def remove(self, key: str) -> None:
        old = self._entries.pop(key, None)
        if old is not None:
            self._delete(old)

    def _delete(self, entry: tuple[Any, ...]) -> None:
        position = bisect.bisect_left(self._keys, entry)
        del self._keys[position]
        del self.items[position]

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return iter(self.items)


class ValueIndex:
    """Items per value of one field (strings, numbers, booleans, null), each bucket in the collection's order."""

    def __init__(self, getter: Callable[[Mapping[str, Any]], Any], order: Callable[[], OrderIndex]) -> None:
        self._getter = getter
        self._order = order
        self._buckets: dict[tuple[type, Any], OrderIndex] = {}
        self._values: dict[str, tuple[type, Any]] = {}

    @staticmethod
    def _bucket_key(value: Any) -> tuple[type, Any]:
        """Values of another type never share a bucket (``1``, ``True`` and ``"1"`` differ, as filters see them)."""
        if isinstance(value, str | int | float | bool) or value is None:
            return (type(value), value)
        return (object, _UNINDEXED)

    def put(self, key: str, item: dict[str, Any], seq: int) -> None:
        bucket_key = self._bucket_key(self._getter(item))
        old = self._values.get(key)
        if old is not None and old != bucket_key:
            self._buckets[old].remove(key)
        bucket = self._buckets.get(bucket_key)
        if bucket is None:
            bucket = self._buckets[bucket_key] = self._order()
        bucket.put(key, item, seq)
        self._values[key] = bucket_key

    def remove(self, key: str) -> None:
        old = self._values.pop(key, None)
        if old is not None:
            self._buckets[old].remove(key)

    def bucket(self, value: Any) -> list[dict[str, Any]]:
        """The items whose field equals ``value`` exactly (same type), in order."""
        found = self._buckets.get(self._bucket_key(value))
        return found.items if found is not None else []


_UNINDEXED: Any = object()  # containers: one bucket that eq filters never ask for
