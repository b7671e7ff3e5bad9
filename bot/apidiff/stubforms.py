"""Call forms only a stub states. A callable declared in a `.pyi` with no Python source beside it is compiled code
(pybind11, nanobind, a C extension) whose binding decides what calls bind, and the engine reads no binding: a stub
that now marks parameters positional-only (`/`), drops a default or makes a method a property may only say at last
what the compiled code always did. pikepdf 10.18's stubs added `/` to `Matrix.scaled(sx, sy)`, `Object.update(other)`
and `@property` to `Page.index`, whose nanobind bindings never named those arguments and were read-only properties
already: a keyword call or `page.index()` always raised. Such a change is no claim; the annotations stay compared
(a type checker reads the stub, whatever the binding does)."""

from __future__ import annotations

from bot.apidiff.model import POSITIONAL_KINDS, Param, ParamKind, Symbol
from bot.changes import SignatureDelta

STUB_SUFFIX = ".pyi"


def stub_declared(before: Symbol, after: Symbol) -> bool:
    """Both releases declare the symbol only in a stub (no source of it was read)."""
    return before.file.endswith(STUB_SUFFIX) and after.file.endswith(STUB_SUFFIX)


def _slots_made_positional_only(old: tuple[Param, ...], new: tuple[Param, ...]) -> frozenset[str]:
    """Old positional parameters whose slot a positional-only parameter now holds (`with_same_owner_as(arg0)`
    become `with_same_owner_as(other, /)`): a keyword call of the old name is what the stub now refuses."""
    new_slots = [p for p in new if p.kind in POSITIONAL_KINDS]
    old_slots = [p for p in old if p.kind in POSITIONAL_KINDS]
    return frozenset(
        p.name
        for p, q in zip(old_slots, new_slots, strict=False)
        if p.kind is ParamKind.POSITIONAL_OR_KEYWORD and q.kind is ParamKind.POSITIONAL_ONLY
    )


def without_stub_call_forms(delta: SignatureDelta, old: tuple[Param, ...], new: tuple[Param, ...]) -> SignatureDelta:
    """`delta` without what only the stub's call form says: parameters made positional-only (by `/` or by a rename
    into a positional-only slot) and defaults the stub no longer writes."""
    positional_only = _slots_made_positional_only(old, new)
    return delta.model_copy(
        update={
            "made_positional_only": (),
            "removed": tuple(n for n in delta.removed if n not in positional_only),
            "absorbed_by_kwargs": tuple(n for n in delta.absorbed_by_kwargs if n not in positional_only),
            "defaults_removed": (),
        }
    )
