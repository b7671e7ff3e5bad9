"""Webhook events end to end: real payloads (ids and names adapted) → handlers → fake GitHub and the database."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from bot.handlers.commands import Command, parse_commands
from bot.handlers.comments import REFUSAL
from bot.handlers.push import needs_rescan
from bot.storage import deliveries
from bot.storage.db import session_scope
from bot.storage.models.actions import Action, ActionKind, ActionState, IgnoredPackage, InstalledRepo, RepoScan
from bot.storage.models.github import AppInstallation, DeliveryState
from tests.fake_github import FakeGitHub
from tests.fake_github.webhooks import WebhookPoster, adapt, load

INST = 31
FLASK_LOGIN_LIKE = {
    "requirements.txt": "Flask>=1.0.4\nWerkzeug>=1.0.1\n",
    "flask_login/utils.py": "from werkzeug.urls import url_decode\n\n\ndef parse(q):\n    return url_decode(q)\n",
}
BOUNDED = {"requirements.txt": "Flask>=2,<3\nWerkzeug>=2.2,<3\n", "app.py": "import flask\n"}
TREE = "GET /repos/{owner}/{repo}/git/trees/{tree_sha}"
COMMENTS = "POST /repos/{owner}/{repo}/issues/{issue_number}/comments"


@pytest.fixture
def org(fake_github: FakeGitHub) -> FakeGitHub:
    fake_github.add_installation(INST, account="octo-org")
    fake_github.add_repo("octo-org", "flask-login", files=FLASK_LOGIN_LIKE, installation=INST)
    fake_github.add_repo("octo-org", "bounded", files=BOUNDED, installation=INST)
    return fake_github


def _scanned(engine: Any) -> dict[str, str]:
    with session_scope(engine) as session:
        return {row.repo: row.sha for row in session.exec(select(RepoScan)).all()}


def _delivery(poster: WebhookPoster, delivery_id: str) -> tuple[DeliveryState, str | None]:
    row = deliveries.get(poster.app.state.runtime.engine, delivery_id)
    assert row is not None
    return row.state, row.error


def _installation_created(examples: Path, fake: FakeGitHub, names: list[str]) -> dict[str, Any]:
    payload = adapt(load(examples, "installation.created"), installation_id=INST)
    template = payload["repositories"][0]
    payload["installation"]["account"]["login"] = "octo-org"
    payload["repositories"] = [
        dict(template, id=fake.repo("octo-org", n).id, name=n, full_name=f"octo-org/{n}") for n in names
    ]
    return payload


async def test_installation_created_stores_and_scans(webhook_poster: WebhookPoster, webhook_examples: Path,
                                                     org: FakeGitHub) -> None:
    payload = _installation_created(webhook_examples, org, ["flask-login", "bounded"])
    response = await webhook_poster.post("installation", payload, delivery_id="d-install")
    await webhook_poster.settle()
    engine = webhook_poster.app.state.runtime.engine
    assert response.status_code == 202
    assert _delivery(webhook_poster, "d-install") == (DeliveryState.DONE, None)
    with session_scope(engine) as session:
        inst = session.get(AppInstallation, INST)
        repos = sorted((r.full_name, r.installation_id) for r in session.exec(select(InstalledRepo)).all())
    assert inst is not None and (inst.account, inst.suspended) == ("octo-org", False)
    assert repos == [("octo-org/bounded", INST), ("octo-org/flask-login", INST)]
    assert _scanned(engine) == {
        "octo-org/bounded": org.branch_sha("octo-org", "bounded"),
        "octo-org/flask-login": org.branch_sha("octo-org", "flask-login"),
    }


async def test_one_installation_client_per_delivery(webhook_poster: WebhookPoster, webhook_examples: Path,
                                                    org: FakeGitHub, monkeypatch: pytest.MonkeyPatch) -> None:
    """Handlers act through the client the delivery opened (bedevere's `(event, gh, ...)`): scanning two
    repositories and sending their actions opens no second installation client."""
    from bot.adapters.github import GitHubApp

    opened: list[int] = []
    original = GitHubApp.installation

    def counting(self: GitHubApp, installation_id: int) -> Any:
        opened.append(installation_id)
        return original(self, installation_id)

    monkeypatch.setattr(GitHubApp, "installation", counting)
    payload = _installation_created(webhook_examples, org, ["flask-login", "bounded"])
    await webhook_poster.post("installation", payload, delivery_id="d-one-client")
    await webhook_poster.settle()
    assert _delivery(webhook_poster, "d-one-client") == (DeliveryState.DONE, None)
    assert len(_scanned(webhook_poster.app.state.runtime.engine)) == 2
    assert opened == [INST]


async def test_installation_suspend_unsuspend_deleted(webhook_poster: WebhookPoster, webhook_examples: Path,
                                            org: FakeGitHub) -> None:
    await webhook_poster.post("installation", _installation_created(webhook_examples, org, ["bounded"]))
    await webhook_poster.settle()
    engine = webhook_poster.app.state.runtime.engine
    suspend = adapt(load(webhook_examples, "installation.created"), installation_id=INST) | {"action": "suspend"}
    await webhook_poster.post("installation", suspend, delivery_id="d-suspend")
    await webhook_poster.settle()
    with session_scope(engine) as session:
        assert session.get(AppInstallation, INST).suspended is True  # type: ignore[union-attr]
    org.reset_calls()
    unsuspend = adapt(load(webhook_examples, "installation.created"), installation_id=INST) | {"action": "unsuspend"}
    await webhook_poster.post("installation", unsuspend, delivery_id="d-unsuspend")
    await webhook_poster.settle()
    with session_scope(engine) as session:
        assert session.get(AppInstallation, INST).suspended is False  # type: ignore[union-attr]
    assert [(c.path, c.status) for c in org.calls("GET /repos/{owner}/{repo}")] == [("/repos/octo-org/bounded", 304)]
    deleted = adapt(load(webhook_examples, "installation.deleted"), installation_id=INST)
    deleted["repositories"] = []
    await webhook_poster.post("installation", deleted, delivery_id="d-deleted")
    await webhook_poster.settle()
    assert _delivery(webhook_poster, "d-deleted") == (DeliveryState.DONE, None)
    with session_scope(engine) as session:
        assert session.get(AppInstallation, INST) is None
        assert session.exec(select(InstalledRepo)).all() == []
    assert _scanned(engine) == {}


async def test_repositories_added_and_removed(webhook_poster: WebhookPoster, webhook_examples: Path,
                                              org: FakeGitHub) -> None:
    added = adapt(load(webhook_examples, "installation_repositories.added"), installation_id=INST)
    added["repositories_added"] = [dict(added["repositories_added"][0], full_name="octo-org/flask-login",
                                        name="flask-login", id=org.repo("octo-org", "flask-login").id)]
    await webhook_poster.post("installation_repositories", added, delivery_id="d-added")
    await webhook_poster.settle()
    engine = webhook_poster.app.state.runtime.engine
    assert list(_scanned(engine)) == ["octo-org/flask-login"]
    removed = adapt(load(webhook_examples, "installation_repositories.removed"), installation_id=INST)
    removed["repositories_removed"] = [dict(removed["repositories_removed"][0], full_name="octo-org/flask-login",
                                            name="flask-login")]
    await webhook_poster.post("installation_repositories", removed, delivery_id="d-removed")
    await webhook_poster.settle()
    assert _delivery(webhook_poster, "d-removed") == (DeliveryState.DONE, None)
    assert _scanned(engine) == {}


async def test_repository_404_is_recorded_on_the_repository(
    webhook_poster: WebhookPoster, webhook_examples: Path, org: FakeGitHub,
) -> None:
    added = adapt(load(webhook_examples, "installation_repositories.added"), installation_id=INST)
    added["repositories_added"] = [dict(added["repositories_added"][0], full_name="octo-org/ghost", name="ghost")]
    await webhook_poster.post("installation_repositories", added, delivery_id="d-ghost")
    await webhook_poster.settle()
    engine = webhook_poster.app.state.runtime.engine
    assert _delivery(webhook_poster, "d-ghost") == (DeliveryState.DONE, None)
    with session_scope(engine) as session:
        ghost = session.get(InstalledRepo, "octo-org/ghost")
    assert ghost is not None and ghost.last_error == "GET /repos/octo-org/ghost: 404 Not Found"
    assert _scanned(engine) == {}
    org.add_repo("octo-org", "ghost", files=BOUNDED, installation=INST)
    await webhook_poster.post("installation_repositories", added, delivery_id="d-ghost-again")
    await webhook_poster.settle()
    assert _scanned(engine) == {"octo-org/ghost": org.branch_sha("octo-org", "ghost")}


async def test_failed_delivery_is_recorded_then_redelivery_succeeds(
    webhook_poster: WebhookPoster, webhook_examples: Path, org: FakeGitHub,
) -> None:
    org.fail("GET", r"/repos/octo-org/bounded$", 500, times=10)
    payload = _installation_created(webhook_examples, org, ["bounded"])
    await webhook_poster.post("installation", payload, delivery_id="d-500")
    await webhook_poster.settle()
    state, error = _delivery(webhook_poster, "d-500")
    assert state == DeliveryState.FAILED
    assert error == ("ReleaseWatchError: rescan failed for octo-org/bounded: "
                     "GET /repos/octo-org/bounded: 500 Scripted failure")
    org.faults.clear()
    await webhook_poster.post("installation", payload, delivery_id="d-500")
    await webhook_poster.settle()
    row = deliveries.get(webhook_poster.app.state.runtime.engine, "d-500")
    assert row is not None and (row.state, row.attempts, row.error) == (DeliveryState.DONE, 2, None)
    assert list(_scanned(webhook_poster.app.state.runtime.engine)) == ["octo-org/bounded"]


def _push(examples: Path, fake: FakeGitHub, repo: str, ref: str, paths: list[str]) -> dict[str, Any]:
    # The real example deletes a tag (no commits); a branch push needs a ref, `deleted: false` and commit file
    # lists shaped like GitHub's (only these, the ids and the names differ from the recorded payload).
    payload = adapt(load(examples, "push"), installation_id=INST, repo=fake.repo("octo-org", repo))
    payload["repository"]["default_branch"] = "main"
    payload["ref"], payload["deleted"], payload["created"] = ref, False, False
    payload["commits"] = [{"id": "0" * 40, "added": [], "removed": [], "modified": paths}] if paths else []
    return payload


@pytest.mark.parametrize(
    ("ref", "paths", "rescans"),
    [
        ("refs/heads/main", ["requirements.txt"], True),
        ("refs/heads/main", ["flask_login/utils.py"], True),
        ("refs/heads/main", ["README.md"], False),
        ("refs/heads/feature", ["requirements.txt"], False),
        ("refs/tags/simple-tag", [], False),
    ],
    ids=["deps-on-default", "python-on-default", "docs-only", "other-branch", "tag"],
)
async def test_push_rescans_only_when_it_matters(webhook_poster: WebhookPoster, webhook_examples: Path,
                                                 org: FakeGitHub, ref: str, paths: list[str], rescans: bool) -> None:
    org.push("octo-org", "flask-login", {"requirements.txt": "Flask>=1.0.4\nWerkzeug>=1.0.1,<3\n"})
    await webhook_poster.post("push", _push(webhook_examples, org, "flask-login", ref, paths), delivery_id="d-push")
    await webhook_poster.settle()
    assert _delivery(webhook_poster, "d-push") == (DeliveryState.DONE, None)
    expected = {"octo-org/flask-login": org.branch_sha("octo-org", "flask-login")} if rescans else {}
    assert _scanned(webhook_poster.app.state.runtime.engine) == expected
    assert len(org.calls(TREE)) == (1 if rescans else 0)


def test_real_push_example_is_a_tag_push_and_ignored(webhook_examples: Path) -> None:
    assert needs_rescan(load(webhook_examples, "push")) is False


def _comment(examples: Path, fake: FakeGitHub, body: str, sender: str, comment_id: int = 777) -> dict[str, Any]:
    payload = adapt(load(examples, "issue_comment.created"), installation_id=INST,
                    repo=fake.repo("octo-org", "flask-login"), sender=sender)
    payload["comment"] = dict(payload["comment"], body=body, id=comment_id)
    payload["comment"]["user"] = dict(payload["comment"]["user"], login=sender)
    return payload


@pytest.fixture
def our_issue(org: FakeGitHub) -> int:
    item = org.add_issue("octo-org", "flask-login", "Werkzeug 3.0.0 removes APIs this repository uses",
                         author="release-watch[bot]", author_type="Bot")
    assert item.number == 1  # the recorded payload's issue number
    return item.number


async def test_command_from_non_collaborator_is_refused_once(webhook_poster: WebhookPoster, webhook_examples: Path,
                                                             org: FakeGitHub, our_issue: int) -> None:
    payload = _comment(webhook_examples, org, "@release-watch ignore werkzeug", sender="drive-by")
    await webhook_poster.post("issue_comment", payload, delivery_id="d-refuse")
    await webhook_poster.settle()
    comments = org.repo("octo-org", "flask-login").items[our_issue].comments
    assert [c.body for c in comments] == [REFUSAL.format(login="drive-by") + "\n\n<!-- release-watch:reply-to:777 -->"]
    with session_scope(webhook_poster.app.state.runtime.engine) as session:
        assert session.exec(select(IgnoredPackage)).all() == []
    # the same delivery, failed and redelivered, does not answer twice
    deliveries.finish(webhook_poster.app.state.runtime.engine, "d-refuse", "simulated crash")
    await webhook_poster.post("issue_comment", payload, delivery_id="d-refuse")
    await webhook_poster.settle()
    assert len(comments) == 1


@pytest.mark.parametrize("role", ["write", "maintain", "admin"])
async def test_ignore_command_from_writer(webhook_poster: WebhookPoster, webhook_examples: Path, org: FakeGitHub,
                                          our_issue: int, role: str) -> None:
    org.set_permission("octo-org", "flask-login", "maintainer", role)
    payload = _comment(webhook_examples, org, "Thanks!\n@release-watch ignore Werkzeug 3.0", sender="maintainer")
    await webhook_poster.post("issue_comment", payload, delivery_id="d-ignore")
    await webhook_poster.settle()
    assert _delivery(webhook_poster, "d-ignore") == (DeliveryState.DONE, None)
    with session_scope(webhook_poster.app.state.runtime.engine) as session:
        rows = [(r.repo, r.package, r.version) for r in session.exec(select(IgnoredPackage)).all()]
    assert rows == [("octo-org/flask-login", "werkzeug", "3.0")]
    assert [c.body.splitlines()[0] for c in org.repo("octo-org", "flask-login").items[our_issue].comments] == [
        "Done: I will not report werkzeug 3.0 in this repository."]


async def test_triage_role_is_not_enough(webhook_poster: WebhookPoster, webhook_examples: Path, org: FakeGitHub,
                                         our_issue: int) -> None:
    org.set_permission("octo-org", "flask-login", "helper", "triage")
    await webhook_poster.post("issue_comment", _comment(webhook_examples, org, "@release-watch recheck", "helper"))
    await webhook_poster.settle()
    assert org.repo("octo-org", "flask-login").items[our_issue].comments[0].body.startswith("Thanks @helper! Only")
    assert _scanned(webhook_poster.app.state.runtime.engine) == {}


async def test_recheck_command_rescans(webhook_poster: WebhookPoster, webhook_examples: Path, org: FakeGitHub,
                                       our_issue: int) -> None:
    await webhook_poster.post("issue_comment", _comment(webhook_examples, org, "@release-watch recheck", "octo-org"))
    await webhook_poster.settle()
    assert list(_scanned(webhook_poster.app.state.runtime.engine)) == ["octo-org/flask-login"]
    assert org.repo("octo-org", "flask-login").items[our_issue].comments == []


async def test_comments_without_commands_or_from_bots_cost_nothing(
    webhook_poster: WebhookPoster, webhook_examples: Path, org: FakeGitHub, our_issue: int,
) -> None:
    await webhook_poster.post("issue_comment", _comment(webhook_examples, org, "LGTM", "octo-org"))
    bot = _comment(webhook_examples, org, "@release-watch recheck", "release-watch[bot]")
    bot["sender"]["type"] = "Bot"
    await webhook_poster.post("issue_comment", bot)
    await webhook_poster.settle()
    assert org.log == []


async def test_refusal_survives_secondary_rate_limit_and_expired_token(
    webhook_poster: WebhookPoster, webhook_examples: Path, org: FakeGitHub, our_issue: int,
) -> None:
    await webhook_poster.post("issue_comment", _comment(webhook_examples, org, "@release-watch pin", "someone"))
    await webhook_poster.settle()
    org.expire_tokens()
    org.fail_secondary_rate_limit("POST", r"/issues/1/comments$", retry_after=1)
    await webhook_poster.post("issue_comment", _comment(webhook_examples, org, "@release-watch pin", "other", 778),
                              delivery_id="d-limited")
    await webhook_poster.settle()
    assert _delivery(webhook_poster, "d-limited") == (DeliveryState.DONE, None)
    bodies = [c.body.splitlines()[0] for c in org.repo("octo-org", "flask-login").items[our_issue].comments]
    assert bodies == [REFUSAL.format(login="someone"), REFUSAL.format(login="other")]
    assert [c.status for c in org.calls(COMMENTS)] == [201, 403, 201]


async def test_422_on_create_fails_delivery_then_redelivery_answers_once(
    webhook_poster: WebhookPoster, webhook_examples: Path, org: FakeGitHub, our_issue: int,
) -> None:
    org.fail("POST", r"/issues/1/comments$", 422, message="Validation Failed")
    payload = _comment(webhook_examples, org, "@release-watch frobnicate", "octo-org")
    await webhook_poster.post("issue_comment", payload, delivery_id="d-422")
    await webhook_poster.settle()
    state, error = _delivery(webhook_poster, "d-422")
    assert state == DeliveryState.FAILED and error is not None and "422" in error
    assert org.repo("octo-org", "flask-login").items[our_issue].comments == []
    await webhook_poster.post("issue_comment", payload, delivery_id="d-422")
    await webhook_poster.settle()
    comments = org.repo("octo-org", "flask-login").items[our_issue].comments
    assert [c.body.split(". I understand")[0] for c in comments] == [
        "Sorry, I could not follow that: unknown command `frobnicate`"]
    assert _delivery(webhook_poster, "d-422") == (DeliveryState.DONE, None)


def _closed(examples: Path, fake: FakeGitHub, sender: str, sender_type: str = "User") -> dict[str, Any]:
    # No real `issues.closed` example exists (see webhooks/README.md): built from issues.reopened by
    # setting action, state, state_reason and closed_at as GitHub documents for a closed issue.
    payload = adapt(load(examples, "issues.reopened"), installation_id=INST,
                    repo=fake.repo("octo-org", "flask-login"), sender=sender)
    payload["action"] = "closed"
    payload["sender"]["type"] = sender_type
    payload["issue"] = dict(payload["issue"], number=1, state="closed", state_reason="not_planned",
                            closed_at="2026-11-24T04:00:00Z")
    payload["issue"]["user"] = dict(payload["issue"]["user"], login="release-watch[bot]", type="Bot")
    return payload


def _finding(engine: Any) -> None:
    with session_scope(engine) as session:
        session.add(Action(key="octo-org/flask-login:werkzeug==3.0.0", kind=ActionKind.FINDING,
                           repo="octo-org/flask-login", installation_id=INST, package="werkzeug", version="3.0.0",
                           state=ActionState.SENT, issue_number=1))


def _finding_state(engine: Any) -> ActionState:
    with session_scope(engine) as session:
        return session.exec(select(Action)).one().state


@pytest.mark.parametrize(
    ("sender", "sender_type", "expected"),
    [("maintainer", "User", ActionState.DISMISSED), ("release-watch[bot]", "Bot", ActionState.SENT)],
    ids=["person", "the-bot-itself"],
)
async def test_issue_closed_by_a_person_is_a_dismissal(
    webhook_poster: WebhookPoster, webhook_examples: Path, org: FakeGitHub, our_issue: int,
    sender: str, sender_type: str, expected: ActionState,
) -> None:
    engine = webhook_poster.app.state.runtime.engine
    _finding(engine)
    await webhook_poster.post("issues", _closed(webhook_examples, org, sender, sender_type), delivery_id="d-closed")
    await webhook_poster.settle()
    assert _delivery(webhook_poster, "d-closed") == (DeliveryState.DONE, None)
    assert _finding_state(engine) == expected


async def test_real_reopened_example_changes_nothing(webhook_poster: WebhookPoster, webhook_examples: Path,
                                                     org: FakeGitHub) -> None:
    engine = webhook_poster.app.state.runtime.engine
    _finding(engine)
    payload = adapt(load(webhook_examples, "issues.reopened"), installation_id=INST,
                    repo=org.repo("octo-org", "flask-login"))
    await webhook_poster.post("issues", payload, delivery_id="d-reopened")
    await webhook_poster.settle()
    assert _delivery(webhook_poster, "d-reopened") == (DeliveryState.DONE, None)
    assert _finding_state(engine) == ActionState.SENT
    assert org.log == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("@release-watch recheck", [Command("recheck")]),
        ("@Release-Watch  IGNORE Flask_Login 0.6.02", [Command("ignore", "flask-login", "0.6.2")]),
        ("@release-watch ignore werkzeug", [Command("ignore", "werkzeug", None)]),
        ("please\n@release-watch pin\nthanks", [Command("pin")]),
        ("> @release-watch pin\n```\n@release-watch recheck\n```", []),
        ("ping @release-watch recheck", []),
        ("@release-watch", [Command("", error="no command given")]),
        ("@release-watch ignore",
         [Command("ignore", error="`ignore` needs a package name and, optionally, a version")]),
        ("@release-watch ignore ../etc", [Command("ignore", error="`../etc` is not a valid package name")]),
        ("@release-watch ignore werkzeug three", [Command("ignore", error="`three` is not a valid version")]),
        ("@release-watch pin now", [Command("pin", error="`pin` takes no arguments")]),
        ("@release-watch-other recheck", []),
    ],
)
def test_parse_commands(body: str, expected: list[Command]) -> None:
    assert parse_commands(body, "release-watch") == expected
