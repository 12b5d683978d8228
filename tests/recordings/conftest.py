"""Fixtures of tests/recordings: every vendor's mock at once (``servers``), clients for them (``clients``), and
``fresh`` (servers reset after a test that writes). Defined in ``libkit.py``."""

from tests.recordings.libkit import clients, fresh, servers

__all__ = ["clients", "fresh", "servers"]
