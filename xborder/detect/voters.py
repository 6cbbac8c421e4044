"""Statistical voters: lingua (character n-grams), wordfreq's word frequencies, langdetect (seeded).

All three are imported only when a detection needs them, never at CLI
start-up. lingua runs in low-accuracy mode (trigram models): its
high-accuracy models take ~660 MB and ~10 s to load for the 30 languages,
beyond the memory and start-up limits. wordfreq's lists give word-unigram
likelihoods, what lifts single words and word pairs most. langdetect has no
Malay and costs ~3 ms a call, so it only breaks close calls on longer texts.
"""
from __future__ import annotations

import bisect
import json
import math
import threading
from typing import Iterable

from .languages import SUPPORTED


# A word missing from a language's wordfreq list is taken as just below the list's cut-off (1e-6).
WORDFREQ_OOV_LOG = math.log(10 ** -6.3)


class LinguaVoter:
    """lingua-language-detector restricted to the supported languages, low-accuracy mode."""

    name = "lingua"

    def __init__(self, languages: Iterable[str] = SUPPORTED) -> None:
        from lingua import IsoCode639_1, LanguageDetectorBuilder

        codes = [getattr(IsoCode639_1, code.upper()) for code in languages]
        self._detector = (LanguageDetectorBuilder.from_iso_codes_639_1(*codes)
                          .with_low_accuracy_mode().build())

    def scores(self, text: str) -> dict[str, float]:
        """Probability per language (empty when lingua cannot tell)."""
        values = self._detector.compute_language_confidence_values(text)
        return {v.language.iso_code_639_1.name.lower(): v.value for v in values if v.value > 0.0}


# langdetect's profile names for our codes (it has no Malay; Norwegian is "no").
_LANGDETECT_PROFILES = {"nb": ("no",), "zh": ("zh-cn", "zh-tw")}


class LangdetectVoter:
    """langdetect over the supported languages' profiles, seed 0, one call at a time."""

    name = "langdetect"

    def __init__(self, languages: Iterable[str] = SUPPORTED) -> None:
        import os

        from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

        factory = DetectorFactory()
        factory.seed = 0
        profiles = []
        for code in languages:
            for name in _LANGDETECT_PROFILES.get(code, (code,)):
                path = os.path.join(PROFILES_DIRECTORY, name)
                if os.path.isfile(path):
                    with open(path, encoding="utf-8") as handle:
                        profiles.append(handle.read())
        factory.load_json_profile(profiles)
        self._factory = factory
        self._lock = threading.Lock()

    def scores(self, text: str) -> dict[str, float]:
        from langdetect.lang_detect_exception import LangDetectException

        with self._lock:  # langdetect's factory and detectors are not meant to be shared between threads
            detector = self._factory.create()
            detector.append(text)
            try:
                found = detector.get_probabilities()
            except LangDetectException:
                return {}
        out: dict[str, float] = {}
        for item in found:
            code = {"no": "nb", "zh-cn": "zh", "zh-tw": "zh"}.get(item.lang, item.lang)
            out[code] = out.get(code, 0.0) + item.prob
        return out


