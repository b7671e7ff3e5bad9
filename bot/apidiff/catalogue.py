"""The catalogue of Python breakage kinds the engine decides statically. Each kind says who breaks, how badly, why,
and carries a witness template: a minimal user snippet that works against the old release and fails against the new
one, instantiated for the real symbol (see `witness.py`). `example` is a synthetic old/new package pair (`pkg`) that
shows the kind; the test suite diffs it and runs the instantiated witness against both sides."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Who(StrEnum):
    """Whose code breaks."""

    CALLERS = "callers"
    SUBCLASSERS = "subclassers"
    BOTH = "callers and subclassers"


class Severity(StrEnum):
    """How a user notices."""

    ERROR = "error"
    """Fails at import or call time."""
    WRONG = "silent"
    """Runs, but does something else (a value lands in another parameter, an override is ignored)."""
    TYPE = "type"
    """Fails under a type checker (and often later at runtime)."""
    WARNING = "warning"
    """Warns now; fails in a later release."""
    BEHAVIOUR = "behaviour"
    """Runs, with another value where the call says nothing (a changed default): whether it then does something else
    the diff cannot tell, so a use is listed as possible, never a verdict alone."""


@dataclass(frozen=True, slots=True)
class Kind:
    """One kind of breaking change."""

    id: str
    title: str
    who: Who
    severity: Severity
    explanation: str
    witness: str
    """str.format template; fields in `witness.py`."""
    old: str
    new: str
    """`pkg/__init__.py` of the example pair (a `# file: pkg/x.py` line starts another file)."""


IMPORT = "from {module} import {name}"
ACCESS = "from {module} import {name}\n{access}"
BIND = "import inspect\nfrom {module} import {name}\ninspect.signature({signed}).bind({signed_bind})"
CALL = "from {module} import {name}\n{setup}{invoke}"
STATIC = (
    "import inspect\nfrom {module} import {name}\n"
    "assert isinstance(inspect.getattr_static({owner}, {member!r}), {static})"
)
ANNOTATION = (
    "import inspect\nfrom {module} import {name}\nann = {annotation_of}\n"
    "assert (ann if isinstance(ann, str) else inspect.formatannotation(ann)) == {old_annotation!r}"
)
_OPTIONS = (
    "class SchemaOpts:\n    def __init__(self, meta):\n        self.fields = getattr(meta, 'fields', ())\n{reads}\n\n"
    "class SchemaMeta(type):\n    def __new__(mcs, name, bases, attrs):\n"
    "        klass = super().__new__(mcs, name, bases, attrs)\n"
    "        klass.opts = klass.OPTIONS_CLASS(klass.Meta)\n        return klass\n\n\n"
    "class Schema(metaclass=SchemaMeta):\n    OPTIONS_CLASS = SchemaOpts\n\n    class Meta:\n        pass\n"
)
"""A marshmallow-like options class: `{reads}` are the options its reader reads beside `fields`."""
LOGGED = (
    "import logging\n\n_make_record = logging.Logger.makeRecord\n\n\n"
    "def raise_on_deprecation(self, *args, **kwargs):\n    record = _make_record(self, *args, **kwargs)\n"
    "    if record.levelno >= logging.WARNING and 'deprecat' in record.getMessage().lower():\n"
    "        raise RuntimeError(record.getMessage())\n    return record\n\n\n"
    "logging.Logger.makeRecord = raise_on_deprecation\nfrom {module} import {name}\n"
)
"""Leads the witness of a deprecation only logged: every record a logger makes at WARNING level or above saying
"deprecat" raises, installed before the package is imported — where the record is made, so that a filter, a handler
or a logger that does not propagate (sentry-sdk 2.0 drops its own records unless `debug=True`) cannot swallow it."""
_LOGGER = "import logging\nlogger = logging.getLogger(__name__)\n"
C = Who.CALLERS
S = Who.SUBCLASSERS
B = Who.BOTH
E = Severity.ERROR

KINDS: tuple[Kind, ...] = (
    # --- names that are gone -----------------------------------------------------------------------------------
    Kind(
        "module_removed",
        "Module removed",
        C,
        E,
        "The module no longer exists; importing it raises ImportError.",
        "import {path}",
        "# file: pkg/extra.py\nX = 1\n",
        "",
    ),
    Kind(
        "module_now_attribute_only",
        "Submodule now only an attribute of its package",
        C,
        E,
        "The module's file is gone; its package still answers the name (a `__getattr__` serving another module), so "
        "`from pkg import mod` works, but `import pkg.mod` and `from pkg.mod import x` raise ModuleNotFoundError "
        "(python-json-logger 3.1's `pythonjsonlogger.jsonlogger`).",
        "import {path}",
        "# file: pkg/extra.py\nX = 1\n# file: pkg/other.py\nX = 1\n",
        "def __getattr__(name):\n    if name == 'extra':\n        from pkg import other\n        return other\n"
        "    raise AttributeError(name)\n# file: pkg/other.py\nX = 1\n",
    ),
    Kind(
        "class_removed",
        "Class removed",
        C,
        E,
        "A public class is gone from its module.",
        IMPORT,
        "class Client: ...\n",
        "",
    ),
    Kind(
        "function_removed",
        "Function removed",
        C,
        E,
        "A public function is gone from its module.",
        IMPORT,
        "def url_decode(s): ...\n",
        "",
    ),
    Kind(
        "attribute_removed",
        "Module attribute removed",
        C,
        E,
        "A module-level constant or variable is gone.",
        IMPORT,
        "DEFAULT_TIMEOUT = 5\n",
        "",
    ),
    Kind(
        "reexport_removed",
        "Re-export removed",
        C,
        E,
        "The object still exists in a submodule, but the shorter path users import it from no longer has it.",
        IMPORT,
        "from .core import helper\n# file: pkg/core.py\ndef helper(): ...\n",
        "# file: pkg/core.py\ndef helper(): ...\n",
    ),
    Kind(
        "third_party_reexport_removed",
        "Re-exported third-party name dropped",
        C,
        E,
        "The package used to re-export a name from another distribution (`flask.Markup`); users who imported it "
        "from here must import it from its home.",
        IMPORT,
        "from json import JSONDecodeError as JSONDecodeError\n",
        "",
    ),
    Kind(
        "module_to_package_reexport_lost",
        "Module turned into a package lost a name",
        C,
        E,
        "A module became a package; a name the old module offered is not offered by the package's `__init__`.",
        IMPORT,
        "# file: pkg/routing.py\nfrom .exceptions import NotFound\nclass Rule: ...\nclass Map: ...\n"
        "# file: pkg/exceptions.py\nclass NotFound(Exception): ...\n",
        "# file: pkg/routing/__init__.py\nfrom .map import Map\n# file: pkg/routing/map.py\nclass Map: ...\n"
        "# file: pkg/exceptions.py\nclass NotFound(Exception): ...\n",
    ),
    Kind(
        "private_removed",
        "Private name removed",
        C,
        E,
        "An underscored name is gone. It was private API, but dependents do import it and their installs break "
        "all the same.",
        IMPORT,
        "def __getattr__(name):\n    if name == '_request_ctx_stack':\n        return 1\n"
        "    raise AttributeError(name)\n",
        "",
    ),
    Kind(
        "private_member_removed",
        "Private class member removed",
        C,
        E,
        "An underscored method, property or class attribute of a public class is gone (from the class and its "
        "ancestors). It was private API, but dependents do reach into it and break all the same.",
        ACCESS,
        "class Client:\n    def _open(self): ...\n",
        "class Client: ...\n",
    ),
    Kind(
        "private_instance_attribute_removed",
        "Private instance attribute removed",
        C,
        E,
        "An underscored attribute the constructor set on every instance (itself or through a method it calls) is "
        "no longer set. It was private API, but dependents do read it and break all the same.",
        "from {module} import {name}\nobj = {owner}.__new__({owner})\n{owner}.__init__({ctor})\nobj.{member}",
        "class Axis:\n    def __init__(self):\n        self.clear()\n\n    def clear(self):\n"
        "        self._grid_on_major = True\n",
        "class Axis:\n    def __init__(self):\n        self.clear()\n\n    def clear(self):\n"
        "        self._grid = {'major': True}\n",
    ),
    Kind(
        "deprecated_name_removed",
        "Deprecated name removed",
        C,
        E,
        "A name that warned as deprecated is now gone: the announced removal happened.",
        IMPORT,
        "import warnings\ndef soft_unicode(s):\n    warnings.warn('use soft_str', DeprecationWarning)\n",
        "",
    ),
    Kind(
        "method_removed",
        "Method removed",
        C,
        E,
        "A method is gone from the class (and from its ancestors).",
        ACCESS,
        "class Client:\n    def open(self): ...\n",
        "class Client: ...\n",
    ),
    Kind(
        "protocol_method_removed",
        "Special method removed: an operation fails",
        C,
        E,
        "A special method Python calls for an operation (`__len__` for `len(obj)`, `__bytes__` for `bytes(obj)`, "
        "`__enter__` for `with obj:`) is gone from the class and its ancestors, and `object` has none: the "
        "operation now raises TypeError.",
        "from {module} import {name}\nobj = {owner}.__new__({owner})\n{owner}.__init__({ctor})\n{operation}",
        "class Key:\n    def __bytes__(self):\n        return b'key'\n",
        "class Key: ...\n",
    ),
    Kind(
        "property_removed",
        "Property removed",
        C,
        E,
        "A property is gone from the class.",
        ACCESS,
        "class App:\n    @property\n    def env(self): return 'production'\n",
        "class App: ...\n",
    ),
    Kind(
        "class_attribute_removed",
        "Class attribute removed",
        C,
        E,
        "A class-level attribute is gone.",
        ACCESS,
        "class App:\n    json_encoder = None\n",
        "class App: ...\n",
    ),
    Kind(
        "instance_attribute_removed",
        "Instance attribute removed",
        C,
        E,
        "An attribute the constructor set on every instance is no longer set.",
        "from {module} import {name}\nobj = {owner}.__new__({owner})\n{owner}.__init__({ctor})\nobj.{member}",
        "class Client:\n    def __init__(self):\n        self.cookie_jar = {}\n",
        "class Client:\n    def __init__(self):\n        self.cookies = {}\n",
    ),
    Kind(
        "nested_class_removed",
        "Nested class removed",
        C,
        E,
        "A class defined inside a class is gone.",
        ACCESS,
        "class Form:\n    class Meta: ...\n",
        "class Form: ...\n",
    ),
    Kind(
        "declared_field_removed",
        "Declared field removed",
        B,
        E,
        "A field declared in the class body of a form, serializer or schema is gone from the dict its metaclass "
        "collects such fields in (Django's `declared_fields`, marshmallow's `_declared_fields`). The metaclass pops "
        "the field from the class, so it was never an attribute; input for it is now ignored, output lacks it, and "
        "code naming it (`form['remember']`, `data['remember']`) fails.",
        "from {module} import {name}\nassert {member!r} in {owner}.{collected}",
        "class Field: ...\n\n\nclass FormMeta(type):\n    def __new__(mcs, name, bases, attrs):\n        fields = {}\n"
        "        for key, value in list(attrs.items()):\n            if isinstance(value, Field):\n"
        "                fields[key] = attrs.pop(key)\n        attrs['declared_fields'] = dict(fields)\n"
        "        return super().__new__(mcs, name, bases, attrs)\n\n\n"
        "class LoginForm(metaclass=FormMeta):\n    password = Field()\n    remember = Field()\n",
        "class Field: ...\n\n\nclass FormMeta(type):\n    def __new__(mcs, name, bases, attrs):\n        fields = {}\n"
        "        for key, value in list(attrs.items()):\n            if isinstance(value, Field):\n"
        "                fields[key] = attrs.pop(key)\n        attrs['declared_fields'] = dict(fields)\n"
        "        return super().__new__(mcs, name, bases, attrs)\n\n\n"
        "class LoginForm(metaclass=FormMeta):\n    password = Field()\n",
    ),
    Kind(
        "enum_member_removed",
        "Enum member removed",
        C,
        E,
        "An enumeration lost a member.",
        ACCESS,
        "import enum\nclass Color(enum.Enum):\n    RED = 1\n    GREEN = 2\n",
        "import enum\nclass Color(enum.Enum):\n    RED = 1\n",
    ),
    Kind(
        "name_dropped_from_all",
        "Name dropped from __all__",
        C,
        E,
        "The module still defines the name, but `from module import *` no longer brings it.",
        "from {module} import *\n{member}",
        "__all__ = ['a', 'b']\na = b = 1\n",
        "__all__ = ['a']\na = b = 1\n",
    ),
    # --- parameters ----------------------------------------------------------------------------------------------
    Kind(
        "param_removed",
        "Parameter removed",
        C,
        E,
        "A call passing the parameter now raises TypeError.",
        BIND,
        "def send(data, timeout=None): ...\n",
        "def send(data): ...\n",
    ),
    Kind(
        "param_renamed",
        "Parameter renamed",
        C,
        E,
        "A call passing the old keyword now raises TypeError.",
        BIND,
        "def unsign(value): ...\n",
        "def unsign(signed_value): ...\n",
    ),
    Kind(
        "param_moved",
        "Positional parameter moved",
        C,
        Severity.WRONG,
        "A parameter was inserted or reordered: a caller passing arguments by position hands them to other "
        "parameters, silently.",
        "import inspect\nfrom {module} import {name}\nassert inspect.signature({signed}).bind({signed_positions})"
        ".arguments[{param!r}] == {index}",
        "def path(exists=False, writable=False, readable=True): ...\n",
        "def path(exists=False, readable=True, writable=False): ...\n",
    ),
    Kind(
        "param_made_positional_only",
        "Parameter made positional-only",
        C,
        E,
        "A call passing it by keyword now raises TypeError.",
        BIND,
        "def quote(s, safe=''): ...\n",
        "def quote(s, safe='', /): ...\n",
    ),
    Kind(
        "param_made_keyword_only",
        "Parameter made keyword-only",
        C,
        E,
        "A call passing it by position now raises TypeError, or, where a `*args` now takes its slot, hands the value "
        "to `*args` instead, silently.",
        "import inspect\nfrom {module} import {name}\n"
        "assert {param!r} in inspect.signature({signed}).bind({signed_bind}).arguments",
        "def paginate(page=None, per_page=None): ...\n",
        "def paginate(*, page=None, per_page=None): ...\n",
    ),
    Kind(
        "param_new_required",
        "New required parameter",
        C,
        E,
        "Existing calls do not pass it: TypeError.",
        BIND,
        "def connect(host): ...\n",
        "def connect(host, port): ...\n",
    ),
    Kind(
        "param_default_removed",
        "Parameter default removed",
        C,
        E,
        "Calls that relied on the default now raise TypeError.",
        BIND,
        "def auth(auth_type=None): ...\n",
        "def auth(auth_type): ...\n",
    ),
    Kind(
        "param_default_changed",
        "Parameter default changed",
        C,
        Severity.BEHAVIOUR,
        "The parameter's literal default is now another value (flask 2.0's `send_file(conditional=False)` became "
        "`True`): calls that leave it out get the new value, calls passing it are unaffected. Nothing fails; what "
        "the call does may change, so a call leaving it out is listed as a possible use, never a reason to warn. "
        "Claimed when both defaults are literals of one type (`0` and `0.0` are one value) other than None (a None "
        "is how a body says \"decide here\"), a None the body replaces at once with a literal counting as that "
        "literal; and when a value (a literal or a name: rapidfuzz 3.0's `processor=default_process`) became None "
        "where the body only skips the parameter's uses at None, or the reverse.",
        "import inspect\nfrom {module} import {name}\n"
        "assert inspect.signature({signed}).parameters[{param!r}].default == {old_default}",
        "def send_file(path, conditional=False):\n    return conditional\n",
        "def send_file(path, conditional=True):\n    return conditional\n",
    ),
    Kind(
        "option_default_changed",
        "Keyword default carried by a class attribute changed",
        C,
        Severity.BEHAVIOUR,
        "The constructor takes only `**kw` and sets each keyword on the instance by its name, so a keyword left out "
        "stays at the class attribute of that name; that attribute's literal (or the literal `__init__` replaces a "
        "sentinel attribute with) is now another value (waitress 3.0's `Adjustments.clear_untrusted_proxy_headers`, "
        "False, now True). Calls leaving the keyword out get the new value; nothing fails, so such a call is listed "
        "as a possible use, never a reason to warn.",
        "from {module} import {name}\nassert {use}.{param} == {old_default}",
        "class Settings:\n    retries = 3\n\n    def __init__(self, **kw):\n        for key, value in kw.items():\n"
        "            setattr(self, key, value)\n",
        "class Settings:\n    retries = 5\n\n    def __init__(self, **kw):\n        for key, value in kw.items():\n"
        "            setattr(self, key, value)\n",
    ),
    Kind(
        "var_positional_removed",
        "*args removed",
        C,
        E,
        "Extra positional arguments are now rejected.",
        BIND,
        "def log(msg, *args): ...\n",
        "def log(msg, level=None): ...\n",
    ),
    Kind(
        "var_keyword_removed",
        "**kwargs removed",
        C,
        E,
        "Arbitrary keywords are now rejected.",
        BIND,
        "def load(s, **kwargs): ...\n",
        "def load(s): ...\n",
    ),
    Kind(
        "kwargs_option_removed",
        "Option read from **kwargs gone",
        C,
        E,
        "The old release read this keyword out of `**kwargs` itself; the new one passes `**kwargs` on to a callable "
        "that rejects it.",
        CALL,
        "import json\ndef dumps(obj, **kwargs):\n    encoding = kwargs.pop('encoding', None)\n"
        "    return json.dumps(obj, **kwargs)\n",
        "import json\ndef dumps(obj, **kwargs):\n    return json.dumps(obj, **kwargs)\n",
    ),
    Kind(
        "param_absorbed_rejected",
        "Parameter now swallowed by **kwargs and rejected",
        C,
        E,
        "The named parameter is gone; the keyword falls into `**kwargs`, which passes it to a callable that does "
        "not take it.",
        CALL,
        "def _emit(msg, level=0): ...\ndef log(msg, app=None, **kwargs):\n    _emit(msg, **kwargs)\n",
        "def _emit(msg, level=0): ...\ndef log(msg, **kwargs):\n    _emit(msg, **kwargs)\n",
    ),
    Kind(
        "param_absorbed_ignored",
        "Parameter now swallowed by **kwargs and ignored",
        C,
        Severity.WRONG,
        "The named parameter is gone; the keyword falls into a `**kwargs` that never reads it: the call still "
        "binds, and the value is silently dropped.",
        "import inspect\nfrom {module} import {name}\nassert {param!r} in inspect.signature({signed}).parameters",
        "def save(data, filename=None, **kwargs):\n    return kwargs.get('debug')\n",
        "def save(data, **kwargs):\n    return kwargs.get('debug')\n",
    ),
    Kind(
        "param_absorbed_unverified",
        "Parameter now swallowed by **kwargs, where it goes unread",
        C,
        Severity.WRONG,
        "The named parameter is gone; the keyword falls into a `**kwargs` handed on to a callable the diff could not "
        "read (another distribution's, or one chosen at run time): it may refuse the keyword, or take it without "
        "the effect the parameter had. Whether a call now fails is not known; that the parameter is gone is.",
        "import inspect\nfrom {module} import {name}\nassert {param!r} in inspect.signature({signed}).parameters",
        "_SINKS = [dict]\ndef build(data, strict=False, **kwargs):\n    return _SINKS[0](data, **kwargs)\n",
        "_SINKS = [dict]\ndef build(data, **kwargs):\n    return _SINKS[0](data, **kwargs)\n",
    ),
    Kind(
        "param_no_longer_read",
        "Parameter still accepted but no longer read",
        C,
        Severity.WRONG,
        "The parameter is still in the signature, but the new body never names it (fonttools 4.27's "
        "`TTFont(allowVID=...)`): a call passing it binds, and the value is silently ignored. Claimed only when "
        "the old body loaded it and the new one has no reference at all to it (no frame or namespace access, no "
        "decorator that may read the call, neither body a stub); a warning of the new body naming it is said. "
        "The witness passes a marker and checks the call kept it, returned it or asked it something.",
        "import gc\nfrom {module} import {name}\nclass Marker:\n    asked = False\n"
        "    def __getattr__(self, attribute):\n        Marker.asked = True\n        raise AttributeError(attribute)\n"
        "    def __bool__(self):\n        Marker.asked = True\n        return True\n"
        "marker = Marker()\n{use_with_marker}\n"
        "assert Marker.asked or result is marker or any(r is not globals() for r in gc.get_referrers(marker))",
        "def connect(host, retries=3):\n    return retries\n",
        "def connect(host, retries=3):\n    return 3\n",
    ),
    Kind(
        "param_now_raises",
        "Parameter now raises when given",
        C,
        E,
        "The parameter is still in the signature with its default, but the new body opens with a test that it was "
        "given (`if include is not None:`) whose branch only raises (odmantic 1.0's `Model.copy(include=...)`, now "
        "`NotImplementedError`): a call leaving it out works, a call passing it fails. Claimed only where the old "
        "body read the parameter and raised for it at no such test.",
        "from {module} import {name}\n{use_with_param}",
        "def copy(update=None, include=None):\n    return dict(update or {}, include=include)\n",
        "def copy(update=None, include=None):\n    if include is not None:\n"
        "        raise NotImplementedError('include is not supported anymore')\n    return dict(update or {})\n",
    ),
    Kind(
        "forwarded_keyword_rejected",
        "Keyword handed on by **kwargs now rejected down the chain",
        C,
        E,
        "The callable's own parameters did not change, but a keyword its `**kwargs` handed on (through one or more "
        "calls of the release, each followed) to a callable that took it by name is now rejected there. The "
        "witness binds the keyword to that callable.",
        BIND,
        "class LogScale:\n    def __init__(self, axis, base=10, basex=None): ...\n"
        "def scale_factory(name, axis, **kwargs):\n    return LogScale(axis, **kwargs)\n"
        "def set_scale(value, **kwargs):\n    return scale_factory(value, None, **kwargs)\n",
        "class LogScale:\n    def __init__(self, axis, base=10): ...\n"
        "def scale_factory(name, axis, **kwargs):\n    return LogScale(axis, **kwargs)\n"
        "def set_scale(value, **kwargs):\n    return scale_factory(value, None, **kwargs)\n",
    ),
    Kind(
        "private_signature_changed",
        "Private method's parameters changed",
        C,
        E,
        "An underscored method of a public class changed its parameters in a way that breaks calls written for the "
        "old ones (the kinds listed beside this one say how: removed, renamed, moved, newly required, ...; its "
        "witness is theirs). It was private API, but dependents do call it and break all the same.",
        BIND,
        "class SchemaEditor:\n    def _create_unique_sql(self, model, columns, name=None): ...\n",
        "class SchemaEditor:\n    def _create_unique_sql(self, model, fields, name=None): ...\n",
    ),
    Kind(
        "record_field_removed",
        "Record field removed",
        C,
        E,
        "A dataclass or NamedTuple lost a field: constructing it with the field fails (a TypedDict builds any dict).",
        CALL,
        "import dataclasses\n@dataclasses.dataclass\nclass Point:\n    x: int = 0\n    y: int = 0\n",
        "import dataclasses\n@dataclasses.dataclass\nclass Point:\n    x: int = 0\n",
    ),
    Kind(
        "record_field_made_required",
        "Record field made required",
        C,
        E,
        "A record gained a required field, or a field lost its default: existing constructions fail.",
        CALL,
        "from typing import NamedTuple\nAttrs = NamedTuple('Attrs', [('name', str)])\n",
        "from typing import NamedTuple\nAttrs = NamedTuple('Attrs', [('name', str), ('value', str)])\n",
    ),
    Kind(
        "return_type_changed",
        "Return or property type changed incompatibly",
        C,
        Severity.TYPE,
        "Callers relying on the old type (`bytes` becoming `str`, a `str` property becoming an Enum) break under "
        "their type checker, and usually at runtime.",
        ANNOTATION,
        "def digest() -> bytes: ...\n",
        "def digest() -> str: ...\n",
    ),
    Kind(
        "attribute_annotation_changed",
        "Attribute type annotation changed incompatibly",
        C,
        Severity.TYPE,
        "A module or class attribute is now annotated with a type its readers cannot rely on (`timeout: float` "
        "becoming `timeout: Timeout`): code using the value as the old type breaks under its type checker, and "
        "usually at runtime.",
        ANNOTATION,
        "class Config:\n    timeout: float = 5.0\n",
        "class Timeout:\n    def __init__(self, seconds):\n        self.seconds = seconds\n\n\n"
        "class Config:\n    timeout: Timeout = Timeout(5.0)\n",
    ),
    Kind(
        "returned_type_changed",
        "Returned type changed (read from an unannotated body)",
        C,
        E,
        "A side without a return annotation certainly returned another builtin type: every `return` of its body "
        "gives a `bytes` or `str` literal, or a value built from one (`b\".\".join(parts)`, an f-string). Code "
        "handling the old value (`token.decode()`) fails at runtime.",
        "from {module} import {name}\n{setup}assert isinstance({invoke}, {old_type})",
        "def token():\n    return b\".\".join([b\"header\", b\"payload\"])\n",
        "def token() -> str:\n    return \"header.payload\"\n",
    ),
    Kind(
        "returns_none_now",
        "Now returns None (read from the bodies)",
        C,
        E,
        "Every `return` of the old body gave a value (the instance, an attribute read on it, a literal), and the new "
        "body returns nothing: no `return`, `yield` nor `raise`. Code using the value (`with ctx as value:`, a "
        "chained call) now gets None.",
        "from {module} import {name}\n{setup}assert {invoke} is not None",
        "def settings():\n    return {\"debug\": False}\n",
        "def settings():\n    defaults = {\"debug\": False}\n",
    ),
    Kind(
        "attribute_type_changed",
        "Attribute holds another builtin type",
        C,
        E,
        "A module or class attribute is now assigned another builtin container or text type (a list became a "
        "frozenset, a str became bytes, a dict a read-only `MappingProxyType`): code using the old value's "
        "operations (`ALLOWED_TAGS + [\"p\"]`, `.append`, `.decode()`, `d[k] = v`) fails at runtime.",
        "from {module} import {name}\nassert isinstance({access}, {old_type})",
        "TAGS = [\"a\", \"p\"]\n",
        "TAGS = frozenset((\"a\", \"p\"))\n",
    ),
    Kind(
        "param_type_changed",
        "Parameter type narrowed",
        C,
        Severity.TYPE,
        "A value of the old parameter type is no longer accepted.",
        ANNOTATION,
        "def quote(s: str | bytes): ...\n",
        "def quote(s: str): ...\n",
    ),
    # --- shapes ----------------------------------------------------------------------------------------------------
    Kind(
        "sync_to_async",
        "Function became async",
        C,
        E,
        "Calls now return a coroutine instead of the value.",
        "import inspect\nfrom {module} import {name}\n{setup}assert not inspect.isawaitable({invoke})",
        "def fetch(): return 1\n",
        "async def fetch(): return 1\n",
    ),
    Kind(
        "async_to_sync",
        "Async function became sync",
        C,
        E,
        "`await` on the result now fails.",
        "import asyncio\nfrom {module} import {name}\n{setup}asyncio.run({invoke})",
        "async def fetch(): return 1\n",
        "def fetch(): return 1\n",
    ),
    Kind(
        "callable_now_raises",
        "Callable now always raises",
        B,
        E,
        "The function or method is still there, but its body now only raises (`NotImplementedError`, or an error "
        "saying it was removed) or ends the program: every call fails, and a subclass relying on the old default "
        "breaks too.",
        CALL,
        "def rows(): return [1]\n",
        "def rows():\n    raise NotImplementedError('use table() instead')\n",
    ),
    Kind(
        "function_to_generator",
        "Function became a generator",
        C,
        E,
        "Calls now return a generator instead of the value.",
        "import inspect\nfrom {module} import {name}\n{setup}assert not inspect.isgenerator({invoke})",
        "def rows(): return [1]\n",
        "def rows():\n    yield 1\n",
    ),
    Kind(
        "generator_to_function",
        "Generator became a function",
        C,
        E,
        "Code using the generator protocol (`next`, `send`) on the result fails.",
        "import inspect\nfrom {module} import {name}\n{setup}assert inspect.isgenerator({invoke})",
        "def rows():\n    yield 1\n",
        "def rows(): return [1]\n",
    ),
    Kind(
        "decorator_to_factory",
        "Decorator became a decorator factory",
        C,
        E,
        "It now takes options and returns the decorator: applied bare (`@name`), it takes the function as its first "
        "option, and the decorated name is the inner decorator, never the function. Write `@name()`.",
        "import inspect\nfrom {module} import {name}\n\ndef view(page=1):\n    return page\n\n"
        "assert inspect.signature({access}(view)) == inspect.signature(view)",
        "import functools\n\ndef login_required(fn):\n    @functools.wraps(fn)\n    def wrapper(*args, **kwargs):\n"
        "        return fn(*args, **kwargs)\n    return wrapper\n",
        "import functools\n\ndef login_required(optional=False):\n    def decorator(fn):\n"
        "        @functools.wraps(fn)\n        def wrapper(*args, **kwargs):\n            return fn(*args, **kwargs)\n"
        "        return wrapper\n    return decorator\n",
    ),
    Kind(
        "property_to_method",
        "Property became a method",
        C,
        E,
        "Reading it now gives a bound method instead of the value.",
        STATIC,
        "class Response:\n    @property\n    def charset(self): return 'utf-8'\n",
        "class Response:\n    def charset(self): return 'utf-8'\n",
    ),
    Kind(
        "attribute_to_method",
        "Attribute became a method",
        C,
        E,
        "An attribute that held a value (a literal or a display) is now a method of the same name: reading it "
        "gives a bound method, not the value. An attribute that may have held a callable is not claimed.",
        "import inspect\nfrom {module} import {name}\n"
        "assert not callable(inspect.getattr_static({owner}, {member!r}, None))",
        "class Response:\n    def __init__(self):\n        self.charset = 'utf-8'\n",
        "class Response:\n    def __init__(self):\n        self._charset = 'utf-8'\n\n"
        "    def charset(self): return self._charset\n",
    ),
    Kind(
        "method_to_property",
        "Method became a property",
        C,
        E,
        "Calling it now calls the value: TypeError.",
        "import inspect\nfrom {module} import {name}\nassert callable(inspect.getattr_static({owner}, {member!r}))",
        "class Response:\n    def charset(self): return 'utf-8'\n",
        "class Response:\n    @property\n    def charset(self): return 'utf-8'\n",
    ),
    Kind(
        "method_to_attribute",
        "Method became a value attribute",
        C,
        E,
        "The name now holds a value (a literal, a display, a generator object) set on the class or in `__init__`: "
        "calling it calls the value: TypeError.",
        "import inspect\nfrom {module} import {name}\nassert callable(inspect.getattr_static({owner}, {member!r}))",
        "class Client:\n    def messages(self): return iter(())\n",
        "class Client:\n    def __init__(self):\n        self.messages = self._messages()\n\n"
        "    def _messages(self):\n        yield from ()\n",
    ),
    Kind(
        "classmethod_to_instance_method",
        "Classmethod became an instance method",
        C,
        E,
        "Calls on the class now miss `self`.",
        STATIC,
        "class Config:\n    @classmethod\n    def load(cls): ...\n",
        "class Config:\n    def load(self): ...\n",
    ),
    Kind(
        "staticmethod_to_instance_method",
        "Staticmethod became an instance method",
        C,
        E,
        "Calls on the class now miss `self`.",
        STATIC,
        "class Util:\n    @staticmethod\n    def clean(s): ...\n",
        "class Util:\n    def clean(self, s): ...\n",
    ),
    Kind(
        "attribute_made_read_only",
        "Attribute became read-only",
        C,
        E,
        "A plain (or settable) attribute became a property without a setter, or its class a frozen record "
        "(`@dataclass(frozen=True)`): assigning it on an instance raises AttributeError.",
        "from {module} import {name}\nobj = object.__new__({owner})\nobj.{member} = None",
        "class Request:\n    max_content_length = None\n",
        "class Request:\n    @property\n    def max_content_length(self): return None\n",
    ),
    Kind(
        "read_now_raises",
        "Attribute read now always raises",
        C,
        E,
        "The attribute is still there, but it is now a property whose getter only raises (an error saying it was "
        "removed): every read fails.",
        "from {module} import {name}\nobj = object.__new__({owner})\nobj.{member}",
        "class Model:\n    @property\n    def vocab(self): return {}\n",
        "class Model:\n    @property\n    def vocab(self):\n        raise AttributeError('vocab was removed')\n",
    ),
    Kind(
        "class_attribute_now_instance_only",
        "Class attribute now set on instances only",
        C,
        E,
        "An attribute the class body defined is now assigned on each instance (in `__init__`): reading it on the class "
        "raises AttributeError, and a subclass overriding it in its body is overwritten by the constructor.",
        "from {module} import {name}\n{access}",
        "class Client:\n    timeout = 5\n",
        "class Client:\n    def __init__(self):\n        self.timeout = 5\n",
    ),
    Kind(
        "class_to_function",
        "Class became a function",
        S,
        E,
        "Subclassing it or `isinstance` checks against it now fail.",
        "from {module} import {name}\nclass Subclass({access}):\n    pass",
        "class Form: ...\n",
        "def Form(): ...\n",
    ),
    Kind(
        "base_removed",
        "Class lost a base",
        B,
        E,
        "The class no longer inherits from a base: `isinstance`/`issubclass` checks and inherited behaviour change.",
        "from {module} import {name}\n{base_import}\nassert issubclass({access}, {base})",
        "class Mixin: ...\nclass Cache(Mixin): ...\n",
        "class Mixin: ...\nclass Cache: ...\n",
    ),
    Kind(
        "exception_base_removed",
        "Exception lost a base",
        C,
        E,
        "An `except OldBase:` clause no longer catches the exception.",
        "from {module} import {name}\n{base_import}\ntry:\n    raise {access}.__new__({access})\n"
        "except {base}:\n    pass",
        "class HTTPError(Exception): ...\nclass NotFound(HTTPError, LookupError): ...\n",
        "class HTTPError(Exception): ...\nclass NotFound(HTTPError): ...\n",
    ),
    Kind(
        "class_made_unhashable",
        "Instances made unhashable",
        C,
        E,
        "The class now defines `__eq__` without `__hash__`, so Python sets its `__hash__` to None: `hash(obj)`, a set "
        "holding instances and a dict keyed by them raise TypeError.",
        "from {module} import {name}\nhash(object.__new__({access}))",
        "class Key: ...\n",
        "class Key:\n    def __eq__(self, other):\n        return self is other\n",
    ),
    Kind(
        "class_lost_equality",
        "Instances no longer compared by value",
        C,
        Severity.WRONG,
        "No class of its order defines `__eq__` any more, so `==` falls back to `object`'s identity test: two "
        "instances holding equal values no longer compare equal, and `in`, `list.index` and `list.remove` stop "
        "finding an equal instance.",
        "from {module} import {name}\nassert object.__new__({access}) == object.__new__({access})",
        "class Point:\n    def __eq__(self, other):\n        return isinstance(other, Point)\n\n"
        "    __hash__ = object.__hash__\n",
        "class Point: ...\n",
    ),
    Kind(
        "class_lost_ordering",
        "Instances no longer ordered",
        C,
        E,
        "No class of its order defines `__lt__` or `__gt__` (for `<`), `__le__` or `__ge__` (for `<=`) any more, "
        "nor `functools.total_ordering` over another comparison: comparing two instances, `sorted`, `min` and `max` "
        "raise TypeError.",
        "from {module} import {name}\nobj = object.__new__({access})\nobj {ordering} obj",
        "import functools\n@functools.total_ordering\nclass Version:\n    def __eq__(self, other):\n"
        "        return True\n\n    def __le__(self, other):\n        return True\n\n    __hash__ = object.__hash__\n",
        "class Version:\n    def __eq__(self, other):\n        return True\n\n    __hash__ = object.__hash__\n",
    ),
    Kind(
        "abstract_method_added",
        "Abstract method added",
        S,
        E,
        "Existing subclasses that do not implement the new abstract method can no longer be instantiated.",
        "from {module} import {name}\nclass Subclass({cls_access}):\n    pass\nobject.__new__(Subclass)",
        "import abc\nclass Backend(abc.ABC):\n    def get(self): ...\n",
        "import abc\nclass Backend(abc.ABC):\n    def get(self): ...\n"
        "    @abc.abstractmethod\n    def delete(self): ...\n",
    ),
    Kind(
        "method_made_abstract",
        "Method made abstract",
        S,
        E,
        "Subclasses that relied on the inherited implementation can no longer be instantiated.",
        "from {module} import {name}\nclass Subclass({cls_access}):\n    pass\nobject.__new__(Subclass)",
        "import abc\nclass Backend(abc.ABC):\n    def get(self): ...\n",
        "import abc\nclass Backend(abc.ABC):\n    @abc.abstractmethod\n    def get(self): ...\n",
    ),
    Kind(
        "final_added",
        "Class made @final",
        S,
        Severity.TYPE,
        "Subclassing it is now an error for type checkers.",
        "from {module} import {name}\nassert not getattr({access}, '__final__', False)",
        "class Token: ...\n",
        "from typing import final\n@final\nclass Token: ...\n",
    ),
    # --- announcements and configuration -----------------------------------------------------------------------------
    Kind(
        "deprecated_added",
        "Deprecation added",
        C,
        Severity.WARNING,
        "Using the name now warns: it will be removed in a later release (tests run with -W error fail now).",
        "import warnings\nwarnings.simplefilter('error')\nfrom {module} import {name}\n{use}",
        "def url_quote(s): ...\n",
        "import warnings\ndef url_quote(s):\n    warnings.warn('use urllib.parse.quote', DeprecationWarning)\n",
    ),
    Kind(
        "deprecated_documented",
        "Deprecation documented",
        C,
        Severity.WARNING,
        "The name's documentation (its docstring, or the comment right above the assignment binding it) now marks "
        "it deprecated, though using it warns nothing yet: it will be removed in a later release.",
        "import inspect\nimport re\nimport {module} as _module\nfrom {module} import {name}\n"
        "_above = re.findall(r'((?:^[ \\t]*#.*\\n)+)[ \\t]*{member}[ \\t]*[:=]', inspect.getsource(_module), re.M)\n"
        "assert 'deprecated' not in ((inspect.getdoc({access}) or '') + ''.join(_above)).lower()",
        'def url_quote(s):\n    """Quote a URL."""\n',
        'def url_quote(s):\n    """Deprecated: use urllib.parse.quote instead."""\n',
    ),
    Kind(
        "deprecated_param_added",
        "Parameter deprecation added",
        C,
        Severity.WARNING,
        "Passing the parameter now warns: it will be removed in a later release.",
        "import warnings\nwarnings.simplefilter('error')\nfrom {module} import {name}\n{use_with_param}",
        "def iri_to_uri(iri, charset=None): ...\n",
        "import warnings\ndef iri_to_uri(iri, charset=None):\n    if charset is not None:\n"
        "        warnings.warn('charset is deprecated', DeprecationWarning)\n",
    ),
    Kind(
        "deprecated_logged",
        "Deprecation logged",
        C,
        Severity.WARNING,
        "Using the name now logs a deprecation at WARNING level through the package's logger (no warning is raised: "
        "`-W error` does not fail on it, a log check does): it will be removed in a later release.",
        LOGGED + "{use}",
        "def url_quote(s): ...\n",
        _LOGGER + "def url_quote(s):\n    logger.warning('url_quote is deprecated, use urllib.parse.quote')\n",
    ),
    Kind(
        "deprecated_param_documented",
        "Parameter deprecation documented",
        C,
        Severity.WARNING,
        "The parameter's own entry in the docstring (`:param name:`) now marks it deprecated, though passing it "
        "warns nothing yet: it will be removed in a later release.",
        "import inspect\nimport re\nfrom {module} import {name}\n"
        "_doc = (inspect.getdoc({access}) or '') + '\\n'\n"
        "_doc += inspect.getdoc(getattr({access}, '__init__', None)) or ''\n"
        "_entry = re.search(r'^:param (?:.* )?{param}:.*(?:\\n(?:[ \\t].*)?)*', _doc, re.M)\n"
        "assert not (_entry and 'deprecated' in _entry.group(0).lower())",
        'def compare(x, y, strict=False):\n    """Compare.\n\n    :param strict: Check every attribute.\n    """\n',
        'def compare(x, y, strict=False):\n    """Compare.\n\n    :param strict: Check every attribute.\n\n'
        '      .. deprecated:: 2.0\n\n        Use ``partial`` instead.\n    """\n',
    ),
    Kind(
        "deprecated_param_logged",
        "Parameter deprecation logged",
        C,
        Severity.WARNING,
        "Passing the parameter now logs a deprecation at WARNING level through the package's logger (no warning is "
        "raised: `-W error` does not fail on it, a log check does): it will be removed in a later release.",
        LOGGED + "{use_with_param}",
        "def iri_to_uri(iri, charset=None): ...\n",
        _LOGGER + "def iri_to_uri(iri, charset=None):\n    if charset is not None:\n"
        "        logger.warning('charset is deprecated')\n",
    ),
    Kind(
        "positional_use_deprecated",
        "Positional use deprecated",
        C,
        Severity.WARNING,
        "Passing the parameter by position now warns: it is keyword-only in the signature (scikit-learn's "
        "`_deprecate_positional_args`), or past the count of positional arguments a decorator lets calls pass "
        "(falcon 3.0's `@deprecated_args(allowed_positional=0)`), and a later release will refuse positional calls.",
        "import warnings\nwarnings.simplefilter('error')\nfrom {module} import {name}\n{access}({bind})",
        "def fit(X, y=None): ...\n",
        "import functools, warnings\nfrom inspect import Parameter, signature\n"
        "def _deprecate_positional_args(f):\n    sig = signature(f)\n"
        "    kwonly = [n for n, p in sig.parameters.items() if p.kind == Parameter.KEYWORD_ONLY]\n"
        "    @functools.wraps(f)\n    def inner_f(*args, **kwargs):\n"
        "        if len(args) > len(sig.parameters) - len(kwonly):\n"
        "            warnings.warn('pass them as keyword args', FutureWarning)\n"
        "        kwargs.update(zip(sig.parameters, args))\n        return f(**kwargs)\n    return inner_f\n"
        "@_deprecate_positional_args\ndef fit(X, *, y=None): ...\n",
    ),
    Kind(
        "param_value_deprecated",
        "Parameter value deprecated",
        C,
        Severity.WARNING,
        "Passing this one value of the parameter now warns (other values do not): a later release will refuse it or "
        "give it another meaning.",
        "import warnings\nwarnings.simplefilter('error')\nfrom {module} import {name}\n{use_with_value}",
        "def open_archive(path, mode='r'): ...\n",
        "import warnings\ndef open_archive(path, mode='r'):\n    if mode == 'legacy':\n"
        "        warnings.warn(\"mode='legacy' is deprecated\", DeprecationWarning)\n",
    ),
    Kind(
        "env_var_removed",
        "Environment variable no longer read",
        C,
        Severity.WRONG,
        "Deployments that configure the package through this variable are silently ignored.",
        "import os\nseen = []\noriginal = type(os.environ).__getitem__\n"
        "type(os.environ).__getitem__ = lambda self, key: (seen.append(key), original(self, key))[1]\n"
        "import {module}\nassert {name!r} in seen",
        "import os\nDEBUG = os.environ.get('PKG_DEBUG')\n",
        "DEBUG = None\n",
    ),
)

