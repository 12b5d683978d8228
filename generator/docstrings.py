"""Docstrings of the generated resource methods, written from the spec: summary, description, Args, Returns, Raises."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .context import SpecIndex

__all__ = ["Docstrings", "escape", "wrap"]

WIDTH = 100  # text width of a docstring line, before the class/method indentation (<= 112 columns in all)
_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
OPTIONS = (
    ("timeout", "seconds (or an ``httpx.Timeout``) for this call, instead of the client's."),
    ("max_retries", "retry budget for this call, instead of the client's."),
    ("extra_headers", "headers added to this request."),
    ("deadline", "seconds for the whole call, retries and backoff included, instead of the client's."),
    ("validate_request", "``False`` sends arguments the spec's rules reject (instead of the client's setting)."),
)


def escape(text: str) -> str:
    """``text`` made safe inside a triple-quoted docstring (backslashes, quote runs, a trailing quote)."""
    text = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    return text[:-1] + '\\"' if text.endswith('"') else text


def wrap(text: str, width: int = WIDTH, indent: str = "") -> list[str]:
    """Markdown-ish ``text`` re-flowed to ``width``: paragraphs kept, list items and indented lines kept as lines."""
    lines: list[str] = []
    for paragraph in re.split(r"\n\s*\n", text.strip()):
        if lines:
            lines.append("")
        block: list[str] = []
        for line in paragraph.splitlines():
            if block and not _ITEM.match(line) and not line.startswith("  "):
                block[-1] += " " + line.strip()
            else:
                block.append(line.rstrip())
        for entry in block:
            match = _ITEM.match(entry)
            hang = " " * len(match.group(0)) if match else ""
            lines.extend(
                textwrap.wrap(
                    entry,
                    width=width,
                    initial_indent=indent,
                    subsequent_indent=indent + hang,
                    break_long_words=False,
                    break_on_hyphens=False,
                )
                or [indent]
            )
    return lines


def _value(value: Any) -> str:
    return f"``{value!r}``" if isinstance(value, str) else f"``{value}``"


def constraints(schema: dict[str, Any]) -> str:
    """The spec's limits on a value, briefly: ``Default ``20``; minimum 1.``"""
    parts = []
    if "default" in schema:
        parts.append(f"default {_value(schema['default'])}")
    if schema.get("enum"):
        parts.append("one of " + ", ".join(_value(v) for v in schema["enum"]))
    items = schema.get("items") if isinstance(schema.get("items"), dict) else {}
    if items and items.get("enum"):
        parts.append("items one of " + ", ".join(_value(v) for v in items["enum"]))
    for key, label in (
        ("minimum", "minimum"),
        ("maximum", "maximum"),
        ("exclusiveMinimum", "greater than"),
        ("exclusiveMaximum", "less than"),
        ("minLength", "at least {} characters"),
        ("maxLength", "at most {} characters"),
        ("minItems", "at least {} items"),
        ("maxItems", "at most {} items"),
        ("pattern", "matches"),
    ):
        value = schema.get(key)
        if value is None or isinstance(value, bool):
            continue
        shown = _value(value) if key == "pattern" else value
        parts.append(label.format(value) if "{}" in label else f"{label} {shown}")
    if not parts:
        return ""
    text = "; ".join(parts)
    return text[0].upper() + text[1:] + "."


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    return text if not text or text[-1] in ".!?:)`" else text + "."


def _entry(text: str) -> list[str]:
    """One ``name: text`` entry of an Args/Returns section, continuation lines indented once more."""
    return textwrap.wrap(
        text,
        width=WIDTH,
        initial_indent="    ",
        subsequent_indent="        ",
        break_long_words=False,
        break_on_hyphens=False,
    )


