"""`GET /healthz`: the process is up and its database answers."""

from __future__ import annotations

import logging

from fastapi import APIRouter, Request, Response, status
from pydantic import BaseModel
from sqlalchemy.exc import SQLAlchemyError
from starlette.concurrency import run_in_threadpool

from bot.storage.db import ping

log = logging.getLogger(__name__)
router = APIRouter()


class Health(BaseModel):
    """The health check's answer."""

    status: str
    database: str


@router.get("/healthz", response_model=Health, responses={503: {"model": Health}})
async def healthz(request: Request, response: Response) -> Health:
    """200 when `SELECT 1` succeeds, 503 when the database is unreachable."""
    try:
        await run_in_threadpool(ping, request.app.state.runtime.engine)
    except SQLAlchemyError as e:
        log.warning("health check: database unreachable: %s", type(e).__name__)
        response.status_code = status.HTTP_503_SERVICE_UNAVAILABLE
        return Health(status="unavailable", database="unreachable")
    return Health(status="ok", database="ok")
