# Generated from specs/cloudflare/openapi.yaml by `make generate`. Do not edit.
"""The ``webhook_keys`` resource of ``CloudflareRealtimeKitRecordings`` and ``AsyncCloudflareRealtimeKitRecordings`` (sync and async classes)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property

from .._runtime import (
    NOT_GIVEN,
    APIResponse,
    AsyncClient,
    NotGiven,
    RequestOptions,
    SyncClient,
    TimeoutTypes,
)
from ..api.webhook_keys import get_webhooks_public_key as _get_webhooks_public_key
from ..models.webhook_public_key_response import WebhookPublicKeyResponse

__all__ = [
    "WebhookKeysResource",
    "AsyncWebhookKeysResource",
    "WebhookKeysResourceWithRawResponse",
    "AsyncWebhookKeysResourceWithRawResponse",
]


class WebhookKeysResource:
    """The public key that verifies webhook signatures."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> WebhookKeysResourceWithRawResponse:
        """The same operations, returning the raw response too (status, headers, request id)."""
        return WebhookKeysResourceWithRawResponse(self._client)

    def get(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> WebhookPublicKeyResponse:
        """Fetch the webhook signing public key.

        The PEM public key whose private half signs every webhook delivery (`rtk-signature`, RSA-SHA256 over
        the raw body). Served by RealtimeKit's own host, without authentication: the client sends no API
        token there. `client.webhooks` fetches it once (when no key is pinned), caches it and fetches it
        again at most once a minute when a signature does not verify (key rotation).

        ``GET /.well-known/webhooks.json`` (operation ``get_webhooks_public_key``).

        Args:
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            WebhookPublicKeyResponse: The public key, PEM-encoded (`-----BEGIN PUBLIC KEY-----`, SPKI).

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 404.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _get_webhooks_public_key.sync(
            self._client,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )


class WebhookKeysResourceWithRawResponse:
    """The public key that verifies webhook signatures.

    Each call returns an ``APIResponse``: the parsed value and the raw httpx response.
    """

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def get(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[WebhookPublicKeyResponse]:
        """Fetch the webhook signing public key.

        The PEM public key whose private half signs every webhook delivery (`rtk-signature`, RSA-SHA256 over
        the raw body). Served by RealtimeKit's own host, without authentication: the client sends no API
        token there. `client.webhooks` fetches it once (when no key is pinned), caches it and fetches it
        again at most once a minute when a signature does not verify (key rotation).

        ``GET /.well-known/webhooks.json`` (operation ``get_webhooks_public_key``).

        Args:
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            APIResponse[WebhookPublicKeyResponse]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 404.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _get_webhooks_public_key.sync_detailed(
            self._client,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )


class AsyncWebhookKeysResource:
    """The public key that verifies webhook signatures."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncWebhookKeysResourceWithRawResponse:
        """The same operations, returning the raw response too (status, headers, request id)."""
        return AsyncWebhookKeysResourceWithRawResponse(self._client)

    async def get(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> WebhookPublicKeyResponse:
        """Fetch the webhook signing public key.

        The PEM public key whose private half signs every webhook delivery (`rtk-signature`, RSA-SHA256 over
        the raw body). Served by RealtimeKit's own host, without authentication: the client sends no API
        token there. `client.webhooks` fetches it once (when no key is pinned), caches it and fetches it
        again at most once a minute when a signature does not verify (key rotation).

        ``GET /.well-known/webhooks.json`` (operation ``get_webhooks_public_key``).

        Args:
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            WebhookPublicKeyResponse: The public key, PEM-encoded (`-----BEGIN PUBLIC KEY-----`, SPKI).

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 404.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _get_webhooks_public_key.asyncio(
            self._client,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )


class AsyncWebhookKeysResourceWithRawResponse:
    """The public key that verifies webhook signatures.

    Each call returns an ``APIResponse``: the parsed value and the raw httpx response.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def get(
        self,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[WebhookPublicKeyResponse]:
        """Fetch the webhook signing public key.

        The PEM public key whose private half signs every webhook delivery (`rtk-signature`, RSA-SHA256 over
        the raw body). Served by RealtimeKit's own host, without authentication: the client sends no API
        token there. `client.webhooks` fetches it once (when no key is pinned), caches it and fetches it
        again at most once a minute when a signature does not verify (key rotation).

        ``GET /.well-known/webhooks.json`` (operation ``get_webhooks_public_key``).

        Args:
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            APIResponse[WebhookPublicKeyResponse]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 404.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _get_webhooks_public_key.asyncio_detailed(
            self._client,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )
