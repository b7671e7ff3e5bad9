"""Hooks and supplied callables the release now calls with more than their old form takes: claimed only with evidence
that the call reaches the method (on `self` by its class or an ancestor, or passing by keyword the very parameter the
method gained, which no other method so named took), never from a name shared with unrelated objects."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.apidiff.calls import UNKNOWN
from bot.apidiff.diff import diff_surfaces
from bot.changes import Change
from tests.test_apidiff_core import surface
from tests.test_apidiff_trust import changes

KINDS = ("hook_called_with_new_arguments", "callback_called_with_more_arguments")


def claims(tmp_path: Path, old: dict[str, str], new: dict[str, str]) -> dict[str, Change]:
    found = diff_surfaces(surface(tmp_path, old, "1.0"), surface(tmp_path, new, "2.0"))
    return {c.symbol: c for c in found if set(KINDS) & set(c.breakages)}


OPS_OLD = "class Operations:\n    def bounds(self, value):\n        return value\n"
OPS_NEW = "class Operations:\n    def bounds(self, value, iso_year=False):\n        return value\n"
LOOKUP_OLD = "def lookup(connection, value):\n    return connection.ops.bounds(value)\n"
LOOKUP_NEW = "def lookup(connection, value):\n    return connection.ops.bounds(value, iso_year=True)\n"


def test_a_keyword_the_method_gained_passed_anywhere_is_evidence(tmp_path: Path) -> None:
    found = claims(tmp_path, {"demo/__init__.py": OPS_OLD, "demo/lookups.py": LOOKUP_OLD},
                   {"demo/__init__.py": OPS_NEW, "demo/lookups.py": LOOKUP_NEW})
    change = found["demo.Operations.bounds"]
    assert change.breakage == "hook_called_with_new_arguments" and change.new_location is not None
    assert (change.new_location.path, change.new_location.line) == ("demo/lookups.py", 2)
    assert "keyword 'iso_year'" in change.detail and "a parameter the new release added" in change.detail


def test_a_keyword_another_method_so_named_already_took_is_no_evidence(tmp_path: Path) -> None:
    other = "class Calendar:\n    def bounds(self, value, iso_year=False):\n        return value\n"
    found = claims(tmp_path, {"demo/__init__.py": OPS_OLD + other, "demo/lookups.py": LOOKUP_OLD},
                   {"demo/__init__.py": OPS_NEW + other, "demo/lookups.py": LOOKUP_NEW})
    assert found == {}  # `connection.ops` may be a Calendar for all anyone can tell


def test_a_positional_call_on_another_receiver_is_no_evidence(tmp_path: Path) -> None:
    lookup = "def lookup(connection, value):\n    return connection.ops.bounds(value, True)\n"
    assert claims(tmp_path, {"demo/__init__.py": OPS_OLD, "demo/lookups.py": LOOKUP_OLD},
                  {"demo/__init__.py": OPS_NEW, "demo/lookups.py": lookup}) == {}


def test_builtin_method_names_on_other_receivers_are_never_read(tmp_path: Path) -> None:
    old = "class Cache:\n    def update(self, key):\n        pass\n\ndef merge(a, b):\n    a.update(b)\n"
    new = ("class Cache:\n    def update(self, key, value=None):\n        pass\n\n"
           "def merge(a, b):\n    a.update(b, value=1)\n")
    assert claims(tmp_path, {"demo/__init__.py": old}, {"demo/__init__.py": new}) == {}


def test_a_call_on_self_by_the_class_or_an_ancestor_is_evidence(tmp_path: Path) -> None:
    old = ("class Base:\n    def run(self, request):\n        return self.handle(request)\n\n"
           "class Handler(Base):\n    def handle(self, request):\n        pass\n")
    new = ("class Base:\n    def run(self, request):\n        return self.handle(request, None)\n\n"
           "class Handler(Base):\n    def handle(self, request, context=None):\n        pass\n")
    change = claims(tmp_path, {"demo/__init__.py": old}, {"demo/__init__.py": new})["demo.Handler.handle"]
    assert "2 positional arguments" in change.detail and "called on self by Base.run" in change.detail


def test_a_call_on_self_by_a_subclass_reaches_its_own_override(tmp_path: Path) -> None:
    old = ("class Base:\n    def handle(self, request):\n        pass\n\n"
           "class Special(Base):\n    def handle(self, request, extra):\n        pass\n\n"
           "    def run(self):\n        self.handle(1)\n")
    new = old.replace("self.handle(1)", "self.handle(1, 2)")
    assert claims(tmp_path, {"demo/__init__.py": old}, {"demo/__init__.py": new}) == {}


def test_a_call_the_old_release_already_made_is_nothing_new(tmp_path: Path) -> None:
    old = "class A:\n    def m(self, a, b=None):\n        pass\n\n    def run(self):\n        self.m(1, b=2)\n"
    new = "class A:\n    def m(self, a, b=None, c=None):\n        pass\n\n    def run(self):\n        self.m(1, b=2)\n"
    assert claims(tmp_path, {"demo/__init__.py": old}, {"demo/__init__.py": new}) == {}


RULE = ("class Rule:\n    def __init__(self, process_request=None):\n"
        "        self.process_request = process_request or _identity\n\n")
OLD_CALL = ("    def follow(self, request, response, argcount):\n"
            "        args = [request] if argcount == 1 else [request, response]\n"
            "        return self.process_request(*args)\n\n"
            "def _identity(request, response=None):\n    return request\n")
NEW_CALL = ("class Spider:\n    def follow(self, rule, request, response):\n"
            "        return rule.process_request(request, response)\n\n"
            "def _identity(request, response=None):\n    return request\n")


def test_a_supplied_callable_now_called_with_more_positional_arguments(tmp_path: Path) -> None:
    found = claims(tmp_path, {"demo/__init__.py": RULE + OLD_CALL}, {"demo/__init__.py": RULE + NEW_CALL})
    change = found["demo.Rule.process_request"]
    assert change.breakage == "callback_called_with_more_arguments"
    assert "now called with 2 positional arguments, where the old release passed at most 1" in change.detail
    # made by `Spider.follow` on a rule it was handed: no snippet reaches it through the old release, and calling
    # the callable as the new release does fails on the old one too (see `witness.call_witness`)
    assert change.witness == ""


def test_a_supplied_callable_called_with_an_unknown_number_before_is_no_claim(tmp_path: Path) -> None:
    unknown = OLD_CALL.replace("args = [request] if argcount == 1 else [request, response]", "args = make(argcount)")
    assert claims(tmp_path, {"demo/__init__.py": RULE + unknown}, {"demo/__init__.py": RULE + NEW_CALL}) == {}


def test_a_receiver_not_named_after_the_class_is_no_evidence(tmp_path: Path) -> None:
    other = NEW_CALL.replace("rule.process_request", "middleware.process_request")
    assert claims(tmp_path, {"demo/__init__.py": RULE + OLD_CALL}, {"demo/__init__.py": RULE + other}) == {}


def test_unknown_positional_counts_are_marked() -> None:
    import ast

    from bot.apidiff.calls import read_calls

    text = "def f(self, *args):\n    self.m(*args)\n    self.n(1, *[2, 3])\n"
    node = ast.parse(text).body[0]
    assert isinstance(node, ast.FunctionDef)
    assert sorted((c.name, c.positional) for c in read_calls(node, text.encode())) == [("m", UNKNOWN), ("n", UNKNOWN)]


# --- the real releases: every claim read against the sources ---

def _claimed(package: str, old: str, new: str, *deps: tuple[str, str]) -> dict[str, Change]:
    return {c.symbol: c for (_, _), c in changes(package, old, new, *deps).items() if set(KINDS) & set(c.breakages)}


def test_django_4_lookups_pass_iso_year_to_backends_operations() -> None:
    found = _claimed("django", "3.2.13", "4.0")
    base = "django.db.backends.base.operations.BaseDatabaseOperations"
    assert set(found) == {f"{base}.year_lookup_bounds_for_date_field", f"{base}.year_lookup_bounds_for_datetime_field",
                          "django.db.models.sql.Query.clear_ordering", "django.db.models.sql.Query.get_compiler",
                          "django.db.models.sql.subqueries.DeleteQuery.add_filter"}
    change = found[f"{base}.year_lookup_bounds_for_date_field"]
    assert change.new_location is not None and change.new_location.path == "django/db/models/lookups.py"
    assert "keyword 'iso_year'" in change.detail and "old signature (value)" in change.detail


def test_scrapy_2_4_calls_rule_process_request_with_the_response() -> None:
    found = _claimed("scrapy", "2.3.0", "2.4.0")
    assert found["scrapy.spiders.Rule.process_request"].breakage == "callback_called_with_more_arguments"
    pipelines = {"scrapy.pipelines.files.FilesPipeline.file_path", "scrapy.pipelines.files.FilesPipeline.file_downloaded",
                 "scrapy.pipelines.images.ImagesPipeline.file_path",
                 "scrapy.pipelines.images.ImagesPipeline.file_downloaded",
                 "scrapy.pipelines.images.ImagesPipeline.get_images",
                 "scrapy.pipelines.images.ImagesPipeline.image_downloaded"}
    assert set(found) == {"scrapy.spiders.Rule.process_request", *pipelines}  # 2.4 passes `item=` to them all
    assert all("keyword 'item'" in found[symbol].detail for symbol in pipelines)


@pytest.mark.parametrize(("pair", "expected"), [
    (("werkzeug", "2.2.3", "2.3.0"), {"werkzeug.wsgi.LimitedStream.on_disconnect"}),  # `self.on_disconnect(error=e)`
    (("itsdangerous", "1.1.0", "2.0.0"), {"itsdangerous.Signer.derive_key"}),  # `self.derive_key(secret_key)`
    (("werkzeug", "3.0.6", "3.1.0"), {"werkzeug.Response.set_cookie"}),  # `delete_cookie` passes `partitioned=`
    (("flask", "2.2.5", "2.3.0"), set()),
    (("flask", "2.3.3", "3.0.0"), set()),
    (("click", "8.0.4", "8.1.0"), set()),
])
def test_flask_ecosystem_claims_are_the_real_ones(pair: tuple[str, str, str], expected: set[str]) -> None:
    assert set(_claimed(*pair)) == expected
