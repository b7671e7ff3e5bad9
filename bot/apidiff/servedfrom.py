"""What a module `__getattr__` answers when it hands every name to a helper: the helper's refusal of names outside a
table it is handed (scipy's `_sub_module_deprecation(..., all=__all__, attribute=name)`), or the module whose
attribute it hands back, named by a string built from the helper's parameters (mne 1.6's `_io_dep_getattr(name,
"pick")` reads `getattr(importlib.import_module(f"mne._fiff.{mod}"), name)`). Knowing it, a name the module lost is
surely served (a sure deprecation) or surely refused (a removal), not "possibly" either."""

from __future__ import annotations

import ast
from collections.abc import Mapping

from bot.apidiff.blocks import only_raises
from bot.apidiff.source import contains, dotted_name, plainly_called, walk

_FunctionDef = ast.FunctionDef | ast.AsyncFunctionDef

_IMPORTERS = frozenset(("importlib.import_module", "import_module"))
"""Calls importing the module a string names and handing it back."""
_LEAVING: tuple[type[ast.AST], ...] = (ast.Return, ast.Yield, ast.YieldFrom)
"""What hands a value back before the statements after it run (asked with `contains`: it stops at the first)."""


def literal_argument(value: str) -> str | None:
    """The string a `module_getattr_via` argument spelled as a literal (`'pick'`), None for another one."""
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1]
    return None


def module_getattr_via(node: _FunctionDef) -> tuple[str, tuple[tuple[str, str], ...]] | None:
    """(callee, (parameter slot or keyword, argument) pairs) of a module `__getattr__` whose only answer not from its
    own globals (`try: return globals()[name]`, which Python never needs: see `shim.catch_all_warnings`) is its last
    statement, `return helper(...)`: the name asked for spelled `*name`, a string literal quoted (`'pick'`), else the
    dotted name as written ("" when none)."""
    params = [*node.args.posonlyargs, *node.args.args]
    body = [s for s in node.body if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))]
    if len(params) != 1 or not body or not isinstance(body[-1], ast.Return):
        return None
    name = params[0].arg
    for stmt in body[:-1]:
        if any(isinstance(sub, ast.Return) and not _own_global(sub.value, name) for sub in walk(stmt)):
            return None
    call = body[-1].value
    callee = plainly_called(call)
    if callee is None or not isinstance(call, ast.Call):
        return None

    def spelled(argument: ast.expr) -> str:
        if isinstance(argument, ast.Constant) and isinstance(argument.value, str) and "'" not in argument.value:
            return f"'{argument.value}'"
        dotted = dotted_name(argument) or ""
        return "*name" if dotted == name else dotted

    passed = [(str(slot), spelled(a)) for slot, a in enumerate(call.args)]
    return callee, (*passed, *((k.arg, spelled(k.value)) for k in call.keywords if k.arg is not None))


def _own_global(value: ast.expr | None, name: str) -> bool:
    """`globals()[name]`: the module's own global, which the import system finds before asking `__getattr__`."""
    return (
        isinstance(value, ast.Subscript)
        and isinstance(value.value, ast.Call)
        and dotted_name(value.value.func) == "globals"
        and dotted_name(value.slice) == name
    )


def refuses_unlisted(node: _FunctionDef) -> tuple[str, str] | None:
    """(name parameter, table) of a def whose body raises for a name outside a table before it can return: `if
    attribute not in all: raise AttributeError(...)` (scipy's `_sub_module_deprecation`; a module `__getattr__`'s
    `if name not in __all__: raise`): it answers no name the table lacks. The table is dotted as written."""
    params = {arg.arg for arg in (*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs)}
    for stmt in node.body:
        if isinstance(stmt, ast.If) and not stmt.orelse and only_raises(stmt.body):
            tested = _not_in(stmt.test)
            if tested is not None and tested[0] in params:
                return tested
        if contains(stmt, _LEAVING):
            return None
    return None


def _not_in(test: ast.expr) -> tuple[str, str] | None:
    """(a, b) of a test `a not in b`, both names or dotted."""
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], ast.NotIn)):
        return None
    left, right = dotted_name(test.left), dotted_name(test.comparators[0])
    return (left, right) if left and right and "." not in left else None


