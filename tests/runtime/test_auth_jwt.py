"""JWTMinter (claims, expiry, caching) and credentials: resolve_credential, auth_headers, missing."""

from __future__ import annotations

from typing import Any

import jwt
import pytest

from generator.runtime import (
    APIError,
    MissingCredentialError,
    Request,
    RequestOptions,
    Scheme,
    auth_headers,
    missing,
    resolve_credential,
)
from generator.runtime._jwt import JWTMinter
from tests.runtime.kit import script

SECRET = "an-hs256-secret-of-at-least-32-bytes!"  # PyJWT warns (an error here) on shorter HMAC keys
KEY = "api-key-123"
TTL = 600
CLAIMS = {"permissions": ["allow_join", "allow_mod"], "version": 2}


class FakeClock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def decode(token: str) -> dict[str, Any]:
    # iat/exp are checked against our fake clock below, not the wall clock
    return jwt.decode(token, SECRET, algorithms=["HS256"], options={"verify_exp": False, "verify_iat": False})


def make_minter(clock: FakeClock, **overrides: Any) -> JWTMinter:
    kwargs: dict[str, Any] = {
        "key": KEY,
        "secret": SECRET,
        "key_claim": "apikey",
        "claims": CLAIMS,
        "ttl_seconds": TTL,
        "clock": clock,
    }
    kwargs.update(overrides)
    return JWTMinter(**kwargs)


def test_minted_token_is_hs256_with_key_claims_and_expiry():
    clock = FakeClock(1_700_000_000.7)
    token = make_minter(clock).mint()
    assert jwt.get_unverified_header(token)["alg"] == "HS256"
    payload = decode(token)
    assert payload["apikey"] == KEY
    assert payload["permissions"] == CLAIMS["permissions"]
    assert payload["version"] == CLAIMS["version"]
    assert payload["iat"] == int(clock.now)
    assert payload["exp"] == int(clock.now) + TTL


def test_token_verifies_against_the_real_clock_when_minted_now():
    import time

    token = make_minter(FakeClock(time.time())).mint()
    payload = jwt.decode(token, SECRET, algorithms=["HS256"])  # full verification, exp included
    assert payload["apikey"] == KEY


def test_token_does_not_verify_with_another_secret():
    token = make_minter(FakeClock(1_700_000_000)).mint()
    with pytest.raises(jwt.InvalidSignatureError):
        jwt.decode(token, SECRET + "x", algorithms=["HS256"], options={"verify_exp": False})


def test_extra_claims_override_the_spec_claims():
    token = make_minter(FakeClock(1_700_000_000)).mint(version=3, roomId="r-1")
    payload = decode(token)
    assert payload["version"] == 3
    assert payload["roomId"] == "r-1"
    assert payload["apikey"] == KEY


def test_claims_cannot_override_iat_and_exp():
    clock = FakeClock(1_700_000_000)
    payload = decode(make_minter(clock, claims={"exp": 1, "iat": 1}).mint())
    assert payload["exp"] == int(clock.now) + TTL


def test_call_caches_until_close_to_expiry_then_re_mints():
    clock = FakeClock(1_700_000_000)
    minter = make_minter(clock)
    first = minter()
    refresh_margin = min(60.0, TTL / 10)  # the documented margin: a tenth of the lifetime, at most 60 s
    clock.now += TTL - refresh_margin - 1
    assert minter() == first
    clock.now += 1
    second = minter()
    assert second != first
    assert decode(second)["iat"] == int(clock.now)
    assert decode(second)["exp"] == int(clock.now) + TTL
    assert minter() == second


def test_short_ttl_uses_a_tenth_of_the_lifetime_as_margin():
    ttl = 100
    clock = FakeClock(1_700_000_000)
    minter = make_minter(clock, ttl_seconds=ttl)
    first = minter()
    clock.now += ttl - ttl / 10 - 0.5
    assert minter() == first
    clock.now += 1
    assert minter() != first


@pytest.mark.parametrize(("key", "secret"), [("", SECRET), (KEY, ""), (None, SECRET), (KEY, None)])
def test_missing_key_or_secret_is_a_value_error(key, secret):
    with pytest.raises(ValueError, match="secret"):
        make_minter(FakeClock(0), key=key, secret=secret)


def test_repr_has_no_secret():
    minter = make_minter(FakeClock(1_700_000_000))
    token = minter()
    assert SECRET not in repr(minter)
    assert KEY not in repr(minter)
    assert token not in repr(minter)


