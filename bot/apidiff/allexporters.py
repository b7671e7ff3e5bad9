"""Names a module gets at run time from a helper of the distribution. A decorator that exports what it decorates:
timm's `register_model` runs `mod = sys.modules[fn.__module__]` and `mod.__all__.append(fn.__name__)`, so every
model function it decorates is in its module's `__all__` at run time, and `from .beit import *` in
`timm/models/__init__.py` re-exports it, whatever the written `__all__` lists. And a helper the module hands its
own `__name__` and a dict literal, which binds each key there (timm's `register_model_deprecations`); or its
`__name__` and keywords, putting in the module's place an object serving each keyword's name (humanfriendly 8's
`define_aliases(module_name=__name__, compact="humanfriendly.text.compact", ...)`), or a table of names a helper
makes the object in the module's place with (pinecone 7's `_setup_lazy_imports(_LAZY_IMPORTS)`)."""

from __future__ import annotations

import ast
from bisect import bisect_left

from bot.apidiff.source import dotted_name, walk, walked

_FunctionDef = ast.FunctionDef | ast.AsyncFunctionDef


def all_exporters(tree: ast.Module) -> tuple[str, ...]:
    """The module's top-level functions that append the `__name__` of their first argument to an `__all__`."""
    return tuple(
        stmt.name
        for stmt in tree.body
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)) and stmt.args.args and _appends_its_name(stmt)
    )


def all_creators(tree: ast.Module, exporters: tuple[str, ...]) -> tuple[str, ...]:
    """The `exporters` that give the decorated function's own module an `__all__` when it has none: they look it up
    as `sys.modules[fn.__module__]` and assign its `__all__` (timm's `register_model`). Only then does a module
    writing none stop star-exporting its other names; an exporter growing some fixed module's list leaves it be."""
    return tuple(
        stmt.name
        for stmt in tree.body
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)) and stmt.name in exporters and _creates_all(stmt)
    )


def _creates_all(function: _FunctionDef) -> bool:
    handed = function.args.args[0].arg
    own = any(
        isinstance(node, ast.Subscript)
        and dotted_name(node.value) == "sys.modules"
        and isinstance(node.slice, ast.Attribute)
        and node.slice.attr == "__module__"
        and isinstance(node.slice.value, ast.Name)
        and node.slice.value.id == handed
        for node in walk(function)
    )
    return own and any(
        isinstance(node, ast.Assign)
        and any(isinstance(target, ast.Attribute) and target.attr == "__all__" for target in node.targets)
        for node in walk(function)
    )


def _appends_its_name(function: _FunctionDef) -> bool:
    """`<anything>.__all__.append(fn.__name__)`, directly or through a local assigned `fn.__name__`."""
    handed = function.args.args[0].arg
    names = {
        node.targets[0].id
        for node in walk(function)
        if isinstance(node, ast.Assign)
        and len(node.targets) == 1
        and isinstance(node.targets[0], ast.Name)
        and _name_of(node.value, handed)
    }
    for node in walk(function):
        if not (isinstance(node, ast.Call) and len(node.args) == 1 and isinstance(node.func, ast.Attribute)):
            continue
        grown = node.func.value
        if node.func.attr != "append" or not (isinstance(grown, ast.Attribute) and grown.attr == "__all__"):
            continue
        argument = node.args[0]
        if _name_of(argument, handed) or (isinstance(argument, ast.Name) and argument.id in names):
            return True
    return False


def _name_of(node: ast.expr, handed: str) -> bool:
    """`fn.__name__` for the parameter `fn`."""
    return (
        isinstance(node, ast.Attribute)
        and node.attr == "__name__"
        and isinstance(node.value, ast.Name)
        and node.value.id == handed
    )


