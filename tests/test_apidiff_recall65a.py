"""Recall on security, serialization and text libraries never measured: deprecations said where a user reads them."""

from __future__ import annotations

from pathlib import Path

import pytest

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


# -- a dataclass whose ancestors outside the distribution are only `collections.abc` / `typing` abstract classes:
# they give no fields, so its constructor is known (fido2 2.0's WebAuthn dataclasses under
# `_DataClassMapping(Mapping[_T, Any])`, all made `kw_only=True`) --

_MAPPING_BASE = """from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Mapping, TypeVar

_T = TypeVar("_T")


class DataMapping(Mapping[_T, Any]):
    def __getitem__(self, key: _T) -> Any:
        return getattr(self, str(key))

    def __iter__(self) -> Iterator[_T]:
        return iter(())

    def __len__(self) -> int:
        return 0


"""


@pytest.mark.parametrize("base", ["DataMapping[str]", "Hashable", "typing.Hashable"])
def test_a_dataclass_under_abstract_collections_made_keyword_only_is_claimed(tmp_path: Path, base: str) -> None:
    head = _MAPPING_BASE + "import typing\nfrom collections.abc import Hashable\n\n\n"
    body = f"class Entity({base}):\n    name: str\n    id: str | None = None\n"
    old = {"demo/__init__.py": head + "@dataclass(frozen=True)\n" + body}
    new = {"demo/__init__.py": head + "@dataclass(frozen=True, kw_only=True)\n" + body}
    said = diffed(tmp_path, old, new)[("signature_changed", "demo.Entity")].detail
    assert said == "parameter 'name' is now keyword-only; parameter 'id' is now keyword-only"


def test_a_dataclass_under_another_distributions_class_stays_unknown(tmp_path: Path) -> None:
    head = "from dataclasses import dataclass\n\nfrom other import Base\n\n\n"
    body = "class Entity(Base):\n    name: str\n"
    old = {"demo/__init__.py": head + "@dataclass\n" + body}
    new = {"demo/__init__.py": head + "@dataclass(kw_only=True)\n" + body}
    assert ("signature_changed", "demo.Entity") not in diffed(tmp_path, old, new)


def test_fido2_2_0_webauthn_dataclasses_are_keyword_only() -> None:
    found = changes("fido2", "1.2.0", "2.0.0")
    entity = found[("signature_changed", "fido2.webauthn.PublicKeyCredentialRpEntity")].detail
    assert entity == "parameter 'name' is now keyword-only; parameter 'id' is now keyword-only"
    assert "parameter 'id' removed" in found[("signature_changed", "fido2.webauthn.AuthenticationResponse")].detail
    assert ("removed", "fido2.features.webauthn_json_mapping") in found
    assert ("removed", "fido2.client.WindowsClient") in found
