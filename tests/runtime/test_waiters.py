"""wait_until / wait_until_async with a fake clock: success, failure, timeout, unknown and enum statuses."""

from __future__ import annotations

import enum
import math
from typing import Any

import pytest

from generator.runtime import (
    APIError,
    WaiterError,
    WaiterFailureError,
    WaiterTimeoutError,
    wait_until,
    wait_until_async,
)

pytestmark = pytest.mark.anyio

SUCCESS = ("completed",)
FAILURE = ("failed", "cancelled")
MAX_POLLS = 1_000  # a guard: a waiter stuck in a loop fails fast instead of hanging


class Status(enum.StrEnum):
    """Shaped like a generated forward-compatible enum: unknown strings become extra members."""

    QUEUED = "queued"
    PROCESSING = "processing"
    COMPLETED = "completed"
    FAILED = "failed"

    @classmethod
    def _missing_(cls, value: object) -> Status | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = "?" + value
        member._value_ = value
        return member


class Plain(enum.Enum):
    """Not a str subclass: only its ``.value`` can match the waiter's status strings."""

    DONE = "completed"
    BROKEN = "failed"
    BUSY = "busy"


class FakeClock:
    def __init__(self, start: float = 10_000.0) -> None:
        self.now = start
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


class Resource:
    """Answers the given statuses in turn (the last one repeats) and counts polls."""

    def __init__(self, *statuses: Any) -> None:
        self.statuses = list(statuses)
        self.polls = 0

    def get(self) -> dict[str, Any]:
        if self.polls >= MAX_POLLS:
            raise AssertionError("the waiter never stopped polling")
        status = self.statuses[min(self.polls, len(self.statuses) - 1)]
        self.polls += 1
        return {"poll": self.polls, "status": status}


async def wait(mode: str, resource: Resource, clock: FakeClock, *, timeout: float = 60.0, poll_interval: float = 5.0):
    kwargs: dict[str, Any] = {
        "success": SUCCESS,
        "failure": FAILURE,
        "timeout": timeout,
        "poll_interval": poll_interval,
        "clock": clock,
    }
    if mode == "sync":
        return wait_until(resource.get, lambda v: v["status"], sleep=clock.sleep, **kwargs)

    async def fetch() -> dict[str, Any]:
        return resource.get()

    async def sleep(seconds: float) -> None:
        clock.sleep(seconds)

    return await wait_until_async(fetch, lambda v: v["status"], sleep=sleep, **kwargs)


async def test_success_after_several_polls(mode):
    resource, clock = Resource("queued", "processing", "processing", "completed"), FakeClock()
    poll = 5.0
    value = await wait(mode, resource, clock, poll_interval=poll)
    assert value == {"poll": len(resource.statuses), "status": "completed"}
    assert resource.polls == len(resource.statuses)
    assert clock.sleeps == [poll] * (len(resource.statuses) - 1)


async def test_immediate_success_does_not_sleep(mode):
    resource, clock = Resource("completed"), FakeClock()
    await wait(mode, resource, clock)
    assert resource.polls == 1
    assert clock.sleeps == []


@pytest.mark.parametrize("terminal", FAILURE)
async def test_failure_status_raises_with_last_value(mode, terminal):
    resource, clock = Resource("queued", terminal, "completed"), FakeClock()
    with pytest.raises(WaiterFailureError) as info:
        await wait(mode, resource, clock)
    assert isinstance(info.value, WaiterError)
    assert isinstance(info.value, APIError)
    assert info.value.status == terminal
    assert info.value.last == {"poll": 2, "status": terminal}
    assert resource.polls == 2
    assert terminal in str(info.value)


async def test_timeout_raises_after_the_deadline(mode):
    timeout, poll = 10.0, 3.0
    resource, clock = Resource("processing"), FakeClock()
    start = clock.now
    with pytest.raises(WaiterTimeoutError) as info:
        await wait(mode, resource, clock, timeout=timeout, poll_interval=poll)
    assert info.value.status == "processing"
    assert info.value.last == {"poll": resource.polls, "status": "processing"}
    assert sum(clock.sleeps) == pytest.approx(timeout)  # the last sleep is shortened to end at the deadline
    assert all(0 < s <= poll for s in clock.sleeps)
    assert clock.now - start == pytest.approx(timeout)
    assert resource.polls == len(clock.sleeps) + 1  # one last look at the deadline
    assert resource.polls == math.ceil(timeout / poll) + 1


async def test_success_on_the_last_poll_at_the_deadline(mode):
    timeout, poll = 10.0, 5.0
    polls_until_deadline = int(timeout / poll) + 1
    resource, clock = Resource(*["processing"] * (polls_until_deadline - 1), "completed"), FakeClock()
    value = await wait(mode, resource, clock, timeout=timeout, poll_interval=poll)
    assert value["status"] == "completed"


async def test_unknown_statuses_keep_polling(mode):
    resource, clock = Resource("queued", "brand_new_state", "", None, "completed"), FakeClock()
    value = await wait(mode, resource, clock)
    assert value["status"] == "completed"
    assert resource.polls == 5


async def test_str_enum_members_are_compared_by_value(mode):
    statuses = [Status.QUEUED, Status("transcoding"), Status.COMPLETED]
    assert statuses[1].name == "?transcoding"  # an unknown member, kept by _missing_
    resource, clock = Resource(*statuses), FakeClock()
    value = await wait(mode, resource, clock)
    assert value["status"] is Status.COMPLETED
    assert resource.polls == 3


async def test_str_enum_failure_reports_the_plain_value(mode):
    resource, clock = Resource(Status.PROCESSING, Status.FAILED), FakeClock()
    with pytest.raises(WaiterFailureError) as info:
        await wait(mode, resource, clock)
    assert info.value.status == "failed"
    assert type(info.value.status) is str


async def test_plain_enum_members_are_compared_by_value(mode):
    resource, clock = Resource(Plain.BUSY, Plain.DONE), FakeClock()
    value = await wait(mode, resource, clock)
    assert value["status"] is Plain.DONE
    resource, clock = Resource(Plain.BUSY, Plain.BROKEN), FakeClock()
    with pytest.raises(WaiterFailureError) as info:
        await wait(mode, resource, clock)
    assert info.value.status == "failed"
