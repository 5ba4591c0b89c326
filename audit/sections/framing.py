"""Report section 'framing': framing. Filled when its lens lands."""
from __future__ import annotations

from typing import Any

from ..marks import Mark
from ..story import StoryAudit

NAME = "framing"


def context(story: StoryAudit) -> dict[str, Any]:
    return {"computed": False}


def marks(story: StoryAudit, article_index: int) -> list[Mark]:
    return []
