"""No cyclic garbage collection while one module is read: its tree is tens of thousands of objects, all alive until
the module is done, which the collector would only trace again and again (with full passes over every module read
before it) without freeing one. What the read leaves behind is freed by reference counting (syntax trees hold no
cycles), or by the first collection after it."""

from __future__ import annotations

import gc
from collections.abc import Callable
from functools import wraps
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")


def collector_paused(function: Callable[P, T]) -> Callable[P, T]:
    """`function` run with the cyclic collector off (left off when the caller already turned it off)."""

    @wraps(function)
    def paused(*args: P.args, **kwargs: P.kwargs) -> T:
        if not gc.isenabled():
            return function(*args, **kwargs)
        gc.disable()
        try:
            return function(*args, **kwargs)
        finally:
            gc.enable()

    return paused
