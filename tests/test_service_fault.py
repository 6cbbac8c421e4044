"""Kill -9 the service between receiving a delivery and writing it back: after a restart the
note is in the helpdesk exactly once."""
from __future__ import annotations

import time

import pytest

from service_helpers import Service, payload
from xborder.service.fakedesk import FakeDesk
from xborder.service.helpdesks import MARKER
from xborder.service.queue import Queue


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
