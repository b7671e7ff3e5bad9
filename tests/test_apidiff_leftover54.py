"""False and misdescribed claims left at the last stops (scikit-bio 0.6, ...): each class on its pinned real
example, a synthetic case, and a sibling that keeps its claim."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_review import synthetic
from tests.test_apidiff_trust import changes

# -- a parameter renamed in place whose old name a helper resolves back into it --


def test_scikit_bio_0_6_faith_pd_still_takes_its_ids_second() -> None:
    found = changes("scikit-bio", "0.5.9", "0.6.0")
    # `faith_pd(counts, otu_ids, tree)` now passes the ids as `taxa`; `taxa = _check_taxa_alias(taxa, tree,
    # otu_ids)` takes either, so positional and `otu_ids=` callers work as before
    for name in ("alpha.faith_pd", "beta.unweighted_unifrac", "beta.weighted_unifrac"):
        assert ("signature_changed", f"skbio.diversity.{name}") not in found
    assert ("deprecated", "skbio.diversity.alpha.observed_otus") in found  # the pair's true report is kept


_OLD_PD = "def pd(counts, otu_ids, tree):\n    return counts, otu_ids, tree\n"


def test_an_old_name_resolved_into_its_slot_by_a_helper_is_no_move(tmp_path: Path) -> None:
    new = (
        "def _alias(taxa, tree, otu_ids):\n    return otu_ids if taxa is None else taxa\n\n"
        "def pd(counts, taxa=None, tree=None, otu_ids=None):\n"
        "    taxa = _alias(taxa, tree, otu_ids)\n    return counts, taxa, tree\n"
    )
    assert "demo.pd" not in synthetic(tmp_path, _OLD_PD, new)


def test_an_old_name_a_helper_reads_into_something_else_is_still_moved(tmp_path: Path) -> None:
    # the helper's result goes to a local, not back into the parameter in the old slot: `pd(c, ids, t)` passes the
    # ids as `taxa`, which nothing maps to the old meaning
    new = (
        "def _alias(taxa, otu_ids):\n    return otu_ids if taxa is None else taxa\n\n"
        "def pd(counts, taxa=None, tree=None, otu_ids=None):\n"
        "    ids = _alias(taxa, otu_ids)\n    return counts, ids, tree\n"
    )
    found = synthetic(tmp_path, _OLD_PD, new)
    assert found["demo.pd"].detail == "positional parameter 'otu_ids' moved from slot 1 to 3"


def test_a_helper_not_handed_the_new_parameter_keeps_the_move(tmp_path: Path) -> None:
    # `taxa = _alias(otu_ids)` overwrites whatever a positional caller passed second: the old meaning is lost
    new = (
        "def _alias(otu_ids):\n    return otu_ids\n\n"
        "def pd(counts, taxa=None, tree=None, otu_ids=None):\n"
        "    taxa = _alias(otu_ids)\n    return counts, taxa, tree\n"
    )
    found = synthetic(tmp_path, _OLD_PD, new)
    assert found["demo.pd"].detail == "positional parameter 'otu_ids' moved from slot 1 to 3"


# -- a call-made class attribute the class's own methods assign on `self` takes assignments --


def test_ipykernel_7_parent_headers_became_read_only() -> None:
    found = changes("ipykernel", "6.31.0", "7.0.0")
    # 6.31's traits (`parent_header = Dict({})`, `Any()`), set by the classes' own `set_parent`, are properties
    # without a setter in 7.0: `hook.parent_header = {}` now raises AttributeError
    for path in (
        "ipykernel.displayhook.ZMQShellDisplayHook.parent_header",
        "ipykernel.zmqshell.ZMQDisplayPublisher.parent_header",
        "ipykernel.zmqshell.ZMQInteractiveShell.parent_header",
        "ipykernel.displayhook.ZMQDisplayHook.parent_header",  # a plain `self.parent_header = {}`: claimed before
    ):
        assert found["signature_changed", path].breakages == ("attribute_made_read_only",)


_TRAIT_OLD = """from traits import Dict

class Hook:
    header = Dict({})
    other = Dict({})

    def set_parent(self, parent):
        self.header = parent

    @classmethod
    def reset(cls):
        cls.other = Dict({})
"""
_TRAIT_NEW = """class Hook:
    @property
    def header(self):
        return {}

    @property
    def other(self):
        return {}
"""


def test_a_call_made_attribute_its_methods_assign_is_settable(tmp_path: Path) -> None:
    found = synthetic(tmp_path, _TRAIT_OLD, _TRAIT_NEW)
    assert found["demo.Hook.header"].breakages == ("attribute_made_read_only",)
    # only rebound on the class by a classmethod: whether the call's descriptor takes assignments stays unknown
    assert "demo.Hook.other" not in found


# -- a method without `self` whose first statement reads `self`: every call raised NameError --


def test_dendropy_4_6_tree_array_append_gained_the_self_it_used() -> None:
    found = changes("dendropy", "4.5.2", "4.6.0")
    # 4.5.2's `append(tree, is_bipartitions_updated=False)` returned `self.add_tree(...)`: NameError on any call
    assert ("signature_changed", "dendropy.TreeArray.append") not in found
    assert ("signature_changed", "dendropy.TreeArray.insert") not in found
    # the pair's true report is kept: `constrained_kingman_tree(...)`'s later positional parameters moved
    assert "moved from slot 4 to 6" in found["signature_changed", "dendropy.simulate.constrained_kingman_tree"].detail


_SELFLESS_OLD = '''class Trees:
    def add(self, tree, updated=False):
        return tree

    def append(tree, updated=False):
        """Add a tree."""
        return self.add(tree, updated)

    def extend(trees, updated=False):
        for tree in trees:
            self.add(tree, updated)

    def insert(index, tree):
        return index, tree
'''
_SELFLESS_NEW = """class Trees:
    def add(self, tree, updated=False):
        return tree

    def append(self, tree, updated=False):
        return self.add(tree, updated)

    def extend(self, trees, updated=False):
        for tree in trees:
            self.add(tree, updated)

    def insert(self, index, tree):
        return index, tree
"""


def test_a_method_reading_the_self_it_lacks_never_worked(tmp_path: Path) -> None:
    found = synthetic(tmp_path, _SELFLESS_OLD, _SELFLESS_NEW)
    assert "demo.Trees.append" not in found
    # `Trees.insert(1, t)` through the class worked, as did `extend` over an empty list: adding `self` broke them
    assert found["demo.Trees.insert"].breakages == ("param_new_required", "param_moved")
    assert "demo.Trees.extend" in found
