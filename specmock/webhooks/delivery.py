"""Signed deliveries off the request path: scheduling, the vendor's retries, the failover URL, faults and the log."""

from __future__ import annotations

import collections
import dataclasses
import heapq
import itertools
import logging
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from typing import Any

import httpx

from ..state.store import Store
from .events import Event
from .faults import DeliveryFault, DeliveryFaults
from .lanes import DEFAULT_WORKERS, Lanes
from .settings import WebhookSettings
from .signing import Signer, corrupt
from .subscriptions import Registry, Target

__all__ = ["DEFAULT_QUEUE_LIMIT", "DEFAULT_TIMEOUT", "DEFAULT_WORKERS", "MAX_LOG", "Dispatcher"]

_log = logging.getLogger("specmock.webhooks")
DEFAULT_QUEUE_LIMIT = 1000  # events and scheduled attempts waiting; more are dropped (and logged)
DEFAULT_TIMEOUT = 5.0  # seconds per delivery attempt
MAX_LOG = 1000  # delivery log entries kept (the latest)
_TICK = 0.1  # seconds between time-driven lifecycle checks while someone is subscribed
_HOLD = 2.0  # seconds an out-of-order delivery waits for a later one before it is sent anyway
USER_AGENT = "specmock-webhooks/1"


@dataclasses.dataclass(slots=True)
class _Job:
    delivery_id: str
    event: Event
    target: Target
    generation: int
    attempt: int = 1
    faults: tuple[DeliveryFault, ...] = ()
    duplicate: bool = False
    failover: bool = False  # this attempt goes to the subscription's failover URL

    @property
    def url(self) -> str:
        return self.target.failover_url if self.failover and self.target.failover_url else self.target.url


