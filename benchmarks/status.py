"""Benchmark: the `/status` endpoints and the HTML pages at a fixed request rate on a seeded SQLite database.

Seeds a fresh SQLite file through the real models (1,000 installed repositories, one open action each and
10,000 findings, 25 watched packages with releases and diffs; werkzeug 3.0.0, the release every repository's
finding is about, is the worst case of the package and release reads), starts the real app under uvicorn on 127.0.0.1 in
a subprocess, then drives each endpoint open-loop at RATE requests/s for SECONDS over raw keep-alive HTTP/1.1.
Latency is measured from each request's scheduled send time, so a server (or generator) falling behind shows up
in the figures instead of slowing the offered load. Target: p99 under 25 ms.
Run: `.venv/bin/python benchmarks/status.py [--rate 500] [--seconds 10]`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from rich.console import Console
from rich.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlmodel import Session  # noqa: E402

from benchmarks.loopback import cpu_seconds, free_port, wait_up  # noqa: E402
from bot.changes import Change, ChangeKind, ObjectKind  # noqa: E402
from bot.config import DEFAULT_WATCHLIST  # noqa: E402
from bot.releases import AnalysisState, PollOutcome  # noqa: E402
from bot.storage.db import make_engine, upgrade  # noqa: E402
from bot.storage.models.actions import Action, ActionKind, ActionState, FindingRow, InstalledRepo  # noqa: E402
from bot.storage.models.analysis import ReleaseDiffRow  # noqa: E402
from bot.storage.models.pypi import PollRun, Release, WatchedPackage  # noqa: E402

REPOSITORIES = 1_000
FINDINGS_PER_REPO = 10
TARGET_P99_MS = 25.0
REQUEST_TIMEOUT = 5.0
CONNECTIONS = 32
GRACE_SECONDS = 10.0
SERVER = """
import sys, uvicorn
from pathlib import Path
sys.path.insert(0, {root!r})
from bot.web.app import create_app
from bot.config import Settings
settings = Settings(_env_file=None, data_dir=Path({data!r}), database_url={url!r}, log_level="WARNING")
uvicorn.run(create_app(settings, start_scheduler=False), host="127.0.0.1", port={port}, log_level="warning",
            access_log=False)
"""


def seed(url: str) -> list[str]:
    """Fill the database through the real models; returns the repositories' full names."""
    engine = make_engine(url)
    now = datetime.now(UTC)
    removed = [Change(symbol=f"werkzeug.urls.url_{n}", kind=ChangeKind.REMOVED, object=ObjectKind.FUNCTION)
               for n in ("decode", "encode", "quote", "unquote")]
    with Session(engine) as s:
        for name in DEFAULT_WATCHLIST:
            s.add(WatchedPackage(name=name, latest_version="3.0.0", last_serial=1, last_polled=now))
        s.commit()
        for name in DEFAULT_WATCHLIST:
            for minor in range(8):
                s.add(Release(package=name, version=f"2.{minor}.0", upload_time=now - timedelta(days=30 * minor),
                              analysis_state=AnalysisState.ANALYSED))
            s.add(ReleaseDiffRow(package=name, old_version="2.6.0", new_version="2.7.0", schema_version=1,
                                 changes_json=json.dumps([c.model_dump(mode="json") for c in removed]), change_count=4))
        s.add(Release(package="werkzeug", version="3.0.0", upload_time=now, analysis_state=AnalysisState.ANALYSED))
        s.add(ReleaseDiffRow(package="werkzeug", old_version="2.7.0", new_version="3.0.0", schema_version=1,
                             changes_json=json.dumps([c.model_dump(mode="json") for c in removed]), change_count=4))
        s.add(PollRun(started_at=now, finished_at=now, outcome=PollOutcome.OK, packages_checked=25))
        names = [f"org{i % 40}/service-{i}" for i in range(REPOSITORIES)]
        s.add_all(InstalledRepo(name=n, full_name=n, installation_id=i % 40, private=False, default_branch="main",
                                head_sha=f"{i:040x}", last_scanned_at=now) for i, n in enumerate(names))
        actions = [Action(key=f"{n}:werkzeug==3.0.0", kind=ActionKind.FINDING, repo=n, installation_id=i % 40,
                          package="werkzeug", version="3.0.0", title="werkzeug 3.0.0 breaks this repository",
                          state=ActionState.DRY_RUN if i % 3 else ActionState.PENDING)
                   for i, n in enumerate(names)]
        s.add_all(actions)
        s.commit()
        s.add_all(FindingRow(action_id=a.id or 0, symbol=removed[j % 4].symbol, change="removed",
                             path=f"app/module_{j}.py", line=j + 1) for a in actions for j in range(FINDINGS_PER_REPO))
        s.commit()
    engine.dispose()
    return names


async def _http_get(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, path: str) -> int:
    """One keep-alive HTTP/1.1 GET on an open connection; returns the status code (body read and dropped)."""
    writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
    status = int((await reader.readline()).split()[1])
    length = 0
    while (line := await reader.readline()) not in (b"\r\n", b""):
        name, _, value = line.partition(b":")
        if name.lower() == b"content-length":
            length = int(value)
    await reader.readexactly(length)
    return status


