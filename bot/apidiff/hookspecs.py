"""pluggy hook specifications. A specification is the contract hook implementations name their parameters from;
pluggy calls each implementation with only the arguments its def names, so a specification gaining a parameter
breaks no implementation (pytest-html 4.0's `pytest_html_results_summary` gained `session`), while one losing or
renaming a parameter an implementation names makes pluggy refuse it, and one removed leaves it unregistered
(pytest-bdd 6.0 dropped `pytest_bdd_step_validation_error`): those stay claimed. A specification is a function
marked by a `HookspecMarker` (`@hookspec`), or any function of a module the release hands to `add_hookspecs(...)`."""

from __future__ import annotations

import ast
from collections.abc import Mapping
from pathlib import Path

from bot.apidiff.extract import read_tree
from bot.apidiff.model import Surface
from bot.apidiff.raw import RawCallable, RawModule
from bot.apidiff.source import dotted_name
from bot.changes import Change, ChangeKind


def _functions(raw: RawModule) -> list[tuple[str, RawCallable]]:
    """The module's top-level functions, by name."""
    return [(name, bound[-1]) for name, bound in raw.bindings.items() if bound and isinstance(bound[-1], RawCallable)]


def _marked(raw: RawModule) -> list[str]:
    """Paths of the module's functions a decorator named `...hookspec` marks."""
    return [
        f"{raw.module}.{name}"
        for name, function in _functions(raw)
        if any(d.rsplit(".", 1)[-1].endswith("hookspec") for d in function.decorators)
    ]


def _imported(tree: ast.Module, raw: RawModule) -> dict[str, str]:
    """Name -> the module an import anywhere in the module binds it to (pytest-html imports its `hooks` inside
    `pytest_addhooks`, the hook that hands it on)."""
    package = raw.module if raw.is_package else raw.module.rpartition(".")[0]
    found: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                found[alias.asname or alias.name.split(".")[0]] = (
                    alias.name if alias.asname else alias.name.split(".")[0]
                )
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")[: len(package.split(".")) - node.level + 1] if node.level else []
            head = ".".join([*base, *([node.module] if node.module else [])])
            for alias in node.names:
                found[alias.asname or alias.name] = f"{head}.{alias.name}" if head else alias.name
    return found


def _handed(raw: RawModule, path: Path) -> list[str]:
    """The modules `raw` hands to `add_hookspecs(name)`, `name` bound by an import."""
    read = read_tree(path)
    if read is None:
        return []
    tree = read[0]
    imported = _imported(tree, raw)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "add_hookspecs":
            name = dotted_name(node.args[0]) if len(node.args) == 1 else None
            head = imported.get(name.split(".", 1)[0]) if name else None
            if name and head:
                found.append(".".join([head, *name.split(".")[1:]]))
    return found


def hook_specs(raws: list[RawModule], paths: Mapping[str, Path]) -> tuple[str, ...]:
    """Paths of the release's hook specification functions; `paths` locates each module's file."""
    by_module = {raw.module: raw for raw in raws}
    found = [path for raw in raws for path in _marked(raw)]
    for raw in raws:
        if "add_hookspecs" in raw.called and raw.module in paths:
            for module in _handed(raw, paths[raw.module]):
                held = by_module.get(module)
                found.extend(f"{module}.{name}" for name, _ in (_functions(held) if held is not None else []))
    return tuple(sorted(set(found)))


def _only_gained(change: Change, old: Surface, new: Surface) -> bool:
    """A signature change of a specification in both releases keeping every parameter name it had."""
    before, after = old.symbols.get(change.symbol), new.symbols.get(change.symbol)
    if before is None or after is None or before.params is None or after.params is None:
        return False
    if before.target not in old.hook_specs or after.target not in new.hook_specs:
        return False
    return {p.name for p in before.params} <= {p.name for p in after.params}


def without_spec_growth(changes: list[Change], old: Surface, new: Surface) -> list[Change]:
    """`changes` less a hook specification's signature change that only gains parameters."""
    if not (old.hook_specs and new.hook_specs):
        return changes
    return [c for c in changes if not (c.kind is ChangeKind.SIGNATURE_CHANGED and _only_gained(c, old, new))]
