"""The sans-I/O part of every client: building requests, choosing retries, turning responses into errors, logging."""

from __future__ import annotations

import dataclasses
import json
import logging
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar
from urllib.parse import urlencode

import httpx
from httpx_retries import Retry

from ._constants import (
    ACCEPT_JSON,
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    ERROR_BODY_LIMIT,
    ERROR_MESSAGE_PATHS,
    INVALID_BODY_LIMIT,
    LOG_FORMAT,
    MESSAGE_FALLBACK_CHARS,
    REQUEST_ID_HEADERS,
    RETRY_STATUSES_WITH_RETRY_AFTER,
)
from ._errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    DeadlineExceededError,
    RequestValidationError,
    StatusErrors,
    package_status_errors,
)
from ._redact import Redactor
from ._retry import RetryPolicy
from ._types import NOT_GIVEN, Request, RequestOptions, TimeoutTypes
from ._util import dig

__all__ = ["DEFAULT_TIMEOUT", "ClientCore", "ClientSettings", "ErrorParser"]

T = TypeVar("T")
ErrorParser = Callable[[int, Any], Any]


@dataclasses.dataclass(frozen=True)
class ClientSettings:
    """Everything a generated client knows from its spec and its constructor arguments."""

    base_url: str
    auth_headers: Callable[[Sequence[str]], Mapping[str, str]]  # schemes -> headers
    redactor: Redactor
    logger_name: str
    user_agent: str
    request_id_headers: Sequence[str] = REQUEST_ID_HEADERS
    error_message_paths: Sequence[str] = ERROR_MESSAGE_PATHS
    timeout: TimeoutTypes = dataclasses.field(default_factory=lambda: DEFAULT_TIMEOUT)
    max_retries: int = DEFAULT_MAX_RETRIES
    default_headers: Mapping[str, str] = dataclasses.field(default_factory=dict)
    retry_policy: RetryPolicy = dataclasses.field(default_factory=RetryPolicy)
    path_defaults: Mapping[str, str | None] = dataclasses.field(default_factory=dict)  # x-client-default params
    status_errors: StatusErrors[Any] = dataclasses.field(default_factory=package_status_errors)  # classes, envelope
    deadline: float | None = None  # seconds a call may take in all, retries and backoff included; None: no bound
    validate_requests: bool = True  # check arguments against the spec's rules before sending
    default_base_url: str | None = None  # the spec's server; while in use, an operation's own server replaces it


class _RedactHttpxURLs(logging.Filter):
    """httpx logs every request URL at INFO; mask presigned-URL credentials in those records."""

    _redactor = Redactor()

    def filter(self, record: logging.LogRecord) -> bool:
        if record.args:
            record.args = tuple(
                self._redactor.text(str(a)) if isinstance(a, str | httpx.URL) else a for a in record.args
            )
        return True


_HTTPX_LOGGER = logging.getLogger("httpx")
if not any(isinstance(f, _RedactHttpxURLs) for f in _HTTPX_LOGGER.filters):
    _HTTPX_LOGGER.addFilter(_RedactHttpxURLs())


