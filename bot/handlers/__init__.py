"""Webhook routers, one per event family, merged here (gidgethub dispatches to every matching handler)."""

from __future__ import annotations

from gidgethub.routing import Router

from bot.handlers import comments, installation, issues, ping, push

router = Router(installation.router, push.router, issues.router, comments.router, ping.router)

HANDLED_EVENTS = frozenset({"installation", "installation_repositories", "push", "issues", "issue_comment", "ping"})
