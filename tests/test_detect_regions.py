"""Region cues: named only when the text shows it, never from the language alone."""
from __future__ import annotations

import pytest

from xborder.detect.regions import load_region_cues
from xborder.errors import DataError


@pytest.mark.parametrize("text, region", [
    ("Paguei 50 R$ e nada", "BR"),
    ("I paid £20 for shipping", "GB"),
    ("Royal Mail lost it", "GB"),
    ("USPS says delivered", "US"),
    ("Postes Canada n'a rien livré", "CA"),
    ("Está parado nos CTT", "PT"),
    ("Le colis Colissimo est bloqué", "FR"),
    ("Laut DHL Paket zugestellt", "DE"),
    ("顺丰还没送到", "CN"),
    ("黑貓還沒送來", "TW"),
    ("ヤマトで届く予定", "JP"),
    ("Pagué con Bizum", "ES"),
    ("Paguei com MB Way", "PT"),
    ("Meu CPF está errado", "BR"),
])
def test_explicit_cues_name_the_region(toolkit, text, region):
    assert toolkit.detect(text).region == region


@pytest.mark.parametrize("text", [
    "Hola, ¿dónde está mi pedido?",                # Spanish alone: no country
    "I paid 30 € for it",                          # euro area
    "what colour is it?",                          # spelling is weak evidence
    "我的訂單還沒到",                                 # Traditional: TW, HK or MO
    "Obrigado",
])
def test_no_region_without_a_cue(toolkit, text):
    result = toolkit.detect(text)
    assert result.region is None and result.region_confidence == 0.0


def test_dialect_cues_depend_on_the_language(toolkit):
    assert toolkit.detect("Vosotros me habéis cobrado dos veces").region == "ES"
    assert toolkit.detect("Você pode me ligar no celular? Tô esperando faz uma semana").region == "BR"
    assert toolkit.detect("Estou a aguardar o reembolso, liguem para o meu telemóvel").region == "PT"
    assert toolkit.detect("Mi celular no funciona").region is None     # Latin America, no single country


def test_traditional_chinese_lists_candidates(toolkit):
    result = toolkit.detect("我的訂單還沒到")
    assert result.script == "Hant"
    assert any("TW, HK or MO" in line for line in result.evidence)


def test_longest_cue_wins(toolkit):
    assert toolkit.detect("Lo mandaron por Correos de México").region == "MX"


def test_region_evidence_names_the_cue(toolkit):
    result = toolkit.detect("Paguei no Pix e nada")
    assert result.region == "BR"
    assert any("Pix" in line for line in result.evidence)


def test_bad_cue_files_are_reported(tmp_path):
    path = tmp_path / "cues.yaml"
    path.write_text("cues:\n  - {kind: colour, words: [x], regions: {GB: 0.5}}\n", encoding="utf-8")
    with pytest.raises(DataError, match="unknown cue kind 'colour'"):
        load_region_cues(path)
    path.write_text("cues:\n  - {kind: city, words: [x], regions: {GB: 2}}\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"cues.yaml:2:\d+: 'regions' must map"):
        load_region_cues(path)


def test_norway_stays_a_string_under_yaml_1_2(tmp_path):
    path = tmp_path / "cues.yaml"
    path.write_text("cues:\n  - {kind: city, words: [Oslo], regions: {NO: 0.8}}\n", encoding="utf-8")
    table = load_region_cues(path)
    assert table.ngrams[("oslo",)][0].regions == {"NO": 0.8}


@pytest.mark.parametrize("text, region", [
    ("Can you ship to zip code 94110?", "US"),
    ("Please send it to M14 5RB", "GB"),
    ("Mon code postal est H2X 1Y4", "CA"),
    ("Meu CEP é 01310-100", "BR"),
])
def test_postcode_formats(toolkit, text, region):
    assert toolkit.detect(text).region == region


@pytest.mark.parametrize("text, region", [
    ("Paketti on Tampereella", "FI"),             # Finnish adessive of Tampere
    ("Посилка Укрпоштою йде третій тиждень", "UA"),
    ("Ankara'dayım, kapıda ödeme var mı?", "TR"),  # Turkish suffix after an apostrophe
])
def test_inflected_names(toolkit, text, region):
    assert toolkit.detect(text).region == region


def test_short_names_do_not_match_by_prefix(toolkit):
    # "logge" must not be read as the Brazilian carrier Loggi, nor "liegt" as Liège.
    assert toolkit.detect("Jeg kan ikke logge ind på min konto").region is None
    assert toolkit.detect("Das Paket liegt bei der Post").region is None


def test_explicit_country_wins_over_text_cues(toolkit):
    result = toolkit.detect("Paguei no Pix", country="PT")
    assert result.region == "PT"
    assert any("the text points at BR" in line for line in result.evidence)
