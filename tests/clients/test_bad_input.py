"""The bad inputs of issue 11, one by one: each fails with a clear error before the wire (or goes where it should).

Each test failed on the code before request validation: the request was sent, or the error was a bare
KeyError/AttributeError, or the constructor accepted the argument.
"""

from __future__ import annotations

import contextlib
import uuid
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import cloudflare_realtimekit_recordings as cloudflare_pkg
import httpx
import pytest
import videosdk_recordings as videosdk_pkg
from cloudflare_realtimekit_recordings import CloudflareRealtimeKitRecordings
from telnyx_room_recordings import AsyncTelnyxRoomRecordings, RequestValidationError, TelnyxRoomRecordings
from telnyx_room_recordings.models import PageParams, RoomRecordingFilter
from videosdk_recordings import VideoSDKRecordings
from videosdk_recordings.models import StartRecordingRequest

ROOM = "0ccc7b54-4df3-4bca-a65a-3da1ecc777f0"
CloudflareInvalid = cloudflare_pkg.RequestValidationError  # every package has its own runtime copy and classes
VideoSDKInvalid = videosdk_pkg.RequestValidationError


def refuse(request: httpx.Request) -> httpx.Response:
    pytest.fail(f"a request was sent: {request.method} {request.url}")


class Recorder:
    def __init__(self, status: int = 200, body: Any = None) -> None:
        self.requests: list[httpx.Request] = []
        self.reply = (status, body if body is not None else {})

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        return httpx.Response(self.reply[0], json=self.reply[1])

    def query(self) -> list[tuple[str, str]]:
        return parse_qsl(urlsplit(str(self.requests[-1].url)).query)


def sent(call: Any) -> None:
    """Make the call; what the fake server answers need not parse (the tests look at what was sent)."""
    with contextlib.suppress(cloudflare_pkg.APIResponseValidationError, videosdk_pkg.APIResponseValidationError):
        call()


def telnyx(handler: Any = refuse, **options: Any) -> TelnyxRoomRecordings:
    return TelnyxRoomRecordings(
        api_key="KEY-0123456789", http_client=httpx.Client(transport=httpx.MockTransport(handler)), **options
    )


def cloudflare(handler: Any = refuse, **options: Any) -> CloudflareRealtimeKitRecordings:
    return CloudflareRealtimeKitRecordings(
        api_token="TOKEN-0123456789",
        account_id="acct",
        app_id="app",
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
        **options,
    )


# -- path parameters ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("value", ["", None, "   ", ".", ".."])
@pytest.mark.parametrize("method", ["get", "delete"])
def test_an_empty_id_never_reaches_another_route(method: str, value: Any) -> None:
    with pytest.raises(RequestValidationError) as caught:
        getattr(telnyx().room_recordings, method)(value)
    assert caught.value.path == "room_recording_id" and caught.value.rule == "required"
    assert "room_recording_id" in str(caught.value)


# -- query parameters -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("size", [0, 251, 1000])
def test_page_size_outside_the_spec_range_is_refused(size: int) -> None:
    for page in (PageParams(size=size), {"size": size}):
        with pytest.raises(RequestValidationError) as caught:
            telnyx().room_recordings.list(page=page)
        assert caught.value.path == "page.size"
        assert f"got int {size}" in str(caught.value)
    with pytest.raises(RequestValidationError, match=r"page\.size"):
        next(iter(telnyx().room_recordings.iter_list(page_size=size)))


def test_a_string_where_a_list_is_expected_is_not_split_into_characters() -> None:
    with pytest.raises(CloudflareInvalid) as caught:
        cloudflare().recordings.list(status="UPLOADED")  # type: ignore[arg-type]
    assert (caught.value.path, caught.value.rule) == ("status", "type")
    recorder = Recorder(body={"success": True, "data": [], "paging": {}})
    sent(lambda: cloudflare(recorder, validate_requests=False).recordings.list(status="UPLOADED"))  # type: ignore[arg-type]
    assert recorder.query() == [("status", "UPLOADED")]


