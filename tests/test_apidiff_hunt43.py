"""False claims found by hunt43 on the ML and data tooling stack nobody tuned on: each class on its pinned real
example, on a synthetic case, and with a sibling that must stay claimed."""

from __future__ import annotations

from pathlib import Path

from bot.apidiff.diff import diff_surfaces
from bot.apidiff.lazydeps import DependencyTree, partial_surfaces, seeds
from bot.apidiff.model import Surface, Symbol
from bot.apidiff.outside import Outside
from bot.apidiff.release import read_file
from tests.artifacts import unpacked_release
from tests.test_apidiff_releases import pinned_surface
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

HOOK = "hook_called_with_new_arguments"

# -- a keyword passed only when the method, looked at, takes it: no override written against the old one gets it --


def test_mlflow_create_model_version_gets_local_model_path_only_when_it_takes_it() -> None:
    # 2.5.0: `arg_names = _get_arg_names(self.store.create_model_version)`; `if "local_model_path" in arg_names:`
    # the call passes it, else the old six positional arguments alone
    found = changes("mlflow-skinny", "2.4.2", "2.5.0")
    stores = ("abstract_store.AbstractStore", "file_store.FileStore", "rest_store.RestStore")
    for store in stores:
        assert ("signature_changed", f"mlflow.store.model_registry.{store}.create_model_version") not in found


_STORE_OLD = "class Store:\n    def create(self, name, source):\n        return name\n"
_STORE_NEW = "class Store:\n    def create(self, name, source, local_path=None):\n        return name\n"
_CLIENT = """
class Client:
    def __init__(self, store, options):
        self.store = store
        self.options = options

    def register(self, name, source, local_path=None):
{body}
"""
_GUARDED = """        names = inspect.signature(self.store.create).parameters
        if "local_path" in names:
            return self.store.create(name, source, local_path=local_path)
        return self.store.create(name, source)
"""
_PLAIN = "        return self.store.create(name, source, local_path=local_path)\n"
_ON_OPTIONS = """        if "local_path" in self.options:
            return self.store.create(name, source, local_path=local_path)
        return self.store.create(name, source)
"""


def _hook(tmp_path: Path, body: str) -> bool:
    old = {"demo/__init__.py": _STORE_OLD + _CLIENT.format(body="        return self.store.create(name, source)\n")}
    new = {"demo/__init__.py": "import inspect\n" + _STORE_NEW + _CLIENT.format(body=body)}
    found = diffed(tmp_path, old, new)
    change = found.get(("signature_changed", "demo.Store.create"))
    return change is not None and HOOK in change.breakages


def test_a_keyword_passed_under_a_test_of_the_method_s_parameters_is_no_new_hook_argument(tmp_path: Path) -> None:
    assert not _hook(tmp_path / "guarded", _GUARDED)
    # siblings: passed whatever the override takes, or under a test of the caller's options, it is still claimed
    assert _hook(tmp_path / "plain", _PLAIN)
    assert _hook(tmp_path / "options", _ON_OPTIONS)



def test_keras_compute_loss_gets_training_only_when_its_flag_says_it_takes_it() -> None:
    # 3.4.0: `if self._compute_loss_has_training_arg: return self.compute_loss(..., training=training)`, else
    # `return self.compute_loss(x, y, y_pred, sample_weight)`
    found = changes("keras", "3.3.3", "3.4.0")
    change = found.get(("signature_changed", "keras.Model.compute_loss"))
    assert change is None or HOOK not in change.breakages


_FLAGGED = """        if self.store_has_local_path_arg:
            return self.store.create(name, source, local_path=local_path)
        return self.store.create(name, source)
"""
_FLAGGED_NO_FALLBACK = """        if self.store_has_local_path_arg:
            return self.store.create(name, source, local_path=local_path)
        return None
"""
_VALUE_FLAG = """        if local_path:
            return self.store.create(name, source, local_path=local_path)
        return self.store.create(name, source)
"""
_OTHER_FLAG = """        if self.verbose:
            return self.store.create(name, source, local_path=local_path)
        return self.store.create(name, source)
"""


def test_a_keyword_passed_under_a_flag_named_after_it_beside_the_old_call_is_no_new_hook_argument(
    tmp_path: Path,
) -> None:
    assert not _hook(tmp_path / "flagged", _FLAGGED)
    # siblings: no old call in the other arm, or a flag naming something else, it is still claimed
    assert _hook(tmp_path / "no_fallback", _FLAGGED_NO_FALLBACK)
    assert _hook(tmp_path / "other_flag", _OTHER_FLAG)
    assert _hook(tmp_path / "value_flag", _VALUE_FLAG)  # the keyword's own value decides: passed whenever set


# -- a base renamed, an old path to it still leading to a class among the ancestors, is no lost base --