def serves_from(node: _FunctionDef) -> tuple[str, str] | None:
    """(name parameter, module template) of a def that, before anything else can return, reads `getattr(M, name)`
    at the top of its body, M the module `importlib.import_module(T)` imports (directly, or through a variable
    bound so before), T a string built of literals and parameters (`f"mne._fiff.{mod}"`, `"pkg." + mod`,
    `"pkg.%s" % mod`): the template spells each parameter `{param}`. A name M lacks raises AttributeError there;
    one it has is what the def goes on with (mne 1.6's `_io_dep_getattr(name, mod)`)."""
    params = {arg.arg for arg in (*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs)}
    imported: dict[str, str] = {}
    for stmt in node.body:
        value = stmt.value if isinstance(stmt, (ast.Assign, ast.Return, ast.Expr)) else None
        if value is not None and (found := _getattr_of_module(value, params, imported)) is not None:
            return found
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
            template = _imported(stmt.value, params)
            if template is not None:
                imported[stmt.targets[0].id] = template
                continue
            imported.pop(stmt.targets[0].id, None)
        if contains(stmt, _LEAVING):
            return None
    return None


def _getattr_of_module(value: ast.expr, params: set[str], imported: Mapping[str, str]) -> tuple[str, str] | None:
    """(name parameter, module template) of `getattr(M, name)` (two arguments: no default) over an imported M."""
    if not (isinstance(value, ast.Call) and dotted_name(value.func) == "getattr" and len(value.args) == 2):
        return None
    if value.keywords:
        return None
    module, name = value.args
    if not (isinstance(name, ast.Name) and name.id in params):
        return None
    template = imported.get(module.id) if isinstance(module, ast.Name) else _imported(module, params)
    return (name.id, template) if template is not None else None


def _imported(value: ast.expr, params: set[str]) -> str | None:
    """The template of the absolute module name an `import_module(T)` call is handed (no `package`: relative names
    are not read)."""
    if not (isinstance(value, ast.Call) and dotted_name(value.func) in _IMPORTERS and len(value.args) == 1):
        return None
    if value.keywords:
        return None
    template = _template(value.args[0], params)
    return template if template is not None and not template.startswith(".") else None


def _template(node: ast.expr, params: set[str]) -> str | None:
    """A string built of literals and parameters, each parameter spelled `{param}`; None for anything else (a
    conversion, a format spec, a call, a global whose value may change)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if "{" not in node.value and "}" not in node.value else None
    if isinstance(node, ast.Name):
        return f"{{{node.id}}}" if node.id in params else None
    if isinstance(node, ast.JoinedStr):
        parts = [_formatted(value, params) for value in node.values]
        return "".join(part for part in parts if part is not None) if None not in parts else None
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _template(node.left, params), _template(node.right, params)
        return left + right if left is not None and right is not None else None
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod):
        return _percent(node, params)
    return None


def _formatted(value: ast.expr, params: set[str]) -> str | None:
    """One piece of an f-string: literal text, or a parameter with no conversion or format spec."""
    if isinstance(value, ast.FormattedValue):
        if value.conversion != -1 or value.format_spec is not None:
            return None
        return _template(value.value, params) if isinstance(value.value, ast.Name) else None
    return _template(value, params)


def _percent(node: ast.BinOp, params: set[str]) -> str | None:
    """`"pkg.%s" % mod` or `"%s.%s" % (a, b)`: each `%s` filled in order, no other conversion."""
    if not (isinstance(node.left, ast.Constant) and isinstance(node.left.value, str)):
        return None
    text = node.left.value
    items = node.right.elts if isinstance(node.right, ast.Tuple) else [node.right]
    pieces = text.split("%s")
    if len(pieces) != len(items) + 1 or any("%" in piece or "{" in piece or "}" in piece for piece in pieces):
        return None
    filled = [_template(item, params) for item in items]
    if None in filled:
        return None
    return pieces[0] + "".join(f"{part}{piece}" for part, piece in zip(filled, pieces[1:], strict=True))


def evaluated(template: str, given: Mapping[str, str]) -> str | None:
    """The template with each `{param}` replaced by the string `given` for it; None when one is not given."""
    out: list[str] = []
    rest = template
    while "{" in rest:
        head, _, tail = rest.partition("{")
        param, _, rest = tail.partition("}")
        if param not in given:
            return None
        out.extend((head, given[param]))
    out.append(rest)
    return "".join(out)
