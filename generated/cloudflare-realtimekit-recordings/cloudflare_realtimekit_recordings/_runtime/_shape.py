# Copied from generator/runtime/_shape.py by `make generate`. Do not edit.
"""Naming what in a JSON value does not fit a generated model: ``data[3].file_size: expected number, got 'big'``.

Generated ``from_dict`` methods check types cheaply and, only when something fails, raise :class:`ModelParseError`.
The error walks the value against the models' ``__shape__`` (from the spec) lazily, when it is first printed or
asked for its ``path``, so parsing a valid page costs nothing extra and a failed union attempt costs little.

A shape is a tuple of fields ``(json_name, required, kind, secret)``; ``json_name`` ``None`` types every other key
(``additionalProperties``). A kind is ``"str"``, ``"int"``, ``"float"`` (any number), ``"bool"``, ``"null"``,
``"any"``, ``"date-time"``, ``"date"``, an enum class (any string: unknown values are kept), a model class (an
object of its ``__shape__``), ``("list", kind)`` or ``("union", kind, ...)``.
"""

from __future__ import annotations

import datetime
import enum
import reprlib
from collections.abc import Mapping
from typing import Any, NamedTuple

from ._constants import REDACTED
from ._redact import mask_value

__all__ = ["Field", "ModelParseError", "Problem", "Shape", "find_problem", "parse_list"]

Field = tuple[str | None, bool, Any, bool]
Shape = tuple[Field, ...]

_NAMES = {
    "str": "string",
    "int": "integer",
    "float": "number",
    "bool": "boolean",
    "null": "null",
    "any": "any value",
    "date-time": "date-time string",
    "date": "date string",
}
_JSON_TYPES: tuple[tuple[type, str], ...] = (
    (bool, "boolean"),
    (int, "integer"),
    (float, "number"),
    (str, "string"),
    (list, "array"),
    (dict, "object"),
    (type(None), "null"),
)
_MISSING = object()


class Problem(NamedTuple):
    """Where a value does not fit (``data[3].file_size``), what was expected there, and what was found."""

    path: str
    expected: str
    value: Any  # _MISSING when a required field is absent; already masked when the field is secret


def describe(kind: Any) -> str:
    """What a kind expects, in JSON words (``number``, ``object (Recording)``, ``array of string``)."""
    if isinstance(kind, str):
        return _NAMES.get(kind, kind)
    if isinstance(kind, tuple):
        if kind[0] == "list":
            return f"array of {describe(kind[1])}"
        return " or ".join(describe(member) for member in kind[1:])
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return f"string ({kind.__name__})"
    return f"object ({getattr(kind, '__name__', kind)})"


def json_type(value: Any) -> str:
    """The JSON type name of a parsed JSON value (``Python`` type name for anything else)."""
    for python_type, name in _JSON_TYPES:
        if type(value) is python_type:
            return name
    return type(value).__name__


def _join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


def _fits_scalar(kind: str, value: Any) -> bool:
    kind_type = type(value)
    if kind == "any":
        return True
    if kind == "str":
        return kind_type is str
    if kind == "int":
        return kind_type is int
    if kind == "float":
        return kind_type is int or kind_type is float
    if kind == "bool":
        return kind_type is bool
    if kind == "null":
        return value is None
    if kind in ("date-time", "date"):
        if kind_type is not str:
            return False
        parse = datetime.datetime.fromisoformat if kind == "date-time" else datetime.date.fromisoformat
        try:
            parse(value)
        except ValueError:
            return False
        return True
    return True  # a kind this runtime does not know is not checked


def find_problem(kind: Any, value: Any, path: str = "", secret: bool = False) -> Problem | None:
    """The first place in ``value`` that does not fit ``kind``, or ``None`` when it all fits."""
    if isinstance(kind, str):
        return None if _fits_scalar(kind, value) else Problem(path, describe(kind), REDACTED if secret else value)
    if isinstance(kind, tuple):
        return _list_problem(kind, value, path) if kind[0] == "list" else _union_problem(kind, value, path, secret)
    if isinstance(kind, type) and issubclass(kind, enum.Enum):
        return None if type(value) is str else Problem(path, describe(kind), REDACTED if secret else value)
    shape: Shape | None = getattr(kind, "__shape__", None)
    if shape is None:
        return None
    if not isinstance(value, Mapping):
        return Problem(path, describe(kind), REDACTED if secret else value)
    return _object_problem(shape, value, path)


