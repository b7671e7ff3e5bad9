"""Dependency reading: every file format, with exact requirements, lines and warnings."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.changes import Change, ChangeKind, ReleaseDiff
from bot.deps import (
    DeclarationKind,
    FileWarning,
    find_requirement_files,
    is_dependency_file,
    poetry_to_pep440,
    read_dependencies,
    suggest_upper_bound,
)
from bot.deps.admitted import comparison
from bot.deps.metadata import read_metadata
from bot.deps.roles import authoritative, is_development
from bot.usage import Targets, find_usages


def read_files(files: dict[str, str | bytes]):  # type: ignore[no-untyped-def]
    data = {path: content.encode() if isinstance(content, str) else content for path, content in files.items()}
    return read_dependencies(list(data), data.get)


def summary(files: dict[str, str | bytes]) -> list[tuple[str, str, int, str, str, bool]]:
    result = read_files(files)
    return [(r.package, r.file, r.line, r.specifier, r.kind.value, r.has_upper_bound) for r in result.requirements]


PYPROJECT = """\
[project]
name = "app"
dependencies = [
    "Werkzeug>=1.0.1",
    "Flask[async] >= 2.2, < 3 ; python_version >= '3.8'",
]

[project.optional-dependencies]
login = ["Flask-Login~=0.6"]

[dependency-groups]
test = ["pytest==8.0.0", {include-group = "lint"}]
lint = ["ruff"]
"""

POETRY = """\
[tool.poetry.dependencies]
python = "^3.9"
flask = "^2.2.5"
werkzeug = "~2.3"
markupsafe = "*"
itsdangerous = { version = "^0.24", extras = ["json"] }
click = { git = "https://github.com/pallets/click.git" }

