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


# -- a dataclass decorator spreading a mapping of options imported from another module (xrpl-py 4.5's
# `@dataclass(frozen=True, **KW_ONLY_DATACLASS)`, `kw_only=True` set in `xrpl.models.utils`): its fields were read as
# positional, and 5.0's literal `kw_only=True` claimed to make them keyword-only --

_OPTIONS = "import sys\n\nKW_ONLY = (\n    dict(kw_only=True) if sys.version_info >= (3, 10) else {}\n)\n"
_REQUEST = '''from dataclasses import dataclass

{imports}


@dataclass(frozen=True, {options})
class Lookup:
    ledger_hash: str = ""
    ledger_index: int = 0
'''


def _lookup(imports: str, options: str) -> dict[str, str]:
    request = _REQUEST.format(imports=imports, options=options)
    return {"demo/__init__.py": "", "demo/utils.py": _OPTIONS, "demo/request.py": request}


def test_a_dataclass_spreading_options_another_module_sets_has_unknown_fields(tmp_path: Path) -> None:
    new = _lookup("", "kw_only=True")
    imported = diffed(tmp_path, _lookup("from demo.utils import KW_ONLY", "**KW_ONLY"), new)
    assert ("signature_changed", "demo.request.Lookup") not in imported
    # the same mapping set in the module itself, under a condition in parentheses, is read: fields keyword-only
    local = diffed(tmp_path / "local", _lookup(_OPTIONS, "**KW_ONLY"), new)
    assert ("signature_changed", "demo.request.Lookup") not in local
    # the sibling: a mapping the module sets without `kw_only` leaves them positional, so 2.0 makes them keyword-only
    plain = diffed(tmp_path / "plain", _lookup('OPTIONS = {"eq": True}', "**OPTIONS"), new)
    assert "keyword" in plain[("signature_changed", "demo.request.Lookup")].detail


def test_xrpl_py_5_0_lookup_by_ledger_request_was_keyword_only_already() -> None:
    found = changes("xrpl-py", "4.5.0", "5.0.0")
    assert ("signature_changed", "xrpl.models.requests.request.LookupByLedgerRequest") not in found
    assert ("removed", "xrpl.models.utils.require_kwargs_on_init") in found  # really gone


# -- a test package named in CamelCase (`Crypto/SelfTest/`) whose unittest cases run `runTest`, unittest's default
# method: pycryptodome 4.0 moving them to pytest was claimed as 102 public removals --

_SELFTEST = '''import unittest

from demo.hashes import digest


class TestOutput(unittest.TestCase):
    def runTest(self):
        assert digest()


class KeyLength(unittest.TestCase):
    def runTest(self):
        assert digest()


def get_tests(config={}):
    return [TestOutput(), KeyLength()]
'''


def test_a_camel_case_test_package_of_run_test_cases_is_test_code(tmp_path: Path) -> None:
    base = {"demo/__init__.py": "", "demo/hashes.py": "def digest():\n    return 1\n", "demo/SelfTest/__init__.py": ""}
    old = {**base, "demo/SelfTest/test_hash.py": _SELFTEST}
    new = {**base, "demo/SelfTest/test_hash.py": _SELFTEST.replace("class KeyLength", "class Length")}
    change = diffed(tmp_path, old, new)[("removed", "demo.SelfTest.test_hash.KeyLength")]
    assert change.private and "test code the release shipped" in change.detail
    # the sibling: `runTest` classes on no `TestCase` base, not named as tests, are no tests: the module stays public
    helpers = _SELFTEST.replace("(unittest.TestCase)", "").replace("TestOutput", "Output")
    helpers_old = {**base, "demo/SelfTest/test_hash.py": helpers}
    gone = helpers_old["demo/SelfTest/test_hash.py"].replace("class KeyLength", "class Length")
    helpers_new = {**base, "demo/SelfTest/test_hash.py": gone}
    assert not diffed(tmp_path / "plain", helpers_old, helpers_new)[
        ("removed", "demo.SelfTest.test_hash.KeyLength")
    ].private


# -- a `**kwargs` key read with no fallback inside a `try` whose handlers only raise (pycryptodome 3's
# `ChaCha20.new`), or after an `if kwargs: raise ValueError("..." + str(kwargs))` that names the leftovers: the option
# was required already, yet 4.0's `key` parameter was claimed to have lost its default --

