"""Requirements a `setup.py` reads from files: `open("requirements.txt")`, or a helper `pip("install")` that opens
`os.path.join("requirements", "{0}.pip".format(name))` (flask-restx 0.5.1). Paths are folded from literals by AST
only; nothing is executed.
"""

from __future__ import annotations

import ast

_OPENERS = frozenset({"open", "read_text", "read_bytes"})
_MAX_DEPTH = 16


def files_read(node: ast.expr, tree: ast.Module, bound: dict[str, ast.expr]) -> list[str] | None:
    """Relative paths the expression's value is read from, or None when it reads no file we can name."""
    functions = {stmt.name: stmt for stmt in tree.body if isinstance(stmt, ast.FunctionDef)}
    paths = _paths(node, {}, bound, functions, 0)
    return paths or None


def _paths(
    node: ast.expr, env: dict[str, str], bound: dict[str, ast.expr], functions: dict[str, ast.FunctionDef], depth: int
) -> list[str]:
    if depth > _MAX_DEPTH:
        return []
    if isinstance(node, ast.Name) and node.id in bound and node.id not in env:
        return _paths(bound[node.id], env, bound, functions, depth + 1)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _paths(node.left, env, bound, functions, depth + 1) + _paths(
            node.right, env, bound, functions, depth + 1
        )
    found: list[str] = []
    for sub in ast.walk(node):
        if not isinstance(sub, ast.Call):
            continue
        opened = _opened(sub, env, bound)
        if opened is not None:
            return [opened]
        helper = functions.get(sub.func.id) if isinstance(sub.func, ast.Name) else None
        if helper is not None:
            found.extend(_helper(helper, sub, env, bound, functions, depth))
    return found


def _helper(
    helper: ast.FunctionDef,
    call: ast.Call,
    env: dict[str, str],
    bound: dict[str, ast.expr],
    functions: dict[str, ast.FunctionDef],
    depth: int,
) -> list[str]:
    """The files a module-level helper opens, with its parameters bound to the call's literal arguments (helpers
    calling each other in a cycle, as celery 5.2.3's `reqs` -> `_reqs` -> `_pip_requirement` -> `reqs`, stop at
    `_MAX_DEPTH`)."""
    if depth > _MAX_DEPTH:
        return []
    inner: dict[str, str] = {}
    for parameter, argument in zip(helper.args.args, call.args, strict=False):
        value = fold(argument, env, bound)
        if value is not None:
            inner[parameter.arg] = value
    found: list[str] = []
    for stmt in helper.body:
        for sub in ast.walk(stmt):
            if isinstance(sub, ast.Call):
                opened = _opened(sub, inner, bound)
                if opened is not None:
                    found.append(opened)
                elif isinstance(sub.func, ast.Name) and sub.func.id in functions and sub.func.id != helper.name:
                    found.extend(_helper(functions[sub.func.id], sub, inner, bound, functions, depth + 1))
    return list(dict.fromkeys(found))


def _opened(call: ast.Call, env: dict[str, str], bound: dict[str, ast.expr]) -> str | None:
    """The path of `open(path)`, `io.open(path)`, `Path(path).read_text()`, `(here / path).read_text()`."""
    func = call.func
    name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None
    if name not in _OPENERS:
        return None
    if name == "open" and call.args:
        return fold(call.args[0], env, bound)
    if isinstance(func, ast.Attribute):
        target = func.value
        if isinstance(target, ast.Call) and target.args:
            return fold(target.args[-1], env, bound)
        if isinstance(target, ast.BinOp) and isinstance(target.op, ast.Div):
            return fold(target.right, env, bound)
    return None


def fold(node: ast.expr, env: dict[str, str], bound: dict[str, ast.expr], depth: int = 0) -> str | None:
    """A string expression's value from literals, parameters, f-strings, `+`, `%`, `.format()` and
    `os.path.join()`."""
    if depth > _MAX_DEPTH:
        return None
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        if node.id in env:
            return env[node.id]
        return fold(bound[node.id], env, bound, depth + 1) if node.id in bound else None
    if isinstance(node, ast.JoinedStr):  # f"requires-{req_type}.txt" (dash 2.9.3's read_req_file)
        parts = [_formatted(value, env, bound, depth + 1) for value in node.values]
        return None if None in parts else "".join(part for part in parts if part is not None)
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
        left = fold(node.left, env, bound, depth + 1)
        right = fold(node.right, env, bound, depth + 1)
        if left is None or right is None:
            return None
        return left + right if isinstance(node.op, ast.Add) else _percent(left, right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        args = [fold(arg, env, bound, depth + 1) for arg in node.args]
        if None in args:
            return None
        strings = [arg for arg in args if arg is not None]
        if node.func.attr == "join" and _dotted(node.func.value) in ("os.path", "path", "posixpath"):
            return "/".join(part.strip("/") for part in strings if part not in ("", "."))
        if node.func.attr == "format":
            template = fold(node.func.value, env, bound, depth + 1)
            try:
                return template.format(*strings) if template is not None else None
            except (IndexError, KeyError, ValueError):
                return None
    return None


def _formatted(node: ast.expr, env: dict[str, str], bound: dict[str, ast.expr], depth: int) -> str | None:
    """A piece of an f-string: its text, or a plain `{name}` folded (a conversion or format spec is not followed)."""
    if isinstance(node, ast.FormattedValue):
        plain = node.conversion == -1 and node.format_spec is None
        return fold(node.value, env, bound, depth) if plain else None
    return fold(node, env, bound, depth)


def _percent(template: str, value: str) -> str | None:
    try:
        return template % value
    except (TypeError, ValueError):
        return None


def _dotted(node: ast.expr) -> str:
    parts: list[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
    return ".".join(reversed(parts))
