"""False claims hunted on the newest releases of libraries never measured (hunt66)."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a module whose top level raises (a tombstone kept to explain a removal): no import of it ever worked, so its
# removal breaks nobody --

_TOMBSTONE = 'raise ModuleNotFoundError("demo.legacy was deleted in 3.0: use demo.modern")\n'


def test_a_module_whose_top_level_raises_is_no_removal_when_it_goes(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "", "demo/legacy.py": _TOMBSTONE, "demo/modern.py": "def run():\n    pass\n"}
    new = {"demo/__init__.py": "", "demo/modern.py": "def run():\n    pass\n"}
    assert ("removed", "demo.legacy") not in diffed(tmp_path, old, new)


def test_a_package_whose_init_raises_takes_its_submodules_along(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "", "demo/legacy/__init__.py": "X = 1\n" + _TOMBSTONE,
           "demo/legacy/parts.py": "def part():\n    pass\n"}
    found = diffed(tmp_path, old, {"demo/__init__.py": ""})
    assert not {symbol for kind, symbol in found if kind == "removed"}


def test_a_raise_only_under_a_guard_still_lets_the_module_import(tmp_path: Path) -> None:
    guarded = 'import sys\nif sys.platform == "win32":\n    raise ImportError("not on Windows")\nX = 1\n'
    old = {"demo/__init__.py": "", "demo/legacy.py": guarded}
    caught = 'try:\n    import foo\nexcept ImportError:\n    raise\nY = 1\n'
    old["demo/other.py"] = caught
    found = diffed(tmp_path, old, {"demo/__init__.py": ""})
    assert ("removed", "demo.legacy") in found
    assert ("removed", "demo.other") in found


def test_optuna_5_0_multi_objective_tombstone_is_no_removal() -> None:
    found = changes("optuna", "4.9.0", "5.0.0")
    assert ("removed", "optuna.multi_objective") not in found
    # the integration shims import when optuna-integration is installed: their removal stays claimed
    assert ("removed", "optuna.integration.chainer") in found


# -- a parameter a dispatching decorator only ever took by position: `functools.singledispatch` refuses a call
# without a positional argument, and a wrapper `call(arg, *args, **kwargs)` handing `arg` on in its slot leaves its
# own `arg` unfilled by a keyword: marking it `/` later refuses no call that worked --

_LAZY = '''import functools


def lazy(func):
    @functools.wraps(func)
    def call(arg, *args, **kwargs):
        return func(arg, *args, **kwargs)
    return call


def named(func):
    @functools.wraps(func)
    def call(value, *args, **kwargs):
        return func(value, *args, **kwargs)
    return call


def keeping(func):
    @functools.wraps(func)
    def call(*args, **kwargs):
        return func(*args, **kwargs)
    return call


'''


def test_a_parameter_only_a_dispatcher_took_is_no_newly_positional_only(tmp_path: Path) -> None:
    old = {"demo/__init__.py": _LAZY + "@functools.singledispatch\ndef schema(value):\n    return value\n\n\n"
           "@lazy\ndef infer(value, other=None):\n    return value, other\n\n\n"
           "class Table:\n    @functools.singledispatchmethod\n    def get(self, key):\n        return key\n"}
    new = {"demo/__init__.py": "def schema(value, /):\n    return value\n\n\n"
           "def infer(value, /, other=None):\n    return value, other\n\n\n"
           "class Table:\n    def get(self, key, /):\n        return key\n"}
    found = diffed(tmp_path, old, new)
    assert not {symbol for kind, symbol in found if kind == "signature_changed"}


def test_a_wrapper_handing_on_all_its_arguments_keeps_keywords_working(tmp_path: Path) -> None:
    old = {"demo/__init__.py": _LAZY + "@keeping\ndef plain(value, other=None):\n    return value, other\n\n\n"
           "@lazy\ndef infer(value, other=None):\n    return value, other\n\n\n"
           "@named\ndef same(value):\n    return value\n\n\n"
           "class Table:\n    @functools.singledispatch\n    def odd(self, key):\n        return key\n"}
    new = {"demo/__init__.py": "def plain(value, /, other=None):\n    return value, other\n\n\n"
           "def infer(value, other=None, /):\n    return value, other\n\n\n"
           "def same(value, /):\n    return value\n\n\n"
           "class Table:\n    def odd(self, key, /):\n        return key\n"}
    found = diffed(tmp_path, old, new)
    assert found[("signature_changed", "demo.plain")].detail == "parameter 'value' is now positional-only"
    assert found[("signature_changed", "demo.infer")].detail == "parameter 'other' is now positional-only"
    # a wrapper's own parameter of the same name takes the keyword and hands it on (scrapyd 1.5's `txrequest`)
    assert found[("signature_changed", "demo.same")].detail == "parameter 'value' is now positional-only"
    # singledispatch on a method dispatches on the instance: the parameter after it went by keyword
    assert ("signature_changed", "demo.Table.odd") in found


def test_ibis_12_positional_only_schema_functions_refuse_no_call_that_worked() -> None:
    found = changes("ibis-framework", "11.0.0", "12.0.0")
    for path in ("ibis.expr.schema.schema", "ibis.expr.schema.infer", "ibis.infer_schema", "ibis.expr.api.infer_schema"):
        assert ("signature_changed", path) not in found
    # `Schema.get(self, key, default=None)` had no such decorator: its `/` is a change
    said = found[("signature_changed", "ibis.Schema.get")].detail
    assert said == "parameter 'key' is now positional-only; parameter 'default' is now positional-only"


# -- a comment above a run of assignments governs the run, unless it names one of the run's names: then it speaks
# of what it names (the deprecated alias and its replacement), not of the names after them --


def test_a_comment_naming_a_replacement_in_its_run_deprecates_only_the_first(tmp_path: Path) -> None:
    aliases = ('DisambiguateStr = Literal["earlier", "later"]\nDisambiguationStr = Literal["earlier", "later"]\n'
               'ExactDeltaUnitStr = Literal["days", "hours"]\nRoundModeStr = Literal["ceil", "floor"]\n')
    head = "from typing import Literal\n\n"
    old = {"demo/__init__.py": head + aliases}
    new = {"demo/__init__.py": head + "# Deprecated: use DisambiguationStr.\n" + aliases}
    deprecated = {symbol for kind, symbol in diffed(tmp_path, old, new) if kind == "deprecated"}
    assert deprecated == {"demo.DisambiguateStr"}


def test_a_comment_naming_no_name_still_governs_its_run(tmp_path: Path) -> None:
    names = "hub_users = set()\nhub_groups = set()\n"
    old = {"demo/__init__.py": names}
    new = {"demo/__init__.py": "# deprecated, pre-2.0 allow sets\n" + names}
    deprecated = {symbol for kind, symbol in diffed(tmp_path, old, new) if kind == "deprecated"}
    assert deprecated == {"demo.hub_users", "demo.hub_groups"}


def test_whenever_0_11_deprecates_disambiguate_str_alone() -> None:
    found = changes("whenever", "0.10.5", "0.11.0")
    assert found[("deprecated", "whenever.DisambiguateStr")].detail == "Deprecated: use DisambiguationStr."
    for name in ("DisambiguationStr", "ExactDeltaUnitStr", "RoundModeStr"):
        assert ("deprecated", f"whenever.{name}") not in found
