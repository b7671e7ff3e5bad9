"""The package page's extension matrix: watched extensions × recent releases of the package they depend on."""

from __future__ import annotations

from sqlalchemy import Engine
from sqlmodel import Session

from bot.findings.compat import CompatStatus, CompatVerdict
from bot.storage.compat import save_verdict
from bot.web.compat_read import read_package_compat
from bot.web.compat_schema import ExtensionMatrix
from bot.web.status_read import read_package
from tests.pages_seed import seed_pages


def read_extension_matrix(engine: Engine, name: str) -> ExtensionMatrix:
    with Session(engine) as session:
        return read_package_compat(session, name).extensions


def _verdict(version: str, dependent: str, dependent_version: str, status: CompatStatus) -> CompatVerdict:
    return CompatVerdict(package="werkzeug", version=version, dependent=dependent, dependent_version=dependent_version,
                         status=status, why="-", requirement="Werkzeug>=1")


def test_each_cell_is_the_newest_evaluated_release_with_its_fix(engine: Engine) -> None:
    seed_pages(engine)
    save_verdict(engine, _verdict("2.3.8", "flask-login", "0.6.2", CompatStatus.COMPATIBLE))
    save_verdict(engine, _verdict("3.0.0", "flask", "3.0.0", CompatStatus.COMPATIBLE))
    save_verdict(engine, CompatVerdict(package="werkzeug", version="3.0.0", dependent="dash", dependent_version="2.0",
                                       status=CompatStatus.COMPATIBLE, why="does not depend on werkzeug"))
    matrix = read_extension_matrix(engine, "werkzeug")
    assert matrix.releases == ["3.0.0", "2.3.8"]
    cells = {row.package: [(c.version, c.verdict, c.fix_release) if c else None for c in row.cells]
             for row in matrix.rows}
    assert cells == {  # dash has no requirement on werkzeug: no dependent, no row
        "flask": [("3.0.0", "compatible", None), None],
        "flask-login": [("0.6.3", "compatible", "0.6.3"), ("0.6.2", "compatible", None)],
    }
    detail = read_package(engine, "werkzeug", page=1, per_page=10)
    assert detail is not None and detail.extensions == matrix


def test_no_verdicts_no_rows(engine: Engine) -> None:
    assert read_extension_matrix(engine, "werkzeug").rows == []


def test_release_counts_repositories_directly_and_through_an_extension(engine: Engine) -> None:
    from sqlmodel import Session, select

    from bot.findings.outcome import Finding
    from bot.findings.transitive import Via
    from bot.storage.models.actions import Action
    from bot.web.release_read import read_release

    seed_pages(engine)  # octo-org/Public-App's open finding has uses of its own
    before = read_release(engine, "werkzeug", "3.0.0")
    assert before is not None and (before.repositories_direct, before.repositories_transitive) == (1, 0)
    with Session(engine) as session:
        action = session.exec(select(Action).where(Action.repo == "octo-org/Public-App", Action.package == "werkzeug",
                                                   Action.version == "3.0.0")).one()
        finding = Finding.model_validate_json(action.finding_json or "")
        via = Via(dependent="flask-login", display_name="Flask-Login", version="0.6.2", fresh_version="0.6.2",
                  requirement="Werkzeug>=1.0.1", chain=("flask-login",))
        action.finding_json = finding.model_copy(update={"uses": (), "via": (via,)}).model_dump_json()
        session.add(action)
        session.commit()
    after = read_release(engine, "werkzeug", "3.0.0")
    assert after is not None and (after.repositories_direct, after.repositories_transitive) == (0, 1)
    assert {d.package: d.repositories_affected for d in after.dependents} == {"flask-login": 1}
