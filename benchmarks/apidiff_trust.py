"""False reports of the API diff on refactor-heavy release pairs, judged against a hand review.

benchmarks/data/apidiff_verdicts.json records, per pair, every breaking change (removed, signature changed, env var
removed) that this engine or the baseline engine claimed, each judged by hand against the released sources: "true",
or "false" with the class of error. Reviewed first where griffe disagreed (see issue 11's closing note). For each pair
the table prints, per engine:
  shown     breaking changes `release-watch diff` prints by default (private removals are opt-in since issue 11;
            the baseline printed them)
  removed   public removals claimed          private   removals of private (underscored) names claimed
  false rm  public removals judged false     false ch  other breaking changes judged false
  unjudged  claims the review has not seen (a new claim after an engine change: review it, then record it)

Run: .venv/bin/python benchmarks/apidiff_trust.py [--baseline DIR] [--show-false] [--show-unjudged]
  --baseline DIR  also measure the engine whose `bot` package is in DIR, e.g. the engine before this review:
                  mkdir -p /tmp/h11-base && git archive e73937d bot | tar -x -C /tmp/h11-base
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VERDICTS = ROOT / "benchmarks" / "data" / "apidiff_verdicts.json"
PAIRS = [
    ("quart", "0.18.4", "0.19.0"),
    ("werkzeug", "2.2.3", "2.3.0"),
    ("flask", "2.2.5", "2.3.0"),
    ("flask-sqlalchemy", "2.5.1", "3.0.0"),
    ("click", "8.0.4", "8.1.0"),
    ("jinja2", "3.0.3", "3.1.0"),
    ("flask", "2.0.3", "2.1.0"),
    ("werkzeug", "2.3.8", "3.0.0"),
    ("flask", "2.3.3", "3.0.0"),
    ("itsdangerous", "1.1.0", "2.0.0"),
    ("flask-caching", "1.11.1", "2.0.0"),
]
DEPENDENCIES = {
    "quart": [("flask", "3.0.0"), ("werkzeug", "3.0.0")],
    "flask-caching": [("cachelib", "0.9.0")],
    "flask-sqlalchemy": [("sqlalchemy", "2.0.0")],
}
"""What the new release's classes inherit from, at the pinned versions (the service picks the newest admitted)."""
BREAKING = ("removed", "signature_changed", "env_var_removed")


def claims() -> dict[str, list[tuple[str, str, bool]]]:
    """pair -> (kind, symbol, private) of every breaking change the importable engine claims (private included)."""
    from bot.apidiff.diff import diff_surfaces
    from bot.apidiff.release import surface_of
    from tests.artifacts import unpacked_release

    def private(symbol: str) -> bool:
        parts = symbol.removeprefix("env:").removeprefix("config:").split(".")
        return any(p.startswith("_") and not (p.startswith("__") and p.endswith("__")) for p in parts)

    found = {}
    for package, old, new in PAIRS:
        before = surface_of(unpacked_release(package, old), package, old)
        after = surface_of(unpacked_release(package, new), package, new)
        deps = dependencies(package, before, after)
        changes = diff_surfaces(before, after, deps)
        found[f"{package} {old}->{new}"] = sorted(
            {(c.kind.value, c.symbol, private(c.symbol)) for c in changes if c.kind.value in BREAKING}
        )
    return found


def dependencies(package: str, before: object, after: object) -> list[object]:
    """The dependency surfaces as this engine reads them: on demand (bot/apidiff/lazydeps.py), or whole before it."""
    from bot.apidiff.release import surface_of
    from tests.artifacts import unpacked_release

    pins = DEPENDENCIES.get(package, [])
    try:
        from bot.apidiff.lazydeps import DependencyTree, partial_surfaces, seeds
        from bot.apidiff.release import read_file
    except ImportError:
        return [surface_of(unpacked_release(n, v), n, v) for n, v in pins]
    trees = [DependencyTree(n, v, unpacked_release(n, v)) for n, v in pins]
    return partial_surfaces(seeds(after, before), trees, read_file) if trees else []  # type: ignore[arg-type]


