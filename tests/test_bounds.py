"""Tests for adding an upper bound with the smallest textual change, per dependency file format."""

from __future__ import annotations

import ast
import tomllib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from packaging.requirements import Requirement

from bot.deps import suggest_upper_bound
from bot.deps.bounds import LineEdit, add_upper_bound, bound_requirement, upper_bound_for
from bot.errors import DependencyFileError


@pytest.mark.parametrize(
    ("version", "bound"),
    [("3.0.0", "<3"), ("2.3.0", "<2.3"), ("2.3.1", "<2.3.1"), ("0.6.0", "<0.6"), ("1", "<1"), ("3.0.0rc1", "<3")],
)
def test_upper_bound_for(version: str, bound: str) -> None:
    assert upper_bound_for(version) == bound


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Werkzeug>=1.0.1", "Werkzeug>=1.0.1,<3"),
        ("Werkzeug", "Werkzeug<3"),
        ("werkzeug >= 1.0.1", "werkzeug >= 1.0.1,<3"),
        ('werkzeug ; python_version >= "3.8"', 'werkzeug<3 ; python_version >= "3.8"'),
        ("Werkzeug (>=1.0)", "Werkzeug (>=1.0,<3)"),
        ("Werkzeug[watchdog]>=1.0,!=2.0.0", "Werkzeug[watchdog]>=1.0,!=2.0.0,<3"),
        ("Werkzeug<4", "Werkzeug<4,<3"),
        ("Werkzeug==2.3.8", None),
        ("Werkzeug<3", None),
        ("Werkzeug~=2.0", None),
        ("Werkzeug>=3.0", None),
        ("Flask>=1.0.4", None),
        ("Werkzeug @ https://example.com/w.whl", None),
        ("not a requirement!", None),
    ],
)
def test_bound_requirement(text: str, expected: str | None) -> None:
    assert bound_requirement(text, "werkzeug", "3.0.0") == expected


FLASK_LOGIN_REQUIREMENTS = "Flask>=1.0.4\nWerkzeug>=1.0.1\n"


@pytest.mark.parametrize(
    ("path", "before", "line", "after"),
    [
        ("requirements.txt", FLASK_LOGIN_REQUIREMENTS, 2, "Werkzeug>=1.0.1,<3"),
        ("requirements/base.in", "# web\r\nwerkzeug>=1 ; python_version>='3.7'  # pinned later\r\n", 2,
         "werkzeug>=1,<3 ; python_version>='3.7'  # pinned later"),
        ("requirements.txt", "-r base.txt\n--index-url https://x\nWerkzeug --hash=sha256:abc\n", 3,
         "Werkzeug<3 --hash=sha256:abc"),
        ("setup.cfg", "[metadata]\nname = Werkzeug\n[options]\ninstall_requires =\n    Werkzeug>=1.0.1 # web\n", 5,
         "    Werkzeug>=1.0.1,<3 # web"),
        ("setup.cfg", "[options]\ninstall_requires = Werkzeug>=1.0.1\n", 2, "install_requires = Werkzeug>=1.0.1,<3"),
        ("setup.cfg", "[options.extras_require]\nserver =\n  werkzeug[watchdog]\n", 3, "  werkzeug[watchdog]<3"),
        ("setup.py", "from setuptools import setup\nsetup(\n    install_requires=['Werkzeug>=1.0.1', 'Flask'],\n)\n", 3,
         "    install_requires=['Werkzeug>=1.0.1,<3', 'Flask'],"),
        ("setup.py", "REQS = [\n    \"Werkzeug >= 1.0.1\",  # web\n]\n", 2, "    \"Werkzeug >= 1.0.1,<3\",  # web"),
        ("setup.py", "setup(install_requires='Werkzeug>=1')\n", 1, "setup(install_requires='Werkzeug>=1,<3')"),
        ("pyproject.toml", '[project]\ndependencies = [\n  "Werkzeug>=1.0.1",   # web\n  "Flask",\n]\n', 3,
         '  "Werkzeug>=1.0.1,<3",   # web'),
        ("pyproject.toml", "[project.optional-dependencies]\ndev = ['werkzeug']\n", 2, "dev = ['werkzeug<3']"),
        ("pyproject.toml", '[dependency-groups]\ntest = [{include-group = "x"}, "werkzeug>1"]\n', 2,
         'test = [{include-group = "x"}, "werkzeug>1,<3"]'),
        ("pyproject.toml", "[tool.poetry.dependencies]\npython = \"^3.8\"\nWerkzeug = '*'  # any\n", 3,
         "Werkzeug = '<3'  # any"),
        ("pyproject.toml", '[tool.poetry.group.dev.dependencies]\nwerkzeug = {version = ">=1", extras = ["a"]}\n', 2,
         'werkzeug = {version = ">=1,<3", extras = ["a"]}'),
        ("pyproject.toml", '[tool.poetry.dependencies]\nwerkzeug = "^2.0"\nflask = ">=2"\n\n\n[tool.poetry.dev-dependencies]\nwerkzeug = ">=2"\n', 7,
         'werkzeug = ">=2,<3"'),
        ("Pipfile", '[packages]\nflask = "*"\nwerkzeug = "*"\n\n[requires]\npython_version = "3.11"\n', 3,
         'werkzeug = "<3"'),
    ],
)
def test_add_upper_bound_changes_one_line(path: str, before: str, line: int, after: str) -> None:
    edit = add_upper_bound(path, before, "werkzeug", "3.0.0")
    assert len(edit.edits) == 1
    assert edit.edits[0].line == line and edit.edits[0].new == after
    old_lines, new_lines = before.splitlines(keepends=True), edit.content.splitlines(keepends=True)
    assert [a for i, a in enumerate(old_lines) if i != line - 1] == [b for i, b in enumerate(new_lines) if i != line - 1]
    assert new_lines[line - 1].endswith(old_lines[line - 1][len(old_lines[line - 1].rstrip("\r\n")) :])


