"""Templates in mock.yaml: ``${path.to.value}`` references and ``$generator`` mappings, rendered to JSON values."""

from __future__ import annotations

import datetime
import functools
import random
import re
import string
import uuid
from collections.abc import Callable, Mapping
from typing import Any, Final

__all__ = ["MISSING", "Renderer", "copy_json", "dig", "dig_steps", "format_time", "parse_time", "set_path"]


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"

    def __bool__(self) -> bool:
        return False


MISSING: Final[Any] = _Missing()
_OPERATORS = frozenset({"$ne", "$in", "$nin", "$exists"})  # criteria operators (state/criteria.py), kept as is
_WHOLE = re.compile(r"\$\{\s*([^{}]+?)\s*\}")
_CLASS = re.compile(r"\[([^\]]+)\]|\\d|\\w|\\.|.", re.S)
_COUNT = re.compile(r"\{(\d+)(?:,(\d+))?\}")
_COMPILED_LIMIT = 4096  # compiled templates kept per renderer
Compiled = Callable[[Mapping[str, Any]], Any]


def dig(value: Any, path: str) -> Any:
    """Follow a dotted path (list indexes as numbers); MISSING when any step is absent."""
    if path in ("", "."):
        return value
    return dig_steps(value, _steps(path))


@functools.lru_cache(maxsize=4096)
def _steps(path: str) -> tuple[str, ...]:
    return tuple(path.split("."))


def dig_steps(value: Any, steps: tuple[str, ...]) -> Any:
    """:func:`dig` with the path already split (hot paths split once)."""
    for step in steps:
        if type(value) is dict or isinstance(value, Mapping):
            value = value.get(step, MISSING)
        elif isinstance(value, list) and step.lstrip("-").isdigit() and -len(value) <= int(step) < len(value):
            value = value[int(step)]
        else:
            return MISSING
        if value is MISSING:
            return MISSING
    return value


def set_path(target: dict[str, Any], path: str, value: Any, *, create: bool = True) -> None:
    """Set a dotted path (list indexes as numbers); MISSING removes the key.

    Missing intermediate mappings are created when ``create``; otherwise nothing is set.
    """
    steps = path.split(".")
    node: Any = target
    for step in steps[:-1]:
        if isinstance(node, list) and step.isdigit() and int(step) < len(node):
            node = node[int(step)]
            continue
        if not isinstance(node, dict):
            return
        child = node.get(step)
        if not isinstance(child, dict | list):
            if not create:
                return
            child = node[step] = {}
        node = child
    last = steps[-1]
    if isinstance(node, list) and last.isdigit() and int(last) < len(node):
        if value is not MISSING:
            node[int(last)] = value
    elif isinstance(node, dict):
        if value is MISSING:
            node.pop(last, None)
        else:
            node[last] = value


def parse_time(value: Any) -> datetime.datetime | None:
    if isinstance(value, datetime.datetime):
        return value
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=datetime.UTC)


def format_time(moment: datetime.datetime, precision: str = "ms") -> str:
    moment = moment.astimezone(datetime.UTC)
    spec = {"s": "seconds", "ms": "milliseconds", "us": "microseconds"}[precision]
    return moment.replace(tzinfo=None).isoformat(timespec=spec) + "Z"


def _pattern(pattern: str, rng: random.Random) -> str:
    """A string matching a tiny regex subset: literals, ``[a-z0-9]`` classes, ``\\d``, ``\\w`` and ``{n}``/``{n,m}``."""
    out: list[str] = []
    position = 0
    while position < len(pattern):
        token = _CLASS.match(pattern, position)
        assert token is not None
        position = token.end()
        if token.group(1) is not None:
            alphabet = _expand(token.group(1))
        elif token.group(0) == r"\d":
            alphabet = string.digits
        elif token.group(0) == r"\w":
            alphabet = string.ascii_letters + string.digits
        else:
            alphabet = token.group(0).lstrip("\\")
        low = high = 1
        count = _COUNT.match(pattern, position)
        if count:
            low = int(count.group(1))
            high = int(count.group(2) or low)
            position = count.end()
        out.extend(rng.choice(alphabet) for _ in range(rng.randint(low, high)))
    return "".join(out)


def _expand(spec: str) -> str:
    chars: list[str] = []
    index = 0
    while index < len(spec):
        if index + 2 < len(spec) and spec[index + 1] == "-":
            chars.extend(chr(code) for code in range(ord(spec[index]), ord(spec[index + 2]) + 1))
            index += 3
        else:
            chars.append(spec[index])
            index += 1
    return "".join(chars)


