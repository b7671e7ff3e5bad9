"""Benchmark: the fleet's capacity. 2,000 installed repositories over 200 installations on the fake GitHub (50 ms
added to every call), one werkzeug release whose removal 20% of them use: the time from the polling round that sees
the release until every action is sent, with 1, 2 and 3 `serve` replicas (real processes on one PostgreSQL, the
task queue spreading evaluations and per-installation sends). Also: GitHub requests per repository, duplicate
issues (must be 0), the most writes one installation received in any 60 s window and in total (GitHub allows 80 a
minute and 500 an hour per installation), and the replicas' CPU seconds.

The fake GitHub runs without its contract checks here (validating 10,000+ exchanges against the OpenAPI document
would make the fake, not the fleet, the bottleneck); tests/test_fleet.py runs the fleet with them.
Run: `TEST_POSTGRES_URL=postgresql://... .venv/bin/python benchmarks/fleet.py [--replicas 1,2,3] [--repos 2000]`.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import time
import uuid
from collections import Counter, defaultdict
from pathlib import Path
from tempfile import TemporaryDirectory
from typing import Any

from rich.console import Console
from rich.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402
from sqlmodel import Session, select  # noqa: E402

from benchmarks.loopback import app_keys, cpu_seconds  # noqa: E402
from bot.adapters.pypi import PyPIClient  # noqa: E402
from bot.jobs.orphans import reap_orphans  # noqa: E402
from bot.jobs.poller import poll_round  # noqa: E402
from bot.runtime import Runtime  # noqa: E402
from bot.storage.db import make_engine, normalize_url, session_scope, upgrade  # noqa: E402
from bot.storage.models.actions import Action, ActionState, InstalledRepo  # noqa: E402
from bot.storage.surfaces import save_diff  # noqa: E402
from tests.conftest import make_settings  # noqa: E402
from tests.fake_github import FakeGitHub  # noqa: E402
from tests.fake_pypi import TimelinePyPI, metadata_only  # noqa: E402
from tests.fleet import AFFECTED_FILES, UNAFFECTED_FILES, Loopback, delayed, removal_diffs, start_replica, wait_for  # noqa: E402
from tests.pypi_replay import serve_http  # noqa: E402

APP_ID, SECRET = 4242, "benchmark secret"
WRITES = {"POST", "PATCH", "PUT", "DELETE"}
LIMITS = (80, 500)  # GitHub's content-creation limits per installation: a minute, an hour


def _schema(base: str) -> tuple[str, Any, str]:
    base = normalize_url(base)
    schema = f"bench_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    return make_url(base).update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(
        hide_password=False), admin, schema


def _tree_cpu(pid: int) -> float:
    """CPU seconds of a process and its children (sandbox and extraction workers)."""
    total = 0.0
    for child in [pid, *_children(pid)]:
        try:
            total += cpu_seconds(child)
        except (FileNotFoundError, ProcessLookupError):
            pass
    return total


def _children(pid: int) -> list[int]:
    try:
        kids = [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except FileNotFoundError:
        return []
    return kids + [g for k in kids for g in _children(k)]


def _max_in_window(times: list[float], window: float) -> int:
    times, best, start = sorted(times), 0, 0
    for end, moment in enumerate(times):
        while moment - times[start] > window:
            start += 1
        best = max(best, end - start + 1)
    return best


def scenario(base_url: str, replicas: int, repos: int, installations: int, latency: float) -> dict[str, Any]:
    url, admin, schema = _schema(base_url)
    private, public = app_keys()
    fake = FakeGitHub(APP_ID, public, None)
    engine = make_engine(url)
    writes: dict[str, list[float]] = defaultdict(list)

    def delay(method: str, path: str) -> float:
        if method in WRITES and path.startswith("/repos/"):
            writes[path.split("/")[2]].append(time.monotonic())
        return latency

    try:
        upgrade(url)
        affected = set()
        with session_scope(engine) as session:
            for i in range(installations):
                inst = fake.add_installation(account=f"org{i}")
                for j in range(repos // installations):
                    n = i * (repos // installations) + j
                    hit = n % 5 == 0  # 20% use what the release removes
                    fake.add_repo(f"org{i}", f"repo{j}", AFFECTED_FILES if hit else UNAFFECTED_FILES,
                                  installation=inst.id)
                    name = f"org{i}/repo{j}"
                    session.add(InstalledRepo(name=name.lower(), full_name=name, installation_id=inst.id))
                    if hit:
                        affected.add(name)
        github = Loopback(delayed(fake.app, delay))
        pypi = TimelinePyPI()
        pypi.publish(metadata_only("werkzeug", "2.3.8"))
        with TemporaryDirectory() as tmp, serve_http(pypi) as pypi_url:  # type: ignore[arg-type]
            root = Path(tmp)
            pypi.files = f"{pypi_url}/packages"
            settings = make_settings(root / "seed", url, pypi_url=pypi_url, watchlist=("werkzeug",))

            async def baseline() -> None:
                async with PyPIClient(settings) as client:
                    await poll_round(Runtime(settings=settings, engine=engine, pypi=client))

            asyncio.run(baseline())
            [diff] = removal_diffs(["2.3.8", "3.0.0"], {"3.0.0": 0})
            save_diff(engine, diff)
            env = {
                "DATABASE_URL": url, "PYPI_URL": pypi_url, "WATCHLIST": "werkzeug", "GITHUB_APP_ID": str(APP_ID),
                "GITHUB_PRIVATE_KEY": private, "GITHUB_WEBHOOK_SECRET": SECRET, "GITHUB_API_URL": github.url,
                "POLL_INTERVAL_SECONDS": "30", "LOG_LEVEL": "WARNING",
            }
            fleet = [start_replica(root, f"replica-{i}", env) for i in range(replicas)]
            try:
                wait_for(lambda: all("Application startup complete" in r.text() for r in fleet), 180, "the fleet")
                published = time.time()
                pypi.publish(metadata_only("werkzeug", "3.0.0"))  # the fleet's next round sees it
                requests_before = len(fake.log)
                cpu_before = sum(_tree_cpu(r.process.pid) for r in fleet)

                def sent() -> int:
                    with Session(engine) as session:
                        return len(session.exec(select(Action.id).where(Action.state == ActionState.SENT)).all())

                def done() -> bool:
                    with engine.connect() as connection:
                        left = connection.execute(text(
                            "SELECT count(*) FROM procrastinate_jobs WHERE status IN ('todo', 'doing')")).scalar()
                    return sent() >= len(affected) and left == 0

                wait_for(done, 900, "every action sent", every=0.5)
                cpu = sum(_tree_cpu(r.process.pid) for r in fleet) - cpu_before
                with engine.connect() as connection:
                    start, end = connection.execute(text(
                        "SELECT min(p.started_at), (SELECT max(sent_at) FROM gh_action) FROM poll_run p "
                        "WHERE p.started_at >= to_timestamp(:t)"), {"t": published}).one()
            finally:
                for replica in fleet:
                    if replica.process.poll() is None:
                        replica.terminate(timeout=60)
                for path in root.glob("*/run/workers"):
                    reap_orphans(path)
        github.stop()
        issues = Counter(name for name in fake.repos for _ in fake.issues(*name.split("/")))
        requests = len(fake.log) - requests_before
        return {
            "replicas": replicas,
            "seconds": (end - start).total_seconds(),
            "issues": sum(issues.values()),
            "affected": len(affected),
            "duplicates": sum(max(c - 1, 0) for c in issues.values()) + len(set(issues) - affected),
            "requests_per_repo": requests / repos,
            "max_per_minute": max((_max_in_window(t, 60) for t in writes.values()), default=0),
            "max_per_hour": max((_max_in_window(t, 3600) for t in writes.values()), default=0),
            "cpu": cpu,
            "violations": len(fake.violations),
        }
    finally:
        engine.dispose()
        with admin.connect() as connection:
            connection.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--replicas", default="1,2,3")
    parser.add_argument("--repos", type=int, default=2000)
    parser.add_argument("--installations", type=int, default=200)
    parser.add_argument("--latency", type=float, default=0.05)
    args = parser.parse_args()
    base = os.environ.get("TEST_POSTGRES_URL")
    if not base:
        sys.exit("set TEST_POSTGRES_URL to a PostgreSQL database (each run uses its own schema)")
    console = Console(width=200)
    table = Table(title=f"{args.repos} repositories / {args.installations} installations, "
                        f"{args.latency * 1000:.0f} ms per GitHub call, 20% affected")
    for column in ("replicas", "seconds", "speed-up", "issues", "duplicates", "GitHub req/repo",
                   "max writes/inst/min (80)", "max writes/inst/h (500)", "CPU s", "load avg"):
        table.add_column(column, justify="right")
    first = None
    for count in [int(n) for n in args.replicas.split(",")]:
        row = scenario(base, count, args.repos, args.installations, args.latency)
        first = first or row["seconds"]
        console.print(row, f"load {os.getloadavg()[0]:.1f}")
        table.add_row(str(count), f"{row['seconds']:.1f}", f"{first / row['seconds']:.2f}×",
                      f"{row['issues']}/{row['affected']}", str(row["duplicates"]), f"{row['requests_per_repo']:.2f}",
                      str(row["max_per_minute"]), str(row["max_per_hour"]), f"{row['cpu']:.0f}",
                      f"{os.getloadavg()[0]:.1f}")
    console.print(table)


if __name__ == "__main__":
    main()
