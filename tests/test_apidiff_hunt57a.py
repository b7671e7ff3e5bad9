"""Hunt 57a: classes found sweeping blockchain, cryptocurrency SDKs and cryptographic primitives."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a test file shipped in the package whose unittest classes are named for what they test (ecdsa 0.14's
# `test_pyecdsa.ECDSA(unittest.TestCase)`, `OpenSSL`, `DER`): its module-level `BENCH` was claimed removed API --

_TESTS = '''import unittest

import pytest

from demo.keys import sign

BENCH = False


class Helper:
    pass


def run_tool(cmd):
    return cmd


class Signing(unittest.TestCase):
    def test_sign(self):
        assert sign()


class Curves(unittest.TestCase):
    def test_curve(self):
        assert sign()
'''


def test_unittest_classes_named_for_their_subject_make_a_test_module(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "", "demo/keys.py": "def sign():\n    return 1\n", "demo/test_all.py": _TESTS}
    new = {**old, "demo/test_all.py": _TESTS.replace("BENCH = False\n", "")}
    change = diffed(tmp_path, old, new)[("removed", "demo.test_all.BENCH")]
    assert change.private and "test code the release shipped" in change.detail
    # the sibling: classes on a `TestCase` base with no test methods of their own are helpers, the module public API
    helpers = _TESTS.replace("def test_sign", "def sign").replace("def test_curve", "def curve")
    gone = helpers.replace("BENCH = False\n", "")
    change = diffed(tmp_path / "helpers", {**old, "demo/test_all.py": helpers}, {**old, "demo/test_all.py": gone})[
        ("removed", "demo.test_all.BENCH")
    ]
    assert not change.private


def test_ecdsa_0_15_test_pyecdsa_is_test_code() -> None:
    found = changes("ecdsa", "0.14.1", "0.15")
    for key in (
        ("removed", "ecdsa.test_pyecdsa.BENCH"),
        ("signature_changed", "ecdsa.test_pyecdsa.OpenSSL.get_openssl_messagedigest_arg"),
    ):
        assert found[key].private and "test code the release shipped" in found[key].detail
    # the sibling: the library's own override claims stay public
    assert not found[("signature_changed", "ecdsa.keys.SigningKey.sign_digest")].private
