"""RFC 9457 problem documents: every error the service answers, in one shape."""
from __future__ import annotations

import logging
from typing import Any

from ..errors import InputError, LocaleError, TemplateNotFoundError, VariableError, XborderError

PROBLEM_TYPE = "application/problem+json"
log = logging.getLogger("xborder.service")

# Which status an XborderError subclass answers with; the first match wins.
_STATUS = ((TemplateNotFoundError, 404, "unknown-template"), (LocaleError, 422, "bad-locale"),
           (VariableError, 422, "bad-variables"), (InputError, 422, "bad-input"),
           (XborderError, 422, "bad-input"))


def problem(status: int, title: str, detail: str | None = None, *, kind: str = "about:blank",
            headers: dict[str, str] | None = None, **extra: Any):
    """A ``JSONResponse`` holding a problem document."""
    from fastapi.responses import JSONResponse

    body: dict[str, Any] = {"type": kind if kind == "about:blank" else f"https://xborder.dev/problems/{kind}",
                            "title": title, "status": status}
    if detail:
        body["detail"] = detail
    body.update(extra)
    return JSONResponse(body, status_code=status, media_type=PROBLEM_TYPE, headers=headers)


def install(app) -> None:
    """Turn every error into a problem document: library errors, validation, HTTP errors, the rest."""
    from fastapi.exceptions import RequestValidationError
    from starlette.exceptions import HTTPException

    @app.exception_handler(XborderError)
    async def xborder_error(request, exc: XborderError):
        for cls, status, kind in _STATUS:
            if isinstance(exc, cls):
                return problem(status, _title(status), str(exc), kind=kind)

    @app.exception_handler(RequestValidationError)
    async def invalid(request, exc: RequestValidationError):
        errors = [{"loc": [str(p) for p in e.get("loc", ())], "msg": e.get("msg", "")} for e in exc.errors()]
        first = errors[0] if errors else {"loc": [], "msg": "invalid request"}
        where = ".".join(first["loc"][1:] if first["loc"][:1] == ["body"] else first["loc"]) or "body"
        return problem(422, "Unprocessable request", f"{where}: {first['msg']}", kind="validation",
                       errors=errors[:20])

    @app.exception_handler(HTTPException)
    async def http_error(request, exc: HTTPException):
        detail = exc.detail if isinstance(exc.detail, str) else None
        return problem(exc.status_code, _title(exc.status_code), detail, headers=getattr(exc, "headers", None))

    async def unprocessable(request, exc: Exception):
        # Bad values that slip past validation deep in a library answer 422, not 500. No message
        # text: an exception's text may quote the customer's message.
        log.warning("unprocessable input: %s in %s", type(exc).__name__, request.url.path)
        return problem(422, "Unprocessable request", f"the input could not be processed ({type(exc).__name__})",
                       kind="bad-input")

    for cls in (ValueError, TypeError, UnicodeError, LookupError, OverflowError, RecursionError):
        app.add_exception_handler(cls, unprocessable)

    @app.exception_handler(Exception)
    async def anything(request, exc: Exception):
        log.error("internal error: %s in %s", type(exc).__name__, request.url.path, exc_info=exc)
        return problem(500, "Internal error", "an unexpected error; it has been logged")


def _title(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"
