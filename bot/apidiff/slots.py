"""Construction and copying of frozen slotted dataclasses without the frozen checks: a surface is thousands of
`Symbol`s of 35 fields, and a frozen dataclass's `__init__` sets each field through `object.__setattr__` (twice
the cost of the slot's own setter). The code is generated from the fields, as `dataclasses` generates its own. The
classes these build stay Python classes when the engine is compiled (`mypyc_attr(native_class=False)`): a compiled
class refuses `object.__new__` and has no slot descriptors to set."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")


def _setters(cls: type, names: list[str]) -> dict[str, Any]:
    return {f"_set_{name}": cls.__dict__[name].__set__ for name in names}


def slot_init(cls: type[T]) -> type[T]:
    """Give the frozen slotted dataclass `cls` an `__init__` of the same signature that sets the slots directly
    (fields with plain defaults only: no `default_factory`, no `__post_init__`, no init-only fields)."""
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    names = [field.name for field in fields]
    namespace = _setters(cls, names)
    params = []
    for field in fields:
        if not field.init or field.default_factory is not dataclasses.MISSING or hasattr(cls, "__post_init__"):
            raise TypeError(f"{cls.__name__}.{field.name}: only plain fields")
        if field.default is dataclasses.MISSING:
            params.append(field.name)
        else:
            namespace[f"_default_{field.name}"] = field.default
            params.append(f"{field.name}=_default_{field.name}")
    body = "".join(f"    _set_{name}(self, {name})\n" for name in names)
    exec(f"def __init__(self, {', '.join(params)}):\n{body}", namespace)
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__
    setattr(cls, "__init__", init)  # noqa: B010 - mypy refuses assigning a method
    return cls


def copier(cls: type[T], *changed: str) -> Callable[..., T]:
    """A function (instance, *values) -> a copy of the instance with the fields `changed` set to `values`, in that
    order (much cheaper than `dataclasses.replace`, which validates and calls `__init__`)."""
    names = [field.name for field in dataclasses.fields(cls)]  # type: ignore[arg-type]
    namespace = {**_setters(cls, names), "_new": object.__new__, "_cls": cls}
    values = [f"_value_{index}" for index in range(len(changed))]
    sets = "".join(f"    _set_{name}(clone, {value})\n" for name, value in zip(changed, values, strict=True))
    body = "".join(f"    _set_{name}(clone, source.{name})\n" for name in names if name not in changed)
    exec(f"def copy(source, {', '.join(values)}):\n    clone = _new(_cls)\n{sets}{body}    return clone\n", namespace)
    return namespace["copy"]  # type: ignore[no-any-return]
