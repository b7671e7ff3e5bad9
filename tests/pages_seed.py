"""Seeded data for the page tests: tests/test_status.py's seed plus what only pages draw.

Adds a release that removes what 2.3.0 deprecated (a timeline arrow), a diff whose hint is hostile markup (it
must stay text), the stored finding behind the public repository's issue (its requirement line), and the
compatibility verdicts of flask-login against werkzeug 3.0.0 (0.6.2 breaks, 0.6.3 is its fix release).
"""

from __future__ import annotations

import json
from datetime import timedelta

from sqlalchemy import Engine
from sqlmodel import Session, select

from bot.changes import Change, ChangeKind, ObjectKind
from bot.findings.compat import CompatStatus, CompatVerdict, DependentUse
from bot.findings.outcome import Finding, Flavour, RequirementRef, Use
from bot.storage.compat import save_verdict
from bot.storage.models.actions import Action
from bot.storage.models.analysis import ReleaseDiffRow
from bot.storage.models.pypi import AnalysisState, Release
from tests.test_status import T0, URL_DECODE, URL_ENCODE, seed

HOSTILE = "<script>alert(1)</script>"
BASE_RESPONSE_REMOVED = Change(symbol="werkzeug.wrappers.BaseResponse", kind=ChangeKind.REMOVED,
                               object=ObjectKind.CLASS, detail="deprecated since 2.3.0",
                               witness="from werkzeug.wrappers import BaseResponse")
LOGIN_CHANGE = Change(symbol="flask_login.utils.login_url", kind=ChangeKind.SIGNATURE_CHANGED,
                      object=ObjectKind.FUNCTION, hint=HOSTILE)


def seed_pages(engine: Engine) -> None:
    """seed(), then werkzeug 3.1.0 (removes BaseResponse), flask-login 0.6.3 and the public issue's finding."""
    seed(engine)
    with Session(engine) as s:
        s.add(Release(package="werkzeug", version="3.1.0", upload_time=T0 + timedelta(days=30),
                      analysis_state=AnalysisState.ANALYSED))
        s.add(ReleaseDiffRow(package="werkzeug", old_version="3.0.0", new_version="3.1.0", schema_version=1,
                             changes_json=json.dumps([BASE_RESPONSE_REMOVED.model_dump(mode="json")]), change_count=1))
        s.add(Release(package="flask-login", version="0.6.3", upload_time=T0 + timedelta(days=40),
                      analysis_state=AnalysisState.ANALYSED))
        s.add(ReleaseDiffRow(package="flask-login", old_version="0.6.2", new_version="0.6.3", schema_version=1,
                             changes_json=json.dumps([LOGIN_CHANGE.model_dump(mode="json")]), change_count=1))
        action = s.exec(select(Action).where(Action.repo == "octo-org/Public-App", Action.package == "werkzeug")).one()
        action.finding_json = Finding(
            repo="octo-org/Public-App", sha="a" * 40, package="werkzeug", display_name="Werkzeug", version="3.0.0",
            flavour=Flavour.REMOVAL,
            requirement=RequirementRef(path="setup.py", line=8, text="Werkzeug>=1.0.1", specifier=">=1.0.1"),
            uses=(Use(symbol=URL_DECODE.symbol, kind=ChangeKind.REMOVED, path="app/auth.py", line=3),),
            changes=(URL_DECODE, URL_ENCODE)).model_dump_json()
        s.add(action)
        s.commit()
    use = DependentUse(symbol=URL_DECODE.symbol, kind=ChangeKind.REMOVED, path="flask_login/utils.py", line=14)
    for version, status, uses in (("0.6.2", CompatStatus.BREAKS, (use,)), ("0.6.3", CompatStatus.COMPATIBLE, ())):
        save_verdict(engine, CompatVerdict(
            package="werkzeug", version="3.0.0", dependent="flask-login", dependent_version=version, status=status,
            why="uses what werkzeug 3.0.0 removed" if uses else "uses nothing werkzeug 3.0.0 removed",
            requirement="Werkzeug>=1.0.1", uses=uses, artifact=f"Flask_Login-{version}-py3-none-any.whl"))
