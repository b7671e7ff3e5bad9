"""Import reach, read in the sandbox: which modules of an extension release load its uses of what broke, and what
a repository's files import of the extension. Both parse downloaded code (hostile): they run only through
`Sandbox.run`, never in the serving process, and never import or execute what they read."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from bot.adapters.scanfs import ScanLimits, walk_tree
from bot.findings.compat import DependentUse, UseReach, use_reach
from bot.usage.module_graph import import_graph, module_names, tree_imports


def artifact_reach(root: Path, uses: Sequence[DependentUse]) -> UseReach | None:
    """The reach of `uses` in the extracted artifact at `root`, read as `scan` reads it (every file, no folder
    skipped)."""
    walked = walk_tree(root, ScanLimits(), lambda _: False)
    modules = module_names(walked.paths)
    return use_reach(uses, modules, import_graph(modules, walked.read))


def files_import(files: Mapping[str, bytes], roots: frozenset[str]) -> set[str]:
    """The dotted names under `roots` that a repository's files (path -> bytes) import; empty when unknown."""
    return tree_imports(sorted(files), files.get, roots)
