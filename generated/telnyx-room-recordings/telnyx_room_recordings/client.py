# Generated from specs/telnyx/openapi.yaml by `make generate`. Do not edit.
"""TelnyxRoomRecordings and AsyncTelnyxRoomRecordings: the entry points of this package (Telnyx Room Recordings API)."""

from __future__ import annotations

import builtins
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
from .api.room_recordings import delete_room_recording as _delete_room_recording
from .api.room_recordings import delete_room_recordings as _delete_room_recordings
from .api.room_recordings import list_room_recordings as _list_room_recordings
from .api.room_recordings import view_room_recording as _view_room_recording
from .models import RoomRecording
from .models.page_params import PageParams
from .models.room_recording_filter import RoomRecordingFilter
from .models.room_recording_list import RoomRecordingList
from .models.room_recording_response import RoomRecordingResponse
from .models.room_recordings_bulk_delete_response import RoomRecordingsBulkDeleteResponse
from .types import UNSET, Unset

__all__ = ["TelnyxRoomRecordings", "AsyncTelnyxRoomRecordings"]

DEFAULT_BASE_URL = "https://api.telnyx.com/v2"
BASE_URL_ENV = "TELNYX_ROOM_RECORDINGS_BASE_URL"
LOG_ENV = "TELNYX_ROOM_RECORDINGS_LOG"
SCHEMES = (
    Scheme(
        name="bearerAuth", header="Authorization", prefix="Bearer ", arg="api_key", env="TELNYX_API_KEY", required=True
    ),
)
SECRET_FIELDS = ()
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
        enable_debug_logging(__package__ or "telnyx_room_recordings")
    redactor = Redactor(secrets=secrets, secret_headers=SECRET_HEADERS, secret_fields=SECRET_FIELDS)
    return ClientSettings(
        base_url=base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL,
        auth_headers=auth_headers(SCHEMES, credentials, on_credential=redactor.add_secret),
        redactor=redactor,
        logger_name=__package__ or "telnyx_room_recordings",
        user_agent=f"telnyx-room-recordings/{__version__} httpx/{httpx.__version__}",
        request_id_headers=("x-request-id",),
        error_message_paths=(
            "errors.0.detail",
            "errors.0.title",
            "message",
            "detail",
            "title",
        ),
        timeout=timeout,
        max_retries=max_retries,
        default_headers=dict(default_headers or {}),
        retry_policy=retry_policy or RetryPolicy(),
        path_defaults=path_defaults,
    )


def _credentials(
    api_key: str | None,
) -> tuple[dict[str, Callable[[], str]], list[str]]:
    """Each scheme's credential (argument, else environment) and the values to redact."""
    providers: dict[str, Callable[[], str]] = {}
    secrets: list[str] = []
    api_key = resolve_credential(SCHEMES[0], api_key)
    if api_key is not None:
        secrets.append(api_key)
        providers["bearerAuth"] = (lambda value: lambda: value)(api_key)
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
    if isinstance(source, RoomRecording):
        url = dig(source, *("download_url",))
        size = None
        if not url:
            raise DownloadError(f"this {type(source).__name__} has no download URL yet")
        return str(url), int(size) if isinstance(size, int | float) and size > 0 else None
    raise TypeError(f"cannot download a {type(source).__name__}: pass a URL or a model with a download URL")


