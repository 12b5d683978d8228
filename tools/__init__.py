"""Spec review and release tooling: ``python -m tools lint-specs|spec-diff|upstream-diff|docs|dist``.

See tools/README.md. Hand-written; imports ``generator`` (spec loading and validation, vendor discovery) but never
``generated/`` except to inspect packages for the API listing.
"""
