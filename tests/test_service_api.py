"""The /v1 API: the CLI's JSON over HTTP, bearer auth, problem documents, limits, logs."""
from __future__ import annotations

import json
import logging

import pytest

from service_helpers import TOKEN, client, create_app, settings

AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module")
def api(tmp_path_factory, toolkit):
    app = create_app(settings(tmp_path_factory.mktemp("api")), toolkit)
    with client(app) as c:
        yield c


def _problem(response, status: int) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body = response.json()
    assert body["status"] == status and body["title"]
    return body


def test_healthz_docs_and_openapi_are_open(api):
    import time

    assert api.get("/healthz").json()["status"] == "ok"
    for _ in range(600):  # readiness follows the warm-up thread
        ready = api.get("/readyz")
        if ready.status_code == 200:
            break
        assert ready.status_code == 503 and ready.headers["content-type"].startswith("application/problem+json")
        time.sleep(0.05)
    assert ready.json()["status"] == "ready"
    schema = api.get("/openapi.json").json()
    for path in ("/v1/detect", "/v1/triage", "/v1/classify", "/v1/suggest", "/v1/reply", "/v1/lint", "/v1/time",
                 "/v1/policy/{region}", "/hooks/chatwoot", "/hooks/zammad", "/hooks/zendesk"):
        assert path in schema["paths"], path
    assert "swagger" in api.get("/docs").text.lower()


@pytest.mark.parametrize("headers, detail", [({}, "missing bearer token"),
                                              ({"Authorization": "Bearer nope"}, "wrong bearer token"),
                                              ({"Authorization": f"Basic {TOKEN}"}, "missing bearer token")])
def test_every_v1_route_needs_the_token(api, headers, detail):
    body = _problem(api.post("/v1/detect", json={"text": "hola"}, headers=headers), 401)
    assert body["detail"] == detail
    _problem(api.get("/v1/policy/DE", headers=headers), 401)


def test_detect_and_triage_answer_as_the_cli(api, run, toolkit):
    text = "hola buenas, mi pedido no ha llegado y si no me responden voy a poner una queja en profeco"
    got = api.post("/v1/detect", json={"text": text, "country": "MX", "id": "c-1"}, headers=AUTH).json()
    cli = json.loads(run("detect", text, "--country", "MX", "--json").stdout)
    assert got == {"id": "c-1", **cli}
    tri = api.post("/v1/triage", json={"text": text, "country": "MX"}, headers=AUTH).json()
    assert tri == json.loads(run("triage", text, "--country", "MX", "--json").stdout)
    assert tri["escalate"] and "consumer_authority" in tri["reasons"]


def test_reply_lint_time_policy(api, run):
    body = {"template": "order_delayed", "message": "Hallo, wo bleibt meine Bestellung?", "region": "DE",
            "examples": True, "variables": {"order_id": "55018"}, "now": "2026-12-01T10:00:00+01:00"}
    got = api.post("/v1/reply", json=body, headers=AUTH).json()
    assert got["locale"] == "de-DE" and "55018" in got["text"] and got["direction"] == "ltr"
    cli = json.loads(run("reply", "order_delayed", "--message", body["message"], "--region", "DE", "--examples",
                         "--var", "order_id=55018", "--now", body["now"], "--json").stdout)
    assert got["text"] == cli["text"] and got["flags"] == cli["flags"]

    lint = api.post("/v1/lint", json={"text": "Hallo, kannst du mir helfen?", "locale": "de_DE"}, headers=AUTH).json()
    assert lint["locale"] == "de-DE" and [f["code"] for f in lint["flags"]] == ["informal_address"]

    # The brand voice (docs/voice.md): reply and lint take it; anything else is a 422 problem.
    thanks = {"template": "thanks_closing", "locale": "nl", "examples": True, "now": "2026-12-01T10:00:00+01:00"}
    got = api.post("/v1/reply", json={**thanks, "voice": "informal"}, headers=AUTH).json()
    assert got["voice"] == "informal" and got["text"].startswith("Hoi Maria,")
    assert api.post("/v1/reply", json={**thanks, "voice": "formal"}, headers=AUTH).json()["voice"] == "formal"
    _problem(api.post("/v1/reply", json={**thanks, "voice": "casual"}, headers=AUTH), 422)
    lint = api.post("/v1/lint", json={"text": "Hoi, heb je het pakket?", "locale": "nl", "voice": "informal"},
                    headers=AUTH).json()
    assert lint["flags"] == []
    names = {"text": "하람 님, 안녕하세요.", "locale": "ko-KR", "customer_given_name": "하람", "customer_family_name": "정"}
    assert [f["code"] for f in api.post("/v1/lint", json=names, headers=AUTH).json()["flags"]] == ["name_order"]

    when = api.post("/v1/time", json={"where": "SA", "at": "2026-03-06T09:00", "sla": 8}, headers=AUTH).json()
    assert when["timezone"] == "Asia/Riyadh" and when["weekend"] == ["fri", "sat"] and when["sla_due"]
    hours = api.post("/v1/time", json={"where": "DE", "business_hours": "Mon-Fri 09:00-18:00 @Europe/Berlin"},
                     headers=AUTH).json()
    assert hours["is_business_hours"] in (True, False)

    assert api.get("/v1/policy/DE", headers=AUTH).json() == json.loads(run("policy", "show", "DE", "--json").stdout)
    listing = api.get("/v1/templates", headers=AUTH).json()
    assert "order_delayed" in listing["templates"] and "ar" in listing["locales"]


def test_classify_and_suggest_follow_the_toolkit(api, toolkit):
    for path, body, name in (("/v1/classify", {"text": "where is my order"}, "classify"),
                             ("/v1/suggest", {"message": "where is my order"}, "suggest")):
        response = api.post(path, json=body, headers=AUTH)
        if hasattr(toolkit, name):
            assert response.status_code == 200
        else:
            assert "not part of this build" in _problem(response, 501)["detail"]


