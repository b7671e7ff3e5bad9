"""Benchmark the API diff engine against griffe's `find_breaking_changes` and the `ast.parse` floor.

For each release pair of issues 3 and 11 (artifacts from tests/artifacts.py: pinned, cached, so warm after the first
run):
  ours   surface extraction of both releases, the cross-distribution resolution for the pairs that list dependencies
         (as the service does it: only the dependency modules leading to the outside bases and callables the diff
         asks about are read, see bot/apidiff/lazydeps.py) + diff (in-process; the deprecated_since walk is not
         timed); a file both releases ship unchanged is parsed once (a fresh ModuleCache per run, as in one Analyser)
  griffe griffe.load(..., allow_inspection=False) of both trees + find_breaking_changes
  floor  one ast.parse of every module of both trees and of the dependency modules ours reads
The three run back to back in each of --repeat rounds (after one untimed warm-up round of each), their order rotating
from round to round so that no side always runs first (or right after the other) on a loaded machine; each time is its
minimum over the rounds, and "ours/gr med" is the median of the per-round ours/griffe ratios (a ratio of times taken
seconds apart, steadier than a ratio of minima taken minutes apart; for the total, of the per-round sums over the
pairs). Counts are distinct objects: griffe's breakages are grouped by object path (`X.__init__` counts as `X`);
"griffe only" is what griffe reports that no change of ours covers, "ours only" the removed / signature_changed /
env_var_removed changes of ours that no griffe breakage covers.

Run (the engine as the Docker image ships it, compiled by mypyc, in its own environment):
  python3 -m venv .venv-native && RELEASE_WATCH_NATIVE=1 .venv-native/bin/pip install '.[bench]' \
      && .venv-native/bin/python benchmarks/apidiff.py [--repeat 5] [--cpu] [--show-griffe-only]
(`.venv/bin/python benchmarks/apidiff.py` measures the editable, pure-Python engine of the working tree.)
"""

from __future__ import annotations

import argparse
import ast
import logging
import statistics
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

# the repository last, for `tests.artifacts`: `bot` is the installed one, compiled when built with
# RELEASE_WATCH_NATIVE=1 (the README's command), the working tree when installed editable
sys.path.append(str(Path(__file__).resolve().parent.parent))

import griffe  # noqa: E402

import bot.apidiff.extract  # noqa: E402
from bot.apidiff.diff import diff_surfaces  # noqa: E402
from bot.apidiff.lazydeps import DependencyTree, partial_surfaces, seeds  # noqa: E402
from bot.apidiff.locate import ModuleFile, find_modules  # noqa: E402
from bot.apidiff.modcache import ModuleCache  # noqa: E402
from bot.apidiff.model import Surface  # noqa: E402
from bot.apidiff.movedout import moved_seeds  # noqa: E402
from bot.apidiff.release import read_file, surface_of  # noqa: E402
from bot.changes import Change, ChangeKind  # noqa: E402
from tests.artifacts import unpacked_release  # noqa: E402

PAIRS = [
    ("werkzeug", "2.3.8", "3.0.0"),
    ("werkzeug", "2.2.3", "2.3.0"),
    ("flask", "2.3.3", "3.0.0"),
    ("flask", "2.2.5", "2.3.0"),
    ("flask-sqlalchemy", "2.5.1", "3.0.0"),
    ("markupsafe", "2.0.1", "2.1.0"),
    ("itsdangerous", "2.0.1", "2.1.0"),
    ("werkzeug", "2.3.7", "2.3.8"),
    ("quart", "0.18.4", "0.19.0"),
    ("flask-caching", "1.11.1", "2.0.0"),
    ("itsdangerous", "1.1.0", "2.0.0"),
    ("click", "8.0.4", "8.1.0"),
    ("flask", "2.0.3", "2.1.0"),
]
DEPENDENCIES = {
    "quart": [("flask", "3.0.0"), ("werkzeug", "3.0.0")],
    "flask-caching": [("cachelib", "0.9.0")],
}
"""The pinned versions of what the new release's classes inherit from (the service picks the newest admitted)."""


@dataclass
class Row:
    pair: str
    ours_s: float
    griffe_s: float
    floor_s: float
    ours_rounds: list[float]
    griffe_rounds: list[float]
    ours_breaking: int
    ours_deprecated: int
    ours_env: int
    griffe_breaking: int
    griffe_only: list[str]
    ours_only: list[str]


