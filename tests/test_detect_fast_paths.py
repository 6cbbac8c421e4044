"""The shortcuts that keep detection cheap must not change what it finds."""
from __future__ import annotations

import re
import subprocess
import sys

import pytest

from xborder.detect.identifiers import find_phones
from xborder.detect.regions import Cue, RegionCues
from xborder.intents.model import Model, train

# Cue patterns of the shapes the cue table uses: literal words, alternations, a digit, case-insensitive
# words, look-behinds, and one whose only literal is a space.
_PATTERNS = [r"\d\s?[십백천만억]?\s?원", r"\bRp\.?\s?\d", r"(?i)\bBLIK(?:iem|a|u|owi)?\b",
             r"\b(?:Yurtiçi|Aras|MNG)['’](?:[dt][ae]|n[dt][ae])\b", r"(?i)\b\w+(?:áis|éis)\b",
             r"(?<![A-Z][A-Za-z] )(?<![\w-])ACM(?![\w-])", r"(?i)\bà espera\b",
             r"\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] \d[ABCEGHJ-NPRSTV-Z]\d\b", r"(?i)σπίτι", r"(?i)straße"]
_TEXTS = ["pagué con blik", "Zapłaciłem BLİKiem wczoraj", "BLıK", "5만 원 냈어요", "Rp 50.000 sudah", "Rp.5",
          "Aras'ta bekliyor", "aras'ta", "¿Me mandáis otro?", "VOSOTROS MANDÁIS", "ACM dice", "the ACM CGM ship",
          "estou À ESPERA", "M5V 2T6 Toronto", "m5v 2t6", "ΣΠΊΤΙ μου", "Strasse", "STRASSE", "Straße 5", "ſtraße",
          "nothing here", ""]


def _table() -> RegionCues:
    table = RegionCues()
    for n, source in enumerate(_PATTERNS):
        table.patterns.append((re.compile(source), Cue("service", {f"R{n}": 0.9}, frozenset(), None, n)))
    return table.compile()


@pytest.mark.parametrize("text", _TEXTS)
def test_pattern_gates_skip_only_patterns_that_cannot_match(text):
    table = _table()
    found = set(table.vote(text, None).scores)
    expected = {f"R{n}" for n, source in enumerate(_PATTERNS) if re.search(source, text)}
    assert found == expected


def test_patterns_added_after_a_vote_are_used():
    table = _table()
    table.vote("nothing", None)
    table.patterns.append((re.compile(r"(?i)\bcorreos\b"), Cue("carrier", {"ES": 0.9}, frozenset(), None, 99)))
    assert "ES" in table.vote("lo tiene CORREOS", None).scores


def test_lingua_is_skipped_when_the_other_voters_decide(toolkit):
    found = toolkit.detect("Mi pedido no ha llegado todavía, ¿me pueden ayudar?")
    assert found.language == "es"
    assert any(line.startswith("lingua: not needed") for line in found.evidence)


def test_lingua_still_speaks_on_a_close_call(toolkit):
    found = toolkit.detect("terima kasih")   # Indonesian and Malay both write it
    assert any(line.startswith("lingua:") and "not needed" not in line for line in found.evidence)


