"""Virtual subclasses: `Base.register(Cls)` (an ABC's registry) makes `isinstance(obj, Base)` and `issubclass(Cls,
Base)` hold for a class that does not derive from `Base`; a release turning a base into a registration loses no
check against it."""

from __future__ import annotations

import ast

from bot.apidiff.source import dotted_name, walk

MAX_REGISTRATIONS = 256
"""Registrations read per module: a hostile module of thousands of them is read up to this many (one registration
more only spares a claim)."""


def registrations(tree: ast.Module) -> tuple[tuple[str, str], ...]:
    """(base, class) as written: each `Base.register(Cls)` a top-level statement makes (under an `if` or `try` too,
    never in a def), and each top-level class decorated `@Base.register`."""
    found: list[tuple[str, str]] = []
    for stmt in tree.body:
        if isinstance(stmt, ast.ClassDef):
            found.extend(
                (base, stmt.name) for decorator in stmt.decorator_list if (base := _registry(decorator)) is not None
            )
            continue
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        for node in walk(stmt):
            if isinstance(node, ast.Call) and len(node.args) == 1 and not node.keywords:
                base, registered = _registry(node.func), dotted_name(node.args[0])
                if base is not None and registered is not None:
                    found.append((base, registered))
        if len(found) >= MAX_REGISTRATIONS:
            break
    return tuple(found[:MAX_REGISTRATIONS])


def _registry(node: ast.expr) -> str | None:
    """`Base` of `Base.register`, a dotted name."""
    if isinstance(node, ast.Attribute) and node.attr == "register":
        return dotted_name(node.value)
    return None
