"""Deprecation markers in source: `warnings.warn(...)` calls, helper calls, `@deprecated`, and the hint they give."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable
from dataclasses import dataclass

from bot.apidiff.source import dotted_name, literal_text

DEPRECATION_CATEGORIES = frozenset({"DeprecationWarning", "PendingDeprecationWarning", "FutureWarning"})
DEPRECATED_DECORATORS = frozenset(
    {"deprecated", "deprecation.deprecated", "typing_extensions.deprecated", "warnings.deprecated"}
)
_HINT_WORDS = re.compile(
    r"^(use|call|import|pass|switch to|access|set|subclass|install)\b"
    r"|\b(instead|renamed to|replaced by|in favou?r of|moved to)\b",
    re.I,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z'\"`])")


@dataclass(frozen=True, slots=True)
class Warn:
    """One warning raised unconditionally (or under a parameter test) by a function or module body."""

    category: str
    """The category's last name (`DeprecationWarning`), or the helper function's name when `via_helper`."""
    message: str
    via_helper: bool = False
    parametric: bool = False
    """The message is built from the function's own parameters: the function is a warning helper."""


def _call_warn(call: ast.Call, param_names: frozenset[str]) -> Warn | None:
    name = dotted_name(call.func)
    if name is None:
        return None
    last = name.rsplit(".", 1)[-1]
    is_warn = last == "warn" and name in ("warn", "warnings.warn", "_warnings.warn")
    if not is_warn and ("deprecat" not in last.lower() or last == "deprecated"):
        return None  # most calls: nothing more to read
    message_node = call.args[0] if call.args else next((k.value for k in call.keywords if k.arg == "message"), None)
    message = literal_text(message_node) or ""
    parametric = _mentions(message_node, param_names)
    if is_warn:
        category_node = (
            call.args[1] if len(call.args) > 1 else next((k.value for k in call.keywords if k.arg == "category"), None)
        )
        category = (dotted_name(category_node) or "") if category_node is not None else "UserWarning"
        return Warn(category.rsplit(".", 1)[-1], message, False, parametric)
    return Warn(last, message, True, parametric)


def _mentions(node: ast.expr | None, names: frozenset[str]) -> bool:
    if node is None or not names:
        return False
    return any(isinstance(sub, ast.Name) and sub.id in names for sub in ast.walk(node))


def statement_warn(stmt: ast.stmt, param_names: frozenset[str] = frozenset()) -> Warn | None:
    """The warning an expression statement raises (`warnings.warn(...)` or `_deprecated(...)`), if any."""
    if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call):
        return _call_warn(stmt.value, param_names)
    return None


def body_warns(body: list[ast.stmt], param_names: frozenset[str]) -> tuple[Warn, ...]:
    """Warnings raised unconditionally by the top-level statements of a body."""
    found = []
    for stmt in body:
        warn = statement_warn(stmt, param_names)
        if warn is not None:
            found.append(warn)
    return tuple(found)


def _test_params(test: ast.expr, params: frozenset[str], var_keyword: str | None) -> set[str]:
    """Parameters whose *presence* the test checks (`if x is not None`, `if x:`, `if "x" in kwargs`; `if kwargs:` checks
    for any keyword `**kwargs` takes, named `**kwargs`).

    Tests of a value's type or content (`isinstance(x, bytes)`) deprecate a way of passing, not the parameter.
    """
    if isinstance(test, ast.BoolOp):
        return {name for value in test.values for name in _test_params(value, params, var_keyword)}
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        return _test_params(test.operand, params, var_keyword)
    if isinstance(test, ast.Name) and test.id == var_keyword:  # `if env_options: warn(...)`: any extra keyword warns
        return {f"**{var_keyword}"}
    if isinstance(test, ast.Name):
        return {test.id} if test.id in params else set()
    if not isinstance(test, ast.Compare) or len(test.ops) != 1:
        return set()
    left, op, right = test.left, test.ops[0], test.comparators[0]
    if isinstance(op, (ast.In, ast.NotIn)):
        is_kwargs = isinstance(right, ast.Name) and right.id == var_keyword
        if is_kwargs and isinstance(left, ast.Constant) and isinstance(left.value, str):
            return {left.value}
        return set()
    if isinstance(op, (ast.Is, ast.IsNot, ast.Eq, ast.NotEq)) and isinstance(left, ast.Name) and left.id in params:
        if left.id != var_keyword and isinstance(right, (ast.Constant, ast.Name, ast.Attribute)):
            return {left.id}
    return set()


