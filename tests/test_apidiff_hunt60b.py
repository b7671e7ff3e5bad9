"""Hunt 60b: task queues, async toolkits, serialization/validation and auth/security libraries."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a name a package had only through `from .x import *` of a module whose `__all__` is computed when it runs
# (`__all__ = module_exports(__name__)`, keeping classes and functions defined there) was read as brought by the
# star import; the new release's literal `__all__` leaving it out looked like its removal from the package --

_COMPUTED_ALL_OLD = {
    "demo/__init__.py": "",
    "demo/util.py": (
        "import sys\n\n\ndef module_exports(name):\n"
        "    return [n for n, o in vars(sys.modules[name]).items() if getattr(o, '__module__', None) == name]\n"
    ),
    "demo/types/__init__.py": "from .net import *\n",
    "demo/types/net.py": (
        "from demo.util import module_exports\n\nHEX = '0-9A-F'\n\n\nclass URLType:\n    pass\n\n\n"
        "__all__ = module_exports(__name__)\n"
    ),
}
_COMPUTED_ALL_NEW = {
    **_COMPUTED_ALL_OLD,
    "demo/types/net.py": "__all__ = ['URLType']\n\nHEX = '0-9A-F'\n\n\nclass URLType:\n    pass\n",
}


def test_a_name_a_computed_all_may_not_star_export_is_not_claimed_removed(tmp_path: Path) -> None:
    found = diffed(tmp_path, _COMPUTED_ALL_OLD, _COMPUTED_ALL_NEW)
    assert ("removed", "demo.types.HEX") not in found  # whether the old `__all__` held it is unknown
    # the sibling: a definition gone from the star-imported module is claimed where it was defined
    gone = {**_COMPUTED_ALL_NEW, "demo/types/net.py": "__all__ = []\n\nHEX = '0-9A-F'\n"}
    assert ("removed", "demo.types.net.URLType") in diffed(tmp_path / "gone", _COMPUTED_ALL_OLD, gone)
    # and with a literal old `__all__` naming it, the name's leaving the package is claimed
    literal = {**_COMPUTED_ALL_OLD, "demo/types/net.py": _COMPUTED_ALL_NEW["demo/types/net.py"].replace(
        "['URLType']", "['URLType', 'HEX']")}
    assert ("removed", "demo.types.HEX") in diffed(tmp_path / "literal", literal, _COMPUTED_ALL_NEW)


def test_schematics_2_1_names_its_net_module_never_star_exported_are_not_removed_from_types() -> None:
    found = changes("schematics", "2.0.1", "2.1.0")
    assert ("removed", "schematics.types.HEX") not in found  # a str constant: `module_exports` left it out
    assert ("removed", "schematics.types.fill_template") not in found  # base.py's `__all__` held only types
    assert ("removed", "schematics.util.module_exports") in found  # really gone


# -- a class attribute's placeholder whose type the class's own methods contradict (marshmallow-oneofschema 2.1's
# `type_schemas = []`, read as `self.type_schemas.get(name)`: subclasses always set a dict) turning into the type
# the methods use was claimed "now a dict, was a list" --

_PLACEHOLDER_OLD = '''class OneOf:
    type_schemas = []
    names = []

    def schema_for(self, name):
        return self.type_schemas.get(name)

    def listed(self):
        return self.names.index("a")
'''
_PLACEHOLDER_NEW = (
    _PLACEHOLDER_OLD.replace("type_schemas = []", "type_schemas = {}")
    .replace("names = []", "names = {}")
    .replace('self.names.index("a")', 'self.names.get("a")')
)


def test_a_placeholder_the_old_methods_use_as_the_new_type_is_no_type_change(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _PLACEHOLDER_OLD}, {"demo/__init__.py": _PLACEHOLDER_NEW})
    assert ("signature_changed", "demo.OneOf.type_schemas") not in found  # a list has no `.get`: never used as one
    # the sibling: `self.names.index(...)` is what a list does, so the dict breaks that use
    assert "attribute_type_changed" in found[("signature_changed", "demo.OneOf.names")].breakages


def test_marshmallow_oneofschema_3_type_schemas_was_always_a_mapping() -> None:
    found = changes("marshmallow-oneofschema", "2.1.0", "3.0.0")
    assert ("signature_changed", "marshmallow_oneofschema.OneOfSchema.type_schemas") not in found


# -- a None default that the body only tests, warning when it is given (oic 1.0's `SessionDB(refresh_token_expires_in=
# None)`: "Setting a `refresh_token_expires_in` has no effect"), was read as a value whose uses the body skips at
# None: "defaults to None (at None the body skips what it does with it) where it defaulted to 86400" --

_WARNED_OLD = "def session(db, lifetime=86400):\n    return db\n"
_WARNED_NEW = '''import warnings


def session(db, lifetime=None):
    if lifetime is not None:
        warnings.warn("setting lifetime has no effect", DeprecationWarning)
    return db
'''


def test_a_none_default_only_tested_to_warn_is_no_skipped_use(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _WARNED_OLD}, {"demo/__init__.py": _WARNED_NEW})
    assert ("signature_changed", "demo.session") not in found
    # the sibling: a body that uses the value only when given skips that use at None
    used = _WARNED_NEW.replace("warnings.warn(\"setting lifetime has no effect\", DeprecationWarning)", "db = db[:lifetime]")
    change = diffed(tmp_path / "used", {"demo/__init__.py": _WARNED_OLD}, {"demo/__init__.py": used})
    assert "at None the body skips" in change[("signature_changed", "demo.session")].detail


def test_oic_1_0_session_db_only_warns_about_its_refresh_lifetime() -> None:
    found = changes("oic", "0.15.1", "1.0.0")
    assert ("signature_changed", "oic.utils.sdb.SessionDB") not in found
    assert ("removed", "oic.utils.sdb.SessionDB.uid2sid") in found  # really gone


# -- a command's `handle(self, *args, **options)` reading an option its own parser declares by subscript
# (`options["timeout"]`, where it read `options.get("timeout")`) was claimed "lost its default": the parser the
# class fills (`parser.add_argument("--timeout", ...)`) puts every option it declares in the dict (django-rq 3.0) --

_PARSED_OLD = """class Command:
    def add_arguments(self, parser):
        parser.add_argument("--queue", "-q", dest="queue", default="default")
        parser.add_argument("--timeout", "-t", type=int)

    def handle(self, *args, **options):
        timeout = options.get("timeout")
        queue = get_queue(options.get("queue"))
        return queue.enqueue_call(args[0], timeout=timeout, retries=options.get("retries"))
