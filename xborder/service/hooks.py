"""``POST /hooks/{chatwoot,zammad,zendesk}``: verify, store durably, answer at once.

Nothing is parsed before the signature checks out; a refused delivery is logged
(provider and reason, never the body) and never reaches the queue.
"""
from __future__ import annotations

import logging

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool

from .helpdesks import delivery_id
from .problems import problem
from .signatures import VERIFY, Rejected

log = logging.getLogger("xborder.service.hooks")
router = APIRouter(prefix="/hooks", tags=["webhooks"])
PROBLEM = {"content": {"application/problem+json": {}}, "description": "A problem document (RFC 9457)."}
HEADERS = {
    "chatwoot": "`X-Chatwoot-Signature` (`sha256=` hex HMAC-SHA256 of `timestamp.body`), `X-Chatwoot-Timestamp`, "
                "`X-Chatwoot-Delivery`; secret `XBORDER_CHATWOOT_SECRET`.",
    "zammad": "`X-Hub-Signature` (`sha1=` hex HMAC-SHA1 of the body), `X-Zammad-Delivery`; "
              "secret `XBORDER_ZAMMAD_SECRET`.",
    "zendesk": "`X-Zendesk-Webhook-Signature` (base64 HMAC-SHA256 of timestamp + body), "
               "`X-Zendesk-Webhook-Signature-Timestamp`; secret `XBORDER_ZENDESK_SECRET`.",
}


async def receive(provider: str, request: Request):
    settings, queue = request.app.state.settings, request.app.state.queue
    secret = settings.helpdesks[provider].secret
    if not secret:
        return problem(404, "Not Found", f"the {provider} webhook is not configured (XBORDER_{provider.upper()}_SECRET)")
    body = await request.body()
    try:
        VERIFY[provider](secret, request.headers, body, settings.timestamp_tolerance_s)
    except Rejected as exc:
        await run_in_threadpool(queue.reject, provider, exc.reason)
        log.warning("webhook rejected", extra={"provider": provider, "reason": exc.reason})
        return problem(401, "Unauthorized", str(exc), kind=exc.reason.replace("_", "-"))
    ident = delivery_id(provider, request.headers, body)
    stored = await run_in_threadpool(queue.add, provider, ident, body)
    return {"delivery": ident, "status": "queued" if stored else "duplicate"}


def _route(provider: str):
    async def hook(request: Request):
        return await receive(provider, request)

    hook.__doc__ = f"A {provider.capitalize()} webhook delivery. Headers: {HEADERS[provider]}"
    router.add_api_route(f"/{provider}", hook, methods=["POST"], name=f"hook_{provider}",
                         summary=f"{provider.capitalize()} webhook", responses={401: PROBLEM, 404: PROBLEM, 413: PROBLEM})


for _name in HEADERS:
    _route(_name)
