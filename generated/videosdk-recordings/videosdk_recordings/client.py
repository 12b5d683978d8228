# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
"""VideoSDKRecordings and AsyncVideoSDKRecordings: the entry points of this package (VideoSDK Recordings API)."""

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
from ._runtime._jwt import JWTMinter
from .api.composite_recordings import delete_composite_recording as _delete_composite_recording
from .api.composite_recordings import get_composite_recording as _get_composite_recording
from .api.composite_recordings import list_composite_recordings as _list_composite_recordings
from .api.composite_recordings import start_composite_recording as _start_composite_recording
from .api.composite_recordings import stop_composite_recording as _stop_composite_recording
from .api.merge_recordings import create_merge_recording as _create_merge_recording
from .api.merge_recordings import get_merge_recording as _get_merge_recording
from .api.merge_recordings import list_merge_recordings as _list_merge_recordings
from .api.participant_recordings import delete_participant_recording as _delete_participant_recording
from .api.participant_recordings import get_participant_recording as _get_participant_recording
from .api.participant_recordings import list_participant_recordings as _list_participant_recordings
from .api.participant_recordings import start_participant_recording as _start_participant_recording
from .api.participant_recordings import stop_participant_recording as _stop_participant_recording
from .api.recordings import delete_recording as _delete_recording
from .api.recordings import get_recording as _get_recording
from .api.recordings import list_recordings as _list_recordings
from .api.recordings import start_recording as _start_recording
from .api.recordings import stop_recording as _stop_recording
from .api.track_recordings import delete_track_recording as _delete_track_recording
from .api.track_recordings import get_track_recording as _get_track_recording
from .api.track_recordings import list_track_recordings as _list_track_recordings
from .api.track_recordings import start_track_recording as _start_track_recording
from .api.track_recordings import stop_track_recording as _stop_track_recording
from .models import CompositeRecording, IndividualRecording, MergeRecording, Recording
from .models.composite_recording import CompositeRecording
from .models.composite_recording_list import CompositeRecordingList
from .models.composite_recording_started import CompositeRecordingStarted
from .models.create_merge_recording_request import CreateMergeRecordingRequest
from .models.individual_recording import IndividualRecording
from .models.merge_recording import MergeRecording
from .models.merge_recording_job import MergeRecordingJob
from .models.merge_recording_list import MergeRecordingList
from .models.merge_status_filter import MergeStatusFilter
from .models.participant_recording_list import ParticipantRecordingList
from .models.recording import Recording
from .models.recording_list import RecordingList
from .models.start_composite_recording_request import StartCompositeRecordingRequest
from .models.start_participant_recording_request import StartParticipantRecordingRequest
from .models.start_recording_request import StartRecordingRequest
from .models.start_track_recording_request import StartTrackRecordingRequest
from .models.stop_composite_recording_request import StopCompositeRecordingRequest
from .models.stop_participant_recording_request import StopParticipantRecordingRequest
from .models.stop_recording_request import StopRecordingRequest
from .models.stop_track_recording_request import StopTrackRecordingRequest
from .models.track_recording_list import TrackRecordingList
from .types import UNSET, Unset

__all__ = ["VideoSDKRecordings", "AsyncVideoSDKRecordings"]

