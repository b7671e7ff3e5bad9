"""recall40: documented breaks of Django apps and dev tools the engine missed.

1. A positional parameter made keyword-only behind a `*args` the body only hands on to another call: a positional
   caller's value silently goes there (django-model-utils 5.0's `SoftDeletableModel.delete`).
2. An optional parameter handed by position to a helper naming a deprecation that warns when given something
   (django-import-export 4.0's `Widget.render(value, obj=None)` -> `self._obj_deprecation_warning(obj)`).
3. Precision, met on the way: an option the old body refused to go without after an opening `if` that only warns
   (django-model-utils 4.5's `MonitorField(monitor=...)`) did not "lose its default".
4. A Django setting the app no longer reads (django-money 3.0's `CURRENCY_DECIMAL_PLACES_DISPLAY`, read with
   `getattr(settings, KEY, default)`): a setting users keep in their project, now silently ignored.
"""

from __future__ import annotations

from pathlib import Path

from bot.apidiff.diff import diff_surfaces
from bot.apidiff.release import surface_of
from tests.test_apidiff_catalogue import build, run
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen3 import diffed

# -- a positional slot now taken by a `*args` that hands its values on elsewhere --


def test_django_model_utils_5_soft_delete_flag_made_keyword_only() -> None:
    found = changes("django-model-utils", "4.5.1", "5.0.0")
    # 4.5.1: `delete(self, using=None, soft=True, *args, **kwargs)`; 5.0.0: `delete(self, using=None, *args,
    # soft=True, **kwargs)`, whose `*args` only go on to django's `Model.delete`: `delete(None, False)` soft-deletes
    change = found["signature_changed", "model_utils.models.SoftDeletableModel.delete"]
    assert "'soft' is now keyword-only" in (change.detail or "")


def test_luigi_3_7_choice_parameter_var_type_made_keyword_only() -> None:
    # 3.6.0: `ChoiceParameter(var_type=str, *args, **kwargs)`; 3.7.1: `(*args, choices=None, var_type=str, **kwargs)`
    # handing `*args` to `Parameter.__init__(default=...)`: `ChoiceParameter(int, choices=[1])` now sets the default
    change = changes("luigi", "3.6.0", "3.7.1")["signature_changed", "luigi.parameter.ChoiceParameter"]
    assert "'var_type' is now keyword-only" in (change.detail or "")


_HANDED_OLD = (
    "class Base:\n    def delete(self, using=None, keep_parents=False):\n        return keep_parents\n\n\n"
    "class Model(Base):\n    def delete(self, using=None, soft=True, *args, **kwargs):\n        if soft:\n"
    "            return None\n        return super().delete(using, *args, **kwargs)\n\n\n"
    "class Handing(Base):\n    def delete(self, using=None, keep_parents=False, *args, **kwargs):\n"
    "        return super().delete(using, keep_parents, *args, **kwargs)\n\n\n"
    "def evolve(inst, **changes):\n    return inst\n"
)
_HANDED_NEW = (
    "class Base:\n    def delete(self, using=None, keep_parents=False):\n        return keep_parents\n\n\n"
    "class Model(Base):\n    def delete(self, using=None, *args, soft=True, **kwargs):\n        if soft:\n"
    "            return None\n        return super().delete(using, *args, **kwargs)\n\n\n"
    "class Handing(Base):\n    def delete(self, using=None, *args, keep_parents=False, **kwargs):\n"
    "        return super().delete(using, *args, keep_parents=keep_parents, **kwargs)\n\n\n"
    "def evolve(*args, **changes):\n    inst = args[0] if args else changes.pop('inst')\n    return inst\n"
)


def test_a_slot_a_handed_on_varargs_now_takes_is_keyword_only(tmp_path: Path) -> None:
    found = diffed(tmp_path, _HANDED_OLD, _HANDED_NEW)
    assert "'soft' is now keyword-only" in (found["signature_changed", "demo.Model.delete"].detail or "")


def test_the_witness_of_a_slot_a_varargs_now_takes_fails_on_the_new_release(tmp_path: Path) -> None:
    # synthetic code only: the witness binds a positional call and asks that `soft` got the value
    old_root, new_root = build(tmp_path / "old", _HANDED_OLD), build(tmp_path / "new", _HANDED_NEW)
    found = diff_surfaces(surface_of(old_root, "pkg", "1.0"), surface_of(new_root, "pkg", "2.0"))
    change = next(c for c in found if c.symbol == "pkg.Model.delete")
    assert run(change.witness, old_root).returncode == 0, change.witness
    assert run(change.witness, new_root).returncode != 0, change.witness


