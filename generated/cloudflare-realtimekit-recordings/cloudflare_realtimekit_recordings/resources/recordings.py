# Generated from specs/cloudflare/openapi.yaml by `make generate`. Do not edit.
"""The ``recordings`` resource of ``CloudflareRealtimeKitRecordings`` and ``AsyncCloudflareRealtimeKitRecordings`` (sync and async classes)."""

from __future__ import annotations

import builtins
import datetime
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
from ..api.recordings import get_active_recording as _get_active_recording
from ..api.recordings import get_all_recordings as _get_all_recordings
from ..api.recordings import get_one_recording as _get_one_recording
from ..api.recordings import pause_resume_stop_recording as _pause_resume_stop_recording
from ..api.recordings import start_recording as _start_recording
from ..api.recordings import start_track_recording_for_a_meeting as _start_track_recording_for_a_meeting
from ..models import RecordingListItem
from ..models.active_recording_response import ActiveRecordingResponse
from ..models.recording_list_response import RecordingListResponse
from ..models.recording_response import RecordingResponse
from ..models.recording_sort_by import RecordingSortBy
from ..models.recording_status import RecordingStatus
from ..models.sort_order import SortOrder
from ..models.start_recording_request import StartRecordingRequest
from ..models.start_track_recording_request import StartTrackRecordingRequest
from ..models.track_recording_response import TrackRecordingResponse
from ..models.update_recording_request import UpdateRecordingRequest
from ..types import UNSET, Unset

__all__ = [
    "RecordingsResource",
    "AsyncRecordingsResource",
    "RecordingsResourceWithRawResponse",
    "AsyncRecordingsResourceWithRawResponse",
]


