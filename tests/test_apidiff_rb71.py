"""Recall on databases, cloud SDKs, data formats and developer tools never measured: a command-line option whose
literal default changed (`cli_option_default_changed`)."""

from __future__ import annotations

from pathlib import Path

from bot.changes import ReleaseDiff
from bot.cli.diff_text import is_breaking, render_text
from bot.usage import find_usages
from bot.usage.model import Targets
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

CHANGED = "signature_changed"

_ARGPARSE = """import argparse


def main(argv=None):
    parser = argparse.ArgumentParser()
    {adds}
    return parser.parse_args(argv)
"""

_CLICK = """import click


@click.command()
{options}
def main(**options):
    return options
"""


def _argparse(*adds: str, module: str = "demo/__init__.py") -> dict[str, str]:
    return {"demo/__init__.py": "", module: _ARGPARSE.format(adds="\n    ".join(adds))}


def _click(*options: str) -> dict[str, str]:
    return {"demo/__init__.py": _CLICK.format(options="\n".join(options))}


def _defaults(found: dict[tuple[str, str], object]) -> set[str]:
    return {symbol for kind, symbol in found if kind == CHANGED and symbol.startswith("cli:")}


# -- synthetic: the class --------------------------------------------------------------------------------------------


def test_an_argparse_option_default_changed_is_a_behaviour_note(tmp_path: Path) -> None:
    old = _argparse("parser.add_argument('-r', '--resolver', default='legacy')", "parser.add_argument('--x')")
    new = _argparse("parser.add_argument('-r', '--resolver', default='backtracking')", "parser.add_argument('--x')")
    found = diffed(tmp_path, old, new)
    change = found[CHANGED, "cli:--resolver"]
    assert change.breakage == "cli_option_default_changed"
    assert change.breakages == ("cli_option_default_changed",)
    assert "defaults to 'backtracking' where it defaulted to 'legacy'" in change.detail
    assert change.witness  # asserts the declaring call's old default: passes on 1.0, fails on 2.0
    assert _defaults(found) == {"cli:--resolver"}
    assert not is_breaking(change)  # a note: no command line fails
    text = render_text(ReleaseDiff(package="demo", old="1.0", new="2.0", changes=[change]))
    assert "command lines and scripts leaving out an option whose default changed" in text
    assert "calls leaving out a parameter" not in text


def test_a_click_flag_pair_default_flipped_and_a_number_changed_are_claimed(tmp_path: Path) -> None:
    old = _click("@click.option('--emit/--no-emit', default=True)", "@click.option('--jobs', default=1)")
    new = _click("@click.option('--emit/--no-emit', default=False)", "@click.option('--jobs', default=4)")
    assert _defaults(diffed(tmp_path, old, new)) == {"cli:--emit", "cli:--jobs"}


def test_defaults_of_one_value_or_another_type_or_none_are_not_claimed(tmp_path: Path) -> None:
    old = _click(
        "@click.option('--jobs', default=1)",  # then 1.0: one value
        "@click.option('--size', default=8)",  # 8 then '8': a value click converts, no other meaning
        "@click.option('--mode', default='fast')",  # then None: the body decides later
        "@click.option('--level', default=LEVEL)",  # a name: no literal to compare
    )
    old["demo/__init__.py"] = old["demo/__init__.py"].replace("import click\n", "import click\nLEVEL = 1\n")
    new = _click(
        "@click.option('--jobs', default=1.0)",
        "@click.option('--size', default='8')",
        "@click.option('--mode', default=None)",
        "@click.option('--level', default=2)",
    )
    assert _defaults(diffed(tmp_path, old, new)) == set()


def test_an_option_declared_by_several_commands_with_other_defaults_is_not_claimed(tmp_path: Path) -> None:
    """Which subcommand a command line runs is not known: an option two parsers declare is claimed only when all its
    declarations agree, in one module or across modules."""
    old = {
        **_argparse("parser.add_argument('--format', default='text')"),
        "demo/other.py": _ARGPARSE.format(adds="parser.add_argument('--format', default='json')"),
    }
    new = {
        **_argparse("parser.add_argument('--format', default='json')"),
        "demo/other.py": _ARGPARSE.format(adds="parser.add_argument('--format', default='json')"),
    }
    assert _defaults(diffed(tmp_path, old, new)) == set()
    without = {**new, "demo/other.py": _ARGPARSE.format(adds="parser.add_argument('--format')")}
    assert _defaults(diffed(tmp_path / "without", old, without)) == set()


def test_a_removed_option_is_not_also_a_changed_default(tmp_path: Path) -> None:
    old = _argparse("parser.add_argument('--quiet', default='no')", "parser.add_argument('--x')")
    found = diffed(tmp_path, old, _argparse("parser.add_argument('--x')"))
    assert ("removed", "cli:--quiet") in found
    assert _defaults(found) == set()


# -- real pairs ------------------------------------------------------------------------------------------------------


def test_pip_tools_7_0_defaults_to_the_backtracking_resolver() -> None:
    found = changes("pip-tools", "6.14.0", "7.0.0")  # "Backwards Incompatible Changes: Default to --resolver=backtracking"
    change = found[CHANGED, "cli:--resolver"]
    assert change.breakage == "cli_option_default_changed"
    assert "defaults to 'backtracking' where it defaulted to 'legacy'" in change.detail
    assert _defaults(found) == {"cli:--resolver"}  # no other option's default changed


