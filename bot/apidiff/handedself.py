"""The instance a constructor hands to a function of its module that sets its attributes: fastapi 0.137's
`APIRoute.__init__` calls `_populate_api_route_state(cast(_APIRouteLike, self), path, ...)`, whose `route.summary =
summary` and thirty more are the route's attributes as much as `self.summary = summary` was in 0.136."""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping

from bot.apidiff.source import SourceText, dotted_name, node_bytes, walk

_FunctionDef = ast.FunctionDef | ast.AsyncFunctionDef


def _is_instance(node: ast.expr, receiver: str) -> bool:
    """`receiver` itself, or `cast(T, receiver)` (`typing.cast` only tells the checker another type)."""
    if isinstance(node, ast.Call) and (dotted_name(node.func) or "").rsplit(".", 1)[-1] == "cast":
        node = node.args[1] if len(node.args) == 2 else node
    return isinstance(node, ast.Name) and node.id == receiver


_BRANCHES = (ast.If, ast.Try, ast.With)
_BLOCKS = (ast.If, ast.Try, ast.With, ast.AsyncWith, ast.For, ast.AsyncFor, ast.While)
_BLOCK_FIELDS = ("body", "orelse", "finalbody")


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


def handed_at(call: ast.Call, receiver: str) -> tuple[int, str] | None:
    """Where `call` hands `receiver` (or `cast(T, receiver)`): (its position, "") or (-1, the keyword); None when it
    does not, or only past an unpacked argument (whose positions are unknown)."""
    for index, argument in enumerate(call.args):
        if isinstance(argument, ast.Starred):
            return None  # later positions unknown
        if _is_instance(argument, receiver):
            return index, ""
    return next(((-1, k.arg) for k in call.keywords if k.arg is not None and _is_instance(k.value, receiver)), None)


def instance_parameter(call: ast.Call, receiver: str, function: _FunctionDef) -> str:
    """The parameter of `function` to which `call` (a call of it) passes `receiver`, positionally or by keyword;
    "" when it does not."""
    at = handed_at(call, receiver)
    if at is None:
        return ""
    arguments = function.args
    positional = [*arguments.posonlyargs, *arguments.args]
    index, keyword = at
    if keyword:
        return keyword if keyword in {argument.arg for argument in (*arguments.args, *arguments.kwonlyargs)} else ""
    return positional[index].arg if index < len(positional) else ""


ParamSet = tuple[str, int, str, str]
"""(function, position or -1, parameter, attribute): the function sets that attribute on that parameter; `COMPUTED`
for a name it computes."""
COMPUTED = ""
"""The attribute of a `ParamSet` (and a name among `Symbol.self_sets`) standing for names set by `setattr` under a
name no reader knows (`setattr(dataset, keyword, value)` over a table): which attributes the object has is unknown."""
ITEMS = "[]"
"""The attribute of a `ParamSet` (and a name among `Symbol.self_sets`) standing for items set under a key no reader
knows (highdicom 0.28's `dataset[element.tag] = element`): a class whose `__getattr__` serves items as attributes
(pydicom's `Dataset` answers `ds.PaletteColorLookupTableUID` from its elements) has attributes nobody can list."""
ParamHandoff = tuple[str, int, str, str, int, str]
"""(function, position or -1, parameter, callee as spelled, position or -1, keyword or ""): the function hands that
parameter on to the callee, there at that position or by that keyword."""


def parameter_uses(
    functions: Mapping[str, list[_FunctionDef]],
) -> tuple[tuple[ParamSet, ...], tuple[ParamHandoff, ...]]:
    """What module functions do with their parameters, in any block: the attributes they set on one
    (`dataset.ContentLabel = content_label`) and the calls they hand one on to. An instance handed to such a function
    gets those attributes as its own (highdicom 0.28's `Segmentation.__init__` calls `_add_content_information(
    dataset=self, ...)`; its presentation states hand `self` to a function that hands it on to that one)."""
    sets: set[ParamSet] = set()
    handoffs: set[ParamHandoff] = set()
    for name, defined in functions.items():
        for function in defined:
            arguments = function.args
            slots = {a.arg: i for i, a in enumerate((*arguments.posonlyargs, *arguments.args))}
            slots.update((a.arg, -1) for a in arguments.kwonlyargs)
            pending = list(function.body)
            while pending:
                stmt = pending.pop()
                if isinstance(stmt, _BLOCKS):
                    pending.extend(inner for field in _BLOCK_FIELDS for inner in getattr(stmt, field, ()))
                    pending.extend(inner for handler in getattr(stmt, "handlers", ()) for inner in handler.body)
                    continue
                targets = stmt.targets if isinstance(stmt, ast.Assign) else _annotated_target(stmt)
                sets.update(
                    (name, slots[t.value.id], t.value.id, t.attr if isinstance(t, ast.Attribute) else ITEMS)
                    for t in targets
                    if (isinstance(t, ast.Attribute) or isinstance(t, ast.Subscript) and computed_key(t))
                    and isinstance(t.value, ast.Name)
                    and t.value.id in slots
                )
                call = stmt.value if isinstance(stmt, (ast.Expr, ast.Assign)) else None
                callee = dotted_name(call.func) if isinstance(call, ast.Call) else None
                if isinstance(call, ast.Call) and callee == "setattr" and len(call.args) >= 2:
                    subject = call.args[0]
                    if isinstance(subject, ast.Name) and subject.id in slots:
                        sets.add((name, slots[subject.id], subject.id, set_name(call.args[1])))
                elif isinstance(call, ast.Call) and callee:
                    for parameter in _names_handed(call) & slots.keys():
                        slot = slots[parameter]
                        at = handed_at(call, parameter)
                        if at is not None:
                            handoffs.add((name, slot, parameter, callee, *at))
    return tuple(sorted(sets)), tuple(sorted(handoffs))