def test_only_the_requested_line_is_edited() -> None:
    before = "werkzeug>=1\n-r dev.txt\nwerkzeug>=2 ; sys_platform == 'win32'\n"
    edit = add_upper_bound("requirements.txt", before, "werkzeug", "3.0.0", line=3)
    assert edit.edits == (LineEdit(line=3, old="werkzeug>=2 ; sys_platform == 'win32'",
                                    new="werkzeug>=2,<3 ; sys_platform == 'win32'"),)


@pytest.mark.parametrize(
    ("path", "content", "message"),
    [
        ("requirements.txt", "Werkzeug<3\n", "requirements.txt: no requirement on werkzeug that admits 3.0.0 could be bounded"),
        ("requirements.txt", "werkzeug \\\n  >=1\n", "requirements.txt: no requirement on werkzeug that admits 3.0.0 could be bounded"),
        ("setup.py", "setup(install_requires=['Werk' + 'zeug>=1'])\n", "setup.py: no requirement on werkzeug that admits 3.0.0 could be bounded"),
        ("setup.py", "setup(install_requires=open('r.txt').read().splitlines())\n", "setup.py: no requirement on werkzeug that admits 3.0.0 could be bounded"),
        ("setup.py", "setup(name='werkzeug', install_requires=[f'werkzeug>={V}'])\n", "setup.py: no requirement on werkzeug that admits 3.0.0 could be bounded"),
        ("setup.py", "setup(install_requires=['werkzeug\\x3e=1'])\n", "setup.py: no requirement on werkzeug that admits 3.0.0 could be bounded"),
        ("setup.py", "def (:\n", "setup.py:1: not valid Python: invalid syntax"),
        ("pyproject.toml", "[project\ndependencies=[]\n", "not valid TOML: Unexpected character: '\\n' at line 1 col 8"),
        ("setup.cfg", "[metadata]\nname = Werkzeug\n", "setup.cfg: no requirement on werkzeug that admits 3.0.0 could be bounded"),
        ("requirements.txt", "werkzeug>=1\n", "requirements.txt:9: no requirement on werkzeug that admits 3.0.0 could be bounded"),
    ],
)
def test_hostile_or_unboundable_files_raise_clearly(path: str, content: str, message: str) -> None:
    line = 9 if message.startswith("requirements.txt:9") else None
    with pytest.raises(DependencyFileError) as info:
        add_upper_bound(path, content, "werkzeug", "3.0.0", line=line)
    assert str(info.value) == message


def test_setup_py_is_never_executed(tmp_path: object) -> None:
    source = "import os\nos.system('touch /tmp/release-watch-pwned')\nsetup(install_requires=['werkzeug'])\n"
    edit = add_upper_bound("setup.py", source, "werkzeug", "3.0.0")
    assert edit.edits[0].new == "setup(install_requires=['werkzeug<3'])"
    ast.parse(edit.content)