BEARER = Scheme(
    name="bearer", header="Authorization", prefix="Bearer ", arg="token", env="TESTPKG_TOKEN", required=True
)
API_KEY = Scheme(name="apiKey", header="X-Api-Key", prefix="", arg="api_key", env="TESTPKG_API_KEY", required=False)
NO_ENV = Scheme(name="basic", header="Authorization", prefix="Basic ", arg="basic", env="", required=False)


def test_resolve_credential_argument_wins_over_environment():
    assert resolve_credential(BEARER, "from-arg", {"TESTPKG_TOKEN": "from-env"}) == "from-arg"


def test_resolve_credential_falls_back_to_environment():
    assert resolve_credential(BEARER, None, {"TESTPKG_TOKEN": "from-env"}) == "from-env"
    assert resolve_credential(BEARER, "", {"TESTPKG_TOKEN": "from-env"}) == "from-env"


def test_resolve_credential_reads_os_environ_by_default(monkeypatch):
    monkeypatch.setenv("TESTPKG_TOKEN", "from-os-env")
    assert resolve_credential(BEARER, None) == "from-os-env"
    monkeypatch.delenv("TESTPKG_TOKEN")
    assert resolve_credential(BEARER, None) is None


def test_resolve_credential_none_when_absent_or_empty():
    assert resolve_credential(BEARER, None, {}) is None
    assert resolve_credential(BEARER, None, {"TESTPKG_TOKEN": ""}) is None
    assert resolve_credential(NO_ENV, None, {"": "x"}) is None


def test_missing_names_the_argument_and_the_variable():
    error = missing(BEARER, " (or mint one)")
    assert isinstance(error, MissingCredentialError)
    assert isinstance(error, APIError)
    assert "token=" in str(error)
    assert "TESTPKG_TOKEN" in str(error)
    assert str(error).endswith(" (or mint one)")
    assert "basic=" in str(missing(NO_ENV))


def test_auth_headers_only_for_the_schemes_a_call_names():
    headers = auth_headers([BEARER, API_KEY], {"bearer": lambda: "tok", "apiKey": lambda: "key-1"})
    assert headers(["bearer"]) == {"Authorization": "Bearer tok"}
    assert headers(["apiKey"]) == {"X-Api-Key": "key-1"}
    assert headers(["apiKey", "bearer"]) == {"X-Api-Key": "key-1", "Authorization": "Bearer tok"}
    assert headers([]) == {}


def test_auth_headers_skip_schemes_without_a_credential():
    headers = auth_headers([BEARER, API_KEY], {"bearer": lambda: "tok"})
    assert headers(["apiKey"]) == {}
    assert headers(["bearer", "apiKey"]) == {"Authorization": "Bearer tok"}


def test_auth_headers_ask_the_provider_every_time():
    clock = FakeClock(1_700_000_000)
    minter = make_minter(clock, ttl_seconds=100)
    headers = auth_headers([BEARER], {"bearer": minter})
    first = headers(["bearer"])["Authorization"]
    clock.now += 100
    second = headers(["bearer"])["Authorization"]
    assert first.startswith("Bearer ")
    assert second != first
    assert decode(second.removeprefix("Bearer "))["iat"] == int(clock.now)


@pytest.mark.anyio
async def test_client_sends_auth_only_when_the_operation_asks(make_rig):
    rig = make_rig(
        script(200, 200),
        auth_headers=auth_headers([BEARER, API_KEY], {"bearer": lambda: "tok", "apiKey": lambda: "key-1"}),
    )
    await rig.call(Request(method="GET", path="/public"))
    await rig.call(Request(method="GET", path="/private", auth=("apiKey",)))
    public, private = rig.requests
    assert "authorization" not in public.headers
    assert "x-api-key" not in public.headers
    assert private.headers["x-api-key"] == "key-1"
    assert "authorization" not in private.headers
    assert private.headers["user-agent"] == "t/1"


@pytest.mark.anyio
async def test_header_precedence_defaults_auth_request_then_options(make_rig):
    rig = make_rig(
        script(200),
        default_headers={"X-Trace": "default", "Authorization": "from-defaults", "X-Default-Only": "d"},
        auth_headers=lambda schemes: {"Authorization": "from-auth", "X-Trace": "auth"},
    )
    request = Request(method="GET", path="/x", headers={"X-Trace": "request", "X-Request-Only": "r"})
    await rig.call(request, options=RequestOptions(extra_headers={"X-Trace": "options"}))
    sent = rig.requests[0].headers
    assert sent["x-trace"] == "options"
    assert sent["authorization"] == "from-auth"
    assert sent["x-default-only"] == "d"
    assert sent["x-request-only"] == "r"
    assert sent["accept"] == "application/json"