[tool.poetry.group.dev.dependencies]
blinker = ">=1.6 <2"
"""


def test_pyproject_pep621_and_pep735() -> None:
    assert summary({"pyproject.toml": PYPROJECT}) == [
        ("werkzeug", "pyproject.toml", 4, ">=1.0.1", "runtime", False),
        ("flask", "pyproject.toml", 5, "<3,>=2.2", "runtime", True),
        ("flask-login", "pyproject.toml", 9, "~=0.6", "optional", True),
        ("pytest", "pyproject.toml", 12, "==8.0.0", "group", True),
        ("ruff", "pyproject.toml", 13, "", "group", False),
    ]
    flask = read_files({"pyproject.toml": PYPROJECT}).requirements[1]
    assert (flask.extras, flask.marker, flask.spec) == (("async",), 'python_version >= "3.8"', ">= 2.2, < 3")
    assert flask.as_written() == "Flask[async]>=2.2,<3"


def test_poetry_constraints_get_real_bounds() -> None:
    result = read_files({"pyproject.toml": POETRY})
    assert [(r.package, r.line, r.spec, r.specifier, r.kind.value, r.pinnable) for r in result.requirements] == [
        ("flask", 3, "^2.2.5", ">=2.2.5,<3", "runtime", True),
        ("werkzeug", 4, "~2.3", ">=2.3,<2.4", "runtime", True),
        ("markupsafe", 5, "*", "", "runtime", True),
        ("itsdangerous", 6, "^0.24", ">=0.24,<0.25", "runtime", True),
        ("click", 7, "git=https://github.com/pallets/click.git", "", "runtime", False),
        ("blinker", 10, ">=1.6 <2", ">=1.6,<2", "group", True),
    ]
    assert result.requirements[3].extras == ("json",)
    assert result.warnings == ()


@pytest.mark.parametrize(("constraint", "expected"), [
    ("^1.2.3", ">=1.2.3,<2"), ("^0.2.3", ">=0.2.3,<0.3"), ("^0.0.3", ">=0.0.3,<0.0.4"), ("^0.0", ">=0.0,<0.1"),
    ("^0", ">=0,<1"), ("^1", ">=1,<2"), ("~1.2.3", ">=1.2.3,<1.3"), ("~1.2", ">=1.2,<1.3"), ("~1", ">=1,<2"),
    ("*", ""), ("1.2.*", "==1.2.*"), ("1.2.3", "==1.2.3"), ("=1.2.3", "==1.2.3"), (">= 1.2, < 2", ">=1.2,<2"),
    ("~=1.4", "~=1.4"), ("!=1.5", "!=1.5"),
])
def test_poetry_to_pep440(constraint: str, expected: str) -> None:
    assert poetry_to_pep440(constraint) == expected


def test_poetry_union_is_a_warning_not_a_guess() -> None:
    result = read_files({"pyproject.toml": '[tool.poetry.dependencies]\nflask = "^1.0 || ^2.0"\n'})
    assert result.requirements == ()
    assert result.warnings == (FileWarning(
        file="pyproject.toml", line=2,
        message="Poetry union constraint '^1.0 || ^2.0' cannot be expressed as one PEP 440 range"),)


def test_setup_cfg() -> None:
    text = (
        "[metadata]\nname = x\n\n[options]\ninstall_requires =\n    Werkzeug>=2.2.2\n"
        "    Jinja2>=3.0 ; python_version >= \"3.7\"\n\n[options.extras_require]\nasync = asgiref>=3.2\n"
    )
    assert summary({"setup.cfg": text}) == [
        ("werkzeug", "setup.cfg", 6, ">=2.2.2", "runtime", False),
        ("jinja2", "setup.cfg", 7, ">=3.0", "runtime", False),
        ("asgiref", "setup.cfg", 10, ">=3.2", "optional", False),
    ]


SETUP_PY = '''\
from setuptools import setup

BASE = [
    "itsdangerous>=0.24",
]
EXTRAS = {"dotenv": ["python-dotenv"]}

setup(
    name="x",
    install_requires=BASE + ["Werkzeug>=2.2.2"],
    extras_require=EXTRAS,
)
setup(install_requires=read_requirements("requirements.txt"))
'''


def test_setup_py_reads_literals_and_names_bound_to_literals_without_executing() -> None:
    result = read_files({"setup.py": SETUP_PY})
    assert [(r.package, r.line, r.kind.value) for r in result.requirements] == [
        ("itsdangerous", 4, "runtime"), ("werkzeug", 10, "runtime"), ("python-dotenv", 6, "optional"),
    ]
    assert result.warnings == (FileWarning(
        file="setup.py", line=13, message="install_requires is not a literal (computed at build time); skipped",
        unread_runtime=True),)


def test_setup_py_syntax_error_has_line_and_caret() -> None:
    result = read_files({"setup.py": 'from setuptools import setup\nprint "hello"\n'})
    assert result.requirements == ()
    assert result.warnings == (FileWarning(
        file="setup.py", line=2,
        message="syntax error (Python 2 code?): Missing parentheses in call to 'print'. Did you mean print(...)?"
        '\n    print "hello"\n    ^'),)


@pytest.mark.parametrize("name", ["setup.py", "app/views.py"])
def test_a_syntax_errors_line_is_the_analysed_files_not_a_local_file_of_that_name(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """For some errors Python reads the offending line from a file of the same name in the working directory: the
    service's own files (a repository naming its file like one of them would have them quoted back)."""
    (tmp_path / "app").mkdir()
    for local in ("setup.py", "app/views.py"):
        (tmp_path / local).write_text("SECRET_LINE_ONE = 1\nSECRET_LINE_TWO = 2\n")
    monkeypatch.chdir(tmp_path)
    source = 'from werkzeug.urls import url_decode\nprint "hello"\n'
    if name == "setup.py":
        [warning] = read_files({name: source}).warnings
    else:
        removed = Change(kind=ChangeKind.REMOVED, symbol="werkzeug.urls.url_decode", object="function")
        diff = ReleaseDiff(package="werkzeug", old="2.3.8", new="3.0.0", changes=[removed])
        _, [warning] = find_usages(name, source.encode(), Targets.from_diffs([diff]))
    assert warning.line == 2 and "SECRET" not in warning.message
    assert warning.message.endswith('\n    print "hello"\n    ^')


