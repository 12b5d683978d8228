# Generated from specs/cloudflare/openapi.yaml by `make generate`. Do not edit.
"""GET /accounts/{account_id}/realtime/kit/{app_id}/recordings (get_all_recordings)."""

import datetime
import uuid
from typing import Any

import httpx

from ..._runtime import (
    APIResponse,
    AsyncClient,
    Request,
    RequestOptions,
    SyncClient,
    encode_form,
    invalid,
    path_param,
    valid_uuid,
)
from ...models.error_response import ErrorResponse
from ...models.recording_list_response import RecordingListResponse
from ...models.recording_sort_by import RecordingSortBy
from ...models.recording_status import RecordingStatus
from ...models.sort_order import SortOrder
from ...types import UNSET, Unset

OPERATION_ID = "get_all_recordings"


def _build_request(
    account_id: str,
    app_id: str,
    *,
    meeting_id: str | Unset = UNSET,
    page_no: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    expired: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_by: RecordingSortBy | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    status: list[RecordingStatus] | Unset = UNSET,
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
    params: list[tuple[str, str]] = []
    if not isinstance(meeting_id, Unset):
        if validate:
            if not isinstance(meeting_id, str | uuid.UUID):
                invalid(OPERATION_ID, "meeting_id", "type", "must be a string or a uuid.UUID", meeting_id)
            if isinstance(meeting_id, str) and not valid_uuid(meeting_id):
                invalid(
                    OPERATION_ID,
                    "meeting_id",
                    "format",
                    "must be a UUID like 123e4567-e89b-12d3-a456-426614174000",
                    meeting_id,
                )
        params.extend(encode_form("meeting_id", meeting_id, explode=True))
    if not isinstance(page_no, Unset):
        if validate:
            if not (isinstance(page_no, int) and not isinstance(page_no, bool)):
                invalid(OPERATION_ID, "page_no", "type", "must be an integer", page_no)
            if page_no < 0:
                invalid(OPERATION_ID, "page_no", "minimum", "must be >= 0", page_no)
        params.extend(encode_form("page_no", page_no, explode=True))
    if not isinstance(per_page, Unset):
        if validate:
            if not (isinstance(per_page, int) and not isinstance(per_page, bool)):
                invalid(OPERATION_ID, "per_page", "type", "must be an integer", per_page)
            if per_page < 0:
                invalid(OPERATION_ID, "per_page", "minimum", "must be >= 0", per_page)
        params.extend(encode_form("per_page", per_page, explode=True))
    if not isinstance(expired, Unset):
        if validate:
            if not (isinstance(expired, bool)):
                invalid(OPERATION_ID, "expired", "type", "must be true or false", expired)
        params.extend(encode_form("expired", expired, explode=True))
    if not isinstance(search, Unset):
        if validate:
            if not (isinstance(search, str)):
                invalid(OPERATION_ID, "search", "type", "must be a string", search)
        params.extend(encode_form("search", search, explode=True))
    if not isinstance(sort_by, Unset):
        if validate:
            if not (isinstance(sort_by, str)):
                invalid(OPERATION_ID, "sort_by", "type", "must be a string", sort_by)
            if sort_by not in ("invokedTime",):
                invalid(OPERATION_ID, "sort_by", "enum", "must be one of 'invokedTime'", sort_by)
        params.extend(encode_form("sort_by", sort_by, explode=True))
    if not isinstance(sort_order, Unset):
        if validate:
            if not (isinstance(sort_order, str)):
                invalid(OPERATION_ID, "sort_order", "type", "must be a string", sort_order)
            if sort_order not in ("ASC", "DESC"):
                invalid(OPERATION_ID, "sort_order", "enum", "must be one of 'ASC', 'DESC'", sort_order)
        params.extend(encode_form("sort_order", sort_order, explode=True))
    if not isinstance(start_time, Unset):
        if validate:
            if not isinstance(start_time, datetime.datetime):
                invalid(OPERATION_ID, "start_time", "type", "must be a datetime.datetime", start_time)
            if start_time.tzinfo is None:
                invalid(
                    OPERATION_ID, "start_time", "format", "must be a timezone-aware datetime (with tzinfo)", start_time
                )
        params.extend(encode_form("start_time", start_time, explode=True))
    if not isinstance(end_time, Unset):
        if validate:
            if not isinstance(end_time, datetime.datetime):
                invalid(OPERATION_ID, "end_time", "type", "must be a datetime.datetime", end_time)
            if end_time.tzinfo is None:
                invalid(OPERATION_ID, "end_time", "format", "must be a timezone-aware datetime (with tzinfo)", end_time)
        params.extend(encode_form("end_time", end_time, explode=True))
    if not isinstance(status, Unset):
        if validate:
            if not (isinstance(status, list | tuple)):
                invalid(OPERATION_ID, "status", "type", "must be a list", status)
            for v1, v2 in enumerate(status):
                if not (isinstance(v2, str)):
                    invalid(OPERATION_ID, "status" + f"[{v1}]", "type", "must be a string", v2)
                if v2 not in ("INVOKED", "RECORDING", "UPLOADING", "UPLOADED", "ERRORED", "PAUSED"):
                    invalid(
                        OPERATION_ID,
                        "status" + f"[{v1}]",
                        "enum",
                        "must be one of 'INVOKED', 'RECORDING', 'UPLOADING', 'UPLOADED', 'ERRORED', 'PAUSED'",
                        v2,
                    )
        params.extend(encode_form("status", status, explode=False))
    return Request(
        method="GET",
        path=f"/accounts/{segment_account_id}/realtime/kit/{segment_app_id}/recordings",
        params=params,
        idempotent=True,
        operation_id=OPERATION_ID,
        auth=("api_token",),
    )


def _parse(response: httpx.Response) -> RecordingListResponse:
    response_200 = RecordingListResponse.from_dict(response.json())

    return response_200


def _parse_error(status: int, body: Any) -> Any:
    """The vendor's error envelope as its generated model, for the statuses the spec documents."""
    if status == 400:
        return ErrorResponse.from_dict(body)
    if status == 401:
        return ErrorResponse.from_dict(body)
    if status == 403:
        return ErrorResponse.from_dict(body)
    return None


def sync_detailed(
    client: SyncClient,
    account_id: str,
    app_id: str,
    *,
    meeting_id: str | Unset = UNSET,
    page_no: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    expired: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_by: RecordingSortBy | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    status: list[RecordingStatus] | Unset = UNSET,
    options: RequestOptions | None = None,
) -> APIResponse[RecordingListResponse]:
    """Fetch all recordings for an App

    Returns all recordings of the App, optionally filtered by meeting (`meeting_id`), status (one or
    more,
    sent comma-separated), time range, expiry on RealtimeKit's bucket, or a search on meeting ID /
    title.
    Page-numbered with `page_no` and `per_page`; the answer's `paging` block carries `total_count` and
    the
    1-based offsets of the page. Each item also carries the recording's `storage_config` and its
    `meeting`.
    Token permissions (at least one): Realtime Admin, Realtime.

    Args:
        account_id (str):
        app_id (str):
        meeting_id (str | Unset):
        page_no (int | Unset):
        per_page (int | Unset):
        expired (bool | Unset):
        search (str | Unset):
        sort_by (RecordingSortBy | Unset): Field to sort recordings by. Example: invokedTime.
        sort_order (SortOrder | Unset): Sort direction. Example: DESC.
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        status (list[RecordingStatus] | Unset):
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    APIResponse[RecordingListResponse]: the parsed value and the raw httpx response.
    """

    request = _build_request(
        account_id,
        app_id,
        meeting_id=meeting_id,
        page_no=page_no,
        per_page=per_page,
        expired=expired,
        search=search,
        sort_by=sort_by,
        sort_order=sort_order,
        start_time=start_time,
        end_time=end_time,
        status=status,
        validate=client._core.validating(options),
    )
    return client.call(request, _parse, _parse_error, options)


def sync(
    client: SyncClient,
    account_id: str,
    app_id: str,
    *,
    meeting_id: str | Unset = UNSET,
    page_no: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    expired: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_by: RecordingSortBy | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    status: list[RecordingStatus] | Unset = UNSET,
    options: RequestOptions | None = None,
) -> RecordingListResponse:
    """Fetch all recordings for an App

    Returns all recordings of the App, optionally filtered by meeting (`meeting_id`), status (one or
    more,
    sent comma-separated), time range, expiry on RealtimeKit's bucket, or a search on meeting ID /
    title.
    Page-numbered with `page_no` and `per_page`; the answer's `paging` block carries `total_count` and
    the
    1-based offsets of the page. Each item also carries the recording's `storage_config` and its
    `meeting`.
    Token permissions (at least one): Realtime Admin, Realtime.

    Args:
        account_id (str):
        app_id (str):
        meeting_id (str | Unset):
        page_no (int | Unset):
        per_page (int | Unset):
        expired (bool | Unset):
        search (str | Unset):
        sort_by (RecordingSortBy | Unset): Field to sort recordings by. Example: invokedTime.
        sort_order (SortOrder | Unset): Sort direction. Example: DESC.
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        status (list[RecordingStatus] | Unset):
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    RecordingListResponse
    """

    return sync_detailed(
        client,
        account_id,
        app_id,
        meeting_id=meeting_id,
        page_no=page_no,
        per_page=per_page,
        expired=expired,
        search=search,
        sort_by=sort_by,
        sort_order=sort_order,
        start_time=start_time,
        end_time=end_time,
        status=status,
        options=options,
    ).parsed


async def asyncio_detailed(
    client: AsyncClient,
    account_id: str,
    app_id: str,
    *,
    meeting_id: str | Unset = UNSET,
    page_no: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    expired: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_by: RecordingSortBy | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    status: list[RecordingStatus] | Unset = UNSET,
    options: RequestOptions | None = None,
) -> APIResponse[RecordingListResponse]:
    """Fetch all recordings for an App

    Returns all recordings of the App, optionally filtered by meeting (`meeting_id`), status (one or
    more,
    sent comma-separated), time range, expiry on RealtimeKit's bucket, or a search on meeting ID /
    title.
    Page-numbered with `page_no` and `per_page`; the answer's `paging` block carries `total_count` and
    the
    1-based offsets of the page. Each item also carries the recording's `storage_config` and its
    `meeting`.
    Token permissions (at least one): Realtime Admin, Realtime.

    Args:
        account_id (str):
        app_id (str):
        meeting_id (str | Unset):
        page_no (int | Unset):
        per_page (int | Unset):
        expired (bool | Unset):
        search (str | Unset):
        sort_by (RecordingSortBy | Unset): Field to sort recordings by. Example: invokedTime.
        sort_order (SortOrder | Unset): Sort direction. Example: DESC.
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        status (list[RecordingStatus] | Unset):
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    APIResponse[RecordingListResponse]: the parsed value and the raw httpx response.
    """

    request = _build_request(
        account_id,
        app_id,
        meeting_id=meeting_id,
        page_no=page_no,
        per_page=per_page,
        expired=expired,
        search=search,
        sort_by=sort_by,
        sort_order=sort_order,
        start_time=start_time,
        end_time=end_time,
        status=status,
        validate=client._core.validating(options),
    )
    return await client.call(request, _parse, _parse_error, options)


async def asyncio(
    client: AsyncClient,
    account_id: str,
    app_id: str,
    *,
    meeting_id: str | Unset = UNSET,
    page_no: int | Unset = UNSET,
    per_page: int | Unset = UNSET,
    expired: bool | Unset = UNSET,
    search: str | Unset = UNSET,
    sort_by: RecordingSortBy | Unset = UNSET,
    sort_order: SortOrder | Unset = UNSET,
    start_time: datetime.datetime | Unset = UNSET,
    end_time: datetime.datetime | Unset = UNSET,
    status: list[RecordingStatus] | Unset = UNSET,
    options: RequestOptions | None = None,
) -> RecordingListResponse:
    """Fetch all recordings for an App

    Returns all recordings of the App, optionally filtered by meeting (`meeting_id`), status (one or
    more,
    sent comma-separated), time range, expiry on RealtimeKit's bucket, or a search on meeting ID /
    title.
    Page-numbered with `page_no` and `per_page`; the answer's `paging` block carries `total_count` and
    the
    1-based offsets of the page. Each item also carries the recording's `storage_config` and its
    `meeting`.
    Token permissions (at least one): Realtime Admin, Realtime.

    Args:
        account_id (str):
        app_id (str):
        meeting_id (str | Unset):
        page_no (int | Unset):
        per_page (int | Unset):
        expired (bool | Unset):
        search (str | Unset):
        sort_by (RecordingSortBy | Unset): Field to sort recordings by. Example: invokedTime.
        sort_order (SortOrder | Unset): Sort direction. Example: DESC.
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        status (list[RecordingStatus] | Unset):
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    RecordingListResponse
    """

    return (
        await asyncio_detailed(
            client,
            account_id,
            app_id,
            meeting_id=meeting_id,
            page_no=page_no,
            per_page=per_page,
            expired=expired,
            search=search,
            sort_by=sort_by,
            sort_order=sort_order,
            start_time=start_time,
            end_time=end_time,
            status=status,
            options=options,
        )
    ).parsed
