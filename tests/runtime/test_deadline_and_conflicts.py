"""An overall ``deadline`` bounds a call with its retries and backoff; a 409 (a state conflict) is not retried.

A fake clock advances only when the client sleeps or when the fake server says an attempt took time, so the
tests are exact and never wait.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from generator.runtime import (
    APITimeoutError,
    ConflictError,
    DeadlineExceededError,
    InternalServerError,
    Request,
    RequestOptions,
)
from tests.runtime.kit import Handler, Rig, json_response, repeat, script

pytestmark = pytest.mark.anyio
GET = Request(method="GET", path="/things", idempotent=True)


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def timed_rig(make_rig: Any, handler: Handler, **settings: Any) -> tuple[Rig, Clock]:
    """A rig whose sleeps advance a fake clock (and are recorded as usual)."""
    clock = Clock()
    rig = make_rig(handler, **settings)
    recorded = rig.client._sleep

    if rig.mode == "sync":

        def sleep(seconds: float) -> None:
            clock.now += seconds
            recorded(seconds)

        rig.client._sleep = sleep
    else:

        async def async_sleep(seconds: float) -> None:
            clock.now += seconds
            await recorded(seconds)

        rig.client._sleep = async_sleep
    rig.client._clock = clock
    return rig, clock


async def test_without_deadline_every_retry_is_used(make_rig):
    rig, clock = timed_rig(make_rig, script(*repeat(503, 5)), max_retries=4)
    with pytest.raises(InternalServerError):
        await rig.call(GET)
    assert len(rig.requests) == 5
    assert clock.now == pytest.approx(0.5 + 1 + 2 + 4)


async def test_deadline_stops_retrying_before_a_sleep_would_pass_it(make_rig):
    rig, clock = timed_rig(make_rig, script(*repeat(503, 5)), max_retries=4, deadline=2.0)
    with pytest.raises(InternalServerError):  # the last answer, as when the retry budget runs out
        await rig.call(GET)
    assert rig.sleeps == [0.5, 1.0]  # a third sleep (2 s) would end at 3.5 s, past the 2 s deadline
    assert clock.now <= 2.0


async def test_each_attempt_gets_at_most_the_time_left(make_rig):
    seen: list[dict[str, float]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(dict(request.extensions["timeout"]))
        return httpx.Response(503) if len(seen) == 1 else json_response(200, {"ok": True})

    rig, _ = timed_rig(make_rig, handler, timeout=httpx.Timeout(60.0, connect=10.0), deadline=3.0)
    await rig.call(GET)
    assert seen[0] == {"connect": 3.0, "read": 3.0, "write": 3.0, "pool": 3.0}
    assert seen[1] == {"connect": 2.5, "read": 2.5, "write": 2.5, "pool": 2.5}  # after a 0.5 s backoff


async def test_an_attempt_that_runs_past_the_deadline_raises_deadline_exceeded(make_rig):
    clock_box: list[Clock] = []

    def slow(request: httpx.Request) -> httpx.Response:
        clock_box[0].now += 5.0  # the server kept us waiting until the capped read timeout fired
        raise httpx.ReadTimeout("slow", request=request)

    rig, clock = timed_rig(make_rig, slow, deadline=5.0, max_retries=3)
    clock_box.append(clock)
    with pytest.raises(DeadlineExceededError) as caught:
        await rig.call(GET)
    assert isinstance(caught.value, APITimeoutError)
    assert len(rig.requests) == 1 and rig.sleeps == []
    assert "deadline exceeded" in str(caught.value)


async def test_per_call_deadline_overrides_the_clients(make_rig):
    rig, _ = timed_rig(make_rig, script(*repeat(503, 3)), max_retries=2, deadline=0.1)
    with pytest.raises(InternalServerError):
        await rig.call(GET, options=RequestOptions(deadline=None))  # None: no bound for this call
    assert len(rig.requests) == 3

    rig, _ = timed_rig(make_rig, script(*repeat(503, 3)), max_retries=2)
    with pytest.raises(InternalServerError):
        await rig.call(GET, options=RequestOptions(deadline=0.6))
    assert rig.sleeps == [0.5]


async def test_a_state_conflict_is_not_retried(make_rig):
    rig = make_rig(script(409, json_response(200, {"ok": True})))
    with pytest.raises(ConflictError):
        await rig.call(GET)
    assert len(rig.requests) == 1 and rig.sleeps == []


async def test_a_conflict_with_retry_after_is_retried_when_the_server_says_when(make_rig):
    busy = json_response(409, {"message": "busy"}, **{"retry-after": "2"})
    rig = make_rig(script(busy, json_response(200, {"ok": True})))
    response = await rig.call(GET)
    assert response.parsed == {"ok": True}
    assert rig.sleeps == [2.0]
