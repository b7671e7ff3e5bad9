"""`/status` models of ecosystem compatibility: per dependent verdicts of a release, and a package's links."""

from __future__ import annotations

from pydantic import BaseModel, Field


class DependentUseStatus(BaseModel):
    """A use in the dependent's released artifact of what the release broke."""

    symbol: str
    path: str
    line: int


class DependentReleaseVerdict(BaseModel):
    """One evaluated release of a dependent against this release."""

    version: str
    verdict: str = Field(description="`breaks`, `compatible` or `unknown`.")
    why: str
    requirement: str = Field(description="The dependent release's requirement on this package, as its metadata says.")
    uses: list[DependentUseStatus]


class DependentVerdict(BaseModel):
    """A watched package that depends on this release's package: its evaluated releases and fix release."""

    package: str
    verdict: str = Field(description="The verdict of its newest evaluated release.")
    fix_release: str | None = Field(description="Its first release after a breaking one that no longer breaks.")
    releases: list[DependentReleaseVerdict] = Field(description="Newest first.")
    repositories_affected: int = Field(description="Installed repositories with an open finding through it.")


class CompatLink(BaseModel):
    """`release` of this package against `version` of `package` (the other side of the pair)."""

    release: str
    package: str
    version: str
    fix_release: str | None = None


class ExposureNoteStatus(BaseModel):
    """Why the repository is not affected by a release through an extension it installs (a lock or a bound)."""

    package: str
    version: str
    note: str


class ExtensionCell(BaseModel):
    """One watched extension against one release of the package: its newest evaluated release's verdict."""

    version: str = Field(description="The extension release evaluated (its newest one against this release).")
    verdict: str = Field(description="`breaks`, `compatible` or `unknown`.")
    fix_release: str | None = Field(default=None, description="Its first release that no longer breaks, if any.")


class ExtensionRow(BaseModel):
    """A watched extension × the package's recent releases (None where no verdict is stored)."""

    package: str
    cells: list[ExtensionCell | None]


class ExtensionMatrix(BaseModel):
    """Watched extensions × recent releases of the package they depend on: compatible, breaks, fixed in."""

    releases: list[str] = Field(description="The package's releases with verdicts, newest first.")
    rows: list[ExtensionRow]
