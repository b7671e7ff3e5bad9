"""Benchmark the `release-watch` CLI as a user runs it: fresh processes, a warm download cache.

Per release pair (issue 13):
  griffe   a fresh `python -c` that loads both unpacked trees with griffe (no inspection) and lists
           `find_breaking_changes` — what `griffe check` does without git
  first    `release-watch diff PKG OLD NEW` with a fresh database (extraction, diff, deprecated_since, stored)
  second   the same command again: the stored diff is a database lookup
Then the start-up cost: CPU seconds of `release-watch --version` and `--help` (goal ≤ 0.3 s), and `scan` of a
200-file synthetic tree with ten `--against` pins, first and second run (goal ≤ 2 s second).
Times are the best of --repeat runs (wall clock, seconds; CPU seconds of the process beside, which a shared
machine disturbs less); "×griffe" is ours divided by griffe's wall time, "CPU ×griffe" the same for CPU time.

Run: .venv/bin/pip install -e '.[bench]' && .venv/bin/python benchmarks/cli.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.adapters.pypi import PyPIClient  # noqa: E402
from bot.config import Settings  # noqa: E402

PAIRS = [
    ("werkzeug", "2.3.8", "3.0.0"),
    ("flask", "2.3.3", "3.0.0"),
    ("flask-sqlalchemy", "2.5.1", "3.0.0"),
    ("jinja2", "3.0.3", "3.1.0"),
]
SCAN_PINS = [
    "werkzeug==3.0.0", "werkzeug==2.3.0", "flask==3.0.0", "flask==2.3.0", "flask-sqlalchemy==3.0.0",
    "jinja2==3.1.0", "markupsafe==2.1.0", "itsdangerous==2.1.0", "click==8.1.0", "flask-login==0.6.3",
]
CLI = str(Path(sys.executable).parent / "release-watch")
GRIFFE = """
import sys, griffe
old = griffe.load(sys.argv[1], search_paths=[sys.argv[2]], allow_inspection=False)
new = griffe.load(sys.argv[1], search_paths=[sys.argv[3]], allow_inspection=False)
print(len(list(griffe.find_breaking_changes(old, new))))
"""


def timed(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the child) of one fresh process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(args, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(args)} failed ({result.returncode}): {result.stderr.strip()[-500:]}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def module_root(tree: Path, package: str) -> tuple[str, Path]:
    """griffe's (module name, search path) for an unpacked wheel or sdist."""
    for candidate in sorted(tree.rglob("__init__.py"), key=lambda p: len(p.parts)):
        name = candidate.parent.name
        if name.replace("_", "-").lower() in {package.lower(), package.lower().replace("-", "_")} or (
                package.startswith("flask-") and name == package.replace("-", "_")):
            return name, candidate.parent.parent
    raise SystemExit(f"no package {package} under {tree}")


async def unpacked(settings: Settings, package: str, version: str) -> Path:
    async with PyPIClient(settings) as client:
        return await client.unpacked(package, version)


def scan_tree(root: Path) -> Path:
    """200 files: a package importing what the pins change, with requirements that admit the releases."""
    (root / "app").mkdir(parents=True)
    (root / "requirements.txt").write_text("flask>=2\nwerkzeug>=2\nflask-sqlalchemy>=2\njinja2>=3\nflask-login\n")
    for i in range(199):
        imports = "from werkzeug.urls import url_decode\nfrom flask import Markup\n" if i % 20 == 0 else "import os\n"
        (root / "app" / f"m{i}.py").write_text(imports + "".join(f"def f{j}(x):\n    return x + {j}\n" for j in range(30)))
    return root


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="rw-bench-cli-"))
    env = {**os.environ, "CACHE_DIR": str(work / "cache"), "LOG_LEVEL": "WARNING"}
    settings = Settings(data_dir=work / "warm", cache_dir=work / "cache")
    print(f"{'pair':<34} {'griffe':>7} {'first':>7} {'×griffe':>8} {'second':>7} {'×griffe':>8}   "
          f"CPU s: {'griffe':>6} {'first':>6} {'second':>6}   CPU ×griffe: {'first':>5} {'second':>6}")
    for package, old, new in PAIRS:
        trees = [module_root(asyncio.run(unpacked(settings, package, v)), package) for v in (old, new)]
        subprocess.run([CLI, "diff", package, old, new], env={**env, "DATA_DIR": str(work / "warm")},
                       capture_output=True)  # warms the download cache with every release deprecated_since reads
        griffe = min(timed([sys.executable, "-c", GRIFFE, trees[0][0], str(trees[0][1]), str(trees[1][1])], env)
                     for _ in range(args.repeat))
        firsts, seconds = [], []
        for attempt in range(args.repeat):
            run_env = {**env, "DATA_DIR": str(work / f"{package}-{attempt}")}
            firsts.append(timed([CLI, "diff", package, old, new], run_env))
            seconds.append(timed([CLI, "diff", package, old, new], run_env))
        first, second = min(firsts), min(seconds)
        print(f"{package + ' ' + old + '->' + new:<34} {griffe[0]:7.2f} {first[0]:7.2f} {first[0] / griffe[0]:8.2f} "
              f"{second[0]:7.2f} {second[0] / griffe[0]:8.2f}   {griffe[1]:13.2f} {first[1]:6.2f} {second[1]:6.2f}   "
              f"{first[1] / griffe[1]:17.2f} {second[1] / griffe[1]:6.2f}")
    for flag in ("--version", "--help"):
        cpu = min(timed([CLI, flag], env)[1] for _ in range(args.repeat))
        print(f"release-watch {flag}: {cpu:.2f} s CPU")
    tree = scan_tree(work / "tree")
    scan = [CLI, "scan", str(tree), *[arg for pin in SCAN_PINS for arg in ("--against", pin)]]
    scan_env = {**env, "DATA_DIR": str(work / "scan")}
    first = timed(scan, scan_env)[0]
    second = min(timed(scan, scan_env)[0] for _ in range(args.repeat))
    print(f"scan of {len(list(tree.rglob('*.*')))} files, {len(SCAN_PINS)} pins: first {first:.2f} s, "
          f"second {second:.2f} s")


if __name__ == "__main__":
    main()
