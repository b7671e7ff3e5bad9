"""Speed, sixty-sixth stop: a def's nodes listed once and kept with it (`source.walked`), the names a statement spells
read in one walk and kept with it (`spelled`), both asked by the readers that each walked the same subtrees; the
answers are the walks' (the benchmark pairs' full output, dumped before and after, is byte-identical)."""

from __future__ import annotations

import ast
import gc
import weakref

from bot.apidiff.deprecation import _assigned_names
from bot.apidiff.params import _rebound
from bot.apidiff.source import walk, walked
from bot.apidiff.spelled import spelled

_MODULE = '''
import os.path as osp, sys
from json import loads as _loads

counter = 0

def outer(data=None, *args, flag=False, **kwargs):
    """Doc."""
    global counter
    counter += 1
    del args
    data = data or b""
    (size := len(data))
    for index, item in enumerate(data):
        with open(item) as handle, open(index) as other:
            pass
    try:
        import json
    except ImportError as error:
        raise
    def inner(value=None):
        nonlocal flag
        flag = value
        lambda text: text
        return [x for x in value if (y := x)]
    class Local:
        attribute = data
    kwargs["key"] = kwargs.pop("other", None)
    match data:
        case {"k": bound, **rest}:
            print(bound, rest)
        case [first, *others]:
            print(first, others)
    return inner
'''


def _function() -> ast.FunctionDef:
    tree = ast.parse(_MODULE)
    found = next(node for node in tree.body if isinstance(node, ast.FunctionDef))
    return found


def test_walked_gives_the_walk_in_its_order_each_time() -> None:
    function = _function()
    expected = list(walk(function))
    assert list(walked(function)) == expected
    assert list(walked(function)) == expected  # the kept listing
    for stmt in function.body:
        assert list(walked(stmt)) == list(walk(stmt))


def test_a_kept_walk_does_not_keep_its_tree_alive() -> None:
    # the listing holds every node below the def: holding the def itself too would keep the whole tree (and every
    # module's) alive through the def's own entry
    function = _function()
    walked(function)
    for stmt in function.body:
        walked(stmt)
        spelled(stmt)
    alive = weakref.ref(function)
    del function
    gc.collect()
    assert alive() is None


def _old_rebound(stmt: ast.stmt, names: set[str]) -> set[str]:
    """`params._rebound` by walking each statement (the reference): an import or a def in a block it holds binds too
    (treq 24.9's `if reactor is None: from twisted.internet import reactor`)."""
    if isinstance(stmt, (ast.Import, ast.ImportFrom)):
        bound = {alias.asname or alias.name.split(".")[0] for alias in stmt.names}
        return names & bound if "*" not in bound else set(names)
    if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        nonlocal_names = {name for node in walk(stmt) if isinstance(node, ast.Nonlocal) for name in node.names}
        return names & ({stmt.name} | nonlocal_names)
    found: set[str] = set()
    for node in walk(stmt):
        if isinstance(node, ast.Name) and node.id in names and not isinstance(node.ctx, ast.Load):
            found.add(node.id)
        elif isinstance(node, (ast.Global, ast.Nonlocal)):
            found.update(names.intersection(node.names))
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            found.update(names & {alias.asname or alias.name.split(".")[0] for alias in node.names})
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            found.update(names & {node.name})
    return found


def test_the_names_a_statement_binds_are_the_walks() -> None:
    function = _function()
    every = {n.id for n in walk(function) if isinstance(n, ast.Name)} | {"counter", "flag", "inner", "Local", "json"}
    every |= {"osp", "sys", "_loads", "missing"}
    for stmt in function.body:
        for names in (set(every), {"data"}, {"flag", "counter"}, {"missing"}):
            assert _rebound(stmt, set(names)) == _old_rebound(stmt, set(names)), ast.unparse(stmt)
    stored = {
        n.id for stmt in function.body for n in walk(stmt) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)
    }
    assert _assigned_names(function.body, frozenset({"size"})) == stored - {"size"}
    assert {"counter", "data", "size", "index", "item", "handle", "other", "flag", "x", "y"} <= stored


def test_what_a_statement_spells_by_role() -> None:
    function = _function()
    found = [spelled(stmt) for stmt in function.body]
    assert all(spelled(stmt) is record for stmt, record in zip(function.body, found, strict=True))  # read once
    by_line = {stmt.lineno: record for stmt, record in zip(function.body, found, strict=True)}
    assert by_line[9].declared == {"counter"} and not by_line[9].nonlocals
    assert by_line[11].deleted == {"args"} and by_line[11].binds("args") and not by_line[11].binds("data")
    assert by_line[13].stored == {"size"} and "data" in by_line[13].named
    inner = next(
        record for stmt, record in zip(function.body, found, strict=True) if getattr(stmt, "name", "") == "inner"
    )
    assert inner.nonlocals == {"flag"} and inner.defined == {"inner"} and {"flag", "x", "y"} <= inner.stored
    imports = next(record for stmt, record in zip(function.body, found, strict=True) if isinstance(stmt, ast.Try))
    assert imports.imported == {"json"} and imports.stored == set()
    matched = next(record for stmt, record in zip(function.body, found, strict=True) if isinstance(stmt, ast.Match))
    assert {"bound", "rest", "first", "others"}.isdisjoint(matched.stored)  # a pattern's capture is no `Name`
