# Generated from specs/superviz/openapi.yaml by `make generate`. Do not edit.
"""The ``recordings`` resource of ``SuperVizRecordings`` and ``AsyncSuperVizRecordings`` (sync and async classes)."""

from __future__ import annotations

import builtins
from collections.abc import Mapping
from functools import cached_property
from typing import cast

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
from ..api.recordings import list_recordings as _list_recordings
from ..api.recordings import list_recordings_with_transcripts as _list_recordings_with_transcripts
from ..models import Recording
from ..models.recording_list import RecordingList
from ..types import UNSET, Unset

__all__ = [
    "RecordingsResource",
    "AsyncRecordingsResource",
    "RecordingsResourceWithRawResponse",
    "AsyncRecordingsResourceWithRawResponse",
]


class RecordingsResource:
    """Recordings of Video SDK meetings (one composited video file per recording)."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> RecordingsResourceWithRawResponse:
        """The same operations, returning the raw response too (status, headers, request id)."""
        return RecordingsResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        room_id: str | Unset = UNSET,
        meeting_id: str | Unset = UNSET,
        page: int | Unset = UNSET,
        take: int | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> RecordingList:
        """List recordings.

        Lists the recordings of the account (order undocumented). Filter by `roomId` (every recording made
        in that room) or `meetingId` (the recordings of one meeting; a meeting can hold several recordings).
        A recording's `url` is a temporary presigned link: fetch it again from this endpoint instead of
        storing it. The file becomes available about 5 minutes after the recording ends (`status` turns
        `available`).

        Paging is unverified: no SuperViz source documents `page`/`take` on this endpoint, and the docs' own
        example answers a bare array. The client returns a `RecordingList` either way (a bare array becomes
        its `data`, `pagination` unset), and `iter_list` stops on an empty page, on a page that repeats the
        previous one (a server that ignores `page`) or when `pagination` says so; a page shorter than `take`
        does not end it (a server may ignore `take`).

        ``GET /recording`` (operation ``listRecordings``).

        Args:
            room_id: Only recordings made in this room (the room id the application chose, e.g.
                `DEMO_ROOM`).
            meeting_id: Only recordings of this meeting (one meeting can hold several recordings).
            page: Page number, starting at 1 (echoed as `pagination.page`). Unverified: not documented for
                this endpoint; a server that ignores it answers the same page again. Minimum 1.
            take: Page size (echoed as `pagination.limit`; 10 observed when omitted). Unverified: not
                documented for this endpoint; the server may ignore it. Minimum 1.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            RecordingList: One page of recordings: SuperViz's pagination envelope `{pagination, data}` or,
                as the docs' example shows, a bare array of recordings. The client returns a `RecordingList`
                for both.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _list_recordings.sync(
            self._client,
            room_id=room_id,
            meeting_id=meeting_id,
            page=page,
            take=take,
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
        meeting_id: str | Unset = UNSET,
        page_size: int | None = None,
        limit: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> SyncPager[RecordingList, Recording]:
        """Every item of every page of ``list``, fetched lazily one page at a time.

        List recordings.

        Args:
            room_id: Only recordings made in this room (the room id the application chose, e.g.
                `DEMO_ROOM`).
            meeting_id: Only recordings of this meeting (one meeting can hold several recordings).
            page_size: Page size (echoed as `pagination.limit`; 10 observed when omitted). Unverified: not
                documented for this endpoint; the server may ignore it. Minimum 1. Left to the server when
                not given.
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
                carrying the vendor's error body. Documented: 400, 401.
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
                take=page_size if page_size is not None else UNSET,
                room_id=room_id,
                meeting_id=meeting_id,
                options=options,
            )

        rules: PageRules[RecordingList, Recording] = PageRules(
            first_page=1,
            items=lambda page: cast("builtins.list[Recording] | None", dig(page, *("data",))),
            total_pages=lambda page: dig(
                page,
                *(
                    "pagination",
                    "total_pages",
                ),
            ),
            total_items=lambda page: dig(
                page,
                *(
                    "pagination",
                    "total",
                ),
            ),
            page_size=page_size,
            trust_short_page=False,
        )
        return SyncPager(fetch, rules, limit=limit)

    def list_with_transcripts(
        self,
        *,
        room_id: str | Unset = UNSET,
        meeting_id: str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> RecordingList:
        """List recordings with transcripts.

        Lists the recordings whose transcript is already available (generate one with `POST
        /recordings/transcripts`; it can take up to 20 minutes). Same `roomId` / `meetingId` filters as `GET
        /recording`. Needs the `passphrase` header in addition to `client_id` and `secret`.

        ``GET /recording/with-transcripts`` (operation ``listRecordingsWithTranscripts``).

        Args:
            room_id: Only recordings made in this room (the room id the application chose, e.g.
                `DEMO_ROOM`).
            meeting_id: Only recordings of this meeting (one meeting can hold several recordings).
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            RecordingList: Recordings that have a transcript (the envelope or a bare array, as for `GET
                /recording`).

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _list_recordings_with_transcripts.sync(
            self._client,
            room_id=room_id,
            meeting_id=meeting_id,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )


class RecordingsResourceWithRawResponse:
    """Recordings of Video SDK meetings (one composited video file per recording).

    Each call returns an ``APIResponse``: the parsed value and the raw httpx response.
    """

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def list(
        self,
        *,
        room_id: str | Unset = UNSET,
        meeting_id: str | Unset = UNSET,
        page: int | Unset = UNSET,
        take: int | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[RecordingList]:
        """List recordings.

        Lists the recordings of the account (order undocumented). Filter by `roomId` (every recording made
        in that room) or `meetingId` (the recordings of one meeting; a meeting can hold several recordings).
        A recording's `url` is a temporary presigned link: fetch it again from this endpoint instead of
        storing it. The file becomes available about 5 minutes after the recording ends (`status` turns
        `available`).

        Paging is unverified: no SuperViz source documents `page`/`take` on this endpoint, and the docs' own
        example answers a bare array. The client returns a `RecordingList` either way (a bare array becomes
        its `data`, `pagination` unset), and `iter_list` stops on an empty page, on a page that repeats the
        previous one (a server that ignores `page`) or when `pagination` says so; a page shorter than `take`
        does not end it (a server may ignore `take`).

        ``GET /recording`` (operation ``listRecordings``).

        Args:
            room_id: Only recordings made in this room (the room id the application chose, e.g.
                `DEMO_ROOM`).
            meeting_id: Only recordings of this meeting (one meeting can hold several recordings).
            page: Page number, starting at 1 (echoed as `pagination.page`). Unverified: not documented for
                this endpoint; a server that ignores it answers the same page again. Minimum 1.
            take: Page size (echoed as `pagination.limit`; 10 observed when omitted). Unverified: not
                documented for this endpoint; the server may ignore it. Minimum 1.
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
                carrying the vendor's error body. Documented: 400, 401.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _list_recordings.sync_detailed(
            self._client,
            room_id=room_id,
            meeting_id=meeting_id,
            page=page,
            take=take,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )

    def list_with_transcripts(
        self,
        *,
        room_id: str | Unset = UNSET,
        meeting_id: str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[RecordingList]:
        """List recordings with transcripts.

        Lists the recordings whose transcript is already available (generate one with `POST
        /recordings/transcripts`; it can take up to 20 minutes). Same `roomId` / `meetingId` filters as `GET
        /recording`. Needs the `passphrase` header in addition to `client_id` and `secret`.

        ``GET /recording/with-transcripts`` (operation ``listRecordingsWithTranscripts``).

        Args:
            room_id: Only recordings made in this room (the room id the application chose, e.g.
                `DEMO_ROOM`).
            meeting_id: Only recordings of this meeting (one meeting can hold several recordings).
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
                carrying the vendor's error body. Documented: 400, 401.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _list_recordings_with_transcripts.sync_detailed(
            self._client,
            room_id=room_id,
            meeting_id=meeting_id,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )


class AsyncRecordingsResource:
    """Recordings of Video SDK meetings (one composited video file per recording)."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncRecordingsResourceWithRawResponse:
        """The same operations, returning the raw response too (status, headers, request id)."""
        return AsyncRecordingsResourceWithRawResponse(self._client)

    async def list(
        self,
        *,
        room_id: str | Unset = UNSET,
        meeting_id: str | Unset = UNSET,
        page: int | Unset = UNSET,
        take: int | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> RecordingList:
        """List recordings.

        Lists the recordings of the account (order undocumented). Filter by `roomId` (every recording made
        in that room) or `meetingId` (the recordings of one meeting; a meeting can hold several recordings).
        A recording's `url` is a temporary presigned link: fetch it again from this endpoint instead of
        storing it. The file becomes available about 5 minutes after the recording ends (`status` turns
        `available`).

        Paging is unverified: no SuperViz source documents `page`/`take` on this endpoint, and the docs' own
        example answers a bare array. The client returns a `RecordingList` either way (a bare array becomes
        its `data`, `pagination` unset), and `iter_list` stops on an empty page, on a page that repeats the
        previous one (a server that ignores `page`) or when `pagination` says so; a page shorter than `take`
        does not end it (a server may ignore `take`).

        ``GET /recording`` (operation ``listRecordings``).

        Args:
            room_id: Only recordings made in this room (the room id the application chose, e.g.
                `DEMO_ROOM`).
            meeting_id: Only recordings of this meeting (one meeting can hold several recordings).
            page: Page number, starting at 1 (echoed as `pagination.page`). Unverified: not documented for
                this endpoint; a server that ignores it answers the same page again. Minimum 1.
            take: Page size (echoed as `pagination.limit`; 10 observed when omitted). Unverified: not
                documented for this endpoint; the server may ignore it. Minimum 1.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            RecordingList: One page of recordings: SuperViz's pagination envelope `{pagination, data}` or,
                as the docs' example shows, a bare array of recordings. The client returns a `RecordingList`
                for both.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _list_recordings.asyncio(
            self._client,
            room_id=room_id,
            meeting_id=meeting_id,
            page=page,
            take=take,
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
        meeting_id: str | Unset = UNSET,
        page_size: int | None = None,
        limit: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> AsyncPager[RecordingList, Recording]:
        """Every item of every page of ``list``, fetched lazily one page at a time.

        List recordings.

        Args:
            room_id: Only recordings made in this room (the room id the application chose, e.g.
                `DEMO_ROOM`).
            meeting_id: Only recordings of this meeting (one meeting can hold several recordings).
            page_size: Page size (echoed as `pagination.limit`; 10 observed when omitted). Unverified: not
                documented for this endpoint; the server may ignore it. Minimum 1. Left to the server when
                not given.
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
                carrying the vendor's error body. Documented: 400, 401.
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
                take=page_size if page_size is not None else UNSET,
                room_id=room_id,
                meeting_id=meeting_id,
                options=options,
            )

        rules: PageRules[RecordingList, Recording] = PageRules(
            first_page=1,
            items=lambda page: cast("builtins.list[Recording] | None", dig(page, *("data",))),
            total_pages=lambda page: dig(
                page,
                *(
                    "pagination",
                    "total_pages",
                ),
            ),
            total_items=lambda page: dig(
                page,
                *(
                    "pagination",
                    "total",
                ),
            ),
            page_size=page_size,
            trust_short_page=False,
        )
        return AsyncPager(fetch, rules, limit=limit)

    async def list_with_transcripts(
        self,
        *,
        room_id: str | Unset = UNSET,
        meeting_id: str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> RecordingList:
        """List recordings with transcripts.

        Lists the recordings whose transcript is already available (generate one with `POST
        /recordings/transcripts`; it can take up to 20 minutes). Same `roomId` / `meetingId` filters as `GET
        /recording`. Needs the `passphrase` header in addition to `client_id` and `secret`.

        ``GET /recording/with-transcripts`` (operation ``listRecordingsWithTranscripts``).

        Args:
            room_id: Only recordings made in this room (the room id the application chose, e.g.
                `DEMO_ROOM`).
            meeting_id: Only recordings of this meeting (one meeting can hold several recordings).
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            RecordingList: Recordings that have a transcript (the envelope or a bare array, as for `GET
                /recording`).

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _list_recordings_with_transcripts.asyncio(
            self._client,
            room_id=room_id,
            meeting_id=meeting_id,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )


class AsyncRecordingsResourceWithRawResponse:
    """Recordings of Video SDK meetings (one composited video file per recording).

    Each call returns an ``APIResponse``: the parsed value and the raw httpx response.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        room_id: str | Unset = UNSET,
        meeting_id: str | Unset = UNSET,
        page: int | Unset = UNSET,
        take: int | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[RecordingList]:
        """List recordings.

        Lists the recordings of the account (order undocumented). Filter by `roomId` (every recording made
        in that room) or `meetingId` (the recordings of one meeting; a meeting can hold several recordings).
        A recording's `url` is a temporary presigned link: fetch it again from this endpoint instead of
        storing it. The file becomes available about 5 minutes after the recording ends (`status` turns
        `available`).

        Paging is unverified: no SuperViz source documents `page`/`take` on this endpoint, and the docs' own
        example answers a bare array. The client returns a `RecordingList` either way (a bare array becomes
        its `data`, `pagination` unset), and `iter_list` stops on an empty page, on a page that repeats the
        previous one (a server that ignores `page`) or when `pagination` says so; a page shorter than `take`
        does not end it (a server may ignore `take`).

        ``GET /recording`` (operation ``listRecordings``).

        Args:
            room_id: Only recordings made in this room (the room id the application chose, e.g.
                `DEMO_ROOM`).
            meeting_id: Only recordings of this meeting (one meeting can hold several recordings).
            page: Page number, starting at 1 (echoed as `pagination.page`). Unverified: not documented for
                this endpoint; a server that ignores it answers the same page again. Minimum 1.
            take: Page size (echoed as `pagination.limit`; 10 observed when omitted). Unverified: not
                documented for this endpoint; the server may ignore it. Minimum 1.
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
                carrying the vendor's error body. Documented: 400, 401.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _list_recordings.asyncio_detailed(
            self._client,
            room_id=room_id,
            meeting_id=meeting_id,
            page=page,
            take=take,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )

    async def list_with_transcripts(
        self,
        *,
        room_id: str | Unset = UNSET,
        meeting_id: str | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[RecordingList]:
        """List recordings with transcripts.

        Lists the recordings whose transcript is already available (generate one with `POST
        /recordings/transcripts`; it can take up to 20 minutes). Same `roomId` / `meetingId` filters as `GET
        /recording`. Needs the `passphrase` header in addition to `client_id` and `secret`.

        ``GET /recording/with-transcripts`` (operation ``listRecordingsWithTranscripts``).

        Args:
            room_id: Only recordings made in this room (the room id the application chose, e.g.
                `DEMO_ROOM`).
            meeting_id: Only recordings of this meeting (one meeting can hold several recordings).
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
                carrying the vendor's error body. Documented: 400, 401.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _list_recordings_with_transcripts.asyncio_detailed(
            self._client,
            room_id=room_id,
            meeting_id=meeting_id,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )
