"""Annotations from `.pyi` stubs shipped beside unannotated sources (more-itertools types its `.py` modules in
`more.pyi`, `recipes.pyi`): what a user's type checker reads, so a return type changed there is a change users hit."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from bot.apidiff.locate import ModuleFile
from bot.apidiff.model import Param, Surface, Symbol
from bot.apidiff.raw import RawCallable, RawClass, RawModule


def stubs_beside(files: list[ModuleFile]) -> list[ModuleFile]:
    """The stubs next to the sources read (`find_modules` reads the source where both exist)."""
    return files_beside(files, ".py", lambda name: name + "i")


def files_beside(files: list[ModuleFile], suffix: str, rename: Callable[[str], str]) -> list[ModuleFile]:
    """For each file read with `suffix`, the file named `rename(name)` in its folder, when there is one (not a
    symlink): one listing per folder, not a look-up per file."""
    listings: dict[Path, frozenset[str]] = {}
    found = []
    for file in files:
        if file.path.suffix != suffix:
            continue
        folder = file.path.parent
        if folder not in listings:
            try:
                listings[folder] = frozenset(os.listdir(folder))
            except OSError:
                listings[folder] = frozenset()
        beside = rename(file.path.name)
        if beside in listings[folder] and not (folder / beside).is_symlink():
            relpath = file.relpath.rsplit("/", 1)[0] + "/" + beside if "/" in file.relpath else beside
            found.append(ModuleFile(file.module, relpath, folder / beside, file.is_package))
    return found


def _overloaded(function: RawCallable) -> bool:
    """Declared with `@overload`: no single signature to take annotations from."""
    return any(name.rsplit(".", 1)[-1] == "overload" for name in function.decorators)


def declared(stub: RawModule) -> dict[str, RawCallable]:
    """Definition path -> the stub's def, for the module's functions and its classes' methods and properties that
    the stub declares once."""
    found: dict[str, RawCallable] = {}
    for name, bindings in stub.bindings.items():
        if len(bindings) != 1:
            continue  # overloads, or a name bound in branches
        binding = bindings[0]
        if isinstance(binding, RawCallable) and not _overloaded(binding):
            found[f"{stub.module}.{name}"] = binding
        elif isinstance(binding, RawClass):
            for member, value in binding.members.items():
                if isinstance(value, RawCallable) and not _overloaded(value):
                    found[f"{stub.module}.{name}.{member}"] = value
    return found


def _params(params: tuple[Param, ...], stub: tuple[Param, ...]) -> tuple[Param, ...]:
    """The source's parameters with the stub's annotations where the source has none, when both declare the same
    parameters in the same order and kinds (else the stub describes another signature: none is taken)."""
    if [(p.name, p.kind) for p in params] != [(p.name, p.kind) for p in stub]:
        return params
    return tuple(
        Param(p.name, p.kind, p.has_default, s.annotation, p.default) if p.annotation is None and s.annotation else p
        for p, s in zip(params, stub, strict=True)
    )


def _annotated(symbol: Symbol, stub: RawCallable) -> Symbol:
    """The symbol with the stub's return and parameter annotations where its source has none."""
    returns = symbol.returns or stub.returns
    params = _params(symbol.params, stub.params) if symbol.params is not None else None
    if returns == symbol.returns and params == symbol.params:
        return symbol
    # a declared return type is the one checkers use: the one read off the return statements gives way
    typed = symbol.at(symbol.path)  # not `replace`: half of werkzeug 2.3's symbols take their types from its stubs
    typed.returns, typed.params = returns, params
    typed.returns_inferred = symbol.returns_inferred if returns == symbol.returns else None
    return typed


def with_stub_annotations(surface: Surface, stubs: list[RawModule]) -> Surface:
    """The surface with the annotations its stubs declare for the callables whose sources have none."""
    found: dict[str, RawCallable] = {}
    for stub in stubs:
        found.update(declared(stub))
    if not found:
        return surface
    symbols = {
        path: _annotated(symbol, found[symbol.target])
        if symbol.target in found and symbol.kind in ("function", "method", "property")
        else symbol
        for path, symbol in surface.symbols.items()
    }
    return replace(surface, symbols=symbols)
