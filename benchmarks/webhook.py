"""Benchmark: webhook acknowledgement latency under load, and GitHub calls per repository scan.

1. Ack latency: the real app (`create_app`, uvicorn on 127.0.0.1, scheduler off) in its own process, its GitHub a
   fake GitHub (tests/fake_github, contract checks on) in another. Signed real payloads from the contract directory
   (`../shared/github/webhooks`, ids and names adapted) are posted open-loop at RATE requests/s for DURATION seconds,
   a mix of ping, issues.reopened, issue_comment.created, the recorded (tag) push, and a push to the default branch
   that makes the bot rescan the repository in the background. Median and p99 of the time to the 202. One row has
   the bot analyse a large release (downloaded from PyPI, parsed in its extraction workers, diffed) meanwhile.
2. GitHub calls per scan: `bot.jobs.repo_scan.scan_repository` on a repository like flask-login 0.6.2, first cold, then
   unchanged (calls and statuses counted by the fake).
Run: `.venv/bin/python benchmarks/webhook.py`.
"""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections import Counter
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import uvicorn  # noqa: E402

from benchmarks.loopback import app_keys, cpu_seconds, free_port, wait_up  # noqa: E402
from bot.config import Settings  # noqa: E402
from bot.storage.db import make_engine, upgrade  # noqa: E402
from tests.fake_github import FakeGitHub  # noqa: E402
from tests.fake_github.contract import contract_dir, load_contract, missing_reason  # noqa: E402
from tests.fake_github.webhooks import adapt, headers, load  # noqa: E402

RATE = 200
DURATION = 10.0
WARMUP = 1.0
TARGET_P99_MS = 50.0
TARGET_SCAN_CALLS = 3
ANALYSED = ("sqlalchemy", "2.0.0")  # diffed against 1.4.46 from PyPI: tens of seconds of parsing on two cores
APP_ID, INSTALLATION, SECRET = 4242, 77, "benchmark secret"
FILES = {
    "requirements.txt": "Flask>=1.0.4\nWerkzeug>=1.0.1\n",
    "setup.py": "from setuptools import setup\n"
                "setup(name='flask-login', install_requires=['Flask>=1.0.4', 'Werkzeug>=1.0.1'])\n",
    "flask_login/__init__.py": "from .login_manager import LoginManager\n",
    "flask_login/utils.py": "from werkzeug.urls import url_decode\n\n\ndef parse(q):\n    return url_decode(q)\n",
    "flask_login/login_manager.py": "from flask import current_app\n",
    "docs/index.rst": "Flask-Login\n===========\n",
}


def _alias_bomb() -> str:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"{n}: &{n} [{', '.join(['*' + p] * 9)}]" for p, n in zip("abcdefgh", "bcdefghi", strict=True)]
    return "\n".join(lines) + "\n"


HOSTILE_FILES = {  # the alias bomb that froze the service, and a module that takes seconds of CPU to parse
    ".github/release-watch.yml": _alias_bomb(),
    "requirements.txt": "Werkzeug>=2.0\n",
    "slow.py": "from werkzeug.urls import url_decode\n" + "x=1;" * 200_000 + "\n",
}


def _seed(fake: FakeGitHub) -> None:
    fake.add_installation(INSTALLATION, account="octo-org")
    fake.add_repo("octo-org", "flask-login", files=FILES, installation=INSTALLATION)
    fake.add_repo("octo-org", "hostile", files=HOSTILE_FILES, installation=INSTALLATION)


def _serve(app: Any, port: int, stop: Any, also: Any = None) -> None:
    """Run uvicorn until the parent sets `stop` (a graceful shutdown, so background work finishes); `also` makes a
    coroutine run alongside."""
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", access_log=False))

    async def watch() -> None:
        while not stop.is_set():
            await asyncio.sleep(0.1)
        server.should_exit = True

    async def both() -> None:
        watcher = asyncio.create_task(watch())
        extra = asyncio.create_task(also()) if also is not None else None
        await server.serve()
        watcher.cancel()
        if extra is not None:
            extra.cancel()

    asyncio.run(both())


def run_fake(port: int, public_key: str, stop: Any, results: Any) -> None:
    """Child process: the fake GitHub on loopback; sends its call counts and violations back when stopped."""
    directory = contract_dir()
    fake = FakeGitHub(APP_ID, public_key, load_contract(directory) if directory else None)
    _seed(fake)
    _serve(fake.app, port, stop)
    results.put({"calls": Counter(f"{c.status}" for c in fake.log), "violations": fake.violations[:5],
                 "violation_count": len(fake.violations)})


