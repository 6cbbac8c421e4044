"""Each helpdesk's webhook signature, checked on the raw body before anything is parsed.

- Chatwoot (``lib/webhooks/trigger.rb``, 4.12+): ``X-Chatwoot-Signature: sha256=<hex>``, the
  HMAC-SHA256 of ``"<X-Chatwoot-Timestamp>.<body>"`` with the webhook's secret.
- Zammad (admin docs, "Webhook payload"): ``X-Hub-Signature: sha1=<hex>``, the HMAC-SHA1 of
  the body with the webhook's signature token. Zammad sends no timestamp.
- Zendesk (developer docs, "Verifying webhook authenticity"):
  ``X-Zendesk-Webhook-Signature: base64(HMAC-SHA256(timestamp + body))`` with
  ``X-Zendesk-Webhook-Signature-Timestamp`` (ISO 8601, UTC).
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import time
from typing import Mapping


class Rejected(Exception):
    """A delivery that is not verifiably the helpdesk's: ``reason`` is logged, the body never."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason


def _need(headers: Mapping[str, str], name: str) -> str:
    value = headers.get(name)
    if not value:
        raise Rejected("missing_header", f"missing header {name}")
    return value.strip()


def _fresh(sent: float, tolerance: float, now: float | None) -> None:
    now = time.time() if now is None else now
    if abs(now - sent) > tolerance:
        raise Rejected("stale_timestamp", f"timestamp is {int(now - sent)} s away from this server's clock "
                                          f"(at most {int(tolerance)} s)")


def _equal(expected: str, given: str) -> None:
    if not hmac.compare_digest(expected.encode(), given.encode()):
        raise Rejected("bad_signature", "signature does not match")


def chatwoot(secret: str, headers: Mapping[str, str], body: bytes, tolerance: float,
             now: float | None = None) -> None:
    stamp = _need(headers, "x-chatwoot-timestamp")
    given = _need(headers, "x-chatwoot-signature")
    try:
        sent = int(stamp)
    except ValueError:
        raise Rejected("bad_timestamp", "X-Chatwoot-Timestamp is not Unix seconds") from None
    digest = hmac.new(secret.encode(), stamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    _equal(f"sha256={digest}", given)
    _fresh(sent, tolerance, now)


def zammad(secret: str, headers: Mapping[str, str], body: bytes, tolerance: float,
           now: float | None = None) -> None:
    given = _need(headers, "x-hub-signature")
    _equal("sha1=" + hmac.new(secret.encode(), body, hashlib.sha1).hexdigest(), given)


def zendesk(secret: str, headers: Mapping[str, str], body: bytes, tolerance: float,
            now: float | None = None) -> None:
    stamp = _need(headers, "x-zendesk-webhook-signature-timestamp")
    given = _need(headers, "x-zendesk-webhook-signature")
    try:
        sent = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        raise Rejected("bad_timestamp", "X-Zendesk-Webhook-Signature-Timestamp is not ISO 8601") from None
    if sent.tzinfo is None:
        sent = sent.replace(tzinfo=dt.timezone.utc)
    digest = hmac.new(secret.encode(), stamp.encode() + body, hashlib.sha256).digest()
    _equal(base64.b64encode(digest).decode(), given)
    _fresh(sent.timestamp(), tolerance, now)


VERIFY = {"chatwoot": chatwoot, "zammad": zammad, "zendesk": zendesk}


def sign(provider: str, secret: str, body: bytes, when: float | None = None) -> dict[str, str]:
    """The headers the helpdesk would send with ``body`` (tests, benchmarks, fake helpdesk)."""
    when = time.time() if when is None else when
    if provider == "chatwoot":
        stamp = str(int(when))
        digest = hmac.new(secret.encode(), stamp.encode() + b"." + body, hashlib.sha256).hexdigest()
        return {"X-Chatwoot-Timestamp": stamp, "X-Chatwoot-Signature": f"sha256={digest}"}
    if provider == "zammad":
        return {"X-Hub-Signature": "sha1=" + hmac.new(secret.encode(), body, hashlib.sha1).hexdigest()}
    stamp = dt.datetime.fromtimestamp(when, dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    digest = hmac.new(secret.encode(), stamp.encode() + body, hashlib.sha256).digest()
    return {"X-Zendesk-Webhook-Signature-Timestamp": stamp,
            "X-Zendesk-Webhook-Signature": base64.b64encode(digest).decode()}
