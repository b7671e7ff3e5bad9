"""Refactors that kept what users reach but were reported as breaking, and generated constructors read wrong (stop
15, the lead's probes): a nested class kept under its old path by a class attribute, a coroutine function become one
returning another call's result, classmethods moved to the metaclass, modules become star-import shims; keyword-only
and `init=False` record fields, attrs' private field names; value deprecations, warning helpers, positional shims."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_apidiff_core import changes
from tests.test_apidiff_trust import changes as changes_of
from tests.test_apidiff_unseen3 import diffed

# -- a nested class moved to the module, kept under its old path by `class Outer: Inner = Inner` --


@pytest.mark.parametrize(
    "new",
    [
        "class Inner:\n    def go(self): pass\nclass Outer:\n    Inner = Inner\n",
        "class OuterInner:\n    def go(self): pass\nclass Outer:\n    Inner = OuterInner\n",
        "class _Inner:\n    def go(self): pass\nclass Outer:\n    Inner = _Inner\n",
    ],
)
def test_a_nested_class_kept_as_a_class_attribute_keeps_its_members(tmp_path: Path, new: str) -> None:
    old = "class Outer:\n    class Inner:\n        def go(self): pass\n"
    found = diffed(tmp_path, old, new)
    assert ("removed", "demo.Outer.Inner.go") not in found


def test_a_class_attribute_naming_a_class_that_lacks_the_member_still_loses_it(tmp_path: Path) -> None:
    old = "class Outer:\n    class Inner:\n        def go(self): pass\n        def stop(self): pass\n"
    new = "class Inner:\n    def go(self): pass\nclass Outer:\n    Inner = Inner\n"
    found = diffed(tmp_path, old, new)
    assert ("removed", "demo.Outer.Inner.stop") in found
    assert ("removed", "demo.Outer.Inner.go") not in found


def test_a_class_attribute_naming_an_outside_class_is_not_followed(tmp_path: Path) -> None:
    old = "class Outer:\n    class Inner:\n        def go(self): pass\n"
    new = "from json import JSONDecoder as Inner\nclass Outer:\n    Inner = Inner\n"
    assert ("removed", "demo.Outer.Inner.go") in diffed(tmp_path, old, new)


def test_a_class_attribute_naming_a_class_body_binding_is_not_read_as_the_global(tmp_path: Path) -> None:
    # `Alias = Inner` in the class body names the class attribute `Inner` (a string here), not the global class
    old = "class Outer:\n    class Alias:\n        def go(self): pass\n"
    new = "class Inner:\n    def go(self): pass\nclass Outer:\n    Inner = 'x'\n    Alias = Inner\n"
    assert ("removed", "demo.Outer.Alias.go") in diffed(tmp_path, old, new)


# -- a coroutine function become a plain one that returns another call's result --


def test_a_coroutine_function_returning_a_call_now_may_still_be_awaited(tmp_path: Path) -> None:
    old = (
        "class Client:\n    async def get(self, url): return await self.request('GET', url)\n"
        "    async def request(self, method, url): pass\n"
    )
    new = (
        "class Client:\n    def get(self, url): return self.request('GET', url)\n"
        "    async def request(self, method, url): pass\n"
    )
    assert ("signature_changed", "demo.Client.get") not in diffed(tmp_path, old, new)


def test_a_coroutine_function_become_one_annotated_with_a_plain_type_is_still_claimed(tmp_path: Path) -> None:
    old = "import json\nasync def load(text): return json.loads(text)\n"
    new = "import json\ndef load(text) -> dict: return json.loads(text)\n"
    found = diffed(tmp_path, old, new)
    assert "no longer a coroutine function" in found[("signature_changed", "demo.load")].detail


def test_a_coroutine_function_become_one_returning_a_value_is_still_claimed(tmp_path: Path) -> None:
    old = "async def total(values): return sum(values)\n"
    new = "def total(values):\n    result = 0\n    for value in values:\n        result += value\n    return result\n"
    found = diffed(tmp_path, old, new)
    assert "no longer a coroutine function" in found[("signature_changed", "demo.total")].detail


# -- attributes set on `self` by computed names: only when passed --


@pytest.mark.parametrize(
    "body",
    [
        "for key, value in options.items():\n            setattr(self, key, value)",
        "self.__dict__.update(options)",
        "vars(self).update(options)",
    ],
)
def test_an_attribute_set_only_when_a_keyword_names_it_is_lost_to_those_not_passing_it(tmp_path: Path, body: str) -> None:
    # `Options().host` worked (None), and now raises AttributeError: set from the keywords, it exists only when passed
    old = "class Options:\n    def __init__(self, **options):\n        self.host = options.get('host')\n"
    new = f"class Options:\n    def __init__(self, **options):\n        {body}\n"
    assert ("removed", "demo.Options.host") in diffed(tmp_path, old, new)


# -- a classmethod moved to the metaclass: still reached on the class --


def test_a_classmethod_moved_to_the_metaclass_is_still_there(tmp_path: Path) -> None:
    old = "class Model:\n    @classmethod\n    def create(cls, **values): pass\n"
    new = (
        "class ModelMeta(type):\n    def create(cls, **values): pass\n"
        "class Model(metaclass=ModelMeta):\n    pass\nclass User(Model):\n    pass\n"
    )
    found = diffed(tmp_path, old, new)
    assert not {key for key in found if key[1] == "demo.Model.create"}


def test_a_method_the_metaclass_lost_is_removed_from_its_classes(tmp_path: Path) -> None:
    old = (
        "class ModelMeta(type):\n    def create(cls, **values): pass\n"
        "class Model(metaclass=ModelMeta):\n    pass\n"
    )
    new = "class ModelMeta(type):\n    pass\nclass Model(metaclass=ModelMeta):\n    pass\n"
    found = diffed(tmp_path, old, new)
    assert found[("removed", "demo.ModelMeta.create")].aliases == ("demo.Model.create",)  # `Model.create` too


def test_a_setter_method_setting_computed_names_brings_no_attribute_back(tmp_path: Path) -> None:
    # matplotlib 3.3's `Artist.update` calls `setattr(self, k, v)`: `Axis._gridOnMajor`, gone in 3.3.3, is still gone
    old = "class Artist:\n    def __init__(self):\n        self._gridOn = True\n"
    new = "class Artist:\n    def __init__(self):\n        pass\n    def update(self, props):\n        for k, v in props.items():\n            setattr(self, k, v)\n"
    assert ("removed", "demo.Artist._gridOn") in diffed(tmp_path, old, new)


# -- generated constructors: keyword-only and `init=False` fields, attrs' private field names --


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("import dataclasses\n@dataclasses.dataclass\nclass P:\n    a: int\n",
         "import dataclasses\n@dataclasses.dataclass(kw_only=True)\nclass P:\n    a: int\n"),
        ("import attr\n@attr.s\nclass P:\n    a = attr.ib()\n",
         "import attr\n@attr.s(kw_only=True)\nclass P:\n    a = attr.ib()\n"),
        ("import dataclasses\n@dataclasses.dataclass\nclass P:\n    a: int\n",
         "import dataclasses\n@dataclasses.dataclass\nclass P:\n    _: dataclasses.KW_ONLY\n    a: int\n"),
        ("import dataclasses\n@dataclasses.dataclass\nclass P:\n    a: int\n",
         "import dataclasses\n@dataclasses.dataclass\nclass P:\n    a: int = dataclasses.field(kw_only=True)\n"),
    ],
)
def test_a_record_field_made_keyword_only_is_claimed(tmp_path: Path, old: str, new: str) -> None:
    found = diffed(tmp_path, old, new)
    assert "parameter 'a' is now keyword-only" in found[("signature_changed", "demo.P")].detail


def test_a_keyword_only_field_comes_after_the_positional_ones(tmp_path: Path) -> None:
    # the generated `__init__(self, b, *, a)`: `P(1)` still passes `b` positionally
    old = "import dataclasses\n@dataclasses.dataclass\nclass P:\n    b: int\n"
    new = "import dataclasses\n@dataclasses.dataclass\nclass P:\n    a: int = dataclasses.field(default=0, kw_only=True)\n    b: int = 0\n"
    assert ("signature_changed", "demo.P") not in diffed(tmp_path, old, new)


def test_a_record_field_taken_out_of_the_constructor_is_claimed(tmp_path: Path) -> None:
    old = "import dataclasses\n@dataclasses.dataclass\nclass P:\n    a: int\n    b: int = 0\n"
    new = "import dataclasses\n@dataclasses.dataclass\nclass P:\n    a: int\n    b: int = dataclasses.field(default=0, init=False)\n"
    assert "parameter 'b' removed" in diffed(tmp_path, old, new)[("signature_changed", "demo.P")].detail


def test_an_attrs_private_field_is_passed_without_its_underscore(tmp_path: Path) -> None:
    old = "class P:\n    def __init__(self, x, y=1):\n        self._x = x\n        self.y = y\n"
    new = "import attr\n@attr.s\nclass P:\n    _x = attr.ib()\n    y = attr.ib(default=1)\n"
    assert ("signature_changed", "demo.P") not in diffed(tmp_path, old, new)
    aliased = "import attr\n@attr.s\nclass P:\n    _x = attr.ib(alias='_x')\n    y = attr.ib(default=1)\n"
    assert "'x'" in diffed(tmp_path, old, aliased)[("signature_changed", "demo.P")].detail


def test_a_dataclass_generating_no_constructor_makes_no_parameter_claim(tmp_path: Path) -> None:
    old = "import dataclasses\n@dataclasses.dataclass\nclass P:\n    a: int\n"
    new = "import dataclasses\n@dataclasses.dataclass(init=False)\nclass P:\n    a: int\n"
    assert ("signature_changed", "demo.P") not in diffed(tmp_path, old, new)


# -- a module become a shim star-importing another module of the release --


@pytest.mark.parametrize("star", ["from ._utils import *", "from demo._utils import *", "from demo._utils import *\nfrom . import _more"])
def test_a_module_become_a_star_import_shim_keeps_the_public_names(tmp_path: Path, star: str) -> None:
    old = {"demo/__init__.py": "", "demo/utils.py": "def helper(): pass\ndef _internal(): pass\n"}
    new = {"demo/__init__.py": "", "demo/utils.py": star + "\n", "demo/_more.py": "",
           "demo/_utils.py": "def helper(): pass\ndef _internal(): pass\n"}
    found = changes(tmp_path, old, new)
    assert ("removed", "function", "demo.utils.helper") not in found
    assert ("removed", "function", "demo.utils._internal") in found  # a star import brings no underscored name


def test_a_star_import_shim_brings_only_what_the_module_exports(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "", "demo/utils.py": "def helper(): pass\ndef other(): pass\n"}
    new = {"demo/__init__.py": "", "demo/utils.py": "from demo.core import *\n",
           "demo/core.py": "__all__ = ['helper']\ndef helper(): pass\ndef other(): pass\n"}
    found = changes(tmp_path, old, new)
    assert ("removed", "function", "demo.utils.other") in found
    assert ("removed", "function", "demo.utils.helper") not in found


# -- a warning for one value of a parameter deprecates that value, not the parameter --


def test_a_warning_for_one_value_deprecates_no_parameter(tmp_path: Path) -> None:
    old = "def f(mode='a', strict=False): pass\n"
    new = ("import warnings\ndef f(mode='a', strict=False):\n    if mode == 'legacy':\n"
           "        warnings.warn('legacy mode is deprecated', DeprecationWarning)\n")
    # `f(mode="b")` never warns: the parameter is not deprecated, that value is (stop 16: `param_value_deprecated`)
    change = diffed(tmp_path, old, new)[("deprecated", "demo.f")]
    assert change.signature is not None and change.signature.deprecated_parameters == ()
    assert change.signature.deprecated_values == (("mode", "'legacy'", 0),)
    required = new.replace("mode='a'", "mode")
    change = diffed(tmp_path, old.replace("mode='a'", "mode"), required)[("deprecated", "demo.f")]
    assert change.signature is not None and change.signature.deprecated_parameters == ()


def test_a_warning_for_the_default_value_is_for_calls_leaving_it_out(tmp_path: Path) -> None:
    old = "def f(encoding='latin-1'): pass\n"
    new = ("import warnings\ndef f(encoding='latin-1'):\n    if encoding == 'latin-1':\n"
           "        warnings.warn('the default encoding will be utf-8', DeprecationWarning)\n")
    detail = diffed(tmp_path, old, new)[("deprecated", "demo.f")].detail
    assert "calls leaving out 'encoding' warn" in detail


def test_a_warning_for_passing_a_parameter_still_deprecates_it(tmp_path: Path) -> None:
    old = "def f(timeout=None): pass\n"
    new = ("import warnings\ndef f(timeout=None):\n    if timeout is not None:\n"
           "        warnings.warn('timeout is deprecated', DeprecationWarning)\n")
    assert diffed(tmp_path, old, new)[("deprecated", "demo.f")].detail == "deprecated parameter 'timeout'"


# -- a call of the package's own warning helper, whatever its name, when the helper warns a deprecation --


def test_a_helper_named_for_warning_that_warns_a_deprecation_deprecates_its_callers(tmp_path: Path) -> None:
    old = "def f(): pass\ndef g(): pass\n"
    new = ("import warnings\ndef _warn_old(name):\n    warnings.warn(f'{name} is deprecated', DeprecationWarning, 3)\n"
           "def f():\n    _warn_old('f')\ndef g(): pass\n")
    found = diffed(tmp_path, old, new)
    assert ("deprecated", "demo.f") in found and ("deprecated", "demo.g") not in found


@pytest.mark.parametrize(
    "helper",
    [
        "def _warn_old(message):\n    warnings.warn(message, UserWarning)\n",  # no deprecation
        "def _warn_old(message, category):\n    warnings.warn(message, category)\n",  # the caller says which
    ],
)
def test_a_helper_warning_no_deprecation_deprecates_nothing(tmp_path: Path, helper: str) -> None:
    old = "def f(): pass\n"
    new = f"import warnings\n{helper}def f():\n    _warn_old('slow path', RuntimeWarning)\n"
    assert ("deprecated", "demo.f") not in diffed(tmp_path, old, new)


def test_a_logger_warning_is_no_helper(tmp_path: Path) -> None:
    old = "import logging\nlog = logging.getLogger(__name__)\ndef f(): pass\n"
    new = ("import logging, warnings\nlog = logging.getLogger(__name__)\n"
           "def warning(name):\n    warnings.warn(f'{name} is deprecated', DeprecationWarning)\n"
           "def f():\n    log.warning('f called')\n")
    assert ("deprecated", "demo.f") not in diffed(tmp_path, old, new)


# -- a decorator still taking keyword-only parameters by position, with a warning --

_SKLEARN_STYLE = '''import functools, inspect, warnings
def _deprecate_positional_args(func=None, *, version="1.1"):
    def _inner_deprecate_positional_args(f):
        sig = inspect.signature(f)
        all_args = [n for n, p in sig.parameters.items() if p.kind == p.POSITIONAL_OR_KEYWORD]
        kwonly_args = [n for n, p in sig.parameters.items() if p.kind == p.KEYWORD_ONLY]
        @functools.wraps(f)
        def inner_f(*args, **kwargs):
            extra_args = len(args) - len(all_args)
            if extra_args <= 0:
                return f(*args, **kwargs)
            warnings.warn(f"Pass {kwonly_args[:extra_args]} as keyword args", FutureWarning)
            kwargs.update(zip(sig.parameters, args))
            return f(**kwargs)
        return inner_f
    if func is not None:
        return _inner_deprecate_positional_args(func)
    return _inner_deprecate_positional_args
'''
_PANDAS_STYLE = '''import functools, inspect, warnings
def deprecate_nonkeyword_arguments(version, allowed_args=None):
    def decorate(func):
        sig = inspect.signature(func)
        kinds = [p.replace(kind=p.KEYWORD_ONLY) for p in sig.parameters.values() if p.name not in (allowed_args or ())]
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            if len(args) > len(allowed_args or ()):
                warnings.warn("positional arguments are deprecated", FutureWarning, stacklevel=2)
            return func(*args, **kwargs)
        return wrapper
    return decorate
'''


@pytest.mark.parametrize(
    ("helper", "decorator"),
    [
        (_SKLEARN_STYLE, "@_deprecate_positional_args"),
        (_SKLEARN_STYLE, "@_deprecate_positional_args(version='1.2')"),
        (_PANDAS_STYLE, "@deprecate_nonkeyword_arguments(version='2.0', allowed_args=['a'])"),
    ],
)
def test_parameters_made_keyword_only_behind_a_positional_shim_break_nothing_yet(
    tmp_path: Path, helper: str, decorator: str
) -> None:
    old = helper + "def fit(a, b=None, c=1): pass\n"
    new = helper + f"{decorator}\ndef fit(a, *, b=None, c=1): pass\n"
    assert ("signature_changed", "demo.fit") not in diffed(tmp_path, old, new)
    # the next release drops the shim: positional calls of `b` now fail
    final = helper + "def fit(a, *, b=None, c=1): pass\n"
    detail = diffed(tmp_path, new, final)[("signature_changed", "demo.fit")].detail
    assert "parameter 'b' is now keyword-only" in detail


def test_a_wrapper_counting_arguments_without_warning_is_no_shim(tmp_path: Path) -> None:
    helper = ("import functools\ndef checked(func):\n    @functools.wraps(func)\n    def wrapper(*args, **kwargs):\n"
              "        if len(args) > 3:\n            raise TypeError('too many')\n        return func(*args, **kwargs)\n"
              "    return wrapper\n")
    old = helper + "def fit(a, b=None): pass\n"
    new = helper + "@checked\ndef fit(a, *, b=None): pass\n"
    assert "now keyword-only" in diffed(tmp_path, old, new)[("signature_changed", "demo.fit")].detail


# -- the same classes on real releases of the research set (AexPy's) --


def test_docspec_2_kept_its_nested_enums_as_class_attributes() -> None:
    found = changes_of("docspec", "1.3.0", "2.0.0a1")
    # `class Function: Semantic: t.ClassVar = FunctionSemantic` keeps `docspec.Function.Semantic.ABSTRACT` working
    assert not {s for (k, s) in found if k == "removed" and ".Semantic." in s}
    assert ("removed", "docspec.ReverseMap") in found  # gone for real: kept


def test_rpyc_4_kept_its_async_module_as_a_star_import_shim() -> None:
    found = changes_of("rpyc", "3.4.4", "4.0.0")
    # `rpyc/core/async.py` is `from rpyc.core.async_ import *`
    assert not {s for (k, s) in found if k == "removed" and s.startswith("rpyc.core.async.")}


def test_urllib3_1_26_deprecates_the_class_constants_its_metaclass_serves() -> None:
    found = changes_of("urllib3", "1.25.11", "1.26.0")
    # `class Retry(six.with_metaclass(_RetryMeta, object))`, whose properties warn when read on the class
    assert "DEFAULT_METHODS_ALLOWED" in found[("deprecated", "urllib3.Retry.DEFAULT_METHOD_WHITELIST")].detail


# -- a hook handed on as a bound method is still called --


@pytest.mark.parametrize(
    "handed",
    [
        "request = Request(url, callback=self._print_response)",
        "signals.connect(self._print_response)",
        "return self._print_response",
        "handlers = [self._print_response]",
    ],
)
def test_a_hook_handed_on_as_a_bound_method_is_still_called(tmp_path: Path, handed: str) -> None:
    # scrapy 2.1's fetch command: `cb = lambda x: self._print_response(x, opts)` became `callback=self._print_response`
    old = ("class Command:\n    def run(self, url):\n        cb = lambda x: self._print_response(x)\n        return cb\n"
           "    def _print_response(self, response):\n        self._print_bytes(response)\n"
           "    def _print_bytes(self, data):\n        pass\n")
    new = old.replace("cb = lambda x: self._print_response(x)\n        return cb", f"{handed}\n        return None")
    found = diffed(tmp_path, old, new)
    assert not {s for (k, s) in found if k == "signature_changed"}, found


def test_a_hook_no_longer_named_at_all_is_still_claimed(tmp_path: Path) -> None:
    old = "class Command:\n    def run(self, url):\n        self.on_run(url)\n    def on_run(self, url):\n        pass\n"
    new = "class Command:\n    def run(self, url):\n        print(url)  # self.on_run is gone\n    def on_run(self, url):\n        pass\n"
    assert "no longer calls it" in diffed(tmp_path, old, new)[("signature_changed", "demo.Command.on_run")].detail


def test_scrapy_2_1_fetch_command_still_calls_its_print_helpers() -> None:
    found = changes_of("scrapy", "2.0.1", "2.1.0")
    assert not {s for (k, s) in found if s.startswith("scrapy.commands.fetch.Command.")}


@pytest.mark.parametrize("decorator", ["@staticmethod\n    def _order_params(data)", "@classmethod\n    def _order_params(cls, data)"])
def test_a_hook_become_a_static_or_class_method_is_still_called_through_self(tmp_path: Path, decorator: str) -> None:
    # python-binance 1.0's `_order_params(data)`, now a staticmethod, still called as `self._order_params(data)`
    old = ("class Client:\n    def cancel(self, **params):\n        return self._request(params)\n"
           "    def _request(self, data):\n        return self._order_params(data)\n"
           "    def _order_params(self, data):\n        return sorted(data)\n")
    new = old.replace("def _order_params(self, data)", decorator)
    details = [change.detail for change in diffed(tmp_path, old, new).values()]
    assert not [detail for detail in details if "no longer calls it" in detail]


def test_a_wrapper_dropping_every_unknown_keyword_keeps_a_lost_kwargs_from_being_claimed(tmp_path: Path) -> None:
    # matplotlib 3.5's `_check_savefig_extra_args`: `for arg in list(kwargs): ... warn ...; kwargs.pop(arg)`
    helper = ("import functools, inspect, warnings\ndef check_extra(func):\n    sig = inspect.signature(func)\n"
              "    @functools.wraps(func)\n    def wrapper(*args, **kwargs):\n        for arg in list(kwargs):\n"
              "            if arg in sig.parameters:\n                continue\n"
              "            warnings.warn(f'unexpected keyword {arg}', DeprecationWarning)\n            kwargs.pop(arg)\n"
              "        return func(*args, **kwargs)\n    return wrapper\n")
    old = helper + "def print_svg(filename, *args, **kwargs): pass\n"
    new = helper + "@check_extra\ndef print_svg(filename, *args, dpi=None, metadata=None): pass\n"
    assert ("signature_changed", "demo.print_svg") not in diffed(tmp_path, old, new)
    plain = helper + "def print_svg(filename, *args, dpi=None, metadata=None): pass\n"
    assert "'**kwargs' removed" in diffed(tmp_path, old, plain)[("signature_changed", "demo.print_svg")].detail


def test_a_hook_a_special_method_still_calls_through_cls_is_still_called(tmp_path: Path) -> None:
    # tornado 4.0's `AsyncHTTPClient.close` stopped calling `self._async_clients()`; `__new__` still calls
    # `cls._async_clients()`, so an override still runs
    old = ("class Client:\n    def __new__(cls):\n        cls._clients()\n        return super().__new__(cls)\n"
           "    def close(self):\n        self._clients().clear()\n    @classmethod\n    def _clients(cls):\n        return {}\n")
    new = old.replace("        self._clients().clear()\n", "        pass\n")
    details = [change.detail for change in diffed(tmp_path, old, new).values()]
    assert not [detail for detail in details if "no longer calls it" in detail]
    gone = new.replace("        cls._clients()\n", "")  # no caller left at all: the loss is claimed
    assert "'close' no longer calls it" in diffed(tmp_path, old, gone)[("signature_changed", "demo.Client._clients")].detail


def test_a_hook_a_public_method_and_the_constructor_call_is_claimed_when_the_public_call_goes(tmp_path: Path) -> None:
    old = ("class Job:\n    def __init__(self):\n        self.setup()\n    def run(self):\n        self.setup()\n"
           "    def setup(self):\n        pass\n")
    new = old.replace("    def __init__(self):\n        self.setup()\n", "").replace(
        "    def run(self):\n        self.setup()\n", "    def run(self):\n        pass\n")
    assert "'run' no longer calls it" in diffed(tmp_path, old, new)[("signature_changed", "demo.Job.setup")].detail


# -- a class become a factory function that builds an instance of a class of the release --

_SESSION = ("class Session:\n    DEFAULT_TIMEOUT = 3\n    def __init__(self, url, timeout=3):\n        self.url = url\n"
            "    def get(self): pass\n    def stop(self): pass\n    @property\n    def closed(self): return False\n"
            "    @classmethod\n    def from_env(cls): pass\n")


def test_a_class_become_a_factory_of_another_class_keeps_the_instance_members_that_class_has(tmp_path: Path) -> None:
    new = ("class _Session:\n    def __init__(self, url, timeout=3):\n        self.url = url\n    def get(self): pass\n"
           "    @property\n    def closed(self): return False\n"
           "def Session(url, timeout=3):\n    if not url:\n        return _Session('http://localhost', timeout)\n"
           "    return _Session(url, timeout)\n")
    found = diffed(tmp_path, _SESSION, new)
    assert "now a function" in found[("signature_changed", "demo.Session")].detail
    assert not {s for (k, s) in found if k == "removed"} & {"demo.Session.get", "demo.Session.closed", "demo.Session.url"}
    assert ("removed", "demo.Session.stop") in found  # the built class lacks it
    assert ("removed", "demo.Session.DEFAULT_TIMEOUT") in found  # read on the function: fails
    assert ("removed", "demo.Session.from_env") in found


@pytest.mark.parametrize(
    "factory",
    [
        "def Session(url, timeout=3):\n    future = Future()\n    return future\nclass Future:\n    def get(self): pass\n",
        "import json\ndef Session(url, timeout=3):\n    return json.JSONDecoder()\n",  # another distribution's
        "class _A:\n    def get(self): pass\nclass _B:\n    def put(self): pass\n"
        "def Session(url, timeout=3):\n    if url:\n        return _A()\n    return _B()\n",  # only one of them has it
    ],
)
def test_a_factory_whose_results_are_not_known_keeps_the_instance_members_claimed(tmp_path: Path, factory: str) -> None:
    # tornado 4.0's `gen.Task` returns a Future: `Task(...).get_result()` really is gone
    assert ("removed", "demo.Session.get") in diffed(tmp_path, _SESSION, factory)


def test_a_factory_building_one_of_several_classes_keeps_what_all_of_them_have(tmp_path: Path) -> None:
    factory = ("class _A:\n    def get(self): pass\nclass _B:\n    def get(self): pass\n"
               "def Session(url, timeout=3):\n    if url:\n        return _A()\n    return _B()\n")
    found = diffed(tmp_path, _SESSION, factory)  # whichever it builds, `Session(url).get()` works (hunt61b)
    assert ("removed", "demo.Session.get") not in found and ("removed", "demo.Session.stop") in found
