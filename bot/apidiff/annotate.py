"""Attach the catalogue to changes: each gets its kind ids and a witness written for its symbol."""

from __future__ import annotations

from bot.apidiff.catalogue import BY_ID, Who
from bot.apidiff.classify import breakage_kinds, witness_kind
from bot.apidiff.model import Surface
from bot.apidiff.witness import instantiate, places
from bot.changes import Change, ChangeKind, ObjectKind, SignatureDelta


def _joined(kept: SignatureDelta | None, extra: SignatureDelta | None) -> SignatureDelta | None:
    """Both deltas as one: every parameter either names (a keyword a `**kwargs` chain now rejects beside the
    signature's own change: werkzeug 3's `Client.set_cookie` lost `*args`, and `charset` down its chain), so a call
    passing any of them is matched; the first one's figures (signatures, positional limit) where it has them."""
    if kept is None or extra is None:
        return kept or extra
    joined: dict[str, object] = {}
    for name in SignatureDelta.model_fields:
        mine, theirs = getattr(kept, name), getattr(extra, name)
        if isinstance(mine, tuple):
            joined[name] = tuple(dict.fromkeys((*mine, *theirs)))
        elif mine in (None, ""):
            joined[name] = theirs
    return kept.model_copy(update=joined)


def _merged(changes: list[Change]) -> list[Change]:
    """One change per (kind, symbol): a shape change of a symbol whose signature also changed joins that change,
    each keeping the kinds it was classified under alone."""
    first: dict[tuple[str, str], int] = {}
    merged: list[Change] = []
    for change in changes:
        key = (change.kind.value, change.symbol)
        if key not in first:
            first[key] = len(merged)
            merged.append(change)
            continue
        kept = merged[first[key]]
        kinds = sorted(dict.fromkeys((*kept.breakages, *change.breakages)), key=lambda kind: kind not in _LEADING)
        merged[first[key]] = kept.model_copy(
            update={
                "detail": f"{kept.detail}; {change.detail}",
                "breakage": kinds[0] if kinds else kept.breakage,
                "breakages": tuple(kinds),
                "signature": _joined(kept.signature, change.signature),
            }
        )
    return merged


_LEADING = frozenset({"decorator_to_factory"})
"""Shape kinds that explain the signature change they join (the decorated function, once the first parameter, is
no parameter of a decorator factory): shown first, and what the usage finder matches."""


def _moot_for_sealed(change: Change, old: Surface) -> bool:
    """A change only subclasses feel (a hook no longer called, a new abstract method) of a class that refused
    subclasses in the old release (yarl's `URL.__init_subclass__` raises TypeError): no one can have written one."""
    if not change.breakages or any(
        kind not in BY_ID or BY_ID[kind].who is not Who.SUBCLASSERS for kind in change.breakages
    ):
        return False
    for path in (change.symbol, change.symbol.rpartition(".")[0]):
        found = old.symbols.get(path)
        if found is not None and found.kind == "alias":
            found = old.symbols.get(found.target)
        if found is not None and found.kind == "class":
            return found.sealed
    return False


def _classified(change: Change, old: Surface, new: Surface) -> Change:
    """The change with its catalogue kinds, most telling first."""
    kinds = tuple(dict.fromkeys([*breakage_kinds(change, old, new), *change.breakages]))
    return change.model_copy(update={"breakage": kinds[0] if kinds else "", "breakages": kinds})


def catalogued(changes: list[Change], old: Surface, new: Surface) -> list[Change]:
    """The changes with their catalogue kinds and a witness instantiated for each: classified one by one before
    those of one symbol merge (a keyword a `**kwargs` chain rejects is no parameter the callable lost)."""
    done = []
    keyed = any(c.kind is ChangeKind.ENV_VAR_REMOVED or c.object is ObjectKind.CONFIG_KEY for c in changes)
    where = places(old) if keyed else None  # only their witnesses ask where modules and defaults are
    classified = [_classified(change, old, new) for change in changes]
    for change in _merged([change for change in classified if not _moot_for_sealed(change, old)]):
        kinds = change.breakages
        witness = change.witness or (
            instantiate(change, witness_kind(list(kinds)), old, where) if kinds else ""
        )  # or its maker's
        done.append(change.model_copy(update={"witness": witness}))
    return done
