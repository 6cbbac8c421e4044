"""What the service tests share: an app over a temporary queue, signed deliveries, fixtures."""
from __future__ import annotations

import json
import warnings
from dataclasses import replace
from pathlib import Path

import pytest

pytest.importorskip("fastapi")

with warnings.catch_warnings():  # Starlette announces a rename of its httpx dependency
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient  # noqa: E402

from xborder.service import create_app  # noqa: E402
from xborder.service.config import Helpdesk, Settings  # noqa: E402
from xborder.service.signatures import sign  # noqa: E402

DATA = Path(__file__).parent / "data" / "service"
TOKEN = "test-api-token"
SECRETS = {"chatwoot": "cw-secret", "zammad": "zm-secret", "zendesk": "zd-secret"}
DELIVERY_HEADER = {"chatwoot": "X-Chatwoot-Delivery", "zammad": "X-Zammad-Delivery",
                   "zendesk": "X-Zendesk-Webhook-Invocation-Id"}


def settings(tmp_path: Path, desk_url: str | None = None, desk_token: str = "desk-token", **changes) -> Settings:
    desks = {name: Helpdesk(name, SECRETS[name], desk_url, desk_token if desk_url else None,
                            "bot@example.com" if name == "zendesk" else None) for name in SECRETS}
    base = Settings(api_token=TOKEN, db_path=tmp_path / "queue.sqlite3", worker_poll_s=0.02, helpdesks=desks)
    return replace(base, **changes)


def client(app) -> TestClient:
    return TestClient(app, raise_server_exceptions=False)


def payload(name: str) -> bytes:
    return (DATA / name).read_bytes()


def with_text(name: str, text: str, **top) -> bytes:
    """A recorded payload with another customer message (and top-level fields changed)."""
    data = json.loads(payload(name))
    if "article" in data:
        data["article"]["body"], data["article"]["content_type"] = text, "text/plain"
    elif "event" in data and isinstance(data["event"], dict):
        data["event"]["comment"]["body"] = text
    else:
        data["content"] = text
    data.update(top)
    return json.dumps(data, ensure_ascii=False).encode()


def deliver(c: TestClient, provider: str, body: bytes, delivery: str | None = None, *, secret: str | None = None,
            when: float | None = None):
    headers = {"Content-Type": "application/json", **sign(provider, secret or SECRETS[provider], body, when)}
    if delivery is not None:
        headers[DELIVERY_HEADER[provider]] = delivery
    return c.post(f"/hooks/{provider}", content=body, headers=headers)


__all__ = ["DATA", "TOKEN", "SECRETS", "TestClient", "create_app", "settings", "client", "payload", "with_text",
           "deliver"]
