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

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Container

from ..errors import DataError
from ..yamlio import Node, check_keys, load_yaml
from .languages import SUPPORTED
from .text import fold

CUES_PATH = "culture_rules/detect/region_cues.yaml"
KINDS = ("currency", "carrier", "payment", "postcode", "national_id", "dialect", "spelling", "city", "script",
         "service", "institution")
_ACCUMULATING = ("dialect", "spelling")
NAME_AT = 0.6
LEAD = 0.25
# A shared cue (the euro, "kr", Latin American vocabulary) spreads this weight over the
# countries it fits, by their speakers of the message's language; when the language
# leaves one country (the euro in Finnish), that country gets SOLE_WEIGHT.
SHARED_WEIGHT = 0.45
SOLE_SHARE = 0.95
SOLE_WEIGHT = 0.65
CANDIDATE_AT = 0.05  # a region below this (normalised) is not listed among the candidates
_MAX_NGRAM = 4
# Words for cue matching; an apostrophe splits ("Ankara'dayım" -> ankara, dayım).
_TOKEN = re.compile(r"\w+")
# Names of places, carriers and payment schemes are inflected in Czech, Finnish,
# Hungarian, Polish, Russian, Ukrainian ("v Brně", "Tampereella", "Укрпоштою"):
# a one-word cue of 6+ letters also matches a word that starts with it (less a
# final vowel) and runs at most this many letters longer.
_INFLECTED_KINDS = ("city", "carrier", "payment")
_MAX_ENDING = 5
_STEM_HEAD = 5  # a stem is at least this long (six letters, less a final vowel)
_VOWELS = frozenset("aeiouyáéíóúàèìòùâêîôûäëïöüåæøаеиоуыэюяіїєё")
# Literals in these scripts are matched as substrings: no spaces between words
# (CJK, Thai), or words that take attached prefixes (Arabic, Hebrew, Hangul particles).
_SUBSTRING_SCRIPTS = re.compile(r"[\u0590-\u06ff\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")


# -- pattern gates: skip a cue pattern whose required text is absent -----------------------------
# A pattern runs only when the text holds one of its "needles": literal strings (or a digit) that
# every match must contain, read from the compiled pattern's parse tree. Case-insensitive needles
# are looked for by a case-insensitive regex, so the engine's own case rules apply (İ/i/ı, σ/ς, ſ/s).
_DIGIT = object()
_ANY_DIGIT = re.compile(r"\d")


def _needles(pattern: re.Pattern) -> tuple[bool, tuple[str, ...], bool] | None:
    """(case-insensitive, texts, a digit) such that every match of ``pattern`` contains one of the
    texts (or a digit, when the last is True); None when the parse tree shows no such needle (or
    cannot be read on this Python)."""
    try:
        from re import _constants as const, _parser as parser
        tree = parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # a Python without these modules: no gate, the pattern always runs  # noqa: BLE001
        return None
    folded = [bool(tree.state.flags & re.IGNORECASE)]

    def required(items) -> list | None:
        best, run = None, []

        def consider(found) -> None:
            nonlocal best
            if found and _strength(found) > (0 if best is None else _strength(best)):
                best = found

        for op, arg in list(items) + [(None, None)]:
            if op is const.LITERAL:
                run.append(chr(arg))
                continue
            consider(["".join(run)] if run else None)
            run = []
            if op is const.SUBPATTERN:
                if arg[1] & re.IGNORECASE:
                    folded[0] = True
                consider(required(arg[3]))
            elif op is const.BRANCH:
                alternatives = [required(seq) for seq in arg[1]]
                if all(alternatives):
                    consider([n for alt in alternatives for n in alt])
            elif op in (const.MAX_REPEAT, const.MIN_REPEAT, getattr(const, "POSSESSIVE_REPEAT", None)) and arg[0] >= 1:
                consider(required(arg[2]))
            elif op is const.IN and arg == [(const.CATEGORY, const.CATEGORY_DIGIT)]:
                consider([_DIGIT])
        return best

    try:
        found = required(tree)
    except Exception:  # noqa: BLE001
        return None
    if not found:
        return None
    case = folded[0]
    return case, tuple(n for n in found if n is not _DIGIT), any(n is _DIGIT for n in found)


