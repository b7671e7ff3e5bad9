"""hunt46a: false claims found sweeping Django ecosystem apps and packages."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- the nested `Meta` of a concrete Django model, which `ModelBase` pops from the class body --


def test_django_taggit_5_model_meta_options_are_no_class_attributes() -> None:
    # 5.0 traded `TaggedItem.Meta`'s `index_together`/`unique_together` for `indexes`/`constraints`: a concrete
    # model's `Meta` is consumed into `_meta`, so `TaggedItem.Meta.index_together` raised AttributeError in 4.0 too
    found = changes("django-taggit", "4.0.0", "5.0.0")
    for option in ("index_together", "unique_together"):
        assert ("removed", f"taggit.models.TaggedItem.Meta.{option}") not in found
    assert ("removed", "taggit.default_app_config") in found  # the real removal of the pair stays


_MODEL = "from django.db import models\n\n\n"


def test_a_concrete_models_meta_is_not_compared(tmp_path: Path) -> None:
    old = {"demo/__init__.py": _MODEL + "class Tag(models.Model):\n    class Meta:\n        ordering = ['name']\n"}
    new = {"demo/__init__.py": _MODEL + "class Tag(models.Model):\n    class Meta:\n        indexes = []\n"}
    assert not diffed(tmp_path / "a", old, new)
    bare = {"demo/__init__.py": _MODEL + "class Tag(models.Model):\n    pass\n"}
    assert not diffed(tmp_path / "b", old, bare)  # its `Meta` going is no class removed either


def test_an_abstract_models_meta_stays_compared(tmp_path: Path) -> None:
    # Django keeps an abstract model's `Meta` on the class (`class Meta(Base.Meta)` in subclasses), even beside a
    # concrete subclass whose own `Meta` is consumed
    body = "class Base(models.Model):\n    class Meta:\n        abstract = True\n{option}"
    item = "\n\nclass Item(Base):\n    class Meta:\n        verbose_name = 'item'\n"
    old = {"demo/__init__.py": _MODEL + body.format(option="        ordering = ['name']\n") + item}
    new = {"demo/__init__.py": _MODEL + body.format(option="") + item}
    assert ("removed", "demo.Base.Meta.ordering") in diffed(tmp_path, old, new)


def test_a_nested_meta_outside_django_models_stays_compared(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "class Schema:\n    class Meta:\n        ordered = True\n        strict = True\n"}
    new = {"demo/__init__.py": "class Schema:\n    class Meta:\n        ordered = True\n"}
    assert ("removed", "demo.Schema.Meta.strict") in diffed(tmp_path, old, new)
