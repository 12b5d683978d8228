# Generated from specs/telnyx/openapi.yaml by `make generate`. Do not edit.
"""GET /room_recordings (ListRoomRecordings)."""

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
    encode_deep_object,
    invalid,
    to_json,
    valid_date,
    valid_uuid,
)
from ...models.error_response import ErrorResponse
from ...models.page_params import PageParams
from ...models.room_recording_filter import RoomRecordingFilter
from ...models.room_recording_list import RoomRecordingList
from ...types import UNSET, Unset

OPERATION_ID = "ListRoomRecordings"


def _build_request(
    *,
    filter_: RoomRecordingFilter | Mapping[str, Any] | Unset = UNSET,
    page: PageParams | Mapping[str, Any] | Unset = UNSET,
    validate: bool = True,
) -> Request:
    """The request, after the spec's checks (``RequestValidationError``). With ``validate=False`` only the checks
    that keep a call on its route remain: non-empty path parameters."""
    params: list[tuple[str, str]] = []
    json_filter_: dict[str, Any] | Unset = UNSET
    if not isinstance(filter_, Unset):
        json_filter_ = to_json(OPERATION_ID, "filter_", filter_, RoomRecordingFilter)
        if validate:
            _check_RoomRecordingFilter(json_filter_, "filter_")
        params.extend(encode_deep_object("filter", json_filter_))
    json_page: dict[str, Any] | Unset = UNSET
    if not isinstance(page, Unset):
        json_page = to_json(OPERATION_ID, "page", page, PageParams)
        if validate:
            _check_PageParams(json_page, "page")
        params.extend(encode_deep_object("page", json_page))
    return Request(
        method="GET",
        path="/room_recordings",
        params=params,
        idempotent=True,
        operation_id=OPERATION_ID,
        auth=("bearerAuth",),
    )


def _parse(response: httpx.Response) -> RoomRecordingList:
    response_200 = RoomRecordingList.from_dict(response.json())

    return response_200


def _parse_error(status: int, body: Any) -> Any:
    """The vendor's error envelope as its generated model, for the statuses the spec documents."""
    if status == 400:
        return ErrorResponse.from_dict(body)
    if status == 401:
        return ErrorResponse.from_dict(body)
    if 400 <= status <= 499:
        return ErrorResponse.from_dict(body)
    return None


def sync_detailed(
    client: SyncClient,
    *,
    filter_: RoomRecordingFilter | Mapping[str, Any] | Unset = UNSET,
    page: PageParams | Mapping[str, Any] | Unset = UNSET,
    options: RequestOptions | None = None,
) -> APIResponse[RoomRecordingList]:
    """View a list of room recordings

    Returns one page of the account's room recordings, optionally filtered by room, session,
    participant, status, type, duration and start/end date. Pass `page` (`page[number]`, `page[size]`)
    to move
    through the pages; `meta.total_pages` and `meta.total_results` give the totals.

    Args:
        filter_ (RoomRecordingFilter | Unset): Filters for listing or bulk-deleting room
            recordings; every key is optional and they combine with AND (sent as `filter[<key>]`, date
            ranges as `filter[<key>][eq|gte|lte]`). Example: {'room_id':
            '0ccc7b54-4df3-4bca-a65a-3da1ecc777f0', 'status': 'completed', 'type': 'audio',
            'duration_secs': 20, 'date_ended_at': {'gte': '2021-04-25', 'lte': '2021-04-30'}}.
        page (PageParams | Unset): Page selection, sent as `page[number]` and `page[size]`.
            Example: {'number': 2, 'size': 50}.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    APIResponse[RoomRecordingList]: the parsed value and the raw httpx response.
    """

    request = _build_request(
        filter_=filter_,
        page=page,
        validate=client._core.validating(options),
    )
    return client.call(request, _parse, _parse_error, options)


def sync(
    client: SyncClient,
    *,
    filter_: RoomRecordingFilter | Mapping[str, Any] | Unset = UNSET,
    page: PageParams | Mapping[str, Any] | Unset = UNSET,
    options: RequestOptions | None = None,
) -> RoomRecordingList:
    """View a list of room recordings

    Returns one page of the account's room recordings, optionally filtered by room, session,
    participant, status, type, duration and start/end date. Pass `page` (`page[number]`, `page[size]`)
    to move
    through the pages; `meta.total_pages` and `meta.total_results` give the totals.

    Args:
        filter_ (RoomRecordingFilter | Unset): Filters for listing or bulk-deleting room
            recordings; every key is optional and they combine with AND (sent as `filter[<key>]`, date
            ranges as `filter[<key>][eq|gte|lte]`). Example: {'room_id':
            '0ccc7b54-4df3-4bca-a65a-3da1ecc777f0', 'status': 'completed', 'type': 'audio',
            'duration_secs': 20, 'date_ended_at': {'gte': '2021-04-25', 'lte': '2021-04-30'}}.
        page (PageParams | Unset): Page selection, sent as `page[number]` and `page[size]`.
            Example: {'number': 2, 'size': 50}.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    RoomRecordingList
    """

    return sync_detailed(
        client,
        filter_=filter_,
        page=page,
        options=options,
    ).parsed


