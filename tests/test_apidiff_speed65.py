"""Speed, sixty-fifth stop: cheaper walks and gates that change no output (the benchmark pairs' full output, dumped
before and after, is byte-identical)."""

from __future__ import annotations

import ast
from pathlib import Path

from bot.apidiff.source import contains, walk
from tests.test_apidiff_unseen4 import diffed

# -- `handednones` reads a method's opening statements only when it spells `self.m` for an undecorated sibling `m`
# taking an argument (however the tokenizer allows it written), not for every method with a None default --

_RECURSIVE_OLD = '''class Parser:
    def pair(self, settings=None, zone=None):
        zone.lower()
        return self.pair(zone, settings)

    def plain(self, text, settings=None):
        return text

    def spaced(self, text, settings=None):
        self.calls = 1
        return (self  # the instance
                ) . \\
            pair(text, settings)

    def takes_nothing(self):
        return 1

    def handed_to_nothing(self, text, settings=None):
        return self.takes_nothing()
'''
_RECURSIVE_NEW = _RECURSIVE_OLD.replace("settings=None", "settings")


def test_a_none_default_handed_to_the_method_itself_is_still_followed(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _RECURSIVE_OLD}, {"demo/__init__.py": _RECURSIVE_NEW})
    # `pair` hands `settings` to itself as the `zone` it uses first: leaving it out never worked; `spaced` hands it so
    for name in ("pair", "spaced"):
        assert ("signature_changed", f"demo.Parser.{name}") not in found
    # no sibling takes it: the default was working, its loss is a claim
    for name in ("plain", "handed_to_nothing"):
        assert "'settings' lost its default" in found[("signature_changed", f"demo.Parser.{name}")].detail


# -- `contains` answers what a walk's `any(isinstance(...))` answers, for every node kind --


def test_contains_agrees_with_a_walk_on_every_subtree() -> None:
    tree = ast.parse(Path(ast.__file__).read_text())
    kinds = (ast.Return, ast.Yield, ast.YieldFrom)
    for node in walk(tree):
        assert contains(node, kinds) == any(isinstance(sub, kinds) for sub in walk(node))
