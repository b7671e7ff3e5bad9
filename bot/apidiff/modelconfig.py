"""What a pydantic model does with a keyword that names none of its fields: its configuration's `extra`. A keyword a
function now hands through `**kwargs` to such a model is taken silently ("ignore", pydantic's default, or "allow"),
so losing the named parameter that took it refuses no call (aiogram 3.0's `Message.answer(**kwargs)` builds
`SendMessage(..., **kwargs)`, a model with `extra="allow"`)."""

from __future__ import annotations

import ast
import re
from collections.abc import Sequence

from bot.apidiff.model import Param, ParamKind
from bot.apidiff.params import literal_default
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
_RENAMING = frozenset(
    {"populate_by_name", "allow_population_by_field_name", "alias_generator", "validate_by_name", "validate_by_alias"}
)
"""Settings under which a field's keyword is not (only) its name."""
_IMPLICIT_NONE = re.compile(r"\b(?:Optional|None|Any)\b")
"""An annotation pydantic 1 gives an implicit `None` default (2 does not)."""
ModelFields = tuple[tuple[Param, ...], tuple[str, ...]]
"""(the parameters a model's fields make, the names of those annotated optional with no value)."""


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


def model_fields(node: ast.ClassDef) -> ModelFields | None:
    """The keyword-only parameters pydantic's generated constructor takes for the fields the class statement annotates
    (private `_x`, `ClassVar` and `model_config` aside), defaults from `= value` or `Field(default, default=...,
    default_factory=...)`, with the names of those optional under pydantic 1 only (see `_IMPLICIT_NONE`); None when
    the keywords cannot be read: an alias, a configuration renaming fields or built another way, a validator that
    sees the keywords first, a name assigned without annotation (a field under pydantic 1)."""
    if any(k.arg in _RENAMING for k in node.keywords):
        return None
    params: list[Param] = []
    implicit: list[str] = []
    for stmt in node.body:
        if _unreadable(stmt):
            return None
        if not isinstance(stmt, ast.AnnAssign) or not isinstance(stmt.target, ast.Name):
            continue
        name, annotation = stmt.target.id, ast.unparse(stmt.annotation)
        if name.startswith("_") or name == "model_config" or "ClassVar" in annotation:
            continue
        if "Field(" in annotation:  # `Annotated[int, Field(alias=...)]`: read no further
            return None
        value = stmt.value
        given: ast.expr | None = value
        factory = False
        if isinstance(value, ast.Call) and (dotted_name(value.func) or "").rpartition(".")[2] == "Field":
            if any(k.arg is None or "alias" in k.arg for k in value.keywords):
                return None
            given = value.args[0] if value.args else next((k.value for k in value.keywords if k.arg == "default"), None)
            factory = any(k.arg == "default_factory" for k in value.keywords)
        required = not factory and (given is None or (isinstance(given, ast.Constant) and given.value is Ellipsis))
        if required and _IMPLICIT_NONE.search(annotation):
            implicit.append(name)
        params.append(Param(name, ParamKind.KEYWORD_ONLY, not required, None, literal_default(given)))
    return tuple(params), tuple(implicit)


def _unreadable(stmt: ast.stmt) -> bool:
    """A statement of a model's body after which its constructor's keywords are not those of its annotations."""
    if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return any(
            (dotted_name(d.func if isinstance(d, ast.Call) else d) or "").rpartition(".")[2] in _BEFORE_VALIDATORS
            for d in stmt.decorator_list
        )
    if isinstance(stmt, ast.ClassDef):
        return stmt.name == "Config" and any(
            isinstance(t, ast.Name) and t.id in _RENAMING
            for option in stmt.body
            if isinstance(option, ast.Assign)
            for t in option.targets
        )
    if isinstance(stmt, ast.Assign):
        names = [t.id if isinstance(t, ast.Name) else "" for t in stmt.targets]
        if names == ["model_config"]:
            return _renames(stmt.value)
        return any(not name.startswith("_") for name in names)
    if isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name) and stmt.target.id == "model_config":
        return stmt.value is None or _renames(stmt.value)
    return False


def _renames(config: ast.expr) -> bool:
    """`model_config` renames fields (see `_RENAMING`), or is built some way not read (a spread, a name)."""
    if isinstance(config, ast.Call):
        return any(k.arg is None or k.arg in _RENAMING for k in config.keywords)
    if isinstance(config, ast.Dict):
        return any(not isinstance(k, ast.Constant) or k.value in _RENAMING for k in config.keys)
    return True
