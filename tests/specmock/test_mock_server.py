"""The mock over HTTP on the widgets fixture spec: routing, auth, validation, state, faults, downloads, checks."""

from __future__ import annotations

import time

import httpx
import pytest

import specmock
from tests.specmock.conftest import load_widgets


def test_routing_base_path_404_and_405(widgets):
    server, client = widgets()
    assert server.base_url.endswith("/api/v1")
    assert client.get("/widgets").status_code == 200
    outside = httpx.get(server.origin + "/widgets", headers=client.headers)
    assert outside.status_code == 404 and outside.json()["error"]["kind"] == "route-not-found"
    response = client.put("/widgets")
    assert response.status_code == 405
    assert response.headers["allow"] == "GET, POST, DELETE"
    assert client.get("/nothing/here").status_code == 404


def test_auth_bearer_and_two_headers(widgets):
    server, _ = widgets()
    assert httpx.get(server.base_url + "/widgets").status_code == 401
    wrong = httpx.get(server.base_url + "/widgets", headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401 and wrong.json() == {
        "error": {"kind": "unauthorized", "message": "Authentication failed."}
    }
    assert httpx.get(server.base_url + "/widgets", headers={"Authorization": "w1dget-token"}).status_code == 401
    pair = {"X-Client": "client-1", "X-Secret": "secret-1", "X-Trace": "abc"}
    assert httpx.get(server.base_url + "/reports", headers=pair).json() == {"widgets": 3, "colors": ["red"]}
    for missing in ("X-Client", "X-Secret"):
        headers = {key: value for key, value in pair.items() if key != missing}
        assert httpx.get(server.base_url + "/reports", headers=headers).status_code == 401
    assert httpx.get(server.base_url + "/reports", headers={**pair, "X-Secret": "bad"}).status_code == 401
    assert httpx.get(server.base_url + "/reports", headers={**pair, "X-Trace": "ABC"}).status_code == 400


@pytest.mark.parametrize(
    ("params", "fragment"),
    [
        ({"page[size]": "51"}, "page"),
        ({"page[number]": "0"}, "page"),
        ({"page[size]": "x"}, "page"),
        ({"filter[color]": "pink"}, "filter"),
        ({"filter[created][gte]": "2026-13-01"}, "filter"),
        ({"colors": "red,pink"}, "colors"),
        ({"order": "sideways"}, "order"),
    ],
)
def test_query_validation(widgets, params, fragment):
    _, client = widgets()
    response = client.get("/widgets", params=params)
    assert response.status_code == 400, response.text
    assert response.json()["error"]["kind"] == "validation.query"
    assert f"'{fragment}'" in response.json()["error"]["message"]


def test_body_and_path_validation(widgets):
    _, client = widgets()
    assert client.post("/widgets", json={"color": "red"}).status_code == 400  # name missing (id is readOnly)
    assert client.post("/widgets", json={"name": "x" * 21}).status_code == 400
    assert (
        client.post("/widgets", content=b"{not json", headers={"Content-Type": "application/json"}).status_code == 400
    )
    assert client.post("/widgets", content=b"name=x", headers={"Content-Type": "text/plain"}).status_code == 400
    assert client.post("/widgets").status_code == 400
    assert client.post("/widgets", json={"name": "ok", "note": None}).status_code == 201  # nullable
    assert client.get("/widgets/not-a-uuid").status_code == 404  # validation.path -> 404 for this API
    assert client.delete("/widgets", params={"filter[color]": "pink"}).status_code == 422  # per-operation status


def test_deep_object_explode_false_and_paging(widgets):
    _, client = widgets(seed=3, recordings=120)
    everything = []
    for number in range(1, 4):
        page = client.get("/widgets", params={"page[number]": number, "page[size]": 50}).json()
        assert page["meta"] == {"number": number, "size": 50, "total": 120, "pages": 3}
        everything += page["items"]
    assert len({item["id"] for item in everything}) == 120
    created = [item["created_at"] for item in everything]
    assert created == sorted(created, reverse=True)
    assert client.get("/widgets", params={"order": "asc", "page[size]": 50}).json()["items"][0] == everything[-1]

    red_big = client.get("/widgets", params={"filter[color]": "red", "filter[size][gte]": 50, "page[size]": 50}).json()
    assert red_big["meta"]["total"] == sum(item["color"] == "red" and item["size"] >= 50 for item in everything)
    two = client.get("/widgets", params={"colors": "red,blue", "page[size]": 50}).json()
    assert two["meta"]["total"] == sum(item["color"] in ("red", "blue") for item in everything)
    day = everything[60]["created_at"][:10]
    since = client.get("/widgets", params={"filter[created][gte]": day, "page[size]": 50}).json()
    assert since["meta"]["total"] == sum(item["created_at"][:10] >= day for item in everything)
    assert client.get("/widgets", params={"q": "WIDGET-1"}).json()["meta"]["total"] == sum(
        "widget-1" in item["name"] for item in everything
    )
    assert all("secret_note" not in item and "_internal" not in item for item in everything)


def test_seed_is_reproducible(widgets):
    def items(client):  # the file URLs name each server's own port
        return [
            {**item, "file_url": None} for item in client.get("/widgets", params={"page[size]": 50}).json()["items"]
        ]

    _, first = widgets(seed=5)
    _, again = widgets(seed=5)
    _, other = widgets(seed=6)
    assert items(first) == items(again) != items(other)


def test_lifecycle_transitions_advance_and_download(widgets):
    server, client = widgets(seed=1)
    widget = client.post("/widgets", json={"name": "lifecycle", "color": "blue"}).json()
    assert widget["state"] == "new" and widget["file_url"] is None
    assert client.post("/widgets", json={"name": "lifecycle"}).status_code == 409
    url = f"/widgets/{widget['id']}"
    illegal = client.patch(url, json={"action": "finish"})
    assert illegal.status_code == 409 and illegal.json()["error"]["message"] == "cannot finish a new widget"
    assert client.patch(url, json={"action": "explode"}).status_code == 409  # documented action, no transition
    assert client.patch(url, json={"action": "start"}).json()["state"] == "working"
    assert client.get(url).json()["state"] == "working"
    done = client.get(url).json()  # second poll: advanced
    assert done["state"] == "done" and done["bytes"] == 5000
    assert done["file_url"].startswith(server.origin + "/_mock/files/widgets/")

    file_url = done["file_url"]
    whole = httpx.get(file_url)
    assert whole.status_code == 200 and len(whole.content) == 5000
    assert whole.content == specmock.expected_bytes(server.app.options.seed, "widgets", widget["id"], 0, 5000)
    part = httpx.get(file_url, headers={"Range": "bytes=1000-1999"})
    assert part.status_code == 206 and part.headers["content-range"] == "bytes 1000-1999/5000"
    assert part.content == whole.content[1000:2000]
    assert httpx.get(file_url, headers={"Range": "bytes=4990-"}).content == whole.content[4990:]
    assert httpx.get(file_url, headers={"Range": "bytes=-10"}).content == whole.content[-10:]
    unsatisfiable = httpx.get(file_url, headers={"Range": "bytes=5000-"})
    assert unsatisfiable.status_code == 416 and unsatisfiable.headers["content-range"] == "bytes */5000"
    assert httpx.head(file_url).headers["content-length"] == "5000"

    assert client.delete(url).status_code == 204
    assert client.get(url).status_code == 404
    assert httpx.get(file_url).status_code == 404


def test_admin_advance_reset_and_stats(widgets):
    server, client = widgets(seed=2)
    widget = client.post("/widgets", json={"name": "admin"}).json()
    client.patch(f"/widgets/{widget['id']}", json={"action": "start"})
    assert httpx.post(server.origin + "/_mock/admin/advance", json={"id": widget["id"]}).json() == {"advanced": 1}
    assert client.get(f"/widgets/{widget['id']}").json()["state"] == "done"
    stats = httpx.get(server.origin + "/_mock/admin/stats").json()
    assert stats["createWidget"] == 1 and stats["actOnWidget"] == 1 and stats["getWidget"] == 1
    assert httpx.post(server.origin + "/_mock/admin/reset").json() == {"reset": True}
    assert client.get(f"/widgets/{widget['id']}").status_code == 404
    assert server.stats() == {"total": 1, "getWidget": 1}


def test_bulk_delete_with_filter_counts(widgets):
    _, client = widgets(seed=4, recordings=40)
    reds = client.get("/widgets", params={"filter[color]": "red", "page[size]": 50}).json()["meta"]["total"]
    assert client.delete("/widgets", params={"filter[color]": "red"}).json() == {"deleted": reds}
    assert client.get("/widgets", params={"page[size]": 1}).json()["meta"]["total"] == 40 - reds


def test_time_driven_advance(widgets):
    _, client = widgets(advance_seconds=0.2)
    widget = client.post("/widgets", json={"name": "timer"}).json()
    client.patch(f"/widgets/{widget['id']}", json={"action": "start"})
    time.sleep(0.3)
    found = client.get("/widgets", params={"q": "timer"}).json()["items"]
    assert found[0]["state"] == "done"


def test_response_violation_is_a_500_and_fails_the_run():
    with (
        pytest.raises(specmock.MockContractViolation, match="getBrokenWidget"),
        specmock.running(load_widgets()) as server,
    ):
        response = httpx.get(server.base_url + "/widgets/x/broken", headers={"Authorization": "Bearer w1dget-token"})
        assert response.status_code == 500
        assert response.headers["x-mock-contract-violation"] == "1"
        assert "violates the schema" in response.json()["mock_contract_violation"]
    with specmock.running(load_widgets(), validate_responses=False) as server:  # serve mode: sent as is
        response = httpx.get(server.base_url + "/widgets/x/broken", headers={"Authorization": "Bearer w1dget-token"})
        assert response.json() == {"id": "not-a-uuid", "name": 7}


@pytest.mark.parametrize("fault", ["429", "500", "502", "503"])
def test_status_faults(widgets, fault):
    _, client = widgets()
    response = client.get("/widgets", headers={"X-Mock-Fault": fault})
    assert response.status_code == int(fault)
    assert response.headers["x-mock-fault-injected"] == fault
    assert "error" in response.json()
    if fault == "429":
        assert response.headers["retry-after"] == "1"


def test_body_faults_and_latency(widgets):
    _, client = widgets()
    assert client.get("/widgets", headers={"X-Mock-Fault": "429;retry-after=7"}).headers["retry-after"] == "7"
    with pytest.raises(ValueError):
        client.get("/widgets", headers={"X-Mock-Fault": "truncate"}).json()
    assert client.get("/widgets", headers={"X-Mock-Fault": "invalid-json"}).text.startswith("<html>")
    unknown = client.get("/widgets", headers={"X-Mock-Fault": "unknown-enum"}).json()
    assert unknown["items"][0]["color"] == "MOCK_UNKNOWN_ENUM_VALUE"
    with pytest.raises(httpx.RemoteProtocolError):
        client.get("/widgets", headers={"X-Mock-Fault": "drop"})
    started = time.monotonic()
    assert client.get("/widgets", headers={"X-Mock-Fault": "latency=150ms"}).status_code == 200
    assert time.monotonic() - started >= 0.15
    assert client.get("/widgets", headers={"X-Mock-Fault": "teapot"}).status_code == 400


def test_counted_header_faults_and_fail_next(widgets):
    server, client = widgets()
    header = {"X-Mock-Fault": "503;count=2;id=t1"}
    assert [client.get("/widgets", headers=header).status_code for _ in range(3)] == [503, 503, 200]
    server.fail_next(2, "500", operation="getWidget")
    assert client.get("/widgets").status_code == 200  # other operations are not affected
    assert [client.get(f"/widgets/{'0' * 8}-0000-4000-8000-{'0' * 12}").status_code for _ in range(3)] == [
        500,
        500,
        404,
    ]
    httpx.post(server.origin + "/_mock/admin/faults", json={"fault": "502", "count": 1})
    assert client.get("/widgets").status_code == 502
    assert client.get("/widgets").status_code == 200


def test_server_wide_fault_rate(widgets):
    _, client = widgets(fault_rate=0.5, fault_kinds=("503",))
    statuses = [client.get("/widgets").status_code for _ in range(60)]
    assert set(statuses) == {200, 503}
    assert 10 < statuses.count(503) < 50


def test_server_wide_latency(widgets):
    _, client = widgets(latency=0.1)
    started = time.monotonic()
    client.get("/widgets")
    assert time.monotonic() - started >= 0.1


def test_dropped_download(widgets):
    server, client = widgets(seed=9)
    done = next(item for item in client.get("/widgets", params={"page[size]": 50}).json()["items"] if item["file_url"])
    server.fail_next(1, "drop", route="files")
    with pytest.raises(httpx.RemoteProtocolError):
        httpx.get(done["file_url"])
    assert len(httpx.get(done["file_url"]).content) == done["bytes"]
