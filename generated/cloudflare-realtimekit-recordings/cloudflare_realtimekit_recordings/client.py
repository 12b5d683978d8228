# Generated from specs/cloudflare/openapi.yaml by `make generate`. Do not edit.
"""CloudflareRealtimeKitRecordings and AsyncCloudflareRealtimeKitRecordings: the entry points of this package (Cloudflare RealtimeKit Recordings API)."""

from __future__ import annotations

import builtins
import datetime
import os
from collections.abc import Callable, Mapping, Sequence
from functools import cached_property
from typing import IO, Any, cast

import httpx

from . import __version__
from ._runtime import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    NOT_GIVEN,
    APIResponse,
    AsyncClient,
    AsyncPager,
    ClientSettings,
    DownloadError,
    DownloadResult,
    NotGiven,
    PageRules,
    Redactor,
    RequestOptions,
    RetryPolicy,
    Scheme,
    SyncClient,
    SyncPager,
    TimeoutTypes,
    auth_headers,
    dig,
    download_async,
    download_sync,
    enable_debug_logging,
    missing,
    resolve_credential,
    wait_until,
    wait_until_async,
)
from .api.recordings import get_active_recording as _get_active_recording
from .api.recordings import get_all_recordings as _get_all_recordings
from .api.recordings import get_one_recording as _get_one_recording
from .api.recordings import pause_resume_stop_recording as _pause_resume_stop_recording
from .api.recordings import start_recording as _start_recording
from .api.recordings import start_track_recording_for_a_meeting as _start_track_recording_for_a_meeting
from .models import Recording, RecordingDetails, RecordingListItem
from .models.active_recording_response import ActiveRecordingResponse
from .models.recording_list_response import RecordingListResponse
from .models.recording_response import RecordingResponse
from .models.recording_sort_by import RecordingSortBy
from .models.recording_status import RecordingStatus
from .models.sort_order import SortOrder
from .models.start_recording_request import StartRecordingRequest
from .models.start_track_recording_request import StartTrackRecordingRequest
from .models.track_recording_response import TrackRecordingResponse
from .models.update_recording_request import UpdateRecordingRequest
from .types import UNSET, Unset

__all__ = ["CloudflareRealtimeKitRecordings", "AsyncCloudflareRealtimeKitRecordings"]

DEFAULT_BASE_URL = "https://api.cloudflare.com/client/v4"
BASE_URL_ENV = "CLOUDFLARE_REALTIMEKIT_BASE_URL"
LOG_ENV = "CLOUDFLARE_REALTIMEKIT_LOG"
SCHEMES = (
    Scheme(
        name="api_token",
        header="Authorization",
        prefix="Bearer ",
        arg="api_token",
        env="CLOUDFLARE_API_TOKEN",
        required=True,
    ),
)
SECRET_FIELDS = (
    "access_key",
    "password",
    "private_key",
    "secret",
)
SECRET_HEADERS = ("Authorization",)


def _settings(
    credentials: Mapping[str, Callable[[], str]],
    secrets: Sequence[str],
    *,
    base_url: str | None,
    timeout: TimeoutTypes,
    max_retries: int,
    default_headers: Mapping[str, str] | None,
    retry_policy: RetryPolicy | None,
    debug: bool,
    path_defaults: Mapping[str, str | None],
) -> ClientSettings:
    if debug or os.environ.get(LOG_ENV, "").lower() == "debug":
        enable_debug_logging(__package__ or "cloudflare_realtimekit_recordings")
    redactor = Redactor(secrets=secrets, secret_headers=SECRET_HEADERS, secret_fields=SECRET_FIELDS)
    return ClientSettings(
        base_url=base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL,
        auth_headers=auth_headers(SCHEMES, credentials, on_credential=redactor.add_secret),
        redactor=redactor,
        logger_name=__package__ or "cloudflare_realtimekit_recordings",
        user_agent=f"cloudflare-realtimekit-recordings/{__version__} httpx/{httpx.__version__}",
        request_id_headers=("cf-ray",),
        error_message_paths=(
            "error.message",
            "errors.0.message",
        ),
        timeout=timeout,
        max_retries=max_retries,
        default_headers=dict(default_headers or {}),
        retry_policy=retry_policy or RetryPolicy(),
        path_defaults=path_defaults,
    )


