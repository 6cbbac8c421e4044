"""Configuration, provider language codes, disclosure wording, retries and the breaker (no network)."""
from __future__ import annotations

import pytest

from xborder import Toolkit
from xborder.errors import DataError, InputError
from xborder.translate import resilience as rs
from xborder.translate.config import load_config
from xborder.translate.disclosure import ENGLISH, disclosure_for
from xborder.translate.providers import Provider, UnsupportedLanguage, build_provider


@pytest.fixture(autouse=True)
def clean_env(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    for var in ("XBORDER_TRANSLATOR", "XBORDER_TRANSLATOR_URL", "XBORDER_TRANSLATOR_KEY"):
        monkeypatch.delenv(var, raising=False)


def write(folder, text):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "xborder.toml").write_text(text, encoding="utf-8")
    return folder


def test_defaults_send_nothing():
    config = load_config(Toolkit(data_dirs=[]))
    assert config.provider == "none" and build_provider(config) is None


def test_precedence_options_env_data_folder_user_folder(tmp_path, monkeypatch):
    write(tmp_path / "config" / "xborder", 'translator = "google"\n[translate]\nretries = 5\n')
    assert load_config(Toolkit(data_dirs=[])).provider == "google"
    data = write(tmp_path / "data", 'translator = "libre"\nurl = "http://127.0.0.1:1/"\n')
    tk = Toolkit(data_dirs=[data])
    config = load_config(tk)
    assert (config.provider, config.retries) == ("libre", 2)  # the first file found is the only one read
    assert config.origin.endswith("xborder.toml")
    monkeypatch.setenv("XBORDER_TRANSLATOR", "MyMemory")
    assert load_config(tk).provider == "mymemory" and load_config(tk).origin == "XBORDER_TRANSLATOR"
    assert load_config(tk, provider="none").provider == "none"


def test_environment_errors_name_the_variable(monkeypatch):
    monkeypatch.setenv("XBORDER_TRANSLATOR", "deep-l")
    with pytest.raises(InputError, match=r"^XBORDER_TRANSLATOR: unknown translation provider 'deep-l'; "
                                         r"did you mean deepl\?"):
        load_config(Toolkit(data_dirs=[]))


def test_unknown_option_and_bad_values(tmp_path):
    tk = Toolkit(data_dirs=[])
    with pytest.raises(InputError, match="unknown translation option 'timeuot'; did you mean timeout"):
        load_config(tk, timeuot=3)
    with pytest.raises(InputError, match="'timeout' must be a positive number"):
        load_config(tk, timeout=0)
    assert load_config(tk, redact="email, url").redact == ("email", "url")
    assert load_config(tk, patterns={"ticket": r"T-\d+"}).patterns == (("ticket", r"T-\d+"),)
    with pytest.raises(InputError, match="never match an empty string"):
        load_config(tk, patterns={"ticket": r"\d*"})


def test_file_errors_carry_file_and_line(tmp_path):
    data = write(tmp_path / "d", '# comment\ntranslator = "libre"\n\n[translate]\ncache = "yes"\n')
    with pytest.raises(DataError) as info:
        load_config(Toolkit(data_dirs=[data]))
    assert str(info.value) == f"{data / 'xborder.toml'}:5: 'cache' must be true or false, not 'yes'"
    data = write(tmp_path / "e", '[translate]\ntranslator = "libre"\n')
    with pytest.raises(DataError, match="set it at the top of the file"):
        load_config(Toolkit(data_dirs=[data]))


def test_other_top_level_keys_belong_to_others(tmp_path):
    data = write(tmp_path / "d", 'translator = "google"\nstore_name = "Nordlicht"\n[lint]\nlevel = 1\n')
    assert load_config(Toolkit(data_dirs=[data])).provider == "google"


@pytest.mark.parametrize("config, message", [
    ({"provider": "deepl"}, "needs an API key"),
    ({"provider": "libre"}, "needs the URL"),
    ({"provider": "libre", "url": "ftp://x"}, "must start with http"),
])
def test_provider_settings_that_are_missing(config, message):
    with pytest.raises(InputError, match=message):
        build_provider(load_config(Toolkit(data_dirs=[]), **config))


