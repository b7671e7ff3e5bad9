"""Deprecation markers beyond `warnings.warn(message, DeprecationWarning)`: a warning instance handed to `warn`
(dash 2.18's `run_server`), and `@deprecated` under any qualified name, its message after the version it names."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.apidiff.release import surface_of
from tests.artifacts import unpacked_release
from tests.test_apidiff_unseen3 import diffed


def test_dash_2_18_deprecates_run_server_with_a_warning_instance() -> None:
    old = surface_of(unpacked_release("dash", "2.18.2"), "dash", "2.18.2")
    # `warnings.warn(DeprecationWarning("Dash.run_server is deprecated and will be removed in Dash 3.0"))`
    assert "Dash.run_server is deprecated" in (old.symbols["dash.Dash.run_server"].deprecated or "")


def test_warn_given_a_warning_instance_takes_its_class_as_category(tmp_path: Path) -> None:
    old = "def connect():\n    pass\n\ndef close():\n    pass\n"
    new = ("import warnings\n\ndef connect():\n    warnings.warn(DeprecationWarning('connect is deprecated, use open'))\n\n"
           "def close():\n    warnings.warn(UserWarning('closing'))\n")
    found = diffed(tmp_path, old, new)
    assert found["deprecated", "demo.connect"].detail.endswith("connect is deprecated, use open")
    assert ("deprecated", "demo.close") not in found  # a UserWarning is no deprecation


@pytest.mark.parametrize(
    ("decorator", "message"),
    [
        ("@util.deprecated('1.4', 'The connect() function is deprecated; use open()')",
         "The connect() function is deprecated; use open()"),
        ("@_api.deprecated('3.6', alternative='open')", "deprecated in 3.6; use open instead"),
        ("@cbook.deprecated('3.1')", "deprecated in 3.1"),
        ("@_deprecated", "deprecated"),
        ("@deprecation.deprecated(deprecated_in='1.0', details='Use open instead')", "Use open instead"),
        ("@deprecated(version='1.2', reason='use open')", "use open"),
    ],
)
def test_a_deprecated_decorator_of_any_qualified_name_deprecates(tmp_path: Path, decorator: str, message: str) -> None:
    helpers = "import functools\n\nclass util:\n    deprecated = staticmethod(lambda *a, **k: (lambda f: f))\n"
    old = helpers + "\ndef connect():\n    pass\n"
    new = helpers + f"\n{decorator}\ndef connect():\n    pass\n"
    found = diffed(tmp_path, old, new)
    assert found["deprecated", "demo.connect"].detail.endswith(message)


def test_decorators_that_only_mention_deprecation_deprecate_nothing(tmp_path: Path) -> None:
    old = "def connect(timeout=None):\n    pass\n"
    new = ("@deprecate_kwarg(old_arg_name='wait', new_arg_name='timeout')\n@uses_deprecated()\n"
           "def connect(timeout=None):\n    pass\n")
    assert ("deprecated", "demo.connect") not in diffed(tmp_path, old, new)  # a keyword renamed; a test marker


def test_a_deprecation_category_of_another_distribution_deprecates(tmp_path: Path) -> None:
    old = "def connect():\n    pass\n"
    new = ("import warnings\nfrom sqlalchemy.exc import SADeprecationWarning\n\ndef connect():\n"
           "    warnings.warn('connect() will go; call open()', SADeprecationWarning)\n")
    assert diffed(tmp_path, old, new)["deprecated", "demo.connect"].detail.endswith("connect() will go; call open()")
    other = new.replace("SADeprecationWarning", "SAWarning")
    assert ("deprecated", "demo.connect") not in diffed(tmp_path, old, other)  # a warning, not a deprecation


def test_a_warning_opening_a_try_or_with_block_is_unconditional(tmp_path: Path) -> None:
    old = "def connect():\n    return 1\n\ndef close():\n    return 1\n\ndef fallback():\n    return 1\n"
    new = ("import warnings\n\ndef connect():\n    try:\n        warnings.warn('connect is deprecated', DeprecationWarning)\n"
           "        return 1\n    finally:\n        pass\n\ndef close():\n    with open('x') as handle:\n"
           "        warnings.warn('close is deprecated', DeprecationWarning)\n        return handle\n\n"
           "def fallback():\n    try:\n        return 1\n    except ImportError:\n"
           "        warnings.warn('fallback is deprecated', DeprecationWarning)\n")
    found = {symbol for (kind, symbol) in diffed(tmp_path, old, new) if kind == "deprecated"}
    assert found == {"demo.connect", "demo.close"}  # an `except` branch runs only on failure


def test_a_comparison_of_a_required_parameter_deprecates_a_value_not_the_parameter(tmp_path: Path) -> None:
    # django 4.0's `ArrayAgg.convert_value(self, value, ...)`: `if value is None and not self._default_provided: warn`
    old = "class Agg:\n    def convert_value(self, value, expression, mode=None):\n        return value\n"
    new = ("import warnings\n\nclass Agg:\n    def convert_value(self, value, expression, mode=None):\n"
           "        if value is None and not self.provided:\n"
           "            warnings.warn('a None result will become []', DeprecationWarning)\n"
           "        if mode is not None:\n            warnings.warn('mode is deprecated', DeprecationWarning)\n"
           "        return value\n")
    found = diffed(tmp_path, old, new)
    signature = found["deprecated", "demo.Agg.convert_value"].signature
    assert signature is not None and signature.deprecated_parameters == ("mode",)
