"""The PyPI client on the recorded flask-login response: parsing, retries, verified downloads, the cache."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from bot.adapters.pypi import USER_AGENT, PyPIClient, retry_after_seconds
from bot.config import Settings
from bot.errors import IntegrityError, NotFoundOnPyPI, PyPIError
from bot.releases import choose_artifact, parse_project

RECORDED = json.loads((Path(__file__).parent / "data" / "pypi_client" / "flask-login.json").read_text())
PROJECT_URL = "https://pypi.org/pypi/flask-login/json"

Handler = Callable[[httpx.Request], httpx.Response]


class Recorder:
    """Serves scripted responses in order and remembers every request."""

    def __init__(self, *responses: httpx.Response | Exception | Handler) -> None:
        self.responses = list(responses)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        item = self.responses.pop(0) if len(self.responses) > 1 else self.responses[0]
        if isinstance(item, Exception):
            raise item
        if callable(item) and not isinstance(item, httpx.Response):
            return item(request)
        return item


def make_client(tmp_path: Path, handler: Recorder, **settings: Any) -> tuple[PyPIClient, list[float]]:
    sleeps: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        sleeps.append(seconds)

    client = PyPIClient(
        Settings(data_dir=tmp_path, http_retries=3, **settings),
        transport=httpx.MockTransport(handler),
        sleep=fake_sleep,
        retry_base_delay=0.01,
    )
    return client, sleeps


def wheel_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("demo/__init__.py", "VALUE = 1\n")
    return buffer.getvalue()


def project_json(url: str, sha256: str) -> dict[str, Any]:
    return {
        "info": {"name": "demo", "version": "1.0"},
        "last_serial": 7,
        "releases": {"1.0": [{
            "filename": "demo-1.0-py3-none-any.whl", "url": url, "digests": {"sha256": sha256},
            "size": 10, "packagetype": "bdist_wheel", "upload_time_iso_8601": "2024-01-01T00:00:00Z",
            "yanked": False, "requires_python": ">=3.8",
        }]},
    }


def test_parse_recorded_project() -> None:
    project = parse_project(RECORDED, PROJECT_URL)
    assert project.name == "flask-login"
    assert project.last_serial == 20398225
    assert project.latest_version == "0.6.3"
    versions = [r.version for r in project.releases]
    assert versions[-2:] == ["0.6.2", "0.6.3"]
    assert versions.index("0.4.1") < versions.index("0.5.0")
    release = project.release("0.6.2")
    assert release.requires_python == ">=3.7"
    assert release.upload_time is not None and release.upload_time.isoformat().startswith("2022-07-25T15:15:49")
    wheel = choose_artifact(release)
    assert wheel.filename == "Flask_Login-0.6.2-py3-none-any.whl"
    assert wheel.sha256 == "1ef79843f5eddd0f143c2cd994c1b05ac83c0401dc6234c143495af9a939613f"
    assert choose_artifact(release, "sdist").filename == "Flask-Login-0.6.2.tar.gz"
    assert project.ownership["roles"][0] == {"role": "Owner", "user": "doraemon"}
    with pytest.raises(NotFoundOnPyPI, match="flask-login has no release 9.9"):
        project.release("9.9")


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        (["demo-1.0-py2-none-any.whl", "demo-1.0.tar.gz", "demo-1.0-py3-none-any.whl"], "demo-1.0-py3-none-any.whl"),
        (["demo-1.0-py2-none-any.whl", "demo-1.0.tar.gz"], "demo-1.0.tar.gz"),  # a Python 2 wheel comes last
        (["demo-1.0-py2-none-any.whl"], "demo-1.0-py2-none-any.whl"),
        (["demo-1.0-cp311-cp311-manylinux_2_17_x86_64.whl", "demo-1.0-py2.py3-none-any.whl"], "demo-1.0-py2.py3-none-any.whl"),
    ],
)
def test_the_python3_pure_wheel_is_chosen(files: list[str], expected: str) -> None:
    """prompt_toolkit 2.0.10 ships a `py2` and a `py3` wheel: reading the Python 2 one compares the wrong code."""
    data = project_json("https://files.example/x", "ab" * 32)
    entry = data["releases"]["1.0"][0]
    data["releases"]["1.0"] = [
        dict(entry, filename=name, packagetype="sdist" if name.endswith(".tar.gz") else "bdist_wheel") for name in files
    ]
    assert choose_artifact(parse_project(data, PROJECT_URL).release("1.0")).filename == expected


def test_prerelease_and_yanked_flags() -> None:
    data = project_json("https://files.example/demo.whl", "ab" * 32)
    data["releases"]["2.0rc1"] = [dict(data["releases"]["1.0"][0], yanked=True)]
    data["releases"]["not a version"] = []
    project = parse_project(data, "https://pypi.org/pypi/demo/json")
    assert [(r.version, r.is_prerelease, r.yanked) for r in project.releases] == [
        ("1.0", False, False), ("2.0rc1", True, True)
    ]


def test_platform_wheels_fall_back_to_sdist() -> None:
    data = project_json("x.whl", "ab" * 32)
    raw = data["releases"]["1.0"][0]
    data["releases"]["1.0"] = [
        dict(raw, filename="demo-1.0-cp311-cp311-manylinux_2_17_x86_64.whl"),
        dict(raw, filename="demo-1.0.tar.gz", packagetype="sdist"),
    ]
    release = parse_project(data, "https://pypi.org/").release("1.0")
    assert choose_artifact(release).filename == "demo-1.0.tar.gz"
    assert choose_artifact(release, "wheel").filename == "demo-1.0-cp311-cp311-manylinux_2_17_x86_64.whl"
    with pytest.raises(NotFoundOnPyPI, match="release 1.0 has no wheel artifact"):
        choose_artifact(parse_project(dict(data, releases={"1.0": [data["releases"]["1.0"][1]]}), "x").release("1.0"), "wheel")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"info": {"name": "x"}}, "unexpected project JSON from https://pypi.org/x: missing 'last_serial'"),
        ({"info": {"name": "x"}, "last_serial": 1, "releases": ["1.0"]}, "unexpected project JSON from https://pypi.org/x: AttributeError"),
        ({"info": {"name": "x"}, "last_serial": 1, "releases": {"1.0": [{"digests": {"sha256": "ab"}, "url": "u", "size": "big"}]}},
         "unexpected project JSON from https://pypi.org/x: ValueError"),
    ],
)
def test_malformed_project_json_is_a_clear_error(data: dict[str, Any], message: str) -> None:
    with pytest.raises(PyPIError, match=message):
        parse_project(data, "https://pypi.org/x")


async def test_project_sends_one_request_with_user_agent(tmp_path: Path) -> None:
    handler = Recorder(httpx.Response(200, json=RECORDED))
    client, _ = make_client(tmp_path, handler)
    async with client:
        project = await client.project("Flask_Login")
    assert project.latest_version == "0.6.3"
    assert [str(r.url) for r in handler.requests] == [PROJECT_URL]
    assert handler.requests[0].headers["User-Agent"] == USER_AGENT


async def test_503_then_success_is_retried(tmp_path: Path) -> None:
    handler = Recorder(httpx.Response(503), httpx.Response(200, json=RECORDED))
    client, sleeps = make_client(tmp_path, handler)
    async with client:
        project = await client.project("flask-login")
    assert project.last_serial == 20398225
    assert len(handler.requests) == 2
    assert len(sleeps) == 1 and 0 <= sleeps[0] <= 0.01


async def test_retry_after_is_honoured(tmp_path: Path) -> None:
    handler = Recorder(httpx.Response(429, headers={"Retry-After": "7"}), httpx.Response(200, json=RECORDED))
    client, sleeps = make_client(tmp_path, handler)
    async with client:
        await client.project("flask-login")
    assert sleeps == [7.0]


async def test_timeouts_are_retried(tmp_path: Path) -> None:
    handler = Recorder(httpx.ReadTimeout("slow"), httpx.Response(200, json=RECORDED))
    client, sleeps = make_client(tmp_path, handler)
    async with client:
        await client.project("flask-login")
    assert len(handler.requests) == 2 and len(sleeps) == 1


async def test_failure_after_all_retries_raises(tmp_path: Path) -> None:
    handler = Recorder(httpx.Response(502))
    client, sleeps = make_client(tmp_path, handler)
    async with client:
        with pytest.raises(PyPIError, match=r"GET https://pypi.org/pypi/flask-login/json failed after 4 attempts: HTTP 502"):
            await client.project("flask-login")
    assert len(handler.requests) == 4
    assert len(sleeps) == 3


async def test_404_is_not_retried(tmp_path: Path) -> None:
    handler = Recorder(httpx.Response(404))
    client, sleeps = make_client(tmp_path, handler)
    async with client:
        with pytest.raises(NotFoundOnPyPI, match="not found on PyPI: https://pypi.org/pypi/no-such-thing/json"):
            await client.project("no-such-thing")
    assert len(handler.requests) == 1 and sleeps == []


async def test_invalid_json_is_reported(tmp_path: Path) -> None:
    client, _ = make_client(tmp_path, Recorder(httpx.Response(200, content=b"<html>maintenance</html>")))
    async with client:
        with pytest.raises(PyPIError, match="returned invalid JSON"):
            await client.project("flask-login")


async def test_download_verifies_sha256_and_caches(tmp_path: Path) -> None:
    payload = wheel_bytes()
    sha256 = hashlib.sha256(payload).hexdigest()

    def serve(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/json"):
            # PEP 691 allows relative file URLs: they resolve against the response URL.
            return httpx.Response(200, json=project_json("../../packages/demo-1.0-py3-none-any.whl", sha256))
        assert str(request.url) == "https://pypi.org/packages/demo-1.0-py3-none-any.whl"
        return httpx.Response(200, content=payload)

    handler = Recorder(serve)
    client, _ = make_client(tmp_path, handler)
    async with client:
        root = await client.unpacked("demo", "1.0")
        assert (root / "demo" / "__init__.py").read_text() == "VALUE = 1\n"
        sent = len(handler.requests)
        again = await client.unpacked("demo", "1.0", sha256=sha256)
    assert again == root
    assert sent == 2 and len(handler.requests) == 2


async def test_hash_mismatch_is_rejected_and_nothing_cached(tmp_path: Path) -> None:
    payload = wheel_bytes()

    def serve(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/json"):
            return httpx.Response(200, json=project_json("https://files.example/demo.whl", "0" * 64))
        return httpx.Response(200, content=payload)

    client, _ = make_client(tmp_path, Recorder(serve))
    async with client:
        with pytest.raises(IntegrityError, match=f"demo-1.0-py3-none-any.whl: sha256 {hashlib.sha256(payload).hexdigest()} does not match PyPI's 0000"):
            await client.unpacked("demo", "1.0")
    artifacts = tmp_path / "cache" / "artifacts"
    assert [p for p in artifacts.rglob("*") if p.is_file()] == []


async def test_pinned_sha_that_pypi_disagrees_with_is_rejected(tmp_path: Path) -> None:
    client, _ = make_client(tmp_path, Recorder(httpx.Response(200, json=RECORDED)))
    async with client:
        with pytest.raises(IntegrityError, match="PyPI lists sha256 1ef79843"):
            await client.unpacked("flask-login", "0.6.2", sha256="f" * 64)


@pytest.mark.parametrize(("header", "expected"), [("3", 3.0), ("-1", 0.0), ("100000", 120.0), ("soon", None), (None, None)])
def test_retry_after_parsing(header: str | None, expected: float | None) -> None:
    assert retry_after_seconds(header) == expected
