# Generated from specs/cloudflare/openapi.yaml by `make generate`. Do not edit.
"""DELETE /accounts/{account_id}/realtime/kit/{app_id}/webhooks/{webhook_id} (delete_webhook)."""

from typing import Any

import httpx

from ..._runtime import (
    APIResponse,
    AsyncClient,
    Request,
    RequestOptions,
    SyncClient,
    invalid,
    path_param,
    valid_uuid,
)
from ...models.error_response import ErrorResponse
from ...models.webhook_response import WebhookResponse

OPERATION_ID = "delete_webhook"


def _build_request(
    account_id: str,
    app_id: str,
    webhook_id: str,
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
    segment_webhook_id = path_param(OPERATION_ID, "webhook_id", webhook_id)
    if validate:
        if isinstance(webhook_id, str) and not valid_uuid(webhook_id):
            invalid(
                OPERATION_ID,
                "webhook_id",
                "format",
                "must be a UUID like 123e4567-e89b-12d3-a456-426614174000",
                webhook_id,
            )
    return Request(
        method="DELETE",
        path=f"/accounts/{segment_account_id}/realtime/kit/{segment_app_id}/webhooks/{segment_webhook_id}",
        idempotent=True,
        operation_id=OPERATION_ID,
        auth=("api_token",),
    )


def _parse(response: httpx.Response) -> WebhookResponse:
    response_200 = WebhookResponse.from_dict(response.json())

    return response_200


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
    webhook_id: str,
    *,
    options: RequestOptions | None = None,
) -> APIResponse[WebhookResponse]:
    """Delete a webhook

    Removes the webhook; the answer carries the deleted webhook.

    Args:
        account_id (str):
        app_id (str):
        webhook_id (str):
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
        webhook_id,
        validate=client._core.validating(options),
    )
    return client.call(request, _parse, _parse_error, options)


def sync(
    client: SyncClient,
    account_id: str,
    app_id: str,
    webhook_id: str,
    *,
    options: RequestOptions | None = None,
) -> WebhookResponse:
    """Delete a webhook

    Removes the webhook; the answer carries the deleted webhook.

    Args:
        account_id (str):
        app_id (str):
        webhook_id (str):
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
        webhook_id,
        options=options,
    ).parsed


async def asyncio_detailed(
    client: AsyncClient,
    account_id: str,
    app_id: str,
    webhook_id: str,
    *,
    options: RequestOptions | None = None,
) -> APIResponse[WebhookResponse]:
    """Delete a webhook

    Removes the webhook; the answer carries the deleted webhook.

    Args:
        account_id (str):
        app_id (str):
        webhook_id (str):
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
        webhook_id,
        validate=client._core.validating(options),
    )
    return await client.call(request, _parse, _parse_error, options)


async def asyncio(
    client: AsyncClient,
    account_id: str,
    app_id: str,
    webhook_id: str,
    *,
    options: RequestOptions | None = None,
) -> WebhookResponse:
    """Delete a webhook

    Removes the webhook; the answer carries the deleted webhook.

    Args:
        account_id (str):
        app_id (str):
        webhook_id (str):
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
            webhook_id,
            options=options,
        )
    ).parsed
