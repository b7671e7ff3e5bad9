"""What a pass-through wrapper accepted (stop 17, the lead): `def f(a, **options): return _impl(a, **options)` took
`_impl`'s parameters by keyword only, so a release spelling them out `*, verbose=False` made nothing keyword-only;
`def f(*args): return _impl(*args)` took them by position only, so its `*args` giving way to `f(a, b=1)` removed
nothing, and `_impl`'s keyword-only parameters were no caller's. Each way in reaches only what it can pass.
A functional enum made through its module (`enum.Enum("Color", [...])`) hid the members it lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_apidiff_review import synthetic


def _claims(tmp_path: Path, old: str, new: str) -> dict[str, str]:
    return {symbol: change.detail for symbol, change in synthetic(tmp_path, old, new).items() if not change.private}


def test_keywords_reached_through_kwargs_were_keyword_only_already(tmp_path: Path) -> None:
    old = "def f(a, **options):\n    return _impl(a, **options)\n\ndef _impl(a, verbose=False, color=None): ...\n"
    new = "def f(a, *, verbose=False, color=None): ...\n"
    assert _claims(tmp_path, old, new) == {}


def test_constructor_handing_kwargs_to_its_base_took_keywords_only(tmp_path: Path) -> None:
    base = "class Base:\n    def __init__(self, name, debug=False): ...\n\n"
    old = base + "class Child(Base):\n    def __init__(self, **kwargs):\n        super().__init__(**kwargs)\n"
    new = base + "class Child(Base):\n    def __init__(self, *, name, debug=False):\n        super().__init__(name, debug)\n"
    assert _claims(tmp_path, old, new) == {}


def test_arguments_reached_through_args_were_positional_only(tmp_path: Path) -> None:
    old = "def f(*args):\n    return _impl(*args)\n\ndef _impl(a, b=1, *, c=2): ...\n"
    new = "def f(a, b=1): ...\n"
    assert _claims(tmp_path, old, new) == {}  # `f(1, 2)` binds; `c` was never reachable, `*args` took no third


def test_a_keyword_the_kwargs_reached_and_the_new_release_dropped_is_still_removed(tmp_path: Path) -> None:
    old = "def f(a, **options):\n    return _impl(a, **options)\n\ndef _impl(a, verbose=False, color=None): ...\n"
    new = "def f(a, *, verbose=False): ...\n"
    assert "'color' removed" in _claims(tmp_path, old, new)["demo.f"]


def test_a_positional_parameter_now_reached_through_kwargs_only_is_keyword_only(tmp_path: Path) -> None:
    old = "def f(a, verbose=False): ...\n"
    new = "def f(a, **kw):\n    return _impl(a, **kw)\n\ndef _impl(a, verbose=False): ...\n"
    assert "'verbose' is now keyword-only" in _claims(tmp_path, old, new)["demo.f"]


def test_an_argument_reached_through_args_only_and_now_keyword_only_is_claimed(tmp_path: Path) -> None:
    old = "def f(*args):\n    return _impl(*args)\n\ndef _impl(a, b=1): ...\n"
    new = "def f(a, *, b=1): ...\n"
    assert "'b' is now keyword-only" in _claims(tmp_path, old, new)["demo.f"]  # `f(1, 2)` fails now


@pytest.mark.parametrize(
    ("header", "factory"),
    [("import enum", "enum.Enum"), ("import enum as e", "e.IntEnum"), ("from enum import Enum", "Enum")],
)
@pytest.mark.parametrize("members", ['["RED", "GREEN"{more}]', '"RED GREEN{more}"', '{{"RED": 1, "GREEN": 2{more}}}'])
def test_a_functional_enum_losing_a_member_through_its_module_is_claimed(
    tmp_path: Path, header: str, factory: str, members: str
) -> None:
    """`enum.Enum("Color", [...])` after `import enum`: its base was kept as the bare `Enum`, bound nowhere in the
    module, and a class of unknown base makes no removal claim; the factory as spelled resolves."""
    more = {'["RED", "GREEN"{more}]': ', "BLUE"', '"RED GREEN{more}"': " BLUE"}.get(members, ', "BLUE": 3')
    old = f'{header}\nColor = {factory}("Color", {members.format(more=more)})\n'
    new = f'{header}\nColor = {factory}("Color", {members.format(more="")})\n'
    found = synthetic(tmp_path, old, new)
    assert found["demo.Color.BLUE"].breakage == "enum_member_removed"
    assert set(found) == {"demo.Color.BLUE"}