def _list_problem(kind: tuple[Any, ...], value: Any, path: str) -> Problem | None:
    if type(value) is not list:
        return Problem(path, describe(kind), value)
    for index, item in enumerate(value):
        problem = find_problem(kind[1], item, _join(path, index))
        if problem is not None:
            return problem
    return None


def _union_problem(kind: tuple[Any, ...], value: Any, path: str, secret: bool) -> Problem | None:
    problems = [find_problem(member, value, path, secret) for member in kind[1:]]
    if any(problem is None for problem in problems):
        return None
    # One member of the value's own JSON type (an object for a nullable model): its problem is the precise one.
    deeper = [p for p in problems if p is not None and p.path != path]
    if len(deeper) == 1:
        return deeper[0]
    return Problem(path, describe(kind), REDACTED if secret else value)


def _object_problem(shape: Shape, value: Mapping[str, Any], path: str) -> Problem | None:
    declared = set()
    rest: Field | None = None
    for field in shape:
        name, required, kind, secret = field
        if name is None:
            rest = field
            continue
        declared.add(name)
        item = value.get(name, _MISSING)
        if item is _MISSING:
            if required:
                return Problem(_join(path, name), describe(kind), _MISSING)
            continue
        problem = find_problem(kind, item, _join(path, name), secret)
        if problem is not None:
            return problem
    if rest is not None:
        for key, item in value.items():
            if key not in declared:
                problem = find_problem(rest[2], item, _join(path, key), rest[3])
                if problem is not None:
                    return problem
    return None


def _show(value: Any) -> str:
    """A short, redacted repr of a JSON value with its JSON type."""
    if value is _MISSING:
        return "nothing (a required field is missing)"
    if value == REDACTED:
        return REDACTED
    return f"{reprlib.repr(mask_value(value))} ({json_type(value)})"


class ModelParseError(ValueError):
    """A JSON value does not fit the generated model it is parsed into.

    ``path`` (``data[3].file_size``, relative to the value given to ``model.from_dict``), ``expected`` (``number``)
    and ``value`` (what was there; ``None`` also when the field is missing, see ``missing``) are worked out when
    first read, by walking the value against the model's shape. Secret fields' values are never shown.
    """

    def __init__(self, model: Any, data: Any, cause: BaseException | None = None) -> None:
        super().__init__(getattr(model, "__name__", None) or describe(model))
        self.model = model
        self.data = data
        self.cause = cause
        self._walked = False
        self._problem: Problem | None = None

    @property
    def problem(self) -> Problem | None:
        """Where and how the value does not fit, or ``None`` when the walk finds nothing (see ``cause``)."""
        if not self._walked:
            self._problem, self._walked = find_problem(self.model, self.data), True
        return self._problem

    @property
    def path(self) -> str | None:
        problem = self.problem
        return problem.path if problem is not None else None

    @property
    def expected(self) -> str | None:
        problem = self.problem
        return problem.expected if problem is not None else None

    @property
    def missing(self) -> bool:
        problem = self.problem
        return problem is not None and problem.value is _MISSING

    @property
    def value(self) -> Any:
        problem = self.problem
        return None if problem is None or problem.value is _MISSING else problem.value

    def __str__(self) -> str:
        problem = self.problem
        if problem is not None:
            where = problem.path or "the value"
            if problem.value is _MISSING:
                return f"{where}: required field missing (expected {problem.expected}) in {self.args[0]}"
            return f"{where}: expected {problem.expected}, got {_show(problem.value)}"
        cause = self.cause
        while isinstance(cause, ModelParseError) and cause.problem is None and cause.cause is not None:
            cause = cause.cause
        if isinstance(cause, ModelParseError):
            return str(cause)
        detail = f"{type(cause).__name__}: {mask_value(str(cause))}" if cause is not None else "does not fit"
        return f"could not parse {self.args[0]}: {detail}"


def parse_list(model: Any, data: Any) -> list[Any]:
    """``[model.from_dict(item) for item in data]``, where a failure names the item (``[3].id``)."""
    try:
        if type(data) is not list:
            raise ModelParseError(("list", model), data)
        return [model.from_dict(item) for item in data]
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ModelParseError(("list", model), data, exc) from exc
