"""Names a module serves through a module-level `__getattr__` (PEP 562 compatibility shims)."""

from __future__ import annotations

import ast
from collections.abc import Mapping
from dataclasses import replace

from bot.apidiff.blocks import only_raises
from bot.apidiff.deprecation import Warn, body_warns, filled_message, statement_warn
from bot.apidiff.imports import import_bindings, resolve_relative
from bot.apidiff.raw import RawImport, RawShim, RawShimTable
from bot.apidiff.source import contains, dotted_name, walk

Tables = Mapping[str, dict[str, str | None]]
"""Module-level literal collections: name -> {string key or item: the string value for a dict, else None}."""
Constants = Mapping[str, str]
"""Module-level string constants: name -> the string (starlette 0.44's `__deprecated__ = "ExceptionMiddleware"`)."""
Enums = Mapping[str, tuple[tuple[str, ...], tuple[str, ...]]]
"""The module's enum classes -> (the members iterating yields, every name of `__members__`): see
`runtime_names.enum_members`."""


def _branch_names(
    test: ast.expr, param: str, collections: Tables, lookups: Tables | None = None, constants: Constants | None = None
) -> list[str]:
    """The literal names an `if` test compares the `__getattr__` parameter with (`in` a module-level literal too; `==`
    a module-level string constant), or the keys of the table a variable was looked up in (`found = TABLE.get(name)`
    then `if found:`)."""
    if lookups:
        subject = test
        if isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], ast.IsNot):
            none = test.comparators[0]
            subject = test.left if isinstance(none, ast.Constant) and none.value is None else test
        if isinstance(subject, ast.Name) and subject.id in lookups:
            return list(lookups[subject.id])
    if not isinstance(test, ast.Compare) or len(test.ops) != 1:
        if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.Or):
            return [
                name for value in test.values for name in _branch_names(value, param, collections, lookups, constants)
            ]
        return []
    left, op, right = test.left, test.ops[0], test.comparators[0]
    if isinstance(op, ast.Eq):
        for subject, literal in ((left, right), (right, left)):
            if isinstance(subject, ast.Name) and subject.id == param:
                if isinstance(literal, ast.Constant) and isinstance(literal.value, str):
                    return [literal.value]
                if isinstance(literal, ast.Name) and constants and literal.id in constants:
                    return [constants[literal.id]]
    if isinstance(op, ast.In) and isinstance(left, ast.Name) and left.id == param:
        if isinstance(right, (ast.Tuple, ast.List, ast.Set)):
            return [e.value for e in right.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
        if isinstance(right, ast.Name):
            return list(collections.get(right.id, {}))
    return []


def _lookups(body: list[ast.stmt], param: str, collections: Tables) -> dict[str, dict[str, str | None]]:
    """Variables the `__getattr__` body sets to a module-level table's entry for the name (markdown 3.3's
    `deprecated = __deprecated__.get(name)`): a later `if deprecated:` branches on that table's keys."""
    found: dict[str, dict[str, str | None]] = {}
    for stmt in body:
        if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name)):
            continue
        value = stmt.value
        if (
            isinstance(value, ast.Call)
            and isinstance(value.func, ast.Attribute)
            and value.func.attr == "get"
            and isinstance(value.func.value, ast.Name)
            and value.func.value.id in collections
            and value.args
            and isinstance(value.args[0], ast.Name)
            and value.args[0].id == param
        ):
            found[stmt.targets[0].id] = collections[value.func.value.id]
    return found


def _table_of(test: ast.expr, collections: Tables) -> dict[str, str | None]:
    """The module-level table an `if name in TABLE:` test looks names up in ({} for other tests)."""
    if isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], ast.In):
        right = test.comparators[0]
        if isinstance(right, ast.Name):
            return collections.get(right.id, {})
    return {}


