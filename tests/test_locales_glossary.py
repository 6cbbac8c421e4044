"""Glossaries: the loader the machine-translation side reuses, schema errors, term matching."""
from __future__ import annotations

from pathlib import Path

import pytest

from xborder import Toolkit
from xborder.errors import DataError, LocaleError
from xborder.l10n.glossary import find_term, load_glossary, read_glossary_file


def test_bundled_german_and_japanese_glossaries(toolkit):
    de = load_glossary(toolkit, "de")
    assert "Nordlicht Store" in de.brands and {"Nordlicht Store", "PayPal"} <= set(de.do_not_translate)
    assert any(t.source == "refund*" for t in de.terms) and any(f.term == "Rückvergütung*" for f in de.forbidden)
    ja = load_glossary(toolkit, "ja_JP")
    assert ja.locale == "ja-JP" and any(f.term == "クレーム" for f in ja.forbidden)
    assert load_glossary(toolkit, "de") is de  # cached on the toolkit


def test_locale_without_glossary_is_empty(toolkit):
    glossary = load_glossary(toolkit, "sv")
    assert not glossary and glossary.do_not_translate == () and glossary.locale == "sv"


def test_unknown_locale(toolkit):
    with pytest.raises(LocaleError, match="unknown locale"):
        load_glossary(toolkit, "qq")


def _write(root: Path, folder: str, text: str) -> Path:
    path = root / "locales" / folder / "glossary.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_regional_glossary_merges_over_its_language(tmp_path):
    _write(tmp_path, "es", "brands: [Nordlicht Store]\nterms:\n  - {source: refund*, translation: [reembolso]}\n"
                           "forbidden:\n  - {term: devolución de dinero}\n")
    _write(tmp_path, "es_MX", "do_not_translate: [OXXO]\nterms:\n  - {source: refund*, translation: [reembolso, "
                              "rembolso]}\nforbidden:\n  - {term: coger, use: tomar}\n")
    glossary = load_glossary(Toolkit([tmp_path]), "es-MX")
    assert glossary.do_not_translate == ("Nordlicht Store", "OXXO")
    assert [t.translations for t in glossary.terms] == [("reembolso", "rembolso")]  # es-MX wins
    assert {f.term for f in glossary.forbidden} == {"coger", "devolución de dinero"}
    assert len(glossary.sources) == 2


@pytest.mark.parametrize("text, needle, line", [
    ("brands: [A]\nforbiden: []\n", "unknown key 'forbiden' in glossary; did you mean forbidden?", 2),
    ("terms:\n  - source: refund\n    translations: [x]\n", "unknown key 'translations'", 3),
    ("terms:\n  - source: refund\n", "missing required key 'translation'", 2),
    ("forbidden:\n  - {term: x, severity: fatal}\n", "severity must be one of warning, error", 2),
    ("brands: Nordlicht\nterms: {source: x}\n", "'terms' must be a list of mappings", 2),
    ("locale: fr\n", "does not match the folder 'de'", 1),
    ("brands: [A\n", "YAML syntax error", 2),
])
def test_schema_errors_carry_file_and_line(tmp_path, text, needle, line):
    path = _write(tmp_path, "de", text)
    with pytest.raises(DataError) as caught:
        read_glossary_file(path, expected_dir="de")
    assert needle in str(caught.value)
    assert caught.value.line == line and caught.value.path == str(path)


@pytest.mark.parametrize("text, term, found", [
    ("We will refund you.", "refund", "refund"),
    ("It was refunded.", "refund", None),
    ("It was refunded.", "refund*", "refunded"),
    ("Die Zollbehörde", "Zoll*", "Zollbehörde"),
    ("Die Zollbehörde", "Zoll", None),
    ("Sie erhalten eine RÜCKVERGÜTUNG.", "Rückvergütung*", "RÜCKVERGÜTUNG"),
    ("クレームを承りました。", "クレーム", "クレーム"),
    ("Your order %(order_id)s", "order*", "order"),
    ("Contained %(ordered)s", "order*", None),  # placeholders are not words of the text
])
def test_term_matching(text, term, found):
    match = find_term(text, term)
    assert (match.group() if match else None) == found