def test_a_slot_a_read_or_handed_varargs_takes_stays_unclaimed(tmp_path: Path) -> None:
    found = diffed(tmp_path, _HANDED_OLD, _HANDED_NEW)
    assert ("signature_changed", "demo.evolve") not in found  # the body reads `args[0]` itself
    # both bodies hand `keep_parents` on to the same call: what it means there is not the release's to say
    assert ("signature_changed", "demo.Handing.delete") not in found


# -- an optional parameter handed by position to a helper warning when it is given something --


def test_django_import_export_4_deprecates_the_obj_of_widget_render() -> None:
    found = changes("django-import-export", "3.3.9", "4.0.0")
    for widget in ("CharWidget", "DateWidget", "NumberWidget", "ForeignKeyWidget"):
        change = found["deprecated", f"import_export.widgets.{widget}.render"]
        assert "'obj'" in (change.detail or ""), widget
    # the base's `render` only documents it: it does not warn
    assert ("deprecated", "import_export.widgets.Widget.render") not in found


_WIDGET = (
    "import warnings\n\n\nclass Widget:\n    def render(self, value, obj=None):\n{body}        return str(value)\n\n"
    "    def strict(self, value, obj):\n{body}        return str(value)\n\n"
    "    def noisy(self, value, obj=None):\n{notice}        return str(value)\n\n"
    "    def _obj_deprecation_warning(self, obj):\n        if obj is not None:\n"
    "            warnings.warn(\"'obj' is deprecated\", DeprecationWarning)\n\n"
    "    def _obj_deprecation_notice(self, obj):\n        if obj is not None:\n"
    "            warnings.warn(\"'obj' is ignored here\", UserWarning)\n"
)
_CALLS_HELPER = "        self._obj_deprecation_warning(obj)\n"
_OLD_WIDGET = _WIDGET.format(body="", notice="")
_NEW_WIDGET = _WIDGET.format(body=_CALLS_HELPER, notice=_CALLS_HELPER.replace("warning", "notice"))


def test_an_optional_parameter_a_deprecation_helper_warns_for_is_deprecated(tmp_path: Path) -> None:
    found = diffed(tmp_path, _OLD_WIDGET, _NEW_WIDGET)
    assert "'obj'" in (found["deprecated", "demo.Widget.render"].detail or "")


_COMBINED = (
    "import warnings\n\n\nclass Base:\n    def __init__(self, n_splits, shuffle, random_state):\n"
    "        if not shuffle and random_state is not None:\n"
    "            warnings.warn('Setting a random_state has no effect since shuffle is False. This will raise an error '\n"
    "                          'in 0.24.', FutureWarning)\n\n\n"
    "class KFold(Base):\n    def __init__(self, n_splits=5, shuffle=False, random_state=None):\n"
    "        super().__init__(n_splits, shuffle, random_state)\n"
)


def test_a_warning_for_a_combination_of_parameters_deprecates_neither(tmp_path: Path) -> None:
    # scikit-learn 0.22's `_BaseKFold.__init__` warns when `random_state` is given without `shuffle`: passing
    # `random_state` with `shuffle=True` is fine, so `KFold(random_state=...)` is not deprecated
    old = _COMBINED.replace("        if not shuffle and random_state is not None:", "        if not shuffle:")
    found = diffed(tmp_path, old, _COMBINED)
    assert ("deprecated", "demo.KFold") not in found


def test_a_required_parameter_or_another_warning_stays_undeprecated(tmp_path: Path) -> None:
    found = diffed(tmp_path, _OLD_WIDGET, _NEW_WIDGET)
    assert ("deprecated", "demo.Widget.strict") not in found  # every call passes `obj`: no parameter to drop
    assert ("deprecated", "demo.Widget.noisy") not in found  # a UserWarning deprecates nothing
    assert ("deprecated", "demo.Widget._obj_deprecation_warning") not in found  # its `obj` is required


# -- an option required after an opening `if` that only warns is no default lost --


