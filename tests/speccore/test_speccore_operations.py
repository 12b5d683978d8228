"""speccore.operations: every operation with its method and JSON pointer, path item $refs followed."""

from __future__ import annotations

from typing import Any

import pytest

from speccore.errors import SpecError
from speccore.operations import HTTP_METHODS, iter_operations
from speccore.pointer import resolve_ref


def test_methods_are_the_eight_of_openapi() -> None:
    assert set(HTTP_METHODS) == {"get", "put", "post", "delete", "options", "head", "patch", "trace"}
    assert len(HTTP_METHODS) == 8


def test_operations_in_order_with_escaped_pointers() -> None:
    doc: dict[str, Any] = {
        "paths": {
            "/v2/rooms": {
                "parameters": [{"name": "x", "in": "query"}],
                "summary": "not an operation",
                "post": {"operationId": "create"},
                "get": {"operationId": "list"},
                "trace": {"operationId": "trace"},
                "x-extension": {"operationId": "no"},
            },
            "/a~1b": {"delete": {"operationId": "weird"}},
        }
    }
    found = list(iter_operations(doc))
    assert [(o.path, o.method, o.operation["operationId"]) for o in found] == [
        ("/v2/rooms", "get", "list"),
        ("/v2/rooms", "post", "create"),
        ("/v2/rooms", "trace", "trace"),
        ("/a~1b", "delete", "weird"),
    ]
    assert found[0].pointer == "/paths/~1v2~1rooms/get"
    assert found[3].pointer == "/paths/~1a~01b/delete"
    assert found[0].path_item is doc["paths"]["/v2/rooms"]
    for op in found:
        assert resolve_ref(doc, "#" + op.pointer) is op.operation


def test_path_item_ref_is_followed_and_pointer_is_the_target() -> None:
    shared = {"get": {"operationId": "shared"}}
    doc = {"paths": {"/x": {"$ref": "#/x-path-items/Shared"}}, "x-path-items": {"Shared": shared}}
    (op,) = iter_operations(doc)
    assert (op.path, op.method, op.pointer) == ("/x", "get", "/x-path-items/Shared/get")
    assert op.operation is shared["get"]


def test_broken_path_item_ref_is_a_spec_error() -> None:
    with pytest.raises(SpecError) as info:
        list(iter_operations({"paths": {"/x": {"$ref": "#/nowhere"}}}))
    assert info.value.rule == "ref-resolves"
    assert info.value.json_path == "$.paths['/x']"


@pytest.mark.parametrize("doc", [{}, {"paths": None}, {"paths": []}, {"paths": {"/x": None}}, [], None])
def test_no_operations(doc: Any) -> None:
    assert list(iter_operations(doc)) == []


def test_operation_ref_is_frozen() -> None:
    (op,) = iter_operations({"paths": {"/x": {"get": {}}}})
    with pytest.raises(AttributeError):
        op.method = "post"  # type: ignore[misc]
