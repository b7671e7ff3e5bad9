"""Usage-finder classes found scanning real applications never scanned before (invenio-oauthclient, flask-profiler,
udata, ...): each on the real pinned release's changes and on synthetic siblings of the application side."""

from __future__ import annotations

import textwrap

from bot.changes import ReleaseDiff
from bot.usage import FlagIndex, Targets, find_usages
from tests.test_apidiff_trust import changes

WERKZEUG_1_0 = ("werkzeug", "0.16.1", "1.0.0")
WERKZEUG_3_0 = ("werkzeug", "2.3.8", "3.0.0")
FLASK_2_3 = ("flask", "2.2.5", "2.3.0")


def _diff(package: str, old: str, new: str) -> ReleaseDiff:
    return ReleaseDiff(package=package, old=old, new=new, changes=list(changes(package, old, new).values()))


def tree_uses(files: dict[str, str], path: str, *diffs: tuple[str, str, str]) -> list[tuple[int, str, str]]:
    """(line, symbol, confidence) of the uses in `path`, the other `files` of the tree readable through the index."""
    targets = Targets.from_diffs([_diff(*diff) for diff in diffs])
    encoded = {name: textwrap.dedent(text).encode() for name, text in files.items()}
    index = FlagIndex(list(encoded), encoded.get, targets.import_names)
    usages, warnings = find_usages(path, encoded[path], targets, index)
    assert warnings == []
    return [(u.line, u.symbol, u.confidence.value) for u in usages]


# invenio-oauthclient 2.0.1's invenio_oauthclient/_compat.py, called by ext.py when the package is imported
_SHIM = """\
import werkzeug


def monkey_patch_werkzeug():
    try:
        from werkzeug import cached_property
    except ImportError:
        werkzeug.cached_property = werkzeug.utils.cached_property
        werkzeug.url_quote = werkzeug.urls.url_quote
"""
# invenio_oauthclient/contrib/settings.py: loaded after the shim ran
_READER = """\
from werkzeug import cached_property


class Settings:
    @cached_property
    def name(self):
        return "x"
"""


def test_setting_a_removed_module_attribute_is_a_shim_not_a_use() -> None:
    found = tree_uses({"pkg/_compat.py": _SHIM}, "pkg/_compat.py", WERKZEUG_1_0, WERKZEUG_3_0)
    assert (8, "werkzeug.cached_property", "possible") in found
    assert (9, "werkzeug.url_quote", "possible") in found
    assert not [
        use for use in found if use[2] == "high" and use[1] in ("werkzeug.cached_property", "werkzeug.url_quote")
    ]
    # the value it copies is still read: Werkzeug 3.0 removed werkzeug.urls.url_quote, and the shim crashes there
    assert (9, "werkzeug.urls.url_quote", "high") in found


def test_the_trees_reads_of_a_name_its_shim_puts_back_are_only_possible() -> None:
    files = {"pkg/_compat.py": _SHIM, "pkg/contrib/settings.py": _READER}
    found = tree_uses(files, "pkg/contrib/settings.py", WERKZEUG_1_0)
    assert {(line, confidence) for line, symbol, confidence in found if symbol == "werkzeug.cached_property"} == {
        (1, "possible"),
        (5, "possible"),
    }


def test_a_shim_by_setattr_puts_the_name_back_too() -> None:
    shim = """\
        import werkzeug
        import werkzeug.utils
        setattr(werkzeug, "cached_property", werkzeug.utils.cached_property)
        """
    files = {"pkg/_compat.py": shim, "pkg/contrib/settings.py": _READER}
    found = tree_uses(files, "pkg/contrib/settings.py", WERKZEUG_1_0)
    assert (1, "werkzeug.cached_property", "possible") in found
    unrelated = shim.replace('"cached_property"', '"other_name"')
    found = tree_uses(
        {"pkg/_compat.py": unrelated, "pkg/contrib/settings.py": _READER}, "pkg/contrib/settings.py", WERKZEUG_1_0
    )
    assert (1, "werkzeug.cached_property", "high") in found


