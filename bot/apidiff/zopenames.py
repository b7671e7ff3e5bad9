"""Module names deprecated by `zope.deprecation`: `deprecated("name", "message")` (or a tuple of names) at a module's
top level makes the module warn when the name is read from it (pyramid 2.0's `pyramid.security`, which so deprecates
`Everyone`, `Authenticated`... in a loop over their names); in a class body, `name = deprecated(name, "message")`
wraps the member so that reading it warns (pyramid 2.0's `Request.effective_principals`)."""

from __future__ import annotations

import ast

from bot.apidiff.source import dotted_name, literal_text

ZOPE_MODULES = frozenset({"zope.deprecation", "zope.deprecation.deprecation"})
MAX_NAMES = 200
"""Names read from one module's calls (a hostile module may spell many)."""


def is_deprecated_call(stmt: ast.stmt) -> bool:
    """A top-level `deprecated(...)` or `for NAME in (...): deprecated(...)` statement (whose `deprecated` the
    caller then checks is zope's)."""
    if isinstance(stmt, ast.For):
        return len(stmt.body) == 1 and not isinstance(stmt.body[0], ast.For) and is_deprecated_call(stmt.body[0])
    return (
        isinstance(stmt, ast.Expr)
        and isinstance(stmt.value, ast.Call)
        and dotted_name(stmt.value.func) in ("deprecated", "zope.deprecation.deprecated")
        and len(stmt.value.args) == 2
    )


def deprecated_names(stmts: list[ast.stmt]) -> dict[str, str]:
    """name -> message of each name the statements (see `is_deprecated_call`) deprecate: a string or a tuple of
    strings, or the variable of a loop over literal strings (its `"...{attr}...".format(attr=attr)` filled in)."""
    found: dict[str, str] = {}
    for stmt in stmts:
        loop = _loop_names(stmt) if isinstance(stmt, ast.For) else None
        call = (stmt.body[0] if isinstance(stmt, ast.For) else stmt).value  # type: ignore[attr-defined]
        target, message = call.args
        if loop is not None:
            variable, names = loop
            if not (isinstance(target, ast.Name) and target.id == variable):
                continue
            for name in names:
                found.setdefault(name, _message(message, variable, name))
        else:
            for name in _literal_names(target):
                found.setdefault(name, _message(message, "", name))
        if len(found) >= MAX_NAMES:
            break
    return found


def _loop_names(stmt: ast.For) -> tuple[str, list[str]] | None:
    if not isinstance(stmt.target, ast.Name):
        return None
    return stmt.target.id, _literal_names(stmt.iter)


def _literal_names(node: ast.expr) -> list[str]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, (ast.Tuple, ast.List)):
        return [e.value for e in node.elts[:MAX_NAMES] if isinstance(e, ast.Constant) and isinstance(e.value, str)]
    return []


def _message(node: ast.expr, variable: str, name: str) -> str:
    """The warning's text: a literal, or a literal's `.format(VARIABLE=VARIABLE)` with the name filled in."""
    text = literal_text(node)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        template = literal_text(node.func.value) if variable and not node.args else None
        filled = all(k.arg == variable and dotted_name(k.value) == variable for k in node.keywords)
        text = template.replace("{" + variable + "}", name) if template is not None and filled else None
    return " ".join(text.split()) if text else "deprecated"


def wrapped_message(name: str, value: ast.expr | None) -> str | None:
    """The message of `NAME = deprecated(NAME, "message")` (a member wrapping itself), else None."""
    if not (isinstance(value, ast.Call) and dotted_name(value.func) == "deprecated" and len(value.args) == 2):
        return None
    wrapped, message = value.args
    if not (isinstance(wrapped, ast.Name) and wrapped.id == name):
        return None
    return _message(message, "", name)


TWISTED_DEPRECATE = "twisted.python.deprecate"
ATTRIBUTE_HELPER = "deprecatedModuleAttribute"


def attribute_deprecation(stmt: ast.stmt, module: str) -> tuple[str, str] | None:
    """(name, message) of a top-level `deprecatedModuleAttribute(Version(...), "message", __name__, "name")`
    (Twisted's way of making a module warn when one of its names is read: 22.10's `twisted.web.resource.ErrorPage`)
    naming this module, by `__name__` or its dotted name, and the name by a literal or as `Name.__name__`; None for any
    other statement (whose helper the caller then checks is Twisted's)."""
    if not (isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call) and len(stmt.value.args) == 4):
        return None
    if dotted_name(stmt.value.func) not in (ATTRIBUTE_HELPER, f"deprecate.{ATTRIBUTE_HELPER}"):
        return None
    _, message, holder, name = stmt.value.args
    own = dotted_name(holder) == "__name__" or literal_text(holder) == module
    spelled = dotted_name(name)  # `HTTPClient.__name__` (24.7's `twisted.web.http`)
    text = spelled.removesuffix(".__name__") if spelled and spelled.endswith(".__name__") else literal_text(name)
    if not own or not text or not text.isidentifier():
        return None
    return text, _message(message, "", text)


def module_helper_deprecation(stmt: ast.stmt) -> tuple[str, str] | None:
    """(name, message) of a top-level call of a helper named for deprecating, handed the module's `__name__`, a
    message, and a deprecation category unless the message says so: it wraps the module so that reading the name
    warns (cryptography 37's
    `utils.deprecated(Blowfish, __name__, "Blowfish has been deprecated", utils.DeprecatedIn37, name="Blowfish")`,
    naming it by its `name` keyword; 36's `int_from_bytes = utils.deprecated(_int_from_bytes, __name__, "...", ...)`,
    by the name assigned). None for any other statement."""
    target: str | None = None
    if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
        target, call = stmt.targets[0].id, stmt.value
    elif isinstance(stmt, ast.Expr):
        call = stmt.value
    else:
        return None
    if not isinstance(call, ast.Call) or not call.args:
        return None
    helper = dotted_name(call.func)  # the helper's name first: most top-level calls are no deprecation's
    if helper is None or "deprecat" not in helper.rsplit(".", 1)[-1].lower():
        return None
    if not any(isinstance(arg, ast.Name) and arg.id == "__name__" for arg in call.args):
        return None
    message = next((text for arg in call.args if (text := literal_text(arg)) is not None), None)
    named = next((literal_text(k.value) for k in call.keywords if k.arg == "name"), None) if target is None else None
    name = target or named
    if not name or not name.isidentifier() or message is None:
        return None
    if "deprecat" not in message.lower() and not any(_deprecation_category(arg) for arg in call.args):
        return None  # neither the message nor a category says so
    return name, " ".join(message.split())


def _deprecation_category(node: ast.expr) -> bool:
    """A warning category named for deprecating (`utils.DeprecatedIn40`, `DeprecationWarning`)."""
    name = dotted_name(node)
    return name is not None and "deprecat" in name.rsplit(".", 1)[-1].lower()