@pytest.mark.parametrize("path, body, status, words", [
    ("/v1/reply", {"template": "order_delayd"}, 404, "did you mean order_delayed"),
    ("/v1/lint", {"text": "hi", "locale": "xx-??"}, 422, "locale"),
    ("/v1/time", {"where": "Atlantis"}, 422, "Atlantis"),
    ("/v1/time", {"where": "DE", "business_hours": "/etc/passwd"}, 422, "not a day"),
    ("/v1/detect", {"text": 42}, 422, "text"),
    ("/v1/detect", {"txt": "hola"}, 422, "text"),
    ("/v1/detect", {"text": "hola", "colour": "red"}, 422, "colour"),
    ("/v1/detect", {"text": "x" * 20_001}, 422, "text"),
    ("/v1/reply", {"template": "order_delayed", "variables": {"order_id": {"nested": [1, 2]}}}, 422, ""),
    ("/v1/time", {"where": "DE", "sla": -1}, 422, "sla"),
])
def test_bad_input_is_a_4xx_problem(api, path, body, status, words):
    detail = _problem(api.post(path, json=body, headers=AUTH), status).get("detail", "")
    assert words in detail


def test_malformed_and_oversized_bodies(api):
    _problem(api.post("/v1/detect", content=b"{not json", headers={**AUTH, "Content-Type": "application/json"}), 422)
    _problem(api.post("/v1/detect", content="[]", headers={**AUTH, "Content-Type": "application/json"}), 422)
    _problem(api.post("/v1/detect", content=b"\xff\xfe", headers={**AUTH, "Content-Type": "application/json"}), 422)
    big = json.dumps({"text": "a" * 300_000})
    assert "limited to" in _problem(api.post("/v1/detect", content=big, headers={**AUTH, "Content-Type": "application/json"}), 413)["detail"]

    def chunks():  # no Content-Length: the limit is counted as the body streams in
        for _ in range(40):
            yield b"a" * 10_000

    _problem(api.post("/v1/detect", content=chunks(), headers={**AUTH, "Content-Type": "application/json"}), 413)
    _problem(api.get("/v1/policy/" + "X" * 40, headers=AUTH), 422)
    _problem(api.get("/nowhere"), 404)
    _problem(api.put("/v1/detect", json={"text": "x"}, headers=AUTH), 405)


def test_access_log_is_json_without_text_or_pii(api):
    import io

    from xborder.service.server import JsonLines

    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonLines())
    logging.getLogger("xborder.service").addHandler(handler)
    secret_words = "Lupita Hernández +523312345678 lupita@example.com"
    api.post("/v1/triage", json={"text": f"soy {secret_words}, quiero mi dinero", "phone": "+523312345678",
                                 "email": "lupita@example.com"}, headers=AUTH)
    api.get("/v1/policy/MX?who=lupita@example.com", headers=AUTH)
    logging.getLogger("xborder.service").removeHandler(handler)
    lines = [json.loads(line) for line in stream.getvalue().splitlines()]
    access = [line for line in lines if line["logger"] == "xborder.service.access"]
    assert [a["route"] for a in access[-2:]] == ["/v1/triage", "/v1/policy/{region}"]
    assert all({"status", "ms", "method", "request_id"} <= set(a) for a in access)
    dumped = json.dumps(lines, ensure_ascii=False)
    for word in ("Lupita", "523312345678", "lupita@example.com", "dinero", "test-api-token"):
        assert word not in dumped


def test_no_token_is_refused_off_loopback():
    from xborder.errors import InputError
    from xborder.service.config import Settings, check_bind, is_loopback

    check_bind("127.0.0.1", Settings())
    check_bind("::1", Settings())
    check_bind("0.0.0.0", Settings(api_token="x"))
    with pytest.raises(InputError, match="XBORDER_API_TOKEN"):
        check_bind("0.0.0.0", Settings())
    assert is_loopback("localhost") and is_loopback("127.8.0.1") and not is_loopback("192.0.2.1")


def test_serve_cli(run, monkeypatch):
    monkeypatch.delenv("XBORDER_API_TOKEN", raising=False)
    assert "--workers" in run("serve", "--help").stdout
    result = run("serve", "--host", "0.0.0.0", "--port", "9")
    assert result.exit_code == 2 and "refusing to listen on 0.0.0.0" in result.stderr
    bad = run("serve", "--port", "70000")
    assert bad.exit_code == 2
    env_bad = run("serve", env={"XBORDER_MAX_BODY_BYTES": "lots"})
    assert env_bad.exit_code == 2 and "XBORDER_MAX_BODY_BYTES" in env_bad.stderr
    hours_bad = run("serve", env={"XBORDER_BUSINESS_HOURS": "Mon-Fri 9-6ish"})
    assert hours_bad.exit_code == 2 and "XBORDER_BUSINESS_HOURS" in hours_bad.stderr


def test_console_page_is_self_contained(api):
    page = api.get("/console")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    html = page.text
    assert "src=" not in html and "href=" not in html.replace('href="#', "")  # nothing loaded from elsewhere
    assert 'dir="auto"' in html and "mark" in html and "/v1/suggest" in html


def test_the_core_and_cli_do_not_load_the_server_stack():
    import subprocess
    import sys

    code = ("import sys, xborder, xborder.cli.main, xborder.service, xborder.service.config; "
            "from xborder.cli.main import cli; cli.get_command(None, 'serve'); "
            "heavy = [m for m in ('fastapi', 'uvicorn', 'starlette', 'httpx', 'pydantic') if m in sys.modules]; "
            "print(heavy); sys.exit(1 if heavy else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
