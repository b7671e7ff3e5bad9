"""Flask-style configuration keys a module reads or defaults: `default_config = ImmutableDict({...})`,
`app.config.setdefault("SQLALCHEMY_...", ...)`, `app.config["KEY"]`, `config.get("KEY")`, `"KEY" in app.config`; also
through a constant (`config.get(ConfigVars.STORAGE_URL)`), whose value `resolve_config_refs` finds in the package, and
the shapes of keys built at run time (`config.get(f"SECURITY_{name}")`, `config.get_namespace("CACHE_")`)."""

from __future__ import annotations

import ast
import re
from bisect import bisect_right
from collections.abc import Iterable
from typing import TYPE_CHECKING, NamedTuple

from bot.apidiff.configwarn import REMOVAL_WORDS, refusals, refuses, warned_keys
from bot.apidiff.deprecation import Warn
from bot.apidiff.envvars import ClassConstants
from bot.apidiff.keyreaders import TreeIndex, keys_through_names
from bot.apidiff.keyshapes import spelled_at_run_time
from bot.apidiff.located import line_starts, nodes_on
from bot.apidiff.patterns import after_boundary
from bot.apidiff.raw import ConfigRef, RawAttribute, RawModule
from bot.apidiff.source import dotted_name, walk

if TYPE_CHECKING:
    from bot.apidiff.resolve import Resolver

CONFIG_KEY = re.compile(r"^[A-Z][A-Z0-9_]{2,}$")
"""How a Flask config key is spelled."""
_CONSTANT = re.compile(r"^_*[A-Z][A-Z0-9_]*$")
"""How a constant is spelled: a key named through a lower-case name may be a local variable or a parameter, which
shadows any module global of that name, so only constant-style names are followed."""
_READS = frozenset({"get", "setdefault", "pop"})
_NAMESPACE_READ = "get_namespace"
"""`config.get_namespace("CACHE_")`: reads every key of that head, whichever keys the user set."""
_ACCESS = (
    re.compile(rb"config\s*(?:\[|\.\s*(?:get|setdefault|pop|get_namespace)\s*\()"),
    re.compile(rb"default_config"),
    re.compile(after_boundary(b"in") + rb"\s+[\w.]*config\b"),
    re.compile(rb"settings\s*(?:,|\.\s*[A-Z])"),
    re.compile(rb"add_config_value\s*\("),
)
"""The ways a line reaches the config, each led by a literal word (see `patterns`): searched one by one, each skips
to its own word, where one pattern of three alternatives tries every byte that starts any of them."""


FRAMEWORK_KEYS = frozenset(
    {
        # Flask's `default_config`, 0.10 to 3.1 (keys it dropped included: an extension may still read them)
        *("APPLICATION_ROOT", "DEBUG", "ENV", "EXPLAIN_TEMPLATE_LOADING", "JSONIFY_MIMETYPE"),
        *("JSONIFY_PRETTYPRINT_REGULAR", "JSON_AS_ASCII", "JSON_SORT_KEYS", "LOGGER_HANDLER_POLICY", "LOGGER_NAME"),
        *("MAX_CONTENT_LENGTH", "MAX_COOKIE_SIZE", "MAX_FORM_MEMORY_SIZE", "MAX_FORM_PARTS"),
        *("PERMANENT_SESSION_LIFETIME", "PREFERRED_URL_SCHEME", "PRESERVE_CONTEXT_ON_EXCEPTION"),
        *("PROPAGATE_EXCEPTIONS", "PROVIDE_AUTOMATIC_OPTIONS", "SECRET_KEY", "SECRET_KEY_FALLBACKS"),
        *("SEND_FILE_MAX_AGE_DEFAULT", "SERVER_NAME", "SESSION_COOKIE_DOMAIN", "SESSION_COOKIE_HTTPONLY"),
        *("SESSION_COOKIE_NAME", "SESSION_COOKIE_PARTITIONED", "SESSION_COOKIE_PATH", "SESSION_COOKIE_SAMESITE"),
        *("SESSION_COOKIE_SECURE", "SESSION_REFRESH_EACH_REQUEST", "TEMPLATES_AUTO_RELOAD", "TESTING"),
        *("TRAP_BAD_REQUEST_ERRORS", "TRAP_HTTP_EXCEPTIONS", "TRUSTED_HOSTS", "USE_X_SENDFILE"),
        # Quart's own, beside Flask's
        *("BACKGROUND_TASK_SHUTDOWN_TIMEOUT", "BODY_TIMEOUT", "PREFER_SECURE_URLS", "RESPONSE_TIMEOUT"),
    }
)
"""The framework's own config keys: an extension reading one (flask-session's `SESSION_COOKIE_NAME`) reads the app's
setting, which the framework keeps reading whatever the extension does; it is never the extension's own key."""

