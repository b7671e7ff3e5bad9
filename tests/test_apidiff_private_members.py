"""Private members of public classes (methods, class attributes, attributes the constructor sets on `self`): their
removal is claimed under the private kinds, with the care public removals get — nothing inherited (from a base of
the distribution or of another one), moved to `__slots__`, to a property, behind a class `__getattr__`, or still set
on instances by a method is reported; dunders and name-mangled `__x` members are never private members."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.apidiff.diff import diff_surfaces
from bot.apidiff.locate import find_modules
from bot.apidiff.model import Surface
from bot.apidiff.release import read_file, surface_of
from bot.apidiff.surface import build_surface
from bot.changes import Change, ReleaseDiff
from tests.artifacts import unpacked_release
from tests.test_apidiff_catalogue import build, run
from tests.test_apidiff_core import surface, wheel
from tests.test_apidiff_trust import changes


def diffed(tmp_path: Path, old: str, new: str, dependency: str = "") -> dict[str, Change]:
    deps = [surface_of(wheel(tmp_path / "dep", {"dep/__init__.py": dependency}), "dep", "1.0")] if dependency else []
    found = diff_surfaces(surface(tmp_path, {"demo/__init__.py": old}, "1.0"),
                          surface(tmp_path, {"demo/__init__.py": new}, "2.0"), deps)
    return {c.symbol: c for c in found if c.kind.value == "removed"}


OLD = """
class Client:
    _retries = 3

    def __init__(self):
        self._session = None
        self.setup()

    def setup(self):
        self._pool = []

    def _open(self):
        pass

    @property
    def _state(self):
        return 1

    def __repr__(self):
        return "c"

    def __secret(self):
        pass
"""


def test_private_members_removed_are_claimed_with_their_kinds(tmp_path: Path) -> None:
    found = diffed(tmp_path, OLD, "class Client:\n    def setup(self):\n        pass\n")
    assert {s: c.breakage for s, c in found.items()} == {
        "demo.Client._retries": "private_member_removed",
        "demo.Client._open": "private_member_removed",
        "demo.Client._state": "private_member_removed",
        "demo.Client._session": "private_instance_attribute_removed",
        "demo.Client._pool": "private_instance_attribute_removed",  # set by a method the constructor calls
    }  # `__repr__` falls back to object's; `__secret` is `_Client__secret`, which no one spells
    assert all(c.private for c in found.values())
    assert "private API, but dependents that use it break" in found["demo.Client._open"].detail
    assert found["demo.Client._pool"].witness.splitlines()[-1] == "obj._pool"


def test_members_moved_to_a_base_or_into_other_forms_are_not_removed(tmp_path: Path) -> None:
    new = """
class Base:
    _retries = 3

    def _open(self):
        pass

class Client(Base):
    __slots__ = ("_session", "__dict__")

    def __init__(self):
        object.__setattr__(self, "_pool", [])

    @property
    def _state(self):
        return 1

    def setup(self):
        pass

    def connect(self):
        self._session = object()  # set when used, no longer in the constructor
