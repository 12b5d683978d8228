"""What ``Recordings`` and ``AsyncRecordings`` share: the vendor registry and which vendors a listing uses."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from ._model import VendorFailure, VendorInfo
from ._profile import ProfileSource
from ._registry import Registry
from .errors import CapabilityError, VendorNotConfigured

__all__ = ["RecordingsBase"]


class RecordingsBase:
    """Recordings of every configured vendor through one API (see ``Recordings``).

    ``vendors``: keys to use (default: every installed vendor package that is configured); ``profile``: a TOML
    file (or its parsed mapping) with ``[vendors.<key>]`` client arguments (default ``$RECORDINGS_PROFILE`` or
    ``~/.config/recordings/profile.toml``; otherwise each client reads its own environment variables);
    ``strict``: a vendor failing during ``list`` raises instead of being reported in ``.failures``;
    ``clients``: ready-made vendor clients by key.
    """

    _asynchronous = False

    def __init__(
        self,
        vendors: Iterable[str] | None = None,
        *,
        profile: ProfileSource = None,
        strict: bool = False,
        clients: Mapping[str, Any] | None = None,
    ) -> None:
        self._registry = Registry(vendors, profile=profile, clients=clients, asynchronous=self._asynchronous)
        self.strict = strict

    # -- vendors ---------------------------------------------------------------------------------------------------
    def vendors(self) -> list[VendorInfo]:
        """Every selected vendor: title, package, version, capabilities and whether its client can be built."""
        return [self._registry.info(v) for v in self._registry.selected]

    def _listing_vendors(self, vendors: Iterable[str] | None) -> tuple[list[str], list[VendorFailure]]:
        """The vendors a listing reads. Named vendors must be usable (else the error at once); by default the
        vendors that are not configured or cannot list are left out (``vendors()`` says why)."""
        registry = self._registry
        chosen = [vendors] if isinstance(vendors, str) else list(vendors) if vendors is not None else None
        explicit = chosen is not None or registry.explicit
        names = chosen if chosen is not None else registry.selected
        usable: list[str] = []
        skipped: list[VendorFailure] = []
        for name in names:
            try:
                registry.require(name, "list")
                registry.client(name)
            except (VendorNotConfigured, CapabilityError) as exc:
                if explicit:
                    raise
                skipped.append(VendorFailure(name, exc, str(exc)))
                continue
            usable.append(name)
        if not usable and names:
            reasons = "; ".join(f.message for f in skipped)
            raise VendorNotConfigured("recordings", f"no vendor can list recordings ({reasons})")
        return usable, []
