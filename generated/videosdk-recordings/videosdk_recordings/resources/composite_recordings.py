# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
"""The ``composite_recordings`` resource of ``VideoSDKRecordings`` and ``AsyncVideoSDKRecordings`` (sync and async classes)."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
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
)
from ..api.composite_recordings import delete_composite_recording as _delete_composite_recording
from ..api.composite_recordings import get_composite_recording as _get_composite_recording
from ..api.composite_recordings import list_composite_recordings as _list_composite_recordings
from ..api.composite_recordings import start_composite_recording as _start_composite_recording
from ..api.composite_recordings import stop_composite_recording as _stop_composite_recording
from ..models import CompositeRecording
from ..models.composite_recording import CompositeRecording
from ..models.composite_recording_list import CompositeRecordingList
from ..models.composite_recording_started import CompositeRecordingStarted
from ..models.start_composite_recording_request import StartCompositeRecordingRequest
from ..models.stop_composite_recording_request import StopCompositeRecordingRequest
from ..types import UNSET, Unset

__all__ = [
    "CompositeRecordingsResource",
    "AsyncCompositeRecordingsResource",
    "CompositeRecordingsResourceWithRawResponse",
    "AsyncCompositeRecordingsResourceWithRawResponse",
]


class CompositeRecordingsResource:
    """Server-side composites of chosen participants and tracks."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> CompositeRecordingsResourceWithRawResponse:
        """The same operations, returning the raw response too (status, headers, request id)."""
        return CompositeRecordingsResourceWithRawResponse(self._client)

    def start(
        self,
        *,
        body: StartCompositeRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> CompositeRecordingStarted:
        """Start a composite recording.

        Starts a server-side composite of the chosen participants (and, per participant, the chosen track
        kinds), with up to three watermarks.

        ``POST /v2/recordings/composite/start`` (operation ``startCompositeRecording``).

        Args:
            body: Body of startCompositeRecording. A ``StartCompositeRecordingRequest`` or a mapping of its
                JSON fields. Required fields: ``roomId``.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            CompositeRecordingStarted: The composite recording is starting.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _start_composite_recording.sync(
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

    def stop(
        self,
        *,
        body: StopCompositeRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> str:
        """Stop a composite recording.

        Stops the composite recording `recordingId` in the room `roomId`.

        ``POST /v2/recordings/composite/stop`` (operation ``stopCompositeRecording``).

        Args:
            body: Body of stopCompositeRecording. A ``StopCompositeRecordingRequest`` or a mapping of its
                JSON fields. Required fields: ``roomId``, ``recordingId``.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            str: The composite recording is stopping. The body is a bare JSON string.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _stop_composite_recording.sync(
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

    def list(
        self,
        *,
        room_id: str | Unset = UNSET,
        session_id: str | Unset = UNSET,
        page: int | Unset = 1,
        per_page: int | Unset = 20,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> CompositeRecordingList:
        """List composite recordings.

        Lists composite recordings page by page; filter by room and session.

        ``GET /v2/recordings/composite`` (operation ``listCompositeRecordings``).

        Args:
            room_id: Only composite recordings of this room (meeting) id.
            session_id: Only items of this session of the room.
            page: Page number, starting at 1. Default ``1``; minimum 1.
            per_page: Number of composite recordings per page. Default ``20``; minimum 1.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            CompositeRecordingList: One page of composite recordings.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _list_composite_recordings.sync(
            self._client,
            room_id=room_id,
            session_id=session_id,
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
        room_id: str | Unset = UNSET,
        session_id: str | Unset = UNSET,
        page_size: int | None = None,
        limit: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> SyncPager[CompositeRecordingList, CompositeRecording]:
        """Every item of every page of ``list``, fetched lazily one page at a time.

        List composite recordings.

        Args:
            room_id: Only composite recordings of this room (meeting) id.
            session_id: Only items of this session of the room.
            page_size: Number of composite recordings per page. Default ``20``; minimum 1. Left to the
                server when not given.
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

        def fetch(page_number: int) -> CompositeRecordingList:
            return _list_composite_recordings.sync(
                self._client,
                page=page_number,
                per_page=page_size if page_size is not None else UNSET,
                room_id=room_id,
                session_id=session_id,
                options=options,
            )

        rules: PageRules[CompositeRecordingList, CompositeRecording] = PageRules(
            first_page=1,
            items=lambda page: cast("builtins.list[CompositeRecording] | None", dig(page, *("data",))),
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

    def get(
        self,
        composite_recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> CompositeRecording:
        """Fetch a composite recording.

        Fetches one composite recording.

        ``GET /v2/recordings/composite/{compositeRecordingId}`` (operation ``getCompositeRecording``).

        Args:
            composite_recording_id: Id of the composite recording (`id` of a list item; `recordingId` of the
                stop call).
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            CompositeRecording: The composite recording.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _get_composite_recording.sync(
            self._client,
            composite_recording_id,
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
        composite_recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> str:
        """Delete a composite recording.

        Deletes one composite recording.

        ``DELETE /v2/recordings/composite/{compositeRecordingId}`` (operation ``deleteCompositeRecording``).

        Args:
            composite_recording_id: Id of the composite recording (`id` of a list item; `recordingId` of the
                stop call).
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            str: Deleted. The body is a bare JSON string.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _delete_composite_recording.sync(
            self._client,
            composite_recording_id,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )


class CompositeRecordingsResourceWithRawResponse:
    """Server-side composites of chosen participants and tracks.

    Each call returns an ``APIResponse``: the parsed value and the raw httpx response.
    """

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def start(
        self,
        *,
        body: StartCompositeRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[CompositeRecordingStarted]:
        """Start a composite recording.

        Starts a server-side composite of the chosen participants (and, per participant, the chosen track
        kinds), with up to three watermarks.

        ``POST /v2/recordings/composite/start`` (operation ``startCompositeRecording``).

        Args:
            body: Body of startCompositeRecording. A ``StartCompositeRecordingRequest`` or a mapping of its
                JSON fields. Required fields: ``roomId``.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            APIResponse[CompositeRecordingStarted]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _start_composite_recording.sync_detailed(
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

    def stop(
        self,
        *,
        body: StopCompositeRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[str]:
        """Stop a composite recording.

        Stops the composite recording `recordingId` in the room `roomId`.

        ``POST /v2/recordings/composite/stop`` (operation ``stopCompositeRecording``).

        Args:
            body: Body of stopCompositeRecording. A ``StopCompositeRecordingRequest`` or a mapping of its
                JSON fields. Required fields: ``roomId``, ``recordingId``.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            APIResponse[str]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _stop_composite_recording.sync_detailed(
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

    def list(
        self,
        *,
        room_id: str | Unset = UNSET,
        session_id: str | Unset = UNSET,
        page: int | Unset = 1,
        per_page: int | Unset = 20,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[CompositeRecordingList]:
        """List composite recordings.

        Lists composite recordings page by page; filter by room and session.

        ``GET /v2/recordings/composite`` (operation ``listCompositeRecordings``).

        Args:
            room_id: Only composite recordings of this room (meeting) id.
            session_id: Only items of this session of the room.
            page: Page number, starting at 1. Default ``1``; minimum 1.
            per_page: Number of composite recordings per page. Default ``20``; minimum 1.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            APIResponse[CompositeRecordingList]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _list_composite_recordings.sync_detailed(
            self._client,
            room_id=room_id,
            session_id=session_id,
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

    def get(
        self,
        composite_recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[CompositeRecording]:
        """Fetch a composite recording.

        Fetches one composite recording.

        ``GET /v2/recordings/composite/{compositeRecordingId}`` (operation ``getCompositeRecording``).

        Args:
            composite_recording_id: Id of the composite recording (`id` of a list item; `recordingId` of the
                stop call).
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            APIResponse[CompositeRecording]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _get_composite_recording.sync_detailed(
            self._client,
            composite_recording_id,
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
        composite_recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[str]:
        """Delete a composite recording.

        Deletes one composite recording.

        ``DELETE /v2/recordings/composite/{compositeRecordingId}`` (operation ``deleteCompositeRecording``).

        Args:
            composite_recording_id: Id of the composite recording (`id` of a list item; `recordingId` of the
                stop call).
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            APIResponse[str]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _delete_composite_recording.sync_detailed(
            self._client,
            composite_recording_id,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )


class AsyncCompositeRecordingsResource:
    """Server-side composites of chosen participants and tracks."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncCompositeRecordingsResourceWithRawResponse:
        """The same operations, returning the raw response too (status, headers, request id)."""
        return AsyncCompositeRecordingsResourceWithRawResponse(self._client)

    async def start(
        self,
        *,
        body: StartCompositeRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> CompositeRecordingStarted:
        """Start a composite recording.

        Starts a server-side composite of the chosen participants (and, per participant, the chosen track
        kinds), with up to three watermarks.

        ``POST /v2/recordings/composite/start`` (operation ``startCompositeRecording``).

        Args:
            body: Body of startCompositeRecording. A ``StartCompositeRecordingRequest`` or a mapping of its
                JSON fields. Required fields: ``roomId``.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            CompositeRecordingStarted: The composite recording is starting.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _start_composite_recording.asyncio(
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

    async def stop(
        self,
        *,
        body: StopCompositeRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> str:
        """Stop a composite recording.

        Stops the composite recording `recordingId` in the room `roomId`.

        ``POST /v2/recordings/composite/stop`` (operation ``stopCompositeRecording``).

        Args:
            body: Body of stopCompositeRecording. A ``StopCompositeRecordingRequest`` or a mapping of its
                JSON fields. Required fields: ``roomId``, ``recordingId``.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            str: The composite recording is stopping. The body is a bare JSON string.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _stop_composite_recording.asyncio(
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

    async def list(
        self,
        *,
        room_id: str | Unset = UNSET,
        session_id: str | Unset = UNSET,
        page: int | Unset = 1,
        per_page: int | Unset = 20,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> CompositeRecordingList:
        """List composite recordings.

        Lists composite recordings page by page; filter by room and session.

        ``GET /v2/recordings/composite`` (operation ``listCompositeRecordings``).

        Args:
            room_id: Only composite recordings of this room (meeting) id.
            session_id: Only items of this session of the room.
            page: Page number, starting at 1. Default ``1``; minimum 1.
            per_page: Number of composite recordings per page. Default ``20``; minimum 1.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            CompositeRecordingList: One page of composite recordings.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _list_composite_recordings.asyncio(
            self._client,
            room_id=room_id,
            session_id=session_id,
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
        room_id: str | Unset = UNSET,
        session_id: str | Unset = UNSET,
        page_size: int | None = None,
        limit: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> AsyncPager[CompositeRecordingList, CompositeRecording]:
        """Every item of every page of ``list``, fetched lazily one page at a time.

        List composite recordings.

        Args:
            room_id: Only composite recordings of this room (meeting) id.
            session_id: Only items of this session of the room.
            page_size: Number of composite recordings per page. Default ``20``; minimum 1. Left to the
                server when not given.
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

        async def fetch(page_number: int) -> CompositeRecordingList:
            return await _list_composite_recordings.asyncio(
                self._client,
                page=page_number,
                per_page=page_size if page_size is not None else UNSET,
                room_id=room_id,
                session_id=session_id,
                options=options,
            )

        rules: PageRules[CompositeRecordingList, CompositeRecording] = PageRules(
            first_page=1,
            items=lambda page: cast("builtins.list[CompositeRecording] | None", dig(page, *("data",))),
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

    async def get(
        self,
        composite_recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> CompositeRecording:
        """Fetch a composite recording.

        Fetches one composite recording.

        ``GET /v2/recordings/composite/{compositeRecordingId}`` (operation ``getCompositeRecording``).

        Args:
            composite_recording_id: Id of the composite recording (`id` of a list item; `recordingId` of the
                stop call).
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            CompositeRecording: The composite recording.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _get_composite_recording.asyncio(
            self._client,
            composite_recording_id,
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
        composite_recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> str:
        """Delete a composite recording.

        Deletes one composite recording.

        ``DELETE /v2/recordings/composite/{compositeRecordingId}`` (operation ``deleteCompositeRecording``).

        Args:
            composite_recording_id: Id of the composite recording (`id` of a list item; `recordingId` of the
                stop call).
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            str: Deleted. The body is a bare JSON string.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _delete_composite_recording.asyncio(
            self._client,
            composite_recording_id,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )


class AsyncCompositeRecordingsResourceWithRawResponse:
    """Server-side composites of chosen participants and tracks.

    Each call returns an ``APIResponse``: the parsed value and the raw httpx response.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def start(
        self,
        *,
        body: StartCompositeRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[CompositeRecordingStarted]:
        """Start a composite recording.

        Starts a server-side composite of the chosen participants (and, per participant, the chosen track
        kinds), with up to three watermarks.

        ``POST /v2/recordings/composite/start`` (operation ``startCompositeRecording``).

        Args:
            body: Body of startCompositeRecording. A ``StartCompositeRecordingRequest`` or a mapping of its
                JSON fields. Required fields: ``roomId``.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            APIResponse[CompositeRecordingStarted]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _start_composite_recording.asyncio_detailed(
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

    async def stop(
        self,
        *,
        body: StopCompositeRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[str]:
        """Stop a composite recording.

        Stops the composite recording `recordingId` in the room `roomId`.

        ``POST /v2/recordings/composite/stop`` (operation ``stopCompositeRecording``).

        Args:
            body: Body of stopCompositeRecording. A ``StopCompositeRecordingRequest`` or a mapping of its
                JSON fields. Required fields: ``roomId``, ``recordingId``.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            APIResponse[str]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _stop_composite_recording.asyncio_detailed(
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

    async def list(
        self,
        *,
        room_id: str | Unset = UNSET,
        session_id: str | Unset = UNSET,
        page: int | Unset = 1,
        per_page: int | Unset = 20,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[CompositeRecordingList]:
        """List composite recordings.

        Lists composite recordings page by page; filter by room and session.

        ``GET /v2/recordings/composite`` (operation ``listCompositeRecordings``).

        Args:
            room_id: Only composite recordings of this room (meeting) id.
            session_id: Only items of this session of the room.
            page: Page number, starting at 1. Default ``1``; minimum 1.
            per_page: Number of composite recordings per page. Default ``20``; minimum 1.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            APIResponse[CompositeRecordingList]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _list_composite_recordings.asyncio_detailed(
            self._client,
            room_id=room_id,
            session_id=session_id,
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

    async def get(
        self,
        composite_recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[CompositeRecording]:
        """Fetch a composite recording.

        Fetches one composite recording.

        ``GET /v2/recordings/composite/{compositeRecordingId}`` (operation ``getCompositeRecording``).

        Args:
            composite_recording_id: Id of the composite recording (`id` of a list item; `recordingId` of the
                stop call).
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            APIResponse[CompositeRecording]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _get_composite_recording.asyncio_detailed(
            self._client,
            composite_recording_id,
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
        composite_recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[str]:
        """Delete a composite recording.

        Deletes one composite recording.

        ``DELETE /v2/recordings/composite/{compositeRecordingId}`` (operation ``deleteCompositeRecording``).

        Args:
            composite_recording_id: Id of the composite recording (`id` of a list item; `recordingId` of the
                stop call).
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            APIResponse[str]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _delete_composite_recording.asyncio_detailed(
            self._client,
            composite_recording_id,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )
