"""Options a release reads that users set outside any call (issue 11): Flask config keys an extension reads with a
plain `.get`, and options read from a user's nested options class (`class Meta:`)."""

from __future__ import annotations

from pathlib import Path

from bot.apidiff.diff import diff_surfaces
from bot.changes import Change, ReleaseDiff
from bot.usage import Targets, find_usages
from tests.test_apidiff_core import surface
from tests.test_apidiff_trust import changes


def _diff(tmp_path: Path, old: dict[str, str], new: dict[str, str]) -> list[Change]:
    """The diff of two synthetic releases, each pair in a folder of its own (no file of an earlier pair stays)."""
    root = tmp_path / str(len(list(tmp_path.iterdir())))
    return diff_surfaces(surface(root, old, "1.0"), surface(root, new, "2.0"))


def _config_keys(tmp_path: Path, old: dict[str, str], new: dict[str, str]) -> dict[str, int | None]:
    found = _diff(tmp_path, old, new)
    return {c.symbol: c.old_location.line if c.old_location else None for c in found if c.symbol.startswith("config:")}


# -- Flask config keys read only with a plain `.get` --

_EXTENSION = (
    "def init_app(app):\n"
    "    app.config.setdefault('SQLX_ECHO', False)\n"
    "    app.config.setdefault('SESSION_TYPE', 'null')\n"
    "{reads}"
)


def _ext(reads: str) -> dict[str, str]:
    return {"demo/__init__.py": "", "demo/ext.py": _EXTENSION.format(reads=reads)}


def test_a_key_read_beside_defaults_of_its_leading_word_is_the_extensions_own(tmp_path: Path) -> None:
    old = _ext(
        "    if app.config.get('SQLX_COMMIT_ON_TEARDOWN', False):\n        pass\n"
        "    app.config['SQLX_POOL']\n    'SQLX_RETRY' in app.config\n"
    )
    assert _config_keys(tmp_path, old, _ext("")) == {
        "config:SQLX_COMMIT_ON_TEARDOWN": 4, "config:SQLX_POOL": 6, "config:SQLX_RETRY": 7,
    }
    assert _config_keys(tmp_path, old, old) == {}
    # still read, only no longer defaulted (or the other way round): still read, nothing lost
    assert _config_keys(tmp_path, _ext("    app.config.setdefault('SQLX_POOL', 1)\n"), _ext("    app.config['SQLX_POOL']\n")) == {}


def test_a_key_of_the_framework_or_of_another_extension_read_incidentally_is_not_claimed(tmp_path: Path) -> None:
    old = _ext(
        "    app.config.get('TESTING')\n    app.config['DEBUG']\n"  # Flask's, one word
        "    app.config.get('SESSION_COOKIE_NAME')\n"  # Flask's, though it shares flask-session's word
        "    app.config.get('SQLALCHEMY_DATABASE_URI')\n"  # another extension's: no default of that word here
        "    app.config.get('SQLX')\n"  # the word alone is no key of the namespace
    )
    assert _config_keys(tmp_path, old, _ext("")) == {}
    # a default in another module of the release is no evidence for this module's read
    other = {**_ext(""), "demo/cli.py": "def run(app):\n    return app.config.get('SQLX_POOL')\n"}
    assert _config_keys(tmp_path, other, _ext("")) == {}


def test_a_key_the_new_release_builds_at_run_time_is_still_read(tmp_path: Path) -> None:
    old = _ext("    app.config.get('SQLX_POOL')\n    app.config.get('SQLX_TIMEOUT')\n")
    for read in ("app.config.get(f'SQLX_{name}')", "app.config['SQLX_' + name]", "app.config.get('SQLX_%s' % name)",
                 "app.config.get('SQLX_{}'.format(name))", "app.config.get_namespace('SQLX_')"):
        new = _ext(f"    for name in NAMES:\n        {read}\n")
        assert _config_keys(tmp_path, old, new) == {}, read
    # a shape that cannot build the key saves nothing: `SQLX_*_URI` builds no `SQLX_POOL`
    new = _ext("    app.config.get('SQLX_' + name + '_URI')\n    app.config.get(prefix + '_TIMEOUT')\n")
    assert _config_keys(tmp_path, old, new) == {"config:SQLX_POOL": 4}