DJANGO_KEYS = frozenset(
    {
        # django's `global_settings` (3.2 to 5.2, with keys it dropped): an app reading one reads the project's setting
        *("ABSOLUTE_URL_OVERRIDES", "ADMINS", "ALLOWED_HOSTS", "APPEND_SLASH", "ASGI_APPLICATION"),
        *("AUTHENTICATION_BACKENDS", "AUTH_PASSWORD_VALIDATORS", "AUTH_USER_MODEL", "CACHES", "CACHE_MIDDLEWARE_ALIAS"),
        *("CACHE_MIDDLEWARE_KEY_PREFIX", "CACHE_MIDDLEWARE_SECONDS", "CSRF_COOKIE_AGE", "CSRF_COOKIE_DOMAIN"),
        *("CSRF_COOKIE_HTTPONLY", "CSRF_COOKIE_MASKED", "CSRF_COOKIE_NAME", "CSRF_COOKIE_PATH", "CSRF_COOKIE_SAMESITE"),
        *("CSRF_COOKIE_SECURE", "CSRF_FAILURE_VIEW", "CSRF_HEADER_NAME", "CSRF_TRUSTED_ORIGINS", "CSRF_USE_SESSIONS"),
        *("DATABASES", "DATABASE_ROUTERS", "DATA_UPLOAD_MAX_MEMORY_SIZE", "DATA_UPLOAD_MAX_NUMBER_FIELDS"),
        *("DATA_UPLOAD_MAX_NUMBER_FILES", "DATETIME_FORMAT", "DATETIME_INPUT_FORMATS", "DATE_FORMAT"),
        *("DATE_INPUT_FORMATS", "DEBUG", "DEBUG_PROPAGATE_EXCEPTIONS", "DECIMAL_SEPARATOR", "DEFAULT_AUTO_FIELD"),
        *("DEFAULT_CHARSET", "DEFAULT_EXCEPTION_REPORTER", "DEFAULT_EXCEPTION_REPORTER_FILTER", "DEFAULT_FILE_STORAGE"),
        *("DEFAULT_FROM_EMAIL", "DEFAULT_HASHING_ALGORITHM", "DEFAULT_INDEX_TABLESPACE", "DEFAULT_TABLESPACE"),
        *("DISALLOWED_USER_AGENTS", "EMAIL_BACKEND", "EMAIL_HOST", "EMAIL_HOST_PASSWORD", "EMAIL_HOST_USER"),
        *("EMAIL_PORT", "EMAIL_SSL_CERTFILE", "EMAIL_SSL_KEYFILE", "EMAIL_SUBJECT_PREFIX", "EMAIL_TIMEOUT"),
        *("EMAIL_USE_LOCALTIME", "EMAIL_USE_SSL", "EMAIL_USE_TLS", "FILE_UPLOAD_DIRECTORY_PERMISSIONS"),
        *("FILE_UPLOAD_HANDLERS", "FILE_UPLOAD_MAX_MEMORY_SIZE", "FILE_UPLOAD_PERMISSIONS", "FILE_UPLOAD_TEMP_DIR"),
        *("FIRST_DAY_OF_WEEK", "FIXTURE_DIRS", "FORCE_SCRIPT_NAME", "FORMAT_MODULE_PATH"),
        *("FORMS_URLFIELD_ASSUME_HTTPS",),
        *("FORM_RENDERER", "IGNORABLE_404_URLS", "INSTALLED_APPS", "INTERNAL_IPS", "LANGUAGES", "LANGUAGES_BIDI"),
        *("LANGUAGE_CODE", "LANGUAGE_COOKIE_AGE", "LANGUAGE_COOKIE_DOMAIN", "LANGUAGE_COOKIE_HTTPONLY"),
        *("LANGUAGE_COOKIE_NAME", "LANGUAGE_COOKIE_PATH", "LANGUAGE_COOKIE_SAMESITE", "LANGUAGE_COOKIE_SECURE"),
        *("LOCALE_PATHS", "LOGGING", "LOGGING_CONFIG", "LOGIN_REDIRECT_URL", "LOGIN_URL", "LOGOUT_REDIRECT_URL"),
        *("MANAGERS", "MEDIA_ROOT", "MEDIA_URL", "MESSAGE_LEVEL", "MESSAGE_STORAGE", "MESSAGE_TAGS", "MIDDLEWARE"),
        *("MIGRATION_MODULES", "MONTH_DAY_FORMAT", "NUMBER_GROUPING", "PASSWORD_HASHERS", "PASSWORD_RESET_TIMEOUT"),
        *("PASSWORD_RESET_TIMEOUT_DAYS", "PREPEND_WWW", "ROOT_URLCONF", "SECRET_KEY", "SECRET_KEY_FALLBACKS"),
        *("SECURE_CONTENT_TYPE_NOSNIFF", "SECURE_CROSS_ORIGIN_OPENER_POLICY", "SECURE_HSTS_INCLUDE_SUBDOMAINS"),
        *("SECURE_HSTS_PRELOAD", "SECURE_HSTS_SECONDS", "SECURE_PROXY_SSL_HEADER", "SECURE_REDIRECT_EXEMPT"),
        *("SECURE_REFERRER_POLICY", "SECURE_SSL_HOST", "SECURE_SSL_REDIRECT", "SERVER_EMAIL", "SESSION_CACHE_ALIAS"),
        *("SESSION_COOKIE_AGE", "SESSION_COOKIE_DOMAIN", "SESSION_COOKIE_HTTPONLY", "SESSION_COOKIE_NAME"),
        *("SESSION_COOKIE_PATH", "SESSION_COOKIE_SAMESITE", "SESSION_COOKIE_SECURE", "SESSION_ENGINE"),
        *("SESSION_EXPIRE_AT_BROWSER_CLOSE", "SESSION_FILE_PATH", "SESSION_SAVE_EVERY_REQUEST", "SESSION_SERIALIZER"),
        *("SHORT_DATETIME_FORMAT", "SHORT_DATE_FORMAT", "SIGNING_BACKEND", "SILENCED_SYSTEM_CHECKS"),
        *("STATICFILES_DIRS", "STATICFILES_FINDERS", "STATICFILES_STORAGE", "STATIC_ROOT", "STATIC_URL", "STORAGES"),
        *("TEMPLATES", "TEST_NON_SERIALIZED_APPS", "TEST_RUNNER", "THOUSAND_SEPARATOR", "TIME_FORMAT"),
        *("TIME_INPUT_FORMATS", "TIME_ZONE", "USE_DEPRECATED_PYTZ", "USE_I18N", "USE_L10N", "USE_THOUSAND_SEPARATOR"),
        *("USE_TZ", "USE_X_FORWARDED_HOST", "USE_X_FORWARDED_PORT", "WSGI_APPLICATION", "X_FRAME_OPTIONS"),
        *("YEAR_MONTH_FORMAT", "SETTINGS_MODULE"),
    }
)
"""Django's own settings: an app reading one through `django.conf.settings` reads the project's setting, which
django keeps reading whatever the app does; never the app's own key."""