def test_requirements_txt_every_line_form() -> None:
    text = (
        "# comment\n"
        "--index-url https://example.org/simple\n"
        "Werkzeug>=1.0.1  # trailing comment\n"
        "flask==2.2.5 \\\n"
        "    --hash=sha256:abc \\\n"
        "    --hash=sha256:def\n"
        "jinja2>=3; python_version >= '3.7'\n"
        "-e git+https://github.com/pallets/click.git#egg=click\n"
        "https://example.org/markupsafe-2.1.0.tar.gz\n"
        "itsdangerous @ https://example.org/itsdangerous.whl\n"
        "-r base.txt\n"
    )
    result = read_files({"requirements.txt": text, "base.txt": "blinker>=1.6\n"})
    assert [(r.package, r.file, r.line, r.specifier, r.pinnable) for r in result.requirements] == [
        ("werkzeug", "requirements.txt", 3, ">=1.0.1", True),
        ("flask", "requirements.txt", 4, "==2.2.5", True),
        ("jinja2", "requirements.txt", 7, ">=3", True),
        ("click", "requirements.txt", 8, "", False),
        ("itsdangerous", "requirements.txt", 10, "", False),
        ("blinker", "base.txt", 1, ">=1.6", True),
    ]
    assert result.warnings == (FileWarning(
        file="requirements.txt", line=9,
        message="URL/path requirement 'https://example.org/markupsafe-2.1.0.tar.gz' is unpinnable (no version range applies)"),)
    assert [r.has_upper_bound for r in result.requirements] == [False, True, False, True, True, False]


def test_requirements_include_relative_to_including_file_and_constraints() -> None:
    result = read_files({
        "requirements/dev.txt": "-r base.txt\n-c ../constraints.txt\n",
        "requirements/base.txt": "werkzeug\n",
        "constraints.txt": "werkzeug<3\n",
    })
    assert [(r.file, r.kind) for r in result.requirements] == [
        ("constraints.txt", DeclarationKind.CONSTRAINT), ("requirements/base.txt", DeclarationKind.REQUIREMENTS),
    ]
    only_included = read_files({"requirements.txt": "-c pins.txt\n", "pins.txt": "werkzeug<3\n"})
    assert [(r.file, r.kind) for r in only_included.requirements] == [("pins.txt", DeclarationKind.CONSTRAINT)]


def test_requirements_include_cycle_is_a_warning() -> None:
    result = read_files({"requirements.txt": "-r requirements-dev.txt\nflask\n", "requirements-dev.txt": "-r requirements.txt\npytest\n"})
    assert [(r.package, r.file) for r in result.requirements] == [
        ("flask", "requirements.txt"), ("pytest", "requirements-dev.txt"),
    ]
    assert result.warnings == (FileWarning(
        file="requirements.txt", line=1,
        message="include cycle: requirements-dev.txt -> requirements.txt -> requirements-dev.txt; not followed again"),)


def test_requirements_include_outside_tree_or_missing() -> None:
    result = read_files({"requirements.txt": "-r ../../etc/passwd\n-r missing.txt\n"})
    assert [str(w) for w in result.warnings] == [
        "requirements.txt:1: include '../../etc/passwd' is outside the tree; not followed",
        "requirements.txt:2: included file 'missing.txt' not found",
    ]


def test_invalid_requirement_has_packaging_caret() -> None:
    result = read_files({"requirements.txt": "flask >= \n"})
    assert result.requirements == ()
    assert [str(w) for w in result.warnings] == [
        "requirements.txt:1: invalid requirement: Expected semicolon (after name with no version specifier) or end"
        "\n    flask >=\n          ^",
    ]


def test_binary_requirements_txt() -> None:
    result = read_files({"requirements.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"})
    assert [str(w) for w in result.warnings] == [
        "requirements.txt: binary file (contains NUL bytes), not a dependency file",
    ]


def test_not_utf8_requirements_txt() -> None:
    result = read_files({"requirements.txt": b"flask\nwerkzeug\xff\n"})
    assert [str(w) for w in result.warnings] == ["requirements.txt:2: not UTF-8 text (invalid start byte at byte 14)"]