CLOCK: Callable[[], float] = time.perf_counter
"""Wall clock by default; `--cpu` switches to process CPU time (steadier on a loaded machine; all three are in-process)."""


def timed(run: Callable[[], object]) -> tuple[float, object]:
    start = CLOCK()
    result = run()
    return CLOCK() - start, result


def interleaved(repeat: int, runs: dict[str, Callable[[], object]]) -> tuple[list[dict[str, float]], dict[str, object]]:
    """Per-round times of every run and each one's last result; each round runs all of them back to back.

    One untimed warm-up round first (for every side alike); then the order rotates one step per round and reverses
    every other round, so that over the rounds each side runs first, last and after each other side.
    """
    names = list(runs)
    results = {name: run() for name, run in runs.items()}  # warm-up, not timed
    rounds: list[dict[str, float]] = []
    for index in range(repeat):
        order = names[index % len(names):] + names[:index % len(names)]
        if index % 2:
            order.reverse()
        times: dict[str, float] = {}
        for name in order:
            times[name], results[name] = timed(runs[name])
        rounds.append(times)
    return rounds, results


def median_ratio(ours_rounds: Iterable[float], griffe_rounds: Iterable[float]) -> float:
    """The median over the rounds of ours/griffe, each ratio of two times taken seconds apart."""
    return statistics.median(o / g for o, g in zip(ours_rounds, griffe_rounds, strict=True))


def top_packages(root: Path) -> list[tuple[str, Path]]:
    """(top-level package, search path) of an unpacked distribution."""
    found = {}
    for module in find_modules(root):
        if "." not in module.module:
            found[module.module] = module.path.parent.parent if module.is_package else module.path.parent
    return sorted(found.items())


def floor(roots: list[Path], extra: list[ModuleFile]) -> None:
    for root in roots:
        for module in find_modules(root):
            ast.parse(module.path.read_bytes())
    for module in extra:
        ast.parse(module.path.read_bytes())


def ours(package: str, old: str, new: str, roots: list[Path],
         read_deps: list[ModuleFile] | None = None) -> tuple[Surface, list[Change]]:
    cache = ModuleCache()  # one per run, as one Analyser has: a file both releases ship is parsed once
    before = surface_of(roots[0], package, old, cache)
    after = surface_of(roots[1], package, new, cache)
    trees = [DependencyTree(name, version, root)
             for (name, version), root in zip(DEPENDENCIES.get(package, []), roots[2:], strict=False)]

    def read(file: ModuleFile) -> object:
        if read_deps is not None:
            read_deps.append(file)
        return read_file(file, cache, lazy=True)

    asked = seeds(after, before) + moved_seeds(after, before)
    deps = partial_surfaces(asked, trees, read) if trees else []  # type: ignore[arg-type]
    return before, diff_surfaces(before, after, deps)


def griffe_breakages(roots: list[Path]) -> list[griffe.Breakage]:
    found: list[griffe.Breakage] = []
    old_tops, new_tops = dict(top_packages(roots[0])), dict(top_packages(roots[1]))
    for name, old_path in old_tops.items():
        if name not in new_tops:
            continue
        before = griffe.load(name, search_paths=[old_path], allow_inspection=False)
        after = griffe.load(name, search_paths=[new_tops[name]], allow_inspection=False)
        found.extend(griffe.find_breaking_changes(before, after))
    return found


def covered_paths(changes: list[Change], before: Surface) -> set[str]:
    """Every old path one of our changes speaks for (aliases of the same definition included)."""
    targets = {before.symbols[c.symbol].target for c in changes if c.symbol in before.symbols}
    paths = {c.symbol for c in changes}
    paths.update(path for path, symbol in before.symbols.items() if symbol.target in targets)
    return paths


def griffe_path(breakage: griffe.Breakage) -> str:
    return breakage.obj.path.removesuffix(".__init__")


def is_covered(path: str, covered: set[str]) -> bool:
    parts = path.split(".")
    return any(".".join(parts[:end]) in covered for end in range(len(parts), 0, -1))


