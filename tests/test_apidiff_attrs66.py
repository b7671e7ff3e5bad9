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
        "def other():\n    try:\n        return settings.DEMO_TEMPLATE_PACK\n    except AttributeError:\n"
        "        return None\n",  # read where its absence is caught
    ]
    for number, added in enumerate(still):
        new = {"demo/__init__.py": required, "demo/other.py": _DJANGO + added}
        assert _MADE not in diffed(tmp_path / str(number), {"demo/__init__.py": _DEFAULTED}, new), added


def test_a_settings_object_not_djangos_or_only_a_test_reading_it_makes_nothing_required(tmp_path: Path) -> None:
    own = "from demo import conf as settings\n\n\ndef pack():\n    return settings.DEMO_TEMPLATE_PACK\n"
    assert _MADE not in diffed(tmp_path / "own", {"demo/__init__.py": _DEFAULTED}, {"demo/__init__.py": own})
    held = _DJANGO + "class View:\n    settings = object()\n\n    def pack(self):\n        return self.settings.DEMO_TEMPLATE_PACK\n"
    assert _MADE not in diffed(tmp_path / "held", {"demo/__init__.py": _DEFAULTED}, {"demo/__init__.py": held})
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


# -- an attribute a framework read by name from objects users define and hand it (a DRF view), read nowhere now --

_BACKEND = "class Backend:\n    def get_class(self, view, queryset=None):\n        found = getattr(view, 'filterset_class', None)\n"
_READS_OLD = _BACKEND + "        if found is None and hasattr(view, 'filter_class'):\n            found = getattr(view, 'filter_class', None)\n        return found\n"
_READS_NEW = _BACKEND + "        return found\n"
_UNREAD = ("removed", "attr:filter_class")


def test_an_attribute_read_from_a_parameter_and_read_nowhere_now_is_unread(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _READS_OLD}, {"demo/__init__.py": _READS_NEW})
    change = found[_UNREAD]
    assert change.object is ObjectKind.USER_ATTRIBUTE and change.breakage == "user_attribute_unread"
    assert change.old_location is not None and change.old_location.line == 4
    assert "filterset_class" not in {symbol.removeprefix("attr:") for _, symbol in found}  # still read


def test_an_attribute_read_from_self_another_object_or_still_spelled_is_not_claimed(tmp_path: Path) -> None:
    new = {"demo/__init__.py": _READS_NEW}
    for number, old in enumerate([
        _READS_OLD + "\n\ndef own(self):\n    return self.filter_class\n",  # the release's own attribute too
        _READS_OLD.replace("getattr(view, 'filter_class'", "getattr(VIEW, 'filter_class'"),  # not a parameter
        _READS_OLD.replace("'filter_class'", "'fields'"),  # a common word
    ]):
        found = diffed(tmp_path / str(number), {"demo/__init__.py": old}, new)
        assert not [symbol for _, symbol in found if symbol.startswith("attr:")], old
    for number, still in enumerate([
        "\n\ndef other(obj):\n    return getattr(obj, 'filter_class', None)\n",  # read from some object
        "\n\nclass View:\n    filter_class = None\n",  # a class of the release defines it
    ]):
        found = diffed(tmp_path / f"s{number}", {"demo/__init__.py": _READS_OLD}, {"demo/__init__.py": _READS_NEW + still})
        assert _UNREAD not in found, still


def test_a_class_setting_the_unread_attribute_is_a_use_when_it_derives_from_the_package() -> None:
    from bot.usage import find_usages

    change = Change(
        symbol="attr:filter_fields", kind=ChangeKind.REMOVED, object=ObjectKind.USER_ATTRIBUTE,
        old_location={"path": "demo/backends.py", "line": 3}, breakage="user_attribute_unread",
    )
    targets = Targets.from_diffs([ReleaseDiff(package="demo", old="1.0", new="2.0", changes=[change])])
    source = ("import demo\nfrom demo.views import FilterView\nfrom rest import APIView\n\n"
              "class Mine(FilterView):\n    filter_fields = ['name']\n\n"
              "class Other(APIView):\n    filter_fields = ['name']\n\n"
              "def helper():\n    filter_fields = ['name']\n")
    usages, _ = find_usages("app/views.py", source.encode(), targets)
    assert [(u.line, u.confidence.value) for u in usages] == [(6, "high"), (9, "possible")]
    assert not find_usages("app/other.py", source.replace("import demo\nfrom demo.views import FilterView\n", "").encode(), targets)[0]


def test_django_filter_22_1_no_longer_reads_filter_fields_from_views() -> None:
    found = changes("django-filter", "21.1", "22.1")
    change = found[("removed", "attr:filter_fields")]
    assert change.breakage == "user_attribute_unread"
    assert change.old_location is not None and change.old_location.path == "django_filters/rest_framework/backends.py"
    # `filter_class` is still a parameter of 22.1's `object_filter`, but the backend that read it from views beside
    # `filterset_class` now reads only the latter (see test_apidiff_missa67)
    assert {s for (_, s), c in found.items() if c.breakage == "user_attribute_unread"} == {
        "attr:filter_fields", "attr:filter_class"}
