"""``python -m contract run|live`` (see contract/README.md)."""

from __future__ import annotations

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