_OPTIONS_OLD = '''def new(**kwargs):
    try:
        key = kwargs.pop("key")
    except KeyError as e:
        raise TypeError("Missing parameter %s" % e)
    if kwargs:
        raise TypeError("Unknown parameters: " + str(kwargs))
    return key


def prime(**kwargs):
    bits = kwargs.pop("bits", None)
    if kwargs:
        raise ValueError("Unknown parameters: " + str(kwargs))
    if bits is None:
        raise ValueError("Missing bits")
    return bits


def loose(**kwargs):
    key = kwargs.pop("key", None)
    return key
'''
_OPTIONS_NEW = '''def new(*, key):
    return key


def prime(*, bits):
    return bits


def loose(*, key):
    return key
'''


def test_options_required_by_a_raising_try_or_after_a_raising_check_keep_no_default(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _OPTIONS_OLD}, {"demo/__init__.py": _OPTIONS_NEW})
    assert ("signature_changed", "demo.new") not in found
    assert ("signature_changed", "demo.prime") not in found
    # the sibling: an option the old body read with a fallback and never refused lost its default
    assert "lost its default" in found[("signature_changed", "demo.loose")].detail


def test_pycryptodome_4_0_selftest_is_test_code_and_chacha20_key_was_required() -> None:
    found = changes("pycryptodome", "3.24.1", "4.0.0")
    for key in (
        ("removed", "Crypto.SelfTest.Cipher.test_AES.TestOutput.runTest"),
        ("removed", "Crypto.SelfTest.Cipher.common.CipherSelfTest"),
    ):
        assert found[key].private and "test code the release shipped" in found[key].detail
    for symbol in ("Crypto.Cipher.ChaCha20.new", "Crypto.Math.Primality.generate_probable_prime"):
        assert ("signature_changed", symbol) not in found
    # the siblings: the library's own removals stay public
    assert not found[("removed", "Crypto.Util.number.long2str")].private


# -- `sys.version_info <= (3,)` compares the whole 5-tuple, longer than the bound: false on every Python 3
# (asn1crypto 0.24 binds its Python 2 `utc` and `timezone` under it), yet it was read as true --

_SHIMS = '''import sys

if sys.version_info <= (3,):
    class utc(object):
        pass

    class timezone(object):
        pass
else:
    from datetime import timezone
'''


def test_a_version_test_against_a_shorter_tuple_compares_the_whole_version(tmp_path: Path) -> None:
    new = "from datetime import timezone\n"
    found = diffed(tmp_path, {"demo/__init__.py": _SHIMS}, {"demo/__init__.py": new})
    assert ("removed", "demo.utc") not in found
    # the sibling: `> (3,)` is true on every Python 3, so what it binds there is removed when dropped
    py3 = _SHIMS.replace("<= (3,)", "> (3,)")
    assert ("removed", "demo.utc") in diffed(tmp_path / "py3", {"demo/__init__.py": py3}, {"demo/__init__.py": new})


def test_asn1crypto_1_0_python_2_shims_are_no_removals() -> None:
    found = changes("asn1crypto", "0.24.0", "1.0.0")
    assert ("removed", "asn1crypto.util.utc") not in found
    assert ("signature_changed", "asn1crypto.util.timezone") not in found
    assert ("removed", "asn1crypto.util.extended_datetime.tzname") in found  # 1.0's own change


# -- `async def __await__` never worked (`await obj`: "__await__() returned a coroutine"): multicall 0.8 making it a
# plain method returning `self.coroutine().__await__()` was claimed "no longer a coroutine function" --

_AWAITED = '''class Call:
    async def coroutine(self):
        return 1

    async def __await__(self) -> dict:
        return await self.coroutine()

    async def fetch(self):
        return await self.coroutine()
'''
_PLAIN = '''class Call:
    async def coroutine(self):
        return 1

    def __await__(self) -> dict:
        return self.coroutine().__await__()

    def fetch(self):
        return 1
'''


def test_a_protocol_method_python_never_awaits_made_plain_is_no_break(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _AWAITED}, {"demo/__init__.py": _PLAIN})
    assert ("signature_changed", "demo.Call.__await__") not in found
    # the sibling: an ordinary method made plain still breaks `await call.fetch()`
    assert "no longer a coroutine function" in found[("signature_changed", "demo.Call.fetch")].detail


def test_multicall_0_8_plain_await_is_no_break() -> None:
    found = changes("multicall", "0.7.2", "0.8.0")
    assert ("signature_changed", "multicall.Call.__await__") not in found
    assert ("signature_changed", "multicall.Multicall.__await__") not in found
