"""Where a removed function or class lives now: the release still defines it under another path, or defines one of
the same name and kind, with the same parameters or most of the old one's members, at a path it did not have (gql 4.0
dropped `gql.utils.extract_files` and defines `gql.transport.file_upload.extract_files`). The issue then points
maintainers at the new import; a same-named definition that looks different (openai 1.0's `openai.types.Completion`,
a response model, for 0.28's `Completion` API resource) is no home."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from bot.apidiff.model import Surface, Symbol
from bot.changes import is_private_symbol

_MOVABLE = frozenset({"function", "class"})
"""Kinds whose name alone says what they are; a method or an attribute of the same name in another class is
another class's."""
_KEPT_MEMBERS = 0.5
"""The share of the old class's public members the new one must still have to be taken for it, moved (openai 1.0's
`APIConnectionError` keeps 1 of 11, docutils 0.21's rewritten MathML elements a third, discord 2.0's moved
`WebhookAdapter` two thirds)."""


def new_homes(removed: Iterable[Symbol], old: Surface, new: Surface) -> dict[str, str]:
    """For each removed module-level function or class (by path): the public path of the new release that still
    defines it (the definition's own path first, else the shortest), or else the one new path defining a like one
    (see the module docstring); none when several definitions qualify (which one is meant is unknown)."""
    removed = [
        symbol
        for symbol in removed
        if symbol.kind in _MOVABLE and old.symbols.get(symbol.path.rpartition(".")[0], symbol).kind == "module"
    ]
    wanted = {symbol.path.rpartition(".")[2]: symbol.kind for symbol in removed}
    if not wanted:
        return {}
    found: dict[str, dict[str, str]] = {}  # name -> target -> the path to give
    for path, symbol in new.symbols.items():
        name = path.rpartition(".")[2]
        if wanted.get(name) == symbol.kind and "." in path and not is_private_symbol(path):
            paths = found.setdefault(name, {})
            given = paths.get(symbol.target, path)
            paths[symbol.target] = min(given, path, key=lambda p: (p != symbol.target, len(p), p))
    homes: dict[str, str] = {}
    candidates: list[tuple[Symbol, Symbol]] = []
    for symbol in removed:
        targets = found.get(symbol.path.rpartition(".")[2], {})
        if symbol.target in targets:  # the same definition, still public elsewhere
            homes[symbol.path] = targets[symbol.target]
        elif len(targets) == 1 and (path := next(iter(targets.values()))) not in old.symbols:
            candidates.append((symbol, new.symbols[path]))
    classes = [(before.path, after.path) for before, after in candidates if before.kind == "class"]
    ours, theirs = _members(old, {a for a, _ in classes}), _members(new, {b for _, b in classes})
    for before, after in candidates:
        if before.kind == "function":
            alike = before.params is not None and after.params is not None and _shape(before) == _shape(after)
        else:
            mine, yours = ours.get(before.path, set()), theirs.get(after.path, set())
            alike = len(mine & yours) >= _KEPT_MEMBERS * len(mine) if mine else not yours  # memberless: both
        if alike:
            homes[before.path] = after.path
    return homes


def _shape(function: Symbol) -> list[tuple[str, object]]:
    """The parameters' names and kinds, in order."""
    return [(param.name, param.kind) for param in function.params or ()]


def _members(surface: Surface, classes: set[str]) -> dict[str, set[str]]:
    """The public member names the surface lists under each of the class paths (one pass over its symbols)."""
    found: dict[str, set[str]] = {}
    if classes:
        for key in surface.symbols:
            parent, _, name = key.rpartition(".")
            if parent in classes and not name.startswith("_"):
                found.setdefault(parent, set()).add(name)
    return found


