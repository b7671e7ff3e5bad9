"""False claims found by hunt48c on packaging, release and developer tooling nobody tuned on: each class on its pinned
real example, on a synthetic case, and with a sibling that must stay claimed."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a namedtuple's field become a read-only property: instances of a namedtuple never took assignments --


def test_pre_commit_3_language_environment_dir_was_never_assignable() -> None:
    # 2.21's `class Language(NamedTuple)` field `ENVIRONMENT_DIR: str | None`; 3.0's `class Language(Protocol)`
    # declares it `@property def ENVIRONMENT_DIR(self) -> str | None: ...`
    found = changes("pre-commit", "2.21.0", "3.0.4")
    assert ("signature_changed", "pre_commit.languages.all.Language.ENVIRONMENT_DIR") not in found
    # the siblings: the field that went, and the class no longer callable with its fields, stay claimed
    assert ("removed", "pre_commit.languages.all.Language.name") in found
    assert ("signature_changed", "pre_commit.languages.all.Language") in found


def _holder(base: str) -> dict[str, str]:
    return {"demo/__init__.py": f"from typing import NamedTuple\n\n\nclass Holder({base}):\n    size: int\n    label: str\n"}


def _read_only(base: str) -> dict[str, str]:
    return {
        "demo/__init__.py": (
            "from typing import NamedTuple, Protocol\n\n\n"
            f"class Holder({base}):\n"
            "    @property\n    def size(self) -> int: ...\n\n"
            "    @property\n    def label(self) -> str: ...\n"
        )
    }


def test_namedtuple_field_made_a_property_is_no_new_read_only(tmp_path: Path) -> None:
    found = diffed(tmp_path, _holder("NamedTuple"), _read_only("Protocol"))
    assert ("signature_changed", "demo.Holder.size") not in found
    assert ("signature_changed", "demo.Holder.label") not in found


def test_plain_class_attribute_made_a_property_stays_read_only(tmp_path: Path) -> None:
    # the sibling: a plain class's annotated attribute was assignable on its instances
    old = {"demo/__init__.py": "class Holder:\n    size: int = 0\n    label: str = ''\n"}
    found = diffed(tmp_path, old, _read_only("object"))
    assert ("signature_changed", "demo.Holder.size") in found
    assert found[("signature_changed", "demo.Holder.size")].breakage == "attribute_made_read_only"
