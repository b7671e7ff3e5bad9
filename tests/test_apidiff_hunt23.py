"""False reports and misses found on refactor-heavy releases of libraries nobody had read (nbformat 5.0, traitlets 5.0,
PyPDF2 3.0): each class on its pinned real example and on a synthetic sibling, with the true reports of the same pairs
kept."""

from __future__ import annotations

from pathlib import Path

from bot.apidiff.diff import diff_surfaces
from tests.test_apidiff_core import surface
from tests.test_apidiff_review import synthetic
from tests.test_apidiff_trust import changes, removed

# -- a parameter renamed in place whose old name stays as a later optional parameter the body copies from --


def test_nbformat_5_validate_still_takes_the_notebook_first() -> None:
    found = changes("nbformat", "4.4.0", "5.0.2")
    # 5.0.2: `validate(nbdict=None, ref=None, ..., nbjson=None)` sets `nbdict = nbjson`: `validate(nb)` and
    # `validate(nbjson=nb)` both work as in 4.4's `validate(nbjson, ref=None, ...)`
    assert ("signature_changed", "nbformat.validate") not in found
    assert ("signature_changed", "nbformat.validator.validate") not in found
    # the true reports of the pair are kept: the XML reader of v2 now only raises
    assert ("signature_changed", "nbformat.v2.nbxml.reads") in found


def test_traitlets_5_dict_keeps_its_old_keywords_but_not_its_third_slot() -> None:
    found = changes("traitlets", "4.3.3", "5.0.0")
    # `Dict(value_trait=None, per_key_traits=None, key_trait=None, default_value=Undefined, **kwargs)` takes
    # `trait` and `traits` out of **kwargs into the first two (through locals): `Dict(Unicode())` works as before
    detail = found["signature_changed", "traitlets.traitlets.Dict"].detail
    assert "is now keyword-only" not in detail
    # `Dict(None, None, {})` now passes the default as `key_trait`
    assert "positional parameter 'default_value' moved from slot 2 to 3" in detail


_OLD_VALIDATE = "def validate(nbjson, ref=None):\n    return nbjson\n"


def test_an_old_name_kept_and_copied_into_its_slot_is_no_move(tmp_path: Path) -> None:
    new = (
        "def validate(nbdict=None, ref=None, nbjson=None):\n"
        "    if nbdict is None:\n        nbdict = nbjson\n    return nbdict\n"
    )
    assert "demo.validate" not in synthetic(tmp_path, _OLD_VALIDATE, new)


def test_an_old_name_moved_without_being_copied_is_still_claimed(tmp_path: Path) -> None:
    # the old name sits at the end and nothing copies it into the new first parameter: `validate(nb)` passes `nb` as
    # something else
    new = "def validate(nbdict=None, ref=None, nbjson=None):\n    return nbjson or nbdict\n"
    found = synthetic(tmp_path, _OLD_VALIDATE, new)
    assert found["demo.validate"].detail == "positional parameter 'nbjson' moved from slot 0 to 2"


def test_an_old_keyword_popped_through_a_local_keeps_its_slot(tmp_path: Path) -> None:
    old = "def make(trait=None, default=None):\n    return trait, default\n"
    new = (
        "def make(value_trait=None, key_trait=None, default=None, **kwargs):\n"
        "    trait = kwargs.pop('trait', None)\n    if trait is not None:\n        value_trait = trait\n"
        "    return value_trait, key_trait, default\n"
    )
    found = synthetic(tmp_path, old, new)
    # `make(x)` still fills the value trait, `make(trait=x)` still works; the default's slot moved
    assert found["demo.make"].detail == "positional parameter 'default' moved from slot 1 to 2"


# -- `__all__` grown at import by a loop over `globals()` --


def test_traitlets_5_still_star_exports_its_trait_types() -> None:
    gone = removed(changes("traitlets", "4.3.3", "5.0.0"))
    # 5.0's `_add_all()` appends every public TraitType subclass in `globals()` (aliases `Long, CLong = Int, CInt`
    # included) to the literal `__all__` that `traitlets/__init__.py` star-imports
    assert not {"traitlets.Dict", "traitlets.Unicode", "traitlets.ClassBasedTraitType", "traitlets.Long"} & gone
    # what the loop does not pick is truly no longer exported: helpers, and descriptors that are no TraitType
    assert {"traitlets.getmembers", "traitlets.is_trait", "traitlets.EventHandler", "traitlets.ClassTypes"} <= gone


