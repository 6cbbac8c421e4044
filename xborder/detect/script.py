"""Unicode script analysis: the first and often decisive voter.

Hangul, kana, Thai, Hebrew, Greek and Devanagari each point at one supported
language. Arabic script is split by letters: Persian has پ چ ژ گ and writes
ی ک where Arabic writes ي ك ة; Urdu has ے ٹ ڈ ڑ ں. Cyrillic is split by
Ukrainian і ї є ґ against Russian ы э ъ ё. Han characters without kana are
Chinese, written Traditional (Hant) or Simplified (Hans).
Letter facts: the alphabets as taught in each language (Unicode charts, CLDR
exemplar characters, ``babel.Locale(..).character_order`` is not enough, so
the few letters used are listed here).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from . import hanzi

# Weight of one CJK character against one alphabetic letter when scripts are mixed:
# a Han character or syllable block carries about as much as a short Latin word piece.
_CJK_WEIGHT = 3

SCRIPT_NAMES = {"Latn": "Latin", "Cyrl": "Cyrillic", "Grek": "Greek", "Arab": "Arabic", "Hebr": "Hebrew",
                "Deva": "Devanagari", "Thai": "Thai", "Hang": "Hangul", "Kana": "kana", "Hani": "Han",
                "Zyyy": "other"}


def script_of(ch: str) -> str:
    """ISO 15924 code of one letter (``Kana`` covers hiragana and katakana)."""
    o = ord(ch)
    if o < 0x250 or 0x1E00 <= o <= 0x1EFF:
        return "Latn"
    if 0x370 <= o <= 0x3FF or 0x1F00 <= o <= 0x1FFF:
        return "Grek"
    if 0x400 <= o <= 0x52F:
        return "Cyrl"
    if 0x590 <= o <= 0x5FF or 0xFB1D <= o <= 0xFB4F:
        return "Hebr"
    if 0x600 <= o <= 0x6FF or 0x750 <= o <= 0x77F or 0x8A0 <= o <= 0x8FF or 0xFB50 <= o <= 0xFEFF:
        return "Arab"
    if 0x900 <= o <= 0x97F:
        return "Deva"
    if 0xE00 <= o <= 0xE7F:
        return "Thai"
    if 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F or 0xAC00 <= o <= 0xD7AF:
        return "Hang"
    if 0x3040 <= o <= 0x30FF or 0x31F0 <= o <= 0x31FF or 0xFF66 <= o <= 0xFF9F:
        return "Kana"
    if 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x2FFFF:
        return "Hani"
    if o in (0x200C, 0x200D) or 0x300 <= o <= 0x36F:
        return "Zinh"
    return "Zyyy"


def _script_counts(text: str) -> Counter:
    """Letters per script, the scripts in the order they first occur: each distinct character is
    looked up once (a message repeats its letters), counted by ``Counter`` in C."""
    counts: Counter = Counter()
    for ch, n in Counter(text).items():
        script = script_of(ch)
        counts[script] = counts.get(script, 0) + n
    return counts


# Penalties, in the ensemble's log-odds units per letter vote: a letter outside a
# language's alphabet; Vietnamese text of 8+ letters without one tone-marked letter.
_OUTSIDE_ALPHABET = 2.0
_NO_VIETNAMESE_MARKS = 4.0

# Letters that narrow the Arabic-script languages.
PERSIAN_LETTERS = frozenset("پچژگکی")        # U+067E U+0686 U+0698 U+06AF U+06A9 U+06CC
ARABIC_LETTERS = frozenset("يكةى")           # U+064A U+0643 U+0629 U+0649
URDU_LETTERS = frozenset("ےٹڈڑںھۓ")          # U+06D2 U+0679 U+0688 U+0691 U+06BA U+06BE U+06D3
UKRAINIAN_LETTERS = frozenset("іїєґ")
RUSSIAN_LETTERS = frozenset("ыэъё")

# Latin letters used by only a few supported languages -> those languages.
LATIN_LETTERS: dict[str, tuple[str, ...]] = {
    "ñ": ("es",), "ã": ("pt", "vi"), "õ": ("pt", "vi", "hu"), "ç": ("pt", "fr", "tr"), "ß": ("de",),
    "ő": ("hu",), "ű": ("hu",), "ł": ("pl",), "ą": ("pl",), "ę": ("pl",), "ś": ("pl",), "ź": ("pl",),
    "ż": ("pl",), "ń": ("pl",), "ć": ("pl",), "ř": ("cs",), "ů": ("cs",), "ě": ("cs",), "ď": ("cs",),
    "ť": ("cs",), "ň": ("cs",), "ș": ("ro",), "ț": ("ro",), "ş": ("tr", "ro"), "ţ": ("ro",), "ğ": ("tr",),
    "ı": ("tr",), "å": ("sv", "da", "nb", "fi"), "ø": ("da", "nb"), "æ": ("da", "nb"),
    "đ": ("vi",), "ơ": ("vi",), "ư": ("vi",), "ă": ("ro", "vi"), "œ": ("fr",), "ÿ": ("fr",),
    "î": ("ro", "fr"), "ê": ("fr", "pt", "vi"), "è": ("fr", "it", "vi"), "ì": ("it", "vi"),
    "ò": ("it", "vi", "ca"), "ù": ("it", "fr", "vi"), "û": ("fr", "tr", "hu"), "ë": ("fr", "nl"),
    "ï": ("fr", "nl"), "č": ("cs",), "š": ("cs", "fi"), "ž": ("cs", "fi"), "ý": ("cs", "vi"),
    "ä": ("de", "sv", "fi"), "ö": ("de", "sv", "fi", "tr", "hu"), "ü": ("de", "tr", "hu"),
}


# The letters beyond a-z each language writes (its alphabet, plus accents its
# spelling uses; Hungarian text often has õ û for ő ű, from Latin-1 fonts). A letter outside a language's set makes it unlikely (a foreign
# name can still bring one, so this is a penalty, not a veto).
ALPHABET_EXTRAS: dict[str, str] = {
    "en": "éèïëç", "es": "áéíóúüñ", "pt": "áâãàçéêíóôõúü", "fr": "àâæçéèêëîïôœùûüÿ", "de": "äöüßé",
    "it": "àèéìíòóùúî", "nl": "áéèëïóöüêç", "pl": "ąćęłńóśźżé", "tr": "çğıöşüâîû",
    "id": "é", "ms": "é", "sv": "åäöé", "da": "æøåéó", "nb": "æøåéèêóòô", "fi": "äöåšž",
    "cs": "áčďéěíňóřšťúůýž", "hu": "áéíóöőúüűõû", "ro": "ăâîșțşţ",
    "vi": "àáâãèéêìíòóôõùúýăđĩũơư",
}


_ALPHABET_SETS = {lang: frozenset(extras) for lang, extras in ALPHABET_EXTRAS.items()}


_VIETNAMESE = re.compile("[\u1ea0-\u1ef9]")


def _is_vietnamese_letter(ch: str) -> bool:
    # Latin Extended Additional 1EA0-1EF9 holds the stacked tone marks only Vietnamese uses.
    return 0x1EA0 <= ord(ch) <= 0x1EF9


@dataclass(frozen=True)
class ScriptProfile:
    """Letter counts per script, the dominant script, and what the letters already decide."""

    counts: dict
    script: str | None                 # dominant script (Latn, Cyrl, Arab, Hani, Kana, Hang, …)
    share: float                       # its weighted share of the letters
    language: str | None = None        # decided by script alone
    output_script: str | None = None   # what Detection.script reports (Hans/Hant/Jpan/Kore…)
    candidates: tuple[str, ...] = ()   # languages still possible
    letter_votes: dict = field(default_factory=dict)
    evidence: tuple[str, ...] = ()


def analyse(words: tuple[str, ...] | list[str], supported: tuple[str, ...]) -> ScriptProfile:
    """Count scripts over ``words`` and decide what the script alone decides."""
    text = "".join(words)
    # Plain ASCII letters (most messages) are all Latin: no per-letter look-up.
    counts = Counter({"Latn": len(text)}) if text and text.isascii() else _script_counts(text)
    counts.pop("Zinh", None)
    if not counts:
        return ScriptProfile({}, None, 0.0)
    weighted = {s: n * (_CJK_WEIGHT if s in ("Hani", "Kana", "Hang") else 1) for s, n in counts.items()}
    # Kana with Han is Japanese: count them together against the rest.
    if "Kana" in weighted and "Hani" in weighted:
        weighted["Kana"] += weighted.pop("Hani")
    total = sum(weighted.values())
    script = max(sorted(weighted), key=weighted.get)
    share = weighted[script] / total
    names = ", ".join(f"{SCRIPT_NAMES.get(s, s)} {n}" for s, n in counts.most_common())
    evidence = [f"script: {names} letters" if len(counts) > 1 else
                f"script: {SCRIPT_NAMES.get(script, script)} ({counts[script]} letters)"]
    chars = set(text)
    fixed = {"Hang": ("ko", "Kore"), "Kana": ("ja", "Jpan"), "Thai": ("th", "Thai"), "Hebr": ("he", "Hebr"),
             "Grek": ("el", "Grek"), "Deva": ("hi", "Deva")}
    if script in fixed:
        lang, out = fixed[script]
        evidence.append(f"{SCRIPT_NAMES[script]} script: {lang}")
        return ScriptProfile(dict(counts), script, share, lang, out, (lang,), {}, tuple(evidence))
    if script == "Hani":
        return _han(dict(counts), share, chars, evidence)
    if script == "Arab":
        return _arabic(dict(counts), share, chars, evidence, supported)
    if script == "Cyrl":
        return _cyrillic(dict(counts), share, chars, evidence, supported)
    if script == "Latn":
        return _latin(dict(counts), share, text, evidence, supported)
    evidence.append(f"{SCRIPT_NAMES.get(script, script)} script: no supported language is written in it")
    return ScriptProfile(dict(counts), script, share, None, None, (), {}, tuple(evidence))


def _han(counts, share, chars, evidence) -> ScriptProfile:
    japanese = sorted(chars & hanzi.JAPANESE_ONLY)
    if japanese:
        evidence.append(f"Japanese kanji forms {' '.join(japanese[:5])}: ja")
        return ScriptProfile(counts, "Hani", share, "ja", "Jpan", ("ja",), {}, tuple(evidence))
    trad = sorted(chars & hanzi.TRADITIONAL_ONLY)
    simp = sorted(chars & hanzi.SIMPLIFIED_ONLY)
    if len(trad) > len(simp):
        evidence.append(f"Han without kana: zh; Traditional characters {' '.join(trad[:5])}: Hant")
        out = "Hant"
    else:
        note = f"Simplified characters {' '.join(simp[:5])}: Hans" if simp else "no Traditional-only characters: Hans"
        evidence.append(f"Han without kana: zh; {note}")
        out = "Hans"
    return ScriptProfile(counts, "Hani", share, "zh", out, ("zh",), {}, tuple(evidence))


def _arabic(counts, share, chars, evidence, supported) -> ScriptProfile:
    urdu = sorted(chars & URDU_LETTERS)
    persian = sorted(chars & PERSIAN_LETTERS)
    arabic = sorted(chars & ARABIC_LETTERS)
    if urdu:
        evidence.append(f"Urdu letters {' '.join(urdu)}: ur (not a supported language)")
        return ScriptProfile(counts, "Arab", share, "ur", "Arab", ("ur",), {}, tuple(evidence))
    votes = {}
    if persian and not arabic:
        evidence.append(f"Persian letters {' '.join(persian)}: fa")
        return ScriptProfile(counts, "Arab", share, "fa", "Arab", ("fa",), {}, tuple(evidence))
    if arabic and not persian:
        evidence.append(f"Arabic letters {' '.join(arabic)}: ar")
        return ScriptProfile(counts, "Arab", share, "ar", "Arab", ("ar",), {}, tuple(evidence))
    if persian and arabic:
        evidence.append(f"both Persian ({' '.join(persian)}) and Arabic ({' '.join(arabic)}) letters")
        votes = {"fa": len(persian), "ar": len(arabic)}
    cands = tuple(c for c in ("ar", "fa") if c in supported)
    return ScriptProfile(counts, "Arab", share, None, "Arab", cands, votes, tuple(evidence))


def _cyrillic(counts, share, chars, evidence, supported) -> ScriptProfile:
    uk = sorted(chars & UKRAINIAN_LETTERS)
    ru = sorted(chars & RUSSIAN_LETTERS)
    votes = {}
    if uk:
        votes["uk"] = 2.0 * len(uk)
        evidence.append(f"Ukrainian letters {' '.join(uk)}")
    if ru:
        votes["ru"] = 2.0 * len(ru)
        evidence.append(f"Russian letters {' '.join(ru)}")
    cands = tuple(c for c in ("ru", "uk") if c in supported)
    return ScriptProfile(counts, "Cyrl", share, None, "Cyrl", cands, votes, tuple(evidence))


def _latin(counts, share, text, evidence, supported) -> ScriptProfile:
    votes: dict[str, float] = {}
    seen = []
    lower = text.lower()
    viet = 0 if lower.isascii() else len(_VIETNAMESE.findall(lower))
    if viet:
        votes["vi"] = votes.get("vi", 0.0) + 3.0 * viet
        seen.append(f"Vietnamese tone marks ({viet}): vi")
    for ch in (sorted(set(lower) & LATIN_LETTERS.keys()) if not lower.isascii() else ()):
        langs = [c for c in LATIN_LETTERS[ch] if c in supported]
        for c in langs:
            votes[c] = votes.get(c, 0.0) + 1.0 / len(langs)
        if len(langs) <= 2:
            seen.append(f"letter {ch}: {'/'.join(langs)}")
    foreign = {ch for ch in set(lower) if not ("a" <= ch <= "z") and script_of(ch) == "Latn" and ch.isalpha()
               and not _is_vietnamese_letter(ch)} if not lower.isascii() else set()
    if foreign:
        for lang in supported:
            extras = _ALPHABET_SETS.get(lang)
            if extras is not None:
                outside = len(foreign - extras)
                if outside:
                    votes[lang] = votes.get(lang, 0.0) - _OUTSIDE_ALPHABET * outside
    if not viet and "vi" in supported and len(lower) >= 8:
        votes["vi"] = votes.get("vi", 0.0) - _NO_VIETNAMESE_MARKS
    if seen:
        evidence.append("; ".join(seen[:4]))
    cands = tuple(c for c in supported if c in _LATIN_LANGS)
    return ScriptProfile(counts, "Latn", share, None, "Latn", cands, votes, tuple(evidence))


_LATIN_LANGS = frozenset(("en", "es", "pt", "fr", "de", "it", "nl", "pl", "tr", "vi", "id", "ms", "sv", "da",
                          "nb", "fi", "cs", "hu", "ro"))
