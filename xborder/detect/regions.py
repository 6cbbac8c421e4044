"""Region cues in the text: currency, carriers, payment schemes, national IDs, dialect, spelling, places.

Data: ``culture_rules/detect/region_cues.yaml``. A cue counts only when the
message is in one of its ``languages`` (when it has any). Weights of
different cues combine as independent evidence (noisy-OR); several words of
one dialect or spelling cue add up, capped at twice the cue's weight, so that
"colour" and "favourite" together still do not name a country. A region is
named when it reaches ``NAME_AT`` and leads the next by ``LEAD``; otherwise the
candidates go to the evidence and ``region`` stays None.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import DataError
from ..yamlio import Node, check_keys, load_yaml
from .languages import SUPPORTED
from .text import fold

CUES_PATH = "culture_rules/detect/region_cues.yaml"
KINDS = ("currency", "carrier", "payment", "postcode", "national_id", "dialect", "spelling", "city", "script",
         "service")
_ACCUMULATING = ("dialect", "spelling")
NAME_AT = 0.6
LEAD = 0.25
_MAX_NGRAM = 4
# Words for cue matching; an apostrophe splits ("Ankara'dayım" -> ankara, dayım).
_TOKEN = re.compile(r"\w+")
# Names of places, carriers and payment schemes are inflected in Czech, Finnish,
# Hungarian, Polish, Russian, Ukrainian ("v Brně", "Tampereella", "Укрпоштою"):
# a one-word cue of 6+ letters also matches a word that starts with it (less a
# final vowel) and runs at most this many letters longer.
_INFLECTED_KINDS = ("city", "carrier", "payment")
_MAX_ENDING = 5
_VOWELS = frozenset("aeiouyáéíóúàèìòùâêîôûäëïöüåæøаеиоуыэюяіїєё")
# Literals in these scripts are matched as substrings: no spaces between words
# (CJK, Thai), or words that take attached prefixes (Arabic, Hebrew, Hangul particles).
_SUBSTRING_SCRIPTS = re.compile(r"[\u0590-\u06ff\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")


@dataclass(frozen=True)
class Cue:
    kind: str
    regions: dict
    languages: frozenset
    note: str | None
    line: int

    def describe(self, matched: str) -> str:
        where = self.note or (", ".join(self.regions) if self.regions else "no single country")
        label = {"national_id": "national identifier", "dialect": "dialect word", "city": "place"}.get(self.kind, self.kind)
        return f"{label} '{matched}': {where}"


@dataclass(frozen=True)
class RegionVote:
    """Combined weight per region and the evidence lines, best region first."""

    scores: dict
    evidence: tuple[str, ...]

    def best(self) -> tuple[str | None, float]:
        """The region to name and its confidence, or (None, 0.0) when nothing leads clearly."""
        ranked = sorted(self.scores.items(), key=lambda kv: (-kv[1], kv[0]))
        if not ranked or ranked[0][1] < NAME_AT:
            return None, 0.0
        second = ranked[1][1] if len(ranked) > 1 else 0.0
        if ranked[0][1] - second < LEAD:
            return None, 0.0
        return ranked[0][0], round(ranked[0][1] * (1.0 - second / 2), 2)

    def candidates(self) -> list[str]:
        return [r for r, s in sorted(self.scores.items(), key=lambda kv: (-kv[1], kv[0])) if s >= 0.2]


class RegionCues:
    """Compiled cue table: word n-grams, plus literals (case-sensitive words, symbols, CJK) and patterns.

    Literals are matched by three combined regular expressions built by :meth:`compile`
    (one scan each), not one search per cue.
    """

    def __init__(self) -> None:
        self.ngrams: dict[tuple[str, ...], list[Cue]] = {}
        self.stems: dict[str, list[Cue]] = {}
        self.literals: dict[str, list[Cue]] = {}
        self._kinds: dict[str, set[str]] = {"word": set(), "symbol": set(), "substring": set()}
        self.patterns: list[tuple[re.Pattern, Cue]] = []
        self._scanners: list[re.Pattern] = []

    def add_word(self, word: str, cue: Cue, case: bool) -> None:
        tokens = _TOKEN.findall(word)
        if case:
            kind = "word"
        elif _SUBSTRING_SCRIPTS.search(word) or not tokens or "".join(tokens) != re.sub(r"[\s'’-]", "", word) \
                or len(tokens) > _MAX_NGRAM:
            kind = "symbol" if word[0].isascii() and word[0].isalnum() else "substring"  # "S$" not inside "US$"
        else:
            for key in dict.fromkeys((tuple(t.lower() for t in tokens), tuple(fold(t) for t in tokens))):
                self.ngrams.setdefault(key, []).append(cue)
                if cue.kind in _INFLECTED_KINDS and len(key) == 1 and len(key[0]) >= 6:
                    stem = key[0][:-1] if key[0][-1] in _VOWELS else key[0]
                    self.stems.setdefault(stem, []).append(cue)
            return
        self.literals.setdefault(word, []).append(cue)
        self._kinds[kind].add(word)

    def compile(self) -> "RegionCues":
        """Build the combined scanners (longest literal first, so the longest match wins)."""
        def alternation(words) -> str:
            return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
        self._scanners = []
        if self._kinds["word"]:
            self._scanners.append(re.compile(rf"(?<!\w)(?:{alternation(self._kinds['word'])})(?!\w)"))
        if self._kinds["symbol"]:
            self._scanners.append(re.compile(rf"(?<![A-Za-z0-9])(?:{alternation(self._kinds['symbol'])})"))
        if self._kinds["substring"]:
            self._scanners.append(re.compile(alternation(self._kinds["substring"])))
        return self

    def _stem_hit(self, lowered: str, folded: str, original: str, hit) -> None:
        for word in dict.fromkeys((lowered, folded)):  # ordered: the same result in every process
            for cut in range(len(word) - 1, max(4, len(word) - _MAX_ENDING - 1), -1):
                cues = self.stems.get(word[:cut])
                if cues:
                    for cue in cues:
                        hit(cue, original)
                    return

    def vote(self, text: str, language: str | None, hosts: tuple[str, ...] = ()) -> RegionVote:
        """Match every cue against ``text`` written in ``language``; URL hosts count by ccTLD."""
        found: dict[int, tuple[Cue, list[str]]] = {}

        def hit(cue: Cue, matched: str) -> None:
            if cue.languages and language not in cue.languages:
                return
            entry = found.setdefault(id(cue), (cue, []))
            if matched not in entry[1]:
                entry[1].append(matched)

        tokens = [(m.group(0), m.start()) for m in _TOKEN.finditer(text)]
        lowered = [t.lower() for t, _ in tokens]
        folded = [low if low.isascii() else fold(low) for low in lowered]
        i = 0
        while i < len(tokens):
            width = 1
            for n in range(min(_MAX_NGRAM, len(tokens) - i), 0, -1):  # longest match first
                cues = self.ngrams.get(tuple(lowered[i:i + n])) or self.ngrams.get(tuple(folded[i:i + n]))
                if cues:
                    for cue in cues:
                        hit(cue, " ".join(t for t, _ in tokens[i:i + n]))
                    width = n
                    break
            else:
                self._stem_hit(lowered[i], folded[i], tokens[i][0], hit)
            i += width
        for scanner in self._scanners:
            for match in scanner.finditer(text):
                for cue in self.literals[match.group(0)]:
                    hit(cue, match.group(0))
        for pattern, cue in self.patterns:
            match = pattern.search(text)
            if match:
                hit(cue, match.group(0))
        scores: dict[str, float] = {}
        evidence = []
        for cue, words in sorted(found.values(), key=lambda cw: cw[0].line):
            evidence.append(cue.describe(words[0]) if len(words) == 1 else
                            cue.describe("', '".join(words[:3])))
            for region, weight in cue.regions.items():
                if cue.kind in _ACCUMULATING:
                    combined = 1.0 - (1.0 - weight) ** len(words)
                    weight = min(combined, 2 * weight, 0.95)
                scores[region] = 1.0 - (1.0 - scores.get(region, 0.0)) * (1.0 - weight)
        for host in hosts:
            region = _host_region(host)
            if region:
                scores[region] = 1.0 - (1.0 - scores.get(region, 0.0)) * 0.5
                evidence.append(f"web address '{host}': {region}")
        return RegionVote(scores, tuple(evidence))


def _host_region(host: str) -> str | None:
    from .priors import GENERIC_CCTLDS

    tld = host.rstrip(".").rsplit(".", 1)[-1]
    if len(tld) != 2 or not tld.isalpha() or tld in GENERIC_CCTLDS or tld == "eu":
        return None
    return "GB" if tld == "uk" else tld.upper()


def load_region_cues(path: str | Path) -> RegionCues:
    """Read and validate the cue table (DataError with file:line:col on a bad entry)."""
    data = load_yaml(path)
    if not isinstance(data, Node) or not isinstance(data.get("cues"), list):
        raise DataError("the region cue table must be a mapping with a 'cues' list", path, 1)
    check_keys(data, ("cues",), path, "the region cue table", required=("cues",))
    table = RegionCues()
    for entry in data["cues"]:
        if not isinstance(entry, Node):
            raise DataError("each cue must be a mapping", path, getattr(data, "line", 1))
        check_keys(entry, ("kind", "words", "patterns", "regions", "languages", "case", "note"), path, "a cue",
                   required=("kind", "regions"))
        line, col = entry.line, entry.column
        kind = entry["kind"]
        if kind not in KINDS:
            from ..errors import suggest

            raise DataError(f"unknown cue kind '{kind}'{suggest(str(kind), KINDS)}", path, *entry.where("kind"))
        regions = entry["regions"]
        if not isinstance(regions, dict) or not all(
                isinstance(r, str) and re.fullmatch(r"[A-Z]{2}", r) and isinstance(w, (int, float)) and 0 < w <= 1
                for r, w in regions.items()):
            raise DataError("'regions' must map ISO 3166 codes (quoted \"NO\") to weights in (0, 1]",
                            path, *entry.where("regions"))
        languages = entry.get("languages", [])
        if not isinstance(languages, list) or any(lang not in SUPPORTED for lang in languages):
            raise DataError(f"'languages' must list supported language codes ({' '.join(SUPPORTED)})",
                            path, *entry.where("languages"))
        words, patterns = entry.get("words", []), entry.get("patterns", [])
        if not words and not patterns:
            raise DataError("a cue needs 'words' or 'patterns'", path, line, col)
        if not all(isinstance(w, str) and w for w in list(words) + list(patterns)):
            raise DataError("'words' and 'patterns' must be lists of text", path, line, col)
        cue = Cue(kind, {r: float(w) for r, w in regions.items()}, frozenset(languages), entry.get("note"), line)
        for word in words:
            table.add_word(word, cue, bool(entry.get("case", False)))
        for pattern in patterns:
            try:
                table.patterns.append((re.compile(pattern), cue))
            except re.error as exc:
                raise DataError(f"bad pattern {pattern!r}: {exc}", path, *entry.where("patterns")) from None
    return table.compile()
