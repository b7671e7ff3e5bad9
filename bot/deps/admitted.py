"""Which releases `scan` compares when no release is named: from the lowest a requirement admits (or the locked
version) to the newest it admits, so everything removed on the way counts, not only the last release's changes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from packaging.version import InvalidVersion, Version

from bot.deps.model import DeclarationKind, Requirement
from bot.deps.roles import authoritative

MAX_POINTS = 12
"""Older releases compared with the newest at most (the most recent series first): each costs one surface."""


@dataclass(frozen=True)
class Comparison:
    """Compare each of `older` with `newest`; the union of their changes is what a fresh install meets."""

    older: tuple[str, ...]
    newest: str

    @property
    def lowest(self) -> str:
        """The lowest release compared (shown as `after ...`)."""
        return self.older[0]


def comparison(versions: Sequence[str], requirements: Sequence[Requirement]) -> Comparison | None:
    """Releases to compare for one package, given its final releases (ascending) and its requirements.

    The newest is the newest release any declaration admits; the older ones are the locked version when the tree
    locks one, else the last release of each minor series the declarations admit, plus the release just before the
    newest. A package imported but not declared is admitted whatever the version. None when the declarations
    admit a single release or none.
    """
    declared = authoritative(
        [r for r in requirements if r.kind not in (DeclarationKind.LOCK, DeclarationKind.CONSTRAINT)]
    )
    locked = [r for r in requirements if r.kind is DeclarationKind.LOCK]
    spelled = _parsed(versions)
    # Not declared: it arrives through another requirement, with no bound of the tree's on it.
    admitted = [v for v in sorted(spelled) if not declared or any(r.admits(spelled[v]) for r in declared)]
    if not admitted:
        return None
    newest = admitted[-1]
    pins = _parsed(r.specifier.removeprefix("==") for r in locked)
    pinned = sorted(v for v in pins if v < newest)
    if pinned:
        return Comparison(older=(pins[pinned[-1]],), newest=spelled[newest])
    older = [v for v in admitted if v < newest]
    if not older:
        return None
    last_of_series: dict[tuple[int, int], Version] = {}
    for version in older:
        last_of_series[(version.major, version.minor)] = version
    points = sorted({*last_of_series.values(), older[-1], older[0]})
    if len(points) > MAX_POINTS:
        points = [points[0], *points[-(MAX_POINTS - 1) :]]
    return Comparison(older=tuple(spelled[v] for v in points), newest=spelled[newest])


def _parsed(versions: Iterable[str]) -> dict[Version, str]:
    """Parsed version -> the text PyPI spells it with; unparsable versions are left out."""
    parsed: dict[Version, str] = {}
    for text in versions:
        try:
            parsed[Version(text)] = text
        except InvalidVersion:
            continue
    return parsed
