"""Romanized and code-mixed messages: Hinglish, Arabizi, translit, Finglish, Greeklish, romaji,
pinyin without tones, Vietnamese without diacritics, Thai in Latin letters.

Character models read these as English, Indonesian or Hungarian. This voter reads
a Latin-script message against ``culture_rules/detect/romanized.yaml``: each
variety's distinctive words, its weak words (which count only next to a
distinctive one), its phrases and patterns, and the Arabizi digits (``3ayez``,
``7aga``). It claims the message only when the romanized words carry it: on one
to three words more than half of them, on longer messages a third with two
distinctive hits, so English with one foreign word ("thanks bhai") stays English.
Code-mixing: the table's ``loans`` (English and French support words customers mix
into romanized grammar: order, refund, tracking, livraison) name the topic, not the
language; a loan that no variety claims counts as a quarter of a word in that share,
so "mera order cancel kar do" is Hindi while "thanks yaar, my order came" stays English
(its English grammar words still count in full).

It also holds the reply-language policy for romanized customers
(:func:`reply_language`): native script, a second language, or the romanized form.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Mapping

from ..errors import DataError, InputError
from ..lru import LRU
from ..resources import data_file
from ..textspans import is_arabizi_word
from ..yamlio import Node, check_keys, load_yaml
from .languages import ORDER, SUPPORTED

ROMANIZED_PATH = "culture_rules/detect/romanized.yaml"
REPLY_FORMS = ("native", "romanized")
_VARIETY_KEYS = ("language", "dialect", "regions", "words", "weak", "phrases", "patterns", "prefixes", "suffixes")
_WEAK_WEIGHT = 0.5
_LOAN_WEIGHT = 0.25  # an unclaimed loan word's share of a word in the coverage (see module docs)
_MAX_PHRASE = 3
# Share of the message's words the romanized reading must hold (see module docs).
_SHORT_WORDS = 3
_SHORT_COVERAGE = 0.5
_LONG_COVERAGE = 0.34
_LONG_MIN_STRONG = 2
_MOSTLY_COVERAGE = 0.5
# Weak words alone ("wo fu le liang ci qian"): four words or more, three in four of them.
_WEAK_ONLY_WORDS = 4
_WEAK_ONLY_COVERAGE = 0.75
_MIN_STEM = 3
# Latin words with letters beyond a-z: a message where more than this share has them is
# written in a language's own orthography (Turkish, Hungarian), not romanized.
_MAX_NON_ASCII = 0.2
READINGS_KEPT = 10_000   # readings kept per table, by words (see RomanizedLexicon.read)
_KEPT_TOKENS = 100       # longer messages rarely repeat: not kept
_NOT_KEPT = object()
_CHUNK = re.compile(r"\S+")
_LETTERS = re.compile(r"[^\W\d_]+")
_EDGE = re.compile(r"^[^\w]+|[^\w]+$")
_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")
_NON_WORD = re.compile(r"[^\w]+")
_LOCALE_SHAPE = re.compile(r"[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*")
_WORD_LIST = re.compile(r"[a-z0-9\s]*")


@dataclass(frozen=True)
class Variety:
    """One romanized variety: a language, optionally a dialect with the regions it shows."""

    key: str
    language: str
    dialect: str
    regions: Mapping[str, float]
    patterns: tuple[re.Pattern, ...] = ()
    prefixes: tuple[str, ...] = ()
    suffixes: tuple[str, ...] = ()


@dataclass(frozen=True)
class RomanizedReading:
    """What the romanized voter found: the language, the dialect, the regions it shows, why."""

    language: str
    confidence: float
    dialect: str
    regions: Mapping[str, float]
    matched: tuple[str, ...]
    alternatives: tuple[dict, ...] = ()
    evidence: tuple[str, ...] = ()
    digit_words: int = 0   # words with digits read as words ("3ayez"), not as codes


@dataclass(frozen=True)
class ReplyChoice:
    """The language a reply to a romanized customer goes out in: ``form`` is ``native``,
    ``romanized`` or ``second``; ``locale`` the catalog locale; ``reason`` says why."""

    locale: str
    form: str
    reason: str
    setting: str = "default"

    def to_dict(self) -> dict[str, str]:
        return {"locale": self.locale, "form": self.form, "setting": self.setting, "reason": self.reason}


@dataclass
class _Hits:
    """One language's hits in a message: token index -> word, phrases, dialect votes."""

    strong: dict = field(default_factory=dict)
    weak: dict = field(default_factory=dict)
    phrases: list = field(default_factory=list)
    dialects: dict = field(default_factory=dict)

    def score(self, n_tokens: float) -> tuple[float, int, float]:
        """(score, distinctive hits, share of the message's words covered)."""
        strong = len(self.strong) + len(self.phrases)
        covered = set(self.strong) | set(self.weak)
        return strong + _WEAK_WEIGHT * (len(covered) - len(self.strong)), strong, len(covered) / n_tokens


def _decide(scores: dict[str, tuple[float, int, float]], n_tokens: int) -> str | None:
    """The language the romanized words carry, or None (see the module docs for the thresholds)."""
    weak_only = {lang for lang, (_, strong, coverage) in scores.items()
                 if not strong and n_tokens >= _WEAK_ONLY_WORDS and coverage >= _WEAK_ONLY_COVERAGE}
    scores = {lang: s for lang, s in scores.items() if s[1] or lang in weak_only}
    if not scores:
        return None
    ranked = sorted(scores, key=lambda lang: (-scores[lang][0], ORDER.get(lang, 99)))
    best = ranked[0]
    score, strong, coverage = scores[best]
    if len(ranked) > 1 and scores[ranked[1]][0] == score:
        return None  # two languages read it equally well: leave it to the other voters
    if not strong:
        return None if max((s[2] for lang, s in scores.items() if lang != best), default=0) * 2 > coverage else best
    if n_tokens <= _SHORT_WORDS:
        return best if coverage > _SHORT_COVERAGE else None
    if coverage >= _MOSTLY_COVERAGE or (coverage >= _LONG_COVERAGE and strong >= _LONG_MIN_STRONG):
        return best
    return None


@dataclass
class RomanizedLexicon:
    """The compiled romanized table (word -> varieties) and the store reply defaults."""

    varieties: tuple[Variety, ...]
    strong: dict[str, tuple[int, ...]]
    weak: dict[str, tuple[int, ...]]
    phrases: dict[str, tuple[int, ...]]
    reply_default: str = "native"
    reply_languages: dict[str, str] = field(default_factory=dict)
    loans: frozenset = frozenset()

    # -- reading ------------------------------------------------------------------
    def read(self, raw: str, neutral: frozenset = frozenset()) -> RomanizedReading | None:
        """The romanized reading of ``raw``, or None when the message is not romanized text."""
        tokens, non_ascii = _tokens(raw, self.strong)
        tokens = [t for t in tokens if t not in neutral]
        if not tokens or non_ascii > _MAX_NON_ASCII * len(tokens):
            return None
        key = tuple(tokens)
        kept = self._kept.get(key, _NOT_KEPT)
        if kept is not _NOT_KEPT:
            return kept
        reading = self._read(tokens)
        if len(tokens) <= _KEPT_TOKENS:
            self._kept.put(key, reading)
        return reading

    def _read(self, tokens: list[str]) -> RomanizedReading | None:
        hits = self._word_hits(tokens)
        if not hits:
            return None
        self._affixed(tokens, hits)
        self._phrase_hits(tokens, hits)
        claimed = {i for h in hits.values() for i in (*h.strong, *h.weak)}
        loans = sum(1 for i, t in enumerate(tokens) if t in self.loans and i not in claimed)
        weight = len(tokens) - (1 - _LOAN_WEIGHT) * loans
        scores = {lang: h.score(weight) for lang, h in hits.items()}
        best = _decide(scores, len(tokens))
        return self._reading(best, scores, hits[best], tokens) if best else None

    def _hit(self, hits: dict, index: int, variety: int, word: str, strong: bool) -> None:
        v = self.varieties[variety]
        found = hits.get(v.language)
        if found is None:   # (a _Hits is built only when needed: most words hit a language already met)
            found = hits[v.language] = _Hits()
        (found.strong if strong else found.weak)[index] = word
        if v.dialect:  # a dialect's weak words ("wain") still tell dialects apart once the language is read
            found.dialects[v.key] = found.dialects.get(v.key, 0) + (1.0 if strong else _WEAK_WEIGHT)

    def _word_hits(self, tokens: list[str]) -> dict[str, "_Hits"]:
        """Distinctive words, Arabizi digit words and patterns; weak words where nothing else matched."""
        hits: dict[str, _Hits] = {}
        for i, token in enumerate(tokens):
            found = self.strong.get(token)
            if found:
                for v in found:
                    self._hit(hits, i, v, token, True)
                continue
            if self._arabizi_variety is not None and not token.isalpha() and is_arabizi_word(token):
                self._hit(hits, i, self._arabizi_variety, token, True)
                continue
            matched = False
            if self._any_pattern is not None and len(token) > 4 and self._any_pattern.search(token):
                for v, patterns in self._patterned:
                    if any(p.search(token) for p in patterns):
                        self._hit(hits, i, v, token, True)
                        matched = True
            if not matched:
                for v in self.weak.get(token, ()):
                    self._hit(hits, i, v, token, False)
        return hits

    def _phrase_hits(self, tokens: list[str], hits: dict[str, "_Hits"]) -> None:
        for size in range(2, _MAX_PHRASE + 1):
            for i in range(len(tokens) - size + 1):
                phrase = " ".join(tokens[i:i + size])
                for v in self.phrases.get(phrase, ()):
                    variety = self.varieties[v]
                    found = hits.setdefault(variety.language, _Hits())
                    found.phrases.append(phrase)
                    for j in range(i, i + size):
                        found.weak.setdefault(j, tokens[j])
                    if variety.dialect:
                        found.dialects[variety.key] = found.dialects.get(variety.key, 0) + 1

    def _reading(self, best: str, scores: dict, found: "_Hits", tokens: list[str]) -> RomanizedReading:
        score, _, coverage = scores[best]
        # rivals are the languages with distinctive words too ("tak" alone makes no Russian rival)
        scores = {lang: s for lang, s in scores.items() if s[1] or lang == best}
        ranked = sorted(scores, key=lambda lang: (-scores[lang][0], ORDER.get(lang, 99)))
        total = sum(s[0] for s in scores.values())
        confidence = round(min(0.99, score / total * (0.55 + 0.1 * min(score, 4.0)) * (0.7 + 0.3 * coverage)), 3)
        alternatives = tuple({"language": lang, "confidence": round(scores[lang][0] / total * confidence, 3)}
                             for lang in ranked[1:4])
        dialect, regions = self._dialect(found.dialects)
        shown = list(dict.fromkeys(found.phrases)) + [w for w in dict.fromkeys(found.strong.values())
                                                      if not any(w in p.split() for p in found.phrases)]
        matched = tuple(shown[:4])
        name = _language_name(best)
        evidence = (" + ".join(f"'{m}'" for m in matched) + f": {name} in Latin script"
                    + (f" ({dialect})" if dialect else "")
                    + f"; {len(set(found.strong) | set(found.weak))} of {len(tokens)} words romanized {name}",)
        digit_words = sum(1 for token in tokens if not token.isalpha())
        return RomanizedReading(best, confidence, dialect, regions, matched, alternatives, evidence, digit_words)

    def __post_init__(self) -> None:
        # Readings by the message's words (what read() looks at once codes, addresses and
        # neutral words are left out): form texts differing only in an order number are read once.
        self._kept: LRU = LRU(READINGS_KEPT)
        self._patterned = tuple((i, v.patterns) for i, v in enumerate(self.varieties) if v.patterns)
        every = [p.pattern for v in self.varieties for p in v.patterns]
        self._any_pattern = re.compile("|".join(f"(?:{p})" for p in every)) if every else None  # a quick reject
        # (index, variety, prefix lengths, suffix lengths): a word is cut at those lengths only
        self._affixing = tuple((i, v, sorted({len(a) for a in v.prefixes}), sorted({len(a) for a in v.suffixes}))
                               for i, v in enumerate(self.varieties) if v.prefixes or v.suffixes)
        self._arabizi_variety = next((i for i, v in enumerate(self.varieties)
                                      if v.language == "ar" and not v.dialect), None)

    def _affixed(self, tokens: list[str], hits: dict[str, "_Hits"]) -> None:
        """Unknown words read as a known stem with a variety's prefix or suffix ("floosi",
        "lel"+"montag"), for the languages whose distinctive words were already found."""
        seen = {i for h in hits.values() for i in (*h.strong, *h.weak)}
        found = {lang for lang, h in hits.items() if h.strong}
        for v, variety, prefixes, suffixes in self._affixing:
            if variety.language not in found:
                continue
            for i, token in enumerate(tokens):
                if i in seen or len(token) <= _MIN_STEM:
                    continue
                heads = [0] + [n for n in prefixes if token[:n] in variety.prefixes]
                tails = [0] + [n for n in suffixes if token[-n:] in variety.suffixes]
                for head in heads:
                    for tail in tails:
                        stem = token[head:len(token) - tail]
                        if (head or tail) and len(stem) >= _MIN_STEM and any(
                                self.varieties[w].language == variety.language for w in self.strong.get(stem, ())):
                            self._hit(hits, i, v, token, True)
                            seen.add(i)
                            break
                    if i in seen:
                        break

    def _dialect(self, counts: dict[str, int]) -> tuple[str, Mapping[str, float]]:
        """The dialect whose words lead (by one word at least); its regions."""
        if not counts:
            return "", {}
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
            return "", {}
        variety = next(v for v in self.varieties if v.key == ranked[0][0])
        return variety.dialect, variety.regions

    # -- reply policy ----------------------------------------------------------------
    def default_setting(self, language: str) -> str:
        """The documented default reply setting for romanized ``language``."""
        return self.reply_languages.get(language, self.reply_default)


