"""SyncPager/AsyncPager over a fake page-numbered list endpoint with thousands of items."""

from __future__ import annotations

import math
from typing import Any

import pytest

from generator.runtime import AsyncPager, PageRules, SyncPager

pytestmark = pytest.mark.anyio

TOTAL = 5_000
PER_PAGE = 250


Page = dict[str, Any]
Rules = PageRules[Page, Any]


class FakeListEndpoint:
    """Pages of ``{"data": [...], "meta": {...}}``; records every page number fetched."""

    def __init__(self, total: int = TOTAL, per_page: int = PER_PAGE, first_page: int = 1, meta: bool = True):
        self.items = [{"id": i} for i in range(total)]
        self.per_page, self.first_page, self.meta = per_page, first_page, meta
        self.fetched: list[int] = []

    def page(self, number: int) -> dict[str, Any]:
        self.fetched.append(number)
        start = (number - self.first_page) * self.per_page
        page: dict[str, Any] = {"data": self.items[start : start + self.per_page]}
        if self.meta:
            page["meta"] = {
                "total_pages": math.ceil(len(self.items) / self.per_page),
                "total_items": len(self.items),
            }
        return page

    @property
    def page_count(self) -> int:
        return math.ceil(len(self.items) / self.per_page)


def by_pages(first_page: int = 1) -> Rules:
    return PageRules(first_page=first_page, items=lambda p: p["data"], total_pages=lambda p: p["meta"]["total_pages"])


def by_items() -> Rules:
    return PageRules(first_page=1, items=lambda p: p["data"], total_items=lambda p: p["meta"]["total_items"])


def no_totals(page_size: int | None = None) -> Rules:
    return PageRules(first_page=1, items=lambda p: p["data"], page_size=page_size)


def make_pager(mode: str, api: FakeListEndpoint, rules: Rules, limit: int | None = None):
    if mode == "sync":
        return SyncPager(api.page, rules, limit=limit)

    async def fetch(number: int) -> dict[str, Any]:
        return api.page(number)

    return AsyncPager(fetch, rules, limit=limit)


async def items_of(pager) -> list[Any]:
    if isinstance(pager, SyncPager):
        return list(pager)
    return [item async for item in pager]


async def pages_of(pager) -> list[Any]:
    if isinstance(pager, SyncPager):
        return list(pager.pages())
    return [page async for page in pager.pages()]


async def test_stops_on_total_pages(mode):
    api = FakeListEndpoint()
    assert await items_of(make_pager(mode, api, by_pages())) == api.items
    assert api.fetched == list(range(1, api.page_count + 1))


async def test_stops_on_total_items(mode):
    api = FakeListEndpoint()
    assert await items_of(make_pager(mode, api, by_items())) == api.items
    assert len(api.fetched) == api.page_count


async def test_stops_on_total_items_with_a_short_last_page(mode):
    api = FakeListEndpoint(total=TOTAL - 10)
    assert await items_of(make_pager(mode, api, by_items())) == api.items
    assert len(api.fetched) == api.page_count


async def test_without_totals_or_page_size_stops_on_the_empty_page(mode):
    api = FakeListEndpoint(meta=False)
    assert await items_of(make_pager(mode, api, no_totals())) == api.items
    assert len(api.fetched) == api.page_count + 1  # the empty page is the only end signal


async def test_without_totals_a_short_page_is_the_last(mode):
    api = FakeListEndpoint(total=TOTAL - 10, meta=False)
    assert await items_of(make_pager(mode, api, no_totals(PER_PAGE))) == api.items
    assert len(api.fetched) == api.page_count


async def test_without_totals_an_exact_multiple_needs_one_empty_page(mode):
    api = FakeListEndpoint(meta=False)
    assert await items_of(make_pager(mode, api, no_totals(PER_PAGE))) == api.items
    assert len(api.fetched) == api.page_count + 1


