"""Benchmark: one polling round over the 25-package watchlist, concurrent vs sequential.

A loopback HTTP server (in its own process) replays recorded PyPI JSON (benchmarks/data/pypi/, see record_pypi.py) with 100 ms of
added latency per request. The real `poll_round` runs against it on a fresh SQLite database, once with the
client's concurrency bound and once with concurrency 1: the first (baseline) round, which records every release,
and later rounds, where no serial moved (median of UNCHANGED_REPEATS). Run: `.venv/bin/python benchmarks/poll.py`.
"""

from __future__ import annotations

import asyncio
import gzip
import multiprocessing
import os
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

from rich.console import Console
from rich.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.bootstrap import open_runtime  # noqa: E402
from bot.config import DEFAULT_WATCHLIST, Settings  # noqa: E402
from bot.jobs.poller import poll_round  # noqa: E402
from bot.releases import PollOutcome  # noqa: E402
from bot.storage.db import upgrade  # noqa: E402

DATA = Path(__file__).resolve().parent / "data" / "pypi"
LATENCY_SECONDS = 0.100
TARGET_RATIO = 8.0
UNCHANGED_REPEATS = 5  # the steady-state round is short: report the median of several


class ReplayServer:
    """Serves `/pypi/<name>/json` from the recordings after LATENCY_SECONDS, counting requests per package."""

    def __init__(self) -> None:
        self.bodies = {path.name.removesuffix(".json.gz"): path.read_bytes() for path in DATA.glob("*.json.gz")}
        self.requests: Counter[str] = Counter()

    async def answer(self, path: str) -> tuple[int, bytes]:
        """Status and gzip body for a request path, after the added latency."""
        parts = path.strip("/").split("/")
        name = parts[1] if len(parts) == 3 and parts[0] == "pypi" and parts[2] == "json" else ""
        self.requests[name] += 1
        await asyncio.sleep(LATENCY_SECONDS)
        body = self.bodies.get(name)
        return (200, body) if body is not None else (404, gzip.compress(b'{"message": "Not Found"}'))

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        """A minimal HTTP/1.1 keep-alive connection: GET requests without bodies, one at a time."""
        try:
            while request_line := await reader.readline():
                while (await reader.readline()) not in (b"\r\n", b"\n", b""):
                    pass  # headers: nothing in them changes the answer
                status, body = await self.answer(request_line.split()[1].decode("ascii"))
                reason = "OK" if status == 200 else "Not Found"
                writer.write(
                    f"HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\n"
                    f"Content-Length: {len(body)}\r\n\r\n".encode("ascii") + body
                )
                await writer.drain()
        except (ConnectionError, IndexError):
            pass
        finally:
            writer.close()


def _serve(conn: Connection) -> None:
    """Child process: run the replay server; answer "stats" (and reset) and "stop" over the pipe."""

    async def main() -> None:
        replay = ReplayServer()
        server = await asyncio.start_server(replay.handle, "127.0.0.1", 0)
        conn.send(server.sockets[0].getsockname()[1])
        loop = asyncio.get_running_loop()
        while (command := await loop.run_in_executor(None, conn.recv)) != "stop":
            if command == "stats":
                conn.send(dict(replay.requests))
                replay.requests.clear()
        server.close()

    asyncio.run(main())


class ReplayProcess:
    """The replay server in its own process and event loop, so it does not compete with the client for the GIL."""

    def __init__(self) -> None:
        self._conn, child = multiprocessing.Pipe()
        self._process = multiprocessing.Process(target=_serve, args=(child,), daemon=True)
        self._process.start()
        self.url = f"http://127.0.0.1:{self._conn.recv()}"

    def take_requests(self) -> dict[str, int]:
        """Requests per package since the last call."""
        self._conn.send("stats")
        return dict(self._conn.recv())

    def stop(self) -> None:
        """Shut the server down and wait for its process."""
        self._conn.send("stop")
        self._process.join(timeout=10)


@dataclass(frozen=True)
class Measurement:
    """One timed round."""

    seconds: float
    cpu_seconds: float
    round: str
    concurrency: int
    requests: dict[str, int]
    new_releases: int
    outcome: PollOutcome


async def measure(concurrency: int, replay: ReplayProcess) -> list[Measurement]:
    """Time the baseline round and an unchanged round on a fresh database."""
    with tempfile.TemporaryDirectory(prefix="bench-poll-") as tmp:
        settings = Settings(  # type: ignore[call-arg]
            _env_file=None, data_dir=Path(tmp), pypi_url=replay.url, pypi_concurrency=concurrency,
            watchlist=DEFAULT_WATCHLIST, http_retries=0,
        )
        upgrade(settings.resolved_database_url)
        results = []
        async with open_runtime(settings) as runtime:
            for label, repeats in (("baseline (first)", 1), ("unchanged (later)", UNCHANGED_REPEATS)):
                timed = []
                for _ in range(repeats):
                    replay.take_requests()
                    started, cpu_started = time.perf_counter(), time.process_time()
                    report = await poll_round(runtime)
                    timed.append(Measurement(
                        time.perf_counter() - started, time.process_time() - cpu_started, label, concurrency,
                        replay.take_requests(),
                        sum(len(r.new_versions) for r in report.results), report.outcome,
                    ))
                results.append(sorted(timed, key=lambda m: m.seconds)[len(timed) // 2])  # the median
        return results


def main() -> None:
    """Run the round at each concurrency and print the table."""
    missing = set(DEFAULT_WATCHLIST) - set(ReplayServer().bodies)
    if missing:
        raise SystemExit(f"no recording for {sorted(missing)}: run benchmarks/record_pypi.py")
    default = Settings(_env_file=None).pypi_concurrency  # type: ignore[call-arg]
    levels = sorted({len(DEFAULT_WATCHLIST), default, 1}, reverse=True)
    replay = ReplayProcess()
    try:
        runs = {level: asyncio.run(measure(level, replay)) for level in levels}
    finally:
        replay.stop()

    table = Table(title=f"poll_round: {len(DEFAULT_WATCHLIST)} packages, {LATENCY_SECONDS * 1000:.0f} ms per request")
    for column in ("round", "concurrency", "wall s", "cpu s", "vs sequential", "requests", "per package", "new", "outcome"):
        table.add_column(column, justify="left" if column in {"round", "outcome"} else "right")
    met = True
    for index, label in enumerate(m.round for m in runs[1]):
        sequential = runs[1][index].seconds
        for level in levels:
            m = runs[level][index]
            counts = set(m.requests.values())
            one_each = counts == {1} and set(m.requests) == set(DEFAULT_WATCHLIST)
            ratio = sequential / m.seconds
            if level == len(DEFAULT_WATCHLIST) and label.startswith("unchanged"):
                met = met and ratio >= TARGET_RATIO
            met = met and one_each
            concurrency = f"{level}" + (" (default)" if level == default else "") + (" sequential" if level == 1 else "")
            table.add_row(
                label, concurrency, f"{m.seconds:.3f}", f"{m.cpu_seconds:.3f}", f"{ratio:.1f}x", str(sum(m.requests.values())),
                "exactly 1" if one_each else str(sorted(counts)), str(m.new_releases), m.outcome.value,
            )
        table.add_section()
    console = Console(width=120)
    console.print(table)
    console.print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs (cpu s = this process)")
    console.print(
        f"target (steady-state round, concurrency {len(DEFAULT_WATCHLIST)}): >= {TARGET_RATIO:.0f}x faster than "
        f"sequential, exactly one request per package: {'met' if met else 'NOT met'}"
    )


if __name__ == "__main__":
    main()
