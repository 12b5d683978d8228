"""The Node tools pinned in tools/node/package.json (installed with ``npm ci --prefix tools/node``)."""

from __future__ import annotations

import os
from pathlib import Path

from speccore.paths import ROOT

__all__ = ["NODE_DIR", "ToolMissing", "node_env", "node_tool"]

NODE_DIR = ROOT / "tools" / "node"


class ToolMissing(RuntimeError):
    """A pinned Node tool is not installed."""


def node_tool(name: str) -> Path:
    """``tools/node/node_modules/.bin/<name>``; ``ToolMissing`` says how to install it."""
    path = NODE_DIR / "node_modules" / ".bin" / name
    if not path.is_file():
        raise ToolMissing(f"{name} is not installed: run `make node-tools` (npm ci --prefix tools/node)")
    return path


def node_env() -> dict[str, str]:
    """The environment for the Node tools: no telemetry, no update checks."""
    return {
        **os.environ,
        "REDOCLY_TELEMETRY": "off",
        "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true",
        "SCARF_ANALYTICS": "false",
        "NO_COLOR": "1",
    }