def _scan(texts: set[str], case: bool) -> re.Pattern | None:
    ordered = sorted(texts, key=lambda n: (-len(n), n))
    return re.compile(("(?i)" if case else "") + "|".join(map(re.escape, ordered))) if ordered else None


def _strength(needles: list) -> float:
    """How rare the weakest needle is: its length without spaces (a digit, in most messages, counts
    less than a letter; a space, in nearly all, nothing)."""
    return min(0.5 if n is _DIGIT else len(n.strip()) for n in needles)


_fold_word = functools.lru_cache(maxsize=1 << 16)(fold)  # one word at a time; words repeat


_LABELS = {"national_id": "national identifier", "dialect": "dialect word", "city": "place"}


@dataclass(frozen=True)
class Cue:
    kind: str
    regions: dict
    languages: frozenset
    note: str | None
    line: int
    candidates: tuple[str, ...] = ()  # a shared cue: the countries it fits

    def describe(self, matched: str, where: str | None = None) -> str:
        where = where or self.note or (", ".join(self.regions) if self.regions else "no single country")
        return f"{_LABELS.get(self.kind, self.kind)} '{matched}': {where}"


@dataclass
class RegionVote:
    """Combined weight per region and the evidence lines, best region first."""

    scores: dict
    evidence: list
    matched: frozenset = frozenset()  # what the table's cues matched, lower case

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

    def add(self, weights: dict, line: str) -> None:
        """Combine one more cue (``{region: weight}``) as independent evidence."""
        for region, weight in weights.items():
            self.scores[region] = 1.0 - (1.0 - self.scores.get(region, 0.0)) * (1.0 - weight)
        self.evidence.append(line)

    def ranked(self, limit: int = 6) -> list[dict]:
        """``[{"region", "weight"}]``: the regions the cues fit, weights normalised to sum to 1."""
        total = sum(self.scores.values())
        if not total:
            return []
        ranked = sorted(self.scores.items(), key=lambda kv: (-kv[1], kv[0]))
        kept = [(r, s) for r, s in ranked if s / total >= CANDIDATE_AT][:limit]
        total = sum(s for _, s in kept)
        return [{"region": r, "weight": round(s / total, 2)} for r, s in kept]


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
        self._firsts: dict[str, int] = {}  # first word of an n-gram -> the longest n-gram it opens
        self._stem_heads: frozenset[str] = frozenset()  # the first five letters of every stem
        self._gates: list[tuple[re.Pattern, Cue, tuple | None]] = []  # (case, texts or regex, digit)
        self._needle_scans: tuple[re.Pattern | None, re.Pattern | None] = (None, None)
        self._built = False

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
        """Mark the table complete: the combined scanners are built on the first :meth:`vote`
        (a table is often completed twice, by the data file and by the profiles' names)."""
        self._built = False
        return self

    def _build(self) -> None:
        """Build the combined scanners (longest literal first, so the longest match wins) and the
        look-up aids; each is set whole, so a thread voting meanwhile sees an old or a new one."""
        def alternation(words) -> str:
            return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
        scanners = []
        if self._kinds["word"]:
            scanners.append(re.compile(rf"(?<!\w)(?:{alternation(self._kinds['word'])})(?!\w)"))
        if self._kinds["symbol"]:
            scanners.append(re.compile(rf"(?<![A-Za-z0-9])(?:{alternation(self._kinds['symbol'])})"))
        if self._kinds["substring"]:
            scanners.append(re.compile(alternation(self._kinds["substring"])))
        firsts: dict[str, int] = {}
        for key in self.ngrams:
            firsts[key[0]] = max(firsts.get(key[0], 0), len(key))
        needles = [(pattern, cue, _needles(pattern)) for pattern, cue in self.patterns]
        # A case-insensitive gate looks for its texts with one case-insensitive regex.
        gates = [(pattern, cue, gate if gate is None or not gate[0] else (True, _scan(set(gate[1]), True), gate[2]))
                 for pattern, cue, gate in needles]
        # One scan for the texts of the case-sensitive gates, one for the others: most messages hold
        # none, and then only the gates that a digit opens are looked at.
        self._needle_scans = tuple(_scan({n for _, _, gate in needles if gate and gate[0] == case for n in gate[1]},
                                         case) for case in (False, True))
        self._scanners, self._firsts, self._gates = scanners, firsts, gates
        self._stem_heads = frozenset(stem[:_STEM_HEAD] for stem in self.stems)
        self._built = True

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

        tokens = _TOKEN.findall(text)
        lowered = [t.lower() for t in tokens]
        folded = [low if low.isascii() else _fold_word(low) for low in lowered]
        if not self._built or len(self._gates) != len(self.patterns):
            self._build()
        firsts, heads = self._firsts, self._stem_heads  # every stem is five letters or more
        words = set(lowered)
        words.update(folded)
        # Most messages hold no word that opens an n-gram or a stem (a stem is matched in a
        # word one letter longer at least): then the walk below would find nothing.
        i = 0 if not firsts.keys().isdisjoint(words) or any(
            len(w) > _STEM_HEAD and w[:_STEM_HEAD] in heads for w in words) else len(tokens)
        while i < len(tokens):
            width = 1
            longest = max(firsts.get(lowered[i], 0), firsts.get(folded[i], 0))
            for n in range(min(longest, len(tokens) - i), 0, -1):  # longest match first
                cues = self.ngrams.get(tuple(lowered[i:i + n])) or self.ngrams.get(tuple(folded[i:i + n]))
                if cues:
                    for cue in cues:
                        hit(cue, " ".join(tokens[i:i + n]))
                    width = n
                    break
            else:
                if lowered[i][:_STEM_HEAD] in heads or folded[i][:_STEM_HEAD] in heads:
                    self._stem_hit(lowered[i], folded[i], tokens[i], hit)
            i += width
        for scanner in self._scanners:
            for match in scanner.finditer(text):
                for cue in self.literals[match.group(0)]:
                    hit(cue, match.group(0))
        has_digit = _ANY_DIGIT.search(text) is not None
        hot = tuple(scan is not None and scan.search(text) is not None for scan in self._needle_scans)
        for pattern, cue, gate in self._gates:
            if gate is not None and not (has_digit and gate[2]):
                case, needles, _ = gate
                if not hot[case] or not needles or not (
                        needles.search(text) is not None if case else any(n in text for n in needles)):
                    continue
            match = pattern.search(text)
            if match:
                hit(cue, match.group(0))
        scores: dict[str, float] = {}
        evidence = []
        for cue, words in sorted(found.values(), key=lambda cw: cw[0].line):
            shown = words[0] if len(words) == 1 else "', '".join(words[:3])
            if cue.candidates:
                weights, where = shared_weights(cue, language)
                evidence.append(cue.describe(shown, where))
                for region, weight in weights.items():
                    scores[region] = 1.0 - (1.0 - scores.get(region, 0.0)) * (1.0 - weight)
                continue
            evidence.append(cue.describe(shown))
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
        matched = frozenset(w.lower() for _, words in found.values() for w in words)
        return RegionVote(scores, evidence, matched)


