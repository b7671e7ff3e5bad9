"""The release timeline drawn on a package page: pure geometry, rendered as inline SVG by a template.

Releases sit on one axis, oldest left, evenly spaced (release dates cluster too much for a time scale to stay
readable at 375 px). A release whose diff breaks something is marked with a filled square and the word
"breaks" in its label; deprecation → removal pairs are arcs from the release that deprecated a symbol to the
one that removed it, labelled with how many symbols took that path.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from bot.web.status_schema import DeprecationRemoval, ReleaseStatus

MAX_RELEASES = 12
STEP = 72
MARGIN = 40
AXIS_Y = 150
FLAT_AXIS_Y = 40
BELOW_AXIS = 60
BREAKING = ("removed", "signature_changed", "env_var_removed")


@dataclass(frozen=True)
class Mark:
    """One release on the axis."""

    x: int
    version: str
    breaks: bool
    deprecates: bool
    label: str


@dataclass(frozen=True)
class Arc:
    """Symbols deprecated at `x1` and removed at `x2`."""

    x1: int
    x2: int
    top: int
    count: int
    label: str


@dataclass(frozen=True)
class Timeline:
    """Everything the SVG template needs; `width` is the viewBox width (the SVG scales to its container)."""

    width: int
    height: int
    axis_y: int
    marks: tuple[Mark, ...]
    arcs: tuple[Arc, ...]
    left_out: int


def layout(releases: list[ReleaseStatus], pairs: list[DeprecationRemoval]) -> Timeline:
    """Place the newest MAX_RELEASES of `releases` (given newest first) and the arcs between shown releases."""
    shown = list(reversed(releases[:MAX_RELEASES]))
    x_of = {r.version: MARGIN + i * STEP for i, r in enumerate(shown)}
    marks = []
    for r in shown:
        breaks = any(r.changes_by_kind.get(k) for k in BREAKING)
        deprecates = bool(r.changes_by_kind.get("deprecated"))
        words = [w for w, on in (("breaks", breaks), ("deprecates", deprecates)) if on]
        label = f"{r.version}: " + (" and ".join(words) if words else "no breaking change recorded")
        marks.append(Mark(x=x_of[r.version], version=r.version, breaks=breaks, deprecates=deprecates, label=label))
    counts = Counter((p.deprecated_in, p.removed_in) for p in pairs if p.deprecated_in in x_of and p.removed_in in x_of)
    axis_y = AXIS_Y if counts else FLAT_AXIS_Y  # room above the axis only when there are arcs to draw
    arcs = []
    for (old, new), n in sorted(counts.items(), key=lambda item: (x_of[item[0][0]], x_of[item[0][1]])):
        x1, x2 = x_of[old], x_of[new]
        symbols = "symbol" if n == 1 else "symbols"
        arcs.append(
            Arc(
                x1=x1,
                x2=x2,
                top=max(20, axis_y - 20 - (x2 - x1) // 3),
                count=n,
                label=f"{n} {symbols} deprecated in {old}, removed in {new}",
            )
        )
    width = MARGIN * 2 + max(len(shown) - 1, 0) * STEP
    return Timeline(
        width=max(width, 2 * MARGIN),
        height=axis_y + BELOW_AXIS,
        axis_y=axis_y,
        marks=tuple(marks),
        arcs=tuple(arcs),
        left_out=max(0, len(releases) - MAX_RELEASES),
    )
