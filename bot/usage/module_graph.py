"""Which modules of a distribution a tree loads: the distribution's import graph and the tree's imports of it.

An extension release that uses what X N broke breaks an application only when a module holding those uses is loaded:
Flask-WTF 0.14.3 uses wtforms 3.0's removed `wtforms.fields.html5` only in `flask_wtf/html5.py`, which neither
`import flask_wtf` nor OpenCVE 1.4.1's `from flask_wtf.csrf import CSRFProtect` loads. Every import statement counts
as an edge, those inside functions too: a module imported lazily is still reached (over-approximating keeps the
breakage).
"""

from __future__ import annotations

import ast
import posixpath
import warnings
from collections.abc import Callable, Collection, Iterable

from bot.apidiff.source import parse_module


def module_names(paths: Iterable[str]) -> dict[str, str]:
    """Dotted module name of each `.py` path: its folders up to the highest one that is a package (`__init__.py`),
    so `Flask-WTF-0.12/flask_wtf/html5.py` is `flask_wtf.html5` and `Flask-Login-0.3.2/flask_login.py` is
    `flask_login`."""
    files = [path for path in paths if path.endswith(".py")]
    packages = {posixpath.dirname(path) for path in files if posixpath.basename(path) == "__init__.py"}
    names: dict[str, str] = {}
    for path in files:
        folder, base = posixpath.split(path.removesuffix(".py"))
        parts = [] if base == "__init__" else [base]
        while folder in packages:
            folder, name = posixpath.split(folder)
            parts.insert(0, name)
        if parts:
            names[path] = ".".join(parts)
    return names


def import_graph(names: dict[str, str], read: Callable[[str], bytes | None]) -> dict[str, frozenset[str]]:
    """Module -> the dotted names its import statements name (`from a import b` names `a` and `a.b`). A module this
    reader cannot follow (unreadable, or nested past what the parser takes: Python may still import it) may load any
    other: it names them all, so that nothing is said to stay unloaded on a guess."""
    graph: dict[str, frozenset[str]] = {}
    everything = frozenset(names.values())
    for path, module in names.items():
        data = read(path)
        try:
            tree = _parse(data) if data is not None else None
        except (RecursionError, MemoryError):
            data = tree = None  # nested past the parser: unknown
        if data is None:
            graph[module] = everything
        elif tree is not None:
            package = module if path.endswith("__init__.py") else module.rpartition(".")[0]
            graph[module] = frozenset(imported_names(tree, package))
    return graph


def imported_names(tree: ast.AST, package: str = "") -> set[str]:
    """Dotted names a module's imports name, relative ones resolved against `package` (its own package)."""
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = _absolute(node, package)
            if base is None:
                continue
            found.add(base)
            found.update(f"{base}.{alias.name}" if base else alias.name for alias in node.names if alias.name != "*")
    found.discard("")
    return found


def loaded(graph: dict[str, frozenset[str]], starts: Collection[str]) -> set[str]:
    """The modules importing `starts` loads: each named module, its parent packages, and what they import."""
    seen: set[str] = set()
    pending = list(starts)
    while pending:
        name = pending.pop()
        parts = name.split(".")
        for end in range(1, len(parts) + 1):
            module = ".".join(parts[:end])
            if module in graph and module not in seen:
                seen.add(module)
                pending.extend(graph[module])
    return seen


def tree_imports(paths: Iterable[str], read: Callable[[str], bytes | None], roots: Collection[str]) -> set[str]:
    """The dotted names under `roots` (top-level import names) that the tree's `.py` files import."""
    needles = [root.encode() for root in roots]
    found: set[str] = set()
    for path in paths:
        if not path.endswith(".py"):
            continue
        data = read(path)
        if data is None or not any(needle in data for needle in needles):
            continue
        try:
            tree = _parse(data)
        except (RecursionError, MemoryError):
            return set()  # a file importing what, unknown: the tree's imports are unknown
        if tree is not None:
            found.update(name for name in imported_names(tree) if name.split(".", 1)[0] in roots)
    return found


def _absolute(node: ast.ImportFrom, package: str) -> str | None:
    if not node.level:
        return node.module or ""
    parts = package.split(".") if package else []
    if node.level - 1 > len(parts):
        return None
    base = parts[: len(parts) - (node.level - 1)]
    return ".".join([*base, *([node.module] if node.module else [])])


def _parse(data: bytes) -> ast.Module | None:
    """The module's syntax; None for code Python itself refuses (a syntax error, a null byte), which no import
    runs. Nesting past what this parser takes raises `RecursionError` or `MemoryError`: callers treat it as unknown."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return parse_module(data)
    except (SyntaxError, ValueError):
        return None
