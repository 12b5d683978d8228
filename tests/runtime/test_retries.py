"""The retry loop of SyncClient/AsyncClient: which answers are retried, how often, and how long it waits in between."""

from __future__ import annotations

import datetime
import email.utils

import httpx
import pytest

from generator.runtime import (
    DEFAULT_MAX_RETRIES,
    APIConnectionError,
    AuthenticationError,
    BadRequestError,
    InternalServerError,
    NotFoundError,
    Request,
    RequestOptions,
    RetryPolicy,
    UnprocessableEntityError,
)
from tests.runtime.kit import json_response, repeat, script

pytestmark = pytest.mark.anyio

GET = Request(method="GET", path="/things", idempotent=True)
POST = Request(method="POST", path="/things", json={"name": "x"}, has_body=True, idempotent=False)


def backoff(policy: RetryPolicy, retries: int) -> list[float]:
    """The documented schedule without jitter: ``initial_delay`` doubling per retry, capped at ``max_delay``."""
    return [min(policy.initial_delay * 2**n, policy.max_delay) for n in range(retries)]


async def test_503_503_200_retries_twice_with_exponential_backoff(make_rig):
    rig = make_rig(script(503, 503, json_response(200, {"ok": True})))
    response = await rig.call(GET)
    assert response.parsed == {"ok": True}
    assert len(rig.requests) == 3
    policy = rig.client._core.settings.retry_policy
    assert rig.sleeps == pytest.approx(backoff(policy, 2))
    assert rig.sleeps[1] == pytest.approx(2 * rig.sleeps[0])


async def test_backoff_is_capped_at_max_delay(make_rig):
    policy = RetryPolicy(initial_delay=0.5, max_delay=3.0, jitter=0.0)
    retries = 5
    rig = make_rig(script(*repeat(503, retries), 200), retry_policy=policy, max_retries=retries)
    await rig.call(GET)
    assert rig.sleeps == pytest.approx(backoff(policy, retries))
    assert max(rig.sleeps) == policy.max_delay


async def test_jitter_keeps_each_delay_within_its_band(make_rig):
    policy = RetryPolicy(initial_delay=1.0, max_delay=100.0, jitter=0.25)
    retries = 4
    rig = make_rig(script(*repeat(503, retries), 200), retry_policy=policy, max_retries=retries)
    await rig.call(GET)
    for delay, nominal in zip(rig.sleeps, backoff(policy, retries), strict=True):
        assert nominal * (1 - policy.jitter) <= delay <= nominal


async def test_default_budget_then_internal_server_error(make_rig):
    rig = make_rig(script(*repeat(503, DEFAULT_MAX_RETRIES + 1)))
    with pytest.raises(InternalServerError) as info:
        await rig.call(GET)
    assert info.value.status_code == 503
    assert len(rig.requests) == DEFAULT_MAX_RETRIES + 1
    assert len(rig.sleeps) == DEFAULT_MAX_RETRIES


async def test_settings_max_retries_sets_the_budget(make_rig):
    budget = 4
    rig = make_rig(script(*repeat(500, budget + 1)), max_retries=budget)
    with pytest.raises(InternalServerError):
        await rig.call(GET)
    assert len(rig.requests) == budget + 1


async def test_per_call_max_retries_zero_sends_once(make_rig):
    rig = make_rig(script(503))
    with pytest.raises(InternalServerError):
        await rig.call(GET, options=RequestOptions(max_retries=0))
    assert len(rig.requests) == 1
    assert rig.sleeps == []


async def test_per_call_max_retries_five_outlasts_five_failures(make_rig):
    rig = make_rig(script(*repeat(503, 5), json_response(200, {"ok": 1})))
    response = await rig.call(GET, options=RequestOptions(max_retries=5))
    assert response.parsed == {"ok": 1}
    assert len(rig.requests) == 6
    assert len(rig.sleeps) == 5


async def test_negative_max_retries_means_no_retry(make_rig):
    rig = make_rig(script(503))
    with pytest.raises(InternalServerError):
        await rig.call(GET, options=RequestOptions(max_retries=-3))
    assert len(rig.requests) == 1


@pytest.mark.parametrize("status", [408, 429, 500, 502, 504])
async def test_retryable_statuses(make_rig, status):
    rig = make_rig(script(status, json_response(200, {"ok": True})))
    response = await rig.call(GET)
    assert response.status_code == 200
    assert len(rig.requests) == 2
    assert len(rig.sleeps) == 1


@pytest.mark.parametrize("error", [httpx.ConnectError, httpx.ReadError, httpx.ReadTimeout, httpx.RemoteProtocolError])
async def test_transport_errors_are_retried(make_rig, error):
    rig = make_rig(script(error("boom"), error("boom"), json_response(200, {"ok": True})))
    response = await rig.call(GET)
    assert response.parsed == {"ok": True}
    assert len(rig.requests) == 3
    assert rig.sleeps == pytest.approx(backoff(rig.client._core.settings.retry_policy, 2))


