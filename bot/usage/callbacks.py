"""Parameters typed by how the package calls the function: callbacks registered with a Flask app or blueprint,
receivers of Flask's signals, and the `app` of an extension's `init_app`.

Flask documents what it passes: `after_request` functions get the response, error handlers the exception they were
registered for, signal receivers the app as sender. The registration is the evidence, and only when its receiver
is known to be a Flask app or blueprint (or the signal resolves to Flask's own): Flask-DebugToolbar's
`app.after_request(self.process_response)` makes `response` of `process_response` a Response.

`init_app(self, app)` is the Flask extension pattern; the parameter is taken for the app only when the module
imports flask and the class follows the pattern (its `__init__` calls `self.init_app(...)`, or `init_app` registers
the extension in `app.extensions`), so an unrelated `init_app` is no evidence.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterator

from bot.usage.known_types import ClassKey
from bot.usage.scopes import Scope

FunctionNode = ast.FunctionDef | ast.AsyncFunctionDef
Typed = tuple[ClassKey, str]
"""A parameter's class and the evidence for it."""
Resolver = Callable[[ast.expr, Scope], "tuple[str, bool] | None"]
KeysOf = Callable[[ast.expr, Scope], "frozenset[ClassKey] | None"]

APP: ClassKey = ("flask", "Flask")
RESPONSE: ClassKey = ("flask", "Response")
HTTP_EXCEPTION: ClassKey = ("werkzeug", "HTTPException")
_APP_KINDS = frozenset({APP, ("flask", "Blueprint"), ("flask", "Scaffold"), ("flask", "App")})
_RESPONSE_HOOKS = frozenset({"after_request", "after_app_request"})
_ERROR_HOOKS = frozenset({"errorhandler", "app_errorhandler", "register_error_handler"})
_SIGNALS: dict[str, dict[int | str, ClassKey]] = {
    "flask.request_finished": {0: APP, "response": RESPONSE},
    **{
        f"flask.{signal}": {0: APP}
        for signal in (
            "request_started",
            "got_request_exception",
            "request_tearing_down",
            "appcontext_tearing_down",
            "appcontext_pushed",
            "appcontext_popped",
            "template_rendered",
            "before_render_template",
            "message_flashed",
        )
    },
}
"""Flask's signals: every receiver gets the app as sender; `request_finished` also the response by keyword."""


def _positional(function: FunctionNode, bound: bool) -> list[str]:
    names = [argument.arg for argument in (*function.args.posonlyargs, *function.args.args)]
    return names[1:] if bound else names


def _class_of(scope: Scope) -> Scope | None:
    """The class body enclosing the method whose scope this is."""
    return (
        scope.parent
        if scope.function() is not None and scope.parent is not None and isinstance(scope.parent.owner, ast.ClassDef)
        else None
    )


def _callback(expr: ast.expr, scope: Scope) -> tuple[FunctionNode, bool] | None:
    """The def a registration names (`f`, or `self.f` inside a method), and whether it is bound (skip `self`)."""
    if isinstance(expr, ast.Name):
        owner = scope.lookup(expr.id)
        node = owner.definitions.get(expr.id) if owner is not None else None
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            return node, owner is not None and isinstance(owner.owner, ast.ClassDef)
    elif isinstance(expr, ast.Attribute) and isinstance(expr.value, ast.Name):
        function, body = scope.function(), _class_of(scope)
        first = _positional(function, False)[:1] if function is not None else []
        node = body.definitions.get(expr.attr) if body is not None and first == [expr.value.id] else None
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            return node, True
    return None


def _own_nodes(scope: Scope) -> Iterator[ast.AST]:
    """The nodes of a scope's own body (with the decorators of the defs in it), nested scopes left out."""
    owner = scope.owner
    stack: list[ast.AST] = list(getattr(owner, "body", []))
    while stack:
        node = stack.pop()
        yield node
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            stack.extend(node.decorator_list)
            continue
        if not isinstance(node, ast.Lambda):
            stack.extend(ast.iter_child_nodes(node))


