"""Attach the catalogue to changes: each gets its kind ids and a witness written for its symbol."""

from __future__ import annotations

from bot.apidiff.classify import breakage_kinds, witness_kind
from bot.apidiff.model import Surface
from bot.apidiff.witness import instantiate
from bot.changes import Change


def _merged(changes: list[Change]) -> list[Change]:
    """One change per (kind, symbol): a shape change of a symbol whose signature also changed joins that change."""
    first: dict[tuple[str, str], int] = {}
    merged: list[Change] = []
    for change in changes:
        key = (change.kind.value, change.symbol)
        if key not in first:
            first[key] = len(merged)
            merged.append(change)
            continue
        kept = merged[first[key]]
        extra = (*kept.breakages, change.breakage) if change.breakage else kept.breakages
        merged[first[key]] = kept.model_copy(update={"detail": f"{kept.detail}; {change.detail}", "breakages": extra})
    return merged


def catalogued(changes: list[Change], old: Surface, new: Surface) -> list[Change]:
    """The changes with their catalogue kinds and a witness instantiated for each."""
    done = []
    for change in _merged(changes):
        kinds = [*dict.fromkeys([*breakage_kinds(change, old, new), *change.breakages])]
        witness = change.witness or (instantiate(change, witness_kind(kinds), old) if kinds else "")  # or its maker's
        done.append(
            change.model_copy(
                update={"breakage": kinds[0] if kinds else "", "breakages": tuple(kinds), "witness": witness}
            )
        )
    return done
