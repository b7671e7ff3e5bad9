"""What a module whose stub was read instead of its source still binds at run time. A stub is read where the source
fills its names when it runs (numpy's `__init__.py` passes `globals()` on); but the source still binds names the
stub may leave out (numpy 1.22's `__init__.pyi` no longer declares `asscalar`, which `from .lib import *` still
brings until 1.23). `from module import name` finds those, so losing them from the stub is no removal."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from bot.apidiff.locate import ModuleFile
from bot.apidiff.model import Surface
from bot.apidiff.raw import RawImport, RawModule
from bot.apidiff.stubs import files_beside


def sources_under_stubs(files: list[ModuleFile]) -> list[ModuleFile]:
    """The sources beside the stubs read in their place."""
    return files_beside(files, ".pyi", lambda name: name.removesuffix("i"))


def with_run_time_names(surface: Surface, sources: Iterable[RawModule], raws: Mapping[str, RawModule]) -> Surface:
    """`surface` whose `bound` also holds what each source binds, serves or star-imports (see `run_time_names`)."""
    bound = dict(surface.bound)
    for source in sources:
        names = run_time_names(source, raws)
        bound[source.module] = tuple(sorted(names.union(bound.get(source.module, ()))))
    return replace(surface, bound=bound)


def run_time_names(raw: RawModule, raws: Mapping[str, RawModule]) -> set[str]:
    """The names a module binds (its top-level calls' `global` ones too, see `RawModule.bound_on_import`), serves
    through `__getattr__`, or gets from its star imports of the release's modules, chained: a star import brings a
    module's literal `__all__`, else its public names and its own star imports' (numpy's `from .lib import *`, `lib`
    then `from .type_check import *`). A name the body `del`s after binding it is no longer there when anyone imports
    the module (arviz 1.0's `import arviz_stats as stats` … `del stats`, where `arviz/stats/` was)."""
    names = {name for name in raw.bindings if name != "*" and name not in raw.deleted}
    names |= raw.shims.keys() | raw.bound_on_import
    seen = {raw.module}
    pending = [raw]
    while pending:
        current = pending.pop()
        for star in current.bindings.get("*", ()):
            source = raws.get(star.module) if isinstance(star, RawImport) else None
            if source is None or source.module in seen:
                continue
            seen.add(source.module)
            if source.all_names is not None:
                names.update(source.all_names)
            else:
                names.update(
                    name
                    for name in source.bindings
                    if name != "*" and not name.startswith("_") and name not in source.deleted
                )
                pending.append(source)
    return names
