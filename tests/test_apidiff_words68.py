"""Misworded claims seen on real releases: a required positional parameter renamed in its slot, and a warning
under an `or` of a parameter and its old spelling read from `**kwargs`."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a required positional parameter renamed in its slot (wrapt 2.0's `wrap_function_wrapper(target, name, wrapper)`,
# 1.17's `(module, name, wrapper)`): every call passes it, a positional one still reaches it, a keyword one of the
# old name leaves it unfilled: renamed, not removed --


def _signature(found: dict, symbol: str):  # type: ignore[no-untyped-def]
    return found[("signature_changed", symbol)].signature


def test_a_required_parameter_renamed_in_its_slot_is_renamed(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "def wrap(module, name, wrapper=None, **kwargs):\n    return module, name\n"}
    new = {"demo/__init__.py": "def wrap(target, name, wrapper=None, **kwargs):\n    return target.x, name\n"}
    delta = _signature(diffed(tmp_path, old, new), "demo.wrap")
    assert delta.renamed == (("module", "target"),)
    assert delta.removed == () and delta.moved == () and delta.absorbed_by_kwargs == ()


def test_an_optional_parameter_in_the_slot_of_another_is_still_removed(tmp_path: Path) -> None:
    # click 8.2's `CliRunner(..., catch_exceptions=True)` in the slot of `mix_stderr=True`: another option
    old = {"demo/__init__.py": "def run(cmd, mix_stderr=True):\n    return cmd, mix_stderr\n"}
    new = {"demo/__init__.py": "def run(cmd, catch_exceptions=True):\n    return catch_exceptions or cmd\n"}
    delta = _signature(diffed(tmp_path, old, new), "demo.run")
    assert delta.removed == ("mix_stderr",) and delta.renamed == ()


def test_a_required_parameter_taking_an_optional_one_s_slot_is_no_rename(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "def run(cmd, verbose=False):\n    return cmd, verbose\n"}
    new = {"demo/__init__.py": "def run(cmd, timeout):\n    return cmd, timeout\n"}
    delta = _signature(diffed(tmp_path, old, new), "demo.run")
    assert delta.renamed == () and delta.removed == ("verbose",) and delta.new_required == ("timeout",)


def test_required_parameters_renamed_in_their_slots_on_real_releases() -> None:
    wrapt = changes("wrapt", "1.17.3", "2.0.0")
    for symbol in ("wrapt.patches.wrap_function_wrapper", "wrapt.patches.patch_function_wrapper",
                   "wrapt.patches.resolve_path", "wrapt.patches.wrap_object"):
        change = wrapt[("signature_changed", symbol)]
        assert change.signature is not None and change.signature.renamed == (("module", "target"),), symbol
        assert change.signature.removed == () and change.breakage == "param_renamed", symbol
    cookiecutter = changes("cookiecutter", "2.1.1", "2.2.0")
    change = cookiecutter[("signature_changed", "cookiecutter.prompt.read_user_yes_no")]
    assert change.detail == "parameter 'question' renamed to 'var_name'"
    docx = changes("python-docx", "0.8.11", "1.2.0")
    assert docx[("signature_changed", "docx.text.font.Font")].detail == "parameter 'element' renamed to 'r'"
    style = docx[("signature_changed", "docx.styles.style.BaseStyle")].signature
    assert style is not None and style.removed == ("parent",) and style.renamed == (("element", "style_elm"),)


# -- a warning under an `or` of a parameter and its old spelling read from `**kwargs` (tortoise-orm 0.21's
# `TextField(primary_key=None, ..., **kwargs)` warning `if primary_key or kwargs.get("pk"):`): the old spelling's,
# not the current parameter's --

_WARNS = "        warnings.warn('a text key is deprecated', DeprecationWarning)\n"


def test_a_warning_under_a_parameter_or_its_old_spelling_is_the_old_spelling_s(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "def field(unique=False, **kwargs):\n    return unique\n"}
    new = {"demo/__init__.py": "import warnings\n\n\ndef field(primary_key=None, unique=False, **kwargs):\n"
           "    if primary_key or kwargs.get('pk'):\n" + _WARNS + "    return unique\n"}
    change = diffed(tmp_path, old, new)[("deprecated", "demo.field")]
    assert change.signature is not None and change.signature.deprecated_parameters == ("pk",)


def test_a_warning_under_an_or_of_two_parameters_is_still_both_s(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "def field(a=None, b=None):\n    return a\n"}
    new = {"demo/__init__.py": "import warnings\n\n\ndef field(a=None, b=None):\n"
           "    if a or b:\n" + _WARNS + "    return a\n"}
    change = diffed(tmp_path, old, new)[("deprecated", "demo.field")]
    assert change.signature is not None and change.signature.deprecated_parameters == ("a", "b")


def test_tortoise_orm_0_21_does_not_deprecate_text_field_primary_key() -> None:
    found = changes("tortoise-orm", "0.20.1", "0.21.0")
    for symbol in ("tortoise.fields.TextField", "tortoise.fields.data.TextField"):
        assert ("deprecated", symbol) not in found, symbol


# -- a lost `**kwargs` the old callable handed to a callee found in the release, whose own `*args`/`**kwargs` took
# them (altair 5.5's schema classes: `__init__(self, *args, **kwds): super().__init__(*args, **kwds)`, reaching
# `SchemaBase.__init__(self, *args, **kwds)`): the detail names that callee; what its `**kwds` accepts is not read,
# so the claim stays hedged --

_BASE = "class Base:\n    def __init__(self, *args, **kwds):\n        self._args = args\n        self._kwds = kwds\n\n\n"


def test_a_lost_kwargs_handed_to_a_base_s_own_kwargs_names_the_base(tmp_path: Path) -> None:
    old = {"demo/__init__.py": _BASE + "class Unit(Base):\n    def __init__(self, *args, **kwds):\n"
           "        super().__init__(*args, **kwds)\n"}
    new = {"demo/__init__.py": _BASE + "class Unit(Base):\n    def __init__(self, *args):\n"
           "        super().__init__(*args)\n"}
    change = diffed(tmp_path, old, new)[("signature_changed", "demo.Unit")]
    assert change.signature is not None and change.signature.variadics_taken_by == "demo.Base.__init__"
    assert change.detail == (
        "parameter '**kwds' removed; '**kwds' were handed on to demo.Base.__init__, whose own *args/**kwargs took "
        "them: what those accept is not read: lower confidence"
    )


def test_a_lost_kwargs_handed_to_a_callee_that_hands_them_on_again_names_none(tmp_path: Path) -> None:
    # a trampoline `_call(func, *a, **kw)` calling `func(*a, **kw)`: no callable is known to take them
    old = ("def _call(func, *a, **kw):\n    return func(*a, **kw)\n\n\ndef _f(a, b=1):\n    return a\n\n\n"
           "def f(*args, **kwargs):\n    return _call(_f, *args, **kwargs)\n")
    change = diffed(tmp_path, {"demo/__init__.py": old}, {"demo/__init__.py": "def f(a, b=1):\n    return a\n"})[
        ("signature_changed", "demo.f")
    ]
    assert change.signature is not None and change.signature.variadics_taken_by == ""
    assert change.detail.endswith("were handed on to could not be followed: lower confidence")


def test_altair_6_schema_classes_name_where_their_kwds_went() -> None:
    found = changes("altair", "5.5.0", "6.3.0")
    for symbol in ("altair.vegalite.schema.BinnedTimeUnit", "altair.vegalite.schema.ParseValue"):
        change = found[("signature_changed", symbol)]
        assert change.signature is not None, symbol
        assert change.signature.variadics_taken_by == "altair.utils.schemapi.SchemaBase.__init__", symbol
        assert change.signature.kwargs_unverified == ("**kwds",), symbol  # its body validates them: still hedged
        assert change.detail.endswith("what those accept is not read: lower confidence"), symbol
