"""The variable a loop statement binds to each key of a dict: `for key in kwargs`, `for key in kwargs.keys()`, and
the first name of `for key, value in kwargs.items()`, also through a copy (`list(...)`) or the Python 2 spellings
(`kwargs.iteritems()`, `six.iteritems(kwargs)`): apscheduler 2's `CronTrigger(**values)` refuses any key outside its
fields in `for key, value in list(iteritems(values)): if key not in self.FIELD_NAMES: raise TypeError(...)`."""

from __future__ import annotations

import ast

from bot.apidiff.source import dotted_name

_COPIES = frozenset({"list", "tuple", "sorted", "set", "copy.copy"})
"""Calls whose result, iterated, gives what iterating their argument gives."""
_KEYS = frozenset({"keys", "iterkeys"})
_ITEMS = frozenset({"items", "iteritems"})
_ITEMS_OF = frozenset({"iteritems", "six.iteritems", "viewitems", "six.viewitems"})
"""Functions of one dict giving its (key, value) pairs."""


def looped_key(loop: ast.For, kwargs: str) -> str | None:
    """The name `loop` binds to each key of the dict `kwargs`, or None when it iterates something else."""
    over = loop.iter
    while isinstance(over, ast.Call) and _copies(over):
        over = over.args[0]
    pairs = False
    if isinstance(over, ast.Call) and not over.keywords:
        if isinstance(over.func, ast.Attribute) and not over.args and over.func.attr in _KEYS | _ITEMS:
            pairs = over.func.attr in _ITEMS
            over = over.func.value
        elif len(over.args) == 1 and dotted_name(over.func) in _ITEMS_OF:
            pairs = True
            over = over.args[0]
        else:
            return None
    if dotted_name(over) != kwargs:
        return None
    target = loop.target
    if pairs:
        if not (isinstance(target, ast.Tuple) and len(target.elts) == 2 and isinstance(target.elts[0], ast.Name)):
            return None
        return target.elts[0].id
    return target.id if isinstance(target, ast.Name) else None


def _copies(call: ast.Call) -> bool:
    return len(call.args) == 1 and not call.keywords and dotted_name(call.func) in _COPIES
