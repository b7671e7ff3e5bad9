"""Benchmark the API diff end to end, as a user runs it: each side a fresh process, on the pairs of `apidiff.py`.

Per release pair (the pinned artifacts of tests/artifacts.py, unpacked; the CLI's own download cache warmed by one
untimed run first):
  ours    `release-watch diff PACKAGE OLD NEW --format json` with a fresh DATA_DIR (a new database: interpreter and
          imports, migration, the PyPI project JSON, extraction of both releases and of the earlier ones
          `deprecated_since` reads, the dependency modules the diff asks about, the diff, storage, rendering)
  griffe  a fresh `python -c` loading both trees with griffe (no inspection) + `find_breaking_changes`, per top-level
          package both releases ship (what `apidiff.py` times in-process)
  floor   a fresh `python -c` doing one `ast.parse` of every module of both trees and of the dependency modules the
          engine reads (the files of `apidiff.py`'s floor)
Each round runs the three back to back, their order rotating from round to round; a time is its minimum over
--repeat rounds. CPU seconds are the child's own (user + system, from `getrusage`), which a shared machine disturbs
less than wall time; the ratios are of CPU seconds. The ours/floor ratio counts all that the command does beyond
parsing the pair (start-up, database, earlier releases), so it is higher than the in-process one of `apidiff.py`.

Run (the compiled engine as the image ships it, in its own environment, see README "Benchmarks"):
  .venv-native/bin/python benchmarks/apidiff_e2e.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.append(str(Path(__file__).resolve().parent.parent))

from benchmarks.apidiff import DEPENDENCIES, PAIRS, engine_build, ours, top_packages  # noqa: E402
from benchmarks.cli import timed  # noqa: E402
from bot.apidiff.locate import ModuleFile, find_modules  # noqa: E402
from tests.artifacts import unpacked_release  # noqa: E402

CLI = str(Path(sys.executable).parent / "release-watch")
FLOOR = """
import ast, json, sys
for path in json.load(open(sys.argv[1])):
    with open(path, "rb") as file:
        ast.parse(file.read())
"""
GRIFFE = """
import json, logging, sys, griffe
logging.disable(logging.ERROR)
for name, old, new in json.load(open(sys.argv[1])):
    before = griffe.load(name, search_paths=[old], allow_inspection=False)
    after = griffe.load(name, search_paths=[new], allow_inspection=False)
    list(griffe.find_breaking_changes(before, after))
"""


def inputs(package: str, old: str, new: str, work: Path) -> tuple[Path, Path]:
    """JSON files naming what the floor parses and what griffe loads for one pair."""
    roots = [unpacked_release(package, old), unpacked_release(package, new)]
    roots += [unpacked_release(name, version) for name, version in DEPENDENCIES.get(package, [])]
    read_deps: list[ModuleFile] = []
    ours(package, old, new, roots, read_deps)  # which dependency modules the diff reads
    files = [str(module.path) for root in roots[:2] for module in find_modules(root)]
    files += [str(module.path) for module in read_deps]
    old_tops, new_tops = dict(top_packages(roots[0])), dict(top_packages(roots[1]))
    tops = [(name, str(path), str(new_tops[name])) for name, path in old_tops.items() if name in new_tops]
    floor_list, griffe_list = work / f"{package}-{old}-floor.json", work / f"{package}-{old}-griffe.json"
    floor_list.write_text(json.dumps(files))
    griffe_list.write_text(json.dumps(tops))
    return floor_list, griffe_list


def rounds(repeat: int, runs: dict[str, Callable[[int], tuple[float, float]]]) -> dict[str, tuple[float, float]]:
    """Each side's (best wall, best CPU) over `repeat` rounds, the order rotating one step per round."""
    names = list(runs)
    best: dict[str, tuple[float, float]] = {}
    for index in range(repeat):
        for name in names[index % len(names):] + names[:index % len(names)]:
            wall, cpu = runs[name](index)
            old_wall, old_cpu = best.get(name, (wall, cpu))
            best[name] = (min(wall, old_wall), min(cpu, old_cpu))
    return best


def measure(package: str, old: str, new: str, work: Path, env: dict[str, str], repeat: int) -> dict[str, tuple[float, float]]:
    """Best (wall, CPU) of each side on one pair."""
    floor_list, griffe_list = inputs(package, old, new, work)
    command = [CLI, "diff", package, old, new, "--format", "json"]
    timed(command, {**env, "DATA_DIR": str(work / f"warm-{package}-{old}")})  # warms the download cache
    return rounds(repeat, {
        "ours": lambda index: timed(command, {**env, "DATA_DIR": str(work / f"{package}-{old}-{index}")}),
        "griffe": lambda index: timed([sys.executable, "-c", GRIFFE, str(griffe_list)], env),
        "floor": lambda index: timed([sys.executable, "-c", FLOOR, str(floor_list)], env),
    })


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="timed rounds (after one warm-up run of ours)")
    parser.add_argument("--only", action="append", default=[], metavar="PACKAGE", help="measure this package's pairs only")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="rw-bench-apidiff-e2e-"))
    env = {**os.environ, "CACHE_DIR": str(work / "cache"), "LOG_LEVEL": "WARNING"}
    print(f"engine: {engine_build()}\n")
    header = (f"{'pair':34} {'ours s':>7} {'griffe s':>8} {'floor s':>7}   CPU s: {'ours':>5} {'griffe':>6} "
              f"{'floor':>5}   {'ours/fl':>7} {'ours/gr':>7}")
    print(header)
    print("-" * len(header))
    totals = {"ours": [0.0, 0.0], "griffe": [0.0, 0.0], "floor": [0.0, 0.0]}
    for package, old, new in PAIRS:
        if args.only and package not in args.only:
            continue
        best = measure(package, old, new, work, env, args.repeat)
        for side, (wall, cpu) in best.items():
            totals[side][0] += wall
            totals[side][1] += cpu
        print(f"{package + ' ' + old + '->' + new:34} {best['ours'][0]:7.2f} {best['griffe'][0]:8.2f} "
              f"{best['floor'][0]:7.2f}   {'':6} {best['ours'][1]:5.2f} {best['griffe'][1]:6.2f} {best['floor'][1]:5.2f}"
              f"   {best['ours'][1] / best['floor'][1]:7.2f} {best['ours'][1] / best['griffe'][1]:7.2f}")
    print("-" * len(header))
    print(f"{'total':34} {totals['ours'][0]:7.2f} {totals['griffe'][0]:8.2f} {totals['floor'][0]:7.2f}   {'':6} "
          f"{totals['ours'][1]:5.2f} {totals['griffe'][1]:6.2f} {totals['floor'][1]:5.2f}   "
          f"{totals['ours'][1] / totals['floor'][1]:7.2f} {totals['ours'][1] / totals['griffe'][1]:7.2f}")


if __name__ == "__main__":
    main()