def shared_weights(cue: Cue, language: str | None) -> tuple[dict, str]:
    """A shared cue's weight per country, by speakers of ``language`` there, and how to say it."""
    from .territories import language_shares

    shares = language_shares(cue.candidates, language)
    what = cue.note or "several countries"
    if not shares:
        return {}, f"{what}; none where {language or 'this language'} is spoken"
    best, share = max(shares.items(), key=lambda kv: (kv[1], kv[0]))
    if share >= SOLE_SHARE:
        return {best: SOLE_WEIGHT}, f"{what}; in {language} that is {best}"
    ranked = sorted(shares.items(), key=lambda kv: (-kv[1], kv[0]))
    listed = ", ".join(f"{r} {s:.2f}" for r, s in ranked[:4])
    return ({r: SHARED_WEIGHT * s for r, s in shares.items()},
            f"{what}; candidates by speakers of {language}: {listed}" if language else f"{what}: {listed}")


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
        check_keys(entry, ("kind", "words", "patterns", "regions", "languages", "case", "note", "candidates",
                           "currencies"), path, "a cue", required=("kind", "regions"))
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
        candidates = _candidates(entry, path)
        cue = Cue(kind, {r: float(w) for r, w in regions.items()}, frozenset(languages), entry.get("note"), line,
                  candidates)
        for word in words:
            table.add_word(word, cue, bool(entry.get("case", False)))
        for pattern in patterns:
            try:
                table.patterns.append((re.compile(pattern), cue))
            except re.error as exc:
                raise DataError(f"bad pattern {pattern!r}: {exc}", path, *entry.where("patterns")) from None
    return table.compile()


