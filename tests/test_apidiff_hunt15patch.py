"""False claims found on patch and minor releases of the Flask ecosystem and popular PyPI libraries (the most frequent
releases, where a breaking claim is usually false): each class on its pinned real example and a synthetic sibling."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen3 import diffed

# -- a hook is still called when the method calling it hands on to `super()` or goes through a private helper --


def _dropped_hooks(found: dict[tuple[str, str], object]) -> set[str]:
    return {symbol for (kind, symbol), c in found.items() if "no longer calls it" in (getattr(c, "detail", "") or "")}


def test_alembic_1_18_5_mysql_compare_type_still_reaches_the_column_hooks_through_super() -> None:
    # 1.18.5's `MySQLImpl.compare_type` handles native ENUMs, then `return super().compare_type(...)`: the default
    # comparison still calls `self._tokenize_column_type`, `_column_types_match` and `_column_args_match`
    assert not _dropped_hooks(changes("alembic", "1.18.4", "1.18.5"))


def test_flask_mail_0_9_1_as_string_still_reaches_mimetext_through_a_private_helper() -> None:
    # 0.9.1's `as_string` returns `self._message().as_string()`, and `_message` calls `self._mimetext(...)`
    assert not _dropped_hooks(changes("flask-mail", "0.9.0", "0.9.1"))


_HOOKED = (
    "class Base:\n    def compare(self, a, b):\n        return self._tokens(a) == self._tokens(b)\n\n"
    "    def _tokens(self, x):\n        return x\n\n"
)


def test_a_hook_reached_through_super_or_a_private_helper_is_still_called(tmp_path: Path) -> None:
    old = _HOOKED + "class Impl(Base):\n    pass\n"
    through_super = _HOOKED + (
        "class Impl(Base):\n    def compare(self, a, b):\n        if a is None:\n            return False\n"
        "        return super(Impl, self).compare(a, b)\n"
    )
    through_helper = _HOOKED + (
        "class Impl(Base):\n    def compare(self, a, b):\n        return self._check(a, b)\n\n"
        "    def _check(self, a, b):\n        return self._tokens(a) is self._tokens(b)\n"
    )
    for new in (through_super, through_helper):
        assert not _dropped_hooks(diffed(tmp_path, old, new))
    # an override that neither hands on nor calls the hook drops it: overriding `_tokens` does nothing any more
    dropped = through_helper.replace("return self._tokens(a) is self._tokens(b)", "return a is b")
    assert _dropped_hooks(diffed(tmp_path, old, dropped)) == {"demo.Impl._tokens"}
    unrelated = through_super.replace("super(Impl, self).compare(a, b)", "super().__eq__(a)")
    assert _dropped_hooks(diffed(tmp_path, old, unrelated)) == {"demo.Impl._tokens"}


# -- a warning for some values of a parameter, or for passing it with another, deprecates no parameter --


def test_urllib3_2_8_deprecates_an_empty_allowed_methods_and_a_combination_not_the_parameters() -> None:
    found = changes("urllib3", "2.7.0", "2.8.0")
    # `if not allowed_methods and isinstance(allowed_methods, Collection): warn(...)`: an empty collection only;
    # `if use_forwarding_for_https and proxy.scheme == "https" and connection_pool_kw.get("ssl_context") is not None`:
    # ssl_context passed beside it only
    for symbol in ("urllib3.Retry", "urllib3.util.retry.Retry", "urllib3.ProxyManager"):
        assert ("deprecated", symbol) not in found


_WARN = "        warnings.warn('x', DeprecationWarning)\n    return methods\n"
_HEAD = "import warnings\n\ndef retry(methods=('GET',), forward=False, **kw):\n"


def test_a_value_or_a_combination_warned_about_deprecates_no_parameter(tmp_path: Path) -> None:
    plain = _HEAD + "    return methods\n"
    for test in ("not methods and isinstance(methods, list)", "forward and kw.get('ctx') is not None",
                 "forward and methods is not None"):
        assert ("deprecated", "demo.retry") not in diffed(tmp_path, plain, _HEAD + f"    if {test}:\n" + _WARN)
    # passing it is what warns, alone or beside a test of the same parameter or of a value: deprecated
    for test in ("forward", "forward and forward is not None", "forward or kw.get('ctx') is not None",
                 "forward and len(methods) > 1"):
        found = diffed(tmp_path, plain, _HEAD + f"    if {test}:\n" + _WARN)
        delta = found["deprecated", "demo.retry"].signature
        assert delta is not None and "forward" in delta.deprecated_parameters, test
    # under an `or` the option alone warns too
    found = diffed(tmp_path, plain, _HEAD + "    if forward or kw.get('ctx') is not None:\n" + _WARN)
    assert found["deprecated", "demo.retry"].detail == "deprecated parameters 'ctx', 'forward'"


# -- an environment variable the release stopped reading itself, still read by the standard library it now uses --


def _env_claims(found: dict[tuple[str, str], object]) -> set[str]:
    return {symbol for kind, symbol in found if kind == "env_var_removed"}


def test_httpx_0_28_still_logs_tls_keys_through_create_default_context() -> None:
    # 0.28 dropped its own `os.environ.get("SSLKEYLOGFILE")`; `ssl.create_default_context()` reads it since Python 3.8
    assert "env:SSLKEYLOGFILE" not in _env_claims(changes("httpx", "0.27.2", "0.28.0"))


def test_dateutil_4_still_honours_pythontzpath_through_zoneinfo() -> None:
    # 4.0's `dateutil.tz._tzpath` is `import zoneinfo` and its TZPATH: zoneinfo reads PYTHONTZPATH on import
    assert "env:PYTHONTZPATH" not in _env_claims(changes("python-dateutil", "3.0.0", "4.0.0"))


def test_env_vars_the_standard_library_reads_for_the_new_release(tmp_path: Path) -> None:
    old = ("import os\n\ndef setup():\n    return (os.environ.get('SSLKEYLOGFILE'), os.environ.get('PYTHONTZPATH'),\n"
           "            os.environ.get('SSL_CERT_FILE'))\n")
    new = "import ssl\nimport zoneinfo\n\ndef setup():\n    return ssl.create_default_context(), zoneinfo.TZPATH, None\n"
    assert _env_claims(diffed(tmp_path, old, new)) == {"env:SSL_CERT_FILE"}  # given a cafile or not, unknown: kept
    bare = "import ssl\n\ndef setup():\n    return ssl.SSLContext(), None, None\n"
    assert _env_claims(diffed(tmp_path, old, bare)) == {"env:SSLKEYLOGFILE", "env:PYTHONTZPATH", "env:SSL_CERT_FILE"}
    verified = bare.replace("ssl.SSLContext()", "ssl.SSLContext().load_default_certs()")
    assert "env:SSL_CERT_FILE" not in _env_claims(diffed(tmp_path, old, verified))


# -- a keyword the release added to several unrelated methods of one name is no evidence of whose method a call is --


def _new_arguments(found: dict[tuple[str, str], object]) -> set[str]:
    return {symbol for (kind, symbol), c in found.items() if "now calls it with" in (getattr(c, "detail", "") or "")}


def test_alembic_1_18_4_add_column_keyword_reaches_the_impl_not_the_operation() -> None:
    # `operations.impl.add_column(..., inline_primary_key=...)`: 1.18.4 added the keyword to `DefaultImpl.add_column`
    # and to the unrelated `AddColumnOp.add_column` classmethod; the receiver names the impl
    assert _new_arguments(changes("alembic", "1.18.3", "1.18.4")) == {"alembic.ddl.DefaultImpl.add_column"}


def test_urllib3_2_6_max_length_is_one_decoder_family_s() -> None:
    # `self._decoder.decompress(data, max_length=...)`: added to `ContentDecoder.decompress` and its overrides
    assert {"urllib3.response.ContentDecoder.decompress", "urllib3.response.GzipDecoder.decompress"} <= _new_arguments(
        changes("urllib3", "2.5.0", "2.6.0"))


_TWO = ("class Store:\n    def save(self, item):\n        pass\n\n"
        "class SaveOp:\n    def save(self, item):\n        pass\n\n"
        "def run(ctx, item):\n    ctx.{receiver}.save(item, fast=True)\n")


def test_a_keyword_added_to_two_unrelated_methods_names_neither(tmp_path: Path) -> None:
    old = _TWO.format(receiver="store").replace("ctx.store.save(item, fast=True)", "ctx.store.save(item)")
    both = _TWO.replace("(self, item):", "(self, item, fast=False):")
    assert not _new_arguments(diffed(tmp_path, old, both.format(receiver="target")))
    assert _new_arguments(diffed(tmp_path, old, both.format(receiver="store"))) == {"demo.Store.save"}
    one = _TWO.replace("class Store:\n    def save(self, item):", "class Store:\n    def save(self, item, fast=False):")
    assert _new_arguments(diffed(tmp_path, old, one.format(receiver="target"))) == {"demo.Store.save"}
