"""Recall on security, serialization and text libraries never measured: deprecations said where a user reads them."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- the docstring right after an assignment (PEP 257's attribute docstring, which Sphinx autodoc renders) saying
# the name deprecated, no warning firing (argon2-cffi 23.1's `InvalidHash = InvalidHashError`) --

_ERROR = "class InvalidHashError(ValueError):\n    pass\n\n\n"
_ALIAS_DOC = '''InvalidHash = InvalidHashError
"""
Deprecated alias for :class:`InvalidHashError`.

.. versionadded:: 18.2.0
.. deprecated:: 23.1.0
    Use :exc:`demo.InvalidHashError` instead.
"""
'''


def test_a_docstring_after_an_assignment_deprecating_the_name_deprecates_it(tmp_path: Path) -> None:
    old = {"demo/__init__.py": _ERROR + 'InvalidHash = InvalidHashError\n"""An alias."""\n'}
    found = diffed(tmp_path, old, {"demo/__init__.py": _ERROR + _ALIAS_DOC})
    said = found[("deprecated", "demo.InvalidHash")].detail
    assert said == "Deprecated since 23.1.0. Use :exc:`demo.InvalidHashError` instead."


def test_a_class_attribute_docstring_opening_deprecated_deprecates_the_attribute(tmp_path: Path) -> None:
    old = {"demo/__init__.py": 'class Config:\n    retries = 3\n    """How often to retry."""\n'}
    new = {"demo/__init__.py": 'class Config:\n    retries = 3\n    """Deprecated: set `attempts` instead."""\n'}
    assert ("deprecated", "demo.Config.retries") in diffed(tmp_path, old, new)


def test_an_attribute_docstring_deprecating_a_part_or_another_name_deprecates_nothing(tmp_path: Path) -> None:
    old = {"demo/__init__.py": 'TIMEOUT = 5\n"""Seconds."""\nLIMIT = 1\n'}
    new = {"demo/__init__.py": 'TIMEOUT = 5\n"""Seconds. Passing a float is deprecated."""\nLIMIT = 1\n'
           '"""Deprecated in Python 3.12: see ``other``."""\n'}
    found = diffed(tmp_path, old, new)
    assert not {symbol for kind, symbol in found if kind == "deprecated"}


def test_a_string_after_another_statement_is_no_attribute_docstring(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "LIMIT = 1\nprint(LIMIT)\n"}
    new = {"demo/__init__.py": 'LIMIT = 1\nprint(LIMIT)\n"""Deprecated."""\n'}
    assert ("deprecated", "demo.LIMIT") not in diffed(tmp_path, old, new)


def test_argon2_cffi_23_1_invalid_hash_alias_is_deprecated() -> None:
    found = changes("argon2-cffi", "21.3.0", "23.1.0")
    said = found[("deprecated", "argon2.exceptions.InvalidHash")].detail
    assert said == "Deprecated since 23.1.0. Use :exc:`argon2.exceptions.InvalidHashError` instead."
    assert {"argon2.hash_password", "argon2.hash_password_raw", "argon2.verify_password"} <= {
        symbol for kind, symbol in found if kind == "deprecated"
    }
