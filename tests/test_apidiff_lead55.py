"""Lead, twenty-fifth stop: classes found checking changelogs against the engine's claims (prompt_toolkit 3.0)."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_core import surface
from tests.test_apidiff_trust import changes
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
    # the method of the class the call builds, not the module's function of that name
    assert old.symbols["demo.through_a_value"].kwargs_forwards == ("demo.Session.prompt",)
    assert old.symbols["demo.through_the_function"].kwargs_forwards == ("demo.prompt",)
    found = diffed(tmp_path, {"demo/__init__.py": _HANDED_OLD}, {"demo/__init__.py": _HANDED_NEW})
    assert ("signature_changed", "demo.through_a_value") not in found
    # the sibling: `prompt(**kw)` hands `output=` to the function that no longer takes it
    assert "forwarded_keyword_rejected" in found[("signature_changed", "demo.through_the_function")].breakages


# -- a removed name's paths that a package's `__all__` hid are listed as lost too: not one the new package still
# binds (pyproj 3.0: `pyproj.proj.proj_version_str` is gone, `from pyproj import proj_version_str` still works) --

_HIDDEN_OLD = {
    "demo/__init__.py": '__all__ = ["run"]\nfrom demo.proj import run, version_str\n',
    "demo/proj.py": 'version_str = "1.0"\n\n\ndef run():\n    return version_str\n',
}
_HIDDEN_NEW = {
    "demo/__init__.py": '__all__ = ["run"]\nfrom demo.proj import run\nfrom demo.transformer import version_str\n',
    "demo/proj.py": "def run():\n    return 1\n",
    "demo/transformer.py": '__all__ = ["Transformer"]\nversion_str = "2.0"\n\n\nclass Transformer:\n    pass\n',
}


def test_a_hidden_path_the_new_package_still_binds_is_not_listed_as_lost(tmp_path: Path) -> None:
    found = diffed(tmp_path, _HIDDEN_OLD, _HIDDEN_NEW)
    assert found[("removed", "demo.proj.version_str")].aliases == ()  # `from demo import version_str` still works
    dropped = {**_HIDDEN_NEW, "demo/__init__.py": '__all__ = ["run"]\nfrom demo.proj import run\n'}
    assert diffed(tmp_path / "dropped", _HIDDEN_OLD, dropped)[("removed", "demo.proj.version_str")].aliases == (
        "demo.version_str",
    )


def test_pyproj_3_0_still_binds_proj_version_str_at_the_top() -> None:
    found = changes("pyproj", "2.6.1", "3.0.0")
    assert found[("removed", "pyproj.proj.proj_version_str")].aliases == ()
    assert ("removed", "pyproj.get_angular_units_map") in found  # really gone from the package
