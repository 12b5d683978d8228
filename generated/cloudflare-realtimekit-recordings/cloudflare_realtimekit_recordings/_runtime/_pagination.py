# Copied from generator/runtime/_pagination.py by `make generate`. Do not edit.
"""Auto-pagination over page-numbered list operations, one page in memory at a time."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Any, Generic, TypeVar

__all__ = ["AsyncPager", "PageRules", "SyncPager"]

PageT = TypeVar("PageT")
ItemT = TypeVar("ItemT")


@dataclasses.dataclass(frozen=True, slots=True)
class PageRules(Generic[PageT, ItemT]):
    """How to read one page (from the operation's ``x-pagination``)."""

    first_page: int
    items: Callable[[PageT], Sequence[ItemT] | None]
    total_pages: Callable[[PageT], Any] | None = None
    total_items: Callable[[PageT], Any] | None = None
    page_size: int | None = None

    def more_after(self, page: PageT, batch: Sequence[ItemT], pages_read: int, items_read: int) -> bool:
        """Is there another page after this one?"""
        if not batch:
            return False
        known = False
        if self.total_pages is not None and (total := self.total_pages(page)) is not None:
            known = True
            if pages_read >= int(total):
                return False
        if self.total_items is not None and (total := self.total_items(page)) is not None:
            known = True
            if items_read >= int(total):
                return False
        return known or self.page_size is None or len(batch) >= self.page_size


class SyncPager(Generic[PageT, ItemT]):
    """Iterate over every item of every page; ``limit`` stops after that many items. Pages are fetched lazily."""

    def __init__(self, fetch: Callable[[int], PageT], rules: PageRules[PageT, ItemT], *, limit: int | None = None):
        self._fetch = fetch
        self._rules = rules
        self._limit = limit

    def pages(self) -> Iterator[PageT]:
        """Each page in turn (ignores ``limit``)."""
        number, pages_read, items_read = self._rules.first_page, 0, 0
        while True:
            page = self._fetch(number)
            batch = self._rules.items(page) or ()
            pages_read, items_read = pages_read + 1, items_read + len(batch)
            yield page
            if not self._rules.more_after(page, batch, pages_read, items_read):
                return
            number += 1

    def __iter__(self) -> Iterator[ItemT]:
        if self._limit is not None and self._limit <= 0:
            return
        seen = 0
        for page in self.pages():
            for item in self._rules.items(page) or ():
                yield item
                seen += 1
                if self._limit is not None and seen >= self._limit:
                    return


class AsyncPager(Generic[PageT, ItemT]):
    """The asyncio twin of :class:`SyncPager`: ``async for item in pager``."""

    def __init__(
        self,
        fetch: Callable[[int], Awaitable[PageT]],
        rules: PageRules[PageT, ItemT],
        *,
        limit: int | None = None,
    ):
        self._fetch = fetch
        self._rules = rules
        self._limit = limit

    async def pages(self) -> AsyncIterator[PageT]:
        """Each page in turn (ignores ``limit``)."""
        number, pages_read, items_read = self._rules.first_page, 0, 0
        while True:
            page = await self._fetch(number)
            batch = self._rules.items(page) or ()
            pages_read, items_read = pages_read + 1, items_read + len(batch)
            yield page
            if not self._rules.more_after(page, batch, pages_read, items_read):
                return
            number += 1

    def __aiter__(self) -> AsyncIterator[ItemT]:
        return self._items()

    async def _items(self) -> AsyncIterator[ItemT]:
        if self._limit is not None and self._limit <= 0:
            return
        seen = 0
        async for page in self.pages():
            for item in self._rules.items(page) or ():
                yield item
                seen += 1
                if self._limit is not None and seen >= self._limit:
                    return
