"""Serve recorded PyPI JSON under the real PyPIClient (httpx.MockTransport), with scripted failures."""

from __future__ import annotations

import copy
import json
import threading
from collections import Counter, defaultdict, deque
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx

DATA = Path(__file__).parent / "data" / "pypi"


def recorded(name: str) -> dict[str, Any]:
    """The recorded `/pypi/<name>/json` document."""
    return json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))


def without_release(doc: dict[str, Any], version: str, *, latest: str) -> dict[str, Any]:
    """The project as it was before `version` was uploaded (serial one lower, `latest` as info.version)."""
    earlier = copy.deepcopy(doc)
    del earlier["releases"][version]
    earlier["last_serial"] = doc["last_serial"] - 1
    earlier["info"]["version"] = latest
    return earlier


def unyanked(doc: dict[str, Any], version: str) -> dict[str, Any]:
    """The project as it was before `version` was yanked."""
    earlier = copy.deepcopy(doc)
    for file in earlier["releases"][version]:
        file["yanked"], file["yanked_reason"] = False, None
    earlier["last_serial"] = doc["last_serial"] - 1
    return earlier


class RecordedPyPI:
    """A PyPI JSON API double: `docs` maps names to documents; `fail` queues status codes to answer first."""

    def __init__(self, docs: dict[str, dict[str, Any] | bytes]) -> None:
        self.docs = docs
        self.fail: defaultdict[str, deque[int]] = defaultdict(deque)
        self.requests: Counter[str] = Counter()

    def handler(self, request: httpx.Request) -> httpx.Response:
        """Answer `GET /pypi/<name>/json` like PyPI does."""
        parts = request.url.path.strip("/").split("/")
        if request.method != "GET" or len(parts) != 3 or parts[0] != "pypi" or parts[2] != "json":
            return httpx.Response(404, json={"message": "Not Found"})
        name = parts[1]
        self.requests[name] += 1
        if self.fail[name]:
            return httpx.Response(self.fail[name].popleft(), text="Service Unavailable")
        doc = self.docs.get(name)
        if doc is None:
            return httpx.Response(404, json={"message": "Not Found"})
        body = doc if isinstance(doc, bytes) else json.dumps(doc).encode()
        return httpx.Response(200, content=body, headers={"Content-Type": "application/json"})

    @property
    def transport(self) -> httpx.MockTransport:
        """An httpx transport answering through `handler`."""
        return httpx.MockTransport(self.handler)


@contextmanager
def serve_http(pypi: RecordedPyPI) -> Iterator[str]:
    """Serve `pypi` over real HTTP on a loopback port (for code that builds its own client); yields the base URL."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802  (http.server's naming)
            response = pypi.handler(httpx.Request("GET", f"http://127.0.0.1{self.path}"))
            body = response.read()
            self.send_response(response.status_code)
            self.send_header("Content-Type", response.headers.get("Content-Type", "text/plain"))
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            return None

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
