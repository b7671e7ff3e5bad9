"""C3 linearisation (Python's method resolution order) over classes known only by key."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar

K = TypeVar("K", bound=Hashable)

MAX_MRO = 256
"""Longer orders are hostile input; they are cut here."""


def _merge(sequences: list[list[K]]) -> list[K] | None:
    result: list[K] = []
    pending = [list(seq) for seq in sequences if seq]
    while pending:
        for seq in pending:
            head = seq[0]
            if not any(head in other[1:] for other in pending):
                break
        else:
            return None  # no consistent order (Python would raise TypeError at class creation)
        result.append(head)
        pending = [[item for item in seq if item != head] for seq in pending]
        pending = [seq for seq in pending if seq]
        if len(result) > MAX_MRO:
            break
    return result


def linearize(key: K, bases: Callable[[K], list[K]], depth: int = 0, memo: dict[K, list[K]] | None = None) -> list[K]:
    """The MRO of `key` (itself first); a depth-first order when C3 has no solution or the hierarchy is too deep."""
    memo = {} if memo is None else memo
    if key in memo:
        return memo[key]
    memo[key] = [key]  # a cycle sees only the class itself
    direct = bases(key) if depth < 32 else []
    parents = [linearize(base, bases, depth + 1, memo) for base in direct]
    merged = _merge([*parents, list(direct)])
    if merged is None:
        merged = []
        for parent in parents:
            merged.extend(item for item in parent if item not in merged)
    order = [key, *(item for item in merged if item != key)]
    memo[key] = order
    return order
