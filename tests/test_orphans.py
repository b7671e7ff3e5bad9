"""Sandbox workers die with their parent, even under `kill -9`; a start reaps those left behind (issue 14, defect 4)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.jobs.orphans import _start_ticks, _stat, reap_orphans

PROJECT = Path(__file__).resolve().parents[1]

SERVE_LIKE = """
import asyncio, sys, time
from pathlib import Path
from bot.jobs.sandbox import Sandbox

async def main():
    box = Sandbox(workers=2, registry=Path(sys.argv[1]))
    await asyncio.gather(box.run(time.sleep, 0.3), box.run(time.sleep, 0.3))
    busy = [asyncio.ensure_future(box.run(time.sleep, 120)) for _ in range(2)]  # an analysis in each worker
    await asyncio.sleep(0.5)
    print("ready", flush=True)
    await asyncio.gather(*busy)

asyncio.run(main())
"""

pytestmark = pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc (Linux)")


def _children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and (fields := _stat(int(entry.name))) is not None and fields[1] == str(pid):
            found.add(int(entry.name))
    return found


def _wait_gone(pids: set[int], seconds: float) -> set[int]:
    deadline = time.monotonic() + seconds
    while (alive := {p for p in pids if _stat(p) is not None}) and time.monotonic() < deadline:
        time.sleep(0.05)
    return alive


def test_kill_9_of_the_parent_mid_analysis_takes_its_workers_and_resource_tracker_down(tmp_path: Path) -> None:
    registry = tmp_path / "workers"
    parent = subprocess.Popen([sys.executable, "-c", SERVE_LIKE, str(registry)], cwd=PROJECT, stdout=subprocess.PIPE,
                              text=True)
    try:
        assert parent.stdout is not None and parent.stdout.readline().strip() == "ready"
        workers = {int(p.name) for p in registry.iterdir()}
        descendants = _children(parent.pid)
        assert len(workers) == 2 and workers < descendants  # the workers, and multiprocessing's resource tracker
    finally:
        parent.send_signal(signal.SIGKILL)
        parent.wait()
    assert _wait_gone(descendants, 5.0) == set()
    assert reap_orphans(registry) == 0  # nothing was left to reap; the registry forgets the dead
    assert list(registry.iterdir()) == []


def test_a_start_reaps_registered_workers_whose_parent_is_gone(tmp_path: Path) -> None:
    registry = tmp_path / "workers"
    registry.mkdir()
    dead_parent = subprocess.Popen(["true"])
    dead_parent.wait()
    orphan = subprocess.Popen(["sleep", "60"])
    kept = subprocess.Popen(["sleep", "60"])
    try:
        (registry / str(orphan.pid)).write_text(f"{dead_parent.pid} {_start_ticks(orphan.pid)}\n")
        (registry / str(kept.pid)).write_text(f"{os.getpid()} {_start_ticks(kept.pid)}\n")  # its parent lives
        (registry / "999999999").write_text("1 1\n")  # long gone
        assert reap_orphans(registry) == 1
        assert orphan.wait(timeout=5) == -signal.SIGKILL
        assert kept.poll() is None
        assert sorted(p.name for p in registry.iterdir()) == [str(kept.pid)]
    finally:
        for process in (orphan, kept):
            process.kill()
            process.wait()


def test_a_reused_pid_is_not_killed(tmp_path: Path) -> None:
    registry = tmp_path / "workers"
    registry.mkdir()
    stranger = subprocess.Popen(["sleep", "60"])
    try:
        (registry / str(stranger.pid)).write_text("1 0\n")  # a worker that once had this pid, started at boot
        assert reap_orphans(registry) == 0
        assert stranger.poll() is None
        assert list(registry.iterdir()) == []
    finally:
        stranger.kill()
        stranger.wait()
