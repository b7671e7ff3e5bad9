"""Names imported from a module the distribution does not ship. redis-om 1.0.5's wheel holds only
`redis_om/__init__.py`, whose `from .model.model import HashModel` finds no module (the wheel's build forgot the
generated package): `import redis_om` fails, so `redis_om.HashModel` is gone, though an import of a name the
engine cannot resolve is otherwise taken as present. Only a wheel says this (an sdist's build may generate a module,
`_version.py`), only for a top-level import no `try` or `if` guards (`try: from ._speedups import x` / `except
ImportError:` is a fallback), and only when no file or folder of the module's name is there (a compiled extension,
`_speedups.cpython-311-x86_64-linux-gnu.so`, is no source the engine reads but is a module all the same)."""

from __future__ import annotations

import ast
import os
from collections.abc import Callable, Mapping
from dataclasses import replace
from pathlib import Path

from bot.apidiff.compiled import EXTENSION_SUFFIXES
from bot.apidiff.extract import read_tree
from bot.apidiff.model import ModuleReport, ModuleStatus, Surface
from bot.apidiff.raw import RawImport, RawModule


def _absent(top_folder: Path, parts: list[str]) -> bool:
    """No file or folder under `top_folder` holds the module `parts` name (the first missing part decides)."""
    folder = top_folder
    for part in parts:
        try:
            entries = os.listdir(folder)
        except OSError:
            return False
        if part in entries and (folder / part).is_dir():
            folder = folder / part
            continue
        return not any(entry.split(".", 1)[0] == part for entry in entries)
    return False  # a folder of that name: a namespace package, maybe filled by another distribution


def _no_module_file(top_folder: Path, parts: list[str]) -> bool:
    """No source, compiled module or folder under `top_folder` gives the module `parts` name: at most a file its
    build fills in (pywavelets 1.5's `_c99_config.py.in`, meson's `configure_file` writes `_c99_config.py`)."""
    folder = top_folder
    for part in parts:
        if (folder / part).is_dir():
            folder = folder / part
            continue
        try:
            entries = os.listdir(folder)
        except OSError:
            return False
        made = (f"{part}{suffix}" for suffix in (".py", *EXTENSION_SUFFIXES))
        return not any(entry in entries for entry in made) and not any(
            entry.startswith(f"{part}.") and entry.endswith(EXTENSION_SUFFIXES) for entry in entries
        )
    return False


def _candidates(
    raw: RawModule, modules: set[str], top_folder: Path, absent: Callable[[Path, list[str]], bool] = _absent
) -> dict[str, str]:
    """Name -> module, for the module's names last bound by an import from an absent module of its own package."""
    top = raw.module.split(".", 1)[0]
    found: dict[str, str] = {}
    for name, bound in raw.bindings.items():
        last = bound[-1] if bound else None
        if not isinstance(last, RawImport) or last.attr is None or not last.module.startswith(top + "."):
            continue
        if last.module in modules or any(m.startswith(last.module + ".") for m in modules):
            continue
        if absent(top_folder, last.module.split(".")[1:]):
            found[name] = last.module
    return found


def _unguarded(raw: RawModule, path: Path, candidates: dict[str, str]) -> list[str]:
    """Those of `candidates` a relative import among the module's top-level statements binds."""
    read = read_tree(path)
    if read is None:
        return []
    tree = read[0]
    package = raw.module if raw.is_package else raw.module.rpartition(".")[0]
    found: list[str] = []
    for stmt in tree.body:
        if not (isinstance(stmt, ast.ImportFrom) and stmt.level and stmt.module):
            continue
        parts = package.split(".")
        module = ".".join([*parts[: len(parts) - stmt.level + 1], stmt.module])
        names = [alias.asname or alias.name for alias in stmt.names]
        found.extend(name for name in names if candidates.get(name) == module)
    return found


def unshipped_names(raws: list[RawModule], paths: Mapping[str, Path]) -> dict[str, tuple[str, ...]]:
    """Module -> names its top-level relative imports take from a module the wheel does not ship."""
    modules = {raw.module for raw in raws}
    found: dict[str, tuple[str, ...]] = {}
    for raw in raws:
        top = raw.module.split(".", 1)[0]
        if "__path__" in raw.bindings or not raw.file.endswith(".py") or top not in paths:
            continue
        candidates = _candidates(raw, modules, paths[top].parent)
        names = _unguarded(raw, paths[raw.module], candidates) if candidates and raw.module in paths else []
        if names:
            found[raw.module] = tuple(names)
    return found


def _imported_at_top(path: Path, candidates: dict[str, str], package: str) -> list[str]:
    """Those of `candidates` an import among the module's top-level statements binds, relative or absolute."""
    read = read_tree(path)
    if read is None:
        return []
    found: list[str] = []
    for stmt in read[0].body:
        if not (isinstance(stmt, ast.ImportFrom) and stmt.module):
            continue
        parts = package.split(".")
        module = ".".join([*parts[: len(parts) - stmt.level + 1], stmt.module]) if stmt.level else stmt.module
        names = [alias.asname or alias.name for alias in stmt.names]
        found.extend(name for name in names if candidates.get(name) == module)
    return found


def generated_reports(raws: list[RawModule], paths: Mapping[str, Path]) -> list[ModuleReport]:
    """For an sdist: an unread report for each module of its packages that one of them imports at its top level,
    unguarded, and no file or folder gives (pywavelets 1.5's `pywt/__init__.py` does `from pywt.version import
    version as __version__`, and meson writes `version.py` at build time where 1.4's sdist shipped it). The package
    cannot be imported without the module, so its build makes it: what it holds is unread, not removed."""
    modules = {raw.module for raw in raws}
    found: dict[str, str] = {}
    for raw in raws:
        top = raw.module.split(".", 1)[0]
        if "__path__" in raw.bindings or not raw.file.endswith(".py") or top not in paths or raw.module not in paths:
            continue
        candidates = _candidates(raw, modules, paths[top].parent, _no_module_file)
        package = raw.module if raw.is_package else raw.module.rpartition(".")[0]
        for name in _imported_at_top(paths[raw.module], candidates, package) if candidates else []:
            found.setdefault(candidates[name], raw.module)
    return [
        ModuleReport(
            module,
            module.replace(".", "/") + ".py",
            ModuleStatus.COMPILED,
            f"made by the build ({importer} imports it, the sdist has no file of it): its contents are not read",
        )
        for module, importer in sorted(found.items())
    ]


def without_unshipped(surface: Surface, unshipped: Mapping[str, tuple[str, ...]]) -> Surface:
    """`surface` without the names of `unshipped` (see `unshipped_names`): neither symbols nor bound."""
    if not unshipped:
        return surface
    gone = {f"{module}.{name}" for module, names in unshipped.items() for name in names}
    symbols = {
        path: symbol
        for path, symbol in surface.symbols.items()
        if path not in gone and not any(path.startswith(g + ".") for g in gone)
    }
    bound = {
        module: tuple(n for n in names if n not in unshipped.get(module, ())) for module, names in surface.bound.items()
    }
    return replace(surface, symbols=symbols, bound=bound)
