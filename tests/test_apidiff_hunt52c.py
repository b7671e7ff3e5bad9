"""False claims found by hunt52c on notebook, documentation, static site, email and calendar libraries nobody tuned
on: each class on its pinned real example, on a synthetic case, and with a sibling that must stay claimed."""

from __future__ import annotations

from pathlib import Path

from bot.changes import Change
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed


def breakages(found: dict[tuple[str, str], Change], symbol: str) -> tuple[str, ...]:
    """The breakage kinds claimed of the symbol's signature or shape (none when it is not claimed)."""
    change = found.get(("signature_changed", symbol))
    return change.breakages if change is not None else ()


# -- a tuple display written as an annotation (`-> (str, str)`) is no type to compare --


def test_nikola_8_3_3_split_metadata_return_unchanged() -> None:
    # 8.3.1's `split_metadata(...) -> (str, str)`, 8.3.3's `-> Tuple[str, str]`: the same pair, spelled as a type
    found = changes("nikola", "8.3.1", "8.3.3")
    assert "return_type_changed" not in breakages(found, "nikola.plugin_categories.PageCompiler.split_metadata")
    extractor = "nikola.plugin_categories.MetadataExtractor.split_metadata_from_text"
    assert "return_type_changed" not in breakages(found, extractor)
    # the sibling: a real removal of the same release stays claimed
    assert ("removed", "nikola.winutils.is_file_into_dir") in found


def test_tuple_display_annotation_is_no_type(tmp_path: Path) -> None:
    old = {
        "demo/__init__.py": "def split(text) -> (str, str):\n    return text, text\n\n\n"
        "def pair(text) -> (str, str):\n    return text, text\n\n\n"
        "def head(text) -> Tuple[str, str]:\n    return text, text\n"
    }
    new = {
        "demo/__init__.py": "from typing import Tuple\n\n\n"
        "def split(text) -> Tuple[str, str]:\n    return text, text\n\n\n"
        "def pair(text) -> str:\n    return text\n\n\n"
        "def head(text) -> str:\n    return text\n"
    }
    found = diffed(tmp_path, old, new)
    assert "return_type_changed" not in breakages(found, "demo.split")
    # what a tuple display meant is unknown, so no claim is made from one either way
    assert "return_type_changed" not in breakages(found, "demo.pair")
    # the sibling: a tuple spelled as a type, now a `str`, stays claimed
    assert "return_type_changed" in breakages(found, "demo.head")


# -- a function's first parameter named `self` (a function bound or registered as a method) is passed by position --


def test_mistune_3_parse_table_first_parameter_renamed_from_self() -> None:
    # 2.0's `parse_table(self, m, state)`, which `register_rule` called as `method(self, m, state)`; 3.0's
    # `parse_table(block, m, state)` takes the same three values in the same slots
    found = changes("mistune", "2.0.5", "3.0.0")
    assert ("signature_changed", "mistune.plugins.table.parse_table") not in found
    assert ("signature_changed", "mistune.plugins.table.parse_nptable") not in found
    # the siblings: a parameter dropped and others renamed in the same release stay claimed
    assert "param_removed" in breakages(found, "mistune.plugins.task_lists.task_lists_hook")
    assert "param_renamed" in breakages(found, "mistune.plugins.footnotes.parse_footnote_item")  # required, in its slot


def test_instance_named_first_parameter_renamed(tmp_path: Path) -> None:
    old = {
        "demo/__init__.py": "def parse_table(self, m, state):\n    return m\n\n\n"
        "def parse_list(cls, m):\n    return m\n\n\n"
        "def parse_row(self, m, state):\n    return m\n\n\n"
        "def parse_cell(cell, m):\n    return m\n"
    }
    new = {
        "demo/__init__.py": "def parse_table(block, m, state):\n    return m\n\n\n"
        "def parse_list(block, /, m):\n    return m\n\n\n"
        "def parse_row(m, state):\n    return m\n\n\n"
        "def parse_cell(item, m):\n    return m\n"
    }
    found = diffed(tmp_path, old, new)
    assert ("signature_changed", "demo.parse_table") not in found
    assert ("signature_changed", "demo.parse_list") not in found
    # the siblings: `self` dropped outright (positional calls shift), and a first parameter of another name renamed
    assert "param_removed" in breakages(found, "demo.parse_row")
    assert breakages(found, "demo.parse_cell")


