"""Module globals bound at import time by other means than a binding statement: through the module's namespace
(`globals()["x"] = ...`, `vars().update(...)`), through the module object (`setattr(sys.modules[__name__], name, f)`)
or by `exec`. Names written by a literal (or a loop over literals) are known; anything else makes what the module
binds unknown, so what it lost is not claimed."""

from __future__ import annotations

import ast
import re

from bot.apidiff.blocks import flatten
from bot.apidiff.located import candidate_lines, nodes_on
from bot.apidiff.setattrnames import literal_strings
from bot.apidiff.source import dotted_name, walk

_NAMESPACE_CALLS = frozenset({"globals", "vars", "locals"})
"""At module level `vars()` and `locals()` are `globals()`."""
_EXEC_CALLS = frozenset({"exec", "exec_", "six.exec_"})
_WRITING_METHODS = frozenset({"update", "setdefault", "__setitem__"})
_READING_CALLS = frozenset({"getattr", "hasattr", "dir", "vars", "id", "isinstance", "repr", "str"})
MARKERS = (b"globals()", b"vars()", b"locals()", b"sys.modules[__name__]", b"exec(", b"exec_(")
"""Spellings one of which a module writing its globals at run time contains (a prefilter on the source)."""


def run_time_writes(tree: ast.Module) -> dict[str, int] | None:
    """Names top-level statements bind at run time, with their lines: a literal key (`globals()["x"] = ...`,
    `setattr(sys.modules[__name__], "x", ...)`) or a loop variable over literal names (invoke 2.0's
    `for x in ("debug",): globals()[x] = getattr(log, x)`), or the members of an enum class of the module (Pillow
    10's `for item in enum: setattr(module, item.name, item.value)` over its enums, dnspython 2's
    `globals().update(Rcode.__members__)`). None when some write binds names that cannot be told (any other
    `globals().update(...)`, a computed key, `exec(...)`, or the namespace handed to a call that may: alembic's
    `Operations.create_module_class_proxy(globals(), locals())`). Python 2 branches never run and are skipped."""
    statements = [
        s for s in flatten(tree.body) if not isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
    ]
    statements += _headers(tree.body)
    aliases = {
        target.id
        for stmt in statements
        if isinstance(stmt, ast.Assign) and _is_module_object(stmt.value, set())
        for target in stmt.targets
        if isinstance(target, ast.Name)
    }
    # a name bound to the namespace itself (pyvmomi's `_globals = globals()`, then `_globals[name] = obj`)
    spaces = frozenset(
        target.id
        for stmt in statements
        if isinstance(stmt, ast.Assign) and _is_namespace(stmt.value, set())
        for target in stmt.targets
        if isinstance(target, ast.Name)
    )
    names: dict[str, int] = {}
    enums: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] | None = None
    updates: set[ast.expr] = set()  # `globals().update` calls whose names are told
    for stmt in statements:
        looped = _literal_loop(stmt)
        members: dict[str, tuple[str, ...]] = {}
        if isinstance(stmt, ast.For) or isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call):
            enums = enum_members(tree) if enums is None else enums
            members = _member_loops(stmt, enums)
        for node in walk(stmt):
            if isinstance(node, ast.Call):
                if _is_namespace_update(node.func, aliases, spaces) and enums is not None:
                    told = _members_of(node, enums)
                    if told is None:
                        return None
                    names.update((name, node.lineno) for name in told if name not in names)
                    updates.add(node.func)
                    continue
                called = dotted_name(node.func)
                if called in _EXEC_CALLS or any(_is_namespace(arg, aliases, spaces) for arg in node.args):
                    return None
                if called == "setattr" and len(node.args) >= 2 and _is_module_object(node.args[0], aliases):
                    if not _add_key(node.args[1], node.lineno, looped, names, members):
                        return None
                elif called not in _READING_CALLS and any(_is_module_object(arg, aliases) for arg in node.args):
                    return None  # the module handed to a call that may bind names on it
            elif isinstance(node, ast.Attribute) and _is_namespace(node.value, aliases, spaces):
                if node.attr in _WRITING_METHODS and node not in updates:
                    return None
            elif (
                isinstance(node, ast.Subscript)
                and isinstance(node.ctx, ast.Store)
                and _is_namespace(node.value, aliases, spaces)
            ):
                if not _add_key(node.slice, node.lineno, looped, names, members):
                    return None
    return names