def _returned_target(body: list[ast.stmt], module: str, is_package: bool) -> RawImport | None:
    """What the branch hands back: a name it imports, or one of the module's own globals (werkzeug 3.1's
    `structures.py` returns its `_OrderedMultiDict` class for the deprecated `OrderedMultiDict`)."""
    imports: dict[str, RawImport] = {}
    assigned: set[str] = set()
    for stmt in body:
        if isinstance(stmt, (ast.Import, ast.ImportFrom)):
            for binding in import_bindings(stmt, module, is_package):
                imports[binding.name] = binding
        elif isinstance(stmt, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
            targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
            assigned.update(n.id for target in targets for n in walk(target) if isinstance(n, ast.Name))
        elif isinstance(stmt, ast.Return) and isinstance(stmt.value, ast.Name):
            name = stmt.value.id
            if name in imports:
                return imports[name]
            return None if name in assigned else RawImport(name, stmt.lineno, module, name)
    return None


def literal_table(value: ast.expr | None) -> dict[str, str | None] | None:
    """A dict literal's string keys (with their string values) or a tuple/list/set literal's strings; else None."""
    if isinstance(value, ast.Dict):
        return {
            k.value: v.value if isinstance(v, ast.Constant) and isinstance(v.value, str) else None
            for k, v in zip(value.keys, value.values, strict=True)
            if isinstance(k, ast.Constant) and isinstance(k.value, str)
        }
    if isinstance(value, (ast.Tuple, ast.List, ast.Set)):
        return {e.value: None for e in value.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)}
    return None


def _table_target(name: str, line: int, text: str | None, module: str, is_package: bool) -> RawImport | None:
    """`".pagination.Pagination"` or `"pkg.mod.Name"` in a shim table, as the import it stands for."""
    if not text:
        return None
    level = len(text) - len(text.lstrip("."))
    dotted, _, attr = text[level:].rpartition(".")
    if not attr.isidentifier() or not all(part.isidentifier() for part in dotted.split(".") if part):
        return None
    if level == 0 and not dotted:
        return None
    return RawImport(name, line, resolve_relative(module, is_package, level, dotted or None), attr)


def lazy_import_shims(call: ast.Call, module: str, is_package: bool) -> dict[str, RawShim]:
    """The names a lazy-import helper handed the module's namespace serves: websockets' `lazy_import(globals(),
    aliases={"connect": ".asyncio.client"}, deprecated_aliases={"WebSocketServerProtocol": ".legacy.server"})`
    imports each name from its module on first use (a `__getattr__` it installs), warning for a table whose keyword
    says deprecated; werkzeug 0.16's `_DeprecatedImportModule(__name__, {".datastructures": ["Headers", ...]},
    "Werkzeug 1.0")` lists the names by module and replaces the module with one serving them, warning as the
    helper's name says. The names are the module's API as surely as imports are; no call given `globals()` or
    `__name__`, or no table of the package's own modules: none."""
    arguments = [(None, arg) for arg in call.args] + [(keyword.arg, keyword.value) for keyword in call.keywords]
    if not any(_names_the_module(value) for _, value in arguments):
        return {}
    helper_deprecates = "deprecat" in (dotted_name(call.func) or "").lower()
    shims: dict[str, RawShim] = {}
    for keyword, value in arguments:
        if isinstance(value, ast.Dict):
            deprecated = helper_deprecates or keyword is not None and "deprecat" in keyword.lower()
            shims.update(table_shims(value, call.lineno, module, is_package, deprecated))
    return shims


def table_shims(table: ast.Dict, line: int, module: str, is_package: bool, deprecated: bool) -> dict[str, RawShim]:
    """The names a lazy-import table serves, by name (`{"connect": ".asyncio.client"}`) or listed by module
    (`{".http": ["dump_cookie", ...]}`), each from one of the package's own modules; none from elsewhere."""
    shims: dict[str, RawShim] = {}
    for name, source in [*(literal_table(table) or {}).items(), *_names_by_module(table)]:
        if source is not None and not source.strip("."):
            continue  # the package's own submodule (werkzeug's `".": ["exceptions"]`): importable by its path
        target = _source_target(name, line, source, module, is_package)
        if name.isidentifier() and target is not None and _same_package(target.module, module):
            warn = Warn("DeprecationWarning", f"{module}.{name} is deprecated") if deprecated else None
            shims[name] = RawShim(name, line, warn, target)
    return shims