class Docstrings:
    """Builds the docstring text (with quotes, unindented) of each generated public method."""

    def __init__(self, index: SpecIndex) -> None:
        self.x = index

    # -- pieces ---------------------------------------------------------------------------------------------------
    def _schema(self, node: Any) -> dict[str, Any]:
        schema = self.x.resolve(node or {})
        if not isinstance(schema, dict):
            return {}
        for key in ("allOf", "oneOf", "anyOf"):  # a nullable wrapper around one $ref: describe the target
            options = [s for s in schema.get(key) or [] if self.x.resolve(s).get("type") != "null"]
            if len(options) == 1 and not schema.get("properties"):
                return {**self.x.resolve(options[0]), **{k: v for k, v in schema.items() if k != key}}
        return schema

    def param_text(self, endpoint: Any, prop: Any, location: str) -> str:
        param = self.x.param(endpoint, prop, location)
        schema = self._schema(param.get("schema"))
        text = _sentence(str(param.get("description") or schema.get("description") or ""))
        if location == "path" and self.x.is_client_default(endpoint, prop):
            text += " Defaults to the value given to the client."
        limits = constraints(schema)
        return " ".join(t for t in (text, limits) if t) or "(not described by the spec)."

    def body_text(self, endpoint: Any) -> str:
        body = self.x.operation(endpoint).get("requestBody") or {}
        body = self.x.resolve(body)
        media = (body.get("content") or {}).get("application/json") or {}
        schema = self._schema(media.get("schema"))
        text = _sentence(str(body.get("description") or schema.get("description") or "The request body."))
        prop = endpoint.bodies[0].prop
        if getattr(prop, "class_info", None) is not None and hasattr(prop, "required_properties"):
            text += f" A ``{prop.class_info.name}`` or a mapping of its JSON fields."
        required = [str(name) for name in schema.get("required") or []]
        if required:
            text += " Required fields: " + ", ".join(f"``{name}``" for name in required) + "."
        return text

    def _entries(self, endpoint: Any, *, body: bool, skip: Iterable[Any] = ()) -> list[tuple[str, str]]:
        skipped = list(skip)
        path = [p for p in endpoint.path_parameters if not self.x.is_client_default(endpoint, p)]
        path += [p for p in endpoint.path_parameters if self.x.is_client_default(endpoint, p)]
        entries = [(p.python_name, self.param_text(endpoint, p, "path")) for p in path]
        if body and endpoint.bodies:
            entries.append(("body", self.body_text(endpoint)))
        for location, props in (("query", endpoint.query_parameters), ("header", endpoint.header_parameters)):
            entries += [(p.python_name, self.param_text(endpoint, p, location)) for p in props if p not in skipped]
        return entries

    @staticmethod
    def _args(entries: list[tuple[str, str]]) -> list[str]:
        return ["Args:", *(line for name, text in entries for line in _entry(f"{name}: {escape(text)}"))]

    @staticmethod
    def _render(head: list[str], sections: list[list[str]]) -> str:
        lines = list(head)
        for section in sections:
            lines += ["", *section]
        return '"""' + "\n".join(lines) + ('\n"""' if len(lines) > 1 else '"""')

    def _intro(self, endpoint: Any) -> list[str]:
        op = self.x.operation(endpoint)
        summary = _sentence(str(op.get("summary") or op["operationId"]))
        lines = wrap(escape(summary))
        if op.get("description"):
            lines += ["", *wrap(escape(str(op["description"])))]
        where = f"``{endpoint.method.upper()} {self.x.spec_path(endpoint)}`` (operation ``{op['operationId']}``)."
        return [*lines, "", escape(where)]

    def _raises(self, endpoint: Any) -> list[str]:
        statuses = []
        for response in self.x.error_responses(endpoint):
            code = response.status_code
            statuses.append("default" if code.range is None else str(code.pattern))
        documented = f" Documented: {', '.join(statuses)}." if statuses else ""
        return [
            "Raises:",
            *_entry(
                "APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...) "
                f"carrying the vendor's error body.{documented}"
            ),
            *_entry(
                "APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError`` when "
                "the deadline ran out), after any retries."
            ),
            *_entry("RequestValidationError: an argument breaks the spec's rules; nothing was sent."),
        ]

    def _returns(self, endpoint: Any, raw: bool) -> list[str]:
        rtype = self.x.return_type(endpoint)
        if raw:
            return ["Returns:", f"    APIResponse[{rtype}]: the parsed value (``.parsed``) and the raw httpx response."]
        documented = {str(code): node for code, node in (self.x.operation(endpoint).get("responses") or {}).items()}
        descriptions = []
        for response in self.x.success_responses(endpoint):
            node = documented.get(str(response.status_code.pattern), {})
            descriptions.append(_sentence(str(self.x.resolve(node).get("description") or "")))
        text = escape(" ".join(d for d in dict.fromkeys(descriptions) if d))
        return ["Returns:", *_entry(f"{rtype}: {text}".rstrip(": "))]

    # -- public: one per generated method kind -------------------------------------------------------------------
    def _opt_in(self, endpoint: Any) -> list[tuple[str, str]]:
        destructive = self.x.destructive(endpoint)
        if not destructive:
            return []
        names = " or ".join(f"``{f['name']}``" for f in destructive["filters"])
        text = "must be True to call this without " + names + " (it would act on everything)."
        return [(destructive["opt_in"], text if names else "must be True: this acts on everything.")]

    def method(self, endpoint: Any, raw: bool = False) -> str:
        args = self._args([*self._entries(endpoint, body=True), *self._opt_in(endpoint), *OPTIONS])
        return self._render(self._intro(endpoint), [args, self._returns(endpoint, raw), self._raises(endpoint)])

    def pager(self, endpoint: Any, paging: dict[str, Any]) -> str:
        name = self.x.method_name(endpoint)
        size = paging.get("size_prop")
        size_text = self.param_text(endpoint, size, "query") if size is not None else "items per page."
        entries = [
            *self._entries(endpoint, body=False, skip=[paging["page_prop"], size]),
            ("page_size", size_text + " Left to the server when not given."),
            ("limit", "stop after this many items (all items when not given)."),
            *OPTIONS,
        ]
        head = [
            f"Every item of every page of ``{name}``, fetched lazily one page at a time.",
            "",
            *wrap(escape(_sentence(str(self.x.operation(endpoint).get("summary") or name)))),
        ]
        returns = ["Returns:", "    An iterator of items; ``.pages()`` yields the pages instead."]
        return self._render(head, [self._args(entries), returns, self._raises(endpoint)])

    def waiter(self, endpoint: Any, wait: dict[str, Any]) -> str:
        name = self.x.method_name(endpoint)
        failure = ", ".join(f"``{v}``" for v in wait["failure"])
        head = [
            f"Poll ``{name}`` until the status is one of " + ", ".join(f"``{v}``" for v in wait["success"]) + ".",
        ]
        entries = [
            *self._entries(endpoint, body=False),
            ("timeout", "seconds to wait in all before ``WaiterTimeoutError``."),
            ("poll_interval", "seconds between two polls."),
        ]
        raises = ["Raises:", "    WaiterTimeoutError: still not done after ``timeout`` seconds."]
        if failure:
            raises.append(f"    WaiterFailureError: the status became {failure}.")
        returns = ["Returns:", f"    {self.x.return_type(endpoint)}: the last value polled."]
        return self._render([escape(line) for line in head], [self._args(entries), returns, raises])

    def resource(self, tag: str, raw: bool = False) -> str:
        """A resource class's docstring: the description of the spec tag whose Python name is ``tag``."""
        text = f"Operations tagged {tag}."
        for entry in self.x.spec.get("tags") or []:
            if self.x.identifier(str(entry["name"]), "tag") == tag:
                text = _sentence(str(entry.get("description") or entry["name"]))
        lines = wrap(escape(text))
        if raw:
            lines += ["", "Each call returns an ``APIResponse``: the parsed value and the raw httpx response."]
        return self._render(lines, [])
