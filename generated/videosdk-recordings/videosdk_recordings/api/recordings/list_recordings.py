# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
"""GET /v2/recordings (listRecordings)."""

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
)
from ...models.error_response import ErrorResponse
from ...models.recording_list import RecordingList
from ...types import UNSET, Unset

OPERATION_ID = "listRecordings"


def _build_request(
    *,
    room_id: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 20,
    query: str | Unset = UNSET,
    with_transcription: bool | Unset = UNSET,
    validate: bool = True,
) -> Request:
    """The request, after the spec's checks (``RequestValidationError``). With ``validate=False`` only the checks
    that keep a call on its route remain: non-empty path parameters."""
    params: list[tuple[str, str]] = []
    if not isinstance(room_id, Unset):
        if validate:
            if not (isinstance(room_id, str)):
                invalid(OPERATION_ID, "room_id", "type", "must be a string", room_id)
        params.extend(encode_form("roomId", room_id, explode=True))
    if not isinstance(session_id, Unset):
        if validate:
            if not (isinstance(session_id, str)):
                invalid(OPERATION_ID, "session_id", "type", "must be a string", session_id)
        params.extend(encode_form("sessionId", session_id, explode=True))
    if not isinstance(page, Unset):
        if validate:
            if not (isinstance(page, int) and not isinstance(page, bool)):
                invalid(OPERATION_ID, "page", "type", "must be an integer", page)
            if page < 1:
                invalid(OPERATION_ID, "page", "minimum", "must be >= 1", page)
        params.extend(encode_form("page", page, explode=True))
    if not isinstance(per_page, Unset):
        if validate:
            if not (isinstance(per_page, int) and not isinstance(per_page, bool)):
                invalid(OPERATION_ID, "per_page", "type", "must be an integer", per_page)
            if per_page < 1:
                invalid(OPERATION_ID, "per_page", "minimum", "must be >= 1", per_page)
        params.extend(encode_form("perPage", per_page, explode=True))
    if not isinstance(query, Unset):
        if validate:
            if not (isinstance(query, str)):
                invalid(OPERATION_ID, "query", "type", "must be a string", query)
        params.extend(encode_form("query", query, explode=True))
    if not isinstance(with_transcription, Unset):
        if validate:
            if not (isinstance(with_transcription, bool)):
                invalid(OPERATION_ID, "with_transcription", "type", "must be true or false", with_transcription)
        params.extend(encode_form("withTranscription", with_transcription, explode=True))
    return Request(
        method="GET",
        path="/v2/recordings",
        params=params,
        idempotent=True,
        operation_id=OPERATION_ID,
        auth=("token",),
    )


def _parse(response: httpx.Response) -> RecordingList:
    response_200 = RecordingList.from_dict(response.json())

    return response_200


def _parse_error(status: int, body: Any) -> Any:
    """The vendor's error envelope as its generated model, for the statuses the spec documents."""
    if status == 400:
        return ErrorResponse.from_dict(body)
    if status == 401:
        return ErrorResponse.from_dict(body)
    if status == 403:
        return ErrorResponse.from_dict(body)
    if status == 406:
        return ErrorResponse.from_dict(body)
    if status == 429:
        return ErrorResponse.from_dict(body)
    return None


def sync_detailed(
    client: SyncClient,
    *,
    room_id: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 20,
    query: str | Unset = UNSET,
    with_transcription: bool | Unset = UNSET,
    options: RequestOptions | None = None,
) -> APIResponse[RecordingList]:
    """List room recordings

    Lists room recordings, newest first, page by page; filter by room and session. `query` matches the
    room's
    meeting id exactly or as a regular expression; `withTranscription` adds transcription data to each
    item.

    Args:
        room_id (str | Unset):  Example: abc-xyzw-lmno.
        session_id (str | Unset):  Example: 61d6e823783d6b03a026ac05.
        page (int | Unset):  Default: 1. Example: 1.
        per_page (int | Unset):  Default: 20. Example: 20.
        query (str | Unset):  Example: abc-xyzw-.*.
        with_transcription (bool | Unset):  Example: True.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    APIResponse[RecordingList]: the parsed value and the raw httpx response.
    """

    request = _build_request(
        room_id=room_id,
        session_id=session_id,
        page=page,
        per_page=per_page,
        query=query,
        with_transcription=with_transcription,
        validate=client._core.validating(options),
    )
    return client.call(request, _parse, _parse_error, options)