def copy_json(value: Any) -> Any:
    """A deep copy of plain JSON data (much faster than copy.deepcopy)."""
    if isinstance(value, dict):
        return {key: copy_json(item) for key, item in value.items()}
    if isinstance(value, list):
        return [copy_json(item) for item in value]
    return value


def _new_id(kind: str, rng: random.Random) -> str:
    if kind == "uuid":
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))
    if kind == "objectid":
        return f"{rng.getrandbits(96):024x}"
    if kind == "hex32":
        return f"{rng.getrandbits(128):032x}"
    raise ValueError(f"unknown $id format {kind!r} (uuid, objectid, hex32; or use $pattern)")


class Renderer:
    """Renders templates with a seeded random source, named value pools and a clock."""

    def __init__(
        self,
        rng: random.Random,
        *,
        anchor: datetime.datetime,
        clock: Callable[[], datetime.datetime],
        pools: Mapping[str, list[Any]] | None = None,
    ) -> None:
        self.rng = rng
        self.anchor = anchor
        self.clock = clock
        self.pools: Mapping[str, list[Any]] = pools or {}
        self._compiled: dict[Any, tuple[Any, Compiled]] = {}
        self._generators: dict[str, Callable[[Mapping[str, Any], Mapping[str, Any]], Any]] = {
            "$id": self._gen_id,
            "$pattern": lambda node, scope: _pattern(str(self.render(node["$pattern"], scope)), self.rng),
            "$choice": self._gen_choice,
            "$int": self._gen_int,
            "$float": self._gen_float,
            "$time": self._gen_time,
            "$pool": self._gen_pool,
            "$if": self._gen_if,
            "$first": self._gen_first,
            "$merge": self._gen_merge,
            "$omit": self._gen_omit,
        }

    # -- public ---------------------------------------------------------------------------------------------------
    def render(self, template: Any, scope: Mapping[str, Any]) -> Any:
        return self.compiled(template)(scope)

    def compiled(self, template: Any) -> Compiled:
        """``template`` as a function of the scope: references split and generators found once per template, not on
        every render (a list answer renders its envelope on every request that misses the cache). Kept per template
        object, which mock.yaml never changes after loading; a held reference keeps ``id()`` from being reused."""
        text = isinstance(template, str)
        key = template if text else id(template)
        entry = self._compiled.get(key)
        if entry is not None and (text or entry[0] is template):
            return entry[1]
        function = self._compile(template)
        if len(self._compiled) >= _COMPILED_LIMIT:  # templates built at run time must not grow this without limit
            self._compiled.clear()
        self._compiled[key] = (template, function)
        return function

    def _compile(self, template: Any) -> Compiled:
        if isinstance(template, str):
            return self._compile_string(template)
        if isinstance(template, list):
            parts = [self.compiled(item) for item in template]
            return lambda scope: [value for value in (part(scope) for part in parts) if value is not MISSING]
        if isinstance(template, Mapping):
            generator = next((key for key in template if str(key).startswith("$") and key not in _OPERATORS), None)
            if generator is not None:
                if generator not in self._generators:
                    raise ValueError(f"unknown generator {generator!r}; known: {', '.join(sorted(self._generators))}")
                run = self._generators[generator]
                return lambda scope: run(template, scope)
            pairs = [(str(key), self.compiled(value)) for key, value in template.items()]

            def mapping(scope: Mapping[str, Any]) -> Any:
                rendered = {key: part(scope) for key, part in pairs}
                return {key: value for key, value in rendered.items() if value is not MISSING}

            return mapping
        return lambda scope: template

    def _compile_string(self, text: str) -> Compiled:
        whole = _WHOLE.fullmatch(text)
        if whole:
            expression = whole.group(1)
            head, _, rest = expression.partition(".")
            if head in ("now", "anchor"):
                return lambda scope: self.lookup(expression, scope)
            steps = _steps(rest) if rest and rest != "." else ()

            def reference(scope: Mapping[str, Any]) -> Any:
                value = scope.get(head, MISSING)
                return dig_steps(value, steps) if steps and value is not MISSING else value

            return reference
        if "${" not in text:
            return lambda scope: text
        return lambda scope: self._string(text, scope)

    def render_item(self, template: Mapping[str, Any], scope: Mapping[str, Any], item: dict[str, Any]) -> None:
        """Render an item template key by key into ``item``; later keys see earlier ones as ``${item.x}``."""
        local = dict(scope)
        local["item"] = item
        for key, value in template.items():
            set_path(item, str(key), self.render(value, local))

    def lookup(self, expression: str, scope: Mapping[str, Any]) -> Any:
        head, _, rest = expression.partition(".")
        if head == "now":
            value: Any = format_time(self.clock())
        elif head == "anchor":
            value = format_time(self.anchor)
        else:
            value = scope.get(head, MISSING)
        return dig(value, rest) if rest and value is not MISSING else value

    # -- internals ------------------------------------------------------------------------------------------------
    def _string(self, text: str, scope: Mapping[str, Any]) -> Any:
        whole = _WHOLE.fullmatch(text)
        if whole:
            return self.lookup(whole.group(1), scope)
        if "${" not in text:
            return text

        def replace(found: re.Match[str]) -> str:
            value = self.lookup(found.group(1), scope)
            return "" if value is MISSING or value is None else str(value)

        return _WHOLE.sub(replace, text)

    def _gen_id(self, node: Mapping[str, Any], scope: Mapping[str, Any]) -> Any:
        return _new_id(str(node["$id"]), self.rng)

    def _gen_choice(self, node: Mapping[str, Any], scope: Mapping[str, Any]) -> Any:
        values = list(node["$choice"])
        weights = node.get("weights")
        picked = self.rng.choices(values, weights=weights)[0] if weights else self.rng.choice(values)
        return self.render(picked, scope)

    def _range(self, node: Any, scope: Mapping[str, Any]) -> tuple[float, float]:
        bounds = self.render(node, scope)
        if isinstance(bounds, list):
            return float(bounds[0]), float(bounds[1])
        return float(bounds), float(bounds)

    def _gen_int(self, node: Mapping[str, Any], scope: Mapping[str, Any]) -> Any:
        low, high = self._range(node["$int"], scope)
        return self.rng.randint(int(low), int(high))

    def _gen_float(self, node: Mapping[str, Any], scope: Mapping[str, Any]) -> Any:
        low, high = self._range(node["$float"], scope)
        return round(self.rng.uniform(low, high), int(node.get("round", 2)))

    def _gen_time(self, node: Mapping[str, Any], scope: Mapping[str, Any]) -> Any:
        options = node["$time"] or {}
        base_name = self.render(options.get("from", "now"), scope)
        if base_name is MISSING or base_name is None:
            return MISSING if base_name is MISSING else None
        base = {"now": self.clock(), "anchor": self.anchor}.get(str(base_name)) or parse_time(base_name)
        if base is None:
            raise ValueError(f"$time: cannot read a time from {base_name!r}")
        seconds = 0.0
        for key, sign, unit in (("plus", 1, 1), ("minus", -1, 1), ("plus-days", 1, 86400), ("minus-days", -1, 86400)):
            if key in options:
                low, high = self._range(options[key], scope)
                seconds += sign * unit * (self.rng.uniform(low, high) if high > low else low)
        return format_time(base + datetime.timedelta(seconds=seconds), str(options.get("precision", "ms")))

    def _gen_pool(self, node: Mapping[str, Any], scope: Mapping[str, Any]) -> Any:
        name = str(node["$pool"])
        if name not in self.pools:
            raise ValueError(f"$pool: no pool named {name!r}")
        return copy_json(self.rng.choice(self.pools[name]))

    def _gen_if(self, node: Mapping[str, Any], scope: Mapping[str, Any]) -> Any:
        from ..state.criteria import matches

        item = scope.get("item")
        criteria = self.render(node["$if"], scope)
        branch = "then" if matches(item if isinstance(item, Mapping) else {}, criteria) else "else"
        return self.render(node.get(branch, MISSING), scope) if branch in node else MISSING

    def _gen_first(self, node: Mapping[str, Any], scope: Mapping[str, Any]) -> Any:
        seen_null = False
        for candidate in node["$first"]:
            value = self.render(candidate, scope)
            if value is not MISSING and value is not None:
                return value
            seen_null = seen_null or value is None
        return None if seen_null else MISSING

    def _gen_omit(self, node: Mapping[str, Any], scope: Mapping[str, Any]) -> Any:
        value = self.render(node["$omit"], scope)
        if not isinstance(value, Mapping):
            return value
        dropped = {str(key) for key in node.get("keys") or ()}
        return {key: item for key, item in value.items() if key not in dropped}

    def _gen_merge(self, node: Mapping[str, Any], scope: Mapping[str, Any]) -> Any:
        merged: dict[str, Any] = {}
        for part in node["$merge"]:
            value = self.render(part, scope)
            if isinstance(value, Mapping):
                merged.update(value)
        return merged
