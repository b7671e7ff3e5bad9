"""False claims found by hunt50c on testing tools, serialization, validation and configuration libraries nobody
tuned on: each class on its pinned real example, on a synthetic case, and with a sibling that must stay claimed."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a record field its decorator deletes from the class (`field(default_factory=...)`, `attr.ib(...)`) made an
# instance attribute: reading it on the class already failed --


def test_apischema_0_17_validation_error_fields_were_never_on_the_class() -> None:
    # 0.16.6: `@dataclass class ValidationError(Exception)` with `messages: ... = field(default_factory=list)`;
    # 0.17.5: a plain class whose `__init__` sets `self.messages` and `self.children`
    found = changes("apischema", "0.16.6", "0.17.5")
    assert ("signature_changed", "apischema.ValidationError.messages") not in found
    assert ("signature_changed", "apischema.ValidationError.children") not in found
    # the siblings: a dataclass field and a helper 0.17 really dropped stay claimed
    assert ("removed", "apischema.schemas.constraints.ConstraintMetadata.check") in found
    assert ("removed", "apischema.utils.to_hashable") in found


_PLAIN = (
    "class Error(Exception):\n    def __init__(self, messages=None, children=None, code=0):\n"
    "        self.messages = messages or []\n        self.children = children or {}\n        self.code = code\n"
)


def test_record_fields_kept_off_the_class_made_instance_attributes(tmp_path: Path) -> None:
    old = {
        "demo/__init__.py": (
            "import attr\nfrom dataclasses import dataclass, field\n\n\n"
            "@dataclass\nclass Error(Exception):\n"
            "    messages: list = field(default_factory=list)\n    children: dict = field(repr=False)\n"
            "    code: int = 0\n\n\n"
            "@attr.s\nclass Other:\n    size = attr.ib(default=0)\n"
        )
    }
    new = {"demo/__init__.py": _PLAIN + "\n\nclass Other:\n    def __init__(self, size=0):\n        self.size = size\n"}
    found = diffed(tmp_path, old, new)
    assert ("signature_changed", "demo.Error.messages") not in found
    assert ("signature_changed", "demo.Error.children") not in found
    assert ("signature_changed", "demo.Other.size") not in found
    # the sibling: a plain default stays on a dataclass's class, and reading it there now fails
    assert found[("signature_changed", "demo.Error.code")].breakage == "class_attribute_now_instance_only"


def test_dataclass_field_given_a_default_stays_on_the_class(tmp_path: Path) -> None:
    # the sibling: dataclasses set `field(default=...)`'s default on the class
    old = {
        "demo/__init__.py": (
            "from dataclasses import dataclass, field\n\n\n@dataclass\nclass Error(Exception):\n"
            "    messages: list = field(default=None)\n    children: dict = field(default=None)\n"
            "    code: int = field(default=0, repr=False)\n"
        )
    }
    found = diffed(tmp_path, old, {"demo/__init__.py": _PLAIN})
    assert found[("signature_changed", "demo.Error.messages")].breakage == "class_attribute_now_instance_only"
    assert found[("signature_changed", "demo.Error.code")].breakage == "class_attribute_now_instance_only"
