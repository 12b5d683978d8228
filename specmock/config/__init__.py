"""mock.yaml: ``vendor`` loads a vendor's spec and mock.yaml and checks them against each other; ``vocabulary`` is
the JSON Schema of mock.yaml."""

from __future__ import annotations

from .vendor import ROOT, MockVendor, available_vendors, load_vendor

__all__ = ["ROOT", "MockVendor", "available_vendors", "load_vendor"]
