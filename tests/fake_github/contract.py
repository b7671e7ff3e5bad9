"""GitHub's OpenAPI contract (`tests/contract/openapi-subset.json`), used to check every exchange with the fake.

The contract is public data (@octokit/openapi and octokit/webhooks, MIT) copied from `../shared/github/`, so a fresh
clone validates every exchange; `test_contract_copy_is_current` says when the copy is stale.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from openapi_core import OpenAPI
from openapi_core.datatypes import RequestParameters
from starlette.datastructures import Headers, QueryParams

ENV_VAR = "RELEASE_WATCH_GITHUB_CONTRACT"
REPO_ROOT = Path(__file__).resolve().parents[2]
BUNDLED = REPO_ROOT / "tests" / "contract"
SHARED = REPO_ROOT.parent / "shared" / "github"
SERVER = "https://api.github.com"


def contract_dir() -> Path | None:
    """The contract directory: $RELEASE_WATCH_GITHUB_CONTRACT, else the copy in tests/contract."""
    named = os.environ.get(ENV_VAR)
    candidate = Path(named) if named else BUNDLED
    return candidate if (candidate / "openapi-subset.json").is_file() else None


def missing_reason() -> str:
    """Why the contract cannot be checked."""
    return (f"GitHub contract not found: set {ENV_VAR} or restore tests/contract/openapi-subset.json "
            f"(a copy of ../shared/github; repository root {REPO_ROOT})")


# Responses the contract cannot accept whatever their body (its oneOf alternatives overlap); not checked.
UNSATISFIABLE = {
    ("PUT", "/repos/{owner}/{repo}/contents/{path}", 409):
        "oneOf(basic-error, repository-rule-violation-error): every error body matches both",
}


@lru_cache(maxsize=2)
def load_contract(directory: Path) -> Contract:
    """Parse the OpenAPI document once per process (it takes about two seconds)."""
    document = json.loads((directory / "openapi-subset.json").read_text(encoding="utf-8"))
    return Contract(OpenAPI.from_dict(document), document)


@dataclass
class _Request:
    method: str
    path: str
    body: bytes | None
    content_type: str
    parameters: RequestParameters
    host_url: str = SERVER


@dataclass
class _Response:
    data: bytes
    status_code: int
    content_type: str
    headers: Headers


@dataclass
class Contract:
    """The parsed contract: which operations exist and which statuses each declares."""

    openapi: OpenAPI
    document: dict[str, Any]

    def declares(self, template: str, method: str, status: int) -> bool:
        """True when the operation lists this status (304s and undocumented errors are not checked)."""
        operation = self.document["paths"].get(template, {}).get(method.lower())
        if (method.upper(), template, status) in UNSATISFIABLE:
            return False
        return operation is not None and str(status) in operation["responses"]

    def has_operation(self, template: str, method: str) -> bool:
        """True when the contract describes this method on this path template."""
        return method.lower() in self.document["paths"].get(template, {})

    def request_errors(self, method: str, path: str, query: list[tuple[str, str]], headers: dict[str, str],
                       body: bytes, content_type: str) -> list[str]:
        """Violations of the contract by a request the bot sent."""
        request = self._request(method, path, query, headers, body, content_type)
        return [_describe(e) for e in self.openapi.iter_request_errors(request)]

    def response_errors(self, method: str, path: str, query: list[tuple[str, str]], status: int, body: bytes,
                        content_type: str, headers: dict[str, str]) -> list[str]:
        """Violations of the contract by a response the fake returned."""
        request = self._request(method, path, query, {}, b"", "application/json")
        response = _Response(body, status, content_type, Headers(headers=headers))
        return [_describe(e) for e in self.openapi.iter_response_errors(request, response)]

    @staticmethod
    def _request(method: str, path: str, query: list[tuple[str, str]], headers: dict[str, str], body: bytes,
                 content_type: str) -> _Request:
        params = RequestParameters(query=QueryParams(query), header=Headers(headers=headers))
        return _Request(method.lower(), path, body or None, content_type, params)


def _describe(error: BaseException) -> str:
    """The error's type and, for schema mismatches, each failing location (not the whole value)."""
    lines = [type(error).__name__]
    cause: BaseException | None = error
    while cause is not None:
        for item in getattr(cause, "schema_errors", None) or ():
            lines.extend(_schema_lines(item, "/".join(map(str, item.absolute_path))))
        if not getattr(cause, "schema_errors", None) and cause is not error:
            lines.append(f"{type(cause).__name__}: {str(cause)[:300]}")
        cause = cause.__cause__
    return "\n".join(lines)


def _schema_lines(item: Any, where: str) -> list[str]:
    leaves = [e for e in item.context or () if not e.context] if item.context else []
    if not leaves:
        return [f"  at /{where}: {item.message[:300]}"]
    return [f"  at /{where}/{'/'.join(map(str, e.absolute_path))}: {e.message[:300]}" for e in leaves[:6]]