class Dispatcher:
    """Turns emitted events into signed HTTP deliveries to every subscribed URL, off the request path.

    Events are queued by the store listener (under the store lock, no I/O); a scheduler thread resolves their
    targets and hands due attempts to per-URL lanes (``lanes.py``), whose workers send them with httpx: one attempt
    per URL at a time, URLs in parallel. Retries follow ``x-webhooks.delivery`` (backoff times ``time_scale``);
    once a primary URL's attempts are used up, a subscription's failover URL gets ``failover_attempts`` of its own.
    Every attempt is logged. Never blocks or fails an API request: a full queue drops the event and logs it."""

    def __init__(
        self,
        settings: WebhookSettings,
        signer: Signer,
        registry: Registry,
        store: Callable[[], Store],
        *,
        headers: Mapping[str, str] | None = None,
        time_scale: float = 1.0,
        timeout: float = DEFAULT_TIMEOUT,
        queue_limit: int = DEFAULT_QUEUE_LIMIT,
        render_header: Callable[[str, Mapping[str, Any]], str] | None = None,
        workers: int = DEFAULT_WORKERS,
        failover_attempts: int | None = None,
    ) -> None:
        self.settings = settings
        self.signer = signer
        self.registry = registry
        self.store = store
        self.headers = dict(headers or {})
        self.render_header = render_header
        self.time_scale = time_scale
        self.timeout = timeout
        self.queue_limit = max(1, queue_limit)
        self.failover_attempts = max(1, failover_attempts or settings.delivery.attempts)
        self.faults = DeliveryFaults()
        self.log: collections.deque[dict[str, Any]] = collections.deque(maxlen=MAX_LOG)
        self.counts: collections.Counter[str] = collections.Counter()
        self._emitted: collections.deque[Event] = collections.deque()
        self._heap: list[tuple[float, int, _Job]] = []
        self._held: dict[str, tuple[float, _Job]] = {}  # url -> (deadline, job) held back by out-of-order
        self._seq = itertools.count()
        self._generation = 0
        self._cond = threading.Condition()
        self._thread: threading.Thread | None = None
        self._stopped = False
        self._busy = 0  # events and attempts between two stages (queue -> attempt -> lane)
        self._lanes: Lanes[_Job] = Lanes(self._send, timeout=timeout, workers=workers)

    # -- producers (any thread) -----------------------------------------------------------------------------------
    def emit(self, event: Event) -> None:
        """Queue an event (called by the store listener, with the store lock held: no I/O here)."""
        with self._cond:
            if len(self._emitted) + len(self._heap) + self._lanes.queued() >= self.queue_limit:
                self.counts["dropped"] += 1
                self.log.append(self._entry(event, None, outcome="dropped", error="delivery queue full"))
                return
            self._emitted.append(event)
            self.counts["events"] += 1
            self._start()
            self._cond.notify()

    def wake(self) -> None:
        """Start the thread if needed (a new subscription: time-driven changes are now watched)."""
        with self._cond:
            self._start()
            self._cond.notify()

    def reset(self) -> None:
        """Forget queued deliveries, the log and faults; attempts in flight are not recorded."""
        with self._cond:
            self._generation += 1
            self._emitted.clear()
            self._heap.clear()
            self._held.clear()
            self._lanes.clear()
            self.log.clear()
            self.counts.clear()
            self.faults.clear()

    def close(self) -> None:
        with self._cond:
            self._stopped = True
            self._cond.notify()
            thread = self._thread
        if thread is not None:
            thread.join(timeout=self.timeout + 1)
        self._lanes.close(timeout=self.timeout + 1)

    def entries(self) -> list[dict[str, Any]]:
        """The delivery log, oldest first (one entry per attempt, plus dropped and unsubscribed events)."""
        with self._cond:
            return list(self.log)

    def idle(self) -> bool:
        """Nothing queued, held back or being sent."""
        with self._cond:
            return not (self._emitted or self._heap or self._held or self._busy or self._lanes.pending())

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """Block until :meth:`idle` (True) or ``timeout`` seconds (False)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.idle():
                return True
            time.sleep(0.01)
        return self.idle()

    # -- the worker -----------------------------------------------------------------------------------------------
    def _start(self) -> None:
        if self._thread is None and not self._stopped:
            self._thread = threading.Thread(target=self._run, name="mock-webhooks", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        """The scheduler: lifecycle ticks, targets of new events, due attempts to their URL's lane (no I/O here)."""
        while True:
            with self._cond:
                if self._stopped:
                    return
                self._cond.wait(timeout=self._wait_time())
                if self._stopped:
                    return
            try:
                self._tick()
                self._schedule()
                self._dispatch()
            except Exception:  # a bug here must not kill deliveries for the rest of the run
                _log.exception("webhook delivery loop")

    def _wait_time(self) -> float:
        """Seconds until the next scheduled attempt or held delivery (capped by the lifecycle tick)."""
        if self._emitted:
            return 0.0
        soonest = [self._heap[0][0]] if self._heap else []
        soonest += [deadline for deadline, _ in self._held.values()]
        wait = min(soonest) - time.monotonic() if soonest else _TICK
        return max(0.0, min(wait, _TICK))

    def _tick(self) -> None:
        """Apply time-driven lifecycle steps (``after-seconds``) while anyone listens: the real vendor's recordings
        progress without being polled, and each step may emit an event."""
        store = self.store()
        with store.lock:
            if not self.registry.listing(store):
                return
            for collection in store.collections.values():
                collection.refresh()

    def _schedule(self) -> None:
        """Resolve the targets of emitted events and schedule their first attempts (with their faults)."""
        while True:
            with self._cond:
                if not self._emitted:
                    return
                event = self._emitted.popleft()
                generation = self._generation
                self._busy += 1  # not idle while the event is between the queue and its first attempt
            try:
                store = self.store()
                with store.lock:
                    targets = self.registry.targets(store, event.type, event.collection, event.item_key)
                if not targets:
                    self.log.append(self._entry(event, None, outcome="no-subscriber"))
                for target in targets:
                    self._first_attempt(
                        _Job(str(uuid.uuid4()), event, target, generation, faults=tuple(self.faults.take()))
                    )
            finally:
                with self._cond:
                    self._busy -= 1

    def _first_attempt(self, job: _Job) -> None:
        now = time.monotonic()
        due = now + sum(fault.seconds for fault in job.faults if fault.kind == "delay")
        kinds = {fault.kind for fault in job.faults}
        with self._cond:
            if job.generation != self._generation:
                return
            held = self._held.pop(job.target.url, None)
            if "out-of-order" in kinds:
                self._held[job.target.url] = (now + _HOLD, job)
            else:
                self._push(due, job)
            if held is not None:  # the held delivery goes right after this one
                self._push(due, held[1])
            if "duplicate" in kinds:
                self._push(due, dataclasses.replace(job, duplicate=True))

    def _push(self, due: float, job: _Job) -> None:
        """Schedule an attempt (call with ``_cond`` held); wakes the scheduler, which may be waiting longer."""
        heapq.heappush(self._heap, (due, next(self._seq), job))
        self._cond.notify()

    def _dispatch(self) -> None:
        """Due attempts, in due order, to the lane of the URL each one goes to."""
        now = time.monotonic()
        jobs = []
        with self._cond:
            for url, (deadline, job) in list(self._held.items()):
                if deadline <= now:  # nothing came after it in time: send it anyway
                    del self._held[url]
                    self._push(now, job)
            while self._heap and self._heap[0][0] <= now:
                jobs.append(heapq.heappop(self._heap)[2])
            self._busy += 1  # not idle while the jobs are between the heap and their lanes
        try:
            for job in jobs:
                self._lanes.put(job.url, job)
        finally:
            with self._cond:
                self._busy -= 1

    def _send(self, client: httpx.Client, job: _Job) -> None:
        """One attempt, on a lane worker."""
        with self._cond:
            if job.generation != self._generation:
                return
        self._attempt(client, job)

    def _attempt(self, client: httpx.Client, job: _Job) -> None:
        headers = self._headers(job)
        started = time.monotonic()
        status: int | None = None
        error: str | None = None
        try:
            response = client.post(job.url, content=job.event.body, headers=headers)
            status = response.status_code
        except httpx.HTTPError as exc:
            error = f"{type(exc).__name__}: {exc}"
        except Exception as exc:  # a bad URL or anything else: recorded, never raised
            error = f"{type(exc).__name__}: {exc}"
        elapsed = time.monotonic() - started
        delivery = self.settings.delivery
        attempts = self.failover_attempts if job.failover else delivery.attempts
        retry = not job.duplicate and delivery.retries(status) and job.attempt < attempts
        ok = status is not None and 200 <= status < 300
        fail_over = not (ok or retry or job.duplicate or job.failover) and job.target.failover_url is not None
        outcome = "delivered" if ok else ("retrying" if retry else ("failing-over" if fail_over else "failed"))
        with self._cond:
            if job.generation != self._generation:
                return
            self.counts[outcome] += 1
            self.log.append(
                self._entry(
                    job.event, job, outcome=outcome, status=status, error=error, elapsed=elapsed, headers=headers
                )
            )
            if retry:
                self._push(time.monotonic() + delivery.backoff(job.attempt) * self.time_scale, _next(job))
            elif fail_over:  # the primary URL is done with: the failover URL at once, with attempts of its own
                self._push(time.monotonic(), dataclasses.replace(_next(job), attempt=1, failover=True))

    def _headers(self, job: _Job) -> dict[str, str]:
        verification = self.settings.verification
        timestamp = str(int(time.time()))
        headers = {"content-type": "application/json", "user-agent": USER_AGENT}
        scope = {
            "subscription": {"id": job.target.subscription_id, "url": job.url},
            "delivery": {"id": job.delivery_id},
        }
        for name, template in self.headers.items():
            headers[name.lower()] = self.render_header(template, scope) if self.render_header else template
        if verification.timestamp_header:
            headers[verification.timestamp_header.lower()] = timestamp
        if verification.delivery_id_header:
            headers[verification.delivery_id_header.lower()] = job.delivery_id
        signature = self.signer.sign(job.event.body, timestamp)
        if any(fault.kind == "bad-signature" for fault in job.faults):
            signature = corrupt(signature)
        if signature is not None and verification.signature_header:
            headers[verification.signature_header.lower()] = signature
        elif verification.signature_header and any(fault.kind == "bad-signature" for fault in job.faults):
            headers[verification.signature_header.lower()] = corrupt(None)
        return headers

    def _entry(
        self,
        event: Event,
        job: _Job | None,
        *,
        outcome: str,
        status: int | None = None,
        error: str | None = None,
        elapsed: float | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        return {
            "delivery_id": job.delivery_id if job else None,
            "event_id": event.id,
            "event": event.type,
            "collection": event.collection,
            "item": event.item_key,
            "url": job.url if job else None,
            "failover": job.failover if job else False,
            "subscription": job.target.subscription_id if job else None,
            "attempt": job.attempt if job else 0,
            "duplicate": job.duplicate if job else False,
            "faults": [fault.label for fault in job.faults] if job else [],
            "outcome": outcome,
            "status": status,
            "error": error,
            "seconds": None if elapsed is None else round(elapsed, 4),
            "sent_at": time.time(),
            "headers": dict(headers or {}),
            "body": event.body.decode("utf-8"),
        }


def _next(job: _Job) -> _Job:
    """The retry of ``job``: same delivery id and body, no faults but a bad signature (a wrong key stays wrong)."""
    kept = tuple(fault for fault in job.faults if fault.kind == "bad-signature")
    return dataclasses.replace(job, attempt=job.attempt + 1, faults=kept)
