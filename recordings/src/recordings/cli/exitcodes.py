"""The exit codes of the ``recordings`` command (documented in ``recordings --help`` and the README)."""

from __future__ import annotations

import enum

__all__ = ["EXIT_CODES_HELP", "ExitCode"]


class ExitCode(enum.IntEnum):
    OK = 0
    PARTIAL = 1  # some vendors or recordings failed; the rest was done
    USAGE = 2  # bad arguments or options (Click's own code)
    NOT_CONFIGURED = 3  # no chosen vendor has credentials
    INTERRUPTED = 130  # Ctrl-C / SIGINT; finished work is kept and a rerun continues


EXIT_CODES_HELP = (
    "Exit codes: 0 ok; 1 failed or partial (a vendor or a recording failed, the rest was done); "
    "2 usage error; 3 no vendor configured; 130 interrupted (a rerun continues)."
)