def test_malformed_toml_has_line_and_caret() -> None:
    result = read_files({"pyproject.toml": '[project]\ndependencies = ["flask"\nname = "x"\n'})
    assert result.requirements == ()
    assert [str(w) for w in result.warnings] == [
        "pyproject.toml:3: malformed TOML: Unclosed array (at line 3, column 1)\n    name = \"x\"\n    ^",
    ]


def test_malformed_setup_cfg() -> None:
    result = read_files({"setup.cfg": "install_requires = flask\n"})
    assert [str(w) for w in result.warnings] == [
        "setup.cfg:1: malformed setup.cfg: File contains no section headers.",
    ]


def test_pipfile() -> None:
    text = '[packages]\nflask = "*"\nwerkzeug = ">=2,<3"\nclick = {version = "==8.1.3", extras = ["x"]}\n\n[dev-packages]\npytest = {git = "https://x/pytest.git"}\n'
    assert [(r.package, r.line, r.specifier, r.kind.value, r.pinnable) for r in read_files({"Pipfile": text}).requirements] == [
        ("flask", 2, "", "runtime", True), ("werkzeug", 3, ">=2,<3", "runtime", True),
        ("click", 4, "==8.1.3", "runtime", True), ("pytest", 7, "", "group", False),
    ]


def test_lock_files_give_the_locked_version_only() -> None:
    poetry_lock = '[[package]]\nname = "werkzeug"\nversion = "2.3.8"\ndescription = ""\n\n[[package]]\nname = "flask"\nversion = "2.3.3"\n'
    uv_lock = 'version = 1\n\n[[package]]\nname = "app"\nsource = { virtual = "." }\n\n[[package]]\nname = "markupsafe"\nversion = "2.1.5"\n'
    pipfile_lock = '{"default": {"jinja2": {"hashes": [], "version": "==3.1.2"}}, "develop": {}}'
    result = read_files({"poetry.lock": poetry_lock, "uv.lock": uv_lock, "Pipfile.lock": pipfile_lock})
    assert [(r.package, r.file, r.line, r.specifier, r.kind.value) for r in result.requirements] == [
        ("jinja2", "Pipfile.lock", 1, "==3.1.2", "lock"),
        ("werkzeug", "poetry.lock", 2, "==2.3.8", "lock"), ("flask", "poetry.lock", 7, "==2.3.3", "lock"),
        ("markupsafe", "uv.lock", 8, "==2.1.5", "lock"),
    ]


@pytest.mark.parametrize(("path", "expected"), [
    ("pyproject.toml", True), ("sub/setup.cfg", True), ("setup.py", True), ("requirements.txt", True),
    ("requirements-dev.txt", True), ("dev-requirements.in", True), ("requirements/tests.txt", True),
    ("constraints.txt", True), ("Pipfile", True), ("Pipfile.lock", True), ("poetry.lock", True), ("uv.lock", True),
    ("MANIFEST.in", False), ("README.txt", False), ("docs/conf.py", False), ("package.json", False),
])
def test_is_dependency_file(path: str, expected: bool) -> None:
    assert is_dependency_file(path) is expected


def test_find_requirement_files() -> None:
    assert find_requirement_files(["b/setup.py", "a.py", "requirements.txt"]) == ["b/setup.py", "requirements.txt"]


@pytest.mark.parametrize(("specifier", "breaking", "expected"), [
    (">=1.0.1", "3.0.0", ">=1.0.1,<3"), (">=2.2.2", "2.3.0", ">=2.2.2,<2.3"), ("", "3.0.0", "<3"),
    (">=1,<4", "3.0.0", ">=1,<3"), (">=1,!=2.1", "2.0.1", ">=1,!=2.1,<2.0.1"), (">=3.0", "3.0.0", None),
    ("==3.1.*", "3.0.0", None), (">=1", "not a version", None),
])
def test_suggest_upper_bound(specifier: str, breaking: str, expected: str | None) -> None:
    assert suggest_upper_bound(specifier, breaking) == expected


