"""Caching property decorators that leave an instance attribute assignable: `functools.cached_property` and Django's
have no `__set__` (the instance's `__dict__` wins), werkzeug's stores the value assigned in the instance's `__dict__`
(flask 2's `locked_cached_property` is one of werkzeug's). An attribute become one of them is still assigned: Django
4.0's `CommonPasswordValidator.DEFAULT_PASSWORD_LIST_PATH` and `DatabaseFeatures.test_collations`, mkdocs 1.6's
`File.abs_src_path`, which mkdocs itself assigns. A release may hand one on from a module of its own (anthropic
2.17's `_compat` does `from functools import cached_property as cached_property`, and `MessageStream.text_stream` is
decorated with `from ..._compat import cached_property`): `reexported_cache` follows such imports."""

from __future__ import annotations

from collections.abc import Mapping

from bot.apidiff.raw import RawCallable, RawClass, RawImport, RawModule

SETTABLE_CACHES = frozenset(
    {
        ("functools", "cached_property"),
        ("django.utils.functional", "cached_property"),
        ("werkzeug.utils", "cached_property"),
        ("werkzeug", "cached_property"),
        ("flask.helpers", "locked_cached_property"),
        ("cached_property", "cached_property"),
    }
)
"""(module, name) of the implementations known to be assignable; another decorator named so (a package's own
`cached_property`, whose `__set__` may refuse) is not."""


MAX_REEXPORTS = 4
"""How many modules of the release a decorator is followed through (`reexported_cache`)."""


def imported_decorator(decorator: str, raw: RawModule) -> tuple[str, str] | None:
    """The (module, name) the decorator, as the module spells it (`cached_property`, `functools.cached_property`,
    `functional.cached_property`), is imported as, resolved through the module's last binding of its first name;
    None when that binding is no import of a name."""
    head, _, rest = decorator.partition(".")
    bound = _last_import(raw, head)
    if bound is None:
        return None
    if not rest:
        return None if bound.attr is None else (bound.module, bound.attr)
    base = bound.module if bound.attr is None else f"{bound.module}.{bound.attr}"
    module, _, name = f"{base}.{rest}".rpartition(".")
    return module, name


def settable_cache(decorator: str, raw: RawModule) -> bool:
    """The decorator is imported as one of `SETTABLE_CACHES`."""
    return imported_decorator(decorator, raw) in SETTABLE_CACHES


def reexported_cache(target: tuple[str, str], modules: Mapping[str, RawModule]) -> bool:
    """`target`, a decorator's import (see `imported_decorator`), names a module of the release whose last binding
    of the name imports one of `SETTABLE_CACHES` (through at most `MAX_REEXPORTS` modules of the release), or makes one
    (`_made_cache`): the decorator is that cache."""
    for _ in range(MAX_REEXPORTS):
        raw = modules.get(target[0])
        if raw is None:
            return False
        bound = _last_import(raw, target[1])
        if bound is None or bound.attr is None:
            return _made_cache(raw, target[1])
        target = (bound.module, bound.attr)
        if target in SETTABLE_CACHES:
            return True
    return False


def _made_cache(raw: RawModule, name: str) -> bool:
    """`name` is the module's own subclass of a settable cache adding no `__set__` (so still assignable), or a function
    annotated to return one: poetry 2.1's `atomic_cached_property(func) -> AtomicCachedProperty[T]`, whose class
    derives from `functools.cached_property[T]` and only adds a lock to `__get__`. Or it is the module's own non-data
    descriptor (`_non_data_descriptor`)."""
    found = raw.bindings.get(name)
    bound = found[-1] if found else None
    if isinstance(bound, RawCallable) and bound.kind == "function" and bound.returns:
        returned = bound.returns.strip("'\"").partition("[")[0]
        found = raw.bindings.get(returned)
        bound = found[-1] if found else None
    if not isinstance(bound, RawClass) or "__set__" in bound.members:
        return False
    return _non_data_descriptor(bound) or any(imported_decorator(base, raw) in SETTABLE_CACHES for base in bound.bases)


def _non_data_descriptor(cls: RawClass) -> bool:
    """A class of nothing but `object` defining `__get__` and neither `__set__` nor `__delete__`: an instance's
    `__dict__` wins over it and assigning on the class replaces it, so what it decorates is still assigned
    (ipywidgets 8's `@_staticproperty def widgets()`, a plain `widgets = {}` in 7). A `property` subclass refuses."""
    members = cls.members
    return (
        "__get__" in members
        and "__set__" not in members
        and "__delete__" not in members
        and all(base == "object" for base in cls.bases)
    )


def _last_import(raw: RawModule, name: str) -> RawImport | None:
    """The module's last binding of `name` when it is an import (what the name holds at the end of the module)."""
    found = raw.bindings.get(name)
    bound = found[-1] if found else None
    return bound if isinstance(bound, RawImport) else None
