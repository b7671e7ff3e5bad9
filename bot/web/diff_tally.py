"""What the status reads derive from every stored diff, re-read only when the set of diffs changed.

Reading every diff is the one costly part of `/status`; the app owns one tally per database (no module state, so
two apps or engines in one process never see each other's numbers)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import Connection, func
from sqlmodel import select

from bot.storage.models.analysis import ReleaseDiffRow
from bot.web.stored import BREAKING_KINDS, kinds

_DIFF_KEY = select(func.count(), func.max(ReleaseDiffRow.id))
_DIFFS = select(
    ReleaseDiffRow.package, ReleaseDiffRow.old_version, ReleaseDiffRow.new_version, ReleaseDiffRow.changes_json
)


@dataclass(frozen=True)
class Tallied:
    """Changes by kind over every stored diff, and the diffs that break something."""

    by_kind: dict[str, int] = field(default_factory=dict)
    breaking: list[tuple[str, str, str, int]] = field(default_factory=list)
    """(package, old, new, breaking changes) of each diff with at least one."""


class DiffTally:
    """One pass over the stored diffs, repeated when a diff was added or removed since the last read."""

    def __init__(self) -> None:
        self._key: tuple[int, int] | None = None
        self._tallied = Tallied()

    def read(self, connection: Connection) -> Tallied:
        """The current tally."""
        count, last = connection.execute(_DIFF_KEY).one()
        key = (int(count), int(last or 0))
        if key != self._key:
            total: Counter[str] = Counter()
            breaking = []
            for package, old, new, changes_json in connection.execute(_DIFFS):
                counted = kinds(changes_json)
                total.update(counted)
                if n := sum(counted[k] for k in BREAKING_KINDS):
                    breaking.append((package, old, new, n))
            self._key, self._tallied = key, Tallied(dict(sorted(total.items())), breaking)
        return self._tallied