def lazy_module_shims(
    stmt: ast.Assign, tables: Mapping[str, ast.Dict], made: Mapping[str, ast.Call], module: str, is_package: bool
) -> dict[str, RawShim]:
    """The names a lazy module put in the module's own place serves: haystack 3.0's `sys.modules[__name__] =
    LazyImporter(name=__name__, module_file=__file__, import_structure=_import_structure)`, with `_import_structure =
    {"toolset": ["Toolset"]}` (transformers' `_LazyModule(__name__, ..., _import_structure)` the same), imports each
    listed name from the package's submodule on first use. The table is handed inline or by the name of a
    module-level literal (`tables`); a key without a leading dot that is not the package's own dotted name is a
    submodule of the module, as those loaders read it. The call may be made first under a name (`made`: 3.4's
    `_module = LazyImporter(...)`, then `sys.modules[__name__] = _module`); it must be handed `__name__`. A table of
    the module's own globals by name (`extra_objects={"tool": _tool_decorator}`) serves each under its key."""
    replaces = any(
        isinstance(t, ast.Subscript) and dotted_name(t.value) == "sys.modules" and _own_key(t.slice, module)
        for t in stmt.targets
    )
    value = stmt.value if replaces else None
    call = made.get(value.id) if isinstance(value, ast.Name) else value
    if not isinstance(call, ast.Call) or not hands_module_name(call):
        return {}
    top = module.split(".")[0]
    shims: dict[str, RawShim] = {}
    for argument in [*call.args, *(keyword.value for keyword in call.keywords)]:
        table = tables.get(argument.id) if isinstance(argument, ast.Name) else argument
        if not isinstance(table, ast.Dict):
            continue
        for name, source in _names_by_module(table):
            bare = not source.startswith(".") and source.split(".")[0] != top
            # `"toolset"`: the submodule `module.toolset`, imported relative to `__name__` as to a package's
            target = _source_target(name, call.lineno, "." + source if bare else source, module, bare or is_package)
            if name.isidentifier() and target is not None and _same_package(target.module, module):
                shims[name] = RawShim(name, call.lineno, None, target)
        for key, held in zip(table.keys, table.values, strict=True):
            if isinstance(key, ast.Constant) and isinstance(key.value, str) and key.value.isidentifier():
                if isinstance(held, ast.Name) and held.id != key.value:
                    shims[key.value] = RawShim(
                        key.value, call.lineno, None, RawImport(key.value, call.lineno, module, held.id)
                    )
    return shims


def hands_module_name(call: ast.Call) -> bool:
    """The call is handed `__name__` (by position or keyword): a loader told which module it stands for."""
    return any(
        isinstance(value, ast.Name) and value.id == "__name__"
        for value in (*call.args, *(keyword.value for keyword in call.keywords))
    )


def self_replacement(stmt: ast.Assign, module: str, made: Mapping[str, ast.Call]) -> str | None:
    """The callable whose result a module puts in its own place, `sys.modules["werkzeug"] = module("werkzeug")`:
    users get that object, not the module's namespace. The call may be made first under a name (`made`: neomodel
    6.0's `_config_module = _ConfigModule()`, then `sys.modules[__name__] = _config_module`, whose properties serve
    the old globals). Not when the call is handed anything but names (sh's `SelfWrapper(sys.modules[__name__])`
    keeps the module to answer from), nor under another module's key: openai 0.28's `sys.modules["pkg_resources"] =
    object()` (a workaround for gunicorn) leaves `openai` what it is. The namespace handed along with the name of a
    module of the package is a redirect to that module (`_redirects`)."""
    replaces = any(
        isinstance(t, ast.Subscript) and dotted_name(t.value) == "sys.modules" and _own_key(t.slice, module)
        for t in stmt.targets
    )
    value = stmt.value if replaces else None
    call = made.get(value.id) if isinstance(value, ast.Name) else value
    if not isinstance(call, ast.Call):
        return None
    handed = [*call.args, *(k.value for k in call.keywords)]
    if all(_a_name(arg) for arg in handed) or _redirects(handed, module):
        return dotted_name(call.func)
    return None