class RecordingsResource:
    """Composite recordings of a meeting, and per-participant audio track recordings."""

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> RecordingsResourceWithRawResponse:
        """The same operations, returning the raw response too (status, headers, request id)."""
        return RecordingsResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        account_id: str | None = None,
        app_id: str | None = None,
        meeting_id: str | Unset = UNSET,
        page_no: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        expired: bool | Unset = UNSET,
        search: str | Unset = UNSET,
        sort_by: RecordingSortBy | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        status: builtins.list[RecordingStatus] | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> RecordingListResponse:
        """Fetch all recordings for an App.

        Returns all recordings of the App, optionally filtered by meeting (`meeting_id`), status (one or
        more, sent comma-separated), time range, expiry on RealtimeKit's bucket, or a search on meeting ID /
        title. Page-numbered with `page_no` and `per_page`; the answer's `paging` block carries
        `total_count` and the 1-based offsets of the page. Each item also carries the recording's
        `storage_config` and its `meeting`. Token permissions (at least one): Realtime Admin, Realtime.

        ``GET /accounts/{account_id}/realtime/kit/{app_id}/recordings`` (operation ``get_all_recordings``).

        Args:
            account_id: The Cloudflare account identifier. Defaults to the value given to the client. At
                most 32 characters.
            app_id: The RealtimeKit App identifier (shown in the Realtime section of the Cloudflare
                dashboard). Both the dashed UUID form (`14a396e7-ca44-4937-bf1f-050a69118543`) and 32 hex
                digits appear in Cloudflare's material. Defaults to the value given to the client. At most
                36 characters.
            meeting_id: ID of a meeting. When passed, only the recordings of this meeting are returned.
            page_no: The page number from which you want your page search results to be displayed. Minimum
                0.
            per_page: Number of results per page. Minimum 0.
            expired: If passed, only shows expired (`true`) or non-expired (`false`) recordings on
                RealtimeKit's bucket.
            search: The search query string. You can search using the meeting ID or title.
            sort_by: Field to sort by. One of ``'invokedTime'``.
            sort_order: Sort direction. One of ``'ASC'``, ``'DESC'``.
            start_time: Start of the time range to filter by, in ISO 8601 format.
            end_time: End of the time range to filter by, in ISO 8601 format.
            status: Filter by one or more recording statuses; sent comma-separated
                (`status=UPLOADED,ERRORED`).
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            RecordingListResponse: One page of recordings.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _get_all_recordings.sync(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            meeting_id=meeting_id,
            page_no=page_no,
            per_page=per_page,
            expired=expired,
            search=search,
            sort_by=sort_by,
            sort_order=sort_order,
            start_time=start_time,
            end_time=end_time,
            status=status,
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
        account_id: str | None = None,
        app_id: str | None = None,
        meeting_id: str | Unset = UNSET,
        expired: bool | Unset = UNSET,
        search: str | Unset = UNSET,
        sort_by: RecordingSortBy | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        status: builtins.list[RecordingStatus] | Unset = UNSET,
        page_size: int | None = None,
        limit: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> SyncPager[RecordingListResponse, RecordingListItem]:
        """Every item of every page of ``list``, fetched lazily one page at a time.

        Fetch all recordings for an App.

        Args:
            account_id: The Cloudflare account identifier. Defaults to the value given to the client. At
                most 32 characters.
            app_id: The RealtimeKit App identifier (shown in the Realtime section of the Cloudflare
                dashboard). Both the dashed UUID form (`14a396e7-ca44-4937-bf1f-050a69118543`) and 32 hex
                digits appear in Cloudflare's material. Defaults to the value given to the client. At most
                36 characters.
            meeting_id: ID of a meeting. When passed, only the recordings of this meeting are returned.
            expired: If passed, only shows expired (`true`) or non-expired (`false`) recordings on
                RealtimeKit's bucket.
            search: The search query string. You can search using the meeting ID or title.
            sort_by: Field to sort by. One of ``'invokedTime'``.
            sort_order: Sort direction. One of ``'ASC'``, ``'DESC'``.
            start_time: Start of the time range to filter by, in ISO 8601 format.
            end_time: End of the time range to filter by, in ISO 8601 format.
            status: Filter by one or more recording statuses; sent comma-separated
                (`status=UPLOADED,ERRORED`).
            page_size: Number of results per page. Minimum 0. Left to the server when not given.
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
                carrying the vendor's error body. Documented: 400, 401, 403.
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

        def fetch(page_number: int) -> RecordingListResponse:
            return _get_all_recordings.sync(
                self._client,
                self._client._core.path_default("account_id", account_id),
                self._client._core.path_default("app_id", app_id),
                page_no=page_number,
                per_page=page_size if page_size is not None else UNSET,
                meeting_id=meeting_id,
                expired=expired,
                search=search,
                sort_by=sort_by,
                sort_order=sort_order,
                start_time=start_time,
                end_time=end_time,
                status=status,
                options=options,
            )

        rules: PageRules[RecordingListResponse, RecordingListItem] = PageRules(
            first_page=1,
            items=lambda page: cast("builtins.list[RecordingListItem] | None", dig(page, *("data",))),
            total_pages=None,
            total_items=lambda page: dig(
                page,
                *(
                    "paging",
                    "total_count",
                ),
            ),
            page_size=page_size,
            first_item=lambda page: dig(
                page,
                *(
                    "paging",
                    "start_offset",
                ),
            ),
        )
        return SyncPager(fetch, rules, limit=limit)

    def start(
        self,
        *,
        account_id: str | None = None,
        app_id: str | None = None,
        body: StartRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> RecordingResponse:
        """Start recording a meeting.

        Starts recording a meeting. The recording can be started by an App admin directly, or by a
        participant with permission to record, depending on the authorization used. Only `meeting_id` is
        required; audio, video, watermark, duration limit, file name prefix, livestream output, interactive
        (ID3) metadata and the destination (RealtimeKit's bucket and/or your own `storage_config`) are
        optional. By default a meeting allows one recording at a time (`allow_multiple_recordings`). Answers
        200 (not 201) with the new recording, usually in status `INVOKED`. Beta. Token permissions (at least
        one): Realtime Admin, Realtime.

        ``POST /accounts/{account_id}/realtime/kit/{app_id}/recordings`` (operation ``start_recording``).

        Args:
            account_id: The Cloudflare account identifier. Defaults to the value given to the client. At
                most 32 characters.
            app_id: The RealtimeKit App identifier (shown in the Realtime section of the Cloudflare
                dashboard). Both the dashed UUID form (`14a396e7-ca44-4937-bf1f-050a69118543`) and 32 hex
                digits appear in Cloudflare's material. Defaults to the value given to the client. At most
                36 characters.
            body: What to record, how, and where to put the files. Only `meeting_id` is required. A
                ``StartRecordingRequest`` or a mapping of its JSON fields. Required fields: ``meeting_id``.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            RecordingResponse: The recording was started (usually in status `INVOKED`).

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404, 409.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _start_recording.sync(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
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
        account_id: str | None = None,
        app_id: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> RecordingResponse:
        """Fetch details of a recording.

        Returns details of a recording: its status, timestamps, download URLs once uploaded, why it started
        and stopped, and its storage configuration. Poll it to follow a recording through `INVOKED` →
        `RECORDING` (⇄ `PAUSED`) → `UPLOADING` → `UPLOADED`, or `ERRORED`. Beta. Token permissions (at least
        one): Realtime Admin, Realtime.

        ``GET /accounts/{account_id}/realtime/kit/{app_id}/recordings/{recording_id}`` (operation ``get_one_recording``).

        Args:
            recording_id: ID of the recording.
            account_id: The Cloudflare account identifier. Defaults to the value given to the client. At
                most 32 characters.
            app_id: The RealtimeKit App identifier (shown in the Realtime section of the Cloudflare
                dashboard). Both the dashed UUID form (`14a396e7-ca44-4937-bf1f-050a69118543`) and 32 hex
                digits appear in Cloudflare's material. Defaults to the value given to the client. At most
                36 characters.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            RecordingResponse: The recording.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _get_one_recording.sync(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            recording_id,
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
        recording_id: str,
        *,
        account_id: str | None = None,
        app_id: str | None = None,
        timeout: float = 600.0,
        poll_interval: float = 5.0,
    ) -> RecordingResponse:
        """Poll ``get`` until the status is one of ``UPLOADED``.

        Args:
            recording_id: ID of the recording.
            account_id: The Cloudflare account identifier. Defaults to the value given to the client. At
                most 32 characters.
            app_id: The RealtimeKit App identifier (shown in the Realtime section of the Cloudflare
                dashboard). Both the dashed UUID form (`14a396e7-ca44-4937-bf1f-050a69118543`) and 32 hex
                digits appear in Cloudflare's material. Defaults to the value given to the client. At most
                36 characters.
            timeout: seconds to wait in all before ``WaiterTimeoutError``.
            poll_interval: seconds between two polls.

        Returns:
            RecordingResponse: the last value polled.

        Raises:
            WaiterTimeoutError: still not done after ``timeout`` seconds.
            WaiterFailureError: the status became ``ERRORED``.
        """
        return wait_until(
            lambda: self.get(
                recording_id,
                account_id=account_id,
                app_id=app_id,
            ),
            lambda value: dig(
                value,
                *(
                    "data",
                    "status",
                ),
            ),
            success=("UPLOADED",),
            failure=("ERRORED",),
            timeout=timeout,
            poll_interval=poll_interval,
            sleep=self._client._sleep,
        )

    def wait_until_status(
        self,
        recording_id: str,
        *,
        account_id: str | None = None,
        app_id: str | None = None,
        status: str | Iterable[str],
        timeout: float = 600.0,
        poll_interval: float = 5.0,
    ) -> RecordingResponse:
        """Poll ``get`` until the status is ``status`` (or one of several), e.g. running before a pause.

        Raises:
            WaiterTimeoutError: not there after ``timeout`` seconds (``poll_interval`` between two polls).
            WaiterFailureError: the status became one of UPLOADED, ERRORED that was not asked for
                (the resource can no longer get to ``status``).
        """
        success, failure = status_targets(status, success=("UPLOADED",), failure=("ERRORED",))
        return wait_until(
            lambda: self.get(
                recording_id,
                account_id=account_id,
                app_id=app_id,
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

    def update(
        self,
        recording_id: str,
        *,
        account_id: str | None = None,
        app_id: str | None = None,
        body: UpdateRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> RecordingResponse:
        """Pause/Resume/Stop recording.

        Pauses, resumes or stops the recording, as chosen by `action`. Answers with the recording as it is
        after the action. A stopped recording goes on to `UPLOADING` and then `UPLOADED`; follow it with
        get_one_recording. Beta. Token permissions (at least one): Realtime Admin, Realtime.

        ``PUT /accounts/{account_id}/realtime/kit/{app_id}/recordings/{recording_id}`` (operation ``pause_resume_stop_recording``).

        Args:
            recording_id: ID of the recording.
            account_id: The Cloudflare account identifier. Defaults to the value given to the client. At
                most 32 characters.
            app_id: The RealtimeKit App identifier (shown in the Realtime section of the Cloudflare
                dashboard). Both the dashed UUID form (`14a396e7-ca44-4937-bf1f-050a69118543`) and 32 hex
                digits appear in Cloudflare's material. Defaults to the value given to the client. At most
                36 characters.
            body: The action to apply to the recording. A ``UpdateRecordingRequest`` or a mapping of its
                JSON fields. Required fields: ``action``.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            RecordingResponse: The recording after the action.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404, 409.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _pause_resume_stop_recording.sync(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            recording_id,
            body=body,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )

    def get_active(
        self,
        meeting_id: str,
        *,
        account_id: str | None = None,
        app_id: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> ActiveRecordingResponse:
        """Fetch active recording.

        Returns the active recording of the given meeting, or 404 when the meeting has none. Token
        permissions (at least one): Realtime Admin, Realtime.

        ``GET /accounts/{account_id}/realtime/kit/{app_id}/recordings/active-recording/{meeting_id}`` (operation ``get_active_recording``).

        Args:
            meeting_id: ID of the meeting.
            account_id: The Cloudflare account identifier. Defaults to the value given to the client. At
                most 32 characters.
            app_id: The RealtimeKit App identifier (shown in the Realtime section of the Cloudflare
                dashboard). Both the dashed UUID form (`14a396e7-ca44-4937-bf1f-050a69118543`) and 32 hex
                digits appear in Cloudflare's material. Defaults to the value given to the client. At most
                36 characters.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            ActiveRecordingResponse: The meeting's active recording.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _get_active_recording.sync(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            meeting_id,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )

    def start_track(
        self,
        *,
        account_id: str | None = None,
        app_id: str | None = None,
        body: StartTrackRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> TrackRecordingResponse:
        """Start recording participant audio tracks.

        Starts track recording for an active meeting: each participant's audio is recorded as a separate
        WebM file in the RealtimeKit bucket. Video track recording is in development. Use `layers` only to
        set a file name prefix; selective track recording (`user_ids`) is in early beta (contact support to
        use it). See https://developers.cloudflare.com/realtime/realtimekit/recording-guide/track-recording/
        . Token permissions (at least one): Realtime Admin, Realtime.

        ``POST /accounts/{account_id}/realtime/kit/{app_id}/recordings/track`` (operation ``startTrackRecordingForAMeeting``).

        Args:
            account_id: The Cloudflare account identifier. Defaults to the value given to the client. At
                most 32 characters.
            app_id: The RealtimeKit App identifier (shown in the Realtime section of the Cloudflare
                dashboard). Both the dashed UUID form (`14a396e7-ca44-4937-bf1f-050a69118543`) and 32 hex
                digits appear in Cloudflare's material. Defaults to the value given to the client. At most
                36 characters.
            body: Starts audio track recording for an active meeting. Use `layers` only when you need to set
                a file name prefix. A ``StartTrackRecordingRequest`` or a mapping of its JSON fields.
                Required fields: ``meeting_id``.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            TrackRecordingResponse: Track recording started.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _start_track_recording_for_a_meeting.sync(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            body=body,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )


class RecordingsResourceWithRawResponse:
    """Composite recordings of a meeting, and per-participant audio track recordings.

    Each call returns an ``APIResponse``: the parsed value and the raw httpx response.
    """

    def __init__(self, client: SyncClient) -> None:
        self._client = client

    def list(
        self,
        *,
        account_id: str | None = None,
        app_id: str | None = None,
        meeting_id: str | Unset = UNSET,
        page_no: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        expired: bool | Unset = UNSET,
        search: str | Unset = UNSET,
        sort_by: RecordingSortBy | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        status: builtins.list[RecordingStatus] | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[RecordingListResponse]:
        """Fetch all recordings for an App.

        Returns all recordings of the App, optionally filtered by meeting (`meeting_id`), status (one or
        more, sent comma-separated), time range, expiry on RealtimeKit's bucket, or a search on meeting ID /
        title. Page-numbered with `page_no` and `per_page`; the answer's `paging` block carries
        `total_count` and the 1-based offsets of the page. Each item also carries the recording's
        `storage_config` and its `meeting`. Token permissions (at least one): Realtime Admin, Realtime.

        ``GET /accounts/{account_id}/realtime/kit/{app_id}/recordings`` (operation ``get_all_recordings``).

        Args:
            account_id: The Cloudflare account identifier. Defaults to the value given to the client. At
                most 32 characters.
            app_id: The RealtimeKit App identifier (shown in the Realtime section of the Cloudflare
                dashboard). Both the dashed UUID form (`14a396e7-ca44-4937-bf1f-050a69118543`) and 32 hex
                digits appear in Cloudflare's material. Defaults to the value given to the client. At most
                36 characters.
            meeting_id: ID of a meeting. When passed, only the recordings of this meeting are returned.
            page_no: The page number from which you want your page search results to be displayed. Minimum
                0.
            per_page: Number of results per page. Minimum 0.
            expired: If passed, only shows expired (`true`) or non-expired (`false`) recordings on
                RealtimeKit's bucket.
            search: The search query string. You can search using the meeting ID or title.
            sort_by: Field to sort by. One of ``'invokedTime'``.
            sort_order: Sort direction. One of ``'ASC'``, ``'DESC'``.
            start_time: Start of the time range to filter by, in ISO 8601 format.
            end_time: End of the time range to filter by, in ISO 8601 format.
            status: Filter by one or more recording statuses; sent comma-separated
                (`status=UPLOADED,ERRORED`).
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            APIResponse[RecordingListResponse]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _get_all_recordings.sync_detailed(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            meeting_id=meeting_id,
            page_no=page_no,
            per_page=per_page,
            expired=expired,
            search=search,
            sort_by=sort_by,
            sort_order=sort_order,
            start_time=start_time,
            end_time=end_time,
            status=status,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )

    def start(
        self,
        *,
        account_id: str | None = None,
        app_id: str | None = None,
        body: StartRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[RecordingResponse]:
        """Start recording a meeting.

        Starts recording a meeting. The recording can be started by an App admin directly, or by a
        participant with permission to record, depending on the authorization used. Only `meeting_id` is
        required; audio, video, watermark, duration limit, file name prefix, livestream output, interactive
        (ID3) metadata and the destination (RealtimeKit's bucket and/or your own `storage_config`) are
        optional. By default a meeting allows one recording at a time (`allow_multiple_recordings`). Answers
        200 (not 201) with the new recording, usually in status `INVOKED`. Beta. Token permissions (at least
        one): Realtime Admin, Realtime.

        ``POST /accounts/{account_id}/realtime/kit/{app_id}/recordings`` (operation ``start_recording``).

        Args:
            account_id: The Cloudflare account identifier. Defaults to the value given to the client. At
                most 32 characters.
            app_id: The RealtimeKit App identifier (shown in the Realtime section of the Cloudflare
                dashboard). Both the dashed UUID form (`14a396e7-ca44-4937-bf1f-050a69118543`) and 32 hex
                digits appear in Cloudflare's material. Defaults to the value given to the client. At most
                36 characters.
            body: What to record, how, and where to put the files. Only `meeting_id` is required. A
                ``StartRecordingRequest`` or a mapping of its JSON fields. Required fields: ``meeting_id``.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            APIResponse[RecordingResponse]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404, 409.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _start_recording.sync_detailed(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
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
        account_id: str | None = None,
        app_id: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[RecordingResponse]:
        """Fetch details of a recording.

        Returns details of a recording: its status, timestamps, download URLs once uploaded, why it started
        and stopped, and its storage configuration. Poll it to follow a recording through `INVOKED` →
        `RECORDING` (⇄ `PAUSED`) → `UPLOADING` → `UPLOADED`, or `ERRORED`. Beta. Token permissions (at least
        one): Realtime Admin, Realtime.

        ``GET /accounts/{account_id}/realtime/kit/{app_id}/recordings/{recording_id}`` (operation ``get_one_recording``).

        Args:
            recording_id: ID of the recording.
            account_id: The Cloudflare account identifier. Defaults to the value given to the client. At
                most 32 characters.
            app_id: The RealtimeKit App identifier (shown in the Realtime section of the Cloudflare
                dashboard). Both the dashed UUID form (`14a396e7-ca44-4937-bf1f-050a69118543`) and 32 hex
                digits appear in Cloudflare's material. Defaults to the value given to the client. At most
                36 characters.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            APIResponse[RecordingResponse]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _get_one_recording.sync_detailed(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            recording_id,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )

    def update(
        self,
        recording_id: str,
        *,
        account_id: str | None = None,
        app_id: str | None = None,
        body: UpdateRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[RecordingResponse]:
        """Pause/Resume/Stop recording.

        Pauses, resumes or stops the recording, as chosen by `action`. Answers with the recording as it is
        after the action. A stopped recording goes on to `UPLOADING` and then `UPLOADED`; follow it with
        get_one_recording. Beta. Token permissions (at least one): Realtime Admin, Realtime.

        ``PUT /accounts/{account_id}/realtime/kit/{app_id}/recordings/{recording_id}`` (operation ``pause_resume_stop_recording``).

        Args:
            recording_id: ID of the recording.
            account_id: The Cloudflare account identifier. Defaults to the value given to the client. At
                most 32 characters.
            app_id: The RealtimeKit App identifier (shown in the Realtime section of the Cloudflare
                dashboard). Both the dashed UUID form (`14a396e7-ca44-4937-bf1f-050a69118543`) and 32 hex
                digits appear in Cloudflare's material. Defaults to the value given to the client. At most
                36 characters.
            body: The action to apply to the recording. A ``UpdateRecordingRequest`` or a mapping of its
                JSON fields. Required fields: ``action``.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            APIResponse[RecordingResponse]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404, 409.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _pause_resume_stop_recording.sync_detailed(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            recording_id,
            body=body,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )

    def get_active(
        self,
        meeting_id: str,
        *,
        account_id: str | None = None,
        app_id: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[ActiveRecordingResponse]:
        """Fetch active recording.

        Returns the active recording of the given meeting, or 404 when the meeting has none. Token
        permissions (at least one): Realtime Admin, Realtime.

        ``GET /accounts/{account_id}/realtime/kit/{app_id}/recordings/active-recording/{meeting_id}`` (operation ``get_active_recording``).

        Args:
            meeting_id: ID of the meeting.
            account_id: The Cloudflare account identifier. Defaults to the value given to the client. At
                most 32 characters.
            app_id: The RealtimeKit App identifier (shown in the Realtime section of the Cloudflare
                dashboard). Both the dashed UUID form (`14a396e7-ca44-4937-bf1f-050a69118543`) and 32 hex
                digits appear in Cloudflare's material. Defaults to the value given to the client. At most
                36 characters.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            APIResponse[ActiveRecordingResponse]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _get_active_recording.sync_detailed(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            meeting_id,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )

    def start_track(
        self,
        *,
        account_id: str | None = None,
        app_id: str | None = None,
        body: StartTrackRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[TrackRecordingResponse]:
        """Start recording participant audio tracks.

        Starts track recording for an active meeting: each participant's audio is recorded as a separate
        WebM file in the RealtimeKit bucket. Video track recording is in development. Use `layers` only to
        set a file name prefix; selective track recording (`user_ids`) is in early beta (contact support to
        use it). See https://developers.cloudflare.com/realtime/realtimekit/recording-guide/track-recording/
        . Token permissions (at least one): Realtime Admin, Realtime.

        ``POST /accounts/{account_id}/realtime/kit/{app_id}/recordings/track`` (operation ``startTrackRecordingForAMeeting``).

        Args:
            account_id: The Cloudflare account identifier. Defaults to the value given to the client. At
                most 32 characters.
            app_id: The RealtimeKit App identifier (shown in the Realtime section of the Cloudflare
                dashboard). Both the dashed UUID form (`14a396e7-ca44-4937-bf1f-050a69118543`) and 32 hex
                digits appear in Cloudflare's material. Defaults to the value given to the client. At most
                36 characters.
            body: Starts audio track recording for an active meeting. Use `layers` only when you need to set
                a file name prefix. A ``StartTrackRecordingRequest`` or a mapping of its JSON fields.
                Required fields: ``meeting_id``.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            APIResponse[TrackRecordingResponse]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return _start_track_recording_for_a_meeting.sync_detailed(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            body=body,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )


class AsyncRecordingsResource:
    """Composite recordings of a meeting, and per-participant audio track recordings."""

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncRecordingsResourceWithRawResponse:
        """The same operations, returning the raw response too (status, headers, request id)."""
        return AsyncRecordingsResourceWithRawResponse(self._client)

    async def list(
        self,
        *,
        account_id: str | None = None,
        app_id: str | None = None,
        meeting_id: str | Unset = UNSET,
        page_no: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        expired: bool | Unset = UNSET,
        search: str | Unset = UNSET,
        sort_by: RecordingSortBy | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        status: builtins.list[RecordingStatus] | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> RecordingListResponse:
        """Fetch all recordings for an App.

        Returns all recordings of the App, optionally filtered by meeting (`meeting_id`), status (one or
        more, sent comma-separated), time range, expiry on RealtimeKit's bucket, or a search on meeting ID /
        title. Page-numbered with `page_no` and `per_page`; the answer's `paging` block carries
        `total_count` and the 1-based offsets of the page. Each item also carries the recording's
        `storage_config` and its `meeting`. Token permissions (at least one): Realtime Admin, Realtime.

        ``GET /accounts/{account_id}/realtime/kit/{app_id}/recordings`` (operation ``get_all_recordings``).

        Args:
            account_id: The Cloudflare account identifier. Defaults to the value given to the client. At
                most 32 characters.
            app_id: The RealtimeKit App identifier (shown in the Realtime section of the Cloudflare
                dashboard). Both the dashed UUID form (`14a396e7-ca44-4937-bf1f-050a69118543`) and 32 hex
                digits appear in Cloudflare's material. Defaults to the value given to the client. At most
                36 characters.
            meeting_id: ID of a meeting. When passed, only the recordings of this meeting are returned.
            page_no: The page number from which you want your page search results to be displayed. Minimum
                0.
            per_page: Number of results per page. Minimum 0.
            expired: If passed, only shows expired (`true`) or non-expired (`false`) recordings on
                RealtimeKit's bucket.
            search: The search query string. You can search using the meeting ID or title.
            sort_by: Field to sort by. One of ``'invokedTime'``.
            sort_order: Sort direction. One of ``'ASC'``, ``'DESC'``.
            start_time: Start of the time range to filter by, in ISO 8601 format.
            end_time: End of the time range to filter by, in ISO 8601 format.
            status: Filter by one or more recording statuses; sent comma-separated
                (`status=UPLOADED,ERRORED`).
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            RecordingListResponse: One page of recordings.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _get_all_recordings.asyncio(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            meeting_id=meeting_id,
            page_no=page_no,
            per_page=per_page,
            expired=expired,
            search=search,
            sort_by=sort_by,
            sort_order=sort_order,
            start_time=start_time,
            end_time=end_time,
            status=status,
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
        account_id: str | None = None,
        app_id: str | None = None,
        meeting_id: str | Unset = UNSET,
        expired: bool | Unset = UNSET,
        search: str | Unset = UNSET,
        sort_by: RecordingSortBy | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        status: builtins.list[RecordingStatus] | Unset = UNSET,
        page_size: int | None = None,
        limit: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> AsyncPager[RecordingListResponse, RecordingListItem]:
        """Every item of every page of ``list``, fetched lazily one page at a time.

        Fetch all recordings for an App.

        Args:
            account_id: The Cloudflare account identifier. Defaults to the value given to the client. At
                most 32 characters.
            app_id: The RealtimeKit App identifier (shown in the Realtime section of the Cloudflare
                dashboard). Both the dashed UUID form (`14a396e7-ca44-4937-bf1f-050a69118543`) and 32 hex
                digits appear in Cloudflare's material. Defaults to the value given to the client. At most
                36 characters.
            meeting_id: ID of a meeting. When passed, only the recordings of this meeting are returned.
            expired: If passed, only shows expired (`true`) or non-expired (`false`) recordings on
                RealtimeKit's bucket.
            search: The search query string. You can search using the meeting ID or title.
            sort_by: Field to sort by. One of ``'invokedTime'``.
            sort_order: Sort direction. One of ``'ASC'``, ``'DESC'``.
            start_time: Start of the time range to filter by, in ISO 8601 format.
            end_time: End of the time range to filter by, in ISO 8601 format.
            status: Filter by one or more recording statuses; sent comma-separated
                (`status=UPLOADED,ERRORED`).
            page_size: Number of results per page. Minimum 0. Left to the server when not given.
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
                carrying the vendor's error body. Documented: 400, 401, 403.
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

        async def fetch(page_number: int) -> RecordingListResponse:
            return await _get_all_recordings.asyncio(
                self._client,
                self._client._core.path_default("account_id", account_id),
                self._client._core.path_default("app_id", app_id),
                page_no=page_number,
                per_page=page_size if page_size is not None else UNSET,
                meeting_id=meeting_id,
                expired=expired,
                search=search,
                sort_by=sort_by,
                sort_order=sort_order,
                start_time=start_time,
                end_time=end_time,
                status=status,
                options=options,
            )

        rules: PageRules[RecordingListResponse, RecordingListItem] = PageRules(
            first_page=1,
            items=lambda page: cast("builtins.list[RecordingListItem] | None", dig(page, *("data",))),
            total_pages=None,
            total_items=lambda page: dig(
                page,
                *(
                    "paging",
                    "total_count",
                ),
            ),
            page_size=page_size,
            first_item=lambda page: dig(
                page,
                *(
                    "paging",
                    "start_offset",
                ),
            ),
        )
        return AsyncPager(fetch, rules, limit=limit)

    async def start(
        self,
        *,
        account_id: str | None = None,
        app_id: str | None = None,
        body: StartRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> RecordingResponse:
        """Start recording a meeting.

        Starts recording a meeting. The recording can be started by an App admin directly, or by a
        participant with permission to record, depending on the authorization used. Only `meeting_id` is
        required; audio, video, watermark, duration limit, file name prefix, livestream output, interactive
        (ID3) metadata and the destination (RealtimeKit's bucket and/or your own `storage_config`) are
        optional. By default a meeting allows one recording at a time (`allow_multiple_recordings`). Answers
        200 (not 201) with the new recording, usually in status `INVOKED`. Beta. Token permissions (at least
        one): Realtime Admin, Realtime.

        ``POST /accounts/{account_id}/realtime/kit/{app_id}/recordings`` (operation ``start_recording``).

        Args:
            account_id: The Cloudflare account identifier. Defaults to the value given to the client. At
                most 32 characters.
            app_id: The RealtimeKit App identifier (shown in the Realtime section of the Cloudflare
                dashboard). Both the dashed UUID form (`14a396e7-ca44-4937-bf1f-050a69118543`) and 32 hex
                digits appear in Cloudflare's material. Defaults to the value given to the client. At most
                36 characters.
            body: What to record, how, and where to put the files. Only `meeting_id` is required. A
                ``StartRecordingRequest`` or a mapping of its JSON fields. Required fields: ``meeting_id``.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            RecordingResponse: The recording was started (usually in status `INVOKED`).

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404, 409.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _start_recording.asyncio(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
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
        account_id: str | None = None,
        app_id: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> RecordingResponse:
        """Fetch details of a recording.

        Returns details of a recording: its status, timestamps, download URLs once uploaded, why it started
        and stopped, and its storage configuration. Poll it to follow a recording through `INVOKED` →
        `RECORDING` (⇄ `PAUSED`) → `UPLOADING` → `UPLOADED`, or `ERRORED`. Beta. Token permissions (at least
        one): Realtime Admin, Realtime.

        ``GET /accounts/{account_id}/realtime/kit/{app_id}/recordings/{recording_id}`` (operation ``get_one_recording``).

        Args:
            recording_id: ID of the recording.
            account_id: The Cloudflare account identifier. Defaults to the value given to the client. At
                most 32 characters.
            app_id: The RealtimeKit App identifier (shown in the Realtime section of the Cloudflare
                dashboard). Both the dashed UUID form (`14a396e7-ca44-4937-bf1f-050a69118543`) and 32 hex
                digits appear in Cloudflare's material. Defaults to the value given to the client. At most
                36 characters.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            RecordingResponse: The recording.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _get_one_recording.asyncio(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            recording_id,
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
        recording_id: str,
        *,
        account_id: str | None = None,
        app_id: str | None = None,
        timeout: float = 600.0,
        poll_interval: float = 5.0,
    ) -> RecordingResponse:
        """Poll ``get`` until the status is one of ``UPLOADED``.

        Args:
            recording_id: ID of the recording.
            account_id: The Cloudflare account identifier. Defaults to the value given to the client. At
                most 32 characters.
            app_id: The RealtimeKit App identifier (shown in the Realtime section of the Cloudflare
                dashboard). Both the dashed UUID form (`14a396e7-ca44-4937-bf1f-050a69118543`) and 32 hex
                digits appear in Cloudflare's material. Defaults to the value given to the client. At most
                36 characters.
            timeout: seconds to wait in all before ``WaiterTimeoutError``.
            poll_interval: seconds between two polls.

        Returns:
            RecordingResponse: the last value polled.

        Raises:
            WaiterTimeoutError: still not done after ``timeout`` seconds.
            WaiterFailureError: the status became ``ERRORED``.
        """
        return await wait_until_async(
            lambda: self.get(
                recording_id,
                account_id=account_id,
                app_id=app_id,
            ),
            lambda value: dig(
                value,
                *(
                    "data",
                    "status",
                ),
            ),
            success=("UPLOADED",),
            failure=("ERRORED",),
            timeout=timeout,
            poll_interval=poll_interval,
            sleep=self._client._sleep,
        )

    async def wait_until_status(
        self,
        recording_id: str,
        *,
        account_id: str | None = None,
        app_id: str | None = None,
        status: str | Iterable[str],
        timeout: float = 600.0,
        poll_interval: float = 5.0,
    ) -> RecordingResponse:
        """Poll ``get`` until the status is ``status`` (or one of several), e.g. running before a pause.

        Raises:
            WaiterTimeoutError: not there after ``timeout`` seconds (``poll_interval`` between two polls).
            WaiterFailureError: the status became one of UPLOADED, ERRORED that was not asked for
                (the resource can no longer get to ``status``).
        """
        success, failure = status_targets(status, success=("UPLOADED",), failure=("ERRORED",))
        return await wait_until_async(
            lambda: self.get(
                recording_id,
                account_id=account_id,
                app_id=app_id,
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

    async def update(
        self,
        recording_id: str,
        *,
        account_id: str | None = None,
        app_id: str | None = None,
        body: UpdateRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> RecordingResponse:
        """Pause/Resume/Stop recording.

        Pauses, resumes or stops the recording, as chosen by `action`. Answers with the recording as it is
        after the action. A stopped recording goes on to `UPLOADING` and then `UPLOADED`; follow it with
        get_one_recording. Beta. Token permissions (at least one): Realtime Admin, Realtime.

        ``PUT /accounts/{account_id}/realtime/kit/{app_id}/recordings/{recording_id}`` (operation ``pause_resume_stop_recording``).

        Args:
            recording_id: ID of the recording.
            account_id: The Cloudflare account identifier. Defaults to the value given to the client. At
                most 32 characters.
            app_id: The RealtimeKit App identifier (shown in the Realtime section of the Cloudflare
                dashboard). Both the dashed UUID form (`14a396e7-ca44-4937-bf1f-050a69118543`) and 32 hex
                digits appear in Cloudflare's material. Defaults to the value given to the client. At most
                36 characters.
            body: The action to apply to the recording. A ``UpdateRecordingRequest`` or a mapping of its
                JSON fields. Required fields: ``action``.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            RecordingResponse: The recording after the action.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404, 409.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _pause_resume_stop_recording.asyncio(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            recording_id,
            body=body,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )

    async def get_active(
        self,
        meeting_id: str,
        *,
        account_id: str | None = None,
        app_id: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> ActiveRecordingResponse:
        """Fetch active recording.

        Returns the active recording of the given meeting, or 404 when the meeting has none. Token
        permissions (at least one): Realtime Admin, Realtime.

        ``GET /accounts/{account_id}/realtime/kit/{app_id}/recordings/active-recording/{meeting_id}`` (operation ``get_active_recording``).

        Args:
            meeting_id: ID of the meeting.
            account_id: The Cloudflare account identifier. Defaults to the value given to the client. At
                most 32 characters.
            app_id: The RealtimeKit App identifier (shown in the Realtime section of the Cloudflare
                dashboard). Both the dashed UUID form (`14a396e7-ca44-4937-bf1f-050a69118543`) and 32 hex
                digits appear in Cloudflare's material. Defaults to the value given to the client. At most
                36 characters.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            ActiveRecordingResponse: The meeting's active recording.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _get_active_recording.asyncio(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            meeting_id,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )

    async def start_track(
        self,
        *,
        account_id: str | None = None,
        app_id: str | None = None,
        body: StartTrackRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> TrackRecordingResponse:
        """Start recording participant audio tracks.

        Starts track recording for an active meeting: each participant's audio is recorded as a separate
        WebM file in the RealtimeKit bucket. Video track recording is in development. Use `layers` only to
        set a file name prefix; selective track recording (`user_ids`) is in early beta (contact support to
        use it). See https://developers.cloudflare.com/realtime/realtimekit/recording-guide/track-recording/
        . Token permissions (at least one): Realtime Admin, Realtime.

        ``POST /accounts/{account_id}/realtime/kit/{app_id}/recordings/track`` (operation ``startTrackRecordingForAMeeting``).

        Args:
            account_id: The Cloudflare account identifier. Defaults to the value given to the client. At
                most 32 characters.
            app_id: The RealtimeKit App identifier (shown in the Realtime section of the Cloudflare
                dashboard). Both the dashed UUID form (`14a396e7-ca44-4937-bf1f-050a69118543`) and 32 hex
                digits appear in Cloudflare's material. Defaults to the value given to the client. At most
                36 characters.
            body: Starts audio track recording for an active meeting. Use `layers` only when you need to set
                a file name prefix. A ``StartTrackRecordingRequest`` or a mapping of its JSON fields.
                Required fields: ``meeting_id``.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            TrackRecordingResponse: Track recording started.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _start_track_recording_for_a_meeting.asyncio(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            body=body,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )


class AsyncRecordingsResourceWithRawResponse:
    """Composite recordings of a meeting, and per-participant audio track recordings.

    Each call returns an ``APIResponse``: the parsed value and the raw httpx response.
    """

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        account_id: str | None = None,
        app_id: str | None = None,
        meeting_id: str | Unset = UNSET,
        page_no: int | Unset = UNSET,
        per_page: int | Unset = UNSET,
        expired: bool | Unset = UNSET,
        search: str | Unset = UNSET,
        sort_by: RecordingSortBy | Unset = UNSET,
        sort_order: SortOrder | Unset = UNSET,
        start_time: datetime.datetime | Unset = UNSET,
        end_time: datetime.datetime | Unset = UNSET,
        status: builtins.list[RecordingStatus] | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[RecordingListResponse]:
        """Fetch all recordings for an App.

        Returns all recordings of the App, optionally filtered by meeting (`meeting_id`), status (one or
        more, sent comma-separated), time range, expiry on RealtimeKit's bucket, or a search on meeting ID /
        title. Page-numbered with `page_no` and `per_page`; the answer's `paging` block carries
        `total_count` and the 1-based offsets of the page. Each item also carries the recording's
        `storage_config` and its `meeting`. Token permissions (at least one): Realtime Admin, Realtime.

        ``GET /accounts/{account_id}/realtime/kit/{app_id}/recordings`` (operation ``get_all_recordings``).

        Args:
            account_id: The Cloudflare account identifier. Defaults to the value given to the client. At
                most 32 characters.
            app_id: The RealtimeKit App identifier (shown in the Realtime section of the Cloudflare
                dashboard). Both the dashed UUID form (`14a396e7-ca44-4937-bf1f-050a69118543`) and 32 hex
                digits appear in Cloudflare's material. Defaults to the value given to the client. At most
                36 characters.
            meeting_id: ID of a meeting. When passed, only the recordings of this meeting are returned.
            page_no: The page number from which you want your page search results to be displayed. Minimum
                0.
            per_page: Number of results per page. Minimum 0.
            expired: If passed, only shows expired (`true`) or non-expired (`false`) recordings on
                RealtimeKit's bucket.
            search: The search query string. You can search using the meeting ID or title.
            sort_by: Field to sort by. One of ``'invokedTime'``.
            sort_order: Sort direction. One of ``'ASC'``, ``'DESC'``.
            start_time: Start of the time range to filter by, in ISO 8601 format.
            end_time: End of the time range to filter by, in ISO 8601 format.
            status: Filter by one or more recording statuses; sent comma-separated
                (`status=UPLOADED,ERRORED`).
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            APIResponse[RecordingListResponse]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _get_all_recordings.asyncio_detailed(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            meeting_id=meeting_id,
            page_no=page_no,
            per_page=per_page,
            expired=expired,
            search=search,
            sort_by=sort_by,
            sort_order=sort_order,
            start_time=start_time,
            end_time=end_time,
            status=status,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )

    async def start(
        self,
        *,
        account_id: str | None = None,
        app_id: str | None = None,
        body: StartRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[RecordingResponse]:
        """Start recording a meeting.

        Starts recording a meeting. The recording can be started by an App admin directly, or by a
        participant with permission to record, depending on the authorization used. Only `meeting_id` is
        required; audio, video, watermark, duration limit, file name prefix, livestream output, interactive
        (ID3) metadata and the destination (RealtimeKit's bucket and/or your own `storage_config`) are
        optional. By default a meeting allows one recording at a time (`allow_multiple_recordings`). Answers
        200 (not 201) with the new recording, usually in status `INVOKED`. Beta. Token permissions (at least
        one): Realtime Admin, Realtime.

        ``POST /accounts/{account_id}/realtime/kit/{app_id}/recordings`` (operation ``start_recording``).

        Args:
            account_id: The Cloudflare account identifier. Defaults to the value given to the client. At
                most 32 characters.
            app_id: The RealtimeKit App identifier (shown in the Realtime section of the Cloudflare
                dashboard). Both the dashed UUID form (`14a396e7-ca44-4937-bf1f-050a69118543`) and 32 hex
                digits appear in Cloudflare's material. Defaults to the value given to the client. At most
                36 characters.
            body: What to record, how, and where to put the files. Only `meeting_id` is required. A
                ``StartRecordingRequest`` or a mapping of its JSON fields. Required fields: ``meeting_id``.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            APIResponse[RecordingResponse]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404, 409.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _start_recording.asyncio_detailed(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
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
        account_id: str | None = None,
        app_id: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[RecordingResponse]:
        """Fetch details of a recording.

        Returns details of a recording: its status, timestamps, download URLs once uploaded, why it started
        and stopped, and its storage configuration. Poll it to follow a recording through `INVOKED` →
        `RECORDING` (⇄ `PAUSED`) → `UPLOADING` → `UPLOADED`, or `ERRORED`. Beta. Token permissions (at least
        one): Realtime Admin, Realtime.

        ``GET /accounts/{account_id}/realtime/kit/{app_id}/recordings/{recording_id}`` (operation ``get_one_recording``).

        Args:
            recording_id: ID of the recording.
            account_id: The Cloudflare account identifier. Defaults to the value given to the client. At
                most 32 characters.
            app_id: The RealtimeKit App identifier (shown in the Realtime section of the Cloudflare
                dashboard). Both the dashed UUID form (`14a396e7-ca44-4937-bf1f-050a69118543`) and 32 hex
                digits appear in Cloudflare's material. Defaults to the value given to the client. At most
                36 characters.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            APIResponse[RecordingResponse]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _get_one_recording.asyncio_detailed(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            recording_id,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )

    async def update(
        self,
        recording_id: str,
        *,
        account_id: str | None = None,
        app_id: str | None = None,
        body: UpdateRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[RecordingResponse]:
        """Pause/Resume/Stop recording.

        Pauses, resumes or stops the recording, as chosen by `action`. Answers with the recording as it is
        after the action. A stopped recording goes on to `UPLOADING` and then `UPLOADED`; follow it with
        get_one_recording. Beta. Token permissions (at least one): Realtime Admin, Realtime.

        ``PUT /accounts/{account_id}/realtime/kit/{app_id}/recordings/{recording_id}`` (operation ``pause_resume_stop_recording``).

        Args:
            recording_id: ID of the recording.
            account_id: The Cloudflare account identifier. Defaults to the value given to the client. At
                most 32 characters.
            app_id: The RealtimeKit App identifier (shown in the Realtime section of the Cloudflare
                dashboard). Both the dashed UUID form (`14a396e7-ca44-4937-bf1f-050a69118543`) and 32 hex
                digits appear in Cloudflare's material. Defaults to the value given to the client. At most
                36 characters.
            body: The action to apply to the recording. A ``UpdateRecordingRequest`` or a mapping of its
                JSON fields. Required fields: ``action``.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            APIResponse[RecordingResponse]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404, 409.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _pause_resume_stop_recording.asyncio_detailed(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            recording_id,
            body=body,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )

    async def get_active(
        self,
        meeting_id: str,
        *,
        account_id: str | None = None,
        app_id: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[ActiveRecordingResponse]:
        """Fetch active recording.

        Returns the active recording of the given meeting, or 404 when the meeting has none. Token
        permissions (at least one): Realtime Admin, Realtime.

        ``GET /accounts/{account_id}/realtime/kit/{app_id}/recordings/active-recording/{meeting_id}`` (operation ``get_active_recording``).

        Args:
            meeting_id: ID of the meeting.
            account_id: The Cloudflare account identifier. Defaults to the value given to the client. At
                most 32 characters.
            app_id: The RealtimeKit App identifier (shown in the Realtime section of the Cloudflare
                dashboard). Both the dashed UUID form (`14a396e7-ca44-4937-bf1f-050a69118543`) and 32 hex
                digits appear in Cloudflare's material. Defaults to the value given to the client. At most
                36 characters.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            APIResponse[ActiveRecordingResponse]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _get_active_recording.asyncio_detailed(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            meeting_id,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )

    async def start_track(
        self,
        *,
        account_id: str | None = None,
        app_id: str | None = None,
        body: StartTrackRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        deadline: float | NotGiven | None = NOT_GIVEN,
        validate_request: bool | None = None,
    ) -> APIResponse[TrackRecordingResponse]:
        """Start recording participant audio tracks.

        Starts track recording for an active meeting: each participant's audio is recorded as a separate
        WebM file in the RealtimeKit bucket. Video track recording is in development. Use `layers` only to
        set a file name prefix; selective track recording (`user_ids`) is in early beta (contact support to
        use it). See https://developers.cloudflare.com/realtime/realtimekit/recording-guide/track-recording/
        . Token permissions (at least one): Realtime Admin, Realtime.

        ``POST /accounts/{account_id}/realtime/kit/{app_id}/recordings/track`` (operation ``startTrackRecordingForAMeeting``).

        Args:
            account_id: The Cloudflare account identifier. Defaults to the value given to the client. At
                most 32 characters.
            app_id: The RealtimeKit App identifier (shown in the Realtime section of the Cloudflare
                dashboard). Both the dashed UUID form (`14a396e7-ca44-4937-bf1f-050a69118543`) and 32 hex
                digits appear in Cloudflare's material. Defaults to the value given to the client. At most
                36 characters.
            body: Starts audio track recording for an active meeting. Use `layers` only when you need to set
                a file name prefix. A ``StartTrackRecordingRequest`` or a mapping of its JSON fields.
                Required fields: ``meeting_id``.
            timeout: seconds (or an ``httpx.Timeout``) for this call, instead of the client's.
            max_retries: retry budget for this call, instead of the client's.
            extra_headers: headers added to this request.
            deadline: seconds for the whole call, retries and backoff included, instead of the client's.
            validate_request: ``False`` sends arguments the spec's rules reject (instead of the client's
                setting).

        Returns:
            APIResponse[TrackRecordingResponse]: the parsed value (``.parsed``) and the raw httpx response.

        Raises:
            APIStatusError: an error status, as its subclass (``NotFoundError``, ``RateLimitError``, ...)
                carrying the vendor's error body. Documented: 400, 401, 403, 404.
            APIConnectionError: no response (``APITimeoutError`` on a timeout, ``DeadlineExceededError``
                when the deadline ran out), after any retries.
            RequestValidationError: an argument breaks the spec's rules; nothing was sent.
        """
        return await _start_track_recording_for_a_meeting.asyncio_detailed(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            body=body,
            options=RequestOptions(
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                deadline=deadline,
                validate_request=validate_request,
            ),
        )
