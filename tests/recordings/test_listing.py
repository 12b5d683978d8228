"""The merged listing against every vendor's mock at once: order, laziness, filters, limit, failures, strict mode."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

import pytest

from recordings import (
    CapabilityError,
    ListingFailed,
    Recording,
    Recordings,
    RecordingsError,
    Status,
    VendorNotConfigured,
)
from tests.recordings.libkit import RECORDINGS, adapters, by_hand, make_clients


def keys(recordings: list[Recording]) -> list[tuple[str, str]]:
    return [(r.vendor, r.id) for r in recordings]


def test_every_vendor_is_discovered_through_its_entry_point() -> None:
    found = adapters()
    assert len(found) >= 4
    for key, adapter in found.items():
        assert adapter.key == key
        assert "list" in adapter.capabilities


def test_merged_listing_is_every_recording_newest_first_as_by_hand(clients: dict[str, Any]) -> None:
    listing = Recordings(clients=clients).list()
    merged = list(listing)
    assert listing.failures == []
    rows = by_hand(clients)
    assert len(rows) == len(clients) * RECORDINGS
    expected = sorted(rows, key=lambda row: -row[0].timestamp())  # stable: ties keep vendor order, then page order
    assert keys(merged) == [(vendor, ident) for _when, vendor, ident in expected]
    times = [r.sort_time for r in merged]
    assert all(a is not None and b is not None and a >= b for a, b in itertools.pairwise(times))
    assert {r.vendor for r in merged[:40]} == set(clients), "the newest recordings interleave the vendors"


def test_the_listing_is_lazy_one_page_per_vendor(clients: dict[str, Any], servers: dict[str, Any]) -> None:
    before = {key: server.stats().get("total", 0) for key, server in servers.items()}
    listing = Recordings(clients=clients).list()
    assert all(servers[k].stats().get("total", 0) == before[k] for k in servers), "nothing is fetched before next()"
    first = list(itertools.islice(listing, 10))
    assert len(first) == 10
    assert {k: servers[k].stats().get("total", 0) - before[k] for k in servers} == dict.fromkeys(servers, 1)


def test_limit_stops_the_merged_listing(clients: dict[str, Any]) -> None:
    full = keys(list(Recordings(clients=clients).list()))
    assert keys(list(Recordings(clients=clients).list(limit=7))) == full[:7]
    assert list(Recordings(clients=clients).list(limit=0)) == []
    with pytest.raises(RecordingsError, match="limit"):
        Recordings(clients=clients).list(limit=-1)


def test_status_filter_keeps_exactly_the_matching_recordings(clients: dict[str, Any]) -> None:
    everything = list(Recordings(clients=clients).list())
    for wanted in (Status.READY, Status.PROCESSING, [Status.FAILED, Status.RECORDING]):
        chosen = {wanted} if isinstance(wanted, Status) else set(wanted)
        found = list(Recordings(clients=clients).list(status=wanted))
        assert keys(found) == keys([r for r in everything if r.status in chosen])
    assert {r.status for r in everything} >= {Status.READY, Status.PROCESSING}
    with pytest.raises(RecordingsError, match="not one of"):
        Recordings(clients=clients).list(status="done")


def test_room_filter_per_vendor(clients: dict[str, Any]) -> None:
    everything = list(Recordings(clients=clients).list())
    for vendor in clients:
        room = next(r.room_id for r in everything if r.vendor == vendor and r.room_id)
        listing = Recordings(clients=clients).list(room=room)
        found = list(listing)
        assert listing.failures == [], "a room id another vendor cannot have is no error"
        expected = [r for r in everything if r.room_id == room]
        assert keys(found) == keys(expected)
        assert found and all(r.room_id == room for r in found)


def test_a_room_id_in_a_non_canonical_uuid_form_is_no_room_of_a_uuid_vendor(clients: dict[str, Any]) -> None:
    """Braces, ``urn:uuid:`` or bare hex are UUIDs to Python but not to ``format: uuid`` (the generated clients refuse
    them as bad arguments): such a room id names no room of those vendors, which is no failure."""
    everything = list(Recordings(clients=clients).list())
    room = next(r.room_id for r in everything if r.room_id and len(r.room_id) == 36 and r.room_id.count("-") == 4)
    for other in ("{" + room + "}", "urn:uuid:" + room, room.replace("-", "")):
        listing = Recordings(clients=clients).list(room=other)
        assert list(listing) == [] and listing.failures == [], other


def test_time_range_keeps_recordings_between_since_and_until(clients: dict[str, Any]) -> None:
    everything = list(Recordings(clients=clients).list())
    times = sorted({r.sort_time for r in everything if r.sort_time})
    since, until = times[len(times) // 4], times[3 * len(times) // 4]
    found = list(Recordings(clients=clients).list(since=since, until=until))
    expected = [r for r in everything if r.sort_time and since <= r.sort_time <= until]
    assert keys(found) == keys(expected)
    assert 0 < len(found) < len(everything)
    iso = list(Recordings(clients=clients).list(since=since.isoformat()))
    assert keys(iso) == keys([r for r in everything if r.sort_time and r.sort_time >= since])
    with pytest.raises(RecordingsError, match="after until"):
        Recordings(clients=clients).list(since=until, until=since)


def test_vendors_argument_narrows_the_listing(clients: dict[str, Any]) -> None:
    two = sorted(clients)[:2]
    found = list(Recordings(clients=clients).list(vendors=two))
    assert {r.vendor for r in found} == set(two)
    assert len(found) == 2 * RECORDINGS
    with pytest.raises(VendorNotConfigured, match="no installed package"):
        Recordings(clients=clients).list(vendors=["nosuchvendor"])


def test_a_vendor_outage_is_reported_and_the_others_are_listed(servers: dict[str, Any]) -> None:
    made = make_clients(servers, max_retries=0)
    down = sorted(made)[-1]
    list_operation = {
        "cloudflare": "get_all_recordings",
        "telnyx": "ListRoomRecordings",
        "videosdk": "listRecordings",
        "superviz": "listRecordings",
    }[down]
    servers[down].fail_next(1, "503", operation=list_operation)
    listing = Recordings(clients=made).list()
    found = list(listing)
    assert {r.vendor for r in found} == set(made) - {down}
    assert len(found) == (len(made) - 1) * RECORDINGS
    assert [f.vendor for f in listing.failures] == [down]
    assert "503" in listing.failures[0].message
    # strict mode raises, naming the vendor
    servers[down].fail_next(1, "503", operation=list_operation)
    with pytest.raises(ListingFailed, match=down) as caught:
        list(Recordings(clients=made, strict=True).list())
    assert caught.value.failure.vendor == down
    for client in made.values():
        client.close()


def test_an_outage_after_the_first_page_keeps_what_was_listed(servers: dict[str, Any]) -> None:
    made = make_clients(servers, max_retries=0)
    vendor = "telnyx"
    listing = Recordings(clients=made).list(vendors=[vendor])
    first = next(listing)
    servers[vendor].fail_next(1, "500", operation="ListRoomRecordings")
    rest = list(listing)
    page = adapters()[vendor].page_size
    assert 1 + len(rest) == page, "the first page is listed, the failing second page ends the vendor"
    assert first.vendor == vendor
    assert [f.vendor for f in listing.failures] == [vendor]


def test_capability_errors_name_vendor_and_capability(clients: dict[str, Any]) -> None:
    rec = Recordings(clients=clients)
    info = {v.key: v for v in rec.vendors()}
    assert info["superviz"].capabilities == frozenset({"list", "download"})
    with pytest.raises(CapabilityError, match="superviz cannot get"):
        rec.get("superviz", "anything")
    with pytest.raises(CapabilityError, match="telnyx cannot start"):
        rec.start("telnyx")
    some = next(iter(rec.list(vendors=["cloudflare"])))
    with pytest.raises(CapabilityError, match="cloudflare cannot delete"):
        rec.delete(some)
    with pytest.raises(RecordingsError, match="not a recording key"):
        rec.wait_until_ready("no-colon")


def test_vendors_reports_configuration_without_secrets(
    monkeypatch: pytest.MonkeyPatch, servers: dict[str, Any]
) -> None:
    for server in servers.values():
        for var in server.client_environment():
            monkeypatch.delenv(var, raising=False)
    monkeypatch.delenv("VIDEOSDK_TOKEN", raising=False)
    monkeypatch.setenv("RECORDINGS_PROFILE", "/nonexistent/profile.toml")
    with pytest.raises(RecordingsError, match="does not exist"):
        Recordings()
    monkeypatch.delenv("RECORDINGS_PROFILE")
    monkeypatch.setenv("HOME", "/nonexistent-home")
    unconfigured = {v.key: v for v in Recordings().vendors()}
    assert not any(v.configured for v in unconfigured.values())
    assert all(v.problem for v in unconfigured.values())
    with pytest.raises(VendorNotConfigured, match="no vendor can list"):
        Recordings().list()
    one = sorted(servers)[0]
    for var, value in servers[one].client_environment().items():
        monkeypatch.setenv(var, value)
    info = {v.key: v for v in Recordings().vendors()}
    assert info[one].configured and info[one].problem is None
    assert [k for k, v in info.items() if v.configured] == [one]
    found = list(Recordings().list(limit=5))
    assert len(found) == 5 and {r.vendor for r in found} == {one}


def test_profile_file_configures_clients(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch, servers: dict[str, Any]
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    for server in servers.values():
        for var in server.client_environment():
            monkeypatch.delenv(var, raising=False)
    lines = []
    for key, server in servers.items():
        lines.append(f"[vendors.{key}]")
        lines += [f"{name} = {value!r}" for name, value in server.client_kwargs().items()]
    profile = tmp_path / "profile.toml"
    profile.write_text("\n".join(lines).replace("'", '"') + "\n", encoding="utf-8")
    rec = Recordings(profile=profile)
    assert all(v.configured for v in rec.vendors())
    assert len(list(rec.list(limit=3))) == 3
    bad = tmp_path / "bad.toml"
    bad.write_text("[vendors.x\n", encoding="utf-8")
    with pytest.raises(RecordingsError, match="not valid TOML"):
        Recordings(profile=bad)


def test_a_client_of_the_wrong_kind_is_refused(servers: dict[str, Any]) -> None:
    made = make_clients(servers, asynchronous=True)
    with pytest.raises(RecordingsError, match="expected a"):
        Recordings(clients=made)


def test_sort_time_none_goes_last() -> None:
    from recordings._merge import merge_key

    with_time = Recording(vendor="a", id="1", created_at=dt.datetime(2020, 1, 1, tzinfo=dt.UTC))
    without = Recording(vendor="a", id="2")
    assert merge_key(with_time, 0, 0) < merge_key(without, 0, 1)
