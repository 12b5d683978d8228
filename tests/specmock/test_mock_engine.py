"""Units of the engine: templates, criteria and filters, parameter parsing, schema conversion, mock.yaml checks."""

from __future__ import annotations

import datetime
import itertools
import random
import shutil
from typing import Any, cast

import pytest
import yaml

import specmock
from specmock.faults.injection import parse_faults
from specmock.rendering.template import MISSING, Renderer
from specmock.spec import Spec
from specmock.state.criteria import filter_predicate, matches
from specmock.validation.params import read_query
from specmock.validation.schemas import to_json_schema
from tests.specmock.conftest import FIXTURES

ANCHOR = datetime.datetime(2026, 6, 1, tzinfo=datetime.UTC)


def renderer(seed: int = 1, pools=None) -> Renderer:
    return Renderer(random.Random(seed), anchor=ANCHOR, clock=lambda: ANCHOR, pools=pools or {})


def test_references_keep_types_and_drop_missing_keys():
    scope = {"body": {"n": 3, "s": "x"}, "page": {"total": 7}}
    template = {"n": "${body.n}", "text": "n=${body.n}, gone=${body.gone}", "gone": "${body.gone}", "now": "${now}"}
    assert renderer().render(template, scope) == {"n": 3, "text": "n=3, gone=", "now": "2026-06-01T00:00:00.000Z"}
    assert renderer().render(["${body.gone}", "${page.total}"], scope) == [7]


def test_a_template_renders_the_same_on_every_use_of_its_compiled_form():
    """Templates are compiled once per renderer (rendering/template.py): every later render must still read the
    scope it is given, the clock as it is now, and a fresh generator value, exactly as the first render did."""
    hours = itertools.count()
    clocked = Renderer(random.Random(1), anchor=ANCHOR, clock=lambda: ANCHOR + datetime.timedelta(hours=next(hours)))
    template = {
        "at": "${now}",
        "n": "${body.n}",
        "deep": "${body.list.1.x}",
        "whole": "${body}",
        "id": {"$id": "hex32"},
    }
    first = clocked.render(template, {"body": {"n": 1, "list": [{}, {"x": "a"}]}})
    second = clocked.render(template, {"body": {"n": 2, "list": [{"x": "b"}]}})
    assert (first["at"], second["at"]) == ("2026-06-01T00:00:00.000Z", "2026-06-01T01:00:00.000Z")
    assert (first["n"], first["deep"], second["n"]) == (1, "a", 2)
    assert "deep" not in second  # index 1 is gone from the new scope: MISSING drops the key
    assert second["whole"] == {"n": 2, "list": [{"x": "b"}]} and first["id"] != second["id"]
    assert first["whole"] is not second["whole"]
    # a template object that is a different (equal) string or dict each time renders the same as a kept one
    assert clocked.render("${body.n}".lower(), {"body": {"n": 5}}) == 5
    assert clocked.render(dict(template), {"body": {"n": 6}})["n"] == 6


def test_compiled_templates_are_bounded():
    """Templates built at run time (not from mock.yaml) must not grow the compiled-template store without limit."""
    from specmock.rendering import template as module

    fresh = renderer()
    for n in range(module._COMPILED_LIMIT + 50):
        assert fresh.render({"n": "${body.n}", "k": n}, {"body": {"n": n}}) == {"n": n, "k": n}
    assert len(fresh._compiled) <= module._COMPILED_LIMIT


def test_generators_are_seeded():
    template = {
        "id": {"$id": "uuid"},
        "oid": {"$id": "objectid"},
        "code": {"$pattern": "[a-z]{4}-\\d{3}"},
        "pick": {"$choice": ["a", "b"], "weights": [0, 1]},
        "n": {"$int": [5, 5]},
        "f": {"$float": [1, 2], "round": 1},
        "when": {"$time": {"from": "anchor", "minus-days": 1, "precision": "s"}},
        "pool": {"$pool": "colors"},
    }
    first = renderer(7, {"colors": ["red"]}).render(template, {})
    assert first == renderer(7, {"colors": ["red"]}).render(template, {})
    assert first != renderer(8, {"colors": ["red"]}).render(template, {})
    assert len(first["oid"]) == 24 and first["code"][4] == "-" and first["code"][5:].isdigit()
    assert (first["pick"], first["n"], first["pool"]) == ("b", 5, "red")
    assert first["when"] == "2026-05-31T00:00:00Z"
    with pytest.raises(ValueError, match="unknown generator"):
        renderer().render({"$nope": 1}, {})


