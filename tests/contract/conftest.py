"""Contract tests: a summary line per vendor (requests sent, time) at the end of the run."""

from __future__ import annotations

from tests.contract.harness import SUMMARY


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    for line in SUMMARY.values():
        terminalreporter.write_line(line)
