"""Surfaces of the dependencies a release inherits from, read on demand: only the modules that define (or lead to)
the outside classes and callables the diff asks about are parsed, not the whole distribution (a few of
SQLAlchemy's 240 modules for flask-sqlalchemy's `Session`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from mypy_extensions import mypyc_attr

from bot.apidiff.collector import collector_paused
from bot.apidiff.deferred import DeferredBindings
from bot.apidiff.envvars import stdlib_readers
from bot.apidiff.extract import MAX_MODULE_BYTES
from bot.apidiff.kwfate import callables_by_target, via_key
from bot.apidiff.locate import ModuleFile, find_modules
from bot.apidiff.model import ModuleStatus, Surface, Symbol
from bot.apidiff.raw import RawImport, RawModule
from bot.apidiff.reexported import repointed
from bot.apidiff.stdlib import is_stdlib, is_stdlib_module
from bot.apidiff.surface import SurfaceBuilder

Reader = Callable[[ModuleFile], RawModule]


class LazyModules(Mapping[str, RawModule]):
    """A distribution's modules by dotted name; a module is read the first time it is looked up. Membership needs
    no read (the file listing answers it), so an import of a module of the distribution resolves as internal."""

    def __init__(self, files: Iterable[ModuleFile], read: Reader) -> None:
        self._files = {file.module: file for file in files}
        self._read = read
        self._loaded: dict[str, RawModule] = {}
        self._namespaces: dict[str, str] = {}
        for file in self._files.values():  # folders without `__init__.py` (see `add_namespace_packages`)
            parts = file.module.split(".")
            for end in range(1, len(parts)):
                parent = ".".join(parts[:end])
                if parent not in self._files:
                    self._namespaces.setdefault(parent, "/".join(file.relpath.split("/")[: -(len(parts) - end)]))

    def __getitem__(self, name: str) -> RawModule:
        found = self._loaded.get(name)
        if found is None:
            if name in self._files:
                found = self._read(self._files[name])
            elif name in self._namespaces:
                found = RawModule(name, self._namespaces[name], True)
            else:
                raise KeyError(name)
            self._loaded[name] = found
        return found

    def __contains__(self, name: object) -> bool:
        return name in self._files or name in self._namespaces

    def __iter__(self) -> Iterator[str]:
        return iter([*self._files, *self._namespaces])

    def __len__(self) -> int:
        return len(self._files) + len(self._namespaces)

    def close(self) -> None:
        """Release the modules read lazily (see `DeferredBindings.close`): done with once the surface is built."""
        for raw in self._loaded.values():
            if isinstance(raw.bindings, DeferredBindings):
                raw.bindings.close()

    @property
    def read(self) -> list[RawModule]:
        """The modules read so far."""
        return list(self._loaded.values())

    @property
    def files(self) -> list[ModuleFile]:
        """Every module file of the distribution, read or not."""
        return list(self._files.values())


@mypyc_attr(native_class=False)  # pickled to the sandbox's workers: a compiled frozen class cannot be unpickled
@dataclass(frozen=True, slots=True)
class DependencyTree:
    """One dependency to resolve against: its name, the version the release admits, and where it is unpacked."""

    package: str
    version: str
    unpacked: Path


def seeds(new: Surface, old: Surface | None = None) -> list[str]:
    """Outside paths the diff of `old` -> `new` will ask a dependency about: the outside bases of the classes that
    lost a member (or what such a name, once a class, now points to), where the callables whose parameters
    changed forward `**kwargs` (through the release's own callables too), what old functions and classes the name now
    re-exports from another distribution (`movedout.repointed`), the ancestors ahead of the owner of a method whose
    parameters changed (which may define it), and what such an old callable handed its
    `*args`/`**kwargs` on to whole (rich-click 1.6's `group(*args, cls=RichGroup, **kwargs)` called `click.group`)."""
    found: set[str] = set()
    if old is not None:
        for path in old.symbols.keys() - new.symbols.keys():
            holder = new.symbols.get(path.rpartition(".")[0])
            if holder is not None and holder.kind == "class":
                found.update(holder.external_bases)
                if holder.getattr_served is not None:  # does an outside module its `__getattr__` asks have it?
                    name = path.rpartition(".")[2]
                    found.update(f"{module}.{name}" for module in holder.getattr_served[1] if module not in new.symbols)
            elif holder is not None and holder.kind == "alias":
                found.add(holder.target)
        found.update(repointed(new, old).values())  # their parameters are now the other distribution's
        found.update(  # what an old pass-through wrapper accepted is what it handed its `*args`/`**kwargs` to
            before.passes_to[0]
            for path, before in old.symbols.items()
            if before.passes_to is not None and _call_changed(before, new.symbols.get(path))
        )
        for path, before in old.symbols.items():  # an outside class before a changed method's owner may define it
            if before.kind == "method" and _call_changed(before, new.symbols.get(path)):  # (`diff._OutsideShadowing`)
                found.update(_ahead_of_owner(path, new.symbols.get(path), new))
        found.update(  # where an old `*args` went beside `**kwargs` bounds how many it took (`forwarded_cap`)
            target
            for path, before in old.symbols.items()
            if before.varargs_forwarded and _call_changed(before, new.symbols.get(path))
            for target in before.kwargs_forwards
        )
    own = callables_by_target((new,))  # as `KeywordFates` finds a forward's target
    pending = [
        symbol
        for path, symbol in new.symbols.items()
        if symbol.kwargs_forwards and (old is None or _call_changed(old.symbols.get(path), symbol))
    ]
    seen = {id(symbol) for symbol in pending}
    while pending:
        via = pending[-1].kwargs_via
        for target in pending.pop().kwargs_forwards:
            found.add(target)
            mine = (own.get(via_key(target, via)) if via else None) or own.get(target.removesuffix(".__init__"))
            if mine is not None and id(mine) not in seen:
                seen.add(id(mine))
                pending.append(mine)
    return sorted(path for path in found if path and path != "?" and not is_stdlib(path))


def env_seeds(new: Surface, old: Surface) -> list[str]:
    """Environment variables `old` reads and `new` does not itself: a distribution `new` now requires may read them
    in its place (virtualenv 21.0 moved interpreter discovery, and its `PATHEXT` and `XDG_DATA_HOME`, into
    python-discovery)."""
    return sorted(old.env_vars.keys() - new.env_vars.keys())


def _ahead_of_owner(path: str, symbol: Symbol | None, surface: Surface) -> tuple[str, ...]:
    """The ancestors before the class defining the member at `path` in the order of the class it is a member of
    (none when that class defines it itself)."""
    holder = surface.holder_class(path) if symbol is not None else None
    owner = symbol.target.rpartition(".")[0] if symbol is not None else ""
    if holder is None or owner == holder.target or owner not in holder.mro:
        return ()
    return holder.mro[: holder.mro.index(owner)]


def _call_changed(before: Symbol | None, after: Symbol | None) -> bool:
    """Whether the diff compares the two calling conventions (`diff._signature_delta`'s shortcut)."""
    return (
        before is not None
        and after is not None
        and (before.params, before.returns, before.kwargs_options)
        != (
            after.params,
            after.returns,
            after.kwargs_options,
        )
    )


def _asks(symbol: Symbol) -> tuple[str, ...]:
    """The outside paths a lookup on `symbol` may continue to (`Outside.provides`, `KeywordFates.fate`), and the
    classes a name bound one way or another may be (`Symbol.alternatives`)."""
    bases = symbol.external_bases if symbol.kind == "class" else ()
    return (*bases, *symbol.kwargs_forwards, *symbol.alternatives)


class _Dependency:
    def __init__(self, tree: DependencyTree, read: Reader) -> None:
        self.tree = tree
        self.modules = LazyModules(find_modules(tree.unpacked), read)
        self.builder = SurfaceBuilder(self.modules, deprecations=False)
        self.bound: dict[str, set[str]] = {}
        """Modules asked about -> the asked names they have (see `Outside.module_binds`)."""

    def module_of(self, dotted: str) -> tuple[str, str] | None:
        """(module, first name after it) for the longest module prefix of `dotted` in this distribution."""
        parts = dotted.split(".")
        for end in range(len(parts) - 1, 0, -1):
            module = ".".join(parts[:end])
            if module in self.modules:
                return module, parts[end]
        return None

    def add(self, dotted: str) -> list[Symbol]:
        """Record the class or callable `dotted` leads to (a class with all its members), and whether its module has
        the name at all (`bound`); the symbols added."""
        found = self.module_of(dotted)
        if found is None:
            return []
        module, name = found
        resolved = self.builder.resolver.lookup(module, name)
        answered = self.bound.setdefault(module, set())
        if resolved is None:
            if self._may_hide(module):
                self.bound.pop(module)  # unknown, rather than "surely not there"
            return []
        answered.add(name)
        before = len(self.builder.symbols)
        self.builder.add_name(f"{module}.{name}", resolved, self.modules[module])
        return list(self.builder.symbols.values())[before:]

    def _may_hide(self, module: str) -> bool:
        """The module may have names the resolver cannot see: it was not read, its `__getattr__` answers names it
        does not spell, or it star-imports from outside the distribution."""
        raw = self.modules[module]
        return (
            raw.status is not ModuleStatus.OK
            or raw.dynamic
            or any(isinstance(s, RawImport) and s.module not in self.modules for s in raw.bindings.get("*", ()))
        )

    def env_reads(self, names: Sequence[str], read_whole: Reader) -> tuple[dict[str, tuple[str, int]], list[str]]:
        """Where the distribution reads the environment variables of `names`, or spells them as a key in its code
        (python-discovery 1.9's `env.get("XDG_DATA_HOME")` reads the mapping its callers pass, `os.environ`), as a
        release's own spelled keys count (see `Surface.spelled_keys`); and the shapes `*_REST` of the names whose
        rest after a prefix it spells as a key while it joins keys at run time (see `_rests`). Only the
        modules spelling one of the names, or a rest, are read, and read whole (a lazy read records neither)."""
        found: dict[str, tuple[str, int]] = {}
        rests: set[str] = set()
        joins = False
        for file in self.modules.files:
            try:
                data = file.path.read_bytes() if file.path.stat().st_size <= MAX_MODULE_BYTES else b""
            except OSError:
                continue  # unreadable: it reads nothing we can show
            joins = joins or _JOINED_KEY.search(data) is not None
            spelled = [name for name in names if _spelled(name, data)]
            quoted = [rest for name in names for rest in _rests(name) if _quoted(rest, data)]
            if not spelled and not quoted:
                continue
            raw = read_whole(file)
            rests.update(rest for rest in quoted if rest in raw.spelled_keys)
            for name in spelled:
                if name in raw.env_vars:
                    found.setdefault(name, (raw.file, raw.env_vars[name]))
                elif name in raw.spelled_keys:
                    found.setdefault(name, (raw.file, data[: data.index(name.encode())].count(b"\n") + 1))
                elif (reader := _stdlib_reader(name, raw, data)) is not None:
                    found.setdefault(name, (raw.file, data[: data.index(reader.encode())].count(b"\n") + 1))
        return found, sorted(f"*_{rest}" for rest in rests) if joins else []

    def surface(self, env: tuple[dict[str, tuple[str, int]], list[str]] | None = None) -> Surface:
        bound = {module: tuple(sorted(names)) for module, names in sorted(self.bound.items())}
        symbols = dict(sorted(self.builder.symbols.items()))
        env_vars, env_shapes = env or ({}, [])
        return Surface(
            self.tree.package, self.tree.version, symbols, bound=bound, env_vars=env_vars, env_shapes=tuple(env_shapes)
        )


_JOINED_KEY = re.compile(rb"\{[A-Za-z_][\w.]*\}_\{[A-Za-z_][\w.]*\}")
"""An f-string joining two computed parts with `_` (`f"{tool}_{name}"`): vcs-versioning's `EnvReader` builds
`SETUPTOOLS_SCM_HG_COMMAND` from the prefix setuptools-scm 10 hands it and its own `read("HG_COMMAND")`."""


def _rests(name: str) -> list[str]:
    """What may follow a prefix handed in at run time: each tail of `name` after an `_` (`HG_COMMAND`, `COMMAND` of
    `SETUPTOOLS_SCM_HG_COMMAND`), three characters at least (as `extract.spelled_keys` keeps)."""
    parts = name.split("_")
    return [rest for end in range(1, len(parts)) if len(rest := "_".join(parts[end:])) >= 3 and parts[end - 1]]


def _quoted(text: str, data: bytes) -> bool:
    encoded = text.encode()
    return b'"' + encoded + b'"' in data or b"'" + encoded + b"'" in data


def _spelled(name: str, data: bytes) -> bool:
    """The module spells the variable, or a standard-library call reading it (see `_stdlib_reader`)."""
    return name.encode() in data or any(reader.encode() in data for reader in stdlib_readers(name))


def _stdlib_reader(name: str, raw: RawModule, data: bytes) -> str | None:
    """A standard-library call reading the variable that the module makes, as `.getproxies(` or by the bare name it
    imports from the standard library: httpx's `from urllib.request import getproxies` honours `HTTPS_PROXY`, which
    python-telegram-bot 13 read itself and 20, on httpx, no longer does."""
    imported = {
        binding.attr
        for bindings in raw.bindings.values()
        for binding in bindings
        if isinstance(binding, RawImport) and binding.attr is not None and is_stdlib_module(binding.module)
    }
    for reader in sorted(stdlib_readers(name)):
        if (reader in raw.called or reader in imported) and reader.encode() in data:
            return reader
    return None


@collector_paused
def partial_surfaces(
    wanted: Sequence[str],
    trees: Sequence[DependencyTree],
    read: Reader,
    env_names: Sequence[str] = (),
    read_whole: Reader | None = None,
) -> list[Surface]:
    """One surface per dependency holding what `wanted` leads to, transitively (an outside class's own outside
    bases, a forwarded-to callable's forwards): everything `Outside` and `KeywordFates` can ask of them; with
    `env_names` (variables the release no longer reads itself) and `read_whole`, where the dependency reads them."""
    dependencies = [_Dependency(tree, read) for tree in trees]
    pending, seen = list(wanted), set(wanted)
    try:
        while pending:
            dotted = pending.pop()
            for dependency in dependencies:
                for symbol in dependency.add(dotted):
                    for path in _asks(symbol):
                        if path not in seen and path != "?" and not is_stdlib(path):
                            seen.add(path)
                            pending.append(path)
        return [
            dependency.surface(dependency.env_reads(env_names, read_whole) if env_names and read_whole else None)
            for dependency in dependencies
        ]
    finally:
        for dependency in dependencies:
            dependency.modules.close()
