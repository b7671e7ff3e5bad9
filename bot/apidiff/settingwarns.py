"""Class-level settings deprecated: a method of the class reads the setting on its first argument and warns when it
is set (dataclass-wizard 0.34's `Meta.bind_to`: `elif cls.debug_enabled: show_deprecation_warning('debug_enabled',
...)`). Subclasses configure the class by setting that attribute (`class _(JSONWizard.Meta): debug_enabled = True`),
and now get a DeprecationWarning: a later release will stop reading it."""

from __future__ import annotations

import ast
import re
from bisect import bisect_left, bisect_right

from bot.apidiff.deprecation import DEPRECATION_CATEGORIES, Warn, body_warns
from bot.apidiff.source import walk

_WARNING = re.compile(rb"warn|deprecat", re.I)


def may_warn_settings(data: bytes) -> bool:
    """The cheap test before `setting_warns`: the module speaks of deprecation and reads attributes of `cls`/`self`."""
    return (b"deprecat" in data or b"Deprecat" in data) and (b"cls." in data or b"self." in data)


def setting_warns(tree: ast.Module, data: bytes, starts: list[int]) -> tuple[tuple[str, str, int, str], ...]:
    """(class, attribute, line, message) for each `if first.attr:` (or `first.attr is not None`) of a method of a
    module-level class whose body warns a deprecation naming the attribute; only methods spanning a line that says
    "warn" or "deprecat" are walked. `starts` from `line_starts`."""
    lines = sorted({bisect_right(starts, match.start()) for match in _WARNING.finditer(data)})
    found: list[tuple[str, str, int, str]] = []
    for cls in tree.body:
        if not isinstance(cls, ast.ClassDef):
            continue
        for method in cls.body:
            if not isinstance(method, (ast.FunctionDef, ast.AsyncFunctionDef)) or not method.args.args:
                continue
            index = bisect_left(lines, method.lineno)
            if index == len(lines) or lines[index] > (method.end_lineno or method.lineno):
                continue  # says nothing of warning
            first = method.args.args[0].arg
            end = method.end_lineno or method.lineno
            code = data[starts[method.lineno - 1] : starts[end] if end < len(starts) else len(data)]
            if f"if {first}.".encode() not in code and f"if ({first}.".encode() not in code:
                continue  # tests no setting of its own (`elif` spells `if` too): not walked
            for node in walk(method):
                attr = _tested_setting(node.test, first) if isinstance(node, ast.If) else None
                if attr is None or not isinstance(node, ast.If):
                    continue
                for warn in body_warns(node.body, frozenset()):
                    if _deprecates(warn, attr):
                        found.append((cls.name, attr, node.lineno, _message(warn, attr)))
                        break
    return tuple(found)


def _tested_setting(test: ast.expr, first: str) -> str | None:
    """`first.attr` or `first.attr is not None`: the test is true when the setting is set."""
    if isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], ast.IsNot):
        right = test.comparators[0]
        if isinstance(right, ast.Constant) and right.value is None:
            test = test.left
    if isinstance(test, ast.Attribute) and isinstance(test.value, ast.Name) and test.value.id == first:
        return test.attr
    return None


def _text(warn: Warn) -> str:
    """Every literal of the warning, for `_deprecates` to read."""
    return " ".join([warn.message, *(literal for _, literal in warn.given)]).strip()


def _message(warn: Warn, attr: str) -> str:
    """The warning's words: a helper's format (`"Deprecated Meta setting {name} ({reason})."`) with its fields
    dropped, the attribute named, then the other literals it is handed (`"Use `v1_debug` instead"`)."""
    texts = [warn.message, *(literal for _, literal in warn.given)]
    lead = next((text for text in texts if "deprecat" in text.lower()), warn.message)
    rest = [text for text in texts if text not in (lead, attr)]
    lead = _FIELD.sub("", lead.replace("{name}", attr))
    return " ".join([lead, *rest]).strip()


_FIELD = re.compile(r"\s*\(?\{\w*\}\)?")


def _deprecates(warn: Warn, attr: str) -> bool:
    """A deprecation (by its category, its helper's name or its words) whose message names the attribute."""
    text = _text(warn)
    deprecation = warn.category in DEPRECATION_CATEGORIES or "deprecat" in (warn.category + text).lower()
    return deprecation and attr in text