class WordFrequencyVoter:
    """Word unigram likelihoods from wordfreq's frequency lists (the ``small`` lists, words >= 1 per million).

    Each list loads on first use, per language, under a lock; lookups are
    dictionary hits. The files are wordfreq's documented cBpack format: a
    header, then one list of words per centibel of frequency. ``cache_dir``
    (:mod:`xborder.diskcache`) keeps each list as plain text for the next process.
    """

    name = "wordfreq"

    def __init__(self, cache_dir: str | None = None) -> None:
        self._lists: dict[str, dict[str, float] | FrequencyList] = {}
        self._lock = threading.Lock()
        self._cache_dir = cache_dir
        self._rows: dict[tuple, tuple[tuple[float, ...], tuple[float, ...]]] = {}
        self._getters: dict[tuple[str, ...], tuple] = {}   # per language tuple, once every table is a dict

    def _load(self, lang: str) -> "dict[str, float] | FrequencyList":
        found = self._lists.get(lang)
        if found is not None:
            return found
        with self._lock:
            if lang not in self._lists:
                self._lists[lang] = _read_cbpack(lang, self._cache_dir)
            return self._lists[lang]

    def log_likelihoods(self, words: Iterable[str], languages: Iterable[str]) -> dict[str, list[float]]:
        """Per language, the log frequency of each word (``WORDFREQ_OOV_LOG`` when the list lacks it)."""
        words = [w.lower() for w in words]
        out = {}
        oov = WORDFREQ_OOV_LOG
        for lang in languages:
            table = self._load(lang)
            if isinstance(table, FrequencyList):
                built = table.built()
                if built is not None:   # from now on the plain dictionary: no method call per word
                    self._lists[lang] = table = built
            get = table.get
            out[lang] = [get(w, oov) for w in words]
        return out

    ROWS_KEPT = 20_000

    def rows(self, words: Iterable[str], languages: tuple[str, ...],
             cap: float) -> list[tuple[tuple[float, ...], tuple[float, ...]]]:
        """Per word, its log frequency in each of ``languages`` (in that order), and the same
        less the best of them, floored at ``-cap``. Remembered for the last ``ROWS_KEPT`` words:
        support messages repeat a small vocabulary, and one row costs a look-up in as many
        large tables as there are languages."""
        found = []
        rows = self._rows
        getters = self._getters.get(languages)
        oov = WORDFREQ_OOV_LOG
        for word in words:
            key = (word, languages, cap)
            row = rows.get(key)
            if row is None:
                if len(rows) >= self.ROWS_KEPT:
                    rows.clear()
                if getters is None:
                    table = self.log_likelihoods([word], languages)
                    lls = tuple(table[lang][0] for lang in languages)
                    getters = self._plain_getters(languages)
                else:   # what log_likelihoods looks up, without its per-language steps
                    lowered = word.lower()
                    lls = tuple([get(lowered, oov) for get in getters])
                best = max(lls)
                row = rows[key] = (lls, tuple(max(ll - best, -cap) for ll in lls))
            found.append(row)
        return found

    def _plain_getters(self, languages: tuple[str, ...]) -> tuple | None:
        """The ``get`` of each language's table, once all of them are plain dictionaries (a
        :class:`FrequencyList` still counts its lookups until it builds one), else None."""
        tables = [self._lists.get(lang) for lang in languages]
        if not all(type(table) is dict for table in tables):
            return None
        getters = self._getters[languages] = tuple(table.get for table in tables)
        return getters


_LN10 = math.log(10)


def _frequency(centibels: int) -> float:
    return -centibels / 100.0 * _LN10


class FrequencyList:
    """One wordfreq list as the cache folder keeps it: the words, most frequent first, one a
    line (UTF-8), and where each centibel's words start in that text.

    A one-message process asks for a handful of words: each is found by a search of the
    bytes (~0.1 ms) instead of building the ~40,000-entry dictionary (~15 ms a language, ten
    languages a message). After ``DICT_AFTER`` lookups the dictionary is built after all,
    so a long-lived process pays it once and then looks up as fast as before.
    """

    DICT_AFTER = 100

    def __init__(self, words: bytes, starts: list[int]) -> None:
        """``words``: one a line, with a newline before the first and after the last;
        ``starts[i]``: the offset of the newline before centibel i's first word."""
        if not (words.startswith(b"\n") and words.endswith(b"\n")) or starts != sorted(starts) \
                or (starts and not 0 <= starts[0] <= starts[-1] < len(words)) or {words[i] for i in starts} - {10}:
            raise ValueError("not a frequency list")
        self._words = words
        self._starts = starts
        self._table: dict[str, float] | None = None
        self._asked = 0

    def get(self, word: str, default: float) -> float:
        if self._table is not None:
            return self._table.get(word, default)
        self._asked += 1
        if self._asked > self.DICT_AFTER:
            self._table = self.as_dict()
            return self._table.get(word, default)
        if not word or "\n" in word:
            return default
        try:
            at = self._words.find(b"\n" + word.encode("utf-8") + b"\n")
        except UnicodeEncodeError:   # a lone surrogate: in no list
            return default
        if at < 0:
            return default
        return _frequency(bisect.bisect_right(self._starts, at) - 1)

    def built(self) -> dict[str, float] | None:
        """The dictionary, once built (after ``DICT_AFTER`` lookups), else None."""
        return self._table

    def as_dict(self) -> dict[str, float]:
        table: dict[str, float] = {}
        ends = [*self._starts[1:], len(self._words) - 1]
        for centibels, (start, end) in enumerate(zip(self._starts, ends)):
            if end > start:
                value = _frequency(centibels)
                for word in self._words[start + 1:end].decode("utf-8").split("\n"):
                    table.setdefault(word, value)
        return table


