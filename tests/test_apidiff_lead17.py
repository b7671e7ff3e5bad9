"""One value of a parameter deprecated (stop 16, the lead): `if mode == "legacy": warn(...)` warns the calls passing
that value and no other call. It was read as no deprecation at all (a test for one value deprecates no parameter);
it is now a deprecation of that value (`param_value_deprecated`), and the usage finder reports a call passing that
very literal, never one passing another value or a value computed at run time."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from bot.usage.calls import call_problems
from bot.usage.model import UseForm
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen3 import diffed

_OLD = "def open_archive(path, mode='r', level=1): ...\n"


def _new(test: str, category: str = "DeprecationWarning", signature: str = "path, mode='r', level=1") -> str:
    return f"import warnings\ndef open_archive({signature}):\n    if {test}:\n        warnings.warn('no', {category})\n"


def _call(source: str) -> ast.Call:
    call = ast.parse(source).body[0].value  # type: ignore[attr-defined]
    assert isinstance(call, ast.Call)
    return call


def test_a_warning_for_one_value_deprecates_that_value(tmp_path: Path) -> None:
    change = diffed(tmp_path, _OLD, _new("mode == 'legacy'"))[("deprecated", "demo.open_archive")]
    assert change.detail == "passing mode='legacy' is deprecated"
    assert change.breakage == "param_value_deprecated"
    assert change.signature is not None and change.signature.deprecated_values == (("mode", "'legacy'", 1),)
    assert change.signature.deprecated_parameters == ()  # passing `mode` is not deprecated
    assert change.witness.endswith("open_archive(path=None, mode='legacy')")
    # the use is a call passing that literal, by keyword or at its slot
    assert call_problems(_call("open_archive(p, mode='legacy')"), change.signature) == [
        (UseForm.CALL_KEYWORD, "passes mode='legacy', which is deprecated")
    ]
    assert call_problems(_call("open_archive(p, 'legacy')"), change.signature) == [
        (UseForm.CALL_POSITIONAL, "passes mode='legacy', which is deprecated")
    ]
    # another value, a value computed at run time, or the value passed to another parameter: no use
    for other in ("open_archive(p, mode='w')", "open_archive(p, mode=m)", "open_archive(p, 'w', 'legacy')",
                  "open_archive(p)", "open_archive(*args)"):
        assert call_problems(_call(other), change.signature) == [], other
    # a method called on an instance: the offset of an explicit self is not counted
    assert call_problems(_call("Archive.open_archive(self, p, 'legacy')"), change.signature, offset=1) != []


@pytest.mark.parametrize(
    ("test", "values"),
    [
        ("mode in ('legacy', 'older')", (("mode", "'legacy'", 1), ("mode", "'older'", 1))),
        ("mode == 'legacy' or mode == 'older'", (("mode", "'legacy'", 1), ("mode", "'older'", 1))),
        ("level == 0", (("level", "0", 2),)),
    ],
)
def test_each_value_a_test_is_true_for_alone_is_deprecated(tmp_path: Path, test: str, values: tuple[object]) -> None:
    change = diffed(tmp_path, _OLD, _new(test))[("deprecated", "demo.open_archive")]
    assert change.signature is not None and change.signature.deprecated_values == values


@pytest.mark.parametrize(
    "new",
    [
        _new("mode == 'r'"),  # the default: calls leaving it out warn, read as such elsewhere
        _new("mode == 'legacy' and level > 1"),  # a combination, not the value alone
        _new("mode == 'legacy'", category="UserWarning"),  # no deprecation
        _new("mode != 'legacy'"),  # every other value
        _new("mode is True"),  # a flag's value: passing it at all, or not
        _new("mode == 'legacy'", signature="path, level=1"),  # a parameter the function does not take
        "import warnings\nclass A:\n    def __getattr__(self, name):\n        if name == 'old':\n"
        "            warnings.warn('no', DeprecationWarning)\n        raise AttributeError(name)\n",
    ],
)
def test_no_value_deprecation_without_a_test_for_one_value_alone(tmp_path: Path, new: str) -> None:
    found = diffed(tmp_path, _OLD + "class A: ...\n", new + ("" if "class A" in new else "class A: ...\n"))
    assert not [c for c in found.values() if c.breakage == "param_value_deprecated"]


def test_a_value_already_warned_is_not_news(tmp_path: Path) -> None:
    new = _new("mode == 'legacy'")
    assert ("deprecated", "demo.open_archive") not in diffed(tmp_path, new, new + "X = 1\n")
    # a second value warned is news, the first is not repeated
    both = _new("mode in ('legacy', 'older')")
    change = diffed(tmp_path, new, both)[("deprecated", "demo.open_archive")]
    assert change.signature is not None and change.signature.deprecated_values == (("mode", "'older'", 1),)


def test_a_parameter_deprecated_whole_is_not_also_a_value(tmp_path: Path) -> None:
    new = (
        "import warnings\ndef open_archive(path, mode='r', level=1):\n"
        "    if mode is not None:\n        warnings.warn('mode is deprecated', DeprecationWarning)\n"
        "    if mode == 'legacy':\n        warnings.warn('legacy', DeprecationWarning)\n"
    )
    change = diffed(tmp_path, _OLD, new)[("deprecated", "demo.open_archive")]
    assert change.signature is not None and change.signature.deprecated_parameters == ("mode",)
    assert change.signature.deprecated_values == ()


_ESTIMATOR = """import warnings
class BaseSGD:
    def __init__(self, loss, *, penalty="l2"):
        if loss == "log":
            warnings.warn("The loss 'log' was deprecated in v1.1", FutureWarning)
        self.loss = loss

