"""Unicode script analysis decides what letters alone decide."""
from __future__ import annotations

import pytest

from xborder.detect import SUPPORTED
from xborder.detect.script import analyse, script_of


@pytest.mark.parametrize("text, language, script", [
    ("주문 언제 와요", "ko", "Kore"),
    ("注文した商品が届きません", "ja", "Jpan"),
    ("返金", "zh", "Hans"),                 # Han without kana or Japanese-only forms
    ("発送はいつ", "ja", "Jpan"),            # kana
    ("円で払いました", "ja", "Jpan"),
    ("売り切れ", "ja", "Jpan"),
    ("我的订单还没到", "zh", "Hans"),
    ("我的訂單還沒到", "zh", "Hant"),
    ("ของถึงไหนแล้ว", "th", "Thai"),
    ("איפה ההזמנה", "he", "Hebr"),
    ("Πού είναι", "el", "Grek"),
    ("मेरा ऑर्डर कहाँ है", "hi", "Deva"),
    ("سفارشم کجاست", "fa", "Arab"),          # Persian ک ی
    ("طلبي لم يصل", "ar", "Arab"),           # Arabic ي
    ("میرا آرڈر کہاں ہے", "ur", "Arab"),     # Urdu ے ں
])
def test_decisive_scripts(text, language, script):
    profile = analyse(text.split(), SUPPORTED)
    assert profile.language == language
    assert profile.output_script == script
    assert profile.evidence


def test_latin_leaves_the_choice_to_the_voters_but_votes_with_letters():
    profile = analyse(["mañana"], SUPPORTED)
    assert profile.language is None and profile.script == "Latn"
    assert profile.letter_votes["es"] > 0
    assert profile.letter_votes["pl"] < 0          # ñ is not in the Polish alphabet


def test_vietnamese_tone_marks_vote_for_vietnamese():
    profile = analyse("đơn hàng của tôi".split(), SUPPORTED)
    assert max(profile.letter_votes, key=profile.letter_votes.get) == "vi"


def test_cyrillic_letters_split_russian_and_ukrainian():
    assert analyse(["їжак"], SUPPORTED).letter_votes.get("uk", 0) > 0
    assert analyse(["ещё"], SUPPORTED).letter_votes.get("ru", 0) > 0


def test_script_of():
    assert [script_of(c) for c in "aЖαא"] == ["Latn", "Cyrl", "Grek", "Hebr"]
    assert script_of("😀") == "Zyyy"
