"""The generator's own error (spec problems are ``speccore.errors.SpecError``)."""

from __future__ import annotations

__all__ = ["GenerationError"]


class GenerationError(Exception):
    """openapi-python-client or a post step reported a problem (warnings count: nothing may be dropped)."""
