"""The ASGI app: ``/v1`` API, ``/hooks`` webhooks, ``/console``, ``/healthz``, ``/openapi.json``, ``/docs``."""
from __future__ import annotations

import contextlib
import json
import logging
import os
import sys
import threading
import time
from pathlib import Path

from ..version import __version__
from .access import log_access
from .config import Settings
from .problems import PROBLEM_TYPE

CONSOLE = Path(__file__).with_name("console.html")


class JsonLines(logging.Formatter):
    """One JSON object per line: time, level, logger, message and the record's own fields."""

    SKIP = frozenset(logging.LogRecord("", 0, "", 0, "", (), None).__dict__) | {"message", "asctime"}
    encoder = json.JSONEncoder(ensure_ascii=False, default=str)

    def format(self, record: logging.LogRecord) -> str:
        out = {"ts": round(record.created, 3), "level": record.levelname.lower(), "logger": record.name,
               "msg": record.getMessage()}
        skip = self.SKIP
        for key, value in record.__dict__.items():
            if key not in skip:
                out[key] = value
        if record.exc_info and record.exc_info[0] is not None:
            out["error"] = record.exc_info[0].__name__
        return self.encoder.encode(out)


def setup_logging(level: int = logging.INFO) -> None:
    """xborder's loggers write JSON lines to stderr (once per process)."""
    root = logging.getLogger("xborder.service")
    if not any(getattr(h, "_xborder", False) for h in root.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(JsonLines())
        handler._xborder = True  # type: ignore[attr-defined]
        root.addHandler(handler)
        root.setLevel(level)
        root.propagate = False


class Edge:
    """Pure ASGI middleware: bounds request bodies (413) and writes one access-log line per request.

    The log line holds method, route, status, sizes and duration: never the body, query
    string, client address or headers.
    """

    def __init__(self, app, max_body: int) -> None:
        self.app, self.max_body = app, max_body

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        start = time.perf_counter()
        info = {"status": 500, "out": 0, "in": 0}
        length = next((value for name, value in scope.get("headers") or () if name == b"content-length"), None)
        too_big = length is not None and (not length.isdigit() or int(length) > self.max_body)
        body = b""
        if not too_big and scope["method"] in ("POST", "PUT", "PATCH"):
            chunks, more = [], True
            while more:
                message = await receive()
                if message["type"] == "http.disconnect":
                    return
                chunks.append(message.get("body", b""))
                info["in"] += len(chunks[-1])
                if info["in"] > self.max_body:
                    too_big = True
                    break
                more = message.get("more_body", False)
            body = b"".join(chunks)

        async def replay():
            nonlocal body
            if body is None:
                return await receive()
            message, body = {"type": "http.request", "body": body, "more_body": False}, None
            return message

        async def sending(message):
            if message["type"] == "http.response.start":
                info["status"] = message["status"]
                message.setdefault("headers", []).append((b"x-request-id", rid.encode()))
            elif message["type"] == "http.response.body":
                info["out"] += len(message.get("body", b""))
            await send(message)

        rid = os.urandom(8).hex()  # as random as uuid4's first 16 hex digits, a quarter of the cost
        try:
            if too_big:
                await _too_large(sending, self.max_body)
            else:
                await self.app(scope, replay, sending)
        finally:
            route = scope.get("route")
            log_access(rid, scope["method"], getattr(route, "path", None) or scope["path"][:64], info["status"],
                       start, info["in"], info["out"])



def mark_ready(folder: Path | None) -> None:
    """Leave ``<pid>.ready`` in ``folder``: this worker has warmed up."""
    if folder is not None:
        with contextlib.suppress(OSError):
            (folder / f"{os.getpid()}.ready").touch()


def workers_ready(folder: Path | None) -> int | None:
    """How many live worker processes left a ``.ready`` mark in ``folder`` (None without one);
    a worker that died and was replaced by uvicorn left a mark with a dead pid, not counted."""
    if folder is None:
        return None
    count = 0
    for mark in folder.glob("*.ready"):
        try:
            os.kill(int(mark.stem), 0)
        except (ValueError, ProcessLookupError):
            continue
        except PermissionError:  # alive, another user's: cannot happen for our own children
            pass
        count += 1
    return count


async def _too_large(send, limit: int) -> None:
    body = json.dumps({"type": "https://xborder.dev/problems/too-large", "title": "Content Too Large",
                       "status": 413, "detail": f"request bodies are limited to {limit} bytes"}).encode()
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", PROBLEM_TYPE.encode()), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})


def create_app(settings: Settings | None = None, toolkit=None):
    """Build the app. ``settings`` default to the environment; ``toolkit`` to one over ``XBORDER_DATA``."""
    from fastapi.responses import HTMLResponse

    from . import api, hooks, problems
    from .fastpath import FastRoutes, Service
    from .queue import Queue

    settings = settings or Settings.from_env()
    setup_logging()

    @contextlib.asynccontextmanager
    async def lifespan(app):
        from starlette.concurrency import run_in_threadpool

        if app.state.toolkit is None:
            from ..toolkit import Toolkit

            app.state.toolkit = Toolkit()
        # The warm-up runs beside the first requests (which would load the same things lazily):
        # /healthz answers at once, /readyz once every worker behind the port has warmed up.
        ready = app.state.ready = threading.Event()
        app.state.warm_up = None

        def warm() -> None:
            from .warmup import warm_up

            try:
                app.state.warm_up = warm_up(app.state.toolkit, settings.warmup_s)
            finally:
                ready.set()
                mark_ready(settings.ready_dir)

        threading.Thread(target=warm, name="xborder-warm-up", daemon=True).start()
        app.state.queue = await run_in_threadpool(Queue, settings.db_path)
        worker = None
        if settings.worker and any(d.can_write_back for d in settings.helpdesks.values()):
            from .worker import Worker

            worker = Worker(app.state.toolkit, app.state.queue, settings)
            worker.start(settings.worker_threads)
        app.state.worker = worker
        try:
            yield
        finally:
            if worker is not None:
                await run_in_threadpool(worker.stop)
            app.state.queue.close()
            if settings.ready_dir is not None:
                with contextlib.suppress(OSError):
                    (settings.ready_dir / f"{os.getpid()}.ready").unlink()

    app = Service(title="xborder", version=__version__, lifespan=lifespan,
                  description="Cross-border, multilingual customer support over HTTP: the CLI's JSON "
                              "contracts, helpdesk webhooks and an agent console. See docs/service.md.")
    app.state.settings = settings
    app.state.toolkit = toolkit
    problems.install(app)
    app.include_router(api.router)
    app.include_router(hooks.router)

    @app.get("/healthz", summary="Liveness: the process answers")
    async def healthz() -> dict:
        return {"status": "ok", "version": __version__}

    @app.get("/readyz", summary="Readiness: 200 once this worker has loaded its data and models, else 503",
             responses={503: {"content": {PROBLEM_TYPE: {}}, "description": "Still warming up."}})
    async def readyz():
        if not app.state.ready.is_set():
            return problems.problem(503, "Service Unavailable", "warming up: loading data and models",
                                    headers={"Retry-After": "1"})
        warmed = workers_ready(settings.ready_dir)
        if warmed is not None and warmed < settings.workers:
            return problems.problem(503, "Service Unavailable",
                                    f"warming up: {warmed} of {settings.workers} workers ready",
                                    headers={"Retry-After": "1"})
        report = app.state.warm_up
        return {"status": "ready", "version": __version__, "warm_up": report.to_dict() if report else None}

    @app.get("/console", response_class=HTMLResponse, summary="The agent console (one self-contained page)")
    def console():
        return HTMLResponse(CONSOLE.read_text(encoding="utf-8"),
                            headers={"Content-Security-Policy": "default-src 'self'; style-src 'unsafe-inline'; "
                                                                "script-src 'unsafe-inline'; img-src 'self' data:",
                                     "Cache-Control": "no-store"})

    app.add_middleware(Edge, max_body=settings.max_body_bytes)
    app.fast = FastRoutes(app.through_fastapi, app.state, settings.max_body_bytes)
    return app
