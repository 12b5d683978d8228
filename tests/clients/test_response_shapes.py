"""A 2xx body of the wrong shape fails naming the JSON path, the expected type and the value (issue 11, item 5).

For every documented success example of every operation, each declared scalar field is, one at a time, given a
value of the wrong JSON type, and each required field present is removed: the operation's parser must raise
``ModelParseError`` whose ``path`` is exactly that field (``data[0].file_size``), and a client call must raise
``APIResponseValidationError`` saying so. Before issue 11 a string in a number field was accepted silently and a
missing field gave a bare ``KeyError: 'id'``.
"""

from __future__ import annotations

import copy
import importlib
from collections.abc import Iterator
from typing import Any, cast

import httpx
import pytest

from tests.clients.speclib import Vendor, operations, response_examples, vendors

WRONG = {"string": 12345, "integer": "wrong-type", "number": "wrong-type", "boolean": "wrong-type"}
EXPECTED = {"string": "string", "integer": "integer", "number": "number", "boolean": "boolean"}


def _schema(vendor: Vendor, schema: Any) -> dict[str, Any]:
    found: dict[str, Any] = vendor.resolve(schema or {})
    while "allOf" in found and len(found["allOf"]) == 1 and "properties" not in found:
        found = vendor.resolve(found["allOf"][0])
    return found


def _properties(vendor: Vendor, schema: dict[str, Any]) -> tuple[dict[str, Any], set[str]]:
    props, required = dict(schema.get("properties") or {}), set(schema.get("required") or [])
    for part in schema.get("allOf") or []:
        more, more_required = _properties(vendor, _schema(vendor, part))
        props.update(more)
        required |= more_required
    return props, required


def _join(path: str, key: str | int) -> str:
    return f"{path}[{key}]" if isinstance(key, int) else (f"{path}.{key}" if path else key)


def leaves(vendor: Vendor, value: Any, schema: Any, path: str = "") -> Iterator[tuple[str, tuple[str | int, ...], str]]:
    """``(json path, key path, what)`` for every scalar field declared with a type, and every required field
    (``what`` is the JSON type, or ``"required"``)."""
    schema = _schema(vendor, schema)
    yield from _walk(vendor, value, schema, path, ())


def _walk(vendor: Vendor, value: Any, schema: dict[str, Any], path: str, keys: tuple[str | int, ...]) -> Iterator[Any]:
    if isinstance(value, list):
        items = _schema(vendor, schema.get("items"))
        for index, item in enumerate(value[:2]):  # the first two items are enough
            yield from _walk(vendor, item, items, _join(path, index), (*keys, index))
        return
    if not isinstance(value, dict):
        return
    props, required = _properties(vendor, schema)
    for name, item in value.items():
        if name not in props:
            continue
        sub = _schema(vendor, props[name])
        where, at = _join(path, name), (*keys, name)
        if name in required:
            yield where, at, "required"
        if sub.get("type") in WRONG and "oneOf" not in sub and "anyOf" not in sub:
            yield where, at, sub["type"]
        yield from _walk(vendor, item, sub, where, at)


def _set(body: Any, keys: tuple[str | int, ...], what: str) -> Any:
    body = copy.deepcopy(body)
    target = body
    for key in keys[:-1]:
        target = target[key]
    if what == "required":
        del target[keys[-1]]
    else:
        target[keys[-1]] = WRONG[what]
    return body


CASES = [
    pytest.param(vendor, op, status, value, schema, id=f"{vendor.key}-{op['operationId']}-{status}-{name}")
    for vendor in vendors()
    for _, _, op in operations(vendor)
    for status, name, value, schema in response_examples(vendor, op)
    if status.startswith("2") and isinstance(value, dict | list)
]


def _parse(vendor: Vendor, op: dict[str, Any], status: str, body: Any) -> Any:
    request = httpx.Request("GET", "https://api.test/x")
    return vendor.module(op)._parse(httpx.Response(int(status), json=body, request=request))


