"""The usage finder: where a tree uses what a release removed, changed or deprecated (AST only, never imported)."""

from __future__ import annotations

import ast
import posixpath
import warnings
from collections.abc import Iterable

from bot.deps.model import FileWarning
from bot.deps.setuppy import syntax_warning
from bot.usage.flag_index import FlagIndex
from bot.usage.model import BREAKING_KINDS, Confidence, Target, Targets, Usage, UseForm
from bot.usage.python import ModuleScan
from bot.usage.textfiles import env_usages, is_env_file

__all__ = [
    "BREAKING_KINDS",
    "Confidence",
    "FlagIndex",
    "Target",
    "Targets",
    "Usage",
    "UseForm",
    "find_usages",
    "is_python_file",
    "is_usage_file",
    "may_use_packages",
    "needs_analysis",
]

MAX_SOURCE_BYTES = 4 * 1024 * 1024


def is_python_file(path: str) -> bool:
    """A Python source file (stubs excluded)."""
    return path.endswith((".py", ".pyw"))


def is_usage_file(path: str) -> bool:
    """Whether the usage finder reads this kind of file at all (Python, or a file that sets env vars)."""
    return is_python_file(path) or is_env_file(path)


def may_use_packages(
    path: str, source_bytes: bytes, import_names: Iterable[str], env_names: Iterable[str] = ()
) -> bool:
    """Cheap byte test: a file that never spells an import name (or env var) cannot use it, so needs no parse."""
    if is_python_file(path):
        needles = [*import_names, *env_names]
    elif is_env_file(path):
        needles = list(env_names)
    else:
        return False
    return any(needle.encode() in source_bytes for needle in needles)


def needs_analysis(path: str, data: bytes, targets: Targets) -> bool:
    """Whether a file can use a target at all: it spells an affected package (or env var) and a changed name."""
    if not may_use_packages(path, data, targets.import_names | targets.carriers, [*targets.env, *targets.config]):
        return False
    return any(name in data for name in targets.spelled)


def find_usages(
    path: str, data: bytes, targets: Targets, flag_index: FlagIndex | None = None
) -> tuple[list[Usage], list[FileWarning]]:
    """Uses of `targets` in one file (Python by AST; env-bearing files by line), with a warning if unreadable;
    `flag_index` answers which names other modules of the tree set as guard flags."""
    if not needs_analysis(path, data, targets):
        return [], []
    if not is_python_file(path):
        return env_usages(path, data, targets), []
    if len(data) > MAX_SOURCE_BYTES:
        message = f"{len(data)} bytes, larger than the {MAX_SOURCE_BYTES}-byte limit for Python sources; not analysed"
        return [], [FileWarning(file=path, message=message)]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = ast.parse(data, filename=posixpath.basename(path))
        return ModuleScan(path, tree, targets, data, flag_index).usages, []
    except SyntaxError as error:
        return [], [syntax_warning(path, error)]
    except (ValueError, RecursionError, MemoryError) as error:
        return [], [FileWarning(file=path, message=f"cannot analyse: {type(error).__name__}: {error}")]
