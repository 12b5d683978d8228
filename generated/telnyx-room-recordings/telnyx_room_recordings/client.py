# Generated from specs/telnyx/openapi.yaml by `make generate`. Do not edit.
"""TelnyxRoomRecordings and AsyncTelnyxRoomRecordings: the entry points of this package (Telnyx Room Recordings API)."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from typing import IO, Any

import httpx

from . import __version__
from ._runtime import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    AsyncClient,
    ClientSettings,
    DownloadError,
    DownloadResult,
    Redactor,
    RetryPolicy,
    Scheme,
    SyncClient,
    TimeoutTypes,
    auth_headers,
    check_client_options,
    check_credential,
    dig,
    download_async,
    download_sync,
    enable_debug_logging,
    missing,
    resolve_base_url,
    resolve_credential,
)
from .models import RoomCompositionCompletedPayload, RoomRecording, RoomRecordingCompletedPayload
from .resources.room_recordings import AsyncRoomRecordingsResource, RoomRecordingsResource
from .webhooks import AsyncWebhooks, Webhooks

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
QUERY_PARAMS = (
    "filter",
    "page",
)  # their values stay readable in logged API URLs


def _settings(
    owner: str,
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
    deadline: float | None,
    validate_requests: bool,
) -> ClientSettings:
    if debug or os.environ.get(LOG_ENV, "").lower() == "debug":
        enable_debug_logging(__package__ or "telnyx_room_recordings")
    resolved = resolve_base_url(owner, base_url, BASE_URL_ENV, DEFAULT_BASE_URL)
    redactor = Redactor(
        secrets=secrets,
        secret_headers=SECRET_HEADERS,
        secret_fields=SECRET_FIELDS,
        api_urls=(resolved,),
        api_params=QUERY_PARAMS,
    )
    return ClientSettings(
        base_url=resolved,
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
        deadline=deadline,
        validate_requests=validate_requests,
        default_base_url=DEFAULT_BASE_URL,
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


def _download_target(source: Any) -> tuple[str, int | None]:
    """The URL and expected size (bytes) of a downloadable model, or a plain URL."""
    if isinstance(source, str):
        return source, None
    if isinstance(source, RoomCompositionCompletedPayload):
        url = dig(source, *("download_url",))
        size = None
        if not url:
            raise DownloadError(f"this {type(source).__name__} has no download URL yet")
        return str(url), int(size) if isinstance(size, int | float) and size > 0 else None
    if isinstance(source, RoomRecording):
        url = dig(source, *("download_url",))
        size = None
        if not url:
            raise DownloadError(f"this {type(source).__name__} has no download URL yet")
        return str(url), int(size) if isinstance(size, int | float) and size > 0 else None
    if isinstance(source, RoomRecordingCompletedPayload):
        url = dig(source, *("download_url",))
        size = None
        if not url:
            raise DownloadError(f"this {type(source).__name__} has no download URL yet")
        return str(url), int(size) if isinstance(size, int | float) and size > 0 else None
    raise TypeError(f"cannot download a {type(source).__name__}: pass a URL or a model with a download URL")


class TelnyxRoomRecordings(SyncClient):
    """Client for Telnyx Room Recordings API.

    Credentials come from the arguments or the environment:
    ``api_key`` / ``TELNYX_API_KEY`` (required): sent as the ``Authorization`` header with prefix ``Bearer``.
    ``base_url`` / ``TELNYX_ROOM_RECORDINGS_BASE_URL`` overrides ``https://api.telnyx.com/v2`` (an absolute http(s) URL;
    empty is an error, not the default); ``debug=True`` or ``TELNYX_ROOM_RECORDINGS_LOG=debug`` logs requests and
    responses with credentials redacted.

    ``timeout`` bounds each attempt; ``deadline`` (seconds) bounds a whole call, retries and backoff included.
    ``validate_requests=False`` sends arguments the spec's rules would reject (when the vendor has loosened a rule
    before the spec caught up); empty path parameters and destructive calls without their opt-in are refused still.

    ``webhooks`` verifies and parses the vendor's webhook deliveries: ``client.webhooks.unwrap(raw_body, headers)``;
    ``webhook_public_key`` pins the signing key(s) (else ``TELNYX_PUBLIC_KEY``).
    """

    room_recordings: RoomRecordingsResource
    webhooks: Webhooks

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
        deadline: float | None = None,
        validate_requests: bool = True,
        webhook_public_key: str | Sequence[str] | None = None,
    ) -> None:
        owner = type(self).__name__
        check_client_options(
            owner,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            default_headers=default_headers,
            http_client=http_client,
            http_client_type=httpx.Client,
            retry_policy=retry_policy,
            flags={"debug": debug, "validate_requests": validate_requests},
        )
        check_credential(owner, "api_key", api_key)
        providers, secrets = _credentials(
            api_key,
        )
        settings = _settings(
            owner,
            providers,
            secrets,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            retry_policy=retry_policy,
            debug=debug,
            deadline=deadline,
            validate_requests=validate_requests,
            path_defaults={},
        )
        super().__init__(settings, http_client=http_client)
        self.room_recordings = RoomRecordingsResource(self)
        self.webhooks = Webhooks(webhook_public_key, client=self)

    def download(
        self,
        source: str | RoomCompositionCompletedPayload | RoomRecording | RoomRecordingCompletedPayload,
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
    ``base_url`` / ``TELNYX_ROOM_RECORDINGS_BASE_URL`` overrides ``https://api.telnyx.com/v2`` (an absolute http(s) URL;
    empty is an error, not the default); ``debug=True`` or ``TELNYX_ROOM_RECORDINGS_LOG=debug`` logs requests and
    responses with credentials redacted.

    ``timeout`` bounds each attempt; ``deadline`` (seconds) bounds a whole call, retries and backoff included.
    ``validate_requests=False`` sends arguments the spec's rules would reject (when the vendor has loosened a rule
    before the spec caught up); empty path parameters and destructive calls without their opt-in are refused still.

    ``webhooks`` verifies and parses the vendor's webhook deliveries: ``client.webhooks.unwrap(raw_body, headers)``;
    ``webhook_public_key`` pins the signing key(s) (else ``TELNYX_PUBLIC_KEY``).
    """

    room_recordings: AsyncRoomRecordingsResource
    webhooks: AsyncWebhooks

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
        deadline: float | None = None,
        validate_requests: bool = True,
        webhook_public_key: str | Sequence[str] | None = None,
    ) -> None:
        owner = type(self).__name__
        check_client_options(
            owner,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            default_headers=default_headers,
            http_client=http_client,
            http_client_type=httpx.AsyncClient,
            retry_policy=retry_policy,
            flags={"debug": debug, "validate_requests": validate_requests},
        )
        check_credential(owner, "api_key", api_key)
        providers, secrets = _credentials(
            api_key,
        )
        settings = _settings(
            owner,
            providers,
            secrets,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            retry_policy=retry_policy,
            debug=debug,
            deadline=deadline,
            validate_requests=validate_requests,
            path_defaults={},
        )
        super().__init__(settings, http_client=http_client)
        self.room_recordings = AsyncRoomRecordingsResource(self)
        self.webhooks = AsyncWebhooks(webhook_public_key, client=self)

    async def download(
        self,
        source: str | RoomCompositionCompletedPayload | RoomRecording | RoomRecordingCompletedPayload,
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
