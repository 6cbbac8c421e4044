"""``xborder translate``, ``reply --translate-missing`` and ``locales translate``, offline.

The provider is a LibreTranslate stand-in on 127.0.0.1 driven through deep-translator.
"""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from xborder.datadirs import bundled_root
from xborder.translate.disclosure import DISCLOSURES, ENGLISH
from xborder.translate.fake_server import FakeLibreServer

MESSAGE = "Please call me on +1 415 555 0132 or write to ana.ruiz@example.com about order A-10293."


@pytest.fixture(autouse=True)
def offline_env(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("XBORDER_CACHE_DIR", str(tmp_path / "xborder-cache"))
    for var in ("XBORDER_TRANSLATOR", "XBORDER_TRANSLATOR_URL", "XBORDER_TRANSLATOR_KEY",
                "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")


@pytest.fixture
def server():
    with FakeLibreServer(delay=3.0, lifetime=60) as fake:
        yield fake


@pytest.fixture
def data(tmp_path, server) -> Path:
    """A data folder whose xborder.toml points at the local server."""
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "xborder.toml").write_text(
        f'translator = "libre"\nurl = "{server.url}"\n\n[translate]\ntimeout = 1\nretries = 0\n'
        f'cache_dir = "{tmp_path / "mtcache"}"\n', encoding="utf-8")
    return folder


def one_line_error(result, *needles: str) -> None:
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    assert "Traceback" not in result.stderr
    for needle in needles:
        assert needle in lines[0]


# -- xborder translate ----------------------------------------------------------------

def test_translate_json_follows_the_contract(run, data, server):
    result = run("--data-dir", str(data), "translate", MESSAGE, "--to", "de", "--from", "en", "--json")
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert set(out) == {"text", "source_language", "provider", "machine_translated", "redactions"}
    assert out["provider"] == "libre" and out["machine_translated"] is True
    assert out["source_language"] == "en"
    assert out["redactions"] == {"email": 1, "order": 1, "phone": 1}
    assert "ana.ruiz@example.com" in out["text"] and "ana.ruiz" not in server.sent_text()
    assert "ana.ruiz" not in result.stdout.replace(out["text"], "")  # counts only, never values


def test_translate_plain_text_and_stdin(run, data):
    result = run("--data-dir", str(data), "translate", "-", "--to", "de", "--from", "en", input="thank you\n")
    assert result.exit_code == 0 and result.stdout == "[de] danke Ihnen\n"


def test_translate_failure_prints_the_original_a_flag_and_exits_1(run, data, server):
    server.mode = "error500"
    result = run("--data-dir", str(data), "translate", MESSAGE, "--to", "de", "--from", "en")
    assert result.exit_code == 1
    assert result.stdout == MESSAGE + "\n"
    assert "error machine_translation_failed" in result.stderr and "HTTP 500" in result.stderr
    server.mode = "drop_placeholder"
    out = json.loads(run("--data-dir", str(data), "translate", MESSAGE, "--to", "de", "--from", "en",
                         "--json").stdout)
    assert out["fallback"] == "placeholder_mismatch" and out["text"] == MESSAGE
    assert out["flags"][0]["code"] == "machine_translation_failed"


def test_translate_without_a_provider_says_so(run):
    result = run("translate", "hello", "--to", "de", "--from", "en", "--json")
    assert result.exit_code == 1
    out = json.loads(result.stdout)
    assert out["provider"] == "none" and out["fallback"] == "not_configured"
    assert out["flags"][0]["code"] == "translator_not_configured"


@pytest.mark.parametrize("args, env, needles", [
    (["--provider", "gogle"], {}, ("unknown translation provider 'gogle'", "did you mean google")),
    ([], {"XBORDER_TRANSLATOR": "deepl"}, ("'deepl' needs an API key", "XBORDER_TRANSLATOR_KEY")),
    ([], {"XBORDER_TRANSLATOR": "microsoft"}, ("'microsoft' needs an API key",)),
    ([], {"XBORDER_TRANSLATOR": "libre"}, ("needs the URL",)),
    (["--to", "xx-QQ"], {"XBORDER_TRANSLATOR": "google"}, ("unknown locale 'xx-QQ'",)),
    (["--to", "sv"], {"XBORDER_TRANSLATOR": "libre", "XBORDER_TRANSLATOR_URL": "http://127.0.0.1:9/"},
     ("'libre' cannot translate into 'sv'",)),
    (["--from", "nope!"], {"XBORDER_TRANSLATOR": "google"}, ("malformed locale code",)),
])
def test_translate_bad_input_is_one_line_exit_2(run, args, env, needles):
    argv = ["translate", "hello", *args]
    if "--to" not in args:
        argv += ["--to", "de"]
    one_line_error(run(*argv, env=env), *needles)


