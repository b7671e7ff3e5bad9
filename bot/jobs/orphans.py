"""Worker processes die with the process that started them; any a killed parent left behind are reaped at start.

`kill -9` of `serve` gives it no chance to stop its workers, and a spawned worker does not notice its parent is
gone: each lived on (~115 MB), and with it multiprocessing's resource tracker. So each worker watches its parent
(a thread comparing `getppid()`, independent of which thread started the worker) and exits once it changes; and
each records itself in a registry directory, so the next start can kill any worker whose parent has died.
"""

from __future__ import annotations

import logging
import os
import signal
import threading
import time
from pathlib import Path

log = logging.getLogger(__name__)

WATCH_SECONDS = 0.2
"""How often a worker looks for its parent: an orphan lives at most this long."""


def watch_parent(parent_pid: int, registry: str | None) -> None:
    """Worker initializer: exit as soon as `parent_pid` is no longer this process's parent; register for reaping."""
    if os.getppid() != parent_pid:
        os._exit(1)  # the parent died while this worker was starting
    if registry is not None:
        _register(Path(registry), parent_pid)
    threading.Thread(target=_watch, args=(parent_pid,), name="parent-watch", daemon=True).start()


def _watch(parent_pid: int) -> None:
    while os.getppid() == parent_pid:
        time.sleep(WATCH_SECONDS)
    os._exit(1)  # nothing to clean up: the work belonged to the parent


def _register(registry: Path, parent_pid: int) -> None:
    start = _start_ticks(os.getpid())
    if start is None:
        return  # no /proc: the reaper could not tell this worker from a later process with the same pid
    registry.mkdir(parents=True, exist_ok=True)
    (registry / str(os.getpid())).write_text(f"{parent_pid} {start}\n", encoding="ascii")


def _stat(pid: int) -> list[str] | None:
    """/proc/<pid>/stat after the command name (state first); None when the process is gone or a zombie."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    fields = raw.rsplit(")", 1)[-1].split()
    return None if not fields or fields[0] in ("Z", "X") else fields


def _start_ticks(pid: int) -> str | None:
    fields = _stat(pid)
    return fields[19] if fields else None  # field 22 of stat: start time since boot, in clock ticks


def reap_orphans(registry: Path) -> int:
    """Kill registered workers whose parent is gone (a pid reused since is told apart by its start time); returns
    how many were killed. Entries of workers that are gone are forgotten."""
    if not registry.is_dir():
        return 0
    reaped = 0
    for entry in registry.iterdir():
        try:
            pid = int(entry.name)
            parent, start = entry.read_text(encoding="ascii").split()
        except (ValueError, OSError):
            entry.unlink(missing_ok=True)
            continue
        fields = _stat(pid)
        if fields is None or fields[19] != start:
            entry.unlink(missing_ok=True)
        elif fields[1] != parent:  # field 4 of stat: the parent now (an orphan has been re-parented)
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            entry.unlink(missing_ok=True)
            reaped += 1
            log.warning("orphaned worker of a killed process reaped", extra={"pid": pid, "parent": int(parent)})
    return reaped