class ClientCore:
    """Shared by the sync and async clients; performs no I/O."""

    def __init__(self, settings: ClientSettings, *, static_headers_on_client: bool = False) -> None:
        """``static_headers_on_client``: the httpx client is ours and carries :attr:`static_headers` itself, so they
        are not merged into every request (httpx's per-request header merge costs ~10 µs a call)."""
        self.settings = settings
        self.redactor = settings.redactor
        self.logger = logging.getLogger(settings.logger_name)
        self._base_url = settings.base_url.rstrip("/")
        self._error_paths = [path.split(".") for path in settings.error_message_paths]
        self.static_headers = {"User-Agent": settings.user_agent, "Accept": ACCEPT_JSON}
        self.static_headers.update(settings.default_headers)
        self._per_request_headers = {} if static_headers_on_client else self.static_headers

    # -- requests -------------------------------------------------------------------------------------------------
    def path_default(self, name: str, value: str | None) -> str:
        """A path parameter fixed per account: the call's value, else the client's, else a clear error."""
        if value is not None:
            return value
        default = self.settings.path_defaults.get(name)
        if default is None:
            raise RequestValidationError(
                f"{name} is required: pass {name}=... to the call or to the client",
                operation="",
                path=name,
                rule="required",
                value=None,
            )
        return default

    def validating(self, options: RequestOptions | None) -> bool:
        """Whether this call checks its arguments: the call's ``validate_request``, else the client's setting."""
        if options is None or options.validate_request is None:
            return self.settings.validate_requests
        return options.validate_request

    def deadline_at(self, options: RequestOptions, now: float) -> float | None:
        """The monotonic time by which the call must be over (the call's ``deadline``, else the client's)."""
        seconds = self.settings.deadline if options.deadline is NOT_GIVEN else options.deadline
        return None if seconds is None else now + seconds  # type: ignore[operator]

    def url(self, path: str, server: str | None = None) -> str:
        """The base URL and the path; an operation with its own server uses that server unless the client was
        given another base URL (a mock or a proxy then serves every operation)."""
        if server and self._base_url == (self.settings.default_base_url or "").rstrip("/"):
            return server.rstrip("/") + path
        return self._base_url + path

    def headers(self, request: Request, options: RequestOptions) -> dict[str, str]:
        auth = self.settings.auth_headers(request.auth)
        if not (self._per_request_headers or request.headers or options.extra_headers):
            return dict(auth)  # the usual call: only the auth headers vary
        headers = dict(self._per_request_headers)
        headers.update(auth)
        headers.update(request.headers or {})
        headers.update(options.extra_headers or {})
        return headers

    def timeout(self, options: RequestOptions) -> TimeoutTypes:
        return self.settings.timeout if options.timeout is NOT_GIVEN else options.timeout  # type: ignore[return-value]

    def retry_for(self, request: Request, options: RequestOptions) -> Retry:
        budget = self.settings.max_retries if options.max_retries is None else options.max_retries
        return self.settings.retry_policy.start(budget if request.idempotent else 0)

    def build(self, http: httpx.Client | httpx.AsyncClient, request: Request, options: RequestOptions) -> httpx.Request:
        url = self.url(request.path, request.server)
        params: httpx.QueryParams | None = None
        if request.params:
            if http.params:
                # A caller's httpx client with its own params: httpx would drop a query already in the URL when it
                # merges them, so hand ours over as params= and let httpx merge both.
                params = httpx.QueryParams(list(request.params))
            else:
                # Encoded in one step with urlencode (as httpx encodes params=), keeping the pairs' order: params=
                # would make httpx parse and rebuild the URL a second time (~10-30 µs a call).
                url += "?" + urlencode(request.params)
        return http.build_request(
            request.method,
            url,
            params=params,
            json=request.json if request.has_body else None,
            headers=self.headers(request, options),
            timeout=self.timeout(options),
        )

    # -- retries --------------------------------------------------------------------------------------------------
    def should_retry_status(self, retry: Retry, response: httpx.Response) -> bool:
        if retry.is_exhausted():
            return False
        status = response.status_code
        if retry.is_retryable_status_code(status):
            return True
        return status in RETRY_STATUSES_WITH_RETRY_AFTER and "retry-after" in response.headers

    def should_retry_error(self, retry: Retry, error: Exception) -> bool:
        return not retry.is_exhausted() and isinstance(error, httpx.TransportError)

    def next_retry(
        self,
        retry: Retry,
        request: httpx.Request,
        cause: httpx.Response | Exception,
        deadline: float | None,
        now: float,
    ) -> tuple[Retry, float] | None:
        """The next attempt's retry state and the delay before it; ``None`` when it could not start before
        ``deadline`` (no sleep past a deadline)."""
        retry = retry.increment()
        headers = cause.headers if isinstance(cause, httpx.Response) else None
        delay = self.settings.retry_policy.delay(retry, headers)
        if deadline is not None and now + delay >= deadline:
            self.logger.info("not retrying %s: the next attempt would start after the call's deadline", request.method)
            return None
        reason = f"status {cause.status_code}" if isinstance(cause, httpx.Response) else type(cause).__name__
        self.logger.info(
            "retrying %s %s in %.3fs (%s, retry %d of %d)",
            request.method,
            self.redactor.text(str(request.url)),
            delay,
            reason,
            retry.attempts_made,
            retry.total,
        )
        return retry, delay

    def retry_after_error(
        self, retry: Retry, request: httpx.Request, error: httpx.TransportError, deadline: float | None, now: float
    ) -> tuple[Retry, float]:
        """After a transport error: the next attempt's retry state and delay, or the error to raise (the deadline
        passed, the error is not retryable, the budget is spent, or no retry could start before the deadline)."""
        if deadline is not None and now >= deadline:
            raise self.deadline_error(request) from error
        step = self.next_retry(retry, request, error, deadline, now) if self.should_retry_error(retry, error) else None
        if step is None:
            raise self.connection_error(error, request) from error
        return step

    def fit_attempt(self, request: httpx.Request, deadline: float, now: float) -> None:
        """Cap the attempt's httpx timeouts to the time left before ``deadline``; raise once it has passed."""
        left = deadline - now
        if left <= 0:
            raise self.deadline_error(request)
        limits = request.extensions.get("timeout") or {}
        request.extensions["timeout"] = {
            key: left if limits.get(key) is None else min(limits[key], left)
            for key in ("connect", "read", "write", "pool")
        }

    def deadline_error(self, request: httpx.Request) -> DeadlineExceededError:
        where = f"{request.method} {self.redactor.text(str(request.url))}"
        return DeadlineExceededError(f"deadline exceeded: {where} (all attempts and backoff)", request=request)

    def connection_error(self, error: Exception, request: httpx.Request) -> APIConnectionError:
        text = self.redactor.text(str(error) or type(error).__name__)
        where = f"{request.method} {self.redactor.text(str(request.url))}"
        if isinstance(error, httpx.TimeoutException):
            return APITimeoutError(f"timed out: {where}: {text}", request=request)
        return APIConnectionError(f"connection error: {where}: {text}", request=request)

    # -- responses ------------------------------------------------------------------------------------------------
    def request_id(self, response: httpx.Response) -> str | None:
        headers = response.headers
        for name in self.settings.request_id_headers:
            value: str | None = headers.get(name)
            if value is not None:
                return value
        return None

    def status_error(self, response: httpx.Response, parse_error: ErrorParser | None) -> APIStatusError[Any]:
        raw_body = self.redactor.body_text(response.content, limit=ERROR_BODY_LIMIT)
        try:
            body: Any = json.loads(response.content) if response.content else None
        except ValueError:
            body = None
        body = self.redactor.value(body)
        errors = self.settings.status_errors
        error = None
        if isinstance(body, dict):  # the operation's documented error model, else the package's envelope
            if parse_error is not None:
                error = _attempt(parse_error, response.status_code, body)
            if error is None and errors.envelope is not None:
                error = _attempt(errors.envelope, body)
        request_id = self.request_id(response)
        detail = self._vendor_message(body, raw_body)
        request = response.request
        message = f"{response.status_code} {response.reason_phrase} from {request.method} {request.url.path}"
        if detail:
            message += f": {detail}"
        if request_id:
            message += f" (request id {request_id})"
        return errors.for_status(response.status_code)(
            self.redactor.text(message),
            response=response,
            body=body,
            raw_body=raw_body,
            error=error,
            request_id=request_id,
        )

    def _vendor_message(self, body: Any, raw_body: str) -> str:
        if isinstance(body, str):
            return body
        for path in self._error_paths:
            value = dig(body, *path)
            if isinstance(value, str | int | float) and str(value):
                return str(value)
        return "" if body is not None else raw_body[:MESSAGE_FALLBACK_CHARS]

    def parse(self, response: httpx.Response, parse: Callable[[httpx.Response], T]) -> T:
        try:
            return parse(response)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raw = self.redactor.body_text(response.content, limit=INVALID_BODY_LIMIT)
            message = (
                f"could not parse the {response.status_code} response of {response.request.method} "
                f"{response.request.url.path}: {type(exc).__name__}: {self.redactor.text(str(exc))}"
            )
            raise APIResponseValidationError(message, response=response, raw_body=raw) from exc

    # -- logging --------------------------------------------------------------------------------------------------
    def log_request(self, request: httpx.Request) -> None:
        if self.logger.isEnabledFor(logging.DEBUG):
            self.logger.debug(
                "request %s %s headers=%s body=%s",
                request.method,
                self.redactor.text(str(request.url)),
                self.redactor.headers(request.headers),
                self.redactor.body_text(request.content) if request.content else "",
            )

    def log_response(self, response: httpx.Response, *, streamed: bool = False) -> None:
        if self.logger.isEnabledFor(logging.DEBUG):
            self.logger.debug(
                "response %s %s -> %s headers=%s body=%s",
                response.request.method,
                self.redactor.text(str(response.request.url)),
                response.status_code,
                self.redactor.headers(response.headers),
                "<streamed>" if streamed else self.redactor.body_text(response.content),
            )


def _attempt(parse: Callable[..., Any], *args: Any) -> Any:
    """``parse(*args)``, or ``None`` when the error body does not have the shape the parser expects."""
    try:
        return parse(*args)
    except (KeyError, TypeError, ValueError, AttributeError):
        return None


def enable_debug_logging(logger_name: str) -> None:
    """Turn on request/response logging (redacted) to stderr for one package's logger."""
    logger = logging.getLogger(logger_name)
    logger.setLevel(logging.DEBUG)
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter(LOG_FORMAT))
        logger.addHandler(handler)
