"""Collection indexes kept up to date on writes give exactly what sorting and filtering everything would."""

from __future__ import annotations

import random

import pytest

import specmock
from specmock.state.store import sort_items
from specmock.validation.strict_json import StrictJSONError
from tests.specmock.conftest import load_widgets


def _collection(count: int = 200):
    app = specmock.create_app(load_widgets(), seed=5, recordings=count)
    return app.store.collection("widgets")


def _ids(items):
    return [item["id"] for item in items]


def test_orders_and_buckets_match_a_full_sort_after_random_writes():
    collection = _collection()
    rng = random.Random(3)
    for field, descending in (("size", False), ("size", True), ("name", True), ("created_at", False)):
        collection.sorted_by(field, descending)  # built now, then maintained
    for color in ("red", "green", "blue"):
        collection.equal_to("color", color)
    for step in range(600):
        items = list(collection.items.values())
        choice = rng.random()
        if choice < 0.3 and items:
            collection.remove(rng.choice(items))
        elif choice < 0.6:
            template = {"name": f"new-{step}", "color": rng.choice(["red", "green", "blue"]), "size": rng.randint(1, 9)}
            template["created_at"] = rng.choice(["2026-01-01T00:00:00Z", "2026-03-01T00:00:00Z", None])
            collection.add(collection.new_item(collection.store.renderer, template, {}))
        elif items:
            item = rng.choice(items)
            collection.apply(item, {"size": rng.choice([1, 5, None]), "color": rng.choice(["red", "blue"])}, {})
    everything = sort_items(list(collection.items.values()), "created_at", True)  # mock.yaml: created_at desc
    assert _ids(collection.ordered()) == _ids(everything)
    for field, descending in (("size", False), ("size", True), ("name", True), ("created_at", False)):
        assert _ids(collection.sorted_by(field, descending)) == _ids(sort_items(everything, field, descending))
    for color in ("red", "green", "blue"):
        assert _ids(collection.equal_to("color", color)) == _ids([i for i in everything if i.get("color") == color])
    assert collection.equal_to("color", "pink") == []


def test_a_value_that_is_not_strict_json_is_never_stored():
    collection = _collection(3)
    item = next(iter(collection.items.values()))
    before = dict(item)
    version = collection.store.version
    with pytest.raises(StrictJSONError):
        collection.apply(item, {"size": float("nan")}, {})
    with pytest.raises(StrictJSONError):
        collection.apply(item, {"name": "\ud800"}, {})
    assert item == before and collection.store.version == version
    with pytest.raises(StrictJSONError):
        collection.add({"id": "x", "size": float("inf")})
    assert "x" not in collection.items and len(collection.ordered()) == 3