@functools.lru_cache(maxsize=64)
def _language_name(code: str) -> str:
    """The English name (Babel/CLDR), imported only once a romanized message needs it."""
    from babel import Locale

    return Locale("en").languages.get(code, code)


def _tokens(raw: str, known: Mapping[str, Any]) -> tuple[list[str], int]:
    """Lower-case words of ``raw`` (letters, or letters with digits such as ``3ayez`` or a ``known``
    word such as ``4to``), and how many had letters beyond a-z. URLs, e-mail addresses, handles
    and codes (``#IN-77812``) are left out."""
    lower = raw.lower()
    if not _DIGIT.search(lower) and "@" not in lower and "://" not in lower and "www." not in lower:
        words = _LETTERS.findall(lower)       # the usual message: letters only
        return words, sum(1 for w in words if not w.isascii())
    out: list[str] = []
    non_ascii = 0
    for chunk in _CHUNK.findall(lower):
        if "@" in chunk or "://" in chunk or chunk.startswith("www."):
            continue
        chunk = _EDGE.sub("", chunk)
        if not chunk:
            continue
        digits = len(_DIGIT.findall(chunk))
        if digits:
            for part in _NON_WORD.split(chunk):
                if not part or not part.isascii() or not _LETTER.search(part):
                    continue
                if part.isalpha():
                    if digits <= 2:
                        out.append(part)
                elif part in known or is_arabizi_word(part):
                    out.append(part)
            continue
        for word in _LETTERS.findall(chunk):
            if not word.isascii():
                non_ascii += 1
            out.append(word)
    return out, non_ascii


