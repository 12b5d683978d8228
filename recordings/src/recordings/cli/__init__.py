"""The ``recordings`` command line (console script of the ``recordings[cli]`` extra): list, fetch, archive.

Commands live in :mod:`recordings.cli.commands`; this module only starts them, with a clear message when the
extra's dependencies (Click, Rich, fsspec) are missing.
"""

from __future__ import annotations

import sys

__all__ = ["main"]


def main() -> None:
    """Console-script entry point: ``recordings``."""
    try:
        from .commands import cli
    except ImportError as exc:  # the library is installed without its [cli] extra
        sys.stderr.write(f"recordings: the command line needs: pip install 'recordings[cli]' ({exc})\n")
        sys.exit(2)
    cli(prog_name="recordings")
