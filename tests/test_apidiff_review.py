"""The false-report classes found by reviewing, one by one, where griffe and this engine disagree on refactor-heavy
real releases (benchmarks/apidiff_trust.py, benchmarks/data/apidiff_verdicts.json): each on its pinned example and
on a synthetic sibling, with the true report next to it kept."""

from __future__ import annotations

from pathlib import Path

from bot.apidiff.diff import diff_surfaces
from bot.apidiff.stdlib import stdlib_accepts
from bot.changes import Change
from tests.test_apidiff_core import surface
from tests.test_apidiff_trust import changes


def synthetic(tmp_path: Path, old: str, new: str) -> dict[str, Change]:
    found = diff_surfaces(surface(tmp_path, {"demo/__init__.py": old}, "1.0"),
                          surface(tmp_path, {"demo/__init__.py": new}, "2.0"))
    return {c.symbol: c for c in found if c.kind.value != "deprecated"}


# -- a keyword option still taken by the named parameter of the call `**kwargs` goes to --

def test_flask_json_provider_cls_still_reaches_json_dumps() -> None:
    found = changes("flask", "2.2.5", "2.3.0")
    assert ("signature_changed", "flask.json.provider.DefaultJSONProvider.dumps") not in found
    assert ("signature_changed", "flask.json.provider.DefaultJSONProvider.loads") not in found
    assert "'app' removed" in found["signature_changed", "flask.json.dumps"].detail  # json.dumps(app=...) fails


def test_stdlib_named_parameters_come_before_its_var_keyword() -> None:
    assert stdlib_accepts("json.dumps", "cls") is True
    assert stdlib_accepts("json.dumps", "bogus") is None  # **kw: told by where it goes next (json.JSONEncoder)
    assert stdlib_accepts("json.JSONEncoder", "bogus") is False


def test_option_forwarded_to_a_stdlib_parameter_is_not_removed(tmp_path: Path) -> None:
    old = "import json\n\ndef dumps(obj, **kw):\n    kw.setdefault('cls', None)\n    kw.setdefault('bogus', 1)\n    return json.dumps(obj, **kw)\n"
    new = "import json\n\ndef dumps(obj, **kw):\n    return json.dumps(obj, **kw)\n"
    found = synthetic(tmp_path, old, new)
    assert found["demo.dumps"].signature is not None and found["demo.dumps"].signature.removed == ("bogus",)


# -- property-like decorators --

def test_flask_locked_cached_property_is_a_property() -> None:
    found = changes("flask", "2.2.5", "2.3.0")
    for symbol in ("flask.Flask.name", "flask.Flask.logger", "flask.Flask.jinja_env", "flask.Blueprint.jinja_loader"):
        assert ("signature_changed", symbol) not in found


def test_property_like_and_unknown_decorators_make_no_shape_claim(tmp_path: Path) -> None:
    old = ("from ._impl import locked_cached_property, anything\n\nclass A:\n    @locked_cached_property\n"
           "    def name(self) -> str:\n        return 'a'\n\n    @anything\n    def other(self):\n        pass\n\n"
           "    def plain(self):\n        pass\n")
    new = ("class A:\n    @property\n    def name(self) -> str:\n        return 'a'\n\n    @property\n"
           "    def other(self):\n        pass\n\n    @property\n    def plain(self):\n        pass\n")
    found = synthetic(tmp_path, old, new)
    assert "demo.A.name" not in found and "demo.A.other" not in found
    assert found["demo.A.plain"].breakage == "method_to_property"  # a known method really became a property


# -- read-only claims --

def test_werkzeug_qop_was_never_settable() -> None:
    found = changes("werkzeug", "2.2.3", "2.3.0")
    assert ("signature_changed", "werkzeug.datastructures.WWWAuthenticate.qop") not in found
    # a plain instance attribute turned into a property without a setter is still claimed
    assert found["signature_changed", "werkzeug.Client.cookie_jar"].breakage == "attribute_made_read_only"