def test_every_vendor_has_cases() -> None:
    assert {cast(Vendor, case.values[0]).key for case in CASES} == {vendor.key for vendor in vendors()}


@pytest.mark.parametrize(("vendor", "op", "status", "value", "schema"), CASES)
def test_wrong_type_or_missing_field_is_named(vendor: Vendor, op: dict[str, Any], status: str, value: Any, schema: Any):
    errors = importlib.import_module(f"{vendor.package}._runtime")
    found = list(leaves(vendor, value, schema))
    checked = 0
    for path, keys, what in found:
        body = _set(value, keys, what)
        with pytest.raises(errors.ModelParseError) as caught:
            _parse(vendor, op, status, body)
        error = caught.value
        # A top-level array is parsed item by item by the endpoint module: the path is then the item's own.
        item_path = path.split(".", 1)[1] if isinstance(keys[0], int) and "." in path else path
        assert error.path in (path, item_path), (what, str(error))
        if what == "required":
            assert error.missing and "required field missing" in str(error)
        else:
            assert EXPECTED[what] in error.expected
            assert error.value == WRONG[what]
            assert str(error).startswith(f"{error.path}: expected ") and repr(WRONG[what]) in str(error)
        checked += 1
    if not found:
        pytest.skip("no declared typed or required field in this example")  # e.g. an empty object
    assert checked == len(found)


def _telnyx_page(items: list[dict[str, Any]], number: int, total_pages: int) -> dict[str, Any]:
    meta = {"page_number": number, "page_size": 2, "total_pages": total_pages, "total_results": 2 * total_pages}
    return {"data": items, "meta": meta}


def _telnyx(handler: Any) -> Any:
    from telnyx_room_recordings import TelnyxRoomRecordings

    return TelnyxRoomRecordings(
        api_key="KEY-shape-test", http_client=httpx.Client(transport=httpx.MockTransport(handler))
    )


def test_a_client_call_raises_api_response_validation_error_naming_the_path() -> None:
    from telnyx_room_recordings import APIResponseValidationError

    items: list[dict[str, Any]] = [{"id": "a", "size_mb": 1.5}, {"id": "b", "size_mb": "big"}]
    client = _telnyx(lambda request: httpx.Response(200, json=_telnyx_page(items, 1, 1)))
    with pytest.raises(APIResponseValidationError) as caught:
        client.room_recordings.list()
    assert "data[1].size_mb: expected number, got 'big' (string)" in caught.value.message
    assert getattr(caught.value.__cause__, "path", None) == "data[1].size_mb"


def test_iter_list_stops_at_a_bad_item_naming_it_and_its_page() -> None:
    """Documented choice: no silent skipping. The error names the item; a note says which page and after what."""
    from telnyx_room_recordings import APIResponseValidationError

    pages = {
        "1": _telnyx_page([{"id": "a"}, {"id": "b"}], 1, 2),
        "2": _telnyx_page([{"id": "c"}, {"id": "d", "duration_secs": "long"}], 2, 2),
    }
    client = _telnyx(lambda request: httpx.Response(200, json=pages[request.url.params["page[number]"]]))
    seen: list[str] = []
    with pytest.raises(APIResponseValidationError) as caught:
        for recording in client.room_recordings.iter_list(page_size=2):
            seen.append(recording.id)
    assert seen == ["a", "b"]
    assert "data[1].duration_secs: expected integer, got 'long'" in caught.value.message
    assert caught.value.__notes__ == ["while paginating: page 2"]


@pytest.mark.anyio
async def test_async_iter_list_stops_at_a_bad_item_too() -> None:
    from telnyx_room_recordings import APIResponseValidationError, AsyncTelnyxRoomRecordings

    page = _telnyx_page([{"id": "a"}, {"id": 5}], 1, 1)
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=page))
    client = AsyncTelnyxRoomRecordings(api_key="KEY-shape-test", http_client=httpx.AsyncClient(transport=transport))
    with pytest.raises(APIResponseValidationError, match=r"data\[1\]\.id: expected string, got 5"):
        async for _ in client.room_recordings.iter_list():
            pass
