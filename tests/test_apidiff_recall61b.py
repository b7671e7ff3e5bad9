"""Helper recall61b: classes found measuring recall on libraries nobody measured (M-Z)."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- an Enum member is no value its body assigns: a member whose value became a tuple is still a member, and only
# its `.value` changed type (pathvalidate 3.0's `ErrorReason`, claimed "now a tuple, was a str") --

_REASONS = '''import enum


class Reason(enum.Enum):
    NULL_NAME = "NULL_NAME"


class Plain:
    NULL_NAME = "NULL_NAME"
'''


def test_an_enum_members_value_of_another_type_is_no_type_change(tmp_path: Path) -> None:
    new = _REASONS.replace('= "NULL_NAME"', '= (1001, "NULL_NAME")')
    found = diffed(tmp_path, {"demo/__init__.py": _REASONS}, {"demo/__init__.py": new})
    assert ("signature_changed", "demo.Reason.NULL_NAME") not in found
    # the sibling: a plain class's attribute is the value it is assigned
    assert found[("signature_changed", "demo.Plain.NULL_NAME")].breakages == ("attribute_type_changed",)


def test_pathvalidate_3_0_error_reasons_stay_members() -> None:
    found = changes("pathvalidate", "2.5.2", "3.0.0")
    assert not [symbol for _, symbol in found if symbol.startswith("pathvalidate.ErrorReason.")]
    assert ("removed", "pathvalidate.InvalidLengthError") in found  # really gone