def test_keras_backend_variables_still_derive_from_the_renamed_keras_variable() -> None:
    # 3.7.0: `variables.KerasVariable` became `variables.Variable`; `backend.common` imports it `as KerasVariable`
    found = changes("keras", "3.6.0", "3.7.0")
    for backend in ("jax", "numpy", "torch"):
        assert ("signature_changed", f"keras.src.backend.{backend}.Variable") not in found
        assert ("signature_changed", f"keras.src.backend.{backend}.core.Variable") not in found
    # the old definition path no longer imports: that is claimed
    assert ("removed", "keras.src.backend.common.variables.KerasVariable") in found


_VARIABLES = {"KerasVariable": "class KerasVariable:\n    pass\n", "Variable": "class Variable:\n    pass\n"}
_BACKEND = "from demo import KerasVariable\n\n\nclass Variable(KerasVariable):\n    pass\n"


def test_a_renamed_base_still_imported_under_its_old_name_is_kept(tmp_path: Path) -> None:
    old = {
        "demo/__init__.py": "from demo.variables import KerasVariable\n",
        "demo/variables.py": _VARIABLES["KerasVariable"],
        "demo/backend.py": _BACKEND,
    }
    new = {
        "demo/__init__.py": "from demo.variables import Variable as KerasVariable\n",
        "demo/variables.py": _VARIABLES["Variable"],
        "demo/backend.py": _BACKEND,
    }
    found = diffed(tmp_path / "renamed", old, new)
    assert ("signature_changed", "demo.backend.Variable") not in found
    assert ("removed", "demo.variables.KerasVariable") in found
    # siblings: a base really dropped, or an old path re-pointed while the old class stays, is still claimed
    dropped = dict(new, **{"demo/backend.py": "class Variable:\n    pass\n"})
    lost = diffed(tmp_path / "dropped", old, dropped)[("signature_changed", "demo.backend.Variable")]
    assert lost.detail == "no longer a subclass of demo.variables.KerasVariable"
    both = _VARIABLES["KerasVariable"] + "\n\n" + _VARIABLES["Variable"]
    repointed = dict(new, **{"demo/variables.py": both})
    assert ("signature_changed", "demo.backend.Variable") in diffed(tmp_path / "repointed", old, repointed)


# -- a class whose methods assign `self.__class__` gives instances bases its definition does not name --


def test_accelerate_data_loader_shard_instances_still_are_data_loaders() -> None:
    # 0.34.0: `DataLoaderAdapter.__init__` ends `self.__class__ = type(base_cls_name, (base_cls, parent_cls), {})`
    found = changes("accelerate", "0.33.0", "0.34.0")
    for name in ("DataLoaderShard", "SkipDataLoader"):
        assert ("signature_changed", f"accelerate.data_loader.{name}") not in found


_LOADERS = "class DataLoader:\n    pass\n\n\nclass Other:\n    pass\n"
_ADAPTER = """

class Adapter:
    def __init__(self, loader=None):
        self.loader = loader
{rebind}

class Shard(Adapter):
    pass
"""
_REBIND = "        self.__class__ = type(type(self).__name__, (type(self), type(loader)), {})\n"


def test_a_class_rebinding_its_instances_class_makes_no_lost_base_claim(tmp_path: Path) -> None:
    old = {"demo/__init__.py": _LOADERS + "\n\nclass Shard(DataLoader):\n    pass\n"}
    new = {"demo/__init__.py": _LOADERS + _ADAPTER.format(rebind=_REBIND)}
    assert ("signature_changed", "demo.Shard") not in diffed(tmp_path / "rebound", old, new)
    # sibling: the same adapter without the rebinding: the base is lost
    plain = {"demo/__init__.py": _LOADERS + _ADAPTER.format(rebind="")}
    lost = diffed(tmp_path / "plain", old, plain)[("signature_changed", "demo.Shard")]
    assert lost.detail == "no longer a subclass of demo.DataLoader"


# -- a dependency's name among its own alternatives (a class defined in both arms of an `if`) ends the lookup --


def test_datasets_2_16_diffs_against_filelock_4_3() -> None:
    # filelock 4.3.2's `UnixFileLock` is defined under `if sys.platform == "win32":` and its `else:`; datasets
    # derives `datasets.utils._filelock.FileLock` from `filelock.FileLock`: the diff raised RecursionError
    # the service reads dependencies on demand, as here
    before, after = pinned_surface("datasets", "2.15.0"), pinned_surface("datasets", "2.16.0")
    trees = [DependencyTree("filelock", "4.3.2", unpacked_release("filelock", "4.3.2"))]
    partial = partial_surfaces(seeds(after, before), trees, lambda file: read_file(file, lazy=True))
    found = {c.symbol for c in diff_surfaces(before, after, partial)}
    assert "datasets.DatasetBuilder._has_legacy_cache" in found


