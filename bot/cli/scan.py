"""`release-watch scan PATH`: is this checkout at risk from a release? Exit 0 no, 1 yes, 2 error (like a linter).

Release diffs come from the configured database when an earlier run (or `serve`) computed them.
"""

from __future__ import annotations

import asyncio
import json
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from bot.cli.errors import checked_settings, fail
from bot.cli.progress import progress
from bot.cli.transitive import Vias, risk_entries, text_lines, transitive_vias

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from bot.adapters.pypi import PyPIClient
    from bot.changes import ReleaseDiff
    from bot.config import Settings
    from bot.deps import Requirement
    from bot.findings.judge import PackageVerdict
    from bot.findings.scan import ScanReport
    from bot.jobs.analysis import Analyser

PARSED_NOTE = "parsed = files that mention a changed name and were analysed; the rest could not use it"


class OutputFormat(StrEnum):
    """How the report is printed."""

    TEXT = "text"
    JSON = "json"
    MARKDOWN = "markdown"


def parse_pin(text: str) -> tuple[str, str]:
    """`PKG==VERSION` -> (package, version); anything else is a BadParameter."""
    from packaging.requirements import InvalidRequirement, Requirement

    try:
        requirement = Requirement(text)
    except InvalidRequirement as error:
        raise typer.BadParameter(f"expected PKG==VERSION, got {text!r}: {error}") from error
    specs = list(requirement.specifier)
    if len(specs) != 1 or specs[0].operator != "==" or "*" in specs[0].version:
        raise typer.BadParameter(f"expected PKG==VERSION, got {text!r}")
    return requirement.name, specs[0].version


async def _admitted_diff(analyser: Analyser, package: str, requirements: list[Requirement]) -> ReleaseDiff:
    """Everything a fresh install meets: each older admitted release (or the locked one) against the newest
    admitted, merged, plus every deprecation the newest still carries."""
    from bot.changes import Change, ReleaseDiff
    from bot.deps.admitted import comparison
    from bot.jobs.analysis import final_versions_up_to

    project = await analyser.pypi.project(package)
    versions = final_versions_up_to(project, project.latest_version)
    plan = comparison(versions, requirements)
    if plan is None:
        return await _latest_diff(analyser, package)
    changes: dict[tuple[str, str], Change] = {}
    requires: list[str] = []
    for old in reversed(plan.older):  # the most recent pair's view of a change wins
        diff = await analyser.compare(package, plan.newest, old)
        requires = requires or diff.requires  # each pair's new side is the newest release
        for change in diff.changes:
            changes.setdefault((change.symbol, change.kind), change)
    for change in await analyser.deprecations(package, plan.newest):
        changes.setdefault((change.symbol, change.kind), change)
    return ReleaseDiff(
        package=project.name, old=plan.lowest, new=plan.newest, changes=list(changes.values()), requires=requires
    )


async def _latest_diff(analyser: Analyser, package: str) -> ReleaseDiff:
    """The latest release against the one before it, plus every deprecation the latest release still carries."""
    latest = (await analyser.pypi.project(package)).latest_version
    diff = await analyser.compare(package, latest)
    deprecations = await analyser.deprecations(package, latest)
    known = {(change.symbol, change.kind) for change in diff.changes}
    extra = [change for change in deprecations if (change.symbol, change.kind) not in known]
    return diff.model_copy(update={"changes": [*diff.changes, *extra]})


async def release_diffs(
    settings: Settings, root: Path, pins: list[tuple[str, str]], analyser: Analyser
) -> list[ReleaseDiff]:
    """The pinned releases' diffs, or (without pins) for each watched package the tree declares or imports,
    every release a fresh install may meet: from the lowest it admits (or the locked one) to the newest."""
    from packaging.utils import canonicalize_name

    from bot.adapters.scanfs import ScanLimits, scan_tree, walk_tree
    from bot.deps import DeclarationKind
    from bot.findings.scan import is_skipped_dir
    from bot.usage.imports import imported_packages, imported_roots

    if pins:  # concurrently: each needs PyPI's release list to find the previous release, then a stored diff
        return list(await asyncio.gather(*(analyser.compare(package, version) for package, version in pins)))
    declared = await asyncio.to_thread(scan_tree, root, [])
    watched = {canonicalize_name(name) for name in settings.watchlist}
    packages = sorted(
        {r.package for r in declared.requirements if r.package in watched and r.kind is not DeclarationKind.LOCK}
    )
    walked = await asyncio.to_thread(walk_tree, root, ScanLimits(), is_skipped_dir)
    roots = await asyncio.to_thread(imported_roots, walked.paths, walked.read)
    undeclared = [p for p in imported_packages(watched, roots) if p not in packages]  # they arrive unbounded
    return [
        await _admitted_diff(analyser, package, [r for r in declared.requirements if r.package == package])
        for package in [*packages, *undeclared]
    ]


