"""False reports found on releases of libraries nobody had read (plumbum 1.8): each class on its
pinned real example and on a synthetic case, with a sibling that must stay claimed."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_review import synthetic
from tests.test_apidiff_trust import changes

# -- `@abstractmethod` on a subclass of a builtin type: only `object.__new__` refuses an abstract class --


def _made_abstract(found: dict[tuple[str, str], object], symbol: str) -> bool:
    change = found.get(("signature_changed", symbol))
    return change is not None and "now abstract" in getattr(change, "detail", "")


def test_plumbum_1_8_path_is_a_str_its_abstract_methods_bind_nobody() -> None:
    found = changes("plumbum", "1.7.2", "1.8.0")
    # 1.8.0: `class Path(str, ABC)` with `@abstractmethod def exists(self)`: `str.__new__` builds a subclass that
    # overrides none of them (checked: `class P(str, ABC)` with an abstract method instantiates on CPython 3.12)
    assert not _made_abstract(found, "plumbum.Path.exists")
    assert not _made_abstract(found, "plumbum.Path.join")
    # the true reports of the pair are kept: `ProgressBase(ABC)` is a plain object, its subclasses must override now
    assert _made_abstract(found, "plumbum.cli.progress.ProgressBase.display")
    assert _made_abstract(found, "plumbum.cli.config.ConfigBase.read")


_ABSTRACT_OLD = (
    "from abc import ABC, abstractmethod\n\n\n"
    "class Text(str, ABC):\n    def render(self):\n        raise NotImplementedError\n\n\n"
    "class Pairs(dict, ABC):\n    def render(self):\n        raise NotImplementedError\n\n\n"
    "class Plain(ABC):\n    def render(self):\n        raise NotImplementedError\n"
)
_ABSTRACT_NEW = _ABSTRACT_OLD.replace("    def render", "    @abstractmethod\n    def render")


def test_abstract_methods_of_a_builtin_subclass_are_no_claim(tmp_path: Path) -> None:
    found = synthetic(tmp_path, _ABSTRACT_OLD, _ABSTRACT_NEW)
    assert "demo.Text.render" not in found
    assert "demo.Pairs.render" not in found


def test_abstract_methods_of_a_plain_abc_are_still_claimed(tmp_path: Path) -> None:
    found = synthetic(tmp_path, _ABSTRACT_OLD, _ABSTRACT_NEW)
    assert "now abstract" in found["demo.Plain.render"].detail
