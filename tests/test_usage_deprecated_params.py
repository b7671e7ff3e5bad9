"""Deprecated parameters at call sites (issue 11): passed by position (the slot the delta carries), and parameters
whose *omission* is what warns (`if auth_type is None: warn(...)`), where passing them is the way out."""

from __future__ import annotations

from pathlib import Path

from bot.apidiff.diff import diff_surfaces
from bot.apidiff.release import surface_of
from bot.changes import Change, ChangeKind, ObjectKind, ReleaseDiff, SignatureDelta
from bot.usage import Targets, find_usages
from tests.test_apidiff_catalogue import run
from tests.test_apidiff_core import surface, wheel
from tests.test_apidiff_trust import changes


def _uses(source: bytes, *changed: Change) -> list[tuple[int, str, str]]:
    diff = ReleaseDiff(package="demo", old="1.0", new="2.0", changes=list(changed))
    found, _ = find_usages("app.py", source, Targets.from_diffs([diff]))
    return [(u.line, u.form.value, u.detail) for u in found]


_SET_COOKIE = Change(
    symbol="demo.Response.set_cookie", kind=ChangeKind.DEPRECATED, object=ObjectKind.METHOD,
    signature=SignatureDelta(deprecated_parameters=("expires",), deprecated_slots=(("expires", 2),)),
)
_AUTH = Change(
    symbol="demo.Authenticate", kind=ChangeKind.DEPRECATED, object=ObjectKind.CLASS,
    signature=SignatureDelta(deprecated_parameters=("auth_type",), deprecated_omitted=("auth_type",),
                             deprecated_slots=(("auth_type", 0),)),
)


def test_a_deprecated_parameter_passed_by_position_is_a_use() -> None:
    source = (b"from demo import Response\nr = Response()\nr.set_cookie('k', 'v')\nr.set_cookie('k', 'v', 3)\n"
              b"Response.set_cookie(r, 'k', 'v', 3)\nResponse.set_cookie(r, 'k', 'v')\nr.set_cookie(*args)\n"
              b"r.set_cookie('k', 'v', expires=3)\n")
    assert _uses(source, _SET_COOKIE) == [
        (4, "call-positional", "argument 3 passes 'expires', which is deprecated"),
        (5, "call-positional", "argument 3 passes 'expires', which is deprecated"),  # explicit self: one more
        (8, "call-keyword", "keyword 'expires' is deprecated"),
    ]


def test_a_parameter_whose_omission_warns_is_used_by_calls_leaving_it_out() -> None:
    source = (b"from demo import Authenticate\nAuthenticate()\nAuthenticate('basic')\n"
              b"Authenticate(auth_type='digest')\nAuthenticate(**options)\nAuthenticate(values={})\n")
    assert _uses(source, _AUTH) == [
        (2, "call", "leaves out 'auth_type'; calls without it are deprecated"),
        (6, "call", "leaves out 'auth_type'; calls without it are deprecated"),
    ]


_WARNS = """\
import warnings
_missing = object()
no_default = object()

def connect(host, timeout=None, retries=None, *, verify=None, mode=None, name=no_default, key=_missing, pool=None):
    if timeout is not None:
        warnings.warn("timeout is deprecated", DeprecationWarning)
    if retries is None:
        warnings.warn("pass retries explicitly", DeprecationWarning)
    if not verify:
        warnings.warn("pass verify explicitly", DeprecationWarning)
    if mode is None:
        warnings.warn("pass mode", DeprecationWarning)
    elif mode == 'old':
        warnings.warn("mode 'old' is deprecated", DeprecationWarning)
    if name is None:
        warnings.warn("passing name=None is deprecated", DeprecationWarning)
    if key is _missing:
        warnings.warn("pass key", DeprecationWarning)
    if host is None:
        warnings.warn("host=None is deprecated", DeprecationWarning)
"""


def test_the_diff_tells_omission_from_passing_and_carries_the_slots(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "no_default = _missing = None\n"
           "def connect(host, timeout=None, retries=None, *, verify=None, mode=None, name=no_default, key=_missing,"
           " pool=None): ...\n"}
    found = diff_surfaces(surface(tmp_path, old, "1.0"), surface(tmp_path, {"demo/__init__.py": _WARNS}, "2.0"))
    delta = next(c.signature for c in found if c.symbol == "demo.connect")
    assert delta is not None
    assert set(delta.deprecated_parameters) == {"host", "timeout", "retries", "verify", "mode", "name", "key"}
    # `mode` warns both when left out and for one value: passing it is no way out; `name is None` is no omission
    # under another default (an explicit None warns), nor `host is None` of a required parameter
    assert set(delta.deprecated_omitted) == {"retries", "verify", "key"}
    assert dict(delta.deprecated_slots) == {"host": 0, "timeout": 1, "retries": 2}  # keyword-only: no slot
    change = next(c for c in found if c.symbol == "demo.connect")
    assert change.detail.endswith("(calls leaving out 'key', 'retries', 'verify' warn)")


def test_werkzeug_2_3_www_authenticate_warns_when_auth_type_is_left_out(tmp_path: Path) -> None:
    found = changes("werkzeug", "2.2.3", "2.3.0")
    auth = found[("deprecated", "werkzeug.datastructures.WWWAuthenticate")]
    assert auth.signature is not None and auth.signature.deprecated_omitted == ("auth_type",)
    assert auth.witness.endswith("WWWAuthenticate()")  # left out: the warning; passing it is the fix
    header = found[("deprecated", "werkzeug.http.dump_header")]
    assert header.signature is not None and header.signature.deprecated_slots == (("allow_token", 1),)
    assert header.signature.deprecated_omitted == ()
    source = (b"from werkzeug.datastructures import WWWAuthenticate\nfrom werkzeug.http import dump_header\n"
              b"WWWAuthenticate('basic')\nWWWAuthenticate()\ndump_header({}, False)\ndump_header({})\n")
    found_uses, _ = find_usages("app.py", source, Targets.from_diffs(
        [ReleaseDiff(package="werkzeug", old="2.2.3", new="2.3.0", changes=[auth, header])]))
    assert [(u.line, u.symbol) for u in found_uses] == [
        (4, "werkzeug.datastructures.WWWAuthenticate"), (5, "werkzeug.http.dump_header"),
    ]
    # the omission witness on a synthetic pair of that shape: quiet on old, warns (an error) on new
    shape = "class WWWAuthenticate:\n    def __init__(self, auth_type=None, values=None):\n{body}        self.t = auth_type\n"
    warns = "        if auth_type is None:\n            import warnings\n            warnings.warn('x', DeprecationWarning)\n"
    witness = "import warnings\nwarnings.simplefilter('error')\nfrom demo import WWWAuthenticate\nWWWAuthenticate()"
    old_root = wheel(tmp_path / "old", {"demo/__init__.py": shape.format(body="")})
    new_root = wheel(tmp_path / "new", {"demo/__init__.py": shape.format(body=warns)})
    new_change = diff_surfaces(surface_of(old_root, "demo", "1.0"), surface_of(new_root, "demo", "2.0"))
    assert [c.witness for c in new_change if c.kind is ChangeKind.DEPRECATED] == [witness]
    assert run(witness, old_root).returncode == 0 and run(witness, new_root).returncode != 0