async def drive(port: int, paths: list[str], rate: float, seconds: float, pid: int) -> dict[str, float]:
    """Offer rate*seconds requests open-loop and report latency percentiles (from each scheduled send time).

    The generator speaks raw keep-alive HTTP/1.1 over CONNECTIONS sockets (an HTTP client library costs more CPU
    per request than the server on this 2-core machine and would measure itself). Bounded: a request still unsent
    GRACE_SECONDS after the run's end is counted as `unsent`; each request times out after REQUEST_TIMEOUT.
    """
    total = int(rate * seconds)
    latencies: list[float] = []
    errors = unsent = 0
    queue: asyncio.Queue[tuple[int, float] | None] = asyncio.Queue()
    connections = [await asyncio.open_connection("127.0.0.1", port) for _ in range(CONNECTIONS)]
    for i, (reader, writer) in enumerate(connections):  # warm connections and caches
        await _http_get(reader, writer, paths[i % len(paths)])

    async def worker(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal errors, unsent
        while (item := await queue.get()) is not None:
            i, scheduled = item
            if time.perf_counter() > cutoff:
                unsent += 1
                continue
            try:
                status = await asyncio.wait_for(_http_get(reader, writer, paths[i % len(paths)]), REQUEST_TIMEOUT)
                errors += status != 200
            except (TimeoutError, OSError, asyncio.IncompleteReadError, ValueError, IndexError):
                errors += 1
                reader, writer = await asyncio.open_connection("127.0.0.1", port)
            latencies.append((time.perf_counter() - scheduled) * 1000)
        writer.close()

    cpu_before = cpu_seconds(pid)
    start = time.perf_counter() + 0.1
    cutoff = start + seconds + GRACE_SECONDS
    workers = [asyncio.create_task(worker(r, w)) for r, w in connections]
    for i in range(total):
        scheduled = start + i / rate
        delay = scheduled - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        queue.put_nowait((i, scheduled))
    for _ in workers:
        queue.put_nowait(None)
    await asyncio.gather(*workers)
    elapsed = time.perf_counter() - start
    cpu_ms = (cpu_seconds(pid) - cpu_before) * 1000 / max(len(latencies), 1)
    latencies.sort() if latencies else latencies.append(float("nan"))
    return {"requests": total, "errors": errors, "unsent": unsent, "rate": (total - unsent) / elapsed,
            "cpu_ms": cpu_ms, "p50": latencies[len(latencies) // 2],
            "p99": latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))], "max": latencies[-1]}


def main() -> None:
    """Seed, serve, drive each endpoint, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rate", type=float, default=500.0)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--only", action="append", help="endpoints whose name contains this (repeatable)")
    args = parser.parse_args()
    root = Path(__file__).resolve().parent.parent
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/status.db"
        upgrade(url)
        started = time.perf_counter()
        names = seed(url)
        seeded = time.perf_counter() - started
        port = free_port()
        script = SERVER.format(root=str(root), data=tmp, url=url, port=port)
        server = subprocess.Popen([sys.executable, "-c", script])
        try:
            base = f"http://127.0.0.1:{port}"
            asyncio.run(wait_up(f"{base}/healthz"))
            rng = random.Random(6)
            repos = [rng.choice(names) for _ in range(2_000)]
            packages = [rng.choice(DEFAULT_WATCHLIST) for _ in range(2_000)]
            releases = [f"{p}/2.{rng.randrange(8)}.0" if p != "werkzeug" else "werkzeug/3.0.0" for p in packages]
            endpoints = {
                "/status/repos/{owner}/{repo}": [f"/status/repos/{r}" for r in repos],
                "/status": ["/status"],
                "/status/packages/{name}": [f"/status/packages/{p}" for p in packages],
                "page /": ["/"],
                "page /packages/{name}": [f"/packages/{p}" for p in packages],
                "page /releases/{package}/{version}": [f"/releases/{r}" for r in releases],
                "page /repos/{owner}/{repo}": [f"/repos/{r}" for r in repos],
            }
            chosen = [e for e in endpoints if not args.only or any(o in e for o in args.only)]
            results = {e: asyncio.run(drive(port, endpoints[e], args.rate, args.seconds, server.pid)) for e in chosen}
        finally:
            server.terminate()
            server.wait(timeout=10)
    table = Table(title=f"/status on SQLite: {REPOSITORIES:,} repositories, {REPOSITORIES * FINDINGS_PER_REPO:,} "
                        f"findings (seeded in {seeded:.1f} s); offered {args.rate:.0f} req/s for {args.seconds:.0f} s")
    for column in ("endpoint", "offered", "unsent", "errors", "sent req/s", "p50 ms", "p99 ms", "max ms",
                   "server CPU ms/req", f"p99 < {TARGET_P99_MS:.0f} ms"):
        table.add_column(column, justify="left" if column == "endpoint" else "right")
    for endpoint, r in results.items():
        table.add_row(endpoint, f"{r['requests']:,}", f"{r['unsent']:,}", f"{r['errors']:,}", f"{r['rate']:.0f}", f"{r['p50']:.1f}",
                      f"{r['p99']:.1f}", f"{r['max']:.1f}", f"{r['cpu_ms']:.2f}", "yes" if float(r["p99"]) < TARGET_P99_MS else "NO")
    Console(width=160).print(table)
    print(f"load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs (shared machine)")


if __name__ == "__main__":
    main()
