"""Hunt 62: media and lab automation (plotting, audio/video/image layers, instrument control): false classes found."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a parameter renamed to a like name in a callable whose new `**kwargs` keeps every key it gets was claimed
# "renamed": the old keyword still binds and is kept, as a removed parameter's is (plotnine 0.13's `theme(...,
# legend_key_spacing=None, **kwargs)` builds a themeable of each key: `legend_entry_spacing=` still works) --

_KEPT_OLD = '''class Theme:
    def __init__(self, complete=False, entry_spacing=None, **kwargs):
        self.themeables = {}
        for name, element in kwargs.items():
            self.themeables[name] = build(name, element)


def build(name, element):
    return (name, element)
'''
_KEPT_NEW = _KEPT_OLD.replace("entry_spacing=None", "key_spacing=None")


def test_a_rename_whose_old_keyword_the_new_kwargs_keeps_is_no_rename(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _KEPT_OLD}, {"demo/__init__.py": _KEPT_NEW})
    delta = found[("signature_changed", "demo.Theme")].signature
    assert delta is not None
    assert delta.renamed == ()
    assert delta.made_keyword_only == ("entry_spacing",)  # a positional caller now fills `key_spacing`
    # the sibling: a new `**kwargs` that keeps no key (it only reads others) still loses the old keyword
    ignoring = _KEPT_NEW.replace("for name, element in kwargs.items():", "for name, element in kwargs.pop('x', {}):")
    found = diffed(tmp_path / "ignoring", {"demo/__init__.py": _KEPT_OLD}, {"demo/__init__.py": ignoring})
    assert found[("signature_changed", "demo.Theme")].signature.renamed == (("entry_spacing", "key_spacing"),)


def test_plotnine_0_13_theme_still_takes_its_old_themeable_names() -> None:
    found = changes("plotnine", "0.12.4", "0.13.0")
    delta = found[("signature_changed", "plotnine.themes.theme.theme")].signature
    assert delta is not None
    assert ("legend_entry_spacing_x", "legend_key_spacing_x") not in delta.renamed
    assert "legend_entry_spacing_x" in delta.made_keyword_only
    assert ("removed", "plotnine.themes.elements.Margin") in found  # really gone from that module
