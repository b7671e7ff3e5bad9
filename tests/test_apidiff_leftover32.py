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
