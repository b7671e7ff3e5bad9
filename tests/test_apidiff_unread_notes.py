"""A module of the new release the engine could not read (a syntax error, the surface's symbol cap) makes no removal
claim under it, and says so in a note: silence would read as "nothing removed" (yt-dlp 2026.6.9, whose extractor
classes each repeat the members they inherit, filled the cap and lost 82 modules without a word)."""

from __future__ import annotations

from pathlib import Path

from bot.apidiff.claims import unclaimed_classes
from bot.apidiff.diff import diff_surfaces
from bot.apidiff.surface import MAX_SYMBOLS
from tests.test_apidiff_core import surface
from tests.test_apidiff_releases import pinned_surface


def test_an_unparsable_module_of_the_new_release_is_noted_and_a_readable_ones_removal_still_claimed(
    tmp_path: Path,
) -> None:
    old = surface(
        tmp_path,
        {"demo/__init__.py": "", "demo/a.py": "def kept(): ...\ndef gone(): ...\n", "demo/b.py": "def f(): ...\n"},
    )
    new = surface(tmp_path, {"demo/__init__.py": "", "demo/a.py": "def kept(): ...\n", "demo/b.py": "def f(:\n"}, "2.0")
    removed = {c.symbol for c in diff_surfaces(old, new) if c.kind.value == "removed"}
    assert removed == {"demo.a.gone"}  # demo.b.f is unknown, not removed
    notes = unclaimed_classes(old, new)
    assert len(notes) == 1
    assert notes[0].startswith("demo.b: ") and notes[0].endswith("the names under it are not reported as removed")


def test_a_surface_cut_off_at_its_symbol_cap_is_noted_for_the_whole_release(tmp_path: Path) -> None:
    per_class = 1000
    base = "class Base:\n" + "".join(f"    def m{i}(self): ...\n" for i in range(per_class))
    classes = "".join(f"class C{i}(Base): ...\n" for i in range(MAX_SYMBOLS // per_class + 1))
    old = surface(tmp_path, {"demo/__init__.py": "", "demo/big.py": base + classes, "demo/x.py": "def gone(): ...\n"})
    new = surface(tmp_path, {"demo/__init__.py": "", "demo/big.py": base + classes, "demo/x.py": "\n"}, "2.0")
    assert not [c for c in diff_surfaces(old, new) if c.kind.value == "removed"]
    assert unclaimed_classes(old, new) == [
        f"demo 2.0: surface cut off at {MAX_SYMBOLS} symbols; the names under it are not reported as removed"
    ]


def test_a_release_read_whole_has_no_such_note(tmp_path: Path) -> None:
    old = surface(tmp_path, {"demo/__init__.py": "", "demo/a.py": "def gone(): ...\n"})
    new = surface(tmp_path, {"demo/__init__.py": "", "demo/a.py": "\n"}, "2.0")
    assert unclaimed_classes(old, new) == []


def test_yt_dlp_2026_6_9_cut_off_at_the_cap_says_its_removals_are_not_reported() -> None:
    old, new = pinned_surface("yt-dlp", "2026.3.17"), pinned_surface("yt-dlp", "2026.6.9")
    assert "yt_dlp.extractor.airtv" in old.symbols
    assert (
        f"yt-dlp 2026.6.9: surface cut off at {MAX_SYMBOLS} symbols; the names under it are not reported as removed"
        in (unclaimed_classes(old, new))
    )
