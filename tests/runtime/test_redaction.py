"""Credentials never reach exception texts, reprs or logs; the Redactor's pieces on their own."""

from __future__ import annotations

import json
import logging
from typing import Any

import httpx
import pytest

from generator.runtime import (
    REDACTED,
    APIConnectionError,
    AuthenticationError,
    Redactor,
    Request,
    RequestOptions,
    enable_debug_logging,
    redacted_repr,
)
from generator.runtime._redact import mask_url_secrets
from tests.runtime.kit import LOGGER, TOKEN, json_response, script

pytestmark = pytest.mark.anyio

PASSWORD = "hunter2-very-private"
SECRET_VALUE = "s3cr3t-field-value"


def all_log_text(caplog: pytest.LogCaptureFixture) -> str:
    return "\n".join(record.getMessage() for record in caplog.records)


async def test_echoed_token_and_secret_fields_never_leak(make_rig, caplog):
    caplog.set_level(logging.DEBUG, logger=LOGGER)
    body = {
        "message": f"invalid token Bearer {TOKEN}",
        "secret": SECRET_VALUE,
        "nested": [{"password": PASSWORD}],
    }
    echo = json_response(401, body, **{"x-echo-authorization": f"Bearer {TOKEN}", "x-request-id": "r-1"})
    rig = make_rig(script(echo))
    request = Request(method="POST", path="/login", json={"password": PASSWORD}, has_body=True, idempotent=False)
    with pytest.raises(AuthenticationError) as info:
        await rig.call(request)
    exc = info.value

    assert rig.requests[0].headers["Authorization"] == f"Bearer {TOKEN}"  # the credential was really sent
    texts = {
        "str(exc)": str(exc),
        "repr(exc)": repr(exc),
        "exc.message": exc.message,
        "exc.raw_body": exc.raw_body,
        "exc.body": json.dumps(exc.body),
        "repr(client)": repr(rig.client),
        "logs": all_log_text(caplog),
    }
    for where, text in texts.items():
        for secret in (TOKEN, PASSWORD, SECRET_VALUE):
            assert secret not in text, f"{secret!r} leaked into {where}"

    assert exc.body["secret"] == REDACTED
    assert exc.body["nested"][0]["password"] == REDACTED
    assert "invalid token" in exc.message  # the vendor message survives, minus the token
    # the request and the response were both logged (so the assertions above were not vacuous)
    logged = [r.getMessage() for r in caplog.records if r.name == LOGGER]
    assert any(m.startswith("request POST") for m in logged)
    assert any(m.startswith("response POST") and "401" in m for m in logged)
    assert all(REDACTED in m for m in logged)


async def test_retry_and_connection_error_logs_are_redacted(make_rig, caplog):
    caplog.set_level(logging.DEBUG, logger=LOGGER)
    rig = make_rig(script(httpx.ConnectError(f"proxy rejected {TOKEN}"), httpx.ConnectError(f"again {TOKEN}")))
    request = Request(method="GET", path="/things", params=[("access_token", TOKEN)])
    with pytest.raises(APIConnectionError) as info:
        await rig.call(request, options=RequestOptions(max_retries=1))
    assert TOKEN not in str(info.value)
    assert f"again {REDACTED}" in str(info.value)
    assert TOKEN not in all_log_text(caplog)
    assert any("retrying" in r.getMessage() for r in caplog.records)
    assert TOKEN in str(rig.requests[0].url)  # it really was in the URL


async def test_repr_of_client_has_no_credentials(make_rig):
    rig = make_rig(script())
    assert TOKEN not in repr(rig.client)
    assert "https://api.test/v2" in repr(rig.client)


