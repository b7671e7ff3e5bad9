"""Diff two surfaces of one package into `Change`s: removed, signature changed, newly deprecated, env var removed."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from bot.apidiff.deprecation import extract_hint
from bot.apidiff.model import ModuleStatus, Surface, Symbol
from bot.apidiff.signature import compare_params, describe
from bot.apidiff.stdlib import stdlib_provides
from bot.changes import Change, ChangeKind, Location, ObjectKind, SignatureDelta


def _location(symbol: Symbol | None) -> Location | None:
    if symbol is None or not symbol.file:
        return None
    return Location(path=symbol.file, line=symbol.line)


def _parent(path: str) -> str:
    return path.rsplit(".", 1)[0] if "." in path else ""


def _object_kind(symbol: Symbol, surface: Surface) -> ObjectKind:
    if symbol.kind == "function" and surface.symbols.get(_parent(symbol.path), symbol).kind == "class":
        return ObjectKind.METHOD
    return ObjectKind(symbol.kind)


def _group_key(symbol: Symbol, surface: Surface) -> str:
    """Members reached through several aliases of one class are one change; module-level names stay separate."""
    parent = surface.symbols.get(_parent(symbol.path))
    return f"member:{symbol.target}" if parent is not None and parent.kind == "class" else f"path:{symbol.path}"


def _representatives(symbols: Iterable[Symbol], surface: Surface) -> list[Symbol]:
    """One symbol per group: the shortest dotted path (what a user most likely spells)."""
    best: dict[str, Symbol] = {}
    for symbol in symbols:
        key = _group_key(symbol, surface)
        current = best.get(key)
        if current is None or (symbol.path.count("."), symbol.path) < (current.path.count("."), current.path):
            best[key] = symbol
    return sorted(best.values(), key=lambda s: s.path)


def _unanalysed_prefixes(surface: Surface) -> tuple[str, ...]:
    """Modules whose contents are unknown; "" (a truncated surface) stands for everything."""
    return tuple(r.module for r in surface.modules if r.status is not ModuleStatus.OK)


def _under(path: str, prefixes: tuple[str, ...]) -> bool:
    return any(not prefix or path == prefix or path.startswith(prefix + ".") for prefix in prefixes)


def _inherited_from_stdlib(surface: Surface, class_path: str, member: str) -> bool:
    """True when the class still gets `member` from a standard-library base (`io.RawIOBase.read`)."""
    seen: set[str] = set()
    pending = [class_path]
    while pending:
        current = surface.symbols.get(pending.pop())
        if current is None or current.kind != "class" or current.path in seen:
            continue
        seen.add(current.path)
        for base in current.bases:
            if base in surface.symbols:
                pending.append(base)
            elif stdlib_provides(base, member):
                return True
    return False


def removed_changes(old: Surface, new: Surface) -> list[Change]:
    """Public symbols of `old` missing from `new` (their members are not repeated)."""
    if old.symbols and not any(r.status is ModuleStatus.OK for r in new.modules):
        return []  # nothing in the new release could be read: no claim either way
    blind = _unanalysed_prefixes(new)
    gone = {path for path in old.symbols if path not in new.symbols}
    top = [
        old.symbols[path] for path in gone
        if _parent(path) not in gone and not _under(path, blind) and not _under(old.symbols[path].target, blind)
        and not _inherited_from_stdlib(new, _parent(path), path.rsplit(".", 1)[-1])
    ]
    changes = []
    for symbol in _representatives(top, old):
        kind = _object_kind(symbol, old)
        detail = f"{kind.value} '{symbol.path}' no longer exists in {new.version}"
        changes.append(Change(
            symbol=symbol.path, kind=ChangeKind.REMOVED, object=kind, detail=detail,
            old_location=_location(symbol), hint=extract_hint(symbol.deprecated),
        ))
    for name, (file, line) in old.env_vars.items():
        if name not in new.env_vars:
            changes.append(Change(
                symbol=f"env:{name}", kind=ChangeKind.ENV_VAR_REMOVED, object=ObjectKind.ENV_VAR,
                detail=f"{new.version} no longer reads the environment variable {name}",
                old_location=Location(path=file, line=line),
            ))
    return changes


def signature_changes(old: Surface, new: Surface) -> list[Change]:
    """Callables present in both releases whose new parameters reject a call the old ones accepted."""
    deltas: dict[str, SignatureDelta] = {}
    changed: list[Symbol] = []
    for path, before in old.symbols.items():
        after = new.symbols.get(path)
        if after is None or before.params is None or after.params is None:
            continue
        delta = compare_params(before.params, after.params)
        if delta is not None:
            gone = (*delta.removed, *(old_name for old_name, _ in delta.renamed))
            warned = tuple(name for name in gone if name in before.deprecated_params)
            if warned:
                delta = delta.model_copy(update={"deprecated_parameters": warned})
            deltas[path] = delta
            changed.append(before)
    changes = []
    for symbol in _representatives(changed, old):
        delta = deltas[symbol.path]
        changes.append(Change(
            symbol=symbol.path, kind=ChangeKind.SIGNATURE_CHANGED, object=_object_kind(symbol, old),
            detail=describe(delta), old_location=_location(symbol), new_location=_location(new.symbols[symbol.path]),
            hint=extract_hint(symbol.deprecated), signature=delta,
        ))
    return changes


def deprecation_changes(old: Surface | None, new: Surface) -> list[Change]:
    """Symbols (and parameters) that warn in `new` but did not in `old`; every deprecation when `old` is None."""
    newly: list[Symbol] = []
    params: dict[str, tuple[str, ...]] = {}
    for path, symbol in new.symbols.items():
        before = old.symbols.get(path) if old is not None else None
        if old is not None and before is None:
            continue  # added already deprecated: nobody can be using it yet
        if symbol.deprecated is not None and (before is None or before.deprecated is None):
            newly.append(symbol)
        fresh = tuple(p for p in symbol.deprecated_params if before is None or p not in before.deprecated_params)
        if fresh and symbol.deprecated is None:
            params[path] = fresh
            newly.append(symbol)
    changes = []
    for symbol in _representatives(newly, new):
        kind = _object_kind(symbol, new)
        if symbol.path in params and symbol.deprecated is None:
            names = params[symbol.path]
            changes.append(Change(
                symbol=symbol.path, kind=ChangeKind.DEPRECATED, object=kind,
                detail="deprecated parameter" + ("s " if len(names) > 1 else " ") + ", ".join(f"'{n}'" for n in names),
                new_location=_location(symbol), signature=SignatureDelta(deprecated_parameters=names),
            ))
            continue
        changes.append(Change(
            symbol=symbol.path, kind=ChangeKind.DEPRECATED, object=kind, detail=symbol.deprecated or "",
            deprecated_since=new.version if old is not None else None,
            new_location=_location(symbol), hint=extract_hint(symbol.deprecated),
        ))
    return changes


def diff_surfaces(old: Surface, new: Surface) -> list[Change]:
    """Every change from `old` to `new`, removed first, in a stable order."""
    return [*removed_changes(old, new), *signature_changes(old, new), *deprecation_changes(old, new)]


def was_deprecated(surface: Surface | None, key: str) -> bool:
    """True when `key` warns as deprecated in the surface: a symbol, or `symbol(parameter)` for a parameter."""
    if surface is None:
        return False
    symbol, _, parameter = key.partition("(")
    found = surface.symbols.get(symbol)
    if found is None:
        return False
    if parameter:
        return parameter.rstrip(")") in found.deprecated_params
    return found.deprecated is not None


def history_key(change: Change, old: Surface) -> str | None:
    """What must be traced back for `change.deprecated_since`: the symbol, or its first deprecated parameter."""
    if change.kind not in (ChangeKind.REMOVED, ChangeKind.SIGNATURE_CHANGED):
        return None
    if was_deprecated(old, change.symbol):
        return change.symbol
    if change.signature is not None and change.signature.deprecated_parameters:
        return f"{change.symbol}({change.signature.deprecated_parameters[0]})"
    return None


def needs_history(changes: Iterable[Change], old: Surface) -> list[str]:
    """Keys of the removed or changed symbols that already warned in `old`; their `deprecated_since` must be found."""
    return sorted({key for change in changes if (key := history_key(change, old)) is not None})


def with_deprecated_since(changes: list[Change], old: Surface, since: Callable[[str], str | None]) -> list[Change]:
    """The changes with `deprecated_since` filled in from `since(key)` where it knows."""
    filled = []
    for change in changes:
        key = history_key(change, old)
        version = since(key) if key is not None and change.deprecated_since is None else None
        filled.append(change.model_copy(update={"deprecated_since": version}) if version else change)
    return filled
