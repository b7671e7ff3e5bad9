"""Settings a framework reads from a project: a Django setting the old release read with a default and the new one
reads with none (django-crispy-forms 2.0's CRISPY_TEMPLATE_PACK), so a project not setting it now fails."""

from __future__ import annotations

from pathlib import Path

from bot.changes import Change, ChangeKind, ObjectKind, ReleaseDiff
from bot.usage.model import Targets
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

_DJANGO = "from django.conf import settings\n\n\n"
_DEFAULTED = _DJANGO + "def pack():\n    return getattr(settings, 'DEMO_TEMPLATE_PACK', 'bootstrap')\n"
_MADE = ("signature_changed", "config:DEMO_TEMPLATE_PACK")


def _made_required(found: dict[tuple[str, str], Change]) -> set[str]:
    return {symbol for (_, symbol), c in found.items() if c.breakage == "config_key_made_required"}


def test_a_django_setting_read_with_no_default_where_it_was_defaulted_is_made_required(tmp_path: Path) -> None:
    for read in ("settings.DEMO_TEMPLATE_PACK", "getattr(settings, 'DEMO_TEMPLATE_PACK')"):
        new = {"demo/__init__.py": _DJANGO + f"def pack():\n    return {read}\n"}
        found = diffed(tmp_path / read[:7], {"demo/__init__.py": _DEFAULTED}, new)
        change = found[_MADE]
        assert change.object is ObjectKind.CONFIG_KEY and change.breakage == "config_key_made_required"
        assert "reads the setting DEMO_TEMPLATE_PACK with no default" in change.detail


def test_a_setting_still_defaulted_checked_or_set_somewhere_is_not_made_required(tmp_path: Path) -> None:
    required = _DJANGO + "def pack():\n    return settings.DEMO_TEMPLATE_PACK\n"
    still = [
        "def other():\n    return getattr(settings, 'DEMO_TEMPLATE_PACK', None)\n",  # a default elsewhere
        "def other():\n    return hasattr(settings, 'DEMO_TEMPLATE_PACK')\n",  # checked before it is read
        "def other():\n    settings.DEMO_TEMPLATE_PACK = 'bootstrap'\n",  # the release sets it
        "def other():\n    setattr(settings, 'DEMO_TEMPLATE_PACK', 'bootstrap')\n",
    ]
    for number, added in enumerate(still):
        new = {"demo/__init__.py": required, "demo/other.py": _DJANGO + added}
        assert _MADE not in diffed(tmp_path / str(number), {"demo/__init__.py": _DEFAULTED}, new), added


def test_a_settings_object_not_djangos_or_only_a_test_reading_it_makes_nothing_required(tmp_path: Path) -> None:
    own = "from demo import conf as settings\n\n\ndef pack():\n    return settings.DEMO_TEMPLATE_PACK\n"
    assert _MADE not in diffed(tmp_path / "own", {"demo/__init__.py": _DEFAULTED}, {"demo/__init__.py": own})
    tested = {
        "demo/__init__.py": _DEFAULTED.replace("getattr(settings, 'DEMO_TEMPLATE_PACK', 'bootstrap')", "'bootstrap'"),
        "demo/tests/test_pack.py": _DJANGO + "def test_pack():\n    assert settings.DEMO_TEMPLATE_PACK\n",
    }
    assert _MADE not in diffed(tmp_path / "tests", {"demo/__init__.py": _DEFAULTED}, tested)


def test_a_setting_required_on_both_sides_or_only_defaulted_on_both_is_not_claimed(tmp_path: Path) -> None:
    required = _DJANGO + "def pack():\n    return settings.DEMO_TEMPLATE_PACK\n"
    assert not _made_required(diffed(tmp_path / "req", {"demo/__init__.py": required}, {"demo/__init__.py": required}))
    assert not _made_required(diffed(tmp_path / "def", {"demo/__init__.py": _DEFAULTED}, {"demo/__init__.py": _DEFAULTED}))


def test_a_tree_setting_the_setting_is_no_use_of_it() -> None:
    change = Change(
        symbol="config:DEMO_TEMPLATE_PACK",
        kind=ChangeKind.SIGNATURE_CHANGED,
        object=ObjectKind.CONFIG_KEY,
        breakage="config_key_made_required",
    )
    targets = Targets.from_diffs([ReleaseDiff(package="demo", old="1.0", new="2.0", changes=[change])])
    assert "DEMO_TEMPLATE_PACK" not in targets.config


def test_django_crispy_forms_2_0_crispy_template_pack_lost_its_default() -> None:
    found = changes("django-crispy-forms", "1.14.0", "2.0")
    change = found[("signature_changed", "config:CRISPY_TEMPLATE_PACK")]
    assert change.breakage == "config_key_made_required"
    assert change.old_location is not None and change.old_location.path.endswith("crispy_forms/utils.py")
    assert _made_required(found) == {"config:CRISPY_TEMPLATE_PACK"}
