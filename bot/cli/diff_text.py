"""The text of `release-watch diff`, over anything shaped like a `ReleaseDiff`: the models, or the stored JSON the
fast path reads without pydantic (`fastdiff`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

BREAKING_KINDS = frozenset({"removed", "signature_changed", "env_var_removed"})
CLI_DEFAULT = "cli_option_default_changed"
BEHAVIOUR_NOTES = frozenset({"param_default_changed", "option_default_changed", CLI_DEFAULT})
"""Breakages of `Severity.BEHAVIOUR` in `bot/apidiff/catalogue.py` (a test keeps them equal): no call fails, a call
leaving the parameter out may only do something else, so a change of these alone breaks nobody."""
_HEADINGS = {
    "removed": "Removed",
    "signature_changed": "Signature changed",
    "env_var_removed": "Environment variables no longer read",
    "deprecated": "Newly deprecated",
}


class _Valued(Protocol):
    @property
    def value(self) -> str: ...


class ChangeLike(Protocol):
    """What the text shows of a `Change`."""

    @property
    def symbol(self) -> str: ...
    @property
    def kind(self) -> _Valued: ...
    @property
    def object(self) -> _Valued: ...
    @property
    def detail(self) -> str: ...
    @property
    def hint(self) -> str | None: ...
    @property
    def deprecated_since(self) -> str | None: ...
    @property
    def deprecated_parameter(self) -> str: ...
    @property
    def breakages(self) -> Sequence[str]: ...


class DiffLike(Protocol):
    """What the text shows of a `ReleaseDiff`."""

    @property
    def package(self) -> str: ...
    @property
    def old(self) -> str: ...
    @property
    def new(self) -> str: ...
    @property
    def changes(self) -> Sequence[ChangeLike]: ...
    @property
    def notes(self) -> Sequence[str]: ...


def is_breaking(change: ChangeLike) -> bool:
    """Whether the change breaks code written against OLD (exit 1); `findings.outcome.BREAKING_KINDS`, by value
    so that printing a stored diff needs no findings import. A change that is only a behaviour note (a literal
    default changed value) breaks no call."""
    return change.kind.value in BREAKING_KINDS and not _behaviour_only(change)


def _behaviour_only(change: ChangeLike) -> bool:
    return bool(change.breakages) and BEHAVIOUR_NOTES.issuperset(change.breakages)


def _advice(diff: DiffLike) -> list[str]:
    """What to do next: bound the dependency, or migrate with the hints; check the calls a changed default
    reaches."""
    breaking = [change for change in diff.changes if is_breaking(change)]
    if breaking:
        how = " (the hints above say how)" if any(change.hint for change in breaking) else ""
        return [
            "",
            f"What to do: bound the requirement (`{diff.package}<{diff.new}`) until code using these symbols "
            f"is migrated{how}; `release-watch scan PATH --against {diff.package}=={diff.new}` finds the uses.",
        ]
    advice = []
    notes = [change for change in diff.changes if _behaviour_only(change)]
    if any(CLI_DEFAULT not in change.breakages for change in notes):
        advice.append(
            "What to do: no call fails; check that calls leaving out a parameter whose default changed still mean "
            f"it (`release-watch scan PATH --against {diff.package}=={diff.new}` lists them)."
        )
    if any(CLI_DEFAULT in change.breakages for change in notes):  # a command line leaving it out spells nothing
        advice.append(
            "What to do: nothing fails; check that command lines and scripts leaving out an option whose default "
            "changed still mean it (no scan can list them: they do not spell the option)."
        )
    if any(not _behaviour_only(change) for change in diff.changes):
        advice.append("What to do: nothing breaks yet; move off the deprecated symbols before a release removes them.")
    return ["", *advice] if advice else []


def _deprecated_what(change: ChangeLike) -> str:
    """What `deprecated_since` dates: the symbol, or one of its parameters (the method itself was not deprecated)."""
    return f"parameter '{change.deprecated_parameter}' deprecated" if change.deprecated_parameter else "deprecated"


def render_text(diff: DiffLike, hidden: int = 0) -> str:
    """Changes grouped by kind, each symbol with its detail and the hint under it, then what to do; `hidden` private
    changes are counted, not listed."""
    lines = [f"{diff.package} {diff.old} -> {diff.new}: {len(diff.changes)} change(s)"]
    if hidden:
        lines[0] += f" ({hidden} change(s) to private names not shown: --private lists them)"
    for kind, heading in _HEADINGS.items():
        changes = [change for change in diff.changes if change.kind.value == kind]
        if not changes:
            continue
        lines += ["", f"{heading} ({len(changes)}):"]
        for change in changes:
            since = f" ({_deprecated_what(change)} since {change.deprecated_since})" if change.deprecated_since else ""
            lines.append(f"  {change.symbol} [{change.object.value}]{since}")
            if change.detail and kind != "removed":
                lines.append(f"      {change.detail}")
            if change.hint:
                lines.append(f"      hint: {change.hint}")
    if diff.notes:
        lines += ["", f"Not claimed ({len(diff.notes)}):", *(f"  {note}" for note in diff.notes)]
    return "\n".join([*lines, *_advice(diff)])
