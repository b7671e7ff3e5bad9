"""The names a statement spells, by role, gathered in one walk of it and kept for the statement's life.

A def's opening statements are asked again and again which names they bind (`params._rebound`, for every reader of
None defaults), which they assign (`deprecation._assigned_names`, for the whole body), whether they name a parameter
at all (`nonepath`), each reader walking the same subtrees for its own few names; one walk per statement answers them
all. The record is kept with the statement (a weak mapping: it goes with the tree), so a statement read for one
release's def is walked once, whichever reader asks first.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable
from dataclasses import dataclass
from weakref import WeakKeyDictionary

from bot.apidiff.source import walk


@dataclass(frozen=True, slots=True)
class Spelled:
    """What one subtree spells (the statement itself included; nested defs and classes too, as `walk` has it)."""

    named: frozenset[str]
    """Every `Name` it spells, however used."""
    stored: frozenset[str]
    """`Name`s assigned (`x = ...`, `for x in`, `with ... as x`, `(x := ...)`)."""
    deleted: frozenset[str]
    """`Name`s deleted (`del x`)."""
    declared: frozenset[str]
    """The names of its `global` and `nonlocal` statements."""
    nonlocals: frozenset[str]
    """The names of its `nonlocal` statements alone."""
    defined: frozenset[str]
    """The names of the defs and classes in it."""
    imported: frozenset[str]
    """The names its imports bind (`import a.b` binds `a`)."""

    def binds(self, name: str) -> bool:
        """Whether it assigns or deletes the `Name`."""
        return name in self.stored or name in self.deleted


_DEFINITIONS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
_NAMING: frozenset[type[ast.AST]] = frozenset({*_DEFINITIONS, ast.alias, ast.Global, ast.Nonlocal})
"""The node types other than `Name` that name something here; most nodes are none of them."""
_KEPT: WeakKeyDictionary[ast.AST, Spelled] = WeakKeyDictionary()


def spelled(node: ast.AST) -> Spelled:
    """What `node`'s subtree spells, read once per node."""
    found = _KEPT.get(node)
    if found is None:
        found = _KEPT[node] = _read(walk(node))
    return found


def _read(nodes: Iterable[ast.AST]) -> Spelled:
    named: set[str] = set()
    stored: set[str] = set()
    deleted: set[str] = set()
    declared: set[str] = set()
    nonlocals: set[str] = set()
    defined: set[str] = set()
    imported: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Name):
            named.add(node.id)
            if isinstance(node.ctx, ast.Store):
                stored.add(node.id)
            elif isinstance(node.ctx, ast.Del):
                deleted.add(node.id)
        elif type(node) not in _NAMING:  # most nodes: one look-up, not a chain of isinstance
            continue
        elif isinstance(node, _DEFINITIONS):
            defined.add(node.name)
        elif isinstance(node, ast.alias):
            imported.add(node.asname or node.name.partition(".")[0])
        elif isinstance(node, ast.Global):
            declared.update(node.names)
        elif isinstance(node, ast.Nonlocal):
            declared.update(node.names)
            nonlocals.update(node.names)
    return Spelled(
        frozenset(named),
        frozenset(stored),
        frozenset(deleted),
        frozenset(declared),
        frozenset(nonlocals),
        frozenset(defined),
        frozenset(imported),
    )


def stored_in(body: Iterable[ast.stmt]) -> set[str]:
    """The names the statements assign (see `Spelled.stored`)."""
    found: set[str] = set()
    for stmt in body:
        found |= spelled(stmt).stored
    return found
