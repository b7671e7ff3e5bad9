"""Claims about parameters whose keyword falls into `**kwargs`: no rename of an option the new `**kwargs` still
binds, and "keyword-only" only for a keyword something still takes by that name."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

CHANGED = "signature_changed"

# -- an option the old body read out of `**kwargs`, "renamed" to another the new body reads, while the new
# `**kwargs` still binds the old keyword (neo4j 6's `Driver.session(**config)`, which hands `config` on whole) --

_OPTION = (
    "import warnings\n\n"
    "def _read(config):\n    return dict(config)\n\n"
    "def session(**config):\n"
    "    if {key!r} in config:\n"
    "        warnings.warn('{key} is a preview')\n"
    "    return _read(config)\n"
)


def test_an_option_read_from_kwargs_still_bound_by_the_new_kwargs_is_no_rename(tmp_path: Path) -> None:
    old = {"demo/__init__.py": _OPTION.format(key="notifications_disabled_classifications")}
    new = {"demo/__init__.py": _OPTION.format(key="notifications_disabled_categories")}
    found = diffed(tmp_path, old, new)
    change = found.get((CHANGED, "demo.session"))
    assert change is None or "renamed" not in change.detail, change.detail


def test_an_option_the_new_kwargs_hands_to_a_callable_refusing_it_stays_a_rename(tmp_path: Path) -> None:
    # the new `**config` goes on to a callable taking only the new keyword: the old one raises TypeError there
    handed = (
        "import warnings\n\n"
        "def _read({key}=None):\n    return {key}\n\n"
        "def session(**config):\n"
        "    if {key!r} in config:\n"
        "        warnings.warn('{key} is a preview')\n"
        "    return _read(**config)\n"
    )
    old = {"demo/__init__.py": handed.format(key="notifications_disabled_classifications")}
    new = {"demo/__init__.py": handed.format(key="notifications_disabled_categories")}
    change = diffed(tmp_path, old, new)[(CHANGED, "demo.session")]
    assert "'notifications_disabled_classifications' renamed to 'notifications_disabled_categories'" in change.detail


def test_neo4j_6_session_still_takes_the_notification_classifications_keyword() -> None:
    found = changes("neo4j", "5.28.8", "6.4.1")
    for symbol in ("neo4j.Driver.session", "neo4j.AsyncDriver.session"):
        change = found.get((CHANGED, symbol))
        assert change is None or "renamed" not in change.detail, change.detail
        # the key it now warns about is still claimed, as a deprecation
        assert ("deprecated", symbol) in found


# -- a named parameter removed whose keyword falls into a `**kwargs` bound whole, while another parameter takes its
# positional slot (sanic 23.3's `Unauthorized(message, scheme=None, **challenges)` lost `status_code`) --

_SLOT_OLD = "def refuse(message, status_code=None, scheme=None, **challenges):\n    return {sink}\n"
_SLOT_NEW = "def refuse(message, scheme=None, **challenges):\n    return {sink}\n"


def test_a_parameter_whose_slot_is_taken_and_keyword_is_bound_whole_is_removed_not_keyword_only(
    tmp_path: Path,
) -> None:
    sink = "scheme, sorted(challenges.items())"
    old, new = {"demo/__init__.py": _SLOT_OLD.format(sink=sink)}, {"demo/__init__.py": _SLOT_NEW.format(sink=sink)}
    change = diffed(tmp_path, old, new)[(CHANGED, "demo.refuse")]
    assert "keyword-only" not in change.detail
    assert "parameter 'status_code' removed (now swallowed by **kwargs)" in change.detail
    assert "**kwargs still binds 'status_code' but no code read takes it by that name" in change.detail
    assert change.breakages == ("param_absorbed_unverified",)


def test_a_parameter_whose_keyword_the_new_body_reads_by_name_is_still_keyword_only(tmp_path: Path) -> None:
    # the body reads `status_code` out of `**challenges`: it still exists by name, only positional callers lost it
    sink = "scheme, challenges.get('status_code')"
    old, new = {"demo/__init__.py": _SLOT_OLD.format(sink=sink)}, {"demo/__init__.py": _SLOT_NEW.format(sink=sink)}
    change = diffed(tmp_path, old, new)[(CHANGED, "demo.refuse")]
    assert "parameter 'status_code' is now keyword-only" in change.detail
    assert "removed" not in change.detail


def test_a_parameter_handed_on_by_kwargs_to_a_callable_naming_it_is_still_keyword_only(tmp_path: Path) -> None:
    callee = "def _build(scheme, status_code=None):\n    return scheme, status_code\n\n"
    old = {"demo/__init__.py": callee + _SLOT_OLD.format(sink="_build(scheme, status_code=status_code)")}
    new = {"demo/__init__.py": callee + _SLOT_NEW.format(sink="_build(scheme, **challenges)")}
    change = diffed(tmp_path, old, new)[(CHANGED, "demo.refuse")]
    assert "parameter 'status_code' is now keyword-only" in change.detail


def test_sanic_23_3_unauthorized_lost_status_code_to_its_challenges() -> None:
    change = changes("sanic", "22.12.0", "23.3.0")[(CHANGED, "sanic.exceptions.Unauthorized")]
    assert "keyword-only" not in change.detail
    assert "parameter 'status_code' removed (now swallowed by **kwargs)" in change.detail
    assert "param_absorbed_unverified" in change.breakages


def test_lightgbm_4_booster_predict_lost_is_reshape_to_the_predictor_parameters() -> None:
    # `validate_features` holds the old slot of `is_reshape`; `**kwargs` becomes the native predictor's parameters
    found = changes("lightgbm", "3.3.5", "4.0.0")
    change = found[(CHANGED, "lightgbm.Booster.predict")]
    assert "parameter 'is_reshape' removed (now swallowed by **kwargs)" in change.detail
    assert "keyword-only" not in change.detail
    assert "param_absorbed_unverified" in change.breakages
    for name in ("LGBMClassifier", "LGBMRegressor"):  # `silent` handed on unfollowed: removed, lower confidence
        assert "parameter 'silent' removed" in found[(CHANGED, f"lightgbm.sklearn.{name}")].detail, name
