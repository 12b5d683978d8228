# Generated from specs/videosdk/openapi.yaml by `make generate`. Do not edit.
"""VideoSDKRecordings and AsyncVideoSDKRecordings: the entry points of this package (VideoSDK Recordings API)."""

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
from ._runtime._jwt import JWTMinter
from .models import CompositeRecording, IndividualRecording, MergeRecording, Recording, RecordingStoppedWebhookData
from .resources.composite_recordings import AsyncCompositeRecordingsResource, CompositeRecordingsResource
from .resources.merge_recordings import AsyncMergeRecordingsResource, MergeRecordingsResource
from .resources.participant_recordings import AsyncParticipantRecordingsResource, ParticipantRecordingsResource
from .resources.recordings import AsyncRecordingsResource, RecordingsResource
from .resources.track_recordings import AsyncTrackRecordingsResource, TrackRecordingsResource
from .resources.webhook_keys import AsyncWebhookKeysResource, WebhookKeysResource
from .webhooks import AsyncWebhooks, Webhooks

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
QUERY_PARAMS = (
    "id",
    "page",
    "participantId",
    "perPage",
    "query",
    "roomId",
    "sessionId",
    "status",
    "withTranscription",
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
        enable_debug_logging(__package__ or "videosdk_recordings")
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
        deadline=deadline,
        validate_requests=validate_requests,
        default_base_url=DEFAULT_BASE_URL,
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
    if isinstance(source, RecordingStoppedWebhookData):
        url = dig(source, *("file_url",))
        size = None
        if not url:
            raise DownloadError(f"this {type(source).__name__} has no download URL yet")
        return str(url), int(size) if isinstance(size, int | float) and size > 0 else None
    raise TypeError(f"cannot download a {type(source).__name__}: pass a URL or a model with a download URL")


class VideoSDKRecordings(SyncClient):
    """Client for VideoSDK Recordings API.

    Credentials come from the arguments or the environment:
    ``token`` / ``VIDEOSDK_TOKEN`` (required): sent as the ``Authorization`` header.
    Without a ``token``, one is minted from ``api_key`` / ``VIDEOSDK_API_KEY`` and ``secret`` / ``VIDEOSDK_SECRET``.
    ``base_url`` / ``VIDEOSDK_RECORDINGS_BASE_URL`` overrides ``https://api.videosdk.live`` (an absolute http(s) URL;
    empty is an error, not the default); ``debug=True`` or ``VIDEOSDK_RECORDINGS_LOG=debug`` logs requests and
    responses with credentials redacted.

    ``timeout`` bounds each attempt; ``deadline`` (seconds) bounds a whole call, retries and backoff included.
    ``validate_requests=False`` sends arguments the spec's rules would reject (when the vendor has loosened a rule
    before the spec caught up); empty path parameters and destructive calls without their opt-in are refused still.

    ``webhooks`` verifies and parses the vendor's webhook deliveries: ``client.webhooks.unwrap(raw_body, headers)``;
    ``webhook_public_key`` pins the signing key(s) (else ``VIDEOSDK_WEBHOOK_PUBLIC_KEY``).
    """

    recordings: RecordingsResource
    participant_recordings: ParticipantRecordingsResource
    track_recordings: TrackRecordingsResource
    composite_recordings: CompositeRecordingsResource
    merge_recordings: MergeRecordingsResource
    webhook_keys: WebhookKeysResource
    webhooks: Webhooks

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
        check_credential(owner, "token", token)
        check_credential(owner, "api_key", api_key)
        check_credential(owner, "secret", secret)
        providers, secrets = _credentials(
            token,
            api_key,
            secret,
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
        self.recordings = RecordingsResource(self)
        self.participant_recordings = ParticipantRecordingsResource(self)
        self.track_recordings = TrackRecordingsResource(self)
        self.composite_recordings = CompositeRecordingsResource(self)
        self.merge_recordings = MergeRecordingsResource(self)
        self.webhook_keys = WebhookKeysResource(self)
        self.webhooks = Webhooks(webhook_public_key, client=self)

    def download(
        self,
        source: str
        | CompositeRecording
        | IndividualRecording
        | MergeRecording
        | Recording
        | RecordingStoppedWebhookData,
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
    ``base_url`` / ``VIDEOSDK_RECORDINGS_BASE_URL`` overrides ``https://api.videosdk.live`` (an absolute http(s) URL;
    empty is an error, not the default); ``debug=True`` or ``VIDEOSDK_RECORDINGS_LOG=debug`` logs requests and
    responses with credentials redacted.

    ``timeout`` bounds each attempt; ``deadline`` (seconds) bounds a whole call, retries and backoff included.
    ``validate_requests=False`` sends arguments the spec's rules would reject (when the vendor has loosened a rule
    before the spec caught up); empty path parameters and destructive calls without their opt-in are refused still.

    ``webhooks`` verifies and parses the vendor's webhook deliveries: ``client.webhooks.unwrap(raw_body, headers)``;
    ``webhook_public_key`` pins the signing key(s) (else ``VIDEOSDK_WEBHOOK_PUBLIC_KEY``).
    """

    recordings: AsyncRecordingsResource
    participant_recordings: AsyncParticipantRecordingsResource
    track_recordings: AsyncTrackRecordingsResource
    composite_recordings: AsyncCompositeRecordingsResource
    merge_recordings: AsyncMergeRecordingsResource
    webhook_keys: AsyncWebhookKeysResource
    webhooks: AsyncWebhooks

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
        check_credential(owner, "token", token)
        check_credential(owner, "api_key", api_key)
        check_credential(owner, "secret", secret)
        providers, secrets = _credentials(
            token,
            api_key,
            secret,
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
        self.recordings = AsyncRecordingsResource(self)
        self.participant_recordings = AsyncParticipantRecordingsResource(self)
        self.track_recordings = AsyncTrackRecordingsResource(self)
        self.composite_recordings = AsyncCompositeRecordingsResource(self)
        self.merge_recordings = AsyncMergeRecordingsResource(self)
        self.webhook_keys = AsyncWebhookKeysResource(self)
        self.webhooks = AsyncWebhooks(webhook_public_key, client=self)

    async def download(
        self,
        source: str
        | CompositeRecording
        | IndividualRecording
        | MergeRecording
        | Recording
        | RecordingStoppedWebhookData,
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
