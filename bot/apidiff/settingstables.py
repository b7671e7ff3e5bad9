"""Settings a library reads through a table of defaults, the way Django REST framework and its extensions do:
`api_settings = APISettings(getattr(settings, "SIMPLE_JWT", None), DEFAULTS, IMPORT_STRINGS)`. The settings object
answers only the keys of `DEFAULTS` (any other is AttributeError), so the table is the list of settings read, each
set by users as a key of the project's `SIMPLE_JWT` dict; a key dropped from it is no longer read."""

from __future__ import annotations

import ast
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator

from bot.apidiff.configkeys import CONFIG_KEY, key_spelled
from bot.apidiff.located import line_starts, nodes_on
from bot.apidiff.source import dotted_name, walk

SETTINGS_CALL = re.compile(rb"Settings\s*\(")
"""The text of a module that may build a settings object (`APISettings(`): the gate of `table_keys`."""
TABLE_KEY = re.compile(r"[A-Z][A-Z0-9_]{2,}\.[A-Z][A-Z0-9_]{2,}")
"""How `table_keys` names a key: `NAMESPACE.KEY` (`SIMPLE_JWT.AUTH_HEADER_TYPE`)."""
_REFUSING_LOOP = re.compile(rb"for\s+\w+\s+in\s+([A-Z_][A-Z0-9_]*)\s*:")


def table_keys(tree: ast.Module) -> list[tuple[str, int]]:
    """(`NAMESPACE.KEY`, line) for each key of a module-level dict literal handed to a settings object the module
    builds at its top level, beside the project setting it is built from (`getattr(settings, "SIMPLE_JWT", None)`,
    directly or through a module global): both are needed, the namespace to name the key as users set it."""
    values = dict(_globals(tree))
    found: list[tuple[str, int]] = []
    for value in values.values():
        if not isinstance(value, ast.Call) or not (dotted_name(value.func) or "").endswith("Settings"):
            continue
        given = [*value.args, *(keyword.value for keyword in value.keywords)]
        handed = [values.get(arg.id, arg) if isinstance(arg, ast.Name) else arg for arg in given]
        namespace = next((name for arg in handed if (name := _project_setting(arg)) is not None), None)
        if namespace is None:
            continue
        for table in handed:
            if isinstance(table, ast.Dict):
                found.extend(
                    (f"{namespace}.{key}", node.lineno)
                    for node in table.keys
                    if node is not None and (key := key_spelled(node)) is not None
                )
    return found


_DYNAMIC_SETTING = re.compile(rb"(?:get|has)attr\(\s*(?:\w+\.)*settings\s*,\s*[^\s'\"]")
"""A read of a Django setting by a name computed at run time (`getattr(settings, attr)`)."""


def spelled_only_tabled(data: bytes, tabled: list[str]) -> frozenset[str]:
    """The keys of `table_keys`'s `NAMESPACE.KEY` whose literal the module spells only as that table's keys: the table
    explains the spelling, so it is no sign the top-level setting `KEY` is still read (dj-rest-auth 3.0 moved
    `JWT_AUTH_COOKIE` into its `REST_AUTH` table). A key spelled once more (a mapping of legacy names) is kept, and
    so is every key of a module reading settings by computed names (a fallback to the old top-level setting)."""
    if _DYNAMIC_SETTING.search(data):
        return frozenset()
    counts = Counter(key.partition(".")[2] for key in tabled)
    return frozenset(
        key for key, count in counts.items() if sum(data.count(q + key.encode() + q) for q in (b'"', b"'")) == count
    )


def refused_keys(tree: ast.Module, data: bytes) -> frozenset[str]:
    """The keys of a module-level tuple, list or set of key literals a loop goes through to raise or warn when one is
    among what it tests (djangorestframework-simplejwt 3.2's `for setting in REMOVED_SETTINGS: if setting in
    user_settings: raise RuntimeError(...)`): settings the release refuses, no longer read, though it spells them."""
    looped = {match.group(1).decode() for match in _REFUSING_LOOP.finditer(data)}
    if not looped:
        return frozenset()
    tables = {
        name: keys for name, value in _globals(tree) if name in looped and (keys := _literal_keys(value)) is not None
    }
    if not tables:
        return frozenset()
    starts = line_starts(data)
    looping = (match for match in _REFUSING_LOOP.finditer(data) if match.group(1).decode() in tables)
    lines = sorted({bisect_right(starts, match.start()) for match in looping})
    found: set[str] = set()
    for node in nodes_on(tree, lines):
        if isinstance(node, ast.For) and isinstance(node.iter, ast.Name) and node.iter.id in tables:
            if isinstance(node.target, ast.Name) and _refuses(node.body, node.target.id):
                found.update(tables[node.iter.id])
    return frozenset(found)


def _globals(tree: ast.Module) -> Iterator[tuple[str, ast.expr]]:
    """(name, value) of the module's top-level assignments to one plain name."""
    for stmt in tree.body:
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
            yield stmt.targets[0].id, stmt.value