def test_provider_details():
    tk = Toolkit(data_dirs=[])
    libre = build_provider(load_config(tk, provider="libre", url="http://127.0.0.1:5000"))
    assert libre.url == "http://127.0.0.1:5000/" and libre.identity == "libre:http://127.0.0.1:5000/"
    assert build_provider(load_config(tk, provider="mymemory")).max_chars == 499
    assert build_provider(load_config(tk, provider="google", url="http://x")).url is None
    assert "key" not in repr(build_provider(load_config(tk, provider="deepl", key="secret:fx")))


@pytest.mark.parametrize("name, tag, code", [
    ("google", "zh-TW", "zh-TW"), ("google", "zh-CN", "zh-CN"), ("google", "he", "iw"), ("google", "nb", "no"),
    ("deepl", "pt-BR", "pt"), ("deepl", "zh-TW", None), ("libre", "zh-Hant", None), ("libre", "es-MX", "es"),
    ("mymemory", "pt-BR", "pt-BR"), ("mymemory", "de", "de-DE"), ("mymemory", "sv", "sv-SE"),
    ("microsoft", "zh-TW", "zh-hant"), ("microsoft", "pt-PT", "pt-pt"), ("microsoft", "sr-Latn", "sr-latn"),
])
def test_provider_language_codes(name, tag, code):
    assert Provider(name).code(tag) == code


def test_unsupported_target_is_an_input_error():
    with pytest.raises(UnsupportedLanguage, match="'libre' cannot translate into 'sv'.*it knows: ar, de"):
        Provider("libre").target_code("sv")


@pytest.mark.parametrize("tag, language", [("vi", "vi"), ("zh-TW", "zh-Hant"), ("zh-CN", "zh-Hans"),
                                           ("pt-PT", "pt"), ("nb", "nb"), ("sw", "en")])
def test_disclosure_language(tag, language):
    line = disclosure_for(tag)
    assert line.language == language
    assert (line.text == ENGLISH) == (language == "en")


def test_retries_back_off_and_stop_at_the_budget():
    pauses, calls = [], []

    def attempt(deadline):
        calls.append(deadline)
        raise rs.ProviderFailure(rs.HTTP_ERROR, "HTTP 503", 503)

    with pytest.raises(rs.ProviderFailure):
        rs.with_retries(attempt, budget=10, retries=3, backoff=0.5, sleep=pauses.append)
    assert len(calls) == 4
    for pause, base in zip(pauses, (0.5, 1.0, 2.0), strict=True):  # doubling, ±20 % jitter
        assert 0.8 * base <= pause <= 1.2 * base

    calls.clear()

    def refused(deadline):
        calls.append(deadline)
        raise rs.ProviderFailure(rs.HTTP_ERROR, "HTTP 403", 403)

    with pytest.raises(rs.ProviderFailure):
        rs.with_retries(refused, budget=10, retries=3, backoff=0.5, sleep=pauses.append)
    assert len(calls) == 1  # a refusal is not retried
    with pytest.raises(rs.ProviderFailure, match="ran out"):
        rs.with_retries(refused, budget=0, retries=3, backoff=0.5)


def test_circuit_breaker_states():
    breaker = rs.CircuitBreaker(threshold=2, cooldown=10)
    assert breaker.allow(now=0)
    breaker.record(False, now=0)
    assert breaker.allow(now=1) and not breaker.is_open
    breaker.record(False, now=1)
    assert breaker.is_open and not breaker.allow(now=5)
    assert breaker.seconds_left(now=5) == 6
    assert breaker.allow(now=11)          # half-open: one trial
    assert not breaker.allow(now=11.5)    # only one
    breaker.record(False, now=12)         # trial failed: open again
    assert not breaker.allow(now=20)
    assert breaker.allow(now=22)
    breaker.record(True, now=22)
    assert not breaker.is_open and breaker.allow(now=22)


def test_deadline_guard_returns_even_if_the_call_hangs():
    import threading
    import time

    release = threading.Event()
    started = time.monotonic()
    with pytest.raises(rs.ProviderFailure) as info:
        rs.call_with_deadline(lambda: release.wait(5), time.monotonic() + 0.1, grace=0.05)
    release.set()
    assert info.value.reason == rs.TIMEOUT and time.monotonic() - started < 1


def test_provider_errors_never_echo_the_key():
    from deep_translator.exceptions import AuthorizationException

    failure = rs.classify(AuthorizationException("sk-secret-key"), None)
    assert "sk-secret-key" not in str(failure) and failure.reason == rs.HTTP_ERROR
