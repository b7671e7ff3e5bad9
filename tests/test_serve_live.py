"""`release-watch serve` end to end against real PyPI: /healthz, then /status after the first round."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from bot.adapters.pypi import PyPIClient
from bot.config import DEFAULT_WATCHLIST, Settings

pytestmark = pytest.mark.live


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def test_serve_reports_the_real_latest_versions(tmp_path: Path) -> None:
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GITHUB_", "DATABASE_URL", "PYPI_URL", "WATCHLIST"))}
    env.update({"DATA_DIR": str(tmp_path / "data"), "PORT": str(port)})
    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "release-watch"), "serve"],
        cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        status = None
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline:
                try:
                    health = await client.get("/healthz")
                    status = (await client.get("/status")).json()
                except httpx.TransportError:
                    health = None
                if health is not None and health.status_code == 200 and (status["last_poll"] or {}).get("finished_at"):
                    break
                await asyncio.sleep(0.5)
        assert status is not None and status["last_poll"]["finished_at"], "no polling round finished within 120 s"
        async with PyPIClient(Settings(_env_file=None, data_dir=tmp_path / "d2")) as pypi:  # type: ignore[call-arg]
            expected = {name: (await pypi.project(name)).latest_version for name in DEFAULT_WATCHLIST}
        assert status["last_poll"]["outcome"] == "ok"
        assert {p["name"]: p["latest_version"] for p in status["packages"]} == expected
    finally:
        server.send_signal(signal.SIGINT)
        output, _ = server.communicate(timeout=30)
    assert output.count("dry-run: no GitHub credentials") == 1