def sync(
    client: SyncClient,
    *,
    room_id: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 20,
    query: str | Unset = UNSET,
    with_transcription: bool | Unset = UNSET,
    options: RequestOptions | None = None,
) -> RecordingList:
    """List room recordings

    Lists room recordings, newest first, page by page; filter by room and session. `query` matches the
    room's
    meeting id exactly or as a regular expression; `withTranscription` adds transcription data to each
    item.

    Args:
        room_id (str | Unset):  Example: abc-xyzw-lmno.
        session_id (str | Unset):  Example: 61d6e823783d6b03a026ac05.
        page (int | Unset):  Default: 1. Example: 1.
        per_page (int | Unset):  Default: 20. Example: 20.
        query (str | Unset):  Example: abc-xyzw-.*.
        with_transcription (bool | Unset):  Example: True.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    RecordingList
    """

    return sync_detailed(
        client,
        room_id=room_id,
        session_id=session_id,
        page=page,
        per_page=per_page,
        query=query,
        with_transcription=with_transcription,
        options=options,
    ).parsed


async def asyncio_detailed(
    client: AsyncClient,
    *,
    room_id: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 20,
    query: str | Unset = UNSET,
    with_transcription: bool | Unset = UNSET,
    options: RequestOptions | None = None,
) -> APIResponse[RecordingList]:
    """List room recordings

    Lists room recordings, newest first, page by page; filter by room and session. `query` matches the
    room's
    meeting id exactly or as a regular expression; `withTranscription` adds transcription data to each
    item.

    Args:
        room_id (str | Unset):  Example: abc-xyzw-lmno.
        session_id (str | Unset):  Example: 61d6e823783d6b03a026ac05.
        page (int | Unset):  Default: 1. Example: 1.
        per_page (int | Unset):  Default: 20. Example: 20.
        query (str | Unset):  Example: abc-xyzw-.*.
        with_transcription (bool | Unset):  Example: True.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    APIResponse[RecordingList]: the parsed value and the raw httpx response.
    """

    request = _build_request(
        room_id=room_id,
        session_id=session_id,
        page=page,
        per_page=per_page,
        query=query,
        with_transcription=with_transcription,
        validate=client._core.validating(options),
    )
    return await client.call(request, _parse, _parse_error, options)


async def asyncio(
    client: AsyncClient,
    *,
    room_id: str | Unset = UNSET,
    session_id: str | Unset = UNSET,
    page: int | Unset = 1,
    per_page: int | Unset = 20,
    query: str | Unset = UNSET,
    with_transcription: bool | Unset = UNSET,
    options: RequestOptions | None = None,
) -> RecordingList:
    """List room recordings

    Lists room recordings, newest first, page by page; filter by room and session. `query` matches the
    room's
    meeting id exactly or as a regular expression; `withTranscription` adds transcription data to each
    item.

    Args:
        room_id (str | Unset):  Example: abc-xyzw-lmno.
        session_id (str | Unset):  Example: 61d6e823783d6b03a026ac05.
        page (int | Unset):  Default: 1. Example: 1.
        per_page (int | Unset):  Default: 20. Example: 20.
        query (str | Unset):  Example: abc-xyzw-.*.
        with_transcription (bool | Unset):  Example: True.
        options: per-call timeout, retry budget and extra headers.

    Raises:
        APIStatusError: a subclass per status (NotFoundError, RateLimitError, ...) carrying the vendor's error body.
        APIConnectionError: no response (APITimeoutError on timeout), after retries where the call is idempotent.
        RequestValidationError: an argument breaks the spec's rules (nothing is sent).

    Returns:
    RecordingList
    """

    return (
        await asyncio_detailed(
            client,
            room_id=room_id,
            session_id=session_id,
            page=page,
            per_page=per_page,
            query=query,
            with_transcription=with_transcription,
            options=options,
        )
    ).parsed
