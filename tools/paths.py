"""Re-export of ``speccore.paths`` for tools modules not yet switched to it; import ``speccore.paths`` instead."""

from __future__ import annotations

from speccore.paths import ROOT, relative

__all__ = ["ROOT", "relative"]