def test_flask_sqlalchemy_3_1_no_longer_reads_commit_on_teardown() -> None:
    found = changes("flask-sqlalchemy", "3.0.5", "3.1.0")
    keys = {symbol for kind, symbol in found if symbol.startswith("config:")}
    assert keys == {"config:SQLALCHEMY_COMMIT_ON_TEARDOWN"}  # 3.0.5 read it with app.config.get only
    change = found[("removed", "config:SQLALCHEMY_COMMIT_ON_TEARDOWN")]
    assert change.breakage == "config_key_removed"
    assert (change.old_location.path, change.old_location.line) == ("flask_sqlalchemy/extension.py", 267)
    targets = Targets.from_diffs([ReleaseDiff(package="flask-sqlalchemy", old="3.0.5", new="3.1.0",
                                              changes=[change])])
    app = b"from flask import Flask\napp = Flask(__name__)\napp.config['SQLALCHEMY_COMMIT_ON_TEARDOWN'] = True\n"
    assert [(u.line, u.form.value, u.confidence.value) for u in find_usages("app.py", app, targets)[0]] == [
        (3, "config", "high"),
    ]
    settings = b"SQLALCHEMY_DATABASE_URI = 'sqlite://'\nSQLALCHEMY_COMMIT_ON_TEARDOWN = True\n"
    assert [(u.line, u.symbol) for u in find_usages("config.py", settings, targets)[0]] == [
        (2, "config:SQLALCHEMY_COMMIT_ON_TEARDOWN"),
    ]
    env = b"FLASK_SQLALCHEMY_COMMIT_ON_TEARDOWN=1\nFLASK_DEBUG=1\n"
    assert [(u.line, u.form.value) for u in find_usages(".env", env, targets)[0]] == [(1, "config")]


# -- options read from a user's nested options class (`class Meta:`) --

_OPTS = """\
class SchemaOpts:
    def __init__(self, meta, **kwargs):
        self.fields = getattr(meta, "fields", ())
{reads}

class SchemaMeta(type):
    def __new__(mcs, name, bases, attrs):
        meta = attrs.get("Meta")
        klass = super().__new__(mcs, name, bases, attrs)
        if meta is not None and not isinstance(meta, type):
            raise TypeError(name)
        klass.opts = klass.OPTIONS_CLASS(klass.Meta)
        return klass


class Schema(metaclass=SchemaMeta):
    OPTIONS_CLASS: type = SchemaOpts

    class Meta:
        pass
"""


def _schema(reads: str = "        self.ordered = getattr(meta, 'ordered', False)\n") -> dict[str, str]:
    return {"demo/__init__.py": "from .schema import Schema\n", "demo/schema.py": _OPTS.format(reads=reads)}


def _options(tmp_path: Path, old: dict[str, str], new: dict[str, str]) -> dict[str, Change]:
    return {c.symbol: c for c in _diff(tmp_path, old, new) if c.breakage == "class_option_no_longer_read"}


def test_an_option_no_longer_read_from_the_nested_options_class_is_claimed_on_its_holder(tmp_path: Path) -> None:
    found = _options(tmp_path, _schema(), _schema(""))
    assert list(found) == ["demo.Schema.Meta.ordered"]  # read through `klass.OPTIONS_CLASS` = SchemaOpts
    change = found["demo.Schema.Meta.ordered"]
    assert change.object.value == "class_option" and change.aliases == ("demo.schema.Schema.Meta.ordered",)
    assert (change.old_location.path, change.old_location.line) == ("demo/schema.py", 4)
    assert "class Subclass(Schema):\n    class Meta(metaclass=Recorder):" in change.witness
    assert _options(tmp_path, _schema(), _schema()) == {}


def test_an_option_read_directly_from_the_nested_class_attribute(tmp_path: Path) -> None:
    """DRF's shape: a method reads `getattr(self.Meta, "depth", 0)` itself."""
    old = {"demo/__init__.py": (
        "class Serializer:\n    class Meta:\n        pass\n\n"
        "    def get_fields(self):\n        return getattr(self.Meta, 'fields', None), getattr(self.Meta, 'depth', 0)\n"
    )}
    new = {"demo/__init__.py": old["demo/__init__.py"].replace(", getattr(self.Meta, 'depth', 0)", "")}
    assert list(_options(tmp_path, old, new)) == ["demo.Serializer.Meta.depth"]