@pytest.mark.parametrize(
    ("status", "error"),
    [(400, BadRequestError), (401, AuthenticationError), (404, NotFoundError), (422, UnprocessableEntityError)],
)
async def test_client_errors_are_not_retried(make_rig, status, error):
    rig = make_rig(script(status))
    with pytest.raises(error):
        await rig.call(GET)
    assert len(rig.requests) == 1
    assert rig.sleeps == []


async def test_non_idempotent_post_is_sent_once_on_503(make_rig):
    rig = make_rig(script(503))
    with pytest.raises(InternalServerError):
        await rig.call(POST)
    assert len(rig.requests) == 1
    assert rig.sleeps == []


async def test_non_idempotent_post_is_sent_once_on_connect_error(make_rig):
    rig = make_rig(script(httpx.ConnectError("refused")))
    with pytest.raises(APIConnectionError):
        await rig.call(POST, options=RequestOptions(max_retries=5))
    assert len(rig.requests) == 1


async def test_idempotent_post_is_retried_with_the_same_body(make_rig):
    request = Request(method="POST", path="/things", json={"name": "x"}, has_body=True, idempotent=True)
    rig = make_rig(script(503, json_response(201, {"id": 7})))
    response = await rig.call(request)
    assert response.parsed == {"id": 7}
    assert [r.content for r in rig.requests] == [rig.requests[0].content] * 2
    assert rig.requests[0].content  # the body really was sent


async def test_retry_after_seconds(make_rig):
    rig = make_rig(script(httpx.Response(503, headers={"Retry-After": "2"}), 200))
    await rig.call(GET)
    assert rig.sleeps == [2.0]


async def test_retry_after_zero_retries_at_once(make_rig):
    rig = make_rig(script(httpx.Response(503, headers={"Retry-After": "0"}), 200))
    await rig.call(GET)
    assert rig.sleeps == [0.0]


async def test_retry_after_above_max_delay_is_still_honoured(make_rig):
    policy = RetryPolicy(initial_delay=0.5, max_delay=1.0, jitter=0.0, max_retry_after=60.0)
    wait = 20
    rig = make_rig(script(httpx.Response(429, headers={"Retry-After": str(wait)}), 200), retry_policy=policy)
    await rig.call(GET)
    assert rig.sleeps == [float(wait)]


async def test_retry_after_http_date(make_rig):
    ahead = 3.0
    when = datetime.datetime.now(datetime.UTC) + datetime.timedelta(seconds=ahead)
    header = email.utils.format_datetime(when, usegmt=True)  # whole seconds: up to 1 s is lost
    rig = make_rig(script(httpx.Response(503, headers={"Retry-After": header}), 200))
    await rig.call(GET)
    assert len(rig.sleeps) == 1
    assert ahead - 1.5 <= rig.sleeps[0] <= ahead + 0.5


@pytest.mark.parametrize("policy", [RetryPolicy(jitter=0.0), RetryPolicy(jitter=0.0, max_retry_after=30.0)])
async def test_huge_retry_after_is_capped(make_rig, policy):
    rig = make_rig(script(httpx.Response(503, headers={"Retry-After": "3600"}), 200), retry_policy=policy)
    await rig.call(GET)
    assert rig.sleeps == [policy.max_retry_after]


@pytest.mark.parametrize("value", ["soon", "-5", "1.5e3", "Blursday, 99 Foo 20xx"])
async def test_invalid_retry_after_falls_back_to_backoff(make_rig, value):
    rig = make_rig(script(httpx.Response(503, headers={"Retry-After": value}), 200))
    await rig.call(GET)
    assert rig.sleeps == pytest.approx(backoff(rig.client._core.settings.retry_policy, 1))


async def test_retry_after_on_second_retry_overrides_only_that_delay(make_rig):
    rig = make_rig(script(503, httpx.Response(503, headers={"Retry-After": "7"}), 200))
    await rig.call(GET)
    policy = rig.client._core.settings.retry_policy
    assert rig.sleeps == pytest.approx([backoff(policy, 1)[0], 7.0])


async def test_retries_are_logged_at_info(make_rig, caplog):
    caplog.set_level("INFO", logger="testpkg")
    rig = make_rig(script(503, 200))
    await rig.call(GET)
    retry_logs = [r.getMessage() for r in caplog.records if r.name == "testpkg" and "retrying" in r.getMessage()]
    assert len(retry_logs) == 1
    assert "status 503" in retry_logs[0]


async def test_every_call_starts_with_the_full_retry_budget(make_rig):
    """The starting Retry state is shared between calls (RetryPolicy.start caches it): using it up must not shrink
    the next call's budget."""
    rig = make_rig(script(503, 503, 503, 503, 503, 200))
    with pytest.raises(InternalServerError):
        await rig.call(Request(method="GET", path="/a"))
    assert (await rig.call(Request(method="GET", path="/a"))).parsed == {"status": 200}
    assert len(rig.requests) == 6 and len(rig.sleeps) == 4
