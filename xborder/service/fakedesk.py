"""A fake helpdesk API on loopback for tests and benchmarks: records every call, keeps notes.

It answers the write-back calls xborder makes to Chatwoot, Zammad and Zendesk (see
``helpdesks.py``), can fail the next calls with chosen statuses (429, 503), and can
hold a note request after recording it (``hold_notes``), so that a test can kill the
service while the helpdesk has the note but xborder has not heard back.
"""
from __future__ import annotations

import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

ROUTES = [
    ("chatwoot", "note", "POST", re.compile(r"/api/v1/accounts/(\w+)/conversations/(\w+)/messages$")),
    ("chatwoot", "list", "GET", re.compile(r"/api/v1/accounts/(\w+)/conversations/(\w+)/messages$")),
    ("chatwoot", "labels_get", "GET", re.compile(r"/api/v1/accounts/(\w+)/conversations/(\w+)/labels$")),
    ("chatwoot", "tags", "POST", re.compile(r"/api/v1/accounts/(\w+)/conversations/(\w+)/labels$")),
    ("chatwoot", "attributes", "POST", re.compile(r"/api/v1/accounts/(\w+)/conversations/(\w+)/custom_attributes$")),
    ("zammad", "note", "POST", re.compile(r"/api/v1/ticket_articles$")),
    ("zammad", "list", "GET", re.compile(r"/api/v1/ticket_articles/by_ticket/(\w+)$")),
    ("zammad", "tags", "POST", re.compile(r"/api/v1/tags/add$")),
    ("zendesk", "note", "PUT", re.compile(r"/api/v2/tickets/(\w+)\.json$")),
    ("zendesk", "list", "GET", re.compile(r"/api/v2/tickets/(\w+)/comments\.json$")),
    ("zendesk", "tags", "PUT", re.compile(r"/api/v2/tickets/(\w+)/tags\.json$")),
]


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address) -> None:
        pass  # a client killed mid-request (the fault tests do that) is no error of the fake


class FakeDesk:
    """``with FakeDesk() as desk:`` serves on ``desk.url``; ``desk.calls`` and ``desk.notes`` record."""

    def __init__(self, token: str = "desk-token") -> None:
        self.token = token
        self.calls: list[dict[str, Any]] = []
        self.notes: dict[tuple[str, str], list[str]] = {}  # (desk, conversation/ticket) -> note texts
        self.labels: dict[tuple[str, str], list[str]] = {}
        self.fields: dict[tuple[str, str], dict[int, Any]] = {}  # Zendesk custom ticket fields: id -> value
        self.fail_next: list[int] = []
        self.hold_notes = threading.Event()  # set: note requests are recorded, then never answered
        self.note_seen = threading.Event()
        self._lock = threading.Lock()
        self._server = _QuietServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"

    def __enter__(self) -> "FakeDesk":
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self.hold_notes.clear()
        self._server.shutdown()
        self._server.server_close()

    def notes_with(self, marker: str) -> int:
        """How many stored notes contain ``marker`` (one delivery's note must appear once)."""
        with self._lock:
            return sum(marker in note for notes in self.notes.values() for note in notes)

    def all_notes(self) -> list[str]:
        with self._lock:
            return [note for notes in self.notes.values() for note in notes]

    def _handler(self):
        desk = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:
                pass

            def _answer(self, status: int, data: Any = None) -> None:
                body = json.dumps(data if data is not None else {}).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def _authorized(self, provider: str) -> bool:
                h = self.headers
                if provider == "chatwoot":
                    return h.get("api_access_token") == desk.token
                if provider == "zammad":
                    return h.get("Authorization") == f"Token token={desk.token}"
                return (h.get("Authorization") or "").startswith("Basic ")

            def _handle(self, method: str) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                try:
                    body = json.loads(raw) if raw else None
                except ValueError:
                    return self._answer(400, {"error": "bad json"})
                for provider, action, verb, pattern in ROUTES:
                    match = pattern.search(self.path.split("?")[0])
                    if verb == method and match:
                        break
                else:
                    return self._answer(404, {"error": "no route"})
                if provider == "zendesk" and action == "note" and "comment" not in ((body or {}).get("ticket") or {}):
                    action = "fields"  # the same ticket update, without a comment
                if not self._authorized(provider):
                    return self._answer(401, {"error": "unauthorized"})
                with desk._lock:
                    desk.calls.append({"provider": provider, "action": action, "path": self.path, "body": body})
                    if action != "list" and action != "labels_get" and desk.fail_next:
                        return self._answer(desk.fail_next.pop(0), {"error": "try later"})
                    where = self._where(provider, match, body)
                    if action == "note":
                        text = self._note_text(provider, body)
                        desk.notes.setdefault(where, []).append(text)
                    elif action == "tags" and provider == "chatwoot":
                        desk.labels[where] = list((body or {}).get("labels") or [])
                    elif action == "fields":
                        for item in body["ticket"].get("custom_fields") or []:
                            desk.fields.setdefault(where, {})[item["id"]] = item.get("value")
                if action == "note":
                    desk.note_seen.set()
                    while desk.hold_notes.is_set():  # recorded, but the answer never comes
                        threading.Event().wait(0.05)
                    return self._answer(200, {"id": len(desk.calls)})
                if action == "list":
                    with desk._lock:
                        notes = list(desk.notes.get(where, []))
                    if provider == "chatwoot":
                        return self._answer(200, {"payload": [{"content": n, "private": True} for n in notes]})
                    if provider == "zammad":
                        return self._answer(200, [{"body": n, "internal": True} for n in notes])
                    return self._answer(200, {"comments": [{"body": n, "public": False} for n in notes]})
                if action == "labels_get":
                    return self._answer(200, {"payload": desk.labels.get(where, [])})
                return self._answer(200, {})

            @staticmethod
            def _where(provider, match, body) -> tuple[str, str]:
                if provider == "chatwoot":
                    return provider, f"{match.group(1)}/{match.group(2)}"
                if provider == "zammad" and match.groups():
                    return provider, match.group(1)
                if provider == "zammad":
                    return provider, str((body or {}).get("ticket_id") or (body or {}).get("o_id"))
                return provider, match.group(1)

            @staticmethod
            def _note_text(provider, body) -> str:
                body = body or {}
                if provider == "chatwoot":
                    return str(body.get("content"))
                if provider == "zammad":
                    return str(body.get("body"))
                return str(((body.get("ticket") or {}).get("comment") or {}).get("body"))

            def do_GET(self):
                self._handle("GET")

            def do_POST(self):
                self._handle("POST")

            def do_PUT(self):
                self._handle("PUT")

        return Handler


def main() -> None:  # pragma: no cover - for running by hand: python -m xborder.service.fakedesk
    with FakeDesk() as desk:
        print(desk.url, flush=True)
        threading.Event().wait()


if __name__ == "__main__":  # pragma: no cover
    main()
