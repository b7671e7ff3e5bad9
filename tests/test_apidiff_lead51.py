"""Classes the lead fixed at stop 47: each on its pinned real example, on a synthetic case, and with a sibling."""

from __future__ import annotations

import ast
from pathlib import Path

from bot.apidiff.collectedfields import collected_as
from bot.apidiff.diff import diff_surfaces
from bot.apidiff.release import surface_of
from bot.changes import Change
from tests.test_apidiff_catalogue import build, run
from tests.test_apidiff_core import surface, wheel
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a field a metaclass pops from the class body into a dict is no class attribute: its removal is a field's --


def test_django_debug_toolbar_6_forms_lost_declared_fields_not_class_attributes() -> None:
    found = changes("django-debug-toolbar", "5.2.0", "6.0.0", ("django", "4.0"))
    field = found[("removed", "debug_toolbar.panels.sql.forms.SQLSelectForm.sql")]
    assert field.breakage == "declared_field_removed"
    assert field.witness.endswith("assert 'sql' in SQLSelectForm.declared_fields")
    assert "no longer declared" in field.detail
    # siblings in the same pair keep their kinds: a property, an attribute the constructor sets
    assert (
        found[("removed", "debug_toolbar.panels.staticfiles.StaticFilesPanel.num_used")].breakage == "property_removed"
    )
    assert found[("removed", "debug_toolbar.toolbar.DebugToolbar.store_id")].breakage == "instance_attribute_removed"


DJANGO_FORM = (
    "from django import forms\n\n\nclass SearchForm(forms.Form):\n    template_name = 'search.html'\n"
    "    query = forms.CharField()\n    page = forms.IntegerField()\n"
)


DJANGO = {
    "django/__init__.py": "",
    "django/forms/__init__.py": "from .forms import Form\n",
    "django/forms/forms.py": "class Form:\n    def is_valid(self):\n        return True\n",
}


def _with_django(tmp_path: Path, old: dict[str, str], new: dict[str, str]) -> dict[tuple[str, str], Change]:
    """The changes with Django's surface known (a stand-in: a `Form` without the members the demo declares)."""
    django = surface_of(wheel(tmp_path / "django", DJANGO), "django", "4.0")
    found = diff_surfaces(surface(tmp_path, old, "1.0"), surface(tmp_path, new, "2.0"), [django])
    return {(c.kind.value, c.symbol): c for c in found}


def test_a_form_field_of_an_outside_declarative_base_is_a_declared_field(tmp_path: Path) -> None:
    new = {
        "demo/__init__.py": "from django import forms\n\n\nclass SearchForm(forms.Form):\n    query = forms.CharField()\n"
    }
    found = _with_django(tmp_path, {"demo/__init__.py": DJANGO_FORM}, new)
    assert found[("removed", "demo.SearchForm.page")].breakage == "declared_field_removed"
    # a literal option stays on the class: `SearchForm.template_name` worked and fails
    assert found[("removed", "demo.SearchForm.template_name")].breakage == "class_attribute_removed"


def test_a_class_whose_metaclass_keeps_its_fields_keeps_class_attribute_removals(tmp_path: Path) -> None:
    # WTForms' `FormMeta` leaves `UnboundField`s on the class: `LoginForm.remember` works on the old release
    meta = (
        "class Field: ...\n\n\nclass FormMeta(type):\n    def __new__(mcs, name, bases, attrs):\n"
        "        attrs.pop('Meta', None)\n        attrs['_unbound_fields'] = None\n"
        "        return super().__new__(mcs, name, bases, attrs)\n\n\n"
    )
    old = {
        "demo/__init__.py": meta + "class LoginForm(metaclass=FormMeta):\n    remember = Field()\n    name = Field()\n"
    }
    new = {"demo/__init__.py": meta + "class LoginForm(metaclass=FormMeta):\n    name = Field()\n"}
    assert diffed(tmp_path, old, new)[("removed", "demo.LoginForm.remember")].breakage == "class_attribute_removed"


SERIALIZER_META = '''class Field: ...


class SerializerMetaclass(type):
    @classmethod
    def _get_declared_fields(cls, bases, attrs):
        return {name: attrs.pop(name) for name, value in list(attrs.items()) if isinstance(value, Field)}

    def __new__(cls, name, bases, attrs):
        attrs['_declared_fields'] = cls._get_declared_fields(bases, attrs)
        return super().__new__(cls, name, bases, attrs)


class Serializer(metaclass=SerializerMetaclass): ...


'''


def test_a_metaclass_popping_through_a_helper_of_its_own_collects_fields(tmp_path: Path) -> None:
    # Django REST framework's shape: `__new__` hands the namespace to a classmethod that pops the fields
    old = {
        "demo/__init__.py": SERIALIZER_META
        + "class UserSerializer(Serializer):\n    email = Field()\n    name = Field()\n"
    }
    new = {"demo/__init__.py": SERIALIZER_META + "class UserSerializer(Serializer):\n    name = Field()\n"}
    change = diffed(tmp_path, old, new)[("removed", "demo.UserSerializer.email")]
    assert change.breakage == "declared_field_removed"
    assert change.witness.endswith("assert 'email' in UserSerializer._declared_fields")