def _candidates(entry: Node, path) -> tuple[str, ...]:
    """A shared cue's countries: ``candidates`` listed, plus those whose currency is one of ``currencies``."""
    listed, currencies = entry.get("candidates", []), entry.get("currencies", [])
    if not isinstance(listed, list) or not all(isinstance(r, str) and re.fullmatch(r"[A-Z]{2}", r) for r in listed):
        raise DataError("'candidates' must list ISO 3166 codes (quoted \"NO\")", path, *entry.where("candidates"))
    if not isinstance(currencies, list) or not all(isinstance(c, str) and re.fullmatch(r"[A-Z]{3}", c)
                                                   for c in currencies):
        raise DataError("'currencies' must list ISO 4217 codes", path, *entry.where("currencies"))
    if currencies:
        from .territories import currency_regions

        found = [r for code in currencies for r in currency_regions(code)]
        if not found:
            raise DataError(f"no country uses {', '.join(currencies)}", path, *entry.where("currencies"))
        listed = listed + found
    return tuple(dict.fromkeys(listed))


# -- cues beyond the table: identifiers, places, laws and institutions --------------------------
PLACES_PATH = "culture_rules/detect/places.yaml"
INSTITUTION_WEIGHT = 0.8
# A place's weight by the size of its largest city of that name: a capital names its country;
# a town of 20,000 needs another cue.
_PLACE_WEIGHTS = ((500_000, 0.75), (100_000, 0.65), (0, 0.5))
_FOREIGN_PLACE = 0.5  # a place where the message's language is not spoken: a parcel's stop, often
_TRANSIT_PLACE = 0.3  # a place named as a stop ("stuck in Memphis")
_SOLE_PLACE = 0.9


def add_institutions(table: RegionCues, names: dict, capitals: Container[str] | None = None) -> RegionCues:
    """Add the profiles' laws and institutions (``{name: {regions}}``) to ``table`` and compile it.

    ``capitals``: the names that count only as written (:func:`.institutions.needs_capitals`,
    worked out by an earlier process); None works them out here.
    """
    from .institutions import needs_capitals

    if capitals is None:
        capitals = {name for name in names if needs_capitals(name)}
    for name, regions in sorted(names.items()):
        regions = tuple(sorted(regions))
        if len(regions) == 1:
            cue = Cue("institution", {regions[0]: INSTITUTION_WEIGHT}, frozenset(), None, 10**6)
        else:
            cue = Cue("institution", {}, frozenset(), f"named in the profiles of {', '.join(regions)}", 10**6,
                      regions)
        if name.isdigit():  # a hotline number, written next to CJK text as often as not ("打12315")
            table.patterns.append((re.compile(rf"(?<!\d){name}(?!\d)"), cue))
        elif name in capitals:
            # "CMA" alone, not in "CMA CGM" (a shipping line): another capitalised word beside it
            # makes it part of a longer name
            table.patterns.append((re.compile(rf"(?<![A-Z][A-Za-z] )(?<![\w-]){re.escape(name)}(?![\w-])"
                                              rf"(?! [A-Z]{{2}})"), cue))
        else:
            table.add_word(name, cue, False)
    return table.compile()


