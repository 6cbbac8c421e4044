"""Helpdesk webhooks: verified before reading, stored once, written back once to a fake helpdesk."""
from __future__ import annotations

import json
import time

import pytest

from service_helpers import SECRETS, client, create_app, deliver, payload, settings, with_text
from xborder.service.fakedesk import FakeDesk
from xborder.service.helpdesks import MARKER
from xborder.service.worker import backoff

RECORDED = {"chatwoot": "chatwoot_message_created.json", "zammad": "zammad_trigger.json",
            "zendesk": "zendesk_comment_added.json"}


@pytest.fixture
def desk():
    with FakeDesk() as fake:
        yield fake


@pytest.fixture
def service(tmp_path, desk, toolkit):
    app = create_app(settings(tmp_path, desk.url), toolkit)
    with client(app) as c:
        yield c, app.state.queue


def wait_for(queue, provider: str, delivery: str, status=("done", "ignored", "failed"), timeout: float = 30) -> dict:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        state = queue.status(provider, delivery)
        if state and state["status"] in status:
            return state
        time.sleep(0.02)
    raise AssertionError(f"{provider}:{delivery} not processed: {queue.status(provider, delivery)}")


@pytest.mark.parametrize("provider", sorted(RECORDED))
def test_recorded_delivery_is_written_back_once(service, desk, provider):
    c, queue = service
    body = payload(RECORDED[provider])
    answer = deliver(c, provider, body, "d-1")
    assert answer.status_code == 200
    delivery = answer.json()["delivery"]
    assert answer.json()["status"] == "queued"
    assert deliver(c, provider, body, "d-1").json()["status"] == "duplicate"
    assert wait_for(queue, provider, delivery)["status"] == "done"
    key = f"{provider}:{delivery}"
    assert desk.notes_with(f"{MARKER}{key}") == 1
    note = desk.all_notes()[0]
    tags = [call["body"] for call in desk.calls if call["action"] == "tags"]
    expected = {"chatwoot": ("es", "mx", "consumer_authority"), "zammad": ("de", "de", None),
                "zendesk": ("ar", None, None)}[provider]
    language, region, reason = expected
    assert f"Language: {language}" in note
    flat = json.dumps(tags)
    assert f"xb-lang-{language}" in flat
    if region:
        assert f"xb-region-{region}" in flat and "Customer local time" in note
    if reason:
        assert "ESCALATE" in note and f"xb-reason-{reason}" in flat
    if provider == "chatwoot":
        attrs = [call["body"] for call in desk.calls if call["action"] == "attributes"]
        assert attrs[-1]["custom_attributes"]["xb_language"] == "es"
        assert attrs[-1]["custom_attributes"]["xb_escalate"] is True
        notes = [call for call in desk.calls if call["action"] == "note"]
        assert notes[0]["body"]["private"] is True and notes[0]["path"].endswith("/accounts/1/conversations/42/messages")
    if provider == "zammad":
        posted = [call["body"] for call in desk.calls if call["action"] == "note"][0]
        assert posted["internal"] is True and posted["type"] == "note" and posted["ticket_id"] == 31
    if provider == "zendesk":
        assert delivery == "cbe4028c-7239-495d-b020-f22348516046"  # the event's own id
        posted = [call["body"] for call in desk.calls if call["action"] == "note"][0]
        assert posted["ticket"]["comment"]["public"] is False


@pytest.mark.parametrize("provider, name", [("chatwoot", "chatwoot_private_note.json"),
                                            ("chatwoot", "chatwoot_conversation_status_changed.json"),
                                            ("zammad", "zammad_internal_note.json"),
                                            ("zendesk", "zendesk_private_comment.json"),
                                            ("zendesk", "zendesk_status_changed.json")])
def test_outgoing_private_and_other_events_are_ignored(service, desk, provider, name):
    c, queue = service
    delivery = deliver(c, provider, payload(name), "ign-1").json()["delivery"]
    assert wait_for(queue, provider, delivery)["status"] == "ignored"
    assert desk.all_notes() == []


def test_its_own_note_never_loops(service, desk):
    c, queue = service
    body = with_text("chatwoot_message_created.json", f"xborder — suggested handling\n{MARKER}chatwoot:x")
    deliver(c, "chatwoot", body, "loop-1")
    assert wait_for(queue, "chatwoot", "loop-1")["reason"] == "xborder's own note"
    assert desk.all_notes() == []


