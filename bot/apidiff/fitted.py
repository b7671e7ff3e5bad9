"""Fitted attributes: the scikit-learn convention of naming what `fit` learns with one trailing underscore
(`coef_`, `classes_`, imbalanced-learn 0.11's `CondensedNearestNeighbour.estimator_`, set in `_validate_estimator`
which `fit_resample` runs). Users read them on fitted objects, so they are public members although no constructor
sets them; any other name a method sets on `self` may be internal state and stays among `Symbol.self_sets`."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from bot.apidiff.raw import RawCallable

_FITTED = re.compile(r"[a-z][a-z0-9_]*[a-z0-9]_")
"""A public name with one trailing underscore (not `_private`, not `__dunder__`, not `name__`)."""

_FITTING = frozenset({"fit", "partial_fit", "fit_transform", "fit_predict", "fit_resample"})
"""The methods of an estimator (its own or inherited within the distribution): only such a class's trailing
underscore names follow the convention; elsewhere `self.type_ = ...` avoids a keyword and may be state."""


def fitted_names(members: Mapping[str, Any], self_sets: Iterable[str]) -> list[str]:
    """The names among `self_sets` (set on `self` outside construction) that are fitted attributes of an
    estimator whose members are `members` (name -> (member, owner, owner module))."""
    if _FITTING.isdisjoint(members):
        return []
    return sorted(name for name in self_sets if name not in members and _FITTED.fullmatch(name))


def setter_line(members: Mapping[str, Any], name: str) -> tuple[str, int] | None:
    """(file, line) of the first method among `members` that assigns `self.name`, None if none says so."""
    for member, _, module in members.values():
        if isinstance(member, RawCallable) and name in member.self_sets:
            return str(module.file), member.line
    return None
