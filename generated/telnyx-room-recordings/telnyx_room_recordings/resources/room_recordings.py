# Generated from specs/telnyx/openapi.yaml by `make generate`. Do not edit.
"""The ``room_recordings`` resource of ``TelnyxRoomRecordings`` and ``AsyncTelnyxRoomRecordings`` (sync and async classes)."""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Mapping
from functools import cached_property
from typing import Any, cast

from .._runtime import (
    NOT_GIVEN,
    APIResponse,
    AsyncClient,
    AsyncPager,
    NotGiven,
    PageRules,
    RequestOptions,
    SyncClient,
    SyncPager,
    TimeoutTypes,
    dig,
    status_targets,
    wait_until,
    wait_until_async,
)
from ..api.room_recordings import delete_room_recording as _delete_room_recording
from ..api.room_recordings import delete_room_recordings as _delete_room_recordings
from ..api.room_recordings import list_room_recordings as _list_room_recordings
from ..api.room_recordings import view_room_recording as _view_room_recording
from ..models import RoomRecording
from ..models.page_params import PageParams
from ..models.room_recording_filter import RoomRecordingFilter
from ..models.room_recording_list import RoomRecordingList
from ..models.room_recording_response import RoomRecordingResponse
from ..models.room_recordings_bulk_delete_response import RoomRecordingsBulkDeleteResponse
from ..types import UNSET, Unset

__all__ = [
    "RoomRecordingsResource",
    "AsyncRoomRecordingsResource",
    "RoomRecordingsResourceWithRawResponse",
    "AsyncRoomRecordingsResourceWithRawResponse",
]


