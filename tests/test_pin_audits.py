"""pip-audit on suggested bounds: audited after polling, stored, and shown in the open issue (recorded responses)."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import requests
from sqlalchemy import Engine
from sqlmodel import Session, select

from bot.adapters.pypi import PyPIClient
from bot.changes import Change, ChangeKind, ObjectKind
from bot.config import Settings
from bot.findings.outcome import Finding, Flavour, RequirementRef, Use
from bot.jobs.pin_audits import refresh_pin_audits
from bot.runtime import Runtime
from bot.storage.actions import render_finding
from bot.storage.models.actions import Action, ActionKind, ActionState
from bot.storage.models.audit import PinAuditRow
from tests.test_audit import RecordedPyPI, _service

DATA = Path(__file__).parent / "data" / "audit"
PYCRYPTO = json.loads((DATA / "pypi-pycrypto.json").read_text())


def _finding() -> Finding:
    change = Change(symbol="Crypto.Cipher.blockalgo", kind=ChangeKind.REMOVED, object=ObjectKind.MODULE)
    return Finding(
        repo="acme/vault", sha="0" * 40, package="pycrypto", display_name="pycrypto", version="3.0",
        flavour=Flavour.REMOVAL,
        requirement=RequirementRef(path="requirements.txt", line=1, text="pycrypto>=2.0", specifier=">=2.0"),
        uses=(Use(symbol=change.symbol, kind=change.kind, path="vault/crypto.py", line=3),), changes=(change,),
    )


def _store_action(engine: Engine, state: ActionState = ActionState.SENT) -> None:
    finding = _finding()
    rendered = render_finding(engine, finding)
    with Session(engine) as session:
        session.add(Action(key=finding.key, kind=ActionKind.FINDING, repo=finding.repo, installation_id=1,
                           package="pycrypto", version="3.0", flavour=finding.flavour.value, sha=finding.sha,
                           title=rendered.title, body=rendered.body, finding_json=finding.model_dump_json(),
                           state=state, issue_number=7))
        session.commit()


def _pypi(requested: list[str], status: int = 200) -> httpx.MockTransport:
    def serve(request: httpx.Request) -> httpx.Response:
        requested.append(request.url.path)
        return httpx.Response(status, json=PYCRYPTO) if status == 200 else httpx.Response(status)
    return httpx.MockTransport(serve)


def _action(engine: Engine) -> Action:
    with Session(engine) as session:
        return session.exec(select(Action)).one()


async def test_vulnerable_newest_allowed_release_is_shown_in_the_issue(settings: Settings, engine: Engine,
                                                                      tmp_path: Path) -> None:
    _store_action(engine)
    assert "Known vulnerabilities" not in _action(engine).body
    adapter = RecordedPyPI({"/pypi/pycrypto/2.6.1/json": PYCRYPTO})
    requested: list[str] = []
    async with PyPIClient(settings, transport=_pypi(requested)) as client:
        runtime = Runtime(settings=settings, engine=engine, pypi=client)
        assert await refresh_pin_audits(runtime, service=_service(tmp_path, adapter)) == 1
        assert await refresh_pin_audits(runtime, service=_service(tmp_path, adapter)) == 0  # fresh: nothing asked
    assert requested == ["/pypi/pycrypto/json"]
    assert adapter.urls == ["https://pypi.org/pypi/pycrypto/2.6.1/json"]
    action = _action(engine)
    assert action.state == ActionState.PENDING  # queued for an in-place edit of issue #7
    assert "- PYSEC-2017-94: Heap-based buffer overflow" in action.body
    assert "- PYSEC-2018-97: lib/Crypto/PublicKey/ElGamal.py" in action.body
    assert "prefer migrating the uses above to pycrypto 3.0 over pinning" in action.body
    with Session(engine) as session:
        row = session.exec(select(PinAuditRow)).one()
    assert (row.package, row.specifier, row.version, row.unavailable) == ("pycrypto", ">=2.0,<3", "2.6.1", None)


async def test_unavailable_service_changes_nothing_and_is_retried(settings: Settings, engine: Engine,
                                                                  tmp_path: Path) -> None:
    _store_action(engine)
    before = _action(engine)
    dead = RecordedPyPI(error=requests.ConnectionError("network unreachable"))
    async with PyPIClient(settings, transport=_pypi([])) as client:
        runtime = Runtime(settings=settings, engine=engine, pypi=client)
        assert await refresh_pin_audits(runtime, service=_service(tmp_path, dead)) == 1
        assert await refresh_pin_audits(runtime, service=_service(tmp_path, dead)) == 1  # tried again next round
    after = _action(engine)
    assert (after.body, after.state) == (before.body, ActionState.SENT)
    with Session(engine) as session:
        row = session.exec(select(PinAuditRow)).one()
    assert row.unavailable is not None and "vulnerability service failed" in row.unavailable


async def test_pypi_failure_skips_the_audit_without_storing(settings: Settings, engine: Engine, tmp_path: Path) -> None:
    _store_action(engine)
    requested: list[str] = []
    adapter = RecordedPyPI({})
    async with PyPIClient(settings, transport=_pypi(requested, status=503), retry_base_delay=0) as client:
        runtime = Runtime(settings=settings, engine=engine, pypi=client)
        assert await refresh_pin_audits(runtime, service=_service(tmp_path, adapter)) == 1
    assert len(requested) == settings.http_retries + 1 and adapter.urls == []
    with Session(engine) as session:
        assert session.exec(select(PinAuditRow)).all() == []


async def test_closed_or_dismissed_findings_are_not_audited(settings: Settings, engine: Engine, tmp_path: Path) -> None:
    _store_action(engine, state=ActionState.DISMISSED)
    adapter = RecordedPyPI({})
    async with PyPIClient(settings, transport=_pypi([])) as client:
        runtime = Runtime(settings=settings, engine=engine, pypi=client)
        assert await refresh_pin_audits(runtime, service=_service(tmp_path, adapter)) == 0
    assert adapter.urls == []


