"""Where the CPU time of a first `release-watch diff` (fresh database, warm download cache) goes, per phase.

Each pair of benchmarks/cli.py runs in a fresh process whose steps are wrapped with CPU clocks (thread CPU time:
extraction runs in a worker thread):
  start-up    interpreter, typer, settings, and the modules a first run loads (database, HTTP client, engine)
  migrate     creating the SQLite schema (Alembic, every migration)
  old/new     extracting the two releases compared
  history     extracting earlier releases for `deprecated_since`
  deps        reading the dependency modules the diff asks about (bot/apidiff/lazydeps.py)
  store       writing and reading surfaces and the diff
  diff        diff_surfaces + unclaimed_classes
  other       the rest: PyPI project JSON, event loop, rendering
Numbers are CPU seconds of one run (the best of --repeat); compare with griffe's CPU time in benchmarks/cli.py.

Run: .venv/bin/python benchmarks/cli_phases.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

PAIRS = [
    ("werkzeug", "2.3.8", "3.0.0"),
    ("flask", "2.3.3", "3.0.0"),
    ("flask-sqlalchemy", "2.5.1", "3.0.0"),
    ("jinja2", "3.0.3", "3.1.0"),
]
PHASES = ("start-up", "migrate", "old/new", "history", "deps", "store", "diff", "other")
PROBE = r"""
import atexit, functools, json, sys, time
spent = {}
package, old, new = sys.argv[2:5]

def wrap(module, name, phase):
    function = getattr(module, name)
    @functools.wraps(function)
    def timed(*args, **kwargs):
        start = time.thread_time()
        try:
            return function(*args, **kwargs)
        finally:
            label = phase(args) if callable(phase) else phase
            spent[label] = spent.get(label, 0.0) + time.thread_time() - start
    setattr(module, name, timed)

import bot.adapters.pypi, bot.cli.app, bot.cli.db, bot.jobs.analysis, bot.jobs.analysis_worker, bot.storage.surfaces
spent["start-up"] = time.process_time()
wrap(bot.cli.db, "migrated_engine", "migrate")
wrap(bot.jobs.analysis_worker, "surface_of", lambda a: "old/new" if a[2] in (old, new) else "history")
wrap(bot.jobs.analysis_worker, "partial_surfaces", "deps")
for name in ("save_surface", "save_diff", "load_surface", "load_diff", "stored_versions"):
    wrap(bot.storage.surfaces, name, "store")
wrap(bot.jobs.analysis, "diff_surfaces", "diff")
wrap(bot.jobs.analysis, "unclaimed_classes", "diff")

@atexit.register
def report():
    spent["total"] = time.process_time()
    print("PHASES " + json.dumps(spent), file=sys.stderr)

sys.argv = ["release-watch", *sys.argv[1:]]
from bot.cli.main import main
main()
"""


def phases(package: str, old: str, new: str, env: dict[str, str]) -> dict[str, float]:
    done = subprocess.run([sys.executable, "-c", PROBE, "diff", package, old, new], env=env, capture_output=True,
                          text=True)
    lines = [line for line in done.stderr.splitlines() if line.startswith("PHASES ")]
    if done.returncode not in (0, 1) or not lines:
        raise SystemExit(f"diff {package} {old} {new} failed ({done.returncode}): {done.stderr.strip()[-500:]}")
    spent: dict[str, float] = json.loads(lines[-1].removeprefix("PHASES "))
    spent["other"] = spent["total"] - sum(spent.get(phase, 0.0) for phase in PHASES if phase != "other")
    return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="rw-bench-phases-"))
    env = {**os.environ, "CACHE_DIR": str(work / "cache"), "LOG_LEVEL": "WARNING"}
    print(f"{'pair':<30} {'total':>6} " + " ".join(f"{phase:>8}" for phase in PHASES))
    for package, old, new in PAIRS:
        subprocess.run([str(Path(sys.executable).parent / "release-watch"), "diff", package, old, new],
                       env={**env, "DATA_DIR": str(work / "warm")}, capture_output=True)  # warms the download cache
        runs = [phases(package, old, new, {**env, "DATA_DIR": str(work / f"{package}-{attempt}")})
                for attempt in range(args.repeat)]
        best = min(runs, key=lambda spent: spent["total"])
        print(f"{package + ' ' + old + '->' + new:<30} {best['total']:6.2f} "
              + " ".join(f"{best.get(phase, 0.0):8.2f}" for phase in PHASES))


if __name__ == "__main__":
    main()
