"""Misses and false claims left at the last stop (aiobotocore 2.0's environment guard, ...): each class on its
pinned real example, a synthetic case, and a sibling that keeps its claim (or stays unclaimed)."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a global bound only under a guard whose environment default turned off --


def test_aiobotocore_2_no_longer_binds_its_deprecated_names_by_default() -> None:
    found = changes("aiobotocore", "1.4.2", "2.0.0")
    # `if DEPRECATED_1_4_0_APIS: from .session import get_session, AioSession`, the guard's default now "0"
    assert {("removed", "aiobotocore.get_session"), ("removed", "aiobotocore.AioSession")} <= found.keys()
    assert ("removed", "aiobotocore.session.get_session") not in found  # its home is untouched


def _guarded(default: str, guard: str = "int(os.getenv('DEMO_LEGACY', {default!r}))") -> dict[str, str]:
    return {
        "demo/__init__.py": f"import os\n\nLEGACY = {guard.format(default=default)}\n\n"
        "if LEGACY:\n    from .core import make\n\nfrom .core import keep\n",
        "demo/core.py": "def make():\n    pass\n\n\ndef keep():\n    pass\n",
    }


def test_a_name_under_a_guard_whose_default_turned_off_is_gone(tmp_path: Path) -> None:
    found = diffed(tmp_path, _guarded("1"), _guarded("0"))
    change = found[("removed", "demo.make")]
    assert "DEMO_LEGACY" in change.detail and "'1' (1.0) to '0'" in change.detail
    assert ("removed", "demo.keep") not in found


def test_a_compared_guard_whose_default_turned_off_is_gone(tmp_path: Path) -> None:
    guard = "os.environ.get('DEMO_LEGACY', {default!r}).lower() in ('1', 'true')"
    found = diffed(tmp_path, _guarded("true", guard), _guarded("false", guard))
    assert ("removed", "demo.make") in found


def test_a_guard_off_by_default_in_both_releases_changes_nothing(tmp_path: Path) -> None:
    # zope's `PURE_PYTHON = os.environ.get("PURE_PYTHON")`: the arm is off by default in both, users get the same
    guard = "os.environ.get('DEMO_LEGACY')"
    assert ("removed", "demo.make") not in diffed(tmp_path, _guarded("", guard), _guarded("", guard))
    assert ("removed", "demo.make") not in diffed(tmp_path, _guarded("0"), _guarded("0"))
    # nor is a guard new in the release that is off by default read as dropping an arm (the narrow rule: only a
    # default that turned off between the releases)
    unguarded = _guarded("1", "True")
    assert ("removed", "demo.make") not in diffed(tmp_path, unguarded, _guarded("", guard))


def test_a_gated_name_a_module_getattr_may_answer_stays(tmp_path: Path) -> None:
    new = _guarded("0")
    new["demo/__init__.py"] += "\n\ndef __getattr__(name):\n    from . import core\n\n    return getattr(core, name)\n"
    assert ("removed", "demo.make") not in diffed(tmp_path, _guarded("1"), new)


def test_a_name_also_bound_outside_the_guard_stays(tmp_path: Path) -> None:
    old, new = _guarded("1"), _guarded("0")
    new["demo/__init__.py"] = new["demo/__init__.py"].replace("import keep", "import keep, make")
    assert ("removed", "demo.make") not in diffed(tmp_path, old, new)


# -- a metaclass `__getattr__` answering only the enum's members (Azure's own older `_CaseInsensitiveEnumMeta`) --

_META = (
    "from enum import Enum, EnumMeta\n\n\n"
    "class _CaseInsensitiveEnumMeta(EnumMeta):\n"
    "    def __getitem__(self, name):\n        return super().__getitem__(name.upper())\n\n"
    "    def __getattr__(cls, name):\n        '''Return the enum member matching `name`.'''\n"
    "        try:\n            return cls._member_map_[name.upper()]\n"
    "        except KeyError:\n            raise AttributeError(name)\n\n\n"
)


def _enum(members: str, meta: str = _META) -> dict[str, str]:
    return {"demo/__init__.py": meta + f"class Sku(str, Enum, metaclass=_CaseInsensitiveEnumMeta):\n{members}"}


def test_a_member_map_metaclass_answers_no_removed_member(tmp_path: Path) -> None:
    old = _enum("    BASIC = 'Basic'\n    PREMIUM = 'Premium'\n    LEGACY = 'Legacy'\n")
    found = diffed(tmp_path, old, _enum("    BASIC = 'Basic'\n    PREMIUM = 'Premium'\n"))
    assert ("removed", "demo.Sku.LEGACY") in found  # `Sku.LEGACY` raises AttributeError: no member in any case


def test_a_member_map_metaclass_still_answers_a_member_re_spelled_in_upper_case(tmp_path: Path) -> None:
    found = diffed(tmp_path, _enum("    basic = 'Basic'\n    legacy = 'Legacy'\n"), _enum("    BASIC = 'Basic'\n"))
    assert ("removed", "demo.Sku.basic") not in found  # `Sku.basic` gives `Sku.BASIC`
    assert ("removed", "demo.Sku.legacy") in found


def test_a_metaclass_getattr_answering_any_name_still_hides_removals(tmp_path: Path) -> None:
    anything = _META.replace("return cls._member_map_[name.upper()]", "return cls._fallback(name)")
    old = _enum("    BASIC = 'Basic'\n    LEGACY = 'Legacy'\n", anything)
    assert ("removed", "demo.Sku.LEGACY") not in diffed(tmp_path, old, _enum("    BASIC = 'Basic'\n", anything))