PRESIGNED = [
    "https://bucket.s3.amazonaws.com/a.mp4?X-Amz-Algorithm=AWS4-HMAC-SHA256"
    "&X-Amz-Credential=AKIAXXX%2F20240101%2Fus-east-1&X-Amz-Date=20240101T000000Z"
    "&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Security-Token=FQoGZXIvYXdz"
    "&X-Amz-Signature=0123456789abcdef",
    "https://bucket.s3.amazonaws.com/a.mp4?AWSAccessKeyId=AKIAIOSFODNN7&Expires=1700000000"
    "&Signature=vjbyPxybdZaNmGa%2ByT272YEAiv4%3D",
    "https://storage.googleapis.com/b/o.mp4?X-Goog-Algorithm=GOOG4-RSA-SHA256"
    "&X-Goog-Credential=svc%40proj&X-Goog-Signature=abcdef0123",
    "https://acct.blob.core.windows.net/c/o.mp4?sv=2022-11-02&se=2024&sig=AbCd%2Bef%3D",
    "https://cdn.example.net/r.mp4?hdnts=exp%3D1700000000~hmac%3Dfeedface&token=SECRET456#frag",  # unnamed params
    "https://user:hunter2@files.example.org/r.mp4?x=1",  # userinfo
]


@pytest.mark.parametrize("url", PRESIGNED)
def test_every_query_value_of_a_url_off_the_api_host_is_masked(url):
    """A credential may sit in any parameter of a download link, so none is trusted: names stay, values go."""
    redacted = Redactor(api_urls=["https://api.test/v2"]).text(f"GET {url} failed.")
    parsed = httpx.URL(url)
    assert parsed.params
    for name, value in parsed.params.multi_items():
        assert f"{name}={REDACTED}" in redacted
        assert f"{name}={value}" not in redacted and f"={url.split(name + '=', 1)[1].split('&', 1)[0]}" not in redacted
    assert "hunter2" not in redacted and "#frag" not in redacted
    assert redacted.startswith("GET https://") and redacted.endswith(" failed.")  # the full stop stays outside
    assert mask_url_secrets(url) == Redactor().text(url)  # model reprs: the same rule, no host trusted


def test_api_urls_show_the_declared_paging_and_filters_and_mask_everything_else():
    redactor = Redactor(api_urls=["https://api.test/v2"], api_params=["page", "filter", "signature"])
    own = "https://api.test/v2/recordings?page[number]=2&filter[status]=completed"
    assert redactor.text(f"GET {own}") == f"GET {own}"  # what a reader debugging a call needs
    # an undeclared parameter, and a declared one that is a known credential name, are masked
    assert redactor.text("https://API.test/v2/x?page=1&hdnts=abc&signature=def") == (
        f"https://API.test/v2/x?page=1&hdnts={REDACTED}&signature={REDACTED}"
    )
    assert redactor.text("https://api.test/v2?page=1") == "https://api.test/v2?page=1"
    # off the base URL, declared names do not help: another host, or the API's host outside its base path (a file)
    for url in ("https://api.test.evil.example/v2/x?page=1", "https://api.test/files/r.mp4?page=1"):
        assert redactor.text(url) == url.replace("page=1", f"page={REDACTED}")
    assert redactor.text("https://api.test/v2x/r?page=1") == f"https://api.test/v2x/r?page={REDACTED}"
    assert redactor.text("/v2/x?mysig=abc&sig=def") == f"/v2/x?mysig=abc&sig={REDACTED}"  # relative: by name only


def test_known_secrets_are_masked_longest_first():
    redactor = Redactor(secrets=["abcd", "abcdefgh", "xy"])
    assert redactor.text("k=abcdefgh") == f"k={REDACTED}"
    assert redactor.text("k=abcd") == f"k={REDACTED}"
    assert redactor.text("xy is too short to be a secret") == "xy is too short to be a secret"


def test_add_secret_masks_a_later_credential():
    redactor = Redactor()
    minted = "eyJhbGciOi.minted.token"
    assert redactor.text(minted) == minted
    redactor.add_secret(minted)
    assert redactor.text(f"Bearer {minted}") == f"Bearer {REDACTED}"