def _headers(body: list[ast.stmt]) -> list[ast.stmt]:
    """The tests and context managers of the blocks `flatten` opens, as expression statements: they run on import
    too, and `flatten` keeps only the blocks' bodies (adafruit-blinka 9.0's `microcontroller` fills its globals in
    `if not import_microcontroller(globals(), imports, "", "*"):`)."""
    found: list[ast.stmt] = []
    for stmt in body:
        if isinstance(stmt, (ast.If, ast.While)):
            found += [ast.Expr(stmt.test), *_headers(stmt.body), *_headers(stmt.orelse)]
        elif isinstance(stmt, (ast.With, ast.AsyncWith)):
            found += [*(ast.Expr(item.context_expr) for item in stmt.items), *_headers(stmt.body)]
        elif isinstance(stmt, ast.Try):
            handlers = [s for handler in stmt.handlers for s in handler.body]
            found += _headers([*stmt.body, *handlers, *stmt.orelse, *stmt.finalbody])
    return found


def _add_key(
    key: ast.expr,
    line: int,
    looped: tuple[str, tuple[str, ...]] | None,
    names: dict[str, int],
    members: dict[str, tuple[str, ...]],
) -> bool:
    """Record the names a written key spells; False when it cannot be told."""
    if isinstance(key, ast.Constant) and isinstance(key.value, str):
        names.setdefault(key.value, line)
    elif looped is not None and isinstance(key, ast.Name) and key.id == looped[0]:
        names.update((name, line) for name in looped[1] if name not in names)
    elif isinstance(key, ast.Attribute) and key.attr == "name" and isinstance(key.value, ast.Name):
        if key.value.id not in members:
            return False
        names.update((name, line) for name in members[key.value.id] if name not in names)
    elif (pattern := _key_pattern(key)) is not None:
        names.setdefault(pattern, line)
    else:
        return False
    return True


def _key_pattern(key: ast.expr) -> str | None:
    """A key built from literal text and values (`f"_{scope.value}_event_loop"`, `"get_" + name`) as a
    `fnmatch` pattern, "*" for each value (`_*_event_loop`): only names of that shape are bound (pytest-asyncio 1.0
    binds its scoped loop fixtures so, and its public `event_loop` fixture is gone). None when no literal text
    narrows it."""
    parts: list[str] = []
    pending = [key]
    while pending:
        node = pending.pop()
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            pending += [node.right, node.left]
        elif isinstance(node, ast.JoinedStr):
            pending += reversed(node.values)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            if re.fullmatch(r"\w*", node.value) is None:
                return None  # text no name holds (`"a-b"`, `"%s"`): not read
            parts.append(node.value)
        else:
            parts.append("*")
    pattern = re.sub(r"\*+", "*", "".join(parts))
    return pattern if "*" in pattern and pattern.strip("*") else None


def enum_members(tree: ast.Module) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Top-level classes deriving from an enum by name (`IntEnum`, `enum.Flag`, dnspython's `dns.enum.IntEnum`) ->
    (the members iterating the class yields, every name of its `__members__`): the names its body assigns, less
    dunders and sunders; an alias (a literal value met before) is in `__members__` only. A body whose members cannot
    be told (`_ignore_`, a target that is no plain name) is left out: what it binds stays unknown."""
    found: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    for stmt in tree.body:
        if isinstance(stmt, ast.ClassDef) and any(_enum_base(base) for base in stmt.bases):
            members = _assigned_members(stmt.body)
            if members is not None:
                found[stmt.name] = members
    return found


def _assigned_members(body: list[ast.stmt]) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """(iterated, every) member of an enum class body (see `_enum_members`); None when they cannot be told."""
    iterated: list[str] = []
    every: list[str] = []
    values: list[object] = []
    for item in body:
        if isinstance(item, ast.Assign):
            targets, value = item.targets, item.value
        elif isinstance(item, ast.AnnAssign) and item.value is not None:
            targets, value = [item.target], item.value
        else:
            continue
        for target in targets:
            if not isinstance(target, ast.Name) or target.id == "_ignore_":
                return None
            name = target.id
            if name.startswith("__") or name.startswith("_") and name.endswith("_"):
                continue
            literal = value.value if isinstance(value, ast.Constant) else item
            every.append(name)
            if literal not in values:
                iterated.append(name)
            values.append(literal)
    return tuple(iterated), tuple(every)


def _enum_base(base: ast.expr) -> bool:
    """A base named as an enum class: `Enum`, `IntEnum`, `enum.IntFlag`, `Flag`."""
    return (dotted_name(base) or "").rpartition(".")[2].endswith(("Enum", "Flag"))


def _member_loops(
    stmt: ast.stmt, enums: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]
) -> dict[str, tuple[str, ...]]:
    """Loop variables running over the members of the module's enums -> those members' names: `for item in Color:`,
    or nested under a loop over enum classes (`for enum in (Transpose, Dither): for item in enum:`)."""
    classes: dict[str, list[str]] = {}
    found: dict[str, tuple[str, ...]] = {}
    for node in walk(stmt):  # breadth first: an outer loop comes before the loops in its body
        if not (isinstance(node, ast.For) and isinstance(node.target, ast.Name)):
            continue
        over = node.iter
        if isinstance(over, (ast.Tuple, ast.List)) and over.elts:
            if all(isinstance(e, ast.Name) and e.id in enums for e in over.elts):
                classes[node.target.id] = [e.id for e in over.elts if isinstance(e, ast.Name)]
        elif isinstance(over, ast.Name):
            named = classes.get(over.id) or ([over.id] if over.id in enums else [])
            if named:
                found[node.target.id] = tuple(name for cls in named for name in enums[cls][0])
    return found


def _is_namespace_update(func: ast.expr, aliases: set[str], spaces: frozenset[str] = frozenset()) -> bool:
    """`globals().update` (or the module `__dict__`'s)."""
    return isinstance(func, ast.Attribute) and func.attr == "update" and _is_namespace(func.value, aliases, spaces)


def _members_of(call: ast.Call, enums: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]) -> tuple[str, ...] | None:
    """The names `globals().update(Color.__members__)` binds: every member of an enum of the module; for a mapping
    built keeping only upper-case keys (natsort 5.5's `dict((k, getattr(ns, k)) for k in dir(ns) if k.isupper())`),
    the pattern of the names no lower-case letter opens (`UPPER_ONLY`); None for any other argument."""
    if len(call.args) != 1 or call.keywords:
        return None
    arg = call.args[0]
    if isinstance(arg, ast.Attribute) and arg.attr == "__members__" and isinstance(arg.value, ast.Name):
        found = enums.get(arg.value.id)
        return None if found is None else found[1]
    if isinstance(arg, ast.Call) and dotted_name(arg.func) == "dict" and len(arg.args) == 1 and not arg.keywords:
        arg = arg.args[0]
    return (UPPER_ONLY,) if _upper_keys_only(arg) else None


UPPER_ONLY = "[!a-z]*"
"""What every key `str.isupper` holds for matches: a name whose first letter is a lower-case one has a cased letter
not upper-case."""


def _upper_keys_only(built: ast.expr) -> bool:
    """A comprehension of (key, value) pairs, or a dict one, over one loop whose conditions include `KEY.isupper()`
    on the key itself: every key it keeps is upper-case."""
    key: ast.expr | None = None
    if isinstance(built, ast.DictComp):
        key = built.key
    elif isinstance(built, (ast.GeneratorExp, ast.ListComp)) and isinstance(built.elt, ast.Tuple):
        key = built.elt.elts[0] if len(built.elt.elts) == 2 else None
    else:
        return False
    if not isinstance(key, ast.Name) or len(built.generators) != 1:
        return False
    return any(
        isinstance(test, ast.Call)
        and not test.args
        and not test.keywords
        and isinstance(test.func, ast.Attribute)
        and test.func.attr == "isupper"
        and isinstance(test.func.value, ast.Name)
        and test.func.value.id == key.id
        for test in built.generators[0].ifs
    )


def _is_namespace(node: ast.expr, aliases: set[str], spaces: frozenset[str] = frozenset()) -> bool:
    """`globals()` (or `vars()`, `locals()`), a name bound to it at the top level (pyvmomi's `_globals = globals()`,
    then `_globals[name] = obj` for each computed name), or the module object's `__dict__`."""
    if isinstance(node, ast.Name):
        return node.id in spaces
    if isinstance(node, ast.Call):
        return not node.args and not node.keywords and dotted_name(node.func) in _NAMESPACE_CALLS
    return isinstance(node, ast.Attribute) and node.attr == "__dict__" and _is_module_object(node.value, aliases)


def _is_module_object(node: ast.expr, aliases: set[str]) -> bool:
    """`sys.modules[__name__]`, or a name bound to it at the top level (`_this = sys.modules[__name__]`)."""
    if isinstance(node, ast.Name):
        return node.id in aliases
    return (
        isinstance(node, ast.Subscript)
        and dotted_name(node.value) == "sys.modules"
        and isinstance(node.slice, ast.Name)
        and node.slice.id == "__name__"
    )


def _literal_loop(stmt: ast.stmt, literals: dict[str, ast.expr] | None = None) -> tuple[str, tuple[str, ...]] | None:
    """(variable, names) of `for variable in ("a", "b"):`, a loop over literal strings only; with `literals`, also
    over a name bound to such a literal (`for module in deprecated_modules:`)."""
    if not (isinstance(stmt, ast.For) and isinstance(stmt.target, ast.Name)):
        return None
    iterated = stmt.iter
    if literals is not None and isinstance(iterated, ast.Name):
        iterated = literals.get(iterated.id, iterated)
    names = literal_strings(iterated)
    return (stmt.target.id, names) if names else None


def sys_modules_keys(tree: ast.Module, data: bytes, starts: list[int], module: str) -> tuple[str, ...]:
    """The module names other than its own that a module puts in `sys.modules` anywhere in its code
    (`sys.modules["pkg.old"] = new`, `sys.modules[__name__ + ".old"] = ...`, an f-string or `%` of `__name__`,
    `sys.modules.setdefault(...)`, `sys.modules.update({...})`): `import pkg.old` finds them there, so their loss
    from the files is no removal. A key computed otherwise names nothing known here. Only the statements spelling
    `modules` are visited (`data` is the source, `starts` its line offsets): a module naming `sys.modules` once
    (`sys.modules[__name__]`) is otherwise walked whole for it."""
    found: set[str] = set()
    looped: dict[str, tuple[str, ...]] | None = None
    for node in nodes_on(tree, candidate_lines(data, {"modules"}, starts)):
        keys: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            keys = [t.slice for t in node.targets if isinstance(t, ast.Subscript) and _is_sys_modules(t.value)]
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.args:
            if node.func.attr == "setdefault" and _is_sys_modules(node.func.value):
                keys = [node.args[0]]
            # `sys.modules.update({"pkg.old": new, ...})` (tatsu 5.18's `tatsu.buffering`, now `tokenizing.buffer`)
            if node.func.attr == "update" and _is_sys_modules(node.func.value) and isinstance(node.args[0], ast.Dict):
                keys = [key for key in node.args[0].keys if key is not None]
        for key in keys:
            if (variable := _loop_variable(key)) is not None:
                looped = _top_level_loops(tree) if looped is None else looped
                spelled = (_module_key(key, module, {variable: value}) for value in looped.get(variable, ()))
                found.update(name for name in spelled if name)
        found.update(name for key in keys if (name := _module_key(key, module) or _renamed_prefix(key, module)))
    return tuple(sorted(found - {module}))


def _top_level_loops(tree: ast.Module) -> dict[str, tuple[str, ...]]:
    """Variable -> the strings a top-level `for` loop binds it to, over a literal or a top-level name bound to one:
    sentence-transformers 4.0's `for module in deprecated_modules: sys.modules[module] = ...` keeps its six old
    evaluator modules importable."""
    literals: dict[str, ast.expr] = {
        stmt.targets[0].id: stmt.value
        for stmt in tree.body
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name)
    }
    found: dict[str, tuple[str, ...]] = {}
    for stmt in tree.body:
        if (loop := _literal_loop(stmt, literals)) is not None:
            found[loop[0]] = (*found.get(loop[0], ()), *loop[1])
    return found


def _renamed_prefix(node: ast.expr, module: str) -> str:
    """`pkg.*` for a key renaming another package's module names into `pkg`, `name.replace("other.dsl", "pkg")`:
    elasticsearch-dsl 8.18's package puts every loaded `elasticsearch.dsl` module in `sys.modules` under its own
    name, itself included, so which names `pkg` and its submodules hold is unknown. "" for any other key."""
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "replace"):
        return ""
    if len(node.args) != 2 or node.keywords or not _module_key(node.args[0], module):
        return ""
    into = _module_key(node.args[1], module)
    return f"{into}.*" if into else ""


def _is_sys_modules(node: ast.expr) -> bool:
    return (
        isinstance(node, ast.Attribute)
        and node.attr == "modules"
        and isinstance(node.value, ast.Name)
        and (node.value.id == "sys")
    )


def _loop_variable(key: ast.expr) -> str | None:
    """The one name other than `__name__` a `sys.modules` key is spelled with (`sys.modules[module]`, sktime 1.0's
    `sys.modules[f"{__name__}.{_module}"]` in `for _module in _MODULES_FLATTENED:`), None for none or several."""
    names = {node.id for node in ast.walk(key) if isinstance(node, ast.Name) and node.id != "__name__"}
    return names.pop() if len(names) == 1 else None


def _module_key(node: ast.expr, module: str, values: dict[str, str] | None = None) -> str:
    """The dotted name a `sys.modules` key spells, `__name__` standing for `module` and each of `values`' names for
    its value (a loop's variable); "" when computed otherwise."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return module if node.id == "__name__" else (values or {}).get(node.id, "")
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _module_key(node.left, module, values), _module_key(node.right, module, values)
        return left + right if left and right else ""
    if isinstance(node, ast.JoinedStr):
        parts = [
            _module_key(value.value if isinstance(value, ast.FormattedValue) else value, module, values)
            for value in node.values
        ]
        return "".join(parts) if all(parts) else ""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod) and isinstance(node.left, ast.Constant):
        template, argument = node.left.value, _module_key(node.right, module, values)
        if isinstance(template, str) and template.count("%s") == 1 and argument:
            return template.replace("%s", argument)
    return ""
