# Copied from generator/runtime/_pagination.py by `make generate`. Do not edit.
"""Auto-pagination over page-numbered list operations, one page in memory at a time.

Servers do not always page as documented, so the pager guards against three failures (each tested):

* the server ignores the page number and answers the same page again: a page whose items equal the previous
  page's is a repeat; it is dropped and iteration ends (a warning is logged), so nothing loops or repeats;
* the server counts pages from one lower than ``first_page`` (0 instead of 1): when the page's own position
  (``first_item``, the 1-based index of its first item) shows items before it, the page before is read first;
* the server caps or ignores the page size: with ``trust_short_page=False`` a page shorter than ``page_size``
  does not end iteration; only an empty page, a repeat or the counters do.

A page that does not parse (an item of the wrong shape) ends iteration with the client's
``APIResponseValidationError``, which names the item (``data[3].file_size``) plus a note with the page number:
items are never skipped silently.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from typing import Any, Generic, TypeVar

from ._errors import APIResponseValidationError

__all__ = ["AsyncPager", "PageRules", "SyncPager", "wrap_bare_list"]

PageT = TypeVar("PageT")
ItemT = TypeVar("ItemT")

_LOG = logging.getLogger(__name__)


def wrap_bare_list(body: Any, items_path: Sequence[str]) -> Any:
    """A bare JSON array becomes the envelope ``{items_path: array}``; any other body is returned unchanged."""
    if not isinstance(body, list):
        return body
    wrapped: Any = body
    for key in reversed(items_path):
        wrapped = {key: wrapped}
    return wrapped


@dataclasses.dataclass(frozen=True, slots=True)
class PageRules(Generic[PageT, ItemT]):
    """How to read one page (from the operation's ``x-pagination``)."""

    first_page: int
    items: Callable[[PageT], Sequence[ItemT] | None]
    total_pages: Callable[[PageT], Any] | None = None
    total_items: Callable[[PageT], Any] | None = None
    page_size: int | None = None
    first_item: Callable[[PageT], Any] | None = None
    trust_short_page: bool = True

    def more_after(self, page: PageT, batch: Sequence[ItemT], pages_read: int, items_read: int) -> bool:
        """Is there another page after this one?"""
        if not batch:
            return False
        known = False
        if self.total_pages is not None and (total := _number(self.total_pages(page))) is not None:
            known = True
            if pages_read >= total:
                return False
        if self.total_items is not None and (total := _number(self.total_items(page))) is not None:
            known = True
            if items_read >= total:
                return False
        if known or self.page_size is None or not self.trust_short_page:
            return True
        return len(batch) >= self.page_size

    def starts_late(self, page: PageT, batch: Sequence[ItemT]) -> bool:
        """Does the first page requested begin after item 1 (the server counts pages from ``first_page - 1``)?

        Only asked when the page reports its position (``first_item``): it begins after item 1, or it is empty
        while the counters report items (they all fit on the page before).
        """
        if self.first_item is None:
            return False
        if not batch:
            total = _number(self.total_items(page)) if self.total_items is not None else None
            return total is not None and total > 0
        position = _number(self.first_item(page))
        return position is not None and position > 1


def _number(value: Any) -> int | None:
    """A counter from the body as an int; ``None`` when absent or not a number (never a crash mid-iteration)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return int(value)


class _Walk(Generic[PageT, ItemT]):
    """The sans-I/O state of one pass over the pages: which page to ask next and which answers to keep."""

    def __init__(self, rules: PageRules[PageT, ItemT]) -> None:
        self.rules = rules
        self.number = rules.first_page
        self.pages_read = 0
        self.items_read = 0
        self.previous: list[ItemT] | None = None
        self.done = False

    def accept(self, page: PageT) -> bool:
        """Record a fetched page; False when it repeats the previous one (then the walk is over)."""
        batch = list(self.rules.items(page) or ())
        if batch and batch == self.previous:
            _LOG.warning(
                "page %s repeats the previous page; the server seems to ignore the page parameter, stopping",
                self.number,
            )
            self.done = True
            return False
        self.previous = batch
        self.pages_read += 1
        self.items_read += len(batch)
        return True

    def advance(self, page: PageT) -> None:
        """Move to the next page number, or finish."""
        batch = self.previous or []
        if not self.rules.more_after(page, batch, self.pages_read, self.items_read):
            self.done = True
        self.number += 1


def _noted(fetch: Callable[[int], PageT]) -> Callable[[int], PageT]:
    """``fetch``, adding the page number to a page that does not parse (the error names the item in the page)."""

    def get(number: int) -> PageT:
        try:
            return fetch(number)
        except APIResponseValidationError as exc:
            exc.add_note(f"while paginating: page {number}")
            raise

    return get


def _noted_async(fetch: Callable[[int], Awaitable[PageT]]) -> Callable[[int], Awaitable[PageT]]:
    """The asyncio twin of :func:`_noted`."""

    async def get(number: int) -> PageT:
        try:
            return await fetch(number)
        except APIResponseValidationError as exc:
            exc.add_note(f"while paginating: page {number}")
            raise

    return get


class SyncPager(Generic[PageT, ItemT]):
    """Iterate over every item of every page; ``limit`` stops after that many items. Pages are fetched lazily."""

    def __init__(self, fetch: Callable[[int], PageT], rules: PageRules[PageT, ItemT], *, limit: int | None = None):
        self._fetch = _noted(fetch)
        self._rules = rules
        self._limit = limit

    def pages(self) -> Iterator[PageT]:
        """Each page in turn (ignores ``limit``)."""
        walk = _Walk(self._rules)
        page = self._fetch(walk.number)
        if self._rules.starts_late(page, self._rules.items(page) or ()):
            earlier = self._fetch(walk.number - 1)
            walk.accept(earlier)
            yield earlier
        while walk.accept(page):
            yield page
            walk.advance(page)
            if walk.done:
                return
            page = self._fetch(walk.number)

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
        self._fetch = _noted_async(fetch)
        self._rules = rules
        self._limit = limit

    async def pages(self) -> AsyncIterator[PageT]:
        """Each page in turn (ignores ``limit``)."""
        walk = _Walk(self._rules)
        page = await self._fetch(walk.number)
        if self._rules.starts_late(page, self._rules.items(page) or ()):
            earlier = await self._fetch(walk.number - 1)
            walk.accept(earlier)
            yield earlier
        while walk.accept(page):
            yield page
            walk.advance(page)
            if walk.done:
                return
            page = await self._fetch(walk.number)

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
