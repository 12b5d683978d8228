"""speccore.pointer: RFC 6901 escaping in the right order, local $ref resolution, chains, cycles and missing targets."""

from __future__ import annotations

from typing import Any

import pytest

from speccore.errors import SpecError
from speccore.pointer import deref, escape, join, json_path, ref_chain, resolve_ref, split, unescape

# A document whose keys need every escape: "/", "~", and "~1" written literally.
DOC: dict[str, Any] = {
    "paths": {
        "/a~1b": {"get": {"operationId": "slashTilde"}},
        "/a/b": {"get": {"operationId": "twoSegments"}},
        "~1": {"x": "literal tilde-one"},
        "/": {"x": "slash"},
    },
    "components": {
        "schemas": {
            "A": {"$ref": "#/components/schemas/B"},
            "B": {"$ref": "#/components/schemas/C"},
            "C": {"type": "string"},
            "Loop1": {"$ref": "#/components/schemas/Loop2"},
            "Loop2": {"$ref": "#/components/schemas/Loop1"},
            "Self": {"$ref": "#/components/schemas/Self"},
            "Broken": {"$ref": "#/components/schemas/Nowhere"},
            "List": {"allOf": [{"type": "object"}, {"title": "second"}]},
            "with space": {"type": "integer"},
        }
    },
}


@pytest.mark.parametrize(
    ("raw", "token"),
    [("/a~1b", "~1a~01b"), ("~01", "~001"), ("~", "~0"), ("/", "~1"), ("plain", "plain"), ("", "")],
)
def test_escape_and_unescape_are_inverse(raw: str, token: str) -> None:
    assert escape(raw) == token
    assert unescape(token) == raw


def test_unescape_order_tilde_one_before_tilde_zero() -> None:
    # "~01" is "~" + "1" escaped; unescaping ~0 first would give "~1" and then "/".
    assert unescape("~01") == "~1"
    assert unescape("~1") == "/"
    assert unescape("~0~1") == "~/"


@pytest.mark.parametrize("token", ["~", "a~", "~2", "~a"])
def test_unescape_refuses_a_lone_tilde(token: str) -> None:
    with pytest.raises(ValueError, match="'~' must be followed by 0 or 1"):
        unescape(token)


def test_join_and_split() -> None:
    assert join("paths", "/v2/rooms", "get") == "/paths/~1v2~1rooms/get"
    assert join("items", 0) == "/items/0"
    assert join() == ""
    assert split("/paths/~1a~01b/get") == ["paths", "/a~1b", "get"]
    assert split("") == []
    with pytest.raises(ValueError):
        split("paths/get")


def test_json_path_quotes_what_is_not_a_name() -> None:
    assert json_path("paths", "/a", "get", 0) == "$.paths['/a'].get[0]"
    assert json_path() == "$"
    assert json_path("responses", "200", "x-method-name") == "$.responses.200.x-method-name"
    assert json_path("a b", "it's") == "$['a b'][\"it's\"]"


def test_resolve_ref_unescapes_path_keys() -> None:
    assert resolve_ref(DOC, "#/paths/~1a~01b/get")["operationId"] == "slashTilde"
    assert resolve_ref(DOC, "#/paths/~1a~1b/get")["operationId"] == "twoSegments"
    assert resolve_ref(DOC, "#/paths/~01")["x"] == "literal tilde-one"
    assert resolve_ref(DOC, "#/paths/~1")["x"] == "slash"


def test_resolve_ref_whole_document_list_index_and_percent_encoding() -> None:
    assert resolve_ref(DOC, "#") is DOC
    assert resolve_ref(DOC, "#/components/schemas/List/allOf/1") == {"title": "second"}
    assert resolve_ref(DOC, "#/components/schemas/with%20space") == {"type": "integer"}


@pytest.mark.parametrize(
    "ref",
    [
        "#/components/schemas/Nowhere",
        "#/paths/~1a~1b/put",
        "#/components/schemas/List/allOf/2",
        "#/components/schemas/List/allOf/01",
        "#/components/schemas/C/type/0",
    ],
)
def test_resolve_ref_missing_target(ref: str) -> None:
    with pytest.raises(SpecError) as info:
        resolve_ref(DOC, ref, file="spec.yaml", at="$.somewhere")
    assert (info.value.file, info.value.json_path, info.value.rule) == ("spec.yaml", "$.somewhere", "ref-resolves")
    assert ref in info.value.message


@pytest.mark.parametrize("ref", ["other.yaml#/components/schemas/C", "https://example.com/x#/a", "components/x"])
def test_resolve_ref_refuses_non_local(ref: str) -> None:
    with pytest.raises(SpecError) as info:
        resolve_ref(DOC, ref)
    assert info.value.rule == "local-refs"


def test_resolve_ref_malformed_token() -> None:
    with pytest.raises(SpecError) as info:
        resolve_ref(DOC, "#/components/schemas/~2")
    assert info.value.rule == "ref-syntax"


def test_deref_follows_a_chain_and_names_the_last_pointer() -> None:
    node, pointer = deref(DOC, {"$ref": "#/components/schemas/A"})
    assert node == {"type": "string"}
    assert pointer == "/components/schemas/C"


def test_deref_without_ref_returns_the_node_itself() -> None:
    plain = {"type": "object"}
    node, pointer = deref(DOC, plain)
    assert node is plain
    assert pointer is None
    assert deref(DOC, 42) == (42, None)


@pytest.mark.parametrize("start", ["Loop1", "Self"])
def test_deref_cycle_is_an_error_not_a_hang(start: str) -> None:
    with pytest.raises(SpecError) as info:
        deref(DOC, {"$ref": f"#/components/schemas/{start}"})
    assert info.value.rule == "ref-cycle"
    assert f"#/components/schemas/{start}" in info.value.message


def test_deref_missing_target_in_chain() -> None:
    with pytest.raises(SpecError) as info:
        deref(DOC, {"$ref": "#/components/schemas/Broken"})
    assert info.value.rule == "ref-resolves"
    assert "Nowhere" in info.value.message


def test_ref_chain_lists_every_node_met() -> None:
    start = {"$ref": "#/components/schemas/A"}
    chain = ref_chain(DOC, start)
    schemas = DOC["components"]["schemas"]
    assert chain == [start, schemas["A"], schemas["B"], schemas["C"]]


def test_ref_chain_lenient_stops_at_cycles_external_refs_and_missing_targets() -> None:
    schemas = DOC["components"]["schemas"]
    loop = ref_chain(DOC, {"$ref": "#/components/schemas/Loop1"}, strict=False)
    assert loop[1:] == [schemas["Loop1"], schemas["Loop2"]]
    assert len(loop) == 3
    external = {"$ref": "other.yaml#/X"}
    assert ref_chain(DOC, external, strict=False) == [external]
    assert ref_chain(DOC, {"$ref": "#/components/schemas/Broken"}, strict=False)[-1] is None