def _project_setting(node: ast.expr) -> str | None:
    """The project setting `getattr(settings, "NAME", ...)` or `settings.NAME` reads, spelled as a key."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "getattr":
        if len(node.args) >= 2 and dotted_name(node.args[0]) == "settings":
            return key_spelled(node.args[1])
    if isinstance(node, ast.Attribute) and dotted_name(node.value) == "settings" and CONFIG_KEY.match(node.attr):
        return node.attr
    return None


def _literal_keys(value: ast.expr) -> list[str] | None:
    """The key literals a tuple, list or set literal holds, when it holds nothing else."""
    if not isinstance(value, (ast.Tuple, ast.List, ast.Set)):
        return None
    keys = [key_spelled(element) for element in value.elts]
    return [key for key in keys if key is not None] if all(keys) and keys else None


def _refuses(body: list[ast.stmt], variable: str) -> bool:
    """Some `if variable in ...:` of the loop's body raises or warns."""
    for node in (sub for stmt in body for sub in walk(stmt)):
        if not (isinstance(node, ast.If) and isinstance(node.test, ast.Compare)):
            continue
        test = node.test
        tested = isinstance(test.left, ast.Name) and test.left.id == variable and isinstance(test.ops[0], ast.In)
        if tested and any(_raises_or_warns(stmt) for stmt in node.body):
            return True
    return False


def _raises_or_warns(stmt: ast.stmt) -> bool:
    if isinstance(stmt, ast.Raise):
        return True
    call = stmt.value if isinstance(stmt, ast.Expr) else None
    return isinstance(call, ast.Call) and "warn" in (dotted_name(call.func) or "").lower()


APPCONF = re.compile(rb"\bAppConf\b|class\s+Meta\b")
"""The text of a module that may declare django-appconf settings: the gate of `appconf_settings`."""
_APPCONF_BASE = "AppConf"


def appconf_settings(tree: ast.Module, module: str) -> tuple[list[tuple[str, int]], frozenset[str]]:
    """(Django setting, line) for each upper-case class attribute of a module-level class deriving from `AppConf`
    (django-appconf: django-compressor's `CompressorConf` declares `JS_FILTERS`, which users set as
    `COMPRESS_JS_FILTERS`), directly or through such a class of the module; and the shapes (`PREFIX_*`) of the
    settings of a class with a `Meta.prefix` over a base no reader follows (it may declare any name)."""
    derived: dict[str, str | None] = {_APPCONF_BASE: None}  # class -> its `Meta`'s prefix (a subclass's own Meta wins)
    found: list[tuple[str, int]] = []
    shapes: set[str] = set()
    for stmt in tree.body:
        if not isinstance(stmt, ast.ClassDef):
            continue
        bases = [(dotted_name(base) or "").rsplit(".", 1)[-1] for base in stmt.bases]
        meta = next((s for s in stmt.body if isinstance(s, ast.ClassDef) and s.name == "Meta"), None)
        prefix = _meta_text(meta, "prefix") or _meta_text(meta, "app_label")
        parent = next((base for base in bases if base in derived), None)
        if parent is None:
            if (spelled := _meta_text(meta, "prefix")) and set(bases) - {"object"}:
                shapes.add(f"{spelled.upper()}_*")
            continue
        if meta is None:
            prefix = derived[parent]
        derived[stmt.name] = prefix
        if prefix is None and module.count(".") >= 1:
            prefix = module.split(".")[-2]  # what the metaclass takes: the package of the module
        if prefix is None:
            continue
        head = prefix.upper()
        names = [*_class_assignments(stmt), *((name, stmt.lineno) for name in _meta_required(meta))]
        found.extend(
            (name if name.startswith(head) else f"{head}_{name}", line) for name, line in names if name.isupper()
        )
    return found, frozenset(shapes)


def _meta_text(meta: ast.ClassDef | None, option: str) -> str | None:
    """The string literal `class Meta:` binds to `option`."""
    for name, value in _meta_values(meta):
        if name == option and isinstance(value, ast.Constant) and isinstance(value.value, str):
            return value.value
    return None


def _meta_required(meta: ast.ClassDef | None) -> list[str]:
    """The settings `Meta.required` lists: declared nowhere else, read all the same."""
    for name, value in _meta_values(meta):
        if name == "required":
            return _literal_keys(value) or []
    return []


def _meta_values(meta: ast.ClassDef | None) -> Iterator[tuple[str, ast.expr]]:
    for stmt in meta.body if meta is not None else ():
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
            yield stmt.targets[0].id, stmt.value


def _class_assignments(cls: ast.ClassDef) -> Iterator[tuple[str, int]]:
    """(name, line) of the class body's own assignments to plain names."""
    for stmt in cls.body:
        targets = (
            stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target] if isinstance(stmt, ast.AnnAssign) else []
        )
        yield from ((t.id, stmt.lineno) for t in targets if isinstance(t, ast.Name))