def test_an_unknown_enum_value_is_refused_and_sent_with_validation_off() -> None:
    with pytest.raises(CloudflareInvalid, match="one of 'ASC', 'DESC'"):
        cloudflare().recordings.list(sort_order="UP")  # type: ignore[arg-type]
    recorder = Recorder(body={"success": True, "data": [], "paging": {}})
    sent(lambda: cloudflare(recorder).recordings.list(sort_order="UP", validate_request=False))  # type: ignore[arg-type]
    assert recorder.query() == [("sort_order", "UP")]


def test_dicts_are_accepted_for_model_parameters_and_sent_like_the_model() -> None:
    sent = []
    for filter_, page in (
        (RoomRecordingFilter(room_id=ROOM, status="completed"), PageParams(number=2, size=50)),
        ({"room_id": ROOM, "status": "completed"}, {"number": 2, "size": 50}),
    ):
        recorder = Recorder(body={"data": [], "meta": {}})
        telnyx(recorder).room_recordings.list(filter_=filter_, page=page)
        sent.append(recorder.query())
    assert (
        sent[0]
        == sent[1]
        == [
            ("filter[room_id]", ROOM),
            ("filter[status]", "completed"),
            ("page[number]", "2"),
            ("page[size]", "50"),
        ]
    )


@pytest.mark.parametrize("bad", ["room_id=x", 42, ["room_id"]])
def test_a_non_mapping_for_a_model_parameter_is_a_clear_error(bad: Any) -> None:
    with pytest.raises(RequestValidationError, match="must be a RoomRecordingFilter or a dict"):
        telnyx().room_recordings.list(filter_=bad)


# -- bodies ---------------------------------------------------------------------------------------------------------
def test_an_empty_body_names_the_missing_field() -> None:
    client = VideoSDKRecordings(
        token="TOKEN-0123456789", http_client=httpx.Client(transport=httpx.MockTransport(refuse))
    )
    with pytest.raises(VideoSDKInvalid) as caught:
        client.recordings.start(body={})
    assert (caught.value.path, caught.value.rule) == ("body.roomId", "required")
    assert str(caught.value) == "startRecording: body.roomId: is required (required), got nothing"


def test_a_model_holding_a_dict_where_a_model_belongs_is_a_clear_error() -> None:
    client = VideoSDKRecordings(
        token="TOKEN-0123456789", http_client=httpx.Client(transport=httpx.MockTransport(refuse))
    )
    body = StartRecordingRequest(room_id="abc-xyzw-lmno", config={"mode": "audio"})  # type: ignore[arg-type]
    with pytest.raises(VideoSDKInvalid, match="must be a StartRecordingRequest whose fields have their types"):
        client.recordings.start(body=body)


def test_a_secret_field_is_redacted_in_the_error() -> None:
    body = {"meeting_id": ROOM, "storage_config": {"type": "aws", "secret": 987654321}}
    with pytest.raises(CloudflareInvalid) as caught:
        cloudflare().recordings.start(body=body)
    assert caught.value.path == "body.storage_config.secret"
    assert "987654321" not in str(caught.value) and "[REDACTED]" in str(caught.value)
    assert caught.value.value == "[REDACTED]"


# -- destructive calls ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("filter_", [None, {}, {"room_id": ""}, {"date_ended_at": {}}, RoomRecordingFilter()])
def test_bulk_delete_without_a_filter_needs_the_opt_in(filter_: Any) -> None:
    kwargs = {} if filter_ is None else {"filter_": filter_}
    for validating in (True, False):
        client = telnyx(validate_requests=validating)
        if filter_ == {"room_id": ""} and validating:
            with pytest.raises(RequestValidationError) as caught:  # "" is no UUID: refused before the guard runs
                client.room_recordings.delete_bulk(**kwargs)
            assert (caught.value.path, caught.value.rule) == ("filter_.room_id", "format")
            continue
        with pytest.raises(RequestValidationError, match="confirm_delete_all=True") as caught:
            client.room_recordings.delete_bulk(**kwargs)
        assert caught.value.rule == "x-destructive"


