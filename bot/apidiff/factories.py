"""Deprecation factories: a package's own helper whose calls make deprecated things. beautifulsoup4 4.13 spells its
old camelCase names `findAll = _deprecated_function_alias("findAll", "find_all", "4.0.0")` in class bodies; the
helper returns a def (or a property) that warns before doing anything else, so every name it makes warns when used."""

from __future__ import annotations

import ast
import re
from collections.abc import Mapping
from dataclasses import replace

from bot.apidiff.deprecation import Warn, body_warns
from bot.apidiff.facts import sole_raise
from bot.apidiff.model import Param, ParamKind
from bot.apidiff.source import dotted_name

_FunctionDef = ast.FunctionDef | ast.AsyncFunctionDef
MAX_DEPTH = 2
"""A decorator factory (`@_deprecated("x", "4.13")`) returns the decorator, which returns the warning def."""


def made_warning(node: _FunctionDef, depth: int = MAX_DEPTH) -> Warn | None:
    """The warning of what the function makes: its last statement returns a def of its own body (the first so named:
    a property's getter before its setter) whose body warns unconditionally, or, within `depth`, one that does so in
    turn. None for any other function."""
    inner = _returned_def(node)
    if inner is None:
        caller = _returned_caller(node)
        # the decorator made of the caller is one level, what it decorates the second
        return _own_warning(caller, node.args) if caller is not None and depth > 1 else None
    return _own_warning(inner, node.args) or (made_warning(inner, depth - 1) if depth > 1 else None)


def _own_warning(inner: _FunctionDef, args: ast.arguments) -> Warn | None:
    """The first warning the def's body gives unconditionally itself (not through a helper), its category read from
    the factory's `args` when it names one of them."""
    own = frozenset(arg.arg for arg in (*inner.args.posonlyargs, *inner.args.args, *inner.args.kwonlyargs))
    warns = [warn for warn in body_warns(inner.body, own) if not warn.via_helper]
    return _with_default_category(warns[0], args) if warns else None


def init_warning(node: _FunctionDef) -> Warn | None:
    """The warning of the classes the function decorates: it returns the class it is handed first, having set its
    `__init__` or `__new__` to a def of its own body that warns unconditionally (plotnine 0.13's
    `@deprecated_themeable_name` sets `cls.__init__ = new_init`, which warns "'legend_entry_spacing' is now
    deprecated"): building any of them warns. None for any other function."""
    params = [*node.args.posonlyargs, *node.args.args]
    last = node.body[-1] if node.body else None
    if not params or not (isinstance(last, ast.Return) and isinstance(last.value, ast.Name)):
        return None
    first = params[0].arg
    if last.value.id != first:
        return None
    inner = {stmt.name: stmt for stmt in node.body if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef))}
    for stmt in node.body:
        if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.value, ast.Name)):
            continue
        target = stmt.targets[0]
        if (
            isinstance(target, ast.Attribute)
            and target.attr in ("__init__", "__new__")
            and dotted_name(target.value) == first
            and stmt.value.id in inner
        ):
            return _own_warning(inner[stmt.value.id], node.args)
    return None


def makes_refusing(node: _FunctionDef) -> bool:
    """The function's last statement returns a def of its own body that only raises an error of its choosing (not
    `NotImplementedError`, a hook to fill): what it makes is a stand-in for something gone (cohere 5.0's
    `deprecated_function(name)` returns `def fn(*args, **kwargs): raise ValueError(...)`)."""
    inner = _returned_def(node)
    raised = sole_raise(inner) if inner is not None else None
    return raised is not None and raised != "NotImplementedError"


def returned_method(node: _FunctionDef) -> _FunctionDef | None:
    """The def the function's last statement returns, when it is written as a method a class body binds by calling
    the function (environs' `_field2method(field, name)` returns `def method(self, name, default=..., *, ...)`): its
    first parameter is `self`, and it takes no `*args`, which a wrapper handing its calls on to what it wraps takes
    (that one's signature is the wrapped callable's, not its own). A def taking a value first (sphinx-toolbox's
    `span(css_class)` returns `def f(value)`, which `type(self).AT_COLOUR("^")` calls on the class) is no method, nor
    is a decorated one (beautifulsoup4 4.13's `_deprecated_alias` returns an `@property` getter)."""
    inner = _returned_def(node)
    if inner is None or inner.args.vararg is not None or inner.decorator_list:
        return None
    first = [*inner.args.posonlyargs, *inner.args.args][:1]
    return inner if first and first[0].arg == "self" else None


def _returned_def(node: _FunctionDef) -> _FunctionDef | None:
    """The def of the function's own body its last statement returns by name (the first so named)."""
    last = node.body[-1] if node.body else None
    if not (isinstance(last, ast.Return) and isinstance(last.value, ast.Name)):
        return None
    name = last.value.id
    return next(
        (s for s in node.body if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef)) and s.name == name), None
    )


_CALLER_DECORATORS = frozenset({"decorator", "decorator.decorator", "wrapt.decorator"})
"""What turns a caller into a decorator: `decorator(caller)` (the `decorator` package) returns a decorator whose
products call `caller(func, *args, **kwargs)` on every call (wrapt's `decorator(wrapper)` the same way); librosa
0.10's `moved(...)` returns `decorator(__wrapper)`, its `__wrapper` warning before calling `func`."""


def _returned_caller(node: _FunctionDef) -> _FunctionDef | None:
    """The def of the function's own body its last statement hands to a caller decorator (`return
    decorator(__wrapper)`, see `_CALLER_DECORATORS`): the function makes a decorator, not a def of its body."""
    last = node.body[-1] if node.body else None
    if not (isinstance(last, ast.Return) and isinstance(last.value, ast.Call)):
        return None
    call = last.value
    if dotted_name(call.func) not in _CALLER_DECORATORS or call.keywords or len(call.args) != 1:
        return None
    handed = call.args[0]
    if not isinstance(handed, ast.Name):
        return None
    defs = (s for s in node.body if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef)) and s.name == handed.id)
    return next(defs, None)


def _with_default_category(warn: Warn, args: ast.arguments) -> Warn:
    """The warning with its category read from the factory's parameter it names, when that has a default (semver
    3's `deprecated(func=None, *, category=DeprecationWarning)` warns `category=category`)."""
    named = [*args.posonlyargs, *args.args]
    defaults = dict(zip((arg.arg for arg in named[len(named) - len(args.defaults) :]), args.defaults, strict=True))
    defaults.update(
        (arg.arg, value) for arg, value in zip(args.kwonlyargs, args.kw_defaults, strict=True) if value is not None
    )
    default = dotted_name(defaults[warn.category]) if warn.category in defaults else None
    return replace(warn, category=default.rsplit(".", 1)[-1]) if default else warn


_FIELD = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def filled_message(message: str, params: tuple[Param, ...], literals: tuple[tuple[int | str, str], ...]) -> str:
    """The factory's message with the fields it formats from its own parameters filled in from one call's literals
    ("Call to deprecated method {old_name}" -> "Call to deprecated method findAll"); fields it cannot fill stay."""
    positional = [p.name for p in params if p.kind in (ParamKind.POSITIONAL_ONLY, ParamKind.POSITIONAL_OR_KEYWORD)]
    values: Mapping[str, str] = {
        (positional[key] if isinstance(key, int) and key < len(positional) else str(key)): text
        for key, text in literals
    }
    return _FIELD.sub(lambda match: values.get(match.group(1), match.group(0)), message)
