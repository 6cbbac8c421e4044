"""The brand voice on suggest (docs/voice.md): the caller's voice, then the store profile's, then the market's."""
from __future__ import annotations

import json

import pytest

from xborder.errors import InputError

THANKS_NL = "Hoi, bedankt voor de snelle hulp!"


def test_suggest_takes_the_voice_from_the_caller_then_the_store(toolkit):
    market = toolkit.suggest(THANKS_NL, region="NL")
    assert market.template == "thanks_closing" and market.reply.voice == "informal"  # the Dutch market's default
    formal = toolkit.suggest(THANKS_NL, region="NL", voice="formal")
    assert formal.reply.voice == "formal" and formal.reply.text != market.reply.text
    by_store = toolkit.suggest(THANKS_NL, region="NL", store={"voice": {"nl": "formal"}})
    assert by_store.reply.voice == "formal" and by_store.reply.text == formal.reply.text
    asked = toolkit.suggest(THANKS_NL, region="NL", store={"voice": {"nl": "formal"}}, voice="informal")
    assert asked.reply.voice == "informal" and asked.reply.text == market.reply.text


@pytest.mark.parametrize("options, words", [
    ({"voice": "casual"}, "unknown voice 'casual'"),
    ({"store": {"voice": {"nl": "chatty"}}}, "store.voice.nl: expected formal or informal"),
    ({"store": {"voice": "informal"}}, "store.voice: expected an object"),
    ({"store": {"voice": {"xx-??": "formal"}}}, "store.voice.xx-??"),
])
def test_a_bad_voice_is_one_clear_error(toolkit, options, words):
    with pytest.raises(InputError, match=words.replace("?", r"\?").replace(".", r"\.")):
        toolkit.suggest(THANKS_NL, region="NL", **options)


def test_suggest_cli_voice_and_store_file(run, tmp_path):
    formal = json.loads(run("suggest", THANKS_NL, "--region", "NL", "--voice", "formal", "--json").stdout)
    assert formal["reply"]["voice"] == "formal"
    store = tmp_path / "store.yaml"
    store.write_text("voice: {nl: formal}  # the shop writes to Dutch customers with u\n", encoding="utf-8")
    by_store = json.loads(run("suggest", THANKS_NL, "--region", "NL", "--store", str(store), "--json").stdout)
    assert by_store["reply"]["voice"] == "formal" and by_store["reply"]["text"] == formal["reply"]["text"]
    bad = run("suggest", THANKS_NL, "--voice", "casual")
    assert bad.exit_code == 2 and "casual" in bad.stderr


def test_suggest_and_reply_routes_take_the_voice(tmp_path):
    pytest.importorskip("fastapi")
    from service_helpers import TOKEN, client, create_app, settings

    from xborder.toolkit import Toolkit

    auth = {"Authorization": f"Bearer {TOKEN}"}
    with client(create_app(settings(tmp_path), Toolkit(data_dirs=[]))) as api:
        body = {"message": THANKS_NL, "region": "NL"}
        assert api.post("/v1/suggest", json=body, headers=auth).json()["reply"]["voice"] == "informal"
        got = api.post("/v1/suggest", json={**body, "voice": "formal"}, headers=auth).json()
        assert got["reply"]["voice"] == "formal" and got["reply"]["text"].startswith("Beste")
        stored = api.post("/v1/suggest", json={**body, "store": {"voice": {"nl": "formal"}}}, headers=auth).json()
        assert stored["reply"]["voice"] == "formal"
        for wrong in ({**body, "voice": "casual"}, {**body, "store": {"voice": {"nl": "chatty"}}}):
            answer = api.post("/v1/suggest", json=wrong, headers=auth)
            assert answer.status_code == 422 and answer.headers["content-type"].startswith("application/problem+json")
        reply = {"template": "thanks_closing", "locale": "nl", "examples": True}
        assert api.post("/v1/reply", json={**reply, "voice": "formal"}, headers=auth).json()["voice"] == "formal"
        assert api.post("/v1/reply", json={**reply, "voice": "informal"}, headers=auth).json()["voice"] == "informal"