def _redirects(handed: list[ast.expr], module: str) -> bool:
    """`_RedirectSubpackage(locals(), "numba.core.types.old_scalars")` (numba 0.61): the module's namespace and the
    name of another module of the package, which the object serves in the module's place."""
    namespace = [arg for arg in handed if _namespace(arg)]
    names = [arg for arg in handed if _a_name(arg)]
    top = module.split(".")[0]
    return (
        len(namespace) == 1
        and len(names) + 1 == len(handed)
        and any(isinstance(arg, ast.Constant) and str(arg.value).split(".")[0] == top for arg in names)
    )


def _namespace(node: ast.expr) -> bool:
    """`locals()` or `globals()`."""
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("locals", "globals")


def _own_key(key: ast.expr, module: str) -> bool:
    """`__name__`, or the module's own dotted name spelled out."""
    return isinstance(key, ast.Name) and key.id == "__name__" or isinstance(key, ast.Constant) and key.value == module


def _a_name(node: ast.expr) -> bool:
    """A string literal or `__name__`: a module's name, never the module."""
    return (
        isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        or isinstance(node, ast.Name)
        and (node.id == "__name__")
    )


def _names_by_module(table: ast.Dict) -> list[tuple[str, str]]:
    """(name, module) for a table listing names by the module serving them, `{".http": ["dump_cookie", ...]}`."""
    return [
        (item.value, key.value)
        for key, listed in zip(table.keys, table.values, strict=True)
        if isinstance(key, ast.Constant) and isinstance(key.value, str) and isinstance(listed, (ast.List, ast.Tuple))
        for item in listed.elts
        if isinstance(item, ast.Constant) and isinstance(item.value, str)
    ]


def _names_the_module(node: ast.expr) -> bool:
    """`globals()` or `__name__`: what a helper needs to serve names from (or in place of) the calling module."""
    return _is_globals(node) or isinstance(node, ast.Name) and node.id == "__name__"


def _same_package(target: str, module: str) -> bool:
    """A lazy import table names modules of the package itself (`".asyncio.client"`): a table of other strings
    handed along with `globals()` is no such table."""
    return target.split(".")[0] == module.split(".")[0]


def _is_globals(node: ast.expr) -> bool:
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "globals"


def _source_target(name: str, line: int, source: str | None, module: str, is_package: bool) -> RawImport | None:
    """`".asyncio.client"` (the module `name` is imported from) as an import of `name`; `"pkg.mod.name"` (spelled
    to the name itself) as a shim table's target."""
    if not source:
        return None
    if source.rpartition(".")[2] == name:
        return _table_target(name, line, source, module, is_package)
    level = len(source) - len(source.lstrip("."))
    dotted = source[level:]
    if not (level or dotted) or dotted and not all(part.isidentifier() for part in dotted.split(".")):
        return None
    return RawImport(name, line, resolve_relative(module, is_package, level, dotted or None), name)


def _with_local_tables(func: ast.FunctionDef | ast.AsyncFunctionDef, collections: Tables) -> Tables:
    """The module's literal tables, plus those the body itself assigns before testing the name against them
    (Pillow 9.5's `old_resampling = {"ANTIALIAS": "LANCZOS", ...}` inside `Image.__getattr__`)."""
    local = {
        stmt.targets[0].id: table
        for stmt in func.body
        if isinstance(stmt, ast.Assign)
        and len(stmt.targets) == 1
        and isinstance(stmt.targets[0], ast.Name)
        and (table := literal_table(stmt.value)) is not None
    }
    return {**collections, **local} if local else collections


_REFUSING = (ast.NotIn, ast.NotEq)
"""The tests of a guard refusing every name but those of a table (`not in`) or but one (`!=`)."""


