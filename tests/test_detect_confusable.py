"""Close languages (Malay and Indonesian): the lexicon's cue words."""
from __future__ import annotations

import math

import pytest

from xborder.detect import ensemble
from xborder.detect.ensemble import lexicon_of
from xborder.detect.lexicon import load_lexicon
from xborder.errors import DataError


@pytest.mark.parametrize("text, language", [
    # Malay: Dewan Bahasa dan Pustaka forms (kerana, bayaran, tempahan, rosak, nombor, akaun, wang, kad).
    ("Saya sudah membuat bayaran semalam tetapi tempahan masih belum dikemas kini kerana sistem rosak.", "ms"),
    ("Boleh tolong semak nombor akaun saya? Wang sudah ditolak daripada kad kredit saya.", "ms"),
    ("Keputusan peperiksaan akan diumumkan pada bulan Ogos menerusi laman sesawang rasmi universiti.", "ms"),
    # Indonesian: KBBI forms (karena, kartu, uang, rusak, nomor, ongkir, Agustus, universitas).
    ("Saya sudah bayar pakai kartu kredit tapi uang belum dikembalikan karena katanya sistemnya rusak.", "id"),
    ("Tolong cek nomor pesanan saya, barangnya belum sampai padahal ongkir sudah saya bayar.", "id"),
    ("Hasil ujian akan diumumkan pada bulan Agustus melalui situs resmi universitas.", "id"),
])
def test_clear_malay_and_indonesian_sentences(toolkit, text, language):
    assert toolkit.detect(text).language == language


@pytest.mark.parametrize("malay, indonesian", [
    # Sentences of words both languages share, but for one spelling: -iti/-itas, kerana/karena.
    ("Teknologi digital telah mengubah cara masyarakat berkomunikasi, terutama dalam aktiviti pendidikan "
     "dan kebudayaan.",
     "Teknologi digital telah mengubah cara masyarakat berkomunikasi, terutama dalam aktivitas pendidikan "
     "dan kebudayaan."),
    ("Festival budaya tahunan itu menarik ribuan pengunjung dari seluruh dunia setiap tahun kerana keunikannya.",
     "Festival budaya tahunan itu menarik ribuan pengunjung dari seluruh dunia setiap tahun karena keunikannya."),
])
def test_one_cue_word_decides_a_long_sentence(toolkit, malay, indonesian):
    found = toolkit.detect(malay)
    assert found.language == "ms"
    assert any(line.startswith("distinctive words: ms") for line in found.evidence)
    assert toolkit.detect(indonesian).language == "id"


def test_cues_move_odds_only_within_the_group(toolkit):
    logs = {"id": 0.0, "ms": 0.0, "en": 1.0}
    evidence: list[str] = []
    ensemble._group_cues(lexicon_of(toolkit), ["kerana", "sahaja"], logs, evidence)
    assert logs["ms"] - logs["id"] == pytest.approx(2 * ensemble._CUE_LOG_ODDS)
    assert math.exp(logs["id"]) + math.exp(logs["ms"]) == pytest.approx(2.0)  # the pair's total is kept
    assert logs["en"] == 1.0
    assert evidence == ["distinctive words: ms 'kerana', 'sahaja'"]


def test_cues_are_read_and_checked(tmp_path):
    path = tmp_path / "lexicon.yaml"
    path.write_text("languages:\n  ms:\n    words: saya\n    cues: kerana Sahaja\n", encoding="utf-8")
    assert load_lexicon(path).cue_words(["Kerana", "saya", "sahaja"], ["id", "ms"]) == {"ms": ["kerana", "sahaja"]}
    path.write_text("languages:\n  ms:\n    words: saya\n    cues: [kerana]\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"'cues' of 'ms' must be text"):
        load_lexicon(path)
