"""True but useless claims that make a maintainer distrust an issue: a module's logger, a submodule served on demand
said to be an attribute, a deprecation message showing an f-string's raw field."""

from __future__ import annotations

from pathlib import Path

from bot.apidiff.model import ModuleStatus
from tests.test_apidiff_releases import pinned_surface
from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a module's logger: `logging.getLogger` hands the same object to anyone asking its name --

_LOGGERS = (
    "import logging\nfrom logging import getLogger\n\nlogger = logging.getLogger(__name__)\nlog = getLogger('demo')\n"
    "\n\nclass Client:\n    pass\n"
)


def test_a_module_logger_gone_is_no_removal(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": "", "demo/a.py": _LOGGERS}, {"demo/__init__.py": "", "demo/a.py": "class Client:\n    pass\n"})
    assert ("removed", "demo.a.logger") not in found
    assert ("removed", "demo.a.log") not in found


def test_another_call_s_module_global_gone_is_still_a_removal(tmp_path: Path) -> None:
    # a global some other factory makes is an object users may import: its removal stays claimed
    old = {"demo/__init__.py": "", "demo/a.py": "import logging\n\nhandler = logging.StreamHandler()\nlogger = make_logger()\n"}
    found = diffed(tmp_path, old, {"demo/__init__.py": "", "demo/a.py": ""})
    assert ("removed", "demo.a.handler") in found
    assert ("removed", "demo.a.logger") in found


def test_pymilvus_3_does_not_claim_a_module_logger() -> None:
    found = changes("pymilvus", "2.6.17", "3.0.0")
    assert ("removed", "pymilvus.client.async_grpc_handler.logger") not in found
    assert ("removed", "pymilvus.AsyncMilvusClient.alter_role") in found  # the real removals stay


# -- a package's tests shipped in the wheel (einops 0.8.1's `einops/tests/`, `test_*` functions under pytest): no API,
# never read, so nothing of them is claimed --


def test_einops_0_8_1_ships_its_tests_folder_unread() -> None:
    surface = pinned_surface("einops", "0.8.1")
    statuses = {report.module: report.status for report in surface.modules}
    assert statuses["einops.tests"] is ModuleStatus.TEST_FOLDER
    assert not [path for path in surface.symbols if path.startswith("einops.tests")]
    assert "einops.rearrange" in surface.symbols
    assert not [key for key in changes("einops", "0.8.0", "0.8.1") if key[1].startswith("einops.tests")]


# -- a package's `__getattr__` importing its own submodule on demand (panel's `chat.langchain`, listed in `__all__`):
# the name is the module, and its removal a module's --

_LAZY_INIT = (
    "import importlib as _importlib\nfrom .feed import Feed\n\n\ndef __getattr__(name):\n    if name == 'langchain':\n"
    "        return _importlib.import_module('demo.chat.langchain')\n\n\n__all__ = ('Feed', 'langchain')\n"
)


def test_a_submodule_served_on_demand_and_gone_is_a_module_removal(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "", "demo/chat/__init__.py": _LAZY_INIT, "demo/chat/feed.py": "class Feed:\n    pass\n",
           "demo/chat/langchain.py": "class Handler:\n    pass\n"}
    new = {"demo/__init__.py": "", "demo/chat/__init__.py": "from .feed import Feed\n\n__all__ = ('Feed',)\n",
           "demo/chat/feed.py": "class Feed:\n    pass\n"}
    found = diffed(tmp_path, old, new)
    removal = found[("removed", "demo.chat.langchain")]
    assert removal.breakage == "module_removed"
    assert removal.detail == "module 'demo.chat.langchain' no longer exists in 2.0"


def test_a_name_served_on_demand_that_is_no_submodule_is_still_an_attribute(tmp_path: Path) -> None:
    init = _LAZY_INIT.replace("_importlib.import_module('demo.chat.langchain')", "object()")
    old = {"demo/__init__.py": "", "demo/chat/__init__.py": init, "demo/chat/feed.py": "class Feed:\n    pass\n"}
    new = {"demo/__init__.py": "", "demo/chat/__init__.py": "from .feed import Feed\n\n__all__ = ('Feed',)\n",
           "demo/chat/feed.py": "class Feed:\n    pass\n"}
    assert diffed(tmp_path, old, new)[("removed", "demo.chat.langchain")].breakage == "attribute_removed"


# -- a deprecation message built by an f-string whose field is unknown (flax 0.12.8's `deprecated(new_fn)` warns
# f"... Use {new_fn.__qualname__} instead."): the sentences with a raw field are left out, never shown --

_FACTORY = (
    "import functools\nimport warnings\n\n\ndef deprecated(new_fn):\n    @functools.wraps(new_fn)\n"
    "    def wrapper(*args, **kwargs):\n        warnings.warn(f'This function is deprecated. Use {new_fn.__qualname__}"
    " instead.', DeprecationWarning, stacklevel=2)\n        return new_fn(*args, **kwargs)\n    return wrapper\n"
)


def test_a_deprecation_message_s_unknown_field_is_elided(tmp_path: Path) -> None:
    old = {"demo/__init__.py": _FACTORY + "\n\ndef as_pure(x):\n    return x\n\n\ndef pure(x):\n    return x\n"}
    new = {"demo/__init__.py": _FACTORY + "\n\ndef as_pure(x):\n    return x\n\n\npure = deprecated(as_pure)\n"}
    found = diffed(tmp_path, old, new)
    assert found[("deprecated", "demo.pure")].detail == "This function is deprecated."


def test_flax_0_12_8_deprecations_show_no_raw_field() -> None:
    found = changes("flax", "0.12.7", "0.12.8")
    for symbol in ("flax.nnx.vars_as", "flax.nnx.graphlib.vars_as"):
        assert found[("deprecated", symbol)].detail == "This function is deprecated."
    assert not [c.detail for c in found.values() if "{" in c.detail]


# -- a type widened only by None: a break to whoever reads it (a caller of the function, a reader of the attribute or
# property), said as such; none to whoever hands it (a parameter) --

_WIDE_OLD = (
    "from typing import Optional\n\n\ndef f(x: str) -> str:\n    return x\n\n\nclass C:\n    a: str = ''\n\n"
    "    @property\n    def p(self) -> str:\n        return ''\n"
)
_WIDE_NEW = (
    "from typing import Optional\n\n\ndef f(x: Optional[str]) -> Optional[str]:\n    return x\n\n\nclass C:\n"
    "    a: 'str | None' = None\n\n    @property\n    def p(self) -> Optional[str]:\n        return ''\n"
)
_MAY_BE_NONE = ": it may now be None, which code using it as the old type must handle (a type checker flags each use)"


def test_a_read_type_widened_by_none_is_said_so_and_a_parameter_so_widened_is_no_change(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _WIDE_OLD}, {"demo/__init__.py": _WIDE_NEW})
    change = found[("signature_changed", "demo.f")]
    assert change.breakage == "return_type_changed"
    assert change.detail.startswith("return annotation changed from str to Optional[str]" + _MAY_BE_NONE)
    assert "x annotation" not in change.detail  # the parameter takes more than before: no caller breaks
    assert found[("signature_changed", "demo.C.a")].detail == "annotation changed from str to 'str | None'" + _MAY_BE_NONE
    assert found[("signature_changed", "demo.C.p")].detail == "type changed from str to Optional[str]" + _MAY_BE_NONE