@pytest.mark.parametrize("content, needles", [
    ('translator = "libre"\n[translate]\ntimout = 3\n', ("xborder.toml:3:", "unknown key 'timout'", "timeout")),
    ('translator = "yandex"\n', ("xborder.toml:1:", "unknown translation provider 'yandex'")),
    ('[translate]\nretries = -1\n', ("xborder.toml:2:", "'retries' must be a whole number")),
    ('[translate]\nredact = ["emails"]\n', ("xborder.toml:2:", "unknown redaction kind 'emails'")),
    ('[translate]\npatterns = { id = "(" }\n', ("xborder.toml:2:", "not a valid regular expression")),
    ('translator = \n', ("xborder.toml:1:", "TOML syntax error")),
])
def test_bad_config_file_is_one_line_with_file_and_line(run, tmp_path, content, needles):
    (tmp_path / "xborder.toml").write_text(content, encoding="utf-8")
    one_line_error(run("--data-dir", str(tmp_path), "translate", "hello", "--to", "de"), *needles)


def test_user_config_folder_is_read(run, server, tmp_path):
    folder = tmp_path / "config" / "xborder"
    folder.mkdir(parents=True)
    (folder / "xborder.toml").write_text(f'translator = "libre"\nurl = "{server.url}"\n', encoding="utf-8")
    result = run("translate", "hello", "--to", "de", "--from", "en")
    assert result.exit_code == 0 and result.stdout == "[de] hallo\n"


# -- reply --translate-missing --------------------------------------------------------

def reply_json(run, data, *extra, env=None):
    result = run("--data-dir", str(data), "reply", "order_delayed", "--examples", "--now",
                 "2026-03-02T10:00:00+00:00", "--json", *extra, env=env)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_reply_translates_a_locale_without_catalog(run, data, server):
    out = reply_json(run, data, "--locale", "vi", "--translate-missing")
    assert out["locale"] == "vi" and out["machine_translated"] is True
    assert out["fallback_chain"] == ["vi+mt:libre", "en"]
    assert out["text"].startswith("[vi] xin chào Maria,")
    assert out["text"].rstrip().endswith(DISCLOSURES["vi"])
    assert "A-10293" in out["text"] and "https://track.example.com/A-10293" in out["text"]
    assert [f["code"] for f in out["flags"]] == ["machine_translated"]
    assert "disclosure line added in vi" in out["flags"][0]["message"]
    sent = server.sent_text()
    for value in ("Maria", "A-10293", "track.example.com", "Nordlicht", "Alex"):
        assert value not in sent


def test_reply_uses_the_detected_language_even_without_a_catalog(run, data):
    message = "Xin chào, đơn hàng của tôi vẫn chưa được giao. Bạn có thể kiểm tra giúp tôi không?"
    plain = reply_json(run, data, "--message", message)
    assert plain["locale"] == "en" and plain["machine_translated"] is False
    out = reply_json(run, data, "--message", message, "--translate-missing")
    assert out["locale"] == "vi" and out["machine_translated"] is True
    assert out["detection"]["language"] == "vi"


def test_reply_no_disclosure(run, data):
    out = reply_json(run, data, "--locale", "vi", "--translate-missing", "--no-disclosure")
    assert out["machine_translated"] is True
    assert DISCLOSURES["vi"] not in out["text"] and ENGLISH not in out["text"]


def test_reply_english_disclosure_when_no_wording_is_shipped(run, data):
    out = reply_json(run, data, "--locale", "ga", "--translate-missing")
    assert out["text"].rstrip().endswith(ENGLISH)
    assert "in English" in out["flags"][0]["message"]


def test_reply_with_a_catalog_is_not_translated(run, data, server):
    out = reply_json(run, data, "--locale", "de", "--translate-missing")
    assert out["machine_translated"] is False and out["locale"] == "de"
    assert server.requests == []


def test_reply_provider_failure_gives_english_and_a_flag(run, data, server):
    server.mode = "error500"
    out = reply_json(run, data, "--locale", "vi", "--translate-missing")
    assert out["machine_translated"] is False and out["locale"] == "en"
    assert out["text"].startswith("Hello Maria,")
    assert out["flags"][-1]["code"] == "machine_translation_failed"
    assert out["flags"][-1]["severity"] == "warning"


def test_reply_language_the_provider_lacks_gives_english_and_a_flag(run, data, server):
    out = reply_json(run, data, "--locale", "sv", "--translate-missing")
    assert out["locale"] == "en"
    assert out["flags"][-1]["rule"] == "xborder.translate.unsupported_language"
    assert server.requests == []


def test_reply_without_provider_says_no_provider_is_configured(run):
    result = run("reply", "order_delayed", "--examples", "--locale", "vi", "--translate-missing")
    assert result.exit_code == 0
    assert result.stdout.startswith("Hello Maria,")
    assert "translator_not_configured" in result.stderr and "no translation provider is configured" in result.stderr


def test_reply_without_the_option_keeps_its_old_behaviour(run, data):
    one_line_error(run("--data-dir", str(data), "reply", "order_delayed", "--examples", "--locale", "vi"),
                   "no translations for locale 'vi'")


