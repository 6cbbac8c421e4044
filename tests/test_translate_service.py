"""Translation against a local LibreTranslate stand-in, through deep-translator's real client.

Nothing here reaches the internet: the only server is on 127.0.0.1.
"""
from __future__ import annotations

import socket
import time

import pytest

from xborder import Toolkit
from xborder.translate import TranslationError, translate_text
from xborder.translate.fake_server import FakeLibreServer

MESSAGE = ("Hello, my email is ana.ruiz@example.com and you can call me on +1 415 555 0132. "
           "My card 4111 1111 1111 1111 was charged twice for order A-10293, please help.")
SECRETS = ("ana.ruiz@example.com", "+1 415 555 0132", "4111 1111 1111 1111", "A-10293",
           "415", "4111", "10293")


@pytest.fixture(autouse=True)
def offline_env(monkeypatch, tmp_path):
    """No real config, cache or proxy: a private home for config and cache, 127.0.0.1 direct."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("XBORDER_CACHE_DIR", str(tmp_path / "xborder-cache"))
    for var in ("XBORDER_TRANSLATOR", "XBORDER_TRANSLATOR_URL", "XBORDER_TRANSLATOR_KEY", "XBORDER_DATA",
                "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")


@pytest.fixture
def server():
    with FakeLibreServer(delay=3.0, lifetime=60) as fake:
        yield fake


def make_toolkit(folder, url: str, **table) -> Toolkit:
    settings = {"timeout": 1.0, "retries": 1, "backoff": 0.01, "cache_dir": str(folder / "mtcache"), **table}
    lines = ['translator = "libre"', f'url = "{url}"', "", "[translate]"]
    for key, value in settings.items():
        lines.append(f"{key} = {value!r}".replace("'", '"') if not isinstance(value, bool)
                     else f"{key} = {str(value).lower()}")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "xborder.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return Toolkit(data_dirs=[folder])


@pytest.fixture
def tk(server, tmp_path):
    return make_toolkit(tmp_path / "data", server.url)


def test_round_trip_restores_placeholders_and_sends_no_customer_data(tk, server):
    result = translate_text(tk, MESSAGE, to="de", source="en")
    assert result.machine_translated and result.fallback is None
    assert result.provider == "libre" and result.source_language == "en"
    assert result.text.startswith("[de] hallo, meine email")  # the server's "translation"
    for value in SECRETS[:4]:
        assert value in result.text  # restored
    assert result.redactions == {"card": 1, "email": 1, "order": 1, "phone": 1}
    sent = server.sent_text()
    assert len(server.translate_requests) == 1
    for value in SECRETS:
        assert value not in sent
    assert "{0}" in sent and "{3}" in sent
    assert "@" not in sent


def test_to_dict_keeps_to_the_contract(tk):
    data = translate_text(tk, MESSAGE, to="de", source="en").to_dict()
    assert set(data) == {"text", "source_language", "provider", "machine_translated", "redactions"}
    assert data["redactions"]["email"] == 1


def test_paragraphs_are_sent_separately_and_layout_is_kept(tk, server):
    text = "Hello\n\n  thank you  \n\nyour order A-10293\n"
    result = translate_text(tk, text, to="de", source="en")
    assert result.text == "[de] hallo\n\n  [de] danke Ihnen  \n\n[de] Ihre Bestellung A-10293\n"
    assert len(server.translate_requests) == 3


# A reply as the store writes it, with its customer's values protected (customer_text=False).
REPLY = ("Hello Ana Ruiz, we refunded the amount charged twice to your card 4111 1111 1111 1111 "
         "for order A-10293; the receipt went to ana.ruiz@example.com.")
REPLY_VALUES = ["Ana Ruiz"]


def translate_reply_text(tk):
    return translate_text(tk, REPLY, to="de", source="en", protect=REPLY_VALUES, customer_text=False)


def stored(folder) -> list[tuple]:
    import sqlite3

    with sqlite3.connect(folder / "translations.sqlite3") as conn:
        return conn.execute("SELECT * FROM entries").fetchall()


def test_the_cache_answers_a_repeat_without_a_request(tk, server, tmp_path):
    first = translate_reply_text(tk)
    assert first.from_cache == 0 and "Ana Ruiz" in first.text and "4111 1111 1111 1111" in first.text
    second = translate_reply_text(tk)
    assert second.text == first.text and second.from_cache == second.pieces == 1
    assert len(server.translate_requests) == 1
    # a fresh toolkit (a new process) reads the same disk cache
    third = translate_reply_text(make_toolkit(tmp_path / "data", server.url))
    assert third.from_cache == 1 and len(server.translate_requests) == 1
    # Each entry is a 32-byte hash, the answer with its tokens and a time: no customer value,
    # no text in clear, not even the server's address (its random port used to hold "4111").
    folder = tmp_path / "data" / "mtcache"
    ((key, text, used_at),) = stored(folder)
    assert isinstance(key, bytes) and len(key) == 32 and isinstance(used_at, float)
    assert text.startswith("[de] hallo {0}") and "{1}" in text
    for value in (*SECRETS, "Ana Ruiz", "example.com", "127.0.0.1", "Hello"):
        assert value not in text
    # the files themselves (database, WAL), searched for each value whole: a short run of
    # digits such as 4111 may occur by chance in a hash or a time stamp, a whole value cannot
    blob = b"".join(p.read_bytes() for p in folder.iterdir())
    assert b"[de] hallo" in blob  # the check below looks at the right files
    for value in ("ana.ruiz@example.com", "4111 1111 1111 1111", "4111111111111111", "Ana Ruiz",
                  "Hello Ana", server.url, "127.0.0.1:"):
        assert value.encode() not in blob


def test_the_cache_keeps_no_provider_address(tmp_path):
    """The old flake's cause: the provider's URL (a random port such as 41113) sat in the file."""
    from xborder.translate.cache import TranslationCache, cache_key

    cache = TranslationCache(tmp_path / "mtcache")
    key = cache_key("libre:http://127.0.0.1:41113/", "en", "de", "Hello {0}")
    cache.put(key, "[de] hallo {0}")
    assert cache.get(key) == "[de] hallo {0}"
    cache.close()
    blob = b"".join(p.read_bytes() for p in (tmp_path / "mtcache").iterdir())
    assert b"[de] hallo {0}" in blob and b"41113" not in blob and b"127.0.0.1" not in blob


def test_a_customer_message_is_never_written_to_disk(tk, server, tmp_path):
    for _ in range(2):
        result = translate_text(tk, MESSAGE, to="de", source="en")
        assert result.machine_translated and result.from_cache == 0
    assert len(server.translate_requests) == 2
    folder = tmp_path / "data" / "mtcache"
    assert not (folder / "translations.sqlite3").exists()


def test_the_cache_file_is_private(tk, tmp_path):
    import os
    import stat

    old = os.umask(0o022)
    try:
        translate_reply_text(tk)
    finally:
        os.umask(old)
    folder = tmp_path / "data" / "mtcache"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    files = list(folder.iterdir())
    assert any(p.name == "translations.sqlite3" for p in files)
    for path in files:  # the database and SQLite's -wal and -shm beside it
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name


def test_a_cache_of_an_older_xborder_is_made_private_and_emptied(server, tmp_path):
    import os
    import sqlite3
    import stat

    from xborder.translate.cache import TranslationCache

    folder = tmp_path / "data" / "mtcache"
    folder.mkdir(parents=True)
    os.chmod(folder, 0o755)
    path = folder / "translations.sqlite3"
    with sqlite3.connect(path) as conn:  # the old layout: hex key, provider URL, a customer's words
        conn.execute("CREATE TABLE translations (key TEXT PRIMARY KEY, provider TEXT NOT NULL, "
                     "text TEXT NOT NULL, used_at REAL NOT NULL)")
        conn.execute("INSERT INTO translations VALUES ('ab', 'libre:http://127.0.0.1:5000/', "
                     "'[de] mein Passwort ist Sommer2026', 0)")
    conn.close()
    os.chmod(path, 0o644)
    cache = TranslationCache(folder)
    assert len(cache) == 0
    cache.close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    blob = b"".join(p.read_bytes() for p in folder.iterdir())
    assert b"Sommer2026" not in blob and b"127.0.0.1" not in blob


def test_a_cache_folder_others_can_write_to_is_not_used(server, tmp_path, caplog):
    import os

    folder = tmp_path / "data" / "mtcache"
    folder.mkdir(parents=True)
    os.chmod(folder, 0o777)
    tk = make_toolkit(tmp_path / "data", server.url)
    with caplog.at_level("WARNING", logger="xborder"):
        for _ in range(2):
            result = translate_reply_text(tk)
            assert result.machine_translated and result.from_cache == 0
    assert len(server.translate_requests) == 2
    assert not (folder / "translations.sqlite3").exists()
    warnings = [r.getMessage() for r in caplog.records if "cache folder" in r.getMessage()]
    assert len(warnings) == 1 and str(folder) in warnings[0] and "group or others" in warnings[0]


def test_long_text_is_sent_in_pieces_within_the_limit(server, tmp_path):
    tk = make_toolkit(tmp_path / "data", server.url, max_chars=60)
    text = ("Thank you for your order A-10293. " * 3 + "Please call me. ") * 2 + "\n\nHello"
    result = translate_text(tk, text, to="de", source="en")
    assert result.machine_translated and result.pieces == len(server.translate_requests) > 3
    assert all(len(r.params["q"]) <= 60 for r in server.translate_requests)
    assert result.text.count("A-10293") == 6 and result.text.endswith("\n\n[de] hallo")


def test_the_cache_follows_xborder_cache_dir(server, tmp_path, monkeypatch):
    data = tmp_path / "data"
    data.mkdir()
    (data / "xborder.toml").write_text(f'translator = "libre"\nurl = "{server.url}"\n', encoding="utf-8")
    translate_text(Toolkit(data_dirs=[data]), "hello", to="de", source="en", customer_text=False)
    assert (tmp_path / "xborder-cache" / "translations.sqlite3").is_file()
    monkeypatch.setenv("XBORDER_CACHE_DIR", "")  # empty: every xborder cache off
    for _ in range(2):
        assert translate_text(Toolkit(data_dirs=[data]), "thank you", to="de", source="en",
                              customer_text=False).from_cache == 0
    assert len(server.translate_requests) == 3


def test_the_cache_is_capped(server, tmp_path):
    tk = make_toolkit(tmp_path / "data", server.url, cache_max_entries=2)
    for word in ("hello", "thank you", "please", "your order"):
        assert translate_text(tk, word, to="de", source="en", customer_text=False).machine_translated
    from xborder.translate.cache import TranslationCache

    assert len(TranslationCache(tmp_path / "data" / "mtcache")) == 2


def assert_fallback(result, reason: str):
    assert result.text == MESSAGE and not result.machine_translated
    assert result.fallback == reason
    (flag,) = result.flags
    assert flag.code == "machine_translation_failed" and flag.severity == "error"
    assert flag.rule == f"xborder.translate.{reason}"
    for value in SECRETS[:4]:
        assert value not in flag.message
    data = result.to_dict()
    assert data["fallback"] == reason and data["flags"][0]["code"] == "machine_translation_failed"


def test_a_silent_server_gives_the_fallback_within_the_timeout(server, tmp_path):
    tk = make_toolkit(tmp_path / "data", server.url, timeout=0.5)
    server.mode = "slow"
    started = time.monotonic()
    result = translate_text(tk, MESSAGE, to="de", source="en")
    assert time.monotonic() - started < 1.2  # server sleeps 3 s
    assert_fallback(result, "timeout")


def test_http_500_is_retried_then_falls_back(tk, server):
    server.mode = "error500"
    started = time.monotonic()
    result = translate_text(tk, MESSAGE, to="de", source="en")
    assert time.monotonic() - started < 1.0
    assert_fallback(result, "http_error")
    assert "HTTP 500" in result.flags[0].message
    assert len(server.translate_requests) == 2  # one retry


@pytest.mark.parametrize("mode", ["malformed", "empty"])
def test_malformed_json_falls_back_without_retry(tk, server, mode):
    server.mode = mode
    assert_fallback(translate_text(tk, MESSAGE, to="de", source="en"), "malformed_response")
    assert len(server.translate_requests) == 1


@pytest.mark.parametrize("mode, problem", [("drop_placeholder", "is missing"),
                                           ("duplicate_placeholder", "appears 2 times")])
def test_a_mangled_placeholder_rejects_the_translation(tk, server, mode, problem):
    server.mode = mode
    result = translate_text(tk, MESSAGE, to="de", source="en")
    assert_fallback(result, "placeholder_mismatch")
    assert problem in result.flags[0].message
    # a rejected translation is not cached
    assert not translate_reply_text(tk).machine_translated
    server.mode = "ok"
    assert translate_reply_text(tk).from_cache == 0


def test_a_down_server_falls_back_quickly(tmp_path):
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    tk = make_toolkit(tmp_path / "data", f"http://127.0.0.1:{port}")
    started = time.monotonic()
    result = translate_text(tk, MESSAGE, to="de", source="en")
    assert time.monotonic() - started < 1.2
    assert_fallback(result, "unreachable")


def test_the_circuit_breaker_opens_after_repeated_failures(server, tmp_path):
    tk = make_toolkit(tmp_path / "data", server.url, retries=0, breaker_threshold=2, breaker_cooldown=0.3)
    server.mode = "error500"
    assert translate_text(tk, MESSAGE, to="de", source="en").fallback == "http_error"
    assert translate_text(tk, MESSAGE, to="de", source="en").fallback == "http_error"
    assert len(server.translate_requests) == 2
    result = translate_text(tk, MESSAGE, to="de", source="en")
    assert_fallback(result, "circuit_open")
    assert len(server.translate_requests) == 2  # failed fast, nothing sent
    # after the cool-down one trial call goes through; success closes the circuit
    server.mode = "ok"
    time.sleep(0.35)
    assert translate_text(tk, MESSAGE, to="de", source="en").machine_translated
    assert translate_text(tk, "hello", to="de", source="en").machine_translated


def test_glossary_terms_are_not_sent(server, tmp_path):
    tk = make_toolkit(tmp_path / "data", server.url)
    (tmp_path / "data" / "glossary.yaml").write_text("do_not_translate: [Nordlicht, Polar Card]\n",
                                                     encoding="utf-8")
    result = translate_text(tk, "Thank you for shopping at Nordlicht with your Polar Card", to="de",
                            source="en")
    assert result.text.endswith("Nordlicht with Ihre Polar Card")
    assert result.redactions == {"glossary": 2}
    assert "Nordlicht" not in server.sent_text() and "Polar" not in server.sent_text()


def test_locale_glossary_terms_are_not_sent(server, tmp_path):
    tk = make_toolkit(tmp_path / "data", server.url)
    folder = tmp_path / "data" / "locales" / "de"
    folder.mkdir(parents=True)
    (folder / "glossary.yaml").write_text("brands: [Nordlicht]\ndo_not_translate: [Polar Card]\n",
                                          encoding="utf-8")
    result = translate_text(tk, "Pay with your polar card at Nordlicht", to="de-AT", source="en")
    assert result.text == "[de] Pay with Ihre polar card at Nordlicht"
    assert result.redactions == {"glossary": 2}


def test_a_malformed_root_glossary_is_reported_with_file_and_line(server, tmp_path):
    from xborder.errors import DataError

    tk = make_toolkit(tmp_path / "data", server.url)
    (tmp_path / "data" / "glossary.yaml").write_text("brands: [Nordlicht]\ndo_not_translate: 3\n",
                                                     encoding="utf-8")
    with pytest.raises(DataError, match=r"glossary.yaml:2:1: 'do_not_translate' must be a list"):
        translate_text(tk, "hello", to="de", source="en")
    assert server.requests == []


def test_same_language_and_empty_text_send_nothing(tk, server):
    assert translate_text(tk, "Hallo", to="de-AT", source="de").text == "Hallo"
    assert translate_text(tk, "  ", to="de", source="en").machine_translated is False
    assert server.requests == []


def test_no_provider_configured_gives_a_flag_and_the_original(tmp_path, server):
    tk = Toolkit(data_dirs=[])
    result = translate_text(tk, MESSAGE, to="de", source="en")
    assert result.text == MESSAGE and result.provider == "none"
    assert result.fallback == "not_configured"
    assert result.flags[0].code == "translator_not_configured"
    assert server.requests == []


def test_strict_toolkit_raises_instead_of_falling_back(server, tmp_path):
    tk = make_toolkit(tmp_path / "data", server.url)
    strict = Toolkit(data_dirs=[tmp_path / "data"], strict=True)
    server.mode = "malformed"
    with pytest.raises(TranslationError, match="malformed_response"):
        translate_text(strict, MESSAGE, to="de", source="en")
    assert translate_text(tk, MESSAGE, to="de", source="en").fallback == "malformed_response"


def test_toolkit_translate_delegates_with_options(tk, server):
    result = tk.translate("hello", to="de", source="en", cache=False)
    assert result.text == "[de] hallo"
    assert tk.translate("hello", to="de", source="en", provider="none").fallback == "not_configured"


def test_environment_overrides_the_file(tk, server, monkeypatch):
    monkeypatch.setenv("XBORDER_TRANSLATOR", "none")
    tk.clear_caches()
    assert translate_text(tk, "hello", to="de", source="en").provider == "none"
