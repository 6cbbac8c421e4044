"""The access log: one JSON line per request (``server.JsonLines``), never message text or PII."""
from __future__ import annotations

import logging
import time

access_log = logging.getLogger("xborder.service.access")


def log_access(request_id: str, method: str, route: str, status: int, start: float, bytes_in: int,
               bytes_out: int) -> None:
    """The access-log line of one request (``start``: its ``time.perf_counter()``); never text or PII."""
    if access_log.isEnabledFor(logging.INFO):
        # a record made here, not by access_log.info: the caller's file and line (the same for
        # every request) cost more to look up than the rest of the line (findCaller, ~10 µs)
        access_log.handle(access_log.makeRecord(
            access_log.name, logging.INFO, __file__, 0, "request", (), None, "log_access",
            {"request_id": request_id, "method": method, "route": route, "status": status,
             "ms": round((time.perf_counter() - start) * 1000, 2), "bytes_in": bytes_in, "bytes_out": bytes_out}))
