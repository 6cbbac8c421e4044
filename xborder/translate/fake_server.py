"""A local stand-in for a LibreTranslate server, for tests and benchmarks (no internet).

It listens on 127.0.0.1 on a free port, answers ``POST /translate`` (parameters in
the query string, as deep-translator's ``LibreTranslator`` sends them, or in a
form or JSON body) and ``GET /languages``, logs every request it receives, and
can misbehave on demand::

    with FakeLibreServer() as server:
        server.mode = "slow"          # ok | slow | error500 | malformed | drop_placeholder
        server.url                    #   | duplicate_placeholder | empty
        server.requests               # what arrived, raw

"Translation" swaps a few English words for the target language's and prefixes
``[xx] ``; placeholders such as ``{0}`` pass through untouched, as real engines do.
The server stops itself after ``lifetime`` seconds if nobody stops it.
"""
from __future__ import annotations

import json
import re
import threading
import time
import urllib.parse
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

MODES = ("ok", "slow", "error500", "malformed", "drop_placeholder", "duplicate_placeholder", "empty")

# A few support words, enough to see that text was "translated" (Vietnamese and German).
LEXICON = {
    "de": {"hello": "hallo", "thank": "danke", "you": "Ihnen", "order": "Bestellung", "your": "Ihre",
           "my": "meine", "card": "Karte", "call": "rufen", "please": "bitte", "and": "und"},
    "vi": {"hello": "xin chào", "thank": "cảm ơn", "you": "bạn", "order": "đơn hàng", "your": "của bạn",
           "my": "của tôi", "please": "vui lòng", "and": "và"},
}
_WORD = re.compile(r"[A-Za-z]+")
_TOKEN = re.compile(r"\{\d+\}")


@dataclass(frozen=True)
class LoggedRequest:
    """One request as received: everything a privacy check needs to inspect."""

    method: str
    path: str
    raw_query: str
    body: str
    params: dict

    @property
    def everything(self) -> str:
        """Every byte of the request's target and body, URL-decoded, for "was X sent?" checks."""
        return urllib.parse.unquote_plus(self.path + "?" + self.raw_query) + "\n" + \
            urllib.parse.unquote_plus(self.body)


def fake_translate(text: str, target: str) -> str:
    words = LEXICON.get(target, {})

    def swap(m: re.Match[str]) -> str:
        word = m.group()
        return words.get(word.lower(), word)

    return f"[{target}] " + _WORD.sub(swap, text)


class FakeLibreServer:
    """Start with ``start()`` or ``with``; ``stop()`` is safe to call twice."""

    def __init__(self, mode: str = "ok", delay: float = 2.0, lifetime: float = 120.0) -> None:
        self.mode = mode
        self.delay = delay
        self.lifetime = lifetime
        self.requests: list[LoggedRequest] = []
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._timer: threading.Timer | None = None

    # -- lifecycle --------------------------------------------------------------------
    @property
    def url(self) -> str:
        assert self._server is not None, "server not started"
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/"

    def start(self) -> "FakeLibreServer":
        owner = self

        class Handler(_Handler):
            server_owner = owner

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        server.handle_error = lambda request, address: None  # a client gave up (timeout): fine
        self._server = server
        self._thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="fake-libretranslate", daemon=True)
        self._thread.start()
        self._timer = threading.Timer(self.lifetime, self.stop)
        self._timer.daemon = True
        self._timer.start()
        return self

    def stop(self) -> None:
        with self._lock:
            server, self._server = self._server, None
            timer, self._timer = self._timer, None
        if timer is not None and timer is not threading.current_thread():
            timer.cancel()
        if server is not None:
            server.shutdown()
            server.server_close()

    def __enter__(self) -> "FakeLibreServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # -- inspection -------------------------------------------------------------------
    def log(self, request: LoggedRequest) -> None:
        with self._lock:
            self.requests.append(request)

    @property
    def translate_requests(self) -> list[LoggedRequest]:
        with self._lock:
            return [r for r in self.requests if r.path.rstrip("/").endswith("/translate")]

    def sent_text(self) -> str:
        """Everything that reached the server, decoded, one request per line."""
        with self._lock:
            return "\n".join(r.everything for r in self.requests)


class _Handler(BaseHTTPRequestHandler):
    server_owner: FakeLibreServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args) -> None:  # keep test output quiet
        pass

    def _reply(self, status: int, body: bytes, content_type: str = "application/json") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _record(self) -> LoggedRequest:
        path, _, query = self.path.partition("?")
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode("utf-8", "replace") if length else ""
        params = {k: v[-1] for k, v in urllib.parse.parse_qs(query).items()}
        if body:
            if "json" in (self.headers.get("Content-Type") or ""):
                try:
                    params.update(json.loads(body))
                except ValueError:
                    pass
            else:
                params.update({k: v[-1] for k, v in urllib.parse.parse_qs(body).items()})
        request = LoggedRequest(self.command, path, query, body, params)
        self.server_owner.log(request)
        return request

    def do_GET(self) -> None:
        request = self._record()
        if request.path.rstrip("/").endswith("/languages"):
            languages = [{"code": c, "name": c, "targets": sorted(LEXICON) + ["en"]} for c in ["en", *LEXICON]]
            self._reply(200, json.dumps(languages).encode())
        else:
            self._reply(404, b'{"error": "not found"}')

    def do_POST(self) -> None:
        request = self._record()
        if not request.path.rstrip("/").endswith("/translate"):
            self._reply(404, b'{"error": "not found"}')
            return
        owner = self.server_owner
        mode = owner.mode
        text = str(request.params.get("q", ""))
        target = str(request.params.get("target", ""))
        if mode == "slow":
            time.sleep(owner.delay)
        if mode == "error500":
            self._reply(500, b'{"error": "internal error"}')
            return
        if mode == "malformed":
            self._reply(200, b'{"translatedText": "unterminated')
            return
        if mode == "empty":
            self._reply(200, b"{}")
            return
        translated = fake_translate(text, target)
        if mode == "drop_placeholder":
            translated = _TOKEN.sub("", translated, count=1)
        elif mode == "duplicate_placeholder":
            found = _TOKEN.search(translated)
            if found:
                translated += " " + found.group()
        answer = {"translatedText": translated}
        if request.params.get("source") == "auto":
            answer["detectedLanguage"] = {"confidence": 90.0, "language": "en"}
        try:
            self._reply(200, json.dumps(answer, ensure_ascii=False).encode("utf-8"))
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client timed out and left