KINDS += (
    Kind(
        "hook_no_longer_called",
        "Overridable method no longer called",
        S,
        Severity.WRONG,
        "The class used to call this method on itself; subclasses override it to customise behaviour. Nothing calls "
        "it any more, so their override is silently ignored.",
        "from {module} import {name}\ncalled = []\nclass Subclass({owner}):\n"
        "    def {member}(self, *args, **kwargs):\n        called.append(True)\n"
        "obj = object.__new__(Subclass)\nobj.{caller}({caller_call})\nassert called",
        "class Handler:\n    def handle(self):\n        self.on_request()\n    def on_request(self): ...\n",
        "class Handler:\n    def handle(self): ...\n    def on_request(self): ...\n",
    ),
    Kind(
        "hook_called_with_new_arguments",
        "Overridable method now called with more arguments",
        S,
        E,
        "The release's own code now calls this method with an argument its old signature does not take (a "
        "parameter it gained, passed by keyword or position): subclasses overriding it with the old signature get "
        "TypeError. Claimed only with evidence that the call reaches this method: made on `self` by the class or an "
        "ancestor, or passing by keyword the very parameter the method gained.",
        "from {module} import {name}\nclass Subclass({owner}):\n    def {member}(self{old_params}):\n"
        "        return None\nobj = object.__new__(Subclass)\n{trigger}",
        "class Operations:\n    def bounds(self, value): ...\n"
        "    def lookup(self, value):\n        return self.bounds(value)\n",
        "class Operations:\n    def bounds(self, value, iso_year=False): ...\n"
        "    def lookup(self, value):\n        return self.bounds(value, iso_year=True)\n",
    ),
    Kind(
        "callback_called_with_more_arguments",
        "Supplied callable now called with more arguments",
        C,
        E,
        "A callable users hand the constructor (stored on the instance) is now called by the release with more "
        "positional arguments than before: callables written for the old release get TypeError. Claimed only over "
        "calls made on `self` by the class or on a receiver named after it.",
        "from {module} import {name}\nobj = {owner}.__new__({owner})\n{owner}.__init__({ctor_callback})\n{trigger}",
        "class Rule:\n    def __init__(self, process_request=None):\n        self.process_request = process_request\n"
        "    def follow(self, request, response):\n        return self.process_request(request)\n",
        "class Rule:\n    def __init__(self, process_request=None):\n        self.process_request = process_request\n"
        "    def follow(self, request, response):\n        return self.process_request(request, response)\n",
    ),
    Kind(
        "factory_callback_called_differently",
        "Callable handed to a decorator factory now called with other positional arguments",
        C,
        E,
        "A callable users hand a decorator factory (cachetools' `cachedmethod(cache, key=...)`) is now called by the "
        "wrapper the factory builds with another number of positional arguments before those the wrapper passes "
        "on: a callable written for the old release gets TypeError (a variadic one, other arguments). Claimed only "
        "when every call of the parameter has one shape on each side and the factory never rebinds it.",
        "from {module} import {name}\n\n\ndef supplied({supplied_params}):\n    return 0\n\n\n"
        "wrapped = {access}({factory_args})(lambda *args, **kwargs: None)\nwrapped({wrapper_args})",
        "import functools\n\n\ndef memoize(cache, key=None):\n    def decorator(method):\n"
        "        def wrapper(self, *args, **kwargs):\n            store = cache(self)\n"
        "            k = key(*args, **kwargs)\n            if k not in store:\n"
        "                store[k] = method(self, *args, **kwargs)\n            return store[k]\n\n"
        "        return functools.update_wrapper(wrapper, method)\n\n    return decorator\n",
        "import functools\n\n\ndef memoize(cache, key=None):\n    def decorator(method):\n"
        "        def wrapper(self, *args, **kwargs):\n            store = cache(self)\n"
        "            k = key(self, *args, **kwargs)\n            if k not in store:\n"
        "                store[k] = method(self, *args, **kwargs)\n            return store[k]\n\n"
        "        return functools.update_wrapper(wrapper, method)\n\n    return decorator\n",
    ),
    Kind(
        "config_key_removed",
        "Config key no longer read",
        C,
        Severity.WRONG,
        "The release no longer reads or defaults this configuration key (Flask's `JSON_SORT_KEYS`, `ENV`; a Sphinx "
        "extension's value it no longer registers with `app.add_config_value`; a key of the defaults a class spreads "
        "onto itself with `self.__dict__.update(DEFAULTS)`, html-sanitizer 1.3's `element_filters`): applications that "
        "set it are "
        "silently ignored.",
        "import inspect\nimport {module}\nassert {name!r} in {where}",
        "class Flask:\n    default_config = dict(JSON_SORT_KEYS=True)\n",
        "class Flask:\n    default_config = dict(DEBUG=False)\n",
    ),
    Kind(
        "config_key_made_required",
        "Django setting lost its default",
        C,
        E,
        "The release read this Django setting with a default (`getattr(settings, 'CRISPY_TEMPLATE_PACK', "
        "'bootstrap')`) and now reads it only without one (`settings.CRISPY_TEMPLATE_PACK`, django-crispy-forms "
        "2.0), declaring no default elsewhere: a project that does not set it fails with AttributeError. Claimed only "
        "when every use of the setting in the release's code (tests left out) reads Django's `settings` with no "
        "default; the use is the setting's absence, so it is listed for the release, not matched in code.",
        "import ast\nimport importlib.util\n\n\ndef defaulted(node):\n"
        "    return (\n        isinstance(node, ast.Call) and getattr(node.func, 'id', '') == 'getattr'\n"
        "        and len(node.args) == 3\n"
        "        and isinstance(node.args[1], ast.Constant) and node.args[1].value == {name!r}\n    )\n\n\n"
        "origin = importlib.util.find_spec({module!r}).origin\n"
        "with open(origin, encoding='utf-8') as file:\n    tree = ast.parse(file.read())\n"
        "assert any(defaulted(node) for node in ast.walk(tree))",
        "from django.conf import settings\n\n\ndef template_pack():\n"
        "    return getattr(settings, 'PKG_TEMPLATE_PACK', 'bootstrap')\n",
        "from django.conf import settings\n\n\ndef template_pack():\n    return settings.PKG_TEMPLATE_PACK\n",
    ),
    Kind(
        "user_attribute_unread",
        "Attribute of a user's object no longer read",
        S,
        Severity.WRONG,
        "The release read this attribute by name from objects users define and hand it (django-filter 21.1's DRF "
        "backend: `getattr(view, 'filter_fields', None)` on the user's view), only ever from a parameter, never from "
        "its own objects; the new release reads it nowhere (22.1 reads only `filterset_fields`): a class still "
        "setting it is silently ignored. Compound names only: a common word is read from many objects.",
        "import importlib.util\n\norigin = importlib.util.find_spec({module!r}).origin\n"
        "with open(origin, encoding='utf-8') as file:\n    assert {name!r} in file.read()",
        "class FilterBackend:\n    def filterset_class(self, view):\n"
        "        return getattr(view, 'filterset_class', None) or getattr(view, 'filter_class', None)\n",
        "class FilterBackend:\n    def filterset_class(self, view):\n"
        "        return getattr(view, 'filterset_class', None)\n",
    ),
    Kind(
        "config_key_deprecated",
        "Flask config key deprecated",
        C,
        Severity.WARNING,
        "The release reads this configuration key only to warn that it is deprecated (flask 2.2's `JSON_AS_ASCII`): "
        "applications that set it get a DeprecationWarning (tests run with -W error fail now), and a later release "
        "will stop reading it.",
        "import inspect\nimport {module}\nafter = inspect.getsource({module}).partition({name!r})[2][:800]\n"
        "assert 'warn' not in after",
        "class Provider:\n    def __init__(self, app):\n        self.app = app\n\n"
        "    def dumps(self):\n        return self.app.config['JSON_AS_ASCII']\n",
        "import warnings\n\n\nclass Provider:\n    def __init__(self, app):\n        self.app = app\n\n"
        "    def dumps(self):\n        ascii = self.app.config['JSON_AS_ASCII']\n        if ascii is not None:\n"
        "            warnings.warn('JSON_AS_ASCII is deprecated', DeprecationWarning)\n        return ascii\n",
    ),
    Kind(
        "class_option_no_longer_read",
        "Option of a user's nested options class no longer read",
        S,
        Severity.WRONG,
        "Subclasses configure the class through a nested options class (marshmallow's `class Meta: ordered = True`), "
        "which the release reads by name (`getattr(meta, 'ordered', False)`). It no longer reads this option: a "
        "subclass setting it is silently ignored.",
        "from {module} import {name}\nseen = []\nclass Recorder(type):\n"
        "    def __getattribute__(cls, attribute):\n        seen.append(attribute)\n"
        "        return type.__getattribute__(cls, attribute)\n"
        "class Subclass({holder}):\n    class {nested}(metaclass=Recorder):\n        pass\n"
        "if {member!r} not in seen:\n    Subclass()\nassert {member!r} in seen",
        _OPTIONS.format(reads="        self.ordered = getattr(meta, 'ordered', False)\n"),
        _OPTIONS.format(reads=""),
    ),
)