"""
    old = OLD.replace("    def __repr__", "    def connect(self):\n        pass\n\n    def __repr__")
    assert diffed(tmp_path, old, new) == {}


def test_members_a_class_getattr_may_serve_are_not_removed(tmp_path: Path) -> None:
    new = "class Client:\n    def setup(self):\n        pass\n\n    def __getattr__(self, name):\n        return getattr(self._impl, name)\n"
    assert diffed(tmp_path, OLD, new) == {}


def test_a_class_attribute_is_removed_even_when_a_method_sets_it_on_instances(tmp_path: Path) -> None:
    new = "class Client:\n    def setup(self):\n        self._retries = 0\n"
    assert "demo.Client._retries" in diffed(tmp_path, OLD, new)  # `Client._retries` on the class fails


def test_members_now_inherited_from_another_distribution_are_not_removed(tmp_path: Path) -> None:
    dependency = "class Base:\n    _retries = 3\n\n    def __init__(self):\n        self._session = None\n"
    new = "from dep import Base\n\nclass Client(Base):\n    def setup(self):\n        pass\n"
    found = diffed(tmp_path, OLD, new, dependency)
    assert "demo.Client._retries" not in found and "demo.Client._session" not in found
    assert "demo.Client._open" in found  # the base surely lacks it
    assert diffed(tmp_path, OLD, new) == {}  # the base unresolved: no claim


def test_attributes_a_standard_library_base_sets_on_instances_are_not_removed(tmp_path: Path) -> None:
    old = "class Worker:\n    def __init__(self):\n        self._target = None\n        self._gone = None\n"
    new = "import threading\n\nclass Worker(threading.Thread):\n    pass\n"
    assert set(diffed(tmp_path, old, new)) == {"demo.Worker._gone"}  # `Thread.__init__` sets `self._target`


def modules_surface(package: str, version: str, modules: set[str]) -> Surface:
    """The surface of the named modules of a pinned sdist only (matplotlib's whole surface takes seconds)."""
    files = [f for f in find_modules(unpacked_release(package, version, "sdist")) if f.module in modules]
    return build_surface(package, version, [read_file(f) for f in files])


def test_matplotlib_axis_grid_flags_moved_into_a_dict_are_removed() -> None:
    modules = {"matplotlib", "matplotlib.axis", "matplotlib.artist"}
    found = {c.symbol: c for c in diff_surfaces(modules_surface("matplotlib", "3.3.2", modules),
                                                modules_surface("matplotlib", "3.3.3", modules))}
    for name in ("_gridOnMajor", "_gridOnMinor"):
        change = found[f"matplotlib.axis.Axis.{name}"]
        assert change.breakage == "private_instance_attribute_removed" and change.private
        assert {f"matplotlib.axis.XAxis.{name}", f"matplotlib.axis.YAxis.{name}"} <= set(change.aliases)
    assert [s for s, c in found.items() if c.breakage.startswith("private_") and "_gridOn" not in s] == []


@pytest.mark.parametrize(("pair", "dependencies", "expected"), [
    (("flask", "2.2.5", "2.3.0"), (), {"flask.Flask._before_request_lock", "flask.Flask._json_encoder",
                                       "flask.Flask._json_decoder", "flask.Blueprint._json_encoder",
                                       "flask.Blueprint._json_decoder"}),
    (("werkzeug", "2.2.3", "2.3.0"), (), {"werkzeug.datastructures.Headers._validate_value",
                                          "werkzeug.wsgi.LimitedStream._exhaust_chunks",
                                          "werkzeug.wsgi.LimitedStream._read", "werkzeug.wsgi.LimitedStream._readline"}),
    # `SQLAlchemy.__getattr__` answers what `sqlalchemy` has: unresolved here, no claim (the CLI resolves it and
    # reports `_engine_lock` and `_execute_for_all_tables`, both real)
    (("flask-sqlalchemy", "2.5.1", "3.0.0"), (), set()),
    (("quart", "0.18.4", "0.19.0"), (("flask", "3.0.0"), ("werkzeug", "3.0.0")),
     {"quart.Blueprint._get_error_type_and_code", "quart.Quart._first_request_lock", "quart.Quart._jinja_env",
      "quart.Quart._logger"}),  # and `templating.DispatchingJinjaLoader._loaders` once jinja2 is resolved too
])
def test_private_member_removals_on_refactor_heavy_releases_are_the_real_ones(
    pair: tuple[str, str, str], dependencies: tuple[tuple[str, str], ...], expected: set[str]
) -> None:
    """Each one read against the released sources: gone from the class, its ancestors and the code of the release."""
    found = changes(*pair, *dependencies)
    members = {s for (kind, s), c in found.items() if c.breakage in ("private_member_removed",
                                                                     "private_instance_attribute_removed")}
    assert members == expected


def test_quart_private_members_now_inherited_from_flask_sansio_are_not_removed() -> None:
    found = changes("quart", "0.18.4", "0.19.0", ("flask", "3.0.0"), ("werkzeug", "3.0.0"))
    for name in ("_got_first_request", "_static_folder", "_static_url_path"):
        assert ("removed", f"quart.Quart.{name}") not in found


# -- private methods' parameters: compared with a public method's rules, claimed under `private_signature_changed`
#    beside the kind saying how (Django 4.0's `BaseDatabaseSchemaEditor._create_unique_sql(model, columns)` became
#    `(model, fields)`); shown only with the private changes --

SIGNATURES_OLD = """
def registered(func):
    return Registry(func)

class Registry:
    def __init__(self, func):
        self.func = func

class Editor:
    def _create_unique_sql(self, model, columns, name=None):
        pass

    def _cull(self, db, cursor):
        pass

    def _chain(self, **kwargs):
        pass

    def _token(self, user, timestamp, legacy=False):
        pass

    def _grown(self, model, name=None):
        pass

    def _send(self, data, timeout=None, **kwargs):
        self._emit(data, **kwargs)

    def _emit(self, data, retries=0):
        pass

    @registered
    def _hook(self, model):
        pass
"""

SIGNATURES_NEW = """
def registered(func):
    return Registry(func)

class Registry:
    def __init__(self, func):
        self.func = func

class Editor:
    def _create_unique_sql(self, model, fields, name=None):
        pass

    def _cull(self, db, cursor, num):
        pass

    def _chain(self):
        pass

    def _token(self, user, timestamp):
        pass

    def _grown(self, model, name=None, *, expressions=None):
        pass

    def _send(self, data, **kwargs):
        self._emit(data, **kwargs)

    def _emit(self, data, retries=0, timeout=None):
        pass

    @registered
    def _hook(self, fields):
        pass
"""


def test_private_method_signature_changes_are_claimed_under_their_own_kind(tmp_path: Path) -> None:
    old = build(tmp_path / "old", SIGNATURES_OLD)
    new = build(tmp_path / "new", SIGNATURES_NEW)
    found = {c.symbol: c for c in diff_surfaces(surface_of(old, "pkg", "1.0"), surface_of(new, "pkg", "2.0"))}
    assert {s: c.breakages for s, c in found.items()} == {
        # `columns` -> `fields` in the same slot, names unalike: removed for keyword callers, no rename advised
        "pkg.Editor._create_unique_sql": ("private_signature_changed", "param_renamed"),
        "pkg.Editor._cull": ("private_signature_changed", "param_new_required"),
        "pkg.Editor._chain": ("private_signature_changed", "var_keyword_removed"),
        "pkg.Editor._token": ("private_signature_changed", "param_removed"),
        # `timeout=` still lands in `_emit` through `**kwargs`: only a positional caller breaks
        "pkg.Editor._send": ("private_signature_changed", "param_made_keyword_only"),
    }  # `_grown` only gained an optional keyword; `_hook` is whatever `registered` returns: no claim
    for change in found.values():
        assert change.private and "private API, but dependents that call it break" in change.detail
        before, after = run(change.witness, old), run(change.witness, new)  # the witness of the kind beside it
        assert before.returncode == 0 and after.returncode != 0, (change.witness, before.stderr)
    public = ReleaseDiff(package="pkg", old="1.0", new="2.0", changes=list(found.values())).public()
    assert public.changes == []  # shown only when private changes are asked for


def test_django_4_private_method_signature_changes_are_the_real_ones() -> None:
    """Each one read against the released sources (3.2.13 → 4.0)."""
    found = {s: c for (kind, s), c in changes("django", "3.2.13", "4.0").items()
             if c.breakage == "private_signature_changed"}
    assert {s: c.breakages[1] for s, c in found.items()} == {
        "django.db.backends.base.schema.BaseDatabaseSchemaEditor._create_unique_sql": "param_renamed",
        "django.contrib.auth.tokens.PasswordResetTokenGenerator._make_token_with_timestamp": "param_removed",
        "django.core.cache.backends.db.DatabaseCache._cull": "param_new_required",
        "django.db.models.QuerySet._chain": "var_keyword_removed",
        # became a staticmethod taking (app_label, model_name, field, project_state)
        "django.db.migrations.autodetector.MigrationAutodetector._get_dependencies_for_foreign_key":
            "param_new_required",
    }
    change = found["django.db.backends.base.schema.BaseDatabaseSchemaEditor._create_unique_sql"]
    assert change.detail.startswith("parameter 'columns' renamed to 'fields' (private API")
    assert "django.db.backends.postgresql.schema.DatabaseSchemaEditor._create_unique_sql" in change.aliases


def test_a_private_hook_no_longer_called_speaks_of_its_overriders(tmp_path: Path) -> None:
    """A dropped hook breaks the subclasses overriding it, not callers: the private-API note says so."""
    old = ("class Form:\n    def render(self):\n        return self._row() + self.title()\n\n"
           "    def _row(self):\n        return ''\n\n    def title(self):\n        return ''\n")
    new = old.replace("self._row() + self.title()", "self.title()")
    found = diff_surfaces(surface(tmp_path, {"demo/__init__.py": old}, "1.0"),
                          surface(tmp_path, {"demo/__init__.py": new}, "2.0"))
    hooks = [c for c in found if c.breakage == "hook_no_longer_called"]
    assert [c.symbol for c in hooks] == ["demo.Form._row"]
    assert hooks[0].detail.endswith("(private API, but dependents that override it break all the same)")
