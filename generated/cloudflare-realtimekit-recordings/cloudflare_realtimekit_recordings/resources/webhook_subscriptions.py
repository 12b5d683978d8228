# Generated from specs/cloudflare/openapi.yaml by `make generate`. Do not edit.
"""The ``webhook_subscriptions`` resource of ``CloudflareRealtimeKitRecordings`` and ``AsyncCloudflareRealtimeKitRecordings`` (sync and async classes)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any

from .._runtime import (
    NOT_GIVEN,
    APIResponse,
    AsyncClient,
    NotGiven,
    RequestOptions,
    SyncClient,
    TimeoutTypes,
)
from ..api.webhook_subscriptions import create_webhook as _create_webhook
from ..api.webhook_subscriptions import delete_webhook as _delete_webhook
from ..api.webhook_subscriptions import edit_webhook as _edit_webhook
from ..api.webhook_subscriptions import get_webhook_by_id as _get_webhook_by_id
from ..api.webhook_subscriptions import get_webhooks as _get_webhooks
from ..api.webhook_subscriptions import replace_webhook as _replace_webhook
from ..models.webhook_list_response import WebhookListResponse
from ..models.webhook_request import WebhookRequest
from ..models.webhook_response import WebhookResponse
from ..models.webhook_update_request import WebhookUpdateRequest

__all__ = [
    "WebhookSubscriptionsResource",
    "AsyncWebhookSubscriptionsResource",
    "WebhookSubscriptionsResourceWithRawResponse",
    "AsyncWebhookSubscriptionsResourceWithRawResponse",
]


class WebhookSubscriptionsResource:
    """The App's webhooks (URL and subscribed events); the events themselves are in `x-webhooks`."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> WebhookSubscriptionsResourceWithRawResponse:
        """The same operations, returning the raw response too (status, headers, request id)."""
        return WebhookSubscriptionsResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        account_id: str | None = None,
        app_id: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> WebhookListResponse:
        """Fetch all webhooks details.

        Returns every webhook registered for the App: its URL, the events it subscribes to and whether it is
        enabled. Token permissions (at least one): Realtime Admin, Realtime.

        ``GET /accounts/{account_id}/realtime/kit/{app_id}/webhooks`` (operation ``get_webhooks``).

        Args:
            account_id: The Cloudflare account identifier. Defaults to the value given to the client. At
                most 32 characters.
            app_id: The RealtimeKit App identifier (shown in the Realtime section of the Cloudflare
                dashboard). Both the dashed UUID form (`14a396e7-ca44-4937-bf1f-050a69118543`) and 32 hex
                digits appear in Cloudflare's material. Defaults to the value given to the client. At most
                36 characters.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            WebhookListResponse: The App's webhooks.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 404.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _get_webhooks.sync(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )

    def create(
        self,
        *,
        account_id: str | None = None,
        app_id: str | None = None,
        body: WebhookRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> WebhookResponse:
        """Add a webhook.

        Registers a URL that receives the App's events. Only the events listed in `events` are delivered
        (webhook events are subscription-only); subscribe to `recording.statusUpdate` to learn when a
        recording is uploaded. Deliveries are signed (`rtk-signature`); verify them with
        `client.webhooks.unwrap`. Token permissions (at least one): Realtime Admin.

        ``POST /accounts/{account_id}/realtime/kit/{app_id}/webhooks`` (operation ``create_webhook``).

        Args:
            account_id: The Cloudflare account identifier. Defaults to the value given to the client. At
                most 32 characters.
            app_id: The RealtimeKit App identifier (shown in the Realtime section of the Cloudflare
                dashboard). Both the dashed UUID form (`14a396e7-ca44-4937-bf1f-050a69118543`) and 32 hex
                digits appear in Cloudflare's material. Defaults to the value given to the client. At most
                36 characters.
            body: Body of create_webhook and replace_webhook. A ``WebhookRequest`` or a mapping of its JSON
                fields. Required fields: ``name``, ``url``, ``events``.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            WebhookResponse: The registered webhook.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 404.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _create_webhook.sync(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            body=body,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )

    def get(
        self,
        webhook_id: str,
        *,
        account_id: str | None = None,
        app_id: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> WebhookResponse:
        """Fetch details of a webhook.

        Returns one webhook of the App.

        ``GET /accounts/{account_id}/realtime/kit/{app_id}/webhooks/{webhook_id}`` (operation ``get_webhook_by_id``).

        Args:
            webhook_id: ID of the webhook.
            account_id: The Cloudflare account identifier. Defaults to the value given to the client. At
                most 32 characters.
            app_id: The RealtimeKit App identifier (shown in the Realtime section of the Cloudflare
                dashboard). Both the dashed UUID form (`14a396e7-ca44-4937-bf1f-050a69118543`) and 32 hex
                digits appear in Cloudflare's material. Defaults to the value given to the client. At most
                36 characters.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            WebhookResponse: The webhook.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 404.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _get_webhook_by_id.sync(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            webhook_id,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )

    def replace(
        self,
        webhook_id: str,
        *,
        account_id: str | None = None,
        app_id: str | None = None,
        body: WebhookRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> WebhookResponse:
        """Replace a webhook.

        Replaces the webhook's name, URL, events and enabled flag (all of `name`, `url`, `events` required).

        ``PUT /accounts/{account_id}/realtime/kit/{app_id}/webhooks/{webhook_id}`` (operation ``replace_webhook``).

        Args:
            webhook_id: ID of the webhook.
            account_id: The Cloudflare account identifier. Defaults to the value given to the client. At
                most 32 characters.
            app_id: The RealtimeKit App identifier (shown in the Realtime section of the Cloudflare
                dashboard). Both the dashed UUID form (`14a396e7-ca44-4937-bf1f-050a69118543`) and 32 hex
                digits appear in Cloudflare's material. Defaults to the value given to the client. At most
                36 characters.
            body: Body of create_webhook and replace_webhook. A ``WebhookRequest`` or a mapping of its JSON
                fields. Required fields: ``name``, ``url``, ``events``.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            WebhookResponse: The webhook.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 404.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _replace_webhook.sync(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            webhook_id,
            body=body,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )

    def delete(
        self,
        webhook_id: str,
        *,
        account_id: str | None = None,
        app_id: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> WebhookResponse:
        """Delete a webhook.

        Removes the webhook; the answer carries the deleted webhook.

        ``DELETE /accounts/{account_id}/realtime/kit/{app_id}/webhooks/{webhook_id}`` (operation ``delete_webhook``).

        Args:
            webhook_id: ID of the webhook.
            account_id: The Cloudflare account identifier. Defaults to the value given to the client. At
                most 32 characters.
            app_id: The RealtimeKit App identifier (shown in the Realtime section of the Cloudflare
                dashboard). Both the dashed UUID form (`14a396e7-ca44-4937-bf1f-050a69118543`) and 32 hex
                digits appear in Cloudflare's material. Defaults to the value given to the client. At most
                36 characters.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            WebhookResponse: The deleted webhook.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 404.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _delete_webhook.sync(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            webhook_id,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )

    def update(
        self,
        webhook_id: str,
        *,
        account_id: str | None = None,
        app_id: str | None = None,
        body: WebhookUpdateRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> WebhookResponse:
        """Edit a webhook.

        Changes only the fields sent (for example `enabled` false to pause deliveries).

        ``PATCH /accounts/{account_id}/realtime/kit/{app_id}/webhooks/{webhook_id}`` (operation ``edit_webhook``).

        Args:
            webhook_id: ID of the webhook.
            account_id: The Cloudflare account identifier. Defaults to the value given to the client. At
                most 32 characters.
            app_id: The RealtimeKit App identifier (shown in the Realtime section of the Cloudflare
                dashboard). Both the dashed UUID form (`14a396e7-ca44-4937-bf1f-050a69118543`) and 32 hex
                digits appear in Cloudflare's material. Defaults to the value given to the client. At most
                36 characters.
            body: Body of edit_webhook; only the fields sent change. A ``WebhookUpdateRequest`` or a mapping
                of its JSON fields.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            WebhookResponse: The webhook.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 404.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _edit_webhook.sync(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            webhook_id,
            body=body,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )


class WebhookSubscriptionsResourceWithRawResponse:
    """The App's webhooks (URL and subscribed events); the events themselves are in `x-webhooks`.

    Each call returns an ``APIResponse``: the parsed value and the raw httpx response.
    """

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def list(
        self,
        *,
        account_id: str | None = None,
        app_id: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[WebhookListResponse]:
        """Fetch all webhooks details.

        Returns every webhook registered for the App: its URL, the events it subscribes to and whether it is
        enabled. Token permissions (at least one): Realtime Admin, Realtime.

        ``GET /accounts/{account_id}/realtime/kit/{app_id}/webhooks`` (operation ``get_webhooks``).

        Args:
            account_id: The Cloudflare account identifier. Defaults to the value given to the client. At
                most 32 characters.
            app_id: The RealtimeKit App identifier (shown in the Realtime section of the Cloudflare
                dashboard). Both the dashed UUID form (`14a396e7-ca44-4937-bf1f-050a69118543`) and 32 hex
                digits appear in Cloudflare's material. Defaults to the value given to the client. At most
                36 characters.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            APIResponse[WebhookListResponse]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 404.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _get_webhooks.sync_detailed(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )

    def create(
        self,
        *,
        account_id: str | None = None,
        app_id: str | None = None,
        body: WebhookRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[WebhookResponse]:
        """Add a webhook.

        Registers a URL that receives the App's events. Only the events listed in `events` are delivered
        (webhook events are subscription-only); subscribe to `recording.statusUpdate` to learn when a
        recording is uploaded. Deliveries are signed (`rtk-signature`); verify them with
        `client.webhooks.unwrap`. Token permissions (at least one): Realtime Admin.

        ``POST /accounts/{account_id}/realtime/kit/{app_id}/webhooks`` (operation ``create_webhook``).

        Args:
            account_id: The Cloudflare account identifier. Defaults to the value given to the client. At
                most 32 characters.
            app_id: The RealtimeKit App identifier (shown in the Realtime section of the Cloudflare
                dashboard). Both the dashed UUID form (`14a396e7-ca44-4937-bf1f-050a69118543`) and 32 hex
                digits appear in Cloudflare's material. Defaults to the value given to the client. At most
                36 characters.
            body: Body of create_webhook and replace_webhook. A ``WebhookRequest`` or a mapping of its JSON
                fields. Required fields: ``name``, ``url``, ``events``.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            APIResponse[WebhookResponse]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 404.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _create_webhook.sync_detailed(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            body=body,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )

    def get(
        self,
        webhook_id: str,
        *,
        account_id: str | None = None,
        app_id: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[WebhookResponse]:
        """Fetch details of a webhook.

        Returns one webhook of the App.

        ``GET /accounts/{account_id}/realtime/kit/{app_id}/webhooks/{webhook_id}`` (operation ``get_webhook_by_id``).

        Args:
            webhook_id: ID of the webhook.
            account_id: The Cloudflare account identifier. Defaults to the value given to the client. At
                most 32 characters.
            app_id: The RealtimeKit App identifier (shown in the Realtime section of the Cloudflare
                dashboard). Both the dashed UUID form (`14a396e7-ca44-4937-bf1f-050a69118543`) and 32 hex
                digits appear in Cloudflare's material. Defaults to the value given to the client. At most
                36 characters.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            APIResponse[WebhookResponse]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 404.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _get_webhook_by_id.sync_detailed(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            webhook_id,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )

    def replace(
        self,
        webhook_id: str,
        *,
        account_id: str | None = None,
        app_id: str | None = None,
        body: WebhookRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[WebhookResponse]:
        """Replace a webhook.

        Replaces the webhook's name, URL, events and enabled flag (all of `name`, `url`, `events` required).

        ``PUT /accounts/{account_id}/realtime/kit/{app_id}/webhooks/{webhook_id}`` (operation ``replace_webhook``).

        Args:
            webhook_id: ID of the webhook.
            account_id: The Cloudflare account identifier. Defaults to the value given to the client. At
                most 32 characters.
            app_id: The RealtimeKit App identifier (shown in the Realtime section of the Cloudflare
                dashboard). Both the dashed UUID form (`14a396e7-ca44-4937-bf1f-050a69118543`) and 32 hex
                digits appear in Cloudflare's material. Defaults to the value given to the client. At most
                36 characters.
            body: Body of create_webhook and replace_webhook. A ``WebhookRequest`` or a mapping of its JSON
                fields. Required fields: ``name``, ``url``, ``events``.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            APIResponse[WebhookResponse]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 404.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _replace_webhook.sync_detailed(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            webhook_id,
            body=body,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )

    def delete(
        self,
        webhook_id: str,
        *,
        account_id: str | None = None,
        app_id: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[WebhookResponse]:
        """Delete a webhook.

        Removes the webhook; the answer carries the deleted webhook.

        ``DELETE /accounts/{account_id}/realtime/kit/{app_id}/webhooks/{webhook_id}`` (operation ``delete_webhook``).

        Args:
            webhook_id: ID of the webhook.
            account_id: The Cloudflare account identifier. Defaults to the value given to the client. At
                most 32 characters.
            app_id: The RealtimeKit App identifier (shown in the Realtime section of the Cloudflare
                dashboard). Both the dashed UUID form (`14a396e7-ca44-4937-bf1f-050a69118543`) and 32 hex
                digits appear in Cloudflare's material. Defaults to the value given to the client. At most
                36 characters.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            APIResponse[WebhookResponse]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 404.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _delete_webhook.sync_detailed(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            webhook_id,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )

    def update(
        self,
        webhook_id: str,
        *,
        account_id: str | None = None,
        app_id: str | None = None,
        body: WebhookUpdateRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[WebhookResponse]:
        """Edit a webhook.

        Changes only the fields sent (for example `enabled` false to pause deliveries).

        ``PATCH /accounts/{account_id}/realtime/kit/{app_id}/webhooks/{webhook_id}`` (operation ``edit_webhook``).

        Args:
            webhook_id: ID of the webhook.
            account_id: The Cloudflare account identifier. Defaults to the value given to the client. At
                most 32 characters.
            app_id: The RealtimeKit App identifier (shown in the Realtime section of the Cloudflare
                dashboard). Both the dashed UUID form (`14a396e7-ca44-4937-bf1f-050a69118543`) and 32 hex
                digits appear in Cloudflare's material. Defaults to the value given to the client. At most
                36 characters.
            body: Body of edit_webhook; only the fields sent change. A ``WebhookUpdateRequest`` or a mapping
                of its JSON fields.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            APIResponse[WebhookResponse]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 404.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _edit_webhook.sync_detailed(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            webhook_id,
            body=body,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )


class AsyncWebhookSubscriptionsResource:
    """The App's webhooks (URL and subscribed events); the events themselves are in `x-webhooks`."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncWebhookSubscriptionsResourceWithRawResponse:
        """The same operations, returning the raw response too (status, headers, request id)."""
        return AsyncWebhookSubscriptionsResourceWithRawResponse(self._client)

    async def list(
        self,
        *,
        account_id: str | None = None,
        app_id: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> WebhookListResponse:
        """Fetch all webhooks details.

        Returns every webhook registered for the App: its URL, the events it subscribes to and whether it is
        enabled. Token permissions (at least one): Realtime Admin, Realtime.

        ``GET /accounts/{account_id}/realtime/kit/{app_id}/webhooks`` (operation ``get_webhooks``).

        Args:
            account_id: The Cloudflare account identifier. Defaults to the value given to the client. At
                most 32 characters.
            app_id: The RealtimeKit App identifier (shown in the Realtime section of the Cloudflare
                dashboard). Both the dashed UUID form (`14a396e7-ca44-4937-bf1f-050a69118543`) and 32 hex
                digits appear in Cloudflare's material. Defaults to the value given to the client. At most
                36 characters.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            WebhookListResponse: The App's webhooks.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 404.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _get_webhooks.asyncio(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )

    async def create(
        self,
        *,
        account_id: str | None = None,
        app_id: str | None = None,
        body: WebhookRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> WebhookResponse:
        """Add a webhook.

        Registers a URL that receives the App's events. Only the events listed in `events` are delivered
        (webhook events are subscription-only); subscribe to `recording.statusUpdate` to learn when a
        recording is uploaded. Deliveries are signed (`rtk-signature`); verify them with
        `client.webhooks.unwrap`. Token permissions (at least one): Realtime Admin.

        ``POST /accounts/{account_id}/realtime/kit/{app_id}/webhooks`` (operation ``create_webhook``).

        Args:
            account_id: The Cloudflare account identifier. Defaults to the value given to the client. At
                most 32 characters.
            app_id: The RealtimeKit App identifier (shown in the Realtime section of the Cloudflare
                dashboard). Both the dashed UUID form (`14a396e7-ca44-4937-bf1f-050a69118543`) and 32 hex
                digits appear in Cloudflare's material. Defaults to the value given to the client. At most
                36 characters.
            body: Body of create_webhook and replace_webhook. A ``WebhookRequest`` or a mapping of its JSON
                fields. Required fields: ``name``, ``url``, ``events``.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            WebhookResponse: The registered webhook.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 404.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _create_webhook.asyncio(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            body=body,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )

    async def get(
        self,
        webhook_id: str,
        *,
        account_id: str | None = None,
        app_id: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> WebhookResponse:
        """Fetch details of a webhook.

        Returns one webhook of the App.

        ``GET /accounts/{account_id}/realtime/kit/{app_id}/webhooks/{webhook_id}`` (operation ``get_webhook_by_id``).

        Args:
            webhook_id: ID of the webhook.
            account_id: The Cloudflare account identifier. Defaults to the value given to the client. At
                most 32 characters.
            app_id: The RealtimeKit App identifier (shown in the Realtime section of the Cloudflare
                dashboard). Both the dashed UUID form (`14a396e7-ca44-4937-bf1f-050a69118543`) and 32 hex
                digits appear in Cloudflare's material. Defaults to the value given to the client. At most
                36 characters.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            WebhookResponse: The webhook.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 404.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _get_webhook_by_id.asyncio(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            webhook_id,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )

    async def replace(
        self,
        webhook_id: str,
        *,
        account_id: str | None = None,
        app_id: str | None = None,
        body: WebhookRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> WebhookResponse:
        """Replace a webhook.

        Replaces the webhook's name, URL, events and enabled flag (all of `name`, `url`, `events` required).

        ``PUT /accounts/{account_id}/realtime/kit/{app_id}/webhooks/{webhook_id}`` (operation ``replace_webhook``).

        Args:
            webhook_id: ID of the webhook.
            account_id: The Cloudflare account identifier. Defaults to the value given to the client. At
                most 32 characters.
            app_id: The RealtimeKit App identifier (shown in the Realtime section of the Cloudflare
                dashboard). Both the dashed UUID form (`14a396e7-ca44-4937-bf1f-050a69118543`) and 32 hex
                digits appear in Cloudflare's material. Defaults to the value given to the client. At most
                36 characters.
            body: Body of create_webhook and replace_webhook. A ``WebhookRequest`` or a mapping of its JSON
                fields. Required fields: ``name``, ``url``, ``events``.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            WebhookResponse: The webhook.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 404.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _replace_webhook.asyncio(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            webhook_id,
            body=body,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )

    async def delete(
        self,
        webhook_id: str,
        *,
        account_id: str | None = None,
        app_id: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> WebhookResponse:
        """Delete a webhook.

        Removes the webhook; the answer carries the deleted webhook.

        ``DELETE /accounts/{account_id}/realtime/kit/{app_id}/webhooks/{webhook_id}`` (operation ``delete_webhook``).

        Args:
            webhook_id: ID of the webhook.
            account_id: The Cloudflare account identifier. Defaults to the value given to the client. At
                most 32 characters.
            app_id: The RealtimeKit App identifier (shown in the Realtime section of the Cloudflare
                dashboard). Both the dashed UUID form (`14a396e7-ca44-4937-bf1f-050a69118543`) and 32 hex
                digits appear in Cloudflare's material. Defaults to the value given to the client. At most
                36 characters.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            WebhookResponse: The deleted webhook.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 404.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _delete_webhook.asyncio(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            webhook_id,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )

    async def update(
        self,
        webhook_id: str,
        *,
        account_id: str | None = None,
        app_id: str | None = None,
        body: WebhookUpdateRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> WebhookResponse:
        """Edit a webhook.

        Changes only the fields sent (for example `enabled` false to pause deliveries).

        ``PATCH /accounts/{account_id}/realtime/kit/{app_id}/webhooks/{webhook_id}`` (operation ``edit_webhook``).

        Args:
            webhook_id: ID of the webhook.
            account_id: The Cloudflare account identifier. Defaults to the value given to the client. At
                most 32 characters.
            app_id: The RealtimeKit App identifier (shown in the Realtime section of the Cloudflare
                dashboard). Both the dashed UUID form (`14a396e7-ca44-4937-bf1f-050a69118543`) and 32 hex
                digits appear in Cloudflare's material. Defaults to the value given to the client. At most
                36 characters.
            body: Body of edit_webhook; only the fields sent change. A ``WebhookUpdateRequest`` or a mapping
                of its JSON fields.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            WebhookResponse: The webhook.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 404.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _edit_webhook.asyncio(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            webhook_id,
            body=body,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )


class AsyncWebhookSubscriptionsResourceWithRawResponse:
    """The App's webhooks (URL and subscribed events); the events themselves are in `x-webhooks`.

    Each call returns an ``APIResponse``: the parsed value and the raw httpx response.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        account_id: str | None = None,
        app_id: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[WebhookListResponse]:
        """Fetch all webhooks details.

        Returns every webhook registered for the App: its URL, the events it subscribes to and whether it is
        enabled. Token permissions (at least one): Realtime Admin, Realtime.

        ``GET /accounts/{account_id}/realtime/kit/{app_id}/webhooks`` (operation ``get_webhooks``).

        Args:
            account_id: The Cloudflare account identifier. Defaults to the value given to the client. At
                most 32 characters.
            app_id: The RealtimeKit App identifier (shown in the Realtime section of the Cloudflare
                dashboard). Both the dashed UUID form (`14a396e7-ca44-4937-bf1f-050a69118543`) and 32 hex
                digits appear in Cloudflare's material. Defaults to the value given to the client. At most
                36 characters.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            APIResponse[WebhookListResponse]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 404.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _get_webhooks.asyncio_detailed(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )

    async def create(
        self,
        *,
        account_id: str | None = None,
        app_id: str | None = None,
        body: WebhookRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[WebhookResponse]:
        """Add a webhook.

        Registers a URL that receives the App's events. Only the events listed in `events` are delivered
        (webhook events are subscription-only); subscribe to `recording.statusUpdate` to learn when a
        recording is uploaded. Deliveries are signed (`rtk-signature`); verify them with
        `client.webhooks.unwrap`. Token permissions (at least one): Realtime Admin.

        ``POST /accounts/{account_id}/realtime/kit/{app_id}/webhooks`` (operation ``create_webhook``).

        Args:
            account_id: The Cloudflare account identifier. Defaults to the value given to the client. At
                most 32 characters.
            app_id: The RealtimeKit App identifier (shown in the Realtime section of the Cloudflare
                dashboard). Both the dashed UUID form (`14a396e7-ca44-4937-bf1f-050a69118543`) and 32 hex
                digits appear in Cloudflare's material. Defaults to the value given to the client. At most
                36 characters.
            body: Body of create_webhook and replace_webhook. A ``WebhookRequest`` or a mapping of its JSON
                fields. Required fields: ``name``, ``url``, ``events``.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            APIResponse[WebhookResponse]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 404.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _create_webhook.asyncio_detailed(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            body=body,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )

    async def get(
        self,
        webhook_id: str,
        *,
        account_id: str | None = None,
        app_id: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[WebhookResponse]:
        """Fetch details of a webhook.

        Returns one webhook of the App.

        ``GET /accounts/{account_id}/realtime/kit/{app_id}/webhooks/{webhook_id}`` (operation ``get_webhook_by_id``).

        Args:
            webhook_id: ID of the webhook.
            account_id: The Cloudflare account identifier. Defaults to the value given to the client. At
                most 32 characters.
            app_id: The RealtimeKit App identifier (shown in the Realtime section of the Cloudflare
                dashboard). Both the dashed UUID form (`14a396e7-ca44-4937-bf1f-050a69118543`) and 32 hex
                digits appear in Cloudflare's material. Defaults to the value given to the client. At most
                36 characters.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            APIResponse[WebhookResponse]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 404.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _get_webhook_by_id.asyncio_detailed(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            webhook_id,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )

    async def replace(
        self,
        webhook_id: str,
        *,
        account_id: str | None = None,
        app_id: str | None = None,
        body: WebhookRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[WebhookResponse]:
        """Replace a webhook.

        Replaces the webhook's name, URL, events and enabled flag (all of `name`, `url`, `events` required).

        ``PUT /accounts/{account_id}/realtime/kit/{app_id}/webhooks/{webhook_id}`` (operation ``replace_webhook``).

        Args:
            webhook_id: ID of the webhook.
            account_id: The Cloudflare account identifier. Defaults to the value given to the client. At
                most 32 characters.
            app_id: The RealtimeKit App identifier (shown in the Realtime section of the Cloudflare
                dashboard). Both the dashed UUID form (`14a396e7-ca44-4937-bf1f-050a69118543`) and 32 hex
                digits appear in Cloudflare's material. Defaults to the value given to the client. At most
                36 characters.
            body: Body of create_webhook and replace_webhook. A ``WebhookRequest`` or a mapping of its JSON
                fields. Required fields: ``name``, ``url``, ``events``.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            APIResponse[WebhookResponse]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 404.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _replace_webhook.asyncio_detailed(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            webhook_id,
            body=body,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )

    async def delete(
        self,
        webhook_id: str,
        *,
        account_id: str | None = None,
        app_id: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[WebhookResponse]:
        """Delete a webhook.

        Removes the webhook; the answer carries the deleted webhook.

        ``DELETE /accounts/{account_id}/realtime/kit/{app_id}/webhooks/{webhook_id}`` (operation ``delete_webhook``).

        Args:
            webhook_id: ID of the webhook.
            account_id: The Cloudflare account identifier. Defaults to the value given to the client. At
                most 32 characters.
            app_id: The RealtimeKit App identifier (shown in the Realtime section of the Cloudflare
                dashboard). Both the dashed UUID form (`14a396e7-ca44-4937-bf1f-050a69118543`) and 32 hex
                digits appear in Cloudflare's material. Defaults to the value given to the client. At most
                36 characters.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            APIResponse[WebhookResponse]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 404.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _delete_webhook.asyncio_detailed(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            webhook_id,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )

    async def update(
        self,
        webhook_id: str,
        *,
        account_id: str | None = None,
        app_id: str | None = None,
        body: WebhookUpdateRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[WebhookResponse]:
        """Edit a webhook.

        Changes only the fields sent (for example `enabled` false to pause deliveries).

        ``PATCH /accounts/{account_id}/realtime/kit/{app_id}/webhooks/{webhook_id}`` (operation ``edit_webhook``).

        Args:
            webhook_id: ID of the webhook.
            account_id: The Cloudflare account identifier. Defaults to the value given to the client. At
                most 32 characters.
            app_id: The RealtimeKit App identifier (shown in the Realtime section of the Cloudflare
                dashboard). Both the dashed UUID form (`14a396e7-ca44-4937-bf1f-050a69118543`) and 32 hex
                digits appear in Cloudflare's material. Defaults to the value given to the client. At most
                36 characters.
            body: Body of edit_webhook; only the fields sent change. A ``WebhookUpdateRequest`` or a mapping
                of its JSON fields.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            APIResponse[WebhookResponse]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 404.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _edit_webhook.asyncio_detailed(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            webhook_id,
            body=body,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )
