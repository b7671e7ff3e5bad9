"""Fake GitHub routes for the App itself: installations, tokens, webhook deliveries, rate limit."""

from __future__ import annotations

import secrets
from typing import Any

from tests.fake_github import objects
from tests.fake_github.context import APP_AUTH, TOKEN_AUTH, Ctx, HTTPFail
from tests.fake_github.state import Token, iso


async def get_app(ctx: Ctx) -> tuple[int, Any]:
    return 200, objects.integration(ctx.fake.app_id, ctx.fake.app_slug)


async def list_installations(ctx: Ctx) -> tuple[int, Any]:
    items = [objects.installation(i, ctx.fake.app_id, ctx.fake.app_slug) for i in ctx.fake.installations.values()]
    return 200, ctx.page(items)


async def create_token(ctx: Ctx) -> tuple[int, Any]:
    inst = ctx.fake.installations.get(int(ctx.params["installation_id"]))
    if inst is None:
        raise HTTPFail(404, "Not Found")
    if inst.suspended_at is not None:
        raise HTTPFail(403, "This installation has been suspended")
    token = Token("ghs_" + secrets.token_hex(18), inst.id, ctx.fake.now() + ctx.fake.token_lifetime)
    ctx.fake.tokens[token.token] = token
    return 201, {
        "token": token.token, "expires_at": iso(token.expires_at), "permissions": dict(inst.permissions),
        "repository_selection": inst.repository_selection,
    }


async def list_deliveries(ctx: Ctx) -> tuple[int, Any]:
    items = [objects.delivery(d) for d in reversed(ctx.fake.deliveries)]
    status = ctx.query.get("status")
    if status is not None:
        items = [d for d in items if d["status"] == ("OK" if status == "success" else "failed")]
    return 200, items[: int(ctx.query.get("per_page", 30))]


async def redeliver(ctx: Ctx) -> tuple[int, Any]:
    delivery_id = int(ctx.params["delivery_id"])
    if not any(d.id == delivery_id for d in ctx.fake.deliveries):
        raise HTTPFail(422, "Validation Failed", [{"resource": "HookDelivery", "code": "invalid", "field": "id"}])
    ctx.fake.redelivery_requests.append(delivery_id)
    return 202, {}


async def installation_repositories(ctx: Ctx) -> tuple[int, Any]:
    inst = ctx.fake.installations[ctx.installation_id or -1]
    repos = [objects.repository(ctx.fake.repos[name]) for name in sorted(inst.repos) if name in ctx.fake.repos]
    return 200, {"total_count": len(repos), "repositories": ctx.page(repos), "repository_selection": "selected"}


async def rate_limit(ctx: Ctx) -> tuple[int, Any]:
    remaining = max(ctx.fake.remaining.get(ctx.installation_id, ctx.fake.rate_limit), 0)
    reset = int(ctx.fake.now()) + 3600
    core = objects.rate(ctx.fake.rate_limit, remaining, reset)
    return 200, {"rate": core, "resources": {"core": core, "search": objects.rate(30, 30, int(ctx.fake.now()) + 60)}}


ROUTES = [
    ("GET", "/app", APP_AUTH, get_app),
    ("GET", "/app/installations", APP_AUTH, list_installations),
    ("POST", "/app/installations/{installation_id}/access_tokens", APP_AUTH, create_token),
    ("GET", "/app/hook/deliveries", APP_AUTH, list_deliveries),
    ("POST", "/app/hook/deliveries/{delivery_id}/attempts", APP_AUTH, redeliver),
    ("GET", "/installation/repositories", TOKEN_AUTH, installation_repositories),
    ("GET", "/rate_limit", TOKEN_AUTH, rate_limit),
]
