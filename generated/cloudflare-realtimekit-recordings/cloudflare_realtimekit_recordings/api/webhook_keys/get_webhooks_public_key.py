# Generated from specs/cloudflare/openapi.yaml by `make generate`. Do not edit.
"""GET /.well-known/webhooks.json (get_webhooks_public_key)."""

from typing import Any

import httpx

from ..._runtime import (
    APIResponse,
    AsyncClient,
    Request,
    RequestOptions,
    SyncClient,
)
from ...models.error_response import ErrorResponse
from ...models.webhook_public_key_response import WebhookPublicKeyResponse

OPERATION_ID = "get_webhooks_public_key"


def _build_request(
    validate: bool = True,
) -> Request:
    """The request, after the spec's checks (``RequestValidationError``). With ``validate=False`` only the checks
    that keep a call on its route remain: non-empty path parameters."""
    return Request(
        method="GET",
        path="/.well-known/webhooks.json",
        server="https://api.realtime.cloudflare.com",
        idempotent=True,
        operation_id=OPERATION_ID,
        auth=(),
    )


def _parse(response: httpx.Response) -> WebhookPublicKeyResponse:
    response_200 = WebhookPublicKeyResponse.from_dict(response.json())

    return response_200


def _parse_error(status: int, body: Any) -> Any:
    """The vendor's error envelope as its generated model, for the statuses the spec documents."""
    if status == 400:
        return ErrorResponse.from_dict(body)
    if status == 404:
        return ErrorResponse.from_dict(body)
    return None


def sync_detailed(
    client: SyncClient,
    *,
    options: RequestOptions | None = None,
) -> APIResponse[WebhookPublicKeyResponse]:
    """Fetch the webhook signing public key

    The PEM public key whose private half signs every webhook delivery (`rtk-signature`, RSA-SHA256 over
    the
    raw body). Served by RealtimeKit's own host, without authentication: the client sends no API token
    there.
    `client.webhooks` fetches it once (when no key is pinned), caches it and fetches it again at most
    once a
    minute when a signature does not verify (key rotation).

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    APIResponse[WebhookPublicKeyResponse]: the parsed value and the raw httpx response.
    """

    request = _build_request(
        validate=client._core.validating(options),
    )
    return client.call(request, _parse, _parse_error, options)


def sync(
    client: SyncClient,
    *,
    options: RequestOptions | None = None,
) -> WebhookPublicKeyResponse:
    """Fetch the webhook signing public key

    The PEM public key whose private half signs every webhook delivery (`rtk-signature`, RSA-SHA256 over
    the
    raw body). Served by RealtimeKit's own host, without authentication: the client sends no API token
    there.
    `client.webhooks` fetches it once (when no key is pinned), caches it and fetches it again at most
    once a
    minute when a signature does not verify (key rotation).

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    WebhookPublicKeyResponse
    """

    return sync_detailed(
        client,
        options=options,
    ).parsed


async def asyncio_detailed(
    client: AsyncClient,
    *,
    options: RequestOptions | None = None,
) -> APIResponse[WebhookPublicKeyResponse]:
    """Fetch the webhook signing public key

    The PEM public key whose private half signs every webhook delivery (`rtk-signature`, RSA-SHA256 over
    the
    raw body). Served by RealtimeKit's own host, without authentication: the client sends no API token
    there.
    `client.webhooks` fetches it once (when no key is pinned), caches it and fetches it again at most
    once a
    minute when a signature does not verify (key rotation).

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    APIResponse[WebhookPublicKeyResponse]: the parsed value and the raw httpx response.
    """

    request = _build_request(
        validate=client._core.validating(options),
    )
    return await client.call(request, _parse, _parse_error, options)


async def asyncio(
    client: AsyncClient,
    *,
    options: RequestOptions | None = None,
) -> WebhookPublicKeyResponse:
    """Fetch the webhook signing public key

    The PEM public key whose private half signs every webhook delivery (`rtk-signature`, RSA-SHA256 over
    the
    raw body). Served by RealtimeKit's own host, without authentication: the client sends no API token
    there.
    `client.webhooks` fetches it once (when no key is pinned), caches it and fetches it again at most
    once a
    minute when a signature does not verify (key rotation).

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    WebhookPublicKeyResponse
    """

    return (
        await asyncio_detailed(
            client,
            options=options,
        )
    ).parsed