def computed_key(target: ast.Subscript) -> bool:
    """An item set under a key no literal spells (`dataset[element.tag]`, not `dataset["x"]` or `row[0]`)."""
    return not isinstance(target.slice, ast.Constant)


def set_name(name: ast.expr) -> str:
    """The attribute a `setattr` given `name` sets: a literal's string, else `COMPUTED`."""
    return name.value if isinstance(name, ast.Constant) and isinstance(name.value, str) else COMPUTED


def class_parameter_uses(body: list[ast.stmt], source: SourceText) -> tuple[ParamSet, ...]:
    """(class, position in a call of the class or -1, parameter, `COMPUTED`) for each parameter of a module class's
    `__init__` that its methods `setattr` under a name they compute, the parameter itself in `__init__` or the
    attribute `__init__` keeps it in: highdicom 0.28's `_LegacyConversionRunner(datasets, destination=self)` keeps
    `self._destination = destination` and copies a module table's keywords with `setattr(self._destination, kw,
    value)`, so the instance handed it has attributes nobody can list."""
    found: set[ParamSet] = set()
    for cls in (stmt for stmt in body if isinstance(stmt, ast.ClassDef)):
        methods = [s for s in cls.body if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef))]
        init = next((method for method in methods if method.name == "__init__"), None)
        positional = [*init.args.posonlyargs, *init.args.args] if init is not None else []
        if init is None or not positional:
            continue
        slots = {argument.arg: index - 1 for index, argument in enumerate(positional) if index}
        slots.update((argument.arg, -1) for argument in init.args.kwonlyargs)
        kept = _kept_parameters(init, positional[0].arg, slots.keys())
        for method in (m for m in methods if b"setattr(" in node_bytes(source, m)):  # most never spell it
            receiver = next((a.arg for a in (*method.args.posonlyargs, *method.args.args)), "")
            for node in walk(method):
                if not (isinstance(node, ast.Call) and dotted_name(node.func) == "setattr" and len(node.args) >= 2):
                    continue
                subject = node.args[0]
                parameter = subject.id if method is init and isinstance(subject, ast.Name) else ""
                if isinstance(subject, ast.Attribute) and isinstance(subject.value, ast.Name):
                    parameter = kept.get(subject.attr, "") if subject.value.id == receiver else ""
                if parameter in slots and set_name(node.args[1]) == COMPUTED:
                    found.add((cls.name, slots[parameter], parameter, COMPUTED))
    return tuple(sorted(found))


def _kept_parameters(init: _FunctionDef, receiver: str, parameters: Iterable[str]) -> dict[str, str]:
    """Attribute -> parameter for each `self.attribute = parameter` at the top of `__init__`."""
    names = set(parameters)
    return {
        target.attr: stmt.value.id
        for stmt in init.body
        if isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Name) and stmt.value.id in names
        for target in stmt.targets
        if isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name) and target.value.id == receiver
    }


def _names_handed(call: ast.Call) -> set[str]:
    """The names the call hands as an argument (or as `cast(T, name)`): the only parameters `handed_at` can find,
    asked for once per call rather than once per parameter."""
    values = [*call.args, *(keyword.value for keyword in call.keywords)]
    values += [v.args[1] for v in values if isinstance(v, ast.Call) and len(v.args) == 2]
    return {value.id for value in values if isinstance(value, ast.Name)}


def _annotated_target(stmt: ast.stmt) -> list[ast.expr]:
    return [stmt.target] if isinstance(stmt, ast.AnnAssign) else []


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