def test_bulk_delete_with_a_filter_or_the_opt_in_is_sent() -> None:
    recorder = Recorder(201, {"data": {"room_recordings": 1}})
    client = telnyx(recorder)
    client.room_recordings.delete_bulk(filter_={"room_id": ROOM})
    assert recorder.query() == [("filter[room_id]", ROOM)]
    client.room_recordings.delete_bulk(confirm_delete_all=True)
    assert recorder.query() == [] and len(recorder.requests) == 2


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.mark.anyio
async def test_the_async_client_validates_too() -> None:
    client = AsyncTelnyxRoomRecordings(
        api_key="KEY-0123456789", http_client=httpx.AsyncClient(transport=httpx.MockTransport(refuse))
    )
    with pytest.raises(RequestValidationError):
        await client.room_recordings.get("")
    with pytest.raises(RequestValidationError):
        await client.room_recordings.delete_bulk()


# -- constructor ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("options", "error", "text"),
    [
        ({"max_retries": "3"}, TypeError, "max_retries must be an int >= 0, got str '3'"),
        ({"max_retries": True}, TypeError, "max_retries"),
        ({"max_retries": -1}, ValueError, "max_retries"),
        ({"timeout": "5"}, TypeError, "timeout"),
        ({"timeout": 0}, TypeError, "timeout"),
        ({"deadline": -1}, TypeError, "deadline"),
        ({"validate_requests": "no"}, TypeError, "validate_requests"),
        ({"default_headers": {"X-A": 1}}, TypeError, "default_headers"),
        ({"base_url": ""}, ValueError, "base_url is empty"),
        ({"base_url": "ftp://api.telnyx.com/v2"}, ValueError, "absolute http:// or https:// URL"),
        ({"base_url": "api.telnyx.com/v2"}, ValueError, "absolute http:// or https:// URL"),
        ({"base_url": "https://"}, ValueError, "absolute http:// or https:// URL"),
        ({"api_key": 12345}, TypeError, "api_key must be a str"),
        ({"api_key": ""}, ValueError, "api_key is empty"),
        ({"api_key": "KEY-0123456789\n"}, ValueError, "whitespace"),
    ],
)
def test_bad_constructor_arguments_fail_at_construction(options: dict[str, Any], error: type, text: str) -> None:
    kwargs = {"api_key": "KEY-0123456789", **options}
    with pytest.raises(error, match=text.replace("(", r"\(").replace("?", r"\?")) as caught:
        TelnyxRoomRecordings(**kwargs)
    assert "TelnyxRoomRecordings" in str(caught.value)
    assert "KEY-0123456789" not in str(caught.value)


def test_an_empty_base_url_variable_is_an_error_not_production(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELNYX_ROOM_RECORDINGS_BASE_URL", "")
    with pytest.raises(ValueError, match="TELNYX_ROOM_RECORDINGS_BASE_URL is empty"):
        TelnyxRoomRecordings(api_key="KEY-0123456789")
    monkeypatch.setenv("TELNYX_ROOM_RECORDINGS_BASE_URL", "http://127.0.0.1:9/v2")
    assert TelnyxRoomRecordings(api_key="KEY-0123456789").base_url == "http://127.0.0.1:9/v2"
    monkeypatch.delenv("TELNYX_ROOM_RECORDINGS_BASE_URL")
    assert TelnyxRoomRecordings(api_key="KEY-0123456789").base_url == "https://api.telnyx.com/v2"


def test_a_wrong_http_client_type_is_refused() -> None:
    with pytest.raises(TypeError, match=r"http_client must be an httpx\.Client"):
        TelnyxRoomRecordings(api_key="KEY-0123456789", http_client=httpx.AsyncClient())  # type: ignore[arg-type]


def test_a_uuid_object_is_accepted_where_the_spec_says_format_uuid() -> None:
    recorder = Recorder(body={"success": True, "data": [], "paging": {}})
    sent(lambda: cloudflare(recorder).recordings.list(meeting_id=uuid.UUID(ROOM)))  # type: ignore[arg-type]
    assert recorder.query() == [("meeting_id", ROOM)]
    sent(lambda: cloudflare(recorder).recordings.get(uuid.UUID(ROOM)))  # type: ignore[arg-type]
    assert recorder.requests[-1].url.path.endswith(f"/recordings/{ROOM}")
    with pytest.raises(CloudflareInvalid, match=r"must be a string or a uuid\.UUID"):
        cloudflare().recordings.list(meeting_id=12345)  # type: ignore[arg-type]