def test_conditional_first_merge_omit_and_item_templates():
    item: dict[str, Any] = {}
    renderer().render_item(
        {
            "state": "done",
            "size": {"$if": {"state": "done"}, "then": 10, "else": None},
            "url": {"$if": {"state": "new"}, "then": "x"},
            "color": {"$first": ["${body.color}", None, "red"]},
            "note": {"$first": ["${body.note}", None]},
            "config": {"$omit": {"$merge": [{"a": 1, "secret": 2}, {"b": 3}]}, "keys": ["secret"]},
            "label": "${item.state}-${item.size}",
        },
        {"body": {}},
        item,
    )
    assert item == {
        "state": "done",
        "size": 10,
        "color": "red",
        "note": None,
        "config": {"a": 1, "b": 3},
        "label": "done-10",
    }


def test_criteria():
    item = {"status": "UPLOADED", "meeting": {"id": "m1"}, "end": None}
    assert matches(item, {"status": ["UPLOADED", "ERRORED"], "meeting.id": "m1", "end": None, "gone": MISSING})
    assert not matches(item, {"status": {"$ne": "UPLOADED"}})
    assert matches(item, {"status": {"$in": ["UPLOADED"]}, "end": {"$exists": False}, "meeting": {"$exists": True}})
    assert not matches({"n": 1}, {"n": True})


@pytest.mark.parametrize(
    ("op", "wanted", "value", "result"),
    [
        ("contains", "SYNC", "Weekly sync", True),
        ("regex", "^abc-", "abc-def", True),
        ("regex", "[", "[", True),
        ("gte", 20, 20, True),
        ("lt", "2026-01-02T00:00:00Z", "2026-01-01T23:59:59.000Z", True),
        ("date-eq", "2026-01-01", "2026-01-01T23:59:59.000Z", True),
        ("date-gte", "2026-01-02", "2026-01-01T23:59:59.000Z", False),
        ("before-now", True, "2020-01-01T00:00:00Z", True),
        ("before-now", False, "2020-01-01T00:00:00Z", False),
        ("in", ["a", "b"], "b", True),
        ("exists", True, None, False),
    ],
)
def test_filter_ops(op, wanted, value, result):
    predicate = filter_predicate(["field"], op, wanted, lambda: ANCHOR)
    assert predicate({"field": value}) is result


def test_query_styles():
    spec = Spec.from_path(FIXTURES / "widgets" / "openapi.yaml")
    params = {param.name: param for param in spec.operations["listWidgets"].parameters}
    items = [("filter[size][gte]", "5"), ("filter[color]", "red"), ("colors", "red,blue"), ("page[size]", "7")]
    assert read_query(spec, params["filter"], items) == {"size": {"gte": 5}, "color": "red"}
    assert read_query(spec, params["colors"], items) == ["red", "blue"]
    assert read_query(spec, params["colors"], [("colors", "")]) == []
    assert read_query(spec, params["page"], items) == {"size": 7}
    assert read_query(spec, params["page"], [("page[size]", "x")]) == {"size": "x"}  # left for validation to reject
    assert read_query(spec, params["filter"], [("filter[created]", "")]) == {"created": {}}