def removed_hints(removed: list[Symbol], old: Surface, new: Surface) -> dict[str, str]:
    """The new-home hint of each removed symbol that has one (see `home_hint`); a removed module's lists where its
    functions and classes went (flask 3.0 dropped `flask.scaffold`; `Scaffold` lives in `flask.sansio.scaffold`), and
    those it imported by name (celery 5.0 dropped `celery.task`, whose `from celery.canvas import group` still
    holds), its members being claimed with it, not one by one."""
    modules = {symbol.path for symbol in removed if symbol.kind == "module"}
    members = [  # its own definitions and the names it imported by name: a star import's (`from peewee import *`) no
        symbol
        for path, symbol in old.symbols.items()
        if (module := path.rpartition(".")[0]) in modules
        and (symbol.target.startswith(f"{module}.") or path.rpartition(".")[2] not in old.star_imported.get(module, ()))
    ]
    members += _reexported(modules - {m.path.rpartition(".")[0] for m in members if m.kind in _MOVABLE}, old)
    homes = new_homes([*removed, *members], old, new)
    hints = {symbol.path: home_hint(homes[symbol.path], new) for symbol in removed if symbol.path in homes}
    for symbol in removed:
        if symbol.path not in hints and (private := _made_private(symbol, old, new)) is not None:
            hints[symbol.path] = private
    moved: dict[str, list[str]] = {}
    for symbol in members:
        if symbol.path in homes:
            moved.setdefault(symbol.path.rpartition(".")[0], []).append(homes[symbol.path])
    for module, paths in moved.items():
        imports = [_import(path, new) for path in sorted(paths)]
        more = f" (and {len(imports) - _LISTED} more)" if len(imports) > _LISTED else ""
        hints[module] = "its names now live elsewhere: " + "; ".join(imports[:_LISTED]) + more
    return hints


def _made_private(symbol: Symbol, old: Surface, new: Surface) -> str | None:
    """The hint for a module-level function or class whose module now defines one of the same kind under its
    underscored name, which it did not before (flask-security-too 5.9 renamed `flask_security.utils.config_value`
    to `_config_value`): a fact, not a claim that it is the same (a private callable's parameters are not read)."""
    module, _, name = symbol.path.rpartition(".")
    private = f"{module}._{name}"
    twin = new.symbols.get(private)
    if symbol.kind not in _MOVABLE or twin is None or twin.kind != symbol.kind or twin.target != private:
        return None
    if old.symbols.get(module, symbol).kind != "module" or private in old.symbols:
        return None
    return f"{module} now defines a private {symbol.kind} `_{name}` in its place, and no public one elsewhere"


def _reexported(modules: Iterable[str], old: Surface) -> list[Symbol]:
    """For plain modules defining no function or class of their own, the names each imports by name from its own
    distribution (falcon 3's `api.py`, only `from .app import App as API`-style imports): the module is a shim whose
    every import is the point, each at its own path (`Surface.reexports`; a star import's are not among them)."""
    found = []
    for module in modules:
        if "*" in old.reexports.get(module, ()):
            continue  # falcon 3's `api_helpers.py` is `from .app_helpers import *`: its named import serves it
        for name in old.reexports.get(module, ()):
            source = old.symbols.get(old.reexport_targets.get(f"{module}.{name}", ""))
            if source is not None:
                found.append(replace(source, path=f"{module}.{name}"))
    return found


_LISTED = 4
"""New homes a removed module's hint spells out."""


def home_hint(path: str, new: Surface) -> str:
    """The hint a removed symbol with a new home carries (its dotted path spelled whole, as the usage finder reads
    hints: an import of it beside the old one is the migration done)."""
    return f"now at {path}: {_import(path, new)}"


def _import(path: str, new: Surface) -> str:
    """The import that reaches the path: `from` its module, of the first name under it. A home nested in a class
    (pysbd 0.3 moved `lang.common.numbers.AmPmRules` into `lang.common.common.Common`) is reached through that class,
    never imported from it: `from m.Common import AmPmRules` raises ModuleNotFoundError."""
    module, _, name = path.rpartition(".")
    while module not in new.bound and "." in module:  # a module's name may be shadowed by one it imports
        module, _, outer = module.rpartition(".")
        name = f"{outer}.{name}"
    head = name.partition(".")[0]
    return f"`from {module} import {head}`" + (f" (then `{name}`)" if head != name else "")