def _guarded_names(body: list[ast.stmt], param: str, collections: Tables) -> tuple[list[str], int] | None:
    """(the names, where the rest of the body starts) when the body opens (after its docstring and the tables it
    assigns) with a guard refusing every other name: `if name not in _DEPRECATED: raise AttributeError(name)` (attrs
    23's `dunder_to_metadata`), or every name but one: `if name != "__version__": raise AttributeError(...)`
    (logbook 1.9's). The rest of the body serves exactly those names."""
    for index, stmt in enumerate(body):
        if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant) or isinstance(stmt, ast.Assign):
            continue
        test = stmt.test if isinstance(stmt, ast.If) and not stmt.orelse and only_raises(stmt.body) else None
        if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], _REFUSING)):
            return None
        if not (isinstance(test.left, ast.Name) and test.left.id == param):
            return None
        right = test.comparators[0]
        table: dict[str, str | None] | None
        if isinstance(test.ops[0], ast.NotEq):
            table = {right.value: None} if isinstance(right, ast.Constant) and isinstance(right.value, str) else None
        else:
            table = collections.get(right.id) if isinstance(right, ast.Name) else literal_table(right)
        rest = body[index + 1 :]
        serves = any(isinstance(node, ast.Return) for sub in rest for node in walk(sub))
        # an empty table refuses every name (sphinx 8.0's `_DEPRECATED_OBJECTS = {}`, emptied of `stringify`)
        return (list(table), index + 1) if table is not None and serves else None  # a rest only raising: none
    return None


_MISSING_KEY = frozenset({"KeyError", "LookupError"})


def _try_table_names(stmt: ast.Try, param: str, collections: Tables) -> list[str]:
    """The keys of a module table a `try` looks the name up in, catching the miss, and returns from (numpy 1.21's
    `try: val, msg = __deprecated_attrs__[attr]` / `except KeyError: pass` / `else: warn(msg); return val`). Not
    when what it returns is a def of its own that only raises (numpy's `__expired_functions__`: gone, not served)."""
    if not any(dotted_name(h.type) in _MISSING_KEY for h in stmt.handlers if h.type is not None):
        return []
    tables = [
        collections[node.value.id]
        for sub in stmt.body
        for node in walk(sub)
        if isinstance(node, ast.Subscript)
        and isinstance(node.value, ast.Name)
        and node.value.id in collections
        and isinstance(node.slice, ast.Name)
        and node.slice.id == param
    ]
    rest = [*stmt.body, *stmt.orelse]
    returns = any(isinstance(node, ast.Return) for sub in rest for node in walk(sub))
    raising = any(isinstance(sub, (ast.FunctionDef, ast.AsyncFunctionDef)) and only_raises(sub.body) for sub in rest)
    return [name for table in tables for name in table] if returns and not raising else []


def _enum_loop_names(loop: ast.stmt, param: str, enums: Enums) -> list[str] | None:
    """The names a loop of a `__getattr__` serves from the module's enums, each under its prefix when the loop pairs
    them (Pillow 9.1's `for enum in (Transpose, Dither): if name in enum.__members__: return enum[name]`, 9.5's
    `for enum, prefix in {Intent: "INTENT_"}.items(): if name.startswith(prefix): name = name[len(prefix):]` then the
    same test); None for any other loop."""
    if not isinstance(loop, ast.For):
        return None
    pairs: list[tuple[str, str]] = []  # (enum class, prefix)
    prefix_var = ""
    if isinstance(loop.target, ast.Name) and isinstance(loop.iter, (ast.Tuple, ast.List)):
        pairs = [(e.id, "") for e in loop.iter.elts if isinstance(e, ast.Name)]
        if len(pairs) != len(loop.iter.elts):
            return None
        var = loop.target.id
    elif (
        isinstance(loop.target, ast.Tuple)
        and len(loop.target.elts) == 2
        and all(isinstance(e, ast.Name) for e in loop.target.elts)
        and isinstance(loop.iter, ast.Call)
        and isinstance(loop.iter.func, ast.Attribute)
        and loop.iter.func.attr == "items"
        and isinstance(loop.iter.func.value, ast.Dict)
    ):
        table = loop.iter.func.value
        var, prefix_var = (e.id for e in loop.target.elts if isinstance(e, ast.Name))
        for key, value in zip(table.keys, table.values, strict=True):
            if not (isinstance(key, ast.Name) and isinstance(value, ast.Constant) and isinstance(value.value, str)):
                return None
            pairs.append((key.id, value.value))
    else:
        return None
    if not pairs or any(cls not in enums for cls, _ in pairs):
        return None
    tests = [node.test for node in walk(loop) if isinstance(node, ast.If)]
    if not any(_tests_members(test, param, var) for test in tests):
        return None
    if prefix_var and not any(_tests_prefix(test, param, prefix_var) for test in tests):
        return None
    return [prefix + name for cls, prefix in pairs for name in enums[cls][1]]


