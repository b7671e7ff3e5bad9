"""E-vs-X-N verdicts on real released artifacts: flask-login 0.6.2 breaks with werkzeug 3.0.0, 0.6.3 fixes it."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.adapters.scanfs import scan_tree
from bot.changes import ChangeKind, ReleaseDiff
from bot.deps.core_metadata import CoreMetadata, parse_core_metadata, python_supported, runtime_requires
from bot.findings.compat import CompatStatus, CompatVerdict, compat_verdict, fix_release
from tests.artifacts import unpacked_release
from tests.test_pipeline import engine_diff


@pytest.fixture(scope="module")
def werkzeug_3() -> ReleaseDiff:
    return engine_diff("werkzeug", "2.3.8", "3.0.0")


def wheel_verdict(package: str, version: str, diff: ReleaseDiff) -> CompatVerdict:
    root = unpacked_release(package, version)
    [metadata] = root.glob("*.dist-info/METADATA")
    report = scan_tree(root, [diff])
    return compat_verdict(parse_core_metadata(metadata.read_text()), diff, report.usages, artifact=f"{package}-{version}")


def test_flask_login_0_6_2_breaks_with_werkzeug_3_at_utils_14(werkzeug_3: ReleaseDiff) -> None:
    verdict = wheel_verdict("flask-login", "0.6.2", werkzeug_3)
    assert (verdict.status, verdict.dependent, verdict.dependent_version, verdict.requirement) == (
        CompatStatus.BREAKS, "flask-login", "0.6.2", "Werkzeug>=1.0.1")
    assert [(u.symbol, u.path, u.line, u.kind) for u in verdict.uses][:2] == [
        ("werkzeug.urls.url_decode", "flask_login/utils.py", 14, ChangeKind.REMOVED),
        ("werkzeug.urls.url_encode", "flask_login/utils.py", 15, ChangeKind.REMOVED),
    ]
    assert verdict.why.startswith("Flask-Login 0.6.2 requires Werkzeug>=1.0.1, which admits 3.0.0, and its code uses "
                                  "werkzeug.urls.url_decode")


def test_flask_login_0_6_3_is_compatible_and_is_the_fix_release(werkzeug_3: ReleaseDiff) -> None:
    fixed = wheel_verdict("flask-login", "0.6.3", werkzeug_3)
    assert fixed.status is CompatStatus.COMPATIBLE, fixed.why
    assert fixed.uses == ()
    broken = wheel_verdict("flask-login", "0.6.2", werkzeug_3)
    assert fix_release([fixed, broken]) == "0.6.3"
    assert fix_release([broken]) is None


def test_flask_3_requires_werkzeug_3_and_flask_2_3_3_uses_nothing_it_removed(werkzeug_3: ReleaseDiff) -> None:
    assert wheel_verdict("flask", "3.0.0", werkzeug_3).status is CompatStatus.COMPATIBLE
    old = wheel_verdict("flask", "2.3.3", werkzeug_3)
    assert old.status is CompatStatus.COMPATIBLE, old.why
    assert old.requirement == "Werkzeug>=2.3.7"


def _meta(requires: tuple[str, ...], version: str = "1.0") -> CoreMetadata:
    return CoreMetadata(name="Flask-Thing", version=version, requires_dist=requires)


def test_excluding_requirement_unreadable_artifact_and_no_dependency(werkzeug_3: ReleaseDiff) -> None:
    bounded = compat_verdict(_meta(("Werkzeug>=2,<3",)), werkzeug_3, None)
    assert (bounded.status, bounded.why) == (
        CompatStatus.COMPATIBLE, "Flask-Thing 1.0 requires Werkzeug<3,>=2, which excludes 3.0.0: an install never pairs them")
    unread = compat_verdict(_meta(("Werkzeug",)), werkzeug_3, None, failure="no usable artifact")
    assert (unread.status, unread.why) == (
        CompatStatus.UNKNOWN, "Flask-Thing 1.0's released code could not be read: no usable artifact")
    assert unread.failed and not bounded.failed  # a failure decides nothing (never stored)
    other = compat_verdict(_meta(("Werkzeug; python_version < '3.8'",)), werkzeug_3, [])
    assert (other.status, other.why) == (CompatStatus.COMPATIBLE, "Flask-Thing 1.0 does not depend on werkzeug")


@pytest.mark.parametrize(("line", "extras", "kept"), [
    ("Werkzeug>=2", (), True),
    ("Werkzeug>=2; python_version >= '3.8'", (), True),
    ("Werkzeug>=2; python_version < '3.8'", (), False),
    ("asgiref>=3.2; extra == 'async'", (), False),
    ("asgiref>=3.2; extra == 'async'", ("async",), True),
    ("pywin32; sys_platform == 'win32'", (), False),
    ("importlib-metadata; implementation_name == 'pypy'", (), False),
])
def test_markers_and_extras_are_evaluated_for_cpython_3_11_on_linux(line: str, extras: tuple[str, ...], kept: bool) -> None:
    assert bool(runtime_requires(_meta((line,)), extras)) is kept


def test_metadata_fields_and_requires_python() -> None:
    text = "Metadata-Version: 2.1\nName: Flask-Login\nVersion: 0.6.2\nRequires-Python: >=3.7\nRequires-Dist: Flask (>=1.0.4)\nRequires-Dist: Werkzeug (>=1.0.1)\n\nbody\n"
    assert parse_core_metadata(text) == CoreMetadata(
        name="Flask-Login", version="0.6.2", requires_dist=("Flask (>=1.0.4)", "Werkzeug (>=1.0.1)"),
        requires_python=">=3.7")
    assert [python_supported(r) for r in (None, ">=3.7", "<3", ">=3.12", "garbage")] == [True, True, False, False, True]


def test_fix_release_is_the_first_compatible_release_after_the_newest_breaking_one() -> None:
    def v(version: str, status: CompatStatus) -> CompatVerdict:
        return CompatVerdict(package="x", version="3", dependent="e", dependent_version=version, status=status, why="")
    table = [v("1.0", CompatStatus.COMPATIBLE), v("1.1", CompatStatus.BREAKS), v("1.2", CompatStatus.UNKNOWN),
             v("1.4", CompatStatus.COMPATIBLE), v("1.3", CompatStatus.BREAKS), v("2.0rc1", CompatStatus.COMPATIBLE)]
    assert fix_release(table) == "1.4"
    assert fix_release(table[:3]) is None
    capped = v("1.4", CompatStatus.COMPATIBLE).model_copy(update={"admits": False})
    assert fix_release([*table[:3], table[4], capped, v("1.5", CompatStatus.COMPATIBLE)]) == "1.5"  # a cap is no fix


def test_tree_uses_path_relative_to_the_artifact(tmp_path: Path, werkzeug_3: ReleaseDiff) -> None:
    (tmp_path / "ext").mkdir()
    (tmp_path / "ext" / "__init__.py").write_text("try:\n    from werkzeug.urls import url_quote\nexcept ImportError:\n    url_quote = None\n")
    report = scan_tree(tmp_path, [werkzeug_3])
    verdict = compat_verdict(_meta(("Werkzeug",)), werkzeug_3, report.usages)
    assert verdict.status is CompatStatus.COMPATIBLE  # a guarded import is not a break


def test_an_undeclared_import_breaks_too_flask_login_0_5_0_and_werkzeug_2_1_0() -> None:
    """March 2022: Werkzeug 2.1.0 removed `safe_str_cmp`; Flask-Login 0.5.0 imported it while declaring only Flask."""
    werkzeug_21 = engine_diff("werkzeug", "2.0.3", "2.1.0")
    broken = wheel_verdict("flask-login", "0.5.0", werkzeug_21)
    assert (broken.status, broken.requirement) == (CompatStatus.BREAKS, "")
    assert broken.why.startswith("Flask-Login 0.5.0 imports werkzeug without declaring it")
    assert ("werkzeug.security.safe_str_cmp", "flask_login/utils.py") in {(u.symbol, u.path) for u in broken.uses}
    fixed = wheel_verdict("flask-login", "0.6.0", werkzeug_21)
    assert fixed.status is CompatStatus.COMPATIBLE, fixed.why
    assert fix_release([broken, fixed]) == "0.6.0"
