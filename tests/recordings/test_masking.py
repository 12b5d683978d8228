"""One masking policy for every URL ``recordings`` shows: every query value, the userinfo and the fragment are
``[REDACTED]`` in reprs, exception texts, DEBUG log records, the CLI's Rich tables, its JSON and its stderr.

The URLs carry a known presigned credential (``X-Amz-Signature``), one that some lists name (``token``) and one that
no list names (``hdnts``, an Akamai token): a policy of named parameters would leak the last one.
"""

from __future__ import annotations

import dataclasses
import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
from click.testing import CliRunner
from recordings._redact import REDACTED, mask_data, mask_text, mask_url
from recordings.cli.commands import cli
from recordings.cli.exitcodes import ExitCode
from recordings.cli.session import Options

from recordings import (
    ListingFailed,
    NotReady,
    Recording,
    RecordingFailed,
    Recordings,
    RecordingsError,
    Status,
    VendorNotConfigured,
)
from tests.recordings.libkit import adapters
from tests.recordings.test_cli_unit import FakeRecordings, Store, make_store

SECRETS = ("SECRET123", "SECRET456", "SECRET789", "PASSWORD42", "FRAGMENT99")
QUERY = "X-Amz-Signature=SECRET123&token=SECRET456&hdnts=SECRET789"
URL = f"https://user:PASSWORD42@files.example/rec/a.mp4?{QUERY}#FRAGMENT99"


def leaks(text: str) -> list[str]:
    return [secret for secret in SECRETS if secret in text]


# -- the policy ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            URL,
            f"https://{REDACTED}@files.example/rec/a.mp4?X-Amz-Signature={REDACTED}&token={REDACTED}&hdnts={REDACTED}#{REDACTED}",
        ),
        ("https://h/a?bare-token&x=", f"https://h/a?{REDACTED}&x={REDACTED}"),
        ("https://h/a.mp4", "https://h/a.mp4"),
        ("/relative/a?sig=abc", f"/relative/a?sig={REDACTED}"),
    ],
)
def test_mask_url_masks_every_query_value_userinfo_and_fragment(url: str, expected: str) -> None:
    assert mask_url(url) == expected
    assert mask_url(expected) == expected  # masking twice changes nothing


def test_mask_text_finds_urls_in_sentences_and_keeps_the_punctuation() -> None:
    text = f"403 Forbidden downloading ({URL}), then s3://b/k?X-Amz-Credential=AKIAEXAMPLE."
    masked = mask_text(text, secrets=("Forbidden",))
    assert leaks(masked) == [] and "AKIAEXAMPLE" not in masked and "Forbidden" not in masked
    assert masked.endswith(f"#{REDACTED}), then s3://b/k?X-Amz-Credential={REDACTED}.")
    assert mask_text(masked) == masked
    assert mask_data({"u": [URL, {"v": URL}], "n": 3}) == {"u": [mask_url(URL), {"v": mask_url(URL)}], "n": 3}


# -- the library ---------------------------------------------------------------------------------------------------
def planted(**changes: Any) -> Recording:
    return Recording(vendor="v", id="1", status=Status.FAILED, raw_status="error", download_url=URL, **changes)


def test_recording_repr_str_and_dict_mask_every_query_value() -> None:
    rec = planted()
    for text in (repr(rec), str(rec), json.dumps(rec.to_dict())):
        assert leaks(text) == [], text
        assert f"hdnts={REDACTED}" in text
    assert rec.to_dict(reveal=True)["download_url"] == URL == rec.download_url  # the real URL stays for downloads


def test_library_exceptions_mask_urls() -> None:
    rec = planted()
    for exc in (RecordingFailed(rec), NotReady(rec, f"expired at {URL}")):
        for text in (str(exc), repr(exc), repr(exc.recording)):
            assert leaks(text) == [], text