def test_without_the_shim_or_with_it_only_in_tests_the_reads_stay_uses() -> None:
    found = tree_uses({"pkg/contrib/settings.py": _READER}, "pkg/contrib/settings.py", WERKZEUG_1_0)
    assert (1, "werkzeug.cached_property", "high") in found
    files = {"tests/conftest.py": _SHIM, "pkg/contrib/settings.py": _READER}
    found = tree_uses(files, "pkg/contrib/settings.py", WERKZEUG_1_0)
    assert (1, "werkzeug.cached_property", "high") in found


def test_a_write_through_a_name_that_is_not_the_module_or_to_another_attribute_is_no_shim() -> None:
    # `werkzeug` rebound to something else than the module; and a shim for another name
    rebound = """\
        import werkzeug
        werkzeug = object()
        werkzeug.cached_property = property
        """
    other = """\
        import werkzeug
        werkzeug.secure_filename_compat = werkzeug.utils.secure_filename
        """
    for shim in (rebound, other):
        found = tree_uses({"pkg/_compat.py": shim, "pkg/settings.py": _READER}, "pkg/settings.py", WERKZEUG_1_0)
        assert (1, "werkzeug.cached_property", "high") in found


# flask-profiler 1.8.1 / invenio-oauthclient 2.0.1: init_app hands the app to another method of the extension
_EXTENSION = """\
from flask import Flask


class Profiler:
    def __init__(self, app=None):
        if app is not None:
            self.init_app(app)

    def init_app(self, app):
        self.init_config(app)
        self.other(app, app)

    def init_config(self, app):
        @app.before_first_request
        def warm():
            pass

    def other(self, first, app):
        first.before_first_request(print)
"""


def test_a_method_only_init_app_calls_with_its_app_gets_the_app() -> None:
    found = tree_uses({"ext.py": _EXTENSION}, "ext.py", FLASK_2_3)
    assert (14, "flask.Flask.before_first_request", "high") in found
    assert (19, "flask.Flask.before_first_request", "high") in found


def test_a_helper_also_called_elsewhere_or_with_another_object_is_not_typed() -> None:
    elsewhere = _EXTENSION + "\n    def reset(self):\n        self.init_config(self.fake)\n"
    found = tree_uses({"ext.py": elsewhere}, "ext.py", FLASK_2_3)
    assert (14, "flask.Flask.before_first_request", "high") not in found
    swapped = _EXTENSION.replace("self.init_config(app)", "self.init_config(self)")
    found = tree_uses({"ext.py": swapped}, "ext.py", FLASK_2_3)
    assert (14, "flask.Flask.before_first_request", "high") not in found
    rebound = _EXTENSION.replace(
        "        self.init_config(app)\n", "        app = app.wsgi_app\n        self.init_config(app)\n"
    )
    found = tree_uses({"ext.py": rebound}, "ext.py", FLASK_2_3)
    assert not [use for use in found if use[0] == 15 and use[2] == "high"]
    # no extension pattern (nothing calls init_app, nothing registers): no evidence for init_app's app either
    plain = _EXTENSION.replace("            self.init_app(app)", "            pass")
    found = tree_uses({"ext.py": plain}, "ext.py", FLASK_2_3)
    assert not [use for use in found if use[2] == "high"]


# Flask-Security 3.0.0's tests/conftest.py and webargs 8.2.0's tests/apps/flask_app.py: a deprecation used in tests
# is listed as "possible"; its reason must say why it is not counted, not only how it resolved
_CONFTEST = """\
from flask.json import JSONEncoder as BaseEncoder


class JSONEncoder(BaseEncoder):
    pass
"""


