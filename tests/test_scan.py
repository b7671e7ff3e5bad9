"""`scan_tree`/`scan_files`: hostile and broken trees give warnings, never a crash or a hang; skipped folders."""

from __future__ import annotations

import os
from pathlib import Path

from bot.adapters.scanfs import ScanLimits, scan_tree
from bot.changes import Change, ChangeKind, ObjectKind, ReleaseDiff
from bot.findings.scan import is_skipped, scan_files

WERKZEUG_3 = ReleaseDiff(package="Werkzeug", old="2.3.8", new="3.0.0", changes=[
    Change(symbol="werkzeug.urls.url_decode", kind=ChangeKind.REMOVED, object=ObjectKind.FUNCTION),
    Change(symbol="werkzeug.urls.iri_to_uri", kind=ChangeKind.DEPRECATED, object=ObjectKind.FUNCTION),
])


def write(root: Path, files: dict[str, str | bytes]) -> None:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode() if isinstance(content, str) else content)


def test_scan_files_in_memory_report_and_json_contract() -> None:
    report = scan_files({
        "setup.py": b'from setuptools import setup\nsetup(install_requires=["Werkzeug>=1.0.1"])\n',
        "pkg/utils.py": b"from werkzeug.urls import url_decode, iri_to_uri\n",
        "requirements.txt": b"werkzeug==2.3.8\n",
    }, [WERKZEUG_3])
    data = report.model_dump(mode="json", by_alias=True)
    assert [(r["package"], r["spec"], r["file"], r["line"], r["has_upper_bound"], r["admits"]) for r in data["requirements"]] == [
        ("werkzeug", "==2.3.8", "requirements.txt", 1, True, {"3.0.0": False}),
        ("werkzeug", ">=1.0.1", "setup.py", 2, False, {"3.0.0": True}),
    ]
    assert [(u["symbol"], u["file"], u["line"], u["form"], u["guarded"], u["confidence"], u["change"]) for u in data["usages"]] == [
        ("werkzeug.urls.url_decode", "pkg/utils.py", 1, "import", False, "high", "removed"),
        ("werkzeug.urls.iri_to_uri", "pkg/utils.py", 1, "import", False, "high", "deprecated"),
    ]
    assert data["risks"] == []
    assert report.at_risk == {"werkzeug": True}
    verdict = report.packages[0]
    assert verdict.suggested_requirement == "Werkzeug>=1.0.1,<3"
    assert verdict.reasons == [
        "Werkzeug>=1.0.1 (setup.py:2) admits 3.0.0, which removes werkzeug.urls.url_decode, used at pkg/utils.py:1",
        "Werkzeug 3.0.0 deprecates werkzeug.urls.iri_to_uri, used at pkg/utils.py:1",
    ]


def test_deprecations_alone_are_not_a_risk() -> None:
    report = scan_files({"requirements.txt": b"werkzeug\n", "a.py": b"from werkzeug.urls import iri_to_uri\n"}, [WERKZEUG_3])
    assert report.at_risk == {"werkzeug": False}
    assert [u.change for u in report.packages[0].deprecated_uses] == [ChangeKind.DEPRECATED]


def test_imported_but_not_declared_is_at_risk() -> None:
    # Flask-Bcrypt 0.7.1's class: werkzeug arrives through Flask, with no bound of the repository's on it
    report = scan_files({"a.py": b"from werkzeug.urls import url_decode\n"}, [WERKZEUG_3])
    assert report.at_risk == {"werkzeug": True}
    assert report.packages[0].reasons == [
        "Werkzeug is imported but not declared: it arrives through another requirement without a bound, so 3.0.0 "
        "installs; declare it with a bound (or migrate)",
        "Werkzeug 3.0.0 removes werkzeug.urls.url_decode, used at a.py:1",
    ]
    assert report.packages[0].suggested_requirement == "Werkzeug<3"


def test_imported_but_not_declared_in_tests_only_is_not_at_risk() -> None:
    report = scan_files({"tests/test_a.py": b"from werkzeug.urls import url_decode\n"}, [WERKZEUG_3])
    assert report.at_risk == {"werkzeug": False}
    assert [u.file for u in report.packages[0].test_uses] == ["tests/test_a.py"]


def test_lock_file_pin_does_not_count_as_a_declaration() -> None:
    report = scan_files({"poetry.lock": b'[[package]]\nname = "werkzeug"\nversion = "3.0.0"\n',
                         "a.py": b"from werkzeug.urls import url_decode\n"}, [WERKZEUG_3])
    assert report.requirements[0].admitted == {"3.0.0": True}
    # not a declaration, but it pins the very release: the undeclared import breaks
    assert report.at_risk == {"werkzeug": True}
    locked_below = scan_files({"poetry.lock": b'[[package]]\nname = "werkzeug"\nversion = "2.3.8"\n',
                               "a.py": b"from werkzeug.urls import url_decode\n"}, [WERKZEUG_3])
    assert locked_below.at_risk == {"werkzeug": False}


def test_skipped_folders() -> None:
    venv = ["venv2/pyvenv.cfg"]
    assert [p for p in ["a/.git/x.py", "node_modules/x/setup.py", ".tox/py/x.py", "lib/site-packages/x.py",
                        "build/lib/x.py", "dist/x.py", "x.egg-info/requires.txt", "venv2/lib/x.py", ".venv/x.py",
                        "src/build/x.py", "src/app.py"] if not is_skipped(p, ["venv2"])] == ["src/build/x.py", "src/app.py"]
    report = scan_files({venv[0]: b"home = /usr\n", "venv2/lib/w.py": b"from werkzeug.urls import url_decode\n"}, [WERKZEUG_3])
    assert report.usages == []


