"""The environment read through a helper handed `os.environ` itself: virtualenv 21.14.9 reads
`VIRTUALENV_PERIODIC_UPDATE_INSECURE` as `get_env_var("periodic_update_insecure", ..., os.environ)`, whose body looks
up `env.get(f"VIRTUALENV_{key.upper()}")` in the mapping it is handed. Neither module spells the variable: the
handing module gives the key, the helper's module the shape; joined once both are read (see `surface`)."""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

from bot.apidiff.keyshapes import spelled_at_run_time
from bot.apidiff.patterns import after_boundary, plain_word, word_starts
from bot.apidiff.source import dotted_name, walked

_FunctionDef = ast.FunctionDef | ast.AsyncFunctionDef
MAX_KEYED = 8
"""Keyed reads of parameters kept per function, hand-offs per module: more is no helper of this kind."""
_CASES: dict[str, Callable[[str], str]] = {"": str, "upper": str.upper, "lower": str.lower}
"""How a parameter may be spelled into a key: as given, `{key.upper()}`, `{key.lower()}`."""


class EnvHandoff(NamedTuple):
    """A call handing the environment mapping to a callee: where, and the string literals it passes beside."""

    callee: str
    at: int | str
    """The positional slot or the keyword the mapping is passed as."""
    literals: tuple[tuple[int | str, str], ...]
    line: int


_LOOKED_UP = rb"\s*(?:\.\s*get\s*\(|\[)\s*(?:[fF][rR]?['\"]|[rR][fF]['\"]|[A-Za-z_])"
_LOOKED_UP_AFTER = re.compile(_LOOKED_UP)


def _looked_up_in(text: bytes, name: str) -> bool:
    """Whether `text` looks `name` up with an f-string or a name as the key (`env.get(f"...`, `env[key]`): the text
    says which bodies may read a parameter by a key built at run time at all. Each occurrence of the name is found
    by `bytes.find` and what follows it matched (no pattern compiled per name, see `patterns.word_starts`)."""
    word = name.encode()
    if not plain_word(word):
        return _looked_up(name).search(text) is not None
    return any(_LOOKED_UP_AFTER.match(text, at + len(word)) is not None for at in word_starts(text, word))


@lru_cache(maxsize=256)
def _looked_up(name: str) -> re.Pattern[bytes]:
    """`_looked_up_in` for a name that is not a plain ASCII word, led by the name itself, its boundary checked
    behind it (see `patterns`)."""
    return re.compile(after_boundary(name.encode()) + _LOOKED_UP)


def keyed_reads(node: _FunctionDef, text: bytes) -> tuple[tuple[str, str, str, str], ...]:
    """(mapping parameter, key shape, key parameter, case) for the body's look-ups of a parameter with a key built
    at run time (`env.get(f"VIRTUALENV_{key.upper()}")`, or through a local bound to it, `name = f"..."`), at most
    `MAX_KEYED`: the key parameter and its case ("", "upper", "lower") when the key is one parameter between
    literals, else "" for both."""
    params = {a.arg for a in (*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs)}
    if not any(_looked_up_in(text, param) for param in params):
        return ()  # no parameter is looked up in: the walk would find nothing (most bodies spelling an f-string)
    built: dict[str, ast.expr] = {}
    looked: list[tuple[str, ast.expr]] = []
    for sub in walked(node):
        if isinstance(sub, ast.Assign) and len(sub.targets) == 1 and isinstance(sub.targets[0], ast.Name):
            built[sub.targets[0].id] = sub.value
        elif isinstance(sub, ast.Call) and isinstance(sub.func, ast.Attribute) and sub.func.attr == "get" and sub.args:
            looked.append((dotted_name(sub.func.value) or "", sub.args[0]))
        elif isinstance(sub, ast.Subscript) and isinstance(sub.ctx, ast.Load):
            looked.append((dotted_name(sub.value) or "", sub.slice))
    found: dict[tuple[str, str, str, str], None] = {}
    for table, key in looked:
        if table not in params:
            continue
        if isinstance(key, ast.Name) and key.id not in params:
            key = built.get(key.id, key)
        shape = spelled_at_run_time(key)
        if shape is not None and shape.count("*") >= 1:
            found[(table, shape, *_one_parameter(key, params))] = None
        if len(found) >= MAX_KEYED:
            break
    return tuple(found)


def _one_parameter(key: ast.expr, params: set[str]) -> tuple[str, str]:
    """(parameter, case) of an f-string whose one computed part is a parameter, as given or with `.upper()` /
    `.lower()` called (no conversion, no format spec)."""
    if not isinstance(key, ast.JoinedStr):
        return "", ""
    computed = [v for v in key.values if isinstance(v, ast.FormattedValue)]
    if len(computed) != 1 or computed[0].conversion != -1 or computed[0].format_spec is not None:
        return "", ""
    value, case = computed[0].value, ""
    if isinstance(value, ast.Call) and not value.args and not value.keywords:
        method = value.func
        if isinstance(method, ast.Attribute):
            value, case = method.value, method.attr
    if isinstance(value, ast.Name) and value.id in params and case in _CASES:
        return value.id, case
    return "", ""


def handed_names(handoff: EnvHandoff, params: list[str], reads: tuple[tuple[str, str, str, str], ...]) -> list[str]:
    """What the helper (its positional `params`, its `keyed_reads`) reads of the environment handed by `handoff`:
    each variable its key parameter, given literally, spells; the shape of the key where it is not."""
    mapping = params[handoff.at] if isinstance(handoff.at, int) and handoff.at < len(params) else handoff.at
    given = dict(handoff.literals)
    found = []
    for table, shape, key, case in reads:
        if table != mapping:
            continue
        literal = given.get(key) if key else None
        if literal is None and key in params:
            literal = given.get(params.index(key))
        if literal is not None and shape.count("*") == 1:
            found.append(shape.replace("*", _CASES[case](literal)))
        else:
            found.append(shape)
    return found
