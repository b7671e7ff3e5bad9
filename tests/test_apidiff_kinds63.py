"""Kinds63: command-line options a console script or pytest plugin no longer declares (`cli_option_removed`)."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

REMOVED = "removed"


def _cli(found: dict[tuple[str, str], object]) -> set[str]:
    return {symbol for kind, symbol in found if kind == REMOVED and symbol.startswith("cli:")}


# -- real pairs: documented option removals ------------------------------------------------------------------------


def test_monkeytype_19_1_dropped_the_unparsable_defaults_options() -> None:
    found = changes("MonkeyType", "18.8.0", "19.1.0")  # "Remove the --include-unparsable-defaults and ..."
    assert _cli(found) == {"cli:--include-unparsable-defaults", "cli:--exclude-unparsable-defaults"}
    assert found[(REMOVED, "cli:--include-unparsable-defaults")].breakage == "cli_option_removed"


def test_pytest_sugar_0_8_replaced_new_summary_declared_by_group_addoption() -> None:
    assert _cli(changes("pytest-sugar", "0.7.1", "0.8.0")) == {"cli:--new-summary"}


def test_isort_5_options_still_parsed_as_short_option_plus_value_are_not_claimed() -> None:
    lost = _cli(changes("isort", "4.3.21", "5.0.0"))
    assert {"cli:--recursive", "cli:-rc", "cli:--apply", "cli:-y", "cli:--dont-skip"} <= lost
    assert "cli:-ac" not in lost  # isort 5 reads it as `-a c` (argparse's attached value of `-a`)
    assert "cli:-vn" not in lost  # `-v` is still declared


# -- synthetic: the class --------------------------------------------------------------------------------------------

_ARGPARSE = """import argparse


def main(argv=None):
    parser = argparse.ArgumentParser()
    {adds}
    return parser.parse_args(argv)
"""


def _argparse(*adds: str) -> dict[str, str]:
    return {"demo/__init__.py": _ARGPARSE.format(adds="\n    ".join(adds))}


def test_an_argparse_option_dropped_is_claimed(tmp_path: Path) -> None:
    old = _argparse("parser.add_argument('-q', '--quiet', action='store_true')", "parser.add_argument('--x')")
    found = diffed(tmp_path, old, _argparse("parser.add_argument('--x')"))
    assert _cli(found) == {"cli:--quiet", "cli:-q"}


def test_an_option_the_new_parser_takes_by_abbreviation_is_not_claimed(tmp_path: Path) -> None:
    old = _argparse("parser.add_argument('--verbose', action='store_true')")
    assert not _cli(diffed(tmp_path, old, _argparse("parser.add_argument('--verbose-output', action='store_true')")))


def test_an_option_declared_from_a_table_is_still_declared(tmp_path: Path) -> None:
    old = _argparse("parser.add_argument('--fast', action='store_true')")
    new = _argparse("for flag in OPTIONS:\n        parser.add_argument(flag, action='store_true')")
    new["demo/__init__.py"] += "\nOPTIONS = ['--fast']\n"
    assert not _cli(diffed(tmp_path, old, new))


def test_an_option_only_named_in_a_message_is_gone(tmp_path: Path) -> None:
    old = _argparse("parser.add_argument('--nosugar', action='store_true')")
    new = _argparse("print('--nosugar is deprecated, use -p no:sugar')")
    assert _cli(diffed(tmp_path, old, new)) == {"cli:--nosugar"}


def test_a_click_boolean_flag_pair_and_a_pytest_plugin_option(tmp_path: Path) -> None:
    old = {
        "demo/__init__.py": "import click\n\n\n@click.command()\n@click.option('--shout/--no-shout')\n"
        "def cli(shout): ...\n",
        "demo/plugin.py": "def pytest_addoption(parser):\n    group = parser.getgroup('demo')\n"
        "    group.addoption('--demo-fast', action='store_true')\n",
    }
    new = {
        "demo/__init__.py": "import click\n\n\n@click.command()\ndef cli(): ...\n",
        "demo/plugin.py": "def pytest_addoption(parser):\n    pass\n",
    }
    assert _cli(diffed(tmp_path, old, new)) == {"cli:--shout", "cli:--no-shout", "cli:--demo-fast"}


def test_options_of_shipped_tests_are_no_one_s_command_line(tmp_path: Path) -> None:
    test = "import argparse\n\n\ndef test_parse():\n    argparse.ArgumentParser().add_argument('--gone')\n"
    found = diffed(tmp_path, {"demo/__init__.py": "", "demo/tests/test_cli.py": test}, {"demo/__init__.py": ""})
    assert not _cli(found)


# -- usage: a removed option passed in a settings, CI or Makefile line -------------------------------------------------


def _used(files: dict[str, bytes], package: str, old: str, new: str) -> list[tuple[str, int, str, str]]:
    from bot.findings.scan import scan_files
    from tests.test_scan_releases import release_diff

    report = scan_files(files, [release_diff(package, old, new)])
    return [(u.file, u.line, u.symbol, u.confidence.value) for u in report.usages if u.symbol.startswith("cli:")]


def test_a_pytest_plugin_option_in_addopts_is_a_likely_use() -> None:
    files = {
        "setup.cfg": b"[tool:pytest]\naddopts = --new-summary -q\n",
        "Makefile": b"test:\n\t# pytest --new-summary\n\tpytest --new-summary-x\n",
        "app/main.py": b"print('--new-summary')\n",
    }
    assert _used(files, "pytest-sugar", "0.7.1", "0.8.0") == [("setup.cfg", 2, "cli:--new-summary", "medium")]


def test_a_console_script_option_on_a_line_naming_the_tool_is_likely_elsewhere_possible() -> None:
    ci = b"steps:\n  - run: monkeytype stub app --include-unparsable-defaults\n  - run: x --exclude-unparsable-defaults\n"
    assert _used({".github/workflows/ci.yml": ci}, "MonkeyType", "18.8.0", "19.1.0") == [
        (".github/workflows/ci.yml", 2, "cli:--include-unparsable-defaults", "medium"),
        (".github/workflows/ci.yml", 3, "cli:--exclude-unparsable-defaults", "possible"),
    ]


# -- settings spread onto the instance: `self.__dict__.update(DEFAULT_SETTINGS)`, then the user's dict -------------------


def test_html_sanitizer_1_3_no_longer_reads_element_filters() -> None:
    found = changes("html-sanitizer", "1.2.0", "1.3.0")
    assert found[(REMOVED, "config:element_filters")].breakage == "config_key_removed"
    assert {symbol for kind, symbol in found if symbol.startswith("config:")} == {"config:element_filters"}


_SPREAD = """DEFAULTS = {{{keys}}}


