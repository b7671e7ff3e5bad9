"""Helper falses62: false claims earlier stops found and left open."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a method's warning reached only past an early `return` taken under the instance's public settings warns about
# how the object is configured, not about calling the method (jupyterhub 2.0's `check_hub_user`: `if self.allow_all:
# return model`, then "hub_scopes not set, proceeding with pre-2.0 authentication") --

_GATED_OLD = """import warnings


class Handler:
    allow_all = False
    scopes = None
    _warned = False

    def check(self, model):
        return model
"""


def _gated(test: str, exit: str = "return model", message: str = "scopes not set, using the old way") -> str:
    body = f"        if {test}:\n            {exit}\n        warnings.warn({message!r}, DeprecationWarning)\n"
    return _GATED_OLD.replace("        return model\n", body + "        return model\n")


def test_a_warning_past_a_return_on_the_instance_settings_is_no_method_deprecation(tmp_path: Path) -> None:
    old = {"demo/__init__.py": _GATED_OLD}
    for test in ("self.allow_all", "self.allow_all or self.scopes is not None", "not self.scopes"):
        assert ("deprecated", "demo.Handler.check") not in diffed(tmp_path, old, {"demo/__init__.py": _gated(test)})
    # siblings that still deprecate the method: a test of what the call passes, a private warn-once flag, a gate
    # that raises (every call that works warns), a message naming the method
    for new in (
        _gated("model is None"),
        _gated("self._warned"),
        _gated("self.allow_all", exit="raise ValueError(model)"),
        _gated("self.allow_all", message="check is deprecated"),
    ):
        assert ("deprecated", "demo.Handler.check") in diffed(tmp_path, old, {"demo/__init__.py": new})


def test_jupyterhub_2_check_hub_user_is_not_deprecated() -> None:
    found = changes("jupyterhub", "1.5.1", "2.0.0")
    assert ("deprecated", "jupyterhub.singleuser.HubAuthenticatedHandler.check_hub_user") not in found
    assert ("deprecated", "jupyterhub.services.auth.HubAuth.user_for_cookie") in found  # warns on every call


# -- a module putting in its own place an instance of its own class, onto which a loop copies the module's globals,
# serves exactly those globals and the class's members: a setting neither holds is removed (neomodel 6.0 renamed
# `SOFT_INVERSE_CARDINALITY_CHECK`; the module read as serving any name hid it) --

_REPLACED_OLD = {
    "demo/__init__.py": "",
    "demo/config.py": 'DATABASE_URL = "bolt://localhost"\nSOFT_INVERSE_CHECK = False\n\n\ndef get_config():\n'
    "    return None\n",
}
_REPLACED_NEW = """import sys


def get_config():
    return None


class _ConfigModule:
    @property
    def DATABASE_URL(self):
        return "bolt://localhost"

    @property
    def SOFT_CHECK(self):
        return False


_current_module = sys.modules[__name__]
_config_module = _ConfigModule()
sys.modules[__name__] = _config_module
for attr_name in dir(_current_module):
    if not attr_name.startswith("_") and not hasattr(_config_module, attr_name):
        setattr(_config_module, attr_name, getattr(_current_module, attr_name))
