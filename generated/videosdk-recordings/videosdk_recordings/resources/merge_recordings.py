# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
"""The ``merge_recordings`` resource of ``VideoSDKRecordings`` and ``AsyncVideoSDKRecordings`` (sync and async classes)."""

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
from ..api.merge_recordings import create_merge_recording as _create_merge_recording
from ..api.merge_recordings import get_merge_recording as _get_merge_recording
from ..api.merge_recordings import list_merge_recordings as _list_merge_recordings
from ..models import MergeRecording
from ..models.create_merge_recording_request import CreateMergeRecordingRequest
from ..models.merge_recording import MergeRecording
from ..models.merge_recording_job import MergeRecordingJob
from ..models.merge_recording_list import MergeRecordingList
from ..models.merge_status_filter import MergeStatusFilter
from ..types import UNSET, Unset

__all__ = [
    "MergeRecordingsResource",
    "AsyncMergeRecordingsResource",
    "MergeRecordingsResourceWithRawResponse",
    "AsyncMergeRecordingsResourceWithRawResponse",
]


class MergeRecordingsResource:
    """Jobs that merge participant or track recordings into a 2-channel audio file."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> MergeRecordingsResourceWithRawResponse:
        """The same operations, returning the raw response too (status, headers, request id)."""
        return MergeRecordingsResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        status: MergeStatusFilter | Unset = UNSET,
        room_id: str | Unset = UNSET,
        session_id: str | Unset = UNSET,
        id: str | Unset = UNSET,
        page: int | Unset = 1,
        per_page: int | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> MergeRecordingList:
        """List merge recordings.

        Lists merge jobs page by page; filter by status, room, session or job id. The items are under
        `recordings`, not `data`.

        ``GET /v2/recordings/participant/merge`` (operation ``listMergeRecordings``).

        Args:
            status: Only jobs in this terminal status. One of ``'completed'``, ``'failed'``.
            room_id: Only items of this room (meeting) id.
            session_id: Only items of this session of the room.
            id: Only the merge job with this id.
            page: Page number, starting at 1. Default ``1``; minimum 1.
            per_page: Number of items per page (server default 10 or 20 depending on the resource). Minimum
                1.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            MergeRecordingList: One page of merge jobs.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _list_merge_recordings.sync(
            self._client,
            status=status,
            room_id=room_id,
            session_id=session_id,
            id=id,
            page=page,
            per_page=per_page,
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
        status: MergeStatusFilter | Unset = UNSET,
        room_id: str | Unset = UNSET,
        session_id: str | Unset = UNSET,
        id: str | Unset = UNSET,
        page_size: int | None = None,
        limit: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> SyncPager[MergeRecordingList, MergeRecording]:
        """Every item of every page of ``list``, fetched lazily one page at a time.

        List merge recordings.

        Args:
            status: Only jobs in this terminal status. One of ``'completed'``, ``'failed'``.
            room_id: Only items of this room (meeting) id.
            session_id: Only items of this session of the room.
            id: Only the merge job with this id.
            page_size: Number of items per page (server default 10 or 20 depending on the resource). Minimum
                1. Left to the server when not given.
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
                carrying the vendor's error body. Documented: 400, 401, 403, 429.
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

        def fetch(page_number: int) -> MergeRecordingList:
            return _list_merge_recordings.sync(
                self._client,
                page=page_number,
                per_page=page_size if page_size is not None else UNSET,
                status=status,
                room_id=room_id,
                session_id=session_id,
                id=id,
                options=options,
            )

        rules: PageRules[MergeRecordingList, MergeRecording] = PageRules(
            first_page=1,
            items=lambda page: cast("builtins.list[MergeRecording] | None", dig(page, *("recordings",))),
            total_pages=lambda page: dig(
                page,
                *(
                    "page_info",
                    "last_page",
                ),
            ),
            total_items=lambda page: dig(
                page,
                *(
                    "page_info",
                    "total",
                ),
            ),
            page_size=page_size,
        )
        return SyncPager(fetch, rules, limit=limit)

    def create(
        self,
        *,
        body: CreateMergeRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> MergeRecordingJob:
        """Merge recordings into a 2-channel audio file.

        Starts a job that merges participant (or track) recordings of one session into a 2-channel audio
        file: `channel1` recordings on the first channel, `channel2` on the second. The job starts as
        `running`; poll it with getMergeRecording or wait for the `merge-recording-completed` /
        `merge-recording-failed` webhook.

        ``POST /v2/recordings/participant/merge`` (operation ``createMergeRecording``).

        Args:
            body: Body of createMergeRecording. A ``CreateMergeRecordingRequest`` or a mapping of its JSON
                fields. Required fields: ``sessionId``, ``channel1``, ``channel2``.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            MergeRecordingJob: The merge job was created.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _create_merge_recording.sync(
            self._client,
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
        merge_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> MergeRecording:
        """Fetch a merge recording.

        Fetches one merge job; once `status` is `completed` its `file` holds the merged audio.

        ``GET /v2/recordings/participant/merge/{mergeId}`` (operation ``getMergeRecording``).

        Args:
            merge_id: Id of the merge job (`recording.id` of the create call).
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            MergeRecording: The merge job.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _get_merge_recording.sync(
            self._client,
            merge_id,
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
        merge_id: str,
        *,
        timeout: float = 600.0,
        poll_interval: float = 5.0,
    ) -> MergeRecording:
        """Poll ``get`` until the status is one of ``completed``.

        Args:
            merge_id: Id of the merge job (`recording.id` of the create call).
            timeout: seconds to wait in all before ``WaiterTimeoutError``.
            poll_interval: seconds between two polls.

        Returns:
            MergeRecording: the last value polled.

        Raises:
            WaiterTimeoutError: still not done after ``timeout`` seconds.
            WaiterFailureError: the status became ``failed``.
        """
        return wait_until(
            lambda: self.get(
                merge_id,
            ),
            lambda value: dig(value, *("status",)),
            success=("completed",),
            failure=("failed",),
            timeout=timeout,
            poll_interval=poll_interval,
            sleep=self._client._sleep,
        )

    def wait_until_status(
        self,
        merge_id: str,
        *,
        status: str | Iterable[str],
        timeout: float = 600.0,
        poll_interval: float = 5.0,
    ) -> MergeRecording:
        """Poll ``get`` until the status is ``status`` (or one of several), e.g. running before a pause.

        Raises:
            WaiterTimeoutError: not there after ``timeout`` seconds (``poll_interval`` between two polls).
            WaiterFailureError: the status became one of completed, failed that was not asked for
                (the resource can no longer get to ``status``).
        """
        success, failure = status_targets(status, success=("completed",), failure=("failed",))
        return wait_until(
            lambda: self.get(
                merge_id,
            ),
            lambda value: dig(value, *("status",)),
            success=success,
            failure=failure,
            timeout=timeout,
            poll_interval=poll_interval,
            sleep=self._client._sleep,
        )


class MergeRecordingsResourceWithRawResponse:
    """Jobs that merge participant or track recordings into a 2-channel audio file.

    Each call returns an ``APIResponse``: the parsed value and the raw httpx response.
    """

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def list(
        self,
        *,
        status: MergeStatusFilter | Unset = UNSET,
        room_id: str | Unset = UNSET,
        session_id: str | Unset = UNSET,
        id: str | Unset = UNSET,
        page: int | Unset = 1,
        per_page: int | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[MergeRecordingList]:
        """List merge recordings.

        Lists merge jobs page by page; filter by status, room, session or job id. The items are under
        `recordings`, not `data`.

        ``GET /v2/recordings/participant/merge`` (operation ``listMergeRecordings``).

        Args:
            status: Only jobs in this terminal status. One of ``'completed'``, ``'failed'``.
            room_id: Only items of this room (meeting) id.
            session_id: Only items of this session of the room.
            id: Only the merge job with this id.
            page: Page number, starting at 1. Default ``1``; minimum 1.
            per_page: Number of items per page (server default 10 or 20 depending on the resource). Minimum
                1.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            APIResponse[MergeRecordingList]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _list_merge_recordings.sync_detailed(
            self._client,
            status=status,
            room_id=room_id,
            session_id=session_id,
            id=id,
            page=page,
            per_page=per_page,
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
        body: CreateMergeRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[MergeRecordingJob]:
        """Merge recordings into a 2-channel audio file.

        Starts a job that merges participant (or track) recordings of one session into a 2-channel audio
        file: `channel1` recordings on the first channel, `channel2` on the second. The job starts as
        `running`; poll it with getMergeRecording or wait for the `merge-recording-completed` /
        `merge-recording-failed` webhook.

        ``POST /v2/recordings/participant/merge`` (operation ``createMergeRecording``).

        Args:
            body: Body of createMergeRecording. A ``CreateMergeRecordingRequest`` or a mapping of its JSON
                fields. Required fields: ``sessionId``, ``channel1``, ``channel2``.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            APIResponse[MergeRecordingJob]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _create_merge_recording.sync_detailed(
            self._client,
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
        merge_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[MergeRecording]:
        """Fetch a merge recording.

        Fetches one merge job; once `status` is `completed` its `file` holds the merged audio.

        ``GET /v2/recordings/participant/merge/{mergeId}`` (operation ``getMergeRecording``).

        Args:
            merge_id: Id of the merge job (`recording.id` of the create call).
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            APIResponse[MergeRecording]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _get_merge_recording.sync_detailed(
            self._client,
            merge_id,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )


class AsyncMergeRecordingsResource:
    """Jobs that merge participant or track recordings into a 2-channel audio file."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncMergeRecordingsResourceWithRawResponse:
        """The same operations, returning the raw response too (status, headers, request id)."""
        return AsyncMergeRecordingsResourceWithRawResponse(self._client)

    async def list(
        self,
        *,
        status: MergeStatusFilter | Unset = UNSET,
        room_id: str | Unset = UNSET,
        session_id: str | Unset = UNSET,
        id: str | Unset = UNSET,
        page: int | Unset = 1,
        per_page: int | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> MergeRecordingList:
        """List merge recordings.

        Lists merge jobs page by page; filter by status, room, session or job id. The items are under
        `recordings`, not `data`.

        ``GET /v2/recordings/participant/merge`` (operation ``listMergeRecordings``).

        Args:
            status: Only jobs in this terminal status. One of ``'completed'``, ``'failed'``.
            room_id: Only items of this room (meeting) id.
            session_id: Only items of this session of the room.
            id: Only the merge job with this id.
            page: Page number, starting at 1. Default ``1``; minimum 1.
            per_page: Number of items per page (server default 10 or 20 depending on the resource). Minimum
                1.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            MergeRecordingList: One page of merge jobs.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _list_merge_recordings.asyncio(
            self._client,
            status=status,
            room_id=room_id,
            session_id=session_id,
            id=id,
            page=page,
            per_page=per_page,
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
        status: MergeStatusFilter | Unset = UNSET,
        room_id: str | Unset = UNSET,
        session_id: str | Unset = UNSET,
        id: str | Unset = UNSET,
        page_size: int | None = None,
        limit: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> AsyncPager[MergeRecordingList, MergeRecording]:
        """Every item of every page of ``list``, fetched lazily one page at a time.

        List merge recordings.

        Args:
            status: Only jobs in this terminal status. One of ``'completed'``, ``'failed'``.
            room_id: Only items of this room (meeting) id.
            session_id: Only items of this session of the room.
            id: Only the merge job with this id.
            page_size: Number of items per page (server default 10 or 20 depending on the resource). Minimum
                1. Left to the server when not given.
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
                carrying the vendor's error body. Documented: 400, 401, 403, 429.
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

        async def fetch(page_number: int) -> MergeRecordingList:
            return await _list_merge_recordings.asyncio(
                self._client,
                page=page_number,
                per_page=page_size if page_size is not None else UNSET,
                status=status,
                room_id=room_id,
                session_id=session_id,
                id=id,
                options=options,
            )

        rules: PageRules[MergeRecordingList, MergeRecording] = PageRules(
            first_page=1,
            items=lambda page: cast("builtins.list[MergeRecording] | None", dig(page, *("recordings",))),
            total_pages=lambda page: dig(
                page,
                *(
                    "page_info",
                    "last_page",
                ),
            ),
            total_items=lambda page: dig(
                page,
                *(
                    "page_info",
                    "total",
                ),
            ),
            page_size=page_size,
        )
        return AsyncPager(fetch, rules, limit=limit)

    async def create(
        self,
        *,
        body: CreateMergeRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> MergeRecordingJob:
        """Merge recordings into a 2-channel audio file.

        Starts a job that merges participant (or track) recordings of one session into a 2-channel audio
        file: `channel1` recordings on the first channel, `channel2` on the second. The job starts as
        `running`; poll it with getMergeRecording or wait for the `merge-recording-completed` /
        `merge-recording-failed` webhook.

        ``POST /v2/recordings/participant/merge`` (operation ``createMergeRecording``).

        Args:
            body: Body of createMergeRecording. A ``CreateMergeRecordingRequest`` or a mapping of its JSON
                fields. Required fields: ``sessionId``, ``channel1``, ``channel2``.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            MergeRecordingJob: The merge job was created.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _create_merge_recording.asyncio(
            self._client,
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
        merge_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> MergeRecording:
        """Fetch a merge recording.

        Fetches one merge job; once `status` is `completed` its `file` holds the merged audio.

        ``GET /v2/recordings/participant/merge/{mergeId}`` (operation ``getMergeRecording``).

        Args:
            merge_id: Id of the merge job (`recording.id` of the create call).
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            MergeRecording: The merge job.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _get_merge_recording.asyncio(
            self._client,
            merge_id,
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
        merge_id: str,
        *,
        timeout: float = 600.0,
        poll_interval: float = 5.0,
    ) -> MergeRecording:
        """Poll ``get`` until the status is one of ``completed``.

        Args:
            merge_id: Id of the merge job (`recording.id` of the create call).
            timeout: seconds to wait in all before ``WaiterTimeoutError``.
            poll_interval: seconds between two polls.

        Returns:
            MergeRecording: the last value polled.

        Raises:
            WaiterTimeoutError: still not done after ``timeout`` seconds.
            WaiterFailureError: the status became ``failed``.
        """
        return await wait_until_async(
            lambda: self.get(
                merge_id,
            ),
            lambda value: dig(value, *("status",)),
            success=("completed",),
            failure=("failed",),
            timeout=timeout,
            poll_interval=poll_interval,
            sleep=self._client._sleep,
        )

    async def wait_until_status(
        self,
        merge_id: str,
        *,
        status: str | Iterable[str],
        timeout: float = 600.0,
        poll_interval: float = 5.0,
    ) -> MergeRecording:
        """Poll ``get`` until the status is ``status`` (or one of several), e.g. running before a pause.

        Raises:
            WaiterTimeoutError: not there after ``timeout`` seconds (``poll_interval`` between two polls).
            WaiterFailureError: the status became one of completed, failed that was not asked for
                (the resource can no longer get to ``status``).
        """
        success, failure = status_targets(status, success=("completed",), failure=("failed",))
        return await wait_until_async(
            lambda: self.get(
                merge_id,
            ),
            lambda value: dig(value, *("status",)),
            success=success,
            failure=failure,
            timeout=timeout,
            poll_interval=poll_interval,
            sleep=self._client._sleep,
        )


class AsyncMergeRecordingsResourceWithRawResponse:
    """Jobs that merge participant or track recordings into a 2-channel audio file.

    Each call returns an ``APIResponse``: the parsed value and the raw httpx response.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        status: MergeStatusFilter | Unset = UNSET,
        room_id: str | Unset = UNSET,
        session_id: str | Unset = UNSET,
        id: str | Unset = UNSET,
        page: int | Unset = 1,
        per_page: int | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[MergeRecordingList]:
        """List merge recordings.

        Lists merge jobs page by page; filter by status, room, session or job id. The items are under
        `recordings`, not `data`.

        ``GET /v2/recordings/participant/merge`` (operation ``listMergeRecordings``).

        Args:
            status: Only jobs in this terminal status. One of ``'completed'``, ``'failed'``.
            room_id: Only items of this room (meeting) id.
            session_id: Only items of this session of the room.
            id: Only the merge job with this id.
            page: Page number, starting at 1. Default ``1``; minimum 1.
            per_page: Number of items per page (server default 10 or 20 depending on the resource). Minimum
                1.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            APIResponse[MergeRecordingList]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _list_merge_recordings.asyncio_detailed(
            self._client,
            status=status,
            room_id=room_id,
            session_id=session_id,
            id=id,
            page=page,
            per_page=per_page,
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
        body: CreateMergeRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[MergeRecordingJob]:
        """Merge recordings into a 2-channel audio file.

        Starts a job that merges participant (or track) recordings of one session into a 2-channel audio
        file: `channel1` recordings on the first channel, `channel2` on the second. The job starts as
        `running`; poll it with getMergeRecording or wait for the `merge-recording-completed` /
        `merge-recording-failed` webhook.

        ``POST /v2/recordings/participant/merge`` (operation ``createMergeRecording``).

        Args:
            body: Body of createMergeRecording. A ``CreateMergeRecordingRequest`` or a mapping of its JSON
                fields. Required fields: ``sessionId``, ``channel1``, ``channel2``.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            APIResponse[MergeRecordingJob]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _create_merge_recording.asyncio_detailed(
            self._client,
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
        merge_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[MergeRecording]:
        """Fetch a merge recording.

        Fetches one merge job; once `status` is `completed` its `file` holds the merged audio.

        ``GET /v2/recordings/participant/merge/{mergeId}`` (operation ``getMergeRecording``).

        Args:
            merge_id: Id of the merge job (`recording.id` of the create call).
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            APIResponse[MergeRecording]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _get_merge_recording.asyncio_detailed(
            self._client,
            merge_id,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )
