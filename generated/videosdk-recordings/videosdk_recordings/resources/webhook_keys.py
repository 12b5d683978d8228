# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
"""The ``webhook_keys`` resource of ``VideoSDKRecordings`` and ``AsyncVideoSDKRecordings`` (sync and async classes)."""

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
from ..api.webhook_keys import get_webhook_public_key as _get_webhook_public_key
from ..models.webhook_public_key import WebhookPublicKey

__all__ = [
    "WebhookKeysResource",
    "AsyncWebhookKeysResource",
    "WebhookKeysResourceWithRawResponse",
    "AsyncWebhookKeysResourceWithRawResponse",
]


class WebhookKeysResource:
    """The public key that verifies webhook signatures (the events are in `x-webhooks`)."""

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
    ) -> WebhookPublicKey:
        """Get the webhook signing public key.

        VideoSDK's RSA public key (PEM) that verifies the `videosdk-signature` header of every webhook.
        `client.webhooks` fetches it once (when no key is pinned), caches it and fetches it again at most
        once a minute when a signature does not verify (key rotation).

        ``GET /v2/public/rsa-public-key`` (operation ``getWebhookPublicKey``).

        Args:
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            WebhookPublicKey: The public key.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _get_webhook_public_key.sync(
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
    """The public key that verifies webhook signatures (the events are in `x-webhooks`).

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
    ) -> APIResponse[WebhookPublicKey]:
        """Get the webhook signing public key.

        VideoSDK's RSA public key (PEM) that verifies the `videosdk-signature` header of every webhook.
        `client.webhooks` fetches it once (when no key is pinned), caches it and fetches it again at most
        once a minute when a signature does not verify (key rotation).

        ``GET /v2/public/rsa-public-key`` (operation ``getWebhookPublicKey``).

        Args:
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            APIResponse[WebhookPublicKey]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _get_webhook_public_key.sync_detailed(
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
    """The public key that verifies webhook signatures (the events are in `x-webhooks`)."""

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
    ) -> WebhookPublicKey:
        """Get the webhook signing public key.

        VideoSDK's RSA public key (PEM) that verifies the `videosdk-signature` header of every webhook.
        `client.webhooks` fetches it once (when no key is pinned), caches it and fetches it again at most
        once a minute when a signature does not verify (key rotation).

        ``GET /v2/public/rsa-public-key`` (operation ``getWebhookPublicKey``).

        Args:
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            WebhookPublicKey: The public key.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _get_webhook_public_key.asyncio(
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
    """The public key that verifies webhook signatures (the events are in `x-webhooks`).

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
    ) -> APIResponse[WebhookPublicKey]:
        """Get the webhook signing public key.

        VideoSDK's RSA public key (PEM) that verifies the `videosdk-signature` header of every webhook.
        `client.webhooks` fetches it once (when no key is pinned), caches it and fetches it again at most
        once a minute when a signature does not verify (key rotation).

        ``GET /v2/public/rsa-public-key`` (operation ``getWebhookPublicKey``).

        Args:
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            APIResponse[WebhookPublicKey]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _get_webhook_public_key.asyncio_detailed(
            self._client,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )
