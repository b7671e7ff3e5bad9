"""The names a module-level `setattr(Cls, name, value)` gives a class, when they are spelled: a literal, or the variable
of the loop around it over a literal collection (tornado 4.0's `for method in ["write", "redirect", ...]:
setattr(WebSocketHandler, method, _wrap_method(...))`). Any other name makes the class's members unknowable. And the
names a top-level call hands, beside the class, to a helper that calls `setattr` on those two parameters (pyfakefs 4's
`Deprecator.add(FakeFile, FakeFile.set_contents, 'SetContents')`: its old-style API, removed in 5.0)."""

from __future__ import annotations

import ast
from bisect import bisect_left
from collections.abc import Iterator

from bot.apidiff.imports import resolve_relative
from bot.apidiff.source import dotted_name, walk, walked

SetterHelper = tuple[str, int, int]
"""(the helper's name in its module, `Cls.name` for a static method; the positions of the object and the name)."""
HelperCall = tuple[str, int, str, int, str, int]
"""(the called name, the position of the class, the class, the position of the string, the string, the line)."""
ClassDecorator = tuple[str, tuple[str, ...]]
"""(a top-level function's name, the attributes it sets on the class it decorates)."""


def setattr_names(stmt: ast.stmt, call: ast.Call) -> tuple[str, ...] | None:
    """The names `call` (a `setattr` inside the top-level statement `stmt`) may set; None when not spelled."""
    if len(call.args) < 2:
        return None
    name = call.args[1]
    if isinstance(name, ast.Constant) and isinstance(name.value, str):
        return (name.value,)
    if isinstance(name, ast.Name) and isinstance(stmt, ast.For) and not stmt.orelse:
        target = stmt.target
        if isinstance(target, ast.Name) and target.id == name.id and not _rebinds(stmt.body, name.id):
            return literal_strings(stmt.iter)
    return None


def literal_strings(node: ast.expr) -> tuple[str, ...] | None:
    """The strings of a literal list, tuple or set of string constants."""
    if not isinstance(node, (ast.List, ast.Tuple, ast.Set)):
        return None
    values = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
    return tuple(values) if len(values) == len(node.elts) else None


def _rebinds(body: list[ast.stmt], name: str) -> bool:
    """The loop body binds the loop variable again (`method = "_" + method`): its value is no longer the literal."""
    return any(
        isinstance(node, ast.Name) and node.id == name and isinstance(node.ctx, ast.Store)
        for stmt in body
        for node in walk(stmt)
    )


def setter_helpers(tree: ast.Module, lines: list[int]) -> tuple[SetterHelper, ...]:
    """The module's functions and static methods calling `setattr(obj, name, ...)` on two of their positional
    parameters, which the body does not bind again. `lines`: those spelling `setattr(` (sorted); a def spanning none
    is not walked."""
    defs: list[tuple[str, ast.FunctionDef | ast.AsyncFunctionDef]] = []
    for stmt in tree.body:
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
            defs.append((stmt.name, stmt))
        elif isinstance(stmt, ast.ClassDef):
            defs += [
                (f"{stmt.name}.{item.name}", item)
                for item in stmt.body
                if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)) and _is_static(item)
            ]
    found: list[SetterHelper] = []
    for name, func in defs:
        index = bisect_left(lines, func.lineno)
        if index == len(lines) or lines[index] > (func.end_lineno or func.lineno):
            continue
        params = [arg.arg for arg in (*func.args.posonlyargs, *func.args.args)]
        for node in walk(func):
            if not (isinstance(node, ast.Call) and dotted_name(node.func) == "setattr" and len(node.args) >= 2):
                continue
            obj, attr = node.args[0], node.args[1]
            if (
                isinstance(obj, ast.Name)
                and isinstance(attr, ast.Name)
                and obj.id in params
                and attr.id in params
                and not _rebinds(func.body, obj.id)
                and not _rebinds(func.body, attr.id)
            ):
                found.append((name, params.index(obj.id), params.index(attr.id)))
    return tuple(found)


def _is_static(node: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    return any(dotted_name(d) == "staticmethod" for d in node.decorator_list)


def helper_calls(body: list[ast.stmt], classes: set[str]) -> tuple[HelperCall, ...]:
    """Each top-level call statement passing a class of the module and an identifier string, as a pair of positions:
    whether the callee is a setter helper is known once every module is read. The string may be the variable of a
    loop over literal strings around the call, and the call one a classmethod of the class makes on `cls`, run by a
    top-level `Cls.method()` (napari 0.5's `Points._add_deprecated_properties()` loops over the old names calling
    `add_deprecated_property(cls, old_property, ...)`: `Points.edge_color` still works)."""
    found: list[HelperCall] = []
    for stmt in body:
        found += _named_calls(stmt, {name: name for name in classes}, {})
        method = _run_classmethod(stmt, body, classes)
        if method is not None:
            cls, func = method
            subjects = {func.args.args[0].arg: cls}
            bound = _literal_locals(func.body)
            found += [call for inner in func.body for call in _named_calls(inner, subjects, {}, bound)]
    return tuple(found)


def _named_calls(
    stmt: ast.stmt,
    subjects: dict[str, str],
    names: dict[str, tuple[str, ...]],
    bound: dict[str, tuple[str, ...]] | None = None,
) -> list[HelperCall]:
    """The helper calls of `stmt`, a call statement or a loop over literal strings (`bound`: local names of literal
    collections) around such statements. `subjects`: the names standing for a class; `names`: loop variables and
    the strings they take."""
    if isinstance(stmt, ast.For) and isinstance(stmt.target, ast.Name) and not stmt.orelse:
        iterated = stmt.iter.id if isinstance(stmt.iter, ast.Name) else ""
        strings = literal_strings(stmt.iter) or (bound or {}).get(iterated)
        if strings is None or _rebinds(stmt.body, stmt.target.id):
            return []
        looped = {**names, stmt.target.id: strings}
        return [call for inner in stmt.body for call in _named_calls(inner, subjects, looped, bound)]
    if not (isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call)):
        return []
    call = stmt.value
    func = dotted_name(call.func)
    if func is None or func == "setattr":
        return []
    given = [
        (i, subjects[arg.id]) for i, arg in enumerate(call.args) if isinstance(arg, ast.Name) and arg.id in subjects
    ]
    spelled = [
        (i, value)
        for i, arg in enumerate(call.args)
        for value in (
            (arg.value,)
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str)
            else names.get(arg.id, ())
            if isinstance(arg, ast.Name)
            else ()
        )
        if value.isidentifier()
    ]
    return [(func, i, subject, j, name, stmt.lineno) for i, subject in given for j, name in spelled]


def _run_classmethod(
    stmt: ast.stmt, body: list[ast.stmt], classes: set[str]
) -> tuple[str, ast.FunctionDef | ast.AsyncFunctionDef] | None:
    """(the class, the classmethod) a top-level `Cls.method()` statement runs, the method defined in the class's body
    in the module; None for any other statement."""
    if not (isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call)) or stmt.value.args or stmt.value.keywords:
        return None
    called = stmt.value.func
    if not (isinstance(called, ast.Attribute) and isinstance(called.value, ast.Name) and called.value.id in classes):
        return None
    cls = called.value.id
    defined = [s for s in body if isinstance(s, ast.ClassDef) and s.name == cls]
    methods = [
        item
        for item in (defined[-1].body if defined else [])
        if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef))
        and item.name == called.attr
        and any(dotted_name(d) == "classmethod" for d in item.decorator_list)
        and item.args.args
    ]
    return (cls, methods[-1]) if methods and not _rebinds(methods[-1].body, methods[-1].args.args[0].arg) else None


def _literal_locals(body: list[ast.stmt]) -> dict[str, tuple[str, ...]]:
    """The names a function body binds once, directly, to a literal collection of strings."""
    found: dict[str, tuple[str, ...]] = {}
    for stmt in body:
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
            strings = literal_strings(stmt.value)
            name = stmt.targets[0].id
            if strings is not None and not _rebinds([s for s in body if s is not stmt], name):
                found[name] = strings
    return found


def class_decorators(body: list[ast.stmt]) -> tuple[ClassDecorator, ...]:
    """The module's top-level functions that set attributes on what they decorate: `obj.NAME = ...` or `setattr(obj,
    "NAME", ...)` (`UNSPELLED` for a name not spelled) in the function, or in a def directly inside it (a decorator
    factory's), that takes `obj` first and returns it. Robot Framework 7.5 moved `BuiltIn`'s `ROBOT_LIBRARY_SCOPE =
    "GLOBAL"` into `@library(scope="GLOBAL")`, whose `decorator(cls)` sets `cls.ROBOT_LIBRARY_SCOPE`: the class still
    has it."""
    found: list[ClassDecorator] = []
    for stmt in body:
        if not isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        inner = [s for s in stmt.body if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef))]
        handed = stmt.args.vararg.arg if stmt.args.vararg is not None else ""
        factory = [arg.arg for arg in (*stmt.args.posonlyargs, *stmt.args.args)] if inner else []
        names = sorted(
            {
                name
                for func in (stmt, *inner)
                for name in _set_on_returned(func, handed if inner else "", factory if func is not stmt else [])
            }
        )
        if names:
            found.append((stmt.name, tuple(names)))
    return tuple(found)


def _set_on_returned(
    func: ast.FunctionDef | ast.AsyncFunctionDef, handed: str = "", factory: list[str] | None = None
) -> set[str]:
    """The attributes `func` sets on its first parameter, when it returns that parameter and never binds it again;
    `HANDED` for those named by each value of a loop over `handed`, the decorator factory's `*args`; `COPIED` and
    the position for those of a class the factory takes by position (`factory`: its positional parameters)."""
    params = [*func.args.posonlyargs, *func.args.args]
    if not params:
        return set()
    first = params[0].arg
    returned = any(
        isinstance(s, ast.Return) and isinstance(s.value, ast.Name) and s.value.id == first for s in func.body
    )
    if not returned or _rebinds(func.body, first):
        return set()
    names: set[str] = set()
    copied = _copied_loops(func)
    over_handed = _loops_over(func, handed) if handed else set()
    for node in walk(func):
        if isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store):
            if isinstance(node.value, ast.Name) and node.value.id == first:
                names.add(node.attr)
        elif isinstance(node, ast.Call) and dotted_name(node.func) == "setattr" and len(node.args) >= 2:
            obj, attr = node.args[0], node.args[1]
            if isinstance(obj, ast.Name) and obj.id == first:
                if isinstance(attr, ast.Name) and first in copied.get(attr.id, ()):
                    names.add(REWRITTEN)
                elif isinstance(attr, ast.Name) and attr.id in copied:
                    names.update(COPIED + _copied_source(source, factory or []) for source in copied[attr.id])
                elif isinstance(attr, ast.Name) and attr.id in over_handed:
                    names.add(HANDED)
                elif not isinstance(attr, ast.Constant):
                    names.add(UNSPELLED)
                elif isinstance(attr.value, str):
                    names.add(attr.value)
    return names


def _copied_source(source: str, factory: list[str]) -> str:
    """How a class decorator's name records the class whose namespace it copies: its dotted name in the decorator's
    module, or the position at which the decorator factory takes it."""
    return str(factory.index(source)) if source in factory else source


def _loops_over(func: ast.FunctionDef | ast.AsyncFunctionDef, sequence: str) -> set[str]:
    """The variables of the loops `func` runs directly over the name `sequence` (`for attr_name in attrs:`), when
    the loop body does not bind them again: each value is one of what `sequence` holds."""
    return {
        node.target.id
        for node in walk(func)
        if isinstance(node, (ast.For, ast.AsyncFor))
        and isinstance(node.iter, ast.Name)
        and node.iter.id == sequence
        and isinstance(node.target, ast.Name)
        and not _rebinds(node.body, node.target.id)
    }


def handed_strings(decorator: ast.expr) -> tuple[str, ...] | None:
    """The strings a class decorator's call hands by position (`@proxy_property_directly("closed", "name")`); None
    when it is no call, or hands anything else by position (a variable, `*names`): what it names is unknown."""
    if not isinstance(decorator, ast.Call):
        return None
    values = [arg.value for arg in decorator.args if isinstance(arg, ast.Constant) and isinstance(arg.value, str)]
    return tuple(values) if len(values) == len(decorator.args) else None


HandedArgument = str | tuple[str, ...]
"""An argument of a class decorator's call: a dotted name, a literal collection of strings (their tuple), or "" for
anything else."""


def handed_arguments(decorator: ast.expr) -> tuple[HandedArgument, ...]:
    """What a class decorator's call hands, positional arguments first then keyword values (see `HandedArgument`):
    the class a copying decorator reads (`setattrnames.COPIED`) and the names it may be told to leave out."""
    if not isinstance(decorator, ast.Call):
        return ()
    values = [*decorator.args, *(keyword.value for keyword in decorator.keywords)]
    return tuple(_handed_argument(value) for value in values)


def _handed_argument(node: ast.expr) -> HandedArgument:
    if isinstance(node, ast.Starred):
        return ""
    strings = literal_strings(node)
    return strings if strings is not None else dotted_name(node) or ""


def _copied_loops(func: ast.FunctionDef | ast.AsyncFunctionDef) -> dict[str, tuple[str, ...]]:
    """Loop variable -> the classes whose `__dict__` the `for` around it walks (`for attr, value in
    itertools.chain(BaseUser.__dict__.items(), User.__dict__.items())`): each name it takes is one of theirs."""
    found: dict[str, tuple[str, ...]] = {}
    for node in walk(func):
        if not isinstance(node, (ast.For, ast.AsyncFor)):
            continue
        target = node.target.elts[0] if isinstance(node.target, ast.Tuple) and node.target.elts else node.target
        sources = _dict_sources(node.iter)
        if isinstance(target, ast.Name) and sources:
            found[target.id] = sources
    return found


def _dict_sources(node: ast.expr) -> tuple[str, ...] | None:
    """The classes an iteration over `node` walks the namespaces of: `X.__dict__`, `vars(X)` or `dir(X)`, or its
    `.items()` or `.keys()`, or an `itertools.chain` of such; None for anything else."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("items", "keys"):
        return None if node.args else _dict_sources(node.func.value)
    if isinstance(node, ast.Attribute) and node.attr == "__dict__":
        source = dotted_name(node.value)
        return (source,) if source else None
    if not isinstance(node, ast.Call) or node.keywords:
        return None
    called = dotted_name(node.func)
    if called in ("vars", "dir") and len(node.args) == 1:
        source = dotted_name(node.args[0])
        return (source,) if source else None
    if called in ("chain", "itertools.chain") and node.args:
        parts = [_dict_sources(arg) for arg in node.args]
        return tuple(name for part in parts for name in part or ()) if all(parts) else None
    return None


UNSPELLED = ""
"""Among a class decorator's names: it also sets names it computes (ursina 8's `@generate_properties_for_class()`
makes a property of each `<name>_getter` method, `setattr(cls, name, property(getter, setter, deleter))`): from what
the class holds, see `surface._derived_names`."""

COPIED = "*"
"""Leads a class decorator's name standing for every name of the class after it, whose `__dict__` the decorator copies
onto the class it decorates (disnake 2.9's `@flatten_user` sets `Member.discriminator` and the rest of `BaseUser`'s
and `User`'s): `*BaseUser`, a name of the decorator's module (see `surface._decorator_given`), or the position of
the class its factory's call hands (google-cloud-pubsub 1.x's `@_gapic.add_methods(publisher_client.PublisherClient,
blacklist=...)` loops `for name in dir(source_class)` to `setattr(cls, name, wrap(...))`: `*0`, see
`surface._add_decoration_copied`)."""

HANDED = "@"
"""Among a class decorator's names: it sets each name its factory's call hands it by position (aiofiles 22.1's
`@proxy_property_directly("closed", ..., "softspace")`, whose `for attr_name in attrs: setattr(cls, attr_name, ...)`
runs over the factory's `*attrs`): the strings of the decoration (`RawClass.handed_names`), see
`surface._decorator_given`."""

REWRITTEN = "~"
"""Among a class decorator's names: it sets again names it takes from the very class it decorates (kr8s 0.19's `@sync`:
`for name in dir(source): ... setattr(source, name, run_sync(getattr(source, name)))`): any member of the class may
be another callable than the one defined (see `surface._rewritten`)."""


def unspelled_setattrs(
    tree: ast.Module, module: str, is_package: bool, lines: list[int]
) -> tuple[tuple[str, str], ...]:
    """(the module to look a name up in, the name) for each `setattr(Cls, name, ...)` in a function whose name it
    does not spell, on a global of the module or a class the function imports: calling it gives the class names no
    reader knows (tablib 1.0's `Registry.register(key, ...)`, run on import, sets `Dataset.csv` and each format).
    A loop over literal names spells them (see `setattr_names`); an object the function takes or binds is no global.
    `lines`: those spelling `setattr(` (sorted); a def spanning none is not walked."""
    found = {(module, name) for name in _patching_classmethods(tree.body, lines)}
    for func in _defs(tree.body, lines):
        imported = _imported_in(func, module, is_package)
        local = {arg.arg for arg in (*func.args.posonlyargs, *func.args.args, *func.args.kwonlyargs)}
        spelled = _literal_loop_variables(func)
        for node in walked(func):  # the third reading of the def here
            if not (isinstance(node, ast.Call) and dotted_name(node.func) == "setattr" and len(node.args) >= 2):
                continue
            subject, name = node.args[0], node.args[1]
            if not isinstance(subject, ast.Name) or subject.id in ("self", "cls") or subject.id in local:
                continue
            if _spelled(name, spelled):
                continue
            if subject.id in imported or not _rebinds(func.body, subject.id):
                found.add(imported.get(subject.id, (module, subject.id)))
    return tuple(sorted(found))


def _patching_classmethods(body: list[ast.stmt], lines: list[int]) -> Iterator[str]:
    """The top-level classes a classmethod of theirs gives attributes with `setattr(cls, name, ...)` by names it does
    not spell: mwparserfromhell 0.2's `Wikicode._build_filter_methods(**meths)` sets `"filter_" + name` for each
    keyword a module-level call hands it (`templates=Template`), so `filter_templates` was read as removed."""
    for stmt in body:
        if not isinstance(stmt, ast.ClassDef):
            continue
        for func in _defs(stmt.body, lines):
            params = [*func.args.posonlyargs, *func.args.args]
            if not params or "classmethod" not in (dotted_name(d) for d in func.decorator_list):
                continue
            spelled = _literal_loop_variables(func)
            for node in walked(func):
                if isinstance(node, ast.Call) and dotted_name(node.func) == "setattr" and len(node.args) >= 2:
                    subject, name = node.args[0], node.args[1]
                    if dotted_name(subject) == params[0].arg and not _spelled(name, spelled):
                        yield stmt.name
                        break


def _spelled(name: ast.expr, loop_variables: set[str]) -> bool:
    """A `setattr` name a reader knows: a literal, or the variable of a loop over literal names."""
    return isinstance(name, ast.Constant) or isinstance(name, ast.Name) and name.id in loop_variables


def _defs(body: list[ast.stmt], lines: list[int]) -> Iterator[ast.FunctionDef | ast.AsyncFunctionDef]:
    """Every def among the statements spanning one of `lines` (sorted), at any depth (in classes, defs and compound
    statements): statements only are visited, not the expressions a walk of the whole tree would go through, and
    a statement spanning none of the lines is not entered."""
    for stmt in body:
        index = bisect_left(lines, stmt.lineno)
        if index == len(lines) or lines[index] > (stmt.end_lineno or stmt.lineno):
            continue
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield stmt
        for field in ("body", "orelse", "finalbody"):
            inner = getattr(stmt, field, None)
            if isinstance(inner, list):
                yield from _defs(inner, lines)
        for part in (*getattr(stmt, "handlers", ()), *getattr(stmt, "cases", ())):
            yield from _defs(part.body, lines)


def _imported_in(
    func: ast.FunctionDef | ast.AsyncFunctionDef, module: str, is_package: bool
) -> dict[str, tuple[str, str]]:
    """Name -> (its module, its name there) for each `from X import Y` inside the function."""
    found: dict[str, tuple[str, str]] = {}
    for node in walked(func):
        if isinstance(node, ast.ImportFrom):
            source = resolve_relative(module, is_package, node.level, node.module)
            found.update({alias.asname or alias.name: (source, alias.name) for alias in node.names})
    return found


def _literal_loop_variables(func: ast.FunctionDef | ast.AsyncFunctionDef) -> set[str]:
    """The variables of the function's loops over literal collections of names."""
    return {
        node.target.id
        for node in walked(func)
        if isinstance(node, ast.For) and isinstance(node.target, ast.Name) and literal_strings(node.iter) is not None
    }