@pytest.mark.parametrize("provider", sorted(RECORDED))
def test_forged_stale_and_unsigned_deliveries_never_reach_the_queue(service, provider):
    c, queue = service
    body = payload(RECORDED[provider])
    forged = deliver(c, provider, body, "f-1", secret="guessed")
    assert forged.status_code == 401 and forged.headers["content-type"].startswith("application/problem+json")
    assert forged.json()["type"].endswith("/bad-signature")
    tampered = c.post(f"/hooks/{provider}", content=body.replace(b"4", b"5", 1),
                      headers={"Content-Type": "application/json", **_signed(provider, body)})
    assert tampered.status_code == 401
    unsigned = c.post(f"/hooks/{provider}", content=body, headers={"Content-Type": "application/json"})
    assert unsigned.status_code == 401 and "missing header" in unsigned.json()["detail"]
    expected = {"bad_signature": 2, "missing_header": 1}
    if provider != "zammad":  # Zammad signs no timestamp
        stale = deliver(c, provider, body, "f-2", when=time.time() - 3600)
        assert stale.status_code == 401 and stale.json()["type"].endswith("/stale-timestamp")
        expected["stale_timestamp"] = 1
    counts = queue.counts()
    assert counts["deliveries"] == {} and counts["rejected"] == expected


def _signed(provider, body):
    from xborder.service.signatures import sign

    return sign(provider, SECRETS[provider], body)


def test_retry_on_429_and_503_then_one_note(service, desk):
    c, queue = service
    desk.fail_next.extend([429, 503])
    deliver(c, "zammad", payload("zammad_trigger.json"), "r-1")
    state = wait_for(queue, "zammad", "r-1")
    assert state["status"] == "done" and state["attempts"] == 2
    assert desk.notes_with(f"{MARKER}zammad:r-1") == 1


def test_a_refusing_helpdesk_fails_the_delivery(tmp_path, desk, toolkit):
    app = create_app(settings(tmp_path, desk.url, desk_token="wrong"), toolkit)
    with client(app) as c:
        deliver(c, "chatwoot", payload("chatwoot_message_created.json"), "p-1")
        state = wait_for(app.state.queue, "chatwoot", "p-1")
    assert state["status"] == "failed" and "401" in state["reason"]
    assert desk.all_notes() == []


def test_unconfigured_hook_is_404_and_missing_delivery_id_uses_a_digest(tmp_path, toolkit):
    from dataclasses import replace

    from xborder.service.config import Helpdesk

    base = settings(tmp_path)
    app = create_app(replace(base, helpdesks={**base.helpdesks, "zendesk": Helpdesk("zendesk")}), toolkit)
    with client(app) as c:
        assert c.post("/hooks/zendesk", content=b"{}").status_code == 404
        body = payload("chatwoot_message_created.json")
        first = deliver(c, "chatwoot", body).json()
        assert first["delivery"].startswith("sha256-") and first["status"] == "queued"
        assert deliver(c, "chatwoot", body).json()["status"] == "duplicate"
        assert c.post("/hooks/chatwoot", content=b"x" * 300_000).status_code == 413


def test_backoff_grows_with_jitter_and_honours_retry_after():
    delays = [backoff(n) for n in range(8) for _ in range(20)]
    assert all(0 <= d <= 300 for d in delays)
    assert max(backoff(7) for _ in range(50)) > max(backoff(0) for _ in range(50))
    assert backoff(0, retry_after=30) >= 30


def test_a_lease_lapses_when_its_process_is_gone(tmp_path):
    import subprocess
    import sys

    from xborder.service.queue import Queue

    queue = Queue(tmp_path / "q.sqlite3")
    assert queue.add("zammad", "a", b"{}") and not queue.add("zammad", "a", b"{}")
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    queue._run("UPDATE deliveries SET lease_until = ?, owner = ?", (time.time() + 3600, gone.pid))
    assert queue.claim(["zammad"]).key == "zammad:a"  # its holder died: taken over at once
    assert queue.claim(["zammad"]) is None  # now leased by this live process
    assert queue.claim(["chatwoot"]) is None
    queue.close()


def test_an_unexpected_error_is_retried_a_bounded_number_of_times(tmp_path, desk):
    from xborder.service.queue import Queue
    from xborder.service.worker import MAX_ATTEMPTS, Worker

    class Broken:
        def triage(self, text, **signals):
            raise RuntimeError("a bug, not the customer's fault")

    queue = Queue(tmp_path / "q.sqlite3")
    worker = Worker(Broken(), queue, settings(tmp_path, desk.url))
    queue.add("zammad", "b-1", payload("zammad_trigger.json"))
    for attempt in range(MAX_ATTEMPTS):
        queue._run("UPDATE deliveries SET next_at = 0")
        assert worker.run_once()
    state = queue.status("zammad", "b-1")
    assert state["status"] == "failed" and "RuntimeError" in state["reason"] and desk.all_notes() == []
    worker.client.close()
    queue.close()