ModuleSetter = tuple[str, int, int, bool]
"""(the function's name, the position of the module name, that of the mapping, whether it appends to `__all__`)."""
SetterCall = tuple[str, int, int, tuple[str, ...], int]
"""(the called name, the position of `__name__`, that of the dict literal, its keys, the line)."""
ModuleReplacer = tuple[str, int, str]
"""(the function's name, the position and the name of the parameter naming the module it replaces)."""
ReplacerCall = tuple[str, int, str, tuple[str, ...], int]
"""(the called name, the position `__name__` is handed at (-1: by keyword), the keyword it is handed as, the names of
the other keywords, the line)."""


def module_setters(tree: ast.Module) -> tuple[ModuleSetter, ...]:
    """The module's top-level functions binding, in the module a parameter names, each key of a mapping another
    parameter hands (timm 0.9's `register_model_deprecations(module_name, deprecation_map)`: `mod =
    sys.modules[module_name]`, `for deprecated, current in deprecation_map.items(): setattr(mod, deprecated, ...)`)."""
    found: list[ModuleSetter] = []
    for stmt in tree.body:
        if not isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        params = [arg.arg for arg in (*stmt.args.posonlyargs, *stmt.args.args)]
        modules: dict[str, int] = {}
        for node in walked(stmt):
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                held = _module_named(node.value, params)
                if held is not None:
                    modules[node.targets[0].id] = held
        for node in walked(stmt):
            if isinstance(node, (ast.For, ast.AsyncFor)):
                setter = _loop_setter(node, params, modules)
                if setter is not None:
                    found.append((stmt.name, *setter))
                    break
    return tuple(found)


def _module_named(node: ast.expr, params: list[str]) -> int | None:
    """The position of the parameter `sys.modules[param]` looks up."""
    if not (isinstance(node, ast.Subscript) and isinstance(node.value, ast.Attribute) and node.value.attr == "modules"):
        return None
    if not (isinstance(node.value.value, ast.Name) and node.value.value.id == "sys"):
        return None
    key = node.slice
    return params.index(key.id) if isinstance(key, ast.Name) and key.id in params else None


def _loop_setter(
    loop: ast.For | ast.AsyncFor, params: list[str], modules: dict[str, int]
) -> tuple[int, int, bool] | None:
    """(module position, mapping position, appends to `__all__`) for `for key, ... in mapping.items():` (or `for key
    in mapping:`) around `setattr(module, key, ...)`."""
    mapping = loop.iter
    if isinstance(mapping, ast.Call) and isinstance(mapping.func, ast.Attribute) and mapping.func.attr == "items":
        mapping = mapping.func.value
    if not (isinstance(mapping, ast.Name) and mapping.id in params):
        return None
    target = loop.target.elts[0] if isinstance(loop.target, ast.Tuple) and loop.target.elts else loop.target
    if not isinstance(target, ast.Name):
        return None
    for node in walk(loop):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "setattr"):
            continue
        if len(node.args) < 2 or not (isinstance(node.args[1], ast.Name) and node.args[1].id == target.id):
            continue
        module = node.args[0]
        position = modules.get(module.id) if isinstance(module, ast.Name) else _module_named(module, params)
        if position is not None:
            return position, params.index(mapping.id), _appends(loop, target.id)
    return None


def _appends(loop: ast.For | ast.AsyncFor, name: str) -> bool:
    """The loop appends the key to an `__all__`."""
    return any(
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "append"
        and isinstance(node.func.value, ast.Attribute)
        and node.func.value.attr == "__all__"
        and len(node.args) == 1
        and isinstance(node.args[0], ast.Name)
        and node.args[0].id == name
        for node in walk(loop)
    )


def setter_calls(tree: ast.Module) -> tuple[SetterCall, ...]:
    """Top-level calls handing the module's own `__name__` and a dict literal of string keys to a callee."""
    found: list[SetterCall] = []
    for stmt in tree.body:
        call = stmt.value if isinstance(stmt, ast.Expr) else None
        if not isinstance(call, ast.Call) or not isinstance(call.func, (ast.Name, ast.Attribute)):
            continue
        named = [i for i, arg in enumerate(call.args) if isinstance(arg, ast.Name) and arg.id == "__name__"]
        func = dotted_name(call.func)
        for index, arg in enumerate(call.args):
            if func and named and isinstance(arg, ast.Dict) and (keys := _string_keys(arg)) is not None:
                found.append((func, named[0], index, keys, stmt.lineno))
    return tuple(found)