def test_a_decisive_message_never_loads_lingua():
    code = ("import sys; from xborder import Toolkit; d = Toolkit().detect('Hola, mi pedido no ha llegado');"
            "print(d.language, 'lingua' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["es", "False"]


@pytest.mark.parametrize("text, region", [
    ("Pedido #60607 de 12/03, ligue +55 11 91234-5678", "BR"),
    ("Bestellung 48812, Rückruf bitte unter +49 151 23456789", "DE"),
])
def test_phones_are_found_beside_order_numbers(text, region):
    assert [p.region for p in find_phones(text, ())] == [region]


def test_digits_spread_over_codes_are_no_phone():
    assert list(find_phones("order #4881 from 12/03, paid 49,99", ("US", "GB"))) == []


def test_intent_model_finds_keys_sorted_or_not():
    model = train([("refund_status", "i want my money back"), ("order_status", "where is my order")] * 3)
    shuffled = Model(model.intents, list(reversed(model.keys)), model.rows, model.offsets, model.floor)
    assert model.keys == sorted(model.keys)
    for key in model.keys + ["\x1enot a feature"]:
        j = model.keys.index(key) if key in model.keys else None
        expected = None if j is None else model.row(key)
        assert model.row(key) == expected
        assert (shuffled.row(key) is None) == (j is None)
    assert model.scores("where is my order") == Model.from_json(model.to_json()).scores("where is my order")


# prepare() runs each noise pattern only where it can match: these must still be set aside.
@pytest.mark.parametrize("text", ["see http://localhost/x ok", "طلب ١٢٣٤٥ لم يصل", "ping @anna pls", "mail a@b.de",
                                  "www.shop.de!", "order 12345", "Bestellung #A-10293.", "nothing here", ""])
def test_prepare_skips_only_noise_patterns_that_cannot_match(text):
    from xborder.detect import text as prep

    sample = prep.prepare(text)
    clean, ignored = text, {}
    for kind, pattern in (("e-mail address", prep._EMAIL), ("url", prep._URL), ("@handle", prep._HANDLE),
                          ("number or code", prep._CODE)):
        found = len(pattern.findall(clean))
        if found:
            ignored[kind] = found
        clean = pattern.sub(" ", clean)
    assert sample.ignored == ignored
    assert sample.words == tuple(prep._WORD.findall(clean))


def test_signals_remembered_are_those_read_and_a_bad_one_fails_every_time(toolkit):
    from xborder.errors import InputError

    first = toolkit.detect("obrigado pelo pedido", country="BR", phone="+55 11 91234-5600")
    again = toolkit.detect("obrigado pelo pedido", country="BR", phone="+55 11 91234-5600")
    assert first == again and "prior: country BR" in " ".join(first.evidence)
    for _ in range(2):
        with pytest.raises(InputError):
            toolkit.detect("obrigado", country="Atlantis")


def test_word_frequency_rows_agree_with_the_lookups(tmp_path):
    from xborder.detect.voters import FrequencyList, WordFrequencyVoter

    voter = WordFrequencyVoter(str(tmp_path))
    languages = ("en", "de", "fr")
    voter.log_likelihoods([""] * (FrequencyList.DICT_AFTER + 1), languages)   # every table becomes a dict
    words = ["order", "Bestellung", "commande", "zzqx", "the"]
    slow = [tuple(voter.log_likelihoods([w], languages)[lang][0] for lang in languages) for w in words]
    voter.rows(["warm"], languages, 6.0)                                        # the getters are set up
    assert [lls for lls, _ in voter.rows(words, languages, 6.0)] == slow


def test_remembered_place_names_answer_as_the_index_does(toolkit):
    from xborder.detect.ensemble import gazetteer_of
    from xborder.detect.places import _inflected, _nominative

    gazetteer = gazetteer_of(toolkit.resources)
    for key in ("krakow", "essen", "lyon", "nowhereville", "paris"):
        first = gazetteer.lookup(key)
        assert first == gazetteer._read(key)
        if first:
            first.clear()   # a caller's copy: what is remembered stays whole
            assert gazetteer.lookup(key) == gazetteer._read(key) != {}
    for key in ("krakowie", "katowic", "brne", "москве", "helsingissa"):
        for language in ("pl", "cs", "ru", "fi", "tr"):   # remembered per word and language
            assert _inflected(gazetteer, key, language) == _nominative(gazetteer, key, language)
            assert _inflected(gazetteer, key, language) == _nominative(gazetteer, key, language)


@pytest.mark.parametrize("signals", [{}, {"country": "DE"}, {"phone": "+52 55 1234 5600"},
                                     {"country": "US", "accept_language": "es-US"}, {"email": "ana@example.com.br"},
                                     {"country": "MX", "phone": "+91 98765 43210"}])
@pytest.mark.parametrize("text", ["Mein Paket ist immer noch nicht in Berlin angekommen", "kab tak aayega mera order",
                                  "Hola, pedí desde Monterrey y no llega", "terima kasih", "Procon vou reclamar", ""])
def test_detection_without_evidence_gives_the_same_answer(toolkit, text, signals):
    """``evidence=False`` (xborder batch) skips the text's region cues when a country or phone
    names the region; every field but the evidence is the same."""
    full, lean = toolkit.detect(text, **signals).to_dict(), toolkit.detect(text, **signals, evidence=False).to_dict()
    assert lean.pop("evidence") == []
    full.pop("evidence")
    assert lean == full
    triaged = toolkit.triage(text, **signals, evidence=False)
    assert triaged.detection.to_dict() == toolkit.detect(text, **signals, evidence=False).to_dict()
