# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
"""The ``participant_recordings`` resource of ``VideoSDKRecordings`` and ``AsyncVideoSDKRecordings`` (sync and async classes)."""

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
from ..api.participant_recordings import delete_participant_recording as _delete_participant_recording
from ..api.participant_recordings import get_participant_recording as _get_participant_recording
from ..api.participant_recordings import list_participant_recordings as _list_participant_recordings
from ..api.participant_recordings import start_participant_recording as _start_participant_recording
from ..api.participant_recordings import stop_participant_recording as _stop_participant_recording
from ..models import IndividualRecording
from ..models.individual_recording import IndividualRecording
from ..models.participant_recording_list import ParticipantRecordingList
from ..models.start_participant_recording_request import StartParticipantRecordingRequest
from ..models.stop_participant_recording_request import StopParticipantRecordingRequest
from ..types import UNSET, Unset

__all__ = [
    "ParticipantRecordingsResource",
    "AsyncParticipantRecordingsResource",
    "ParticipantRecordingsResourceWithRawResponse",
    "AsyncParticipantRecordingsResourceWithRawResponse",
]


class ParticipantRecordingsResource:
    """Per-participant recordings (one file per participant)."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> ParticipantRecordingsResourceWithRawResponse:
        """The same operations, returning the raw response too (status, headers, request id)."""
        return ParticipantRecordingsResourceWithRawResponse(self._client)

    def start(
        self,
        *,
        body: StartParticipantRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> str:
        """Start recording one participant.

        Starts recording one participant of the room. Files are stored under
        `${sessionId}/${participantId}/${filename}` (below `bucketDirPath` in the account's bucket when
        given).

        ``POST /v2/recordings/participant/start`` (operation ``startParticipantRecording``).

        Args:
            body: Body of startParticipantRecording. A ``StartParticipantRecordingRequest`` or a mapping of
                its JSON fields. Required fields: ``roomId``, ``participantId``.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            str: The recording is starting. The body is a bare JSON string (exact text not published).

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _start_participant_recording.sync(
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
        body: StopParticipantRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> str:
        """Stop recording one participant.

        Stops the participant recording of `participantId` in the room `roomId`.

        ``POST /v2/recordings/participant/stop`` (operation ``stopParticipantRecording``).

        Args:
            body: Body of stopParticipantRecording. A ``StopParticipantRecordingRequest`` or a mapping of
                its JSON fields. Required fields: ``roomId``, ``participantId``.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            str: The recording is stopping. The body is a bare JSON string (exact text not published).

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _stop_participant_recording.sync(
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
    ) -> ParticipantRecordingList:
        """List participant recordings.

        Lists participant recordings page by page; filter by room, session and participant.

        ``GET /v2/recordings/participant`` (operation ``listParticipantRecordings``).

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
            ParticipantRecordingList: One page of participant recordings.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _list_participant_recordings.sync(
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
    ) -> SyncPager[ParticipantRecordingList, IndividualRecording]:
        """Every item of every page of ``list``, fetched lazily one page at a time.

        List participant recordings.

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

        def fetch(page_number: int) -> ParticipantRecordingList:
            return _list_participant_recordings.sync(
                self._client,
                page=page_number,
                per_page=page_size if page_size is not None else UNSET,
                room_id=room_id,
                session_id=session_id,
                participant_id=participant_id,
                options=options,
            )

        rules: PageRules[ParticipantRecordingList, IndividualRecording] = PageRules(
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
        participant_recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> IndividualRecording:
        """Fetch a participant recording.

        Fetches one participant recording.

        ``GET /v2/recordings/participant/{participantRecordingId}`` (operation ``getParticipantRecording``).

        Args:
            participant_recording_id: Id of the participant recording (`id` of a list item).
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            IndividualRecording: The participant recording.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _get_participant_recording.sync(
            self._client,
            participant_recording_id,
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
        participant_recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> str:
        """Delete a participant recording.

        Deletes one participant recording.

        ``DELETE /v2/recordings/participant/{participantRecordingId}`` (operation ``deleteParticipantRecording``).

        Args:
            participant_recording_id: Id of the participant recording (`id` of a list item).
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
        return _delete_participant_recording.sync(
            self._client,
            participant_recording_id,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )


class ParticipantRecordingsResourceWithRawResponse:
    """Per-participant recordings (one file per participant).

    Each call returns an ``APIResponse``: the parsed value and the raw httpx response.
    """

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def start(
        self,
        *,
        body: StartParticipantRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[str]:
        """Start recording one participant.

        Starts recording one participant of the room. Files are stored under
        `${sessionId}/${participantId}/${filename}` (below `bucketDirPath` in the account's bucket when
        given).

        ``POST /v2/recordings/participant/start`` (operation ``startParticipantRecording``).

        Args:
            body: Body of startParticipantRecording. A ``StartParticipantRecordingRequest`` or a mapping of
                its JSON fields. Required fields: ``roomId``, ``participantId``.
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
        return _start_participant_recording.sync_detailed(
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
        body: StopParticipantRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[str]:
        """Stop recording one participant.

        Stops the participant recording of `participantId` in the room `roomId`.

        ``POST /v2/recordings/participant/stop`` (operation ``stopParticipantRecording``).

        Args:
            body: Body of stopParticipantRecording. A ``StopParticipantRecordingRequest`` or a mapping of
                its JSON fields. Required fields: ``roomId``, ``participantId``.
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
        return _stop_participant_recording.sync_detailed(
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
    ) -> APIResponse[ParticipantRecordingList]:
        """List participant recordings.

        Lists participant recordings page by page; filter by room, session and participant.

        ``GET /v2/recordings/participant`` (operation ``listParticipantRecordings``).

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
            APIResponse[ParticipantRecordingList]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _list_participant_recordings.sync_detailed(
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
        participant_recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[IndividualRecording]:
        """Fetch a participant recording.

        Fetches one participant recording.

        ``GET /v2/recordings/participant/{participantRecordingId}`` (operation ``getParticipantRecording``).

        Args:
            participant_recording_id: Id of the participant recording (`id` of a list item).
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
        return _get_participant_recording.sync_detailed(
            self._client,
            participant_recording_id,
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
        participant_recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[str]:
        """Delete a participant recording.

        Deletes one participant recording.

        ``DELETE /v2/recordings/participant/{participantRecordingId}`` (operation ``deleteParticipantRecording``).

        Args:
            participant_recording_id: Id of the participant recording (`id` of a list item).
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
        return _delete_participant_recording.sync_detailed(
            self._client,
            participant_recording_id,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )


class AsyncParticipantRecordingsResource:
    """Per-participant recordings (one file per participant)."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncParticipantRecordingsResourceWithRawResponse:
        """The same operations, returning the raw response too (status, headers, request id)."""
        return AsyncParticipantRecordingsResourceWithRawResponse(self._client)

    async def start(
        self,
        *,
        body: StartParticipantRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> str:
        """Start recording one participant.

        Starts recording one participant of the room. Files are stored under
        `${sessionId}/${participantId}/${filename}` (below `bucketDirPath` in the account's bucket when
        given).

        ``POST /v2/recordings/participant/start`` (operation ``startParticipantRecording``).

        Args:
            body: Body of startParticipantRecording. A ``StartParticipantRecordingRequest`` or a mapping of
                its JSON fields. Required fields: ``roomId``, ``participantId``.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            str: The recording is starting. The body is a bare JSON string (exact text not published).

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _start_participant_recording.asyncio(
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
        body: StopParticipantRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> str:
        """Stop recording one participant.

        Stops the participant recording of `participantId` in the room `roomId`.

        ``POST /v2/recordings/participant/stop`` (operation ``stopParticipantRecording``).

        Args:
            body: Body of stopParticipantRecording. A ``StopParticipantRecordingRequest`` or a mapping of
                its JSON fields. Required fields: ``roomId``, ``participantId``.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            str: The recording is stopping. The body is a bare JSON string (exact text not published).

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _stop_participant_recording.asyncio(
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
    ) -> ParticipantRecordingList:
        """List participant recordings.

        Lists participant recordings page by page; filter by room, session and participant.

        ``GET /v2/recordings/participant`` (operation ``listParticipantRecordings``).

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
            ParticipantRecordingList: One page of participant recordings.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _list_participant_recordings.asyncio(
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
    ) -> AsyncPager[ParticipantRecordingList, IndividualRecording]:
        """Every item of every page of ``list``, fetched lazily one page at a time.

        List participant recordings.

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

        async def fetch(page_number: int) -> ParticipantRecordingList:
            return await _list_participant_recordings.asyncio(
                self._client,
                page=page_number,
                per_page=page_size if page_size is not None else UNSET,
                room_id=room_id,
                session_id=session_id,
                participant_id=participant_id,
                options=options,
            )

        rules: PageRules[ParticipantRecordingList, IndividualRecording] = PageRules(
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
        participant_recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> IndividualRecording:
        """Fetch a participant recording.

        Fetches one participant recording.

        ``GET /v2/recordings/participant/{participantRecordingId}`` (operation ``getParticipantRecording``).

        Args:
            participant_recording_id: Id of the participant recording (`id` of a list item).
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            IndividualRecording: The participant recording.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _get_participant_recording.asyncio(
            self._client,
            participant_recording_id,
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
        participant_recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> str:
        """Delete a participant recording.

        Deletes one participant recording.

        ``DELETE /v2/recordings/participant/{participantRecordingId}`` (operation ``deleteParticipantRecording``).

        Args:
            participant_recording_id: Id of the participant recording (`id` of a list item).
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
        return await _delete_participant_recording.asyncio(
            self._client,
            participant_recording_id,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )


class AsyncParticipantRecordingsResourceWithRawResponse:
    """Per-participant recordings (one file per participant).

    Each call returns an ``APIResponse``: the parsed value and the raw httpx response.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def start(
        self,
        *,
        body: StartParticipantRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[str]:
        """Start recording one participant.

        Starts recording one participant of the room. Files are stored under
        `${sessionId}/${participantId}/${filename}` (below `bucketDirPath` in the account's bucket when
        given).

        ``POST /v2/recordings/participant/start`` (operation ``startParticipantRecording``).

        Args:
            body: Body of startParticipantRecording. A ``StartParticipantRecordingRequest`` or a mapping of
                its JSON fields. Required fields: ``roomId``, ``participantId``.
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
        return await _start_participant_recording.asyncio_detailed(
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
        body: StopParticipantRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[str]:
        """Stop recording one participant.

        Stops the participant recording of `participantId` in the room `roomId`.

        ``POST /v2/recordings/participant/stop`` (operation ``stopParticipantRecording``).

        Args:
            body: Body of stopParticipantRecording. A ``StopParticipantRecordingRequest`` or a mapping of
                its JSON fields. Required fields: ``roomId``, ``participantId``.
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
        return await _stop_participant_recording.asyncio_detailed(
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
    ) -> APIResponse[ParticipantRecordingList]:
        """List participant recordings.

        Lists participant recordings page by page; filter by room, session and participant.

        ``GET /v2/recordings/participant`` (operation ``listParticipantRecordings``).

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
            APIResponse[ParticipantRecordingList]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 429.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _list_participant_recordings.asyncio_detailed(
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
        participant_recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[IndividualRecording]:
        """Fetch a participant recording.

        Fetches one participant recording.

        ``GET /v2/recordings/participant/{participantRecordingId}`` (operation ``getParticipantRecording``).

        Args:
            participant_recording_id: Id of the participant recording (`id` of a list item).
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
        return await _get_participant_recording.asyncio_detailed(
            self._client,
            participant_recording_id,
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
        participant_recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[str]:
        """Delete a participant recording.

        Deletes one participant recording.

        ``DELETE /v2/recordings/participant/{participantRecordingId}`` (operation ``deleteParticipantRecording``).

        Args:
            participant_recording_id: Id of the participant recording (`id` of a list item).
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
        return await _delete_participant_recording.asyncio_detailed(
            self._client,
            participant_recording_id,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )
