# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
"""The ``recordings`` resource of ``VideoSDKRecordings`` and ``AsyncVideoSDKRecordings`` (sync and async classes)."""

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
from ..api.recordings import delete_recording as _delete_recording
from ..api.recordings import get_recording as _get_recording
from ..api.recordings import list_recordings as _list_recordings
from ..api.recordings import start_recording as _start_recording
from ..api.recordings import stop_recording as _stop_recording
from ..models import Recording
from ..models.recording import Recording
from ..models.recording_list import RecordingList
from ..models.start_recording_request import StartRecordingRequest
from ..models.stop_recording_request import StopRecordingRequest
from ..types import UNSET, Unset

__all__ = [
    "RecordingsResource",
    "AsyncRecordingsResource",
    "RecordingsResourceWithRawResponse",
    "AsyncRecordingsResourceWithRawResponse",
]


class RecordingsResource:
    """Composed recordings of a whole room (one video file per recording)."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> RecordingsResourceWithRawResponse:
        """The same operations, returning the raw response too (status, headers, request id)."""
        return RecordingsResourceWithRawResponse(self._client)

    def start(
        self,
        *,
        body: StartRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> str:
        """Start recording a room.

        Starts a composed recording of the room `roomId`. The room must have a live session. Layout, theme,
        quality and orientation are set in `config`; `templateUrl` replaces the built-in layouts with a
        custom page. The finished file lands in VideoSDK's storage, in the account's configured bucket
        (`awsDirPath`) or at a presigned upload URL (`preSignedUrl`). Progress is reported through webhooks
        (`recording-starting`, `recording-started`, `recording-stopping`, `recording-stopped`,
        `recording-failed`), not through a status field.

        ``POST /v2/recordings/start`` (operation ``startRecording``).

        Args:
            body: Body of startRecording. A ``StartRecordingRequest`` or a mapping of its JSON fields.
                Required fields: ``roomId``.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            str: The recording is starting. The body is a bare JSON string.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404, 422, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _start_recording.sync(
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
        body: StopRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> str:
        """Stop recording a room.

        Stops the room recording of `roomId`. When several recordings run in the room, `id` picks the one to
        stop.

        ``POST /v2/recordings/end`` (operation ``stopRecording``).

        Args:
            body: Body of stopRecording. A ``StopRecordingRequest`` or a mapping of its JSON fields.
                Required fields: ``roomId``.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            str: The recording is stopping. The body is a bare JSON string.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _stop_recording.sync(
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
        query: str | Unset = UNSET,
        with_transcription: bool | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> RecordingList:
        """List room recordings.

        Lists room recordings, newest first, page by page; filter by room and session. `query` matches the
        room's meeting id exactly or as a regular expression; `withTranscription` adds transcription data to
        each item.

        ``GET /v2/recordings`` (operation ``listRecordings``).

        Args:
            room_id: Only recordings of this room (meeting) id.
            session_id: Only items of this session of the room.
            page: Page number, starting at 1. Default ``1``; minimum 1.
            per_page: Number of recordings per page. Default ``20``; minimum 1.
            query: Exact or regular-expression match on the room's meeting id.
            with_transcription: Also return the recording's transcription data.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            RecordingList: One page of room recordings.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 406, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _list_recordings.sync(
            self._client,
            room_id=room_id,
            session_id=session_id,
            page=page,
            per_page=per_page,
            query=query,
            with_transcription=with_transcription,
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
        query: str | Unset = UNSET,
        with_transcription: bool | Unset = UNSET,
        page_size: int | None = None,
        limit: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> SyncPager[RecordingList, Recording]:
        """Every item of every page of ``list``, fetched lazily one page at a time.

        List room recordings.

        Args:
            room_id: Only recordings of this room (meeting) id.
            session_id: Only items of this session of the room.
            query: Exact or regular-expression match on the room's meeting id.
            with_transcription: Also return the recording's transcription data.
            page_size: Number of recordings per page. Default ``20``; minimum 1. Left to the server when not
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
                carrying the vendor's error body. Documented: 400, 401, 403, 406, 429.
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

        def fetch(page_number: int) -> RecordingList:
            return _list_recordings.sync(
                self._client,
                page=page_number,
                per_page=page_size if page_size is not None else UNSET,
                room_id=room_id,
                session_id=session_id,
                query=query,
                with_transcription=with_transcription,
                options=options,
            )

        rules: PageRules[RecordingList, Recording] = PageRules(
            first_page=1,
            items=lambda page: cast("builtins.list[Recording] | None", dig(page, *("data",))),
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
        recording_id: str,
        *,
        with_transcription: bool | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> Recording:
        """Fetch a room recording.

        Fetches one room recording. The body is the recording itself, not wrapped in `data`.

        ``GET /v2/recordings/{recordingId}`` (operation ``getRecording``).

        Args:
            recording_id: Id of the room recording (`id` of a list item).
            with_transcription: Also return the recording's transcription data.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            Recording: The recording.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _get_recording.sync(
            self._client,
            recording_id,
            with_transcription=with_transcription,
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
        recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> str:
        """Delete a room recording.

        Deletes one room recording. The official server SDK calls this a soft delete; no restore endpoint is
        documented.

        ``DELETE /v2/recordings/{recordingId}`` (operation ``deleteRecording``).

        Args:
            recording_id: Id of the room recording (`id` of a list item).
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
        return _delete_recording.sync(
            self._client,
            recording_id,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )


class RecordingsResourceWithRawResponse:
    """Composed recordings of a whole room (one video file per recording).

    Each call returns an ``APIResponse``: the parsed value and the raw httpx response.
    """

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def start(
        self,
        *,
        body: StartRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[str]:
        """Start recording a room.

        Starts a composed recording of the room `roomId`. The room must have a live session. Layout, theme,
        quality and orientation are set in `config`; `templateUrl` replaces the built-in layouts with a
        custom page. The finished file lands in VideoSDK's storage, in the account's configured bucket
        (`awsDirPath`) or at a presigned upload URL (`preSignedUrl`). Progress is reported through webhooks
        (`recording-starting`, `recording-started`, `recording-stopping`, `recording-stopped`,
        `recording-failed`), not through a status field.

        ``POST /v2/recordings/start`` (operation ``startRecording``).

        Args:
            body: Body of startRecording. A ``StartRecordingRequest`` or a mapping of its JSON fields.
                Required fields: ``roomId``.
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
                carrying the vendor's error body. Documented: 400, 401, 403, 404, 422, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _start_recording.sync_detailed(
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
        body: StopRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[str]:
        """Stop recording a room.

        Stops the room recording of `roomId`. When several recordings run in the room, `id` picks the one to
        stop.

        ``POST /v2/recordings/end`` (operation ``stopRecording``).

        Args:
            body: Body of stopRecording. A ``StopRecordingRequest`` or a mapping of its JSON fields.
                Required fields: ``roomId``.
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
        return _stop_recording.sync_detailed(
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
        query: str | Unset = UNSET,
        with_transcription: bool | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[RecordingList]:
        """List room recordings.

        Lists room recordings, newest first, page by page; filter by room and session. `query` matches the
        room's meeting id exactly or as a regular expression; `withTranscription` adds transcription data to
        each item.

        ``GET /v2/recordings`` (operation ``listRecordings``).

        Args:
            room_id: Only recordings of this room (meeting) id.
            session_id: Only items of this session of the room.
            page: Page number, starting at 1. Default ``1``; minimum 1.
            per_page: Number of recordings per page. Default ``20``; minimum 1.
            query: Exact or regular-expression match on the room's meeting id.
            with_transcription: Also return the recording's transcription data.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            APIResponse[RecordingList]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 406, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _list_recordings.sync_detailed(
            self._client,
            room_id=room_id,
            session_id=session_id,
            page=page,
            per_page=per_page,
            query=query,
            with_transcription=with_transcription,
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
        recording_id: str,
        *,
        with_transcription: bool | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[Recording]:
        """Fetch a room recording.

        Fetches one room recording. The body is the recording itself, not wrapped in `data`.

        ``GET /v2/recordings/{recordingId}`` (operation ``getRecording``).

        Args:
            recording_id: Id of the room recording (`id` of a list item).
            with_transcription: Also return the recording's transcription data.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            APIResponse[Recording]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _get_recording.sync_detailed(
            self._client,
            recording_id,
            with_transcription=with_transcription,
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
        recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[str]:
        """Delete a room recording.

        Deletes one room recording. The official server SDK calls this a soft delete; no restore endpoint is
        documented.

        ``DELETE /v2/recordings/{recordingId}`` (operation ``deleteRecording``).

        Args:
            recording_id: Id of the room recording (`id` of a list item).
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
        return _delete_recording.sync_detailed(
            self._client,
            recording_id,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )


class AsyncRecordingsResource:
    """Composed recordings of a whole room (one video file per recording)."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncRecordingsResourceWithRawResponse:
        """The same operations, returning the raw response too (status, headers, request id)."""
        return AsyncRecordingsResourceWithRawResponse(self._client)

    async def start(
        self,
        *,
        body: StartRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> str:
        """Start recording a room.

        Starts a composed recording of the room `roomId`. The room must have a live session. Layout, theme,
        quality and orientation are set in `config`; `templateUrl` replaces the built-in layouts with a
        custom page. The finished file lands in VideoSDK's storage, in the account's configured bucket
        (`awsDirPath`) or at a presigned upload URL (`preSignedUrl`). Progress is reported through webhooks
        (`recording-starting`, `recording-started`, `recording-stopping`, `recording-stopped`,
        `recording-failed`), not through a status field.

        ``POST /v2/recordings/start`` (operation ``startRecording``).

        Args:
            body: Body of startRecording. A ``StartRecordingRequest`` or a mapping of its JSON fields.
                Required fields: ``roomId``.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            str: The recording is starting. The body is a bare JSON string.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404, 422, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _start_recording.asyncio(
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
        body: StopRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> str:
        """Stop recording a room.

        Stops the room recording of `roomId`. When several recordings run in the room, `id` picks the one to
        stop.

        ``POST /v2/recordings/end`` (operation ``stopRecording``).

        Args:
            body: Body of stopRecording. A ``StopRecordingRequest`` or a mapping of its JSON fields.
                Required fields: ``roomId``.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            str: The recording is stopping. The body is a bare JSON string.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _stop_recording.asyncio(
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
        query: str | Unset = UNSET,
        with_transcription: bool | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> RecordingList:
        """List room recordings.

        Lists room recordings, newest first, page by page; filter by room and session. `query` matches the
        room's meeting id exactly or as a regular expression; `withTranscription` adds transcription data to
        each item.

        ``GET /v2/recordings`` (operation ``listRecordings``).

        Args:
            room_id: Only recordings of this room (meeting) id.
            session_id: Only items of this session of the room.
            page: Page number, starting at 1. Default ``1``; minimum 1.
            per_page: Number of recordings per page. Default ``20``; minimum 1.
            query: Exact or regular-expression match on the room's meeting id.
            with_transcription: Also return the recording's transcription data.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            RecordingList: One page of room recordings.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 406, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _list_recordings.asyncio(
            self._client,
            room_id=room_id,
            session_id=session_id,
            page=page,
            per_page=per_page,
            query=query,
            with_transcription=with_transcription,
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
        query: str | Unset = UNSET,
        with_transcription: bool | Unset = UNSET,
        page_size: int | None = None,
        limit: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> AsyncPager[RecordingList, Recording]:
        """Every item of every page of ``list``, fetched lazily one page at a time.

        List room recordings.

        Args:
            room_id: Only recordings of this room (meeting) id.
            session_id: Only items of this session of the room.
            query: Exact or regular-expression match on the room's meeting id.
            with_transcription: Also return the recording's transcription data.
            page_size: Number of recordings per page. Default ``20``; minimum 1. Left to the server when not
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
                carrying the vendor's error body. Documented: 400, 401, 403, 406, 429.
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

        async def fetch(page_number: int) -> RecordingList:
            return await _list_recordings.asyncio(
                self._client,
                page=page_number,
                per_page=page_size if page_size is not None else UNSET,
                room_id=room_id,
                session_id=session_id,
                query=query,
                with_transcription=with_transcription,
                options=options,
            )

        rules: PageRules[RecordingList, Recording] = PageRules(
            first_page=1,
            items=lambda page: cast("builtins.list[Recording] | None", dig(page, *("data",))),
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
        recording_id: str,
        *,
        with_transcription: bool | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> Recording:
        """Fetch a room recording.

        Fetches one room recording. The body is the recording itself, not wrapped in `data`.

        ``GET /v2/recordings/{recordingId}`` (operation ``getRecording``).

        Args:
            recording_id: Id of the room recording (`id` of a list item).
            with_transcription: Also return the recording's transcription data.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            Recording: The recording.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _get_recording.asyncio(
            self._client,
            recording_id,
            with_transcription=with_transcription,
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
        recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> str:
        """Delete a room recording.

        Deletes one room recording. The official server SDK calls this a soft delete; no restore endpoint is
        documented.

        ``DELETE /v2/recordings/{recordingId}`` (operation ``deleteRecording``).

        Args:
            recording_id: Id of the room recording (`id` of a list item).
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
        return await _delete_recording.asyncio(
            self._client,
            recording_id,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )


class AsyncRecordingsResourceWithRawResponse:
    """Composed recordings of a whole room (one video file per recording).

    Each call returns an ``APIResponse``: the parsed value and the raw httpx response.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def start(
        self,
        *,
        body: StartRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[str]:
        """Start recording a room.

        Starts a composed recording of the room `roomId`. The room must have a live session. Layout, theme,
        quality and orientation are set in `config`; `templateUrl` replaces the built-in layouts with a
        custom page. The finished file lands in VideoSDK's storage, in the account's configured bucket
        (`awsDirPath`) or at a presigned upload URL (`preSignedUrl`). Progress is reported through webhooks
        (`recording-starting`, `recording-started`, `recording-stopping`, `recording-stopped`,
        `recording-failed`), not through a status field.

        ``POST /v2/recordings/start`` (operation ``startRecording``).

        Args:
            body: Body of startRecording. A ``StartRecordingRequest`` or a mapping of its JSON fields.
                Required fields: ``roomId``.
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
                carrying the vendor's error body. Documented: 400, 401, 403, 404, 422, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _start_recording.asyncio_detailed(
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
        body: StopRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[str]:
        """Stop recording a room.

        Stops the room recording of `roomId`. When several recordings run in the room, `id` picks the one to
        stop.

        ``POST /v2/recordings/end`` (operation ``stopRecording``).

        Args:
            body: Body of stopRecording. A ``StopRecordingRequest`` or a mapping of its JSON fields.
                Required fields: ``roomId``.
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
        return await _stop_recording.asyncio_detailed(
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
        query: str | Unset = UNSET,
        with_transcription: bool | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[RecordingList]:
        """List room recordings.

        Lists room recordings, newest first, page by page; filter by room and session. `query` matches the
        room's meeting id exactly or as a regular expression; `withTranscription` adds transcription data to
        each item.

        ``GET /v2/recordings`` (operation ``listRecordings``).

        Args:
            room_id: Only recordings of this room (meeting) id.
            session_id: Only items of this session of the room.
            page: Page number, starting at 1. Default ``1``; minimum 1.
            per_page: Number of recordings per page. Default ``20``; minimum 1.
            query: Exact or regular-expression match on the room's meeting id.
            with_transcription: Also return the recording's transcription data.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            APIResponse[RecordingList]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 406, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _list_recordings.asyncio_detailed(
            self._client,
            room_id=room_id,
            session_id=session_id,
            page=page,
            per_page=per_page,
            query=query,
            with_transcription=with_transcription,
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
        recording_id: str,
        *,
        with_transcription: bool | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[Recording]:
        """Fetch a room recording.

        Fetches one room recording. The body is the recording itself, not wrapped in `data`.

        ``GET /v2/recordings/{recordingId}`` (operation ``getRecording``).

        Args:
            recording_id: Id of the room recording (`id` of a list item).
            with_transcription: Also return the recording's transcription data.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            APIResponse[Recording]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _get_recording.asyncio_detailed(
            self._client,
            recording_id,
            with_transcription=with_transcription,
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
        recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[str]:
        """Delete a room recording.

        Deletes one room recording. The official server SDK calls this a soft delete; no restore endpoint is
        documented.

        ``DELETE /v2/recordings/{recordingId}`` (operation ``deleteRecording``).

        Args:
            recording_id: Id of the room recording (`id` of a list item).
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
        return await _delete_recording.asyncio_detailed(
            self._client,
            recording_id,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )
