"""Data of the usage finder: one use of a changed symbol, and the index of what to look for."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from bot.changes import Change, ChangeKind, ObjectKind, ReleaseDiff
from bot.usage.known_types import CARRIERS


class Confidence(StrEnum):
    """How sure a use is.

    `high`: resolved through imports, or a member of a value typed by evidence; `medium`: a name from a star
    import; `possible`: a member name on a value of unknown type, listed for a reader but never a use at risk.
    """

    HIGH = "high"
    MEDIUM = "medium"
    POSSIBLE = "possible"


class Section(StrEnum):
    """Where a use is: package code (puts the package at risk), tests (breaks CI), docs and examples (listed)."""

    CODE = "code"
    TESTS = "tests"
    DOCS = "docs"


class UseForm(StrEnum):
    """How the code uses the symbol."""

    IMPORT = "import"
    REFERENCE = "reference"
    CALL = "call"
    CALL_KEYWORD = "call-keyword"
    CALL_POSITIONAL = "call-positional"
    STAR_IMPORT = "star-import"
    MEMBER = "member"
    WRITE = "write"
    OVERRIDE = "override"
    ENV = "env"
    CONFIG = "config"
    OPTION = "option"
    """A setting in a nested options class (`class Meta: ordered = True`) of a subclass of the package's class."""
    CLI = "cli"
    """A command-line option passed in a script, a Makefile, CI or tool settings (`addopts = --new-summary`)."""


class Usage(BaseModel):
    """One place where a file uses what a release changed."""

    model_config = ConfigDict(frozen=True)

    symbol: str
    file: str
    line: int
    column: int = 0
    form: UseForm
    guarded: bool = False
    confidence: Confidence = Confidence.HIGH
    change: ChangeKind
    package: str
    release: str
    detail: str = ""
    evidence: str = ""
    """Why this matched, checkable in one look (the import, or `app = Flask(...)` at file:line)."""
    section: Section = Section.CODE
    private: bool = False
    """The symbol is private API (a component starts with `_`)."""

    @property
    def counts(self) -> bool:
        """Whether the use can put a package at risk: evidence-backed, and in package code."""
        return self.confidence is not Confidence.POSSIBLE and self.section is Section.CODE


BREAKING_KINDS = frozenset({ChangeKind.REMOVED, ChangeKind.SIGNATURE_CHANGED, ChangeKind.ENV_VAR_REMOVED})
_MEMBER_OBJECTS = frozenset({ObjectKind.METHOD, ObjectKind.PROPERTY})


@dataclass(frozen=True)
class Target:
    """A change together with the release that made it."""

    change: Change
    package: str
    release: str


SETTING_MADE_REQUIRED = "config_key_made_required"
"""A setting the new release reads with no default (see `diff.required_setting_changes`): a tree setting it is the
one not hit, and one not setting it shows no use to point at."""