def _credentials(
    api_token: str | None,
) -> tuple[dict[str, Callable[[], str]], list[str]]:
    """Each scheme's credential (argument, else environment) and the values to redact."""
    providers: dict[str, Callable[[], str]] = {}
    secrets: list[str] = []
    api_token = resolve_credential(SCHEMES[0], api_token)
    if api_token is not None:
        secrets.append(api_token)
        providers["api_token"] = (lambda value: lambda: value)(api_token)
    else:
        raise missing(SCHEMES[0])
    return providers, secrets


def _options(
    timeout: TimeoutTypes | NotGiven, max_retries: int | None, extra_headers: Mapping[str, str] | None
) -> RequestOptions:
    return RequestOptions(timeout=timeout, max_retries=max_retries, extra_headers=extra_headers)


def _download_target(source: Any) -> tuple[str, int | None]:
    """The URL and expected size (bytes) of a downloadable model, or a plain URL."""
    if isinstance(source, str):
        return source, None
    if isinstance(source, Recording):
        url = dig(source, *("download_url",))
        size = dig(source, *("file_size",))
        if not url:
            raise DownloadError(f"this {type(source).__name__} has no download URL yet")
        return str(url), int(size) if isinstance(size, int | float) and size > 0 else None
    if isinstance(source, RecordingDetails):
        url = dig(source, *("download_url",))
        size = dig(source, *("file_size",))
        if not url:
            raise DownloadError(f"this {type(source).__name__} has no download URL yet")
        return str(url), int(size) if isinstance(size, int | float) and size > 0 else None
    if isinstance(source, RecordingListItem):
        url = dig(source, *("download_url",))
        size = dig(source, *("file_size",))
        if not url:
            raise DownloadError(f"this {type(source).__name__} has no download URL yet")
        return str(url), int(size) if isinstance(size, int | float) and size > 0 else None
    raise TypeError(f"cannot download a {type(source).__name__}: pass a URL or a model with a download URL")


class RecordingsResourceWithRawResponse:
    """Operations tagged recordings, returning ``APIResponse`` (parsed value + raw httpx response)."""

    def __init__(self, client: CloudflareRealtimeKitRecordings) -> None:
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
    ) -> APIResponse[RecordingListResponse]:
        """Fetch all recordings for an App (``GET /accounts/{account_id}/realtime/kit/{app_id}/recordings``)."""
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
            options=_options(timeout, max_retries, extra_headers),
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
    ) -> APIResponse[RecordingResponse]:
        """Start recording a meeting (``POST /accounts/{account_id}/realtime/kit/{app_id}/recordings``)."""
        return _start_recording.sync_detailed(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            body=body if isinstance(body, StartRecordingRequest) else StartRecordingRequest.from_dict(body),
            options=_options(timeout, max_retries, extra_headers),
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
    ) -> APIResponse[RecordingResponse]:
        """Fetch details of a recording (``GET /accounts/{account_id}/realtime/kit/{app_id}/recordings/{recording_id}``)."""
        return _get_one_recording.sync_detailed(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            recording_id,
            options=_options(timeout, max_retries, extra_headers),
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
    ) -> APIResponse[RecordingResponse]:
        """Pause/Resume/Stop recording (``PUT /accounts/{account_id}/realtime/kit/{app_id}/recordings/{recording_id}``)."""
        return _pause_resume_stop_recording.sync_detailed(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            recording_id,
            body=body if isinstance(body, UpdateRecordingRequest) else UpdateRecordingRequest.from_dict(body),
            options=_options(timeout, max_retries, extra_headers),
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
    ) -> APIResponse[ActiveRecordingResponse]:
        """Fetch active recording (``GET /accounts/{account_id}/realtime/kit/{app_id}/recordings/active-recording/{meeting_id}``)."""
        return _get_active_recording.sync_detailed(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            meeting_id,
            options=_options(timeout, max_retries, extra_headers),
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
    ) -> APIResponse[TrackRecordingResponse]:
        """Start recording participant audio tracks (``POST /accounts/{account_id}/realtime/kit/{app_id}/recordings/track``)."""
        return _start_track_recording_for_a_meeting.sync_detailed(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            body=body if isinstance(body, StartTrackRecordingRequest) else StartTrackRecordingRequest.from_dict(body),
            options=_options(timeout, max_retries, extra_headers),
        )