def _is_one_insertion(old: str, new: str, bound: str) -> bool:
    """True when `new` is `old` with `bound` (or `,bound`) inserted at one place."""
    return any(
        new[:i] + new[i + len(added) :] == old and new[i : i + len(added)] == added
        for added in (bound, "," + bound)
        for i in range(len(new))
    )


_specs = st.lists(
    st.tuples(st.sampled_from([">=", ">", "!=", "<=", "<"]), st.integers(0, 5), st.integers(0, 9)), max_size=3
).map(lambda parts: ",".join(f"{op}{a}.{b}" for op, a, b in parts))
_names = st.sampled_from(["Werkzeug", "werkzeug", "WERKZEUG", "Werkzeug[watchdog]"])
_others = st.lists(st.sampled_from(["flask>=2", "click", "# comment", "", "jinja2<4 ; python_version<'4'"]), max_size=4)


@settings(max_examples=200, deadline=None)
@given(name=_names, spec=_specs, before=_others, after=_others, version=st.sampled_from(["3.0.0", "2.3.0", "0.15.4"]))
def test_property_requirements_and_pyproject(
    name: str, spec: str, before: list[str], after: list[str], version: str
) -> None:
    requirement = name + spec
    specifier = Requirement(requirement).specifier
    admits = specifier.contains(version, prereleases=True) and suggest_upper_bound(str(specifier), version) is not None
    lines = [*before, requirement, *after]
    text = "\n".join(lines) + "\n"
    toml = "[project]\ndependencies = [\n" + "".join(f'  "{x}",\n' for x in lines if x and not x.startswith("#")) + "]\n"
    for path, content in (("requirements.txt", text), ("pyproject.toml", toml)):
        if not admits:
            with pytest.raises(DependencyFileError):
                add_upper_bound(path, content, "werkzeug", version)
            continue
        edit = add_upper_bound(path, content, "werkzeug", version)
        assert len(edit.edits) == 1
        new_line = edit.edits[0].new
        old_line = edit.edits[0].old
        changed = new_line.strip().strip('",') if path == "pyproject.toml" else new_line
        reparsed = Requirement(changed)
        assert not reparsed.specifier.contains(version, prereleases=True)
        assert reparsed.name == Requirement(requirement).name
        assert _is_one_insertion(old_line, new_line, upper_bound_for(version))
        if path == "pyproject.toml":
            tomllib.loads(edit.content)
        old_rest = [x for i, x in enumerate(content.splitlines()) if i != edit.edits[0].line - 1]
        new_rest = [x for i, x in enumerate(edit.content.splitlines()) if i != edit.edits[0].line - 1]
        assert old_rest == new_rest


@pytest.mark.parametrize(
    "content",
    [
        '[project]\r\nname = "x"\r\ndependencies = ["Werkzeug >= 1.0"  ,"flask"]   # one line\r\n',
        "[project]\ndependencies=[\n    # web\n    'Werkzeug>=1.0',\n\n    \"flask\" ,\n]\n[tool.x]\na = 1\n",
        '[project]\ndependencies = [\n\t"flask",\n\t"werkzeug>=1.0; python_version >= \'3.8\'",\n]\n',
        '\n\n# leading comment\n[project] # trailing\nname="x"\ndependencies = [ "WERKZEUG>=1.0" ]\n\n\n',
        '[project]\nname = "x"\n[project.optional-dependencies]\n"web server" = ["werkzeug>=1.0"]\n',
    ],
)
def test_pyproject_odd_formatting_is_kept_byte_for_byte(content: str) -> None:
    edit = add_upper_bound("pyproject.toml", content, "werkzeug", "3.0.0")
    [change] = edit.edits
    before = content.splitlines(keepends=True)
    after = edit.content.splitlines(keepends=True)
    assert [x for i, x in enumerate(before) if i != change.line - 1] == [x for i, x in enumerate(after) if i != change.line - 1]
    assert _is_one_insertion(change.old, change.new, "<3")
    data = tomllib.loads(edit.content)
    specs = [*data["project"].get("dependencies", []), *sum(data["project"].get("optional-dependencies", {}).values(), [])]
    werkzeug = [Requirement(s) for s in specs if Requirement(s).name.lower() == "werkzeug"]
    assert [r.specifier.contains("3.0.0") for r in werkzeug] == [False]
