"""Checking one call's arguments against how the callee's signature changed."""

from __future__ import annotations

import ast

from bot.changes import SignatureDelta
from bot.usage.model import UseForm
from bot.usage.quiet import never_warns

UNVERIFIED = "lost its named parameter; whether the **kwargs it now falls into takes it could not be told"
UNFOLLOWED = "whether the callable the old *args handed them on to took them could not be told"
"""Ends the detail of a positional overflow when the old `*args` went to a callable the diff could not read."""
"""A keyword whose fate is unknown: the use is possible, never evidence (see `Usage.counts`)."""
DEFAULT_CHANGED = "no call fails; whether this one now does something else cannot be told"
"""Ends the detail of a call leaving out a parameter whose default changed: listed as possible, never a verdict."""
DOUBTS = (UNVERIFIED, UNFOLLOWED, DEFAULT_CHANGED)
"""The endings of a call's detail that make a use resolved through imports possible only: the doubt is the call's."""


def _deprecated_by_position(
    call: ast.Call, delta: SignatureDelta, positional: int, offset: int
) -> list[tuple[UseForm, str]]:
    """A deprecated parameter the call passes by position (`deprecated_slots`), unless as a literal its warning's
    condition is false for, or one whose leaving out is what is deprecated (`deprecated_omitted`) and which the call
    passes neither by position nor by keyword (unless a `**mapping` may pass it)."""
    found = []
    slots = dict(delta.deprecated_slots)
    keywords = {keyword.arg for keyword in call.keywords}
    for name, slot in delta.deprecated_slots:
        if positional > slot and never_warns(delta, name, call.args[offset + slot]):
            continue
        if positional > slot and name in delta.positional_deprecated:
            found.append(
                (UseForm.CALL_POSITIONAL, f"argument {slot + 1} passes {name!r} by position, which is deprecated")
            )
        elif positional > slot and name not in delta.deprecated_omitted:
            found.append((UseForm.CALL_POSITIONAL, f"argument {slot + 1} passes {name!r}, which is deprecated"))
    for name in delta.deprecated_omitted:
        by_position = name in slots and positional > slots[name]
        if not by_position and name not in keywords and None not in keywords:
            found.append((UseForm.CALL, f"leaves out {name!r}; calls without it are deprecated"))
    return found


def _deprecated_values(call: ast.Call, delta: SignatureDelta, offset: int, starred: bool) -> list[tuple[UseForm, str]]:
    """A deprecated value (`deprecated_values`) the call passes as that very literal, by keyword or at its slot; a
    value computed at run time is no evidence."""
    found = []
    for name, value, slot in delta.deprecated_values:
        keyword = next((k.value for k in call.keywords if k.arg == name), None)
        at_slot = not starred and 0 <= slot < len(call.args) - offset
        passed = keyword if keyword is not None else call.args[offset + slot] if at_slot else None
        if isinstance(passed, ast.Constant) and repr(passed.value) == value:
            form = UseForm.CALL_KEYWORD if keyword is not None else UseForm.CALL_POSITIONAL
            found.append((form, f"passes {name}={value}, which is deprecated"))
    return found


def _defaults_left_out(
    call: ast.Call, delta: SignatureDelta, positional: int, starred: bool
) -> list[tuple[UseForm, str]]:
    """The parameters whose default changed that the call passes neither by keyword nor at their slot (a `**mapping`
    or, for a positional parameter, a `*sequence` may pass them: no use): it gets the new default."""
    keywords = {keyword.arg for keyword in call.keywords}
    if None in keywords:
        return []
    return [
        (UseForm.CALL, f"leaves out {name!r}, which now defaults to {after} (was {before}): {DEFAULT_CHANGED}")
        for name, before, after, slot in delta.defaults_changed
        if name not in keywords and not (slot >= 0 and (starred or positional > slot))
    ]


def call_problems(call: ast.Call, delta: SignatureDelta, offset: int = 0) -> list[tuple[UseForm, str]]:
    """What in `call` the new signature rejects or ignores; `offset` counts a leading explicit self argument."""
    problems: list[tuple[UseForm, str]] = []
    renamed = dict(delta.renamed)
    for keyword in call.keywords:
        name = keyword.arg
        if name is None:
            continue
        if name in renamed:
            problems.append((UseForm.CALL_KEYWORD, f"keyword {name!r} was renamed to {renamed[name]!r}"))
        elif name in delta.kwargs_unverified:  # `**kwargs` takes it on to a callee the diff could not read
            problems.append((UseForm.CALL_KEYWORD, f"keyword {name!r} {UNVERIFIED}"))
        elif name in delta.kwargs_ignored:
            problems.append((UseForm.CALL_KEYWORD, f"keyword {name!r} was removed (now silently ignored by **kwargs)"))
        elif name in delta.absorbed_by_kwargs:
            problems.append((UseForm.CALL_KEYWORD, f"keyword {name!r} was removed (now swallowed by **kwargs)"))
        elif name in delta.removed:
            problems.append((UseForm.CALL_KEYWORD, f"keyword {name!r} was removed"))
        elif name in delta.made_positional_only:
            problems.append((UseForm.CALL_KEYWORD, f"{name!r} is now positional-only"))
        elif name in delta.deprecated_omitted:
            continue  # passing it is the way out of the deprecation
        elif name in delta.deprecated_parameters:
            if not never_warns(delta, name, keyword.value):  # `verbose=False` never meets `if verbose: warn(...)`
                problems.append((UseForm.CALL_KEYWORD, f"keyword {name!r} is deprecated"))
        elif delta.keywords_named is not None and name not in delta.keywords_named:
            star = next((p for p in delta.deprecated_parameters if p.startswith("**")), "**kwargs")
            problems.append((UseForm.CALL_KEYWORD, f"keyword {name!r} is taken by {star}, which is deprecated"))
    starred = any(isinstance(arg, ast.Starred) for arg in call.args)
    positional = len(call.args) - offset
    too_many = not starred and delta.new_max_positional is not None and positional > delta.new_max_positional
    if too_many:
        unfollowed = any(n.startswith("*") and not n.startswith("**") for n in delta.kwargs_unverified)
        accepts = f"{positional} positional arguments; the new signature accepts {delta.new_max_positional}"
        problems.append((UseForm.CALL_POSITIONAL, accepts + (f"; {UNFOLLOWED}" if unfollowed else "")))
    # a call naming the parameter too was written for the new signature (on the old one it passed it twice)
    passed = {keyword.arg for keyword in call.keywords}
    keyword_only = [name for name, slot in delta.keyword_only_slots if positional > slot and name not in passed]
    if not starred and not too_many and keyword_only:  # the value lands in another parameter, or twice in one
        named = ", ".join(repr(name) for name in keyword_only)
        problems.append((UseForm.CALL_POSITIONAL, f"passes {named} by position; now keyword-only"))
    problems.extend(_deprecated_by_position(call, delta, positional, offset) if not starred else ())
    problems.extend(_deprecated_values(call, delta, offset, starred))
    problems.extend(_defaults_left_out(call, delta, positional, starred))
    if not starred and delta.moved:
        first = min(old for _, old, _ in delta.moved)
        if positional > first:
            moved = ", ".join(f"'{name}'" for name, _, _ in delta.moved)
            problems.append(
                (UseForm.CALL_POSITIONAL, f"{positional} positional arguments; parameters {moved} moved to other slots")
            )
    return problems