async def _risk(client: PyPIClient, engine: Engine, package: str) -> dict[str, object]:
    """The package's maintenance risk: stored when assessed within a day (as `serve` keeps it), else assessed now."""
    from datetime import UTC, datetime

    from sqlmodel import Session

    from bot.adapters.risk_sources import gather_signals
    from bot.risk import RiskAssessment, assess
    from bot.storage.models.risk import PackageRisk
    from bot.storage.risks import MAX_AGE, save_assessment

    with Session(engine) as session:
        row = session.get(PackageRisk, package)
    if row is not None and row.assessed_at > datetime.now(UTC) - MAX_AGE:
        assessment = RiskAssessment.model_validate(
            {"level": row.level, "reasons": json.loads(row.reasons_json), "confidence": row.confidence}
        )
    else:
        signals = await gather_signals(client, package)
        assessment = assess(signals)
        await asyncio.to_thread(save_assessment, engine, signals, assessment)
    return {"package": package, **assessment.model_dump(mode="json")}


async def _run(
    settings: Settings, root: Path, pins: list[tuple[str, str]], engine: Engine, *, risks: bool
) -> tuple[ScanReport, list[ReleaseDiff], Vias]:
    from packaging.utils import canonicalize_name

    from bot.adapters.pypi import PyPIClient
    from bot.adapters.scanfs import ScanLimits, scan_tree, walk_tree
    from bot.findings.scan import is_skipped_dir
    from bot.jobs.analysis import Analyser

    async with PyPIClient(settings) as client:
        diffs = await release_diffs(settings, root, pins, Analyser(client, engine, storing_optional=True))
        report = await asyncio.to_thread(scan_tree, root, diffs)
        packages = dict.fromkeys(canonicalize_name(diff.package) for diff in diffs) if risks else {}
        assessed = list(await asyncio.gather(*(_risk(client, engine, package) for package in packages)))
        tree = await asyncio.to_thread(walk_tree, root, ScanLimits(), is_skipped_dir)
        vias, unloaded = await transitive_vias(settings, engine, client, report, diffs, tree)
    return report.model_copy(update={"risks": assessed + risk_entries(vias, unloaded)}), diffs, vias


_MAX_USE_LINES = 20


def _use_lines(verdict: PackageVerdict) -> list[str]:
    """Each counted use with why it matched, so a reader can check it in one look."""
    uses = [*verdict.breaking_uses, *verdict.test_uses]
    lines = [
        f"    {u.file}:{u.line} {u.form.value} {u.symbol}{' (private API)' if u.private else ''}: {u.evidence}"
        for u in uses[:_MAX_USE_LINES]
    ]
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
    lines += text_lines([risk for risk in report.risks if "via" in risk])
    for risk in (risk for risk in report.risks if "via" not in risk):
        reasons = "; ".join(risk.get("reasons", []))
        lines.append(
            f"maintenance risk of {risk['package']}: {risk.get('level')}" + (f" ({reasons})" if reasons else "")
        )
    if report.warnings:
        lines.append(f"warnings ({len(report.warnings)}):")
        lines.extend(f"  {warning}".replace("\n", "\n  ") for warning in report.warnings)
    lines.append(f"{report.files_seen} files scanned, {report.files_parsed} parsed ({PARSED_NOTE})")
    if at_risk(report):
        lines.append(
            "What to do: add the suggested bound now, then migrate the uses listed (see "
            "`release-watch diff` for hints); `--format markdown` shows the issue the App would open."
        )
    return "\n".join(lines)


def scan_command(
    ctx: typer.Context,
    path: Path = typer.Argument(..., help="A local checkout (no GitHub needed)."),
    against: list[str] = typer.Option(
        [],
        "--against",
        metavar="PKG==VERSION",
        help=(
            "Compare that release with the one before (repeatable). Without it, each watched package the tree "
            "declares or imports is checked from the lowest release it admits (or the locked one) to the newest."
        ),
    ),
    output: OutputFormat = typer.Option(
        OutputFormat.TEXT,
        "--format",
        metavar="text|json|markdown",
        help="markdown: the issue(s) the App would open for this checkout.",
    ),
) -> None:
    """Find requirements that admit a breaking release and the code that uses what it breaks."""
    try:
        pins = [parse_pin(text) for text in against]
    except typer.BadParameter as error:
        fail(f"{error} in --against (e.g. --against werkzeug==3.0.0)")
    if not path.is_dir():
        fail(f"{path} is not a directory; give the path of a checkout")
    settings = checked_settings()
    from bot.cli.db import migrated_engine

    engine = migrated_engine(settings)
    try:
        with progress(ctx, f"scanning {path}"):
            report, diffs, vias = asyncio.run(
                _run(settings, path, pins, engine, risks=output is not OutputFormat.MARKDOWN)
            )
        if output is OutputFormat.MARKDOWN:
            from bot.cli.preview import preview, render_markdown

            typer.echo(render_markdown(preview(path, report, diffs, engine, vias)), nl=False)
    finally:
        engine.dispose()
    if output is OutputFormat.JSON:
        typer.echo(json.dumps(report.model_dump(mode="json", by_alias=True), indent=2))
    elif output is OutputFormat.TEXT:
        typer.echo(render_text(report))
    raise typer.Exit(1 if at_risk(report) else 0)


def at_risk(report: ScanReport) -> bool:
    """At risk directly (a package verdict) or through an extension (a `risks` entry with a `via`)."""
    return report.any_at_risk or any("via" in risk and risk.get("level") == "breaks" for risk in report.risks)
