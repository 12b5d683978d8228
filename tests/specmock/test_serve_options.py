"""Server options: ``--failure-rate`` / ``failure_rate`` (a seeded share of recordings takes its collection's mock.yaml
``fail`` rule at a lifecycle step instead of advancing, so a consuming team can test its failure handling without
admin calls), and every numeric option refused by name when out of its range (CLI exit 2, MockOptionsError)."""

from __future__ import annotations

import contextlib
import io
import re

import httpx
import pytest

import specmock
from specmock.app import create_app
from specmock.cli import main
from specmock.errors import MockOptionsError

CF_TOKEN = {"Authorization": "Bearer mock-cloudflare-token"}


def _meeting(n: int) -> str:
    return f"97cb480d-5840-4528-ace3-{n:012d}"  # one active recording per meeting: a new meeting per start


def _outcomes(seed: int, rate: float, count: int = 40) -> list[str]:
    """Start ``count`` Cloudflare recordings, read each once (its first step is due after one poll): their statuses."""
    with specmock.running("cloudflare", seed=seed, failure_rate=rate, advance_seconds=3600) as server:
        kwargs = server.client_kwargs()
        base = f"{server.base_url}/accounts/{kwargs['account_id']}/realtime/kit/{kwargs['app_id']}/recordings"
        with httpx.Client(headers=CF_TOKEN, timeout=10) as http:
            ids = [http.post(base, json={"meeting_id": _meeting(n)}).json()["data"]["id"] for n in range(count)]
            for recording_id in ids:
                http.get(f"{base}/{recording_id}")  # the poll that makes the INVOKED -> RECORDING step due
            return [http.get(f"{base}/{recording_id}").json()["data"]["status"] for recording_id in ids]


def test_every_recording_fails_at_rate_1_and_none_at_rate_0():
    assert set(_outcomes(seed=1, rate=1.0, count=5)) == {"ERRORED"}
    assert set(_outcomes(seed=1, rate=0.0, count=5)) == {"RECORDING"}


def test_a_share_fails_the_same_way_for_the_same_seed():
    first, again, other = _outcomes(3, 0.5), _outcomes(3, 0.5), _outcomes(4, 0.5)
    assert first == again  # seeded: the same recordings fail
    assert set(first) == {"ERRORED", "RECORDING"} and 8 <= first.count("ERRORED") <= 32
    assert other != first  # another seed draws again


def test_an_item_draws_once_a_survivor_finishes_normally():
    """A recording that did not fail at its first step never fails later: the share is of recordings, not of steps."""
    with specmock.running("cloudflare", seed=3, failure_rate=0.5, advance_seconds=3600) as server:
        kwargs = server.client_kwargs()
        base = f"{server.base_url}/accounts/{kwargs['account_id']}/realtime/kit/{kwargs['app_id']}/recordings"
        with httpx.Client(headers=CF_TOKEN, timeout=10) as http:
            survivors: list[str] = []
            for n in range(100):
                if len(survivors) == 3:
                    break
                recording = http.post(base, json={"meeting_id": _meeting(n)}).json()["data"]
                http.get(f"{base}/{recording['id']}")
                if http.get(f"{base}/{recording['id']}").json()["data"]["status"] == "RECORDING":
                    survivors.append(recording["id"])
            for recording_id in survivors:  # stop, then the UPLOADING -> UPLOADED step is due after two polls
                assert http.put(f"{base}/{recording_id}", json={"action": "stop"}).status_code == 200
                for _ in range(3):
                    http.get(f"{base}/{recording_id}")
            assert {http.get(f"{base}/{r}").json()["data"]["status"] for r in survivors} == {"UPLOADED"}


def test_a_vendor_without_a_failure_path_is_unaffected():
    with specmock.running("telnyx", failure_rate=1.0) as server:
        token = {"Authorization": f"Bearer {server.credentials()['bearerAuth']}"}
        assert httpx.get(f"{server.base_url}/room_recordings", headers=token).status_code == 200


@pytest.mark.parametrize("share", [-0.1, 1.5, float("nan"), "0.5"])
def test_a_share_outside_0_to_1_is_refused(share):
    for name in ("failure_rate", "fault_rate"):
        with pytest.raises(ValueError, match=f"{name} must be a share between 0 and 1"):
            create_app("telnyx", **{name: share})


@pytest.mark.parametrize("text", ["2", "-1", "nan", "lots"])
def test_the_cli_refuses_a_bad_share_with_exit_2(text):
    for flag in ("--failure-rate", "--fault-rate"):
        err = io.StringIO()
        with contextlib.redirect_stderr(err), pytest.raises(SystemExit) as exited:
            main(["serve", "--vendor", "telnyx", flag, text])
        assert exited.value.code == 2 and "not a share between 0 and 1" in err.getvalue()


@pytest.mark.parametrize(
    ("option", "value", "wanted"),
    [
        ("recordings", -1, "a whole number of at least 0"),
        ("recordings", 2.5, "a whole number of at least 0"),
        ("advance_polls", -1, "a whole number of at least 0"),
        ("advance_seconds", -3.0, "a finite number of at least 0"),
        ("latency", float("inf"), "a finite number of at least 0"),
        ("max_body", -5, "a whole number of at least 0"),
        ("max_depth", 0, "a whole number of at least 1"),
        ("webhook_time_scale", -1.0, "a finite number of at least 0"),
        ("webhook_timeout", 0.0, "more than 0 seconds"),
        ("webhook_queue_limit", 0, "a whole number of at least 1"),
        ("seed", True, "a whole number"),
        ("counts", {"recordings": -2}, "counts['recordings'] must be a whole number of at least 0"),
    ],
)
def test_every_numeric_option_out_of_range_is_refused_by_name(option, value, wanted):
    with pytest.raises(MockOptionsError, match=re.escape(wanted)) as refused:
        create_app("telnyx", **{option: value})
    bad = next(iter(value.values())) if isinstance(value, dict) else value
    assert str(refused.value).startswith(option) and repr(bad) in str(refused.value)


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["--recordings", "-1"], "error: recordings must be a whole number of at least 0"),
        (["--max-depth", "0"], "error: max_depth must be a whole number of at least 1"),
        (["--webhook-timeout", "0s"], "error: webhook_timeout must be more than 0 seconds"),
    ],
)
def test_the_cli_says_which_option_is_out_of_range_and_exits_2(argv, fragment):
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = main(["serve", "--vendor", "telnyx", *argv])
    assert code == 2 and fragment in err.getvalue() and "Traceback" not in err.getvalue()


@pytest.mark.parametrize("port", ["99999", "-1", "http"])
def test_the_cli_refuses_a_port_that_is_no_tcp_port(port):
    err = io.StringIO()
    with contextlib.redirect_stderr(err), pytest.raises(SystemExit) as exited:
        main(["serve", "--vendor", "telnyx", "--port", port])
    assert exited.value.code == 2 and "not a TCP port" in err.getvalue()
