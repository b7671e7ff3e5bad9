"""The instance a constructor hands to a function of its module that sets its attributes: fastapi 0.137's
`APIRoute.__init__` calls `_populate_api_route_state(cast(_APIRouteLike, self), path, ...)`, whose `route.summary =
summary` and thirty more are the route's attributes as much as `self.summary = summary` was in 0.136."""

from __future__ import annotations

import ast

from bot.apidiff.source import dotted_name

_FunctionDef = ast.FunctionDef | ast.AsyncFunctionDef


def _is_instance(node: ast.expr, receiver: str) -> bool:
    """`receiver` itself, or `cast(T, receiver)` (`typing.cast` only tells the checker another type)."""
    if isinstance(node, ast.Call) and (dotted_name(node.func) or "").rsplit(".", 1)[-1] == "cast":
        node = node.args[1] if len(node.args) == 2 else node
    return isinstance(node, ast.Name) and node.id == receiver


_BRANCHES = (ast.If, ast.Try, ast.With)


def module_functions(body: list[ast.stmt]) -> dict[str, list[_FunctionDef]]:
    """The module's functions by name, those defined under a top-level `if`, `try` or `with` included (asgiref 3.8
    defines `markcoroutinefunction(func)`, which sets `func._is_coroutine`, only where `inspect` lacks its own);
    a name defined in several branches has each definition, any of which may be the one that runs."""
    found: dict[str, list[_FunctionDef]] = {}
    pending = list(body)
    while pending:
        stmt = pending.pop()
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
            found.setdefault(stmt.name, []).append(stmt)
        elif isinstance(stmt, _BRANCHES):
            pending.extend(stmt.body)
            pending.extend(getattr(stmt, "orelse", []))
            pending.extend(getattr(stmt, "finalbody", []))
            for handler in getattr(stmt, "handlers", []):
                pending.extend(handler.body)
    return found


def instance_parameter(call: ast.Call, receiver: str, function: _FunctionDef) -> str:
    """The parameter of `function` to which `call` (a call of it) passes `receiver`, positionally or by keyword;
    "" when it does not."""
    arguments = function.args
    positional = [*arguments.posonlyargs, *arguments.args]
    for index, argument in enumerate(call.args):
        if isinstance(argument, ast.Starred):
            return ""  # later positions unknown
        if _is_instance(argument, receiver):
            return positional[index].arg if index < len(positional) else ""
    named = {argument.arg for argument in (*arguments.args, *arguments.kwonlyargs)}
    for keyword in call.keywords:
        if keyword.arg in named and _is_instance(keyword.value, receiver):
            return keyword.arg
    return ""


def _is_static(function: _FunctionDef) -> bool:
    return any((dotted_name(d) or "").rsplit(".", 1)[-1] == "staticmethod" for d in function.decorator_list)


def method_handed(call: ast.Call, receiver: str, class_name: str, methods: dict[str, _FunctionDef]) -> tuple[str, str]:
    """(method, parameter) when `call` hands the instance `receiver` to a method of the class as a plain argument: a
    staticmethod called on it (`self._setup(self)`), or any method called through the class (`Cls._setup(self)`),
    whose parameter then stands for the instance; ("", "") otherwise."""
    func = call.func
    if not (isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.attr in methods):
        return "", ""
    function = methods[func.attr]
    through_class = func.value.id == class_name
    if not (through_class or (func.value.id == receiver and _is_static(function))):
        return "", ""
    if through_class and any((dotted_name(d) or "").endswith("classmethod") for d in function.decorator_list):
        return "", ""
    return func.attr, instance_parameter(call, receiver, function)
