"""API diff engine: a release's public surface by static analysis (never imported), and what the next one breaks."""

from bot.apidiff.pipeline import analyse_pending_releases
from bot.apidiff.service import compare_releases, current_deprecations, release_surface
from bot.apidiff.store import stored_diff

__all__ = ["analyse_pending_releases", "compare_releases", "current_deprecations", "release_surface", "stored_diff"]
