"""Typed errors: status → class, the attributes an error carries, validation, timeout and connection errors."""

from __future__ import annotations

import json

import httpx
import pytest

from generator.runtime import (
    DEFAULT_MAX_RETRIES,
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    Request,
    RequestOptions,
    UnprocessableEntityError,
)
from tests.runtime.kit import error_body, json_response, script

pytestmark = pytest.mark.anyio

GET = Request(method="GET", path="/things/42", idempotent=True)
NO_RETRY = RequestOptions(max_retries=0)

STATUS_CLASSES = [
    (400, BadRequestError),
    (401, AuthenticationError),
    (403, PermissionDeniedError),
    (404, NotFoundError),
    (409, ConflictError),
    (422, UnprocessableEntityError),
    (429, RateLimitError),
    (500, InternalServerError),
    (503, InternalServerError),
    (504, InternalServerError),
    (418, APIStatusError),
]


@pytest.mark.parametrize(("status", "cls"), STATUS_CLASSES)
async def test_status_maps_to_its_class_with_all_attributes(make_rig, status, cls):
    body = {"errors": [{"detail": f"vendor says no ({status})"}], "message": "fallback"}
    rig = make_rig(script(json_response(status, body, **{"x-request-id": "req-abc"})))
    with pytest.raises(APIStatusError) as info:
        await rig.call(GET, options=NO_RETRY)
    exc = info.value
    assert type(exc) is cls
    assert isinstance(exc, APIError)
    assert exc.status_code == status
    assert exc.body == body
    assert json.loads(exc.raw_body) == body
    assert exc.request_id == "req-abc"
    assert exc.error == error_body(status, body)
    assert exc.response.status_code == status
    assert exc.request is not None
    assert exc.request.url == rig.requests[0].url
    assert f"vendor says no ({status})" in str(exc)
    assert str(status) in exc.message
    assert "req-abc" in exc.message
    assert "/v2/things/42" in exc.message
    assert "fallback" not in exc.message  # the first error_message_path that matches wins


async def test_message_falls_back_to_the_next_error_path(make_rig):
    rig = make_rig(script(json_response(400, {"message": "name is required"})))
    with pytest.raises(BadRequestError) as info:
        await rig.call(GET)
    assert "name is required" in str(info.value)


async def test_no_request_id_header_gives_none(make_rig):
    rig = make_rig(script(json_response(404, {"message": "gone"}, **{"request-id": "other-header"})))
    with pytest.raises(NotFoundError) as info:
        await rig.call(GET)
    assert info.value.request_id is None
    assert "request id" not in info.value.message


async def test_request_id_header_lookup_is_case_insensitive(make_rig):
    rig = make_rig(script(json_response(404, {"message": "gone"}, **{"X-Request-ID": "Req-9"})))
    with pytest.raises(NotFoundError) as info:
        await rig.call(GET)
    assert info.value.request_id == "Req-9"


async def test_html_error_page_still_gives_the_typed_error(make_rig):
    html = "<html><body><h1>502 Bad Gateway</h1>nginx</body></html>"
    rig = make_rig(script(httpx.Response(404, text=html, headers={"content-type": "text/html"})))
    with pytest.raises(NotFoundError) as info:
        await rig.call(GET)
    exc = info.value
    assert exc.body is None
    assert exc.error is None  # parse_error only sees JSON objects
    assert exc.raw_body == html
    assert "502 Bad Gateway" in exc.message  # the start of a non-JSON body stands in for the vendor message


async def test_truncated_json_error_body(make_rig):
    truncated = '{"message": "quota exceeded", "limit": 10'
    rig = make_rig(script(httpx.Response(429, text=truncated, headers={"content-type": "application/json"})))
    with pytest.raises(RateLimitError) as info:
        await rig.call(GET, options=NO_RETRY)
    assert info.value.body is None
    assert info.value.raw_body == truncated
    assert info.value.error is None


async def test_empty_error_body(make_rig):
    rig = make_rig(script(httpx.Response(500)))
    with pytest.raises(InternalServerError) as info:
        await rig.call(GET, options=NO_RETRY)
    assert info.value.body is None
    assert info.value.raw_body == ""
    assert info.value.message.startswith("500 Internal Server Error")


async def test_huge_error_body_is_cut(make_rig):
    limit = 64 * 1024  # the documented cut of raw_body in ClientCore.status_error
    rig = make_rig(script(httpx.Response(400, text="x" * (limit * 2))))
    with pytest.raises(BadRequestError) as info:
        await rig.call(GET)
    assert info.value.raw_body.startswith("x" * limit)
    assert len(info.value.raw_body) < limit * 2


