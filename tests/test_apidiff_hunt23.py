"""False reports found on refactor-heavy releases of libraries nobody had read (nbformat 5.0, traitlets 5.0): each
class on its pinned real example and on a synthetic sibling, with the true reports of the same pairs kept."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_review import synthetic
from tests.test_apidiff_trust import changes

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