def test_read_only_needs_a_settable_old_member_and_no_setattr(tmp_path: Path) -> None:
    old = ("def make(name):\n    return property(lambda self: name)\n\nclass A:\n    qop = make('qop')\n    plain = 1\n\n"
           "class B:\n    plain = 1\n")
    new = ("class A:\n    @property\n    def qop(self):\n        return 1\n\n    @property\n    def plain(self):\n"
           "        return 1\n\nclass B:\n    def __setattr__(self, name, value):\n        pass\n\n    @property\n"
           "    def plain(self):\n        return 1\n")
    found = synthetic(tmp_path, old, new)
    assert "demo.A.qop" not in found and "demo.B.plain" not in found
    assert found["demo.A.plain"].breakage == "attribute_made_read_only"


# -- annotations whose types cannot be related from the text --

def test_typevar_and_namedtuple_annotations_are_not_type_changes() -> None:
    old = changes("flask", "2.0.3", "2.1.0")
    assert ("signature_changed", "flask.Blueprint.errorhandler") not in old  # type[GenericException] -> type[Exception]
    found = changes("jinja2", "3.0.3", "3.1.0")
    assert ("signature_changed", "jinja2.filters.sync_do_groupby") not in found  # -> List[_GroupTuple]


def test_builtin_annotations_are_still_compared(tmp_path: Path) -> None:
    old = "import typing as t\nT = t.TypeVar('T')\n\ndef a() -> bytes: ...\ndef b(x: t.Type[T]) -> list[str]: ...\n"
    new = "import typing as t\n\ndef a() -> str: ...\ndef b(x: t.Type[Exception]) -> list[int]: ...\n"
    found = synthetic(tmp_path, old, new)
    assert found["demo.a"].signature is not None
    assert found["demo.a"].signature.annotations_changed == (("return", "bytes", "str"),)
    assert found["demo.b"].signature is not None
    assert found["demo.b"].signature.annotations_changed == (("return", "list[str]", "list[int]"),)


# -- `functools.wraps` wrappers that reshape the arguments --

def test_werkzeug_request_application_changes_the_signature() -> None:
    assert ("signature_changed", "werkzeug.testapp.test_app") not in changes("werkzeug", "2.2.3", "2.3.0")


def test_wraps_keeps_the_signature_only_when_it_hands_the_arguments_on(tmp_path: Path) -> None:
    deco = ("import functools\n\ndef keep(f):\n    @functools.wraps(f)\n    def inner(*args, **kwargs):\n"
            "        return f(*args, **kwargs)\n    return inner\n\ndef reshape(f):\n    @functools.wraps(f)\n"
            "    def inner(*args):\n        return f(*args[:-1])\n    return inner\n\n")
    old = deco + "@keep\ndef a(x, y): ...\n\n@reshape\ndef b(x, y): ...\n"
    new = deco + "@keep\ndef a(x): ...\n\n@reshape\ndef b(x): ...\n"
    found = synthetic(tmp_path, old, new)
    assert "demo.b" not in found
    assert found["demo.a"].signature is not None and found["demo.a"].signature.removed == ("y",)


# -- reports griffe misses, kept --

def test_reports_griffe_misses_are_kept() -> None:
    quart = changes("quart", "0.18.4", "0.19.0", ("flask", "3.0.0"), ("werkzeug", "3.0.0"))
    assert {("removed", "quart.config.ConfigAttribute.key"), ("removed", "quart.config.ConfigAttribute.converter"),
            ("removed", "quart.blueprints.BlueprintSetupState.register_template_filter")} <= quart.keys()
    # flask 2.3.0's __getattr__ tests `name == "escape"` twice: `flask.Markup` really raises AttributeError
    assert ("removed", "flask.Markup") in changes("flask", "2.2.5", "2.3.0")


# -- siblings of the refactor classes, no pinned example among the pairs reviewed --

def test_attributes_set_in_init_blocks_and_helpers_are_not_removed(tmp_path: Path) -> None:
    old = "class A:\n    def __init__(self):\n        self.x = 1\n        self.y = 2\n        self.z = 3\n"
    new = ("class A:\n    def __init__(self):\n        self._setup()\n        for _ in range(1):\n            self.z = 3\n\n"
           "    def _setup(self):\n        try:\n            self.x = 1\n        except ValueError:\n            pass\n")
    assert set(synthetic(tmp_path, old, new)) == {"demo.A.y"}  # moved into a helper or a block: still there