def test_suggest_and_classify_are_used_when_the_toolkit_has_them(tmp_path, desk, toolkit):
    """The seam for issue 10: with ``Toolkit.suggest``/``classify`` present, the routes answer
    them and the note carries the suggested reply (a stand-in here, built from real calls)."""
    from xborder import Toolkit

    class WithSuggest(Toolkit):
        def classify(self, text, **_):
            return {"intent": "delivery_delayed", "confidence": 0.9, "alternatives": [], "evidence": [],
                    "entities": {}}

        def suggest(self, message, order=None, store=None, region=None):
            triage = self.triage(message, country=region).to_dict()
            reply = self.reply("order_delayed", message=message, region=region,
                               context={**self.template("order_delayed").examples(), **(order or {})})
            return {"detection": triage, "triage": triage, "intent": self.classify(message),
                    "template": "order_delayed", "reply": reply.to_dict(), "missing_variables": [],
                    "filled_from": {}}

    app = create_app(settings(tmp_path, desk.url), WithSuggest(data_dirs=[]))
    auth = {"Authorization": "Bearer test-api-token"}
    with client(app) as c:
        got = c.post("/v1/suggest", json={"message": "wo bleibt mein paket??", "region": "DE",
                                          "order": {"order_id": "55018"}}, headers=auth)
        assert got.status_code == 200 and "55018" in got.json()["reply"]["text"]
        assert c.post("/v1/classify", json={"text": "x", "id": 7}, headers=auth).json()["id"] == 7
        assert c.get("/v1/templates", headers=auth).json()["capabilities"] == {"classify": True, "suggest": True}
        deliver(c, "zammad", payload("zammad_trigger.json"), "s-1")
        assert wait_for(app.state.queue, "zammad", "s-1")["status"] == "done"
    note = desk.all_notes()[0]
    assert "Intent: delivery_delayed (0.90)" in note and "Suggested reply (de-DE, template order_delayed)" in note
    assert "xb-intent-delivery_delayed" in json.dumps([call["body"] for call in desk.calls if call["action"] == "tags"])


def test_zendesk_custom_fields_are_set_from_the_environment(tmp_path, desk, toolkit):
    from dataclasses import replace

    from xborder.service.config import Settings

    env = {"XBORDER_ZENDESK_FIELD_LANGUAGE": "360001", "XBORDER_ZENDESK_FIELD_ESCALATE": "360004",
           "XBORDER_ZENDESK_FIELD_REASONS": "360005"}
    fields = Settings.from_env(env).helpdesks["zendesk"].fields
    assert fields == {"language": 360001, "escalate": 360004, "reasons": 360005}
    base = settings(tmp_path, desk.url)
    desks = {**base.helpdesks, "zendesk": replace(base.helpdesks["zendesk"], fields=fields)}
    app = create_app(replace(base, helpdesks=desks), toolkit)
    body = with_text("zendesk_comment_added.json", "Bonjour, je vais porter plainte auprès de la DGCCRF si "
                                                   "je ne suis pas remboursée cette semaine")
    with client(app) as c:
        delivery = deliver(c, "zendesk", body, "zf-1").json()["delivery"]
        assert wait_for(app.state.queue, "zendesk", delivery)["status"] == "done"
    ticket = str(json.loads(body)["detail"]["id"])
    written = desk.fields[("zendesk", ticket)]
    assert set(written) == {360001, 360004, 360005} and written[360001] == "fr" and written[360004] is True
    assert "consumer_authority" in written[360005].split(",")
    update = [call for call in desk.calls if call["action"] == "fields"][0]
    assert update["path"] == f"/api/v2/tickets/{ticket}.json" and "comment" not in update["body"]["ticket"]
    assert desk.notes_with(f"{MARKER}zendesk:{delivery}") == 1


def test_zendesk_without_field_ids_sets_tags_only(service, desk):
    c, queue = service
    delivery = deliver(c, "zendesk", payload("zendesk_comment_added.json"), "zf-2").json()["delivery"]
    assert wait_for(queue, "zendesk", delivery)["status"] == "done"
    assert not [call for call in desk.calls if call["action"] == "fields"] and desk.fields == {}


@pytest.mark.parametrize("value", ["abc", "-3", "0", "12.5"])
def test_a_bad_zendesk_field_id_stops_the_start(value):
    from xborder.errors import InputError
    from xborder.service.config import Settings

    with pytest.raises(InputError, match="XBORDER_ZENDESK_FIELD_INTENT"):
        Settings.from_env({"XBORDER_ZENDESK_FIELD_INTENT": value})


def test_a_reply_that_cannot_be_suggested_still_gets_its_note(tmp_path, desk, toolkit):
    from xborder.errors import VariableError

    class NoReply:  # suggest refuses (a variable only the agent can give); everything else works
        def __getattr__(self, name):
            return getattr(toolkit, name)

        def suggest(self, *args, **kwargs):
            raise VariableError("template 'privacy_request' needs deadline_date")

    app = create_app(settings(tmp_path, desk.url), NoReply())
    with client(app) as c:
        deliver(c, "zammad", payload("zammad_trigger.json"), "nr-1")
        assert wait_for(app.state.queue, "zammad", "nr-1")["status"] == "done"
    note = desk.all_notes()[0]
    assert "Language: de" in note and "No reply suggested (template 'privacy_request' needs deadline_date)" in note
    assert "xb-lang-de" in json.dumps([call["body"] for call in desk.calls if call["action"] == "tags"])