def test_django_model_utils_5_monitor_field_lost_no_default() -> None:
    found = changes("django-model-utils", "4.5.1", "5.0.0")
    # 4.5.1 warned for `null` without `default`, then `monitor = kwargs.pop("monitor", None)`; `if not monitor:
    # raise TypeError`: 5.0.0's required keyword-only `monitor` refuses no call that worked
    assert ("signature_changed", "model_utils.fields.MonitorField") not in found


_MONITORED = (
    "import warnings\n\n\nclass Field:\n    def __init__(self, *args, **kwargs):\n"
    "        if kwargs.get('null') and kwargs.get('default') is None:\n            message = 'nullable'\n"
    "            warnings.warn(message, DeprecationWarning)\n        kwargs.setdefault('default', 0)\n"
    "        monitor = kwargs.pop('monitor', None)\n        if not monitor:\n            raise TypeError('monitor')\n"
    "        self.monitor = monitor\n\n\n"
    "class Loose:\n    def __init__(self, *args, **kwargs):\n        if kwargs.get('quick'):\n            return\n"
    "        monitor = kwargs.pop('monitor', None)\n        if monitor is None:\n            raise TypeError('monitor')\n"
    "        self.monitor = monitor\n"
)
_MONITOR_REQUIRED = (
    "class Field:\n    def __init__(self, *args, monitor, **kwargs):\n        self.monitor = monitor\n\n\n"
    "class Loose:\n    def __init__(self, *args, monitor, **kwargs):\n        self.monitor = monitor\n"
)


def test_flask_2_2_flask_group_requires_no_context_settings() -> None:
    # 2.2's `FlaskGroup.__init__` opens with `if "context_settings" not in extra: extra["context_settings"] = {}`,
    # then reads `extra["context_settings"]`: the `if` fills the option, so none is required
    change = changes("flask", "2.1.3", "2.2.0").get(("signature_changed", "flask.cli.FlaskGroup"))
    assert change is None or "context_settings" not in (change.detail or "")


def test_an_option_required_past_a_warning_if_lost_no_default(tmp_path: Path) -> None:
    found = diffed(tmp_path, _MONITORED, _MONITOR_REQUIRED)
    assert ("signature_changed", "demo.Field") not in found


def test_an_option_required_only_past_an_early_return_still_lost_its_default(tmp_path: Path) -> None:
    found = diffed(tmp_path, _MONITORED, _MONITOR_REQUIRED)
    # `Loose(quick=True)` worked without `monitor`
    assert "'monitor' lost its default" in (found["signature_changed", "demo.Loose"].detail or "")


# -- a Django setting no longer read --


def test_django_money_3_no_longer_reads_the_decimal_places_display_setting() -> None:
    found = changes("django-money", "2.1.1", "3.0.0")
    assert ("removed", "config:CURRENCY_DECIMAL_PLACES_DISPLAY") in found
    # the settings it still reads stay unclaimed
    assert ("removed", "config:CURRENCY_DECIMAL_PLACES") not in found
    assert ("removed", "config:DEFAULT_CURRENCY") not in found


_SETTINGS_OLD = (
    "from django.conf import settings\n\n"
    "DISPLAY = getattr(settings, 'DEMO_DISPLAY', {})\n"
    "USER_MODEL = getattr(settings, 'AUTH_USER_MODEL', 'auth.User')\n"
    "KEPT = getattr(settings, 'DEMO_KEPT', 1)\n\n\n"
    "def read():\n    return settings.DEMO_STRICT, settings.OTHER_THING\n"
)
_SETTINGS_NEW = (
    "from django.conf import settings\n\nNAMES = ['DEMO_KEPT']\n\n\n"
    "def read():\n    return [getattr(settings, name, None) for name in NAMES]\n"
)


def test_a_django_setting_no_longer_read_is_claimed(tmp_path: Path) -> None:
    found = diffed(tmp_path, _SETTINGS_OLD, _SETTINGS_NEW)
    assert ("removed", "config:DEMO_DISPLAY") in found  # read with a default: the app's own
    assert ("removed", "config:DEMO_STRICT") in found  # read under the package's own name


def test_django_core_or_foreign_or_still_spelled_settings_stay_unclaimed(tmp_path: Path) -> None:
    found = diffed(tmp_path, _SETTINGS_OLD, _SETTINGS_NEW)
    assert ("removed", "config:AUTH_USER_MODEL") not in found  # django's own: the project sets it for django
    assert ("removed", "config:OTHER_THING") not in found  # another's name, only read
    assert ("removed", "config:DEMO_KEPT") not in found  # still spelled, read through a name