class RecordingsResource:
    """Operations tagged recordings."""

    def __init__(self, client: CloudflareRealtimeKitRecordings) -> None:
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
    ) -> RecordingListResponse:
        """Fetch all recordings for an App (``GET /accounts/{account_id}/realtime/kit/{app_id}/recordings``)."""
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
            options=_options(timeout, max_retries, extra_headers),
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
    ) -> SyncPager[RecordingListResponse, RecordingListItem]:
        """Every item of every page of ``list``, fetched lazily one page at a time; ``limit`` caps the item count."""
        options = _options(timeout, max_retries, extra_headers)

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
    ) -> RecordingResponse:
        """Start recording a meeting (``POST /accounts/{account_id}/realtime/kit/{app_id}/recordings``)."""
        return _start_recording.sync(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            body=body if isinstance(body, StartRecordingRequest) else StartRecordingRequest.from_dict(body),
            options=_options(timeout, max_retries, extra_headers),
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
    ) -> RecordingResponse:
        """Fetch details of a recording (``GET /accounts/{account_id}/realtime/kit/{app_id}/recordings/{recording_id}``)."""
        return _get_one_recording.sync(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            recording_id,
            options=_options(timeout, max_retries, extra_headers),
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
        """Poll ``get`` until the status is one of UPLOADED (raise ``WaiterFailureError`` on ERRORED); ``WaiterTimeoutError`` after ``timeout`` seconds."""
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
    ) -> RecordingResponse:
        """Pause/Resume/Stop recording (``PUT /accounts/{account_id}/realtime/kit/{app_id}/recordings/{recording_id}``)."""
        return _pause_resume_stop_recording.sync(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            recording_id,
            body=body if isinstance(body, UpdateRecordingRequest) else UpdateRecordingRequest.from_dict(body),
            options=_options(timeout, max_retries, extra_headers),
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
    ) -> ActiveRecordingResponse:
        """Fetch active recording (``GET /accounts/{account_id}/realtime/kit/{app_id}/recordings/active-recording/{meeting_id}``)."""
        return _get_active_recording.sync(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            meeting_id,
            options=_options(timeout, max_retries, extra_headers),
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
    ) -> TrackRecordingResponse:
        """Start recording participant audio tracks (``POST /accounts/{account_id}/realtime/kit/{app_id}/recordings/track``)."""
        return _start_track_recording_for_a_meeting.sync(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            body=body if isinstance(body, StartTrackRecordingRequest) else StartTrackRecordingRequest.from_dict(body),
            options=_options(timeout, max_retries, extra_headers),
        )


class AsyncRecordingsResourceWithRawResponse:
    """Operations tagged recordings, returning ``APIResponse`` (parsed value + raw httpx response)."""

    def __init__(self, client: AsyncCloudflareRealtimeKitRecordings) -> None:
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
    ) -> APIResponse[RecordingListResponse]:
        """Fetch all recordings for an App (``GET /accounts/{account_id}/realtime/kit/{app_id}/recordings``)."""
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
            options=_options(timeout, max_retries, extra_headers),
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
    ) -> APIResponse[RecordingResponse]:
        """Start recording a meeting (``POST /accounts/{account_id}/realtime/kit/{app_id}/recordings``)."""
        return await _start_recording.asyncio_detailed(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            body=body if isinstance(body, StartRecordingRequest) else StartRecordingRequest.from_dict(body),
            options=_options(timeout, max_retries, extra_headers),
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
    ) -> APIResponse[RecordingResponse]:
        """Fetch details of a recording (``GET /accounts/{account_id}/realtime/kit/{app_id}/recordings/{recording_id}``)."""
        return await _get_one_recording.asyncio_detailed(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            recording_id,
            options=_options(timeout, max_retries, extra_headers),
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
    ) -> APIResponse[RecordingResponse]:
        """Pause/Resume/Stop recording (``PUT /accounts/{account_id}/realtime/kit/{app_id}/recordings/{recording_id}``)."""
        return await _pause_resume_stop_recording.asyncio_detailed(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            recording_id,
            body=body if isinstance(body, UpdateRecordingRequest) else UpdateRecordingRequest.from_dict(body),
            options=_options(timeout, max_retries, extra_headers),
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
    ) -> APIResponse[ActiveRecordingResponse]:
        """Fetch active recording (``GET /accounts/{account_id}/realtime/kit/{app_id}/recordings/active-recording/{meeting_id}``)."""
        return await _get_active_recording.asyncio_detailed(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            meeting_id,
            options=_options(timeout, max_retries, extra_headers),
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
    ) -> APIResponse[TrackRecordingResponse]:
        """Start recording participant audio tracks (``POST /accounts/{account_id}/realtime/kit/{app_id}/recordings/track``)."""
        return await _start_track_recording_for_a_meeting.asyncio_detailed(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            body=body if isinstance(body, StartTrackRecordingRequest) else StartTrackRecordingRequest.from_dict(body),
            options=_options(timeout, max_retries, extra_headers),
        )


