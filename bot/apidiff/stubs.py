"""Annotations from `.pyi` stubs shipped beside unannotated sources (more-itertools types its `.py` modules in
`more.pyi`, `recipes.pyi`): what a user's type checker reads, so a return type changed there is a change users hit."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from bot.apidiff.locate import ModuleFile
from bot.apidiff.model import Param, ParamKind, Surface, Symbol
from bot.apidiff.raw import RawAttribute, RawCallable, RawClass, RawImport, RawModule


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
        Param(p.name, p.kind, p.has_default, s.annotation, p.default, p.fallback)
        if p.annotation is None and s.annotation
        else p
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


def _runtime_definition(source: RawModule, rest: str) -> RawCallable | RawClass | None:
    """The source's one definition at dotted `rest` (`Options`, `Options.get`): None when bound in branches."""
    head, _, member = rest.partition(".")
    bindings = source.bindings.get(head, [])
    found: RawCallable | RawAttribute | RawClass | RawImport | None = bindings[0] if len(bindings) == 1 else None
    for name in member.split(".") if member else ():
        found = found.members.get(name) if isinstance(found, RawClass) else None
    return found if isinstance(found, (RawCallable, RawClass)) else None


def _runtime_params(definition: RawCallable | RawClass) -> tuple[Param, ...]:
    """What the definition is called with at run time: a record's generated constructor, a class's written `__init__`
    or the def's own parameters."""
    if isinstance(definition, RawCallable):
        return definition.params
    if definition.record_params is not None:
        return definition.record_params
    init = definition.members.get("__init__")
    return init.params if isinstance(init, RawCallable) else ()


def _defaulted(params: tuple[Param, ...], runtime: tuple[Param, ...]) -> tuple[Param, ...]:
    """The stub's parameters, each given the default its runtime namesake has where the stub shows none."""
    defaults = {p.name: p.default for p in runtime if p.has_default}
    return tuple(
        Param(p.name, p.kind, True, p.annotation, defaults[p.name])
        if not p.has_default and p.name in defaults and p.kind not in (ParamKind.VAR_POSITIONAL, ParamKind.VAR_KEYWORD)
        else p
        for p in params
    )


def _with_runtime_defaults(symbol: Symbol, source: RawModule) -> Symbol:
    """The stub-read symbol with the defaults its runtime definition gives where the stub writes none."""
    definition = _runtime_definition(source, symbol.target.removeprefix(source.module + "."))
    if definition is None or symbol.params is None:
        return symbol
    params = _defaulted(symbol.params, _runtime_params(definition))
    if params == symbol.params:
        return symbol
    defaulted = symbol.at(symbol.path)
    defaulted.params = params
    return defaulted


def with_source_defaults(surface: Surface, sources: list[RawModule]) -> Surface:
    """The surface whose symbols read from a stub (read in place of a source that fills its names at run time) take
    the defaults the source gives where the stub shows none: a stub's `x: int` field or `def f(x: int)` may leave a
    default out, and the call without it works. pyglet 2.1's `__init__.pyi` lists `Options`'s 32 dataclass fields
    bare, `__init__.py` gives each a default: its new `dpi_scaling` was claimed a new required parameter."""
    by_stub = {source.file + "i": source for source in sources}
    if not by_stub:
        return surface
    symbols = {
        path: _with_runtime_defaults(symbol, by_stub[symbol.file])
        if symbol.file in by_stub and symbol.target.startswith(by_stub[symbol.file].module + ".")
        else symbol
        for path, symbol in surface.symbols.items()
    }
    return replace(surface, symbols=symbols)
