"""The package's version, importable without importing the package's API (the pages print it)."""
from __future__ import annotations

__version__ = "0.1.0"
