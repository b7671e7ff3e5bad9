"""Usage-finder classes found scanning real Flask applications never scanned before (black, OctoPrint, httpbin,
superset, ...): each on the real pinned release's changes and on synthetic siblings of the application side."""

from __future__ import annotations

import textwrap

from bot.changes import ReleaseDiff
from bot.usage import Targets, find_usages
from tests.test_apidiff_trust import changes


def _diff(package: str, old: str, new: str) -> ReleaseDiff:
    return ReleaseDiff(package=package, old=old, new=new, changes=list(changes(package, old, new).values()))


def uses(source: str, *diffs: tuple[str, str, str], path: str = "app/main.py") -> list[tuple[int, str, bool]]:
    """(line, symbol, guarded) of each import-resolved use."""
    targets = Targets.from_diffs([_diff(*diff) for diff in diffs])
    usages, warnings = find_usages(path, textwrap.dedent(source).encode(), targets)
    assert warnings == []
    return [(u.line, u.symbol, u.guarded) for u in usages if u.confidence.value == "high"]


CLICK_8_1 = ("click", "8.0.4", "8.1.0")


def test_except_module_not_found_does_not_guard_importing_a_removed_submodule_by_name() -> None:
    # black 22.1.0's patch_click: `from click import _unicodefun` under `except ModuleNotFoundError`; click 8.1.0
    # removed the module, and `from click import _unicodefun` raises ImportError ("cannot import name"), not
    # ModuleNotFoundError: the handler does not run, black crashed on import
    source = """\
        def patch():
            try:
                from click import core
                from click import _unicodefun
            except ModuleNotFoundError:
                return
        """
    assert uses(source, CLICK_8_1) == [(4, "click._unicodefun", False)]


def test_except_module_not_found_guards_importing_the_removed_module_itself() -> None:
    source = """\
        try:
            import click._unicodefun
        except ModuleNotFoundError:
            pass
        try:
            from click._unicodefun import _verify_python_env
        except ModuleNotFoundError:
            pass
        """
    found = uses(source, CLICK_8_1)
    assert (2, "click._unicodefun", True) in found
    assert {(line, guarded) for line, symbol, guarded in found if line == 6} == {(6, True)}


def test_import_error_and_broad_handlers_guard_every_import() -> None:
    source = """\
        try:
            from click import _unicodefun
        except ImportError:
            pass
        try:
            from click import _unicodefun
        except (KeyError, Exception):
            pass
        try:
            from click import _unicodefun
        except:
            pass
        from contextlib import suppress
        with suppress(ImportError):
            from click import _unicodefun
        with suppress(ModuleNotFoundError):
            from click import _unicodefun
        """
    assert uses(source, CLICK_8_1) == [
        (2, "click._unicodefun", True),
        (6, "click._unicodefun", True),
        (10, "click._unicodefun", True),
        (15, "click._unicodefun", True),
        (17, "click._unicodefun", False),
    ]


def test_except_attribute_error_does_not_guard_an_import_of_a_removed_name() -> None:
    # `from click.utils import get_os_args` fails with ImportError, which an AttributeError handler lets through;
    # an attribute read of the same name is what it catches
    source = """\
        import click.utils
        try:
            from click.utils import get_os_args
        except AttributeError:
            get_os_args = None
        try:
            args = click.utils.get_os_args()
        except AttributeError:
            args = None
        """
    assert uses(source, CLICK_8_1) == [(3, "click.utils.get_os_args", False), (7, "click.utils.get_os_args", True)]
