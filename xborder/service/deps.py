"""Auth for the routes, through FastAPI's ``Depends``."""
from __future__ import annotations

import hmac

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

_bearer = HTTPBearer(auto_error=False, description="`Authorization: Bearer $XBORDER_API_TOKEN`")


async def require_token(request: Request,
                        credentials: HTTPAuthorizationCredentials | None = Depends(_bearer)) -> None:
    """401 unless the bearer token equals ``XBORDER_API_TOKEN`` (open when none is set, on loopback only)."""
    expected = request.app.state.settings.api_token
    if not expected:
        return
    given = credentials.credentials if credentials is not None else ""
    if not hmac.compare_digest(given.encode(), expected.encode()):
        raise HTTPException(401, "wrong bearer token" if given else "missing bearer token",
                            headers={"WWW-Authenticate": "Bearer"})
