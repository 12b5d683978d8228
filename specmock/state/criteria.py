"""Criteria (``when``/``match`` in mock.yaml) and list filters (``filters``) evaluated against stored items."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Mapping
from typing import Any

from ..rendering.template import MISSING, dig, parse_time

__all__ = ["compare", "filter_predicate", "matches"]


def _equal(actual: Any, expected: Any) -> bool:
    if isinstance(actual, bool) or isinstance(expected, bool):
        return actual is expected
    if isinstance(actual, int | float) and isinstance(expected, int | float):
        return float(actual) == float(expected)
    return bool(actual == expected)


def _match_one(actual: Any, expected: Any) -> bool:
    if expected is None:
        return actual is None or actual is MISSING
    if isinstance(expected, list):
        return any(_match_one(actual, option) for option in expected)
    if isinstance(expected, Mapping) and any(str(key).startswith("$") for key in expected):
        for op, operand in expected.items():
            if op == "$ne" and _match_one(actual, operand):
                return False
            if op == "$in" and not _match_one(actual, list(operand)):
                return False
            if op == "$nin" and _match_one(actual, list(operand)):
                return False
            if op == "$exists" and (actual is not MISSING and actual is not None) != bool(operand):
                return False
        return True
    return actual is not MISSING and _equal(actual, expected)


def matches(item: Mapping[str, Any], criteria: Any) -> bool:
    """Every criterion holds: ``field: value`` (equal), ``[a, b]`` (one of), ``null`` (null or absent),
    ``{$ne|$in|$nin|$exists: ...}``. Criteria whose value rendered to nothing (MISSING) are skipped."""
    if not isinstance(criteria, Mapping):
        return True
    return all(
        _match_one(dig(item, str(path)), expected) for path, expected in criteria.items() if expected is not MISSING
    )


def _as_time(value: Any) -> datetime.datetime | None:
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return datetime.datetime.fromisoformat(value).replace(tzinfo=datetime.UTC)
    return parse_time(value)


def compare(actual: Any, wanted: Any) -> int | None:
    """-1/0/1 comparing numbers, or times (ISO strings), or strings; None when not comparable."""
    if isinstance(actual, int | float) and isinstance(wanted, int | float) and not isinstance(actual, bool):
        return (actual > wanted) - (actual < wanted)
    left, right = _as_time(actual), _as_time(wanted)
    if left is not None and right is not None:
        return (left > right) - (left < right)
    if isinstance(actual, str) and isinstance(wanted, str):
        return (actual > wanted) - (actual < wanted)
    return None


def _date_part(value: Any) -> datetime.date | None:
    moment = _as_time(value)
    return moment.date() if moment is not None else None


def _op(op: str, actual: Any, wanted: Any, now: datetime.datetime) -> bool:
    if op == "eq":
        return _match_one(actual, wanted)
    if op == "ne":
        return not _match_one(actual, wanted)
    if op == "in":
        return _match_one(actual, wanted if isinstance(wanted, list) else [wanted])
    if op == "contains":
        return isinstance(actual, str) and str(wanted).lower() in actual.lower()
    if op == "regex":
        try:
            return isinstance(actual, str) and re.search(str(wanted), actual) is not None
        except re.error:
            return isinstance(actual, str) and actual == wanted
    if op == "exists":
        return (actual is not MISSING and actual is not None) == bool(wanted)
    if op == "before-now":
        moment = _as_time(actual)
        expired = moment is not None and moment < now
        return expired == bool(wanted)
    if op.startswith("date-"):
        left, right = _date_part(actual), _date_part(wanted)
        if left is None or right is None:
            return False
        return {"date-eq": left == right, "date-gte": left >= right, "date-lte": left <= right}[op]
    order = compare(actual, wanted)
    if order is None:
        return False
    return {"gt": order > 0, "gte": order >= 0, "lt": order < 0, "lte": order <= 0}[op]


def _getter(path: str) -> Callable[[Mapping[str, Any]], Any]:
    steps = path.split(".")
    if len(steps) == 1:
        name = steps[0]
        return lambda item: item.get(name, MISSING)
    return lambda item: dig(item, path)


def _compiled(op: str, wanted: Any, now: datetime.datetime) -> Callable[[Any], bool]:
    """A one-argument test for ``op`` with the request value prepared once (filters run over every item)."""
    if op in ("eq", "in") and isinstance(wanted, str):
        return lambda actual: actual == wanted
    if op == "in" and isinstance(wanted, list) and all(isinstance(value, str) for value in wanted):
        options = frozenset(wanted)
        return lambda actual: isinstance(actual, str) and actual in options
    if op == "contains":
        needle = str(wanted).lower()
        return lambda actual: isinstance(actual, str) and needle in actual.lower()
    if op.startswith("date-"):
        day = _date_part(wanted)
        compare_day = {"date-eq": day.__eq__, "date-gte": day.__le__, "date-lte": day.__ge__}[op] if day else None

        def by_day(actual: Any) -> bool:
            if compare_day is None or not isinstance(actual, str) or len(actual) < 10:
                return False
            try:
                return bool(compare_day(datetime.date.fromisoformat(actual[:10])))
            except ValueError:
                return False

        return by_day
    return lambda actual: _op(op, actual, wanted, now)


def filter_predicate(
    fields: list[str], op: str, wanted: Any, now: Callable[[], datetime.datetime]
) -> Callable[[Mapping[str, Any]], bool]:
    """A predicate for one list filter: true when any of ``fields`` satisfies ``op`` against the request value."""
    test = _compiled(op, wanted, now())
    getters = [_getter(field) for field in fields]
    if len(getters) == 1:
        getter = getters[0]
        return lambda item: test(getter(item))
    return lambda item: any(test(getter(item)) for getter in getters)