class RoomRecordingsResource:
    """Recordings of Telnyx Video rooms (one per participant track)."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> RoomRecordingsResourceWithRawResponse:
        """The same operations, returning the raw response too (status, headers, request id)."""
        return RoomRecordingsResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        filter_: RoomRecordingFilter | Mapping[str, Any] | Unset = UNSET,
        page: PageParams | Mapping[str, Any] | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> RoomRecordingList:
        """View a list of room recordings.

        Returns one page of the account's room recordings, optionally filtered by room, session,
        participant, status, type, duration and start/end date. Pass `page` (`page[number]`, `page[size]`)
        to move through the pages; `meta.total_pages` and `meta.total_results` give the totals.

        ``GET /room_recordings`` (operation ``ListRoomRecordings``).

        Args:
            filter_: Filters, sent as deepObject keys: `filter[room_id]`, `filter[session_id]`,
                `filter[participant_id]`, `filter[status]`, `filter[type]`, `filter[duration_secs]`,
                `filter[date_started_at][eq|gte|lte]`, `filter[date_ended_at][eq|gte|lte]`.
            page: Page selection, sent as `page[number]` and `page[size]`.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            RoomRecordingList: One page of room recordings.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 4XX.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _list_room_recordings.sync(
            self._client,
            filter_=filter_,
            page=page,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )

    def iter_list(
        self,
        *,
        filter_: RoomRecordingFilter | Mapping[str, Any] | Unset = UNSET,
        page_size: int | None = None,
        limit: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> SyncPager[RoomRecordingList, RoomRecording]:
        """Every item of every page of ``list``, fetched lazily one page at a time.

        View a list of room recordings.

        Args:
            filter_: Filters, sent as deepObject keys: `filter[room_id]`, `filter[session_id]`,
                `filter[participant_id]`, `filter[status]`, `filter[type]`, `filter[duration_secs]`,
                `filter[date_started_at][eq|gte|lte]`, `filter[date_ended_at][eq|gte|lte]`.
            page_size: Page selection, sent as `page[number]` and `page[size]`. Left to the server when not
                given.
            limit: stop after this many items (all items when not given).
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            An iterator of items; ``.pages()`` yields the pages instead.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 4XX.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        options = RequestOptions(
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            deadline=deadline,
            validate_request=validate_request,
        )

        def fetch(page_number: int) -> RoomRecordingList:
            return _list_room_recordings.sync(
                self._client,
                page=PageParams(
                    number=page_number,
                    size=page_size if page_size is not None else UNSET,
                ),
                filter_=filter_,
                options=options,
            )

        rules: PageRules[RoomRecordingList, RoomRecording] = PageRules(
            first_page=1,
            items=lambda page: cast("builtins.list[RoomRecording] | None", dig(page, *("data",))),
            total_pages=lambda page: dig(
                page,
                *(
                    "meta",
                    "total_pages",
                ),
            ),
            total_items=lambda page: dig(
                page,
                *(
                    "meta",
                    "total_results",
                ),
            ),
            page_size=page_size,
        )
        return SyncPager(fetch, rules, limit=limit)

    def delete_bulk(
        self,
        *,
        filter_: RoomRecordingFilter | Mapping[str, Any] | Unset = UNSET,
        page: PageParams | Mapping[str, Any] | Unset = UNSET,
        confirm_delete_all: bool = False,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> RoomRecordingsBulkDeleteResponse:
        """Delete several room recordings in a bulk.

        Deletes every room recording that matches `filter` (same filter keys as the list) and answers with
        the number of recordings deleted. Without a filter this deletes all of the account's room recordings
        — pass a filter. Answers 201 (not 200/204), as documented.

        ``DELETE /room_recordings`` (operation ``DeleteRoomRecordings``).

        Args:
            filter_: Filters, sent as deepObject keys: `filter[room_id]`, `filter[session_id]`,
                `filter[participant_id]`, `filter[status]`, `filter[type]`, `filter[duration_secs]`,
                `filter[date_started_at][eq|gte|lte]`, `filter[date_ended_at][eq|gte|lte]`.
            page: Page selection, sent as `page[number]` and `page[size]`.
            confirm_delete_all: must be True to call this without ``filter_`` (it would act on everything).
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            RoomRecordingsBulkDeleteResponse: The matching recordings were deleted; `data.room_recordings`
                is how many.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 422.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _delete_room_recordings.sync(
            self._client,
            filter_=filter_,
            page=page,
            confirm_delete_all=confirm_delete_all,
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
        room_recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> RoomRecordingResponse:
        """View a room recording.

        Returns one room recording. While Telnyx is still processing the file `status` is `processing`; once
        it is `completed`, `download_url` points at the file (`size_mb` megabytes, `codec`,
        `duration_secs`).

        ``GET /room_recordings/{room_recording_id}`` (operation ``ViewRoomRecording``).

        Args:
            room_recording_id: The unique identifier of a room recording.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            RoomRecordingResponse: The room recording.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 404.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _view_room_recording.sync(
            self._client,
            room_recording_id,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )

    def wait_until_done(
        self,
        room_recording_id: str,
        *,
        timeout: float = 600.0,
        poll_interval: float = 5.0,
    ) -> RoomRecordingResponse:
        """Poll ``get`` until the status is one of ``completed``.

        Args:
            room_recording_id: The unique identifier of a room recording.
            timeout: seconds to wait in all before ``WaiterTimeoutError``.
            poll_interval: seconds between two polls.

        Returns:
            RoomRecordingResponse: the last value polled.

        Raises:
            WaiterTimeoutError: still not done after ``timeout`` seconds.
        """
        return wait_until(
            lambda: self.get(
                room_recording_id,
            ),
            lambda value: dig(
                value,
                *(
                    "data",
                    "status",
                ),
            ),
            success=("completed",),
            failure=(),
            timeout=timeout,
            poll_interval=poll_interval,
            sleep=self._client._sleep,
        )

    def wait_until_status(
        self,
        room_recording_id: str,
        *,
        status: str | Iterable[str],
        timeout: float = 600.0,
        poll_interval: float = 5.0,
    ) -> RoomRecordingResponse:
        """Poll ``get`` until the status is ``status`` (or one of several), e.g. running before a pause.

        Raises:
            WaiterTimeoutError: not there after ``timeout`` seconds (``poll_interval`` between two polls).
            WaiterFailureError: the status became one of completed that was not asked for
                (the resource can no longer get to ``status``).
        """
        success, failure = status_targets(status, success=("completed",), failure=())
        return wait_until(
            lambda: self.get(
                room_recording_id,
            ),
            lambda value: dig(
                value,
                *(
                    "data",
                    "status",
                ),
            ),
            success=success,
            failure=failure,
            timeout=timeout,
            poll_interval=poll_interval,
            sleep=self._client._sleep,
        )

    def delete(
        self,
        room_recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> None:
        """Delete a room recording.

        Synchronously deletes one room recording (and its file). Answers 204 with no body.

        ``DELETE /room_recordings/{room_recording_id}`` (operation ``DeleteRoomRecording``).

        Args:
            room_recording_id: The unique identifier of a room recording.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            None: The recording was deleted.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 404.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _delete_room_recording.sync(
            self._client,
            room_recording_id,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )


class RoomRecordingsResourceWithRawResponse:
    """Recordings of Telnyx Video rooms (one per participant track).

    Each call returns an ``APIResponse``: the parsed value and the raw httpx response.
    """

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def list(
        self,
        *,
        filter_: RoomRecordingFilter | Mapping[str, Any] | Unset = UNSET,
        page: PageParams | Mapping[str, Any] | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[RoomRecordingList]:
        """View a list of room recordings.

        Returns one page of the account's room recordings, optionally filtered by room, session,
        participant, status, type, duration and start/end date. Pass `page` (`page[number]`, `page[size]`)
        to move through the pages; `meta.total_pages` and `meta.total_results` give the totals.

        ``GET /room_recordings`` (operation ``ListRoomRecordings``).

        Args:
            filter_: Filters, sent as deepObject keys: `filter[room_id]`, `filter[session_id]`,
                `filter[participant_id]`, `filter[status]`, `filter[type]`, `filter[duration_secs]`,
                `filter[date_started_at][eq|gte|lte]`, `filter[date_ended_at][eq|gte|lte]`.
            page: Page selection, sent as `page[number]` and `page[size]`.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            APIResponse[RoomRecordingList]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 4XX.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _list_room_recordings.sync_detailed(
            self._client,
            filter_=filter_,
            page=page,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )

    def delete_bulk(
        self,
        *,
        filter_: RoomRecordingFilter | Mapping[str, Any] | Unset = UNSET,
        page: PageParams | Mapping[str, Any] | Unset = UNSET,
        confirm_delete_all: bool = False,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[RoomRecordingsBulkDeleteResponse]:
        """Delete several room recordings in a bulk.

        Deletes every room recording that matches `filter` (same filter keys as the list) and answers with
        the number of recordings deleted. Without a filter this deletes all of the account's room recordings
        — pass a filter. Answers 201 (not 200/204), as documented.

        ``DELETE /room_recordings`` (operation ``DeleteRoomRecordings``).

        Args:
            filter_: Filters, sent as deepObject keys: `filter[room_id]`, `filter[session_id]`,
                `filter[participant_id]`, `filter[status]`, `filter[type]`, `filter[duration_secs]`,
                `filter[date_started_at][eq|gte|lte]`, `filter[date_ended_at][eq|gte|lte]`.
            page: Page selection, sent as `page[number]` and `page[size]`.
            confirm_delete_all: must be True to call this without ``filter_`` (it would act on everything).
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            APIResponse[RoomRecordingsBulkDeleteResponse]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 422.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _delete_room_recordings.sync_detailed(
            self._client,
            filter_=filter_,
            page=page,
            confirm_delete_all=confirm_delete_all,
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
        room_recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[RoomRecordingResponse]:
        """View a room recording.

        Returns one room recording. While Telnyx is still processing the file `status` is `processing`; once
        it is `completed`, `download_url` points at the file (`size_mb` megabytes, `codec`,
        `duration_secs`).

        ``GET /room_recordings/{room_recording_id}`` (operation ``ViewRoomRecording``).

        Args:
            room_recording_id: The unique identifier of a room recording.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            APIResponse[RoomRecordingResponse]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 404.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _view_room_recording.sync_detailed(
            self._client,
            room_recording_id,
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
        room_recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[None]:
        """Delete a room recording.

        Synchronously deletes one room recording (and its file). Answers 204 with no body.

        ``DELETE /room_recordings/{room_recording_id}`` (operation ``DeleteRoomRecording``).

        Args:
            room_recording_id: The unique identifier of a room recording.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            APIResponse[None]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 404.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _delete_room_recording.sync_detailed(
            self._client,
            room_recording_id,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )


class AsyncRoomRecordingsResource:
    """Recordings of Telnyx Video rooms (one per participant track)."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncRoomRecordingsResourceWithRawResponse:
        """The same operations, returning the raw response too (status, headers, request id)."""
        return AsyncRoomRecordingsResourceWithRawResponse(self._client)

    async def list(
        self,
        *,
        filter_: RoomRecordingFilter | Mapping[str, Any] | Unset = UNSET,
        page: PageParams | Mapping[str, Any] | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> RoomRecordingList:
        """View a list of room recordings.

        Returns one page of the account's room recordings, optionally filtered by room, session,
        participant, status, type, duration and start/end date. Pass `page` (`page[number]`, `page[size]`)
        to move through the pages; `meta.total_pages` and `meta.total_results` give the totals.

        ``GET /room_recordings`` (operation ``ListRoomRecordings``).

        Args:
            filter_: Filters, sent as deepObject keys: `filter[room_id]`, `filter[session_id]`,
                `filter[participant_id]`, `filter[status]`, `filter[type]`, `filter[duration_secs]`,
                `filter[date_started_at][eq|gte|lte]`, `filter[date_ended_at][eq|gte|lte]`.
            page: Page selection, sent as `page[number]` and `page[size]`.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            RoomRecordingList: One page of room recordings.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 4XX.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _list_room_recordings.asyncio(
            self._client,
            filter_=filter_,
            page=page,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )

    def iter_list(
        self,
        *,
        filter_: RoomRecordingFilter | Mapping[str, Any] | Unset = UNSET,
        page_size: int | None = None,
        limit: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> AsyncPager[RoomRecordingList, RoomRecording]:
        """Every item of every page of ``list``, fetched lazily one page at a time.

        View a list of room recordings.

        Args:
            filter_: Filters, sent as deepObject keys: `filter[room_id]`, `filter[session_id]`,
                `filter[participant_id]`, `filter[status]`, `filter[type]`, `filter[duration_secs]`,
                `filter[date_started_at][eq|gte|lte]`, `filter[date_ended_at][eq|gte|lte]`.
            page_size: Page selection, sent as `page[number]` and `page[size]`. Left to the server when not
                given.
            limit: stop after this many items (all items when not given).
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            An iterator of items; ``.pages()`` yields the pages instead.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 4XX.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        options = RequestOptions(
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            deadline=deadline,
            validate_request=validate_request,
        )

        async def fetch(page_number: int) -> RoomRecordingList:
            return await _list_room_recordings.asyncio(
                self._client,
                page=PageParams(
                    number=page_number,
                    size=page_size if page_size is not None else UNSET,
                ),
                filter_=filter_,
                options=options,
            )

        rules: PageRules[RoomRecordingList, RoomRecording] = PageRules(
            first_page=1,
            items=lambda page: cast("builtins.list[RoomRecording] | None", dig(page, *("data",))),
            total_pages=lambda page: dig(
                page,
                *(
                    "meta",
                    "total_pages",
                ),
            ),
            total_items=lambda page: dig(
                page,
                *(
                    "meta",
                    "total_results",
                ),
            ),
            page_size=page_size,
        )
        return AsyncPager(fetch, rules, limit=limit)

    async def delete_bulk(
        self,
        *,
        filter_: RoomRecordingFilter | Mapping[str, Any] | Unset = UNSET,
        page: PageParams | Mapping[str, Any] | Unset = UNSET,
        confirm_delete_all: bool = False,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> RoomRecordingsBulkDeleteResponse:
        """Delete several room recordings in a bulk.

        Deletes every room recording that matches `filter` (same filter keys as the list) and answers with
        the number of recordings deleted. Without a filter this deletes all of the account's room recordings
        — pass a filter. Answers 201 (not 200/204), as documented.

        ``DELETE /room_recordings`` (operation ``DeleteRoomRecordings``).

        Args:
            filter_: Filters, sent as deepObject keys: `filter[room_id]`, `filter[session_id]`,
                `filter[participant_id]`, `filter[status]`, `filter[type]`, `filter[duration_secs]`,
                `filter[date_started_at][eq|gte|lte]`, `filter[date_ended_at][eq|gte|lte]`.
            page: Page selection, sent as `page[number]` and `page[size]`.
            confirm_delete_all: must be True to call this without ``filter_`` (it would act on everything).
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            RoomRecordingsBulkDeleteResponse: The matching recordings were deleted; `data.room_recordings`
                is how many.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 422.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _delete_room_recordings.asyncio(
            self._client,
            filter_=filter_,
            page=page,
            confirm_delete_all=confirm_delete_all,
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
        room_recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> RoomRecordingResponse:
        """View a room recording.

        Returns one room recording. While Telnyx is still processing the file `status` is `processing`; once
        it is `completed`, `download_url` points at the file (`size_mb` megabytes, `codec`,
        `duration_secs`).

        ``GET /room_recordings/{room_recording_id}`` (operation ``ViewRoomRecording``).

        Args:
            room_recording_id: The unique identifier of a room recording.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            RoomRecordingResponse: The room recording.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 404.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _view_room_recording.asyncio(
            self._client,
            room_recording_id,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )

    async def wait_until_done(
        self,
        room_recording_id: str,
        *,
        timeout: float = 600.0,
        poll_interval: float = 5.0,
    ) -> RoomRecordingResponse:
        """Poll ``get`` until the status is one of ``completed``.

        Args:
            room_recording_id: The unique identifier of a room recording.
            timeout: seconds to wait in all before ``WaiterTimeoutError``.
            poll_interval: seconds between two polls.

        Returns:
            RoomRecordingResponse: the last value polled.

        Raises:
            WaiterTimeoutError: still not done after ``timeout`` seconds.
        """
        return await wait_until_async(
            lambda: self.get(
                room_recording_id,
            ),
            lambda value: dig(
                value,
                *(
                    "data",
                    "status",
                ),
            ),
            success=("completed",),
            failure=(),
            timeout=timeout,
            poll_interval=poll_interval,
            sleep=self._client._sleep,
        )

    async def wait_until_status(
        self,
        room_recording_id: str,
        *,
        status: str | Iterable[str],
        timeout: float = 600.0,
        poll_interval: float = 5.0,
    ) -> RoomRecordingResponse:
        """Poll ``get`` until the status is ``status`` (or one of several), e.g. running before a pause.

        Raises:
            WaiterTimeoutError: not there after ``timeout`` seconds (``poll_interval`` between two polls).
            WaiterFailureError: the status became one of completed that was not asked for
                (the resource can no longer get to ``status``).
        """
        success, failure = status_targets(status, success=("completed",), failure=())
        return await wait_until_async(
            lambda: self.get(
                room_recording_id,
            ),
            lambda value: dig(
                value,
                *(
                    "data",
                    "status",
                ),
            ),
            success=success,
            failure=failure,
            timeout=timeout,
            poll_interval=poll_interval,
            sleep=self._client._sleep,
        )

    async def delete(
        self,
        room_recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> None:
        """Delete a room recording.

        Synchronously deletes one room recording (and its file). Answers 204 with no body.

        ``DELETE /room_recordings/{room_recording_id}`` (operation ``DeleteRoomRecording``).

        Args:
            room_recording_id: The unique identifier of a room recording.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            None: The recording was deleted.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 404.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _delete_room_recording.asyncio(
            self._client,
            room_recording_id,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )


class AsyncRoomRecordingsResourceWithRawResponse:
    """Recordings of Telnyx Video rooms (one per participant track).

    Each call returns an ``APIResponse``: the parsed value and the raw httpx response.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        filter_: RoomRecordingFilter | Mapping[str, Any] | Unset = UNSET,
        page: PageParams | Mapping[str, Any] | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[RoomRecordingList]:
        """View a list of room recordings.

        Returns one page of the account's room recordings, optionally filtered by room, session,
        participant, status, type, duration and start/end date. Pass `page` (`page[number]`, `page[size]`)
        to move through the pages; `meta.total_pages` and `meta.total_results` give the totals.

        ``GET /room_recordings`` (operation ``ListRoomRecordings``).

        Args:
            filter_: Filters, sent as deepObject keys: `filter[room_id]`, `filter[session_id]`,
                `filter[participant_id]`, `filter[status]`, `filter[type]`, `filter[duration_secs]`,
                `filter[date_started_at][eq|gte|lte]`, `filter[date_ended_at][eq|gte|lte]`.
            page: Page selection, sent as `page[number]` and `page[size]`.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            APIResponse[RoomRecordingList]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 4XX.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _list_room_recordings.asyncio_detailed(
            self._client,
            filter_=filter_,
            page=page,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )

    async def delete_bulk(
        self,
        *,
        filter_: RoomRecordingFilter | Mapping[str, Any] | Unset = UNSET,
        page: PageParams | Mapping[str, Any] | Unset = UNSET,
        confirm_delete_all: bool = False,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[RoomRecordingsBulkDeleteResponse]:
        """Delete several room recordings in a bulk.

        Deletes every room recording that matches `filter` (same filter keys as the list) and answers with
        the number of recordings deleted. Without a filter this deletes all of the account's room recordings
        — pass a filter. Answers 201 (not 200/204), as documented.

        ``DELETE /room_recordings`` (operation ``DeleteRoomRecordings``).

        Args:
            filter_: Filters, sent as deepObject keys: `filter[room_id]`, `filter[session_id]`,
                `filter[participant_id]`, `filter[status]`, `filter[type]`, `filter[duration_secs]`,
                `filter[date_started_at][eq|gte|lte]`, `filter[date_ended_at][eq|gte|lte]`.
            page: Page selection, sent as `page[number]` and `page[size]`.
            confirm_delete_all: must be True to call this without ``filter_`` (it would act on everything).
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            APIResponse[RoomRecordingsBulkDeleteResponse]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 422.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _delete_room_recordings.asyncio_detailed(
            self._client,
            filter_=filter_,
            page=page,
            confirm_delete_all=confirm_delete_all,
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
        room_recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[RoomRecordingResponse]:
        """View a room recording.

        Returns one room recording. While Telnyx is still processing the file `status` is `processing`; once
        it is `completed`, `download_url` points at the file (`size_mb` megabytes, `codec`,
        `duration_secs`).

        ``GET /room_recordings/{room_recording_id}`` (operation ``ViewRoomRecording``).

        Args:
            room_recording_id: The unique identifier of a room recording.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            APIResponse[RoomRecordingResponse]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 404.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _view_room_recording.asyncio_detailed(
            self._client,
            room_recording_id,
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
        room_recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[None]:
        """Delete a room recording.

        Synchronously deletes one room recording (and its file). Answers 204 with no body.

        ``DELETE /room_recordings/{room_recording_id}`` (operation ``DeleteRoomRecording``).

        Args:
            room_recording_id: The unique identifier of a room recording.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            APIResponse[None]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 404.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _delete_room_recording.asyncio_detailed(
            self._client,
            room_recording_id,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )
