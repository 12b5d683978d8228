# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
"""The ``track_recordings`` resource of ``VideoSDKRecordings`` and ``AsyncVideoSDKRecordings`` (sync and async classes)."""

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
from ..api.track_recordings import delete_track_recording as _delete_track_recording
from ..api.track_recordings import get_track_recording as _get_track_recording
from ..api.track_recordings import list_track_recordings as _list_track_recordings
from ..api.track_recordings import start_track_recording as _start_track_recording
from ..api.track_recordings import stop_track_recording as _stop_track_recording
from ..models import IndividualRecording
from ..models.individual_recording import IndividualRecording
from ..models.start_track_recording_request import StartTrackRecordingRequest
from ..models.stop_track_recording_request import StopTrackRecordingRequest
from ..models.track_recording_list import TrackRecordingList
from ..types import UNSET, Unset

__all__ = [
    "TrackRecordingsResource",
    "AsyncTrackRecordingsResource",
    "TrackRecordingsResourceWithRawResponse",
    "AsyncTrackRecordingsResourceWithRawResponse",
]


class TrackRecordingsResource:
    """Recordings of a single track (audio, video, screen audio or screen video) of one participant."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> TrackRecordingsResourceWithRawResponse:
        """The same operations, returning the raw response too (status, headers, request id)."""
        return TrackRecordingsResourceWithRawResponse(self._client)

    def start(
        self,
        *,
        body: StartTrackRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> str:
        """Start recording one track of a participant.

        Starts recording a single track (`kind`) of one participant. Files are stored under
        `${sessionId}/${participantId}/${kind}/${filename}`; a new file begins each time the track is
        unmuted or restarted.

        ``POST /v2/recordings/participant/track/start`` (operation ``startTrackRecording``).

        Args:
            body: Body of startTrackRecording. A ``StartTrackRecordingRequest`` or a mapping of its JSON
                fields. Required fields: ``roomId``, ``participantId``, ``kind``.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            str: The track recording is starting. The body is a bare JSON string.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _start_track_recording.sync(
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
        body: StopTrackRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> str:
        """Stop recording one track of a participant.

        Stops the track recording of `kind` for `participantId` in the room `roomId`.

        ``POST /v2/recordings/participant/track/stop`` (operation ``stopTrackRecording``).

        Args:
            body: Body of stopTrackRecording. A ``StopTrackRecordingRequest`` or a mapping of its JSON
                fields. Required fields: ``roomId``, ``participantId``, ``kind``.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            str: The track recording is stopping. The body is a bare JSON string.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _stop_track_recording.sync(
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
        participant_id: str | Unset = UNSET,
        page: int | Unset = 1,
        per_page: int | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> TrackRecordingList:
        """List track recordings.

        Lists track recordings page by page; filter by room, session and participant.

        ``GET /v2/recordings/participant/track`` (operation ``listTrackRecordings``).

        Args:
            room_id: Only items of this room (meeting) id.
            session_id: Only items of this session of the room.
            participant_id: Only recordings of this participant.
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
            TrackRecordingList: One page of track recordings.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _list_track_recordings.sync(
            self._client,
            room_id=room_id,
            session_id=session_id,
            participant_id=participant_id,
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
        participant_id: str | Unset = UNSET,
        page_size: int | None = None,
        limit: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> SyncPager[TrackRecordingList, IndividualRecording]:
        """Every item of every page of ``list``, fetched lazily one page at a time.

        List track recordings.

        Args:
            room_id: Only items of this room (meeting) id.
            session_id: Only items of this session of the room.
            participant_id: Only recordings of this participant.
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

        def fetch(page_number: int) -> TrackRecordingList:
            return _list_track_recordings.sync(
                self._client,
                page=page_number,
                per_page=page_size if page_size is not None else UNSET,
                room_id=room_id,
                session_id=session_id,
                participant_id=participant_id,
                options=options,
            )

        rules: PageRules[TrackRecordingList, IndividualRecording] = PageRules(
            first_page=1,
            items=lambda page: cast("builtins.list[IndividualRecording] | None", dig(page, *("data",))),
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
        track_recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> IndividualRecording:
        """Fetch a track recording.

        Fetches one track recording.

        ``GET /v2/recordings/participant/track/{trackRecordingId}`` (operation ``getTrackRecording``).

        Args:
            track_recording_id: Id of the track recording (`id` of a list item).
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            IndividualRecording: The track recording.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _get_track_recording.sync(
            self._client,
            track_recording_id,
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
        track_recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> str:
        """Delete a track recording.

        Deletes one track recording.

        ``DELETE /v2/recordings/participant/track/{trackRecordingId}`` (operation ``deleteTrackRecording``).

        Args:
            track_recording_id: Id of the track recording (`id` of a list item).
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            str: Deleted. The body is a bare JSON string (exact text not published).

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _delete_track_recording.sync(
            self._client,
            track_recording_id,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )


class TrackRecordingsResourceWithRawResponse:
    """Recordings of a single track (audio, video, screen audio or screen video) of one participant.

    Each call returns an ``APIResponse``: the parsed value and the raw httpx response.
    """

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def start(
        self,
        *,
        body: StartTrackRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[str]:
        """Start recording one track of a participant.

        Starts recording a single track (`kind`) of one participant. Files are stored under
        `${sessionId}/${participantId}/${kind}/${filename}`; a new file begins each time the track is
        unmuted or restarted.

        ``POST /v2/recordings/participant/track/start`` (operation ``startTrackRecording``).

        Args:
            body: Body of startTrackRecording. A ``StartTrackRecordingRequest`` or a mapping of its JSON
                fields. Required fields: ``roomId``, ``participantId``, ``kind``.
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
        return _start_track_recording.sync_detailed(
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
        body: StopTrackRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[str]:
        """Stop recording one track of a participant.

        Stops the track recording of `kind` for `participantId` in the room `roomId`.

        ``POST /v2/recordings/participant/track/stop`` (operation ``stopTrackRecording``).

        Args:
            body: Body of stopTrackRecording. A ``StopTrackRecordingRequest`` or a mapping of its JSON
                fields. Required fields: ``roomId``, ``participantId``, ``kind``.
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
        return _stop_track_recording.sync_detailed(
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
        participant_id: str | Unset = UNSET,
        page: int | Unset = 1,
        per_page: int | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[TrackRecordingList]:
        """List track recordings.

        Lists track recordings page by page; filter by room, session and participant.

        ``GET /v2/recordings/participant/track`` (operation ``listTrackRecordings``).

        Args:
            room_id: Only items of this room (meeting) id.
            session_id: Only items of this session of the room.
            participant_id: Only recordings of this participant.
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
            APIResponse[TrackRecordingList]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _list_track_recordings.sync_detailed(
            self._client,
            room_id=room_id,
            session_id=session_id,
            participant_id=participant_id,
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
        track_recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[IndividualRecording]:
        """Fetch a track recording.

        Fetches one track recording.

        ``GET /v2/recordings/participant/track/{trackRecordingId}`` (operation ``getTrackRecording``).

        Args:
            track_recording_id: Id of the track recording (`id` of a list item).
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            APIResponse[IndividualRecording]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _get_track_recording.sync_detailed(
            self._client,
            track_recording_id,
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
        track_recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[str]:
        """Delete a track recording.

        Deletes one track recording.

        ``DELETE /v2/recordings/participant/track/{trackRecordingId}`` (operation ``deleteTrackRecording``).

        Args:
            track_recording_id: Id of the track recording (`id` of a list item).
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
        return _delete_track_recording.sync_detailed(
            self._client,
            track_recording_id,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )


class AsyncTrackRecordingsResource:
    """Recordings of a single track (audio, video, screen audio or screen video) of one participant."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncTrackRecordingsResourceWithRawResponse:
        """The same operations, returning the raw response too (status, headers, request id)."""
        return AsyncTrackRecordingsResourceWithRawResponse(self._client)

    async def start(
        self,
        *,
        body: StartTrackRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> str:
        """Start recording one track of a participant.

        Starts recording a single track (`kind`) of one participant. Files are stored under
        `${sessionId}/${participantId}/${kind}/${filename}`; a new file begins each time the track is
        unmuted or restarted.

        ``POST /v2/recordings/participant/track/start`` (operation ``startTrackRecording``).

        Args:
            body: Body of startTrackRecording. A ``StartTrackRecordingRequest`` or a mapping of its JSON
                fields. Required fields: ``roomId``, ``participantId``, ``kind``.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            str: The track recording is starting. The body is a bare JSON string.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _start_track_recording.asyncio(
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
        body: StopTrackRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> str:
        """Stop recording one track of a participant.

        Stops the track recording of `kind` for `participantId` in the room `roomId`.

        ``POST /v2/recordings/participant/track/stop`` (operation ``stopTrackRecording``).

        Args:
            body: Body of stopTrackRecording. A ``StopTrackRecordingRequest`` or a mapping of its JSON
                fields. Required fields: ``roomId``, ``participantId``, ``kind``.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            str: The track recording is stopping. The body is a bare JSON string.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _stop_track_recording.asyncio(
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
        participant_id: str | Unset = UNSET,
        page: int | Unset = 1,
        per_page: int | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> TrackRecordingList:
        """List track recordings.

        Lists track recordings page by page; filter by room, session and participant.

        ``GET /v2/recordings/participant/track`` (operation ``listTrackRecordings``).

        Args:
            room_id: Only items of this room (meeting) id.
            session_id: Only items of this session of the room.
            participant_id: Only recordings of this participant.
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
            TrackRecordingList: One page of track recordings.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _list_track_recordings.asyncio(
            self._client,
            room_id=room_id,
            session_id=session_id,
            participant_id=participant_id,
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
        participant_id: str | Unset = UNSET,
        page_size: int | None = None,
        limit: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> AsyncPager[TrackRecordingList, IndividualRecording]:
        """Every item of every page of ``list``, fetched lazily one page at a time.

        List track recordings.

        Args:
            room_id: Only items of this room (meeting) id.
            session_id: Only items of this session of the room.
            participant_id: Only recordings of this participant.
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

        async def fetch(page_number: int) -> TrackRecordingList:
            return await _list_track_recordings.asyncio(
                self._client,
                page=page_number,
                per_page=page_size if page_size is not None else UNSET,
                room_id=room_id,
                session_id=session_id,
                participant_id=participant_id,
                options=options,
            )

        rules: PageRules[TrackRecordingList, IndividualRecording] = PageRules(
            first_page=1,
            items=lambda page: cast("builtins.list[IndividualRecording] | None", dig(page, *("data",))),
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
        track_recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> IndividualRecording:
        """Fetch a track recording.

        Fetches one track recording.

        ``GET /v2/recordings/participant/track/{trackRecordingId}`` (operation ``getTrackRecording``).

        Args:
            track_recording_id: Id of the track recording (`id` of a list item).
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            IndividualRecording: The track recording.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _get_track_recording.asyncio(
            self._client,
            track_recording_id,
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
        track_recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> str:
        """Delete a track recording.

        Deletes one track recording.

        ``DELETE /v2/recordings/participant/track/{trackRecordingId}`` (operation ``deleteTrackRecording``).

        Args:
            track_recording_id: Id of the track recording (`id` of a list item).
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            str: Deleted. The body is a bare JSON string (exact text not published).

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _delete_track_recording.asyncio(
            self._client,
            track_recording_id,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )


class AsyncTrackRecordingsResourceWithRawResponse:
    """Recordings of a single track (audio, video, screen audio or screen video) of one participant.

    Each call returns an ``APIResponse``: the parsed value and the raw httpx response.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def start(
        self,
        *,
        body: StartTrackRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[str]:
        """Start recording one track of a participant.

        Starts recording a single track (`kind`) of one participant. Files are stored under
        `${sessionId}/${participantId}/${kind}/${filename}`; a new file begins each time the track is
        unmuted or restarted.

        ``POST /v2/recordings/participant/track/start`` (operation ``startTrackRecording``).

        Args:
            body: Body of startTrackRecording. A ``StartTrackRecordingRequest`` or a mapping of its JSON
                fields. Required fields: ``roomId``, ``participantId``, ``kind``.
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
        return await _start_track_recording.asyncio_detailed(
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
        body: StopTrackRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[str]:
        """Stop recording one track of a participant.

        Stops the track recording of `kind` for `participantId` in the room `roomId`.

        ``POST /v2/recordings/participant/track/stop`` (operation ``stopTrackRecording``).

        Args:
            body: Body of stopTrackRecording. A ``StopTrackRecordingRequest`` or a mapping of its JSON
                fields. Required fields: ``roomId``, ``participantId``, ``kind``.
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
        return await _stop_track_recording.asyncio_detailed(
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
        participant_id: str | Unset = UNSET,
        page: int | Unset = 1,
        per_page: int | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[TrackRecordingList]:
        """List track recordings.

        Lists track recordings page by page; filter by room, session and participant.

        ``GET /v2/recordings/participant/track`` (operation ``listTrackRecordings``).

        Args:
            room_id: Only items of this room (meeting) id.
            session_id: Only items of this session of the room.
            participant_id: Only recordings of this participant.
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
            APIResponse[TrackRecordingList]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _list_track_recordings.asyncio_detailed(
            self._client,
            room_id=room_id,
            session_id=session_id,
            participant_id=participant_id,
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
        track_recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[IndividualRecording]:
        """Fetch a track recording.

        Fetches one track recording.

        ``GET /v2/recordings/participant/track/{trackRecordingId}`` (operation ``getTrackRecording``).

        Args:
            track_recording_id: Id of the track recording (`id` of a list item).
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            APIResponse[IndividualRecording]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _get_track_recording.asyncio_detailed(
            self._client,
            track_recording_id,
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
        track_recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[str]:
        """Delete a track recording.

        Deletes one track recording.

        ``DELETE /v2/recordings/participant/track/{trackRecordingId}`` (operation ``deleteTrackRecording``).

        Args:
            track_recording_id: Id of the track recording (`id` of a list item).
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
        return await _delete_track_recording.asyncio_detailed(
            self._client,
            track_recording_id,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )
