"""Keywords a decorator's wrapper moves into another by literal names before calling what it decorates (captum
0.3.1's `lime_n_perturb_samples_deprecation_decorator`: `if "n_perturb_samples" in kwargs: kwargs["n_samples"] =
kwargs["n_perturb_samples"]`, a warning, `del kwargs["n_perturb_samples"]`): the decorated function's parameter was
renamed in place, and its old keyword still works (with the warning, when the wrapper warns)."""

from __future__ import annotations

import ast

from bot.apidiff.source import dotted_name, walk


def literal_renames(wrapper: ast.FunctionDef | ast.AsyncFunctionDef) -> tuple[tuple[str, str], ...]:
    """(old keyword, new keyword) for each `kwargs["new"] = kwargs["old"]` (or `kwargs.pop("old")`,
    `kwargs.get("old")`) the wrapper's body spells, `kwargs` being its own `**` parameter."""
    if wrapper.args.kwarg is None:
        return ()
    kwargs = wrapper.args.kwarg.arg
    found: list[tuple[str, str]] = []
    for sub in walk(wrapper):
        if not (isinstance(sub, ast.Assign) and len(sub.targets) == 1):
            continue
        new, old = _key(sub.targets[0], kwargs), _read_key(sub.value, kwargs)
        if new is not None and old is not None and new != old:
            found.append((old, new))
    return tuple(dict.fromkeys(found))


def _key(node: ast.expr, kwargs: str) -> str | None:
    """ "k" for `kwargs["k"]`."""
    if not (isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and node.value.id == kwargs):
        return None
    key = node.slice
    return key.value if isinstance(key, ast.Constant) and isinstance(key.value, str) else None


def _read_key(node: ast.expr, kwargs: str) -> str | None:
    """ "k" for `kwargs["k"]`, `kwargs.pop("k"[, default])` or `kwargs.get("k"[, default])`."""
    if isinstance(node, ast.Subscript):
        return _key(node, kwargs)
    if not (isinstance(node, ast.Call) and dotted_name(node.func) in (f"{kwargs}.pop", f"{kwargs}.get") and node.args):
        return None
    first = node.args[0]
    return first.value if isinstance(first, ast.Constant) and isinstance(first.value, str) else None
