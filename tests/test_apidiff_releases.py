"""Acceptance: the diff engine on the real releases that broke the Flask world (pinned artifacts from PyPI)."""

from __future__ import annotations

from functools import lru_cache

import pytest

from bot.apidiff.diff import diff_surfaces, needs_history, with_deprecated_since
from bot.apidiff.history import deprecated_since
from bot.apidiff.model import Surface
from bot.apidiff.release import surface_of
from bot.changes import Change, ChangeKind, SignatureDelta
from tests.artifacts import PINS, unpacked_release

SURFACES_KEPT = 48
"""Pinned surfaces one test process keeps: a file's pairs and the history its deprecations walk (a few dozen) are
read once, while a worker running a thousand pinned releases holds only the latest (unbounded, one reached 9 GB)."""


@lru_cache(maxsize=SURFACES_KEPT)
def pinned_surface(package: str, version: str) -> Surface:
    return surface_of(unpacked_release(package, version), package, version)


def pinned_versions(package: str, up_to: str) -> list[str]:
    """The pinned final releases of a package up to `up_to`: the history the tests may walk."""
    from packaging.version import Version

    found = {v for (p, v, kind) in PINS if p == package and kind == "auto" and Version(v) <= Version(up_to)}
    return sorted(found, key=Version)


async def diff(package: str, old: str, new: str) -> dict[tuple[str, str], Change]:
    before, after = pinned_surface(package, old), pinned_surface(package, new)
    changes = diff_surfaces(before, after)

    async def load(version: str) -> Surface | None:
        return pinned_surface(package, version)

    since = await deprecated_since(needs_history(changes, before), pinned_versions(package, old), load)
    return {(c.kind.value, c.symbol): c for c in with_deprecated_since(changes, before, since.get)}


URLS_REMOVED = [
    ("werkzeug.urls.url_decode", "Use 'urllib.parse.parse_qs' instead"),
    ("werkzeug.urls.url_encode", "Use 'urllib.parse.urlencode' instead"),
    ("werkzeug.urls.url_quote", "Use 'urllib.parse.quote' instead"),
    ("werkzeug.urls.url_quote_plus", "Use 'urllib.parse.quote_plus' instead"),
    ("werkzeug.urls.url_unquote", "Use 'urllib.parse.unquote' instead"),
    ("werkzeug.urls.url_parse", "Use 'urllib.parse.urlsplit' instead"),
    ("werkzeug.urls.url_join", "Use 'urllib.parse.urljoin' instead"),
]


async def test_werkzeug_3_removes_the_url_helpers_deprecated_since_2_3_0() -> None:
    found = await diff("werkzeug", "2.3.8", "3.0.0")
    for symbol, hint in URLS_REMOVED:
        change = found[("removed", symbol)]
        assert (change.object.value, change.deprecated_since, change.hint) == ("function", "2.3.0", hint), symbol
    assert found[("removed", "werkzeug.urls.url_decode")].old_location.model_dump() == {"path": "werkzeug/urls.py", "line": 1077}
    iri = found[("signature_changed", "werkzeug.urls.iri_to_uri")]
    assert iri.signature.removed == iri.signature.deprecated_parameters == ("charset", "errors", "safe_conversion")
    assert iri.deprecated_since == "2.3.0"


async def test_werkzeug_2_3_0_deprecates_the_url_helpers() -> None:
    found = await diff("werkzeug", "2.2.3", "2.3.0")
    for symbol, hint in URLS_REMOVED:
        change = found[("deprecated", symbol)]
        assert (change.deprecated_since, change.hint) == ("2.3.0", hint), symbol
    assert not any(kind == "removed" and symbol.startswith("werkzeug.urls.") for kind, symbol in found)


async def test_flask_3_removes_the_context_stacks_served_by_getattr() -> None:
    found = await diff("flask", "2.3.3", "3.0.0")
    for symbol in ("flask._request_ctx_stack", "flask._app_ctx_stack"):
        change = found[("removed", symbol)]
        # deprecated in 2.2.0, which the pinned history holds (after 2.1.3, where it is not)
        assert (change.object.value, change.deprecated_since) == ("attribute", "2.2.0")
        assert change.old_location is not None and change.old_location.path == "flask/__init__.py"  # the shim
    assert found[("removed", "flask.Markup")].hint == "Import 'markupsafe.Markup' instead"
    # Flask and Blueprint members moved to flask/sansio (no __init__.py) are inherited, not removed
    assert not any(kind == "removed" and symbol in ("flask.Flask.route", "flask.Blueprint.route") for kind, symbol in found)
    assert [s for k, s in found if k == "removed" and s.startswith("flask.Flask.")] == ["flask.Flask.got_first_request"]


