"""Known errors left alone by earlier rounds, each fixed as a class: on its pinned real example, on a synthetic case,
and with a sibling that must stay claimed."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen3 import diffed

# -- `**kwargs` handed through a second mixin's `super().__init__`: resolved along the instance's order --


def test_jsonargparse_4_48_exit_on_error_still_reaches_argparse() -> None:
    found = changes("jsonargparse", "4.47.0", "4.48.0")
    # 4.48's `ArgumentParser.__init__(*args, ..., **kwargs)` hands `exit_on_error` on through `ParserDeprecations`,
    # `ActionsContainer` and `LoggerProperty`, each `super().__init__(*args, **kwargs)`, to argparse's ArgumentParser
    change = found.get(("signature_changed", "jsonargparse.ArgumentParser"))
    assert change is None or "exit_on_error" not in change.detail


_MIXINS = """import argparse


class Deprecations:
    def __init__(self, *args, error_handler=None, **kwargs):
        super().__init__(*args, **kwargs)


class Logged:
    def __init__(self, *args, logger=None, **kwargs):
        self.logger = logger
        super().__init__(*args, **kwargs)


class Container(Logged, argparse._ActionsContainer):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)


"""


def _parser(named: str) -> str:
    return (
        _MIXINS
        + "class Parser(Deprecations, Container, argparse.ArgumentParser):\n"
        + f"    def __init__(self, *args, env=None,{named} **kwargs):\n"
        + "        super().__init__(*args, **kwargs)\n"
    )


def test_a_keyword_handed_through_mixins_to_the_stdlib_base_is_no_removal(tmp_path: Path) -> None:
    # the mixins' `super()` goes on along `Parser`'s order, not their own (where it would reach `object`), and past
    # `argparse._ActionsContainer` (a mixin's base) to the `argparse.ArgumentParser` deriving from it
    found = diffed(tmp_path, _parser(" exit_on_error=True,"), _parser(""))
    change = found.get(("signature_changed", "demo.Parser"))
    assert change is None or "exit_on_error" not in change.detail


def test_a_keyword_no_class_of_the_order_takes_stays_a_sure_removal(tmp_path: Path) -> None:
    found = diffed(tmp_path, _parser(" strict=True,"), _parser(""))
    detail = found[("signature_changed", "demo.Parser")].detail
    assert "'strict' removed" in detail
    assert "lower confidence" not in detail  # every hop followed: argparse's ArgumentParser refuses it
