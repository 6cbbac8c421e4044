"""A short way through for the plain POST routes: ``/v1/detect``, ``/v1/triage``, ``/v1/classify``
and ``/v1/suggest``.

Detection takes about half a millisecond of CPU, and FastAPI's request handling (dependency
solving, body reading, routing, exception middleware, and for the synchronous routes a hop to
the thread pool and back) took another 0.3-0.5 ms around it. For a request that is plainly
well-formed (exact ``Bearer`` token, ``application/json`` body that validates), this pure ASGI
layer calls the same answer function (``api.PLAIN_ROUTES``) and writes the same JSON the route
would, on the event loop. Anything else, including any error, goes on to FastAPI unchanged, so
every bad input gets the same problem document as before.
"""
from __future__ import annotations

import hmac
import json

from .api import PLAIN_ROUTES, Json

ROUTES = PLAIN_ROUTES
# A longer body for a route FastAPI runs in its thread pool goes there: a suggestion takes about
# 1.5 ms for a message of a few lines but 30 ms at 8 KB and 50-75 ms at 20,000 characters, long
# enough that the event loop should stay free meanwhile.
MAX_INLINE = 4096


class FastRoutes:
    """ASGI middleware answering the happy path of :data:`ROUTES`; everything else reaches ``app``."""

    def __init__(self, app, state) -> None:
        self.app, self.state = app, state

    async def __call__(self, scope, receive, send):
        route = ROUTES.get(scope.get("path", "")) if scope["type"] == "http" else None
        if route is None or scope["method"] != "POST" or scope.get("query_string"):
            return await self.app(scope, receive, send)
        message = await receive()
        response = None
        if message["type"] == "http.request" and not message.get("more_body") and self._allowed(scope):
            response = self._answer(route, message.get("body", b""))
        if response is not None:
            return await response(scope, receive, send)
        sent = False

        async def replay():
            nonlocal sent
            if sent:
                return await receive()
            sent = True
            return message

        return await self.app(scope, replay, send)

    def _allowed(self, scope) -> bool:
        expected = self.state.settings.api_token
        content_type = authorization = None
        for name, value in scope["headers"]:
            if name == b"content-type":
                content_type = value
            elif name == b"authorization":
                authorization = value
        if content_type is None or content_type.split(b";")[0].strip().lower() != b"application/json":
            return False
        if not expected:
            return True
        return (authorization is not None and authorization.startswith(b"Bearer ")  # as deps.require_token reads it
                and hmac.compare_digest(authorization[7:].decode("latin-1").encode(), expected.encode()))

    def _answer(self, route, body: bytes) -> Json | None:
        model, answer, needs, threaded = route
        toolkit = self.state.toolkit
        if not body or (threaded and len(body) > MAX_INLINE) or toolkit is None or not hasattr(toolkit, needs):
            return None
        try:
            return Json(answer(toolkit, model.model_validate(json.loads(body))))
        except Exception:  # noqa: BLE001 - FastAPI answers it, with its problem document
            return None
