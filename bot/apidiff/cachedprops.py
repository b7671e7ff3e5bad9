"""Caching property decorators that leave an instance attribute assignable: `functools.cached_property` and Django's
have no `__set__` (the instance's `__dict__` wins), werkzeug's stores the value assigned in the instance's `__dict__`
(flask 2's `locked_cached_property` is one of werkzeug's). An attribute become one of them is still assigned: Django
4.0's `CommonPasswordValidator.DEFAULT_PASSWORD_LIST_PATH` and `DatabaseFeatures.test_collations`, mkdocs 1.6's
`File.abs_src_path`, which mkdocs itself assigns."""

from __future__ import annotations

from bot.apidiff.raw import RawImport, RawModule

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


def settable_cache(decorator: str, raw: RawModule) -> bool:
    """The decorator, as the module spells it (`cached_property`, `functools.cached_property`, `functional.
    cached_property`), is one of `SETTABLE_CACHES`, resolved through the module's last binding of its first name."""
    head, _, rest = decorator.partition(".")
    found = raw.bindings.get(head)
    bound = found[-1] if found else None
    if not isinstance(bound, RawImport):
        return False
    if not rest:
        return bound.attr is not None and (bound.module, bound.attr) in SETTABLE_CACHES
    base = bound.module if bound.attr is None else f"{bound.module}.{bound.attr}"
    module, _, name = f"{base}.{rest}".rpartition(".")
    return (module, name) in SETTABLE_CACHES