class RoomRecordingsResourceWithRawResponse:
    """Operations tagged room_recordings, returning ``APIResponse`` (parsed value + raw httpx response)."""

    def __init__(self, client: TelnyxRoomRecordings) -> None:
        self._client = client

    def list(
        self,
        *,
        filter_: RoomRecordingFilter | Unset = UNSET,
        page: PageParams | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[RoomRecordingList]:
        """View a list of room recordings (``GET /room_recordings``)."""
        return _list_room_recordings.sync_detailed(
            self._client,
            filter_=filter_,
            page=page,
            options=_options(timeout, max_retries, extra_headers),
        )

    def delete_bulk(
        self,
        *,
        filter_: RoomRecordingFilter | Unset = UNSET,
        page: PageParams | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[RoomRecordingsBulkDeleteResponse]:
        """Delete several room recordings in a bulk (``DELETE /room_recordings``)."""
        return _delete_room_recordings.sync_detailed(
            self._client,
            filter_=filter_,
            page=page,
            options=_options(timeout, max_retries, extra_headers),
        )

    def get(
        self,
        room_recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[RoomRecordingResponse]:
        """View a room recording (``GET /room_recordings/{room_recording_id}``)."""
        return _view_room_recording.sync_detailed(
            self._client,
            room_recording_id,
            options=_options(timeout, max_retries, extra_headers),
        )

    def delete(
        self,
        room_recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[None]:
        """Delete a room recording (``DELETE /room_recordings/{room_recording_id}``)."""
        return _delete_room_recording.sync_detailed(
            self._client,
            room_recording_id,
            options=_options(timeout, max_retries, extra_headers),
        )


class RoomRecordingsResource:
    """Operations tagged room_recordings."""

    def __init__(self, client: TelnyxRoomRecordings) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> RoomRecordingsResourceWithRawResponse:
        """The same operations, returning the raw response too (status, headers, request id)."""
        return RoomRecordingsResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        filter_: RoomRecordingFilter | Unset = UNSET,
        page: PageParams | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RoomRecordingList:
        """View a list of room recordings (``GET /room_recordings``)."""
        return _list_room_recordings.sync(
            self._client,
            filter_=filter_,
            page=page,
            options=_options(timeout, max_retries, extra_headers),
        )

    def iter_list(
        self,
        *,
        filter_: RoomRecordingFilter | Unset = UNSET,
        page_size: int | None = None,
        limit: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPager[RoomRecordingList, RoomRecording]:
        """Every item of every page of ``list``, fetched lazily one page at a time; ``limit`` caps the item count."""
        options = _options(timeout, max_retries, extra_headers)

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
        filter_: RoomRecordingFilter | Unset = UNSET,
        page: PageParams | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RoomRecordingsBulkDeleteResponse:
        """Delete several room recordings in a bulk (``DELETE /room_recordings``)."""
        return _delete_room_recordings.sync(
            self._client,
            filter_=filter_,
            page=page,
            options=_options(timeout, max_retries, extra_headers),
        )

    def get(
        self,
        room_recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RoomRecordingResponse:
        """View a room recording (``GET /room_recordings/{room_recording_id}``)."""
        return _view_room_recording.sync(
            self._client,
            room_recording_id,
            options=_options(timeout, max_retries, extra_headers),
        )

    def wait_until_done(
        self,
        room_recording_id: str,
        *,
        timeout: float = 600.0,
        poll_interval: float = 5.0,
    ) -> RoomRecordingResponse:
        """Poll ``get`` until the status is one of completed; ``WaiterTimeoutError`` after ``timeout`` seconds."""
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

    def delete(
        self,
        room_recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a room recording (``DELETE /room_recordings/{room_recording_id}``)."""
        return _delete_room_recording.sync(
            self._client,
            room_recording_id,
            options=_options(timeout, max_retries, extra_headers),
        )


class AsyncRoomRecordingsResourceWithRawResponse:
    """Operations tagged room_recordings, returning ``APIResponse`` (parsed value + raw httpx response)."""

    def __init__(self, client: AsyncTelnyxRoomRecordings) -> None:
        self._client = client

    async def list(
        self,
        *,
        filter_: RoomRecordingFilter | Unset = UNSET,
        page: PageParams | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[RoomRecordingList]:
        """View a list of room recordings (``GET /room_recordings``)."""
        return await _list_room_recordings.asyncio_detailed(
            self._client,
            filter_=filter_,
            page=page,
            options=_options(timeout, max_retries, extra_headers),
        )

    async def delete_bulk(
        self,
        *,
        filter_: RoomRecordingFilter | Unset = UNSET,
        page: PageParams | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[RoomRecordingsBulkDeleteResponse]:
        """Delete several room recordings in a bulk (``DELETE /room_recordings``)."""
        return await _delete_room_recordings.asyncio_detailed(
            self._client,
            filter_=filter_,
            page=page,
            options=_options(timeout, max_retries, extra_headers),
        )

    async def get(
        self,
        room_recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[RoomRecordingResponse]:
        """View a room recording (``GET /room_recordings/{room_recording_id}``)."""
        return await _view_room_recording.asyncio_detailed(
            self._client,
            room_recording_id,
            options=_options(timeout, max_retries, extra_headers),
        )

    async def delete(
        self,
        room_recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[None]:
        """Delete a room recording (``DELETE /room_recordings/{room_recording_id}``)."""
        return await _delete_room_recording.asyncio_detailed(
            self._client,
            room_recording_id,
            options=_options(timeout, max_retries, extra_headers),
        )


class AsyncRoomRecordingsResource:
    """Operations tagged room_recordings."""

    def __init__(self, client: AsyncTelnyxRoomRecordings) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncRoomRecordingsResourceWithRawResponse:
        """The same operations, returning the raw response too (status, headers, request id)."""
        return AsyncRoomRecordingsResourceWithRawResponse(self._client)

    async def list(
        self,
        *,
        filter_: RoomRecordingFilter | Unset = UNSET,
        page: PageParams | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RoomRecordingList:
        """View a list of room recordings (``GET /room_recordings``)."""
        return await _list_room_recordings.asyncio(
            self._client,
            filter_=filter_,
            page=page,
            options=_options(timeout, max_retries, extra_headers),
        )

    def iter_list(
        self,
        *,
        filter_: RoomRecordingFilter | Unset = UNSET,
        page_size: int | None = None,
        limit: int | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[RoomRecordingList, RoomRecording]:
        """Every item of every page of ``list``, fetched lazily one page at a time; ``limit`` caps the item count."""
        options = _options(timeout, max_retries, extra_headers)

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
        filter_: RoomRecordingFilter | Unset = UNSET,
        page: PageParams | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RoomRecordingsBulkDeleteResponse:
        """Delete several room recordings in a bulk (``DELETE /room_recordings``)."""
        return await _delete_room_recordings.asyncio(
            self._client,
            filter_=filter_,
            page=page,
            options=_options(timeout, max_retries, extra_headers),
        )

    async def get(
        self,
        room_recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RoomRecordingResponse:
        """View a room recording (``GET /room_recordings/{room_recording_id}``)."""
        return await _view_room_recording.asyncio(
            self._client,
            room_recording_id,
            options=_options(timeout, max_retries, extra_headers),
        )

    async def wait_until_done(
        self,
        room_recording_id: str,
        *,
        timeout: float = 600.0,
        poll_interval: float = 5.0,
    ) -> RoomRecordingResponse:
        """Poll ``get`` until the status is one of completed; ``WaiterTimeoutError`` after ``timeout`` seconds."""
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

    async def delete(
        self,
        room_recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a room recording (``DELETE /room_recordings/{room_recording_id}``)."""
        return await _delete_room_recording.asyncio(
            self._client,
            room_recording_id,
            options=_options(timeout, max_retries, extra_headers),
        )


class TelnyxRoomRecordings(SyncClient):
    """Client for Telnyx Room Recordings API.

    Credentials come from the arguments or the environment:
    ``api_key`` / ``TELNYX_API_KEY`` (required): sent as the ``Authorization`` header with prefix ``Bearer``.
    ``base_url`` / ``TELNYX_ROOM_RECORDINGS_BASE_URL`` overrides ``https://api.telnyx.com/v2``; ``debug=True`` or
    ``TELNYX_ROOM_RECORDINGS_LOG=debug`` logs requests and responses with credentials redacted.
    """

    room_recordings: RoomRecordingsResource

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        retry_policy: RetryPolicy | None = None,
        debug: bool = False,
    ) -> None:
        providers, secrets = _credentials(
            api_key,
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
            path_defaults={},
        )
        super().__init__(settings, http_client=http_client)
        self.room_recordings = RoomRecordingsResource(self)

    def download(
        self,
        source: str | RoomRecording,
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


class AsyncTelnyxRoomRecordings(AsyncClient):
    """Asyncio client for Telnyx Room Recordings API.

    Credentials come from the arguments or the environment:
    ``api_key`` / ``TELNYX_API_KEY`` (required): sent as the ``Authorization`` header with prefix ``Bearer``.
    ``base_url`` / ``TELNYX_ROOM_RECORDINGS_BASE_URL`` overrides ``https://api.telnyx.com/v2``; ``debug=True`` or
    ``TELNYX_ROOM_RECORDINGS_LOG=debug`` logs requests and responses with credentials redacted.
    """

    room_recordings: AsyncRoomRecordingsResource

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        retry_policy: RetryPolicy | None = None,
        debug: bool = False,
    ) -> None:
        providers, secrets = _credentials(
            api_key,
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
            path_defaults={},
        )
        super().__init__(settings, http_client=http_client)
        self.room_recordings = AsyncRoomRecordingsResource(self)

    async def download(
        self,
        source: str | RoomRecording,
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
