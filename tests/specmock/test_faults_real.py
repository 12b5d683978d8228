"""Faults are what they say: a TCP reset, Retry-After as seconds or an HTTP date, the vendor's body for the injected
status, invalid fault specs are a 400 naming the problem, reset restores the --fault-rate sequence, and faults apply
after authentication."""

from __future__ import annotations

import socket

import httpx
import pytest

import specmock
from specmock.faults.injection import MAX_HEADER_COUNTERS, parse_faults
from tests.specmock.conftest import load_widgets


def test_reset_is_a_tcp_reset(widgets):
    server, _ = widgets()
    request = (
        b"GET /api/v1/widgets HTTP/1.1\r\nHost: a\r\nAuthorization: Bearer w1dget-token\r\nX-Mock-Fault: reset\r\n\r\n"
    )
    with socket.create_connection((server.host, server.port), timeout=5) as sock:
        sock.sendall(request)
        with pytest.raises(ConnectionResetError):  # an orderly close would read b"" instead
            sock.recv(65536)


def test_reset_fails_an_httpx_request_and_the_server_carries_on(widgets):
    server, client = widgets()
    with pytest.raises(httpx.ReadError):
        client.get("/widgets", headers={"X-Mock-Fault": "reset"})
    assert client.get("/widgets").status_code == 200
    assert not server.violations


@pytest.mark.parametrize("value", ["Wed, 21 Oct 2026 07:28:00 GMT", "120"])
def test_retry_after_seconds_or_http_date(widgets, value):
    _, client = widgets()
    response = client.get("/widgets", headers={"X-Mock-Fault": f"503;retry-after={value}, latency=1ms"})
    assert response.status_code == 503
    assert response.headers["retry-after"] == value


@pytest.mark.parametrize(
    ("status", "kind", "message"),
    [
        (404, "not-found", "No such widget."),
        (418, "status", "I'm a Teapot"),
        (401, "unauthorized", "Authentication failed."),
    ],
)
def test_status_faults_carry_the_body_for_that_status(widgets, status, kind, message):
    _, client = widgets()
    response = client.get("/widgets", headers={"X-Mock-Fault": str(status)})
    assert response.status_code == status
    assert response.json() == {"error": {"kind": kind, "message": message}}


@pytest.mark.parametrize(
    ("header", "problem"),
    [
        ("500;count=abc", "bad count 'abc'"),
        ("500;count=0", "bad count '0'"),
        ("500;cuont=2", "bad option 'cuont=2'"),
        ("503;retry-after=soon", "bad retry-after 'soon'"),
        ("drop=3", "unknown fault 'drop=3'"),
        ("latency=fast", "bad latency 'fast'"),
        ("299", "unknown fault '299'"),
    ],
)
def test_invalid_fault_specs_are_a_400_naming_the_problem(widgets, header, problem):
    _, client = widgets()
    response = client.get("/widgets", headers={"X-Mock-Fault": header})
    assert response.status_code == 400
    assert problem in response.json()["error"]["message"]
    with pytest.raises(ValueError, match=problem.split("'")[0]):
        parse_faults(header)


def test_reset_restores_the_fault_rate_sequence(widgets):
    server, client = widgets(fault_rate=0.5, fault_kinds=("503",))
    first = [client.get("/widgets").status_code for _ in range(30)]
    assert httpx.post(server.origin + "/_mock/admin/reset").status_code == 200
    again = [client.get("/widgets").status_code for _ in range(30)]
    assert first == again and set(first) == {200, 503}


def test_faults_apply_after_auth(widgets):
    server, client = widgets()
    server.fail_next(1, "503")
    unauthenticated = httpx.get(server.base_url + "/widgets", headers={"X-Mock-Fault": "500"})
    assert unauthenticated.status_code == 401  # no fault for a request the API refuses anyway
    assert client.get("/widgets").status_code == 503  # the queued fault is still there
    assert client.get("/widgets").status_code == 200


def test_fault_header_counters_are_bounded(widgets):
    server, _ = widgets()

    for number in range(MAX_HEADER_COUNTERS + 50):
        server.app.faults.for_request(f"latency=0ms;id={number}", route="api", operation=None)
    assert len(server.app.faults._header_counts) == MAX_HEADER_COUNTERS


def test_records_are_bounded():
    app = specmock.create_app(load_widgets())
    for number in range(2500):
        app.violations.append(f"violation {number}")
    assert len(app.violations) == 1000
    assert app.violations[-1].startswith("... and 1501 more")
    app.file_requests.extend(("/x", None) for _ in range(5000))
    assert len(app.file_requests) == 1000