async def asyncio_detailed(
    client: AsyncClient,
    *,
    filter_: RoomRecordingFilter | Mapping[str, Any] | Unset = UNSET,
    page: PageParams | Mapping[str, Any] | Unset = UNSET,
    options: RequestOptions | None = None,
) -> APIResponse[RoomRecordingList]:
    """View a list of room recordings

    Returns one page of the account's room recordings, optionally filtered by room, session,
    participant, status, type, duration and start/end date. Pass `page` (`page[number]`, `page[size]`)
    to move
    through the pages; `meta.total_pages` and `meta.total_results` give the totals.

    Args:
        filter_ (RoomRecordingFilter | Unset): Filters for listing or bulk-deleting room
            recordings; every key is optional and they combine with AND (sent as `filter[<key>]`, date
            ranges as `filter[<key>][eq|gte|lte]`). Example: {'room_id':
            '0ccc7b54-4df3-4bca-a65a-3da1ecc777f0', 'status': 'completed', 'type': 'audio',
            'duration_secs': 20, 'date_ended_at': {'gte': '2021-04-25', 'lte': '2021-04-30'}}.
        page (PageParams | Unset): Page selection, sent as `page[number]` and `page[size]`.
            Example: {'number': 2, 'size': 50}.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    APIResponse[RoomRecordingList]: the parsed value and the raw httpx response.
    """

    request = _build_request(
        filter_=filter_,
        page=page,
        validate=client._core.validating(options),
    )
    return await client.call(request, _parse, _parse_error, options)


async def asyncio(
    client: AsyncClient,
    *,
    filter_: RoomRecordingFilter | Mapping[str, Any] | Unset = UNSET,
    page: PageParams | Mapping[str, Any] | Unset = UNSET,
    options: RequestOptions | None = None,
) -> RoomRecordingList:
    """View a list of room recordings

    Returns one page of the account's room recordings, optionally filtered by room, session,
    participant, status, type, duration and start/end date. Pass `page` (`page[number]`, `page[size]`)
    to move
    through the pages; `meta.total_pages` and `meta.total_results` give the totals.

    Args:
        filter_ (RoomRecordingFilter | Unset): Filters for listing or bulk-deleting room
            recordings; every key is optional and they combine with AND (sent as `filter[<key>]`, date
            ranges as `filter[<key>][eq|gte|lte]`). Example: {'room_id':
            '0ccc7b54-4df3-4bca-a65a-3da1ecc777f0', 'status': 'completed', 'type': 'audio',
            'duration_secs': 20, 'date_ended_at': {'gte': '2021-04-25', 'lte': '2021-04-30'}}.
        page (PageParams | Unset): Page selection, sent as `page[number]` and `page[size]`.
            Example: {'number': 2, 'size': 50}.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    RoomRecordingList
    """

    return (
        await asyncio_detailed(
            client,
            filter_=filter_,
            page=page,
            options=options,
        )
    ).parsed


