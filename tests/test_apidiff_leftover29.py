"""False claims and misses left over from lost work (luigi, jsonargparse, django-extensions, virtualenv, rich-click,
werkzeug): each class on its pinned real example and on a synthetic case, with siblings that must stay claimed."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.apidiff.catalogue import KINDS, Severity
from bot.apidiff.diff import diff_surfaces
from bot.apidiff.lazydeps import seeds
from bot.apidiff.release import surface_of
from bot.cli.diff_text import BEHAVIOUR_NOTES
from bot.cli.main import app
from bot.config import get_settings
from tests.test_apidiff_core import surface, wheel
from tests.test_apidiff_releases import pinned_surface
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen3 import diffed

# -- an option the body cannot run without, read out of `**kwargs`, was required already --


def test_luigi_3_7_options_required_out_of_kwargs_lost_no_default() -> None:
    found = changes("luigi", "3.6.0", "3.7.1")
    # 3.6.0: `if 'enum' not in kwargs: raise ParameterException(...)` then `self._enum = kwargs.pop('enum')`;
    # 3.7.1: `enum=None` then `if enum is None: raise ParameterException(...)`
    lost = {
        s
        for (k, s), c in found.items()
        if k == "signature_changed" and s.startswith("luigi.") and "Parameter" in s
        and ("default" in (c.detail or "") or "required" in (c.detail or ""))
    }
    assert lost == set()
    assert ("signature_changed", "luigi.mypy.TaskTransformer") in found  # a new required `task_plugin`: kept


_REQUIRED_BY_GUARD = (
    "class P:\n    def __init__(self, *args, **kwargs):\n"
    "        if 'choices' not in kwargs:\n            raise ValueError('choices')\n"
    "        self.choices = kwargs.pop('choices')\n"
)
_REQUIRED_BY_READ = "class P:\n    def __init__(self, **kwargs):\n        self.choices = set(kwargs['choices'])\n"
_NEW_REFUSING_NONE = (
    "class P:\n    def __init__(self, *args, choices=None, **kwargs):\n"
    "        if choices is None:\n            raise ValueError('choices')\n        self.choices = choices\n"
)


@pytest.mark.parametrize("old", [_REQUIRED_BY_GUARD, _REQUIRED_BY_READ])
def test_an_option_required_out_of_kwargs_made_a_refused_none_default_is_no_claim(tmp_path: Path, old: str) -> None:
    found = diffed(tmp_path, old, _NEW_REFUSING_NONE)
    assert ("signature_changed", "demo.P") not in found
    required = "class P:\n    def __init__(self, *args, choices, **kwargs):\n        self.choices = choices\n"
    assert ("signature_changed", "demo.P") not in diffed(tmp_path, old, required)


@pytest.mark.parametrize(
    "old",
    [
        "class P:\n    def __init__(self, **kwargs):\n        self.choices = kwargs.pop('choices', None)\n",
        "class P:\n    def __init__(self, **kwargs):\n        if kwargs:\n            self.choices = kwargs['choices']\n",
        "class P:\n    def __init__(self, **kwargs):\n        x = kwargs.get('a') or kwargs['choices']\n",
    ],
)
def test_an_optional_option_out_of_kwargs_made_required_is_still_claimed(tmp_path: Path, old: str) -> None:
    found = diffed(tmp_path, old, _NEW_REFUSING_NONE)
    assert ("signature_changed", "demo.P") in found


# -- `**kwargs` handed whole to a helper that takes options out of it; a hook called by a method bound by name --


def test_jsonargparse_4_49_options_a_helper_pops_and_hooks_of_a_rebound_method_are_kept() -> None:
    found = changes("jsonargparse", "4.48.0", "4.49.0")
    # `ActionJsonSchema.__init__(self, schema=None, sub_config=True, with_meta=True, **kwargs)` calls
    # `action_json_schema_enable_path_deprecation(kwargs)`, which pops `enable_path` (sub_config's old name)
    assert ("signature_changed", "jsonargparse.ActionJsonSchema") not in found
    assert ("signature_changed", "jsonargparse.ArgumentParser.add_argument") not in found
    # `ArgumentParser.add_class_arguments = SignatureArguments.add_class_arguments` still calls the hooks
    hooks = {s for (k, s), c in found.items() if c.breakage == "hook_no_longer_called"}
    assert not {s for s in hooks if s.startswith("jsonargparse.ArgumentParser.")}
    assert "jsonargparse.Path.get_content" in hooks  # `Path.open` reads `read_text()` now: kept


_HELPER = "def _take(options):\n    if 'enable' in options:\n        return options.pop('enable')\n    return None\n"
_CALLEE = "def _build(size=1):\n    return size\n"


def test_an_option_a_helper_takes_out_of_the_handed_kwargs_is_still_accepted(tmp_path: Path) -> None:
    old = _CALLEE + "def make(size=1, *, enable=True, **kwargs):\n    return _build(size, **kwargs)\n"
    new = _HELPER + _CALLEE + "def make(size=1, **kwargs):\n    _take(kwargs)\n    return _build(size, **kwargs)\n"
    assert ("signature_changed", "demo.make") not in diffed(tmp_path, old, new)
    other = new.replace("'enable'", "'other'")
    assert ("signature_changed", "demo.make") in diffed(tmp_path, old, other)  # the helper takes another key


def test_a_parameter_renamed_in_place_whose_old_name_a_helper_takes_is_no_claim(tmp_path: Path) -> None:
    old = _CALLEE + "def make(size=1, enable=True, **kwargs):\n    return _build(size, **kwargs)\n"
    new = _HELPER + _CALLEE + (
        "def make(size=1, sub=True, **kwargs):\n    value = _take(kwargs)\n    if value is not None:\n"
        "        sub = value\n    return _build(size, **kwargs)\n"
    )
    assert ("signature_changed", "demo.make") not in diffed(tmp_path, old, new)
    dropped = new.replace("    value = _take(kwargs)\n", "    value = None\n")
    assert ("signature_changed", "demo.make") in diffed(tmp_path, old, dropped)


_MIXIN = "class Mixin:\n    def run(self):\n        self._step()\n    def other(self):\n        return 1\n"


def test_a_hook_called_by_a_base_method_the_class_binds_by_name_is_still_called(tmp_path: Path) -> None:
    old = "class P:\n    def run(self):\n        self._step()\n    def _step(self):\n        pass\n"
    new = _MIXIN + "class P(Mixin):\n    run = Mixin.run\n    def _step(self):\n        pass\n"
    found = diffed(tmp_path, old, new)
    assert not any(c.breakage == "hook_no_longer_called" for c in found.values())
    elsewhere = new.replace("run = Mixin.run", "run = Mixin.other")
    found = diffed(tmp_path, old, elsewhere)
    assert any(c.breakage == "hook_no_longer_called" and s == "demo.P._step" for (_, s), c in found.items())


# -- the environment handed to a helper that looks up keys it builds from its parameters --


def test_virtualenv_21_14_9_still_reads_the_variable_a_helper_handed_the_environment_looks_up() -> None:
    found = changes("virtualenv", "21.14.8", "21.14.9")
    assert ("env_var_removed", "env:VIRTUALENV_PERIODIC_UPDATE_INSECURE") not in found
    # 21.14.8's `make_app_data(folder, **kwargs)` did `kwargs.pop("read_only")`: required already
    assert ("signature_changed", "virtualenv.app_data.make_app_data") not in found
    assert ("private_signature_changed", "virtualenv.seed.embed.via_app_data.pip_install.base.PipInstall._uninstall_dist") in {
        (c.breakage, s) for (_, s), c in found.items()
    }  # a new required `env_dir`: kept


_READS_DIRECTLY = "import os\ndef insecure():\n    return os.environ.get('DEMO_INSECURE')\n"
_HELPER_MODULE = "def get_env_var(key, kind, env):\n    name = f'DEMO_{key.upper()}'\n    return env.get(name)\n"


@pytest.mark.parametrize(
    "call", ["get_env_var('insecure', bool, os.environ)", "get_env_var(key='insecure', kind=bool, env=os.environ)"]
)
def test_a_variable_read_through_a_helper_of_another_module_handed_the_environment_is_kept(
    tmp_path: Path, call: str
) -> None:
    new = {
        "demo/__init__.py": f"import os\nfrom demo.env import get_env_var\ndef insecure():\n    return {call}\n",
        "demo/env.py": _HELPER_MODULE,
    }
    found = diff_surfaces(surface(tmp_path, {"demo/__init__.py": _READS_DIRECTLY}, "1.0"), surface(tmp_path, new, "2.0"))
    assert "env:DEMO_INSECURE" not in {c.symbol for c in found}
    other = {**new, "demo/__init__.py": new["demo/__init__.py"].replace("'insecure'", "'secure'")}
    found = diff_surfaces(surface(tmp_path, {"demo/__init__.py": _READS_DIRECTLY}, "1.0"), surface(tmp_path, other, "3.0"))
    assert "env:DEMO_INSECURE" in {c.symbol for c in found}  # the helper is handed another key


def test_the_environment_handed_to_a_helper_reading_literal_keys_only_reads_nothing_new(tmp_path: Path) -> None:
    new = (
        "import os\ndef _get(env):\n    return env.get('DEMO_OTHER')\n"
        "def insecure():\n    return _get(os.environ)\n"
    )
    assert ("env_var_removed", "env:DEMO_INSECURE") in diffed(tmp_path, _READS_DIRECTLY, new)


# -- `release-watch diff` exits 1 only for changes that break someone --


def _local_diff(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, old: str, new: str) -> tuple[int, str]:
    monkeypatch.setenv("DATA_DIR", str(tmp_path / "data"))
    get_settings.cache_clear()
    trees = []
    for name, text in (("old", old), ("new", new)):
        (tmp_path / name / "demo").mkdir(parents=True)
        (tmp_path / name / "demo" / "__init__.py").write_text(text)
        trees.append(str(tmp_path / name))
    try:
        result = CliRunner().invoke(app, ["diff", "demo", *trees])
    finally:
        get_settings.cache_clear()
    return result.exit_code, result.stdout


def test_a_diff_of_behaviour_notes_only_exits_0(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    code, text = _local_diff(tmp_path, monkeypatch, "def f(x=False):\n    pass\n", "def f(x=True):\n    pass\n")
    assert code == 0, text
    assert "defaults to True" in text and "bound the requirement" not in text


def test_a_behaviour_note_beside_a_removal_still_exits_1(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    old = "def f(x=False):\n    pass\ndef g():\n    pass\n"
    code, text = _local_diff(tmp_path, monkeypatch, old, "def f(x=True):\n    pass\n")
    assert code == 1, text
    code, text = _local_diff(tmp_path / "b", monkeypatch, "def f(x=False):\n    pass\n", "def f(*, x=True):\n    pass\n")
    assert code == 1, text  # made keyword-only too: breaking


def test_the_behaviour_notes_of_the_cli_are_the_catalogues_behaviour_kinds() -> None:
    assert {kind.id for kind in KINDS if kind.severity is Severity.BEHAVIOUR} == BEHAVIOUR_NOTES


# -- a new required parameter handed where an unfollowable `**kwargs` went before --


def test_django_extensions_4_0_request_handed_to_super_is_no_new_requirement() -> None:
    found = changes("django-extensions", "3.2.3", "4.0")
    assert not any(s.endswith(".formfield_for_dbfield") for (_, s) in found)
    assert ("removed", "django_extensions.management.commands.pipchecker") in found  # a real removal: kept


_OLD_MIXIN = "class Mixin:\n    def formfield(self, field, **kwargs):\n        return super().formfield(field, **kwargs)\n"


@pytest.mark.parametrize(
    "call", ["super().formfield(field, request, **kwargs)", "super().formfield(field, request=request, **kwargs)"]
)
def test_a_parameter_handed_to_the_super_call_kwargs_went_to_is_no_new_requirement(tmp_path: Path, call: str) -> None:
    new = f"class Mixin:\n    def formfield(self, field, request, **kwargs):\n        return {call}\n"
    assert ("signature_changed", "demo.Mixin.formfield") not in diffed(tmp_path, _OLD_MIXIN, new)


def test_a_new_required_parameter_kept_to_itself_or_where_kwargs_were_followed_is_claimed(tmp_path: Path) -> None:
    kept = (
        "class Mixin:\n    def formfield(self, field, request, **kwargs):\n        self.request = request\n"
        "        return super().formfield(field, **kwargs)\n"
    )
    assert ("signature_changed", "demo.Mixin.formfield") in diffed(tmp_path, _OLD_MIXIN, kept)
    impl = "def _impl(field, request=None):\n    return field\n"
    old = impl + "def formfield(field, **kwargs):\n    return _impl(field, **kwargs)\n"
    new = impl + "def formfield(field, request, **kwargs):\n    return _impl(field, request, **kwargs)\n"
    assert ("signature_changed", "demo.formfield") in diffed(tmp_path, old, new)  # `_impl` took it optional


# -- `*args` an old wrapper handed whole to another distribution's callable took what that callable takes --


def test_rich_click_1_7_spelled_out_what_its_wrappers_handed_click() -> None:
    found = changes("rich-click", "1.6.1", "1.7.0", ("click", "8.1.7"))
    for symbol in ("rich_click.RichCommand.main", "rich_click.RichGroup.main", "rich_click.group"):
        assert ("signature_changed", symbol) not in found
    assert ("removed", "rich_click.RichCommand.standalone_mode") in found  # a class attribute gone: kept
    old, new = pinned_surface("rich-click", "1.6.1"), pinned_surface("rich-click", "1.7.0")
    assert "click.group" in seeds(new, old)  # the CLI reads click's `group` for it


def _with_dependency(tmp_path: Path, dependency: str, old: str, new: str) -> set[str]:
    dep = surface_of(wheel(tmp_path / "dep", {"dep/__init__.py": dependency}), "dep", "1.0")
    found = diff_surfaces(
        surface(tmp_path, {"demo/__init__.py": old}, "1.0"), surface(tmp_path, {"demo/__init__.py": new}, "2.0"), [dep]
    )
    return {c.symbol for c in found}


_WRAPPER = "from dep import group as _group\ndef group(*args, cls=None, **kwargs):\n    return _group(*args, cls=cls, **kwargs)\n"
_SPELLED = "def group(name=None, cls=None, **attrs):\n    return name\n"


def test_a_wrapper_spelling_out_what_its_outside_callee_took_removes_nothing(tmp_path: Path) -> None:
    reading = _SPELLED.replace("return name", "return name, cls")  # `cls` still read: no "no longer read" claim
    assert "demo.group" not in _with_dependency(tmp_path, _SPELLED, _WRAPPER, reading)
    more = "def group(name=None, extra=None, cls=None, **attrs):\n    return name\n"
    assert "demo.group" in _with_dependency(tmp_path / "b", more, _WRAPPER, reading)  # `extra`'s slot is lost


# -- a helper handed a name the module binds only to a literal reads that literal, not every name spelled --


def test_jsonargparse_4_49_no_longer_setting_logger_level_is_no_lost_read() -> None:
    found = changes("jsonargparse", "4.48.0", "4.49.0")
    # 4.48's `os.environ["LOGGER_LEVEL"] = "DEBUG"` sets it; `get_env_var_bool(var_name)` was handed
    # `var_name = "JSONARGPARSE_ADD_PRINT_COMPLETION_ARGUMENT"`, not any name the module spells
    assert ("env_var_removed", "env:LOGGER_LEVEL") not in found


_FLAG = "import os\ndef _flag(name):\n    return os.getenv(name)\ndef f():\n    var = 'DEMO_FLAG'\n    return _flag(var)\n"


def test_a_name_bound_to_a_literal_handed_to_a_reading_helper_reads_only_it(tmp_path: Path) -> None:
    old = _FLAG + "os.environ['DEMO_LEVEL'] = 'x'\n"
    assert ("env_var_removed", "env:DEMO_LEVEL") not in diffed(tmp_path, old, _FLAG)
    other = _FLAG.replace("'DEMO_FLAG'", "'DEMO_OTHER'")
    assert ("env_var_removed", "env:DEMO_FLAG") in diffed(tmp_path, old, other)
    computed = "import os\ndef _flag(name):\n    return os.getenv(name)\ndef f(var):\n    return _flag(var)\n"
    kept = computed + "NAMES = ['DEMO_FLAG']\n"
    assert ("env_var_removed", "env:DEMO_FLAG") not in diffed(tmp_path, _FLAG, kept)  # a parameter: any name spelled


# -- a None default the body refuses with `not isinstance(...)`, through an alias too --


def test_jsonargparse_4_46_action_parser_lost_no_default() -> None:
    found = changes("jsonargparse", "4.45.0", "4.46.0")
    assert ("signature_changed", "jsonargparse.ActionParser") not in found


@pytest.mark.parametrize(
    "guard",
    [
        "    if not isinstance(parser, Parser):\n        raise ValueError('parser')\n",
        "    self._parser = parser\n    if not isinstance(self._parser, (Parser, dict)):\n        raise ValueError('p')\n",
    ],
)
def test_a_none_default_refused_by_an_isinstance_guard_was_required(tmp_path: Path, guard: str) -> None:
    old = f"class Parser:\n    pass\nclass Action:\n  def __init__(self, parser=None):\n{guard}"
    new = "class Parser:\n    pass\nclass Action:\n  def __init__(self, parser):\n    self._parser = parser\n"
    assert ("signature_changed", "demo.Action") not in diffed(tmp_path, old, new)


@pytest.mark.parametrize("kinds", ["(Parser, type(None))", "(Parser, NoneType)", "object"])
def test_an_isinstance_guard_admitting_none_keeps_the_default(tmp_path: Path, kinds: str) -> None:
    old = (
        "from types import NoneType\nclass Parser:\n    pass\nclass Action:\n  def __init__(self, parser=None):\n"
        f"    if not isinstance(parser, {kinds}):\n        raise ValueError('parser')\n"
    )
    new = "class Parser:\n    pass\nclass Action:\n  def __init__(self, parser):\n    self._parser = parser\n"
    assert ("signature_changed", "demo.Action") in diffed(tmp_path, old, new)


def test_jsonargparse_4_44_dump_renamed_in_place_through_a_helper_assigned_at_once() -> None:
    found = changes("jsonargparse", "4.43.0", "4.44.0")
    assert ("signature_changed", "jsonargparse.ArgumentParser.dump") not in found
    # the `with_meta` the static `parse_args` no longer spells is taken only by a runtime patch, keyword-only
    assert ("signature_changed", "jsonargparse.ArgumentParser.parse_args") in found


def test_a_parameter_set_at_once_from_a_helper_taking_its_old_name_is_renamed_in_place(tmp_path: Path) -> None:
    helper = "def _old(options, value):\n    return options.pop('enable', value)\n"
    old = _CALLEE + "def make(size=1, enable=True, **kwargs):\n    return _build(size, **kwargs)\n"
    new = helper + _CALLEE + (
        "def make(size=1, sub=True, **kwargs):\n    sub = _old(kwargs, sub)\n    return _build(size, **kwargs)\n"
    )
    assert ("signature_changed", "demo.make") not in diffed(tmp_path, old, new)
    assert ("signature_changed", "demo.make") in diffed(tmp_path, old, new.replace("'enable'", "'other'"))


# -- a mixin's method handing `**kwargs` to `self.x(...)`: the inheriting class says where they go --


def test_jsonargparse_4_49_instantiate_classes_hands_its_keywords_to_the_parsers_instantiate() -> None:
    found = changes("jsonargparse", "4.48.0", "4.49.0")
    # `ParserDeprecations.instantiate_classes(self, cfg, **kwargs)` calls `self.instantiate(cfg, **kwargs)`:
    # `ArgumentParser.instantiate = InstantiateMethod.instantiate`, which takes `instantiate_groups`
    change = found[("signature_changed", "jsonargparse.ArgumentParser.instantiate_classes")]
    assert change.breakages == ("param_made_keyword_only",)  # its slot is gone: true; its keyword is still taken


_MIXIN_GO = "class Mixin:\n    def go(self, cfg, **kwargs):\n        return self.run(cfg, **kwargs)\n"


def test_keywords_a_mixin_hands_to_a_method_of_the_inheriting_class_are_followed(tmp_path: Path) -> None:
    old = "class P:\n    def go(self, cfg, *, groups=True):\n        return cfg\n"
    new = _MIXIN_GO + "class P(Mixin):\n    def run(self, cfg, groups=True):\n        return cfg\n"
    assert ("signature_changed", "demo.P.go") not in diffed(tmp_path, old, new)
    without = _MIXIN_GO + "class P(Mixin):\n    def run(self, cfg):\n        return cfg\n"
    assert ("signature_changed", "demo.P.go") in diffed(tmp_path, old, without)
