"""`scan`'s transitive part: the watched extensions a checkout installs that break with a scanned release.

The same resolver, verdicts and `Via` evidence as the App (`bot.jobs.compat`); here they become `risks` entries
with a `via` field (JSON), lines of the text report, and the `via` the issue preview renders.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from bot.adapters.pypi import PyPIClient
    from bot.adapters.scanfs import WalkedTree
    from bot.changes import ReleaseDiff
    from bot.config import Settings
    from bot.findings.scan import ScanReport
    from bot.findings.transitive import Via

Vias = dict[tuple[str, str], tuple["Via", ...]]
Unloaded = dict[tuple[str, str], list[tuple["Via", str]]]


async def transitive_vias(
    settings: Settings,
    engine: Engine,
    client: PyPIClient,
    report: ScanReport,
    diffs: Sequence[ReleaseDiff],
    tree: WalkedTree | None = None,
) -> tuple[Vias, Unloaded]:
    """Per scanned (package, release), the breaking extension releases the checkout admits with it; and those whose
    uses of what breaks sit in modules nothing the checkout (`tree`) imports loads, with why."""
    from packaging.utils import canonicalize_name

    from bot.jobs.compat import repository_vias
    from bot.runtime import Runtime

    runtime = Runtime(settings=settings, engine=engine, pypi=client)
    runtime.compat.start_round(client.fetched_projects())  # the scanned packages were listed moments ago
    found: Vias = {}
    unloaded: Unloaded = {}
    try:
        for diff in diffs:
            exposure = await repository_vias(
                runtime, report.requirements, diff, polled_only=False, own=report.own_names
            )
            if exposure is None or not exposure.vias:
                continue
            key = (canonicalize_name(diff.package), diff.new)
            for via in exposure.vias:
                note = await _unloaded(client, via, tree) if tree is not None else ""
                if note:
                    unloaded.setdefault(key, []).append((via, note))
                else:
                    found[key] = (*found.get(key, ()), via)
    finally:
        runtime.close_sandbox()  # the dependents' artifacts were parsed in worker processes
    return found, unloaded


async def _unloaded(client: PyPIClient, via: Via, tree: WalkedTree) -> str:
    """Why the checkout never loads E's modules holding the uses (empty when it may, or when E cannot be read)."""
    import asyncio

    from bot.adapters.scanfs import ScanLimits, walk_tree
    from bot.findings.transitive import unloaded_note
    from bot.jobs.compat import FAILURES
    from bot.usage.module_graph import import_graph, module_names, tree_imports

    if len(via.chain) != 1 or not via.uses:
        return ""
    try:
        root = (await client.readable(via.dependent, via.version))[1]
        walked = await asyncio.to_thread(walk_tree, root, ScanLimits(), lambda _: False)
    except FAILURES:
        return ""
    modules = module_names(walked.paths)
    tops = {modules[use.path].split(".", 1)[0] for use in via.uses if use.path in modules}
    imported = await asyncio.to_thread(tree_imports, tree.paths, tree.read, tops)
    graph = await asyncio.to_thread(import_graph, modules, walked.read)
    return unloaded_note(via, modules, graph, imported)


def risk_entries(vias: Vias, unloaded: Unloaded | None = None) -> list[dict[str, Any]]:
    """The JSON `risks` entries: one per (release, extension), with the chain in `via`; an extension whose uses the
    checkout never loads has the level `not_loaded` and says why."""
    entries = []
    listed = [(key, via, "") for key, found in vias.items() for via in found]
    listed += [(key, via, note) for key, notes in (unloaded or {}).items() for via, note in notes]
    for (package, version), via, note in listed:
        brought = f"{via.path}:{via.line}" if via.path else None
        entries.append(
            {
                "package": package,
                "release": version,
                "level": "not_loaded" if note else "breaks",
                "kind": "transitive",
                "reasons": [
                    note or f"{via.display_name} {via.version}{_requires(via)} uses what {package} {version} breaks"
                ],
                "via": {
                    "package": via.dependent,
                    "version": via.version,
                    "fresh_version": via.fresh_version,
                    "requirement": via.requirement,
                    "chain": list(via.chain),
                    "brought_by": brought,
                    "uses": [{"symbol": u.symbol, "file": u.path, "line": u.line} for u in via.uses],
                    "artifact": via.artifact,
                    "fix_release": via.fix_release,
                    "fix_excluded": via.fix_excluded,
                },
            }
        )
    return entries


def _requires(via: Via) -> str:
    """E's requirement on X in parentheses; nothing when E takes X through another requirement (Flask-WTF 1.0.1
    imports Werkzeug, which only Flask brings in), not an empty `()`."""
    return f" ({via.requirement})" if via.requirement else ""


def text_lines(risks: Sequence[dict[str, Any]]) -> list[str]:
    """The text report's lines for the transitive `risks` entries."""
    from bot.deps import suggest_upper_bound

    lines = []
    for risk in risks:
        via, package, version = risk["via"], risk["package"], risk["release"]
        brought = f" (brought in by {via['brought_by']})" if via["brought_by"] else ""
        if risk.get("level") == "not_loaded":
            lines.append(f"{package} {version}: OK through {via['package']} {via['version']}{brought}")
            lines += [f"  - {reason}" for reason in risk["reasons"]]
            continue
        lines.append(f"{package} {version}: AT RISK through {via['package']} {via['version']}{brought}")
        if via["fresh_version"] and via["fresh_version"] != via["version"]:
            lines.append(
                f"  a fresh install picks {via['package']} {via['fresh_version']}, which is fine; an environment or"
                f" lock file holding {via['package']} {via['version']} breaks"
            )
        lines += [f"  - {via['package']} {u['file']}:{u['line']} uses {u['symbol']}" for u in via["uses"][:10]]
        excluded = via.get("fix_excluded", "")
        if via["fix_release"] and not excluded:
            lines.append(f"  suggested: {via['package']}>={via['fix_release']} (its fix release)")
        elif via["fix_release"]:
            bound = suggest_upper_bound("", version)
            lines.append(f"  suggested bound: {package}{bound or ''} (the fix release is out: {excluded})")
        else:
            bound = suggest_upper_bound("", version)
            lines.append(f"  suggested bound: {package}{bound or ''} (no {via['package']} release fixes it yet)")
    return lines
