"""Miss and false-report classes found by running the engine on the published research set of documented Python
breaking changes (AexPy's `known.csv`: 39 packages, each change judged by hand against the released sources):
decorators written as calls that hand the function back (pandas' `@Substitution(...)`, numpy's
`@set_module("numpy")`) hid every signature change of the functions they decorate."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.apidiff.diff import diff_surfaces
from tests.test_apidiff_core import surface
from tests.test_apidiff_private_members import modules_surface
from tests.test_apidiff_review import synthetic
from tests.test_apidiff_trust import changes, removed

_DECORATORS = '''import functools

def set_module(module):
    def decorator(func):
        if module is not None:
            func.__module__ = module
        return func
    return decorator

class Substitution:
    def __init__(self, *args, **kwargs):
        self.params = args or kwargs

    def __call__(self, func):
        func.__doc__ = func.__doc__ and func.__doc__ % self.params
        return func

def doc(*docstrings, **params):
    def decorator(decorated):
        decorated.__doc__ = "".join(docstrings)
        return decorated
    return decorator

def wrapping(n):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            return func(*args, **kwargs)
        return wrapper
    return decorate

def register(func):
    def inner(fn):
        return fn
    return inner

def replacing(name):
    def decorator(func):
        return Command(name, func)
    return decorator

class Command:
    def __init__(self, name, callback):
        self.callback = callback

class Marker:
    def __call__(self, func):
        return func
'''

_USES = '''
@set_module("demo")
def a(x, y=1): pass

class K:
    @Substitution(name="x")
    def b(self, x, y=1): pass

    @doc("K")
    def c(self, x, y=1): pass

    @wrapping(1)
    def d(self, x, y=1): pass

@register
def e(x, y=1): pass

@replacing("f")
def f(x, y=1): pass

@Marker
def g(x, y=1): pass
'''


def test_decorators_called_to_hand_the_function_back_keep_its_signature(tmp_path: Path) -> None:
    found = synthetic(tmp_path, _DECORATORS + _USES, _DECORATORS + _USES.replace("x, y=1", "x"))
    for kept in ("demo.a", "demo.K.b", "demo.K.c", "demo.K.d"):
        assert found[kept].detail == "parameter 'y' removed", kept
    # used bare, a factory replaces the function with its inner def; a factory whose def returns something else,
    # and a class used bare (an instance stands for the function), leave the signature unknown: no claim
    for unknown in ("demo.e", "demo.f", "demo.g"):
        assert unknown not in found, unknown


# -- a module global bound to a method of a module-level instance is that method (PyJWT's `jwt.decode`) --

_JWS = '''class PyJWS(object):
    def encode(self, payload, key, algorithm="HS256"):
        return b".".join([payload, key])

    def register_algorithm(self, alg_id, alg_obj):
        pass

class PyJWT(PyJWS):
    def decode(self, jwt, key="", verify=True, algorithms=None, **kwargs):
        pass

    def __init__(self, options=None):
        self.leeway = 0

_jwt_global_obj = PyJWT()
encode = _jwt_global_obj.encode
decode = _jwt_global_obj.decode
register_algorithm = _jwt_global_obj.register_algorithm
'''


def test_bound_methods_of_a_module_level_instance(tmp_path: Path) -> None:
    new = _JWS.replace('verify=True, ', "").replace("alg_id, alg_obj", "alg_id")
    found = synthetic(tmp_path, _JWS, new)
    # **kwargs takes it by name and never reads it (leftover57: no longer worded "now keyword-only")
    assert found["demo.decode"].detail == (
        "parameter 'verify' removed (a keyword call is now silently ignored: **kwargs never reads it)"
    )
    assert found["demo.register_algorithm"].detail == "parameter 'alg_obj' removed"  # inherited from PyJWS
    assert "demo.encode" not in found
    gone = synthetic(tmp_path, _JWS, _JWS.replace("decode = _jwt_global_obj.decode\n", ""))
    assert gone["demo.decode"].kind.value == "removed"


# -- `@abstractmethod` on a class without `abc.ABCMeta` does nothing: subclasses still instantiate --


def test_abstract_methods_count_only_under_abcmeta(tmp_path: Path) -> None:
    old = (
        "import abc\nimport collections.abc\nimport six\nimport typing\n\n"
        "class Plain:\n    def run(self):\n        pass\n\n"
        "class Stage(Plain):\n    pass\n\n"
        "class Meta(abc.ABCMeta):\n    pass\n\n"
        "class Written(metaclass=abc.ABCMeta):\n    pass\n\n"
        "class Inherited(abc.ABC):\n    pass\n\n"
        "class Mapped(typing.Mapping):\n    pass\n\n"
        "class Derived(metaclass=Meta):\n    pass\n\n"
        "@six.add_metaclass(abc.ABCMeta)\nclass Six(object):\n    pass\n\n"
        "class Unknown(SomethingElse):\n    pass\n"
    )
    abstract = "\n    @abc.abstractmethod\n    def calculate(self):\n        pass\n"
    new = old.replace("    pass\n\nclass Meta", "    pass\n" + abstract + "\nclass Meta", 1)  # Stage
    for name in (
        "Written(metaclass=abc.ABCMeta):",
        "Inherited(abc.ABC):",
        "Mapped(typing.Mapping):",
        "Derived(metaclass=Meta):",
        "Six(object):",
        "Unknown(SomethingElse):",
    ):
        new = new.replace(f"class {name}\n    pass\n", f"class {name}\n    pass\n{abstract}", 1)
    found = synthetic(tmp_path, old, new)
    for enforced in ("demo.Written", "demo.Inherited", "demo.Mapped", "demo.Derived", "demo.Six"):
        assert "new abstract method 'calculate'" in (found[enforced].detail or ""), enforced
    assert "demo.Stage" not in found  # a plain class: `Stage()` and its subclasses still instantiate
    assert "demo.Unknown" not in found  # an ancestor of another distribution: unknown, no claim
    made = synthetic(
        tmp_path,
        "class P:\n    def run(self):\n        pass\n",
        "import abc\n\nclass P:\n    @abc.abstractmethod\n    def run(self):\n        pass\n",
    )
    assert "demo.P.run" not in made


# -- a parameter that took a builtin now takes a class of the release that is no subclass of it --


def test_builtin_parameter_replaced_by_an_unrelated_class(tmp_path: Path) -> None:
    old = (
        "import dataclasses\nimport typing\n\n"
        "@dataclasses.dataclass\nclass ColumnMapping:\n    target: str = 'target'\n\n"
        "class Options(dict):\n    pass\n\n"
        "class Reader(typing.Protocol):\n    def read(self) -> str: ...\n\n"
        "class Dashboard:\n"
        "    def calculate(self, data: list, column_mapping: dict = None):\n        pass\n\n"
        "    def configure(self, options: dict = None):\n        pass\n\n"
        "    def load(self, source: str):\n        pass\n\n"
        "    def result(self) -> dict:\n        pass\n"
    )
    new = (
        old.replace("column_mapping: dict", "column_mapping: ColumnMapping")
        .replace("options: dict", "options: Options")
        .replace("source: str", "source: Reader")
        .replace("-> dict", "-> ColumnMapping")
    )
    found = synthetic(tmp_path, old, new)
    assert "column_mapping annotation changed from dict to ColumnMapping" in found["demo.Dashboard.calculate"].detail
    assert "return annotation changed from dict to ColumnMapping" in found["demo.Dashboard.result"].detail
    assert "demo.Dashboard.configure" not in found  # narrowed to a dict subclass: related types, left to checkers
    assert "demo.Dashboard.load" not in found  # a Protocol may be satisfied by what was passed


# -- the real releases --


def test_pyjwt_2_decode_no_longer_takes_verify() -> None:
    found = changes("pyjwt", "1.7.1", "2.0.0")
    for path in ("jwt.decode", "jwt.api_jwt.decode"):  # `decode = _jwt_global_obj.decode`
        # `verify` lands in `**kwargs`, which `_validate_claims(..., **kwargs)` takes: only passing it by position
        # breaks (by name it is silently ignored)
        assert found["signature_changed", path].detail == (
            "parameter 'verify' removed (a keyword call is now silently ignored: **kwargs never reads it)"
        ), path
    assert "jwt.api_jwt.register_algorithm" in removed(found)


def test_evidently_0_1_33_types_and_no_abstract_method_without_abcmeta() -> None:
    found = changes("evidently", "0.1.32.dev0", "0.1.33.dev0")
    detail = found["signature_changed", "evidently.dashboard.Dashboard.calculate"].detail
    assert "column_mapping annotation changed from dict to ColumnMapping" in detail
    # `ModelMonitor(PipelineStage)` gained an `@abc.abstractmethod calculate`, but no class has `abc.ABCMeta`
    assert not [c for c in found.values() if c.breakage in ("abstract_method_added", "method_made_abstract")]


def test_a_warning_that_says_deprecated_is_a_deprecation_whatever_its_category(tmp_path: Path) -> None:
    old = "__version__ = '2.1.5'\n\ndef helper():\n    pass\n"
    new = (
        "import warnings\n\ndef helper():\n    warnings.warn('helper() is slow')\n\n"
        "def __getattr__(name):\n    if name == '__version__':\n"
        "        warnings.warn(\"The '__version__' attribute is deprecated and will be removed in 3.1.\", stacklevel=2)\n"
        "        return '3.0.0'\n    raise AttributeError(name)\n"
    )
    found = {c.symbol: c for c in diff_surfaces(surface(tmp_path, {"demo/__init__.py": old}, "1.0"),
                                                surface(tmp_path, {"demo/__init__.py": new}, "2.0"))}
    assert found["demo.__version__"].kind.value == "deprecated"  # markupsafe 3.0.0: a UserWarning, worded so
    assert "demo.helper" not in found  # a warning that announces no deprecation


# -- a `*args` capped by the helper it is handed to: blinker 1.7's `send(*sender)` took one sender at most --


def test_varargs_capped_by_a_helper_or_a_nested_test(tmp_path: Path) -> None:
    old = (
        "class Signal:\n"
        "    def send(self, *sender, **kwargs):\n        sender = self._extract_sender(sender)\n\n"
        "    def _extract_sender(self, sender):\n        if not self.receivers:\n"
        "            if __debug__ and sender and len(sender) > 1:\n                raise TypeError('one')\n"
        "            return []\n        if len(sender) == 0:\n            sender = None\n"
        "        elif len(sender) > 1:\n            raise TypeError('one')\n        return sender\n\n"
        "    def emit(self, *sender):\n        return check(sender)\n\n"
        "    def many(self, *sender):\n        return self._any(sender)\n\n"
        "    def _any(self, sender):\n        return sender\n\n"
        "def check(values):\n    if len(values) >= 3:\n        raise TypeError('two at most')\n"
    )
    new = (
        "class Signal:\n"
        "    def send(self, sender=None, /, **kwargs):\n        pass\n\n"
        "    def emit(self, first=None, second=None, /):\n        pass\n\n"
        "    def many(self, sender=None, /):\n        pass\n\n"
        "def check(values):\n    pass\n"
    )
    found = synthetic(tmp_path, old, new)
    assert "demo.Signal.send" not in found  # at most one sender before, one optional positional now
    assert "demo.Signal.emit" not in found  # `check` refused a third
    assert "'*sender' removed" in found["demo.Signal.many"].detail  # `_any` took any number


def test_blinker_1_8_send_took_one_sender_and_markupsafe_3_version_is_deprecated() -> None:
    blinker = changes("blinker", "1.7.0", "1.8.0")
    assert ("signature_changed", "blinker.Signal.send") not in blinker  # `_extract_sender` refused a second
    assert ("signature_changed", "blinker.Signal.send_async") not in blinker
    markupsafe = changes("markupsafe", "2.1.5", "3.0.0")
    assert "deprecated" in markupsafe["deprecated", "markupsafe.__version__"].detail


# -- `**kwargs` handed on to a private helper: its parameters say which keywords still land (PyJWT 2.3) --


def test_keywords_forwarded_to_a_private_helper(tmp_path: Path) -> None:
    old = (
        "class PyJWT:\n"
        "    def decode(self, jwt, key='', audience=None, issuer=None, verify=True, **kwargs):\n"
        "        self._validate_claims(jwt, audience=audience, issuer=issuer, **kwargs)\n\n"
        "    def _validate_claims(self, payload, audience=None, issuer=None, leeway=0):\n        pass\n\n"
        "def encode(payload, key, algorithm='HS256', headers=None, **kwargs):\n"
        "    return _encode(payload, key, **kwargs)\n\n"
        "def _encode(payload, key, json_encoder=None):\n    pass\n"
    )
    new = (
        "class PyJWT:\n"
        "    def decode(self, jwt, key='', **kwargs):\n        return self._decode(jwt, key, **kwargs)\n\n"
        "    def _decode(self, jwt, key, **kwargs):\n        self._validate_claims(jwt, **kwargs)\n\n"
        "    def _validate_claims(self, payload, audience=None, issuer=None, leeway=0):\n        pass\n\n"
        "def encode(payload, key, **kwargs):\n    return _encode(payload, key, **kwargs)\n\n"
        "def _encode(payload, key, json_encoder=None):\n    pass\n"
    )
    found = synthetic(tmp_path, old, new)
    detail = found["demo.PyJWT.decode"].detail
    assert "'verify' removed" in detail and "lower confidence" not in detail  # `_validate_claims` rejects it
    # two hops on, `_validate_claims` takes them by name (only passing them by position breaks)
    assert "'audience' is now keyword-only" in detail and "'audience' removed" not in detail
    detail = found["demo.encode"].detail
    assert "'algorithm' removed" in detail and "'headers' removed" in detail and "lower confidence" not in detail


def test_pyjwt_2_3_decode_still_takes_audience_by_name() -> None:
    found = changes("pyjwt", "2.2.0", "2.3.0")
    for path in ("jwt.decode", "jwt.PyJWT.decode", "jwt.api_jwt.decode_complete"):  # on to `_validate_claims`
        detail = found["signature_changed", path].detail
        assert "'audience' is now keyword-only" in detail and "removed" not in detail, (path, detail)


def test_keywords_into_a_returned_dict_or_set_by_the_function_itself(tmp_path: Path) -> None:
    old = (
        "def send_from_directory(directory, path, filename=None, **kwargs):\n"
        "    return send_file(path, **_prepare(**kwargs))\n\n"
        "def _prepare(**kwargs):\n    if kwargs.get('max_age') is None:\n        kwargs['max_age'] = 0\n"
        "    return kwargs\n\n"
        "def send_file(path, max_age=None):\n    pass\n\n"
        "def urlopen(method, url, **response_kw):\n    response_kw['request_method'] = method\n"
        "    return Response(**response_kw)\n\n"
        "class Response:\n    def __init__(self, body=None, **kw):\n        pass\n"
    )
    new = (old.replace("filename=None, ", "")
           .replace("    response_kw['request_method'] = method\n    return Response(**response_kw)\n",
                    "    return _make(method, url, **response_kw)\n\n"
                    "def _make(method, url, body=None):\n    pass\n"))
    found = synthetic(tmp_path, old, new)
    # `filename` goes into the dict `_prepare` returns, then on to a call nobody follows: removed, lower confidence
    assert "'filename' removed" in found["demo.send_from_directory"].detail
    assert "lower confidence" in found["demo.send_from_directory"].detail
    assert "demo.urlopen" not in found  # `response_kw['request_method'] = ...` sets the key: no caller's option


# -- a record decorator that keeps the `__init__` written in the class body --


def test_record_decorators_keeping_an_explicit_init(tmp_path: Path) -> None:
    old = (
        "import dataclasses\nfrom attr import define\n\n"
        "@define(init=False, kw_only=True)\nclass Event:\n    name: str\n    timestamp: int | None\n\n"
        "    def __init__(self, timestamp, name, **_):\n        pass\n\n"
        "@dataclasses.dataclass\nclass Plain:\n    x: int\n\n    def __init__(self, x, y):\n        pass\n\n"
        "@define\nclass Generated:\n    x: int\n\n    def __init__(self, x, y):\n        pass\n"
    )
    new = old.replace("(self, timestamp, name, **_)", "(self, name, timestamp=None, **_)").replace(
        "(self, x, y)", "(self, x)")
    found = synthetic(tmp_path, old, new)
    assert "positional parameter 'name' moved from slot 1 to 0" in found["demo.Event"].detail  # pyoverkiz 1.4
    assert found["demo.Plain"].detail == "parameter 'y' removed"  # `dataclass` never overwrites an `__init__`
    assert "demo.Generated" not in found  # attrs writes its own `__init__` over it: unknown, no claim


# -- a private module a package names publicly: its names are reached through that name --


def test_private_module_named_publicly(tmp_path: Path) -> None:
    files = {
        "demo/__init__.py": "from demo._utils import visualization\n\n__all__ = ['visualization']\n",
        "demo/_utils/__init__.py": "",
        "demo/_utils/visualization.py": (
            "class VisualizationDataRecord:\n    def __init__(self, word_attributions, raw_input):\n"
            "        self.raw_input = raw_input\n\ndef visualize_text(records):\n    pass\n\ndef _helper():\n    pass\n"
        ),
    }
    new = dict(files)
    new["demo/_utils/visualization.py"] = (
        "class VisualizationDataRecord:\n    def __init__(self, word_attributions, raw_input_ids):\n"
        "        self.raw_input_ids = raw_input_ids\n\ndef _helper():\n    pass\n"
    )
    found = {c.symbol: c for c in diff_surfaces(surface(tmp_path, files, "1.0"), surface(tmp_path, new, "2.0"))}
    assert "raw_input" in found["demo.visualization.VisualizationDataRecord"].detail  # captum 0.5
    assert found["demo.visualization.visualize_text"].kind.value == "removed"
    assert "demo.visualization._helper" not in found


def test_a_class_where_an_instance_was_taken(tmp_path: Path) -> None:
    old = (
        "import typing\n\nclass Tab:\n    pass\n\n"
        "def dashboard(tabs: typing.List[typing.Type[Tab]], default: typing.Type[Tab] = Tab, "
        "extra: typing.List[Tab] = None):\n    pass\n"
    )
    new = old.replace("tabs: typing.List[typing.Type[Tab]]", "tabs: typing.Sequence[Tab]").replace(
        "default: typing.Type[Tab] = Tab", "default: typing.Optional[Tab] = None").replace(
        "extra: typing.List[Tab]", "extra: typing.Sequence[Tab]")
    detail = synthetic(tmp_path, old, new)["demo.dashboard"].detail
    assert "tabs annotation changed from typing.List[typing.Type[Tab]] to typing.Sequence[Tab]" in detail
    assert "default annotation changed" in detail
    assert "extra" not in detail  # a list is a sequence: wider, compatible


def test_a_return_type_alias_may_cover_the_classes_it_names(tmp_path: Path) -> None:
    old = (
        "import typing\n\nclass DataFrame:\n    pass\n\nclass Series:\n    pass\n\n"
        "FrameOrSeriesUnion = typing.Union[DataFrame, Series]\n\n"
        "def agg() -> typing.Optional[FrameOrSeriesUnion]:\n    pass\n\n"
        "def plain() -> typing.Optional[str]:\n    pass\n"
    )
    new = old.replace("def agg() -> typing.Optional[FrameOrSeriesUnion]", "def agg() -> DataFrame | Series | None")
    new = new.replace("def plain() -> typing.Optional[str]", "def plain() -> DataFrame | None")
    found = synthetic(tmp_path, old, new)
    assert "demo.agg" not in found  # pandas 1.4 `Apply.agg`: the alias named both classes
    assert "return annotation changed" in found["demo.plain"].detail  # `str` never was a DataFrame


def test_a_private_module_naming_itself_expands_once(tmp_path: Path) -> None:
    files = {
        "demo/__init__.py": "from demo._p import v\n",
        "demo/_p/__init__.py": "",
        "demo/_p/v/__init__.py": "from demo._p import v as again\nfrom demo._p import v as other\n\n"
                                 "def f():\n    pass\n",
    }
    built = surface(tmp_path, files)  # hostile: each name leads back to the module (it recursed without end)
    assert {"demo.v.f", "demo.v.again", "demo.v.other"} <= built.symbols.keys()
    assert "demo.v.again.f" not in built.symbols


def test_a_returned_type_read_from_an_unannotated_body(tmp_path: Path) -> None:
    old = (
        "class Base:\n    def encode(self, parts):\n        if not parts:\n            return b''\n"
        "        return b'.'.join(parts)\n\n"
        "class Token(Base):\n    def encode(self, parts):\n        return super().encode(parts)\n\n"
        "def label(x):\n    return f'<{x}>'\n\n"
        "def maybe(x):\n    if x:\n        return 'yes'\n\n"  # may end without a return: None too
        "def mixed(x):\n    if x:\n        return b'x'\n    return x.name\n\n"
        "def wrapped(x):\n    def inner():\n        return b'inner'\n    return 'outer' % inner\n\n"
        "def kept(x):\n    return '%s' % x\n\n"
        "def gen(x):\n    yield x\n    return b'done'\n"
    )
    new = (
        old.replace("def encode(self, parts):\n        if", "def encode(self, parts) -> str:\n        if")
        .replace("return b''", "return ''")
        .replace("return b'.'.join(parts)", "return '.'.join(p.decode() for p in parts)")
        .replace("def label(x):", "def label(x) -> bytes:")
        .replace("def maybe(x):", "def maybe(x) -> bytes:")
        .replace("def mixed(x):", "def mixed(x) -> str:")
        .replace("def wrapped(x):", "def wrapped(x) -> str:")
        .replace("def kept(x):", "def kept(x) -> str:")
        .replace("def gen(x):", "def gen(x) -> str:")
    )
    found = synthetic(tmp_path, old, new)
    for path in ("demo.Base.encode", "demo.Token.encode"):  # Token's through `super().encode(...)`
        assert found[path].breakages == ("returned_type_changed",), path
        assert "returns str where it returned bytes" in found[path].detail
    assert found["demo.label"].breakages == ("returned_type_changed",)  # f-string -> bytes
    for path in ("demo.maybe", "demo.mixed", "demo.kept", "demo.gen"):  # None possible, unknown, same type, generator
        assert path not in found, path
    assert "demo.wrapped" not in found  # the nested def's return is not the function's; `'outer' % ...` is str


def test_pyjwt_2_encode_returns_str_where_1_7_returned_bytes() -> None:
    found = changes("pyjwt", "1.7.1", "2.0.0")
    # 1.7's `PyJWT.encode` was unannotated and returned `super().encode(...)`: `PyJWS.encode`'s `b".".join(...)`
    for path in ("jwt.encode", "jwt.api_jwt.encode", "jwt.PyJWT.encode"):
        change = found["signature_changed", path]
        assert change.breakages == ("returned_type_changed",), path
        assert "returns str where it returned bytes" in change.detail, path


def test_a_generic_written_bare_fits_any_type_arguments(tmp_path: Path) -> None:
    old = (
        "import typing\n\n"
        "def permissions() -> set:\n    pass\n\n"
        "def names() -> typing.List[str]:\n    pass\n\n"
        "def send(sender: typing.Union[str, tuple]):\n    pass\n\n"
        "def ids() -> list[int]:\n    pass\n"
    )
    new = (
        old.replace("-> set:", "-> set[str]:")
        .replace("-> typing.List[str]:", "-> list:")
        .replace("typing.Union[str, tuple]", "str | tuple[str, str]")
        .replace("-> list[int]:", "-> list[str]:")
    )
    found = synthetic(tmp_path, old, new)
    for path in ("demo.permissions", "demo.names", "demo.send"):  # flask-security-too 5.9's `set` -> `set[str]`
        assert path not in found, path
    assert "return annotation changed from list[int] to list[str]" in found["demo.ids"].detail


# -- a keyword `**kwargs` hands on, hop by hop, to a callable that took it by name and no longer does: the callables
#    on the way, their own parameters unchanged, now reject it (matplotlib 3.5's `LogScale` lost `basex`, reached from
#    `set_xscale(value, **kwargs)`); a hop that cannot be resolved ends the chain with no claim --

_CHAIN = '''
class LogScale:
    def __init__(self, axis, base=10, {gone}):
        pass

class Axis:
    def set_scale(self, value, **kwargs):
        self._set_scale(value, **kwargs)

    def _set_scale(self, value, **kwargs):
        self.scale = scale_factory(value, self, **kwargs)

def scale_factory(scale, axis, **kwargs):
    return LogScale(axis, **kwargs)

def registered(scale, axis, **kwargs):
    return _mapping[scale](axis, **kwargs)

_mapping = {{"log": LogScale}}

def collected(value, **kwargs):
    return Holder(value, **kwargs)

class Holder:
    def __init__(self, value, **options):
        self.options = options

def far(value, **kwargs):
    return far1(value, **kwargs)

def far1(value, **kwargs):
    return far2(value, **kwargs)

def far2(value, **kwargs):
    return far3(value, **kwargs)

def far3(value, **kwargs):
    return far4(value, **kwargs)

def far4(value, **kwargs):
    return scale_factory(value, None, **kwargs)
'''


def test_keywords_rejected_further_down_a_kwargs_chain(tmp_path: Path) -> None:
    found = synthetic(tmp_path, _CHAIN.format(gone="basex=None, axis_name='x'"), _CHAIN.format(gone=""))
    claimed = {s for s, c in found.items() if c.breakage == "forwarded_keyword_rejected"}
    # one to four hops down to `LogScale`; a dict lookup (`registered`), chains beyond `MAX_HOPS` (`far1`: five hops,
    # `far`: six) and a `**options` that keeps what it gets (`collected`) make no claim
    assert claimed == {"demo.scale_factory", "demo.Axis.set_scale", "demo.far2", "demo.far3", "demo.far4"}
    change = found["demo.Axis.set_scale"]
    assert change.detail == ("keyword 'axis_name', which **kwargs handed on to demo.LogScale, is no longer accepted; "
                             "keyword 'basex', which **kwargs handed on to demo.LogScale, is no longer accepted")
    assert change.signature is not None and change.signature.removed == ("axis_name", "basex")
    assert found["demo.LogScale"].breakages == ("param_removed",)  # the callee's own change, as before


def test_a_keyword_still_accepted_down_the_chain_or_filled_by_the_call_is_no_claim(tmp_path: Path) -> None:
    old = ("class Scale:\n    def __init__(self, axis, base=10):\n        pass\n\n"
           "def factory(scale, **kwargs):\n    return Scale(scale, **kwargs)\n")
    moved = old.replace("base=10", "*, base=10")  # keyword-only now: keyword callers are fine
    gained = old.replace("base=10", "**kwargs").replace("pass", "self.base = kwargs.get('base', 10)")
    # `axis` is gone too, but the call filled it: `factory(1, axis=2)` never bound
    unfilled = old.replace("axis, base", "base").replace("return Scale(scale, **", "assert scale\n    return Scale(**")
    for index, new in enumerate((moved, gained, unfilled)):
        found = synthetic(tmp_path / str(index), old, new)
        assert "demo.factory" not in found, found["demo.factory"].detail
    assert "demo.Scale" in found  # the callee's own change is claimed as before


def test_a_keyword_a_call_on_the_way_passes_by_name_was_never_the_callers(tmp_path: Path) -> None:
    """`factory(**kwargs)` calls `Scale(1, base=2, **kwargs)`: a caller's own `base=` was TypeError (passed twice)
    before, so `Scale` losing `base` takes nothing from `factory`'s callers; `tail`, passed on unfilled, is claimed."""
    old = ("class Scale:\n    def __init__(self, axis, base=10, tail=0):\n        pass\n\n"
           "def factory(**kwargs):\n    return Scale(1, base=2, **kwargs)\n\n"
           "def outer(**kwargs):\n    return factory(**kwargs)\n")
    new = old.replace("base=10, tail=0", "").replace("Scale(1, base=2, **kwargs)", "Scale(1, **kwargs)")
    found = synthetic(tmp_path, old, new)
    for name in ("factory", "outer"):  # one hop, and two (the name filled at the first hop stays filled)
        assert found[f"demo.{name}"].detail == (
            "keyword 'tail', which **kwargs handed on to demo.Scale, is no longer accepted"
        )