def load_romanized(path: str | Path) -> RomanizedLexicon:
    """Read and validate the romanized table (DataError with file:line:col on a bad entry)."""
    data = load_yaml(path)
    if not isinstance(data, Node):
        raise DataError("the romanized table must be a mapping with 'varieties'", path, 1)
    check_keys(data, ("varieties", "loans", "reply", "last_reviewed"), path, "the romanized table",
               required=("varieties",))
    varieties = data["varieties"]
    if not isinstance(varieties, Node):
        raise DataError("'varieties' must map names to entries", path, *data.where("varieties"))
    built: list[Variety] = []
    strong: dict[str, list[int]] = {}
    weak: dict[str, list[int]] = {}
    phrases: dict[str, list[int]] = {}
    for index, (key, entry) in enumerate(varieties.items()):
        line, col = varieties.where(key)
        if not isinstance(entry, Node):
            raise DataError(f"variety '{key}' must be a mapping with 'language' and 'words'", path, line, col)
        check_keys(entry, _VARIETY_KEYS, path, f"variety '{key}'", required=("language", "words"))
        language = entry["language"]
        if language not in SUPPORTED:
            raise DataError(f"variety '{key}': unknown language {language!r}", path, *entry.where("language"))
        regions = entry.get("regions") or {}
        if not isinstance(regions, dict) or not all(
                isinstance(r, str) and len(r) == 2 and r.isupper() and isinstance(w, (int, float))
                and not isinstance(w, bool) and 0 < w <= 1 for r, w in regions.items()):
            raise DataError(f"variety '{key}': 'regions' must map ISO 3166 codes (quoted) to weights 0..1",
                            path, *entry.where("regions" if "regions" in entry else "language"))
        for list_key, table in (("words", strong), ("weak", weak)):
            value = entry.get(list_key, "")
            if not isinstance(value, str):
                raise DataError(f"variety '{key}': '{list_key}' must be text (words separated by spaces)",
                                path, *entry.where(list_key))
            if not _WORD_LIST.fullmatch(value):
                word = next(w for w in value.split() if not _WORD_LIST.fullmatch(w))
                raise DataError(f"variety '{key}': '{list_key}' has {word!r}; write lower-case a-z and "
                                f"digits only (a word pair goes in 'phrases')", path, *entry.where(list_key))
            for word in value.split():
                table.setdefault(word, []).append(index)
        items = entry.get("phrases", []) or []
        if not isinstance(items, list) or not all(isinstance(p, str) and 2 <= len(p.split()) <= _MAX_PHRASE
                                                  for p in items):
            raise DataError(f"variety '{key}': 'phrases' must be a list of {_MAX_PHRASE}-word-at-most phrases",
                            path, *entry.where("phrases"))
        for phrase in items:
            phrases.setdefault(" ".join(phrase.lower().split()), []).append(index)
        compiled = []
        for pattern in entry.get("patterns", []) or []:
            try:
                compiled.append(re.compile(pattern))
            except (re.error, TypeError) as exc:
                raise DataError(f"variety '{key}': bad pattern {pattern!r}: {exc}", path,
                                *entry.where("patterns")) from None
        affixes = []
        for affix_key in ("prefixes", "suffixes"):
            value = entry.get(affix_key, "")
            if not isinstance(value, str) or not all(re.fullmatch(r"[a-z0-9]+", a) for a in value.split()):
                raise DataError(f"variety '{key}': '{affix_key}' must be text (lower-case affixes separated by "
                                f"spaces)", path, *entry.where(affix_key))
            affixes.append(tuple(sorted(value.split(), key=len, reverse=True)))
        built.append(Variety(str(key), language, str(entry.get("dialect") or ""), dict(regions), tuple(compiled),
                             *affixes))
    loans = data.get("loans") or ""
    if not isinstance(loans, str) or not _WORD_LIST.fullmatch(loans):
        raise DataError("'loans' must be text: lower-case a-z words separated by spaces", path,
                        *data.where("loans"))
    reply = data.get("reply") or {}
    default, languages = "native", {}
    if reply:
        if not isinstance(reply, Node):
            raise DataError("'reply' must be a mapping with 'default' and 'languages'", path, *data.where("reply"))
        check_keys(reply, ("default", "languages"), path, "'reply'")
        # shape only: detection must not import Babel; reply_language normalizes the locale
        default = _setting_shape(reply.get("default", "native"), path, reply, "default")
        languages = reply.get("languages") or {}
        if not isinstance(languages, Node):
            raise DataError("'reply.languages' must map language codes to settings", path, *reply.where("languages"))
        languages = {str(k): _setting_shape(v, path, languages, k) for k, v in languages.items()}
    return RomanizedLexicon(tuple(built), _tuples(strong), _tuples(weak), _tuples(phrases), default, languages,
                            frozenset(loans.split()))


