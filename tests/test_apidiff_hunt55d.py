"""False claims found by hunt55d on generated SDK clients (Google Cloud GAPIC, Azure, Stainless/Speakeasy AI SDKs)
nobody tuned on: each class on its pinned real example, on a synthetic case, and with a sibling that must stay
claimed."""

from __future__ import annotations

from pathlib import Path

from tests.test_apidiff_trust import changes
from tests.test_apidiff_unseen4 import diffed

# -- a coroutine function made a plain def returning a private class's instance that `await` takes --


def test_together_3_0_async_list_returns_an_awaitable_paginator() -> None:
    # 2.42's `async def list(...) -> EndpointListResponse`; 3.0's `def list(...) -> AsyncPaginator[Endpoint,
    # AsyncCursorPagination[Endpoint]]`, `together._base_client.AsyncPaginator` defining `__await__`
    found = changes("together", "2.42.0", "3.0.0")
    for path in (
        "together.resources.AsyncEndpointsResource.list",
        "together.resources.AsyncModelsResource.list",
        "together.resources.endpoints.AsyncAdaptersResource.list",
    ):
        assert NO_AWAIT not in (found["signature_changed", path].detail or "")
    # the siblings: the same methods' parameter changes
    assert "parameter 'mine' removed" in (found["signature_changed", ENDPOINTS].detail or "")
    assert "new required parameter 'deployment_id'" in (found["signature_changed", ADAPTERS].detail or "")


NO_AWAIT = "no longer a coroutine function"
ENDPOINTS = "together.resources.AsyncEndpointsResource.list"
ADAPTERS = "together.resources.endpoints.AsyncAdaptersResource.list"


PAGER = (
    "from typing import Any, Generator, Generic, TypeVar\n\nT = TypeVar('T')\n\n\n"
    "class AsyncPaginator(Generic[T]):\n"
    "    def __await__(self) -> Generator[Any, None, T]:\n        return self._get().__await__()\n\n"
    "    async def _get(self):\n        return 1\n\n\n"
    "class SyncPage(Generic[T]):\n    def __iter__(self):\n        return iter(())\n"
)
RES_OLD = (
    "class Res:\n    async def list(self) -> int:\n        return 1\n\n"
    "    async def pages(self) -> int:\n        return 1\n\n"
    "    async def get(self) -> int:\n        return 1\n"
)
RES_NEW = (
    "from ._base import AsyncPaginator, SyncPage\n\n\n"
    "class Res:\n    def list(self) -> AsyncPaginator[int]:\n        return AsyncPaginator()\n\n"
    "    def pages(self) -> SyncPage[int]:\n        return SyncPage()\n\n"
    "    def get(self) -> int:\n        return 1\n"
)


def test_private_generic_class_with_await_is_still_awaited(tmp_path: Path) -> None:
    old = {"demo/__init__.py": "from ._res import Res\n", "demo/_base.py": PAGER, "demo/_res.py": RES_OLD}
    new = {"demo/__init__.py": "from ._res import Res\n", "demo/_base.py": PAGER, "demo/_res.py": RES_NEW}
    found = diffed(tmp_path, old, new)
    assert ("signature_changed", "demo.Res.list") not in found
    # the siblings: a private generic class without `__await__`, and a plain return value
    assert NO_AWAIT in (found["signature_changed", "demo.Res.pages"].detail or "")
    assert NO_AWAIT in (found["signature_changed", "demo.Res.get"].detail or "")


# -- a name a `try` imports from the distribution, rebound by a handler of SyntaxError for Python 2 --


def test_azure_search_documents_11_4_models_keep_the_python_3_signatures() -> None:
    # 11.3's `_generated/models/__init__.py`: `try: from ._models_py3 import AsciiFoldingTokenFilter` (`*, name: str`)
    # `except (SyntaxError, ImportError): from ._models import ...` (`**kwargs`); 11.4 ships `_models_py3` alone
    found = changes("azure-search-documents", "11.3.0", "11.4.0")
    for name in ("AsciiFoldingTokenFilter", "SplitSkill", "TagScoringFunction"):
        change = found.get(("signature_changed", f"azure.search.documents.indexes.models.{name}"))
        assert change is None or "new required parameter" not in (change.detail or "")
    # the sibling: a function the models module no longer re-exports
    assert ("removed", "azure.search.documents.models.odata") in found


MODELS_PY2 = "class Filter:\n    def __init__(self, **kwargs):\n        self.name = kwargs.get('name', None)\n\n\n" \
    "class Skill:\n    def __init__(self, **kwargs):\n        self.inputs = kwargs.get('inputs', None)\n"
