"""recall62a: classes missed on networking and text-processing releases (niquests, mwparserfromhell)."""

from __future__ import annotations

from pathlib import Path

from bot.changes import Change
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a default naming a module constant is that constant's literal: niquests 3.4.3 set `ITER_CHUNK_SIZE = -1` (was
# 512) under `iter_lines(chunk_size=ITER_CHUNK_SIZE)`, and `iter_content(chunk_size=1)` became `=ITER_CHUNK_SIZE` --

_CONSTANT = '''TIMEOUT = 30


def get(url, timeout=TIMEOUT):
    return url
'''


def _default_change(found: dict[tuple[str, str], Change], symbol: str) -> tuple[str, str, str, int] | None:
    change = found.get(("signature_changed", symbol))
    delta = change.signature if change is not None else None
    return delta.defaults_changed[0] if delta is not None and delta.defaults_changed else None


def test_a_default_follows_the_value_of_the_module_constant_it_names(tmp_path: Path) -> None:
    new = _CONSTANT.replace("TIMEOUT = 30", "TIMEOUT = 120")
    found = diffed(tmp_path, {"demo/__init__.py": _CONSTANT}, {"demo/__init__.py": new})
    assert _default_change(found, "demo.get") == ("timeout", "TIMEOUT (30)", "TIMEOUT (120)", 1)
    # the same value, now spelled as a literal: no change
    literal = _CONSTANT.replace("timeout=TIMEOUT", "timeout=30")
    assert ("signature_changed", "demo.get") not in diffed(
        tmp_path / "same", {"demo/__init__.py": _CONSTANT}, {"demo/__init__.py": literal}
    )


def test_a_constant_imported_from_another_module_of_the_release_is_followed(tmp_path: Path) -> None:
    old = {
        "demo/__init__.py": "from demo.consts import SIZE\n\n\ndef read(chunk_size=SIZE):\n    return chunk_size\n",
        "demo/consts.py": "SIZE = 512\n",
    }
    found = diffed(tmp_path, old, {**old, "demo/consts.py": "SIZE = -1\n"})
    assert _default_change(found, "demo.read") == ("chunk_size", "SIZE (512)", "SIZE (-1)", 0)


def test_a_constant_bound_twice_or_shadowed_by_the_class_body_gives_no_value(tmp_path: Path) -> None:
    twice = (
        "try:\n    import fast\n    SIZE = 1\nexcept ImportError:\n    SIZE = 2\n\n\ndef read(n=SIZE):\n    return n\n"
    )
    found = diffed(tmp_path, {"demo/__init__.py": twice}, {"demo/__init__.py": twice.replace("SIZE = 2", "SIZE = 3")})
    assert ("signature_changed", "demo.read") not in found  # which binding the def reads depends on the machine
    shadowed = "SIZE = 1\n\n\nclass Reader:\n    SIZE = 5\n\n    def read(self, n=SIZE):\n        return n\n"
    found = diffed(
        tmp_path / "cls", {"demo/__init__.py": shadowed}, {"demo/__init__.py": shadowed.replace("SIZE = 1", "SIZE = 9")}
    )
    assert ("signature_changed", "demo.Reader.read") not in found  # the def reads the class body's SIZE, still 5


def test_niquests_3_4_3_changed_the_default_chunk_size_through_its_constant() -> None:
    found = changes("niquests", "3.4.2", "3.4.3")
    assert _default_change(found, "niquests.Response.iter_lines") == ("chunk_size", "ITER_CHUNK_SIZE (512)", "ITER_CHUNK_SIZE (-1)", 0)
    assert _default_change(found, "niquests.Response.iter_content") == ("chunk_size", "1", "ITER_CHUNK_SIZE (-1)", 0)


# -- a `__getattr__` handing every other name to the instance's text (`getattr(self.__unicode__(), attr)`,
# `getattr(str(self), attr)`) answers what a str has: mwparserfromhell 0.4's `Attribute.quoted` (now `quotes`) went
# unclaimed, the class read as answering any name --

_TEXT_MIXIN = '''class StringMixIn:
    def __str__(self):
        return self.__unicode__()

    def __getattr__(self, attr):
        return getattr(self.__unicode__(), attr)


class Attribute(StringMixIn):
    def __init__(self, name):
        self.name = name

    def __unicode__(self):
        return self.name

    @property
    def quoted(self):
        return True

    def strip(self):
        return self.name.strip()
'''


def test_a_getattr_handing_names_to_the_instance_text_answers_only_what_a_str_has(tmp_path: Path) -> None:
    new = _TEXT_MIXIN.replace("def quoted(self)", "def quotes(self)").replace(
        "    def strip(self):\n", "    def _s(self):\n"
    )
    found = diffed(tmp_path, {"demo/__init__.py": _TEXT_MIXIN}, {"demo/__init__.py": new})
    assert "what builtins.str has" in found[("removed", "demo.Attribute.quoted")].detail
    assert ("removed", "demo.Attribute.strip") not in found  # a str has `strip`: the text answers it
    # `str(self)` is the same text
    spelled = new.replace("getattr(self.__unicode__(), attr)", "getattr(str(self), attr)")
    assert ("removed", "demo.Attribute.quoted") in diffed(
        tmp_path / "str", {"demo/__init__.py": _TEXT_MIXIN}, {"demo/__init__.py": spelled}
    )


def test_mwparserfromhell_0_4_attribute_lost_quoted() -> None:
    found = changes("mwparserfromhell", "0.3.3", "0.4")
    assert ("removed", "mwparserfromhell.nodes.extras.Attribute.quoted") in found


# -- a classmethod giving its class attributes by names it does not spell (`setattr(cls, "filter_" + name, ...)`)
# makes the class's members unknown: mwparserfromhell 0.2 builds `filter_templates`, `ifilter_tags`... that way,
# which 0.1.1 defined, and six were claimed removed --

_FILTERS_OLD = '''class Code:
    def filter(self, forcetype=None):
        return forcetype

    def filter_templates(self):
        return self.filter("template")
'''
_FILTERS_NEW = '''class Code:
    def filter(self, forcetype=None):
        return forcetype

    @classmethod
    def _build_filter_methods(cls, **meths):
        for name, ftype in meths.items():
            setattr(cls, "filter_" + name, lambda self, ftype=ftype: self.filter(ftype))


Code._build_filter_methods(templates="template")
'''


def test_a_classmethod_setting_attributes_by_computed_names_makes_the_members_unknown(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _FILTERS_OLD}, {"demo/__init__.py": _FILTERS_NEW})
    assert ("removed", "demo.Code.filter_templates") not in found
    # names it spells are known: what it does not set is gone
    spelled = _FILTERS_NEW.replace(
        'for name, ftype in meths.items():\n            setattr(cls, "filter_" + name,',
        'for ftype in meths.values():\n            setattr(cls, "filter_text",',
    )
    assert ("removed", "demo.Code.filter_templates") in diffed(
        tmp_path / "spelled", {"demo/__init__.py": _FILTERS_OLD}, {"demo/__init__.py": spelled}
    )


def test_mwparserfromhell_0_2_still_builds_its_filter_methods() -> None:
    found = changes("mwparserfromhell", "0.1.1", "0.2")
    assert ("removed", "mwparserfromhell.wikicode.Wikicode.filter_templates") not in found
    assert ("removed", "mwparserfromhell.wikicode.Wikicode.ifilter_text") not in found
    assert ("signature_changed", "mwparserfromhell.nodes.Template.remove") in found  # `force_no_field` is gone