_ADD_ALL = (
    "__all__ = ['Base']\n\nclass Base:\n    pass\n\nclass Int(Base):\n    pass\n\nclass Big(Int):\n    pass\n\n"
    "Long = Int\n\nclass Helper:\n    pass\n\n"
    "def _add_all():\n    for _name, _value in globals().items():\n"
    "        if not _name.startswith('_') and isinstance(_value, type) and issubclass(_value, Base):\n"
    "            __all__.append(_name)\n\n_add_all()\n"
)
_CLASSES = "class Base:\n    pass\n\nclass Int(Base):\n    pass\n\nclass Big(Int):\n    pass\n\nLong = Int\n\n"


def _star(tmp_path: Path, old_core: str, new_core: str) -> set[str]:
    found = diff_surfaces(
        surface(tmp_path, {"demo/__init__.py": "from .core import *\n", "demo/core.py": old_core}, "1.0"),
        surface(tmp_path, {"demo/__init__.py": "from .core import *\n", "demo/core.py": new_core}, "2.0"),
    )
    return {c.symbol for c in found if c.kind.value == "removed"}


def test_subclasses_a_globals_loop_exports_are_still_star_imported(tmp_path: Path) -> None:
    gone = _star(tmp_path, _CLASSES + "class Helper:\n    pass\n", _ADD_ALL)
    assert not {"demo.Int", "demo.Big", "demo.Long"} & gone
    # a public class the loop's test leaves out is no longer star-exported: still claimed
    assert "demo.Helper" in gone


def test_a_top_level_loop_over_literal_names_exports_them(tmp_path: Path) -> None:
    new = _CLASSES + "class Helper:\n    pass\n\n__all__ = ['Base']\nfor _name in ('Int', 'Helper'):\n"
    new += "    __all__.append(_name)\n"
    # the loop adds `Int` and `Helper`; `Big` and `Long` are truly no longer star-exported
    assert _star(tmp_path, _CLASSES + "class Helper:\n    pass\n", new) == {"demo.Big", "demo.Long"}


def test_a_loop_adding_names_it_does_not_spell_makes_all_unknown(tmp_path: Path) -> None:
    new = _CLASSES + "class Helper:\n    pass\n\n__all__ = ['Base']\nfor _name in _public():\n"
    new += "    __all__.append(_name)\n"
    # which names the loop adds is not read: as for `__all__ = [...] + other.__all__`, no removal is claimed
    assert not _star(tmp_path, _CLASSES + "class Helper:\n    pass\n", new)


# -- a call that never comes back, made before the body could return --


def test_pypdf2_3_0_deprecated_names_now_raise() -> None:
    found = changes("pypdf2", "2.12.1", "3.0.0")
    # 3.0: `getPage` calls `deprecation_with_replacement(...)`, which calls `deprecation`, which raises
    # `DeprecationError`, before `return self._get_page(pageNumber)`; 2.12's warned through `deprecate_with_replacement`
    assert found["signature_changed", "PyPDF2.PdfReader.getPage"].detail == "every call now raises (or ends the program)"
    # `PdfFileReader.__init__` opens the same way: `PdfFileReader(stream)` raises
    reader = found["signature_changed", "PyPDF2.PdfFileReader"]
    assert reader.detail == "creating an instance now raises (or ends the program)"
    # what replaced them still works
    assert ("signature_changed", "PyPDF2.PdfReader.get_object") not in found
    assert ("signature_changed", "PyPDF2.PdfReader") not in found


_HELPERS = (
    "def _fail(msg):\n    raise RuntimeError(msg)\n\n"
    "def _removed(name):\n    _fail(name + ' was removed')\n\n"
    "def _warn(name):\n    print(name)\n\n"
    "def callback():\n    raise RuntimeError\n\n"
)
_OLD_API = _HELPERS + (
    "def get(x):\n    return x\n\ndef early(x):\n    return x\n\ndef warned(x):\n    return x\n\n"
    "def passes(callback):\n    return 1\n\n"
    "class Reader:\n    def __init__(self, stream):\n        self.stream = stream\n"
)


def test_a_body_first_calling_what_never_comes_back_now_raises(tmp_path: Path) -> None:
    new = _HELPERS + (
        'def get(x):\n    "Deprecated."\n    _removed("get")\n    return x\n\n'
        "def early(x):\n    return x\n\ndef warned(x):\n    return x\n\ndef passes(callback):\n    return 1\n\n"
        "class Reader:\n    def __init__(self, stream):\n        _removed('Reader')\n        self.stream = stream\n"
    )
    found = synthetic(tmp_path, _OLD_API, new)
    assert found["demo.get"].detail == "every call now raises (or ends the program)"
    assert found["demo.Reader"].detail == "creating an instance now raises (or ends the program)"


