"""Keywords a decorator factory's wrapper looks for one by one in a list its call passes: redis 5.3's
`@deprecated_args(args_to_warn=["read_from_replicas"], ...)`, whose wrapper runs `for arg in args_to_warn: ... if arg
in provided_args: warn(...)` over `provided_args.update(kwargs)`. The option is written "=[p]" for the factory's
parameter `p` (see `facts._named_keys`); a decorator call's list literal of names is kept as "[a,b]" (see
`RawCallable.decorator_arguments`)."""

from __future__ import annotations

import ast

from bot.apidiff.source import dotted_name, walk


def listed_keys(factory: ast.FunctionDef | ast.AsyncFunctionDef, wrapper: ast.AST, kwargs: str) -> list[str]:
    """The option "=[p]" for each parameter `p` of the factory the wrapper loops over (`for arg in p`) testing the
    loop variable against its `**kwargs` or a dict it copies them into (`arg in provided_args` after
    `provided_args.update(kwargs)`, `dict(kwargs)`, `{**kwargs}`, `kwargs.copy()`) in an `if` whose body calls a
    warning (`warn_deprecated_arg_usage`): a list of keywords the wrapper only checks or allows is no deprecation."""
    arguments = factory.args
    params = {a.arg for a in (*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs)}
    looped = {
        node.target.id: node.iter.id
        for node in walk(wrapper)
        if isinstance(node, ast.For)
        and isinstance(node.target, ast.Name)
        and isinstance(node.iter, ast.Name)
        and node.iter.id in params
    }
    if not looped:
        return []
    holders = {kwargs} | _copies(wrapper, kwargs)
    found: list[str] = []
    for branch in walk(wrapper):
        node = branch.test if isinstance(branch, ast.If) and warns(branch.body) else None
        if not (isinstance(node, ast.Compare) and len(node.ops) == 1 and isinstance(node.ops[0], ast.In)):
            continue
        left, right = node.left, node.comparators[0]
        if isinstance(left, ast.Name) and left.id in looped and dotted_name(right) in holders:
            option = f"=[{looped[left.id]}]"
            if option not in found:
                found.append(option)
    return found


def warns(body: list[ast.stmt]) -> bool:
    """The statements call something named for warning or deprecation (`warnings.warn`, `warn_deprecated_arg_usage`)."""
    for stmt in body:
        for node in walk(stmt):
            name = dotted_name(node.func) if isinstance(node, ast.Call) else None
            if name is not None and ("warn" in name.lower() or "deprecat" in name.lower()):
                return True
    return False


def _copies(wrapper: ast.AST, kwargs: str) -> set[str]:
    """Local names holding the wrapper's keywords: `d.update(kwargs)`, `d = dict(kwargs)`, `d = {**kwargs}`,
    `d = kwargs.copy()`."""
    found: set[str] = set()
    for node in walk(wrapper):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "update":
            if any(dotted_name(arg) == kwargs for arg in node.args) and isinstance(node.func.value, ast.Name):
                found.add(node.func.value.id)
        elif isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            if _copy_of(node.value, kwargs):
                found.add(node.targets[0].id)
    return found


def _copy_of(value: ast.expr, kwargs: str) -> bool:
    if isinstance(value, ast.Dict):
        return any(
            key is None and dotted_name(item) == kwargs for key, item in zip(value.keys, value.values, strict=True)
        )
    if not isinstance(value, ast.Call):
        return False
    if dotted_name(value.func) == "dict":
        return len(value.args) == 1 and dotted_name(value.args[0]) == kwargs
    func = value.func
    return isinstance(func, ast.Attribute) and func.attr == "copy" and dotted_name(func.value) == kwargs


def names_literal(node: ast.expr) -> str | None:
    """A list, tuple or set literal of strings as "[a,b]" (kept among a decorator call's arguments), else None."""
    if not isinstance(node, (ast.List, ast.Tuple, ast.Set)):
        return None
    texts = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
    if len(texts) != len(node.elts) or any("," in text or "]" in text for text in texts):
        return None
    return "[" + ",".join(texts) + "]"


def renames_literal(node: ast.expr) -> str | None:
    """A dict literal of strings to strings as "{a:b,c:d}" (kept among a decorator call's arguments: jsonargparse
    4.50's `@renamed_parameter_warning({"cfg": "namespace"})`), else None."""
    if not isinstance(node, ast.Dict) or not node.keys:
        return None
    pairs = [(old, new) for k, v in zip(node.keys, node.values, strict=True) if (old := _text(k)) and (new := _text(v))]
    if len(pairs) != len(node.keys) or any(set(",:{}") & set(old + new) for old, new in pairs):
        return None
    return "{" + ",".join(f"{old}:{new}" for old, new in pairs) + "}"


def pairs_literal(node: ast.expr) -> str | None:
    """A list or tuple literal of tuples (or lists) led by two strings as "<a:b,c:d>", their other items dropped
    (kept among a decorator call's arguments: scikit-bio 0.7's `@params_aliased([("distmat", "distance_matrix",
    "0.7.0", False)])`), else None. Which of each two is the old keyword is the wrapper's to say (see
    `facts._named_keys`): "<...>" keeps them in the call's order."""
    if not isinstance(node, (ast.List, ast.Tuple)) or not node.elts:
        return None
    pairs = [
        (first, second)
        for item in node.elts
        if isinstance(item, (ast.Tuple, ast.List)) and len(item.elts) >= 2
        if (first := _text(item.elts[0])) and (second := _text(item.elts[1]))
    ]
    if len(pairs) != len(node.elts) or any(not (a.isidentifier() and b.isidentifier()) for a, b in pairs):
        return None
    return "<" + ",".join(f"{a}:{b}" for a, b in pairs) + ">"


def paired_names(text: str) -> list[tuple[str, str]]:
    """The identifier pairs a "<a:b>" argument holds (see `pairs_literal`), in the call's order."""
    if not (text.startswith("<") and text.endswith(">")):
        return []
    pairs = (item.partition(":") for item in text[1:-1].split(","))
    return [(a, b) for a, _, b in pairs if a.isidentifier() and b.isidentifier()]


def _text(node: ast.expr | None) -> str:
    """A string literal's text ("" for anything else)."""
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else ""


def renamed_pairs(text: str) -> list[tuple[str, str]]:
    """The (old, new) identifier pairs a "{a:b}" argument maps (see `renames_literal`)."""
    if not (text.startswith("{") and text.endswith("}")):
        return []
    pairs = (item.partition(":") for item in text[1:-1].split(","))
    return [(old, new) for old, _, new in pairs if old.isidentifier() and new.isidentifier()]


def listed_names(text: str) -> list[str]:
    """The identifiers a "[a,b]" argument lists (see `names_literal`); a `"*"` meaning every argument names none."""
    if not (text.startswith("[") and text.endswith("]")):
        return []
    return [name for name in text[1:-1].split(",") if name.isidentifier()]