def test_a_dependency_name_among_its_own_alternatives_is_unknown_not_endless() -> None:
    # as read lazily, filelock 4.3.2's `_native._unix.UnixFileLock` is an attribute whose alternatives are itself twice
    lock = "dep._unix.Lock"
    dependency = Surface(
        "dep",
        "1.0",
        {
            lock: Symbol(lock, "attribute", target=lock, alternatives=(lock, lock)),
            "dep.Either": Symbol("dep.Either", "attribute", target="dep.Either", alternatives=("dep.Base", lock)),
            "dep.Base": Symbol("dep.Base", "class", target="dep.Base"),
            "dep.Base.shared": Symbol("dep.Base.shared", "method", target="dep.Base.shared"),
        },
    )
    outside = Outside([dependency])
    assert outside.provides(lock, "shared") is None
    # sibling: an alternative that has the member still answers
    assert outside.provides("dep.Either", "shared") is True


# -- a class attribute its metaclass of the distribution now declares is still found on the class --


def test_mlflow_protobuf_enum_values_are_still_on_the_enum_classes() -> None:
    # 3.17.0's `databricks_pb2.pyi`: `class _ErrorCodeEnumTypeWrapper(...): ABORTED: _ErrorCode.ValueType` and
    # `class ErrorCode(_ErrorCode, metaclass=_ErrorCodeEnumTypeWrapper)`; 3.16.1 declared `ABORTED` on `ErrorCode`
    found = changes("mlflow-skinny", "3.16.1", "3.17.0")
    for name in ("ErrorCode.ABORTED", "ErrorCode.BAD_REQUEST"):
        assert ("removed", f"mlflow.protos.databricks_pb2.{name}") not in found


_ON_CLASS = "class Code(int):\n    ABORTED: int = 10\n    GONE: int = 11\n"
_ON_META = "class _Meta(type):\n    ABORTED: int = 10\n\n\nclass Code(int, metaclass=_Meta):\n    pass\n"


def test_a_class_attribute_moved_to_the_metaclass_is_not_removed(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _ON_CLASS}, {"demo/__init__.py": _ON_META})
    assert ("removed", "demo.Code.ABORTED") not in found
    assert ("removed", "demo.Code.GONE") in found  # sibling: declared on neither, it is gone


# -- a protobuf message's constructor takes keywords only and its `__setattr__` decides, whatever its stub says --


def test_mlflow_protobuf_messages_constructors_and_fields_are_unchanged_at_run_time() -> None:
    # 3.17.0's stubs (mypy-protobuf): `def __init__(self, *, assessment_id: str | None = ..., ...)` and message
    # fields as properties without setters; 3.16.1's: positional-or-keyword parameters and plain annotations
    found = changes("mlflow-skinny", "3.16.1", "3.17.0")
    message = found[("signature_changed", "mlflow.protos.assessments_pb2.Assessment")]
    assert "param_made_keyword_only" not in message.breakages
    assert "final_added" in message.breakages  # sibling: what type checkers now refuse is still said
    field = found.get(("signature_changed", "mlflow.protos.assessments_pb2.Assessment.create_time"))
    assert field is None or "attribute_made_read_only" not in field.breakages


_MESSAGE = """from google.protobuf import message as _message


class Options:
    def __init__(self, {star}name=None, path=None):
        self.name = name


class Request({base}):
{body}
"""
_FIELD_OLD = "    def __init__(self, {star}run_id=None, path=None, **kwargs): ...\n    stamp: int\n"
_FIELD_NEW = (
    "    def __init__(self, {star}run_id=None, path=None): ...\n    @property\n    def stamp(self) -> int: ...\n"
)


def _message(base: str, star: str, body: str) -> dict[str, str]:
    return {"demo/__init__.py": _MESSAGE.format(star=star, base=base, body=body.format(star=star))}


def test_a_protobuf_message_stub_made_keyword_only_and_read_only_is_no_claim(tmp_path: Path) -> None:
    old = _message("_message.Message", "", _FIELD_OLD)
    new = _message("_message.Message", "*, ", _FIELD_NEW)
    found = diffed(tmp_path / "message", old, new)
    assert ("signature_changed", "demo.Request") not in found
    assert ("signature_changed", "demo.Request.stamp") not in found
    assert found[("signature_changed", "demo.Options")].breakages == ("param_made_keyword_only",)  # sibling
    # sibling: the same class of no protobuf base
    plain = diffed(tmp_path / "plain", _message("object", "", _FIELD_OLD), _message("object", "*, ", _FIELD_NEW))
    assert "param_made_keyword_only" in plain[("signature_changed", "demo.Request")].breakages
    assert "attribute_made_read_only" in plain[("signature_changed", "demo.Request.stamp")].breakages
