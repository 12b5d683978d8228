"""Deliveries ready to send, one FIFO lane per receiver URL, drained by a small pool of worker threads.

One attempt per URL is in flight at a time (so a receiver gets its deliveries in the order they became due), and
different URLs are served in parallel (a receiver that is slow or never answers holds one worker, not the others)."""

from __future__ import annotations

import collections
import logging
import threading
from collections.abc import Callable
from typing import Generic, TypeVar

import httpx

__all__ = ["DEFAULT_WORKERS", "Lanes"]

_log = logging.getLogger("specmock.webhooks")
DEFAULT_WORKERS = 8  # receivers served at the same time; more wait for a free worker
_T = TypeVar("_T")


class Lanes(Generic[_T]):
    """Per-key FIFO queues and the bounded worker pool that sends them with ``send(client, item)``."""

    def __init__(
        self, send: Callable[[httpx.Client, _T], None], *, timeout: float, workers: int = DEFAULT_WORKERS
    ) -> None:
        self.send = send
        self.timeout = timeout
        self.workers = max(1, workers)
        self._queues: dict[str, collections.deque[_T]] = {}
        self._ready: collections.deque[str] = collections.deque()  # keys with a queued item and none in flight
        self._active: set[str] = set()  # keys with an item in flight
        self._count = 0  # queued and in flight
        self._idle = 0  # workers waiting for work
        self._threads: list[threading.Thread] = []
        self._stopped = False
        self._cond = threading.Condition()

    def put(self, key: str, item: _T) -> None:
        """Queue ``item`` behind earlier items of ``key``; start a worker if none is free (up to ``workers``)."""
        with self._cond:
            if self._stopped:
                return
            queue = self._queues.setdefault(key, collections.deque())
            queue.append(item)
            self._count += 1
            if len(queue) == 1 and key not in self._active:
                self._ready.append(key)
            if self._idle == 0 and len(self._threads) < self.workers:
                thread = threading.Thread(target=self._work, name=f"mock-webhooks-{len(self._threads)}", daemon=True)
                self._threads.append(thread)
                thread.start()
            self._cond.notify()

    def pending(self) -> int:
        """Items queued or being sent."""
        with self._cond:
            return self._count

    def queued(self) -> int:
        """Items queued, not yet being sent."""
        with self._cond:
            return self._count - len(self._active)

    def clear(self) -> None:
        """Drop every queued item (items in flight finish)."""
        with self._cond:
            for key in list(self._queues):
                self._count -= len(self._queues[key])
                if key in self._active:
                    self._queues[key].clear()
                else:
                    del self._queues[key]
            self._ready.clear()

    def close(self, timeout: float) -> None:
        with self._cond:
            self._stopped = True
            self._cond.notify_all()
            threads = list(self._threads)
        for thread in threads:
            thread.join(timeout=timeout)

    def _take(self) -> tuple[str, _T] | None:
        with self._cond:
            while not self._ready and not self._stopped:
                self._idle += 1
                self._cond.wait()
                self._idle -= 1
            if self._stopped:
                return None
            key = self._ready.popleft()
            self._active.add(key)
            return key, self._queues[key].popleft()

    def _done(self, key: str) -> None:
        with self._cond:
            self._active.discard(key)
            self._count -= 1
            queue = self._queues.get(key)
            if queue:
                self._ready.append(key)  # behind the other receivers waiting: round robin
                self._cond.notify()
            elif queue is not None:
                del self._queues[key]

    def _work(self) -> None:
        with httpx.Client(timeout=self.timeout, follow_redirects=False, trust_env=False) as client:
            while True:
                taken = self._take()
                if taken is None:
                    return
                key, item = taken
                try:
                    self.send(client, item)
                except Exception:  # a bug here must not stop this receiver's lane or the worker
                    _log.exception("webhook delivery to %s", key)
                finally:
                    self._done(key)