def test_a_read_type_changed_otherwise_is_not_said_to_be_widened_by_none(tmp_path: Path) -> None:
    new = _WIDE_OLD.replace("-> str:\n    return x", "-> Optional[bytes]:\n    return x").replace("a: str", "a: int")
    found = diffed(tmp_path, {"demo/__init__.py": _WIDE_OLD}, {"demo/__init__.py": new})
    assert "may now be None" not in found[("signature_changed", "demo.f")].detail
    now_none = _WIDE_OLD.replace("-> str:\n    return x", "-> None:\n    print(x)")
    detail = diffed(tmp_path / "none", {"demo/__init__.py": _WIDE_OLD}, {"demo/__init__.py": now_none})[
        ("signature_changed", "demo.f")
    ].detail
    assert detail.startswith("return annotation changed from str to None") and "may now be None" not in detail
    assert found[("signature_changed", "demo.C.a")].detail == "annotation changed from str to int"


def test_slack_bolt_1_30_s_thread_ts_may_now_be_none() -> None:
    found = changes("slack-bolt", "1.29.0", "1.30.0")
    for symbol in ("slack_bolt.SetSuggestedPrompts.thread_ts", "slack_bolt.async_app.AsyncSetSuggestedPrompts.thread_ts"):
        assert found[("signature_changed", symbol)].detail == "annotation changed from str to Optional[str]" + _MAY_BE_NONE


def test_clickhouse_connect_1_0_compression_may_now_be_none_and_a_narrowed_parameter_stays_plain() -> None:
    found = changes("clickhouse-connect", "0.15.1", "1.0.0")
    detail = found[("signature_changed", "clickhouse_connect.driver.Client.compression")].detail
    assert detail == "annotation changed from str to str | None" + _MAY_BE_NONE
    # a parameter narrowed breaks callers handing a float: kept, without the widening's words
    assert found[("signature_changed", "clickhouse_connect.driver.tzutil.utcfromtimestamp")].detail.startswith(
        "ts annotation changed from float to int"
    )