def _check_RoomRecordingFilter(value: Any, at: str) -> None:
    if not (isinstance(value, dict)):
        invalid(OPERATION_ID, at, "type", "must be an object (a dict)", value)
    v1 = value.get("date_ended_at", MISSING)
    if v1 is not MISSING:
        _check_DateEndedAtFilter(v1, at + ".date_ended_at")
    v5 = value.get("date_started_at", MISSING)
    if v5 is not MISSING:
        _check_DateStartedAtFilter(v5, at + ".date_started_at")
    v9 = value.get("room_id", MISSING)
    if v9 is not MISSING:
        if not (isinstance(v9, str)):
            invalid(OPERATION_ID, at + ".room_id", "type", "must be a string", v9)
        if not valid_uuid(v9):
            invalid(
                OPERATION_ID, at + ".room_id", "format", "must be a UUID like 123e4567-e89b-12d3-a456-426614174000", v9
            )
    v10 = value.get("participant_id", MISSING)
    if v10 is not MISSING:
        if not (isinstance(v10, str)):
            invalid(OPERATION_ID, at + ".participant_id", "type", "must be a string", v10)
        if not valid_uuid(v10):
            invalid(
                OPERATION_ID,
                at + ".participant_id",
                "format",
                "must be a UUID like 123e4567-e89b-12d3-a456-426614174000",
                v10,
            )
    v11 = value.get("session_id", MISSING)
    if v11 is not MISSING:
        if not (isinstance(v11, str)):
            invalid(OPERATION_ID, at + ".session_id", "type", "must be a string", v11)
        if not valid_uuid(v11):
            invalid(
                OPERATION_ID,
                at + ".session_id",
                "format",
                "must be a UUID like 123e4567-e89b-12d3-a456-426614174000",
                v11,
            )
    v12 = value.get("status", MISSING)
    if v12 is not MISSING:
        if not (isinstance(v12, str)):
            invalid(OPERATION_ID, at + ".status", "type", "must be a string", v12)
    v13 = value.get("type", MISSING)
    if v13 is not MISSING:
        if not (isinstance(v13, str)):
            invalid(OPERATION_ID, at + ".type", "type", "must be a string", v13)
    v14 = value.get("duration_secs", MISSING)
    if v14 is not MISSING:
        if not (isinstance(v14, int) and not isinstance(v14, bool)):
            invalid(OPERATION_ID, at + ".duration_secs", "type", "must be an integer", v14)


def _check_DateEndedAtFilter(value: Any, at: str) -> None:
    if not (isinstance(value, dict)):
        invalid(OPERATION_ID, at, "type", "must be an object (a dict)", value)
    v2 = value.get("eq", MISSING)
    if v2 is not MISSING:
        if not (isinstance(v2, str)):
            invalid(OPERATION_ID, at + ".eq", "type", "must be a string", v2)
        if not valid_date(v2):
            invalid(OPERATION_ID, at + ".eq", "format", "must be a date like 2024-01-31", v2)
    v3 = value.get("gte", MISSING)
    if v3 is not MISSING:
        if not (isinstance(v3, str)):
            invalid(OPERATION_ID, at + ".gte", "type", "must be a string", v3)
        if not valid_date(v3):
            invalid(OPERATION_ID, at + ".gte", "format", "must be a date like 2024-01-31", v3)
    v4 = value.get("lte", MISSING)
    if v4 is not MISSING:
        if not (isinstance(v4, str)):
            invalid(OPERATION_ID, at + ".lte", "type", "must be a string", v4)
        if not valid_date(v4):
            invalid(OPERATION_ID, at + ".lte", "format", "must be a date like 2024-01-31", v4)


def _check_DateStartedAtFilter(value: Any, at: str) -> None:
    if not (isinstance(value, dict)):
        invalid(OPERATION_ID, at, "type", "must be an object (a dict)", value)
    v6 = value.get("eq", MISSING)
    if v6 is not MISSING:
        if not (isinstance(v6, str)):
            invalid(OPERATION_ID, at + ".eq", "type", "must be a string", v6)
        if not valid_date(v6):
            invalid(OPERATION_ID, at + ".eq", "format", "must be a date like 2024-01-31", v6)
    v7 = value.get("gte", MISSING)
    if v7 is not MISSING:
        if not (isinstance(v7, str)):
            invalid(OPERATION_ID, at + ".gte", "type", "must be a string", v7)
        if not valid_date(v7):
            invalid(OPERATION_ID, at + ".gte", "format", "must be a date like 2024-01-31", v7)
    v8 = value.get("lte", MISSING)
    if v8 is not MISSING:
        if not (isinstance(v8, str)):
            invalid(OPERATION_ID, at + ".lte", "type", "must be a string", v8)
        if not valid_date(v8):
            invalid(OPERATION_ID, at + ".lte", "format", "must be a date like 2024-01-31", v8)


def _check_PageParams(value: Any, at: str) -> None:
    if not (isinstance(value, dict)):
        invalid(OPERATION_ID, at, "type", "must be an object (a dict)", value)
    v15 = value.get("number", MISSING)
    if v15 is not MISSING:
        if not (isinstance(v15, int) and not isinstance(v15, bool)):
            invalid(OPERATION_ID, at + ".number", "type", "must be an integer", v15)
        if v15 < 1:
            invalid(OPERATION_ID, at + ".number", "minimum", "must be >= 1", v15)
    v16 = value.get("size", MISSING)
    if v16 is not MISSING:
        if not (isinstance(v16, int) and not isinstance(v16, bool)):
            invalid(OPERATION_ID, at + ".size", "type", "must be an integer", v16)
        if v16 < 1:
            invalid(OPERATION_ID, at + ".size", "minimum", "must be >= 1", v16)
        if v16 > 250:
            invalid(OPERATION_ID, at + ".size", "maximum", "must be <= 250", v16)