def _new_of(text: str) -> str:
    cls = next(s for s in ast.parse(text).body if isinstance(s, ast.ClassDef))
    assert isinstance(cls, ast.ClassDef)
    methods = {s.name: s for s in cls.body if isinstance(s, ast.FunctionDef)}
    functions = {s.name: [s] for s in ast.parse(text).body if isinstance(s, ast.FunctionDef)}
    return collected_as(methods["__new__"], methods, functions)


def test_the_collected_dict_is_the_one_built_from_what_was_popped() -> None:
    # marshmallow's `SchemaMeta`: `del attrs[name]` over `cls_fields`, then `klass.opts = ...` before
    # `klass._declared_fields = mcs.get_declared_fields(cls_fields=cls_fields, ...)`
    schema_meta = (
        "class SchemaMeta(type):\n    def __new__(mcs, name, bases, attrs):\n"
        "        cls_fields = _get_fields(attrs)\n        for field_name, _ in cls_fields:\n"
        "            del attrs[field_name]\n        klass = super().__new__(mcs, name, bases, attrs)\n"
        "        klass.opts = klass.OPTIONS_CLASS(klass.Meta)\n"
        "        klass._declared_fields = mcs.get_declared_fields(klass=klass, cls_fields=cls_fields)\n"
        "        return klass\n"
    )
    assert _new_of(schema_meta) == "_declared_fields"
    # one literal key consumed (the options class) is no field collection
    assert _new_of(schema_meta.replace("del attrs[field_name]", "del attrs['Meta']")) == ""
    # a `__new__` with no namespace parameter (an ordinary class's) collects nothing
    assert _new_of("class Point:\n    def __new__(cls, x):\n        return super().__new__(cls)\n") == ""
    # old Django's shape: a module function handed the namespace pops the fields
    module_helper = (
        "def get_declared_fields(bases, attrs):\n    return [(k, attrs.pop(k)) for k, v in list(attrs.items()) if v]\n\n\n"
        "class FormMeta(type):\n    def __new__(cls, name, bases, attrs):\n"
        "        attrs['base_fields'] = get_declared_fields(bases, attrs)\n"
        "        return type.__new__(cls, name, bases, attrs)\n"
    )
    assert _new_of(module_helper) == "base_fields"
    # a helper handed the namespace that only reads it collects nothing popped
    assert _new_of(module_helper.replace("attrs.pop(k)", "attrs[k]")) == ""


# -- a class whose `__new__(cls, *args, **kwargs)` comes first: `inspect.signature(cls)` shows that `__new__`, so a
# -- constructor witness reads `__init__` (WTForms 3.3's fields inserted `invalid_value_message` before `widget`) --

FIELD_OLD = '''class Field:
    def __new__(cls, *args, **kwargs):
        return super().__new__(cls)

    def __init__(self, label=None, default=None, widget=None, render_kw=None):
        self.label = label


class StringField(Field):
    pass
'''
FIELD_NEW = FIELD_OLD.replace("default=None, widget=None", "default=None, invalid_value_message=None, widget=None")


def _witnesses_hold(tmp_path: Path, old: str, new: str, breakage: str) -> list[str]:
    """The instantiated witnesses of `breakage`, each checked to pass against `old` and fail against `new`."""
    old_root, new_root = build(tmp_path / "old", old), build(tmp_path / "new", new)
    found = [c for c in diff_surfaces(surface_of(old_root, "pkg", "1.0"), surface_of(new_root, "pkg", "2.0"))
             if c.breakage == breakage]
    for change in found:
        assert run(change.witness, old_root).returncode == 0, change.witness
        assert run(change.witness, new_root).returncode != 0, change.witness
    return [c.witness for c in found]


def test_a_constructor_witness_reads_init_when_a_generic_new_comes_first(tmp_path: Path) -> None:
    witnesses = _witnesses_hold(tmp_path, FIELD_OLD, FIELD_NEW, "param_moved")
    assert len(witnesses) == 2  # Field and StringField, the subclass inheriting both
    assert all("StringField.__init__" in w or "Field.__init__" in w for w in witnesses)


def test_a_constructor_witness_keeps_the_class_when_init_comes_first(tmp_path: Path) -> None:
    # the sibling: `__new__` only on a base, `__init__` on the class itself: `inspect.signature(cls)` is `__init__`'s
    old = FIELD_OLD.replace("class StringField(Field):\n    pass", "class StringField(Field):\n    def __init__(self, label=None, widget=None):\n        pass")
    new = old.replace("def __init__(self, label=None, widget=None)", "def __init__(self, label=None, default=None, widget=None)")
    witnesses = _witnesses_hold(tmp_path, old, new, "param_moved")
    assert any("inspect.signature(StringField).bind(" in w for w in witnesses)


def test_wtforms_3_3_field_witnesses_read_init() -> None:
    found = changes("wtforms", "3.2.2", "3.3.0")
    moved = found[("signature_changed", "wtforms.StringField")]
    assert moved.breakage == "param_moved"
    assert "inspect.signature(StringField.__init__).bind(None, 0, 1, 2, 3, 4, 5, 6" in moved.witness
    # a validator with no `__new__` keeps the class itself
    email = found[("signature_changed", "wtforms.validators.Email")]
    assert "inspect.signature(Email).bind(0, 1, 2" in email.witness
