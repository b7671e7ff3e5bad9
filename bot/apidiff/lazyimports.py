"""Module globals that stand in for a lazy import: `tomli = None` (or `SecretsManagerClient = None`) that a function
of the module fills with `global tomli` and `import tomli` when an optional dependency is first needed
(pydantic-settings 2.15's `import_toml`). What the name holds is an import, as incidental as one written at the top
of the module: no user imports the slot, and a release that no longer keeps it takes nothing from them."""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterable, Mapping

from bot.apidiff.source import SourceText, node_bytes, walk

MAX_FILLERS = 16
"""Module functions read per module for `global` imports (those whose text says `global` at all)."""
MAX_IMPORT_CALLS = 64
"""Top-level calls of the module's own functions read per module for the globals they bind (see `bound_on_import`)."""


def lazily_imported(
    defs: Iterable[ast.FunctionDef | ast.AsyncFunctionDef], placeholder: Callable[[str], bool], source: SourceText
) -> frozenset[str]:
    """The module globals first bound to `None` (`placeholder`) a module function declares `global` and binds by an
    import statement. Only functions whose text spells `global` are walked, at most `MAX_FILLERS` of them."""
    found: set[str] = set()
    read = 0
    for node in defs:
        if read >= MAX_FILLERS:
            break
        if b"global " not in node_bytes(source, node):
            continue
        read += 1
        found.update(name for name in _globals_bound(node, by_assignment=False) if placeholder(name))
    return frozenset(found)


def _globals_bound(node: ast.FunctionDef | ast.AsyncFunctionDef, by_assignment: bool) -> set[str]:
    """The names the def declares `global` and binds by an import statement, or by an assignment too."""
    declared: set[str] = set()
    bound: set[str] = set()
    for sub in walk(node):
        if isinstance(sub, ast.Global):
            declared.update(sub.names)
        elif isinstance(sub, (ast.Import, ast.ImportFrom)):
            bound.update((alias.asname or alias.name).split(".")[0] for alias in sub.names)
        elif by_assignment and isinstance(sub, ast.Name) and isinstance(sub.ctx, ast.Store):
            bound.add(sub.id)
    return declared & bound


def bound_on_import(
    body: list[ast.stmt], defs: Mapping[str, ast.FunctionDef | ast.AsyncFunctionDef], source: SourceText
) -> frozenset[str]:
    """Module globals a function of the module binds under `global` when the module's own top-level statements call
    it (colorama 0.4.6's `_wipe_internal_state_for_tests()` sets `orig_stdout`, `wrapped_stdout`, ... and is called
    as the module loads), or when a function so called calls it in turn (ciscoconfparse 1.6's top-level
    `initialize_ciscoconfparse()` calls `initialize_globals()`, which sets `__version__` under `global`): importing
    the module binds them, as an assignment at the top would. At most `MAX_IMPORT_CALLS` functions are looked up,
    and of those only the ones whose text spells `global` are walked for bindings, at most `MAX_FILLERS`."""
    pending = [
        stmt.value.func.id
        for stmt in body
        if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call) and isinstance(stmt.value.func, ast.Name)
    ]
    found: set[str] = set()
    seen: set[str] = set()
    read = 0
    while pending and len(seen) < MAX_IMPORT_CALLS and read < MAX_FILLERS:
        name = pending.pop(0)
        node = defs.get(name)
        if node is None or name in seen:
            continue
        seen.add(name)
        if b"global " in node_bytes(source, node):
            read += 1
            found.update(_globals_bound(node, by_assignment=True))
        pending.extend(_own_calls(node, defs))
    return frozenset(found)


def _own_calls(node: ast.FunctionDef | ast.AsyncFunctionDef, defs: Mapping[str, object]) -> list[str]:
    """The module functions the def calls by name, in order (nested defs' calls included)."""
    return [
        sub.func.id
        for sub in walk(node)
        if isinstance(sub, ast.Call) and isinstance(sub.func, ast.Name) and sub.func.id in defs
    ]