def _access_starts(data: bytes) -> list[int]:
    """Where the matches of `_ACCESS` start, as one pattern of the three alternatives finds them: left to right,
    none inside an earlier one (`in app.config[` is one match, at `in`). Two of them never start at one byte."""
    spans = sorted(match.span() for pattern in _ACCESS for match in pattern.finditer(data))
    found, end = [], 0
    for start, stop in spans:
        if start >= end:
            found.append(start)
            end = stop
    return found


def key_spelled(node: ast.expr | None) -> str | None:
    """The string a constant holds when it is spelled like a config key, else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and CONFIG_KEY.match(node.value):
        return node.value
    return None


def _ref(node: ast.expr | None) -> str | None:
    """The dotted name a key is spelled through (`ConfigVars.STORAGE_URL`, `STORAGE_URL`), when constant-style."""
    name = dotted_name(node) if isinstance(node, (ast.Name, ast.Attribute)) else None
    return name if name is not None and _CONSTANT.match(name.rsplit(".", 1)[-1]) else None


class ConfigAccess(NamedTuple):
    """What a module does with the config: (key -> first line it defaults it or reads one of its own, keys it reads,
    keys through refs, shapes of keys built at run time)."""

    keys: dict[str, int]
    reads: frozenset[str]
    refs: tuple[ConfigRef, ...]
    shapes: frozenset[str] = frozenset()
    warned: dict[str, tuple[Warn, int]] = {}
    """Keys every read of which warns (see `configwarn`)."""
    unwarned: frozenset[str] = frozenset()
    """Keys some read of which does not warn (a default is no read)."""
    refused: frozenset[str] = frozenset()
    """Keys looked up only to be refused (see `configwarn.refusals`): spelled, yet no longer read."""
    required: frozenset[str] = frozenset()
    """Django settings some read of which fails unless the project sets them (see `settings_need`)."""
    defaulted: frozenset[str] = frozenset()
    """Django settings some read of which gives a default (`getattr(settings, "KEY", default)`)."""
    unknown: frozenset[str] = frozenset()
    """Settings used otherwise (`hasattr`, set, read from a `settings` object not imported from `django.conf`, which
    may be the app's own module defining them): whether the project must set them is not known."""


def _is_config(node: ast.expr) -> bool:
    name = dotted_name(node)
    return name is not None and name.rsplit(".", 1)[-1] in ("config", "default_config")


def _is_settings(node: ast.expr) -> bool:
    """django's `settings` object (`from django.conf import settings`), or an app's own spelled so."""
    name = dotted_name(node)
    return name is not None and name.rsplit(".", 1)[-1] == "settings"


def _settings_read(node: ast.AST) -> tuple[ast.expr | str, bool] | None:
    """(key, whether a default is given) of `getattr(settings, "KEY", default)`, `hasattr(settings, "KEY")` or
    `settings.KEY` read: a Django setting (django-money 2's `getattr(settings, "CURRENCY_DECIMAL_PLACES_DISPLAY", {})`,
    which 3.0 no longer reads)."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("getattr", "hasattr"):
        if len(node.args) >= 2 and not node.keywords and _is_settings(node.args[0]):
            return node.args[1], node.func.id == "getattr" and len(node.args) == 3
        return None
    if isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Load) and _is_settings(node.value):
        return (node.attr, False) if CONFIG_KEY.match(node.attr) else None
    return None


DJANGO_SETTINGS = b"django.conf import settings"
"""How a module imports Django's settings object: there, `settings.KEY` fails unless the project sets KEY (or
Django's `global_settings` does); an app's own `settings` module may define it."""
_SET = frozenset({"hasattr", "setattr", "delattr"})


_NEEDS: dict[bool | None, str] = {True: "required", False: "defaulted", None: "unknown"}


def settings_need(node: ast.AST) -> tuple[str, bool | None] | None:
    """(setting, whether this use fails unless the project sets it) of a use of the `settings` object by a literal
    name: `settings.KEY` read and `getattr(settings, "KEY")` need it (AttributeError), `getattr(settings, "KEY",
    default)` does without it (django-crispy-forms 1.14 defaults CRISPY_TEMPLATE_PACK to "bootstrap", 2.0 reads it
    with no default: a project not setting it now fails); None for `hasattr`, an assignment, `setattr`, a read of
    another object named `settings` (see `_bare`): the code copes with it unset, sets it, or reads something else."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and len(node.args) >= 2 and not node.keywords:
        name = _literal(node.args[1]) if _is_settings(node.args[0]) else None
        if name is None or not CONFIG_KEY.match(name):
            return None
        if node.func.id == "getattr":
            return name, len(node.args) == 2 if _bare(node.args[0]) else None
        return (name, None) if node.func.id in _SET else None
    if isinstance(node, ast.Attribute) and _is_settings(node.value) and CONFIG_KEY.match(node.attr):
        return node.attr, True if isinstance(node.ctx, ast.Load) and _bare(node.value) else None
    return None


_CATCHING = frozenset({"AttributeError", "Exception", "BaseException", "ImproperlyConfigured"})


def _catching_spans(tree: ast.Module) -> list[tuple[int, int]]:
    """The lines of `try` bodies a handler of which catches what a missing setting raises (`except
    AttributeError:`, a bare `except:`): a read there copes with the setting unset."""
    spans = []
    for node in walk(tree):
        if isinstance(node, ast.Try) and node.body and any(_catches(handler.type) for handler in node.handlers):
            spans.append((node.body[0].lineno, node.body[-1].end_lineno or node.body[-1].lineno))
    return spans


def _catches(caught: ast.expr | None) -> bool:
    if caught is None:
        return True
    if isinstance(caught, ast.Tuple):
        return any(_catches(element) for element in caught.elts)
    name = dotted_name(caught)
    return name is not None and name.rsplit(".", 1)[-1] in _CATCHING


def _bare(node: ast.expr) -> bool:
    """The object is the name `settings` itself: `self.settings` (DRF's views hold its `api_settings`, which has
    defaults) or `conf.settings` may be any object."""
    return isinstance(node, ast.Name) and node.id == "settings"


def _dict_keys(value: ast.expr | None) -> list[tuple[ast.expr | str, int]]:
    """Upper-case keys of a dict literal, also wrapped in a call (`ImmutableDict({...})`, `dict(KEY=...)`): a
    keyword's name, or the key's expression."""
    if isinstance(value, ast.Call):
        found: list[tuple[ast.expr | str, int]] = [
            (k.arg, value.lineno) for k in value.keywords if k.arg and CONFIG_KEY.match(k.arg)
        ]
        return found + [pair for arg in value.args for pair in _dict_keys(arg)]
    if isinstance(value, ast.Dict):
        return [(node, node.lineno) for node in value.keys if node is not None]
    if isinstance(value, ast.BinOp) and isinstance(value.op, ast.BitOr):
        return _dict_keys(value.left) + _dict_keys(value.right)
    return []


ANY_KEY = "*"
"""The shape of every key: a release whose defaults merge a mapping it does not spell may default any key."""


def _merges_unspelled(value: ast.expr | None) -> bool:
    """The defaults merge a mapping not written out (quart 0.21's `ImmutableDict(Flask.default_config | {...})`,
    `{**Base.defaults, ...}`, `dict(base, KEY=...)`): which keys it holds is not read here."""
    if isinstance(value, ast.Call):
        return any(_merges_unspelled(arg) or not isinstance(arg, ast.Dict | ast.BinOp) for arg in value.args)
    if isinstance(value, ast.Dict):
        return None in value.keys
    if isinstance(value, ast.BinOp) and isinstance(value.op, ast.BitOr):
        return any(not isinstance(side, ast.Dict) or _merges_unspelled(side) for side in (value.left, value.right))
    return False


_REGISTERS = "add_config_value"
"""A Sphinx extension's `app.add_config_value("numpydoc_edit_link", None, False)`: it defaults a value of `conf.py`,
which, once no extension registers it, Sphinx reads nowhere (numpydoc 1.3 and 1.5 dropped two): the setting is
silently ignored, the Flask key's fate."""


def _registered(call: ast.Call) -> str | None:
    """The name a config value is registered under, when spelled as a literal (first argument, or `name=`)."""
    written = call.args[0] if call.args else next((k.value for k in call.keywords if k.arg == "name"), None)
    return _literal(written) if written is not None else None


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def own_read(key: str, namespaces: Iterable[str], heads: Iterable[str] = ()) -> bool:
    """A key only read is the release's own when it shares the leading word of a key the same module defaults
    (flask-sqlalchemy 3.0's `config.get("SQLALCHEMY_COMMIT_ON_TEARDOWN")` beside `setdefault("SQLALCHEMY_ECHO")`):
    that word is the extension's namespace; or when it is spelled under the package's own name (`heads`, see
    `package_heads`). Not a one-word key (`DEBUG`), nor one of the framework's own keys (`SESSION_COOKIE_NAME`
    beside flask-session's `SESSION_TYPE`), which the app sets for the framework."""
    if "_" not in key.strip("_") or key in FRAMEWORK_KEYS:
        return False
    return _namespace(key) in namespaces or any(key.startswith(head) and len(key) > len(head) for head in heads)


FRAMEWORKS = frozenset({"FLASK", "QUART"})
"""Leading words of an extension's import name that name the framework it extends, not the extension."""


def package_heads(package: str) -> tuple[str, ...]:
    """How the package's own config keys begin, from its import name: `FLASK_ADMIN_` and `ADMIN_` for `flask_admin`
    (flask-admin 1.6 reads `ADMIN_RAISE_ON_VIEW_EXCEPTION`, 2.0 `FLASK_ADMIN_RAISE_ON_VIEW_EXCEPTION`, neither
    defaulted). No app or other extension names its keys after this one."""
    words = [word for word in package.upper().split("_") if word]
    heads = ["_".join(words) + "_"] if words else []
    if len(words) > 1 and words[0] in FRAMEWORKS:
        heads.append("_".join(words[1:]) + "_")
    return tuple(heads)


def read_config_keys(tree: ast.Module, data: bytes, starts: list[int] | None = None, package: str = "") -> ConfigAccess:
    """(key -> first line where the module defines its default or reads a key of its own, every key the module
    reads, keys spelled through constants, shapes of keys built at run time). A key the release defaults is its own
    (`default_config`, an extension's `setdefault`); a plain read is its own only by `own_read` (`package`: the
    top-level import name), else it may be another's (`TESTING`)."""
    found: dict[str, int] = {}
    read_at: dict[str, int] = {}
    reads: list[tuple[str, ast.expr]] = []
    refs: list[ConfigRef] = []
    shapes: set[str] = set()
    by_name: list[tuple[ast.Name, int, bool]] = []
    attributes = ClassConstants(tree, data, starts)  # class constants (`self.timeout_key`), looked up per read
    if starts is None:
        starts = line_starts(data)
    lines = sorted({bisect_right(starts, start) for start in _access_starts(data)})
    refused = refusals(tree, lines) if lines and any(word in data for word in REMOVAL_WORDS) else {}
    refused_keys: set[str] = set()
    needs: dict[str, set[str]] = {}
    django = DJANGO_SETTINGS in data
    caught: list[tuple[int, int]] | None = None
    for node in nodes_on(tree, lines):
        if (need := settings_need(node)) is not None and need[0] not in DJANGO_KEYS:
            required = need[1] if django else None
            if required and b"except" in data:
                caught = _catching_spans(tree) if caught is None else caught
                line = getattr(node, "lineno", 0)
                required = None if any(start <= line <= end for start, end in caught) else required
            needs.setdefault(need[0], set()).add(_NEEDS[required])
        spelled: list[tuple[ast.expr | str, int, bool]] = []
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and _is_config(node.func.value):
            if node.func.attr in _READS and node.args:
                spelled.append((node.args[0], node.lineno, node.func.attr == "setdefault"))
            elif node.func.attr == _NAMESPACE_READ and node.args and (head := _literal(node.args[0])):
                shapes.add(head + "*")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == _REGISTERS:
            named = _registered(node)
            if named is None:
                shapes.add(ANY_KEY)  # a name computed at run time (a loop over a table): any value may be registered
            else:
                spelled.append((named, node.lineno, True))
        elif isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Load) and _is_config(node.value):
            spelled.append((node.slice, node.lineno, False))
        elif isinstance(node, ast.Compare) and len(node.ops) == 1 and isinstance(node.ops[0], (ast.In, ast.NotIn)):
            if _is_config(node.comparators[0]):
                spelled.append((node.left, node.lineno, False))
        elif (setting := _settings_read(node)) is not None:
            written, defaulted = setting
            named = written if isinstance(written, str) else _literal(written)
            if named not in DJANGO_KEYS and isinstance(node, (ast.Call, ast.Attribute)):
                spelled.append((written, node.lineno, defaulted))
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id == "default_config" for t in targets):
                spelled.extend((key, line, True) for key, line in _dict_keys(node.value))
                if _merges_unspelled(node.value):
                    shapes.add(ANY_KEY)
        for written, line, defaults in spelled:
            key = written if isinstance(written, str) else key_spelled(written)
            if key is None and isinstance(written, ast.Attribute) and _ref(written) is None:
                key = _attribute_key(written, attributes)
            if key is not None and id(node) in refused and refuses(refused[id(node)], key):
                refused_keys.add(key)  # looked up only to say it is gone
                continue
            if key is not None and not defaults and isinstance(node, ast.expr):
                reads.append((key, node))
            if key is None:
                if not isinstance(written, str) and (ref := _ref(written)) is not None:
                    refs.append(ConfigRef(ref, line, defaults))
                elif not isinstance(written, str) and (shape := spelled_at_run_time(written)) is not None:
                    shapes.add(shape)
                elif isinstance(written, ast.Name):
                    by_name.append((written, line, defaults))
                continue
            read_at[key] = min(line, read_at.get(key, line))
            if defaults and (key not in found or found[key] > line):
                found[key] = line
    index = TreeIndex(tree, data, starts, (line for _, line, _ in by_name)) if by_name else None
    for key, line, defaults in _keys_through_names(index, by_name) if index is not None else ():
        read_at[key] = min(line, read_at.get(key, line))
        if defaults and (key not in found or found[key] > line):
            found[key] = line
    if _reads_option_tables(data):
        for key, line in _option_table_keys(tree):
            read_at[key] = min(line, read_at.get(key, line))
            found[key] = min(line, found.get(key, line))
    namespaces = {_namespace(key) for key in found}
    heads = package_heads(package)
    for key, line in read_at.items():
        if key not in found and own_read(key, namespaces, heads):
            found[key] = line
    warned, unwarned = warned_keys(tree, reads) if reads and b"warn" in data else ({}, {key for key, _ in reads})
    return ConfigAccess(
        found,
        frozenset(read_at),
        tuple(sorted(refs, key=lambda ref: ref.line)),
        frozenset(shapes),
        warned,
        frozenset(unwarned),
        frozenset(refused_keys - read_at.keys()),
        frozenset(key for key, need in needs.items() if "required" in need),
        frozenset(key for key, need in needs.items() if "defaulted" in need),
        frozenset(key for key, need in needs.items() if "unknown" in need),
    )


