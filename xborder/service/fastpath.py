"""A short way through for the plain POST routes: ``/v1/detect``, ``/v1/triage``, ``/v1/classify``
and ``/v1/suggest``.

Detection takes about half a millisecond of CPU, and FastAPI's request handling (dependency
solving, body reading, routing, exception middleware, and for the synchronous routes a hop to
the thread pool and back) took another 0.3-0.5 ms around it. For a request that is plainly
well-formed (exact ``Bearer`` token, ``application/json`` body that validates), this pure ASGI
layer calls the same answer function (``api.PLAIN_ROUTES``) and writes the same JSON the route
would, on the event loop (suggest and classify in the thread pool while calls are slow, see
below). Anything else, including any error, goes on to FastAPI unchanged, so
every bad input gets the same problem document as before.

It stands in front of the whole app (:class:`Service`), not inside FastAPI's middleware: the
five layers it would pass through (FastAPI's telemetry and body limit, Starlette's error
middleware, ``server.Edge``) cost about 30 µs a request with nothing to do for these. What
``Edge`` does, it does too: bodies over the limit go on to ``Edge`` (413), and each answer
carries an ``x-request-id`` and leaves one access-log line (``access.log_access``).
"""
from __future__ import annotations

import hmac
import json
import os
import time

from fastapi import FastAPI

from .api import PLAIN_ROUTES, Json
from .access import log_access

ROUTES = PLAIN_ROUTES
# suggest and classify, which FastAPI runs in its thread pool, run on the event loop: a thread
# hop costs about 0.2 ms (a suggestion takes 1.1 ms). But a call on the loop holds up every
# request behind it, while the pool's threads share the CPU, so a long call no longer delays the
# short ones behind it. Calls get long in a worker's first minutes (a new message's words
# compile triage patterns, 40-150 ms) and for long messages (30 ms at 8 KB, 50-75 ms at 20,000
# characters): a body over MAX_INLINE, and every call for POOLED_S seconds after one that took
# over SLOW_S of CPU, go to the pool. Measured at 200 req/s on a worker's first pass: p50 0.3 s
# and p99 1.0 s in the pool against 1.9 s and 3.0 s on the loop.
MAX_INLINE = 4096
SLOW_S = 0.02
POOLED_S = 2.0


class FastRoutes:
    """ASGI app answering the happy path of :data:`ROUTES`; everything else reaches ``app``."""

    def __init__(self, app, state, max_body: int) -> None:
        self.app, self.state, self.max_body = app, state, max_body
        self.pooled_until = 0.0  # time.monotonic() until which suggest and classify run in the pool

    async def __call__(self, scope, receive, send):
        route = ROUTES.get(scope.get("path", "")) if scope["type"] == "http" else None
        if route is None or scope["method"] != "POST" or scope.get("query_string"):
            return await self.app(scope, receive, send)
        if not self._allowed(scope):
            return await self.app(scope, receive, send)
        start = time.perf_counter()
        message = await receive()
        body = None
        if message["type"] == "http.request" and not message.get("more_body"):
            data = message.get("body", b"")
            if len(data) > self.max_body:
                pass  # Edge answers 413
            elif route[3] and (len(data) > MAX_INLINE or time.monotonic() < self.pooled_until):
                from starlette.concurrency import run_in_threadpool

                body = await run_in_threadpool(self._timed, route, data)
            else:
                body = self._timed(route, data)
        if body is not None:
            rid = os.urandom(8).hex()
            # the headers and their order as Starlette's Response and then Edge write them
            await send({"type": "http.response.start", "status": 200,
                        "headers": [(b"content-length", str(len(body)).encode()),
                                    (b"content-type", b"application/json"), (b"x-request-id", rid.encode())]})
            await send({"type": "http.response.body", "body": body})
            return log_access(rid, "POST", scope["path"][:64], 200, start, len(data), len(body))
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
            elif name == b"content-length" and (not value.isdigit() or int(value) > self.max_body):
                return False  # Edge answers 413
        if content_type is None or content_type.split(b";")[0].strip().lower() != b"application/json":
            return False
        if not expected:
            return True
        return (authorization is not None and authorization.startswith(b"Bearer ")  # as deps.require_token reads it
                and hmac.compare_digest(authorization[7:].decode("latin-1").encode(), expected.encode()))

    def _timed(self, route, body: bytes) -> bytes | None:
        if not route[3]:  # detect and triage always run on the loop: no need to time them
            return self._answer(route, body)
        began = time.thread_time()
        try:
            return self._answer(route, body)
        finally:
            if time.thread_time() - began > SLOW_S:
                self.pooled_until = time.monotonic() + POOLED_S

    def _answer(self, route, body: bytes) -> bytes | None:
        """The route's answer to ``body``, encoded as its ``Json`` response would be (None: FastAPI's turn)."""
        model, answer, needs, _ = route
        toolkit = self.state.toolkit
        if not body or toolkit is None or not hasattr(toolkit, needs):
            return None
        try:
            return Json.encode(answer(toolkit, model.model_validate(json.loads(body))))
        except Exception:  # noqa: BLE001 - FastAPI answers it, with its problem document
            return None


class Service(FastAPI):
    """The app: FastAPI, with :class:`FastRoutes` (``fast``, set once the app is built) in front of
    its middleware."""

    fast: FastRoutes | None = None

    async def __call__(self, scope, receive, send) -> None:
        if self.fast is not None and scope["type"] == "http":
            return await self.fast(scope, receive, send)
        return await super().__call__(scope, receive, send)

    async def through_fastapi(self, scope, receive, send) -> None:
        """A request through FastAPI and its middleware: what :class:`FastRoutes` hands on."""
        return await FastAPI.__call__(self, scope, receive, send)
