"""A hook's witness is written only when a snippet reaches the release's call: made on `self` in the very body of
the method it calls. A call in a handler the method registers (flask-wtf 1.3's `CSRFProtect.init_app` registers
`csrf_protect`, which calls `self.protect(apply_exemptions=...)`), or on another receiver, is reached by no snippet
alone: the claim stands, without a witness that would fail on the old release too."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

HOOK = "hook_called_with_new_arguments"


def _hooks(found: dict) -> dict:  # type: ignore[type-arg]
    return {symbol: change for (_, symbol), change in found.items() if HOOK in change.breakages}


def test_flask_wtf_1_3s_protect_is_claimed_without_a_witness_through_init_app() -> None:
    hooks = _hooks(changes("flask-wtf", "1.2.2", "1.3.0"))
    protect = hooks["flask_wtf.CSRFProtect.protect"]
    assert "apply_exemptions" in protect.detail and protect.witness == ""
    # the sibling: `RecaptchaWidget.__call__` makes its call itself, so calling it reaches the override
    widget = hooks["flask_wtf.RecaptchaWidget.recaptcha_html"]
    assert "obj.__call__(field=None)" in widget.witness


OLD = """class Guard:
    def protect(self, view):
        return view

    def init_app(self, app):
        @app.before_request
        def check():
            return self.protect(view=None)
        return app

    def handle(self, request):
        return self.check(request)

    def check(self, request):
        return request

    def relay(self, other):
        return other.check(None)
"""

NEW = """class Guard:
    def protect(self, view, apply_exemptions=True):
        return view

    def init_app(self, app):
        @app.before_request
        def check():
            return self.protect(view=None, apply_exemptions=False)
        return app

    def handle(self, request):
        return self.check(request, strict=True)

    def check(self, request, strict=False):
        return request

    def relay(self, other):
        return other.check(None, strict=False)
"""


def test_a_call_in_a_registered_handler_has_no_witness_and_an_own_call_keeps_its(tmp_path: Path) -> None:
    hooks = _hooks(diffed(tmp_path, {"demo/__init__.py": OLD}, {"demo/__init__.py": NEW}))
    assert hooks["demo.Guard.protect"].witness == ""  # made by `check`, nested in `init_app`
    check = hooks["demo.Guard.check"].witness  # made by `handle` itself on `self`
    assert "def check(self, request):" in check and check.endswith("obj.handle(request=None)")