_SECTION_OPTION = re.compile(r"[A-Za-z][\w.-]*:[A-Za-z_][\w-]*")
"""A configuration file's option as a table names it, `section:option` (coverage's `("note", "run:note")`)."""
_SPLIT_SECTION = re.compile(rb"""\.split\(\s*["']:["']""")


def _reads_option_tables(data: bytes) -> bool:
    """The module splits `section:option` names and asks a ConfigParser for them (coverage 6's
    `_set_attr_from_config_option`: `section, option = where.split(":")`, `cp.has_option(section, option)`)."""
    return b"has_option" in data and _SPLIT_SECTION.search(data) is not None


def _option_table_keys(tree: ast.Module) -> list[tuple[str, int]]:
    """The `section:option` names of the module's option tables: lists or tuples of two or more rows, each a tuple
    opening with an attribute name and its option's `section:option` (coverage's `CONFIG_FILE_OPTIONS`)."""
    found: list[tuple[str, int]] = []
    for node in walk(tree):
        if not isinstance(node, (ast.Assign, ast.AnnAssign)) or not isinstance(node.value, (ast.List, ast.Tuple)):
            continue
        rows = [_option_row(row) for row in node.value.elts]
        if len(rows) > 1 and all(row is not None for row in rows):
            found.extend((key, line) for key, line in (row for row in rows if row is not None))
    return found


