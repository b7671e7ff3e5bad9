"""A None default a method hands, every run, to a sibling method that uses it as None cannot be used: leaving it out
never worked (dateparser 1.4's `FreshnessDateDataParser.get_date_data(date_string, settings=None)` opened with
`self.parse(date_string, settings)`, whose `settings.TIMEZONE` raised AttributeError at None; 1.5's required
`settings` took no working default away)."""

from __future__ import annotations

import ast
import re
from collections.abc import Mapping
from dataclasses import replace
from functools import lru_cache

from bot.apidiff.params import dereferenced_first, without_defaults
from bot.apidiff.raw import RawCallable

_FunctionDef = ast.FunctionDef | ast.AsyncFunctionDef


def sibling_refused(
    member: RawCallable,
    node: _FunctionDef,
    text: bytes,
    methods: Mapping[str, _FunctionDef],
    patterns: frozenset[str],
) -> RawCallable:
    """`member` (the method `node`, of source `text`, defines) with the None defaults it hands to a refusing sibling
    required."""
    names = set(member.none_defaults - member.none_refused)
    if not names or member.kind != "method" or not node.args.args or not _handed_spelled(text, names):
        return member
    receiver = node.args.args[0].arg
    if not any(_may_call(text, receiver, name, callee) for name, callee in methods.items()):
        return member  # no sibling a call could hand a name to: the body's own uses were read by `rejected_defaults`

    def handed(call: ast.AST, candidates: set[str]) -> str | None:
        return _handed_to_refusing(call, candidates, receiver, methods, patterns)

    refused = frozenset(dereferenced_first(node.body, names, patterns, handed))
    if not refused:
        return member
    params = without_defaults(member.params, refused) if member.params is not None else None
    return replace(member, params=params, none_refused=member.none_refused | refused)


def _handed_spelled(text: bytes, names: set[str]) -> bool:
    """Whether `text` spells a call on `self.` and one of `names` as an argument ending (`name)`, `name,`)."""
    return b"self." in text and any(f"{name})".encode() in text or f"{name},".encode() in text for name in names)


def _may_call(text: bytes, receiver: str, name: str, callee: _FunctionDef) -> bool:
    """Whether `text` may call the sibling method `callee` defines as `name` on `receiver` with an argument (see
    `_handed_to_refusing`): undecorated, taking one beyond its receiver, and spelled `receiver.name` (across spaces,
    line continuations, comments and closing parentheses). Most methods with a None default call no such sibling
    (dateparser's `get_date_data` calls `self.parse`)."""
    arguments = callee.args
    if callee.decorator_list or len(arguments.posonlyargs) + len(arguments.args) < 2 and not arguments.kwonlyargs:
        return False
    if not (receiver + name).isascii():
        return True  # a name the parser normalises (NFKC) may be spelled otherwise
    return name.encode() in text and _attribute_spelling(receiver, name).search(text) is not None


@lru_cache(maxsize=4096)
def _attribute_spelling(receiver: str, name: str) -> re.Pattern[bytes]:
    """`receiver.name` as the tokenizer allows it written (method names recur across classes)."""
    gap = rb"(?:[\s\\]|#[^\n]*\n)*"  # a comment runs to its line's end: one way to read each gap, no backtracking
    return re.compile(rb"\b" + receiver.encode() + rb"(?:[\s\\)]|#[^\n]*\n)*\." + gap + name.encode() + rb"\b")


def _handed_to_refusing(
    node: ast.AST, names: set[str], receiver: str, methods: Mapping[str, _FunctionDef], patterns: frozenset[str]
) -> str | None:
    """The name `node`, a call `self.m(...)` of an undecorated sibling method (a decorator may fill a None in), hands
    as an argument the callee uses as None cannot be used before anything could bind, test or catch it."""
    if not (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == receiver
    ):
        return None
    callee = methods.get(node.func.attr)
    if callee is None or callee.decorator_list:
        return None
    for name, param in _bound(node, callee, names):
        if dereferenced_first(callee.body, {param}, patterns):
            return name
    return None


def _bound(call: ast.Call, callee: _FunctionDef, names: set[str]) -> list[tuple[str, str]]:
    """(name handed, the callee's parameter it binds) for the plain names of `names` `call` hands on."""
    slots = [arg.arg for arg in (*callee.args.posonlyargs, *callee.args.args)][1:]
    found: list[tuple[str, str]] = []
    for index, arg in enumerate(call.args):
        if isinstance(arg, ast.Starred):
            break  # the slots after it are unknown
        if isinstance(arg, ast.Name) and arg.id in names and index < len(slots):
            found.append((arg.id, slots[index]))
    named = callee.args.args[0 if callee.args.posonlyargs else 1 :]  # positional-only ones take no keyword
    keywords = {arg.arg for arg in (*named, *callee.args.kwonlyargs)}
    for keyword in call.keywords:
        value = keyword.value
        if keyword.arg in keywords and isinstance(value, ast.Name) and value.id in names:
            found.append((value.id, keyword.arg))
    return found
