"""What the ecosystem documents and no single release's surface records: proxies' types, bases across
distributions, and the parameter types of override points."""

from __future__ import annotations

ClassKey = tuple[str, str]
"""(package root, class name): one class whatever public path spells it (`werkzeug.test.Client` = `werkzeug.Client`)."""

PROXIES: dict[str, ClassKey] = {
    "flask.current_app": ("flask", "Flask"),
    "flask.request": ("flask", "Request"),
    "flask.g": ("flask", "_AppCtxGlobals"),
    "flask.session": ("flask", "SessionMixin"),
}
"""Context-local proxies whose type the package documents (also reached through `flask.globals`)."""

KNOWN_BASES: dict[ClassKey, frozenset[ClassKey]] = {
    ("flask", "Request"): frozenset({("werkzeug", "Request")}),
    ("flask", "Response"): frozenset({("werkzeug", "Response")}),
    ("flask", "FlaskClient"): frozenset({("werkzeug", "Client")}),
    ("flask_sqlalchemy", "Query"): frozenset({("flask_sqlalchemy", "BaseQuery")}),  # its name before 3.0
    ("flask", "AppGroup"): frozenset({("click", "Group")}),
}
"""Bases across distributions, which no single release's surface records (flask.Request is a werkzeug Request)."""

_RESPONSE: ClassKey = ("flask", "Response")
FACTORIES: dict[ClassKey, ClassKey] = {
    ("flask", "make_response"): _RESPONSE,
    ("flask", "jsonify"): _RESPONSE,
    ("flask", "send_file"): _RESPONSE,
    ("flask", "send_from_directory"): _RESPONSE,
    ("flask", "redirect"): ("werkzeug", "Response"),
    ("werkzeug", "redirect"): ("werkzeug", "Response"),
}
"""Functions (package root, name: `flask.helpers.jsonify` is `flask.jsonify`) whose documented return type the
stored surfaces do not carry."""

METHOD_FACTORIES: dict[tuple[ClassKey, str], ClassKey] = {
    (("flask", "Flask"), "test_client"): ("flask", "FlaskClient"),
    (("flask", "Flask"), "test_cli_runner"): ("flask", "FlaskCliRunner"),
    (("flask", "Flask"), "make_response"): _RESPONSE,
    (("flask", "Flask"), "response_class"): _RESPONSE,
    (("flask", "Flask"), "request_class"): ("flask", "Request"),
    (("flask", "Flask"), "test_request_context"): ("flask", "RequestContext"),
    (("flask", "Flask"), "app_context"): ("flask", "AppContext"),
}
"""Methods of the package's classes whose documented return type makes the result typed (`app.test_client()`)."""

DECORATOR_FACTORIES: dict[ClassKey, ClassKey] = {
    ("click", "group"): ("click", "Group"),
    ("click", "command"): ("click", "Command"),
}
"""Functions (package root, name) whose decorator turns the function it decorates into an instance of a package
class, by their documented return type (click 8.0's `group(...) -> Callable[[F], Group]`): the name `@click.group()`
binds is a Group."""

METHOD_DECORATOR_FACTORIES: dict[tuple[ClassKey, str], ClassKey] = {
    (("click", "Group"), "command"): ("click", "Command"),
    (("click", "Group"), "group"): ("click", "Group"),
}
"""Methods whose decorator does the same (`@cli.command()` on a Group makes a Command)."""

ATTRIBUTE_TYPES: dict[tuple[ClassKey, str], ClassKey] = {
    (("flask_sqlalchemy", "SQLAlchemy"), "Model"): ("flask_sqlalchemy", "Model"),
    (("flask_sqlalchemy", "Model"), "query"): ("flask_sqlalchemy", "Query"),
    (("flask", "Flask"), "cli"): ("flask", "AppGroup"),
    (("flask", "Blueprint"), "cli"): ("flask", "AppGroup"),
}
"""Attributes of the package's classes (of an instance or of the class) whose documented type is a package class:
`db.Model` is the model base class, a subclass's `Model.query` a Query, and `app.cli` the app's click group."""

CARRIERS: dict[str, frozenset[str]] = {
    base[0]: frozenset(key[0] for key, bases in KNOWN_BASES.items() if base in bases)
    for bases in KNOWN_BASES.values()
    for base in bases
    if base[0] not in {key[0] for key, known in KNOWN_BASES.items() if base in known}
}
"""Packages whose objects are another package's classes (flask hands out werkzeug Responses): a module importing
only flask still reaches werkzeug's members, through typed values."""

_APP: ClassKey = ("flask", "Flask")
HOOK_PARAMETERS: dict[ClassKey, dict[str, dict[str, ClassKey]]] = {
    ("flask", "SessionInterface"): {
        method: {"app": _APP}
        for method in (
            "open_session",
            "save_session",
            "make_null_session",
            "is_null_session",
            "get_cookie_name",
            "get_cookie_domain",
            "get_cookie_path",
            "get_cookie_httponly",
            "get_cookie_secure",
            "get_cookie_samesite",
            "get_expiration_time",
            "should_set_cookie",
        )
    },
    ("flask", "JSONProvider"): {"__init__": {"app": _APP}},
    ("flask", "DefaultJSONProvider"): {"__init__": {"app": _APP}},
}
"""Parameters of documented override points, typed by how the package calls them (an unannotated `app` of a
`save_session` override is the Flask app: Flask-Session 0.4.0's `app.session_cookie_name`)."""
