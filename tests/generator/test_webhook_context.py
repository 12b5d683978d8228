"""The generator reads x-webhooks through speccore.webhooks: a broken block stops `generate` with one clear line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.cli import main
from tests.speccore.webhook_vendors import changed_vendor


def _no_algorithm(block: dict[str, Any]) -> None:
    del block["verification"]["algorithm"]


def _key_operation_gone(block: dict[str, Any]) -> None:
    block["verification"]["key"]["operation"] = "noSuchOperation"


@pytest.mark.parametrize(
    ("key", "change", "where"),
    [
        ("superviz", _no_algorithm, "$.x-webhooks.verification.algorithm: [x-webhooks:required]"),
        ("cloudflare", _key_operation_gone, "$.x-webhooks.verification.key.operation: [x-webhooks:operation-exists]"),
    ],
)
def test_generate_refuses_a_broken_x_webhooks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], key: str, change: Any, where: str
) -> None:
    specs = changed_vendor(tmp_path, key, change)
    out = tmp_path / "out"
    code = main(["generate", "--vendor", key, "--specs", str(specs), "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith(f"error: {(specs / key / 'openapi.yaml').resolve().as_posix()}: {where} ")
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert not out.exists()  # nothing is written when a spec is refused