"""
_PARSED_NEW = """class Command:
    def add_arguments(self, parser):
        parser.add_argument("--queue", "-q", dest="queue", default="default")
        parser.add_argument("--timeout", "-t", type=int)

    def handle(self, *args, **options):
        queue = get_queue(options["queue"])
        job = queue.enqueue_call(args[0], timeout=options["timeout"], retries=options["retries"])
        return job
"""


def test_an_option_the_class_parser_declares_is_always_in_its_options(tmp_path: Path) -> None:
    old, new = {"demo/__init__.py": "", "demo/cmd.py": _PARSED_OLD}, {"demo/__init__.py": "", "demo/cmd.py": _PARSED_NEW}
    change = diffed(tmp_path, old, new)[("signature_changed", "demo.cmd.Command.handle")]
    for declared in ("queue", "timeout"):
        assert f"'{declared}'" not in change.detail  # the parser always fills it
    assert "'retries' lost its default" in change.detail  # no parser declares it: a caller must now pass it


def test_django_rq_3_enqueue_command_options_come_from_its_parser() -> None:
    found = changes("django-rq", "2.10.3", "3.0.0")
    assert ("signature_changed", "django_rq.management.commands.rqenqueue.Command.handle") not in found


# -- a None default the body hands on to the parameter replacing it (openapi-spec-validator 0.6's `iter_errors(schema,
# base_uri="", spec_url=None)`: `if spec_url is not None: warn; base_uri = spec_url`) was read as a use skipped at
# None, "defaults to None (at None the body skips ...) where it defaulted to ''": at None `base_uri` keeps "" --

_HANDED_ON_OLD = "def validate(schema, spec_url=''):\n    return build(schema, spec_url)\n"
_HANDED_ON_NEW = '''import warnings


def validate(schema, spec_url=None, base_uri=''):
    if spec_url is not None:
        warnings.warn("spec_url is deprecated, use base_uri", DeprecationWarning)
        base_uri = spec_url
    return build(schema, base_uri)
'''


def test_a_none_default_handed_to_its_replacement_works_with_that_default(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _HANDED_ON_OLD}, {"demo/__init__.py": _HANDED_ON_NEW})
    assert ("signature_changed", "demo.validate") not in found
    # the sibling: a replacement defaulting to another value is what a call leaving both out now gets
    moved = _HANDED_ON_NEW.replace("base_uri=''", "base_uri='/'")
    change = diffed(tmp_path / "moved", {"demo/__init__.py": _HANDED_ON_OLD}, {"demo/__init__.py": moved})
    assert "which the body replaces with '/'" in change[("signature_changed", "demo.validate")].detail


def test_openapi_spec_validator_0_6_spec_url_hands_on_to_base_uri() -> None:
    change = changes("openapi-spec-validator", "0.5.7", "0.6.0")[
        ("signature_changed", "openapi_spec_validator.validation.validators.SpecValidator.iter_errors")
    ]
    assert "'spec_url' defaults to" not in change.detail  # at None `base_uri` keeps "", the old default
    # really renamed `schema` in its slot, but `Schema` is jsonschema-spec's alias of the old `Mapping[Hashable, Any]`,
    # which no reader resolves: declared types apart, no rename advised (words69)
    assert "parameter 'instance' removed" in change.detail


# -- a keyword alias a decorator now accepts with a warning that the old signature never took (cryptojwt 1.0's
# `@deprecated_alias(issuer="issuer_id", owner="issuer_id")` on `KeyJar.__contains__(self, item)`, and the `owner` of
# methods that took only `issuer`) was claimed "deprecated parameter": no call written for the old release passes it --

_ALIAS_UTILS = '''import functools
import warnings


def deprecated_alias(**aliases):
    def deco(f):
        @functools.wraps(f)
        def wrapper(*args, **kwargs):
            rename_kwargs(f.__name__, kwargs, aliases)
            return f(*args, **kwargs)

        return wrapper

    return deco


def rename_kwargs(func_name, kwargs, aliases):
    for alias, new in aliases.items():
        if alias in kwargs:
            if new in kwargs:
                raise TypeError(f"{func_name} received both {alias} and {new}")
            warnings.warn(f"{alias} is deprecated; use {new}", DeprecationWarning)
            kwargs[new] = kwargs.pop(alias)
'''
_ALIAS_OLD = '''class Jar:
    def __contains__(self, item):
        return bool(item)

    def load(self, issuer, url=""):
        return issuer, url
'''
_ALIAS_NEW = '''from demo.utils import deprecated_alias


class Jar:
    @deprecated_alias(issuer="issuer_id", owner="issuer_id")
    def __contains__(self, issuer_id):
        return bool(issuer_id)

    @deprecated_alias(issuer="issuer_id", owner="issuer_id")
    def load(self, issuer_id, url=""):
        return issuer_id, url
'''


def test_a_deprecated_alias_the_old_signature_never_took_is_no_deprecation(tmp_path: Path) -> None:
    old = {"demo/__init__.py": _ALIAS_OLD, "demo/utils.py": _ALIAS_UTILS}
    found = diffed(tmp_path, old, {"demo/__init__.py": _ALIAS_NEW, "demo/utils.py": _ALIAS_UTILS})
    assert ("deprecated", "demo.Jar.__contains__") not in found  # `item` was never `issuer` nor `owner`
    assert found[("deprecated", "demo.Jar.load")].detail == "deprecated parameter 'issuer'"  # `owner` never was


def test_cryptojwt_1_0_deprecates_only_the_aliases_each_method_took() -> None:
    found = changes("cryptojwt", "0.8.4", "1.0.0")
    assert ("deprecated", "cryptojwt.KeyJar.__contains__") not in found  # it took `item`
    assert found[("deprecated", "cryptojwt.KeyJar.load_keys")].detail == "deprecated parameter 'issuer'"