def test_nullable_and_read_only_conversion():
    document = {
        "components": {
            "schemas": {
                "A": {
                    "type": "object",
                    "required": ["id", "name", "secret"],
                    "properties": {
                        "id": {"type": "string", "readOnly": True},
                        "name": {"type": "string", "nullable": True, "example": {"nullable": True}},
                        "secret": {"type": "string", "writeOnly": True},
                        "nullable": {"type": "boolean"},
                    },
                }
            }
        }
    }
    request = to_json_schema(document, "request")["components"]["schemas"]["A"]
    response = to_json_schema(document, "response")["components"]["schemas"]["A"]
    assert request["required"] == ["name", "secret"] and response["required"] == ["id", "name"]
    assert request["properties"]["name"] == {
        "anyOf": [{"type": "string", "example": {"nullable": True}}, {"type": "null"}]
    }
    assert request["properties"]["nullable"] == {"type": "boolean"}


def test_fault_grammar():
    faults = parse_faults("latency=1.5s, 429;retry-after=3;count=2, drop")
    assert [(fault.kind, fault.status, fault.seconds, fault.retry_after, fault.count) for fault in faults] == [
        ("latency", 0, 1.5, None, None),
        ("status", 429, 0.0, "3", 2),
        ("drop", 0, 0.0, None, None),
    ]
    with pytest.raises(ValueError, match="unknown fault"):
        parse_faults("600")


def test_mock_yaml_errors_name_the_file_and_place(tmp_path):
    folder = tmp_path / "widgets"
    shutil.copytree(FIXTURES / "widgets", folder)
    base = yaml.safe_load((FIXTURES / "widgets" / "mock.yaml").read_text())
    cases = [
        ({"operations": {"noSuchOp": {"action": "get", "collection": "widgets"}}}, "operations.noSuchOp"),
        ({"operations": {"getWidget": {"action": "fetch", "collection": "widgets"}}}, "operations.getWidget.action"),
        ({"operations": {"getWidget": {"action": "get", "collection": "gadgets"}}}, "operations.getWidget.collection"),
        ({"operations": {"getWidget": {"action": "get"}}}, "operations.getWidget"),
        ({"auth": {"nope": {"accept": ["x"]}}}, "auth.nope"),
        ({"operations": {"getWidget": {"action": "get", "collection": "widgets", "status": 201}}}, "status"),
        ({"errors": {"kinds": {"teapot": {"status": 418}}}}, "errors.kinds"),
    ]
    for change, where in cases:
        (folder / "mock.yaml").write_text(yaml.safe_dump({**base, **cast(dict[str, Any], change)}))
        with pytest.raises(specmock.MockConfigError) as error:
            specmock.load_vendor("widgets", tmp_path)
        assert str(folder / "mock.yaml") in str(error.value) and where in str(error.value)


def test_bad_vendor_files_are_a_config_error_naming_the_file(tmp_path):
    """Duplicate keys in mock.yaml, a broken $ref in the spec, a missing package.yaml: MockConfigError, no traceback."""
    folder = tmp_path / "widgets"
    shutil.copytree(FIXTURES / "widgets", folder)
    mock_yaml = (folder / "mock.yaml").read_text()
    (folder / "mock.yaml").write_text(mock_yaml + "version: 1\n")
    with pytest.raises(specmock.MockConfigError, match=r"mock\.yaml: \$\.version: \[duplicate-key\]"):
        specmock.load_vendor("widgets", tmp_path)
    (folder / "mock.yaml").write_text(mock_yaml)
    spec_yaml = (folder / "openapi.yaml").read_text()
    (folder / "openapi.yaml").write_text(spec_yaml.replace("#/components/schemas/WidgetFilter", "#/components/nope"))
    with pytest.raises(specmock.MockConfigError, match=r"openapi\.yaml: .*\[ref-resolves\].*#/components/nope"):
        specmock.load_vendor("widgets", tmp_path)
    (folder / "openapi.yaml").write_text(spec_yaml)
    (folder / "package.yaml").unlink()
    with pytest.raises(specmock.MockConfigError, match=r"package\.yaml"):
        specmock.load_vendor("widgets", tmp_path)
    with pytest.raises(
        specmock.MockConfigError, match=r"gadgets/mock\.yaml: not found \(vendors with a mock: widgets\)"
    ):
        specmock.load_vendor("gadgets", tmp_path)
