"""Lead, twenty-fifth stop: classes found checking changelogs against the engine's claims (prompt_toolkit 3.0)."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_core import surface
from tests.test_apidiff_unseen4 import diffed

# -- `**kwargs` handed to a method of a value no name spells (`Session().prompt(**kw)`) went, read from the text, to
# the module's own `prompt` function: a keyword that function stopped taking was claimed "no longer accepted" --

_HANDED_OLD = '''class Session:
    def prompt(self, message=None, history=None):
        return message


def prompt(message=None, output=None):
    return message


def through_a_value(*a, **kw):
    return Session().prompt(*a, **kw)


def through_the_function(*a, **kw):
    return prompt(*a, **kw)
'''
_HANDED_NEW = _HANDED_OLD.replace("def prompt(message=None, output=None)", "def prompt(message=None)")


def test_kwargs_handed_to_a_method_of_a_call_result_do_not_go_to_the_function_of_its_name(tmp_path: Path) -> None:
    old = surface(tmp_path / "old", {"demo/__init__.py": _HANDED_OLD}, "1.0")
    assert old.symbols["demo.through_a_value"].kwargs_forwards == ("?",)  # where they go is unknown
    assert old.symbols["demo.through_the_function"].kwargs_forwards == ("demo.prompt",)
    found = diffed(tmp_path, {"demo/__init__.py": _HANDED_OLD}, {"demo/__init__.py": _HANDED_NEW})
    assert ("signature_changed", "demo.through_a_value") not in found
    # the sibling: `prompt(**kw)` hands `output=` to the function that no longer takes it
    assert "forwarded_keyword_rejected" in found[("signature_changed", "demo.through_the_function")].breakages
