"""Record the watchlist's PyPI JSON for benchmarks/poll.py: `.venv/bin/python benchmarks/record_pypi.py`.

Each `/pypi/<name>/json` body is trimmed to the fields bot.adapters.pypi reads (info without its long description,
last_serial, ownership, and per file: filename, url, digests.sha256, size, packagetype, upload time, yanked,
requires_python), then stored gzip-compressed under benchmarks/data/pypi/.
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.adapters.pypi import USER_AGENT  # noqa: E402
from bot.config import DEFAULT_WATCHLIST  # noqa: E402

DATA = Path(__file__).resolve().parent / "data" / "pypi"
FILE_FIELDS = ("filename", "url", "size", "packagetype", "upload_time_iso_8601", "yanked", "requires_python")


def trim(doc: dict[str, Any]) -> dict[str, Any]:
    """Only what the PyPI client reads."""
    return {
        "info": {k: v for k, v in doc["info"].items() if k != "description"},
        "last_serial": doc["last_serial"],
        "ownership": doc.get("ownership") or {},
        "releases": {
            version: [{k: f.get(k) for k in FILE_FIELDS} | {"digests": {"sha256": f["digests"]["sha256"]}} for f in files]
            for version, files in doc["releases"].items()
        },
    }


def main() -> None:
    """Fetch and store every watched project."""
    DATA.mkdir(parents=True, exist_ok=True)
    with httpx.Client(headers={"User-Agent": USER_AGENT}, timeout=60) as client:
        for name in DEFAULT_WATCHLIST:
            response = client.get(f"https://pypi.org/pypi/{name}/json")
            response.raise_for_status()
            body = json.dumps(trim(response.json()), separators=(",", ":")).encode()
            (DATA / f"{name}.json.gz").write_bytes(gzip.compress(body, mtime=0))
            print(f"{name:20} {len(response.content):>9} bytes -> {len(body):>9} trimmed")


if __name__ == "__main__":
    main()