class Cleaner:
    def __init__(self, settings=None):
        {spread}.update(DEFAULTS)
        {spread}.update(settings or {{}})

    def clean(self, text):
        return text if self.strip else text.strip(){reads}
"""


def _spread(keys: str, reads: str = "", spread: str = "self.__dict__") -> dict[str, str]:
    return {"demo/__init__.py": _SPREAD.format(keys=keys, reads=reads, spread=spread)}


def test_a_setting_dropped_from_the_spread_defaults_is_no_longer_read(tmp_path: Path) -> None:
    old = _spread("'strip': True, 'filters': []")
    found = diffed(tmp_path, old, _spread("'strip': True"))
    assert [symbol for _, symbol in found if symbol.startswith("config:")] == ["config:filters"]
    other = tmp_path / "vars"
    found = diffed(other, _spread("'strip': True, 'filters': []", spread="vars(self)"), _spread("'strip': True"))
    assert [symbol for _, symbol in found if symbol.startswith("config:")] == ["config:filters"]


def test_a_setting_dropped_from_the_defaults_but_still_read_on_self_is_kept(tmp_path: Path) -> None:
    old = _spread("'strip': True, 'filters': []")
    found = diffed(tmp_path, old, _spread("'strip': True", reads=" + str(getattr(self, 'filters', ''))"))
    assert not [symbol for _, symbol in found if symbol.startswith("config:")]


def test_a_table_spread_with_no_mapping_handed_in_is_no_settings(tmp_path: Path) -> None:
    src = "STATE = {{{keys}}}\n\n\nclass Box:\n    def __init__(self):\n        self.__dict__.update(STATE)\n"
    old = {"demo/__init__.py": src.format(keys="'a': 1, 'b': 2")}
    found = diffed(tmp_path, old, {"demo/__init__.py": src.format(keys="'a': 1")})
    assert not [symbol for _, symbol in found if symbol.startswith("config:")]


# -- a class setting deprecated: `if cls.setting: warn(...)` in a method of the class --------------------------------


def test_dataclass_wizard_0_34_deprecates_the_meta_setting_debug_enabled() -> None:
    found = changes("dataclass-wizard", "0.33.0", "0.34.0")
    change = found[("deprecated", "dataclass_wizard.bases_meta.BaseJSONWizardMeta.debug_enabled")]
    assert change.breakage == "class_setting_deprecated"
    assert change.detail.endswith("Deprecated Meta setting debug_enabled. Use `v1_debug` instead")


_SETTING = """import warnings


class Options:
    strict = False

    def __init__(self, verbose=False):
        self.verbose = verbose

    def run(self):
        if self.{tested}{is_set}:
            {then}
"""


def _setting(tested: str, then: str, is_set: str = "") -> dict[str, str]:
    return {"demo/__init__.py": _SETTING.format(tested=tested, then=then, is_set=is_set)}


def _deprecated_settings(found: dict[tuple[str, str], object]) -> set[str]:
    return {symbol for kind, symbol in found if symbol.startswith("demo.Options.") and kind == "deprecated"}


def test_a_class_attribute_whose_setting_now_warns_is_deprecated(tmp_path: Path) -> None:
    warn = "warnings.warn('strict is deprecated', DeprecationWarning)"
    found = diffed(tmp_path, _setting("strict", "pass"), _setting("strict", warn, is_set=" is not None"))
    assert _deprecated_settings(found) == {"demo.Options.strict"}


def test_a_warning_naming_another_thing_or_an_instance_attribute_is_no_setting_deprecation(tmp_path: Path) -> None:
    other = "warnings.warn('the old parser is deprecated', DeprecationWarning)"
    assert not _deprecated_settings(diffed(tmp_path / "a", _setting("strict", "pass"), _setting("strict", other)))
    instance = "warnings.warn('verbose is deprecated', DeprecationWarning)"
    found = diffed(tmp_path / "b", _setting("verbose", "pass"), _setting("verbose", instance))
    assert "demo.Options.verbose" not in _deprecated_settings(found)  # set on `self` only: the constructor's