"""


def test_a_module_replaced_by_its_own_class_copying_its_globals_serves_only_those(tmp_path: Path) -> None:
    found = diffed(tmp_path, _REPLACED_OLD, {"demo/__init__.py": "", "demo/config.py": _REPLACED_NEW})
    assert ("removed", "demo.config.SOFT_INVERSE_CHECK") in found
    assert ("removed", "demo.config.DATABASE_URL") not in found  # a property of the class
    assert ("removed", "demo.config.get_config") not in found  # a global the loop copies
    # the sibling: with no copying loop, what the object serves beyond its class is unknown: nothing claimed
    uncopied = _REPLACED_NEW.split("for attr_name")[0]
    found = diffed(tmp_path / "uncopied", _REPLACED_OLD, {"demo/__init__.py": "", "demo/config.py": uncopied})
    assert ("removed", "demo.config.SOFT_INVERSE_CHECK") not in found


def test_neomodel_6_0_soft_inverse_cardinality_check_is_gone() -> None:
    assert ("removed", "neomodel.config.SOFT_INVERSE_CARDINALITY_CHECK") in changes("neomodel", "5.5.3", "6.0.0")


# -- a module named as tests whose case derives from a `TestCase` another library gives (humanfriendly's) is test
# code: the base is the framework's evidence, and a case counts as its test methods, not as one definition beside
# the helpers its tests call (coloredlogs 14's `tests.py`: one case of 32 tests, four helpers) --

_CASE_TESTS = '''from helperlib.testing import TestCase


def check_contents(name):
    return name


def main(*arguments):
    return arguments


def cleanup_handlers():
    return None


def mocked_module():
    return None


class LogsTestCase(TestCase):
    def test_one(self):
        assert check_contents("a")

    def test_two(self):
        assert main(1)

    def test_three(self):
        assert cleanup_handlers() is None
'''


def test_a_tests_module_on_a_library_test_case_is_test_code(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "", "demo/tests.py": _CASE_TESTS}
    new = {"demo/__init__.py": "", "demo/tests.py": _CASE_TESTS.replace("def mocked_module", "def _mocked_module")}
    assert diffed(tmp_path, old, new)[("removed", "demo.tests.mocked_module")].private
    # the siblings stay public: a suite class named for what plugins subclass (no case, no test-named class), and a
    # case whose one test is outweighed by the helpers
    for tests in (
        _CASE_TESTS.replace("class LogsTestCase(TestCase)", "class LogsSuite"),
        _CASE_TESTS.split("    def test_two")[0],
    ):
        old = {"demo/__init__.py": "", "demo/tests.py": tests}
        new = {"demo/__init__.py": "", "demo/tests.py": tests.replace("def mocked_module", "def _mocked_module")}
        assert not diffed(tmp_path / str(len(tests)), old, new)[("removed", "demo.tests.mocked_module")].private


def test_coloredlogs_14_tests_module_is_test_code() -> None:
    found = changes("coloredlogs", "12.0", "14.0")
    assert found[("removed", "coloredlogs.tests.mocked_colorama_module")].private
    assert not found[("removed", "coloredlogs.WINDOWS")].private


# -- a unittest case with tests of its own inside a library module is test code, the module not (aptos-sdk 0.9
# renamed the helper `Test.verify_fee_payer` of `transactions.Test(unittest.TestCase)` to `test_verify_fee_payer`) --

_INLINE_CASE = '''import unittest


class Transaction:
    def sign(self, key):
        return key


class Test(unittest.TestCase):
    def test_sign(self):
        self.assertEqual(Transaction().sign(1), 1)

    def verify_fee_payer(self):
        return None
'''


def test_a_unittest_case_inside_a_library_module_is_test_code(tmp_path: Path) -> None:
    new = _INLINE_CASE.replace("def verify_fee_payer", "def test_verify_fee_payer").replace(
        "def sign(self, key)", "def sign(self, private_key)"
    )
    found = diffed(tmp_path, {"demo/__init__.py": _INLINE_CASE}, {"demo/__init__.py": new})
    assert found[("removed", "demo.Test.verify_fee_payer")].private
    assert not found[("signature_changed", "demo.Transaction.sign")].private  # the module stays API
    # the sibling: a class merely on a TestCase base, with no test of its own, is a helper dependents subclass
    helper = _INLINE_CASE.replace("def test_sign", "def check_sign")
    found = diffed(
        tmp_path / "helper",
        {"demo/__init__.py": helper},
        {"demo/__init__.py": helper.replace("def verify_fee_payer", "def _verify")},
    )
    assert not found[("removed", "demo.Test.verify_fee_payer")].private


def test_aptos_sdk_0_9_transactions_test_case_is_test_code() -> None:
    found = changes("aptos-sdk", "0.8.6", "0.9.0")
    assert found[("removed", "aptos_sdk.transactions.Test.verify_fee_payer")].private
    assert not found[("removed", "aptos_sdk.async_client.RestClient.transfer")].private


# -- a module whose name ends in "test" that prints when loaded is a scratch test script: what it star-imports is no
# API of it (spatialmath 1.1's `pluckertest.py`: 13 claims of `spatialmath.base` changes under its path) --

_SCRATCH = "from demo.base import *\n\nline = make_line(1)\nprint(line)\n"


def test_a_scratch_test_script_printing_when_loaded_is_test_code(tmp_path: Path) -> None:
    base_old = '__all__ = ["make_line", "bresenham"]\n\n\ndef make_line(p):\n    return p\n\n\ndef bresenham(p):\n    return p\n'
    base_new = '__all__ = ["make_line"]\n\n\ndef make_line(p):\n    return p\n'
    for name, private in (("pluckertest", True), ("plucker", False)):
        old = {"demo/__init__.py": "", "demo/base.py": base_old, f"demo/{name}.py": _SCRATCH}
        new = {"demo/__init__.py": "", "demo/base.py": base_new, f"demo/{name}.py": _SCRATCH}
        found = diffed(tmp_path / name, old, new)
        assert not found[("removed", "demo.base.bresenham")].private
        assert found[("removed", f"demo.{name}.bresenham")].private is private
    # the sibling: a module so named that only defines things stays API
    quiet = {"demo/__init__.py": "", "demo/base.py": base_old, "demo/pluckertest.py": "from demo.base import *\n"}
    found = diffed(tmp_path / "quiet", quiet, {**quiet, "demo/base.py": base_new})
    assert not found[("removed", "demo.pluckertest.bresenham")].private


def test_spatialmath_1_1_pluckertest_is_test_code() -> None:
    found = changes("spatialmath-python", "1.0.5", "1.1.0")
    lines = [change for (kind, symbol), change in found.items() if symbol.startswith("spatialmath.pluckertest.")]
    assert lines and all(change.private for change in lines)