def test_a_nested_def_named_like_a_builtin_attribute_is_no_builtin(tmp_path: Path) -> None:
    """matplotlib 3.4's `LogScale.__init__(self, axis, **kwargs)` hands `**kwargs` to a nested `def __init__(*,
    base=10, ...)`: not `object.__init__` (which `hasattr(builtins, "__init__")` found), so no `*args` was taken."""
    old = ("class LogScale:\n    def __init__(self, axis, **kwargs):\n"
           "        def __init__(*, base=10):\n            return base\n"
           "        self.base = __init__(**kwargs)\n")
    new = "class LogScale:\n    def __init__(self, axis, *, base=10):\n        self.base = base\n"
    assert synthetic(tmp_path, old, new)["demo.LogScale"].breakages == ("var_keyword_removed",)


def test_matplotlib_3_5_log_scales_lost_their_kwargs_and_no_args() -> None:
    """The research set's `basex` row (3.4.3 → 3.5.0): `LogScale(axis, **kwargs)` handed its keywords to a nested
    `def __init__(*, base=10, ...)` whose old names (`basex`) a decorator spelled with f-strings; 3.5 names them. The
    chain from `semilogx` is not followed: `scale_factory` calls `_scale_mapping[scale](axis, **kwargs)`, a hop no
    name resolves, so it ends there with no claim."""
    modules = {"matplotlib", "matplotlib.scale", "matplotlib._api", "matplotlib._api.deprecation"}
    found = {c.symbol: c for c in diff_surfaces(modules_surface("matplotlib", "3.4.3", modules),
                                                modules_surface("matplotlib", "3.5.0", modules))}
    for name in ("LogScale", "SymmetricalLogScale"):
        # no `*args` was ever taken; `axis`, read by 3.4 to spell the old keyword names, is read no more
        assert found[f"matplotlib.scale.{name}"].breakages == ("var_keyword_removed", "param_no_longer_read")
    assert "matplotlib.scale.scale_factory" not in found


