"""Parameters of a `def`, read from its AST."""

from __future__ import annotations

import ast
from dataclasses import replace

from bot.apidiff.model import Param, ParamKind
from bot.apidiff.source import SourceText


def _annotation(node: ast.expr | None, source: SourceText) -> str | None:
    return source.segment(node) if node is not None else None


def read_params(args: ast.arguments, source: SourceText, *, drop_first: bool) -> tuple[Param, ...]:
    """The parameters in declaration order; `drop_first` removes a bound method's `self`/`cls`."""
    positional = [*args.posonlyargs, *args.args]
    first_default = len(positional) - len(args.defaults)
    only = len(args.posonlyargs)
    params: list[Param] = []
    for index, arg in enumerate(positional):
        kind = ParamKind.POSITIONAL_ONLY if index < only else ParamKind.POSITIONAL_OR_KEYWORD
        annotation = source.segment(arg.annotation) if arg.annotation is not None else None
        params.append(Param(arg.arg, kind, index >= first_default, annotation))
    if args.vararg is not None:
        params.append(
            Param(args.vararg.arg, ParamKind.VAR_POSITIONAL, False, _annotation(args.vararg.annotation, source))
        )
    for arg, default in zip(args.kwonlyargs, args.kw_defaults, strict=True):
        params.append(Param(arg.arg, ParamKind.KEYWORD_ONLY, default is not None, _annotation(arg.annotation, source)))
    if args.kwarg is not None:
        params.append(Param(args.kwarg.arg, ParamKind.VAR_KEYWORD, False, _annotation(args.kwarg.annotation, source)))
    if drop_first and params and params[0].kind in (ParamKind.POSITIONAL_ONLY, ParamKind.POSITIONAL_OR_KEYWORD):
        params.pop(0)
    return tuple(params)


def with_type_comment(
    comment: str, params: tuple[Param, ...], returns: str | None
) -> tuple[tuple[Param, ...], str | None]:
    """Annotations from a PEP 484 type comment (`# type: (int, str) -> bytes`) where the code has none."""
    try:
        signature = ast.parse(comment, mode="func_type")
    except (SyntaxError, ValueError, RecursionError):
        return params, returns
    types = [ast.unparse(t) for t in signature.argtypes]
    named = [p for p in params if p.kind not in (ParamKind.VAR_POSITIONAL, ParamKind.VAR_KEYWORD)]
    by_name = dict(zip((p.name for p in named[-len(types) :] if types), types, strict=False)) if types else {}
    updated = tuple(replace(p, annotation=p.annotation or by_name.get(p.name)) for p in params)
    return updated, returns or ast.unparse(signature.returns)


def format_params(params: tuple[Param, ...]) -> str:
    """`(a, b=..., *, c)`-style text of a parameter list, annotations left out."""
    parts: list[str] = []
    slash_pending = False
    star_written = False
    for param in params:
        if param.kind is ParamKind.POSITIONAL_ONLY:
            slash_pending = True
        elif slash_pending:
            parts.append("/")
            slash_pending = False
        if param.kind is ParamKind.KEYWORD_ONLY and not star_written:
            parts.append("*")
            star_written = True
        if param.kind is ParamKind.VAR_POSITIONAL:
            parts.append(f"*{param.name}")
            star_written = True
        elif param.kind is ParamKind.VAR_KEYWORD:
            parts.append(f"**{param.name}")
        else:
            parts.append(f"{param.name}=..." if param.has_default else param.name)
    if slash_pending:
        parts.append("/")
    return "(" + ", ".join(parts) + ")"