def _tests_members(test: ast.expr, param: str, var: str) -> bool:
    """`name in var.__members__`."""
    return (
        isinstance(test, ast.Compare)
        and isinstance(test.left, ast.Name)
        and test.left.id == param
        and len(test.ops) == 1
        and isinstance(test.ops[0], ast.In)
        and dotted_name(test.comparators[0]) == f"{var}.__members__"
    )


def _tests_prefix(test: ast.expr, param: str, prefix_var: str) -> bool:
    """`name.startswith(prefix)`."""
    return (
        isinstance(test, ast.Call)
        and dotted_name(test.func) == f"{param}.startswith"
        and len(test.args) == 1
        and isinstance(test.args[0], ast.Name)
        and test.args[0].id == prefix_var
    )


def _returns_raising_call(body: list[ast.stmt], raising: frozenset[str]) -> bool:
    """The block ends returning a call of a function that only raises (langchain 0.3's `tools.__getattr__`: `if name
    == "PythonREPLTool": return _import_python_tool_PythonREPLTool()`, whose body raises ImportError): the name was
    never served."""
    last = body[-1] if body else None
    return (
        isinstance(last, ast.Return)
        and isinstance(last.value, ast.Call)
        and isinstance(last.value.func, ast.Name)
        and last.value.func.id in raising
    )


def read_getattr_shim(
    func: ast.FunctionDef | ast.AsyncFunctionDef,
    module: str,
    is_package: bool,
    collections: Tables | None = None,
    in_class: bool = False,
    enums: Enums | None = None,
    constants: Constants | None = None,
    raising: frozenset[str] = frozenset(),
) -> dict[str, RawShim]:
    """name -> shim entry for every literal name the `__getattr__` (of a module, or of a class: `in_class`, after
    `self`) branches on, and every member of the module's `enums` a loop over them serves; `raising`: the module's
    functions that only raise (a branch returning what one returns serves nothing either)."""
    args = [*func.args.posonlyargs, *func.args.args][1 if in_class else 0 :]
    if not args:
        return {}
    param = args[0].arg
    collections = _with_local_tables(func, collections or {})
    lookups = _lookups(func.body, param, collections)
    shims: dict[str, RawShim] = {}
    guarded = _guarded_names(func.body, param, collections)
    if guarded is not None:
        names, rest = guarded
        warns = body_warns(func.body[rest:], frozenset({param}))
        for name in names:
            warn = named_warning(warns, param, name, module)
            shims[name] = RawShim(name, func.body[rest - 1].lineno, warn)
    pending: list[ast.stmt] = list(func.body)
    while pending:
        stmt = pending.pop(0)
        if isinstance(stmt, ast.Try):
            warns = body_warns(stmt.orelse or stmt.body, frozenset({param}))
            for name in _try_table_names(stmt, param, collections):
                warn = named_warning(warns, param, name, module)
                shims.setdefault(name, RawShim(name, stmt.lineno, warn))
            continue
        looped = _enum_loop_names(stmt, param, enums) if enums and isinstance(stmt, ast.For) else None
        if isinstance(stmt, ast.For) and looped:  # the warning is in the `if` answering the name
            ifs = [node for node in walk(stmt) if isinstance(node, ast.If)]
            warns = tuple(w for node in ifs for w in body_warns(node.body, frozenset({param})))
            for name in looped:
                warn = named_warning(warns, param, name, module)
                shims.setdefault(name, RawShim(name, stmt.lineno, warn))
            continue
        if not isinstance(stmt, ast.If):
            continue
        names = _branch_names(stmt.test, param, collections or {}, lookups, constants)
        if names and (only_raises(stmt.body) or _returns_raising_call(stmt.body, raising)):
            continue  # networkx 2.8's `if name == "nx_yaml": raise ImportError(...)` serves nothing: no API
        if names:
            warns = body_warns(stmt.body, frozenset({param}))
            target = _returned_target(stmt.body, module, is_package)
            table = _table_of(stmt.test, collections or {})
            for name in names:
                served = target or _table_target(name, stmt.lineno, table.get(name), module, is_package)
                warn = named_warning(warns, param, name, module)
                shims.setdefault(name, RawShim(name, stmt.lineno, warn, served))
        else:
            pending.extend(stmt.body)
        pending.extend(stmt.orelse)
    return {name: shim for name, shim in shims.items() if name not in _PROBED}