# -- an annotated body whose every `return` gives None returned None, whatever the annotation said --


def test_recurring_ical_events_3_4_journal_end_property_still_none() -> None:
    # 3.3.4's `JournalAdapter.end_property -> str` was `return None`; 3.4.0 wrote `-> None`
    found = changes("recurring-ical-events", "3.3.4", "3.4.0")
    assert "return_type_changed" not in breakages(found, "recurring_ical_events.JournalAdapter.end_property")


def test_annotation_contradicted_by_none_returns(tmp_path: Path) -> None:
    old = {
        "demo/__init__.py": "from abc import ABC, abstractmethod\n\n\nclass Adapter(ABC):\n"
        "    @property\n    def end(self) -> str:\n        return None\n\n"
        "    @property\n    def start(self) -> str:\n        return 'DTSTART'\n\n"
        "    def label(self) -> str:\n        if self:\n            return\n        return None\n\n"
        "    @abstractmethod\n    def kind(self) -> str:\n        return None\n"
    }
    new = {
        "demo/__init__.py": "from abc import ABC, abstractmethod\n\n\nclass Adapter(ABC):\n"
        "    @property\n    def end(self) -> None:\n        return None\n\n"
        "    @property\n    def start(self) -> None:\n        return None\n\n"
        "    def label(self) -> int:\n        return 0\n\n"
        "    @abstractmethod\n    def kind(self) -> int:\n        return None\n"
    }
    found = diffed(tmp_path, old, new)
    assert "return_type_changed" not in breakages(found, "demo.Adapter.end")
    assert "return_type_changed" not in breakages(found, "demo.Adapter.label")
    # the siblings: a property that returned its annotated type, and an abstract method (what its callers get is an
    # override's), stay claimed
    assert "return_type_changed" in breakages(found, "demo.Adapter.start")
    assert "return_type_changed" in breakages(found, "demo.Adapter.kind")


# -- a `try` body reading a name its module binds nowhere stops there when a handler swallows the NameError --


def test_caldav_3_1_timestamp_never_bound() -> None:
    # 3.0.2's `try: from typing import Optional / TimeStamp = Optional[date | datetime] / except: pass`, no `date`
    found = changes("caldav", "3.0.2", "3.1.0")
    for module in ("davobject", "collection", "calendarobjectresource"):
        assert ("removed", f"caldav.{module}.TimeStamp") not in found


def test_try_assignment_reading_unbound_name(tmp_path: Path) -> None:
    old = {
        "demo/__init__.py": "try:\n    from typing import Optional\n\n    TimeStamp = Optional[date]\n"
        "    Alias = Optional[int]\nexcept:\n    pass\n\n"
        "try:\n    Kept = Optional[int]\nexcept NameError:\n    pass\n",
        "demo/starred.py": "from typing import *\n\ntry:\n    Stamp = Optional[date]\nexcept Exception:\n    pass\n",
        "demo/caught.py": "from typing import Optional\n\ntry:\n    Stamp = Optional[date]\nexcept ImportError:\n"
        "    pass\nexcept NameError:\n    Stamp = None\n",
    }
    new = {"demo/__init__.py": "", "demo/starred.py": "", "demo/caught.py": ""}
    found = diffed(tmp_path, old, new)
    assert ("removed", "demo.TimeStamp") not in found
    assert ("removed", "demo.Alias") not in found  # after the failing statement: never ran either
    # the siblings: a name bound before it (its own `try`), one a star import may bind, and one the handler binds
    assert ("removed", "demo.Kept") in found
    assert ("removed", "demo.starred.Stamp") in found
    assert ("removed", "demo.caught.Stamp") in found