class Registrations:
    """The callbacks registered in one module, with their typed parameters (built on first use)."""

    def __init__(self, path: str, scopes: dict[ast.AST, Scope], resolve: Resolver, keys_of: KeysOf) -> None:
        self.path, self.scopes, self.resolve, self.keys_of = path, scopes, resolve, keys_of
        self._found: dict[FunctionNode, dict[str, Typed]] | None = None
        self._building = False

    def parameter(self, function: FunctionNode, name: str) -> Typed | None:
        """The class Flask passes as `name` to `function`, if the module registers it where Flask calls it."""
        if self._building:
            return None  # a receiver being typed while the index is built: no evidence from the index itself
        if self._found is None:
            self._building = True
            try:
                self._found = self._build()
            finally:
                self._building = False
        return self._found.get(function, {}).get(name)

    def _build(self) -> dict[FunctionNode, dict[str, Typed]]:
        found: dict[FunctionNode, dict[str, Typed]] = {}
        for scope in self.scopes.values():
            for node in _own_nodes(scope):
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    for decorator in node.decorator_list:
                        self._decorated(decorator, node, scope, found)
                elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                    self._called(node, node.func, scope, found)
        return found

    def _hook(self, func: ast.expr, scope: Scope) -> str | None:
        """`app.after_request` -> "after_request" when the receiver is a Flask app or blueprint; a signal's
        `connect`/`connect_via` -> its dotted name."""
        if not isinstance(func, ast.Attribute):
            return None
        if func.attr in ("connect", "connect_via"):
            resolved = self.resolve(func.value, scope)
            signal = resolved[0].replace("flask.signals.", "flask.") if resolved else ""
            return signal if signal in _SIGNALS else None
        if func.attr not in _RESPONSE_HOOKS | _ERROR_HOOKS:
            return None
        keys = self.keys_of(func.value, scope)
        return func.attr if keys and keys & _APP_KINDS else None

    def _decorated(
        self, decorator: ast.expr, function: FunctionNode, scope: Scope, found: dict[FunctionNode, dict[str, Typed]]
    ) -> None:
        call = decorator if isinstance(decorator, ast.Call) else None
        hook = self._hook(call.func if call else decorator, scope)
        if hook is not None:
            bound = isinstance(scope.owner, ast.ClassDef)
            self._record(hook, call.args if call else [], function, bound, decorator, scope, found)

    def _called(
        self, call: ast.Call, func: ast.Attribute, scope: Scope, found: dict[FunctionNode, dict[str, Typed]]
    ) -> None:
        if not call.args or func.attr == "connect_via":
            return
        hook = self._hook(func, scope)
        # `signal.connect(receiver, sender)`; `app.after_request(f)`, `app.register_error_handler(code, f)`
        index = 0 if func.attr == "connect" else len(call.args) - 1
        target = _callback(call.args[index], scope) if hook is not None else None
        if hook is not None and target is not None:
            self._record(hook, call.args[:index], target[0], target[1], call, scope, found)

    def _record(
        self,
        hook: str,
        arguments: list[ast.expr],
        function: FunctionNode,
        bound: bool,
        where: ast.expr,
        scope: Scope,
        found: dict[FunctionNode, dict[str, Typed]],
    ) -> None:
        names = _positional(function, bound)
        by_slot: dict[int | str, ClassKey] = {}
        if hook in _RESPONSE_HOOKS:
            by_slot = {0: RESPONSE}
        elif hook in _ERROR_HOOKS and arguments:
            exception = self._exception(arguments[0], scope)
            by_slot = {0: exception} if exception is not None else {}
        elif hook in _SIGNALS:
            by_slot = _SIGNALS[hook]
        evidence = f"registered with `{_short(where)}` at {self.path}:{where.lineno}"
        for slot, key in by_slot.items():
            name = names[slot] if isinstance(slot, int) and slot < len(names) else slot
            if isinstance(name, str) and name in names:
                found.setdefault(function, {})[name] = (key, f"`{name}` of `{function.name}`, {evidence}")

    def _exception(self, expr: ast.expr, scope: Scope) -> ClassKey | None:
        if isinstance(expr, ast.Constant) and isinstance(expr.value, int):
            return HTTP_EXCEPTION  # an HTTP status code: Flask passes the matching HTTPException
        resolved = self.resolve(expr, scope) if isinstance(expr, (ast.Name, ast.Attribute)) else None
        if resolved is None:
            return None
        root, _, rest = resolved[0].partition(".")
        last = resolved[0].rsplit(".", 1)[-1]
        return (root, last) if rest and last[:1].isupper() else None


def _short(node: ast.expr) -> str:
    text = ast.unparse(node)
    return text if len(text) <= 60 else text[:57] + "..."


