"""``python -m audit``: the same as the ``audit`` command."""
from __future__ import annotations

import sys

from .cli import main

sys.exit(main())
