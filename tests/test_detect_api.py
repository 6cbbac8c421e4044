"""detect(): the result contract, signals, bad input, determinism."""
from __future__ import annotations

import threading
from dataclasses import FrozenInstanceError

import pytest

from xborder.detect import Detection, detect
from xborder.errors import InputError

DESIGN_KEYS = ["language", "region", "locale", "confidence", "region_confidence", "script",
               "alternatives", "evidence", "region_candidates"]


@pytest.mark.parametrize("text, language", [
    ("Hola", "es"),
    ("Danke!", "de"),
    ("Mi pedido no ha llegado todavía", "es"),
    ("where is my order??", "en"),
    ("obrigado", "pt"),
    ("Где мой заказ?", "ru"),
    ("Де моє замовлення?", "uk"),
    ("Hej, var är mitt paket?", "sv"),
    ("Dzień dobry, gdzie jest moja paczka?", "pl"),
    ("Merhaba, siparişim nerede?", "tr"),
    ("cảm ơn shop", "vi"),
])
def test_short_messages(toolkit, text, language):
    assert toolkit.detect(text).language == language


def test_result_contract(toolkit):
    result = toolkit.detect("Oi, paguei no Pix e o pedido não chegou")
    assert isinstance(result, Detection)
    assert list(result.to_dict()) == DESIGN_KEYS
    assert result.language == "pt" and result.region == "BR" and result.locale == "pt-BR"
    assert result.script == "Latn"
    assert 0.5 < result.confidence <= 1.0 and 0.0 < result.region_confidence <= 1.0
    assert all(set(a) == {"language", "confidence"} for a in result.alternatives)
    assert result.evidence and all(isinstance(line, str) for line in result.evidence)
    with pytest.raises(FrozenInstanceError):
        result.language = "es"
    assert list(result.with_id("t-1").to_dict())[0] == "id"


def test_locale_property():
    assert Detection("es", "MX").locale == "es-MX"
    assert Detection("es").locale == "es"
    assert Detection("en", "US-CA").locale == "en-US"
    assert Detection("fr", "EU").locale == "fr"
    assert Detection(None, "MX").locale is None


def test_toolkit_delegates(toolkit):
    assert detect(toolkit, "Danke") == toolkit.detect("Danke")


@pytest.mark.parametrize("text, reason", [
    ("", "empty"),
    ("   \n\t", "whitespace"),
    ("🙂🙂👍", "emoji"),
    ("12345 678", "digits"),
    ("#A-10293", "codes"),
    ("ok", "language-neutral"),
    ("https://shop.example.com/x/1", "codes"),
])
def test_no_language_is_not_a_guess(toolkit, text, reason):
    result = toolkit.detect(text)
    assert result.language is None and result.locale is None and result.confidence == 0.0
    assert any(reason in line for line in result.evidence), result.evidence


def test_noise_tokens_are_ignored_and_reported(toolkit):
    result = toolkit.detect("Pedido #A-10293 👉 https://loja.example.com/p/55 ainda não chegou 😡")
    assert result.language == "pt"
    assert any(line.startswith("ignored") and "url" in line for line in result.evidence)


def test_country_signal_names_region_and_tilts_language(toolkit):
    result = toolkit.detect("Hola", country="mx")
    assert (result.language, result.region, result.locale) == ("es", "MX", "es-MX")
    assert any("country" in line for line in result.evidence)
    # A tie in the text goes the way the country speaks.
    assert toolkit.detect("terima kasih", country="MY").language == "ms"
    assert toolkit.detect("terima kasih", country="ID").language == "id"


def test_country_never_overrides_clear_text(toolkit):
    assert toolkit.detect("Obrigado, cadê meu pedido?", country="ES").language == "pt"


def test_phone_email_and_accept_language(toolkit):
    assert toolkit.detect("Hallo", phone="+43 664 1234567").region == "AT"
    assert toolkit.detect("Olá", email="ana@exemplo.com.br").region == "BR"
    assert toolkit.detect("Olá", email="ana@example.com").region is None
    result = toolkit.detect("Hola", accept_language="es-AR,es;q=0.9,en;q=0.5")
    assert result.region == "AR" and result.language == "es"


@pytest.mark.parametrize("kwargs, message", [
    ({"country": "XX"}, "unknown"),
    ({"country": "Spain"}, "invalid region"),
    ({"phone": "12"}, "invalid phone number"),
    ({"phone": "+1 555 0000"}, "invalid phone number"),
    ({"email": "not-an-address"}, "invalid e-mail"),
])
def test_invalid_signals_raise_input_error(toolkit, kwargs, message):
    with pytest.raises(InputError, match=message):
        toolkit.detect("Hola", **kwargs)


def test_text_must_be_a_string(toolkit):
    with pytest.raises(InputError):
        toolkit.detect(b"bytes")


def test_one_megabyte_message_is_bounded(toolkit):
    import time

    text = ("Mi pedido no ha llegado todavía y nadie me responde. " * 20000)[:1_000_000]
    start = time.process_time()  # CPU time: bounded work, whatever else the machine runs
    result = toolkit.detect(text)
    assert time.process_time() - start < 2.0
    assert result.language == "es"
    assert any("analysed the first" in line for line in result.evidence)


def test_deterministic_across_calls_and_threads(toolkit):
    texts = ["Hola", "Danke", "terima kasih", "Hej", "hvor er pakken min?", "tak", "Ciao",
             "Mi pedido no ha llegado todavía, ¿qué pasa?", "Bonjour, où est ma commande ?"]
    expected = [toolkit.detect(t).to_dict() for t in texts]
    results: list = [None] * 8

    def work(slot: int) -> None:
        results[slot] = [toolkit.detect(t).to_dict() for t in texts]

    threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(r == expected for r in results)


def test_deterministic_across_processes(toolkit):
    import json
    import subprocess
    import sys

    code = ("import json; from xborder import Toolkit; tk = Toolkit(data_dirs=[]);"
            "print(json.dumps([tk.detect(t).to_dict() for t in ['Hola', 'Oi tudo bem, cadê meu pedido?', "
            "'The parcel has not arrived yet and I am still waiting for an answer']]))")
    outputs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
               for _ in range(2)]
    assert outputs[0] == outputs[1]
    assert json.loads(outputs[0])[0] == toolkit.detect("Hola").to_dict()
