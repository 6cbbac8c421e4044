"""Kill -9 the service between receiving a delivery and writing it back: after a restart the
note is in the helpdesk exactly once."""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

from service_helpers import SECRETS, TOKEN, payload
from xborder.service.fakedesk import FakeDesk
from xborder.service.helpdesks import MARKER
from xborder.service.queue import Queue
from xborder.service.signatures import sign


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Service:
    """``xborder serve`` in a child process, on loopback."""

    def __init__(self, tmp_path, desk: FakeDesk, **env) -> None:
        self.port = free_port()
        self.env = {**os.environ, "XBORDER_API_TOKEN": TOKEN, "XBORDER_SERVICE_DB": str(tmp_path / "queue.sqlite3"),
                    "XBORDER_DATA": "", "XBORDER_WORKER_POLL": "0.05", **env}
        for name, secret in SECRETS.items():
            up = name.upper()
            self.env.update({f"XBORDER_{up}_SECRET": secret, f"XBORDER_{up}_URL": desk.url,
                             f"XBORDER_{up}_TOKEN": desk.token, f"XBORDER_{up}_EMAIL": "bot@example.com"})
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


def wait_done(db, provider: str, delivery: str, timeout: float = 60) -> dict:
    queue = Queue(db)
    try:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            state = queue.status(provider, delivery)
            if state and state["status"] in ("done", "failed", "ignored"):
                return state
            time.sleep(0.05)
        raise AssertionError(f"not processed: {queue.status(provider, delivery)}")
    finally:
        queue.close()


@pytest.fixture
def desk():
    with FakeDesk() as fake:
        yield fake


def test_killed_while_the_helpdesk_holds_the_note(tmp_path, desk):
    desk.hold_notes.set()
    service = Service(tmp_path, desk)
    try:
        key = "zendesk:" + service.deliver("zendesk", payload("zendesk_comment_added.json"), "inv-1")["delivery"]
        assert desk.note_seen.wait(60), "the worker never posted the note"
        service.kill()  # the helpdesk has the note; xborder never heard back
    finally:
        service.stop()
    desk.hold_notes.clear()
    assert desk.notes_with(MARKER + key) == 1
    lists_before = sum(call["action"] == "list" for call in desk.calls)
    again = Service(tmp_path, desk)
    try:
        assert wait_done(tmp_path / "queue.sqlite3", "zendesk", key.split(":", 1)[1])["status"] == "done"
    finally:
        again.stop()
    assert desk.notes_with(MARKER + key) == 1
    assert sum(call["action"] == "list" for call in desk.calls) == lists_before + 1  # it looked before posting
    assert any(call["action"] == "tags" for call in desk.calls)


def test_killed_after_answering_before_processing(tmp_path, desk):
    service = Service(tmp_path, desk, XBORDER_SERVICE_WORKER="0")
    try:
        assert service.deliver("chatwoot", payload("chatwoot_message_created.json"), "cw-9")["status"] == "queued"
        service.kill()
    finally:
        service.stop()
    assert desk.calls == []
    again = Service(tmp_path, desk)
    try:
        assert again.deliver("chatwoot", payload("chatwoot_message_created.json"), "cw-9")["status"] == "duplicate"
        assert wait_done(tmp_path / "queue.sqlite3", "chatwoot", "cw-9")["status"] == "done"
    finally:
        again.stop()
    assert desk.notes_with(MARKER + "chatwoot:cw-9") == 1