def test_walk_does_not_enter_skipped_folders_or_virtualenvs(tmp_path: Path) -> None:
    use = "from werkzeug.urls import url_decode\n"
    write(tmp_path, {"app.py": use, "env/pyvenv.cfg": "home = /usr\n", "env/lib/w.py": use, ".git/hooks/h.py": use,
                     "node_modules/x/y.py": use, "build/lib/app.py": use, "src/build/keep.py": use})
    report = scan_tree(tmp_path, [WERKZEUG_3])
    assert [u.file for u in report.usages] == ["app.py", "src/build/keep.py"]
    assert report.files_seen == 2


def test_hostile_tree_gives_warnings_not_crashes(tmp_path: Path) -> None:
    write(tmp_path, {
        "pyproject.toml": '[project]\ndependencies = ["werkzeug"\n',
        "setup.py": "from setuptools import setup\nsetup(install_requires=['werkzeug'\n",
        "legacy.py": "from werkzeug.urls import url_decode\nprint 'hi'\n",
        "requirements.txt": b"\x7fELF\x02\x01\x01\x00\x00\x00",
        "requirements/a.txt": "-r b.txt\nwerkzeug>=1\n",
        "requirements/b.txt": "-r a.txt\n",
        "ok.py": "from werkzeug.urls import url_decode\n",
    })
    os.mkfifo(tmp_path / "requirements-fifo.txt")
    os.symlink("requirements-fifo.txt", tmp_path / "constraints.txt")
    os.symlink("loop2.py", tmp_path / "loop1")
    os.symlink("loop1", tmp_path / "loop2.py")
    os.symlink(".", tmp_path / "self")
    os.symlink("/etc/passwd", tmp_path / "outside.py")
    report = scan_tree(tmp_path, [WERKZEUG_3])
    assert [str(w).split("\n")[0] for w in report.warnings] == [
        "loop1: symlink loop; not followed",
        "loop2.py: symlink loop; not followed",
        "self: symlink to a directory; not followed",
        "outside.py: symlink points outside the tree; not read",
        "pyproject.toml: malformed TOML: Unclosed array (at end of document)",
        "requirements.txt: binary file (contains NUL bytes), not a dependency file",
        "requirements/b.txt:1: include cycle: requirements/a.txt -> requirements/b.txt -> requirements/a.txt; not followed again",
        "setup.py:2: syntax error (Python 2 code?): '[' was never closed",
        "legacy.py:2: syntax error (Python 2 code?): Missing parentheses in call to 'print'. Did you mean print(...)?",
    ]
    assert [(r.package, r.file, r.line) for r in report.requirements] == [("werkzeug", "requirements/a.txt", 2)]
    assert [(u.file, u.line) for u in report.usages] == [("ok.py", 1)]
    assert report.at_risk == {"werkzeug": True}


def test_huge_tree_is_cut_with_a_warning(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.touch()
    for index in range(50):
        folder = tmp_path / f"d{index:02}"
        folder.mkdir()
        for number in range(1000):
            os.link(empty, folder / f"m{number}.py")  # 50,000 names, one inode: quick to make
    (tmp_path / "d00" / "m0.py").unlink()
    (tmp_path / "d00" / "m0.py").write_text("from werkzeug.urls import url_decode\n")
    report = scan_tree(tmp_path, [WERKZEUG_3])
    assert [str(w) for w in report.warnings] == [
        ".: more than 25000 files: the rest of the tree was not scanned",
    ]
    assert report.files_seen == 24999
    assert [(u.file, u.line) for u in report.usages] == [("d00/m0.py", 1)]


def test_limits_on_depth_and_size(tmp_path: Path) -> None:
    deep = tmp_path / "/".join(["d"] * 5)
    deep.mkdir(parents=True)
    write(tmp_path, {"big.py": "import werkzeug\n" + "#" * 2000 + "\n"})
    report = scan_tree(tmp_path, [WERKZEUG_3], ScanLimits(max_depth=3, max_file_bytes=1000))
    assert [str(w) for w in report.warnings] == [
        "d/d/d/d: nested deeper than 3 directories; not scanned",
        "big.py: 2017 bytes, larger than the 1000-byte limit; not read",
    ]


def test_admits_is_per_release() -> None:
    flask_23 = ReleaseDiff(package="flask", old="2.2.5", new="2.3.0", changes=[])
    flask_30 = ReleaseDiff(package="flask", old="2.3.3", new="3.0.0", changes=[])
    report = scan_files({"requirements.txt": b"flask>=2,<3\n"}, [flask_23, flask_30])
    assert [r.admitted for r in report.requirements] == [{"2.3.0": True, "3.0.0": False}]


def test_uses_that_tie_on_place_and_symbol_come_out_in_one_order() -> None:
    """Two releases' uses of one line used to tie on (file, line, column, symbol, form): their order followed the
    set's hash order, so two runs of the same scan could print different JSON."""
    from itertools import permutations

    from bot.findings.scan import usage_order
    from bot.usage import Usage
    from bot.usage.model import UseForm

    uses = [Usage(symbol="werkzeug.urls.url_decode", file="app.py", line=3, form=UseForm.IMPORT,
                  change=ChangeKind.REMOVED, package="werkzeug", release=release) for release in ("3.0.0", "2.3.0", "3.1.0")]
    orders = {tuple(u.release for u in sorted(p, key=usage_order)) for p in permutations(uses)}
    assert orders == {("2.3.0", "3.0.0", "3.1.0")}