def test_a_raising_call_after_a_return_or_of_a_parameter_is_no_claim(tmp_path: Path) -> None:
    new = _HELPERS + (
        "def get(x):\n    return x\n\n"
        "def early(x):\n    if x:\n        return x\n    _removed('early')\n\n"
        "def warned(x):\n    _warn('warned')\n    return x\n\n"
        "def passes(callback):\n    callback()\n    return 1\n\n"
        "class Reader:\n    def __init__(self, stream):\n        self.stream = stream\n"
    )
    found = synthetic(tmp_path, _OLD_API, new)
    # `early(1)` returns before the raising call; `_warn` comes back; `callback` is the caller's, not the module's
    assert not {"demo.early", "demo.warned", "demo.passes"} & set(found)


# -- a metaclass giving the classes it makes another `__init__` --


def test_graphene_3_object_types_take_their_fields() -> None:
    found = changes("graphene", "2.1.9", "3.0")
    # 3.0's `ObjectTypeMeta.__new__` sets `InterObjectType.__init__ = dataclass.__init__`: `Query(name="x")` still
    # works, the base `ObjectType` has no `__init__` of its own to lose `*args`/`**kwargs`
    assert ("signature_changed", "graphene.ObjectType") not in found
    assert ("signature_changed", "graphene.Mutation") not in found
    # the true reports of the pair are kept: `Field(type=...)` is now `Field(type_=...)`
    assert found["signature_changed", "graphene.Field"].detail == "parameter 'type' renamed to 'type_'"


_OLD_BASE = "class Base:\n    def __init__(self, *args, **kwargs):\n        self.args = args\n"
_META = (
    "def _make_init(namespace):\n    def __init__(self, **fields):\n        self.fields = fields\n    return __init__\n\n"
    "class Meta(type):\n    def __new__(mcs, name, bases, namespace):\n"
    "        cls = super().__new__(mcs, name, bases, namespace)\n"
)


def test_a_metaclass_setting_init_hides_the_constructor(tmp_path: Path) -> None:
    new = _META + "        cls.__init__ = _make_init(namespace)\n        return cls\n\nclass Base(metaclass=Meta):\n    pass\n"
    assert "demo.Base" not in synthetic(tmp_path, _OLD_BASE, new)


def test_a_metaclass_leaving_init_alone_keeps_the_claim(tmp_path: Path) -> None:
    new = _META + "        cls.made = True\n        return cls\n\nclass Base(metaclass=Meta):\n    pass\n"
    # no `__init__` anywhere: `Base(1)` now fails where it worked
    assert synthetic(tmp_path, _OLD_BASE, new)["demo.Base"].detail == "parameter '*args' removed; parameter '**kwargs' removed"


# -- a `__getattr__` handing the name to a helper that answers only the keys of a table --


def test_hvac_1_0_client_methods_removed_behind_its_getattr() -> None:
    found = changes("hvac", "0.11.2", "1.0.0")
    # `Client.__getattr__` returns `utils.getattr_with_deprecated_properties(obj=self, item=name,
    # deprecated_properties=DEPRECATED_PROPERTIES)`, which answers `github`, `ldap`, `mfa`, `kv` and raises
    # AttributeError for anything else: the deprecated methods 1.0 dropped are gone
    gone = found["removed", "hvac.Client.auth_github"]
    assert "hvac.Client's __getattr__ answers only 'github', 'ldap', 'mfa', 'kv'" in gone.detail
    assert ("removed", "hvac.Client.create_token") in found
    # the pair's other true reports are kept
    assert ("signature_changed", "hvac.Client.renew_token") in found


_TABLE = (
    "TABLE = {'kv': 'secrets'}\n\n"
    "def _served(obj, item, table):\n    if item in table:\n        return getattr(obj, table[item])\n"
)
_CLIENT = "class Client:\n    def __getattr__(self, name):\n        return _served(obj=self, item=name, table=TABLE)\n"


def test_a_getattr_helper_answering_table_keys_serves_nothing_else(tmp_path: Path) -> None:
    helper = _TABLE + "    raise AttributeError(item)\n\n"
    old = helper + _CLIENT + "\n    def auth_github(self):\n        return 1\n"
    found = synthetic(tmp_path, old, helper + _CLIENT)
    assert "answers only 'kv'" in found["demo.Client.auth_github"].detail


def test_a_getattr_helper_answering_anything_keeps_members_unclaimed(tmp_path: Path) -> None:
    # the helper ends in a lookup elsewhere, not in `raise`: any name may be served
    helper = _TABLE + "    return getattr(obj.inner, item)\n\n"
    old = helper + _CLIENT + "\n    def auth_github(self):\n        return 1\n"
    assert "demo.Client.auth_github" not in synthetic(tmp_path, old, helper + _CLIENT)
