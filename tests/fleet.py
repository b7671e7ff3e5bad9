"""A fleet on loopback for tests and benchmarks: the fake GitHub and a PyPI double served over real HTTP from this
process (so their state stays inspectable), and `release-watch serve` replicas as real processes."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import uvicorn

from bot.changes import Change, ReleaseDiff

CLI = Path(sys.executable).parent / "release-watch"
REMOVALS = Path(__file__).parent / "data" / "fleet" / "werkzeug-3.0.0-removals.json"
"""url_decode, url_encode and url_quote as the real engine reports them removed in werkzeug 3.0.0."""
USES = "from werkzeug.urls import url_decode, url_encode, url_quote\n\nprint(url_decode('a=1'), url_encode({}), url_quote('x'))\n"
AFFECTED_FILES = {"requirements.txt": "Werkzeug>=2.0\n", "app.py": USES}
UNAFFECTED_FILES = {"requirements.txt": "Werkzeug>=2.0\n", "app.py": "import werkzeug\n\nprint(werkzeug)\n"}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Loopback:
    """An ASGI app served by uvicorn on 127.0.0.1 in a thread of this process."""

    def __init__(self, app: Any) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning", access_log=False,
                                lifespan="off", backlog=4096, timeout_keep_alive=30)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            assert time.monotonic() < deadline, "loopback server did not start"
            time.sleep(0.01)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def delayed(app: Any, delay: Callable[[str, str], float]) -> Any:
    """`app` with `delay(method, path)` seconds added before each request (GitHub's latency, a slow write)."""

    async def wrapper(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            wait = delay(scope["method"], scope["path"])
            if wait > 0:
                await asyncio.sleep(wait)
        await app(scope, receive, send)

    return wrapper


def removal_diffs(versions: list[str], breaking: dict[str, int]) -> list[ReleaseDiff]:
    """werkzeug diffs along `versions`; `breaking[new]` names which real removal that release makes."""
    removals = [Change.model_validate(c) for c in json.loads(REMOVALS.read_text())]
    diffs = []
    for old, new in zip(versions, versions[1:], strict=False):
        changes = [removals[breaking[new]].model_copy(update={"detail": removals[breaking[new]].detail.replace(
            "3.0.0", new)})] if new in breaking else []
        diffs.append(ReleaseDiff(package="werkzeug", old=old, new=new, changes=changes))
    return diffs


@dataclass
class Replica:
    name: str
    process: subprocess.Popen[bytes]
    log: Path
    port: int

    def text(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)

    def terminate(self, timeout: float = 40) -> int:
        self.process.send_signal(signal.SIGTERM)
        return self.process.wait(timeout=timeout)


def start_replica(root: Path, name: str, env: dict[str, str]) -> Replica:
    """`release-watch serve` with `env` on its own port and data directory; output to root/name.log."""
    port = free_port()
    data = root / name
    data.mkdir(parents=True, exist_ok=True)
    log = root / f"{name}.log"
    full = {k: v for k, v in os.environ.items() if not k.startswith(("GITHUB_", "DATABASE_URL", "PYPI_URL"))}
    full.update(env, DATA_DIR=str(data), PORT=str(port), LOG_LEVEL="INFO")
    with log.open("ab") as out:
        process = subprocess.Popen([str(CLI), "serve"], cwd=root, env=full, stdout=out, stderr=subprocess.STDOUT)
    return Replica(name, process, log, port)


def wait_for(predicate: Callable[[], Any], timeout: float, what: str, every: float = 0.1) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(every)