async def test_json_string_body_is_the_message(make_rig):
    rig = make_rig(script(json_response(400, "plain string error")))
    with pytest.raises(BadRequestError) as info:
        await rig.call(GET)
    assert info.value.body == "plain string error"
    assert "plain string error" in info.value.message


async def test_json_array_error_body_still_gives_the_typed_error(make_rig):
    body = [{"message": "first problem"}, {"message": "second problem"}]
    rig = make_rig(script(json_response(400, body)))
    with pytest.raises(BadRequestError) as info:
        await rig.call(GET)
    assert info.value.body == body


async def test_parse_error_that_raises_leaves_error_none(make_rig):
    def strict_parse_error(status, body):
        return body["required_field"]  # KeyError

    rig = make_rig(script(json_response(400, {"message": "bad"})))
    with pytest.raises(BadRequestError) as info:
        await rig.call(GET, parse_error=strict_parse_error)
    assert info.value.error is None
    assert info.value.body == {"message": "bad"}


async def test_success_with_invalid_json_raises_validation_error(make_rig):
    rig = make_rig(script(httpx.Response(200, text="<html>not json</html>")))
    with pytest.raises(APIResponseValidationError) as info:
        await rig.call(GET)
    exc = info.value
    assert isinstance(exc, APIError)
    assert not isinstance(exc, APIStatusError)
    assert exc.status_code == 200
    assert exc.raw_body == "<html>not json</html>"
    assert isinstance(exc.__cause__, ValueError)


async def test_success_with_truncated_json_raises_validation_error(make_rig):
    rig = make_rig(script(httpx.Response(200, text='{"items": [1, 2')))
    with pytest.raises(APIResponseValidationError) as info:
        await rig.call(GET)
    assert info.value.raw_body == '{"items": [1, 2'


@pytest.mark.parametrize("body", [{"items": []}, [1, 2, 3], None])
async def test_success_with_wrong_shape_raises_validation_error(make_rig, body):
    rig = make_rig(script(json_response(201, body)))
    with pytest.raises(APIResponseValidationError) as info:
        await rig.call(GET, parse=lambda r: r.json()["data"]["id"])
    assert info.value.status_code == 201
    assert json.loads(info.value.raw_body) == body


async def test_success_returns_api_response(make_rig):
    rig = make_rig(script(json_response(200, {"id": 1}, **{"x-request-id": "r-1", "etag": "abc"})))
    response = await rig.call(GET)
    assert response.parsed == {"id": 1}
    assert response.status_code == 200
    assert response.request_id == "r-1"
    assert response.headers["etag"] == "abc"
    assert response.content == b'{"id": 1}'


async def test_read_timeout_becomes_api_timeout_error_after_retries(make_rig):
    rig = make_rig(script(*[httpx.ReadTimeout("read timed out") for _ in range(DEFAULT_MAX_RETRIES + 1)]))
    with pytest.raises(APITimeoutError) as info:
        await rig.call(GET)
    assert isinstance(info.value, APIConnectionError)
    assert isinstance(info.value.__cause__, httpx.ReadTimeout)
    assert "timed out" in str(info.value)
    assert len(rig.requests) == DEFAULT_MAX_RETRIES + 1


async def test_connect_error_becomes_api_connection_error(make_rig):
    rig = make_rig(script(*[httpx.ConnectError("name or service not known") for _ in range(DEFAULT_MAX_RETRIES + 1)]))
    with pytest.raises(APIConnectionError) as info:
        await rig.call(GET)
    exc = info.value
    assert not isinstance(exc, APITimeoutError)
    assert isinstance(exc.__cause__, httpx.ConnectError)
    assert "name or service not known" in exc.message
    assert "GET https://api.test/v2/things/42" in exc.message
    assert exc.request is not None
    assert len(rig.requests) == DEFAULT_MAX_RETRIES + 1


async def test_timeout_option_reaches_the_request(make_rig):
    rig = make_rig(script(200, 200, 200))
    await rig.call(GET, options=RequestOptions(timeout=3.5))
    await rig.call(GET)
    await rig.call(GET, options=RequestOptions(timeout=None))
    assert set(rig.requests[2].extensions["timeout"].values()) == {None}  # None disables the timeout
    assert rig.requests[0].extensions["timeout"]["read"] == 3.5
    default_read = rig.client._core.settings.timeout.read
    assert rig.requests[1].extensions["timeout"]["read"] == default_read


async def test_non_utf8_error_body(make_rig):
    raw = b"\xff\xfe broken \x80 bytes"
    rig = make_rig(script(httpx.Response(400, content=raw)))
    with pytest.raises(BadRequestError) as info:
        await rig.call(GET)
    assert info.value.body is None
    assert info.value.raw_body == raw.decode("utf-8", errors="replace")