@pytest.mark.parametrize(("pair", "expected"), [
    # `charset` (deprecated in 2.3) removed from `EnvironBuilder` and `dump_cookie`, reached through `Client.open`'s
    # and `create_environ`'s `EnvironBuilder(*args, **kwargs)`, `Client.set_cookie`'s `dump_cookie(..., **kwargs)`
    # and `EnvironBuilder.from_environ`'s `cls(**out)` (its keywords merged into `out`)
    (("werkzeug", "2.3.8", "3.0.0"), {f"werkzeug.Client.{m}": "charset" for m in (
        "open", "get", "post", "put", "patch", "delete", "head", "options", "trace", "set_cookie")}
     | {"werkzeug.test.create_environ": "charset", "werkzeug.test.EnvironBuilder.from_environ": "charset"}),
    # `Option(..., **attrs)` and `Argument` hand `autocompletion=` to `Parameter`, which 8.1 no longer takes
    (("click", "8.0.4", "8.1.0"), {f"click{module}.{name}": "autocompletion"
                                   for module in ("", ".core") for name in ("Option", "Argument")}),
])
def test_keywords_rejected_down_the_chain_on_real_releases(pair: tuple[str, str, str], expected: dict[str, str]) -> None:
    """Every claim read against the released sources."""
    found = {s: c for (_, s), c in changes(*pair).items() if "forwarded_keyword_rejected" in c.breakages}
    assert set(found) == set(expected)
    for symbol, keyword in expected.items():
        assert f"keyword '{keyword}', which **kwargs handed on to " in found[symbol].detail, found[symbol].detail
    witnessed = next(c.witness for s, c in found.items() if c.breakage == "forwarded_keyword_rejected")
    assert witnessed.endswith(f".bind({next(iter(expected.values()))}=None)")  # bound to the callee that took it


# -- a class nested in a public class is described as a class: its members and its constructor are compared
#    (marshmallow's `Schema.Meta` options, `SchemaOpts`-style helpers); a subclass inheriting it is one more path --

_NESTED = '''
class Schema:
    class Meta:
        fields = ()
        {option}
        def helper(self, {param}):
            pass

    class Opts:
        def __init__(self, meta, {ordered}):
            self.meta = meta

class UserSchema(Schema):
    pass
'''


def test_nested_classes_members_and_constructor_are_compared(tmp_path: Path) -> None:
    old = _NESTED.format(option="strict = False", param="x", ordered="ordered=False")
    new = _NESTED.format(option="", param="y", ordered="*, ordered=False")
    found = synthetic(tmp_path, old, new)
    assert {s: c.breakages for s, c in found.items()} == {
        "demo.Schema.Meta.strict": ("class_attribute_removed",),
        "demo.Schema.Meta.helper": ("param_renamed",),  # `x` -> `y`, its only parameter, required: renamed
        "demo.Schema.Opts": ("param_made_keyword_only",),
    }
    assert "demo.UserSchema.Meta.strict" in found["demo.Schema.Meta.strict"].aliases
    assert synthetic(tmp_path / "same", old, old) == {}
