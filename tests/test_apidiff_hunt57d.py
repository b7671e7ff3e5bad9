"""hunt57d: false classes found sweeping mathematics, optimisation, graphs and probabilistic programming."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_core import surface
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a method inherited past a base bound one way or another (`if backend == "sage": from sage... import Context as
# Base` / `else: from .py import PyContext as Base`) was read from the class after it: that base may define it, and
# then its own is what instances get (mpmath 1.3's `MPContext.fdot`, `PythonMPContext`'s `(A, B)`, was claimed to drop
# `StandardBaseContext.fdot`'s `xs` and `ys`) --

_UNKNOWN_BASE_OLD = {
    "demo/__init__.py": "from demo.ctx import Context\n",
    "demo/base.py": "class Standard:\n    def fdot(self, xs, ys=None):\n        return xs\n\n    def fsum(self, args):\n        return args\n",
    "demo/py.py": "class PyContext:\n    def fdot(self, A, B=None):\n        return A\n",
    "demo/ctx.py": "import os\nfrom demo.base import Standard\n"
    "if os.environ.get('BACKEND') == 'sage':\n    from sage.ext import Context as Base\n"
    "else:\n    from demo.py import PyContext as Base\n\n\n"
    "class Context(Base, Standard):\n    pass\n\n\nclass Plain(Standard):\n    pass\n",
}
_UNKNOWN_BASE_NEW = {
    **_UNKNOWN_BASE_OLD,
    "demo/base.py": "class Standard:\n    def fdot(self, xs, ys=None):\n        return xs\n\n    def fsum(self, terms):\n        return terms\n",
    "demo/ctx.py": "from demo.base import Standard\nfrom demo.py import PyContext as Base\n\n\n"
    "class Context(Base, Standard):\n    pass\n\n\nclass Plain(Standard):\n    pass\n",
}


def test_a_method_inherited_past_a_base_of_unknown_members_has_unknown_parameters(tmp_path: Path) -> None:
    old = surface(tmp_path / "old", _UNKNOWN_BASE_OLD, "1.0")
    assert old.symbols["demo.Context.fdot"].params is None
    assert old.symbols["demo.ctx.Plain.fdot"].params is not None  # no unknown ancestor before `Standard`
    found = diffed(tmp_path, _UNKNOWN_BASE_OLD, _UNKNOWN_BASE_NEW)
    assert ("signature_changed", "demo.Context.fdot") not in found
    assert ("signature_changed", "demo.Context.fsum") not in found
    # the sibling: the class reading `Standard.fsum` with nothing before it still sees `args` respelled
    assert found[("signature_changed", "demo.base.Standard.fsum")].aliases == ("demo.ctx.Plain.fsum",)


def test_mpmath_1_4_fdot_of_mpcontext_read_past_its_backend_base_is_not_claimed() -> None:
    found = changes("mpmath", "1.3.0", "1.4.0")
    assert ("signature_changed", "mpmath.MPContext.fdot") not in found
    assert ("signature_changed", "mpmath.MPContext.fsum") not in found
    assert ("signature_changed", "mpmath.libmp.mpf_besseljn") in found  # `rounding` respelled `rnd`: true


# -- a class whose constructor only raises NotImplementedError (a base for subclasses that define their own) built no
# instance: its parameters were claimed removed when the release dropped it (mpmath 1.4's `mpnumeric`, whose 1.3
# `__new__(cls, val)` only raised) --

_STUB_OLD = {
    "demo/__init__.py": "class Number:\n    def __new__(cls, val):\n        raise NotImplementedError\n\n\n"
    "class Real(Number):\n    def __new__(cls, val):\n        return object.__new__(cls)\n"
}
_STUB_NEW = {
    "demo/__init__.py": "class Number:\n    pass\n\n\n"
    "class Real(Number):\n    def __new__(cls, value):\n        return object.__new__(cls)\n"
}


def test_a_class_whose_constructor_only_raised_not_implemented_has_no_signature_claim(tmp_path: Path) -> None:
    assert surface(tmp_path / "old", _STUB_OLD, "1.0").symbols["demo.Number"].stub
    found = diffed(tmp_path, _STUB_OLD, _STUB_NEW)
    assert ("signature_changed", "demo.Number") not in found
    assert found[("signature_changed", "demo.Real")].signature.renamed == (("val", "value"),)  # the subclass's own


def test_mpmath_1_4_mpnumeric_whose_new_only_raised_is_not_claimed() -> None:
    found = changes("mpmath", "1.3.0", "1.4.0")
    assert ("signature_changed", "mpmath.ctx_mp_python.mpnumeric") not in found


# -- a folder named for tests whose `__init__.py` holds a license comment and a docstring only is as much a folder of
# tests as one whose `__init__.py` is empty (botorch 0.11's wheel ships `test_community/`, its `__init__.py` saying
# "Unit tests for BoTorch community contributions.": its test classes were claimed removed) --

_TESTS_INIT = '# Copyright (c) the authors.\n\n"""\nUnit tests for the community contributions.\n"""\n'
_TESTS_OLD = {
    "demo/__init__.py": "def run():\n    return 1\n",
    "test_extra/__init__.py": _TESTS_INIT,
    "test_extra/acquisition/__init__.py": "",
    "test_extra/acquisition/test_active.py": "class TestActive:\n    def test_it(self):\n        pass\n\n\n"
    "def get_model():\n    return None\n",
}
_TESTS_NEW = {"demo/__init__.py": "def run():\n    return 1\n", "test_extra/__init__.py": _TESTS_INIT}


def test_a_tests_folder_whose_init_holds_only_comments_and_a_docstring_is_no_package(tmp_path: Path) -> None:
    found = diffed(tmp_path, _TESTS_OLD, _TESTS_NEW)
    assert not [key for key in found if key[1].startswith("test_extra")]
    # the sibling: an `__init__.py` that binds a name makes the folder a package, read as such
    bound = {**_TESTS_OLD, "test_extra/__init__.py": _TESTS_INIT + "HELPER = 1\n"}
    still = {**_TESTS_NEW, "test_extra/__init__.py": bound["test_extra/__init__.py"]}
    assert ("removed", "test_extra.acquisition") in diffed(tmp_path / "bound", bound, still)


def test_botorch_0_12_test_community_folder_is_no_package() -> None:
    found = changes("botorch", "0.11.3", "0.12.0")
    assert not [key for key in found if key[1].startswith("test_community")]
    assert ("removed", "botorch.models.FixedNoiseGP") in found  # deprecated since 0.9.3, gone in 0.12: true
