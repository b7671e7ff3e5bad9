"""Known misses and gaps left by earlier rounds, each fixed as a class: on its pinned real example, on a synthetic
case, and with a sibling that must stay as it is."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen3 import diffed

# -- a helper handed the `**kwargs` dict that takes its keys and refuses the rest (`if kwargs: raise`) --


def test_docker_7_0_network_driver_opt_is_refused_by_the_closing_helper() -> None:
    found = changes("docker", "6.1.3", "7.0.0")
    # `create(**kwargs)` hands the dict to `_create_container_args(kwargs)`, which pops its keys (by literal, and in
    # loops guarded by `if key in RUN_CREATE_KWARGS` / `RUN_HOST_CONFIG_KWARGS`) and ends `if kwargs: raise`
    create = found[("signature_changed", "docker.models.containers.ContainerCollection.create")]
    assert create.detail == "parameter 'network_driver_opt' removed"
    run = found[("signature_changed", "docker.models.containers.ContainerCollection.run")]
    assert "'network_driver_opt' removed" in run.detail
    # every other key the helper takes from the module lists is still taken: no other parameter claimed
    assert "networking_config" not in create.detail + run.detail
    assert run.detail.count("removed") == 1


_HELPER = """
CREATE_KWARGS = ['command', 'image'{listed}]
HOST_KWARGS = ('cpu_count', 'dns')
{grown}

def _create_args(kwargs):
    create = {{}}
    for key in list(kwargs):
        if key in CREATE_KWARGS:
            create[key] = kwargs.pop(key)
    host = {{}}
    for key in HOST_KWARGS:
        if key in kwargs:
            host[key] = kwargs.pop(key)
    ports = kwargs.pop('ports', {{}})
{taken}
    if kwargs:
        raise TypeError('unexpected %r' % kwargs)
    return create, host, ports


class Containers:
    def run(self, image, **kwargs):
        if kwargs.get('network') and kwargs.get('network_mode'):
            raise RuntimeError('both')
        return self.create(image, **kwargs)

    def create(self, image, **kwargs):
        kwargs['image'] = image
        return _create_args(kwargs)
