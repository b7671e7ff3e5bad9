"""False reports found on release pairs nobody had examined (funcy 2.0, graphql-core 3.2, gspread 6.0, sh 2.0,
transitions 0.9): each class on its pinned real example and on a synthetic sibling, with the true reports of the
same pairs kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_apidiff_review import synthetic
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen3 import diffed

# -- a `*args` the body asserts the length of (`assert len(args) == 1`) is that many optional positionals --


def test_funcy_2_0_memoize_still_takes_the_one_function_its_args_allowed() -> None:
    found = changes("funcy", "1.18", "2.0")
    # 1.18: `memoize(*args, **kwargs)` with `if args: assert len(args) == 1`; 2.0: `memoize(_func=None, *, key_func=None)`
    assert not {s for (k, s) in found if k == "signature_changed" and s.endswith(".memoize")}
    # the true reports of the pair are kept: `builtin` dropped, `key_func` of `cache` made keyword-only
    assert "'builtin' removed" in found["signature_changed", "funcy.funcmakers.make_func"].detail
    assert "'key_func' is now keyword-only" in found["signature_changed", "funcy.cache"].detail


_OLD = (
    "def memoize(*args, **kwargs):\n    if args:\n        {check}\n        return memoize()(args[0])\n"
    "    key_func = kwargs.pop('key_func', None)\n    if kwargs:\n        raise TypeError('unexpected')\n"
    "    return key_func\n"
)
_NEW = "def memoize(_func=None, *, key_func=None):\n    return _func\n"


@pytest.mark.parametrize(
    "check", ["assert len(args) == 1", "assert len(args) <= 1", "assert len(args) < 2 and callable(args[0])"]
)
def test_a_varargs_asserted_to_one_argument_is_one_optional_positional(tmp_path: Path, check: str) -> None:
    found = diffed(tmp_path, _OLD.format(check=check), _NEW)
    assert ("signature_changed", "demo.memoize") not in found


def test_a_varargs_asserted_to_more_arguments_than_the_new_slots_is_still_claimed(tmp_path: Path) -> None:
    found = diffed(tmp_path, _OLD.format(check="assert len(args) <= 2"), _NEW)
    assert "'args[1]' removed" in found["signature_changed", "demo.memoize"].detail


# -- a method called through a local alias of the bound method (`build = ctx.build_response; build(...)`) --


def test_graphql_core_3_2_still_calls_build_response_through_its_alias() -> None:
    found = changes("graphql-core", "3.1.7", "3.2.0")
    change = found["signature_changed", "graphql.ExecutionContext.build_response"]
    # 3.2's `execute` binds `build_response = exe_context.build_response` and calls it: overrides still run
    assert "no longer calls it" not in change.detail and "hook_no_longer_called" not in change.breakages
    assert "new required parameter 'errors'" in change.detail  # the true report of the pair is kept
    assert "graphql.MapAsyncIterator" in {s for (k, s) in found if k == "signature_changed"}


_RUNNER = (
    "class Runner:\n    def run(self, data):\n        {call}\n\n    def build(self, data):\n        return data\n\n\n"
    "def execute(runner, data):\n    build = runner.build\n    return {use}\n"
)


def test_a_hook_called_through_a_local_alias_is_still_called(tmp_path: Path) -> None:
    old = _RUNNER.format(call="return self.build(data)", use="runner.run(data)")
    new = _RUNNER.format(call="return data", use="build(data)")
    assert synthetic(tmp_path, old, new) == {}


def test_a_hook_aliased_but_never_called_is_no_longer_called(tmp_path: Path) -> None:
    old = _RUNNER.format(call="return self.build(data)", use="runner.run(data)")
    new = _RUNNER.format(call="return data", use="[build, data]")
    assert synthetic(tmp_path, old, new)["demo.Runner.build"].breakage == "hook_no_longer_called"


# -- a parameter the call handing `**kwargs` on fills by position never took a caller's keyword through it --


def test_gspread_6_0_row_values_never_handed_range_name_on() -> None:
    found = changes("gspread", "5.12.4", "6.0.0")
    change = found["signature_changed", "gspread.Worksheet.row_values"]
    # 5.12.4: `row_values(self, row, **kwargs)` calls `self.get("A{}:{}".format(row, row), **kwargs)`
    assert "'range_name'" not in change.detail
    assert "keyword 'maintain_size', which **kwargs handed on to" in change.detail  # the true report is kept


_FORWARD = (
    "class Sheet:\n    def get(self, {params}):\n        return None\n\n"
    "    def row_values(self, row, **kwargs):\n        return self.get({call}**kwargs)\n"
)


def test_a_keyword_filled_by_position_beside_kwargs_is_never_claimed_rejected(tmp_path: Path) -> None:
    old = _FORWARD.format(params="range_name=None, maintain_size=False", call="'A1', ")
    found = synthetic(tmp_path, old, _FORWARD.format(params="name=None", call="'A1', "))
    assert found["demo.Sheet.row_values"].signature.removed == ("maintain_size",)


def test_a_keyword_no_slot_fills_is_still_claimed_rejected(tmp_path: Path) -> None:
    old = _FORWARD.format(params="range_name=None, maintain_size=False", call="")
    found = synthetic(tmp_path, old, _FORWARD.format(params="name=None", call=""))
    assert set(found["demo.Sheet.row_values"].signature.removed) == {"range_name", "maintain_size"}


# -- `*args`/`**kwargs` handed on whole through a module global naming an outside callable (`_g = glob.glob`) --


def test_sh_2_0_glob_took_only_what_the_standard_librarys_glob_takes() -> None:
    change = changes("sh", "1.14.3", "2.0.0")["signature_changed", "sh.glob"]
    # 1.14.3: `_old_glob = glob_module.glob`; `glob(path, *args, **kwargs)` -> `_old_glob(path, *args, **kwargs)`;
    # 2.0: `glob(path, recursive=False)`. The stdlib's glob takes no second positional: no `*args` caller worked
    assert "'*args' removed" not in change.detail and "could not be followed" not in change.detail
    assert {"root_dir", "dir_fd"} <= set(change.signature.removed)  # its keywords are the true report


_GLOB = "import glob as glob_module\n\n_old_glob = glob_module.glob\n\n\n{body}"


def test_variadics_handed_to_an_aliased_stdlib_function_are_its_parameters(tmp_path: Path) -> None:
    old = _GLOB.format(body="def find(path, *args, **kwargs):\n    return _old_glob(path, *args, **kwargs)\n")
    new = _GLOB.format(body="def find(path, recursive=False):\n    return _old_glob(path, recursive=recursive)\n")
    removed = set(synthetic(tmp_path, old, new)["demo.find"].signature.removed)
    assert "*args" not in removed and "recursive" not in removed and "root_dir" in removed


# -- `*args`/`**kwargs` handed on whole through `super` under another name (`_super = super`) --


def test_transitions_0_9_machines_spell_out_what_their_super_call_took() -> None:
    found = changes("transitions", "0.8.11", "0.9.0")
    # 0.8.11: `HierarchicalMachine.__init__(self, *args, **kwargs)` -> `_super(HierarchicalMachine, self).__init__(
    # *args, **kwargs)` with `_super = super`; 0.9.0 spells out `Machine.__init__`'s parameters
    assert ("signature_changed", "transitions.extensions.nesting.HierarchicalMachine") not in found
    # 0.9.0's `GraphMachine(..., **kwargs)` hands `auto_transitions_markup` on through `super(GraphMachine,
    # self).__init__(..., **kwargs)` to `MarkupMachine`, which takes it: no rename (hunt21 followed that super call)
    assert ("signature_changed", "transitions.extensions.diagrams.GraphMachine") not in found
    renamed = found["signature_changed", "transitions.extensions.HierarchicalMachine.is_state"]
    assert renamed.detail == "parameter 'state_name' renamed to 'state'"  # the true report of the pair


_BASE = "class Base:\n    def __init__(self, model=None, states=None, **kwargs):\n        self.model = model\n\n\n"
_SUPER = _BASE + "_super = {alias}\n\n\nclass Child(Base):\n{init}"


@pytest.mark.parametrize(("alias", "kept"), [("super", True), ("print", False)])
def test_variadics_handed_to_super_under_another_name(tmp_path: Path, alias: str, kept: bool) -> None:
    old = _SUPER.format(
        alias=alias, init="    def __init__(self, *args, **kwargs):\n        _super(Child, self).__init__(*args, **kwargs)\n"
    )
    new = _SUPER.format(
        alias=alias, init="    def __init__(self, model=None, states=None, **kwargs):\n        Base.__init__(self, model, states)\n"
    )
    found = synthetic(tmp_path, old, new)
    assert ("demo.Child" not in found) is kept  # `_super = print` is no super: what `*args` reached is unknown