async def test_empty_page_stops_even_when_totals_promise_more(mode):
    api = FakeListEndpoint(total=600)
    rules: Rules = PageRules(first_page=1, items=lambda p: p["data"], total_pages=lambda p: 1_000)
    assert await items_of(make_pager(mode, api, rules)) == api.items
    assert len(api.fetched) == api.page_count + 1


async def test_missing_items_are_an_empty_page(mode):
    api = FakeListEndpoint(total=PER_PAGE * 2, meta=False)
    rules: Rules = PageRules(first_page=1, items=lambda p: p["data"] or None)
    assert await items_of(make_pager(mode, api, rules)) == api.items
    assert len(api.fetched) == 3


async def test_unknown_total_falls_back_to_page_size(mode):
    api = FakeListEndpoint(total=TOTAL - 10)
    rules: Rules = PageRules(first_page=1, items=lambda p: p["data"], total_pages=lambda p: None, page_size=PER_PAGE)
    assert await items_of(make_pager(mode, api, rules)) == api.items
    assert len(api.fetched) == api.page_count


async def test_known_totals_win_over_a_short_page(mode):
    server_cap = 100  # the server caps pages below the page size the caller asked for
    api = FakeListEndpoint(total=1_000, per_page=server_cap)
    rules: Rules = PageRules(
        first_page=1, items=lambda p: p["data"], total_items=lambda p: p["meta"]["total_items"], page_size=PER_PAGE
    )
    assert await items_of(make_pager(mode, api, rules)) == api.items
    assert len(api.fetched) == api.page_count


@pytest.mark.parametrize("limit", [1, 600, 2 * PER_PAGE, TOTAL - 1])
async def test_limit_stops_without_fetching_further_pages(mode, limit):
    api = FakeListEndpoint()
    assert await items_of(make_pager(mode, api, by_pages(), limit=limit)) == api.items[:limit]
    assert api.fetched == list(range(1, math.ceil(limit / PER_PAGE) + 1))


@pytest.mark.parametrize("limit", [TOTAL, TOTAL * 2])
async def test_limit_at_or_above_total_reads_everything(mode, limit):
    api = FakeListEndpoint()
    assert await items_of(make_pager(mode, api, by_pages(), limit=limit)) == api.items
    assert len(api.fetched) == api.page_count


@pytest.mark.parametrize("limit", [0, -1])
async def test_limit_zero_fetches_nothing(mode, limit):
    api = FakeListEndpoint()
    assert await items_of(make_pager(mode, api, by_pages(), limit=limit)) == []
    assert api.fetched == []


async def test_first_page_zero(mode):
    api = FakeListEndpoint(first_page=0)
    assert await items_of(make_pager(mode, api, by_pages(first_page=0))) == api.items
    assert api.fetched == list(range(api.page_count))


async def test_pages_yields_whole_pages_and_ignores_limit(mode):
    api = FakeListEndpoint()
    pages = await pages_of(make_pager(mode, api, by_pages(), limit=3))
    assert len(pages) == api.page_count
    assert [item for page in pages for item in page["data"]] == api.items


def test_creating_a_pager_fetches_nothing_and_iteration_is_lazy():
    api = FakeListEndpoint()
    pager = SyncPager(api.page, by_pages())
    assert api.fetched == []
    iterator = iter(pager)
    for _ in range(PER_PAGE):
        next(iterator)
    assert api.fetched == [1]
    next(iterator)
    assert api.fetched == [1, 2]


async def test_async_iteration_is_lazy():
    api = FakeListEndpoint()
    pager = make_pager("async", api, by_pages())
    iterator = aiter(pager)
    await anext(iterator)
    assert api.fetched == [1]
    await iterator.aclose()


def test_a_pager_can_be_iterated_again():
    api = FakeListEndpoint(total=600)
    pager = SyncPager(api.page, by_pages())
    assert list(pager) == list(pager) == api.items
    assert len(api.fetched) == 2 * api.page_count
