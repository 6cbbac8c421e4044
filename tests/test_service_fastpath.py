"""The short way through for /v1/detect and /v1/triage answers as the FastAPI routes do."""
from __future__ import annotations

import json

import pytest

from service_helpers import TOKEN, client, create_app, settings

CASES = [
    {"text": "hola buenas, mi pedido no ha llegado y voy a poner una queja en profeco", "country": "MX", "id": "c-1"},
    {"text": "Wo bleibt meine Bestellung??", "id": 7},
    {"text": "طلبي لم يصل بعد", "phone": "+971501234567", "email": "a@b.ae", "accept_language": "ar-AE"},
    {"text": "ok"},
]


@pytest.fixture(scope="module")
def api(tmp_path_factory, toolkit):
    app = create_app(settings(tmp_path_factory.mktemp("fast"), warmup_s=0), toolkit)
    with client(app) as c:
        yield c


@pytest.fixture()
def counted(monkeypatch):
    """How many requests the short way answered."""
    import xborder.service.fastpath as fastpath  # not at collection: see test_service_warmup.py

    calls = {"n": 0}
    answer = fastpath.FastRoutes._answer

    def counting(self, method, body):
        out = answer(self, method, body)
        calls["n"] += out is not None
        return out

    monkeypatch.setattr(fastpath.FastRoutes, "_answer", counting)
    return calls


@pytest.mark.parametrize("route", ["/v1/detect", "/v1/triage"])
def test_the_short_way_answers_byte_for_byte_as_fastapi(api, counted, route):
    for case in CASES:
        body = json.dumps(case, ensure_ascii=False).encode()
        fast = api.post(route, content=body, headers={"Authorization": f"Bearer {TOKEN}",
                                                        "Content-Type": "application/json"})
        # a lower-case scheme is valid, but not the short way's exact form: FastAPI's route answers
        slow = api.post(route, content=body, headers={"Authorization": f"bearer {TOKEN}",
                                                        "Content-Type": "application/json"})
        assert fast.status_code == slow.status_code == 200
        assert fast.content == slow.content
        assert fast.headers["content-type"] == slow.headers["content-type"] == "application/json"
        assert fast.headers["x-request-id"] != slow.headers["x-request-id"]
    assert counted["n"] == len(CASES)


@pytest.mark.parametrize("headers, body, status", [
    ({"Authorization": "Bearer nope"}, {"text": "hola"}, 401),
    ({}, {"text": "hola"}, 401),
    ({"Authorization": f"Bearer {TOKEN}"}, {"text": "hola", "extra": 1}, 422),
    ({"Authorization": f"Bearer {TOKEN}"}, {"text": 5}, 422),
    ({"Authorization": f"Bearer {TOKEN}"}, {"text": "x" * 20_001}, 422),
    ({"Authorization": f"Bearer {TOKEN}"}, ["hola"], 422),
    ({"Authorization": f"Bearer {TOKEN}"}, {"text": "hola", "phone": "+1 not a number at all"}, None),
])
def test_anything_else_reaches_fastapi(api, counted, headers, body, status):
    got = api.post("/v1/detect", content=json.dumps(body).encode(),
                   headers={**headers, "Content-Type": "application/json"})
    if status is None:  # whatever FastAPI's route says, the short way says the same
        again = api.post("/v1/detect", content=json.dumps(body).encode(),
                         headers={"Authorization": f"bearer {TOKEN}", "Content-Type": "application/json"})
        assert got.status_code == again.status_code and got.content == again.content
        return
    assert got.status_code == status
    assert got.headers["content-type"].startswith("application/problem+json")
    assert counted["n"] == 0


def test_bad_json_and_other_types_reach_fastapi(api, counted):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    bad = api.post("/v1/triage", content=b'{"text": "hola"', headers={**auth, "Content-Type": "application/json"})
    assert bad.status_code == 422 and bad.headers["content-type"].startswith("application/problem+json")
    plain = api.post("/v1/triage", content=b'{"text": "hola"}', headers={**auth, "Content-Type": "text/plain"})
    assert plain.status_code == 422
    query = api.post("/v1/detect?x=1", json={"text": "hola"}, headers=auth)
    assert query.status_code == 200 and query.json()["language"] == "es"
    assert counted["n"] == 0


# -- every plain POST route, on many bodies -----------------------------------------------------
def _corpus(step: int = 37) -> list[str]:
    from pathlib import Path

    texts = []
    for path in sorted((Path(__file__).parent / "data" / "triage").glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return texts[::step]


ORDER = {"order_id": "A-10293", "customer": {"name": "Lucía"}, "agent": {"name": "Alex"},
         "store": {"name": "Nordlicht Store"}}


def _bodies(route: str) -> list[dict]:
    texts = _corpus()
    if route == "/v1/suggest":
        extras = [{}, {"region": "MX"}, {"voice": "informal"}, {"order": ORDER}, {"store": {"voice": {"de": "informal"}}},
                  {"order": ORDER, "store": {"name": "Nordlicht"}, "region": "de", "voice": "formal"}, {"region": None}]
        return [{"message": t, **extras[i % len(extras)]} for i, t in enumerate(texts)]
    if route == "/v1/classify":
        return [{"text": t, **({"id": i} if i % 3 == 0 else {"id": f"c-{i}"} if i % 3 == 1 else {})}
                for i, t in enumerate(texts)]
    extras = [{}, {"id": 12}, {"country": "MX", "id": "x"}, {"phone": "+971501234567"}, {"accept_language": "pt-BR"},
              {"email": "kunde@example.at"}, {"country": None}]
    return [{"text": t, **extras[i % len(extras)]} for i, t in enumerate(texts)]


def _same_second_pair(api, route, body: bytes, headers: dict, counted: dict, fast_way: bool = True):
    """The short way's answer and FastAPI's (the same request with a query string, which the short
    way leaves alone) within one clock second: suggest's reply carries the customer's local time
    to the second. Checks that the first took the short way (unless not ``fast_way``) and the
    second did not."""
    import time

    for _ in range(10):
        began, before = int(time.time()), counted["n"]
        fast = api.post(route, content=body, headers=headers)
        assert counted["n"] == before + fast_way
        slow = api.post(route + "?via=fastapi", content=body, headers=headers)
        assert counted["n"] == before + fast_way
        if int(time.time()) == began:
            return fast, slow
    raise AssertionError("each pair of requests took over a second")


JSON_AUTH = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"}


@pytest.mark.parametrize("route", ["/v1/detect", "/v1/triage", "/v1/classify", "/v1/suggest"])
def test_every_plain_route_answers_many_bodies_byte_for_byte(api, counted, route):
    bodies = _bodies(route)
    assert len(bodies) > 100
    for case in bodies:
        body = json.dumps(case, ensure_ascii=False).encode()
        fast, slow = _same_second_pair(api, route, body, JSON_AUTH, counted)
        assert fast.status_code == slow.status_code == 200, (case, slow.text[:300])
        assert fast.content == slow.content, case
        assert fast.headers["content-type"] == slow.headers["content-type"] == "application/json"
        assert fast.headers["content-length"] == slow.headers["content-length"]
    assert counted["n"] >= len(bodies)


@pytest.mark.parametrize("route, body, status", [
    ("/v1/suggest", {"message": "hola, y mi pedido?", "voice": "casual"}, 422),
    ("/v1/suggest", {"message": "hola, y mi pedido?", "order": "A-1"}, 422),
    ("/v1/suggest", {"message": "hola, y mi pedido?", "region": "x" * 65}, 422),
    ("/v1/suggest", {"message": "   "}, 422),
    ("/v1/suggest", {"message": "hola", "intent": "refund"}, 422),
    ("/v1/suggest", {"text": "hola"}, 422),
    ("/v1/suggest", {"message": "x" * 20_001}, 422),
    ("/v1/suggest", {"message": "hola", "order": {"order_id": ["not", "text"]}}, 422),
    ("/v1/classify", {"text": "where is my order", "region": "DE"}, 422),
    ("/v1/classify", {"text": None}, 422),
    ("/v1/classify", {"text": "ok", "id": 1.5}, 422),
    ("/v1/classify", {"text": "ok", "id": [1]}, 422),
])
def test_bad_bodies_for_classify_and_suggest_reach_fastapi(api, counted, route, body, status):
    got = api.post(route, content=json.dumps(body).encode(), headers=JSON_AUTH)
    assert got.status_code == status, got.text[:300]
    assert got.headers["content-type"].startswith("application/problem+json")
    assert counted["n"] == 0


@pytest.mark.parametrize("route", ["/v1/classify", "/v1/suggest"])
@pytest.mark.parametrize("headers, status", [
    ({"Authorization": "Bearer wrong", "Content-Type": "application/json"}, 401),
    ({"Content-Type": "application/json"}, 401),
    ({"Authorization": f"Bearer {TOKEN}x", "Content-Type": "application/json"}, 401),
    ({"Authorization": f"Bearer {TOKEN}", "Content-Type": "text/plain"}, 422),
])
def test_auth_and_content_type_for_classify_and_suggest_reach_fastapi(api, counted, route, headers, status):
    body = {"message": "where is my order"} if route == "/v1/suggest" else {"text": "where is my order"}
    got = api.post(route, content=json.dumps(body).encode(), headers=headers)
    assert got.status_code == status
    assert got.headers["content-type"].startswith("application/problem+json")
    assert counted["n"] == 0


def test_size_limits_hold_on_the_short_way(api, counted, tmp_path):
    # over the service's body limit: Edge answers 413 before either way sees it
    big = json.dumps({"message": "hola " * 300_000}).encode()
    assert api.post("/v1/suggest", content=big, headers=JSON_AUTH).status_code == 413
    # a long message for a route FastAPI runs in its thread pool: the short way runs it there too
    from xborder.service.fastpath import MAX_INLINE

    text = " ".join(_corpus(5))[:MAX_INLINE]
    body = json.dumps({"message": text}, ensure_ascii=False).encode()
    assert len(body) > MAX_INLINE
    fast, slow = _same_second_pair(api, "/v1/suggest", body, JSON_AUTH, counted)
    assert fast.status_code == slow.status_code == 200 and fast.content == slow.content
    # detect runs on the event loop either way: a long text still takes the short way
    long_text = json.dumps({"text": text}, ensure_ascii=False).encode()
    fast, slow = _same_second_pair(api, "/v1/detect", long_text, JSON_AUTH, counted)
    assert fast.status_code == 200 and fast.content == slow.content


def test_after_a_slow_call_suggest_runs_in_the_pool(api, monkeypatch):
    import threading
    import time

    import xborder.service.fastpath as fastpath

    threads = []
    answer = fastpath.FastRoutes._answer

    def recording(self, route, body):
        threads.append(threading.get_ident())
        return answer(self, route, body)

    monkeypatch.setattr(fastpath.FastRoutes, "_answer", recording)
    body = json.dumps({"message": "wo bleibt mein paket??"}).encode()
    monkeypatch.setattr(fastpath, "SLOW_S", 1e9)  # no call is slow
    time.sleep(fastpath.POOLED_S + 0.05)  # what an earlier slow call set has passed
    for _ in range(2):  # quick calls stay on the event loop: one thread
        assert api.post("/v1/suggest", content=body, headers=JSON_AUTH).status_code == 200
    assert threads[0] == threads[1]
    monkeypatch.setattr(fastpath, "SLOW_S", -1.0)  # every call counts as slow
    for _ in range(2):
        fast, slow = (api.post("/v1/suggest" + q, content=body, headers=JSON_AUTH) for q in ("", "?via=fastapi"))
        assert fast.status_code == 200 and fast.json()["template"] == slow.json()["template"]
    assert threads[3] != threads[0]  # the call after a slow one ran in the pool
    # detect never leaves the event loop
    assert api.post("/v1/detect", content=json.dumps({"text": "hola"}).encode(), headers=JSON_AUTH).status_code == 200
    assert threads[-1] == threads[0]


def test_without_a_token_the_short_way_needs_none(tmp_path, toolkit, counted):
    app = create_app(settings(tmp_path, api_token=None, warmup_s=0), toolkit)
    with client(app) as c:
        for route, body in (("/v1/suggest", {"message": "wo bleibt mein paket??"}),
                            ("/v1/classify", {"text": "wo bleibt mein paket??"})):
            raw = json.dumps(body).encode()
            fast, slow = _same_second_pair(c, route, raw, {"Content-Type": "application/json"}, counted)
            assert fast.status_code == slow.status_code == 200 and fast.content == slow.content


# -- one send per response ------------------------------------------------------------------------
class _Recorder:
    def __init__(self) -> None:
        self.writes, self.closed, self.aborted = [], False, False

    def write(self, data: bytes) -> None:
        assert not self.closed
        self.writes.append(data)

    def is_closing(self) -> bool:
        return self.closed or self.aborted

    def close(self) -> None:
        self.closed = True

    def abort(self) -> None:
        self.aborted = True

    def get_write_buffer_size(self) -> int:
        return 0

    def get_extra_info(self, name, default=None):
        return {"peername": ("127.0.0.1", 5)}.get(name, default)


def test_writes_of_one_loop_turn_leave_in_one_send():
    import asyncio

    from xborder.service.protocol import CoalescingTransport

    async def run():
        loop = asyncio.get_running_loop()
        raw = _Recorder()
        transport = CoalescingTransport(raw, loop)
        transport.write(b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n")
        transport.write(b"")
        transport.write(b"{}")
        assert raw.writes == [] and transport.get_write_buffer_size() == 40
        await asyncio.sleep(0)
        assert raw.writes == [b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n{}"]
        transport.writelines([b"a", b"b"])
        await asyncio.sleep(0)
        assert raw.writes[1:] == [b"ab"]
        transport.write(b"last")  # close sends what is held back first
        transport.close()
        assert raw.writes[2:] == [b"last"] and raw.closed
        await asyncio.sleep(0)
        assert len(raw.writes) == 3
        assert transport.get_extra_info("peername") == ("127.0.0.1", 5)  # everything else is the transport's
        dropped = CoalescingTransport(_Recorder(), loop)
        dropped.write(b"never")
        dropped.abort()
        await asyncio.sleep(0)
        assert dropped._transport.writes == [] and dropped._transport.aborted

    asyncio.run(run())


def test_serve_answers_each_response_in_one_piece(tmp_path):
    """Through ``xborder serve``: keep-alive requests, each answer whole in the first read."""
    import socket

    from service_helpers import Service

    service = Service(tmp_path)
    try:
        with socket.create_connection(("127.0.0.1", service.port), timeout=30) as sock:
            for route, body in (("/v1/detect", {"text": "hola, mi pedido?"}), ("/v1/suggest", {"message": "hola"}),
                                ("/v1/detect", {"text": 5})):
                raw = json.dumps(body).encode()
                sock.sendall(f"POST {route} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {TOKEN}\r\n"
                             f"Content-Type: application/json\r\nContent-Length: {len(raw)}\r\n\r\n".encode() + raw)
                data = sock.recv(1 << 20)
                head, _, rest = data.partition(b"\r\n\r\n")
                length = int(next(line.split(b":")[1] for line in head.split(b"\r\n")
                                  if line.lower().startswith(b"content-length:")))
                assert len(rest) == length, (route, data[:200])
                assert json.loads(rest)
    finally:
        service.stop()
