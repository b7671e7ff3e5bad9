"""No cyclic garbage collection while a module is read, a release's surface is built, or two surfaces are compared:
a module's tree is tens of thousands of objects, all alive until the module is done, and a surface's symbols all
stay alive; the collector would only trace them again and again (with full passes over everything the process holds,
a benchmark's or a service's other objects included) without freeing one. What is left behind is freed by reference
counting (syntax trees and surfaces hold no cycles), or by the first collection after it."""

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