def foreign_tables(func: ast.FunctionDef | ast.AsyncFunctionDef) -> tuple[RawShimTable, ...]:
    """The branches of a module `__getattr__` testing the name against a collection reached through another module
    (`if name in gitlab.const._DEPRECATED:`), whose names only the surface, with every module read, can list; with
    what each warns and the module it hands the name back from (`return getattr(gitlab.const, name)`)."""
    args = [*func.args.posonlyargs, *func.args.args]
    if not args:
        return ()
    param = args[0].arg
    found: list[RawShimTable] = []
    pending: list[ast.stmt] = list(func.body)
    while pending:
        stmt = pending.pop(0)
        if not isinstance(stmt, ast.If):
            continue
        pending.extend(stmt.orelse)  # an `elif` chain
        test = stmt.test
        if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], ast.In)):
            continue
        table = test.comparators[0]
        written = dotted_name(table) if isinstance(table, ast.Attribute) else None
        if not (isinstance(test.left, ast.Name) and test.left.id == param and written) or only_raises(stmt.body):
            continue
        warns = body_warns(stmt.body, frozenset({param}))
        found.append(RawShimTable(written, stmt.lineno, param, warns, _getattr_source(stmt.body, param)))
    return tuple(found)


def _getattr_source(body: list[ast.stmt], param: str) -> str | None:
    """The dotted module expression `X` of the branch's `return getattr(X, name)`, if it ends so."""
    last = body[-1] if body else None
    call = last.value if isinstance(last, ast.Return) else None
    if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "getattr"):
        return None
    if len(call.args) != 2 or call.keywords:
        return None
    handed = call.args[1]
    return dotted_name(call.args[0]) if isinstance(handed, ast.Name) and handed.id == param else None


_PROBED = frozenset(("__path__", "__spec__", "__loader__", "__wrapped__"))
"""Names the import system and `inspect` look up on a module: a `__getattr__` answering one (minari 0.4's
`elif name == "__path__": return False`, so that its module is not taken for a package) serves no API."""


def named_warning(warns: tuple[Warn, ...], param: str, name: str, module: str) -> Warn | None:
    """The first warning the branch serving `name` gives, its message for that name (`{__name__}`, the module's
    name wherever the function is defined, spelled out too: zigpy 2.0's "`{__name__}.{name}` is deprecated"; a
    field `.format` is handed the parameter in, bracex 1.1's `"'{}' is deprecated".format(name)`): no longer a
    message about what the function is handed, but one about that name."""
    if not warns:
        return None
    message = warns[0].message.replace("{__name__}", module)
    return replace(warns[0], message=filled_message(message, param, name), parametric=False)


def serves_any_name(
    func: ast.FunctionDef | ast.AsyncFunctionDef,
    collections: Tables | None = None,
    enums: Enums | None = None,
    constants: Constants | None = None,
) -> bool:
    """Whether a module `__getattr__` may answer names it does not branch on literally: its body does not end in
    `raise` (`return getattr(_impl, name)`), or an `if` or a loop it cannot read returns (a loop over the module's
    enums is read, see `_enum_loop_names`). Names such a module lost are not claimed removed."""
    args = [*func.args.posonlyargs, *func.args.args]
    param = args[0].arg if args else ""
    collections = _with_local_tables(func, collections or {})
    if _guarded_names(func.body, param, collections) is not None:
        return False  # it answers the names of its guard only
    if not func.body or not isinstance(func.body[-1], ast.Raise):
        return True
    lookups = _lookups(func.body, param, collections)
    for stmt in func.body:
        if isinstance(stmt, ast.If) and not _branch_names(stmt.test, param, collections, lookups, constants):
            if contains(stmt, (ast.Return,)):
                return True
        if isinstance(stmt, (ast.For, ast.AsyncFor, ast.While)) and not _enum_loop_names(stmt, param, enums or {}):
            if contains(stmt, (ast.Return,)):
                return True
    return False