MODELS_PY3 = "class Filter:\n    def __init__(self, *, name: str, **kwargs):\n        self.name = name\n\n\n" \
    "class Skill:\n    def __init__(self, *, inputs: list, **kwargs):\n        self.inputs = inputs\n"
MODELS_PY3_NEW = MODELS_PY3.replace("inputs: list, **kwargs", "inputs: list, outputs: list, **kwargs")
DUAL = (
    "try:\n    from ._models_py3 import Filter, Skill\n"
    "except (SyntaxError, ImportError):\n    from ._models import Filter, Skill  # type: ignore\n"
)
FALLBACK = "try:\n    from ._fast import Parser\nexcept ImportError:\n    from ._slow import Parser\n"


def test_python_2_fallback_of_a_syntax_error_handler_is_not_what_users_get(tmp_path: Path) -> None:
    parsers_old = {"demo/_fast.py": "class Parser:\n    def __init__(self, text):\n        pass\n",
                   "demo/_slow.py": "class Parser:\n    def __init__(self, text, strict=False):\n        pass\n"}
    old = {"demo/__init__.py": DUAL + FALLBACK, "demo/_models.py": MODELS_PY2, "demo/_models_py3.py": MODELS_PY3,
           **parsers_old}
    new = {"demo/__init__.py": "from ._models_py3 import Filter, Skill\nfrom ._slow import Parser\n",
           "demo/_models_py3.py": MODELS_PY3_NEW,
           "demo/_slow.py": "class Parser:\n    def __init__(self, text):\n        pass\n"}
    found = diffed(tmp_path, old, new)
    assert ("signature_changed", "demo.Filter") not in found
    # the siblings: a keyword the Python 3 model now requires, and an ImportError fallback (a compiled module's
    # stand-in, which runs where the build is missing) that lost a parameter
    assert "new required parameter 'outputs'" in (found["signature_changed", "demo.Skill"].detail or "")
    assert "inputs" not in (found["signature_changed", "demo.Skill"].detail or "")
    assert ("signature_changed", "demo.Parser") in found


# -- a def `__all__` leaves out, bound only in one arm of an `if` the reader cannot decide --


def test_google_cloud_datastore_2_27_dropped_the_old_api_core_fallback_helper() -> None:
    # 2.26.1's `google/cloud/datastore_v1/__init__.py`: `if hasattr(api_core, "check_python_version") and ...:` /
    # `else:` ... `def parse_version_to_tuple(version_string)`, which its `__all__` does not list
    found = changes("google-cloud-datastore", "2.26.1", "2.27.0")
    assert ("removed", "google.cloud.datastore_v1.parse_version_to_tuple") not in found
    assert ("removed", "google.cloud.datastore_admin_v1.parse_version_to_tuple") not in found


ONE_ARM = (
    "import os\n\n__all__ = ['run', 'listed']\n\n\ndef run():\n    pass\n\n\ndef plain_helper():\n    pass\n\n\n"
    "if hasattr(os, 'check_feature'):\n    os.check_feature()\nelse:\n"
    "    def parse_version(text):\n        return tuple(text.split('.'))\n\n"
    "    def listed():\n        pass\n\n    banner = 'old api'\n\n\n"
    "if not hasattr(__builtins__, 'cmp'):\n    def cmp(a, b):\n        return (a > b) - (a < b)\n"
)
NO_ALL = "import os\n\nif hasattr(os, 'check_feature'):\n    def shim():\n        pass\n"


def test_a_helper_of_an_undecided_arm_left_out_of_all_is_no_api(tmp_path: Path) -> None:
    old = {"demo/__init__.py": ONE_ARM, "demo/other.py": NO_ALL}
    new = {"demo/__init__.py": "__all__ = ['run']\n\n\ndef run():\n    pass\n", "demo/other.py": "X = 1\n"}
    found = diffed(tmp_path, old, new)
    assert ("removed", "demo.parse_version") not in found
    assert ("removed", "demo.banner") not in found
    # the siblings: a def of that arm `__all__` lists, one bound whatever the test, one in a module without `__all__`,
    # and a Python 2 shim under a test of the builtins, which Python 3 decides (semver 2's `cmp`)
    assert ("removed", "demo.cmp") in found
    assert ("removed", "demo.listed") in found
    assert ("removed", "demo.plain_helper") in found
    assert ("removed", "demo.other.shim") in found
