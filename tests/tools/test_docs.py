"""tools.docs: the API listing names every operation's method; the HTML reference is one self-contained page."""

from __future__ import annotations

import argparse
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from speccore.operations import HTTP_METHODS
from speccore.paths import ROOT
from speccore.vendors import discover, load_vendor
from tools import docs
from tools.api_listing import render_listing, signature


def _operations(vendor: str) -> list[dict[str, Any]]:
    spec = yaml.safe_load((ROOT / "specs" / vendor / "openapi.yaml").read_text(encoding="utf-8"))
    return [op for item in spec["paths"].values() for method, op in item.items() if method in HTTP_METHODS]


@pytest.mark.parametrize("vendor", discover())
def test_listing_has_every_operation_method(vendor: str) -> None:
    listing = render_listing(load_vendor(vendor))
    methods = {op["x-method-name"] for op in _operations(vendor)}
    listed = set(re.findall(r"^client\.\w+\.(\w+)\(", listing, flags=re.MULTILINE))
    assert methods <= listed, f"missing from the listing: {sorted(methods - listed)}"


def test_listing_shows_parameters_and_return_annotations() -> None:
    listing = render_listing(load_vendor("telnyx"))
    assert listing.startswith("# telnyx-room-recordings ")
    assert (
        "\nclient.room_recordings.get(room_recording_id: str, *, timeout: TimeoutTypes | NotGiven = NOT_GIVEN"
        in listing
    )
    assert ") -> RoomRecordingResponse\n" in listing
    assert "\nTelnyxRoomRecordings(*, api_key: str | None = None," in listing


def test_signature_formatting() -> None:
    def example(self: object, a: int, *args: str, b: str | None = None, **kwargs: object) -> list[int]:
        raise NotImplementedError

    assert (
        signature(example, "example")
        == "example(a: int, *args: str, b: str | None = None, **kwargs: object) -> list[int]"
    )

    def keyword_only(*, flag: bool = False) -> None:
        raise NotImplementedError

    assert signature(keyword_only, "keyword_only") == "keyword_only(*, flag: bool = False) -> None"


@pytest.mark.usefixtures("node_tools")
def test_docs_writes_html_and_listing(tmp_path: Path) -> None:
    assert docs.run(argparse.Namespace(vendor="telnyx", out=tmp_path, no_html=False)) == 0
    page = (tmp_path / "telnyx" / "index.html").read_text(encoding="utf-8")
    for op in _operations("telnyx"):
        assert op["summary"] in page
    assert not re.search(r"<script[^>]+src=\"https?://", page), "the page loads no script from the network"
    assert (tmp_path / "api" / "telnyx-room-recordings.md").is_file()
    assert 'href="telnyx/index.html"' in (tmp_path / "index.html").read_text(encoding="utf-8")
