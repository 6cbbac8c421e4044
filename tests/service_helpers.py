"""What the service tests share: an app over a temporary queue, signed deliveries, fixtures."""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
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


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Service:
    """``xborder serve`` in a child process, on loopback."""

    def __init__(self, tmp_path, desk=None, **env) -> None:
        self.port = free_port()
        self.env = {**os.environ, "XBORDER_API_TOKEN": TOKEN, "XBORDER_SERVICE_DB": str(tmp_path / "queue.sqlite3"),
                    "XBORDER_DATA": "", "XBORDER_WORKER_POLL": "0.05", **env}
        for name, secret in SECRETS.items():
            up = name.upper()
            self.env[f"XBORDER_{up}_SECRET"] = secret
            if desk is not None:
                self.env.update({f"XBORDER_{up}_URL": desk.url, f"XBORDER_{up}_TOKEN": desk.token,
                                 f"XBORDER_{up}_EMAIL": "bot@example.com"})
        self.log = open(tmp_path / f"service-{self.port}.log", "wb")
        self.proc = subprocess.Popen([sys.executable, "-m", "xborder.cli.main", "serve", "--port", str(self.port)],
                                     env=self.env, stdout=self.log, stderr=subprocess.STDOUT)
        self.url = f"http://127.0.0.1:{self.port}"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError(f"service exited: {(tmp_path / f'service-{self.port}.log').read_text()[-2000:]}")
            try:
                with urllib.request.urlopen(self.url + "/healthz", timeout=1) as r:
                    if r.status == 200:
                        return
            except OSError:
                time.sleep(0.05)
        raise AssertionError("service did not start")

    def deliver(self, provider: str, body: bytes, delivery: str) -> dict:
        headers = {"Content-Type": "application/json", **sign(provider, SECRETS[provider], body),
                   {"chatwoot": "X-Chatwoot-Delivery", "zammad": "X-Zammad-Delivery",
                    "zendesk": "X-Zendesk-Webhook-Invocation-Id"}[provider]: delivery}
        request = urllib.request.Request(f"{self.url}/hooks/{provider}", data=body, headers=headers, method="POST")
        with urllib.request.urlopen(request, timeout=10) as r:
            return json.loads(r.read())

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(10)
        self.log.close()

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        self.log.close()


__all__ = ["Service", "DATA", "TOKEN", "SECRETS", "TestClient", "create_app", "settings", "client", "payload", "with_text",
           "deliver"]