"""


def _helper(taken: str = "", listed: str = "", grown: str = "") -> str:
    return _HELPER.format(taken=taken, listed=listed, grown=grown)


def test_a_key_the_closing_helper_no_longer_takes_is_claimed(tmp_path: Path) -> None:
    old = _helper(taken="    opt = kwargs.pop('driver_opt', None)")
    found = diffed(tmp_path, old, _helper())
    assert found[("signature_changed", "demo.Containers.create")].detail == "parameter 'driver_opt' removed"
    assert "keyword 'driver_opt'" in found[("signature_changed", "demo.Containers.run")].detail


def test_a_key_moved_into_the_helper_s_module_list_stays_taken(tmp_path: Path) -> None:
    old = _helper(taken="    opt = kwargs.pop('driver_opt', None)")
    found = diffed(tmp_path, old, _helper(listed=", 'driver_opt'"))
    assert ("signature_changed", "demo.Containers.create") not in found
    assert ("signature_changed", "demo.Containers.run") not in found


def test_a_helper_taking_keys_in_a_form_not_read_leaves_the_dict_open(tmp_path: Path) -> None:
    # keys taken by a test that is no membership (`key.startswith(...)`) may be any: nothing is claimed refused
    unread = "    for key in list(kwargs):\n        if key.startswith('x_'):\n            kwargs.pop(key)"
    old = _helper(taken="    opt = kwargs.pop('driver_opt', None)\n" + unread)
    found = diffed(tmp_path, old, _helper(taken=unread))
    assert ("signature_changed", "demo.Containers.create") not in found
    # a module list grown at the top level (`CREATE_KWARGS += [...]`) may hold more than its literal
    grown = "CREATE_KWARGS += EXTRA_KWARGS"
    old = _helper(taken="    opt = kwargs.pop('driver_opt', None)", grown=grown)
    found = diffed(tmp_path, "EXTRA_KWARGS = []\n" + old, "EXTRA_KWARGS = []\n" + _helper(grown=grown))
    assert ("signature_changed", "demo.Containers.create") not in found


# -- a callable handed to a decorator factory, called by its wrapper with another number of positional arguments --


def test_cachetools_5_0_cachedmethod_calls_the_key_with_the_instance_first() -> None:
    found = changes("cachetools", "4.2.4", "5.0.0")
    change = found[("signature_changed", "cachetools.cachedmethod")]
    assert change.breakage == "factory_callback_called_differently"
    assert change.detail.startswith("the callable given as 'key' is now called with 1 positional argument, then "
                                    "*args, **kwargs, where the old release passed 0")
    assert "'cache'" not in change.detail and "'lock'" not in change.detail  # both called as `cache(self)` before
    assert "key=supplied" in change.witness and "def supplied():" in change.witness
    # `cached(cache, key=hashkey)` still calls `key(*args, **kwargs)`
    assert ("signature_changed", "cachetools.cached") not in found


def _factory(call: str, setup: str = "") -> str:
    return (
        "import functools\n\n\ndef retry(times, on_error=None):\n    assert times > 0\n" + setup + "    def decorator(func):\n"
        "        @functools.wraps(func)\n        def wrapper(*args, **kwargs):\n"
        "            try:\n                return func(*args, **kwargs)\n"
        "            except Exception as error:\n                " + call + "\n"
        "        return wrapper\n    return decorator\n"
    )


def test_a_factory_callback_called_with_fewer_arguments_is_claimed(tmp_path: Path) -> None:
    found = diffed(tmp_path, _factory("on_error(error, times)"), _factory("on_error(error)"))
    change = found[("signature_changed", "demo.retry")]
    assert change.breakage == "factory_callback_called_differently"
    assert "called with 1 positional argument, where the old release passed 2" in change.detail


def test_a_factory_callback_adapted_or_called_alike_stays_unclaimed(tmp_path: Path) -> None:
    # rebound by the factory (`on_error = _adapt(on_error)`): what the wrapper calls is no longer the user's callable
    adapted = "    on_error = _adapt(on_error)\n"
    found = diffed(tmp_path, _factory("on_error(error, times)", adapted), _factory("on_error(error)", adapted))
    assert ("signature_changed", "demo.retry") not in found
    # called in two shapes by the old release: a callable for it took both already
    both = "on_error(error) if times else on_error(error, times)"
    found = diffed(tmp_path, _factory(both), _factory("on_error(error)"))
    assert ("signature_changed", "demo.retry") not in found
    # the same positional arguments, only a keyword added: not this claim
    found = diffed(tmp_path, _factory("on_error(error)"), _factory("on_error(error, attempt=times)"))
    assert ("signature_changed", "demo.retry") not in found


# -- a removed module's hint lists where the names it imported by name went, never a star import's --


def test_celery_5_0_task_module_hint_lists_its_named_reexports() -> None:
    found = changes("celery", "4.4.7", "5.0.0")
    hint = found[("removed", "celery.task")].hint or ""
    # `from celery.canvas import group, chord, subtask` (under `if STATICA_HACK:`): the definitions are still there
    assert "`from celery.canvas import group`" in hint and "`from celery.canvas import chord`" in hint
    # its compat classes of `celery.task.base` went with it: no home
    assert "PeriodicTask" not in hint and "periodic_task" not in hint


def test_cachetools_5_0_shim_modules_point_at_the_package() -> None:
    # 4.2's `cachetools/lru.py` is `from . import LRUCache` and a deprecation warning: a plain module of one import
    found = changes("cachetools", "4.2.4", "5.0.0")
    assert found[("removed", "cachetools.lru")].hint == "its names now live elsewhere: `from cachetools import LRUCache`"


def test_falcon_4_0_api_helpers_star_import_is_not_listed() -> None:
    # `from .app_helpers import *`: names the module never chose, nothing listed
    found = changes("falcon", "3.1.3", "4.0.0")
    assert found[("removed", "falcon.api_helpers")].hint is None


def test_a_removed_module_of_named_reexports_gets_their_homes(tmp_path: Path) -> None:
    from bot.apidiff.diff import diff_surfaces
    from tests.test_apidiff_core import surface

    app = "class App:\n    def run(self):\n        pass\n"
    core = "def helper(x):\n    return x\n\n\ndef other(y):\n    return y\n"
    old = {"demo/__init__.py": "", "demo/app.py": app, "demo/core.py": core,
           "demo/api.py": "from .app import App\n", "demo/compat.py": "from .core import *\n"}
    new = {"demo/__init__.py": "", "demo/app.py": app, "demo/core.py": core}
    found = {(c.kind.value, c.symbol): c for c in diff_surfaces(surface(tmp_path, old, "1.0"),
                                                                 surface(tmp_path, new, "2.0"))}
    assert found[("removed", "demo.api")].hint == "its names now live elsewhere: `from demo.app import App`"
    assert found[("removed", "demo.compat")].hint is None  # a star import's names: not listed


# -- a call on what a release function building one of its classes returned reaches no user's override --


def test_huggingface_hub_2_2_cli_call_on_get_hf_api_is_no_hook_evidence() -> None:
    found = changes("huggingface-hub", "2.1.1", "2.2.0")
    # `api = get_hf_api(token=token)` (`return HfApi(token=token, ...)`), then `api.fetch_job_metrics(..., follow=True)`
    change = found.get(("signature_changed", "huggingface_hub.HfApi.fetch_job_metrics"))
    assert change is None or change.breakage != "hook_called_with_new_arguments"


_CLI = """
class Api:
    def fetch(self, job_id{param}):
        return job_id

    @classmethod
    def connect(cls, token=None):
        return cls()

    @classmethod
    def registered(cls, name):
        return _REGISTRY[name]


