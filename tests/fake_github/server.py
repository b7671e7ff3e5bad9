"""The fake GitHub's ASGI app: auth, scripted faults, ETags, rate-limit headers and contract checks around routes."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import quote

import jwt
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from tests.fake_github import routes_app, routes_git, routes_issues
from tests.fake_github.context import APP_AUTH, Ctx, Handler, HTTPFail
from tests.fake_github.contract import Contract
from tests.fake_github.state import CallRecord, FakeState


def build_app(fake: FakeState, contract: Contract | None) -> Starlette:
    """The ASGI app serving `fake`; with a contract, every exchange is checked and violations recorded."""
    table: list[tuple[str, str, str, Handler]] = [*routes_app.ROUTES, *routes_git.ROUTES, *routes_issues.ROUTES]
    routes = []
    for method, template, auth, handler in table:
        routes.append(Route(_starlette_path(template), _endpoint(fake, contract, method, template, auth, handler),
                            methods=[method], name=f"{method} {template}"))
    routes.append(Route("/{rest:path}", _unknown(fake), methods=["GET", "POST", "PUT", "PATCH", "DELETE"]))
    return Starlette(routes=routes)


def _unknown(fake: FakeState) -> Callable[[Request], Awaitable[Response]]:
    async def endpoint(request: Request) -> Response:
        fake.violations.append(f"{request.method} {request.url.path}: not an operation of the contract")
        fake.log.append(CallRecord(request.method, request.url.path, "unknown", 404, None))
        return _json(404, _error_body("Not Found", 404), {})

    return endpoint


def _starlette_path(template: str) -> str:
    return (template.replace("{path}", "{path:path}").replace("{ref}", "{ref:path}")
            .replace("{basehead}", "{basehead:path}"))


def _endpoint(fake: FakeState, contract: Contract | None, method: str, template: str, auth: str,
              handler: Handler) -> Callable[[Request], Awaitable[Response]]:
    operation = f"{method} {template}"

    async def endpoint(request: Request) -> Response:
        raw = await request.body()
        query = list(request.query_params.multi_items())
        headers = {k.lower(): v for k, v in request.headers.items()}
        checked_path = _contract_path(template, request.path_params)
        if contract is not None:
            _check_request(fake, contract, operation, method, template, checked_path, query, headers, raw)
        installation_id: int | None = None
        try:
            installation_id = _authenticate(fake, auth, headers.get("authorization", ""))
            fault = _take_fault(fake, method, request.url.path)
            if fault is not None:
                response = _json(fault.status, _error_body(fault.message, fault.status), fault.headers)
                return _finish(fake, None, operation, request, query, response, installation_id, None)
            body = json.loads(raw) if raw else None
            ctx = Ctx(fake, request, dict(request.path_params), body, installation_id)
            status, payload = await handler(ctx)
            response = _json(status, payload, ctx.headers)
            if ctx.unchecked_because is not None:
                checked_path = ""
        except HTTPFail as fail:
            response = _json(fail.status, _error_body(fail.message, fail.status, fail.errors), {})
        except json.JSONDecodeError:
            response = _json(400, _error_body("Problems parsing JSON", 400), {})
        if method == "GET" and response.status_code == 200:
            tag = 'W/"' + hashlib.sha256(response.body).hexdigest() + '"'
            response.headers["etag"] = tag
            if headers.get("if-none-match") == tag:
                response = Response(status_code=304, headers={"etag": tag})
        return _finish(fake, contract, operation, request, query, response, installation_id, checked_path)

    return endpoint


def _contract_path(template: str, params: dict[str, Any]) -> str:
    """The request path with slashes inside parameters (a ref, a file path) escaped, so it matches the template."""
    return template.format(**{k: quote(str(v), safe="") for k, v in params.items()})


def _check_request(fake: FakeState, contract: Contract, operation: str, method: str, template: str, path: str,
                   query: list[tuple[str, str]], headers: dict[str, str], raw: bytes) -> None:
    if not contract.has_operation(template, method):
        fake.violations.append(f"{operation}: not an operation of the contract")
        return
    content_type = headers.get("content-type", "application/json").split(";")[0]
    for problem in contract.request_errors(method, path, query, headers, raw, content_type):
        fake.violations.append(f"request {method} {path}: {problem}")


def _finish(fake: FakeState, contract: Contract | None, operation: str, request: Request,
            query: list[tuple[str, str]], response: Response, installation_id: int | None,
            checked_path: str | None) -> Response:
    method, template = operation.split(" ", 1)
    status = response.status_code
    if status != 304:
        fake.remaining[installation_id] = fake.remaining.get(installation_id, fake.rate_limit) - 1
    remaining = max(fake.remaining.get(installation_id, fake.rate_limit), 0)
    reset = int(fake.now()) + 3600 - int(fake.now()) % 3600
    for key, value in (("x-ratelimit-limit", fake.rate_limit), ("x-ratelimit-remaining", remaining),
                       ("x-ratelimit-reset", reset), ("x-ratelimit-used", fake.rate_limit - remaining),
                       ("x-ratelimit-resource", "core")):
        response.headers.setdefault(key, str(value))
    fake.log.append(CallRecord(method, request.url.path, operation, status, installation_id))
    if checked_path and contract is not None and status != 304 and contract.declares(template, method, status):
        ctype = response.headers.get("content-type", "").split(";")[0]
        for problem in contract.response_errors(method, checked_path, query, status, response.body, ctype,
                                                dict(response.headers)):
            fake.violations.append(f"response {status} to {method} {request.url.path}: {problem}")
    return response


def _json(status: int, payload: Any, headers: dict[str, str]) -> Response:
    if status in (204, 304):
        return Response(status_code=status, headers=headers)
    body = json.dumps(payload, separators=(",", ":")).encode()
    return Response(body, status_code=status, headers=headers, media_type="application/json; charset=utf-8")


def _error_body(message: str, status: int, errors: list[dict[str, str]] | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"message": message, "documentation_url": "https://docs.github.com/rest",
                            "status": str(status)}
    if errors is not None:
        body["errors"] = errors
    return body


def _take_fault(fake: FakeState, method: str, path: str) -> Any:
    for fault in fake.faults:
        if fault.method == method and fault.path.search(path) and fault.times > 0:
            fault.times -= 1
            return fault
    return None


def _authenticate(fake: FakeState, auth: str, header: str) -> int | None:
    scheme, _, credential = header.partition(" ")
    if auth == APP_AUTH:
        if scheme.lower() != "bearer":
            raise HTTPFail(401, "A JSON web token could not be decoded")
        _verify_jwt(fake, credential)
        return None
    if scheme.lower() not in ("token", "bearer"):
        raise HTTPFail(401, "Requires authentication")
    token = fake.tokens.get(credential)
    if token is None or token.expires_at <= fake.now():
        raise HTTPFail(401, "Bad credentials")
    return token.installation_id


def _verify_jwt(fake: FakeState, credential: str) -> None:
    try:
        claims = jwt.decode(credential, fake.public_key_pem, algorithms=["RS256"],
                            options={"verify_exp": False, "verify_iat": False, "require": ["iat", "exp", "iss"]})
    except jwt.PyJWTError as e:
        raise HTTPFail(401, f"A JSON web token could not be decoded: {e}") from e
    now = fake.now()
    if str(claims["iss"]) != str(fake.app_id):
        raise HTTPFail(401, "'Issuer' claim ('iss') must be the App's id")
    if claims["exp"] <= now:
        raise HTTPFail(401, "'Expiration time' claim ('exp') is too far in the past")
    if claims["exp"] > now + 600 + 5 or claims["exp"] - claims["iat"] > 660:
        raise HTTPFail(401, "'Expiration time' claim ('exp') is too far in the future")
    if claims["iat"] > now + 5:
        raise HTTPFail(401, "'Issued at' claim ('iat') must be an Integer representing a time in the past")
