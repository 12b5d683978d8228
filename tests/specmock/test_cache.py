"""The mock's list-response cache (specmock/state/cache.py): served again only while nothing it depends on has changed."""

from __future__ import annotations

import time
from collections.abc import Iterator

import httpx
import pytest

import specmock
from specmock.state.cache import cacheable, clock_params


@pytest.fixture
def telnyx() -> Iterator[tuple[specmock.MockServer, httpx.Client]]:
    with specmock.running("telnyx", seed=5) as server:
        auth = {"Authorization": f"Bearer {server.credentials()['bearerAuth']}"}
        with httpx.Client(base_url=server.base_url, headers=auth) as client:
            yield server, client


def _ids(response: httpx.Response) -> list[str]:
    assert response.status_code == 200, response.text
    return [item["id"] for item in response.json()["data"]]


def test_the_same_read_is_answered_from_the_cache_byte_for_byte(telnyx):
    server, client = telnyx
    params = {"page[size]": "5"}
    first = client.get("/room_recordings", params=params)
    hits = server.app.cache.hits
    again = client.get("/room_recordings", params=params)
    assert server.app.cache.hits == hits + 1
    assert again.content == first.content and again.headers["content-type"] == first.headers["content-type"]
    other = client.get("/room_recordings", params={"page[size]": "6"})  # another query is another entry
    assert server.app.cache.hits == hits + 1 and len(_ids(other)) == 6
    assert server.stats()["ListRoomRecordings"] == 3  # statistics count every request, cached or not


def test_a_write_is_visible_in_the_next_list(telnyx):
    _, client = telnyx
    before = _ids(client.get("/room_recordings"))
    assert client.delete(f"/room_recordings/{before[0]}").status_code == 204
    after = _ids(client.get("/room_recordings"))
    assert before[0] not in after and after[: len(before) - 1] == before[1:]


def test_a_lifecycle_advance_is_visible_in_the_next_list(telnyx):
    server, client = telnyx
    statuses = [item["status"] for item in client.get("/room_recordings", params={"page[size]": "250"}).json()["data"]]
    assert "processing" in statuses
    assert server.advance("room_recordings") > 0
    after = [item["status"] for item in client.get("/room_recordings", params={"page[size]": "250"}).json()["data"]]
    assert "processing" not in after


def test_time_driven_changes_are_applied_before_the_cache_is_consulted():
    with specmock.running("telnyx", seed=5, advance_seconds=0.3) as server:
        auth = {"Authorization": f"Bearer {server.credentials()['bearerAuth']}"}
        url, params = server.base_url + "/room_recordings", {"filter[status]": "processing"}
        assert _ids(httpx.get(url, params=params, headers=auth))  # some are still processing, and now cached
        time.sleep(0.4)
        assert _ids(httpx.get(url, params=params, headers=auth)) == []


def test_auth_and_faults_still_apply_to_cached_reads(telnyx):
    server, client = telnyx
    assert client.get("/room_recordings").status_code == 200
    assert client.get("/room_recordings").status_code == 200  # cached now
    assert httpx.get(server.base_url + "/room_recordings").status_code == 401
    server.fail_next(1, "503", operation="ListRoomRecordings")
    assert client.get("/room_recordings").status_code == 503
    server.fail_next(1, "truncate", operation="ListRoomRecordings")
    truncated = client.get("/room_recordings")
    with pytest.raises(ValueError):
        truncated.json()
    assert client.get("/room_recordings").status_code == 200


def test_invalid_requests_are_never_cached_and_stay_invalid(telnyx):
    server, client = telnyx
    for _ in range(2):
        assert client.get("/room_recordings", params={"page[size]": "0"}).status_code == 400
    assert len(server.app.cache) == 0


def test_download_urls_follow_the_host_the_request_named(telnyx):
    server, client = telnyx
    seen = set()
    for host in (f"127.0.0.1:{server.port}", f"localhost:{server.port}"):
        body = client.get("/room_recordings", params={"filter[status]": "completed"}, headers={"Host": host}).json()
        seen |= {item["download_url"].split("/_mock/")[0] for item in body["data"]}
    assert seen == {f"http://127.0.0.1:{server.port}", f"http://localhost:{server.port}"}


def test_ever_new_host_headers_keep_a_bounded_number_of_rendered_variants(telnyx):
    """Rendered items are kept per (origin, omitted fields): a client sending a new Host on every request must not grow
    that without limit, and an answer after the oldest variant was dropped still names its own host."""
    from specmock.state.store import RENDERED_VARIANTS

    server, client = telnyx
    hosts = [f"host-{n}.example:{server.port}" for n in range(RENDERED_VARIANTS * 3)]
    for host in [*hosts, hosts[0]]:  # the first host again, long after its variant was dropped
        body = client.get("/room_recordings", params={"filter[status]": "completed"}, headers={"Host": host}).json()
        assert {item["download_url"].split("/_mock/")[0] for item in body["data"]} == {f"http://{host}"}
    collection = server.app.store.collection("room_recordings")
    assert 1 <= len(collection._rendered) <= RENDERED_VARIANTS


def test_reset_forgets_cached_answers(telnyx):
    server, client = telnyx
    first = _ids(client.get("/room_recordings"))
    client.delete(f"/room_recordings/{first[0]}")
    client.get("/room_recordings")
    server.reset()
    assert _ids(client.get("/room_recordings")) == first


def test_clock_dependent_filters_are_computed_on_every_request():
    with specmock.running("cloudflare", seed=3) as server:
        kwargs = server.client_kwargs()
        url = f"{server.base_url}/accounts/{kwargs['account_id']}/realtime/kit/{kwargs['app_id']}/recordings"
        auth = {"Authorization": f"Bearer {kwargs['api_token']}"}
        for _ in range(2):
            assert httpx.get(url, params={"expired": "true"}, headers=auth).status_code == 200
        assert server.app.cache.hits == 0
        for _ in range(2):
            assert httpx.get(url, params={"per_page": "3"}, headers=auth).status_code == 200
        assert server.app.cache.hits == 1


@pytest.mark.parametrize(
    ("config", "expected"),
    [
        ({"action": "list", "collection": "c"}, True),
        ({"action": "list", "collection": "c", "response": {"data": "${items}", "at": "${now}"}}, False),
        ({"action": "list", "collection": "c", "response": {"data": "${items}", "id": {"$id": "uuid"}}}, False),
        ({"action": "list", "collection": "c", "match": {"created": {"$time": {"from": "now"}}}}, False),
        ({"action": "list", "collection": "c", "filters": [{"param": "old", "field": "t", "op": "before-now"}]}, True),
        ({"action": "get", "collection": "c"}, False),
        ({"action": "respond"}, False),
    ],
)
def test_which_operations_may_be_cached(config, expected):
    assert cacheable(config) is expected


def test_clock_params_names_the_query_parameters_of_clock_filters():
    config = {"action": "list", "filters": [{"param": "old", "op": "before-now"}, {"param": "q", "op": "eq"}]}
    assert clock_params(config) == frozenset({"old"})
