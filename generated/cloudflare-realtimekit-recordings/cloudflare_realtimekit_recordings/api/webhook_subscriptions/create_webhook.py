# Generated from specs/cloudflare/openapi.yaml by `make generate`. Do not edit.
"""POST /accounts/{account_id}/realtime/kit/{app_id}/webhooks (create_webhook)."""

from collections.abc import Mapping
from typing import Any

import httpx

from ..._runtime import (
    MISSING,
    APIResponse,
    AsyncClient,
    Request,
    RequestOptions,
    SyncClient,
    invalid,
    path_param,
    to_json,
    valid_uri,
)
from ...models.error_response import ErrorResponse
from ...models.webhook_request import WebhookRequest
from ...models.webhook_response import WebhookResponse
from ...types import Unset

OPERATION_ID = "create_webhook"


def _build_request(
    account_id: str,
    app_id: str,
    *,
    body: WebhookRequest | Mapping[str, Any],
    validate: bool = True,
) -> Request:
    """The request, after the spec's checks (``RequestValidationError``). With ``validate=False`` only the checks
    that keep a call on its route remain: non-empty path parameters."""
    segment_account_id = path_param(OPERATION_ID, "account_id", account_id)
    if validate:
        if len(account_id) > 32:
            invalid(OPERATION_ID, "account_id", "maxLength", "must be at most 32 characters long", account_id)
    segment_app_id = path_param(OPERATION_ID, "app_id", app_id)
    if validate:
        if len(app_id) > 36:
            invalid(OPERATION_ID, "app_id", "maxLength", "must be at most 36 characters long", app_id)
    json_body = to_json(OPERATION_ID, "body", body, WebhookRequest)
    if validate:
        _check_WebhookRequest(json_body, "body")
    return Request(
        method="POST",
        path=f"/accounts/{segment_account_id}/realtime/kit/{segment_app_id}/webhooks",
        json=json_body,
        has_body=not isinstance(json_body, Unset),
        idempotent=False,
        operation_id=OPERATION_ID,
        auth=("api_token",),
    )


def _parse(response: httpx.Response) -> WebhookResponse:
    response_201 = WebhookResponse.from_dict(response.json())

    return response_201


def _parse_error(status: int, body: Any) -> Any:
    """The vendor's error envelope as its generated model, for the statuses the spec documents."""
    if status == 400:
        return ErrorResponse.from_dict(body)
    if status == 401:
        return ErrorResponse.from_dict(body)
    if status == 404:
        return ErrorResponse.from_dict(body)
    return None


def sync_detailed(
    client: SyncClient,
    account_id: str,
    app_id: str,
    *,
    body: WebhookRequest | Mapping[str, Any],
    options: RequestOptions | None = None,
) -> APIResponse[WebhookResponse]:
    """Add a webhook

    Registers a URL that receives the App's events. Only the events listed in `events` are delivered
    (webhook
    events are subscription-only); subscribe to `recording.statusUpdate` to learn when a recording is
    uploaded.
    Deliveries are signed (`rtk-signature`); verify them with `client.webhooks.unwrap`.
    Token permissions (at least one): Realtime Admin.

    Args:
        account_id (str):
        app_id (str):
        body (WebhookRequest): Body of create_webhook and replace_webhook. Example: {'name':
            'Production webhook', 'url': 'https://example.com/webhook', 'events': ['meeting.started',
            'meeting.ended', 'meeting.participantJoined', 'meeting.participantLeft',
            'recording.statusUpdate'], 'enabled': True}.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    APIResponse[WebhookResponse]: the parsed value and the raw httpx response.
    """

    request = _build_request(
        account_id,
        app_id,
        body=body,
        validate=client._core.validating(options),
    )
    return client.call(request, _parse, _parse_error, options)


def sync(
    client: SyncClient,
    account_id: str,
    app_id: str,
    *,
    body: WebhookRequest | Mapping[str, Any],
    options: RequestOptions | None = None,
) -> WebhookResponse:
    """Add a webhook

    Registers a URL that receives the App's events. Only the events listed in `events` are delivered
    (webhook
    events are subscription-only); subscribe to `recording.statusUpdate` to learn when a recording is
    uploaded.
    Deliveries are signed (`rtk-signature`); verify them with `client.webhooks.unwrap`.
    Token permissions (at least one): Realtime Admin.

    Args:
        account_id (str):
        app_id (str):
        body (WebhookRequest): Body of create_webhook and replace_webhook. Example: {'name':
            'Production webhook', 'url': 'https://example.com/webhook', 'events': ['meeting.started',
            'meeting.ended', 'meeting.participantJoined', 'meeting.participantLeft',
            'recording.statusUpdate'], 'enabled': True}.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    WebhookResponse
    """

    return sync_detailed(
        client,
        account_id,
        app_id,
        body=body,
        options=options,
    ).parsed


