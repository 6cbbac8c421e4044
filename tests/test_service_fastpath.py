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
