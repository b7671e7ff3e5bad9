"""Absolute targets of import statements, relative imports included."""

from __future__ import annotations

import ast

from bot.apidiff.raw import RawImport


def resolve_relative(module: str, is_package: bool, level: int, target: str | None) -> str:
    """The absolute module named by `from <level dots><target> import ...` inside `module`."""
    if level == 0:
        return target or ""
    parts = module.split(".")
    if not is_package:
        parts = parts[:-1]
    if level > 1:
        parts = parts[: len(parts) - (level - 1)]
    base = ".".join(parts)
    if target:
        return f"{base}.{target}" if base else target
    return base


def import_bindings(stmt: ast.Import | ast.ImportFrom, module: str, is_package: bool) -> list[RawImport]:
    """The names an import statement binds, with absolute targets."""
    found: list[RawImport] = []
    if isinstance(stmt, ast.Import):
        for alias in stmt.names:
            if alias.asname:
                found.append(RawImport(alias.asname, stmt.lineno, alias.name, None, alias.asname == alias.name))
            else:
                top = alias.name.split(".")[0]
                found.append(RawImport(top, stmt.lineno, top, None))
        return found
    base = resolve_relative(module, is_package, stmt.level, stmt.module)
    for alias in stmt.names:
        if alias.name == "*":
            found.append(RawImport("*", stmt.lineno, base, "*"))
        else:
            found.append(
                RawImport(alias.asname or alias.name, stmt.lineno, base, alias.name, alias.asname == alias.name)
            )
    return found


def sibling_imports(tree: ast.Module, module: str, is_package: bool) -> tuple[tuple[str, str, int], ...]:
    """(absolute module, name, line) of each relative `from .m import name` standing at the module's top level,
    outside any `if`, `try` or def: should the release's module `m` lack the name, every import of this one fails
    (see `surface._imports_lacking`)."""
    found: list[tuple[str, str, int]] = []
    for stmt in tree.body:
        if isinstance(stmt, ast.ImportFrom) and stmt.level:
            base = resolve_relative(module, is_package, stmt.level, stmt.module)
            found.extend((base, alias.name, stmt.lineno) for alias in stmt.names if alias.name != "*")
    return tuple(found)
