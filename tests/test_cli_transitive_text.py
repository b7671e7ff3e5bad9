"""The scan's text report of a breakage through an extension says when a fresh install is fine: only an environment
or lock file holding the older extension release breaks (calibreweb 0.6.17 admits Flask 1.1, whose jinja2 2.11 uses
markupsafe's `soft_unicode`, while a fresh install picks Flask 2.0 and jinja2 3)."""

from __future__ import annotations

from typing import Any

from bot.cli.transitive import text_lines


def risk(version: str, fresh: str) -> dict[str, Any]:
    return {
        "package": "markupsafe",
        "release": "2.1.0",
        "via": {
            "package": "jinja2",
            "version": version,
            "fresh_version": fresh,
            "brought_by": "setup.cfg:46",
            "uses": [{"symbol": "markupsafe.soft_unicode", "file": "jinja2/filters.py", "line": 13}],
            "fix_release": "3.0.0",
        },
    }


def test_an_older_release_only_an_existing_environment_holds_is_said_so() -> None:
    lines = text_lines([risk("2.11.3", "3.1.6")])
    assert lines[0] == "markupsafe 2.1.0: AT RISK through jinja2 2.11.3 (brought in by setup.cfg:46)"
    assert lines[1] == (
        "  a fresh install picks jinja2 3.1.6, which is fine; an environment or lock file holding jinja2 2.11.3 breaks"
    )


def test_a_release_a_fresh_install_picks_needs_no_such_line() -> None:
    lines = text_lines([risk("2.11.3", "2.11.3")])
    assert not any("fresh install" in line for line in lines)
    assert lines[1] == "  - jinja2 jinja2/filters.py:13 uses markupsafe.soft_unicode"
