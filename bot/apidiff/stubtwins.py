"""Changes only a package's stub saw. A package `__init__.pyi` is read where its source fills its names when it runs
(pyzmq's `zmq/backend/__init__.py` copies them from `zmq.backend.cython` or `zmq.backend.cffi`); what users get is
the runtime definition, and the engine reads it too when it lives in a submodule of that package. pyzmq 27.2 rewrote
`zmq/backend/__init__.pyi` while `zmq.backend.cython._zmq.Frame` stayed the same: the old stub's `Frame.copy_fast`,
`Socket.bind(url)` or assignable `Frame.buffer` never existed at run time, so their "removal" broke nobody."""

from __future__ import annotations

from collections.abc import Iterable

from bot.apidiff.model import Surface, Symbol
from bot.changes import Change, ChangeKind

PACKAGE_STUB = "/__init__.pyi"


BROKEN = frozenset({ChangeKind.REMOVED, ChangeKind.SIGNATURE_CHANGED})
"""What twins are compared on: a definition lost or changed. A deprecation is what the new release does when it
runs, whatever either stub declared."""


def _declared(change: Change, old: Surface, new: Surface) -> Symbol | None:
    """The stub symbol the change is about (the old one, else the new one)."""
    if change.kind not in BROKEN:
        return None
    symbol = old.symbols.get(change.symbol) or new.symbols.get(change.symbol)
    return symbol if symbol is not None and symbol.file.endswith(PACKAGE_STUB) else None


def _stub_package(symbol: Symbol, surface: Surface) -> str:
    """The package whose `__init__.pyi` declares `symbol`'s target ("" when its module is not found)."""
    module = symbol.target
    while "." in module:
        module = module.rpartition(".")[0]
        holder = surface.symbols.get(module)
        if holder is not None and holder.kind == "module" and holder.file == symbol.file:
            return module
    return ""


def _runtime(path: str, surface: Surface) -> Symbol | None:
    """The symbol at `path` when a source (not a stub) defines it."""
    symbol = surface.symbols.get(path)
    return symbol if symbol is not None and symbol.file.endswith(".py") else None


def _anchored(twin: str, rest: str, old: Surface, new: Surface) -> bool:
    """The runtime twin's anchor is defined in source in both releases: for a member (`Frame.copy_fast`) its class,
    for a module-level name the name itself (a module always holds some name: no evidence by itself)."""
    anchor = twin.rpartition(".")[0] if "." in rest else twin
    before, after = _runtime(anchor, old), _runtime(anchor, new)
    if before is None or after is None:
        return False
    return "." not in rest or (before.kind == "class" and after.kind == "class")


def _twins(package: str, rest: str, old: Surface, new: Surface, modules: list[str]) -> list[str]:
    """The paths under the package's submodules that define `rest` in source in both releases."""
    prefix = package + "."
    return [f"{m}.{rest}" for m in modules if m.startswith(prefix) and _anchored(f"{m}.{rest}", rest, old, new)]


def _claimed(changes: Iterable[Change], old: Surface, new: Surface) -> set[tuple[str, str]]:
    """(kind, path or target) of every change, so a twin claimed under another spelling still counts."""
    claimed: set[tuple[str, str]] = set()
    for change in changes:
        for path in (change.symbol, *change.aliases):
            claimed.add((change.kind.value, path))
            symbol = old.symbols.get(path) or new.symbols.get(path)
            if symbol is not None:
                claimed.add((change.kind.value, symbol.target))
    return claimed


def _twin_claimed(twin: str, kind: str, claimed: set[tuple[str, str]], old: Surface, new: Surface) -> bool:
    symbol = old.symbols.get(twin) or new.symbols.get(twin)
    return (kind, twin) in claimed or (symbol is not None and (kind, symbol.target) in claimed)


def without_stub_only(changes: list[Change], old: Surface, new: Surface) -> list[Change]:
    """`changes` less those made to a package stub's declaration whose runtime twins (the same name under the
    package's submodules, defined in source in both releases) show no such change. A change no twin anchors is
    kept: the stub is then all the engine knows; so is a name another module re-exports from the stub's package and
    no longer does (what the package's star import hands on is the question there, not the definition)."""
    declared = [(change, _declared(change, old, new)) for change in changes]
    if all(symbol is None for _, symbol in declared):
        return changes  # no package stub declared anything changed (almost every diff)
    modules = sorted(path for path, symbol in old.symbols.items() if symbol.kind == "module")
    claimed = _claimed(changes, old, new)
    kept = []
    for change, symbol in declared:
        package = _stub_package(symbol, old if change.symbol in old.symbols else new) if symbol is not None else ""
        rest = symbol.target.removeprefix(package + ".") if symbol is not None and package else ""
        reexport = change.kind.value == "removed" and "." not in rest and not change.symbol.startswith(package + ".")
        twins = _twins(package, rest, old, new, modules) if rest and not reexport else []
        if twins and not any(_twin_claimed(t, change.kind.value, claimed, old, new) for t in twins):
            continue
        kept.append(change)
    return kept
