# Generated from specs/cloudflare/openapi.yaml by `make generate`. Do not edit.
"""GET /accounts/{account_id}/realtime/kit/{app_id}/recordings (get_all_recordings)."""

import datetime
from typing import Any

import httpx

from ..._runtime import (
    APIResponse,
    AsyncClient,
    Request,
    RequestOptions,
    SyncClient,
    encode_form,
    path_segment,
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
) -> Request:
    params: list[tuple[str, str]] = []
    if not isinstance(meeting_id, Unset):
        params.extend(encode_form("meeting_id", meeting_id, explode=True))
    if not isinstance(page_no, Unset):
        params.extend(encode_form("page_no", page_no, explode=True))
    if not isinstance(per_page, Unset):
        params.extend(encode_form("per_page", per_page, explode=True))
    if not isinstance(expired, Unset):
        params.extend(encode_form("expired", expired, explode=True))
    if not isinstance(search, Unset):
        params.extend(encode_form("search", search, explode=True))
    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = RecordingSortBy(sort_by).value

    if not isinstance(json_sort_by, Unset):
        params.extend(encode_form("sort_by", json_sort_by, explode=True))
    json_sort_order: str | Unset = UNSET
    if not isinstance(sort_order, Unset):
        json_sort_order = SortOrder(sort_order).value

    if not isinstance(json_sort_order, Unset):
        params.extend(encode_form("sort_order", json_sort_order, explode=True))
    json_start_time: str | Unset = UNSET
    if not isinstance(start_time, Unset):
        json_start_time = start_time.isoformat()
    if not isinstance(json_start_time, Unset):
        params.extend(encode_form("start_time", json_start_time, explode=True))
    json_end_time: str | Unset = UNSET
    if not isinstance(end_time, Unset):
        json_end_time = end_time.isoformat()
    if not isinstance(json_end_time, Unset):
        params.extend(encode_form("end_time", json_end_time, explode=True))
    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = []
        for status_item_data in status:
            status_item = RecordingStatus(status_item_data).value
            json_status.append(status_item)

    if not isinstance(json_status, Unset):
        params.extend(encode_form("status", json_status, explode=False))
    return Request(
        method="GET",
        path=f"/accounts/{path_segment(account_id)}/realtime/kit/{path_segment(app_id)}/recordings",
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