@pytest.fixture
def failing_listing(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The first vendor's listing raises an error that quotes a presigned URL."""
    vendor = sorted(adapters())[0]

    def fail(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError(f"GET {URL} failed")

    monkeypatch.setattr(adapters()[vendor], "list_pages", fail)
    yield vendor


def test_a_failed_listing_masks_its_message_and_strict_error(clients: dict[str, Any], failing_listing: str) -> None:
    listing = Recordings(clients=clients).list(vendors=[failing_listing])
    assert list(listing) == [] and len(listing.failures) == 1
    failure = listing.failures[0]
    for text in (failure.message, repr(failure), str(failure)):
        assert leaks(text) == [], text
    assert f"hdnts={REDACTED}" in failure.message
    with pytest.raises(ListingFailed) as raised:
        list(Recordings(clients=clients, strict=True).list(vendors=[failing_listing]))
    for text in (str(raised.value), repr(raised.value)):
        assert leaks(text) == [], text


def test_a_client_that_cannot_be_built_is_reported_masked(monkeypatch: pytest.MonkeyPatch) -> None:
    vendor = sorted(adapters())[0]

    def refuse(**kwargs: Any) -> Any:
        raise ValueError(f"cannot reach base_url {URL}")

    monkeypatch.setattr(adapters()[vendor], "client_class", refuse)
    with Recordings([vendor], profile={}) as rec:
        info = rec.vendors()[0]
        assert info.problem is not None and leaks(info.problem) == [] and "base_url" in info.problem
        with pytest.raises(VendorNotConfigured) as raised:
            list(rec.list())
    assert leaks(str(raised.value)) == [] and leaks(repr(raised.value)) == []


def with_query(recording: Recording) -> Recording | None:
    """``recording`` with the planted query on its download URL, in the common view and in the vendor's model."""
    raw, url = recording.raw, recording.download_url
    if recording.download_expired():
        return None  # download() would fetch a fresh URL first
    for field in attrs.fields(type(raw)):
        if url and getattr(raw, field.name) == url:
            new = f"{url}?{QUERY}#FRAGMENT99"
            return dataclasses.replace(recording, download_url=new, raw=attrs.evolve(raw, **{field.name: new}))
    return None


def planted_downloads(clients: dict[str, Any]) -> list[Recording]:
    rec = Recordings(clients=clients)
    found = [with_query(r) for v in sorted(clients) for r in rec.list(vendors=[v], status="ready", limit=5)]
    chosen = list({r.vendor: r for r in reversed(found) if r is not None}.values())  # one per vendor
    assert chosen, "no vendor model holds the download URL in a top-level field"
    return chosen


def test_library_debug_log_names_the_download_with_its_url_masked(
    clients: dict[str, Any], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    rec = Recordings(clients=clients)
    for recording in planted_downloads(clients):
        with caplog.at_level(logging.DEBUG, logger="recordings"):
            path = rec.download(recording, tmp_path)
        assert path.stat().st_size > 0
        ours = [r.getMessage() for r in caplog.records if r.name == "recordings"]
        assert any(recording.key in line and f"hdnts={REDACTED}" in line for line in ours), ours
        assert leaks("\n".join(ours)) == []
        caplog.clear()


def test_vendor_runtime_logs_and_download_errors_mask_every_query_value(
    servers: dict[str, Any], clients: dict[str, Any], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    rec = Recordings(clients=clients)
    texts: list[str] = []
    for recording in planted_downloads(clients):
        servers[recording.vendor].fail_next(1, "404", route="files")
        with caplog.at_level(logging.DEBUG):
            for client in clients.values():
                client._core.logger.setLevel(logging.DEBUG)
            try:
                rec.download(recording, tmp_path)
            except Exception as exc:  # the vendor's own error passes through
                texts += [str(exc), repr(exc)]
    texts += [r.getMessage() for r in caplog.records]
    leaking = [text for text in texts if leaks(text)]
    assert texts and leaking == []


# -- the command line ----------------------------------------------------------------------------------------------
def planted_store() -> Store:
    store = make_store(per_vendor=3)
    store.recordings = {
        vendor: [dataclasses.replace(r, download_url=URL.replace("a.mp4", f"{r.id}.mp4")) for r in items]
        for vendor, items in store.recordings.items()
    }
    return store


class QuotingFake(FakeRecordings):
    """The in-memory API, whose failing vendors quote a presigned URL in their error (as storage errors do)."""

    def list(self, **kwargs: Any) -> Any:
        down = [v for v in kwargs.get("vendors") or self.store.recordings if v in self.store.listing_down]
        if down and self.strict:
            raise RecordingsError(f"{down[0]}: 503 from {URL}")
        listing = super().list(**kwargs)
        listing.failures = [dataclasses.replace(f, message=f"503 from {URL}") for f in listing.failures]
        return listing


def invoke(store: Store, *args: str) -> Any:
    factory = lambda vendors=None, **kw: QuotingFake(store, vendors, **kw)  # noqa: E731
    return CliRunner().invoke(cli, list(args), obj=Options(factory=factory), catch_exceptions=False)


@pytest.mark.parametrize(
    "args",
    [
        ["ls"],
        ["ls", "--json"],
        ["ls", "--jsonl"],
        ["get", "alpha:a000"],
        ["get", "alpha:a000", "--json"],
        ["archive", "{dest}", "--dry-run"],
        ["archive", "{dest}", "--json"],
    ],
)
def test_cli_output_and_logs_show_no_query_value(
    args: list[str], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    store = planted_store()
    with caplog.at_level(logging.DEBUG):
        result = invoke(store, *[arg.format(dest=tmp_path) for arg in args])
    assert result.exit_code == 0, result.output
    shown = result.stdout + result.stderr + "\n".join(r.getMessage() for r in caplog.records)
    assert leaks(shown) == [], shown
    if args[0] == "get":
        assert f"hdnts={REDACTED}" in result.stdout  # the Rich table prints the marker, not markup


def test_cli_errors_show_no_query_value(tmp_path: Path) -> None:
    store = planted_store()
    store.listing_down, store.download_down = {"beta"}, {"gamma"}
    listing = invoke(store, "ls")
    archived = invoke(store, "archive", str(tmp_path), "--json")
    strict = invoke(store, "ls", "--strict")
    download = invoke(store, "download", "gamma:g000", str(tmp_path))
    for result in (listing, archived, strict, download):
        assert result.exit_code == ExitCode.PARTIAL, result.output
        assert leaks(result.stdout + result.stderr) == [], result.output
    summary = json.loads(archived.stdout)
    messages = [f["message"] for f in summary["failures"] + summary["vendor_failures"]]
    assert len(messages) >= 2 and all(f"hdnts={REDACTED}" in message for message in messages)
    for result in (listing, strict, download):
        assert f"hdnts={REDACTED}" in result.stderr, result.stderr


def test_show_urls_prints_the_real_url() -> None:
    result = invoke(planted_store(), "--show-urls", "get", "alpha:a000", "--json")
    assert json.loads(result.stdout)["download_url"] == URL.replace("a.mp4", "a000.mp4")
