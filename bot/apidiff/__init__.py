"""API diff engine: a release's public surface by static analysis (never imported), and what the next one breaks.

The service names load lazily, so worker processes that only extract surfaces never import the database layer.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.apidiff.pipeline import analyse_pending_releases
    from bot.apidiff.service import compare_releases, current_deprecations, release_surface
    from bot.apidiff.store import stored_diff

_EXPORTS = {
    "analyse_pending_releases": "bot.apidiff.pipeline",
    "compare_releases": "bot.apidiff.service",
    "current_deprecations": "bot.apidiff.service",
    "release_surface": "bot.apidiff.service",
    "stored_diff": "bot.apidiff.store",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'bot.apidiff' has no attribute {name!r}")
    return getattr(importlib.import_module(_EXPORTS[name]), name)
