"""Regular expressions rebuilt from the cache folder behave exactly as ``re.compile``'s."""
from __future__ import annotations

import re

import pytest

from xborder import regexcache
from xborder.errors import DataError
from xborder.lint.patterns import compile_rule_regex

PATTERNS = [
    (r"(?<![0-9:.])(?:[01]?[0-9]|2[0-3]):[0-5][0-9](?:\s?(?:[ap]\.m\.|[ap]m(?![a-z])))?", 0),
    (r"(?P<num>\d{1,4}|zwei|drei)\s?(?P<unit>Tage?n?|días?|日)", re.IGNORECASE),
    (r"(?i:straße)|ÜBER", 0),
    (r"^\s*(\w+)\s*=\s*(.*)$", re.MULTILINE),
]
TEXTS = ["Wir rufen um 15:00 an", "at 3 pm or 11:30am", "binnen ZWEI tagen, 14 Tage, 30 días, 7日",
         "STRASSE straße über ÜBER", "a = 1\n b=two\n"]


@pytest.fixture
def store(tmp_path, monkeypatch):
    """A cache folder of its own; the process's loaded store forgotten before and after."""
    monkeypatch.setenv("XBORDER_CACHE_DIR", str(tmp_path / "cache"))
    regexcache.clear()
    yield tmp_path / "cache"
    regexcache.clear()


def _same(a: re.Pattern, b: re.Pattern) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex)
    for text in TEXTS:
        assert [(m.span(), m.groups()) for m in a.finditer(text)] == \
               [(m.span(), m.groups()) for m in b.finditer(text)]


@pytest.mark.parametrize("pattern,flags", PATTERNS)
def test_a_pattern_rebuilt_from_the_cache_folder_matches_as_re_compile(store, pattern, flags):
    first = regexcache.compile(pattern, flags)
    _same(first, re.compile(pattern, flags))
    regexcache.save()
    regexcache.clear()  # a new process: only the file is left
    again = regexcache.compile(pattern, flags)
    if regexcache._SUPPORTED:
        assert list(store.glob("regex/*.marshal")), "nothing was stored"
        assert (pattern, int(flags)) in regexcache._store
    _same(again, re.compile(pattern, flags))


def test_a_damaged_store_or_entry_is_compiled_afresh(store):
    pattern = r"(?P<word>\w+)@(?P<host>[\w.]+)"
    regexcache.compile(pattern)
    regexcache.save()
    for path in store.glob("regex/*.marshal"):
        path.write_bytes(b"\x00not marshal")
    regexcache.clear()
    _same(regexcache.compile(pattern), re.compile(pattern))
    if regexcache._SUPPORTED:
        final_flags, code, groups, groupindex, indexgroup = regexcache._store[(pattern, 0)]
        regexcache._store[(pattern, 0)] = (final_flags, b"\xff\xff\xff\xff" * 3, groups, groupindex, indexgroup)
        _same(regexcache.compile(pattern), re.compile(pattern))  # _sre refuses bad code; compiled again


def test_a_bad_pattern_is_still_an_error_naming_the_rule(store):
    with pytest.raises(re.error):
        regexcache.compile("(unclosed")
    with pytest.raises(DataError, match=r"rule de\.Test: regular expression .* does not compile"):
        compile_rule_regex("[a-", "de.Test", "culture_rules/lint/de/Test.yaml", 4)


def test_no_cache_folder_still_compiles(monkeypatch):
    monkeypatch.setenv("XBORDER_CACHE_DIR", "")
    regexcache.clear()
    try:
        _same(regexcache.compile(r"(\d+)\s?€", re.IGNORECASE), re.compile(r"(\d+)\s?€", re.IGNORECASE))
        regexcache.save()  # nowhere to write: nothing happens
    finally:
        regexcache.clear()


def test_threads_compiling_and_clearing_get_working_patterns(store):
    from concurrent.futures import ThreadPoolExecutor

    patterns = [rf"(?<![0-9])(?P<n>{i}\d?)\s?(?:Tage?|days?)" for i in range(40)]

    def work(k: int) -> bool:
        ok = True
        for i, pattern in enumerate(patterns):
            if (i + k) % 13 == 0:
                regexcache.clear()
            m = regexcache.compile(pattern, re.IGNORECASE).search(f"in {i}5 TAGEN")
            ok = ok and m is not None and m.group("n") == f"{i}5"
        return ok

    with ThreadPoolExecutor(8) as pool:
        assert all(pool.map(work, range(16)))
    regexcache.save()