def _tests_absence(test: ast.expr, name: str, default: ast.expr) -> bool:
    """The test is true when the call left the parameter out, its `default` standing: `x is None` or `x == None`
    for a None default, `x is _missing` for that sentinel default, `not x` for a falsy constant one. Then the warning
    is for calls *omitting* it, and passing it is the way out (werkzeug 2.3's `WWWAuthenticate(auth_type=None)`);
    `x is None` under another default (pandas' `name=lib.no_default`) warns for an explicit None instead."""
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        named = isinstance(test.operand, ast.Name) and test.operand.id == name
        return named and isinstance(default, ast.Constant) and not default.value
    if not isinstance(test, ast.Compare) or len(test.ops) != 1:
        return False
    left, op, right = test.left, test.ops[0], test.comparators[0]
    if not (isinstance(left, ast.Name) and left.id == name):
        return False
    if isinstance(right, ast.Constant) and right.value is None:
        return isinstance(op, (ast.Is, ast.Eq)) and isinstance(default, ast.Constant) and default.value is None
    sentinel = dotted_name(right) if isinstance(right, (ast.Name, ast.Attribute)) else None
    return isinstance(op, ast.Is) and sentinel is not None and sentinel == dotted_name(default)


def _defaults(arguments: ast.arguments) -> dict[str, ast.expr]:
    """Parameter name -> its default expression."""
    positional = [*arguments.posonlyargs, *arguments.args]
    defaulted = positional[len(positional) - len(arguments.defaults) :]
    found = {arg.arg: value for arg, value in zip(defaulted, arguments.defaults, strict=True)}
    keyword = zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True)
    found.update((arg.arg, value) for arg, value in keyword if value is not None)
    return found


def omitted_params(body: list[ast.stmt], warned: Iterable[str], arguments: ast.arguments) -> frozenset[str]:
    """Of the `warned` parameters (see `parameter_warns`), those whose every warning `if` tests that the call left
    them out (`_tests_absence`): omitting them is what is deprecated."""
    defaults = _defaults(arguments)
    names = {name for name in warned if name in defaults}
    tests: dict[str, list[bool]] = {}
    pending = [stmt for stmt in body if isinstance(stmt, ast.If)]
    while pending:
        branch = pending.pop()
        for name in names:
            if _mentions(branch.test, frozenset({name})) and body_warns(branch.body, frozenset()):
                tests.setdefault(name, []).append(_tests_absence(branch.test, name, defaults[name]))
        pending.extend(stmt for stmt in branch.orelse if isinstance(stmt, ast.If))
    return frozenset(name for name, absent in tests.items() if all(absent))


def parameter_warns(
    body: list[ast.stmt], params: frozenset[str], var_keyword: str | None
) -> tuple[tuple[str, Warn], ...]:
    """(parameter, warning) for each warning raised in an `if` whose test looks at that parameter."""
    found: list[tuple[str, Warn]] = []
    pending = [stmt for stmt in body if isinstance(stmt, ast.If)]
    while pending:
        branch = pending.pop()
        touched = _test_params(branch.test, params, var_keyword)
        if touched:
            for warn in body_warns(branch.body, frozenset()):
                found.extend((name, warn) for name in sorted(touched))
        pending.extend(stmt for stmt in branch.orelse if isinstance(stmt, ast.If))
    return tuple(found)


def decorator_deprecation(decorators: list[ast.expr]) -> str | None:
    """The message of a `@deprecated("...")` decorator (typing_extensions, warnings or `deprecation`)."""
    for decorator in decorators:
        target = decorator.func if isinstance(decorator, ast.Call) else decorator
        name = dotted_name(target)
        if name is None or name not in DEPRECATED_DECORATORS:
            continue
        if isinstance(decorator, ast.Call):
            message_node = (
                decorator.args[0]
                if decorator.args
                else next((k.value for k in decorator.keywords if k.arg in ("reason", "details", "message")), None)
            )
            return literal_text(message_node) or "deprecated"
        return "deprecated"
    return None


_PLACEHOLDER = re.compile(r"\{[^{}]*\}")
"""A `str.format` or f-string field the message was built with: the text around it is no usable advice."""


def extract_hint(message: str | None) -> str | None:
    """The migration advice in a deprecation message ("Use 'urllib.parse.parse_qs' instead"), if it gives one."""
    if not message:
        return None
    sentences = [part.strip() for part in _SENTENCE_END.split(" ".join(message.split())) if part.strip()]
    for sentence in sentences:
        lowered = sentence.lower()
        if "is deprecated" in lowered and "instead" not in lowered and "renamed" not in lowered:
            continue
        if _HINT_WORDS.search(sentence) and not _PLACEHOLDER.search(sentence):  # "Use '{}' instead" names nothing
            return sentence.rstrip(".")
    return None
