"""Spec-driven mock server for the recordings APIs: ``python -m specmock serve --vendor <vendor>``, or in Python::

    with specmock.running("telnyx", seed=1, recordings=100) as server:
        client = TelnyxRoomRecordings(**server.client_kwargs())

Behaviour comes from specs/<vendor>/openapi.yaml (routes, validation, auth, response shapes) and
specs/<vendor>/mock.yaml (collections, lifecycles, filters, pagination, errors, seed data); see specmock/README.md.
"""

from __future__ import annotations

from .app import MockApp, MockOptions, create_app
from .config import MockVendor, available_vendors, load_vendor
from .errors import MockConfigError, MockContractViolation
from .server import MockServer, running, serve
from .state.files import expected_bytes

__all__ = [
    "MockApp",
    "MockConfigError",
    "MockContractViolation",
    "MockOptions",
    "MockServer",
    "MockVendor",
    "available_vendors",
    "create_app",
    "expected_bytes",
    "load_vendor",
    "running",
    "serve",
]
