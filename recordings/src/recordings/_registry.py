"""The vendors a ``Recordings`` object works with: discovered adapters, their clients and what they can do."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from ._adapter import Adapter
from ._discovery import Found, discover
from ._model import Recording, VendorInfo
from ._profile import ProfileSource, load_profile
from ._redact import mask_text
from .errors import CapabilityError, RecordingsError, VendorNotConfigured

__all__ = ["CAPABILITIES", "Registry"]

CAPABILITIES = ("list", "get", "start", "stop", "delete", "download")


class Registry:
    """Adapters by key, and one client per vendor built lazily (from ``clients``, the profile or the environment)."""

    def __init__(
        self,
        vendors: Iterable[str] | None,
        *,
        profile: ProfileSource,
        clients: Mapping[str, Any] | None,
        asynchronous: bool,
    ) -> None:
        if isinstance(vendors, str):
            vendors = [vendors]
        self._found = discover()
        self._asynchronous = asynchronous
        self._profile = load_profile(profile)
        self._given = dict(clients or {})
        self._clients: dict[str, Any] = {}
        self._problems: dict[str, str] = {}
        self._owned: list[Any] = []
        names = list(vendors) if vendors is not None else None
        for name in [*(names or []), *self._given]:
            if name not in self._found:
                raise VendorNotConfigured(name, self._unknown())
        self.selected: list[str] = names if names is not None else sorted(self._found)
        self.explicit = names is not None
        for name, client in self._given.items():
            self._check_client(name, client)

    def _unknown(self) -> str:
        known = ", ".join(sorted(self._found)) or "none"
        return f"no installed package declares this vendor (installed: {known}; install the vendor's package)"

    def adapter(self, vendor: str) -> Adapter:
        found = self._found.get(vendor)
        if found is None:
            raise VendorNotConfigured(vendor, self._unknown())
        if found.adapter is None:
            raise VendorNotConfigured(vendor, found.problem or "its adapter cannot be loaded")
        return found.adapter

    def _check_client(self, vendor: str, client: Any) -> None:
        adapter = self.adapter(vendor)
        expected = adapter.async_client_class if self._asynchronous else adapter.client_class
        if not isinstance(client, expected):
            raise RecordingsError(
                f"clients[{vendor!r}] is a {type(client).__name__}, expected a {expected.__name__}"
                + (" (AsyncRecordings takes async clients)" if self._asynchronous else "")
            )

    def client(self, vendor: str) -> Any:
        """The vendor's client; ``VendorNotConfigured`` when it cannot be built (the reason, never a secret)."""
        if vendor in self._given:
            return self._given[vendor]
        if vendor in self._clients:
            return self._clients[vendor]
        if vendor in self._problems:
            raise VendorNotConfigured(vendor, self._problems[vendor])
        adapter = self.adapter(vendor)
        factory: Callable[..., Any] = adapter.async_client_class if self._asynchronous else adapter.client_class
        args = self._profile.get(vendor, {})
        try:
            client = factory(**args)
        except Exception as exc:  # missing credentials, bad arguments: the client's own message
            secrets = tuple(str(v) for v in args.values() if isinstance(v, str))
            problem = mask_text(f"{type(exc).__name__}: {exc}", secrets)
            self._problems[vendor] = problem
            raise VendorNotConfigured(vendor, problem) from None
        self._clients[vendor] = client
        self._owned.append(client)
        return client

    def configured(self, vendor: str) -> str | None:
        """``None`` when the vendor's client can be built, else the reason."""
        try:
            self.client(vendor)
        except VendorNotConfigured as exc:
            return exc.problem
        return None

    def info(self, vendor: str) -> VendorInfo:
        found: Found = self._found[vendor]
        adapter = found.adapter
        problem = found.problem if adapter is None else self.configured(vendor)
        return VendorInfo(
            key=vendor,
            title=adapter.title if adapter is not None else vendor,
            distribution=found.distribution,
            version=found.version,
            capabilities=frozenset(adapter.capabilities) if adapter is not None else frozenset(),
            configured=problem is None,
            problem=problem,
        )

    def require(self, vendor: str, capability: str) -> Adapter:
        """The vendor's adapter, or ``CapabilityError`` when its API has no such operation."""
        adapter = self.adapter(vendor)
        if capability not in adapter.capabilities:
            raise CapabilityError(vendor, capability, "not in its API, per its spec's x-recordings")
        return adapter

    def vendor_of(self, recording: Recording | str) -> tuple[str, str]:
        """``(vendor, id)`` of a recording or of a ``"<vendor>:<id>"`` key."""
        if isinstance(recording, Recording):
            return recording.vendor, recording.id
        vendor, sep, ident = str(recording).partition(":")
        if not sep or not vendor or not ident:
            raise RecordingsError(f"{recording!r} is not a recording key (<vendor>:<id>)")
        return vendor, ident

    def owned_clients(self) -> list[Any]:
        owned, self._owned = self._owned, []
        self._clients.clear()
        return owned
