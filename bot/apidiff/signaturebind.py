"""A `**kwargs` bound against an `inspect.Signature` the body builds: which keywords the call takes. MetPy 1.6's
`dewpoint_from_specific_humidity(*args, **kwargs)` binds them to `Signature([Parameter('pressure', ...), ...])`, and
failing that to `signature(_dewpoint_from_specific_humidity)`: the old keywords still bind, nothing was removed."""

from __future__ import annotations

import ast

from bot.apidiff.source import dotted_name, walk

_SIGNATURE_OF = frozenset({"signature", "inspect.signature"})
_SIGNATURE = frozenset({"Signature", "inspect.Signature"})
_PARAMETER = frozenset({"Parameter", "inspect.Parameter"})
_BIND = frozenset({"bind", "bind_partial"})
_NO_KEYWORD = frozenset({"POSITIONAL_ONLY", "VAR_POSITIONAL"})


def signature_binds(
    node: ast.FunctionDef | ast.AsyncFunctionDef, kwargs: str
) -> tuple[int, tuple[str, ...], tuple[str, ...]] | None:
    """(how many `.bind(..., **kwargs)` calls the body makes, the keywords the literal signatures they bind to take,
    the callables whose `signature(f)` they bind to), or None when a receiver is anything else (`self.sig`, a
    signature with a `**` parameter): which keywords bind is then not read."""
    calls = [sub for sub in walk(node) if isinstance(sub, ast.Call) and _binds_kwargs(sub, kwargs)]
    if not calls:
        return None
    assigned: dict[str, list[ast.expr]] = {}
    for sub in walk(node):
        if isinstance(sub, ast.Assign) and len(sub.targets) == 1 and isinstance(sub.targets[0], ast.Name):
            assigned.setdefault(sub.targets[0].id, []).append(sub.value)
    options: list[str] = []
    targets: list[str] = []
    for call in calls:
        receiver = call.func.value if isinstance(call.func, ast.Attribute) else call.func
        values = assigned.get(receiver.id, []) if isinstance(receiver, ast.Name) else [receiver]
        if not values:
            return None
        for value in values:
            read = _signature_read(value)
            if read is None:
                return None
            names, target = read
            options.extend(names)
            if target:
                targets.append(target)
    return len(calls), tuple(dict.fromkeys(options)), tuple(dict.fromkeys(targets))


def _binds_kwargs(call: ast.Call, kwargs: str) -> bool:
    """`receiver.bind(*args, **kwargs)` (or `bind_partial`), the `**kwargs` spread."""
    return (
        isinstance(call.func, ast.Attribute)
        and call.func.attr in _BIND
        and any(k.arg is None and isinstance(k.value, ast.Name) and k.value.id == kwargs for k in call.keywords)
    )


def _signature_read(value: ast.expr) -> tuple[tuple[str, ...], str] | None:
    """For `signature(f)`: ((), "f"); for `Signature([Parameter("x", kind), ...])`: (the names a keyword binds, "");
    None for anything else."""
    if not isinstance(value, ast.Call):
        return None
    called = dotted_name(value.func)
    if called in _SIGNATURE_OF and len(value.args) == 1 and not value.keywords:
        target = dotted_name(value.args[0])
        return ((), target) if target else None
    if called not in _SIGNATURE or len(value.args) != 1 or not isinstance(value.args[0], (ast.List, ast.Tuple)):
        return None
    names: list[str] = []
    for element in value.args[0].elts:
        parameter = _parameter(element)
        if parameter is None:
            return None
        name, kind = parameter
        if kind == "VAR_KEYWORD":
            return None  # any keyword binds
        if kind not in _NO_KEYWORD:
            names.append(name)
    return tuple(names), ""


def _parameter(element: ast.expr) -> tuple[str, str] | None:
    """`Parameter("x", Parameter.KEYWORD_ONLY)` as ("x", "KEYWORD_ONLY"), the kind by its attribute's name."""
    if not (isinstance(element, ast.Call) and dotted_name(element.func) in _PARAMETER and element.args):
        return None
    name = element.args[0]
    kinds = [*element.args[1:2], *(k.value for k in element.keywords if k.arg == "kind")]
    if not (isinstance(name, ast.Constant) and isinstance(name.value, str) and len(kinds) == 1):
        return None
    kind = kinds[0]
    return (name.value, kind.attr) if isinstance(kind, ast.Attribute) else None
