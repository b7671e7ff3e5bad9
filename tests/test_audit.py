"""pip-audit on pins, with PyPI's recorded vulnerability JSON served under pip-audit's real requests session."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import requests
from requests.adapters import BaseAdapter

from bot.adapters.audit import Advisory, PinAudit, audit_bound, audit_pin, make_service, newest_allowed
from bot.cli.audit import audit_checkout, checkout_files, pinned_version
from bot.config import Settings
from bot.errors import AuditUnavailable
from bot.releases import parse_project

DATA = Path(__file__).parent / "data" / "audit"
PYCRYPTO_ADVISORIES = [
    Advisory(id="PYSEC-2017-94", aliases=("CVE-2013-7459", "GHSA-cq27-v7xp-c356"), fixed_in=(), summary=(
        "Heap-based buffer overflow in the ALGnew function in block_templace.c in Python Cryptography Toolkit "
        "(aka pycrypto) allows remote attackers to execute arbitrary code as demonstrated by a crafted iv "
        "parameter to cryptmsg.py.")),
    Advisory(id="PYSEC-2018-97", aliases=("CVE-2018-6594", "GHSA-6528-wvf6-f6qg"), fixed_in=(), summary=(
        "lib/Crypto/PublicKey/ElGamal.py in PyCrypto through 2.6.1 generates weak ElGamal key parameters, which "
        "allows attackers to obtain sensitive information by reading ciphertext data (i.e., it does not have "
        "semantic security in face of a ciphertext-only attack). The Decisional Diffie-Hellman (DDH) assumption "
        "does not hold for PyCrypto's ElGamal implementation.")),
]


class RecordedPyPI(BaseAdapter):
    """Serves recorded documents at PyPI URLs (or fails like a dead network) inside a real requests session."""

    def __init__(self, documents: dict[str, Any] | None = None, error: Exception | None = None) -> None:
        super().__init__()
        self.documents = documents or {}
        self.error = error
        self.urls: list[str] = []

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
        self.urls.append(str(request.url))
        if self.error is not None:
            raise self.error
        response = requests.Response()
        response.request, response.url = request, str(request.url)
        path = str(request.url).removeprefix("https://pypi.org")
        document = self.documents.get(path)
        response.status_code = 200 if document is not None else 404
        response._content = json.dumps(document if document is not None else {"message": "Not Found"}).encode()
        response.headers["Content-Type"] = "application/json"
        return response

    def close(self) -> None:
        pass


def _pycrypto() -> dict[str, Any]:
    return json.loads((DATA / "pypi-pycrypto.json").read_text())


def _service(tmp_path: Path, adapter: RecordedPyPI, kind: str = "pypi") -> Any:
    service = make_service(Settings(data_dir=tmp_path), kind)
    service.session.mount("https://pypi.org/", adapter)
    service.session.mount("https://api.osv.dev/", adapter)
    return service


def test_vulnerable_pin_reports_merged_advisories(tmp_path: Path) -> None:
    adapter = RecordedPyPI({"/pypi/pycrypto/2.6.1/json": _pycrypto()})
    assert audit_pin("PyCrypto", "2.6.1", service=_service(tmp_path, adapter)) == PYCRYPTO_ADVISORIES
    assert adapter.urls == ["https://pypi.org/pypi/pycrypto/2.6.1/json"]


def test_suggested_bound_whose_newest_version_is_vulnerable_recommends_migrating(tmp_path: Path) -> None:
    releases = parse_project(_pycrypto(), "https://pypi.org/pypi/pycrypto/json").releases
    adapter = RecordedPyPI({"/pypi/pycrypto/2.6.1/json": _pycrypto()})
    result = audit_bound("pycrypto", "<3", releases, service=_service(tmp_path, adapter))
    assert result == PinAudit(package="pycrypto", specifier="<3", version="2.6.1",
                              advisories=tuple(PYCRYPTO_ADVISORIES))
    assert result.recommend_migration
    assert result.note() == ("pycrypto 2.6.1 has known vulnerabilities: PYSEC-2017-94 (no fixed version); "
                             "PYSEC-2018-97 (no fixed version); migrate instead of pinning")


def test_fixed_in_versions_are_reported(tmp_path: Path) -> None:
    # Synthetic ids (see tests/data/audit/README.md): only the shape is PyPI's.
    document = {"vulnerabilities": [{"id": "GHSA-xxxx", "aliases": ["CVE-1"], "fixed_in": ["2.3.0", "2.2.3"],
                                     "summary": "bad", "details": "worse", "withdrawn": None},
                                    {"id": "PYSEC-old", "aliases": [], "fixed_in": [], "summary": None,
                                     "details": "gone", "withdrawn": "2024-01-01T00:00:00Z"}]}
    adapter = RecordedPyPI({"/pypi/example/2.2.2/json": document})
    result = audit_pin("example", "2.2.2", service=_service(tmp_path, adapter))
    assert result == [Advisory(id="CVE-1", aliases=("GHSA-xxxx",), fixed_in=("2.2.3", "2.3.0"), summary="bad")]
    assert PinAudit(package="example", specifier="<2.3", version="2.2.2", advisories=tuple(result)).note() == (
        "example 2.2.2 has known vulnerabilities: CVE-1 (fixed in 2.2.3, 2.3.0); migrate instead of pinning")


@pytest.mark.parametrize("error", [
    requests.ConnectionError("Name or service not known"),
    requests.ConnectTimeout("timed out"),
    requests.ReadTimeout("read timed out"),
])
def test_network_failure_is_a_note_not_a_crash(tmp_path: Path, error: Exception) -> None:
    releases = parse_project(_pycrypto(), "https://pypi.org/pypi/pycrypto/json").releases
    service = _service(tmp_path, RecordedPyPI(error=error))
    result = audit_bound("pycrypto", "<3", releases, service=service)
    assert result.version == "2.6.1" and result.advisories == () and not result.recommend_migration
    assert result.note().startswith("audit unavailable for pycrypto<3: vulnerability service failed: ")
    with pytest.raises(AuditUnavailable):
        audit_pin("pycrypto", "2.6.1", service=service)


def test_server_error_and_garbage_are_unavailable(tmp_path: Path) -> None:
    class Broken(RecordedPyPI):
        def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
            response = super().send(request, **kwargs)
            response.status_code, response._content = self.status, b"<html>oops"
            return response

    for status in (500, 200):
        adapter = Broken({"/pypi/pycrypto/2.6.1/json": {}})
        adapter.status = status  # type: ignore[attr-defined]
        with pytest.raises(AuditUnavailable, match="vulnerability service failed"):
            audit_pin("pycrypto", "2.6.1", service=_service(tmp_path, adapter))


def test_release_unknown_to_the_service_is_not_audited_rather_than_clean(tmp_path: Path) -> None:
    with pytest.raises(AuditUnavailable) as raised:
        audit_pin("no-such-thing", "1.0", service=_service(tmp_path, RecordedPyPI()))
    assert str(raised.value) == ("not audited: Dependency not found on PyPI and could not be audited: "
                                 "no-such-thing (1.0)")


def test_bad_version_is_unavailable_not_a_crash() -> None:
    with pytest.raises(AuditUnavailable, match="not a version: 'latest'"):
        audit_pin("flask", "latest")


@pytest.mark.parametrize(("specifier", "expected"), [
    ("<3", "2.6.1"),
    ("<2.6", "2.5"),
    ("<2.1", "2.0.1"),
    ("<2.0.1", None),  # 1.9a* and 2.0 have no files on PyPI: nothing installable
    ("==2.6.*", "2.6.1"),
    (">=9", None),
    ("not a specifier", None),
])
def test_newest_allowed(specifier: str, expected: str | None) -> None:
    releases = parse_project(_pycrypto(), "https://pypi.org/pypi/pycrypto/json").releases
    assert newest_allowed(releases, specifier) == expected


def _checkout(tmp_path: Path) -> Path:
    root = tmp_path / "checkout"
    (root / "sub").mkdir(parents=True)
    (root / "requirements.txt").write_text(
        "pycrypto==2.6.1\nflask>=2.0  # unpinned: newest allowed release is audited\n"
        "-r sub/more.txt\n-r ../../outside.txt\ngit+https://example.org/x.git#egg=x\n")
    (root / "sub" / "more.txt").write_text("PyCrypto<2.6.1\n")
    (tmp_path / "outside.txt").write_text("itsdangerous==0.1\n")
    (root / "setup.py").write_text("raise SystemExit('never executed')\nsetup(install_requires=['click==8.1.7'])\n")
    return root


def _pypi_transport(calls: list[str]) -> Any:
    import httpx

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.path)
        if request.url.path == "/pypi/pycrypto/json":
            return httpx.Response(200, json=_pycrypto())
        return httpx.Response(503)

    return httpx.MockTransport(handler)


async def test_audit_checkout_pinned_and_ranges_without_resolving(tmp_path: Path) -> None:
    root = _checkout(tmp_path)
    adapter = RecordedPyPI({"/pypi/pycrypto/2.6.1/json": _pycrypto(), "/pypi/pycrypto/2.6/json": {},
                            "/pypi/click/8.1.7/json": {"vulnerabilities": []}})
    calls: list[str] = []
    settings = Settings(data_dir=tmp_path / "data", http_retries=0)
    audits, warnings = await audit_checkout(root, settings, _service(tmp_path, adapter),
                                            pypi_transport=_pypi_transport(calls))
    rows = [(a.file, a.line, a.package, a.specifier, a.version, [x.id for x in a.advisories]) for a in audits]
    assert sorted(rows) == [
        ("requirements.txt", 1, "pycrypto", "==2.6.1", "2.6.1", ["PYSEC-2017-94", "PYSEC-2018-97"]),
        ("requirements.txt", 2, "flask", ">=2.0", None, []),
        ("setup.py", 2, "click", "==8.1.7", "8.1.7", []),
        ("sub/more.txt", 1, "pycrypto", "<2.6.1", "2.6", []),
    ]
    flask = next(a for a in audits if a.package == "flask")
    assert flask.note.startswith("audit unavailable for flask>=2.0: PyPI release list unavailable")
    assert sorted(adapter.urls) == ["https://pypi.org/pypi/click/8.1.7/json", "https://pypi.org/pypi/pycrypto/2.6.1/json",
                                    "https://pypi.org/pypi/pycrypto/2.6/json"]
    assert calls == ["/pypi/flask/json", "/pypi/pycrypto/json"]
    assert warnings == ["requirements.txt:4: include '../../outside.txt' is outside the tree; not followed"]


def test_checkout_files_skips_symlinks_and_vcs(tmp_path: Path) -> None:
    root = tmp_path / "c"
    (root / ".git").mkdir(parents=True)
    (root / ".git" / "requirements.txt").write_text("x==1\n")
    (root / "requirements.txt").write_text("x==1\n")
    (root / "linked.txt").symlink_to("/etc/passwd")
    (root / "loop").symlink_to(root)
    assert checkout_files(root) == ["requirements.txt"]


@pytest.mark.parametrize(("specifier", "expected"), [
    ("==2.6.1", "2.6.1"), ("===2.6.1", "2.6.1"), ("==2.*", None), (">=1,<2", None), ("", None), ("~=1.0", None),
])
def test_pinned_version(specifier: str, expected: str | None) -> None:
    assert pinned_version(specifier) == expected


def test_cli_rejects_bad_arguments(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from bot.cli.main import app

    runner = CliRunner()
    missing = runner.invoke(app, ["audit", str(tmp_path / "nope")])
    assert (missing.exit_code, missing.stderr.strip()) == (2, f"error: {tmp_path / 'nope'} is not a directory; give the path of a checkout")
    bad = runner.invoke(app, ["audit", str(tmp_path), "--service", "safety"])
    assert bad.exit_code == 2 and "--service must be one of pypi, osv" in bad.stderr
    empty = runner.invoke(app, ["audit", str(tmp_path), "--format", "json"])
    assert (empty.exit_code, json.loads(empty.stdout)) == (0, {"audits": [], "warnings": []})


def test_the_pypi_service_asks_the_configured_index(tmp_path: Path) -> None:
    """Issue 14, defect 9: pip-audit always asked pypi.org, whatever PYPI_URL said (no mirror, no test double)."""
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
    from threading import Thread

    asked: list[str] = []
    body = json.dumps(_pycrypto()).encode()

    class Mirror(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802  (http.server's naming)
            asked.append(self.path)
            found = self.path == "/mirror/pypi/pycrypto/2.6.1/json"
            self.send_response(200 if found else 404)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(body if found else b"{}")

        def log_message(self, format: str, *args: Any) -> None:
            return None

    server = ThreadingHTTPServer(("127.0.0.1", 0), Mirror)
    thread = Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/mirror/"
        service = make_service(Settings(data_dir=tmp_path, pypi_url=url))
        assert audit_pin("PyCrypto", "2.6.1", service=service) == PYCRYPTO_ADVISORIES
        with pytest.raises(AuditUnavailable, match="not audited"):
            audit_pin("absent", "1.0", service=service)
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
    assert asked == ["/mirror/pypi/pycrypto/2.6.1/json", "/mirror/pypi/absent/1.0/json"]
