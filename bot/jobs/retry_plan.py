"""When a release whose diff cannot be made (a side with no analysable module) is tried again (pure).

Such a release fails the same way until the release or the analyser changes: retrying it every polling round only
repeats the work. It waits with exponential backoff instead, and is retried at once when the analyser version (the
surface schema) is not the one that failed on it.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from bot.releases import AnalysisState

FIRST_WAIT = timedelta(hours=1)
LONGEST_WAIT = timedelta(days=7)


def next_attempt(attempts: int, now: datetime) -> datetime:
    """When to try again after `attempts` (≥ 1) failed attempts: 1 h, 2 h, 4 h, ... up to a week."""
    wait: timedelta = FIRST_WAIT * (1 << min(max(attempts - 1, 0), 16))
    return now + min(wait, LONGEST_WAIT)


def is_due(
    state: AnalysisState, retry_at: datetime | None, analysed_with: int | None, analyser: int, now: datetime
) -> bool:
    """Whether a queued release is analysed this round: always, unless it could not be compared by this analyser
    and its wait is not over."""
    if state is not AnalysisState.CANNOT_COMPARE:
        return True
    return analysed_with != analyser or retry_at is None or retry_at <= now
