"""The support-domain lexicon voter: which languages the words of a short message belong to.

Data: ``culture_rules/detect/lexicon.yaml`` (user data folders may override it).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from ..errors import DataError
from ..yamlio import Node, check_keys, load_yaml
from .languages import SUPPORTED, SCRIPT_OF
from .text import fold

LEXICON_PATH = "culture_rules/detect/lexicon.yaml"
_PUNCT = re.compile(r"^[^\w']+|[^\w']+$")
# A one-letter word ("a", "e", "i", "y") is shared by too many languages to say much.
_SHORT_WORD_WEIGHT = 0.3
# A match that needed accents stripped counts for less: "mas" is Portuguese, "más" Spanish.
_FOLDED_WEIGHT = 0.6


@dataclass(frozen=True)
class LexiconVote:
    """Scores per language, with how many words were known, neutral or unknown."""

    scores: dict
    known: int
    neutral: int
    unknown: int
    hits: tuple[tuple[str, tuple[str, ...]], ...]

    @property
    def coverage(self) -> float:
        counted = self.known + self.unknown
        return self.known / counted if counted else 0.0


class Lexicon:
    """Word -> languages, exact and accent-folded, plus the language-neutral tokens and the
    cue words that tell a language from its close neighbours."""

    def __init__(self, entries: dict[str, set[str]], neutral: set[str],
                 greetings: dict[str, set[str]] | None = None,
                 patterns: dict[str, list[re.Pattern]] | None = None,
                 cues: dict[str, set[str]] | None = None) -> None:
        exact: dict[str, set[str]] = {}
        folded: dict[str, set[str]] = {}
        for lang, words in entries.items():
            for word in words:
                exact.setdefault(word, set()).add(lang)
                if SCRIPT_OF.get(lang) == "Latn":
                    folded.setdefault(fold(word), set()).add(lang)
        order = {code: i for i, code in enumerate(SUPPORTED)}
        self.exact = {w: tuple(sorted(v, key=order.get)) for w, v in exact.items()}
        self.folded = {w: tuple(sorted(v, key=order.get)) for w, v in folded.items()}
        self.neutral = frozenset(neutral)
        formulas: dict[str, set[str]] = {}
        for lang, phrases in (greetings or {}).items():
            for phrase in phrases:
                formulas.setdefault(phrase, set()).add(lang)
                if SCRIPT_OF.get(lang) == "Latn":
                    formulas.setdefault(" ".join(fold(w) for w in phrase.split()), set()).add(lang)
        self.formulas = {p: tuple(sorted(v, key=order.get)) for p, v in formulas.items()}
        self.patterns = {lang: tuple(found) for lang, found in (patterns or {}).items() if found}
        self.cues = {lang: frozenset(words) for lang, words in (cues or {}).items() if words}
        self._every_cue = frozenset().union(*self.cues.values())

    def cue_words(self, words: Iterable[str], languages: Iterable[str]) -> dict[str, list[str]]:
        """Per language of ``languages``, the words of ``words`` that are its cues (repeats count)."""
        found: dict[str, list[str]] = {}
        languages = tuple(languages)
        every = self._every_cue
        for word in words:
            low = word.lower()
            if low not in every:
                continue
            for lang in languages:
                if low in self.cues.get(lang, ()):
                    found.setdefault(lang, []).append(low)
        return found

    def grammar(self, text: str) -> list[tuple[str, str]]:
        """(language, matched text) for each grammar pattern found in ``text``."""
        hits = []
        for lang, found in self.patterns.items():
            for pattern in found:
                match = pattern.search(text)
                if match:
                    hits.append((lang, match.group(0)))
        return hits

    def formula(self, words: tuple[str, ...] | list[str]) -> tuple[str, ...]:
        """The languages whose greeting/thanks formula the whole message is (empty when it is not one)."""
        if not words or len(words) > 4:
            return ()
        phrase = " ".join(_clean(w) for w in words)
        return self.formulas.get(phrase) or (self.formulas.get(" ".join(fold(w) for w in phrase.split()))
                                             if phrase.isascii() else None) or ()

    def languages_of(self, word: str) -> tuple[tuple[str, ...], float]:
        """The languages that use ``word``, and how much the match counts (0 when unknown)."""
        word = word.lower().replace("’", "'")
        langs = self.exact.get(word)
        if langs:
            return langs, 1.0
        if word.isascii():
            langs = self.folded.get(word)
            if langs:
                return langs, _FOLDED_WEIGHT
        return (), 0.0

    def vote(self, words: tuple[str, ...] | list[str]) -> LexiconVote:
        """Score ``words``: each known word adds its weight (1, less for folded or one-letter matches) to each of its languages."""
        scores: dict[str, float] = {}
        known = neutral = unknown = 0
        hits = []
        for word in words:
            low = word.lower()
            if low in self.neutral:
                neutral += 1
                continue
            langs, weight = self.languages_of(low)
            if not langs:
                unknown += 1
                continue
            known += 1
            if len(low) == 1:
                weight *= _SHORT_WORD_WEIGHT
            for lang in langs:
                scores[lang] = scores.get(lang, 0.0) + weight
            hits.append((low, langs))
        return LexiconVote(scores, known, neutral, unknown, tuple(hits))


def load_lexicon(path: str | Path) -> Lexicon:
    """Read and validate the lexicon file (DataError with file:line:col on a bad entry)."""
    data = load_yaml(path)
    if not isinstance(data, Node):
        raise DataError("the lexicon must be a mapping with 'languages' (and optional 'neutral')", path, 1)
    check_keys(data, ("languages", "neutral"), path, "the lexicon", required=("languages",))
    languages = data["languages"]
    if not isinstance(languages, Node):
        line, col = data.where("languages")
        raise DataError("'languages' must map language codes to entries", path, line, col)
    entries: dict[str, set[str]] = {}
    greetings: dict[str, set[str]] = {}
    patterns: dict[str, list[re.Pattern]] = {}
    cues: dict[str, set[str]] = {}
    for code, entry in languages.items():
        line, col = languages.where(code)
        if code not in SUPPORTED:
            from ..errors import suggest

            raise DataError(f"unknown language '{code}'{suggest(str(code), SUPPORTED)}", path, line, col)
        if not isinstance(entry, Node):
            raise DataError(f"language '{code}' must have 'words'", path, line, col)
        check_keys(entry, ("words", "greetings", "patterns", "cues"), path, f"language '{code}'",
                   required=("words",))
        compiled = []
        for pattern in entry.get("patterns", []) or []:
            try:
                compiled.append(re.compile(pattern))
            except (re.error, TypeError) as exc:
                pl, pc = entry.where("patterns")
                raise DataError(f"bad pattern {pattern!r} in '{code}': {exc}", path, pl, pc) from None
        patterns[code] = compiled
        formulas = entry.get("greetings", [])
        if not isinstance(formulas, list) or not all(isinstance(f, str) and f.strip() for f in formulas):
            gl, gc = entry.where("greetings")
            raise DataError(f"'greetings' of '{code}' must be a list of phrases", path, gl, gc)
        greetings[code] = {" ".join(_clean(w) for w in f.split()) for f in formulas}
        for key in ("words", "cues"):
            if not isinstance(entry.get(key, ""), str):
                wl, wc = entry.where(key)
                raise DataError(f"'{key}' of '{code}' must be text (words separated by spaces)", path, wl, wc)
        entries[code] = {_clean(w) for w in entry["words"].split() if _clean(w)}
        cues[code] = {_clean(w) for w in entry.get("cues", "").split() if _clean(w)}
    neutral = data.get("neutral", "")
    if not isinstance(neutral, str):
        line, col = data.where("neutral")
        raise DataError("'neutral' must be text (words separated by spaces)", path, line, col)
    return Lexicon(entries, {_clean(w) for w in neutral.split() if _clean(w)}, greetings, patterns, cues)


def _clean(word: str) -> str:
    return _PUNCT.sub("", word.lower().replace("’", "'"))