def _string_keys(node: ast.Dict) -> tuple[str, ...] | None:
    """The keys of a dict literal, when all are string constants (no `**other`)."""
    keys = [key.value for key in node.keys if isinstance(key, ast.Constant) and isinstance(key.value, str)]
    return tuple(keys) if len(keys) == len(node.keys) else None


def module_replacers(tree: ast.Module) -> tuple[ModuleReplacer, ...]:
    """The module's top-level functions taking `**keywords` that put another object in the place of the module a
    parameter names (`sys.modules[module_name] = DeprecationProxy(module, aliases)`, humanfriendly 8's
    `define_aliases(module_name, **aliases)`): that object serves each keyword's name in the module a call names."""
    found: list[ModuleReplacer] = []
    for stmt in tree.body:
        if not isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)) or stmt.args.kwarg is None:
            continue
        params = [arg.arg for arg in (*stmt.args.posonlyargs, *stmt.args.args)]
        for node in walk(stmt):
            if isinstance(node, ast.Assign) and len(node.targets) == 1:
                position = _module_named(node.targets[0], params)
                if position is not None:
                    found.append((stmt.name, position, params[position]))
                    break
    return tuple(found)


def replacer_calls(tree: ast.Module) -> tuple[ReplacerCall, ...]:
    """Top-level calls handing the module's own `__name__`, by position or keyword, and other keywords to a callee."""
    found: list[ReplacerCall] = []
    for stmt in tree.body:
        call = stmt.value if isinstance(stmt, ast.Expr) else None
        if not isinstance(call, ast.Call) or not isinstance(call.func, (ast.Name, ast.Attribute)):
            continue
        func = dotted_name(call.func)
        named = [i for i, arg in enumerate(call.args) if isinstance(arg, ast.Name) and arg.id == "__name__"]
        keyword = next((k.arg for k in call.keywords if _is_own_name(k.value) and k.arg), "")
        others = tuple(k.arg for k in call.keywords if k.arg and k.arg != keyword)
        if func and (named or keyword) and others:
            found.append((func, named[0] if named else -1, keyword, others, stmt.lineno))
    return tuple(found)


def _is_own_name(node: ast.expr) -> bool:
    return isinstance(node, ast.Name) and node.id == "__name__"


TableReplacer = tuple[str, int, str, int]
"""(the function's name, the position of the parameter handing the table, the module its `sys.modules` key spells
("" when a parameter names it), the position of that parameter (-1 when spelled))."""
TableCall = tuple[str, int, tuple[tuple[str, str, str], ...], int, int]
"""(the called name, the position of the table, its entries as (name, module, attribute), the position of
`__name__` (-1: not handed), the line)."""


def table_replacers(tree: ast.Module, lines: list[int]) -> tuple[TableReplacer, ...]:
    """The module's top-level functions putting in the place of a module an object made with a table a parameter
    hands (pinecone 7's `setup_lazy_imports(lazy_imports)`: `proxy = LazyModule(original_module, lazy_imports)`,
    `sys.modules["pinecone"] = cast(ModuleType, proxy)`): that object serves the table's keys. Only the functions
    spanning one of `lines` (those spelling `sys.modules[`, sorted) are read."""
    found: list[TableReplacer] = []
    for stmt in tree.body:
        if not isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        at = bisect_left(lines, stmt.lineno)
        if at == len(lines) or lines[at] > (stmt.end_lineno or stmt.lineno):
            continue
        params = [arg.arg for arg in (*stmt.args.posonlyargs, *stmt.args.args)]
        made = {
            node.targets[0].id: node.value
            for node in walked(stmt)
            if isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.Call)
        }
        for node in walked(stmt):
            key = _replaced_key(node.targets[0], params) if isinstance(node, ast.Assign) else None
            call = _made_call(node.value, made) if isinstance(node, ast.Assign) and key is not None else None
            table = _handed_parameter(call, params) if call is not None else None
            if key is not None and table is not None:
                found.append((stmt.name, table, *key))
                break
    return tuple(found)