def run_bot(port: int, settings_json: str, stop: Any, analyse: tuple[str, str] | None = None,
            analysed: Any = None) -> None:
    """Child process: the real app under uvicorn (scheduler off, as the benchmark measures webhooks only). With
    `analyse`, the app's own Analyser diffs that release (from PyPI) while the webhooks arrive, as a polling round
    would; its start and end (monotonic seconds) go to `analysed`."""
    from bot.web.app import create_app

    settings = Settings.model_validate_json(settings_json)
    app = create_app(settings, start_scheduler=False)
    _serve(app, port, stop, None if analyse is None else lambda: _analyse(app, analyse, analysed))


async def _analyse(app: Any, release: tuple[str, str], analysed: Any) -> None:
    while getattr(app.state, "runtime", None) is None:
        await asyncio.sleep(0.01)
    started = time.monotonic()
    try:
        diff = await app.state.runtime.compare(*release)  # as the polling round does
        outcome = f"{len(diff.changes)} changes"
    except Exception as e:  # reported in the table: a failed analysis measures nothing
        outcome = f"failed: {type(e).__name__}: {e}"
    analysed.put((started, time.monotonic(), outcome))


def _deliveries(examples: Path, repo_name: str = "flask-login") -> list[tuple[str, bytes]]:
    """The payload mix, each as (event, body); the last one a push that makes the bot rescan `repo_name`."""
    repo = FakeGitHub(APP_ID, "", None)
    _seed(repo)
    target = repo.repo("octo-org", repo_name)
    branch_push = adapt(load(examples, "push"), installation_id=INSTALLATION, repo=target)
    branch_push.update(ref="refs/heads/main", deleted=False, created=False,
                       commits=[{"id": "0" * 40, "added": [], "removed": [], "modified": ["requirements.txt"]}])
    mix = [
        ("ping", load(examples, "ping")),
        ("issues", adapt(load(examples, "issues.reopened"), installation_id=INSTALLATION, repo=target)),
        ("issue_comment", adapt(load(examples, "issue_comment.created"), installation_id=INSTALLATION, repo=target)),
        ("push", adapt(load(examples, "push"), installation_id=INSTALLATION, repo=target)),
        ("push", branch_push),
    ]
    return [(event, json.dumps(payload).encode()) for event, payload in mix]


class RawClient:
    """A minimal HTTP/1.1 keep-alive client, so the load generator costs far less CPU than the server it measures."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.idle: list[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = []

    async def post(self, request: bytes) -> int:
        """Send a complete request (again on a new connection if the server closed an idle one); the status."""
        conn = self.idle.pop() if self.idle else await asyncio.open_connection("127.0.0.1", self.port)
        reader, writer = conn
        writer.write(request)
        first = await reader.readline()
        if not first:  # the server closed this keep-alive connection while it sat idle
            writer.close()
            conn = reader, writer = await asyncio.open_connection("127.0.0.1", self.port)
            writer.write(request)
            first = await reader.readline()
        status = int(first.split()[1])
        length = 0
        while (line := await reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.partition(b":")
            if name.lower() == b"content-length":
                length = int(value)
        await reader.readexactly(length)
        self.idle.append(conn)
        return status

    def close(self) -> None:
        """Close every idle connection."""
        for _, writer in self.idle:
            writer.close()


def _request(event: str, body: bytes, port: int) -> bytes:
    sent = headers(event, body, SECRET, str(uuid.uuid4())) | {"host": f"127.0.0.1:{port}",
                                                              "content-length": str(len(body))}
    head = "".join(f"{k}: {v}\r\n" for k, v in sent.items())
    return f"POST /webhook HTTP/1.1\r\n{head}\r\n".encode() + body


async def _load(port: int, mix: list[tuple[str, bytes]]) -> tuple[list[tuple[float, float]], Counter[int | str]]:
    latencies: list[tuple[float, float]] = []
    statuses: Counter[int | str] = Counter()
    client = RawClient(port)

    async def one(request: bytes, measured: bool) -> None:
        started = time.perf_counter()
        try:
            status = await client.post(request)
        except (OSError, asyncio.IncompleteReadError, ValueError, IndexError) as e:
            statuses[type(e).__name__] += 1
            return
        statuses[status] += 1
        if measured:
            latencies.append((started - t0 - WARMUP, time.perf_counter() - started))

    total = int(RATE * (WARMUP + DURATION))
    requests = [_request(*mix[i % len(mix)], port) for i in range(total)]
    t0 = time.perf_counter()
    tasks = []
    for i, request in enumerate(requests):
        delay = t0 + i / RATE - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(one(request, i >= RATE * WARMUP)))
    await asyncio.gather(*tasks)
    client.close()
    return latencies, statuses


def _peak_rss_mib(pid: int | None) -> float:
    """The process's peak resident set (VmHWM), in MiB: the service itself, not its parsing workers."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _p99(ms: list[float]) -> float:
    return ms[max(int(len(ms) * 0.99) - 1, 0)]


