"""Module globals that stand in for a lazy import: `tomli = None` (or `SecretsManagerClient = None`) that a function
of the module fills with `global tomli` and `import tomli` when an optional dependency is first needed
(pydantic-settings 2.15's `import_toml`). What the name holds is an import, as incidental as one written at the top
of the module: no user imports the slot, and a release that no longer keeps it takes nothing from them."""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterable

from bot.apidiff.source import SourceText, node_bytes, walk

MAX_FILLERS = 16
"""Module functions read per module for `global` imports (those whose text says `global` at all)."""


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
        declared: set[str] = set()
        imported: set[str] = set()
        for sub in walk(node):
            if isinstance(sub, ast.Global):
                declared.update(sub.names)
            elif isinstance(sub, (ast.Import, ast.ImportFrom)):
                imported.update((alias.asname or alias.name).split(".")[0] for alias in sub.names)
        found.update(name for name in declared & imported if placeholder(name))
    return frozenset(found)