def extension_app(function: FunctionNode, name: str, scope: Scope, imports_flask: bool, path: str) -> str | None:
    """Evidence that `name` is the Flask app: the `app` of `init_app(self, app)` in a Flask extension class, or the
    parameter of another method of it that `init_app` alone calls, handing it that app (`self.init_config(app)`)."""
    body = _class_of(scope)
    if not imports_flask or body is None:
        return None
    if function.name == "init_app":
        return _init_app_evidence(body, function, name, path)
    init_app = body.definitions.get("init_app")
    if not isinstance(init_app, (ast.FunctionDef, ast.AsyncFunctionDef)) or not _positional(init_app, True):
        return None
    app = _positional(init_app, True)[0]
    if not _handed_only_app(body, init_app, function, name, app):
        return None
    evidence = _init_app_evidence(body, init_app, app, path)
    if evidence is None:
        return None
    assert isinstance(body.owner, ast.ClassDef)
    return f"`{name}` of `{body.owner.name}.{function.name}`, which only init_app calls, with its app: {evidence}"


def flask_extension_module(tree: ast.Module, source: bytes, roots: frozenset[str]) -> bool:
    """The module defines Flask extensions without importing flask (invenio-oauthclient 2.0.1's ext.py imports only
    flask_login and flask_oauthlib): it has a class with `init_app(self, app)`, and every such `init_app` registers
    the extension in `app.extensions`, which is the Flask app's registry. A module importing another framework with
    the same pattern (quart) is no evidence."""
    if b"init_app" not in source or b"extensions" not in source or "flask" in roots or "quart" in roots:
        return False
    found = False
    for node in ast.walk(tree):
        if not isinstance(node, ast.ClassDef):
            continue
        for method in node.body:
            if isinstance(method, (ast.FunctionDef, ast.AsyncFunctionDef)) and method.name == "init_app":
                params = _positional(method, True)
                if not params or not _registers(method, params[0]):
                    return False
                found = True
    return found


def _registers(function: FunctionNode, name: str) -> bool:
    """`function` touches `<name>.extensions` (`app.extensions["x"] = self`)."""
    return any(
        isinstance(node, ast.Attribute) and node.attr == "extensions" and getattr(node.value, "id", None) == name
        for node in ast.walk(function)
    )


def _init_app_evidence(body: Scope, function: FunctionNode, name: str, path: str) -> str | None:
    """`name` is the first parameter of the extension's `init_app`, and the class follows the extension pattern."""
    if _positional(function, True)[:1] != [name]:
        return None
    init = body.definitions.get("__init__")
    calls_init_app = isinstance(init, ast.FunctionDef) and any(
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "init_app"
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == init.args.args[0].arg
        for node in ast.walk(init)
        if init.args.args
    )
    registers = _registers(function, name)
    if not (calls_init_app or registers):
        return None
    assert isinstance(body.owner, ast.ClassDef)
    how = "its __init__ calls self.init_app" if calls_init_app else "it registers in app.extensions"
    return f"`{name}` of `{body.owner.name}.init_app`, a Flask extension ({how}) at {path}:{function.lineno}"


def _handed_only_app(body: Scope, init_app: FunctionNode, method: FunctionNode, name: str, app: str) -> bool:
    """Every `self.<method>(...)` call in the class sits in `init_app` and passes its unrebound `app` as `name`: a
    helper called from elsewhere, or with anything else, may get another object."""
    assert isinstance(body.owner, ast.ClassDef)
    if any(isinstance(n, ast.Name) and n.id == app and isinstance(n.ctx, ast.Store) for n in ast.walk(init_app)):
        return False
    params = _positional(method, True)
    if name not in params or any(
        getattr(d, "id", None) in ("staticmethod", "classmethod") for d in method.decorator_list
    ):
        return False
    inside = {id(node) for node in ast.walk(init_app)}
    receiver = (*init_app.args.posonlyargs, *init_app.args.args)[0].arg
    calls = [
        node
        for node in ast.walk(body.owner)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == method.name
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == receiver
    ]
    index = params.index(name)
    return bool(calls) and all(id(call) in inside and _passes(call, index, name, app) for call in calls)


def _passes(call: ast.Call, index: int, name: str, app: str) -> bool:
    """The call passes the name `app` as the parameter at `index` (positionally) or `name` (by keyword)."""
    if any(isinstance(arg, ast.Starred) for arg in call.args[: index + 1]):
        return False
    if index < len(call.args):
        value: ast.expr | None = call.args[index]
    else:
        value = next((k.value for k in call.keywords if k.arg == name), None)
    return isinstance(value, ast.Name) and value.id == app