class AsyncRecordingsResource:
    """Operations tagged recordings."""

    def __init__(self, client: AsyncCloudflareRealtimeKitRecordings) -> None:
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
    ) -> RecordingListResponse:
        """Fetch all recordings for an App (``GET /accounts/{account_id}/realtime/kit/{app_id}/recordings``)."""
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
            options=_options(timeout, max_retries, extra_headers),
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
    ) -> AsyncPager[RecordingListResponse, RecordingListItem]:
        """Every item of every page of ``list``, fetched lazily one page at a time; ``limit`` caps the item count."""
        options = _options(timeout, max_retries, extra_headers)

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
    ) -> RecordingResponse:
        """Start recording a meeting (``POST /accounts/{account_id}/realtime/kit/{app_id}/recordings``)."""
        return await _start_recording.asyncio(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            body=body if isinstance(body, StartRecordingRequest) else StartRecordingRequest.from_dict(body),
            options=_options(timeout, max_retries, extra_headers),
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
    ) -> RecordingResponse:
        """Fetch details of a recording (``GET /accounts/{account_id}/realtime/kit/{app_id}/recordings/{recording_id}``)."""
        return await _get_one_recording.asyncio(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            recording_id,
            options=_options(timeout, max_retries, extra_headers),
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
        """Poll ``get`` until the status is one of UPLOADED (raise ``WaiterFailureError`` on ERRORED); ``WaiterTimeoutError`` after ``timeout`` seconds."""
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
    ) -> RecordingResponse:
        """Pause/Resume/Stop recording (``PUT /accounts/{account_id}/realtime/kit/{app_id}/recordings/{recording_id}``)."""
        return await _pause_resume_stop_recording.asyncio(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            recording_id,
            body=body if isinstance(body, UpdateRecordingRequest) else UpdateRecordingRequest.from_dict(body),
            options=_options(timeout, max_retries, extra_headers),
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
    ) -> ActiveRecordingResponse:
        """Fetch active recording (``GET /accounts/{account_id}/realtime/kit/{app_id}/recordings/active-recording/{meeting_id}``)."""
        return await _get_active_recording.asyncio(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            meeting_id,
            options=_options(timeout, max_retries, extra_headers),
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
    ) -> TrackRecordingResponse:
        """Start recording participant audio tracks (``POST /accounts/{account_id}/realtime/kit/{app_id}/recordings/track``)."""
        return await _start_track_recording_for_a_meeting.asyncio(
            self._client,
            self._client._core.path_default("account_id", account_id),
            self._client._core.path_default("app_id", app_id),
            body=body if isinstance(body, StartTrackRecordingRequest) else StartTrackRecordingRequest.from_dict(body),
            options=_options(timeout, max_retries, extra_headers),
        )


