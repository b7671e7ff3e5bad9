"""Data of the dependency reader: one requirement as declared, and a warning about a file that could not be read."""

from __future__ import annotations

from enum import StrEnum

from packaging.specifiers import InvalidSpecifier, SpecifierSet
from pydantic import BaseModel, ConfigDict, Field, computed_field

from bot.deps.specs import admits, has_upper_bound


class DeclarationKind(StrEnum):
    """Where in its file a requirement was declared."""

    RUNTIME = "runtime"
    OPTIONAL = "optional"
    GROUP = "group"
    REQUIREMENTS = "requirements"
    CONSTRAINT = "constraint"
    LOCK = "lock"


class FileWarning(BaseModel):
    """Something in a file that could not be read or understood, with where it is."""

    model_config = ConfigDict(frozen=True)

    file: str
    line: int | None = None
    message: str
    unread_runtime: bool = Field(default=False, exclude=True)
    """The file declares runtime requirements the scan cannot read (computed at build time): whether a package is
    declared at all cannot be told from the tree."""

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line is not None else self.file
        return f"{where}: {self.message}"


class Requirement(BaseModel):
    """One declared requirement: `spec` as written, `specifier` as PEP 440 (Poetry constraints translated)."""

    model_config = ConfigDict(frozen=True)

    package: str
    """PEP 503 normalised name."""
    name: str
    """The name as written."""
    spec: str
    specifier: str
    file: str
    line: int
    extras: tuple[str, ...] = ()
    marker: str | None = None
    kind: DeclarationKind = DeclarationKind.RUNTIME
    group: str | None = None
    """Extra, dependency group or Poetry group the requirement belongs to."""
    pinnable: bool = True
    """False for URL, path and editable requirements: no version range applies."""

    @property
    def specifier_set(self) -> SpecifierSet:
        """The PEP 440 specifier set (empty when unpinnable)."""
        try:
            return SpecifierSet(self.specifier)
        except InvalidSpecifier:
            return SpecifierSet()

    @computed_field  # type: ignore[prop-decorator]
    @property
    def has_upper_bound(self) -> bool:
        """True when the requirement excludes every sufficiently large version (or pins a URL)."""
        return not self.pinnable or has_upper_bound(self.specifier_set)

    def admits(self, version: str) -> bool:
        """Whether installing `version` satisfies this requirement (URL requirements admit nothing)."""
        return self.pinnable and admits(self.specifier_set, version)

    def with_specifier(self, specifier: str) -> str:
        """This requirement's name and extras with another specifier: `Werkzeug[watchdog]>=1.0.1,<3`."""
        extras = f"[{','.join(self.extras)}]" if self.extras else ""
        return f"{self.name}{extras}{specifier}"

    def as_written(self) -> str:
        """The requirement as its file spells it, compacted: `Werkzeug>=0.15,<2.0`, Poetry's `werkzeug ^2.0`."""
        if not self.spec or self.spec[0] in "<>=!~":
            return self.with_specifier(self.spec.replace(" ", ""))
        return f"{self.with_specifier('')} {self.spec}"


class ParseResult(BaseModel):
    """What one dependency source read from one file."""

    model_config = ConfigDict(frozen=True)

    requirements: tuple[Requirement, ...] = ()
    warnings: tuple[FileWarning, ...] = ()
