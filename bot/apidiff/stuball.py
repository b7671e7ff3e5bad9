"""The `__all__` of a source read through its stub. A stub is read where the source fills its names when it runs
(see `locate._fills_globals`); a stub writing no `__all__` leaves every public name it declares star-exported, though
the source's `__all__` decides what `from package import *` brings. pyzmq 27.1's `zmq/backend/__init__.py` ends with
`__all__ = public_api`, a list `from .select import public_api` binds in `select.py`; its stub wrote none, so
`select_backend` and `monitored_queue` seemed star-exported into `zmq`, and 27.2's stub listing `__all__` looked like
their removal from `zmq`."""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path

from bot.apidiff.extract import literal_names, read_tree
from bot.apidiff.locate import ModuleFile
from bot.apidiff.model import Surface
from bot.apidiff.raw import RawModule
from bot.apidiff.runtime_bound import run_time_names
from bot.apidiff.stubtwins import PACKAGE_STUB


def _all_from(tree: ast.Module) -> str:
    """The name `__all__ = name` assigns, when that is the module's one top-level writing of `__all__`."""
    written = [
        stmt
        for stmt in tree.body
        if isinstance(stmt, (ast.Assign, ast.AnnAssign, ast.AugAssign))
        and any(isinstance(t, ast.Name) and t.id == "__all__" for t in _targets(stmt))
    ]
    if len(written) != 1 or not isinstance(written[0], ast.Assign) or not isinstance(written[0].value, ast.Name):
        return ""
    return written[0].value.id


def _targets(stmt: ast.Assign | ast.AnnAssign | ast.AugAssign) -> list[ast.expr]:
    return list(stmt.targets) if isinstance(stmt, ast.Assign) else [stmt.target]


def _sibling_import(tree: ast.Module, name: str) -> tuple[str, str] | None:
    """(sibling module, its name) for a top-level `from .sibling import name` (or `import x as name`)."""
    for stmt in tree.body:
        if isinstance(stmt, ast.ImportFrom) and stmt.level == 1 and stmt.module and "." not in stmt.module:
            for alias in stmt.names:
                if (alias.asname or alias.name) == name:
                    return stmt.module, alias.name
    return None


def _literal_list(tree: ast.Module, data: bytes, name: str) -> tuple[str, ...] | None:
    """The strings of the module's one top-level `name = [...]` of literals, when nothing else writes or grows it
    (no other assignment, no `name.append(...)`, no `name +=`)."""
    bound = [
        stmt
        for stmt in ast.walk(tree)
        if isinstance(stmt, (ast.Assign, ast.AnnAssign, ast.AugAssign))
        and any(isinstance(t, ast.Name) and t.id == name for t in _targets(stmt))
    ]
    if (
        len(bound) != 1
        or bound[0] not in tree.body
        or isinstance(bound[0], ast.AugAssign)
        or (name + ".").encode() in data
    ):
        return None
    names = literal_names(bound[0].value)
    return tuple(names) if names is not None else None


def source_all(source: Path) -> tuple[str, ...] | None:
    """The names of the source's `__all__ = name` when `name` is imported from a sibling module binding it to a
    literal list; None otherwise (no `__all__`, one written otherwise: extraction reads those)."""
    read = read_tree(source)
    name = _all_from(read[0]) if read is not None else ""
    imported = _sibling_import(read[0], name) if read is not None and name else None
    if imported is None:
        return None
    sibling = read_tree(source.parent / f"{imported[0]}.py")
    return _literal_list(sibling[0], sibling[1], imported[1]) if sibling is not None else None


def with_source_all(raws: list[RawModule], sources: list[ModuleFile]) -> list[RawModule]:
    """`raws` whose stubs, read in place of `sources` and writing no `__all__`, take the one the source lists (see
    `source_all`)."""
    by_module = {source.module: source.path for source in sources}
    found = []
    for raw in raws:
        path = by_module.get(raw.module) if raw.file.endswith(".pyi") and not raw.all_written else None
        listed = source_all(path) if path is not None else None
        found.append(replace(raw, all_names=listed, all_written=True) if listed is not None else raw)
    return found


def without_stub_only_names(
    surface: Surface, sources: Iterable[RawModule], raws: Mapping[str, RawModule], listed: set[str]
) -> Surface:
    """`surface` less the names a package stub declares that its source never binds, for a stub whose `__all__` the
    source's sibling list gave (see `with_source_all`): that list is what its fill copies in, so a name neither
    listed, nor bound by the source itself (see `run_time_names`), nor defined by any submodule the fill could copy
    it from, was never there at run time (pyzmq 27.1's `zmq/backend/__init__.pyi` declared `zmq_version`, which
    `zmq.backend` never had: it lives in `zmq.sugar.version`): its loss is no removal. Its members go with it."""
    by_module = {raw.module: raw for raw in sources}
    gone: set[str] = set()
    for module in listed & by_module.keys():
        holder = surface.symbols.get(module)
        if holder is None or holder.kind != "module" or not holder.file.endswith(PACKAGE_STUB):
            continue
        kept = (
            run_time_names(by_module[module], raws)
            | set(surface.exports.get(module, ()))
            | _in_submodules(surface, module)
        )
        gone.update(
            path
            for path, symbol in surface.symbols.items()
            if path.rpartition(".")[0] == module
            and symbol.file == holder.file
            and symbol.target == path
            and path.rpartition(".")[2] not in kept
        )
    if not gone:
        return surface
    symbols = {p: s for p, s in surface.symbols.items() if p not in gone and not p.startswith(_prefixes(gone))}
    bound = {m: tuple(n for n in names if f"{m}.{n}" not in gone) for m, names in surface.bound.items()}
    return replace(surface, symbols=symbols, bound=bound)


def _prefixes(paths: set[str]) -> tuple[str, ...]:
    return tuple(f"{path}." for path in paths)


def _in_submodules(surface: Surface, package: str) -> set[str]:
    """The names a module under `package` binds in source: where a fill may copy one from."""
    prefix = package + "."
    found: set[str] = set()
    for path, symbol in surface.symbols.items():
        module, _, name = path.rpartition(".")
        if module.startswith(prefix) and symbol.file.endswith(".py"):
            holder = surface.symbols.get(module)
            if holder is not None and holder.kind == "module":
                found.add(name)
    return found
