"""misses61: the items the last stop left alone — keywords handed through an attribute the constructor builds and a
`**kwargs` kept on the instance, deprecations warned through a method helper, settings dropped from a defaults
table."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- `*args` and `**kwargs` handed to a method of an object the constructor alone builds (`self.add =
# WidgetManager(self)`, the class body annotating `add: 'WidgetManager'`) reach that class's method: pygame-menu 4.0's
# `Menu.add_button(*args, **kwargs)` returns `self.add.button(*args, **kwargs)`, which takes `title` and `action` --

_MANAGER = (
    "class WidgetManager:\n    def __init__(self, menu):\n        self.menu = menu\n\n"
    "    def button(self, title, action=None, *args, **kwargs):\n        return title\n"
)
_OLD_MENU = {"demo/__init__.py": "class Menu:\n    def add_button(self, title, action=None, **kwargs):\n        return title\n"}


def _menu(declared: str, built: str) -> dict[str, str]:
    return {
        "demo/_manager.py": _MANAGER,
        "demo/__init__.py": "from demo._manager import WidgetManager\n\n\nclass Menu:\n"
        f"{declared}\n    def __init__(self, manager=None):\n{built}\n\n"
        "    def add_button(self, *args, **kwargs):\n        return self.add.button(*args, **kwargs)\n",
    }


@pytest.mark.parametrize("declared", ["    add: 'WidgetManager'\n", ""])
def test_arguments_handed_through_an_attribute_the_constructor_builds_reach_its_class(
    tmp_path: Path, declared: str
) -> None:
    found = diffed(tmp_path, _OLD_MENU, _menu(declared, "        self.add = WidgetManager(self)"))
    assert ("signature_changed", "demo.Menu.add_button") not in found


@pytest.mark.parametrize(
    "built",
    [
        "        self.add = manager",  # a caller's object: its methods are unknown
        "        self.add = WidgetManager(self)\n\n    def reset(self, other):\n        self.add = other",  # set twice
    ],
)
def test_arguments_handed_through_another_attribute_stay_unfollowed(tmp_path: Path, built: str) -> None:
    found = diffed(tmp_path, _OLD_MENU, _menu("    add: 'WidgetManager'\n", built))
    assert "could not be followed" in found[("signature_changed", "demo.Menu.add_button")].detail


# -- a `**kwargs` the constructor only keeps on the instance (`self.kwargs = kwargs`, connexion 3.0's `API`) takes
# every keyword, but what becomes of one is decided where the kept dict is read: a key the class reads out of it
# (`self.options.get("strict")`) is an option; any other keyword's fate is unknown (the dict goes on wholesale) --

_OLD_APP = (
    "class App:\n    def add_api(self, spec, base_path=None, strict=False, context_name=None):\n        return spec\n"
)
_NEW_APP = '''class Api:
    def __init__(self, spec, *, base_path=None, **kwargs):
        self.spec = spec
        self.options = {kept}
        self.extra = {{}}

    def strict(self):
        return self.options.get("strict", False) or self.extra.get("context_name")


class Middleware:
    def add_api(self, spec, *, base_path=None, **kwargs):
        return Api(spec, base_path=base_path, **kwargs)


class App:
    def __init__(self):
        self.middleware = Middleware()

    def add_api(self, spec, *, base_path=None, **kwargs):
        return self.middleware.add_api(spec, base_path=base_path, **kwargs)
'''


@pytest.mark.parametrize("kept", ["kwargs", "dict(kwargs)", "kwargs.copy()"])
def test_keywords_kept_on_the_instance_are_read_only_where_the_kept_dict_is(tmp_path: Path, kept: str) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _OLD_APP}, {"demo/__init__.py": _NEW_APP.format(kept=kept)})
    detail = found[("signature_changed", "demo.App.add_api")].detail
    # followed through `self.middleware` to `Api(**kwargs)`, which keeps the dict: `context_name` goes nobody knows
    # where (the class reads it only out of another dict)
    assert "'context_name' removed" in detail and "lower confidence" in detail
    assert "'strict' removed" not in detail and "'strict' is now keyword-only" in detail  # `self.options.get("strict")`
    assert "'base_path' is now keyword-only" in detail


def test_pygame_menu_4_0_add_methods_still_take_their_parameters() -> None:
    found = changes("pygame-menu", "3.5.8", "4.0.7")
    assert not [symbol for kind, symbol in found if kind == "signature_changed" and symbol.startswith("pygame_menu.Menu.add_")]
    assert ("signature_changed", "pygame_menu.Menu.mainloop") in found  # `disable_loop` now keyword-only: kept


def test_connexion_3_add_api_keywords_kept_by_api_stay_unknown() -> None:
    """Followed through `self.middleware` (built by the constructor) to `API(**kwargs)`, which keeps them on the
    instance for `**api.kwargs` elsewhere: `pass_context_arg_name` is still claimed removed, not "keyword-only"."""
    detail = changes("connexion", "2.14.2", "3.0.0")["signature_changed", "connexion.AbstractApp.add_api"].detail or ""
    assert "'pass_context_arg_name' removed" in detail and "'pass_context_arg_name' is now keyword-only" not in detail


# -- a deprecation warned through a method helper of the class or its bases (pygame-menu 4.0's
# `self._warn_widgetmanager("add_button", "button")`, a staticmethod warning `"Menu method {0} is deprecated. Use
# menu.add.{1} instead".format(method, new_method)` as a plain UserWarning): the method calling it is deprecated, the
# message filled from the call's literals --

_HELPED_OLD = '''import warnings


class Base:
    @staticmethod
    def _warn_moved(method, new_method):
        warnings.warn("Menu method {0} is deprecated. Use menu.add.{1} instead".format(method, new_method))

    def _warn_state(self, what):
        warnings.warn(f"{what} is not ready yet")


class Menu(Base):
    def add_button(self, title):
        return title

    def add_label(self, title):
        return title

    def draw(self):
        return None

    def tell(self, other):
        return other
'''
_HELPED_NEW = (
    _HELPED_OLD.replace(
        "    def add_button(self, title):\n",
        "    def add_button(self, title):\n        self._warn_moved('add_button', 'button')\n",
    )
    .replace(
        "    def add_label(self, title):\n",
        "    def add_label(self, title):\n        self._deprecated_since(what='add_label')\n",
    )
    .replace("    def draw(self):\n", "    def draw(self):\n        self._warn_state('draw')\n")
    .replace("    def tell(self, other):\n", "    def tell(self, other):\n        other._warn_moved('tell', 'say')\n")
    .replace(
        "class Menu(Base):\n",
        "class Menu(Base):\n    def _deprecated_since(self, what):\n"
        "        warnings.warn(f'{what} is deprecated since 2.0', DeprecationWarning)\n\n",
    )
)


def test_a_method_helper_of_the_class_or_its_bases_deprecates_its_caller(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _HELPED_OLD}, {"demo/__init__.py": _HELPED_NEW})
    button = found[("deprecated", "demo.Menu.add_button")]
    assert button.detail == "Menu method add_button is deprecated. Use menu.add.button instead"  # filled from the call
    assert found[("deprecated", "demo.Menu.add_label")].detail == "add_label is deprecated since 2.0"
    assert ("deprecated", "demo.Menu.draw") not in found  # a helper warning no deprecation
    assert ("deprecated", "demo.Menu.tell") not in found  # another object's method so named


def test_pygame_menu_4_0_deprecates_the_menu_add_shorthands() -> None:
    found = changes("pygame-menu", "3.5.8", "4.0.7")
    deprecated = {symbol for kind, symbol in found if kind == "deprecated" and symbol.startswith("pygame_menu.Menu.")}
    assert len(deprecated) == 8 and "pygame_menu.Menu.add_button" in deprecated
    detail = found[("deprecated", "pygame_menu.Menu.add_text_input")].detail or ""
    assert detail.startswith("Menu method add_text_input is deprecated. Use menu.add.text_input instead")


# -- a setting dropped from the table of defaults a settings object is built from (Django REST framework's way:
# `api_settings = APISettings(getattr(settings, "SIMPLE_JWT", None), DEFAULTS, IMPORT_STRINGS)` answers only the keys
# of `DEFAULTS`): the key is no longer read, though a `REMOVED_SETTINGS` loop refusing it still spells it --

_TABLE = '''from django.conf import settings
from rest_framework.settings import APISettings

USER_SETTINGS = getattr(settings, "DEMO_JWT", None)

DEFAULTS = {{
    "LIFETIME": 5,
{keys}
}}
{tail}
api_settings = {build}
'''
_REFUSING = '''
REMOVED_SETTINGS = ("AUTH_HEADER_TYPE",)


class Settings(APISettings):
    def check(self, user_settings):
        for setting in REMOVED_SETTINGS:
            if setting in user_settings:
                raise RuntimeError(f"The {setting} setting has been removed")
        return user_settings
'''
_BUILT = "APISettings(USER_SETTINGS, DEFAULTS)"


def _settings(keys: str, tail: str = "", build: str = _BUILT) -> dict[str, str]:
    return {"demo/__init__.py": "", "demo/settings.py": _TABLE.format(keys=keys, tail=tail, build=build)}


def test_a_key_dropped_from_a_settings_table_is_no_longer_read(tmp_path: Path) -> None:
    old = _settings('    "AUTH_HEADER_TYPE": "Bearer",')
    found = diffed(tmp_path, old, _settings('    "AUTH_HEADER_TYPES": ("Bearer",),', _REFUSING))
    claim = found[("removed", "config:DEMO_JWT.AUTH_HEADER_TYPE")]
    assert claim.detail == "2.0 no longer reads or defaults the config key DEMO_JWT.AUTH_HEADER_TYPE"
    assert claim.witness.endswith("assert 'AUTH_HEADER_TYPE' in demo.settings.DEFAULTS")
    assert ("removed", "config:DEMO_JWT.LIFETIME") not in found  # still in the table
    keyword = _settings('    "AUTH_HEADER_TYPES": ("Bearer",),', build="APISettings(USER_SETTINGS, defaults=DEFAULTS)")
    assert ("removed", "config:DEMO_JWT.AUTH_HEADER_TYPE") in diffed(tmp_path / "keyword", old, keyword)


@pytest.mark.parametrize(
    ("tail", "build"),
    [
        ("\n\ndef header(user_settings):\n    return user_settings.get('AUTH_HEADER_TYPE')\n", _BUILT),  # still read
        ("", "dict(DEFAULTS)"),  # no settings object built from the table: the engine cannot tell what reads it
    ],
)
def test_a_key_still_spelled_or_no_longer_tabled_is_not_claimed(tmp_path: Path, tail: str, build: str) -> None:
    old = _settings('    "AUTH_HEADER_TYPE": "Bearer",')
    found = diffed(tmp_path, old, _settings('    "AUTH_HEADER_TYPES": ("Bearer",),', tail, build))
    assert not [symbol for kind, symbol in found if symbol.startswith("config:")]


def test_djangorestframework_simplejwt_settings_dropped_from_defaults_are_claimed() -> None:
    renamed = changes("djangorestframework-simplejwt", "3.1", "3.2")  # `AUTH_HEADER_TYPE` -> `AUTH_HEADER_TYPES`
    assert [symbol for _, symbol in renamed if symbol.startswith("config:")] == ["config:SIMPLE_JWT.AUTH_HEADER_TYPE"]
    found = changes("djangorestframework-simplejwt", "2.1", "3.0")
    assert {symbol for _, symbol in found if symbol.startswith("config:")} == {
        "config:SIMPLE_JWT.AUTH_TOKEN_CLASS",  # renamed AUTH_TOKEN_CLASSES
        "config:SIMPLE_JWT.SECRET_KEY",  # renamed SIGNING_KEY (Django's own SECRET_KEY is still read: namespaced)
        "config:SIMPLE_JWT.TOKEN_BACKEND_CLASS",  # removed
    }


# -- a parameter inserted before a `*args` the old callable handed on whole (ormar 0.11's `get_or_create(self,
# _defaults=None, *args, **kwargs)`, was `(self, *args, **kwargs)`, both returning `self.get(*args, **kwargs)`): a
# caller's first positional argument now fills the inserted parameter, private or not (`param_moved`) --

_SHIFT_OLD = '''class QuerySet:
    def get(self, *args, **kwargs):
        return args, kwargs

    def get_or_create(self, *args, **kwargs):
        return self.get(*args, **kwargs)
'''


@pytest.mark.parametrize("inserted", ["_defaults=None", "defaults"])
def test_a_parameter_inserted_before_a_handed_on_star_args_shifts_positional_callers(
    tmp_path: Path, inserted: str
) -> None:
    new = _SHIFT_OLD.replace("get_or_create(self, *args", f"get_or_create(self, {inserted}, *args")
    found = diffed(tmp_path, {"demo/__init__.py": _SHIFT_OLD}, {"demo/__init__.py": new})
    claim = found[("signature_changed", "demo.QuerySet.get_or_create")]
    assert "param_moved" in claim.breakages and "'*args' moved from slot 0 to 1" in claim.detail
    assert claim.witness.endswith(".bind(None, 0).arguments['args'] == (0,)")


def test_a_star_args_whose_values_still_go_where_they_went_is_no_shift(tmp_path: Path) -> None:
    """The inserted parameter handed on before `*args` to the same call: the values go where they went."""
    new = _SHIFT_OLD.replace(
        "get_or_create(self, *args, **kwargs):\n        return self.get(*args",
        "get_or_create(self, first=None, *args, **kwargs):\n        return self.get(first, *args",
    )
    found = diffed(tmp_path, {"demo/__init__.py": _SHIFT_OLD}, {"demo/__init__.py": new})
    assert ("signature_changed", "demo.QuerySet.get_or_create") not in found


def test_an_old_star_args_the_body_read_is_no_shift(tmp_path: Path) -> None:
    """The old body read its `*args` itself (`args[0]` as the defaults): naming that slot moves nothing."""
    old = _SHIFT_OLD.replace("        return self.get(*args, **kwargs)\n", "        return args[0] if args else None\n")
    new = old.replace("get_or_create(self, *args", "get_or_create(self, defaults=None, *args")
    found = diffed(tmp_path, {"demo/__init__.py": old}, {"demo/__init__.py": new})
    assert ("signature_changed", "demo.QuerySet.get_or_create") not in found


def test_ormar_0_11_get_or_create_takes_defaults_before_the_filters() -> None:
    found = changes("ormar", "0.10.25", "0.11.0")
    for symbol in ("ormar.QuerySet.get_or_create", "ormar.relations.querysetproxy.QuerysetProxy.get_or_create"):
        # and the return, `-> "T"` now `-> Tuple["T", bool]` (misses62)
        assert found[("signature_changed", symbol)].breakages == ("param_moved", "return_type_changed")


def test_a_call_two_attributes_deep_through_a_built_attribute_stays_unfollowed(tmp_path: Path) -> None:
    """`self.opts.json_module.loads(data, *args)` (marshmallow 2's `Schema.loads`, on a base of another
    distribution): only a method of the built object itself is followed; past it, where `*args` went is unknown, as
    before."""
    old = '''from elsewhere import Base


class Opts:
    def __init__(self):
        self.json_module = None


class Schema(Base):
    def __init__(self):
        self.opts = Opts()

    def loads(self, data, *args, **kwargs):
        return self.opts.json_module.loads(data, *args, **kwargs)
'''
    new = old.replace("def loads(self, data, *args, **kwargs)", "def loads(self, data, **kwargs)").replace(
        "loads(data, *args, **kwargs)", "loads(data, **kwargs)"
    )
    found = diffed(tmp_path, {"demo/__init__.py": old}, {"demo/__init__.py": new})
    assert "could not be followed" in found[("signature_changed", "demo.Schema.loads")].detail
