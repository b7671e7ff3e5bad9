"""Functions and classes a release defined whose names a later release binds to another distribution's definition
(`from other import fetch` in their place): quart 0.19's `quart.config.ConfigAttribute` is flask's. Calls spelled
the old way now reach that definition, so its parameters are what they are compared with."""

from __future__ import annotations

from collections.abc import Sequence

from bot.apidiff.model import Surface, Symbol
from bot.apidiff.stdlib import is_stdlib


def repointed(new: Surface, old: Surface) -> dict[str, str]:
    """Old path -> the outside path it now names, for each function or class of the old release so re-pointed (the
    standard library's are not read)."""
    found = {}
    for path, before in old.symbols.items():
        after = new.symbols.get(path)
        if (
            before.kind in ("function", "class")
            and after is not None
            and after.kind == "alias"
            and not after.alternatives  # bound one way or another where it runs: which one is unknown
            and after.target not in new.symbols
            and not is_stdlib(after.target)
        ):
            found[path] = after.target
    return found


def reexported(dependencies: Sequence[Surface], target: str) -> tuple[Surface, Symbol] | None:
    """The dependency defining the function or class a `repointed` name now re-exports, with its definition; None
    when no dependency read has it (its parameters are then unknown: no claim)."""
    for dependency in dependencies:
        found = dependency.symbols.get(target)
        if found is not None and found.kind in ("function", "class"):
            return dependency, found
    return None