def add_identifiers(vote: RegionVote, text: str, language: str | None) -> None:
    """IBANs, VAT and national ids (check digits verified) and phone numbers in ``text``."""
    from .identifiers import find_identifiers, find_phones

    seen = set()
    found = list(find_identifiers(text))
    if sum(map(str.isdigit, text)) >= 7:   # else no phone number: spare the language's countries
        found += list(find_phones(text, _phone_regions(language)))
    for ident in found:
        if (ident.kind, ident.region) in seen:
            continue
        seen.add((ident.kind, ident.region))
        how = "valid check digits" if ident.checked and ident.kind != "phone number" else "format"
        if ident.kind == "phone number":
            how = "valid number"
        vote.add({ident.region: ident.weight}, f"{ident.kind} {ident.text} ({how}): {ident.region}")


def _phone_regions(language: str | None) -> tuple[str, ...]:
    """Where a national-format number in a message of ``language`` is tried: its three largest countries."""
    if language is None:
        return ()
    from .territories import top_regions

    return top_regions(language, 3)


def add_places(vote: RegionVote, places, language: str | None) -> None:
    """Cities named in the text, weighed by population and by whether ``language`` is spoken there."""
    from .territories import speakers_percent

    for place in places:
        if place.name.lower() in vote.matched:
            continue  # the cue table named it already
        spoken = {cc: language is None or speakers_percent(cc, language) >= 5.0 for cc in place.populations}
        total = sum(place.populations.values()) or 1
        base = next(w for floor, w in _PLACE_WEIGHTS if max(place.populations.values()) >= floor)
        weights = {}
        for cc, pop in place.populations.items():
            share = pop / total
            if share < 0.05:
                continue
            weights[cc] = ((base if share >= _SOLE_PLACE else base * share) * (1.0 if spoken[cc] else _FOREIGN_PLACE)
                           * (_TRANSIT_PLACE if place.transit else 1.0))
        if not weights:
            continue
        ranked = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))
        where = ranked[0][0] if len(ranked) == 1 else " or ".join(cc for cc, _ in ranked[:4])
        if place.transit:
            where += " (a stop on the way, not where the customer is)"
        elif len(ranked) == 1 and not spoken[ranked[0][0]]:
            where += f" (where {language} is not spoken: a stop on the way?)"
        vote.add(weights, f"place '{place.name}': {where} (GeoNames)")


def load_place_rules(path) -> "PlaceRules":
    """The locative words and case endings of ``culture_rules/detect/places.yaml``."""
    from .places import PlaceRules

    data = load_yaml(path)
    if not isinstance(data, Node):
        raise DataError("the place rules must be a mapping with 'locative' and 'suffixes'", path, 1)
    check_keys(data, ("locative", "suffixes", "transit"), path, "the place rules", required=("locative",))
    tables = {}
    for key in ("locative", "suffixes", "transit"):
        table = data.get(key) or {}
        if not isinstance(table, dict) or not all(
                lang in SUPPORTED and isinstance(words, list) and all(isinstance(w, str) and w for w in words)
                for lang, words in table.items()):
            raise DataError(f"'{key}' must map supported language codes to lists of words", path, *data.where(key))
        tables[key] = table
    return PlaceRules(locative={lang: frozenset(w.lower() for w in words)
                                for lang, words in tables["locative"].items()},
                      suffixes={lang: tuple(sorted((w.lower() for w in words), key=len, reverse=True))
                                for lang, words in tables["suffixes"].items()},
                      transit={lang: frozenset(w.lower() for w in words) for lang, words in tables["transit"].items()})
