"""Triage vocabulary files: validation with file:line, user folders, every language loads."""
from __future__ import annotations

import pytest

from xborder import Toolkit
from xborder.errors import DataError
from xborder.policy.triage_lexicon import compiled, languages, vocabulary

DETECTION_LANGUAGES = ("en es pt fr de it nl pl ru uk tr ar he fa zh ja ko th vi id ms hi sv da nb fi cs el "
                       "hu ro").split()


def test_thirty_languages_load(toolkit):
    assert set(DETECTION_LANGUAGES) <= set(languages(toolkit))
    vocab = compiled(toolkit)
    for lang in DETECTION_LANGUAGES:
        assert {"legal_threat", "safety", "privacy"} <= set(vocab[lang]), lang


def _folder(tmp_path, name: str, text: str):
    folder = tmp_path / "culture_rules" / "triage"
    folder.mkdir(parents=True)
    (folder / name).write_text(text, encoding="utf-8")
    return Toolkit(data_dirs=[tmp_path])


@pytest.mark.parametrize("name, text, message", [
    ("xx.yaml", "language: xx\nreasons:\n  lawsuit:\n    phrases: ['sue']\n",
     "xx.yaml:3:3: unknown reason 'lawsuit'"),
    ("xx.yaml", "language: xx\nreasons:\n  legal_threat:\n    phrases: ['(unclosed']\n",
     "xx.yaml:4:5: 'phrases' item 1 is not a valid regular expression"),
    ("xx.yaml", "language: yy\nreasons: {}\n", "does not match the file name"),
    ("xx.yaml", "language: xx\nreasons:\n  safety:\n    words: ['fire']\n", "unknown key 'words'"),
    ("xx.yaml", "language: xx\nreasons:\n  safety: [fire\n", "YAML syntax error"),
])
def test_bad_vocabulary_files(tmp_path, name, text, message):
    toolkit = _folder(tmp_path, name, text)
    with pytest.raises(DataError) as info:
        vocabulary(toolkit, "xx")
    assert message in str(info.value)


def test_user_folder_adds_words(tmp_path):
    toolkit = _folder(tmp_path, "en.yaml",
                      "language: en\nreasons:\n  legal_threat:\n    phrases: ['see you at the tribunal']\n")
    assert toolkit.triage("See you at the tribunal.").reasons == ("legal_threat",)
    # the user's en.yaml replaces the bundled one (the rules read no threat; the readers of words and
    # meaning, trained on the project's sets, may)
    assert not [h for h in toolkit.triage("I will sue you").hits if h.kind not in ("model", "meaning")]


def test_the_point_of_an_article_or_number_abbreviation_ends_no_sentence(toolkit):
    from xborder.policy.triage import sentences

    text = "Bitte teilen Sie mir gemäß Art. 15 DSGVO mit, welche Daten Sie speichern. Danke! Order No. 12. 5 days."
    assert [text[a:b].strip() for a, b in sentences(text)] == [
        "Bitte teilen Sie mir gemäß Art. 15 DSGVO mit, welche Daten Sie speichern", "Danke", "Order No. 12", "5 days"]
    assert toolkit.triage("Bitte teilen Sie mir gemäß Art. 15 DSGVO mit, welche Daten Sie über mich "
                          "speichern.").reasons == ("privacy",)


def test_accent_folding_keeps_spans():
    from xborder.policy.triage_lexicon import fold

    for text in ("Vă dau în judecată", "Şikayetvar'a yazacağım", "Διαγράψτε τα δεδομένα", "Ich schalte ein",
                 "ฉันจะฟ้อง", "मेरा डेटा", "删除我的数据"):
        assert len(fold(text)) == len(text)
    assert fold("Vă dau în judecată") == "Va dau in judecata"
    assert fold("ฉันจะฟ้อง") == "ฉันจะฟ้อง"           # marks that carry meaning stay


def test_a_cue_that_is_itself_a_term_is_no_cue(toolkit):
    # "Şikayetvar" contains the cue "şikayet" but is a term: reading reviews there is not exposure
    assert not toolkit.triage("Şikayetvar yorumlarını okudum").escalate


def test_vietnamese_keeps_its_tone_marks(toolkit):
    # folded, "khỏi" (out of) would read as "khói" (smoke)
    assert not toolkit.triage("Xóa giúp tôi sản phẩm khỏi giỏ hàng").escalate
    assert "safety" in toolkit.triage("Cục sạc phát nổ làm bỏng tay tôi").reasons


def test_fold_accents_must_be_a_boolean(tmp_path):
    from xborder import Toolkit
    from xborder.errors import DataError
    from xborder.policy.triage_lexicon import compiled

    folder = tmp_path / "culture_rules" / "triage"
    folder.mkdir(parents=True)
    (folder / "vi.yaml").write_text("language: vi\nfold_accents: maybe\nreasons: {}\n", encoding="utf-8")
    with pytest.raises(DataError) as info:
        compiled(Toolkit(data_dirs=[tmp_path]))
    assert "'fold_accents' must be true or false" in str(info.value) and "vi.yaml:2" in str(info.value)


def test_probed_lists_match_as_written():
    """A list whose items open with a scanning lookahead reads without it when its words are absent:
    the same matches, spans and all, with the words present or not."""
    import re

    from xborder.policy.triage_lexicon import Probed, merged_source, probed

    source = merged_source([r"(?![^.!?]*(?:factura|nota fiscal))(?:meu )?cpf(?: [^\s.!?]+){0,4} impresso",
                            r"(?!.*(?<!\w)(?:lindo|adorei))vou postar\w*",
                            r"(?=(?:ab))(?!.*bom)(?:ab\w*)"])
    pattern = re.compile(source, re.IGNORECASE)
    reader = probed(pattern)
    assert isinstance(reader, Probed)
    assert [x for _, _, x in reader.spans] == ["(?:factura|nota fiscal)", "(?<!\\w)(?:lindo|adorei)"]
    for text in ("meu CPF veio impresso na caixa", "meu cpf veio impresso na factura", "vou postar tudo",
                 "vou postar, ficou lindo", "o cpf impresso. Factura depois", "abc bom", "abc", "", "cpf impresso vou postar"):
        for pos in (0, 3):
            assert [m.span() for m in reader.finditer(text, pos)] == [m.span() for m in pattern.finditer(text, pos)]
            a, b = reader.search(text, pos), pattern.search(text, pos)
            assert (a and a.span()) == (b and b.span())
    # back-references and inline flags are left as written
    for kept in (r"(?:(?!.*x)(a)\1)", r"(?:(?!.*x)(?-i:a))", r"(?:ab(?!c))"):
        compiled = re.compile(kept, re.IGNORECASE)
        assert probed(compiled) is compiled


def test_devanagari_full_stop_ends_a_word():
    """The danda (।, ॥) and Devanagari digits are punctuation and numbers, not letters: a list's
    word boundary holds before them, as it does before "." and "1"; a letter still joins words."""
    import re

    from xborder.policy.triage_lexicon import END, START

    word = re.compile(f"{START}कार्रवाई{END}")
    for text in ("कानूनी कार्रवाई।", "कानूनी कार्रवाई॥", "कार्रवाई१", "।कार्रवाई", "कार्रवाई."):
        assert word.search(text), text
    for text in ("कार्रवाईयाँ", "पूर्वकार्रवाई"):
        assert not word.search(text), text
