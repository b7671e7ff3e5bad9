"""What a pydantic model does with a keyword that names none of its fields: its configuration's `extra`. A keyword a
function now hands through `**kwargs` to such a model is taken silently ("ignore", pydantic's default, or "allow"),
so losing the named parameter that took it refuses no call (aiogram 3.0's `Message.answer(**kwargs)` builds
`SendMessage(..., **kwargs)`, a model with `extra="allow"`)."""

from __future__ import annotations

import ast
from collections.abc import Sequence

from bot.apidiff.source import dotted_name
from bot.apidiff.stdlib import is_stdlib

PYDANTIC_MODELS = frozenset(
    {"pydantic.BaseModel", "pydantic.main.BaseModel", "pydantic.v1.BaseModel", "pydantic.v1.main.BaseModel"}
)
POLICIES = frozenset({"allow", "ignore", "forbid"})
ACCEPTING = frozenset({"allow", "ignore"})
"""Policies under which the constructor takes any keyword without an error."""
UNKNOWN = "?"
"""`extra` set to no literal, or a validator that sees the keywords before the fields do and may refuse them."""
_BEFORE_VALIDATORS = frozenset({"model_validator", "root_validator"})


def _policy(value: ast.expr) -> str:
    """ "allow"/"ignore"/"forbid" as written (`"forbid"`, `Extra.forbid`, `pydantic.Extra.forbid`), else "?"."""
    if isinstance(value, ast.Constant) and isinstance(value.value, str):
        text = value.value
    else:
        text = (dotted_name(value) or "").rpartition(".")[2]
    return text if text in POLICIES else UNKNOWN


def _from_mapping(value: ast.expr) -> str:
    """`extra` of `ConfigDict(extra=...)`, `dict(extra=...)` or `{"extra": ...}`; "" when it names none, "?" when
    the configuration is built some other way."""
    if isinstance(value, ast.Call):
        if any(k.arg is None for k in value.keywords):
            return UNKNOWN
        found = next((k.value for k in value.keywords if k.arg == "extra"), None)
        return "" if found is None else _policy(found)
    if isinstance(value, ast.Dict):
        for key, item in zip(value.keys, value.values, strict=True):
            if key is None:
                return UNKNOWN
            if isinstance(key, ast.Constant) and key.value == "extra":
                return _policy(item)
        return ""
    return UNKNOWN


def _refuses_early(stmt: ast.stmt) -> bool:
    """A validator that runs on the keywords as given (`@model_validator(mode="before")`, v1's `@root_validator`)
    and raises or asserts somewhere in its body; one that only reshapes them (aiogram 3's `remove_unset` drops unset
    values) refuses none."""
    if not isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return False
    validates = any(
        (dotted_name(d.func if isinstance(d, ast.Call) else d) or "").rpartition(".")[2] in _BEFORE_VALIDATORS
        for d in stmt.decorator_list
    )
    return validates and any(isinstance(node, (ast.Raise, ast.Assert)) for node in ast.walk(stmt))


def declared_extra(node: ast.ClassDef) -> str:
    """The class statement's own `extra`: a class keyword (`class M(BaseModel, extra="forbid")`), v2's `model_config`
    or v1's nested `class Config`; "" when it sets none, "?" when it cannot be read."""
    found = next((_policy(k.value) for k in node.keywords if k.arg == "extra"), "")
    for stmt in node.body:
        if _refuses_early(stmt):
            return UNKNOWN
        if isinstance(stmt, (ast.Assign, ast.AnnAssign)) and stmt.value is not None:
            targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
            if any(isinstance(t, ast.Name) and t.id == "model_config" for t in targets):
                found = _from_mapping(stmt.value) or found
        elif isinstance(stmt, ast.ClassDef) and stmt.name == "Config":
            for option in stmt.body:
                if isinstance(option, ast.Assign) and any(
                    isinstance(t, ast.Name) and t.id == "extra" for t in option.targets
                ):
                    found = _policy(option.value)
    return found


def effective_extra(declared: Sequence[str], outside: Sequence[str]) -> str:
    """A class's `extra` from what each class of its order in the distribution sets (itself first) and its ancestors
    outside it: "" when none of those is pydantic's model; "?" when another outside class may configure or validate
    it, or a setting cannot be read; else the first one set, pydantic's default "ignore" when none is."""
    if not any(name in PYDANTIC_MODELS for name in outside):
        return ""
    if UNKNOWN in declared or any(name not in PYDANTIC_MODELS and not is_stdlib(name) for name in outside):
        return UNKNOWN
    return next((value for value in declared if value), "ignore")
