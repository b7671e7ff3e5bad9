"""The usage finder: where a tree uses what a release removed, changed or deprecated (AST only, never imported)."""

from __future__ import annotations

import gc
import posixpath
import warnings
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from bot.apidiff.source import parse_module
from bot.deps.model import FileWarning
from bot.deps.setuppy import syntax_warning
from bot.usage.flag_index import FlagIndex
from bot.usage.lines import WORD
from bot.usage.model import BREAKING_KINDS, Confidence, Target, Targets, Usage, UseForm
from bot.usage.python import ModuleScan
from bot.usage.textfiles import cli_usages, env_usages, is_cli_file, is_env_file

__all__ = [
    "BREAKING_KINDS",
    "Confidence",
    "FlagIndex",
    "Target",
    "Targets",
    "Usage",
    "UseForm",
    "analyse_file",
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
    return is_python_file(path) or is_cli_file(path)


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
    """Whether a file can use a target at all: it spells an affected package (or env var) and a changed name.

    Python code reaches a changed symbol, member or parameter only through identifiers (imports, attribute chains,
    bindings, defs), so its last name must be one of the file's words: `File` inside `FileField` does not count.
    """
    if not is_python_file(path) and is_cli_file(path) and any(option.encode() in data for option in targets.cli):
        return True  # a command line passing a removed option names no import
    if not may_use_packages(path, data, targets.import_names | targets.carriers, [*targets.env, *targets.config]):
        return False
    if any(text in data for text in targets.texts):
        return True
    if is_python_file(path):
        return not targets.identifiers.isdisjoint(WORD.findall(data))
    return any(name in data for name in targets.identifiers)


def find_usages(
    path: str, data: bytes, targets: Targets, flag_index: FlagIndex | None = None
) -> tuple[list[Usage], list[FileWarning]]:
    """Uses of `targets` in one file (Python by AST; env-bearing files by line), with a warning if unreadable;
    `flag_index` answers which names other modules of the tree set as guard flags."""
    if not needs_analysis(path, data, targets):
        return [], []
    return analyse_file(path, data, targets, flag_index)


def analyse_file(
    path: str, data: bytes, targets: Targets, flag_index: FlagIndex | None = None
) -> tuple[list[Usage], list[FileWarning]]:
    """`find_usages` for a file already known to need analysis (`needs_analysis`)."""
    if not is_python_file(path):
        passed = cli_usages(path, data, targets) if targets.cli else []
        return (env_usages(path, data, targets) if is_env_file(path) else []) + passed, []
    if len(data) > MAX_SOURCE_BYTES:
        message = f"{len(data)} bytes, larger than the {MAX_SOURCE_BYTES}-byte limit for Python sources; not analysed"
        return [], [FileWarning(file=path, message=message)]
    try:
        with _collector_paused():
            return _python_usages(path, data, targets, flag_index), []
    except SyntaxError as error:
        return [], [syntax_warning(path, error, data)]
    except (ValueError, RecursionError, MemoryError) as error:
        return [], [FileWarning(file=path, message=f"cannot analyse: {type(error).__name__}: {error}")]


def _python_usages(path: str, data: bytes, targets: Targets, flag_index: FlagIndex | None) -> list[Usage]:
    """Parse and scan one module; its tree is freed (see `ModuleScan.release`) by the time this returns."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tree = parse_module(data, filename=posixpath.basename(path))
    scan = ModuleScan(path, tree, targets, data, flag_index)
    scan.release()
    return scan.usages


@contextmanager
def _collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while one module is parsed and analysed.

    A large module's tree is hundreds of thousands of objects, all alive until the module is done: the collector
    would only trace them again and again (and trigger full passes over the whole process), never free one. What
    the analysis leaves behind is freed by reference counting, or by the first collection after this one.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
