"""Property: a bound edit only ever excludes the breaking release and what follows it; it never raises a lower
bound (dependabot-core #10130), never excludes a working release, and never admits anything new."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
from packaging.version import Version

from bot.deps import read_dependencies
from bot.deps.bounds import add_upper_bound, bound_requirement
from bot.errors import DependencyFileError
from tests.test_deps_properties import _releases, specifiers, versions

PROBES = [Version(f"{major}.{minor}.{patch}{pre}") for major in range(0, 14) for minor in (0, 1, 3, 12)
          for patch in (0, 1) for pre in ("", "rc1", ".post1")]


def _spec_text(specs: list[str]) -> str:
    return ",".join(specs)


def _check(old: SpecifierSet, new: SpecifierSet, breaking: str) -> None:
    cut = Version(breaking)
    for probe in [*PROBES, cut]:
        before, after = old.contains(probe, prereleases=True), new.contains(probe, prereleases=True)
        assert not after or before, f"{probe} newly admitted by {new} (was {old})"
        if probe < cut and probe.release < cut.release:  # a release before the break (pre-releases of it aside)
            assert after == before, f"{probe} (working) excluded by {new} (was {old}): a lower bound was raised"
    assert not new.contains(cut, prereleases=True)


@settings(max_examples=300, deadline=None)
@given(st.lists(specifiers(), min_size=0, max_size=3), versions)
def test_a_bounded_requirement_keeps_every_working_release(specs: list[str], breaking: str) -> None:
    text = f"Werkzeug{_spec_text(specs)}"
    try:
        old = Requirement(text).specifier
    except ValueError:
        return
    new = bound_requirement(text, "werkzeug", breaking)
    if new is None:
        return
    _check(old, Requirement(new).specifier, breaking)


def _declared(path: str, content: str) -> SpecifierSet:
    """The specifier the bot's own reader sees for werkzeug in the edited file."""
    [requirement] = [r for r in read_dependencies([path], {path: content.encode()}.get).requirements
                     if r.package == "werkzeug"]
    return requirement.specifier_set


def _formats(spec: str) -> dict[str, str]:
    """The same requirement in each file format the bot edits."""
    poetry = spec or "*"
    return {
        "requirements.txt": f"flask>=2\nWerkzeug{spec}  # pinned for reasons\n",
        "pyproject.toml": f'[project]\nname = "x"\ndependencies = [\n    "Werkzeug{spec}",\n]\n',
        "setup.py": f'from setuptools import setup\nsetup(install_requires=[\n    "Werkzeug{spec}",\n])\n',
        "setup.cfg": f"[options]\ninstall_requires =\n    Werkzeug{spec}\n",
        "poetry/pyproject.toml": f'[tool.poetry.dependencies]\npython = "^3.9"\nwerkzeug = {json.dumps(poetry)}\n',
        "Pipfile": f"[packages]\nwerkzeug = {json.dumps(poetry)}\n",
    }


@settings(max_examples=150, deadline=None)
@given(st.lists(specifiers(), min_size=0, max_size=3), _releases)
def test_no_file_edit_raises_a_lower_bound(specs: list[str], breaking: str) -> None:
    spec = _spec_text(specs)
    try:
        old = SpecifierSet(spec)
    except ValueError:
        return
    for path, content in _formats(spec).items():
        try:
            edit = add_upper_bound(path, content, "werkzeug", breaking)
        except DependencyFileError:
            continue  # nothing to bound (the requirement excludes the release already, or admits nothing older)
        assert len(edit.edits) == 1, edit.edits
        _check(old, _declared(path, edit.content), breaking)
