"""The support lexicon: loading, validation, votes."""
from __future__ import annotations

import pytest

from xborder.detect.ensemble import lexicon_of
from xborder.detect.lexicon import load_lexicon
from xborder.errors import DataError


def test_bundled_lexicon_covers_every_latin_cyrillic_and_arabic_language(toolkit):
    lexicon = lexicon_of(toolkit)
    covered = {lang for langs in lexicon.exact.values() for lang in langs}
    assert covered >= {"en", "es", "pt", "fr", "de", "it", "nl", "pl", "ru", "uk", "tr", "ar", "fa", "vi",
                       "id", "ms", "sv", "da", "nb", "fi", "cs", "hu", "ro"}


def test_vote_counts_known_neutral_and_unknown_words(toolkit):
    vote = lexicon_of(toolkit).vote(["Obrigado", "ok", "xyzzy"])
    assert vote.known == 1 and vote.neutral == 1 and vote.unknown == 1
    assert set(vote.scores) == {"pt"}


def test_words_typed_without_accents_match_with_less_weight(toolkit):
    lexicon = lexicon_of(toolkit)
    langs, weight = lexicon.languages_of("devolucion")
    assert "es" in langs and 0 < weight < 1
    assert lexicon.languages_of("devolución") == (("es",), 1.0)


def test_shared_words_name_every_language_that_uses_them(toolkit):
    langs, _ = lexicon_of(toolkit).languages_of("pedido")
    assert set(langs) == {"es", "pt"}


@pytest.mark.parametrize("content, message", [
    ("languages:\n  xx:\n    words: a b\n", "unknown language 'xx'"),
    ("languages:\n  es:\n    word: hola\n", "unknown key 'word'"),
    ("languages:\n  es:\n    words: [hola]\n", "must be text"),
    ("neutral: ok\n", "missing required key 'languages'"),
])
def test_bad_lexicon_files_are_reported_with_file_and_line(tmp_path, content, message):
    path = tmp_path / "lexicon.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DataError) as info:
        load_lexicon(path)
    assert message in str(info.value)
    assert str(path) in str(info.value)


def test_greeting_formulas_and_grammar_patterns(toolkit):
    lexicon = lexicon_of(toolkit)
    assert "fi" in lexicon.formula(["Moi"])
    assert lexicon.formula(["Moi", "where", "is", "my", "order"]) == ()
    assert ("nb", "pakken min") in lexicon.grammar("hvor er pakken min")
    assert lexicon.grammar("hvor er min pakke") == []


def test_a_bare_greeting_beats_running_text_frequencies(toolkit):
    # "moi" is common French, but a message that is only "Moi" is a Finnish hello.
    result = toolkit.detect("Moi!")
    assert result.language == "fi"
    assert any("greeting" in line for line in result.evidence)


def test_bad_grammar_pattern_is_reported(tmp_path):
    path = tmp_path / "lexicon.yaml"
    path.write_text('languages:\n  nb:\n    words: hei\n    patterns: ["(unclosed"]\n', encoding="utf-8")
    with pytest.raises(DataError, match=r"lexicon.yaml:4:\d+: bad pattern"):
        load_lexicon(path)


def test_missing_word_frequencies_are_said_not_hidden(monkeypatch):
    from xborder import Toolkit
    from xborder.detect import voters

    def missing(lang, cache_dir=None):
        raise ModuleNotFoundError("No module named 'wordfreq'", name="wordfreq")

    monkeypatch.setattr(voters, "_read_cbpack", missing)
    result = Toolkit(data_dirs=[]).detect("Mi pedido no ha llegado todavía")
    assert result.language == "es"
    assert "word frequencies: not used (wordfreq is not installed)" in result.evidence
    with pytest.raises(DataError, match="needs wordfreq"):
        Toolkit(data_dirs=[], strict=True).detect("Mi pedido no ha llegado todavía")