def _store_breaking_diff(db_url: str) -> None:
    """A stored werkzeug diff, so that each rescan really parses the repository against it."""
    from bot.changes import Change, ChangeKind, ObjectKind, ReleaseDiff
    from bot.storage.surfaces import save_diff

    engine = make_engine(db_url)
    save_diff(engine, ReleaseDiff(package="werkzeug", old="2.3.8", new="3.0.0", changes=[
        Change(symbol="werkzeug.urls.url_decode", kind=ChangeKind.REMOVED, object=ObjectKind.FUNCTION)]))
    engine.dispose()


def ack_latency(examples: Path, tmp: Path, with_rescans: bool, rescanned: str = "flask-login",
                analyse: tuple[str, str] | None = None) -> dict[str, Any]:
    """Phase 1: start both servers, load the webhook (while the bot analyses `analyse`), stop them; the figures."""
    private, public = app_keys()
    fake_port, bot_port = free_port(), free_port()
    db_url = f"sqlite:///{(tmp / f'bench-{with_rescans}-{rescanned}-{analyse is not None}.db').as_posix()}"
    upgrade(db_url)
    _store_breaking_diff(db_url)
    settings = Settings(_env_file=None, data_dir=tmp, database_url=db_url,  # type: ignore[call-arg]
                        github_app_id=APP_ID,
                        github_private_key=private, github_webhook_secret=SECRET,
                        github_api_url=f"http://127.0.0.1:{fake_port}")
    settings_json = json.dumps(settings.model_dump(mode="json") | {
        "github_private_key": private, "github_webhook_secret": SECRET})
    ctx = multiprocessing.get_context("spawn")
    results, analysed, stop_bot, stop_fake = ctx.Queue(), ctx.Queue(), ctx.Event(), ctx.Event()
    fake_proc = ctx.Process(target=run_fake, args=(fake_port, public, stop_fake, results))
    bot_proc = ctx.Process(target=run_bot, args=(bot_port, settings_json, stop_bot, analyse, analysed))
    fake_proc.start()
    try:
        asyncio.run(wait_up(f"http://127.0.0.1:{fake_port}/rate_limit"))
        bot_proc.start()
        asyncio.run(wait_up(f"http://127.0.0.1:{bot_port}/healthz"))
        cpu_before = cpu_seconds(bot_proc.pid)
        mix = _deliveries(examples, rescanned)
        load_started = time.monotonic()
        latencies, statuses = asyncio.run(_load(bot_port, mix if with_rescans else mix[:-1]))
        load_ended = time.monotonic()
        time.sleep(1.0)
        analysis = None
        if analyse is not None:
            started, ended, outcome = analysed.get(timeout=600)  # the load is only meaningful if they overlapped
            overlap = max(0.0, min(ended, load_ended) - max(started, load_started))
            analysis = {"seconds": ended - started, "overlap": overlap / (load_ended - load_started),
                        "outcome": outcome}
        cpu = cpu_seconds(bot_proc.pid) - cpu_before
        peak_rss = _peak_rss_mib(bot_proc.pid)
    finally:
        stop_bot.set()  # graceful: the app waits for its background handlers
        bot_proc.join(60)
        stop_fake.set()
        fake_proc.join(30)
    fake_report = results.get(timeout=30)
    engine = make_engine(db_url)
    with engine.connect() as conn:
        states = dict(conn.exec_driver_sql("SELECT state, count(*) FROM gh_delivery GROUP BY state").all())
    engine.dispose()
    ms = sorted(x * 1000 for _, x in latencies)
    windows: dict[int, list[float]] = {}
    for at, x in latencies:
        windows.setdefault(int(at // 2) * 2, []).append(x * 1000)
    return {"median": statistics.median(ms), "p99": _p99(ms), "max": ms[-1], "n": len(ms),
            "cpu_ms": cpu * 1000 / max(sum(v for k, v in statuses.items() if k == 202), 1),
            "load": os.getloadavg()[0],
            "windows": {k: (statistics.median(v), _p99(sorted(v))) for k, v in sorted(windows.items())},
            "statuses": dict(statuses), "deliveries": states, "fake": fake_report, "rss": peak_rss,
            "analysis": analysis}


async def scan_calls(tmp: Path) -> list[tuple[str, int, str]]:
    """Phase 2: GitHub calls of a cold scan and of a scan of the unchanged repository."""
    from bot.adapters.github import GitHubApp
    from bot.jobs.repo_scan import import_names, scan_repository

    private, public = app_keys()
    directory = contract_dir()
    fake = FakeGitHub(APP_ID, public, load_contract(directory) if directory else None)
    _seed(fake)
    db_url = f"sqlite:///{(tmp / 'scan.db').as_posix()}"
    upgrade(db_url)
    engine = make_engine(db_url)
    settings = Settings(_env_file=None, data_dir=tmp, github_app_id=APP_ID,  # type: ignore[call-arg]
                        github_private_key=private,
                        github_api_url=fake.base_url)
    rows = []
    async with GitHubApp(settings, http=fake.client()) as app:
        await app.installation_token(INSTALLATION)
        names = import_names(settings.watchlist)
        for label in ("cold (first scan)", "unchanged (second scan)", "unchanged (third scan)"):
            fake.reset_calls()
            async with app.installation(INSTALLATION) as gh:
                await scan_repository(gh, engine, "octo-org/flask-login", names)
            statuses = Counter(str(c.status) for c in fake.log)
            rows.append((label, len(fake.log), ", ".join(f"{n}×{s}" for s, n in sorted(statuses.items()))))
    engine.dispose()
    if fake.violations:
        rows.append(("contract violations", len(fake.violations), fake.violations[0][:80]))
    return rows


def main() -> int:
    """Run both phases and print the tables."""
    directory = contract_dir()
    if directory is None:
        print(missing_reason())
        return 2
    console = Console(width=200)
    runs = {}
    with tempfile.TemporaryDirectory() as tmp:
        runs["5 payloads; 1 in 5 a push that rescans"] = ack_latency(directory / "webhooks", Path(tmp), True)
        runs["4 payloads; no rescans"] = ack_latency(directory / "webhooks", Path(tmp), False)
        runs["5 payloads; 1 in 5 a push rescanning a hostile repository"] = ack_latency(
            directory / "webhooks", Path(tmp), True, "hostile")
        runs[f"4 payloads; no rescans; analysing {' '.join(ANALYSED)} meanwhile"] = ack_latency(
            directory / "webhooks", Path(tmp), False, analyse=ANALYSED)
        scans = asyncio.run(scan_calls(Path(tmp)))
    table = Table(title=f"Webhook acknowledgement at {RATE} req/s for {DURATION:.0f} s (real payloads, signed)")
    for column in ("mix", "requests", "median ms", "p99 ms", "max ms", "target p99", "statuses", "deliveries stored",
                   "bot CPU ms/delivery", "bot peak RSS MiB", "load avg"):
        table.add_column(column)
    for label, figures in runs.items():
        table.add_row(label, str(figures["n"]), f"{figures['median']:.1f}", f"{figures['p99']:.1f}",
                      f"{figures['max']:.1f}",
                      f"< {TARGET_P99_MS:.0f} ms {'✓' if figures['p99'] < TARGET_P99_MS else '✗'}",
                      json.dumps(figures["statuses"]), json.dumps(figures["deliveries"]), f"{figures['cpu_ms']:.2f}",
                      f"{figures['rss']:.0f}", f"{figures['load']:.1f}")
    console.print(table)
    console.print(f"{os.cpu_count()} CPUs shared with other work; "
                  "load avg = 1-minute load average at the end of the run")
    for label, figures in runs.items():
        console.print(f"{label}: median / p99 ms per 2-second window: " + ", ".join(
            f"{k}-{k + 2}s {m:.1f}/{p:.1f}" for k, (m, p) in figures["windows"].items()))
        if figures["analysis"] is not None:
            analysis = figures["analysis"]
            console.print(f"  analysis in the bot: {analysis['seconds']:.1f} s ({analysis['outcome']}), "
                          f"overlapping {analysis['overlap']:.0%} of the load")
        fake = figures["fake"]
        console.print(f"  fake GitHub during the load: calls by status {dict(fake['calls'])}, "
                      f"contract violations {fake['violation_count']}")
    calls = Table(title="GitHub calls per repository scan (bot.jobs.repo_scan.scan_repository, counted by the fake)")
    for column in ("scan", "calls", "statuses", "target"):
        calls.add_column(column)
    for label, count, statuses in scans:
        target = f"≤ {TARGET_SCAN_CALLS}, all 304" if label.startswith("unchanged") else ""
        ok = count <= TARGET_SCAN_CALLS and statuses.startswith(f"{count}×304") if target else None
        calls.add_row(label, str(count), statuses, f"{target} {'✓' if ok else '✗'}" if target else "")
    console.print(calls)
    return 0


if __name__ == "__main__":
    sys.exit(main())