# -- an environment variable named for a CI run (`CI`, a `CI` part: mne 1.5's `AZURE_CI_WINDOWS`): set by the runner
# or the project's own pipeline, never by a user configuring the library --


def test_a_variable_named_for_ci_no_longer_read_is_no_claim(tmp_path: Path) -> None:
    old = {"demo/__init__.py": (
        "import os\n\nON_CI = os.getenv('CI')\nAZURE = os.getenv('DEMO_CI_WINDOWS', 'false')\n"
        "TIMEOUT = os.getenv('DEMO_TIMEOUT')\nCIPHER = os.getenv('DEMO_CIPHER')\n"
    )}
    found = diffed(tmp_path, old, {"demo/__init__.py": ""})
    assert ("env_var_removed", "env:CI") not in found
    assert ("env_var_removed", "env:DEMO_CI_WINDOWS") not in found
    # the siblings: a setting, and a name merely starting with the letters, stay claimed
    assert ("env_var_removed", "env:DEMO_TIMEOUT") in found
    assert ("env_var_removed", "env:DEMO_CIPHER") in found


def test_mne_1_6_does_not_claim_its_ci_flag() -> None:
    found = changes("mne", "1.5.1", "1.6.0")
    assert ("env_var_removed", "env:AZURE_CI_WINDOWS") not in found


# -- a pydantic model (extra keywords ignored) that became a plain class (webauthn 2.0's structs, now dataclasses):
# its generated `**data` lost is said once with the base lost, not as a parameter removed of its own --

_MODEL = "from pydantic import BaseModel\n\n\nclass Options(BaseModel):\n    name: str\n    size: int = 0\n"
_DATACLASS = "from dataclasses import dataclass\n\n\n@dataclass\nclass Options:\n    name: str\n    size: int = 0\n"


def test_a_model_become_a_dataclass_says_its_base_lost_once(tmp_path: Path) -> None:
    found = diffed(tmp_path, {"demo/__init__.py": _MODEL}, {"demo/__init__.py": _DATACLASS})
    change = found[("signature_changed", "demo.Options")]
    assert change.breakage == "base_removed"
    assert change.breakages == ("base_removed",)
    assert change.detail == (
        "no longer a subclass of pydantic.BaseModel"
        " (a model no more: keywords naming no field, which it ignored, now raise TypeError)"
    )


def test_a_model_still_a_model_that_refuses_other_keywords_still_lost_its_var_keyword(tmp_path: Path) -> None:
    new = _MODEL.replace("class Options(BaseModel):\n", "class Options(BaseModel, extra='forbid'):\n")
    found = diffed(tmp_path, {"demo/__init__.py": _MODEL}, {"demo/__init__.py": new})
    assert found[("signature_changed", "demo.Options")].breakage == "var_keyword_removed"


def test_webauthn_2_structs_lost_their_pydantic_base_once_each() -> None:
    found = changes("webauthn", "1.11.1", "2.0.0")
    change = found[("signature_changed", "webauthn.helpers.structs.AuthenticationCredential")]
    assert change.breakages == ("base_removed",)
    assert "keywords naming no field, which it ignored, now raise TypeError" in change.detail
    assert not [c for c in found.values() if c.breakage == "var_keyword_removed"]


# -- a plain module become a package no longer offering what it imported: plumbing where it is defined (a logger)
# is no name it offered; the rest is claimed, with the import that still reaches it --

_UTILS = "import logging\n\nlogger = logging.getLogger('demo')\n\n\ndef helper():\n    pass\n"


def test_a_module_become_a_package_loses_its_imports_but_not_its_imported_logger(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "", "demo/utils.py": _UTILS,
           "demo/space.py": "from .utils import helper, logger\n\n\ndef setup():\n    logger.info(helper())\n"}
    new = {"demo/__init__.py": "", "demo/utils.py": _UTILS, "demo/space/__init__.py": "from ._impl import setup\n",
           "demo/space/_impl.py": "from ..utils import helper, logger\n\n\ndef setup():\n    logger.info(helper())\n"}
    found = diffed(tmp_path, old, new)
    change = found[("removed", "demo.space.helper")]
    assert change.breakage == "module_to_package_reexport_lost"
    assert change.hint == "now at demo.utils.helper: `from demo.utils import helper`"
    assert ("removed", "demo.space.logger") not in found


def test_mne_1_6_source_space_package_still_claims_its_imports_but_not_the_logger() -> None:
    found = changes("mne", "1.5.1", "1.6.0")
    assert ("removed", "mne.source_space.logger") not in found
    # the rest stays claimed (no hint: 1.6's `mne.utils` serves its names through lazy_loader, not read as symbols)
    assert found[("removed", "mne.source_space.get_subjects_dir")].breakage == "module_to_package_reexport_lost"
