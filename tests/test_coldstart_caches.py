"""What the cold-start shortcuts keep from earlier processes gives the same answers as the slow path."""
from __future__ import annotations

import re

import pytest

from xborder import Toolkit
from xborder.detect import voters
from xborder.policy import triage_lexicon


def test_frequency_list_from_the_cache_folder_equals_the_wordfreq_file(tmp_path):
    pytest.importorskip("wordfreq")
    first = voters._read_cbpack("es", str(tmp_path))          # reads wordfreq's file, keeps a copy
    assert isinstance(first, dict) and first
    second = voters._read_cbpack("es", str(tmp_path))         # the copy, looked up without a dict
    assert isinstance(second, voters.FrequencyList)
    words = [*list(first)[::97], "pedido", "zzqxv", "", "a\nb"]
    assert [second.get(w, -99.0) for w in words] == [first.get(w, -99.0) for w in words]
    assert second.as_dict() == first


def test_frequency_list_turns_into_a_dict_for_a_long_lived_process(tmp_path):
    pytest.importorskip("wordfreq")
    table = voters._read_cbpack("fr", str(tmp_path))
    cached = voters._read_cbpack("fr", str(tmp_path))
    for word in list(table)[:cached.DICT_AFTER + 5]:
        assert cached.get(word, 0.0) == table[word]
    assert cached._table == table


@pytest.mark.parametrize("words, starts", [(b"\nhola\nque\n", [0, 5, 3]), (b"\nhola\nque\n", [0, 2]),
                                           (b"hola\nque", [0])])
def test_a_damaged_frequency_list_is_refused(words, starts):
    with pytest.raises(ValueError):
        voters.FrequencyList(words, starts)


def test_frequency_list_buckets():
    table = voters.FrequencyList(b"\nde\nla\ncasa\n", [0, 0, 6, 6, 11])   # centibels 0 (none), 1, 2 (none), 3, 4 (none)
    assert [table.get(w, None) for w in ("de", "la", "casa", "cas", "")] == [
        voters._frequency(1), voters._frequency(1), voters._frequency(3), None, None]
    assert table.as_dict() == {"de": voters._frequency(1), "la": voters._frequency(1), "casa": voters._frequency(3)}


def test_a_damaged_cache_entry_is_read_from_wordfreq_again(tmp_path):
    pytest.importorskip("wordfreq")
    table = voters._read_cbpack("it", str(tmp_path))
    for entry in (tmp_path / "wordfreq").iterdir():
        entry.write_text('{"starts": [3]}\nciao', encoding="utf-8")
    assert voters._read_cbpack("it", str(tmp_path)) == table


def test_merged_triage_patterns_match_as_one_pattern_each():
    patterns = ["rechtliche schritte", "(ich werde|wir werden) sie verklagen", "12315", "anwalt\\w*",
                "消费者协会", "(?-i:BBB)", "gericht"]
    merged = triage_lexicon._merge(patterns)
    one_by_one = [re.compile(triage_lexicon._bounds(p)[0] + f"(?:{p})" + triage_lexicon._bounds(p)[1],
                             re.IGNORECASE) for p in patterns]
    for text in ("wir werden sie verklagen", "ruf 12315 an", "123156", "Anwaltskanzlei", "bbb", "BBB",
                 "Gerichte", "das gericht", "我要找消费者协会", "xanwalt"):
        expected = min((m for m in (p.search(text) for p in one_by_one) if m), key=lambda m: m.start(),
                       default=None)
        found = merged.search(text)
        assert (found and (found.start(), found.group(0))) == (expected and (expected.start(), expected.group(0)))


def test_institutions_in_capitals_are_remembered_with_their_names(tmp_path, monkeypatch):
    from xborder.detect import ensemble, institutions

    monkeypatch.setenv("XBORDER_CACHE_DIR", str(tmp_path))
    names, capitals = ensemble._institution_names(Toolkit(data_dirs=[]))
    assert capitals == {name for name in names if institutions.needs_capitals(name)}

    def no_wordfreq(name):
        raise AssertionError("worked out again")

    monkeypatch.setattr(institutions, "needs_capitals", no_wordfreq)
    assert ensemble._institution_names(Toolkit(data_dirs=[])) == (names, capitals)


def test_triage_patterns_are_checked_one_by_one_only_when_the_file_fails(tmp_path):
    from xborder.errors import DataError

    folder = tmp_path / "culture_rules" / "triage"
    folder.mkdir(parents=True)
    (folder / "xx.yaml").write_text("language: xx\nreasons:\n  safety:\n    phrases: ['fire', 'smoke(']\n",
                                    encoding="utf-8")
    with pytest.raises(DataError, match=r"xx.yaml:4:5: 'phrases' item 2 is not a valid regular expression"):
        triage_lexicon.vocabulary(Toolkit(data_dirs=[tmp_path]), "xx")
    # each pattern compiles alone, not inside the merged one: still a one-line DataError
    (folder / "xx.yaml").write_text("language: xx\nreasons:\n  safety:\n    phrases: ['fire', '(?i)smoke']\n",
                                    encoding="utf-8")
    with pytest.raises(DataError, match=r"xx.yaml.*do not combine"):
        triage_lexicon.vocabulary(Toolkit(data_dirs=[tmp_path]), "xx")


def test_authority_names_are_remembered_from_the_profiles(tmp_path, monkeypatch):
    monkeypatch.setenv("XBORDER_CACHE_DIR", str(tmp_path))
    terms = triage_lexicon.authority_terms(Toolkit(data_dirs=[]))
    assert any("PROFECO" in t for t in terms)

    def no_profiles(toolkit):
        raise AssertionError("profiles resolved again")

    monkeypatch.setattr(triage_lexicon, "_authority_terms", no_profiles)
    assert triage_lexicon.authority_terms(Toolkit(data_dirs=[])) == terms


@pytest.mark.parametrize("country", ["SA", "AE", "IN", "IL", "DE", "MX", "AQ", None])
def test_weekend_days_from_the_cache_folder_equal_cldr(tmp_path, monkeypatch, country):
    from xborder.timing import daysoff

    monkeypatch.setenv("XBORDER_CACHE_DIR", str(tmp_path))
    expected = tuple(daysoff._weekend_days(country))
    daysoff.weekend_days.cache_clear()
    assert daysoff.weekend_days(country) == expected          # worked out, and kept
    daysoff.weekend_days.cache_clear()
    monkeypatch.setattr(daysoff, "_weekend_days", lambda c: pytest.fail("read CLDR again"))
    assert daysoff.weekend_days(country) == expected          # read back
    daysoff.weekend_days.cache_clear()


def test_known_countries_from_the_cache_folder_equal_cldr(tmp_path, monkeypatch):
    import babel

    from xborder.detect import priors

    monkeypatch.setenv("XBORDER_CACHE_DIR", str(tmp_path))
    priors.known_countries.cache_clear()
    first = priors.known_countries()
    assert {"MX", "DE", "JP", "BR"} <= first and not {"ZZ", "EU", "XA"} & first
    priors.known_countries.cache_clear()
    monkeypatch.setattr(babel, "Locale", lambda *a: pytest.fail("read CLDR again"))
    assert priors.known_countries() == first
    priors.known_countries.cache_clear()
