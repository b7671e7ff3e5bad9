"""A parameter whose literal default changed (default26): flask 2.0's `send_file(conditional=False)` became `True`,
werkzeug 2.1's `append_slash_redirect(code=301)` became `308`, redis 6's `ssl_check_hostname=False` became `True`.
No call fails, so nothing was claimed; callers leaving the parameter out get another value. Claimed only between two
literal values of one type (not `None`, a name, a call; `1.` is `1.0`), for public parameters of public callables
whose signature is known; a call leaving it out is a possible use, never a verdict."""

from __future__ import annotations

from pathlib import Path

from bot.changes import ChangeKind, ReleaseDiff
from bot.findings.judge import judge
from bot.usage import Targets, find_usages
from bot.usage.model import Confidence
from tests.test_apidiff_catalogue import run
from tests.test_apidiff_review import synthetic
from tests.test_apidiff_trust import changes

# -- the real pairs --


def test_flask_2_send_file_conditional_now_defaults_to_true() -> None:
    found = changes("flask", "1.1.4", "2.0.0")
    change = found["signature_changed", "flask.send_file"]
    assert change.signature is not None
    assert ("conditional", "False", "True", 6) in change.signature.defaults_changed
    assert "parameter 'conditional' defaults to True where it defaulted to False" in change.detail
    assert change.breakage == "param_renamed"  # what fails comes first (`filename_or_fp` -> `path_or_file`, words68)
    assert "param_default_changed" in change.breakages


def test_werkzeug_2_1_append_slash_redirect_code_now_308() -> None:
    change = changes("werkzeug", "2.0.3", "2.1.0")["signature_changed", "werkzeug.utils.append_slash_redirect"]
    assert change.breakage == "param_default_changed"
    assert change.detail == "parameter 'code' defaults to 308 where it defaulted to 301"
    assert change.witness == (
        "import inspect\nfrom werkzeug.utils import append_slash_redirect\n"
        "assert inspect.signature(append_slash_redirect).parameters['code'].default == 301"
    )


def test_redis_6_ssl_check_hostname_now_true_on_the_connection_class() -> None:
    change = changes("redis", "5.2.1", "6.0.0")["signature_changed", "redis.connection.SSLConnection"]
    assert change.breakages == ("param_default_changed",)
    assert change.signature is not None
    assert [d[:3] for d in change.signature.defaults_changed] == [("ssl_check_hostname", "False", "True")]


# -- the class, and its siblings that must stay unclaimed --

_OLD = """\
DEFAULT = 5
_missing = object()

def f(x=1):
    return x

def spelled(a=1.0, b='a', c=0x10, d=0, e=(1, 'x'), f=-1):
    return a

def sentinels(a=None, b=False, c='utf-8', d=DEFAULT, e=_missing, f=dict(), g=..., sep='.', port=8000):
    return a

def private(_flag=False, *, strict=False):
    return strict

class Client:
    def __init__(self, timeout=10, *, verify=False):
        self.timeout = timeout

    def fetch(self, limit=100, order=('id',)):
        return limit

    def _raw(self, size=1):
        return size
"""
_NEW = """\
DEFAULT = 5
_missing = object()

def f(x=2):
    return x

def spelled(a=1., b="a", c=16, d=0.0, e=(1, "x"), f=-1):
    return a

def sentinels(a=1, b=None, c=None, d=7, e=None, f=dict(a=1), g=1, sep=b'.', port='8000'):
    return a

def private(_flag=True, *, strict=True):
    return strict

class Client:
    def __init__(self, timeout=10.0, *, verify=True):
        self.timeout = timeout

    def fetch(self, limit=200, order=('id', 'name')):
        return limit

    def _raw(self, size=2):
        return size
"""


def _defaults(tmp_path: Path, old: str, new: str) -> dict[str, list[tuple[str, str, str]]]:
    return {
        symbol: [d[:3] for d in change.signature.defaults_changed]
        for symbol, change in synthetic(tmp_path, old, new).items()
        if change.signature is not None and change.signature.defaults_changed
    }


def test_a_literal_default_whose_value_changed_is_claimed_and_nothing_else(tmp_path: Path) -> None:
    """Same values spelled otherwise, None on either side, names, calls, `...`, a type the body converts, a private
    parameter and a private method: no claim."""
    assert _defaults(tmp_path, _OLD, _NEW) == {
        "demo.f": [("x", "1", "2")],
        "demo.private": [("strict", "False", "True")],
        "demo.Client": [("verify", "False", "True")],
        "demo.Client.fetch": [("limit", "100", "200"), ("order", "('id',)", "('id', 'name')")],
    }


def test_the_kind_and_its_witness_on_the_synthetic_pair(tmp_path: Path) -> None:
    found = synthetic(tmp_path, "def f(x=1):\n    return x\n", "def f(x=2):\n    return x\n")
    change = found["demo.f"]
    assert change.breakages == ("param_default_changed",)
    for version, source in (("1.0", True), ("2.0", False)):
        root = tmp_path / version
        assert (run(change.witness, root).returncode == 0) is source, change.witness


def test_record_field_defaults_and_a_decorated_callable(tmp_path: Path) -> None:
    """A dataclass field's default, the `default=` of an attrs field, or a namedtuple's `defaults=` (the last fields'),
    is its constructor's; a decorator replacing the function hides its defaults."""
    head = "import attr, dataclasses\n\ndef wrap(fn):\n    return lambda *a, **k: fn(*a, **k)\n\n"
    body = (
        "@dataclasses.dataclass\nclass Options:\n    retries: int = {0}\n\n"
        "@attr.s\nclass Pool:\n    size = attr.ib(default={0})\n\n@wrap\ndef g(x={0}):\n    return x\n\n"
        "import collections\nPoint = collections.namedtuple('Point', 'x y z', defaults=({0}, 0))\n"
    )
    assert _defaults(tmp_path, head + body.format(3), head + body.format(5)) == {
        "demo.Options": [("retries", "3", "5")],
        "demo.Pool": [("size", "3", "5")],
        "demo.Point": [("y", "3", "5")],
    }


# -- the usage finder: a call leaving the parameter out is possible, never a verdict --


def test_calls_leaving_out_a_changed_default_are_possible_uses_only() -> None:
    diff = ReleaseDiff(
        package="werkzeug",
        old="2.0.3",
        new="2.1.0",
        changes=[changes("werkzeug", "2.0.3", "2.1.0")["signature_changed", "werkzeug.utils.append_slash_redirect"]],
    )
    source = (
        b"from werkzeug.utils import append_slash_redirect\n"
        b"append_slash_redirect(environ)\n"
        b"append_slash_redirect(environ, 301)\n"
        b"append_slash_redirect(environ, code=301)\n"
        b"append_slash_redirect(environ, **options)\n"
        b"append_slash_redirect(*args)\n"
    )
    found, _ = find_usages("app.py", source, Targets.from_diffs([diff]))
    assert [(u.line, u.confidence, u.counts) for u in found] == [(2, Confidence.POSSIBLE, False)]
    assert found[0].detail.startswith("leaves out 'code', which now defaults to 308 (was 301)")
    verdict = judge(diff, [], found)
    assert not verdict.at_risk and not verdict.breaking_uses and verdict.possible_uses == found
    # the reason says why it is not counted: the call's doubt, not how the name resolved
    assert verdict.reasons[-1] == f"possible (not counted: {found[0].detail}): werkzeug.utils.append_slash_redirect at app.py:2"
    assert found[0].change is ChangeKind.SIGNATURE_CHANGED
