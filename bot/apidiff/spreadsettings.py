"""Settings a class spreads onto its instance: `self.__dict__.update(DEFAULT_SETTINGS)` then
`self.__dict__.update(settings or {})` (html-sanitizer's `Sanitizer`; `vars(self).update(...)` alike). Each key of
the module-level table of defaults is a setting users pass in that dict; a key the new release neither defaults nor
reads on `self` is silently ignored (html-sanitizer 1.3 dropped `element_filters` for `element_preprocessors`)."""

from __future__ import annotations

import ast
import re
from bisect import bisect_right

from bot.apidiff.located import nodes_on

SPREAD = re.compile(rb"(?:__dict__|vars\(\s*self\s*\))\.update\(")
"""The text of a module spreading a mapping onto an instance: the gate of `spread_settings`."""
_SELF_READ = re.compile(rb"self\.([A-Za-z_]\w*)")
_QUOTED = re.compile(rb"[\"']([A-Za-z_]\w*)[\"']")


def spread_settings(tree: ast.Module, data: bytes, starts: list[int]) -> tuple[dict[str, int], frozenset[str]]:
    """(key -> line of each key of a module-level dict literal spread onto `self`, where the module also spreads a
    mapping it is handed; every name it reads on `self` or spells as a whole string literal: a key so named may
    still be read); `starts` from `line_starts`."""
    lines = sorted({bisect_right(starts, match.start()) for match in SPREAD.finditer(data)})
    tables = _dict_globals(tree)
    spread_tables: list[str] = []
    handed = False
    for node in nodes_on(tree, lines):
        if isinstance(node, ast.Call) and _spreads_onto_self(node.func) and len(node.args) == 1:
            arg = node.args[0]
            if isinstance(arg, ast.Name) and arg.id in tables:
                spread_tables.append(arg.id)
            else:
                handed = True  # `settings or {}`, a parameter: what users pass
    if not handed:
        return {}, frozenset()
    keys: dict[str, int] = {}
    for name in spread_tables:
        for key in tables[name].keys:
            if isinstance(key, ast.Constant) and isinstance(key.value, str):
                keys.setdefault(key.value, key.lineno)
    reads = {m.decode() for pattern in (_SELF_READ, _QUOTED) for m in pattern.findall(data)}
    return keys, frozenset(reads)


def _spreads_onto_self(func: ast.expr) -> bool:
    """`self.__dict__.update` or `vars(self).update`."""
    if not isinstance(func, ast.Attribute) or func.attr != "update":
        return False
    target = func.value
    if isinstance(target, ast.Attribute):
        return target.attr == "__dict__" and isinstance(target.value, ast.Name) and target.value.id == "self"
    return (
        isinstance(target, ast.Call)
        and isinstance(target.func, ast.Name)
        and target.func.id == "vars"
        and len(target.args) == 1
        and isinstance(target.args[0], ast.Name)
        and target.args[0].id == "self"
    )


def _dict_globals(tree: ast.Module) -> dict[str, ast.Dict]:
    """Module-level `NAME = {...}` dict literals, by name."""
    found: dict[str, ast.Dict] = {}
    for stmt in tree.body:
        if isinstance(stmt, ast.Assign) and isinstance(stmt.value, ast.Dict) and len(stmt.targets) == 1:
            target = stmt.targets[0]
            if isinstance(target, ast.Name):
                found[target.id] = stmt.value
    return found