async def test_flask_2_3_stops_reading_flask_env_and_drops_the_json_encoder_apis() -> None:
    found = await diff("flask", "2.2.5", "2.3.0")
    env = found[("env_var_removed", "env:FLASK_ENV")]
    assert (env.object.value, env.old_location.path) == ("env_var", "flask/app.py")
    for symbol in ("flask.json.JSONEncoder", "flask.json.JSONDecoder", "flask.Flask.json_encoder", "flask.Flask.json_decoder",
                   "flask.Blueprint.json_encoder", "flask.Blueprint.json_decoder"):
        assert ("removed", symbol) in found, symbol
    assert found[("removed", "flask.json.JSONEncoder")].deprecated_since == "2.2.0"  # the first pinned release warning
    dumps = found[("signature_changed", "flask.json.dumps")].signature
    assert (dumps.removed, dumps.absorbed_by_kwargs) == (("app",), ("app",))


async def test_flask_sqlalchemy_3_changes_get_engine() -> None:
    found = await diff("flask-sqlalchemy", "2.5.1", "3.0.0")
    assert found[("signature_changed", "flask_sqlalchemy.SQLAlchemy.get_engine")].signature == SignatureDelta(
        removed=("app",), renamed=(("bind", "bind_key"),), new_max_positional=1,
        old_signature="(app=..., bind=...)", new_signature="(bind_key=...)",
    )
    # 3.0 still serves the old top-level names through a table-driven __getattr__: deprecated, not removed,
    # and compared member by member with the classes they now point to
    for name in ("Model", "Pagination", "BaseQuery", "SignallingSession", "get_debug_queries", "models_committed"):
        assert ("removed", f"flask_sqlalchemy.{name}") not in found
        assert ("deprecated", f"flask_sqlalchemy.{name}") in found
    paginate = found[("signature_changed", "flask_sqlalchemy.BaseQuery.paginate")].signature
    assert paginate.made_keyword_only == ("page", "per_page", "error_out", "max_per_page")


@pytest.mark.parametrize(("package", "old", "new", "removed", "since"), [
    # deprecated in 2.0.0, the earliest pinned release that warns (2.0.1 before 2.0.0 was pinned)
    ("markupsafe", "2.0.1", "2.1.0", {"markupsafe.soft_unicode"}, {"markupsafe.soft_unicode": "2.0.0"}),
    ("itsdangerous", "2.0.1", "2.1.0",
     {"itsdangerous.TimedJSONWebSignatureSerializer", "itsdangerous.JSONWebSignatureSerializer", "itsdangerous.json",
      "itsdangerous.jws", "itsdangerous._json.DeprecatedJSON"},
     # deprecated in 2.0.0 (the earliest pinned release that warns)
     {"itsdangerous.JSONWebSignatureSerializer": "2.0.0", "itsdangerous.TimedJSONWebSignatureSerializer": "2.0.0"}),
])
async def test_removals(package: str, old: str, new: str, removed: set[str], since: dict[str, str]) -> None:
    found = await diff(package, old, new)
    assert {symbol for kind, symbol in found if kind == "removed"} == removed
    assert {s: found[("removed", s)].deprecated_since for s in since} == since


async def test_markupsafe_hint_names_the_rename() -> None:
    found = await diff("markupsafe", "2.0.1", "2.1.0")
    assert found[("removed", "markupsafe.soft_unicode")].hint == "'soft_unicode' has been renamed to 'soft_str'"


@pytest.mark.parametrize(("package", "old", "new"), [("werkzeug", "2.3.7", "2.3.8"), ("flask", "2.2.2", "2.2.5")])
async def test_patch_release_without_removals(package: str, old: str, new: str) -> None:
    found = await diff(package, old, new)
    assert [key for key in found if key[0] in (ChangeKind.REMOVED, ChangeKind.SIGNATURE_CHANGED)] == []


def test_surfaces_have_no_unanalysed_modules() -> None:
    for package, version in [("werkzeug", "3.0.0"), ("flask", "3.0.0"), ("markupsafe", "2.0.1")]:
        assert pinned_surface(package, version).problems == ()
