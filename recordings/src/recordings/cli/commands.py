"""Every command of the group, registered (importing this module is what ``recordings`` runs)."""

from __future__ import annotations

from .app import cli
from .archive_command import archive

__all__ = ["archive", "cli"]
