"""`release-watch scan PATH`: is this checkout at risk from a release? Exit 0 no, 1 yes, 2 error (like a linter)."""

from __future__ import annotations

import asyncio
import json
from enum import StrEnum
from pathlib import Path

import typer
from packaging.requirements import InvalidRequirement
from packaging.requirements import Requirement as PinRequirement
from packaging.utils import canonicalize_name

from bot.jobs.analysis import compare_releases, current_deprecations, final_versions_up_to
from bot.changes import Change, ReleaseDiff
from bot.config import Settings, get_settings
from bot.deps import DeclarationKind, Requirement
from bot.deps.admitted import comparison
from bot.errors import ReleaseWatchError
from bot.adapters.pypi import PyPIClient
from bot.adapters.risk_sources import package_risk
from bot.adapters.scanfs import ScanLimits, scan_tree, walk_tree
from bot.findings.scan import ScanReport, is_skipped_dir
from bot.usage.imports import imported_packages, imported_roots
from bot.findings.judge import PackageVerdict

class OutputFormat(StrEnum):
    """How the report is printed."""

    TEXT = "text"
    JSON = "json"


def parse_pin(text: str) -> tuple[str, str]:
    """`PKG==VERSION` -> (package, version); anything else is a BadParameter."""
    try:
        requirement = PinRequirement(text)
    except InvalidRequirement as error:
        raise typer.BadParameter(f"expected PKG==VERSION, got {text!r}: {error}") from error
    specs = list(requirement.specifier)
    if len(specs) != 1 or specs[0].operator != "==" or "*" in specs[0].version:
        raise typer.BadParameter(f"expected PKG==VERSION, got {text!r}")
    return requirement.name, specs[0].version


async def _admitted_diff(client: PyPIClient, package: str, requirements: list[Requirement]) -> ReleaseDiff:
    """Everything a fresh install meets: each older admitted release (or the locked one) against the newest
    admitted, merged, plus every deprecation the newest still carries."""
    project = await client.project(package)
    versions = final_versions_up_to(project, project.latest_version)
    plan = comparison(versions, requirements)
    if plan is None:
        return await _latest_diff(client, package, project.latest_version)
    changes: dict[tuple[str, str], Change] = {}
    for old in reversed(plan.older):  # the most recent pair's view of a change wins
        diff = await compare_releases(client, package, plan.newest, old)
        for change in diff.changes:
            changes.setdefault((change.symbol, change.kind), change)
    for change in await current_deprecations(client, package, plan.newest):
        changes.setdefault((change.symbol, change.kind), change)
    return ReleaseDiff(package=project.name, old=plan.lowest, new=plan.newest, changes=list(changes.values()))


async def _latest_diff(client: PyPIClient, package: str, latest: str) -> ReleaseDiff:
    """The latest release against the one before it, plus every deprecation the latest release still carries."""
    diff = await compare_releases(client, package, latest)
    deprecations = await current_deprecations(client, package, latest)
    known = {(change.symbol, change.kind) for change in diff.changes}
    extra = [change for change in deprecations if (change.symbol, change.kind) not in known]
    return diff.model_copy(update={"changes": [*diff.changes, *extra]})


async def _run(settings: Settings, root: Path, pins: list[tuple[str, str]]) -> ScanReport:
    async with PyPIClient(settings) as client:
        if pins:
            diffs = [await compare_releases(client, package, version) for package, version in pins]
        else:
            declared = await asyncio.to_thread(scan_tree, root, [])
            watched = {canonicalize_name(name) for name in settings.watchlist}
            packages = sorted({
                r.package for r in declared.requirements if r.package in watched and r.kind is not DeclarationKind.LOCK
            })
            walked = await asyncio.to_thread(walk_tree, root, ScanLimits(), is_skipped_dir)
            roots = await asyncio.to_thread(imported_roots, walked.paths, walked.read)
            undeclared = [p for p in imported_packages(watched, roots) if p not in packages]  # arrive unbounded
            diffs = [
                await _admitted_diff(client, package, [r for r in declared.requirements if r.package == package])
                for package in [*packages, *undeclared]
            ]
        report = await asyncio.to_thread(scan_tree, root, diffs)
        risks = []
        for package in dict.fromkeys(canonicalize_name(diff.package) for diff in diffs):
            assessment = await package_risk(client, package)
            risks.append({"package": package, **assessment.model_dump(mode="json")})
    return report.model_copy(update={"risks": risks})


_MAX_USE_LINES = 20


def _use_lines(verdict: PackageVerdict) -> list[str]:
    """Each counted use with why it matched, so a reader can check it in one look."""
    uses = [*verdict.breaking_uses, *verdict.test_uses]
    lines = [f"    {u.file}:{u.line} {u.form.value} {u.symbol}{' (private API)' if u.private else ''}: {u.evidence}"
             for u in uses[:_MAX_USE_LINES]]
    if len(uses) > _MAX_USE_LINES:
        lines.append(f"    ... and {len(uses) - _MAX_USE_LINES} more")
    return (["  uses (why each matched):"] + lines) if lines else []


def render_text(report: ScanReport) -> str:
    """The human report: per package and release AT RISK / OK with the reasons and the bound to add."""
    lines: list[str] = []
    for verdict in report.packages:
        status = "AT RISK" if verdict.at_risk else "OK"
        lines.append(f"{verdict.package} {verdict.release} (after {verdict.previous}): {status}")
        lines.extend(f"  - {reason}" for reason in verdict.reasons)
        lines.extend(_use_lines(verdict))
        if verdict.suggested_requirement:
            lines.append(f"  suggested bound: {verdict.suggested_requirement}")
        elif verdict.at_risk:
            lines.append("  no upper bound helps: every admitted version is affected; the code must change")
    if not report.packages:
        lines.append("no watched package among this tree's requirements")
    for risk in report.risks:
        reasons = "; ".join(risk.get("reasons", []))
        lines.append(f"maintenance risk of {risk['package']}: {risk.get('level')}" + (f" ({reasons})" if reasons else ""))
    if report.warnings:
        lines.append(f"warnings ({len(report.warnings)}):")
        lines.extend(f"  {warning}".replace("\n", "\n  ") for warning in report.warnings)
    lines.append(f"{report.files_seen} files scanned, {report.files_parsed} parsed")
    return "\n".join(lines)


def scan_command(
    path: Path = typer.Argument(..., help="A local checkout (no GitHub needed)."),
    against: list[str] = typer.Option([], "--against", help=(
        "PKG==VERSION: compare that release with the one before. Without it, each watched requirement is checked "
        "from the lowest release it admits (or the locked one) to the newest it admits.")),
    output: OutputFormat = typer.Option(OutputFormat.TEXT, "--format", help="text or json."),
) -> None:
    """Find requirements that admit a breaking release and the code that uses what it breaks."""
    try:
        pins = [parse_pin(text) for text in against]
    except typer.BadParameter as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(2) from error
    if not path.is_dir():
        typer.echo(f"error: {path} is not a directory", err=True)
        raise typer.Exit(2)
    try:
        report = asyncio.run(_run(get_settings(), path, pins))
    except ReleaseWatchError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(2) from error
    if output is OutputFormat.JSON:
        typer.echo(json.dumps(report.model_dump(mode="json", by_alias=True), indent=2))
    else:
        typer.echo(render_text(report))
    raise typer.Exit(1 if report.any_at_risk else 0)