# -- locales translate ----------------------------------------------------------------

@pytest.fixture
def catalog_copy(data) -> Path:
    """A copy of the German catalog with every entry but the first two emptied."""
    from babel.messages.pofile import read_po, write_po

    source = bundled_root() / "locales" / "de" / "LC_MESSAGES" / "xborder.po"
    with open(source, "rb") as fh:
        catalog = read_po(fh, locale="de")
    kept = 0
    for message in catalog:
        if not message.id:
            continue
        if kept < 2:
            kept += 1
            continue
        message.string = ("", "") if message.pluralizable else ""
    target = data / "locales" / "de" / "LC_MESSAGES" / "xborder.po"
    target.parent.mkdir(parents=True)
    buf = io.BytesIO()
    write_po(buf, catalog, width=76)
    target.write_bytes(buf.getvalue())
    return target


def read_catalog(path: Path):
    from babel.messages.pofile import read_po

    with open(path, "rb") as fh:
        return read_po(fh, locale="de")


def test_locales_translate_drafts_every_empty_entry_as_fuzzy(run, data, server, catalog_copy):
    bundled = bundled_root() / "locales" / "de" / "LC_MESSAGES" / "xborder.po"
    before = bundled.read_bytes()
    empty = [m.id for m in read_catalog(catalog_copy) if m.id and not any(
        m.string if isinstance(m.string, tuple) else (m.string,))]
    assert len(empty) > 5
    result = run("--data-dir", str(data), "locales", "translate", "de", "--provider", "libre", "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["drafted"] == len(empty) and report["already_translated"] == 2 and report["failed"] == []
    catalog = read_catalog(catalog_copy)
    for message in catalog:
        if message.id in empty:
            assert message.fuzzy, message.id
            assert any("machine translation by libre" in c for c in message.user_comments)
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            assert all(s.startswith("[de] ") for s in strings)
            ids = message.id if isinstance(message.id, tuple) else (message.id,)
            for placeholder in ("%(name)s", "%(order_id)s", "%(count)s", "%(num)s"):
                if placeholder in ids[-1]:
                    assert placeholder in strings[-1]
        elif message.id:
            assert not message.fuzzy
    assert "%(" not in server.sent_text()
    assert bundled.read_bytes() == before  # only the data folder's copy was written
    # fuzzy drafts never reach a customer: the reply shows English for them, flagged
    from xborder import Toolkit

    tk = Toolkit(data_dirs=[data])
    reply = tk.render("order_delayed", locale="de", context=tk.template("order_delayed").examples())
    assert "[de]" not in reply.text and "untranslated" in [f.code for f in reply.flags]


def test_locales_translate_failures_leave_entries_empty_and_exit_1(run, data, server, catalog_copy):
    server.mode = "drop_placeholder"  # every entry with a placeholder comes back without it
    result = run("--data-dir", str(data), "locales", "translate", "de", "--provider", "libre")
    assert result.exit_code == 1
    assert "placeholder_mismatch" in result.stderr
    for message in read_catalog(catalog_copy):
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if not message.id or not message.fuzzy:
            continue
        assert not any("%(" in i for i in ids), "an entry with a dropped placeholder was drafted"
        assert all(strings)
    failed = [m for m in read_catalog(catalog_copy) if m.id and not m.fuzzy and not any(
        m.string if isinstance(m.string, tuple) else (m.string,))]
    assert failed and all("%(" in (m.id if isinstance(m.id, str) else m.id[0]) for m in failed)


def test_locales_translate_writes_nothing_when_nothing_was_drafted(run, data, server, catalog_copy):
    before = catalog_copy.read_bytes()
    server.mode = "error500"
    result = run("--data-dir", str(data), "locales", "translate", "de", "--provider", "libre")
    assert result.exit_code == 1 and "0 drafted" in result.stdout
    assert "circuit_open" in result.stderr  # the breaker stopped the run hammering a broken server
    assert len(server.translate_requests) == 3
    assert catalog_copy.read_bytes() == before


def test_locales_translate_needs_a_provider_and_a_catalog(run, tmp_path):
    one_line_error(run("locales", "translate", "de"), "no translation provider is configured")
    one_line_error(run("locales", "translate", "vi", "--provider", "google"), "no catalog for 'vi'")
    one_line_error(run("locales", "translate", "de", "--provider", "bing"), "unknown translation provider")


def test_help_of_every_command(run):
    for argv in (["translate", "--help"], ["locales", "translate", "--help"], ["reply", "--help"]):
        result = run(*argv)
        assert result.exit_code == 0 and "Usage" in result.stdout
    assert "--translate-missing" in run("reply", "--help").stdout


def test_cli_start_up_does_not_import_deep_translator():
    import subprocess
    import sys

    code = ("import sys, xborder.cli.main, xborder.cli.translate, xborder.cli.locales_translate, "
            "xborder.translate; print('deep_translator' in sys.modules, 'requests' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
