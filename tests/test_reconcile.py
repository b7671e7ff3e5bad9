"""Every rule of the pure reconciler and of `next_github_ops`, on plain snapshots (no database, no GitHub)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from bot.changes import Change, ChangeKind, ObjectKind
from bot.findings.actions import ActionKind, ActionState, ActionView
from bot.findings.outcome import Finding, Flavour, Outcome, RequirementRef, Use
from bot.findings.reconcile import Scope, Store, config_error_key, reconcile, reconcile_config, refresh_text
from bot.findings.render import Rendered, marker
from bot.findings.repo_config import RepoConfig
from bot.findings.sync import (
    CloseIssue,
    ClosePull,
    CommentOnce,
    CreateIssue,
    EditIssue,
    IssueShown,
    Missing,
    RememberIssue,
    SetState,
    Shown,
    SyncPull,
    Wait,
    closing_text,
    issues_disabled,
    next_github_ops,
)

REPO = "Owner/Repo"
SCOPE = Scope(repo=REPO, installation_id=7, sha="b" * 40)
OLD_SHA = "a" * 40
TEXT = Rendered(title="Werkzeug 3.0.0 removes APIs", body="body <!-- release-watch:key=owner/repo:werkzeug==3.0.0 -->")
DECODE = Use(symbol="werkzeug.urls.url_decode", kind=ChangeKind.REMOVED, path="app.py", line=3)
QUOTE = Use(symbol="werkzeug.urls.url_quote", kind=ChangeKind.REMOVED, path="app.py", line=9)


def finding(version: str = "3.0.0", flavour: Flavour = Flavour.REMOVAL, uses: tuple[Use, ...] = (DECODE,)) -> Finding:
    kind = ChangeKind.DEPRECATED if flavour is Flavour.DEPRECATION else ChangeKind.REMOVED
    uses = tuple(u.model_copy(update={"kind": kind}) for u in uses)
    return Finding(
        repo=REPO, sha=SCOPE.sha, package="werkzeug", display_name="Werkzeug", version=version, flavour=flavour,
        requirement=RequirementRef(path="requirements.txt", line=1, text="Werkzeug>=2", specifier=">=2"), uses=uses,
        changes=tuple(Change(symbol=u.symbol, kind=kind, object=ObjectKind.FUNCTION) for u in uses),
    )


def stored(version: str = "3.0.0", flavour: Flavour = Flavour.REMOVAL, **kw: object) -> ActionView:
    """A finding action as stored earlier (its issue sent)."""
    f = finding(version, flavour, uses=kw.pop("uses", (DECODE,)))  # type: ignore[arg-type]
    base = ActionView(key=f"owner/repo:werkzeug=={version}", kind=ActionKind.FINDING, repo=REPO, installation_id=7,
                      id=1, package="werkzeug", version=version, flavour=flavour.value, state=ActionState.SENT,
                      sha=OLD_SHA, title=TEXT.title, body=TEXT.body, labels=("release-watch",),
                      finding_json=f.model_dump_json(), issue_number=12)
    return replace(base, **kw)  # type: ignore[arg-type]


DEFAULTS = RepoConfig()


def run(existing: list[ActionView], outcome: Outcome, config: RepoConfig = DEFAULTS,
        version: str = "3.0.0") -> list[Store]:
    text = TEXT if outcome.finding is not None else None
    return reconcile(existing, outcome, config, SCOPE, "werkzeug", version, text)


FOUND = Outcome(finding=finding())


def test_new_finding_opens_an_issue_with_the_configured_labels() -> None:
    [change] = run([], FOUND, RepoConfig(labels=("deps",), assignees=("ana",)))
    assert change.new and change.finding == FOUND.finding
    action = change.action
    assert (action.key, action.kind, action.repo, action.installation_id, action.sha) == (
        "owner/repo:werkzeug==3.0.0", ActionKind.FINDING, REPO, 7, SCOPE.sha)
    assert (action.title, action.body, action.labels, action.assignees) == (TEXT.title, TEXT.body, ("deps",), ("ana",))
    assert (action.want_open, action.want_issue, action.want_pr, action.state) == (
        True, True, False, ActionState.PENDING)


def test_a_deprecation_warning_is_labelled() -> None:
    [change] = run([], Outcome(finding=finding(flavour=Flavour.DEPRECATION)))
    assert change.action.labels[-1] == "deprecation" and change.action.flavour == "deprecation"


@pytest.mark.parametrize(("existing", "config", "expected"), [
    # found again with the same text: nothing to store
    (stored(), RepoConfig(), None),
    # the text moved (new risk, advisories, commit): updated in place, same key, sent again
    (stored(body="old body"), RepoConfig(), {"body": TEXT.body, "state": ActionState.PENDING, "sha": SCOPE.sha}),
    # the configuration now asks for a PR too: the row starts tracking it
    (stored(), RepoConfig.model_validate({"mode": "both"}), {"want_pr": True}),
    # a PR once asked for stays tracked even when the configuration no longer asks
    (stored(want_pr=True), RepoConfig(), None),
    # closed by us earlier, affected again: wanted open again
    (stored(want_open=False, closed_reason="unused"), RepoConfig(), {"want_open": True, "closed_reason": None}),
])
def test_found_again_updates_in_place(
    existing: ActionView, config: RepoConfig, expected: dict[str, object] | None
) -> None:
    changes = run([existing], FOUND, config)
    if expected is None:
        assert changes == []
        return
    [change] = changes
    assert not change.new and change.action.key == existing.key and change.finding == FOUND.finding
    assert {name: getattr(change.action, name) for name in expected} == expected


@pytest.mark.parametrize("outcome", [FOUND, Outcome(reason="unused"), Outcome(reason="bounded")])
def test_a_persons_close_is_respected(outcome: Outcome) -> None:
    assert run([stored(state=ActionState.DISMISSED)], outcome) == []


@pytest.mark.parametrize("reason", ["unused", "bounded", "not-watched"])
def test_close_when_no_longer_affected(reason: str) -> None:
    [change] = run([stored()], Outcome(reason=reason))
    assert (change.new, change.finding) == (False, None)
    assert (change.action.want_open, change.action.closed_reason, change.action.sha, change.action.state) == (
        False, reason, SCOPE.sha, ActionState.PENDING)


@pytest.mark.parametrize("existing", [
    [],  # never reported
    [stored(want_open=False, closed_reason="unused")],  # already closed
    [stored(kind=ActionKind.COMMENT)],  # a comment stays as sent
])
def test_nothing_to_close(existing: list[ActionView]) -> None:
    assert run(existing, Outcome(reason="unused")) == []


def test_a_later_release_comments_on_the_open_issue_with_only_the_new_uses() -> None:
    parent = stored("3.0.0", uses=(DECODE,))
    later = Outcome(finding=finding("3.1.0", uses=(DECODE, QUOTE)))
    [change] = run([parent], later, version="3.1.0")
    assert change.new and change.action.kind == ActionKind.COMMENT
    assert (change.action.key, change.action.parent_key) == ("owner/repo:werkzeug==3.1.0", parent.key)
    assert "url_quote" in change.action.body and "url_decode" not in change.action.body


@pytest.mark.parametrize(("parent", "opens"), [
    (stored("3.0.0", uses=(DECODE,)), False),  # the open issue already covers everything: nothing new
    (stored("3.0.0", state=ActionState.DISMISSED), True),  # the parent was closed by a person: a new issue
    (stored("3.0.0", want_open=False), True),  # the parent was closed by us
    (stored("2.3.0", flavour=Flavour.DEPRECATION, want_open=False), True),  # another flavour is not a parent
])
def test_no_comment_without_an_open_parent_of_the_same_flavour(parent: ActionView, opens: bool) -> None:
    changes = run([parent], Outcome(finding=finding("3.1.0")), version="3.1.0")
    assert [(c.new, c.action.kind) for c in changes] == ([(True, ActionKind.FINDING)] if opens else [])


def test_a_removal_supersedes_the_open_deprecation_warnings() -> None:
    warning = stored("2.3.0", flavour=Flavour.DEPRECATION, key="owner/repo:werkzeug==2.3.0", id=1)
    closed = stored("2.2.0", flavour=Flavour.DEPRECATION, key="owner/repo:werkzeug==2.2.0", id=2,
                    state=ActionState.DISMISSED)
    superseded, opened = run([warning, closed], FOUND)
    assert (superseded.new, superseded.action.key) == (False, warning.key)
    assert (superseded.action.want_open, superseded.action.closed_reason) == (False, "superseded")
    assert opened.new and opened.action.key == "owner/repo:werkzeug==3.0.0"


def test_a_deprecation_does_not_supersede() -> None:
    warning = stored("2.3.0", flavour=Flavour.DEPRECATION, key="owner/repo:werkzeug==2.3.0")
    changes = run([warning], Outcome(finding=finding("2.4.0", Flavour.DEPRECATION, uses=(QUOTE,))), version="2.4.0")
    assert [c.action.kind for c in changes] == [ActionKind.COMMENT]


NEW_TEXT = Rendered(title=TEXT.title, body=TEXT.body + "\n### Maintenance risk of this package: high")


@pytest.mark.parametrize(("action", "edited"), [
    (stored(), True),  # the package's risk or advisories moved: the open issue is edited in place
    (stored(body=NEW_TEXT.body), False),  # same text: nothing to send
    (stored(state=ActionState.DISMISSED), False),  # a person closed it: left alone
    (stored(want_open=False), False),  # closed by us: left alone
    (stored(kind=ActionKind.COMMENT), False),  # a comment is never edited
])
def test_refreshed_text_edits_the_open_issue_in_place(action: ActionView, edited: bool) -> None:
    change = refresh_text(action, NEW_TEXT)
    assert (change is not None) == edited
    if change is not None:
        assert (change.new, change.action.key, change.action.body, change.action.state) == (
            False, action.key, NEW_TEXT.body, ActionState.PENDING)


def config_action(error: str, **kw: object) -> ActionView:
    base = ActionView(key=config_error_key(REPO, error), kind=ActionKind.CONFIG_ERROR, repo=REPO, installation_id=7,
                      state=ActionState.SENT, issue_number=3)
    return replace(base, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(("existing", "error", "expected"), [
    ([], None, []),  # a valid file, nothing stored
    ([], "bad yaml", [("open", config_error_key(REPO, "bad yaml"))]),  # one issue per distinct error
    ([config_action("bad yaml")], "bad yaml", []),  # already stored: never twice
    ([config_action("bad yaml")], None, [("close", config_error_key(REPO, "bad yaml"))]),  # fixed: closed
    ([config_action("bad yaml")], "worse", [("open", config_error_key(REPO, "worse")),
                                           ("close", config_error_key(REPO, "bad yaml"))]),  # replaced
    ([config_action("bad yaml", state=ActionState.DISMISSED)], None, []),  # a person's close respected
    ([config_action("bad yaml", want_open=False)], None, []),  # closed already
])
def test_config_error_issue_opened_and_closed_when_fixed(
    existing: list[ActionView], error: str | None, expected: list[tuple[str, str]]
) -> None:
    changes = reconcile_config(existing, error, SCOPE)
    assert [("open" if c.new else "close", c.action.key) for c in changes] == expected
    for change in changes:
        if change.new:
            assert change.action.kind == ActionKind.CONFIG_ERROR and (error or "?") in change.action.body
            assert marker(change.action.key) in change.action.body and change.action.labels == ("release-watch",)
        else:
            assert (change.action.want_open, change.action.closed_reason) == (False, "config-fixed")


def test_the_config_error_key_is_lower_cased_and_distinct_per_error() -> None:
    assert config_error_key(REPO, "x").startswith("owner/repo:config:")
    assert config_error_key(REPO, "x") != config_error_key(REPO, "y")


OPEN = IssueShown(number=12, open=True, title=TEXT.title, body=TEXT.body)
CLOSED = IssueShown(number=12, open=False, title=TEXT.title, body=TEXT.body)
FRESH = stored(issue_number=None, state=ActionState.PENDING)
GONE_AWAY = stored(want_open=False, closed_reason="unused")


@pytest.mark.parametrize(("action", "shown", "ops"), [
    # no issue yet: open it
    (FRESH, Shown(), [CreateIssue(TEXT.title, TEXT.body, ("release-watch",), ())]),
    # found again by its marker (the database lost the number), text unchanged
    (FRESH, Shown(issue=OPEN), [RememberIssue(12)]),
    # stored text moved: edit in place
    (FRESH, Shown(issue=replace(OPEN, body="old")), [RememberIssue(12), EditIssue(12, TEXT.title, TEXT.body)]),
    # closed by a person: respected, never reopened
    (stored(), Shown(issue=CLOSED), [RememberIssue(12), SetState(ActionState.DISMISSED)]),
    (stored(), Shown(issue=Missing.GONE), [SetState(ActionState.DISMISSED)]),
    # no longer affected: explain, then close
    (GONE_AWAY, Shown(issue=OPEN), [RememberIssue(12), CommentOnce(12, marker("owner/repo:werkzeug==3.0.0#closed"),
                                                                   closing_text(GONE_AWAY)), CloseIssue(12)]),
    (GONE_AWAY, Shown(issue=CLOSED), [RememberIssue(12)]),  # already closed: nothing to say
    (GONE_AWAY, Shown(), []),  # never opened: nothing to open
    # a PR wanted: synced after the issue, linking it
    (stored(want_pr=True), Shown(issue=OPEN), [RememberIssue(12), SyncPull(link_issue=True)]),
    (stored(want_pr=True, want_issue=False, issue_number=None), Shown(), [SyncPull(link_issue=False)]),
    (stored(want_pr=True), Shown(issue=CLOSED), [RememberIssue(12), SetState(ActionState.DISMISSED)]),
    # no longer affected: the PR is closed too, with the same explanation
    (replace(GONE_AWAY, pr_number=20), Shown(issue=CLOSED, pull=IssueShown(number=20, open=True)),
     [RememberIssue(12), CommentOnce(20, marker("owner/repo:werkzeug==3.0.0#closed"), closing_text(GONE_AWAY)),
      ClosePull(20)]),
    (replace(GONE_AWAY, pr_number=20), Shown(issue=CLOSED, pull=IssueShown(number=20, open=False)),
     [RememberIssue(12)]),  # merged or closed by a person
])
def test_next_github_ops_for_an_issue(action: ActionView, shown: Shown, ops: list[object]) -> None:
    assert next_github_ops(action, shown) == ops


COMMENT = stored("3.1.0", kind=ActionKind.COMMENT, key="owner/repo:werkzeug==3.1.0",
                 parent_key="owner/repo:werkzeug==3.0.0", body="new uses", issue_number=None,
                 state=ActionState.PENDING)


@pytest.mark.parametrize(("parent", "ops"), [
    (stored(), [CommentOnce(12, marker(COMMENT.key), "new uses"), RememberIssue(12)]),
    (stored(issue_number=None), [Wait()]),  # the parent issue is not open yet
    (stored(issue_number=None, want_issue=False, want_pr=True), [Wait()]),  # nor its PR
    (stored(issue_number=None, want_issue=False, want_pr=True, pr_number=30),  # PR mode: on the one PR
     [CommentOnce(30, marker(COMMENT.key), "new uses")]),
    (stored(state=ActionState.DISMISSED), [SetState(ActionState.DISMISSED)]),
    (stored(want_open=False), [SetState(ActionState.DISMISSED)]),
    (None, [SetState(ActionState.DISMISSED)]),
])
def test_next_github_ops_for_a_later_release_comment(parent: ActionView | None, ops: list[object]) -> None:
    assert next_github_ops(COMMENT, Shown(parent=parent)) == ops


@pytest.mark.parametrize(("want_pr", "state"), [(False, ActionState.DISMISSED), (True, ActionState.PENDING)])
def test_issues_disabled(want_pr: bool, state: ActionState) -> None:
    after = issues_disabled(stored(want_pr=want_pr, state=ActionState.PENDING))
    assert (after.want_issue, after.state) == (False, state)
