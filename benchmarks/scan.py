"""Benchmark `scan_tree` on large real sdists against releases with many changes, beside the `ast.parse` floor.

Trees: big sdists from PyPI (fetched through PyPIClient into the artifact cache, sha256-verified).
Diffs: computed by the real diff engine (`bot.jobs.analysis.Analyser`) for real release pairs.
  scan   scan_tree(root, diffs): walk, dependency files, byte prefilter, AST usage analysis of the files that
         mention an affected package, verdicts
  floor  read and ast.parse every .py file of the tree once (what any AST-based scan must at least do without
         the byte prefilter)
Times are the best of --repeat (default 5) interleaved runs with a warm page cache.

Run: .venv/bin/python benchmarks/scan.py [--repeat 3] [--cache DIR]
"""

from __future__ import annotations

import argparse
import ast
import asyncio
import logging
import os
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.adapters.pypi import PyPIClient  # noqa: E402
from bot.adapters.scanfs import scan_tree  # noqa: E402
from bot.changes import ReleaseDiff  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.findings.scan import ScanReport  # noqa: E402
from bot.jobs.analysis import Analyser  # noqa: E402

TREES = [("apache-airflow", "2.7.3"), ("django", "4.2.7")]
DIFFS = [("werkzeug", "3.0.0", None), ("flask", "2.3.0", None), ("flask", "3.0.0", None), ("django", "4.2.7", "4.1.13")]
ROWS = [
    ("apache-airflow", ("werkzeug==3.0.0",)), ("apache-airflow", ("flask==2.3.0",)),
    ("apache-airflow", ("flask==3.0.0",)), ("apache-airflow", ("werkzeug==3.0.0", "flask==2.3.0", "flask==3.0.0")),
    ("django", ("werkzeug==3.0.0", "flask==2.3.0", "flask==3.0.0")),
    # worst case: the package's own tree against its own diff, so nearly every file spells the package
    ("django", ("django==4.2.7",)),
]


async def fetch(settings: Settings) -> tuple[dict[str, Path], dict[str, ReleaseDiff]]:
    """Unpacked sdists of the trees and the engine's diffs (both cached after the first run)."""
    async with PyPIClient(settings) as client:
        trees = {}
        for package, version in TREES:
            [top] = list((await client.unpacked(package, version, kind="sdist")).iterdir())
            trees[package] = top
        analyser = Analyser(client)
        diffs = {f"{package}=={new}": await analyser.compare(package, new, old) for package, new, old in DIFFS}
    return trees, diffs


def python_files(root: Path) -> list[Path]:
    """Every .py file under root."""
    return [Path(folder, name) for folder, _, names in os.walk(root) for name in names if name.endswith(".py")]


def floor(files: list[Path]) -> int:
    """Read and parse every file once; returns how many parsed."""
    parsed = 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for path in files:
            try:
                ast.parse(path.read_bytes())
                parsed += 1
            except (SyntaxError, ValueError, RecursionError, MemoryError):
                pass
    return parsed


def timed(run: Callable[[], object]) -> tuple[float, object]:
    """Seconds one call of `run` took, and its result."""
    start = time.perf_counter()
    result = run()
    return time.perf_counter() - start, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--cache", type=Path, default=Path(".cache/bench-scan"))
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    settings = Settings(data_dir=args.cache, cache_dir=args.cache)
    trees, diffs = asyncio.run(fetch(settings))
    header = (f"{'tree':<22} {'against':<58} {'changes':>7} {'.py files':>9} {'parsed':>6} {'uses':>5} "
              f"{'scan s':>7} {'files/s':>8} {'floor s':>7} {'floor f/s':>9} {'scan/floor':>10}")
    print(header)
    print("-" * len(header))
    warmed: set[str] = set()
    for tree, packages in ROWS:
        root = trees[tree]
        files = python_files(root)
        if tree not in warmed:
            warmed.add(tree)
            floor(files)  # warm the page cache
        selected = [diffs[package] for package in packages]
        # Interleaved runs, best of each: the floor and the scan see the same machine load.
        floor_times, scan_times, report = [], [], None
        for _ in range(args.repeat):
            floor_times.append(timed(lambda files=files: floor(files))[0])
            scan_time, report = timed(lambda root=root, selected=selected: scan_tree(root, selected))
            scan_times.append(scan_time)
        floor_s, scan_s = min(floor_times), min(scan_times)
        assert isinstance(report, ScanReport)
        against = " + ".join(f"{d.package} {d.old}->{d.new}" for d in selected)
        changes = sum(len(d.changes) for d in selected)
        print(f"{root.name:<22} {against:<58} {changes:>7} {len(files):>9} {report.files_parsed:>6} "
              f"{len(report.usages):>5} {scan_s:>7.2f} {len(files) / scan_s:>8.0f} {floor_s:>7.2f} "
              f"{len(files) / floor_s:>9.0f} {scan_s / floor_s:>10.2f}")


if __name__ == "__main__":
    main()