async def asyncio_detailed(
    client: AsyncClient,
    account_id: str,
    app_id: str,
    *,
    body: WebhookRequest | Mapping[str, Any],
    options: RequestOptions | None = None,
) -> APIResponse[WebhookResponse]:
    """Add a webhook

    Registers a URL that receives the App's events. Only the events listed in `events` are delivered
    (webhook
    events are subscription-only); subscribe to `recording.statusUpdate` to learn when a recording is
    uploaded.
    Deliveries are signed (`rtk-signature`); verify them with `client.webhooks.unwrap`.
    Token permissions (at least one): Realtime Admin.

    Args:
        account_id (str):
        app_id (str):
        body (WebhookRequest): Body of create_webhook and replace_webhook. Example: {'name':
            'Production webhook', 'url': 'https://example.com/webhook', 'events': ['meeting.started',
            'meeting.ended', 'meeting.participantJoined', 'meeting.participantLeft',
            'recording.statusUpdate'], 'enabled': True}.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    APIResponse[WebhookResponse]: the parsed value and the raw httpx response.
    """

    request = _build_request(
        account_id,
        app_id,
        body=body,
        validate=client._core.validating(options),
    )
    return await client.call(request, _parse, _parse_error, options)


async def asyncio(
    client: AsyncClient,
    account_id: str,
    app_id: str,
    *,
    body: WebhookRequest | Mapping[str, Any],
    options: RequestOptions | None = None,
) -> WebhookResponse:
    """Add a webhook

    Registers a URL that receives the App's events. Only the events listed in `events` are delivered
    (webhook
    events are subscription-only); subscribe to `recording.statusUpdate` to learn when a recording is
    uploaded.
    Deliveries are signed (`rtk-signature`); verify them with `client.webhooks.unwrap`.
    Token permissions (at least one): Realtime Admin.

    Args:
        account_id (str):
        app_id (str):
        body (WebhookRequest): Body of create_webhook and replace_webhook. Example: {'name':
            'Production webhook', 'url': 'https://example.com/webhook', 'events': ['meeting.started',
            'meeting.ended', 'meeting.participantJoined', 'meeting.participantLeft',
            'recording.statusUpdate'], 'enabled': True}.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    WebhookResponse
    """

    return (
        await asyncio_detailed(
            client,
            account_id,
            app_id,
            body=body,
            options=options,
        )
    ).parsed


def _check_WebhookRequest(value: Any, at: str) -> None:
    if not (isinstance(value, dict)):
        invalid(OPERATION_ID, at, "type", "must be an object (a dict)", value)
    v1 = value.get("name", MISSING)
    if v1 is MISSING:
        invalid(OPERATION_ID, at + ".name", "required", "is required", v1)
    if not (isinstance(v1, str)):
        invalid(OPERATION_ID, at + ".name", "type", "must be a string", v1)
    v2 = value.get("url", MISSING)
    if v2 is MISSING:
        invalid(OPERATION_ID, at + ".url", "required", "is required", v2)
    if not (isinstance(v2, str)):
        invalid(OPERATION_ID, at + ".url", "type", "must be a string", v2)
    if not valid_uri(v2):
        invalid(
            OPERATION_ID,
            at + ".url",
            "format",
            "must be an absolute URL with a scheme and a host, like https://example.com/path",
            v2,
        )
    v3 = value.get("events", MISSING)
    if v3 is MISSING:
        invalid(OPERATION_ID, at + ".events", "required", "is required", v3)
    if not (isinstance(v3, list | tuple)):
        invalid(OPERATION_ID, at + ".events", "type", "must be a list", v3)
    for v4, v5 in enumerate(v3):
        if not (isinstance(v5, str)):
            invalid(OPERATION_ID, at + ".events" + f"[{v4}]", "type", "must be a string", v5)
        if v5 not in (
            "meeting.started",
            "meeting.ended",
            "meeting.participantJoined",
            "meeting.participantLeft",
            "meeting.chatSynced",
            "recording.statusUpdate",
            "livestreaming.statusUpdate",
            "meeting.transcript",
            "meeting.summary",
        ):
            invalid(
                OPERATION_ID,
                at + ".events" + f"[{v4}]",
                "enum",
                "must be one of 'meeting.started', 'meeting.ended', 'meeting.participantJoined', 'meeting.participantLeft', 'meeting.chatSynced', 'recording.statusUpdate', 'livestreaming.statusUpdate', 'meeting.transcript', 'meeting.summary'",
                v5,
            )
    v6 = value.get("enabled", MISSING)
    if v6 is not MISSING:
        if not (isinstance(v6, bool)):
            invalid(OPERATION_ID, at + ".enabled", "type", "must be true or false", v6)