def test_a_listed_use_resolved_through_imports_says_it_is_in_tests_or_docs() -> None:
    from bot.findings.judge import judge

    diff = _diff("flask", "2.1.3", "2.2.0")
    targets = Targets.from_diffs([diff])
    reasons = []
    for path in ("tests/conftest.py", "docs/conf.py"):
        usages, _ = find_usages(path, _CONFTEST.encode(), targets)
        assert usages and {u.confidence.value for u in usages} == {"high"}
        listed = [r for r in judge(diff, [], usages).reasons if r.startswith("possible")]
        assert listed
        reasons.append(listed[0])
    assert reasons[0].startswith("possible (not counted: in tests; ")
    assert reasons[1].startswith("possible (not counted: in docs or examples; ")


# invenio-oauthclient 2.0.1's ext.py imports no flask (flask_login, flask_oauthlib only); its extension's init_app
# registers in app.extensions and hands the app to init_config, which uses `@app.before_first_request` (Flask 2.3)
_NO_FLASK_EXTENSION = """\
from flask_login import user_logged_out


class InvenioOAuthClient(object):
    def __init__(self, app=None):
        if app:
            self.init_app(app)

    def init_app(self, app):
        self.init_config(app)
        app.extensions["invenio-oauthclient"] = self

    def init_config(self, app):
        @app.before_first_request
        def override():
            pass
"""


def test_an_extension_module_importing_no_flask_still_types_its_app() -> None:
    found = tree_uses({"ext.py": _NO_FLASK_EXTENSION}, "ext.py", FLASK_2_3)
    assert (14, "flask.Flask.before_first_request", "high") in found


def test_without_the_registration_or_beside_another_framework_there_is_no_flask_app() -> None:
    unregistered = _NO_FLASK_EXTENSION.replace('        app.extensions["invenio-oauthclient"] = self\n', "")
    quart = "import quart\n" + _NO_FLASK_EXTENSION
    second = _NO_FLASK_EXTENSION + "\n\nclass Other:\n    def init_app(self, app):\n        self.app = app\n"
    for source in (unregistered, quart, second):
        found = tree_uses({"ext.py": source}, "ext.py", FLASK_2_3)
        assert not [use for use in found if use[2] == "high"]


# Flask-Menu 0.7.2's register_menu(app, ...): an app or a blueprint, told apart by the code itself
_MENU = """\
from flask import Blueprint


def register_menu(app, path):
    def menu_decorator(f):
        if isinstance(app, Blueprint):
            before_first_request = app.before_app_first_request
        else:
            before_first_request = app.before_first_request
        return before_first_request(f)
    return menu_decorator
"""


def test_isinstance_narrows_the_name_in_the_block_it_guards() -> None:
    found = tree_uses({"menu.py": _MENU}, "menu.py", FLASK_2_3)
    assert (7, "flask.Blueprint.before_app_first_request", "high") in found
    # the else branch says nothing about what `app` is
    assert not [use for use in found if use[0] == 9 and use[2] == "high"]
    # nor does an `or`; an `and` narrows as the test alone does
    anded = _MENU.replace("isinstance(app, Blueprint):", "isinstance(app, Blueprint) and path:")
    assert (7, "flask.Blueprint.before_app_first_request", "high") in tree_uses({"m.py": anded}, "m.py", FLASK_2_3)
    ored = _MENU.replace("isinstance(app, Blueprint):", "isinstance(app, Blueprint) or path:")
    assert not [use for use in tree_uses({"m.py": ored}, "m.py", FLASK_2_3) if use[2] == "high"]


def test_no_narrowing_by_a_tuple_a_rebinding_a_negation_or_a_local_isinstance() -> None:
    tuple_test = _MENU.replace("isinstance(app, Blueprint)", "isinstance(app, (Blueprint, object))")
    rebound = _MENU.replace(
        "            before_first_request = app.before_app_first_request\n",
        "            app = app.app\n            before_first_request = app.before_app_first_request\n",
    )
    negated = _MENU.replace("if isinstance(app, Blueprint):", "if not isinstance(app, Blueprint):")
    shadowed = "isinstance = lambda a, b: True\n" + _MENU
    for source in (tuple_test, rebound, negated, shadowed):
        found = tree_uses({"menu.py": source}, "menu.py", FLASK_2_3)
        assert not [use for use in found if use[2] == "high"], source