def measure(package: str, old: str, new: str, repeat: int) -> Row:
    roots = [unpacked_release(package, old), unpacked_release(package, new)]
    roots += [unpacked_release(name, version) for name, version in DEPENDENCIES.get(package, [])]
    read_deps: list[ModuleFile] = []
    ours(package, old, new, roots, read_deps)  # which dependency modules the diff reads, for the floor
    rounds, results = interleaved(repeat, {
        "floor": lambda: floor(roots[:2], read_deps),
        "ours": lambda: ours(package, old, new, roots),
        "griffe": lambda: griffe_breakages(roots[:2]),
    })
    before, changes = results["ours"]  # type: ignore[misc]
    breakages = results["griffe"]
    breaking = [c for c in changes if c.kind in (ChangeKind.REMOVED, ChangeKind.SIGNATURE_CHANGED)]
    covered = covered_paths(breaking, before)
    griffe_objects = sorted({griffe_path(b) for b in breakages})  # type: ignore[union-attr]
    return Row(
        pair=f"{package} {old}->{new}",
        ours_s=min(r["ours"] for r in rounds), griffe_s=min(r["griffe"] for r in rounds),
        floor_s=min(r["floor"] for r in rounds),
        ours_rounds=[r["ours"] for r in rounds], griffe_rounds=[r["griffe"] for r in rounds],
        ours_breaking=len(breaking),
        ours_deprecated=sum(c.kind is ChangeKind.DEPRECATED for c in changes),
        ours_env=sum(c.kind is ChangeKind.ENV_VAR_REMOVED for c in changes),
        griffe_breaking=len(griffe_objects),
        griffe_only=[path for path in griffe_objects if not is_covered(path, covered)],
        ours_only=[c.symbol for c in changes if c.kind is not ChangeKind.DEPRECATED
                   and not any(is_covered(path, set(griffe_objects)) for path in covered_paths([c], before))],
    )


def engine_build() -> str:
    """Which build of `bot.apidiff` this process measures, and from where."""
    module = Path(bot.apidiff.extract.__file__ or "")
    compiled = module.suffix != ".py"
    return f"{'compiled by mypyc' if compiled else 'pure Python'} ({module.parent})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="timed rounds (after one warm-up round)")
    parser.add_argument("--show-griffe-only", action="store_true", help="list what only griffe reports")
    parser.add_argument("--show-ours-only", action="store_true", help="list what only we report (breaking kinds)")
    parser.add_argument("--cpu", action="store_true", help="time process CPU instead of wall clock")
    args = parser.parse_args()
    if args.cpu:
        global CLOCK
        CLOCK = time.process_time
    logging.disable(logging.ERROR)  # griffe logs every unresolved alias and unreadable annotation, at ERROR since 2.x
    print(f"engine: {engine_build()}\n")
    rows = [measure(package, old, new, args.repeat) for package, old, new in PAIRS]
    header = (f"{'pair':34} {'ours s':>7} {'griffe s':>8} {'floor s':>7} {'ours/fl':>7} {'ours/gr':>7} "
              f"{'ours/gr med':>11} {'ours brk':>8} {'depr':>5} {'env':>4} {'griffe brk':>10} {'griffe only':>11} "
              f"{'ours only':>9}")
    print(header)
    print("-" * len(header))
    for row in rows:
        print(f"{row.pair:34} {row.ours_s:7.3f} {row.griffe_s:8.3f} {row.floor_s:7.3f} {row.ours_s / row.floor_s:7.2f} "
              f"{row.ours_s / row.griffe_s:7.2f} {median_ratio(row.ours_rounds, row.griffe_rounds):11.2f} "
              f"{row.ours_breaking:8d} {row.ours_deprecated:5d} {row.ours_env:4d} {row.griffe_breaking:10d} {len(row.griffe_only):11d} {len(row.ours_only):9d}")
    total = {name: sum(getattr(r, name) for r in rows) for name in ("ours_s", "griffe_s", "floor_s")}
    rounds_total = {side: [sum(times) for times in zip(*(getattr(r, side) for r in rows), strict=True)]
                    for side in ("ours_rounds", "griffe_rounds")}  # round i of the total: every pair's round i
    print("-" * len(header))
    print(f"{'total':34} {total['ours_s']:7.3f} {total['griffe_s']:8.3f} {total['floor_s']:7.3f} "
          f"{total['ours_s'] / total['floor_s']:7.2f} {total['ours_s'] / total['griffe_s']:7.2f} "
          f"{median_ratio(rounds_total['ours_rounds'], rounds_total['griffe_rounds']):11.2f}")
    if args.show_griffe_only:
        for row in rows:
            if row.griffe_only:
                print(f"\n{row.pair}: reported by griffe only")
                for path in row.griffe_only:
                    print(f"  {path}")
    if args.show_ours_only:
        for row in rows:
            if row.ours_only:
                print(f"\n{row.pair}: reported by us only")
                for symbol in row.ours_only:
                    print(f"  {symbol}")


if __name__ == "__main__":
    main()