DEFAULT_BASE_URL = "https://api.videosdk.live"
BASE_URL_ENV = "VIDEOSDK_RECORDINGS_BASE_URL"
LOG_ENV = "VIDEOSDK_RECORDINGS_LOG"
SCHEMES = (Scheme(name="token", header="Authorization", prefix="", arg="token", env="VIDEOSDK_TOKEN", required=True),)
SECRET_FIELDS = (
    "preSignedURL",
    "preSignedUrl",
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
        enable_debug_logging(__package__ or "videosdk_recordings")
    redactor = Redactor(secrets=secrets, secret_headers=SECRET_HEADERS, secret_fields=SECRET_FIELDS)
    return ClientSettings(
        base_url=base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL,
        auth_headers=auth_headers(SCHEMES, credentials, on_credential=redactor.add_secret),
        redactor=redactor,
        logger_name=__package__ or "videosdk_recordings",
        user_agent=f"videosdk-recordings/{__version__} httpx/{httpx.__version__}",
        request_id_headers=(
            "x-request-id",
            "request-id",
            "x-amzn-requestid",
            "x-amz-request-id",
        ),
        error_message_paths=(
            "message",
            "error",
            "msg",
            "statusMessage",
        ),
        timeout=timeout,
        max_retries=max_retries,
        default_headers=dict(default_headers or {}),
        retry_policy=retry_policy or RetryPolicy(),
        path_defaults=path_defaults,
    )


def _credentials(
    token: str | None,
    api_key: str | None,
    secret: str | None,
) -> tuple[dict[str, Callable[[], str]], list[str]]:
    """Each scheme's credential (argument, else environment, else minted) and the values to redact."""
    providers: dict[str, Callable[[], str]] = {}
    secrets: list[str] = []
    token = resolve_credential(SCHEMES[0], token)
    if token is not None:
        secrets.append(token)
        providers["token"] = (lambda value: lambda: value)(token)
    else:
        key = api_key or os.environ.get("VIDEOSDK_API_KEY")
        secret = secret or os.environ.get("VIDEOSDK_SECRET")
        if key and secret:
            secrets.extend([key, secret])
            providers["token"] = JWTMinter(
                key=key,
                secret=secret,
                key_claim="apikey",
                claims={
                    "permissions": (
                        "allow_join",
                        "allow_mod",
                    ),
                    "version": 2,
                    "roles": ("crawler",),
                },
                ttl_seconds=86400,
                algorithm="HS256",
            )
        else:
            raise missing(
                SCHEMES[0],
                " (or api_key=/VIDEOSDK_API_KEY and secret=/VIDEOSDK_SECRET to mint one)",
            )
    return providers, secrets


def _options(
    timeout: TimeoutTypes | NotGiven, max_retries: int | None, extra_headers: Mapping[str, str] | None
) -> RequestOptions:
    return RequestOptions(timeout=timeout, max_retries=max_retries, extra_headers=extra_headers)


def _download_target(source: Any) -> tuple[str, int | None]:
    """The URL and expected size (bytes) of a downloadable model, or a plain URL."""
    if isinstance(source, str):
        return source, None
    if isinstance(source, CompositeRecording):
        url = dig(
            source,
            *(
                "file",
                "file_url",
            ),
        )
        size = dig(
            source,
            *(
                "file",
                "size",
            ),
        )
        if not url:
            raise DownloadError(f"this {type(source).__name__} has no download URL yet")
        return str(url), int(size) if isinstance(size, int | float) and size > 0 else None
    if isinstance(source, IndividualRecording):
        url = dig(
            source,
            *(
                "files",
                "0",
                "file_url",
            ),
        )
        size = dig(
            source,
            *(
                "files",
                "0",
                "size",
            ),
        )
        if not url:
            raise DownloadError(f"this {type(source).__name__} has no download URL yet")
        return str(url), int(size) if isinstance(size, int | float) and size > 0 else None
    if isinstance(source, MergeRecording):
        url = dig(
            source,
            *(
                "file",
                "file_url",
            ),
        )
        size = dig(
            source,
            *(
                "file",
                "size",
            ),
        )
        if not url:
            raise DownloadError(f"this {type(source).__name__} has no download URL yet")
        return str(url), int(size) if isinstance(size, int | float) and size > 0 else None
    if isinstance(source, Recording):
        url = dig(
            source,
            *(
                "file",
                "file_url",
            ),
        )
        size = dig(
            source,
            *(
                "file",
                "size",
            ),
        )
        if not url:
            raise DownloadError(f"this {type(source).__name__} has no download URL yet")
        return str(url), int(size) if isinstance(size, int | float) and size > 0 else None
    raise TypeError(f"cannot download a {type(source).__name__}: pass a URL or a model with a download URL")


class RecordingsResourceWithRawResponse:
    """Operations tagged recordings, returning ``APIResponse`` (parsed value + raw httpx response)."""

    def __init__(self, client: VideoSDKRecordings) -> None:
        self._client = client

    def start(
        self,
        *,
        body: StartRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[str]:
        """Start recording a room (``POST /v2/recordings/start``)."""
        return _start_recording.sync_detailed(
            self._client,
            body=body if isinstance(body, StartRecordingRequest) else StartRecordingRequest.from_dict(body),
            options=_options(timeout, max_retries, extra_headers),
        )

    def stop(
        self,
        *,
        body: StopRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[str]:
        """Stop recording a room (``POST /v2/recordings/end``)."""
        return _stop_recording.sync_detailed(
            self._client,
            body=body if isinstance(body, StopRecordingRequest) else StopRecordingRequest.from_dict(body),
            options=_options(timeout, max_retries, extra_headers),
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
    ) -> APIResponse[RecordingList]:
        """List room recordings (``GET /v2/recordings``)."""
        return _list_recordings.sync_detailed(
            self._client,
            room_id=room_id,
            session_id=session_id,
            page=page,
            per_page=per_page,
            query=query,
            with_transcription=with_transcription,
            options=_options(timeout, max_retries, extra_headers),
        )

    def get(
        self,
        recording_id: str,
        *,
        with_transcription: bool | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[Recording]:
        """Fetch a room recording (``GET /v2/recordings/{recordingId}``)."""
        return _get_recording.sync_detailed(
            self._client,
            recording_id,
            with_transcription=with_transcription,
            options=_options(timeout, max_retries, extra_headers),
        )

    def delete(
        self,
        recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[str]:
        """Delete a room recording (``DELETE /v2/recordings/{recordingId}``)."""
        return _delete_recording.sync_detailed(
            self._client,
            recording_id,
            options=_options(timeout, max_retries, extra_headers),
        )


class RecordingsResource:
    """Operations tagged recordings."""

    def __init__(self, client: VideoSDKRecordings) -> None:
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
    ) -> str:
        """Start recording a room (``POST /v2/recordings/start``)."""
        return _start_recording.sync(
            self._client,
            body=body if isinstance(body, StartRecordingRequest) else StartRecordingRequest.from_dict(body),
            options=_options(timeout, max_retries, extra_headers),
        )

    def stop(
        self,
        *,
        body: StopRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Stop recording a room (``POST /v2/recordings/end``)."""
        return _stop_recording.sync(
            self._client,
            body=body if isinstance(body, StopRecordingRequest) else StopRecordingRequest.from_dict(body),
            options=_options(timeout, max_retries, extra_headers),
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
    ) -> RecordingList:
        """List room recordings (``GET /v2/recordings``)."""
        return _list_recordings.sync(
            self._client,
            room_id=room_id,
            session_id=session_id,
            page=page,
            per_page=per_page,
            query=query,
            with_transcription=with_transcription,
            options=_options(timeout, max_retries, extra_headers),
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
    ) -> SyncPager[RecordingList, Recording]:
        """Every item of every page of ``list``, fetched lazily one page at a time; ``limit`` caps the item count."""
        options = _options(timeout, max_retries, extra_headers)

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
    ) -> Recording:
        """Fetch a room recording (``GET /v2/recordings/{recordingId}``)."""
        return _get_recording.sync(
            self._client,
            recording_id,
            with_transcription=with_transcription,
            options=_options(timeout, max_retries, extra_headers),
        )

    def delete(
        self,
        recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Delete a room recording (``DELETE /v2/recordings/{recordingId}``)."""
        return _delete_recording.sync(
            self._client,
            recording_id,
            options=_options(timeout, max_retries, extra_headers),
        )


class AsyncRecordingsResourceWithRawResponse:
    """Operations tagged recordings, returning ``APIResponse`` (parsed value + raw httpx response)."""

    def __init__(self, client: AsyncVideoSDKRecordings) -> None:
        self._client = client

    async def start(
        self,
        *,
        body: StartRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[str]:
        """Start recording a room (``POST /v2/recordings/start``)."""
        return await _start_recording.asyncio_detailed(
            self._client,
            body=body if isinstance(body, StartRecordingRequest) else StartRecordingRequest.from_dict(body),
            options=_options(timeout, max_retries, extra_headers),
        )

    async def stop(
        self,
        *,
        body: StopRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[str]:
        """Stop recording a room (``POST /v2/recordings/end``)."""
        return await _stop_recording.asyncio_detailed(
            self._client,
            body=body if isinstance(body, StopRecordingRequest) else StopRecordingRequest.from_dict(body),
            options=_options(timeout, max_retries, extra_headers),
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
    ) -> APIResponse[RecordingList]:
        """List room recordings (``GET /v2/recordings``)."""
        return await _list_recordings.asyncio_detailed(
            self._client,
            room_id=room_id,
            session_id=session_id,
            page=page,
            per_page=per_page,
            query=query,
            with_transcription=with_transcription,
            options=_options(timeout, max_retries, extra_headers),
        )

    async def get(
        self,
        recording_id: str,
        *,
        with_transcription: bool | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[Recording]:
        """Fetch a room recording (``GET /v2/recordings/{recordingId}``)."""
        return await _get_recording.asyncio_detailed(
            self._client,
            recording_id,
            with_transcription=with_transcription,
            options=_options(timeout, max_retries, extra_headers),
        )

    async def delete(
        self,
        recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[str]:
        """Delete a room recording (``DELETE /v2/recordings/{recordingId}``)."""
        return await _delete_recording.asyncio_detailed(
            self._client,
            recording_id,
            options=_options(timeout, max_retries, extra_headers),
        )


class AsyncRecordingsResource:
    """Operations tagged recordings."""

    def __init__(self, client: AsyncVideoSDKRecordings) -> None:
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
    ) -> str:
        """Start recording a room (``POST /v2/recordings/start``)."""
        return await _start_recording.asyncio(
            self._client,
            body=body if isinstance(body, StartRecordingRequest) else StartRecordingRequest.from_dict(body),
            options=_options(timeout, max_retries, extra_headers),
        )

    async def stop(
        self,
        *,
        body: StopRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Stop recording a room (``POST /v2/recordings/end``)."""
        return await _stop_recording.asyncio(
            self._client,
            body=body if isinstance(body, StopRecordingRequest) else StopRecordingRequest.from_dict(body),
            options=_options(timeout, max_retries, extra_headers),
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
    ) -> RecordingList:
        """List room recordings (``GET /v2/recordings``)."""
        return await _list_recordings.asyncio(
            self._client,
            room_id=room_id,
            session_id=session_id,
            page=page,
            per_page=per_page,
            query=query,
            with_transcription=with_transcription,
            options=_options(timeout, max_retries, extra_headers),
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
    ) -> AsyncPager[RecordingList, Recording]:
        """Every item of every page of ``list``, fetched lazily one page at a time; ``limit`` caps the item count."""
        options = _options(timeout, max_retries, extra_headers)

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
    ) -> Recording:
        """Fetch a room recording (``GET /v2/recordings/{recordingId}``)."""
        return await _get_recording.asyncio(
            self._client,
            recording_id,
            with_transcription=with_transcription,
            options=_options(timeout, max_retries, extra_headers),
        )

    async def delete(
        self,
        recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Delete a room recording (``DELETE /v2/recordings/{recordingId}``)."""
        return await _delete_recording.asyncio(
            self._client,
            recording_id,
            options=_options(timeout, max_retries, extra_headers),
        )


class ParticipantRecordingsResourceWithRawResponse:
    """Operations tagged participant_recordings, returning ``APIResponse`` (parsed value + raw httpx response)."""

    def __init__(self, client: VideoSDKRecordings) -> None:
        self._client = client

    def start(
        self,
        *,
        body: StartParticipantRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[str]:
        """Start recording one participant (``POST /v2/recordings/participant/start``)."""
        return _start_participant_recording.sync_detailed(
            self._client,
            body=body
            if isinstance(body, StartParticipantRecordingRequest)
            else StartParticipantRecordingRequest.from_dict(body),
            options=_options(timeout, max_retries, extra_headers),
        )

    def stop(
        self,
        *,
        body: StopParticipantRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[str]:
        """Stop recording one participant (``POST /v2/recordings/participant/stop``)."""
        return _stop_participant_recording.sync_detailed(
            self._client,
            body=body
            if isinstance(body, StopParticipantRecordingRequest)
            else StopParticipantRecordingRequest.from_dict(body),
            options=_options(timeout, max_retries, extra_headers),
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
    ) -> APIResponse[ParticipantRecordingList]:
        """List participant recordings (``GET /v2/recordings/participant``)."""
        return _list_participant_recordings.sync_detailed(
            self._client,
            room_id=room_id,
            session_id=session_id,
            participant_id=participant_id,
            page=page,
            per_page=per_page,
            options=_options(timeout, max_retries, extra_headers),
        )

    def get(
        self,
        participant_recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[IndividualRecording]:
        """Fetch a participant recording (``GET /v2/recordings/participant/{participantRecordingId}``)."""
        return _get_participant_recording.sync_detailed(
            self._client,
            participant_recording_id,
            options=_options(timeout, max_retries, extra_headers),
        )

    def delete(
        self,
        participant_recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[str]:
        """Delete a participant recording (``DELETE /v2/recordings/participant/{participantRecordingId}``)."""
        return _delete_participant_recording.sync_detailed(
            self._client,
            participant_recording_id,
            options=_options(timeout, max_retries, extra_headers),
        )


class ParticipantRecordingsResource:
    """Operations tagged participant_recordings."""

    def __init__(self, client: VideoSDKRecordings) -> None:
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
    ) -> str:
        """Start recording one participant (``POST /v2/recordings/participant/start``)."""
        return _start_participant_recording.sync(
            self._client,
            body=body
            if isinstance(body, StartParticipantRecordingRequest)
            else StartParticipantRecordingRequest.from_dict(body),
            options=_options(timeout, max_retries, extra_headers),
        )

    def stop(
        self,
        *,
        body: StopParticipantRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Stop recording one participant (``POST /v2/recordings/participant/stop``)."""
        return _stop_participant_recording.sync(
            self._client,
            body=body
            if isinstance(body, StopParticipantRecordingRequest)
            else StopParticipantRecordingRequest.from_dict(body),
            options=_options(timeout, max_retries, extra_headers),
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
    ) -> ParticipantRecordingList:
        """List participant recordings (``GET /v2/recordings/participant``)."""
        return _list_participant_recordings.sync(
            self._client,
            room_id=room_id,
            session_id=session_id,
            participant_id=participant_id,
            page=page,
            per_page=per_page,
            options=_options(timeout, max_retries, extra_headers),
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
    ) -> SyncPager[ParticipantRecordingList, IndividualRecording]:
        """Every item of every page of ``list``, fetched lazily one page at a time; ``limit`` caps the item count."""
        options = _options(timeout, max_retries, extra_headers)

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
    ) -> IndividualRecording:
        """Fetch a participant recording (``GET /v2/recordings/participant/{participantRecordingId}``)."""
        return _get_participant_recording.sync(
            self._client,
            participant_recording_id,
            options=_options(timeout, max_retries, extra_headers),
        )

    def delete(
        self,
        participant_recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Delete a participant recording (``DELETE /v2/recordings/participant/{participantRecordingId}``)."""
        return _delete_participant_recording.sync(
            self._client,
            participant_recording_id,
            options=_options(timeout, max_retries, extra_headers),
        )


class AsyncParticipantRecordingsResourceWithRawResponse:
    """Operations tagged participant_recordings, returning ``APIResponse`` (parsed value + raw httpx response)."""

    def __init__(self, client: AsyncVideoSDKRecordings) -> None:
        self._client = client

    async def start(
        self,
        *,
        body: StartParticipantRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[str]:
        """Start recording one participant (``POST /v2/recordings/participant/start``)."""
        return await _start_participant_recording.asyncio_detailed(
            self._client,
            body=body
            if isinstance(body, StartParticipantRecordingRequest)
            else StartParticipantRecordingRequest.from_dict(body),
            options=_options(timeout, max_retries, extra_headers),
        )

    async def stop(
        self,
        *,
        body: StopParticipantRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[str]:
        """Stop recording one participant (``POST /v2/recordings/participant/stop``)."""
        return await _stop_participant_recording.asyncio_detailed(
            self._client,
            body=body
            if isinstance(body, StopParticipantRecordingRequest)
            else StopParticipantRecordingRequest.from_dict(body),
            options=_options(timeout, max_retries, extra_headers),
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
    ) -> APIResponse[ParticipantRecordingList]:
        """List participant recordings (``GET /v2/recordings/participant``)."""
        return await _list_participant_recordings.asyncio_detailed(
            self._client,
            room_id=room_id,
            session_id=session_id,
            participant_id=participant_id,
            page=page,
            per_page=per_page,
            options=_options(timeout, max_retries, extra_headers),
        )

    async def get(
        self,
        participant_recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[IndividualRecording]:
        """Fetch a participant recording (``GET /v2/recordings/participant/{participantRecordingId}``)."""
        return await _get_participant_recording.asyncio_detailed(
            self._client,
            participant_recording_id,
            options=_options(timeout, max_retries, extra_headers),
        )

    async def delete(
        self,
        participant_recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[str]:
        """Delete a participant recording (``DELETE /v2/recordings/participant/{participantRecordingId}``)."""
        return await _delete_participant_recording.asyncio_detailed(
            self._client,
            participant_recording_id,
            options=_options(timeout, max_retries, extra_headers),
        )


class AsyncParticipantRecordingsResource:
    """Operations tagged participant_recordings."""

    def __init__(self, client: AsyncVideoSDKRecordings) -> None:
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
    ) -> str:
        """Start recording one participant (``POST /v2/recordings/participant/start``)."""
        return await _start_participant_recording.asyncio(
            self._client,
            body=body
            if isinstance(body, StartParticipantRecordingRequest)
            else StartParticipantRecordingRequest.from_dict(body),
            options=_options(timeout, max_retries, extra_headers),
        )

    async def stop(
        self,
        *,
        body: StopParticipantRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Stop recording one participant (``POST /v2/recordings/participant/stop``)."""
        return await _stop_participant_recording.asyncio(
            self._client,
            body=body
            if isinstance(body, StopParticipantRecordingRequest)
            else StopParticipantRecordingRequest.from_dict(body),
            options=_options(timeout, max_retries, extra_headers),
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
    ) -> ParticipantRecordingList:
        """List participant recordings (``GET /v2/recordings/participant``)."""
        return await _list_participant_recordings.asyncio(
            self._client,
            room_id=room_id,
            session_id=session_id,
            participant_id=participant_id,
            page=page,
            per_page=per_page,
            options=_options(timeout, max_retries, extra_headers),
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
    ) -> AsyncPager[ParticipantRecordingList, IndividualRecording]:
        """Every item of every page of ``list``, fetched lazily one page at a time; ``limit`` caps the item count."""
        options = _options(timeout, max_retries, extra_headers)

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
    ) -> IndividualRecording:
        """Fetch a participant recording (``GET /v2/recordings/participant/{participantRecordingId}``)."""
        return await _get_participant_recording.asyncio(
            self._client,
            participant_recording_id,
            options=_options(timeout, max_retries, extra_headers),
        )

    async def delete(
        self,
        participant_recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Delete a participant recording (``DELETE /v2/recordings/participant/{participantRecordingId}``)."""
        return await _delete_participant_recording.asyncio(
            self._client,
            participant_recording_id,
            options=_options(timeout, max_retries, extra_headers),
        )


class TrackRecordingsResourceWithRawResponse:
    """Operations tagged track_recordings, returning ``APIResponse`` (parsed value + raw httpx response)."""

    def __init__(self, client: VideoSDKRecordings) -> None:
        self._client = client

    def start(
        self,
        *,
        body: StartTrackRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[str]:
        """Start recording one track of a participant (``POST /v2/recordings/participant/track/start``)."""
        return _start_track_recording.sync_detailed(
            self._client,
            body=body if isinstance(body, StartTrackRecordingRequest) else StartTrackRecordingRequest.from_dict(body),
            options=_options(timeout, max_retries, extra_headers),
        )

    def stop(
        self,
        *,
        body: StopTrackRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[str]:
        """Stop recording one track of a participant (``POST /v2/recordings/participant/track/stop``)."""
        return _stop_track_recording.sync_detailed(
            self._client,
            body=body if isinstance(body, StopTrackRecordingRequest) else StopTrackRecordingRequest.from_dict(body),
            options=_options(timeout, max_retries, extra_headers),
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
    ) -> APIResponse[TrackRecordingList]:
        """List track recordings (``GET /v2/recordings/participant/track``)."""
        return _list_track_recordings.sync_detailed(
            self._client,
            room_id=room_id,
            session_id=session_id,
            participant_id=participant_id,
            page=page,
            per_page=per_page,
            options=_options(timeout, max_retries, extra_headers),
        )

    def get(
        self,
        track_recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[IndividualRecording]:
        """Fetch a track recording (``GET /v2/recordings/participant/track/{trackRecordingId}``)."""
        return _get_track_recording.sync_detailed(
            self._client,
            track_recording_id,
            options=_options(timeout, max_retries, extra_headers),
        )

    def delete(
        self,
        track_recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[str]:
        """Delete a track recording (``DELETE /v2/recordings/participant/track/{trackRecordingId}``)."""
        return _delete_track_recording.sync_detailed(
            self._client,
            track_recording_id,
            options=_options(timeout, max_retries, extra_headers),
        )


class TrackRecordingsResource:
    """Operations tagged track_recordings."""

    def __init__(self, client: VideoSDKRecordings) -> None:
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
    ) -> str:
        """Start recording one track of a participant (``POST /v2/recordings/participant/track/start``)."""
        return _start_track_recording.sync(
            self._client,
            body=body if isinstance(body, StartTrackRecordingRequest) else StartTrackRecordingRequest.from_dict(body),
            options=_options(timeout, max_retries, extra_headers),
        )

    def stop(
        self,
        *,
        body: StopTrackRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Stop recording one track of a participant (``POST /v2/recordings/participant/track/stop``)."""
        return _stop_track_recording.sync(
            self._client,
            body=body if isinstance(body, StopTrackRecordingRequest) else StopTrackRecordingRequest.from_dict(body),
            options=_options(timeout, max_retries, extra_headers),
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
    ) -> TrackRecordingList:
        """List track recordings (``GET /v2/recordings/participant/track``)."""
        return _list_track_recordings.sync(
            self._client,
            room_id=room_id,
            session_id=session_id,
            participant_id=participant_id,
            page=page,
            per_page=per_page,
            options=_options(timeout, max_retries, extra_headers),
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
    ) -> SyncPager[TrackRecordingList, IndividualRecording]:
        """Every item of every page of ``list``, fetched lazily one page at a time; ``limit`` caps the item count."""
        options = _options(timeout, max_retries, extra_headers)

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
    ) -> IndividualRecording:
        """Fetch a track recording (``GET /v2/recordings/participant/track/{trackRecordingId}``)."""
        return _get_track_recording.sync(
            self._client,
            track_recording_id,
            options=_options(timeout, max_retries, extra_headers),
        )

    def delete(
        self,
        track_recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Delete a track recording (``DELETE /v2/recordings/participant/track/{trackRecordingId}``)."""
        return _delete_track_recording.sync(
            self._client,
            track_recording_id,
            options=_options(timeout, max_retries, extra_headers),
        )


class AsyncTrackRecordingsResourceWithRawResponse:
    """Operations tagged track_recordings, returning ``APIResponse`` (parsed value + raw httpx response)."""

    def __init__(self, client: AsyncVideoSDKRecordings) -> None:
        self._client = client

    async def start(
        self,
        *,
        body: StartTrackRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[str]:
        """Start recording one track of a participant (``POST /v2/recordings/participant/track/start``)."""
        return await _start_track_recording.asyncio_detailed(
            self._client,
            body=body if isinstance(body, StartTrackRecordingRequest) else StartTrackRecordingRequest.from_dict(body),
            options=_options(timeout, max_retries, extra_headers),
        )

    async def stop(
        self,
        *,
        body: StopTrackRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[str]:
        """Stop recording one track of a participant (``POST /v2/recordings/participant/track/stop``)."""
        return await _stop_track_recording.asyncio_detailed(
            self._client,
            body=body if isinstance(body, StopTrackRecordingRequest) else StopTrackRecordingRequest.from_dict(body),
            options=_options(timeout, max_retries, extra_headers),
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
    ) -> APIResponse[TrackRecordingList]:
        """List track recordings (``GET /v2/recordings/participant/track``)."""
        return await _list_track_recordings.asyncio_detailed(
            self._client,
            room_id=room_id,
            session_id=session_id,
            participant_id=participant_id,
            page=page,
            per_page=per_page,
            options=_options(timeout, max_retries, extra_headers),
        )

    async def get(
        self,
        track_recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[IndividualRecording]:
        """Fetch a track recording (``GET /v2/recordings/participant/track/{trackRecordingId}``)."""
        return await _get_track_recording.asyncio_detailed(
            self._client,
            track_recording_id,
            options=_options(timeout, max_retries, extra_headers),
        )

    async def delete(
        self,
        track_recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[str]:
        """Delete a track recording (``DELETE /v2/recordings/participant/track/{trackRecordingId}``)."""
        return await _delete_track_recording.asyncio_detailed(
            self._client,
            track_recording_id,
            options=_options(timeout, max_retries, extra_headers),
        )


class AsyncTrackRecordingsResource:
    """Operations tagged track_recordings."""

    def __init__(self, client: AsyncVideoSDKRecordings) -> None:
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
    ) -> str:
        """Start recording one track of a participant (``POST /v2/recordings/participant/track/start``)."""
        return await _start_track_recording.asyncio(
            self._client,
            body=body if isinstance(body, StartTrackRecordingRequest) else StartTrackRecordingRequest.from_dict(body),
            options=_options(timeout, max_retries, extra_headers),
        )

    async def stop(
        self,
        *,
        body: StopTrackRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Stop recording one track of a participant (``POST /v2/recordings/participant/track/stop``)."""
        return await _stop_track_recording.asyncio(
            self._client,
            body=body if isinstance(body, StopTrackRecordingRequest) else StopTrackRecordingRequest.from_dict(body),
            options=_options(timeout, max_retries, extra_headers),
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
    ) -> TrackRecordingList:
        """List track recordings (``GET /v2/recordings/participant/track``)."""
        return await _list_track_recordings.asyncio(
            self._client,
            room_id=room_id,
            session_id=session_id,
            participant_id=participant_id,
            page=page,
            per_page=per_page,
            options=_options(timeout, max_retries, extra_headers),
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
    ) -> AsyncPager[TrackRecordingList, IndividualRecording]:
        """Every item of every page of ``list``, fetched lazily one page at a time; ``limit`` caps the item count."""
        options = _options(timeout, max_retries, extra_headers)

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
    ) -> IndividualRecording:
        """Fetch a track recording (``GET /v2/recordings/participant/track/{trackRecordingId}``)."""
        return await _get_track_recording.asyncio(
            self._client,
            track_recording_id,
            options=_options(timeout, max_retries, extra_headers),
        )

    async def delete(
        self,
        track_recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Delete a track recording (``DELETE /v2/recordings/participant/track/{trackRecordingId}``)."""
        return await _delete_track_recording.asyncio(
            self._client,
            track_recording_id,
            options=_options(timeout, max_retries, extra_headers),
        )


class CompositeRecordingsResourceWithRawResponse:
    """Operations tagged composite_recordings, returning ``APIResponse`` (parsed value + raw httpx response)."""

    def __init__(self, client: VideoSDKRecordings) -> None:
        self._client = client

    def start(
        self,
        *,
        body: StartCompositeRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[CompositeRecordingStarted]:
        """Start a composite recording (``POST /v2/recordings/composite/start``)."""
        return _start_composite_recording.sync_detailed(
            self._client,
            body=body
            if isinstance(body, StartCompositeRecordingRequest)
            else StartCompositeRecordingRequest.from_dict(body),
            options=_options(timeout, max_retries, extra_headers),
        )

    def stop(
        self,
        *,
        body: StopCompositeRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[str]:
        """Stop a composite recording (``POST /v2/recordings/composite/stop``)."""
        return _stop_composite_recording.sync_detailed(
            self._client,
            body=body
            if isinstance(body, StopCompositeRecordingRequest)
            else StopCompositeRecordingRequest.from_dict(body),
            options=_options(timeout, max_retries, extra_headers),
        )

    def list(
        self,
        *,
        room_id: str | Unset = UNSET,
        session_id: str | Unset = UNSET,
        page: int | Unset = 1,
        per_page: int | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[CompositeRecordingList]:
        """List composite recordings (``GET /v2/recordings/composite``)."""
        return _list_composite_recordings.sync_detailed(
            self._client,
            room_id=room_id,
            session_id=session_id,
            page=page,
            per_page=per_page,
            options=_options(timeout, max_retries, extra_headers),
        )

    def get(
        self,
        composite_recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[CompositeRecording]:
        """Fetch a composite recording (``GET /v2/recordings/composite/{compositeRecordingId}``)."""
        return _get_composite_recording.sync_detailed(
            self._client,
            composite_recording_id,
            options=_options(timeout, max_retries, extra_headers),
        )

    def delete(
        self,
        composite_recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[str]:
        """Delete a composite recording (``DELETE /v2/recordings/composite/{compositeRecordingId}``)."""
        return _delete_composite_recording.sync_detailed(
            self._client,
            composite_recording_id,
            options=_options(timeout, max_retries, extra_headers),
        )


class CompositeRecordingsResource:
    """Operations tagged composite_recordings."""

    def __init__(self, client: VideoSDKRecordings) -> None:
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
    ) -> CompositeRecordingStarted:
        """Start a composite recording (``POST /v2/recordings/composite/start``)."""
        return _start_composite_recording.sync(
            self._client,
            body=body
            if isinstance(body, StartCompositeRecordingRequest)
            else StartCompositeRecordingRequest.from_dict(body),
            options=_options(timeout, max_retries, extra_headers),
        )

    def stop(
        self,
        *,
        body: StopCompositeRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Stop a composite recording (``POST /v2/recordings/composite/stop``)."""
        return _stop_composite_recording.sync(
            self._client,
            body=body
            if isinstance(body, StopCompositeRecordingRequest)
            else StopCompositeRecordingRequest.from_dict(body),
            options=_options(timeout, max_retries, extra_headers),
        )

    def list(
        self,
        *,
        room_id: str | Unset = UNSET,
        session_id: str | Unset = UNSET,
        page: int | Unset = 1,
        per_page: int | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CompositeRecordingList:
        """List composite recordings (``GET /v2/recordings/composite``)."""
        return _list_composite_recordings.sync(
            self._client,
            room_id=room_id,
            session_id=session_id,
            page=page,
            per_page=per_page,
            options=_options(timeout, max_retries, extra_headers),
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
    ) -> SyncPager[CompositeRecordingList, CompositeRecording]:
        """Every item of every page of ``list``, fetched lazily one page at a time; ``limit`` caps the item count."""
        options = _options(timeout, max_retries, extra_headers)

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
    ) -> CompositeRecording:
        """Fetch a composite recording (``GET /v2/recordings/composite/{compositeRecordingId}``)."""
        return _get_composite_recording.sync(
            self._client,
            composite_recording_id,
            options=_options(timeout, max_retries, extra_headers),
        )

    def delete(
        self,
        composite_recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Delete a composite recording (``DELETE /v2/recordings/composite/{compositeRecordingId}``)."""
        return _delete_composite_recording.sync(
            self._client,
            composite_recording_id,
            options=_options(timeout, max_retries, extra_headers),
        )


class AsyncCompositeRecordingsResourceWithRawResponse:
    """Operations tagged composite_recordings, returning ``APIResponse`` (parsed value + raw httpx response)."""

    def __init__(self, client: AsyncVideoSDKRecordings) -> None:
        self._client = client

    async def start(
        self,
        *,
        body: StartCompositeRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[CompositeRecordingStarted]:
        """Start a composite recording (``POST /v2/recordings/composite/start``)."""
        return await _start_composite_recording.asyncio_detailed(
            self._client,
            body=body
            if isinstance(body, StartCompositeRecordingRequest)
            else StartCompositeRecordingRequest.from_dict(body),
            options=_options(timeout, max_retries, extra_headers),
        )

    async def stop(
        self,
        *,
        body: StopCompositeRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[str]:
        """Stop a composite recording (``POST /v2/recordings/composite/stop``)."""
        return await _stop_composite_recording.asyncio_detailed(
            self._client,
            body=body
            if isinstance(body, StopCompositeRecordingRequest)
            else StopCompositeRecordingRequest.from_dict(body),
            options=_options(timeout, max_retries, extra_headers),
        )

    async def list(
        self,
        *,
        room_id: str | Unset = UNSET,
        session_id: str | Unset = UNSET,
        page: int | Unset = 1,
        per_page: int | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[CompositeRecordingList]:
        """List composite recordings (``GET /v2/recordings/composite``)."""
        return await _list_composite_recordings.asyncio_detailed(
            self._client,
            room_id=room_id,
            session_id=session_id,
            page=page,
            per_page=per_page,
            options=_options(timeout, max_retries, extra_headers),
        )

    async def get(
        self,
        composite_recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[CompositeRecording]:
        """Fetch a composite recording (``GET /v2/recordings/composite/{compositeRecordingId}``)."""
        return await _get_composite_recording.asyncio_detailed(
            self._client,
            composite_recording_id,
            options=_options(timeout, max_retries, extra_headers),
        )

    async def delete(
        self,
        composite_recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[str]:
        """Delete a composite recording (``DELETE /v2/recordings/composite/{compositeRecordingId}``)."""
        return await _delete_composite_recording.asyncio_detailed(
            self._client,
            composite_recording_id,
            options=_options(timeout, max_retries, extra_headers),
        )


class AsyncCompositeRecordingsResource:
    """Operations tagged composite_recordings."""

    def __init__(self, client: AsyncVideoSDKRecordings) -> None:
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
    ) -> CompositeRecordingStarted:
        """Start a composite recording (``POST /v2/recordings/composite/start``)."""
        return await _start_composite_recording.asyncio(
            self._client,
            body=body
            if isinstance(body, StartCompositeRecordingRequest)
            else StartCompositeRecordingRequest.from_dict(body),
            options=_options(timeout, max_retries, extra_headers),
        )

    async def stop(
        self,
        *,
        body: StopCompositeRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Stop a composite recording (``POST /v2/recordings/composite/stop``)."""
        return await _stop_composite_recording.asyncio(
            self._client,
            body=body
            if isinstance(body, StopCompositeRecordingRequest)
            else StopCompositeRecordingRequest.from_dict(body),
            options=_options(timeout, max_retries, extra_headers),
        )

    async def list(
        self,
        *,
        room_id: str | Unset = UNSET,
        session_id: str | Unset = UNSET,
        page: int | Unset = 1,
        per_page: int | Unset = UNSET,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CompositeRecordingList:
        """List composite recordings (``GET /v2/recordings/composite``)."""
        return await _list_composite_recordings.asyncio(
            self._client,
            room_id=room_id,
            session_id=session_id,
            page=page,
            per_page=per_page,
            options=_options(timeout, max_retries, extra_headers),
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
    ) -> AsyncPager[CompositeRecordingList, CompositeRecording]:
        """Every item of every page of ``list``, fetched lazily one page at a time; ``limit`` caps the item count."""
        options = _options(timeout, max_retries, extra_headers)

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
    ) -> CompositeRecording:
        """Fetch a composite recording (``GET /v2/recordings/composite/{compositeRecordingId}``)."""
        return await _get_composite_recording.asyncio(
            self._client,
            composite_recording_id,
            options=_options(timeout, max_retries, extra_headers),
        )

    async def delete(
        self,
        composite_recording_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        """Delete a composite recording (``DELETE /v2/recordings/composite/{compositeRecordingId}``)."""
        return await _delete_composite_recording.asyncio(
            self._client,
            composite_recording_id,
            options=_options(timeout, max_retries, extra_headers),
        )


class MergeRecordingsResourceWithRawResponse:
    """Operations tagged merge_recordings, returning ``APIResponse`` (parsed value + raw httpx response)."""

    def __init__(self, client: VideoSDKRecordings) -> None:
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
    ) -> APIResponse[MergeRecordingList]:
        """List merge recordings (``GET /v2/recordings/participant/merge``)."""
        return _list_merge_recordings.sync_detailed(
            self._client,
            status=status,
            room_id=room_id,
            session_id=session_id,
            id=id,
            page=page,
            per_page=per_page,
            options=_options(timeout, max_retries, extra_headers),
        )

    def create(
        self,
        *,
        body: CreateMergeRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[MergeRecordingJob]:
        """Merge recordings into a 2-channel audio file (``POST /v2/recordings/participant/merge``)."""
        return _create_merge_recording.sync_detailed(
            self._client,
            body=body if isinstance(body, CreateMergeRecordingRequest) else CreateMergeRecordingRequest.from_dict(body),
            options=_options(timeout, max_retries, extra_headers),
        )

    def get(
        self,
        merge_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[MergeRecording]:
        """Fetch a merge recording (``GET /v2/recordings/participant/merge/{mergeId}``)."""
        return _get_merge_recording.sync_detailed(
            self._client,
            merge_id,
            options=_options(timeout, max_retries, extra_headers),
        )


class MergeRecordingsResource:
    """Operations tagged merge_recordings."""

    def __init__(self, client: VideoSDKRecordings) -> None:
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
    ) -> MergeRecordingList:
        """List merge recordings (``GET /v2/recordings/participant/merge``)."""
        return _list_merge_recordings.sync(
            self._client,
            status=status,
            room_id=room_id,
            session_id=session_id,
            id=id,
            page=page,
            per_page=per_page,
            options=_options(timeout, max_retries, extra_headers),
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
    ) -> SyncPager[MergeRecordingList, MergeRecording]:
        """Every item of every page of ``list``, fetched lazily one page at a time; ``limit`` caps the item count."""
        options = _options(timeout, max_retries, extra_headers)

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
    ) -> MergeRecordingJob:
        """Merge recordings into a 2-channel audio file (``POST /v2/recordings/participant/merge``)."""
        return _create_merge_recording.sync(
            self._client,
            body=body if isinstance(body, CreateMergeRecordingRequest) else CreateMergeRecordingRequest.from_dict(body),
            options=_options(timeout, max_retries, extra_headers),
        )

    def get(
        self,
        merge_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> MergeRecording:
        """Fetch a merge recording (``GET /v2/recordings/participant/merge/{mergeId}``)."""
        return _get_merge_recording.sync(
            self._client,
            merge_id,
            options=_options(timeout, max_retries, extra_headers),
        )

    def wait_until_done(
        self,
        merge_id: str,
        *,
        timeout: float = 600.0,
        poll_interval: float = 5.0,
    ) -> MergeRecording:
        """Poll ``get`` until the status is one of completed (raise ``WaiterFailureError`` on failed); ``WaiterTimeoutError`` after ``timeout`` seconds."""
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


class AsyncMergeRecordingsResourceWithRawResponse:
    """Operations tagged merge_recordings, returning ``APIResponse`` (parsed value + raw httpx response)."""

    def __init__(self, client: AsyncVideoSDKRecordings) -> None:
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
    ) -> APIResponse[MergeRecordingList]:
        """List merge recordings (``GET /v2/recordings/participant/merge``)."""
        return await _list_merge_recordings.asyncio_detailed(
            self._client,
            status=status,
            room_id=room_id,
            session_id=session_id,
            id=id,
            page=page,
            per_page=per_page,
            options=_options(timeout, max_retries, extra_headers),
        )

    async def create(
        self,
        *,
        body: CreateMergeRecordingRequest | Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[MergeRecordingJob]:
        """Merge recordings into a 2-channel audio file (``POST /v2/recordings/participant/merge``)."""
        return await _create_merge_recording.asyncio_detailed(
            self._client,
            body=body if isinstance(body, CreateMergeRecordingRequest) else CreateMergeRecordingRequest.from_dict(body),
            options=_options(timeout, max_retries, extra_headers),
        )

    async def get(
        self,
        merge_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[MergeRecording]:
        """Fetch a merge recording (``GET /v2/recordings/participant/merge/{mergeId}``)."""
        return await _get_merge_recording.asyncio_detailed(
            self._client,
            merge_id,
            options=_options(timeout, max_retries, extra_headers),
        )


class AsyncMergeRecordingsResource:
    """Operations tagged merge_recordings."""

    def __init__(self, client: AsyncVideoSDKRecordings) -> None:
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
    ) -> MergeRecordingList:
        """List merge recordings (``GET /v2/recordings/participant/merge``)."""
        return await _list_merge_recordings.asyncio(
            self._client,
            status=status,
            room_id=room_id,
            session_id=session_id,
            id=id,
            page=page,
            per_page=per_page,
            options=_options(timeout, max_retries, extra_headers),
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
    ) -> AsyncPager[MergeRecordingList, MergeRecording]:
        """Every item of every page of ``list``, fetched lazily one page at a time; ``limit`` caps the item count."""
        options = _options(timeout, max_retries, extra_headers)

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
    ) -> MergeRecordingJob:
        """Merge recordings into a 2-channel audio file (``POST /v2/recordings/participant/merge``)."""
        return await _create_merge_recording.asyncio(
            self._client,
            body=body if isinstance(body, CreateMergeRecordingRequest) else CreateMergeRecordingRequest.from_dict(body),
            options=_options(timeout, max_retries, extra_headers),
        )

    async def get(
        self,
        merge_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> MergeRecording:
        """Fetch a merge recording (``GET /v2/recordings/participant/merge/{mergeId}``)."""
        return await _get_merge_recording.asyncio(
            self._client,
            merge_id,
            options=_options(timeout, max_retries, extra_headers),
        )

    async def wait_until_done(
        self,
        merge_id: str,
        *,
        timeout: float = 600.0,
        poll_interval: float = 5.0,
    ) -> MergeRecording:
        """Poll ``get`` until the status is one of completed (raise ``WaiterFailureError`` on failed); ``WaiterTimeoutError`` after ``timeout`` seconds."""
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


class VideoSDKRecordings(SyncClient):
    """Client for VideoSDK Recordings API.

    Credentials come from the arguments or the environment:
    ``token`` / ``VIDEOSDK_TOKEN`` (required): sent as the ``Authorization`` header.
    Without a ``token``, one is minted from ``api_key`` / ``VIDEOSDK_API_KEY`` and ``secret`` / ``VIDEOSDK_SECRET``.
    ``base_url`` / ``VIDEOSDK_RECORDINGS_BASE_URL`` overrides ``https://api.videosdk.live``; ``debug=True`` or
    ``VIDEOSDK_RECORDINGS_LOG=debug`` logs requests and responses with credentials redacted.
    """

    recordings: RecordingsResource
    participant_recordings: ParticipantRecordingsResource
    track_recordings: TrackRecordingsResource
    composite_recordings: CompositeRecordingsResource
    merge_recordings: MergeRecordingsResource

    def __init__(
        self,
        *,
        token: str | None = None,
        api_key: str | None = None,
        secret: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        retry_policy: RetryPolicy | None = None,
        debug: bool = False,
    ) -> None:
        providers, secrets = _credentials(
            token,
            api_key,
            secret,
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
        self.recordings = RecordingsResource(self)
        self.participant_recordings = ParticipantRecordingsResource(self)
        self.track_recordings = TrackRecordingsResource(self)
        self.composite_recordings = CompositeRecordingsResource(self)
        self.merge_recordings = MergeRecordingsResource(self)

    def download(
        self,
        source: str | CompositeRecording | IndividualRecording | MergeRecording | Recording,
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


class AsyncVideoSDKRecordings(AsyncClient):
    """Asyncio client for VideoSDK Recordings API.

    Credentials come from the arguments or the environment:
    ``token`` / ``VIDEOSDK_TOKEN`` (required): sent as the ``Authorization`` header.
    Without a ``token``, one is minted from ``api_key`` / ``VIDEOSDK_API_KEY`` and ``secret`` / ``VIDEOSDK_SECRET``.
    ``base_url`` / ``VIDEOSDK_RECORDINGS_BASE_URL`` overrides ``https://api.videosdk.live``; ``debug=True`` or
    ``VIDEOSDK_RECORDINGS_LOG=debug`` logs requests and responses with credentials redacted.
    """

    recordings: AsyncRecordingsResource
    participant_recordings: AsyncParticipantRecordingsResource
    track_recordings: AsyncTrackRecordingsResource
    composite_recordings: AsyncCompositeRecordingsResource
    merge_recordings: AsyncMergeRecordingsResource

    def __init__(
        self,
        *,
        token: str | None = None,
        api_key: str | None = None,
        secret: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        retry_policy: RetryPolicy | None = None,
        debug: bool = False,
    ) -> None:
        providers, secrets = _credentials(
            token,
            api_key,
            secret,
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
        self.recordings = AsyncRecordingsResource(self)
        self.participant_recordings = AsyncParticipantRecordingsResource(self)
        self.track_recordings = AsyncTrackRecordingsResource(self)
        self.composite_recordings = AsyncCompositeRecordingsResource(self)
        self.merge_recordings = AsyncMergeRecordingsResource(self)

    async def download(
        self,
        source: str | CompositeRecording | IndividualRecording | MergeRecording | Recording,
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
