"""A name's class inside `if isinstance(name, Class):`: the test narrows the name for the block it guards.

Flask-Menu 0.7.2's `register_menu(app, ...)` takes an app or a blueprint and tells them apart itself:
`if isinstance(app, Blueprint): before_first_request = app.before_app_first_request` (Flask 2.3 removed it).
Nothing else says what `app` is; in that block the test says it. Only the `if` body is narrowed (never `else`), only
by the builtin `isinstance` with one class (a tuple says less), alone or as an operand of `and`, and not where the
block rebinds the name.
"""

from __future__ import annotations

import ast

Narrowing = tuple[str, ast.expr, int]
"""(name, the class expression, line of the test)."""


def isinstance_blocks(tree: ast.Module) -> dict[int, list[Narrowing]]:
    """id of every node inside the body of an `if isinstance(NAME, CLASS):` -> the narrowings enclosing it."""
    found: dict[int, list[Narrowing]] = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.If):
            continue
        narrowing = _narrowing(node.test)
        if narrowing is None or _rebinds(node.body, narrowing[0]):
            continue
        for statement in node.body:
            for inner in ast.walk(statement):
                found.setdefault(id(inner), []).append((*narrowing, node.lineno))
    return found


def _narrowing(test: ast.expr) -> tuple[str, ast.expr] | None:
    """The name and class an `isinstance` test narrows, also as an operand of `and` (`isinstance(a, B) and a.x`)."""
    if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And):
        return next((found for value in test.values if (found := _narrowing(value)) is not None), None)
    if (
        isinstance(test, ast.Call)
        and isinstance(test.func, ast.Name)
        and test.func.id == "isinstance"
        and len(test.args) == 2
        and not test.keywords
        and isinstance(test.args[0], ast.Name)
        and isinstance(test.args[1], (ast.Name, ast.Attribute))
    ):
        return test.args[0].id, test.args[1]
    return None


def _rebinds(body: list[ast.stmt], name: str) -> bool:
    return any(
        isinstance(node, ast.Name) and node.id == name and isinstance(node.ctx, (ast.Store, ast.Del))
        for statement in body
        for node in ast.walk(statement)
    )