def test_setup_py_requirements_read_from_files_through_a_helper() -> None:
    setup = (
        "import io, os\nfrom setuptools import setup\n"
        "def pip(name):\n    return [l.strip() for l in io.open(os.path.join('requirements', '{0}.pip'.format(name)))]\n"
        "setup(install_requires=pip('install'), extras_require={'docs': open('docs/requirements.txt').read().split()})\n"
    )
    files = {"setup.py": setup.encode(), "requirements/install.pip": b"Flask>=2\n# c\nwerkzeug\n",
             "docs/requirements.txt": b"sphinx\n"}
    result = read_dependencies(list(files), files.get)
    assert [(r.package, r.file, r.line, r.kind.value, r.group) for r in result.requirements] == [
        ("sphinx", "docs/requirements.txt", 1, "requirements", None),
        ("flask", "requirements/install.pip", 1, "runtime", None),
        ("werkzeug", "requirements/install.pip", 3, "runtime", None),
        ("sphinx", "docs/requirements.txt", 1, "optional", "docs"),
    ]


def test_sdist_metadata_is_the_fallback() -> None:
    files = {"x.egg-info/requires.txt": b"Flask>=2\n\n[test]\npytest\n", "PKG-INFO": b"Requires-Dist: other\n"}
    result = read_metadata(list(files), files.get)
    assert [(r.package, r.file, r.line, r.kind.value, r.group) for r in result.requirements] == [
        ("flask", "x.egg-info/requires.txt", 1, "runtime", None),
        ("pytest", "x.egg-info/requires.txt", 4, "optional", "test"),
    ]


@pytest.mark.parametrize(("lines", "expected"), [
    # flask-restx 0.5.1: werkzeug !=2.0.0 admits everything: the last of each series, then the newest
    (["werkzeug!=2.0.0"], (("1.0.0", "1.0.1", "2.1.2", "2.2.3", "2.3.8"), "3.0.0")),
    (["werkzeug>=2.2,<3"], (("2.2.0", "2.2.3", "2.3.7"), "2.3.8")),
    (["werkzeug==2.3.8"], None),
    ([], (("1.0.0", "1.0.1", "2.0.0", "2.1.2", "2.2.3", "2.3.8"), "3.0.0")),  # imported, not declared: any version
    (["werkzeug>=4"], None),
])
def test_comparison_from_lowest_to_newest_admitted(lines: list[str], expected: object) -> None:
    files = {"requirements.txt": "\n".join(lines).encode()}
    requirements = read_dependencies(list(files), files.get).requirements
    versions = ["1.0.0", "1.0.1", "2.0.0", "2.1.2", "2.2.0", "2.2.3", "2.3.7", "2.3.8", "3.0.0"]
    found = comparison(versions, requirements)
    assert (found.older, found.newest) == expected if found else expected is None


def test_comparison_from_the_locked_version() -> None:
    files = {"requirements.txt": b"werkzeug>=2\n", "poetry.lock": b'[[package]]\nname = "werkzeug"\nversion = "2.2.3"\n'}
    found = comparison(["2.0.0", "2.2.3", "3.0.0"], read_dependencies(list(files), files.get).requirements)
    assert found is not None and (found.older, found.newest, found.lowest) == (("2.2.3",), "3.0.0", "2.2.3")


@pytest.mark.parametrize(("files", "development"), [
    ({"requirements/dev.txt": b"flask\n"}, [True]),
    ({"requirements-test.txt": b"flask\n"}, [True]),
    ({"requirements.txt": b"flask\n"}, [False]),
    ({"requirements/main.txt": b"flask\n"}, [False]),
    ({"pyproject.toml": b'[project]\nname = "x"\noptional-dependencies = {docs = ["flask"], async = ["flask"]}\n'},
     [True, False]),
])
def test_development_declarations(files: dict[str, bytes], development: list[bool]) -> None:
    requirements = read_dependencies(list(files), files.get).requirements
    assert [is_development(r) for r in requirements] == development
    kept = [r for r, dev in zip(requirements, development, strict=False) if not dev]
    assert authoritative(requirements) == (kept or list(requirements))  # only development ones: they decide