def made_def(
    value: ast.expr | None, defs: Mapping[str, ast.FunctionDef | ast.AsyncFunctionDef]
) -> ast.FunctionDef | ast.AsyncFunctionDef | None:
    """The def a call of a module's own factory returns (`_make_getattr(__name__)` whose body defines
    `__getattr__` and ends `return __getattr__`); None for another value."""
    if not (isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id in defs):
        return None
    body = defs[value.func.id].body
    returned = body[-1].value if body and isinstance(body[-1], ast.Return) else None
    if not isinstance(returned, ast.Name):
        return None
    inner = [s for s in body if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef)) and s.name == returned.id]
    return inner[-1] if inner else None


def catch_all_warnings(func: ast.FunctionDef | ast.AsyncFunctionDef) -> tuple[tuple[Warn, ...], tuple[str, ...]]:
    """What a module `__getattr__` warns on every path that hands a value back (mne 1.6's `mne.io.pick`: `return
    _io_dep_getattr(name, "pick")`, a helper that warns FutureWarning for any name): the warnings its own statements
    give first, and the dotted names of the calls whose result a path returns unwarned (helpers the surface resolves
    and checks always warn). ((), ()) when a path returns with neither, or none returns a value: only a `__getattr__`
    warning for every name it serves deprecates names it does not spell (one warning for some names stays theirs,
    see `read_getattr_shim`). `return globals()[name]` answers nothing: Python asks `__getattr__` only for a name
    the module's globals lack."""
    args = [*func.args.posonlyargs, *func.args.args]
    if not args:
        return (), ()
    param = args[0].arg
    warns: list[Warn] = []
    helpers: list[str] = []
    if not _warned_paths(func.body, param, False, warns, helpers) or not (warns or helpers):
        return (), ()
    return tuple(warns), tuple(dict.fromkeys(helpers))


def _warned_paths(body: list[ast.stmt], param: str, warned: bool, warns: list[Warn], helpers: list[str]) -> bool:
    """Whether every `return` of a value in `body` (nested blocks too, not nested defs) comes after a warning of
    the same path or hands back a call (a helper, recorded in `helpers`); `warned`: one came before `body`."""
    for stmt in body:
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            continue
        warn = statement_warn(stmt, frozenset({param}))
        if warn is not None:
            warns.append(warn)
            warned = True
        elif isinstance(stmt, ast.Return):
            if not _answers(stmt.value, param):
                continue
            if warned:
                return True  # what follows in this block never runs
            called = dotted_name(stmt.value.func) if isinstance(stmt.value, ast.Call) else None
            if called is None or called in ("getattr", "globals", "importlib.import_module"):
                return False
            helpers.append(called)
            return True
        elif isinstance(stmt, (ast.If, ast.For, ast.AsyncFor, ast.While)):
            if not all(_warned_paths(block, param, warned, warns, helpers) for block in (stmt.body, stmt.orelse)):
                return False
        elif isinstance(stmt, (ast.With, ast.AsyncWith)):
            if not _warned_paths(stmt.body, param, warned, warns, helpers):
                return False
        elif isinstance(stmt, (ast.Try, ast.TryStar)):
            blocks = [stmt.body, stmt.orelse, stmt.finalbody, *(handler.body for handler in stmt.handlers)]
            if not all(_warned_paths(block, param, warned, warns, helpers) for block in blocks):
                return False
            warned = warned or bool(body_warns(stmt.finalbody, frozenset({param})))
    return True


def _answers(value: ast.expr | None, param: str) -> bool:
    """A returned value that answers the name: not `globals()[name]` (see `catch_all_warnings`)."""
    if value is None:
        return False
    return not (
        isinstance(value, ast.Subscript)
        and _namespace(value.value)
        and isinstance(value.slice, ast.Name)
        and value.slice.id == param
    )