def _list_path(lang: str):
    """wordfreq's ``small_<lang>`` file, found without importing wordfreq (its tokenizers
    cost ~0.1 s); None when it has no such list."""
    from importlib.util import find_spec
    from pathlib import Path

    spec = find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("No module named 'wordfreq'", name="wordfreq")
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / f"small_{lang}.msgpack.gz"
    return path if path.is_file() else None


def _read_cbpack(lang: str, cache_dir: str | None = None) -> "dict[str, float] | FrequencyList":
    """word -> natural-log frequency from wordfreq's ``small_<lang>`` list ({} when it has none).

    The cBpack format is documented in ``wordfreq.read_cBpack``: gzipped msgpack,
    a header ``{"format": "cB", ...}``, then lists of words, list *i* holding the
    words of frequency 10 ** (-i / 100). Read here directly because importing
    wordfreq itself pulls in its tokenizers (~0.3 s) that detection does not need.
    With ``cache_dir``, a :class:`FrequencyList` kept there by an earlier process
    (by the file's path, size and modification time) stands in for the file.
    """
    import gzip
    import io

    path = _list_path(lang)
    if path is None:
        return {}
    key = None
    if cache_dir is not None:
        from .. import diskcache

        st = path.stat()   # the file changes only with wordfreq's version; hashing it costs ~1 ms
        key = diskcache.digest("wordfreq-list-3", str(path), str(st.st_size), str(st.st_mtime_ns))
        stored = diskcache.read_bytes(cache_dir, "wordfreq", f"{key}.txt")
        if stored is not None:
            try:   # one line of JSON (the centibels' starts), then the words as plain text
                head, _, words = stored.partition(b"\n")
                return FrequencyList(words, [int(n) for n in json.loads(head)["starts"]])
            except (TypeError, ValueError, KeyError, AttributeError):
                pass
    import msgpack

    with gzip.GzipFile(fileobj=io.BytesIO(path.read_bytes())) as handle:
        data = msgpack.load(handle, raw=False)
    if not data or not isinstance(data[0], dict) or data[0].get("format") != "cB":
        from ..errors import DataError

        raise DataError(f"not a wordfreq cBpack file (header {data[0] if data else None!r})", str(path))
    table: dict[str, float] = {}
    for centibels, bucket in enumerate(data[1:]):
        value = _frequency(centibels)
        for word in bucket:
            table.setdefault(word, value)
    if key is not None:
        _store_list(cache_dir, key, data[1:])
    return table


def _store_list(cache_dir: str, key: str, buckets: list) -> None:
    """Keep the list for :class:`FrequencyList` (not when a word could not be one line of it)."""
    from .. import diskcache

    seen: set[str] = set()
    words: list[bytes] = []
    starts: list[int] = []
    offset = 0   # in the words' UTF-8 text, which starts with a newline
    for bucket in buckets:
        starts.append(offset)
        for word in bucket:
            if not isinstance(word, str) or not word or "\n" in word:
                return
            if word not in seen:
                seen.add(word)
                try:
                    words.append(word.encode("utf-8"))
                except UnicodeEncodeError:   # a lone surrogate, which no lookup could ask for
                    return
                offset += len(words[-1]) + 1
    text = b"\n".join(words)
    diskcache.write_bytes(cache_dir, "wordfreq", f"{key}.txt",
                          json.dumps({"starts": starts}).encode() + b"\n\n" + text + b"\n")
