"""False claims found by hunt54a on OpenStack libraries and plugin/task frameworks nobody tuned on: each class on its
pinned real example, on a synthetic case, and with a sibling that must stay claimed."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a `**kwargs` closed (`if kw: raise`) after popping keys by the variable of a loop over a collection it does not
# spell: those keys are options, unread, so losing `**kwargs` for them spelled out refuses nothing known --


def test_oslo_concurrency_7_3_process_limits_spelled_out_the_keys_its_loop_popped() -> None:
    found = changes("oslo.concurrency", "7.2.0", "7.3.0")
    # `ProcessLimits(**kw)` popped each key of `self._LIMITS`, then `if kw: raise ValueError`; 7.3 lists them
    assert ("signature_changed", "oslo_concurrency.processutils.ProcessLimits") not in found
    # `lock_file_prefix=None` became required: still claimed
    assert ("signature_changed", "oslo_concurrency.lockutils.remove_external_lock_file") in found


LOOP_OLD = {"demo/__init__.py": (
    "class Limits:\n    _LIMITS = {'cpu': '--cpu', 'mem': '--mem'}\n\n"
    "    def __init__(self, **kw):\n        for limit in self._LIMITS:\n            setattr(self, limit, kw.pop(limit, None))\n"
    "        if kw:\n            raise ValueError(sorted(kw))\n\n\n"
    "def spelled(**kw):\n    for key in ('cpu', 'mem'):\n        print(kw.pop(key, None))\n    if kw:\n        raise ValueError(kw)\n")}
LOOP_NEW = {"demo/__init__.py": (
    "class Limits:\n    def __init__(self, *, cpu=None, mem=None):\n        self.cpu = cpu\n        self.mem = mem\n\n\n"
    "def spelled(*, cpu=None):\n    print(cpu)\n")}


def test_a_kwargs_closed_after_a_loop_over_an_unspelled_collection_took_those_keys(tmp_path: Path) -> None:
    found = diffed(tmp_path, LOOP_OLD, LOOP_NEW)
    assert ("signature_changed", "demo.Limits") not in found
    # a loop over literal keys is read: the one the new signature dropped is still claimed
    assert found[("signature_changed", "demo.spelled")].signature.removed == ("mem",)


# -- `**kwargs` handed on whole to a callee that closes its own (`if kwargs: raise` after popping its options):
# what the caller took is those options, so spelling them out loses nothing --


def test_oslo_concurrency_7_3_trycmd_spelled_out_what_execute_took() -> None:
    found = changes("oslo.concurrency", "7.2.0", "7.3.0")
    # `trycmd(*args, **kwargs)` popped `discard_warnings` and called `execute(*args, **kwargs)`, which popped its
    # options and raised `UnknownArgumentError` on any other; 7.3 spells both out, the same keywords
    assert ("signature_changed", "oslo_concurrency.processutils.trycmd") not in found
    assert ("signature_changed", "oslo_concurrency.processutils.execute") not in found


FORWARD_OLD = {"demo/__init__.py": (
    "def execute(*cmd, **kwargs):\n    cwd = kwargs.pop('cwd', None)\n    shell = kwargs.pop('shell', False)\n"
    "    if kwargs:\n        raise TypeError(kwargs)\n    return cmd, cwd, shell\n\n\n"
    "def trycmd(*args, **kwargs):\n    quiet = kwargs.pop('quiet', False)\n    return execute(*args, **kwargs), quiet\n\n\n"
    "def runcmd(*args, **kwargs):\n    return execute(*args, **kwargs)\n")}
FORWARD_NEW = {"demo/__init__.py": (
    "def execute(*cmd, cwd=None, shell=False):\n    return cmd, cwd, shell\n\n\n"
    "def trycmd(*cmd, cwd=None, shell=False, quiet=False):\n    return execute(*cmd, cwd=cwd, shell=shell), quiet\n\n\n"
    "def runcmd(*cmd, cwd=None):\n    return execute(*cmd, cwd=cwd)\n")}


def test_kwargs_handed_to_a_callee_closing_its_own_took_only_its_options(tmp_path: Path) -> None:
    found = diffed(tmp_path, FORWARD_OLD, FORWARD_NEW)
    assert ("signature_changed", "demo.trycmd") not in found
    # the one that dropped an option `execute` took is claimed, surely (no "could not be followed")
    runcmd = found[("signature_changed", "demo.runcmd")]
    assert runcmd.signature.removed == ("shell",)
    assert not runcmd.signature.kwargs_unverified


# -- a class attribute holding a property (`x = property(get)`, or made by a module function every `return` of which
# is `property(...)`) set on each instance instead: read on the class it gave the property object, no value --


def test_oslo_context_6_sets_on_instances_what_moved_properties_gave() -> None:
    found = changes("oslo.context", "5.7.1", "6.0.0")
    # 5.7's `user_id = _moved_property('_user_id')`, `_moved_property` returning `property(getter, setter, deleter)`
    for name in ("user_id", "project_id", "domain_id", "user_domain_id", "project_domain_id"):
        assert ("signature_changed", f"oslo_context.context.RequestContext.{name}") not in found
    # the deprecated `user = _moved_property('user_id', 'user', ...)` 6.0 dropped: still claimed
    assert ("removed", "oslo_context.context.RequestContext.user") in found


PROPERTY_OLD = {"demo/__init__.py": (
    "def _moved(name):\n    def getter(self):\n        return getattr(self, name)\n\n"
    "    def setter(self, value):\n        setattr(self, name, value)\n\n    return property(getter, setter)\n\n\n"
    "def _plain(name):\n    return name.upper()\n\n\ndef _get(self):\n    return self._direct\n\n\n"
    "class Context:\n    def __init__(self, user_id=None):\n        self._user_id = user_id\n\n"
    "    user_id = _moved('_user_id')\n    direct = property(_get)\n    label = _plain('label')\n")}
PROPERTY_NEW = {"demo/__init__.py": (
    "class Context:\n    def __init__(self, user_id=None):\n        self.user_id = user_id\n"
    "        self.direct = None\n        self.label = 'LABEL'\n")}


def test_a_property_made_by_a_call_set_on_instances_is_no_change(tmp_path: Path) -> None:
    found = diffed(tmp_path, PROPERTY_OLD, PROPERTY_NEW)
    assert ("signature_changed", "demo.Context.user_id") not in found
    assert ("signature_changed", "demo.Context.direct") not in found
    # a plain value a function made was read on the class: still claimed
    assert found[("signature_changed", "demo.Context.label")].breakage == "class_attribute_now_instance_only"