def test_no_option_claim_where_the_new_release_may_still_read_it(tmp_path: Path) -> None:
    stored = _schema("        self.meta = meta\n")  # kept whole: read anywhere later
    computed = _schema("        for name in NAMES:\n            setattr(self, name, getattr(meta, name, None))\n")
    by_name = {**_schema(""), "demo/other.py": "def ordered(obj):\n    return getattr(options(obj), 'ordered', 0)\n"}
    unknown_base = _schema("").copy()
    unknown_base["demo/schema.py"] = unknown_base["demo/schema.py"].replace("class SchemaOpts:", "class SchemaOpts(Base):")
    handed_on = _schema("")
    handed_on["demo/schema.py"] = handed_on["demo/schema.py"].replace("klass.OPTIONS_CLASS(klass.Meta)", "configure(klass.Meta)")
    for new in (stored, computed, by_name, unknown_base, handed_on):
        assert _options(tmp_path, _schema(), new) == {}
    # the mechanism gone altogether is no option claim either (the class's own changes say what happened)
    assert _options(tmp_path, _schema(), {"demo/__init__.py": "class Schema:\n    class Meta:\n        pass\n"}) == {}


def test_no_option_claim_without_one_holder_of_the_nested_class(tmp_path: Path) -> None:
    reader = "def read(cls):\n    return getattr(cls.Meta, 'ordered', False), getattr(cls.Meta, 'fields', ())\n"
    new_reader = "def read(cls):\n    return getattr(cls.Meta, 'fields', ())\n"
    two = "class Schema:\n    class Meta:\n        pass\n\nclass Form:\n    class Meta:\n        pass\n"
    none = "class Schema:\n    Meta = None\n"
    for holders in (two, none):
        old = {"demo/__init__.py": holders + reader}
        assert _options(tmp_path, old, {"demo/__init__.py": holders + new_reader}) == {}


def test_marshmallow_4_no_longer_reads_ordered_json_module_and_additional() -> None:
    found = changes("marshmallow", "3.26.1", "4.0.0")
    options = {s: c for (k, s), c in found.items() if c.breakage == "class_option_no_longer_read"}
    assert set(options) == {"marshmallow.Schema.Meta.ordered", "marshmallow.Schema.Meta.json_module",
                            "marshmallow.Schema.Meta.additional"}
    ordered = options["marshmallow.Schema.Meta.ordered"]
    assert ordered.breakages == ("class_option_no_longer_read", "class_attribute_removed")  # also annotated on Meta
    assert (ordered.old_location.path, ordered.old_location.line) == ("marshmallow/schema.py", 106)
    assert "marshmallow.schema.Schema.Meta.ordered" in ordered.aliases
    assert options["marshmallow.Schema.Meta.json_module"].old_location.line == 232
    assert not any(c.breakage == "class_option_no_longer_read" for c in changes("marshmallow", "3.20.0", "3.21.0").values())


_USER_SCHEMAS = b"""\
from marshmallow import Schema as S, fields
import marshmallow


class Base(S):
    pass


class UserSchema(Base):
    name = fields.Str()

    class Meta:
        ordered = True
        fields = ("name",)


class ItemSchema(marshmallow.Schema):
    class Meta:
        json_module: object = None


class NotASchema:
    class Meta:
        ordered = True


class Quiet(S):
    class Meta:
        unknown = "exclude"
"""


def test_a_nested_meta_setting_an_option_no_longer_read_is_a_use() -> None:
    found = changes("marshmallow", "3.26.1", "4.0.0")
    claimed = [c for c in found.values() if c.breakage == "class_option_no_longer_read"]
    targets = Targets.from_diffs([ReleaseDiff(package="marshmallow", old="3.26.1", new="4.0.0", changes=claimed)])
    uses, _ = find_usages("app/schemas.py", _USER_SCHEMAS, targets)
    assert [(u.line, u.symbol, u.form.value, u.confidence.value) for u in uses] == [
        (13, "marshmallow.Schema.Meta.ordered", "option", "high"),
        (19, "marshmallow.Schema.Meta.json_module", "option", "high"),
    ]
    assert uses[0].detail == "sets the option 'ordered' of `class Meta:`, which 4.0.0 no longer reads"
    assert uses[0].evidence == "`class UserSchema(Base)` at app/schemas.py:9 subclasses marshmallow Schema"