def claims_of(engine: Path | None) -> dict[str, list[tuple[str, str, bool]]]:
    """The claims of this checkout's engine, or of the `bot` package in `engine` (run in a child process)."""
    if engine is None:
        return claims()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(engine), str(ROOT)])}
    done = subprocess.run(
        [sys.executable, __file__, "--emit"], env=env, check=True, capture_output=True, text=True, cwd=ROOT
    )
    return {pair: [tuple(c) for c in found] for pair, found in json.loads(done.stdout).items()}  # type: ignore[misc]


@dataclass
class Count:
    shown: int
    removed: int
    private: int
    false_removed: list[str]
    false_changed: list[str]
    unjudged: list[str]


def count(found: list[tuple[str, str, bool]], verdicts: dict[str, dict[str, str]], private_shown: bool) -> Count:
    def verdict(kind: str, symbol: str) -> str | None:
        entry = verdicts.get(f"{kind} {symbol}")
        return entry["verdict"] if entry else None

    return Count(
        shown=sum(1 for _, _, private in found if private_shown or not private),
        removed=sum(1 for kind, _, private in found if kind == "removed" and not private),
        private=sum(1 for kind, _, private in found if kind == "removed" and private),
        false_removed=[s for k, s, _ in found if k == "removed" and verdict(k, s) == "false"],
        false_changed=[s for k, s, _ in found if k != "removed" and verdict(k, s) == "false"],
        unjudged=[f"{k} {s}" for k, s, _ in found if verdict(k, s) is None],
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", type=Path, help="a directory holding the `bot` package to compare with")
    parser.add_argument("--show-false", action="store_true", help="list the claims judged false")
    parser.add_argument("--show-unjudged", action="store_true", help="list the claims the review has not seen")
    parser.add_argument("--emit", action="store_true", help=argparse.SUPPRESS)  # the child process of --baseline
    args = parser.parse_args()
    logging.disable(logging.WARNING)
    if args.emit:  # PYTHONPATH puts the baseline's `bot` first
        print(json.dumps(claims()))
        return
    sys.path.insert(0, str(ROOT))
    verdicts = json.loads(VERDICTS.read_text())["pairs"]
    engines = [("baseline", claims_of(args.baseline), True)] if args.baseline else []
    engines.append(("this", claims_of(None), False))
    header = f"{'pair':30} {'engine':8} {'shown':>5} {'removed':>7} {'private':>7} {'false rm':>8} {'false ch':>8} {'unjudged':>8}"
    print(header)
    print("-" * len(header))
    totals: dict[str, list[int]] = {}
    for pair, _, _ in [(f"{p} {o}->{n}", 0, 0) for p, o, n in PAIRS]:
        for name, found, private_shown in engines:
            c = count(found[pair], verdicts.get(pair, {}), private_shown)
            row = [c.shown, c.removed, c.private, len(c.false_removed), len(c.false_changed), len(c.unjudged)]
            totals[name] = [a + b for a, b in zip(totals.get(name, [0] * 6), row, strict=True)]
            print(f"{pair:30} {name:8} " + " ".join(f"{v:>{w}}" for v, w in zip(row, (5, 7, 7, 8, 8, 8), strict=True)))
            if args.show_false and (c.false_removed or c.false_changed):
                for symbol in [*c.false_removed, *c.false_changed]:
                    entry = verdicts[pair].get(f"removed {symbol}") or verdicts[pair].get(f"signature_changed {symbol}")
                    print(f"    false: {symbol}: {entry['why'] if entry else ''}")
            if args.show_unjudged:
                for claim in c.unjudged:
                    print(f"    unjudged: {claim}")
    print("-" * len(header))
    for name, row in totals.items():
        print(f"{'total':30} {name:8} " + " ".join(f"{v:>{w}}" for v, w in zip(row, (5, 7, 7, 8, 8, 8), strict=True)))


if __name__ == "__main__":
    main()
