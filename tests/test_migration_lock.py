"""Replicas started together migrate one at a time (issue 14, defect 2)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import text

from bot.storage.db import make_engine

PROJECT = Path(__file__).resolve().parents[1]


def test_three_concurrent_upgrades_of_a_fresh_schema_all_succeed(postgres_schema_url: str, tmp_path: Path) -> None:
    env = {**os.environ, "DATABASE_URL": postgres_schema_url, "DATA_DIR": str(tmp_path), "LOG_LEVEL": "INFO"}
    command = [sys.executable, "-c", "from bot.cli.main import main; main()", "db", "upgrade"]
    runs = [
        subprocess.Popen(command, cwd=PROJECT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        for _ in range(3)
    ]
    outputs = [(run.wait(timeout=120), run.stdout.read() if run.stdout else "") for run in runs]
    assert [code for code, _ in outputs] == [0, 0, 0], "\n".join(out for _, out in outputs)
    engine = make_engine(postgres_schema_url)
    try:
        with engine.connect() as connection:
            heads = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    finally:
        engine.dispose()
    assert len(heads) == 1
