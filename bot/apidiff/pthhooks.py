"""Import hooks a release installs at start-up: a `.pth` file beside its modules whose `import x` line runs module
`x` when Python starts, `x` putting a finder in `sys.meta_path`. python-multipart 0.0.13 renamed its package to
`python_multipart` and ships `_python_multipart.pth` so that `import multipart` still works (with a warning): the
finder answers the old name with the new package. What such a finder serves is not in any file, so the names under
the top-level modules it spells are not claimed as removed; a name it serves with a deprecation warning is a
deprecated module."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from bot.apidiff.deprecation import DEPRECATION_CATEGORIES, body_warns
from bot.apidiff.extract import MAX_MODULE_BYTES
from bot.apidiff.locate import ModuleFile
from bot.apidiff.model import ModuleReport, ModuleStatus, Surface, Symbol
from bot.apidiff.source import parse_module, walk

MAX_PTH_BYTES = 64 * 1024
"""A `.pth` file is a few lines; a larger one is not read."""

_IMPORT_LINE = re.compile(r"^import\s+([A-Za-z_][\w.]*)", re.M)
"""A `.pth` line Python executes: one starting with `import` (site.addpackage)."""

_FINDER_METHODS = frozenset({"find_spec", "find_module"})


def startup_modules(root: Path) -> dict[str, str]:
    """Module -> the `.pth` file beside the distribution's modules that imports it when Python starts."""
    found: dict[str, str] = {}
    for pth in sorted(root.glob("*.pth")):
        if not pth.is_file() or pth.is_symlink() or pth.stat().st_size > MAX_PTH_BYTES:
            continue
        for name in _IMPORT_LINE.findall(pth.read_text(encoding="utf-8", errors="replace")):
            found.setdefault(name, pth.name)
    return found


def finder_names(tree: ast.Module) -> dict[str, str | None]:
    """The module names a meta path finder of the module answers -> the deprecation its `find_spec` (or
    `find_module`) announces when it does (python-multipart's FutureWarning "Please use `import python_multipart`
    instead."), else None: the string literals it compares its first parameter with (`if fullname != "multipart":
    return None`)."""
    names: dict[str, str | None] = {}
    for node in walk(tree):
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) or node.name not in _FINDER_METHODS:
            continue
        params = [arg.arg for arg in (*node.args.posonlyargs, *node.args.args)]
        wanted = params[1] if len(params) > 1 and params[0] in ("self", "cls") else (params or [""])[0]
        warns = [w for w in body_warns(node.body, frozenset()) if w.category in DEPRECATION_CATEGORIES]
        message = (warns[0].message or "deprecated") if warns else None
        for compare in walk(node):
            if isinstance(compare, ast.Compare) and isinstance(compare.left, ast.Name) and compare.left.id == wanted:
                names.update(dict.fromkeys(_literals(compare.comparators), message))
    return names


def _literals(nodes: Iterable[ast.expr]) -> set[str]:
    found: set[str] = set()
    for node in nodes:
        elements = node.elts if isinstance(node, (ast.Tuple, ast.List, ast.Set)) else [node]
        found.update(e.value for e in elements if isinstance(e, ast.Constant) and isinstance(e.value, str))
    return found


def hooked_reports(root: Path, files: list[ModuleFile]) -> list[tuple[ModuleReport, str | None]]:
    """A report for each top-level module a start-up import hook of the release serves (see the module doc), with
    the deprecation the hook announces when it serves it."""
    startup = startup_modules(root)
    reports: list[tuple[ModuleReport, str | None]] = []
    for file in files:
        pth = startup.get(file.module)
        if pth is None:
            continue
        if file.path.stat().st_size > MAX_MODULE_BYTES:
            continue
        data = file.path.read_bytes()
        if b"meta_path" not in data:
            continue
        try:
            tree = parse_module(data)
        except (SyntaxError, ValueError, RecursionError):
            continue
        reason = f"served at run time by the import hook {file.module}, which {pth} installs when Python starts"
        reports.extend(
            (ModuleReport(name, file.relpath, ModuleStatus.IMPORT_HOOK, reason), message)
            for name, message in sorted(finder_names(tree).items())
            if name.isidentifier()
        )
    return reports


def with_hooked_modules(surface: Surface, hooked: list[tuple[ModuleReport, str | None]]) -> Surface:
    """The surface knowing the modules import hooks serve: their contents unknown (not claimed), and each one a
    hook serves with a deprecation warning a deprecated module."""
    symbols = dict(surface.symbols)
    for report, message in hooked:
        if message is not None and report.module not in symbols:
            symbols[report.module] = Symbol(report.module, "module", report.file, 1, report.module, deprecated=message)
    return replace(surface, symbols=symbols, modules=(*surface.modules, *(report for report, _ in hooked)))