class CloudflareRealtimeKitRecordings(SyncClient):
    """Client for Cloudflare RealtimeKit Recordings API.

    Credentials come from the arguments or the environment:
    ``api_token`` / ``CLOUDFLARE_API_TOKEN`` (required): sent as the ``Authorization`` header with prefix ``Bearer``.
    ``account_id`` / ``CLOUDFLARE_ACCOUNT_ID``: default for the ``account_id`` path parameter of every call.
    ``app_id`` / ``CLOUDFLARE_REALTIMEKIT_APP_ID``: default for the ``app_id`` path parameter of every call.
    ``base_url`` / ``CLOUDFLARE_REALTIMEKIT_BASE_URL`` overrides ``https://api.cloudflare.com/client/v4``; ``debug=True`` or
    ``CLOUDFLARE_REALTIMEKIT_LOG=debug`` logs requests and responses with credentials redacted.
    """

    recordings: RecordingsResource

    def __init__(
        self,
        *,
        api_token: str | None = None,
        account_id: str | None = None,
        app_id: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        retry_policy: RetryPolicy | None = None,
        debug: bool = False,
    ) -> None:
        providers, secrets = _credentials(
            api_token,
        )
        settings = _settings(
            providers,
            secrets,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            retry_policy=retry_policy,
            debug=debug,
            path_defaults={
                "account_id": account_id or os.environ.get("CLOUDFLARE_ACCOUNT_ID") or None,
                "app_id": app_id or os.environ.get("CLOUDFLARE_REALTIMEKIT_APP_ID") or None,
            },
        )
        super().__init__(settings, http_client=http_client)
        self.recordings = RecordingsResource(self)

    def download(
        self,
        source: str | Recording | RecordingDetails | RecordingListItem,
        dest: str | os.PathLike[str] | IO[bytes],
        *,
        expected_size: int | None = None,
        chunk_size: int | None = None,
        on_progress: Callable[[int, int | None], None] | None = None,
        resume: bool = True,
        max_retries: int = 2,
        timeout: TimeoutTypes = 60.0,
    ) -> DownloadResult:
        """Stream a recording's file (or any URL) to a path or binary file, in constant memory.

        Chunks are written as the network delivers them (``chunk_size=None``) or re-cut to ``chunk_size`` bytes.

        A path is written to ``<path>.part`` and renamed when complete; an interrupted transfer resumes with an
        HTTP Range request, also on a later call. The size is checked against the server's and the recording's.
        Credentials are never sent to the download URL (they are presigned or public).
        """
        url, size = _download_target(source)
        return download_sync(
            self,
            url,
            dest,
            expected_size=expected_size if expected_size is not None else size,
            chunk_size=chunk_size,
            on_progress=on_progress,
            resume=resume,
            max_retries=max_retries,
            timeout=timeout,
        )


class AsyncCloudflareRealtimeKitRecordings(AsyncClient):
    """Asyncio client for Cloudflare RealtimeKit Recordings API.

    Credentials come from the arguments or the environment:
    ``api_token`` / ``CLOUDFLARE_API_TOKEN`` (required): sent as the ``Authorization`` header with prefix ``Bearer``.
    ``account_id`` / ``CLOUDFLARE_ACCOUNT_ID``: default for the ``account_id`` path parameter of every call.
    ``app_id`` / ``CLOUDFLARE_REALTIMEKIT_APP_ID``: default for the ``app_id`` path parameter of every call.
    ``base_url`` / ``CLOUDFLARE_REALTIMEKIT_BASE_URL`` overrides ``https://api.cloudflare.com/client/v4``; ``debug=True`` or
    ``CLOUDFLARE_REALTIMEKIT_LOG=debug`` logs requests and responses with credentials redacted.
    """

    recordings: AsyncRecordingsResource

    def __init__(
        self,
        *,
        api_token: str | None = None,
        account_id: str | None = None,
        app_id: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        retry_policy: RetryPolicy | None = None,
        debug: bool = False,
    ) -> None:
        providers, secrets = _credentials(
            api_token,
        )
        settings = _settings(
            providers,
            secrets,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            retry_policy=retry_policy,
            debug=debug,
            path_defaults={
                "account_id": account_id or os.environ.get("CLOUDFLARE_ACCOUNT_ID") or None,
                "app_id": app_id or os.environ.get("CLOUDFLARE_REALTIMEKIT_APP_ID") or None,
            },
        )
        super().__init__(settings, http_client=http_client)
        self.recordings = AsyncRecordingsResource(self)

    async def download(
        self,
        source: str | Recording | RecordingDetails | RecordingListItem,
        dest: str | os.PathLike[str] | IO[bytes],
        *,
        expected_size: int | None = None,
        chunk_size: int | None = None,
        on_progress: Callable[[int, int | None], None] | None = None,
        resume: bool = True,
        max_retries: int = 2,
        timeout: TimeoutTypes = 60.0,
    ) -> DownloadResult:
        """Stream a recording's file (or any URL) to a path or binary file, in constant memory.

        Chunks are written as the network delivers them (``chunk_size=None``) or re-cut to ``chunk_size`` bytes.

        A path is written to ``<path>.part`` and renamed when complete; an interrupted transfer resumes with an
        HTTP Range request, also on a later call. The size is checked against the server's and the recording's.
        Credentials are never sent to the download URL (they are presigned or public).
        """
        url, size = _download_target(source)
        return await download_async(
            self,
            url,
            dest,
            expected_size=expected_size if expected_size is not None else size,
            chunk_size=chunk_size,
            on_progress=on_progress,
            resume=resume,
            max_retries=max_retries,
            timeout=timeout,
        )