KINDS += (
    Kind(
        "class_body_setting_unread",
        "Class-body setting a metaclass read no longer read",
        S,
        Severity.WRONG,
        "The metaclass of the class read this key from the body of each subclass (`namespace['__collection__']` in "
        "its `__new__`); the new release reads it nowhere and stores its own value under it before the class is "
        "made (odmantic 1.0 names the collection from `model_config` alone): a subclass still setting it is "
        "silently ignored.",
        "from {module} import {name}\nclass Probe({name}):\n    {member} = 'probe_value'\n"
        "assert Probe.{member} == 'probe_value'",
        "class Meta(type):\n    def __new__(mcs, name, bases, namespace):\n"
        "        namespace['__table__'] = namespace.get('__table__') or name.lower()\n"
        "        return super().__new__(mcs, name, bases, namespace)\n\n\nclass Model(metaclass=Meta):\n    pass\n",
        "class Meta(type):\n    def __new__(mcs, name, bases, namespace):\n"
        "        namespace['__table__'] = name.lower()\n"
        "        return super().__new__(mcs, name, bases, namespace)\n\n\nclass Model(metaclass=Meta):\n    pass\n",
    ),
    Kind(
        "cli_option_removed",
        "Command-line option no longer declared",
        C,
        E,
        "A console script's parser (argparse `add_argument`, optparse, click `@click.option`, typer) or a pytest "
        "plugin's `pytest_addoption` no longer declares this option (MonkeyType 19.1.0's "
        "`--include-unparsable-defaults`, pytest-sugar 0.8.0's `--new-summary`): command lines, scripts, Makefiles, "
        "CI jobs and `addopts` passing it fail with `unrecognized arguments`.",
        "import inspect\nimport {module}\nsource = {where}\n"
        "assert repr({name!r}) in source or '\"' + {name!r} + '\"' in source",
        "import argparse\n\n\ndef main(argv=None):\n    parser = argparse.ArgumentParser(prog='pkg')\n"
        "    parser.add_argument('--verbose', action='store_true')\n    return parser.parse_args(argv)\n",
        "import argparse\n\n\ndef main(argv=None):\n    parser = argparse.ArgumentParser(prog='pkg')\n"
        "    parser.add_argument('--quiet', action='store_true')\n    return parser.parse_args(argv)\n",
    ),
    Kind(
        "cli_option_default_changed",
        "Command-line option default changed",
        C,
        Severity.BEHAVIOUR,
        "A console script's parser still declares this option, with another literal default of the same type "
        "(pip-tools 7.0's `--resolver`, `legacy` then `backtracking`): command lines, scripts and CI jobs leaving "
        "the option out now get the new value; those passing it are unaffected. Nothing fails, so it is a note, "
        "never a reason to warn. Claimed when every declaration of the option in the release's code gives one "
        "literal default (a str, a number or a bool; None is how a parser says \"decide later\").",
        "import ast\nimport inspect\nimport {module}\nsource = {where}\n"
        "calls = [node for node in ast.walk(ast.parse(source)) if isinstance(node, ast.Call)\n"
        "         and any(isinstance(arg, ast.Constant) and {name!r} in str(arg.value).split('/')\n"
        "                 for arg in node.args)]\n"
        "defaults = [keyword.value for call in calls for keyword in call.keywords if keyword.arg == 'default']\n"
        "assert defaults and all(ast.literal_eval(value) == {old_default} for value in defaults)",
        "import argparse\n\n\ndef main(argv=None):\n    parser = argparse.ArgumentParser(prog='pkg')\n"
        "    parser.add_argument('--resolver', choices=('legacy', 'backtracking'), default='legacy')\n"
        "    return parser.parse_args(argv)\n",
        "import argparse\n\n\ndef main(argv=None):\n    parser = argparse.ArgumentParser(prog='pkg')\n"
        "    parser.add_argument('--resolver', choices=('legacy', 'backtracking'), default='backtracking')\n"
        "    return parser.parse_args(argv)\n",
    ),
)

KINDS += (
    Kind(
        "class_setting_deprecated",
        "Class setting deprecated",
        S,
        Severity.WARNING,
        "Subclasses configure the class by setting this attribute (dataclass-wizard's `class _(JSONWizard.Meta): "
        "debug_enabled = True`); a method of the class now warns that it is deprecated when it is set (0.34's "
        "`bind_to`): subclasses setting it get a DeprecationWarning, and a later release will stop reading it.",
        "import inspect\nimport {module}\nafter = inspect.getsource({module}).partition('.' + {name!r})[2][:800]\n"
        "assert 'deprecat' not in after.lower()",
        "class Meta:\n    debug_enabled = False\n\n    @classmethod\n    def bind(cls):\n"
        "        if cls.debug_enabled:\n            return 'debug'\n",
        "import warnings\n\n\nclass Meta:\n    debug_enabled = False\n\n    @classmethod\n    def bind(cls):\n"
        "        if cls.debug_enabled:\n"
        "            warnings.warn('Meta setting debug_enabled is deprecated', DeprecationWarning)\n"
        "            return 'debug'\n",
    ),
)

BY_ID = {kind.id: kind for kind in KINDS}