def _setting_shape(value: Any, path, node: Node, key: Any) -> str:
    if isinstance(value, str) and (value in REPLY_FORMS or _LOCALE_SHAPE.fullmatch(value)):
        return value
    raise DataError(f"reply setting {key!r}: expected native, romanized or a locale such as en, not {value!r}",
                    path, *node.where(key))


def _tuples(table: dict[str, list[int]]) -> dict[str, tuple[int, ...]]:
    return {k: tuple(dict.fromkeys(v)) for k, v in table.items()}


# -- the reply-language policy ---------------------------------------------------------------
def validate_setting(value: Any, where: str = "romanized reply setting") -> str:
    """``native``, ``romanized`` or a locale (a second language such as ``en``); InputError otherwise."""
    if not isinstance(value, str) or not value.strip():
        raise InputError(f"{where}: expected native, romanized or a locale such as en, not {value!r}")
    value = value.strip()
    if value in REPLY_FORMS:
        return value
    from ..i18n.locale import normalize

    try:
        return normalize(value)
    except Exception:
        raise InputError(f"{where}: {value!r} is not native, romanized or a locale such as en") from None


def parse_setting(setting: str | Mapping[str, str] | None) -> dict[str, str]:
    """A store setting as ``{language or 'default': setting}``: a single value applies to every
    language; a mapping may name languages and a ``default``."""
    if setting is None:
        return {}
    if isinstance(setting, str):
        return {"default": validate_setting(setting)}
    if not isinstance(setting, Mapping):
        raise InputError(f"romanized reply setting must be text or a mapping, not {type(setting).__name__}")
    out = {}
    for key, value in setting.items():
        if key != "default" and key not in SUPPORTED:
            raise InputError(f"romanized reply setting: unknown language {key!r}")
        out[key] = validate_setting(value, f"romanized reply setting for {key}")
    return out