class SGDClassifier(BaseSGD):
    def __init__(self, loss="hinge", *, penalty="l2"):
        super().__init__(loss=loss, penalty=penalty)

class Ridge(BaseSGD):
    def __init__(self, alpha=1.0):
        super().__init__(loss="squared_error")
        self.alpha = alpha
"""


def test_a_value_handed_on_to_a_callable_warning_for_it_is_deprecated(tmp_path: Path) -> None:
    # a subclass handing its `loss` on under its own name is warned as its base is; one passing its own literal is
    # not (its callers cannot pass "log")
    old = _ESTIMATOR.replace("if loss == \"log\":", "if loss == \"log\" and penalty == \"l1\":")
    found = diffed(tmp_path, old, _ESTIMATOR)
    for path in ("demo.BaseSGD", "demo.SGDClassifier"):
        change = found[("deprecated", path)]
        assert change.signature is not None and change.signature.deprecated_values[0][:2] == ("loss", "'log'"), path
    assert ("deprecated", "demo.Ridge") not in found
    call = _call('SGDClassifier(loss="log", penalty="l1")')
    assert call_problems(call, found[("deprecated", "demo.SGDClassifier")].signature) == [  # type: ignore[arg-type]
        (UseForm.CALL_KEYWORD, "passes loss='log', which is deprecated")
    ]


def test_marshmallow_3_3_deprecates_nesting_self_by_name() -> None:
    found = changes("marshmallow", "3.2.2", "3.3.0")
    change = found[("deprecated", "marshmallow.fields.Nested")]  # `if nested == "self": warnings.warn(...)`
    assert change.breakage == "param_value_deprecated"
    assert change.signature is not None and change.signature.deprecated_values == (("nested", "'self'", 0),)
    # `Pluck(nested, field_name)` hands `nested` on to `Nested.__init__` by position
    pluck = found[("deprecated", "marshmallow.fields.Pluck")]
    assert pluck.signature is not None and pluck.signature.deprecated_values == (("nested", "'self'", 0),)
    assert call_problems(_call('fields.Nested("self", many=True)'), change.signature) == [
        (UseForm.CALL_POSITIONAL, "passes nested='self', which is deprecated")
    ]
    assert call_problems(_call("fields.Nested(UserSchema, many=True)"), change.signature) == []
    assert not [key for key in found if key[0] == "removed"]


# -- refactors that lose nothing (the lead's probes): each was a false claim before --

def _pair(tmp_path: Path, old: dict[str, str], new: dict[str, str]) -> set[tuple[str, str]]:
    from bot.apidiff.diff import diff_surfaces
    from tests.test_apidiff_core import surface

    found = diff_surfaces(surface(tmp_path, old, "1.0"), surface(tmp_path, new, "2.0"))
    return {(c.kind.value, c.symbol) for c in found}


@pytest.mark.parametrize(
    "init",
    [
        "for k, v in (('a', a), ('b', b)):\n            setattr(self, k, v)",
        "for name in ['a', 'b']:\n            setattr(self, name, locals()[name])",
        "self.__dict__.update(a=a, b=b)",
        "vars(self).update({'a': a, 'b': b})",
    ],
)
def test_attributes_the_constructor_sets_by_literal_names_are_still_there(tmp_path: Path, init: str) -> None:
    old = "class P:\n    def __init__(self, a, b):\n        self.a = a\n        self.b = b\n"
    new = f"class P:\n    def __init__(self, a, b):\n        {init}\n"
    assert _pair(tmp_path, {"demo/__init__.py": old}, {"demo/__init__.py": new}) == set()
    # a loop over names computed at run time, or a mapping passed whole, sets names unknown here: still claimed
    for unknown in ("for k, v in kwargs.items():\n            setattr(self, k, v)", "self.__dict__.update(kwargs)"):
        computed = f"class P:\n    def __init__(self, a, b, **kwargs):\n        {unknown}\n"
        assert ("removed", "demo.P.a") in _pair(tmp_path, {"demo/__init__.py": old}, {"demo/__init__.py": computed})


def test_a_named_tuple_or_typed_dict_class_is_no_base_at_run_time(tmp_path: Path) -> None:
    # `class Pt(NamedTuple)` has the bases (tuple,): `namedtuple(...)` replacing it loses no base
    old = "from typing import NamedTuple, TypedDict\nclass Pt(NamedTuple):\n    x: int\n    y: int\n"
    old += "class Opts(TypedDict):\n    a: int\n"
    new = "from collections import namedtuple\nPt = namedtuple('Pt', 'x y')\nclass Opts(dict):\n    pass\n"
    found = _pair(tmp_path, {"demo/__init__.py": old}, {"demo/__init__.py": new})
    assert not {change for change in found if change[1] in ("demo.Pt", "demo.Opts")}


@pytest.mark.parametrize(
    "key",
    ["'demo.oldmod'", "__name__ + '.oldmod'", "f'{__name__}.oldmod'", "'%s.oldmod' % __name__"],
)
def test_a_module_the_release_puts_in_sys_modules_is_not_removed(tmp_path: Path, key: str) -> None:
    old = {"demo/__init__.py": "X = 1\n", "demo/oldmod.py": "def f(a): ...\n"}
    new = {"demo/__init__.py": f"import sys\nfrom . import newmod\nX = 1\nsys.modules[{key}] = newmod\n",
           "demo/newmod.py": "def f(a): ...\n"}
    assert _pair(tmp_path, old, new) == set()
    # a key computed otherwise says nothing, and a module that is not the alias's package may never have run when
    # `import demo.oldmod` looks: the module's loss is claimed
    new["demo/__init__.py"] = "import sys\nfrom . import newmod\nX = 1\nsys.modules[compute()] = newmod\n"
    assert ("removed", "demo.oldmod") in _pair(tmp_path, old, new)
    new["demo/__init__.py"] = "X = 1\n"
    new["demo/newmod.py"] += f"import sys\nsys.modules[{key.replace('__name__', '__package__')}] = sys.modules[__name__]\n"
    assert ("removed", "demo.oldmod") in _pair(tmp_path, old, new)
    # a release that stops setting the alias loses `import demo.oldmod`
    aliased = {"demo/__init__.py": f"import sys\nfrom . import _new\nX = 1\nsys.modules[{key}] = _new\n",
               "demo/_new.py": "def f(a): ...\n"}
    dropped = {**aliased, "demo/__init__.py": "X = 1\n"}
    assert ("removed", "demo.oldmod") in _pair(tmp_path / "dropped", aliased, dropped)


# -- a deprecation helper calling another helper is a helper too --

_HELPERS = """import warnings
def _warn(message):
    warnings.warn(message, DeprecationWarning, stacklevel=3)
