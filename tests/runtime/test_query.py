"""Query-string encoding: deepObject and form styles, scalars, and what actually goes on the wire."""

from __future__ import annotations

import datetime
import enum
import urllib.parse

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.runtime import Request, encode_deep_object, encode_form, path_segment
from tests.runtime.kit import script

pytestmark = pytest.mark.anyio


class Color(enum.Enum):
    RED = "red"


class Size(enum.IntEnum):
    LARGE = 3


class Status(enum.StrEnum):
    DONE = "done"


def test_deep_object_nested_dicts():
    start = datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
    pairs = encode_deep_object("filter", {"date_ended_at": {"gte": start, "lt": datetime.date(2024, 2, 1)}})
    assert pairs == [
        ("filter[date_ended_at][gte]", start.isoformat()),
        ("filter[date_ended_at][lt]", "2024-02-01"),
    ]


def test_deep_object_three_levels_and_order_preserved():
    pairs = encode_deep_object("q", {"b": 1, "a": {"x": {"y": "z"}}, "c": 2})
    assert pairs == [("q[b]", "1"), ("q[a][x][y]", "z"), ("q[c]", "2")]


def test_deep_object_lists_repeat_the_key():
    assert encode_deep_object("filter", {"status": ["a", Status.DONE], "ids": (1, 2)}) == [
        ("filter[status]", "a"),
        ("filter[status]", "done"),
        ("filter[ids]", "1"),
        ("filter[ids]", "2"),
    ]


def test_deep_object_skips_none_at_every_level():
    assert encode_deep_object("f", {"a": None, "b": {"c": None, "d": 0}, "e": ""}) == [("f[b][d]", "0"), ("f[e]", "")]


def test_deep_object_scalars():
    assert encode_deep_object("f", {"on": True, "off": False, "color": Color.RED, "size": Size.LARGE}) == [
        ("f[on]", "true"),
        ("f[off]", "false"),
        ("f[color]", "red"),
        ("f[size]", "3"),
    ]


def test_deep_object_empty_mapping():
    assert encode_deep_object("f", {}) == []


@pytest.mark.parametrize(
    ("value", "wire"),
    [
        (True, "true"),
        (False, "false"),
        (0, "0"),
        (1.5, "1.5"),
        ("a b", "a b"),
        (Color.RED, "red"),
        (Status.DONE, "done"),
        (datetime.date(2024, 3, 4), "2024-03-04"),
        (datetime.datetime(2024, 3, 4, 5, 6, 7), "2024-03-04T05:06:07"),
    ],
)
def test_form_scalars(value, wire):
    assert encode_form("p", value) == [("p", wire)]


def test_form_explode_true_repeats_the_name():
    assert encode_form("tag", ["a", "b", Color.RED]) == [("tag", "a"), ("tag", "b"), ("tag", "red")]


def test_form_explode_false_joins_with_commas():
    assert encode_form("tag", ["a", "b", True], explode=False) == [("tag", "a,b,true")]


@pytest.mark.parametrize("explode", [True, False])
def test_form_none_and_empty_list_are_omitted(explode):
    assert encode_form("tag", None, explode=explode) == []
    assert encode_form("tag", [], explode=explode) == []


def test_form_string_is_not_split_into_characters():
    assert encode_form("name", "abc", explode=False) == [("name", "abc")]


async def test_wire_url_carries_the_encoded_pairs(make_rig):
    params = [
        *encode_deep_object("filter", {"date_ended_at": {"gte": datetime.date(2024, 1, 1)}, "status": ["a", "b"]}),
        *encode_form("fields", ["id", "name"], explode=False),
        ("page[size]", "50"),
        ("q", "a&b=c d"),
    ]
    rig = make_rig(script(200))
    await rig.call(Request(method="GET", path="/things", params=params))
    url = rig.requests[0].url
    assert url.path == "/v2/things"
    assert list(url.params.multi_items()) == params
    assert urllib.parse.parse_qsl(url.query.decode("ascii"), keep_blank_values=True) == params
    assert ("page[size]", "50") in urllib.parse.parse_qsl(url.query.decode("ascii"))


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(), st.integers(), st.uuids()))
def test_path_segment_is_quote_with_nothing_safe(value):
    assert path_segment(value) == urllib.parse.quote(str(value), safe="")