def test_a_module_getattr_that_serves_any_name_makes_no_removal_claim(tmp_path: Path) -> None:
    old = "def foo(): ...\n\nclass A: ...\n"
    lazy = "import importlib\n\ndef __getattr__(name):\n    return getattr(importlib.import_module('demo.impl'), name)\n"
    shim = "def __getattr__(name):\n    if name == 'foo':\n        return 1\n    raise AttributeError(name)\n"
    assert synthetic(tmp_path / "lazy", old, lazy) == {}
    assert set(synthetic(tmp_path / "shim", old, shim)) == {"demo.A"}  # a shim that spells its names: A is gone


def test_names_star_imported_through_a_computed_all_are_not_removed(tmp_path: Path) -> None:
    old = "def foo(): ...\n\ndef bar(): ...\n"
    files_new = {"demo/__init__.py": "from ._impl import *\n",
                 "demo/_impl.py": "from ._b import *\nfrom . import _b\n\ndef foo(): ...\n\n__all__ = ['foo'] + _b.__all__\n",
                 "demo/_b.py": "__all__ = ['bar']\n\ndef bar(): ...\n"}
    found = diff_surfaces(surface(tmp_path, {"demo/__init__.py": old}, "1.0"), surface(tmp_path, files_new, "2.0"))
    assert [c.symbol for c in found] == []
    literal = "def foo(): ...\n\ndef bar(): ...\n\n__all__ = ['foo']\n__all__ += ['bar']\n"  # literals are still read
    assert set(synthetic(tmp_path / "lit", old, literal)) == set()


def test_names_bound_through_globals_are_not_removed(tmp_path: Path) -> None:
    old = "def foo(): ...\n\ndef bar(): ...\n"
    new = "from . import impl\n\nfor _name in ('foo', 'bar'):\n    globals()[_name] = getattr(impl, _name)\n"
    assert synthetic(tmp_path, old, new) == {}
    assert set(synthetic(tmp_path / "plain", old, "def foo(): ...\n")) == {"demo.bar"}


def test_members_patched_in_with_setattr_and_lazy_loaders_are_not_removed(tmp_path: Path) -> None:
    old = "def foo(): ...\n\nclass A:\n    def m(self): ...\n\n    def n(self): ...\n\nclass B(A): ...\n"
    patched = "def foo(): ...\n\nclass A:\n    pass\n\nclass B(A): ...\n\nfor _name in ('m', 'n'):\n    setattr(A, _name, lambda self: None)\n"
    assert synthetic(tmp_path / "patched", old, patched) == {}
    lazy = "import lazy_loader\n\n__getattr__, __dir__, __all__ = lazy_loader.attach(__name__, ['sub'])\n"
    assert synthetic(tmp_path / "lazy", old, lazy) == {}
    plain = "def foo(): ...\n\nclass A:\n    def m(self): ...\n\nclass B(A): ...\n"
    assert set(synthetic(tmp_path / "plain", old, plain)) == {"demo.A.n"}


def test_generic_type_arguments_may_widen_for_parameters_not_for_returns(tmp_path: Path) -> None:
    old = "def f(data: dict[str, str] | None) -> dict[str, str]: ...\n"
    new = "def f(data: dict[str, str | None] | None) -> dict[str, str | None]: ...\n"
    found = synthetic(tmp_path, old, new)  # callers' dicts still fit; what it returns may now hold None
    assert found["demo.f"].signature is not None
    assert found["demo.f"].signature.annotations_changed == (("return", "dict[str, str]", "dict[str, str | None]"),)
    assert ("signature_changed", "werkzeug.datastructures.Authorization") not in changes("werkzeug", "2.3.8", "3.0.0")


def test_a_function_that_hands_back_an_iterator_is_no_generator_change(tmp_path: Path) -> None:
    assert ("signature_changed", "itsdangerous.TimedSerializer.iter_unsigners") not in changes(
        "itsdangerous", "1.1.0", "2.0.0")  # now `return super().iter_unsigners(salt)`: still a generator
    old = "def a():\n    yield 1\n\ndef b():\n    yield 1\n\ndef c():\n    yield 1\n"
    new = ("import typing as t\n\ndef _gen():\n    yield 1\n\ndef a():\n    return _gen()\n\n"
           "def b() -> t.Iterator[int]:\n    return iter([1])\n\ndef c():\n    return [1]\n")
    found = synthetic(tmp_path, old, new)
    assert set(found) == {"demo.c"} and found["demo.c"].breakage == "generator_to_function"