def _option_row(row: ast.expr) -> tuple[str, int] | None:
    """A table row's `section:option` and line: `("note", "run:note")`, `("branch", "run:branch", "boolean")`."""
    if not (isinstance(row, ast.Tuple) and 2 <= len(row.elts) <= 4):
        return None
    attribute, option = (_literal(element) for element in row.elts[:2])
    if attribute is None or not attribute.isidentifier() or option is None or not _SECTION_OPTION.fullmatch(option):
        return None
    return option, row.lineno


def _attribute_key(written: ast.Attribute, attributes: ClassConstants) -> str | None:
    """The key a lower-case class attribute names (`app.config.get(self.timeout_key)` with `timeout_key =
    "DEMO_TIMEOUT"` in a class body of the module); constant-style names are followed as refs."""
    key = attributes.get(written.attr) if isinstance(written.value, ast.Name) else None
    return key if key is not None and CONFIG_KEY.match(key) else None


def _keys_through_names(index: TreeIndex, by_name: list[tuple[ast.Name, int, bool]]) -> list[tuple[str, int, bool]]:
    """(key, line, whether it defaults it) of the keys reads spell through a plain name (see `keyreaders`: a
    helper's parameter, a loop over a literal collection). Keys left unknown make no shape: any mapping named
    `config` is read here (flask-admin 2's `config = getattr(self.view, ...)`; `config.get(name)`), so a name handed
    in proves no read of the app's config."""
    found: list[tuple[str, int, bool]] = []
    for defaults in (False, True):
        keyed = [(name, line) for name, line, default in by_name if default is defaults]
        if keyed:
            given, _unknown = keys_through_names(index, keyed, lambda key: CONFIG_KEY.match(key) is not None)
            found.extend((key, line, defaults) for key, line in given.items())
    return found


