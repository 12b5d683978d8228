"""The exceptions of the common recordings API."""

from __future__ import annotations

from ._redact import mask_text

__all__ = ["CapabilityError", "RecordingsError", "VendorNotConfigured"]


class RecordingsError(Exception):
    """Base class of every error raised by ``recordings`` itself (vendor client errors pass through).

    Its text never shows a URL's query values, userinfo or fragment (masked as ``[REDACTED]`` when raised).
    """

    def __init__(self, *args: object) -> None:
        super().__init__(*(mask_text(arg) if isinstance(arg, str) else arg for arg in args))


class CapabilityError(RecordingsError):
    """The vendor's API has no operation for this (``"<vendor> cannot <capability>"``)."""

    def __init__(self, vendor: str, capability: str, detail: str = "") -> None:
        self.vendor = vendor
        self.capability = capability
        super().__init__(f"{vendor} cannot {capability}" + (f" ({detail})" if detail else ""))


class VendorNotConfigured(RecordingsError):
    """The vendor is unknown (no installed package declares it) or its client cannot be built (credentials)."""

    def __init__(self, vendor: str, problem: str) -> None:
        self.vendor = vendor
        self.problem = problem
        super().__init__(f"{vendor}: {problem}")