def _replaced_key(target: ast.expr, params: list[str]) -> tuple[str, int] | None:
    """(module, -1) for `sys.modules["module"]`, ("", position) for `sys.modules[param]`; else None."""
    if not (isinstance(target, ast.Subscript) and dotted_name(target.value) == "sys.modules"):
        return None
    key = target.slice
    if isinstance(key, ast.Constant) and isinstance(key.value, str):
        return key.value, -1
    return ("", params.index(key.id)) if isinstance(key, ast.Name) and key.id in params else None


def _made_call(value: ast.expr, made: dict[str, ast.Call]) -> ast.Call | None:
    """The call whose result `value` is: itself, what a local it names was assigned, through `cast(T, value)`."""
    if isinstance(value, ast.Call) and dotted_name(value.func) in ("cast", "typing.cast") and len(value.args) == 2:
        value = value.args[1]
    held = made.get(value.id) if isinstance(value, ast.Name) else value
    return held if isinstance(held, ast.Call) else None


def _handed_parameter(call: ast.Call, params: list[str]) -> int | None:
    """The position of the first parameter the call is handed as is."""
    for value in (*call.args, *(keyword.value for keyword in call.keywords)):
        if isinstance(value, ast.Name) and value.id in params:
            return params.index(value.id)
    return None


def table_calls(tree: ast.Module) -> tuple[TableCall, ...]:
    """Top-level calls handing a table of names, a dict with string keys spelled inline or bound at the top level
    (merged from others with `**`), whose values may name where each is served from (`("pinecone.config",
    "Config")`)."""
    tables: dict[str, ast.Dict] = {}
    found: list[TableCall] = []
    for stmt in tree.body:
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
            if isinstance(stmt.value, ast.Dict):
                tables[stmt.targets[0].id] = stmt.value
            continue
        call = stmt.value if isinstance(stmt, ast.Expr) else None
        func = dotted_name(call.func) if isinstance(call, ast.Call) else None
        if not isinstance(call, ast.Call) or not func:
            continue
        named = next((i for i, arg in enumerate(call.args) if _is_own_name(arg)), -1)
        for index, arg in enumerate(call.args):
            table = tables.get(arg.id) if isinstance(arg, ast.Name) else arg
            entries = _table_entries(table, tables, 0) if isinstance(table, ast.Dict) else None
            if entries:
                found.append((func, index, entries, named, stmt.lineno))
    return tuple(found)


def _table_entries(table: ast.Dict, tables: dict[str, ast.Dict], depth: int) -> tuple[tuple[str, str, str], ...] | None:
    """(name, module, attribute) for each string key of the table, module and attribute "" unless its value is a pair
    of strings; None when a key is no string or a `**` merges what is not a table of the module (unknown keys)."""
    entries: list[tuple[str, str, str]] = []
    for key, value in zip(table.keys, table.values, strict=True):
        if key is None:
            merged = tables.get(value.id) if isinstance(value, ast.Name) and depth < 3 else None
            more = _table_entries(merged, tables, depth + 1) if merged is not None else None
            if more is None:
                return None
            entries.extend(more)
        elif isinstance(key, ast.Constant) and isinstance(key.value, str):
            pair = value.elts if isinstance(value, ast.Tuple) and len(value.elts) == 2 else ()
            strings = [e.value for e in pair if isinstance(e, ast.Constant) and isinstance(e.value, str)]
            entries.append((key.value, strings[0], strings[1]) if len(strings) == 2 else (key.value, "", ""))
        else:
            return None
    return tuple(entries)