def _namespace(key: str) -> str:
    """The key's leading word (`RATELIMIT` of `RATELIMIT_STORAGE_URL`): an extension's keys share one."""
    return key.split("_", 1)[0]


def resolve_config_refs(
    modules: Iterable[RawModule], resolver: Resolver
) -> tuple[dict[str, tuple[str, int]], set[str]]:
    """(key -> (file, line) the release defaults it at, keys it reads) of the keys spelled through constants of the
    package: a ref resolves only to a string literal bound once (`STORAGE_URL = "RATELIMIT_STORAGE_URL"`), else it
    is no key. A key only read is the release's own too when the constant that names it sits beside one it defaults
    through, in the same class or module, and shares that one's leading word: that namespace is the release's
    catalogue of its keys (flask-limiter's `ConfigVars`), where a read of another's key (`TESTING`) would not be."""
    defaults: dict[str, tuple[str, int]] = {}
    reads: dict[str, tuple[str, int, str]] = {}
    owned: set[tuple[str, str]] = set()
    for raw in modules:
        for ref in raw.config_refs:
            resolved = resolver.resolve_dotted(raw.module, ref.ref)
            constant = resolved.definition if resolved is not None else None
            if resolved is None or not isinstance(constant, RawAttribute) or constant.text is None:
                continue
            key, owner = constant.text, resolved.target.rsplit(".", 1)[0]
            if not CONFIG_KEY.match(key):
                continue
            if ref.defaults:
                owned.add((owner, _namespace(key)))
                defaults.setdefault(key, (raw.file, ref.line))
            else:
                reads.setdefault(key, (raw.file, ref.line, owner))
    for key, (file, line, owner) in reads.items():
        if key not in defaults and key not in FRAMEWORK_KEYS and (owner, _namespace(key)) in owned:
            defaults[key] = (file, line)
    return defaults, set(reads) | set(defaults)
