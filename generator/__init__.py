"""The generator: specs/<vendor>/openapi.yaml → generated/<distribution>/ (see README.md and ARCHITECTURE.md)."""

__version__ = "0.1.0"
