"""Flask-style configuration keys a module reads or defaults: `default_config = ImmutableDict({...})`,
`app.config.setdefault("SQLALCHEMY_...", ...)`, `app.config["KEY"]`, `config.get("KEY")`, `"KEY" in app.config`; also
through a constant (`config.get(ConfigVars.STORAGE_URL)`), whose value `resolve_config_refs` finds in the package."""

from __future__ import annotations

import ast
import re
from bisect import bisect_right
from collections.abc import Iterable
from typing import TYPE_CHECKING, NamedTuple

from bot.apidiff.envvars import line_starts, nodes_on
from bot.apidiff.patterns import after_boundary
from bot.apidiff.raw import ConfigRef, RawAttribute, RawModule
from bot.apidiff.source import dotted_name

if TYPE_CHECKING:
    from bot.apidiff.resolve import Resolver

CONFIG_KEY = re.compile(r"^[A-Z][A-Z0-9_]{2,}$")
"""How a Flask config key is spelled."""
_CONSTANT = re.compile(r"^_*[A-Z][A-Z0-9_]*$")
"""How a constant is spelled: a key named through a lower-case name may be a local variable or a parameter, which
shadows any module global of that name, so only constant-style names are followed."""
_READS = frozenset({"get", "setdefault", "pop"})
_ACCESS = (
    re.compile(rb"config\s*(?:\[|\.\s*(?:get|setdefault|pop)\s*\()"),
    re.compile(rb"default_config"),
    re.compile(after_boundary(b"in") + rb"\s+[\w.]*config\b"),
)
"""The ways a line reaches the config, each led by a literal word (see `patterns`): searched one by one, each skips
to its own word, where one pattern of three alternatives tries every byte that starts any of them."""


def _access_starts(data: bytes) -> list[int]:
    """Where the matches of `_ACCESS` start, as one pattern of the three alternatives finds them: left to right,
    none inside an earlier one (`in app.config[` is one match, at `in`). Two of them never start at one byte."""
    spans = sorted(match.span() for pattern in _ACCESS for match in pattern.finditer(data))
    found, end = [], 0
    for start, stop in spans:
        if start >= end:
            found.append(start)
            end = stop
    return found


def key_spelled(node: ast.expr | None) -> str | None:
    """The string a constant holds when it is spelled like a config key, else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and CONFIG_KEY.match(node.value):
        return node.value
    return None


def _ref(node: ast.expr | None) -> str | None:
    """The dotted name a key is spelled through (`ConfigVars.STORAGE_URL`, `STORAGE_URL`), when constant-style."""
    name = dotted_name(node) if isinstance(node, (ast.Name, ast.Attribute)) else None
    return name if name is not None and _CONSTANT.match(name.rsplit(".", 1)[-1]) else None


class ConfigAccess(NamedTuple):
    """What a module does with the config: (key -> first line it defaults it, keys it reads, keys through refs)."""

    keys: dict[str, int]
    reads: frozenset[str]
    refs: tuple[ConfigRef, ...]


def _is_config(node: ast.expr) -> bool:
    name = dotted_name(node)
    return name is not None and name.rsplit(".", 1)[-1] in ("config", "default_config")


def _dict_keys(value: ast.expr | None) -> list[tuple[ast.expr | str, int]]:
    """Upper-case keys of a dict literal, also wrapped in a call (`ImmutableDict({...})`, `dict(KEY=...)`): a
    keyword's name, or the key's expression."""
    if isinstance(value, ast.Call):
        found: list[tuple[ast.expr | str, int]] = [
            (k.arg, value.lineno) for k in value.keywords if k.arg and CONFIG_KEY.match(k.arg)
        ]
        return found + [pair for arg in value.args for pair in _dict_keys(arg)]
    if isinstance(value, ast.Dict):
        return [(node, node.lineno) for node in value.keys if node is not None]
    return []


def read_config_keys(tree: ast.Module, data: bytes, starts: list[int] | None = None) -> ConfigAccess:
    """(key -> first line where the module defines its default, every key the module reads, keys spelled through
    constants). A key the release defaults is its own (`default_config`, an extension's `setdefault`); a plain read
    may be another's (`TESTING`)."""
    found: dict[str, int] = {}
    reads: set[str] = set()
    refs: list[ConfigRef] = []
    if starts is None:
        starts = line_starts(data)
    lines = sorted({bisect_right(starts, start) for start in _access_starts(data)})
    for node in nodes_on(tree, lines):
        spelled: list[tuple[ast.expr | str, int, bool]] = []
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and _is_config(node.func.value):
            if node.func.attr in _READS and node.args:
                spelled.append((node.args[0], node.lineno, node.func.attr == "setdefault"))
        elif isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Load) and _is_config(node.value):
            spelled.append((node.slice, node.lineno, False))
        elif isinstance(node, ast.Compare) and len(node.ops) == 1 and isinstance(node.ops[0], (ast.In, ast.NotIn)):
            if _is_config(node.comparators[0]):
                spelled.append((node.left, node.lineno, False))
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id == "default_config" for t in targets):
                spelled.extend((key, line, True) for key, line in _dict_keys(node.value))
        for written, line, defaults in spelled:
            key = written if isinstance(written, str) else key_spelled(written)
            if key is None:
                if not isinstance(written, str) and (ref := _ref(written)) is not None:
                    refs.append(ConfigRef(ref, line, defaults))
                continue
            reads.add(key)
            if defaults and (key not in found or found[key] > line):
                found[key] = line
    return ConfigAccess(found, frozenset(reads), tuple(sorted(refs, key=lambda ref: ref.line)))


def _namespace(key: str) -> str:
    """The key's leading word (`RATELIMIT` of `RATELIMIT_STORAGE_URL`): an extension's keys share one."""
    return key.split("_", 1)[0]


def resolve_config_refs(
    modules: Iterable[RawModule], resolver: Resolver
) -> tuple[dict[str, tuple[str, int]], set[str]]:
    """(key -> (file, line) the release defaults it at, keys it reads) of the keys spelled through constants of the
    package: a ref resolves only to a string literal bound once (`STORAGE_URL = "RATELIMIT_STORAGE_URL"`), else it
    is no key. A key only read is the release's own too when the constant that names it sits beside one it defaults
    through, in the same class or module, and shares that one's leading word: that namespace is the release's
    catalogue of its keys (flask-limiter's `ConfigVars`), where a read of another's key (`TESTING`) would not be."""
    defaults: dict[str, tuple[str, int]] = {}
    reads: dict[str, tuple[str, int, str]] = {}
    owned: set[tuple[str, str]] = set()
    for raw in modules:
        for ref in raw.config_refs:
            resolved = resolver.resolve_dotted(raw.module, ref.ref)
            constant = resolved.definition if resolved is not None else None
            if resolved is None or not isinstance(constant, RawAttribute) or constant.text is None:
                continue
            key, owner = constant.text, resolved.target.rsplit(".", 1)[0]
            if not CONFIG_KEY.match(key):
                continue
            if ref.defaults:
                owned.add((owner, _namespace(key)))
                defaults.setdefault(key, (raw.file, ref.line))
            else:
                reads.setdefault(key, (raw.file, ref.line, owner))
    for key, (file, line, owner) in reads.items():
        if key not in defaults and (owner, _namespace(key)) in owned:
            defaults[key] = (file, line)
    return defaults, set(reads) | set(defaults)
