"""The pager against servers that do not page as documented: no endless loop, no repeated or lost items.

Each fake server holds N items and answers ``fetch(page_number)`` in one of the ways a real server might: honouring
the page number from base 0 or base 1, ignoring it (the whole list or the first page every time), answering a bare
list without counters, or capping the page size below the one asked for.
"""

from __future__ import annotations

import logging
import math
from typing import Any

import pytest

from generator.runtime import AsyncPager, PageRules, SyncPager, wrap_bare_list

pytestmark = pytest.mark.anyio

Page = dict[str, Any]
MAX_FETCHES = 200  # a pager still fetching after this many pages is looping


class Server:
    def __init__(self, total: int, size: int = 10, base: int = 1, honours_page: bool = True, counters: bool = True):
        self.items = [{"id": i} for i in range(total)]
        self.size, self.base, self.honours_page, self.counters = size, base, honours_page, counters
        self.fetched: list[int] = []

    def page(self, number: int) -> Page:
        self.fetched.append(number)
        if len(self.fetched) > MAX_FETCHES:
            raise AssertionError("the pager does not stop")
        index = (number - self.base) if self.honours_page else 0
        start = max(index, 0) * self.size
        data = self.items[start : start + self.size]
        page: Page = {"data": data}
        if self.counters:
            page["paging"] = {
                "start_offset": start + 1 if data else 0,  # 1-based position of the first item, as documented
                "total_count": len(self.items),
                "total_pages": math.ceil(len(self.items) / self.size),
            }
        return page


def rules(**kw: Any) -> PageRules[Page, Any]:
    return PageRules(first_page=kw.pop("first_page", 1), items=lambda p: p.get("data"), **kw)


def counted(**kw: Any) -> PageRules[Page, Any]:
    return rules(
        total_items=lambda p: p.get("paging", {}).get("total_count"),
        first_item=lambda p: p.get("paging", {}).get("start_offset"),
        **kw,
    )


async def read(mode: str, server: Server, page_rules: PageRules[Page, Any]) -> list[Any]:
    if mode == "sync":
        return list(SyncPager(server.page, page_rules))

    async def fetch(number: int) -> Page:
        return server.page(number)

    return [item async for item in AsyncPager(fetch, page_rules)]


@pytest.mark.parametrize("base", [0, 1])
async def test_either_page_base_reads_every_item_once(mode, base):
    server = Server(total=35, base=base)
    assert await read(mode, server, counted()) == server.items
    if base == 0:
        assert server.fetched[:2] == [1, 0]  # page 1 started at item 11: the page before it was read too


async def test_base_one_server_is_not_asked_for_page_zero(mode):
    server = Server(total=35, base=1)
    await read(mode, server, counted())
    assert server.fetched == [1, 2, 3, 4]


async def test_base_zero_server_with_a_single_page(mode):
    server = Server(total=7, base=0)  # page 1 is empty: everything is on page 0
    assert await read(mode, server, counted()) == server.items


@pytest.mark.parametrize("total", [0, 5, 10, 35])
async def test_server_that_ignores_the_page_number_without_counters(mode, total, caplog):
    server = Server(total=total, size=10_000, honours_page=False, counters=False)
    with caplog.at_level(logging.WARNING):
        assert await read(mode, server, rules()) == server.items
    assert len(server.fetched) <= 2
    if total:
        assert "repeats the previous page" in caplog.text


async def test_server_that_ignores_the_page_number_but_claims_more_pages(mode):
    server = Server(total=35, size=10, honours_page=False)  # always the first 10, counters say 35
    items = await read(mode, server, counted())
    assert items == server.items[:10]  # what the server gives, once: no endless loop, no repeat
    assert server.fetched == [1, 2]


async def test_bare_list_wrapped_then_paged_without_counters(mode):
    server = Server(total=23, size=10, counters=False)

    def bare(number: int) -> Any:
        return server.page(number)["data"]  # the server answers a bare array

    wrapped = Server(total=0)
    wrapped.page = lambda number: wrap_bare_list(bare(number), ["data"])  # type: ignore[method-assign]
    assert await read(mode, wrapped, rules(page_size=10)) == server.items


async def test_capped_page_size_is_not_taken_for_the_last_page_when_short_pages_are_not_trusted(mode):
    server = Server(total=35, size=10, counters=False)  # asked for 50 per page, the server caps at 10
    assert await read(mode, server, rules(page_size=50, trust_short_page=False)) == server.items
    assert server.fetched == [1, 2, 3, 4, 5]  # the empty page 5 ends it


async def test_trusted_short_page_still_ends_early(mode):
    server = Server(total=35, size=10, counters=False)
    assert await read(mode, server, rules(page_size=50)) == server.items[:10]  # documents what trust costs
    assert server.fetched == [1]


async def test_counters_that_are_not_numbers_do_not_crash(mode):
    server = Server(total=12, size=5)
    broken = rules(total_items=lambda p: "many", first_item=lambda p: None)
    assert await read(mode, server, broken) == server.items


def test_wrap_bare_list_shapes():
    assert wrap_bare_list([1, 2], ["data"]) == {"data": [1, 2]}
    assert wrap_bare_list([1], ["result", "items"]) == {"result": {"items": [1]}}
    envelope = {"data": [1], "pagination": {"page": 1}}
    assert wrap_bare_list(envelope, ["data"]) is envelope
    assert wrap_bare_list("text", ["data"]) == "text"
