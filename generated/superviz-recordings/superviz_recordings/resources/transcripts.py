# Generated from specs/superviz/openapi.yaml by `make generate`. Do not edit.
"""The ``transcripts`` resource of ``SuperVizRecordings`` and ``AsyncSuperVizRecordings`` (sync and async classes)."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from functools import cached_property
from typing import Any

from .._runtime import (
    NOT_GIVEN,
    APIResponse,
    AsyncClient,
    NotGiven,
    RequestOptions,
    SyncClient,
    TimeoutTypes,
)
from ..api.transcripts import create_transcript as _create_transcript
from ..api.transcripts import get_transcript as _get_transcript
from ..api.transcripts import get_transcript_summary as _get_transcript_summary
from ..models.create_transcript_request import CreateTranscriptRequest
from ..models.transcript_segment import TranscriptSegment

__all__ = [
    "TranscriptsResource",
    "AsyncTranscriptsResource",
    "TranscriptsResourceWithRawResponse",
    "AsyncTranscriptsResourceWithRawResponse",
]


class TranscriptsResource:
    """AI transcripts and summaries of recordings (generated on request)."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> TranscriptsResourceWithRawResponse:
        """The same operations, returning the raw response too (status, headers, request id)."""
        return TranscriptsResourceWithRawResponse(self._client)

    def create(
        self,
        *,
        body: CreateTranscriptRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> None:
        """Generate a transcript.

        Requests an AI transcript of a recording (spoken content, duration and speaker of each segment,
        start and end times and sentiment analysis). Generation takes up to 20 minutes; the recording then
        appears in `GET /recording/with-transcripts` and its transcript can be read with `GET
        /recordings/transcripts/{recordingId}`. Needs only `client_id` and `secret`.

        ``POST /recordings/transcripts`` (operation ``createTranscript``).

        Args:
            body: Which recording to transcribe, and in which language. A ``CreateTranscriptRequest`` or a
                mapping of its JSON fields. Required fields: ``recordingId``, ``language``.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            None: Transcript generation started (documented status). The docs describe no response body, so
                none is parsed; the raw body stays available on the detailed response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 404.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _create_transcript.sync(
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
        recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> builtins.list[TranscriptSegment]:
        """Get a transcript.

        Returns the full transcript of a recording as a list of spoken segments. The transcript must have
        been generated first (`POST /recordings/transcripts`). Needs the `passphrase` header, which decrypts
        the transcript content, in addition to `client_id` and `secret`.

        ``GET /recordings/transcripts/{recordingId}`` (operation ``getTranscript``).

        Args:
            recording_id: The recording's `uuid` from `GET /recording`.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            list[TranscriptSegment]: The spoken segments of the recording, in order.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 404.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _get_transcript.sync(
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

    def get_summary(
        self,
        recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> Any:
        """Get a transcript summary.

        Returns an AI summary of the conversation in a recording's transcript (for example: "The team
        discussed a new project, assigned the lead role to Jane, and set a completion date for end of Q3.").
        The transcript must have been generated first. Needs the `passphrase` header in addition to
        `client_id` and `secret`.

        ``GET /recordings/transcripts/{recordingId}/summary`` (operation ``getTranscriptSummary``).

        Args:
            recording_id: The recording's `uuid` from `GET /recording`.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            Any: The summary (shape undocumented; returned as parsed JSON).

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 404.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _get_transcript_summary.sync(
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


class TranscriptsResourceWithRawResponse:
    """AI transcripts and summaries of recordings (generated on request).

    Each call returns an ``APIResponse``: the parsed value and the raw httpx response.
    """

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def create(
        self,
        *,
        body: CreateTranscriptRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[None]:
        """Generate a transcript.

        Requests an AI transcript of a recording (spoken content, duration and speaker of each segment,
        start and end times and sentiment analysis). Generation takes up to 20 minutes; the recording then
        appears in `GET /recording/with-transcripts` and its transcript can be read with `GET
        /recordings/transcripts/{recordingId}`. Needs only `client_id` and `secret`.

        ``POST /recordings/transcripts`` (operation ``createTranscript``).

        Args:
            body: Which recording to transcribe, and in which language. A ``CreateTranscriptRequest`` or a
                mapping of its JSON fields. Required fields: ``recordingId``, ``language``.
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
        return _create_transcript.sync_detailed(
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
        recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[builtins.list[TranscriptSegment]]:
        """Get a transcript.

        Returns the full transcript of a recording as a list of spoken segments. The transcript must have
        been generated first (`POST /recordings/transcripts`). Needs the `passphrase` header, which decrypts
        the transcript content, in addition to `client_id` and `secret`.

        ``GET /recordings/transcripts/{recordingId}`` (operation ``getTranscript``).

        Args:
            recording_id: The recording's `uuid` from `GET /recording`.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            APIResponse[list[TranscriptSegment]]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 404.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _get_transcript.sync_detailed(
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

    def get_summary(
        self,
        recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[Any]:
        """Get a transcript summary.

        Returns an AI summary of the conversation in a recording's transcript (for example: "The team
        discussed a new project, assigned the lead role to Jane, and set a completion date for end of Q3.").
        The transcript must have been generated first. Needs the `passphrase` header in addition to
        `client_id` and `secret`.

        ``GET /recordings/transcripts/{recordingId}/summary`` (operation ``getTranscriptSummary``).

        Args:
            recording_id: The recording's `uuid` from `GET /recording`.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            APIResponse[Any]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 404.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _get_transcript_summary.sync_detailed(
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


class AsyncTranscriptsResource:
    """AI transcripts and summaries of recordings (generated on request)."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncTranscriptsResourceWithRawResponse:
        """The same operations, returning the raw response too (status, headers, request id)."""
        return AsyncTranscriptsResourceWithRawResponse(self._client)

    async def create(
        self,
        *,
        body: CreateTranscriptRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> None:
        """Generate a transcript.

        Requests an AI transcript of a recording (spoken content, duration and speaker of each segment,
        start and end times and sentiment analysis). Generation takes up to 20 minutes; the recording then
        appears in `GET /recording/with-transcripts` and its transcript can be read with `GET
        /recordings/transcripts/{recordingId}`. Needs only `client_id` and `secret`.

        ``POST /recordings/transcripts`` (operation ``createTranscript``).

        Args:
            body: Which recording to transcribe, and in which language. A ``CreateTranscriptRequest`` or a
                mapping of its JSON fields. Required fields: ``recordingId``, ``language``.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            None: Transcript generation started (documented status). The docs describe no response body, so
                none is parsed; the raw body stays available on the detailed response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 404.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _create_transcript.asyncio(
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
        recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> builtins.list[TranscriptSegment]:
        """Get a transcript.

        Returns the full transcript of a recording as a list of spoken segments. The transcript must have
        been generated first (`POST /recordings/transcripts`). Needs the `passphrase` header, which decrypts
        the transcript content, in addition to `client_id` and `secret`.

        ``GET /recordings/transcripts/{recordingId}`` (operation ``getTranscript``).

        Args:
            recording_id: The recording's `uuid` from `GET /recording`.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            list[TranscriptSegment]: The spoken segments of the recording, in order.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 404.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _get_transcript.asyncio(
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

    async def get_summary(
        self,
        recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> Any:
        """Get a transcript summary.

        Returns an AI summary of the conversation in a recording's transcript (for example: "The team
        discussed a new project, assigned the lead role to Jane, and set a completion date for end of Q3.").
        The transcript must have been generated first. Needs the `passphrase` header in addition to
        `client_id` and `secret`.

        ``GET /recordings/transcripts/{recordingId}/summary`` (operation ``getTranscriptSummary``).

        Args:
            recording_id: The recording's `uuid` from `GET /recording`.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            Any: The summary (shape undocumented; returned as parsed JSON).

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 404.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _get_transcript_summary.asyncio(
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


class AsyncTranscriptsResourceWithRawResponse:
    """AI transcripts and summaries of recordings (generated on request).

    Each call returns an ``APIResponse``: the parsed value and the raw httpx response.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        body: CreateTranscriptRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[None]:
        """Generate a transcript.

        Requests an AI transcript of a recording (spoken content, duration and speaker of each segment,
        start and end times and sentiment analysis). Generation takes up to 20 minutes; the recording then
        appears in `GET /recording/with-transcripts` and its transcript can be read with `GET
        /recordings/transcripts/{recordingId}`. Needs only `client_id` and `secret`.

        ``POST /recordings/transcripts`` (operation ``createTranscript``).

        Args:
            body: Which recording to transcribe, and in which language. A ``CreateTranscriptRequest`` or a
                mapping of its JSON fields. Required fields: ``recordingId``, ``language``.
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
        return await _create_transcript.asyncio_detailed(
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
        recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[builtins.list[TranscriptSegment]]:
        """Get a transcript.

        Returns the full transcript of a recording as a list of spoken segments. The transcript must have
        been generated first (`POST /recordings/transcripts`). Needs the `passphrase` header, which decrypts
        the transcript content, in addition to `client_id` and `secret`.

        ``GET /recordings/transcripts/{recordingId}`` (operation ``getTranscript``).

        Args:
            recording_id: The recording's `uuid` from `GET /recording`.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            APIResponse[list[TranscriptSegment]]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 404.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _get_transcript.asyncio_detailed(
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

    async def get_summary(
        self,
        recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[Any]:
        """Get a transcript summary.

        Returns an AI summary of the conversation in a recording's transcript (for example: "The team
        discussed a new project, assigned the lead role to Jane, and set a completion date for end of Q3.").
        The transcript must have been generated first. Needs the `passphrase` header in addition to
        `client_id` and `secret`.

        ``GET /recordings/transcripts/{recordingId}/summary`` (operation ``getTranscriptSummary``).

        Args:
            recording_id: The recording's `uuid` from `GET /recording`.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            APIResponse[Any]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 404.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _get_transcript_summary.asyncio_detailed(
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