def get_api(token=None):
    return Api()


def load_api(name):
    return _REGISTRY[name]


_REGISTRY = {{}}


def cli(job_id):
    api = {made}
    return api.fetch(job_id{passed})
"""


def _cli(made: str, new: bool) -> str:
    return _CLI.format(made=made, param=", follow=False" if new else "", passed=", follow=True" if new else "")


def test_a_call_on_what_a_factory_builds_is_no_hook_evidence(tmp_path: Path) -> None:
    found = diffed(tmp_path, _cli("get_api()", False), _cli("get_api()", True))
    assert ("signature_changed", "demo.Api.fetch") not in found


def test_a_call_on_what_another_function_returns_stays_hook_evidence(tmp_path: Path) -> None:
    # `load_api` hands back what a registry holds: a user's subclass may be there
    found = diffed(tmp_path, _cli("load_api('x')", False), _cli("load_api('x')", True))
    assert found[("signature_changed", "demo.Api.fetch")].breakage == "hook_called_with_new_arguments"


def test_boltons_26_2_call_on_an_alternate_constructor_s_object_is_no_hook_evidence() -> None:
    found = changes("boltons", "26.1.0", "26.2.0")
    # `fb = FunctionBuilder.from_func(...)` (a classmethod ending `return cls(**kwargs)`), then
    # `fb.get_invocation_str(target=wrapper)`: an object of that very class
    assert ("signature_changed", "boltons.funcutils.FunctionBuilder.get_invocation_str") not in found
    # dulwich 1.2's `stash_push`: `stash = Stash.from_repo(r)` (`return cls(repo)`), then `stash.push(config=...)`
    change = changes("dulwich", "1.1.0", "1.2.21").get(("signature_changed", "dulwich.stash.Stash.push"))
    assert change is None or change.breakage != "hook_called_with_new_arguments"


def test_a_call_on_what_an_alternate_constructor_builds_is_no_hook_evidence(tmp_path: Path) -> None:
    found = diffed(tmp_path, _cli("Api.connect()", False), _cli("Api.connect()", True))
    assert ("signature_changed", "demo.Api.fetch") not in found
    # a classmethod handing back what a registry holds may give a user's subclass: still evidence
    found = diffed(tmp_path, _cli("Api.registered('x')", False), _cli("Api.registered('x')", True))
    assert found[("signature_changed", "demo.Api.fetch")].breakage == "hook_called_with_new_arguments"