def test_a_command_line_passing_an_option_whose_default_changed_is_no_use(tmp_path: Path) -> None:
    """Passing the option is what keeps a command line as it was: only the option's removal makes a line a use."""
    old = _argparse("parser.add_argument('--resolver', default='legacy')", "parser.add_argument('--quiet')")
    new = _argparse("parser.add_argument('--resolver', default='backtracking')")
    found = diffed(tmp_path, old, new)
    assert {("signature_changed", "cli:--resolver"), ("removed", "cli:--quiet")} <= set(found)
    targets = Targets.from_diffs([ReleaseDiff(package="demo", old="1.0", new="2.0", changes=list(found.values()))])
    makefile = b"lock:\n\tdemo --resolver legacy --quiet\n"
    usages, _ = find_usages("Makefile", makefile, targets)
    assert {usage.symbol for usage in usages} == {"cli:--quiet"}


# -- a def's own deprecation logged or warned with the name of what it is handed --------------------------------------

_LOGGER = "import logging\nimport warnings\nlogger = logging.getLogger('demo')\n\n\n"


def _defs(body: str) -> dict[str, str]:
    return {"demo/__init__.py": _LOGGER + body}


def _deprecated(found: dict[tuple[str, str], object]) -> set[str]:
    return {symbol for kind, symbol in found if kind == "deprecated"}


def test_a_decorator_naming_itself_deprecated_with_the_decorated_class_name_is_deprecated(tmp_path: Path) -> None:
    old = _defs("def document_groups(cls):\n    return cls\n\n\ndef document_fix(cls):\n    return cls\n")
    new = _defs(
        "def document_groups(cls):\n"
        "    logger.warning(f'{cls.__name__} uses the @document_groups decorator which is deprecated in 2.0.')\n"
        "    return cls\n\n\n"
        "def document_fix(cls):\n"
        "    warnings.warn(f'{cls.__qualname__}: `document_fix` is deprecated', DeprecationWarning)\n"
        "    return cls\n"
    )
    found = diffed(tmp_path, old, new)
    assert _deprecated(found) == {"demo.document_groups", "demo.document_fix"}
    assert "@document_groups decorator which is deprecated" in found["deprecated", "demo.document_groups"].detail


def test_a_message_about_what_the_def_is_handed_is_no_deprecation_of_the_def(tmp_path: Path) -> None:
    """A decorator deprecating what it decorates, one naming itself only as the replacement, and a helper announcing
    the value it is handed (not its `__name__`) do not deprecate themselves."""
    plain = (
        "def deprecated(func):\n    return func\n\n\n"
        "def register(cls):\n    return cls\n\n\n"
        "def announce(name):\n    return name\n"
    )
    warned = (
        "def deprecated(func):\n"
        "    warnings.warn(f'{func.__name__} is deprecated', DeprecationWarning)\n    return func\n\n\n"
        "def register(cls):\n"
        "    logger.warning(f'{cls.__name__} is deprecated, use register() on a new class')\n    return cls\n\n\n"
        "def announce(name):\n"
        "    logger.warning(f'announce(): {name} is deprecated')\n    return name\n"
    )
    assert _deprecated(diffed(tmp_path, _defs(plain), _defs(warned))) == set()


def test_sqlfluff_2_0_rule_doc_decorators_are_deprecated() -> None:
    found = changes("sqlfluff", "1.4.5", "2.0.0")  # "All of these decorators are deprecated from SQLFluff 2.0.0"
    decorators = {"document_configuration", "document_fix_compatible", "document_groups"}
    assert {f"sqlfluff.core.rules.doc_decorators.{name}" for name in decorators} <= _deprecated(found)
    assert ("removed", "sqlfluff.rules.L001") in found  # the rules were recoded


# -- a parameter whose passing warns, plainly, that it goes ----------------------------------------------------------

_CHECKER = "import warnings\n\n\nclass Checker:\n    def __init__(self, tree, file_tokens=(), cache=None):\n{body}"


def test_a_parameter_a_plain_warning_says_will_be_removed_is_deprecated(tmp_path: Path) -> None:
    old = {"demo/__init__.py": _CHECKER.format(body="        self.tree = tree\n")}
    new = {
        "demo/__init__.py": _CHECKER.format(
            body="        self.tree = tree\n"
            "        if file_tokens:\n"
            "            warnings.warn('`file_tokens` will be removed in a future version', stacklevel=2)\n"
            "        if cache:\n"  # the subject is a file, not the parameter: no deprecation
            "            warnings.warn('the cache file will be removed when the checker closes')\n"
        )
    }
    found = diffed(tmp_path, old, new)
    assert found["deprecated", "demo.Checker"].detail == "deprecated parameter 'file_tokens'"
    assert _deprecated(found) == {"demo.Checker"}


def test_pyflakes_3_0_deprecates_the_file_tokens_of_checker() -> None:
    found = changes("pyflakes", "2.5.0", "3.0.0")  # "Remove handling of python 2.x `# type:` comments"
    assert found["deprecated", "pyflakes.checker.Checker"].detail == "deprecated parameter 'file_tokens'"
    assert ("removed", "pyflakes.messages.CommentAnnotationSyntaxError") in found
