"""Statistical voters: lingua (character n-grams), wordfreq's word frequencies, langdetect (seeded).

All three are imported only when a detection needs them, never at CLI
start-up. lingua runs in low-accuracy mode (trigram models): its
high-accuracy models take ~660 MB and ~10 s to load for the 30 languages,
beyond the memory and start-up limits. wordfreq's lists give word-unigram
likelihoods, what lifts single words and word pairs most. langdetect has no
Malay and costs ~3 ms a call, so it only breaks close calls on longer texts.
"""
from __future__ import annotations

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
    header, then one list of words per centibel of frequency.
    """

    name = "wordfreq"

    def __init__(self) -> None:
        self._lists: dict[str, dict[str, float]] = {}
        self._lock = threading.Lock()

    def _load(self, lang: str) -> dict[str, float]:
        found = self._lists.get(lang)
        if found is not None:
            return found
        with self._lock:
            if lang not in self._lists:
                self._lists[lang] = _read_cbpack(lang)
            return self._lists[lang]

    def log_likelihoods(self, words: Iterable[str], languages: Iterable[str]) -> dict[str, list[float]]:
        """Per language, the log frequency of each word (``WORDFREQ_OOV_LOG`` when the list lacks it)."""
        words = [w.lower() for w in words]
        out = {}
        for lang in languages:
            table = self._load(lang)
            out[lang] = [table.get(w, WORDFREQ_OOV_LOG) for w in words]
        return out


def _read_cbpack(lang: str) -> dict[str, float]:
    """word -> natural-log frequency from wordfreq's ``small_<lang>`` list ({} when it has none).

    The cBpack format is documented in ``wordfreq.read_cBpack``: gzipped msgpack,
    a header ``{"format": "cB", ...}``, then lists of words, list *i* holding the
    words of frequency 10 ** (-i / 100). Read here directly because importing
    wordfreq itself pulls in its tokenizers (~0.3 s) that detection does not need.
    """
    import gzip
    from importlib import resources

    import msgpack

    path = resources.files("wordfreq") / "data" / f"small_{lang}.msgpack.gz"
    if not path.is_file():
        return {}
    with path.open("rb") as raw, gzip.GzipFile(fileobj=raw) as handle:
        data = msgpack.load(handle, raw=False)
    if not data or not isinstance(data[0], dict) or data[0].get("format") != "cB":
        from ..errors import DataError

        raise DataError(f"not a wordfreq cBpack file (header {data[0] if data else None!r})", str(path))
    table: dict[str, float] = {}
    ln10 = math.log(10)
    for centibels, bucket in enumerate(data[1:]):
        value = -centibels / 100.0 * ln10
        for word in bucket:
            table.setdefault(word, value)
    return table
