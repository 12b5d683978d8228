# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
"""GET /v2/public/rsa-public-key (getWebhookPublicKey)."""

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
from ...models.webhook_public_key import WebhookPublicKey

OPERATION_ID = "getWebhookPublicKey"


def _build_request(
    validate: bool = True,
) -> Request:
    """The request, after the spec's checks (``RequestValidationError``). With ``validate=False`` only the checks
    that keep a call on its route remain: non-empty path parameters."""
    return Request(
        method="GET",
        path="/v2/public/rsa-public-key",
        idempotent=True,
        operation_id=OPERATION_ID,
        auth=("token",),
    )


def _parse(response: httpx.Response) -> WebhookPublicKey:
    response_200 = WebhookPublicKey.from_dict(response.json())

    return response_200


def _parse_error(status: int, body: Any) -> Any:
    """The vendor's error envelope as its generated model, for the statuses the spec documents."""
    if status == 400:
        return ErrorResponse.from_dict(body)
    if status == 401:
        return ErrorResponse.from_dict(body)
    return None


def sync_detailed(
    client: SyncClient,
    *,
    options: RequestOptions | None = None,
) -> APIResponse[WebhookPublicKey]:
    """Get the webhook signing public key

    VideoSDK's RSA public key (PEM) that verifies the `videosdk-signature` header of every webhook.
    `client.webhooks` fetches it once (when no key is pinned), caches it and fetches it again at most
    once a
    minute when a signature does not verify (key rotation).

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    APIResponse[WebhookPublicKey]: the parsed value and the raw httpx response.
    """

    request = _build_request(
        validate=client._core.validating(options),
    )
    return client.call(request, _parse, _parse_error, options)


def sync(
    client: SyncClient,
    *,
    options: RequestOptions | None = None,
) -> WebhookPublicKey:
    """Get the webhook signing public key

    VideoSDK's RSA public key (PEM) that verifies the `videosdk-signature` header of every webhook.
    `client.webhooks` fetches it once (when no key is pinned), caches it and fetches it again at most
    once a
    minute when a signature does not verify (key rotation).

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    WebhookPublicKey
    """

    return sync_detailed(
        client,
        options=options,
    ).parsed


async def asyncio_detailed(
    client: AsyncClient,
    *,
    options: RequestOptions | None = None,
) -> APIResponse[WebhookPublicKey]:
    """Get the webhook signing public key

    VideoSDK's RSA public key (PEM) that verifies the `videosdk-signature` header of every webhook.
    `client.webhooks` fetches it once (when no key is pinned), caches it and fetches it again at most
    once a
    minute when a signature does not verify (key rotation).

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    APIResponse[WebhookPublicKey]: the parsed value and the raw httpx response.
    """

    request = _build_request(
        validate=client._core.validating(options),
    )
    return await client.call(request, _parse, _parse_error, options)


async def asyncio(
    client: AsyncClient,
    *,
    options: RequestOptions | None = None,
) -> WebhookPublicKey:
    """Get the webhook signing public key

    VideoSDK's RSA public key (PEM) that verifies the `videosdk-signature` header of every webhook.
    `client.webhooks` fetches it once (when no key is pinned), caches it and fetches it again at most
    once a
    minute when a signature does not verify (key rotation).

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    WebhookPublicKey
    """

    return (
        await asyncio_detailed(
            client,
            options=options,
        )
    ).parsed
