"""python -m tools: a bad vendor or spec is one clear error line and exit code 2, not a traceback."""

from __future__ import annotations

import pytest

from tools import cli


@pytest.mark.parametrize("command", ["docs", "dist", "lint-specs"])
def test_unknown_vendor_is_a_clear_error(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main([command, "--vendor", "no-such-vendor"])
    err = capsys.readouterr().err
    assert code == 2, err
    assert "Traceback" not in err
    assert err.startswith("error: ")
    assert "no-such-vendor" in err