def store_setting(path: str | Path) -> dict[str, str]:
    """The ``romanized_reply`` setting of a store profile (YAML), ``{}`` when it has none::

        romanized_reply: native            # every language
        romanized_reply: {hi: en, ar: native, default: native}

    InputError for a missing file, DataError with file:line:col for a bad value.
    """
    path = Path(path)
    if not path.is_file():
        raise InputError(f"store profile '{path}' does not exist")
    data = load_yaml(path)
    if not isinstance(data, Node) or "romanized_reply" not in data:
        return {}
    value = data["romanized_reply"]
    line, col = data.where("romanized_reply")
    try:
        if isinstance(value, Node):
            out = {}
            for key, item in value.items():
                kl, kc = value.where(key)
                try:
                    out.update(parse_setting({str(key): item}))
                except InputError as exc:
                    raise DataError(str(exc), path, kl, kc) from None
            return out
        return parse_setting(value)
    except InputError as exc:
        raise DataError(str(exc), path, line, col) from None


def romanized_of(resources) -> RomanizedLexicon:
    """The romanized-variety table, loaded once per Toolkit."""
    return resources.cached(("detect", "romanized"), lambda: load_romanized(data_file(resources, ROMANIZED_PATH)))


def reply_language(detection: Any, setting: str | Mapping[str, str] | None = None, *, resources: Any = None,
                   lexicon: RomanizedLexicon | None = None,
                   available: tuple[str, ...] | list[str] | set[str] | None = None) -> ReplyChoice | None:
    """The reply locale for a romanized customer, and why; None when ``detection`` is not romanized.

    ``detection``: a ``Detection`` (or its ``to_dict()``). ``setting`` is the store's:
    ``native``, ``romanized``, a locale (second language), or a mapping per language with
    an optional ``default``; the documented defaults (``reply`` in romanized.yaml:
    Hinglish gets English, the rest their native script) fill what it leaves out. The
    defaults come from ``lexicon``, else ``resources``' data folders, else the bundled
    table. ``available`` lists the catalog locales (default: those of ``resources``): ``romanized``
    needs ``<lang>-Latn`` among them, else the native script is used and the reason says so.
    """
    if isinstance(detection, Mapping):
        from types import SimpleNamespace

        detection = SimpleNamespace(**{k: detection.get(k) for k in ("language", "region", "romanized")})
    if lexicon is None:
        if resources is not None:
            lexicon = romanized_of(resources)
        else:
            lexicon = _bundled_table()
    if available is None and resources is not None:
        from ..i18n.library import available_locales

        available = available_locales(resources)
    if detection is None or not getattr(detection, "romanized", False) or not getattr(detection, "language", None):
        return None
    language = detection.language
    store = parse_setting(setting)
    if language in store:
        chosen, source = store[language], "store"
    elif "default" in store:
        chosen, source = store["default"], "store"
    else:
        chosen, source = lexicon.default_setting(language), "default"
        if chosen not in REPLY_FORMS:
            chosen = validate_setting(chosen, "romanized.yaml reply setting")
    name = _language_name(language)
    native = _native_locale(detection)
    whose = "the store's setting" if source == "store" else "the default for romanized " + name
    if chosen == "native":
        reason = f"romanized {name}: {whose} is the native script ({native})"
        if available is not None and not any(tag == language or tag.startswith(language + "-")
                                             for tag in available):
            reason += f", but there is no {language} catalog: the reply falls back to English"
        return ReplyChoice(native, "native", reason, source)
    if chosen == "romanized":
        tag = f"{language}-Latn"
        if available is None or tag in set(available):
            return ReplyChoice(tag, "romanized", f"romanized {name}: {whose} is the romanized form ({tag})", source)
        return ReplyChoice(native, "native", f"romanized {name}: {whose} is the romanized form, but there is no "
                                             f"{tag} catalog; replying in the native script ({native})", source)
    return ReplyChoice(chosen, "second", f"romanized {name}: {whose} is the second language {chosen}", source)


def reply_locale(resources: Any, detection: Any, locale: str | None,
                 setting: str | Mapping[str, str] | None) -> tuple[str | None, ReplyChoice | None]:
    """For a reply: the locale to render (``locale`` when the caller gave one; the policy's
    choice for a romanized customer unless it is the native script, which detection's usual
    locale already is), and the choice to report (None when not romanized)."""
    choice = None
    if detection is not None and getattr(detection, "romanized", False):
        choice = reply_language(detection, setting, resources=resources)
    if choice is not None and locale is None and choice.form != "native":
        return choice.locale, choice
    return locale, choice


@functools.lru_cache(maxsize=1)
def _bundled_table() -> RomanizedLexicon:
    """The bundled romanized table, read once per process (for callers without a Toolkit)."""
    from ..datadirs import bundled_root

    return load_romanized(bundled_root() / ROMANIZED_PATH)


def _native_locale(detection: Any) -> str:
    language = detection.language
    if language == "zh":
        return "zh-Hans"
    region = (getattr(detection, "region", None) or "").split("-")[0]
    return f"{language}-{region}" if len(region) == 2 and region != "EU" else language