@dataclass
class Targets:
    """Every change of the diffs, indexed the ways the finders look them up."""

    symbols: dict[str, list[Target]] = field(default_factory=dict)
    members: dict[str, list[Target]] = field(default_factory=dict)
    parameters: dict[str, list[tuple[str, Target]]] = field(default_factory=dict)
    env: dict[str, list[Target]] = field(default_factory=dict)
    config: dict[str, list[Target]] = field(default_factory=dict)
    user_attributes: dict[str, list[Target]] = field(default_factory=dict)
    """Attributes a release no longer reads from users' objects (`attr:filter_fields`), by name."""
    """Flask config keys a release no longer reads, by key."""
    cli: dict[str, list[Target]] = field(default_factory=dict)
    """Command-line options a release no longer declares, by spelling (`--flag`)."""
    options: dict[str, list[tuple[str, str, Target]]] = field(default_factory=dict)
    """Options of nested options classes a release no longer reads, by nested class name (`Meta`): (the package's
    class that holds it, the option, the change), for every public path of the holder."""
    import_names: frozenset[str] = frozenset()
    carriers: frozenset[str] = frozenset()
    """Packages that hand out the changed packages' objects (`flask` for `werkzeug`): importing one reaches them."""
    identifiers: frozenset[bytes] = frozenset()
    """Last names of every changed symbol, member and parameter owner: Python code that uses one spells it as a
    whole identifier."""
    texts: frozenset[bytes] = frozenset()
    """Env vars and config keys: spelled anywhere, inside strings too (`"FLASK_<KEY>"`)."""
    last_names: dict[str, frozenset[str]] = field(default_factory=dict)
    """Per top-level package, the last names of its changed symbols (every public path)."""

    @classmethod
    def from_diffs(cls, diffs: Sequence[ReleaseDiff]) -> Targets:
        """Index the changes of `diffs` by dotted symbol, class-member name, parameter and env var."""
        targets = cls()
        roots: set[str] = set()
        for diff in diffs:
            for change in diff.changes:
                target = Target(change=change, package=diff.package, release=diff.new)
                if change.symbol.startswith("env:") or change.object is ObjectKind.ENV_VAR:
                    targets.env.setdefault(change.member_name, []).append(target)
                    continue
                if change.object is ObjectKind.CONFIG_KEY:
                    if change.breakage != SETTING_MADE_REQUIRED:  # setting it is what keeps a project working
                        targets.config.setdefault(change.member_name, []).append(target)
                    continue
                if change.object is ObjectKind.USER_ATTRIBUTE:  # its package: the top folder of the file reading it
                    targets.user_attributes.setdefault(change.member_name, []).append(target)
                    if change.old_location is not None:
                        roots.add(change.old_location.path.split("/", 1)[0])
                    continue
                if change.object is ObjectKind.CLI_OPTION:
                    if change.kind is not ChangeKind.SIGNATURE_CHANGED:  # a changed default: passing it is unaffected
                        targets.cli.setdefault(change.member_name, []).append(target)
                    continue
                roots.add(change.symbol.split(".", 1)[0])
                if change.object is ObjectKind.CLASS_OPTION:
                    for path in (change.symbol, *change.aliases):
                        holder, nested, option = path.rsplit(".", 2)
                        targets.options.setdefault(nested, []).append((holder, option, target))
                if change.object is ObjectKind.PARAMETER:
                    owner, _, parameter = change.symbol.rpartition(".")
                    targets.parameters.setdefault(owner, []).append((parameter, target))
                    continue
                for path in (change.symbol, *change.aliases):  # every public path users spell
                    targets.symbols.setdefault(path, []).append(target)
                if _is_member(change):
                    targets.members.setdefault(change.member_name, []).append(target)
        targets.import_names = frozenset(roots)
        targets.carriers = frozenset(carrier for root in roots for carrier in CARRIERS.get(root, ()))
        dotted = [*targets.symbols, *targets.parameters]
        targets.texts = frozenset(name.encode() for name in (*targets.env, *targets.config))
        dotted.extend(targets.user_attributes)
        targets.identifiers = frozenset(name.rsplit(".", 1)[-1].encode() for name in dotted) - targets.texts
        by_root: dict[str, set[str]] = {}
        for symbol in targets.symbols:
            by_root.setdefault(symbol.split(".", 1)[0], set()).add(symbol.rsplit(".", 1)[-1])
        targets.last_names = {root: frozenset(names) for root, names in by_root.items()}
        return targets


def _is_member(change: Change) -> bool:
    parts = change.symbol.split(".")
    if len(parts) < 3:
        return False
    if change.object in _MEMBER_OBJECTS:
        return True
    return change.object is ObjectKind.ATTRIBUTE and parts[-2][:1].isupper()


_TEST_DIRS = frozenset({"tests", "test", "testing"})
_DOC_DIRS = frozenset({"docs", "doc", "examples", "example", "samples", "sample", "demo", "demos", "tutorial"})


_TEST_CONTENT = re.compile(
    rb"^[ \t]*(?:(?:async[ \t]+)?def test(?:_|[A-Z])\w*[ \t]*\(|(?:import|from)[ \t]+pytest\b)", re.M
)
"""What a test module has and package code named like one lacks: test functions or methods, pytest."""


def section_of(path: str, source: bytes | None = None) -> Section:
    """Tests (under `tests/`, `conftest.py`), docs and examples, or package code.

    A file only named like a test (`test_*.py`, `*_test.py`, `tests.py`) is one when its `source` shows it (a
    `def test_...`, pytest): Flask-SocketIO's `test_client.py` is package code. Without the
    source the name decides.
    """
    *folders, base = path.split("/")
    if any(folder.lower() in _DOC_DIRS for folder in folders):
        return Section.DOCS
    if any(folder.lower() in _TEST_DIRS for folder in folders) or base == "conftest.py":
        return Section.TESTS
    named = base.startswith("test_") or base.endswith("_test.py") or base in ("tests.py", "test.py")
    if named and (source is None or _TEST_CONTENT.search(source) is not None):
        return Section.TESTS
    return Section.CODE


def is_private(symbol: str) -> bool:
    """Whether a dotted symbol goes through a private name (`flask._request_ctx_stack`; dunders are public)."""
    return any(
        part.startswith("_") and not (part.startswith("__") and part.endswith("__")) for part in symbol.split(".")
    )