def test_headers_masks_authorization_and_custom_secret_headers():
    redactor = Redactor(secrets=[TOKEN], secret_headers=["X-Api-Key"])
    headers = httpx.Headers(
        {
            "Authorization": "Basic dXNlcjpwYXNz",
            "x-api-key": "key-123456",
            "Cookie": "session=abc",
            "X-Echo": f"token={TOKEN}",
            "Content-Type": "application/json",
        }
    )
    masked = redactor.headers(headers)
    assert masked["authorization"] == REDACTED
    assert masked["x-api-key"] == REDACTED
    assert masked["cookie"] == REDACTED
    assert masked["x-echo"] == f"token={REDACTED}"
    assert masked["content-type"] == "application/json"
    assert headers["Authorization"] == "Basic dXNlcjpwYXNz"  # a copy: the original is untouched


def test_value_masks_secret_fields_at_any_depth_case_insensitively():
    redactor = Redactor(secrets=[TOKEN], secret_fields=["Password", "secret"])
    value = {"user": "ann", "PASSWORD": "p", "items": [{"Secret": {"deep": 1}}, f"has {TOKEN}"], "n": 3}
    assert redactor.value(value) == {
        "user": "ann",
        "PASSWORD": REDACTED,
        "items": [{"Secret": REDACTED}, f"has {REDACTED}"],
        "n": 3,
    }
    assert value["PASSWORD"] == "p"  # the input is not modified


def test_body_text_masks_json_and_non_json_bodies():
    redactor = Redactor(secret_fields=["password"])
    as_json = redactor.body_text(json.dumps({"password": PASSWORD, "user": "ann"}).encode())
    assert json.loads(as_json) == {"password": REDACTED, "user": "ann"}
    # in JSON, a secret field is masked whatever its value's type
    odd = redactor.body_text(json.dumps({"password": 987654321, "list": [{"password": {"pin": "4711"}}]}).encode())
    assert json.loads(odd) == {"password": REDACTED, "list": [{"password": REDACTED}]}
    truncated = redactor.body_text(b'{"user": "ann", "password": "' + PASSWORD.encode() + b'", "more": ')
    assert PASSWORD not in truncated
    assert f'"password": "{REDACTED}"' in truncated
    escaped = redactor.body_text(b'oops "password" : "with \\" quote" tail')
    assert "quote" not in escaped
    assert escaped.endswith(" tail")


def test_body_text_limit():
    limit = 100
    text = Redactor().body_text(b"a" * (limit + 50), limit=limit)
    assert text.startswith("a" * limit)
    assert "50 more characters" in text


class Credentials:
    def __init__(self, user: Any, password: Any, api_key: Any) -> None:
        self.user, self.password, self.api_key = user, password, api_key


class Unset:
    """Looks like the generated ``UNSET`` sentinel (matched by class name)."""


def test_redacted_repr_hides_secret_attributes():
    creds = Credentials("ann", PASSWORD, None)
    text = redacted_repr(creds, ["user", "password", "api_key"], secret=["password", "api_key"])
    assert text == f"Credentials(user='ann', password={REDACTED!r}, api_key=None)"
    assert PASSWORD not in text


def test_redacted_repr_skips_unset_attributes():
    creds = Credentials("ann", Unset(), Unset())
    assert redacted_repr(creds, ["user", "password", "api_key"], secret=["password"]) == "Credentials(user='ann')"


def test_enable_debug_logging_sets_debug_and_adds_one_handler():
    name = "testpkg.enable-debug-check"
    logger = logging.getLogger(name)
    try:
        enable_debug_logging(name)
        enable_debug_logging(name)
        assert logger.level == logging.DEBUG
        assert len(logger.handlers) == 1
    finally:
        for handler in list(logger.handlers):
            logger.removeHandler(handler)
        logger.setLevel(logging.NOTSET)