def _deprecated(name):
    _warn(f"{name} is deprecated")
"""


def test_a_helper_calling_a_deprecation_helper_announces_a_deprecation(tmp_path: Path) -> None:
    old = _HELPERS + "def old(): ...\n"
    new = _HELPERS + "def old():\n    _deprecated('old')\n"
    assert ("deprecated", "demo.old") in diffed(tmp_path, old, new)
    # the chain ends in a warning of no deprecation: nothing is announced
    quiet = _HELPERS.replace("DeprecationWarning", "UserWarning")
    assert ("deprecated", "demo.old") not in diffed(tmp_path / "quiet", quiet + "def old(): ...\n",
                                                    quiet + "def old():\n    _deprecated('old')\n")


def test_a_private_name_the_old_release_deprecated_is_removed_as_announced() -> None:
    # flask 2.3's `_request_ctx_stack` warned through the module `__getattr__`; 3.0 removed it: the announced
    # removal, still private API
    change = changes("flask", "2.3.3", "3.0.0")[("removed", "flask._request_ctx_stack")]
    assert change.breakage == "deprecated_name_removed"
    assert change.private


def test_a_module_annotation_without_a_value_binds_nothing(tmp_path: Path) -> None:
    # `x: int` at module level records an annotation; `from demo import x` fails on both releases (anyio 4.4's
    # `key: str` / `value: Any` above a loop it dropped in 4.5)
    assert ("removed", "demo.x") not in diffed(tmp_path, "x: int\ndef f(): ...\n", "def f(): ...\n")
    # bound by a value, it is there, and its loss is claimed
    assert ("removed", "demo.x") in diffed(tmp_path / "valued", "x: int = 1\ndef f(): ...\n", "def f(): ...\n")
    # a stub read for a module without source (a compiled one) declares what the module has: a name users import
    from tests.test_apidiff_core import surface

    assert "demo.x" in surface(tmp_path / "stub", {"demo/__init__.pyi": "x: int\n", "demo/_speedups.pyi": ""}).symbols
