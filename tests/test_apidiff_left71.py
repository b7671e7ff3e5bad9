"""Known misses closed (left71): each class on a synthetic pair and on its real pinned release pair."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a keyword default carried by a class attribute: `__init__(self, **kw)` sets each keyword on the instance by
# name, so one left out stays at the class attribute of that name (waitress's `Adjustments`) --

_OPTIONS = (
    "class _marker:\n    pass\n\n\nclass Settings:\n    _names = ('retries', 'strict')\n"
    "    retries = 3\n    strict = _marker\n    mode = 'fast'\n    timeout = None\n\n"
    "    def __init__(self, **kw):\n        for key, value in kw.items():\n"
    "            if key not in self._names:\n                raise ValueError(key)\n"
    "            setattr(self, key, value)\n"
    "        if self.strict is _marker:\n            self.strict = False\n"
)


def test_a_class_attribute_default_of_a_keyword_set_by_name_changed(tmp_path: Path) -> None:
    new = _OPTIONS.replace("retries = 3", "retries = 5").replace("strict = _marker", "strict = True")
    found = diffed(tmp_path, {"demo/__init__.py": _OPTIONS}, {"demo/__init__.py": new})
    change = found["signature_changed", "demo.Settings"]
    assert change.breakage == "option_default_changed"
    assert change.signature is not None
    assert {(n, b) for n, b, _, _ in change.signature.defaults_changed} == {("retries", "3"), ("strict", "False")}
    assert "the class attribute 'retries'" in change.detail


def test_a_class_attribute_default_no_keyword_reaches_is_no_claim(tmp_path: Path) -> None:
    # `mode` is spelled nowhere as text while the loop refuses unlisted keys: no call can set it
    new = _OPTIONS.replace("mode = 'fast'", "mode = 'slow'")
    assert ("signature_changed", "demo.Settings") not in diffed(tmp_path, {"demo/__init__.py": _OPTIONS},
                                                                {"demo/__init__.py": new})
    # an attribute `__init__` assigns itself besides the loop: its value is not what a call leaving it out gets
    assigned = _OPTIONS + "        self.retries = int(self.retries)\n"
    found = diffed(tmp_path / "assigned", {"demo/__init__.py": assigned},
                   {"demo/__init__.py": assigned.replace("retries = 3", "retries = 5")})
    assert ("signature_changed", "demo.Settings") not in found
    # no loop setting keywords by name: a class constant, no default
    plain = "class Settings:\n    retries = 3\n\n    def __init__(self, **kw):\n        self.kw = kw\n"
    found = diffed(tmp_path / "plain", {"demo/__init__.py": plain},
                   {"demo/__init__.py": plain.replace("= 3", "= 5")})
    assert ("signature_changed", "demo.Settings") not in found


def test_waitress_3_clear_untrusted_proxy_headers_defaults_to_true() -> None:
    # 2.1.2: `clear_untrusted_proxy_headers = _bool_marker`, which `__init__` replaces with False (warning)
    found = changes("waitress", "2.1.2", "3.0.0")
    change = found["signature_changed", "waitress.adjustments.Adjustments"]
    assert change.breakage == "option_default_changed"
    assert change.signature is not None
    assert [(n, b) for n, b, _, _ in change.signature.defaults_changed] == [("clear_untrusted_proxy_headers", "False")]


# -- a parameter kept with its default that the new body raises for when given --

_COPY = "def copy(update=None, include=None, exclude=None):\n    return dict(update or {}, include=include, exclude=exclude)\n"
_REFUSING = (
    "def copy(update=None, include=None, exclude=None):\n"
    "    if include is not None or exclude is not None:\n        raise NotImplementedError('use model_copy')\n"
    "    return dict(update or {})\n"
)


def test_a_parameter_the_new_body_raises_for_when_given(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _COPY}, {"demo/__init__.py": _REFUSING})
    change = found["signature_changed", "demo.copy"]
    assert change.breakage == "param_now_raises"
    assert change.signature is not None and change.signature.now_raising == ("exclude", "include")
    # raising for both given together refuses neither alone: no claim
    both = _REFUSING.replace(" or exclude", " and exclude")
    assert ("signature_changed", "demo.copy") not in diffed(tmp_path / "and", {"demo/__init__.py": _COPY},
                                                           {"demo/__init__.py": both})
    # a raise the old body had already: nothing new
    assert ("signature_changed", "demo.copy") not in diffed(tmp_path / "kept", {"demo/__init__.py": _REFUSING},
                                                           {"demo/__init__.py": _REFUSING + "\n\nX = 1\n"})


def test_odmantic_1_model_copy_raises_when_include_or_exclude_given() -> None:
    found = changes("odmantic", "0.9.2", "1.0.0")
    change = found["signature_changed", "odmantic.EmbeddedModel.copy"]
    assert "param_now_raises" in change.breakages
    assert change.signature is not None and change.signature.now_raising == ("exclude", "include")


# -- a class-body name bound by applying an expiring deprecator's call to a method (`get_data =
# deprecate_with_version(..., until=...)(get_fdata)`): past `until`, every call raises --


def _class_bound(version: str, until: str) -> dict[str, str]:
    from tests.test_apidiff_expire70 import _DEPRECATOR

    return {
        "demo/deprecator.py": _DEPRECATOR.replace("{version}", version),
        "demo/__init__.py": "from .deprecator import deprecate_with_version\n\n\nclass Image:\n"
        "    def get_fdata(self):\n        return 1.0\n\n"
        f"    get_data = deprecate_with_version('use get_fdata', since='0.5', until='{until}')(get_fdata)\n",
    }


def test_a_class_attribute_bound_by_applying_an_expiring_deprecator_now_raises(tmp_path: Path) -> None:
    found = diffed(tmp_path, _class_bound("1.0", "1.5"), _class_bound("2.0", "1.5"))
    change = found["signature_changed", "demo.Image.get_data"]
    assert change.breakage == "callable_now_raises"
    assert "deprecates it until 1.5" in change.detail
    # not yet past its version: no change
    later = diffed(tmp_path / "later", _class_bound("1.0", "3.0"), _class_bound("2.0", "3.0"))
    assert ("signature_changed", "demo.Image.get_data") not in later


# -- a class-body setting the metaclass's `__new__` read from the namespace, no longer read and stored over --

_META = (
    "def _validate(name, namespace):\n    return namespace.get('__fields__')\n\n\n"
    "class Meta(type):\n    def __new__(mcs, name, bases, namespace):\n        _validate(name, namespace)\n"
    "        if '__table__' in namespace:\n            table = namespace['__table__']\n        else:\n"
    "            table = name.lower()\n        namespace['__table__'] = table\n"
    "        return super().__new__(mcs, name, bases, namespace)\n\n\nclass Model(metaclass=Meta):\n    pass\n"
)
_META_NEW = _META.replace(
    "        if '__table__' in namespace:\n            table = namespace['__table__']\n        else:\n"
    "            table = name.lower()\n", "        table = name.lower()\n"
)


def test_a_class_body_setting_the_metaclass_no_longer_reads(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _META}, {"demo/__init__.py": _META_NEW})
    change = found["removed", "demo.Model.__table__"]
    assert change.breakage == "class_body_setting_unread"
    assert "stores its own value under it" in change.detail


def test_a_class_body_setting_still_read_or_not_stored_over_is_no_claim(tmp_path: Path) -> None:
    # read by the helper the namespace is handed to: still read
    helper = _META_NEW.replace("namespace.get('__fields__')", "namespace.get('__table__')")
    assert ("removed", "demo.Model.__table__") not in diffed(tmp_path, {"demo/__init__.py": _META},
                                                             {"demo/__init__.py": helper})
    # not stored over: what becomes of the user's value is not seen
    unstored = _META_NEW.replace("        namespace['__table__'] = table\n", "")
    assert ("removed", "demo.Model.__table__") not in diffed(tmp_path / "unstored", {"demo/__init__.py": _META},
                                                             {"demo/__init__.py": unstored})
    # stored only after the namespace went to a callable no read of which is seen: its value may be read there
    handed = _META_NEW.replace("        _validate(name, namespace)\n", "        register(namespace)\n")
    assert ("removed", "demo.Model.__table__") not in diffed(tmp_path / "handed", {"demo/__init__.py": _META},
                                                             {"demo/__init__.py": handed})


def test_odmantic_1_no_longer_reads_a_models_collection_dunder() -> None:
    found = changes("odmantic", "0.9.2", "1.0.0")
    change = found["removed", "odmantic.model.Model.__collection__"]
    assert change.breakage == "class_body_setting_unread"
    assert "odmantic.Model.__collection__" in change.aliases
    assert ("removed", "odmantic.model.EmbeddedModel.__collection__") not in found  # its metaclass never read it


# -- a module filling its names from a mapping that keeps only upper-case keys binds no lower-case name --

_FILLED = (
    "class _Flags:\n    FLOAT = 1\n    INT = 2\n\n\nflags = _Flags()\n\n\n"
    "def natsorted(seq):\n    return sorted(seq)\n\n\ndef versorted(seq):\n    return sorted(seq)\n\n\n"
    "globals().update(dict((k, getattr(flags, k)) for k in dir(flags) if k.isupper()))\n"
)


def test_names_filled_from_upper_case_keys_only_leave_a_lower_case_removal_claimed(tmp_path: Path) -> None:
    new = _FILLED.replace("def versorted(seq):\n    return sorted(seq)\n\n\n", "")
    found = diffed(tmp_path, {"demo/__init__.py": _FILLED}, {"demo/__init__.py": new})
    assert ("removed", "demo.versorted") in found
    # a dict comprehension filtered so too
    comp = new.replace("dict((k, getattr(flags, k)) for k in dir(flags) if k.isupper())",
                       "{k: getattr(flags, k) for k in dir(flags) if k.isupper()}")
    assert ("removed", "demo.versorted") in diffed(tmp_path / "comp", {"demo/__init__.py": _FILLED},
                                                  {"demo/__init__.py": comp})
    # without the filter any name may be bound: no claim
    unfiltered = new.replace(" if k.isupper()", "")
    assert ("removed", "demo.versorted") not in diffed(tmp_path / "any", {"demo/__init__.py": _FILLED},
                                                      {"demo/__init__.py": unfiltered})
    # an upper-case name lost may still be bound so: no claim
    upper = _FILLED.replace("versorted", "VERSORTED")
    assert ("removed", "demo.VERSORTED") not in diffed(
        tmp_path / "upper", {"demo/__init__.py": upper},
        {"demo/__init__.py": upper.replace("def VERSORTED(seq):\n    return sorted(seq)\n\n\n", "")})


def test_a_namespace_read_whole_only_by_the_new_metaclass_makes_no_claim(tmp_path: Path) -> None:
    whole = "def _validate(name, namespace):\n    return [key for key in namespace.items()]\n\n\n"
    new = _META_NEW.replace("def _validate(name, namespace):\n    return namespace.get('__fields__')\n\n\n", whole)
    assert ("removed", "demo.Model.__table__") not in diffed(tmp_path, {"demo/__init__.py": _META},
                                                             {"demo/__init__.py": new})
    # read whole by both: the old code still read the key by name, the new one no longer does
    old = _META.replace("def _validate(name, namespace):\n    return namespace.get('__fields__')\n\n\n", whole)
    assert ("removed", "demo.Model.__table__") in diffed(tmp_path / "both", {"demo/__init__.py": old},
                                                         {"demo/__init__.py": new})


def test_a_parameter_the_old_body_handed_to_a_helper_when_given_makes_no_raise_claim(tmp_path: Path) -> None:
    # the old code called a helper when it was given (which may have raised already): no claim
    helper = _COPY.replace("    return dict(", "    if include is not None:\n        _removed('include')\n    return dict(")
    found = diffed(tmp_path, {"demo/__init__.py": "def _removed(name):\n    raise TypeError(name)\n\n\n" + helper},
                   {"demo/__init__.py": _REFUSING})
    change = found.get(("signature_changed", "demo.copy"))
    assert change is None or change.signature is None or "include" not in change.signature.now_raising
