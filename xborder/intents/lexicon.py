"""Intent cue lexicons: ``culture_rules/intents/cues/<language>.yaml``, one file per language.

::

    language: es
    intents:
      not_received:
        cues: ["dice entregado", "no hay nada", "nunca lleg*", "no me lleg*"]
        weak: ["entregad*"]
        examples:
          - el paquete dice entregado pero no hay nada en mi puerta

A cue is a sequence of words matched on the accent-folded, lower-cased text:
``lleg*`` takes any ending, ``llego|llegó`` lists spellings of one word. ``cues``
count 1, ``weak`` cues (a word that only hints) 0.4. Languages written without
spaces between words, or gluing particles to them (``match: substring``: zh, ja,
ko, th), match their cues anywhere in the text. ``examples`` are messages as
customers write them; they train the character n-gram model and are checked
to classify as their intent (tests/test_intents_lexicon.py).

``<language>-latn.yaml`` holds the cues of a language written in Latin letters
(Hinglish, Arabizi, transliterated Russian, Finglish, romaji, pinyin, Greeklish,
Thai romanization); its cues carry the language ``<language>-latn``, count as the
language's own, and match words.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from ..errors import DataError, suggest
from ..yamlio import Node, check_keys, load_yaml

INTENTS_DIR = "culture_rules/intents/cues"
TRAIN_DIR = "culture_rules/intents/train"   # training messages for the n-gram model (README.md there)
# The 22 intents of DESIGN.md, in contract order.
INTENTS: tuple[str, ...] = (
    "order_status", "delivery_delayed", "tracking_not_updating", "not_received", "change_address",
    "cancel_order", "shipping_info", "customs", "damaged_item", "wrong_item", "defective_item",
    "product_question", "return_request", "refund_status", "payment_problem", "invoice_request",
    "promo_code", "account_access", "privacy_request", "complaint", "thanks", "other",
)
WEIGHTS = {"cues": 1.0, "weak": 0.4}
_INTENT_KEYS = ("cues", "weak", "examples")
_CHARS = str.maketrans({"’": "'", "‘": "'", "ı": "i", "ł": "l", "ß": "ss", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d",
                        # Arabic-script spellings that vary between writers (and between ar and fa)
                        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ی", "ي": "ی", "ك": "ک", "ة": "ه",
                        "ـ": None, **{chr(c): None for c in range(0x064B, 0x0660)}})
# Accents on a Latin, Greek or Cyrillic letter (U+0300-036F after a letter below U+0590).
_ACCENT = re.compile(r"(?<=[\u0041-\u058f])[\u0300-\u036f]+")
_MARKS = "\u0900-\u0963\u0e31-\u0e3a\u0e47-\u0e4e\u064b-\u065f"   # vowel signs and marks inside words
_SPLIT = re.compile(rf"[^\w*|'{_MARKS}]+")
# Tokens: runs of letters, digits and combining marks (Devanagari, Thai, Arabic write marks inside words).
TOKEN = re.compile(rf"[\w{_MARKS}]+(?:'[\w]+)*")
_MAX_CANDIDATES = 30_000   # tokens kept with the cues they may start (bounded as the model's, see model._MAX_CACHED)


def normalize(text: str) -> str:
    """What cues and the model read: NFKC, lower case, Latin/Greek/Cyrillic accents folded
    ("nao", "todavia"), curly quotes straight. Marks of other scripts stay (Hangul stays whole)."""
    text = unicodedata.normalize("NFKC", text).lower().translate(_CHARS)
    if text.isascii():
        return text
    return unicodedata.normalize("NFC", _ACCENT.sub("", unicodedata.normalize("NFD", text)))


class Cue(NamedTuple):
    """One cue: its words (each a tuple of spellings; a spelling ending in ``*`` is a prefix)."""

    language: str
    intent: str
    text: str
    weight: float
    words: tuple[tuple[str, ...], ...]
    substring: bool = False

    def to_json(self) -> list:
        return [self.language, self.intent, self.text, self.weight, [list(w) for w in self.words], self.substring]

    @classmethod
    def from_json(cls, data) -> "Cue":
        if type(data) is tuple and len(data) == 6 and type(data[3]) is float and type(data[5]) is bool \
                and type(data[4]) is tuple and data[4] and type(data[4][0]) is tuple:
            return tuple.__new__(cls, data)   # as msgpack reads the shipped model: already the fields
        language, intent, text, weight, words, substring = data
        if not isinstance(words, tuple) or not isinstance(words[0], tuple):   # JSON gives lists
            words = tuple(tuple(w) for w in words)
        return cls(language, intent, text, float(weight), words, bool(substring))

    def plain(self) -> str:
        """The cue as text (first spelling of each word, no ``*``): a training sample."""
        return " ".join(w[0].rstrip("*") for w in self.words) if not self.substring else self.text


@dataclass(frozen=True)
class LanguageFile:
    language: str
    substring: bool
    cues: tuple[Cue, ...]
    examples: tuple[tuple[str, str], ...]   # (intent, text)


def _strings(node: Node, key: str, path: Path, where: str) -> list[str]:
    items = node.get(key) or []
    if not isinstance(items, list) or not all(isinstance(i, str) and i.strip() for i in items):
        line, col = node.where(key)
        raise DataError(f"'{where}.{key}' must be a list of non-empty strings", path, line, col)
    return items


def parse_cue(language: str, intent: str, raw: str, weight: float, substring: bool) -> Cue:
    text = normalize(raw.strip())
    if substring:
        return Cue(language, intent, raw.strip(), weight, ((text,),), True)
    words = tuple(tuple(s for s in part.split("|") if s) for part in _SPLIT.split(text) if part.strip("|"))
    return Cue(language, intent, raw.strip(), weight, words)


def load_language_file(path: Path) -> LanguageFile:
    """Validate one cue file (file:line:col errors)."""
    from ..detect.languages import SUPPORTED

    data = load_yaml(path)
    if not isinstance(data, Node):
        raise DataError("an intent file must be a mapping with 'language' and 'intents'", path, 1)
    check_keys(data, ("language", "intents", "match", "description"), path, "intent file",
               required=("language", "intents"))
    language = data["language"]
    # <language>-latn.yaml: the language written in Latin letters (Hinglish, Arabizi, romaji…)
    latin = path.stem.endswith("-latn")
    if language != path.stem.removesuffix("-latn"):
        raise DataError(f"'language: {language}' does not match the file name ({path.stem}.yaml)",
                        path, *data.where("language"))
    if language not in SUPPORTED:
        raise DataError(f"unknown language '{language}'{suggest(str(language), SUPPORTED)}",
                        path, *data.where("language"))
    match = data.get("match", "words")
    if match not in ("words", "substring") or (latin and match != "words"):
        raise DataError(f"'match' must be 'words'{'' if latin else ' or substring'}, not {match!r}",
                        path, *data.where("match"))
    substring = match == "substring"
    intents = data["intents"]
    if not isinstance(intents, Node):
        raise DataError("'intents' must map intent names to cues", path, *data.where("intents"))
    cues: list[Cue] = []
    examples: list[tuple[str, str]] = []
    for intent, entry in intents.items():
        if intent not in INTENTS:
            raise DataError(f"unknown intent '{intent}'{suggest(str(intent), INTENTS)}",
                            path, *intents.where(intent))
        if not isinstance(entry, Node):
            raise DataError(f"'{intent}' must map cues, weak, examples to lists", path, *intents.where(intent))
        check_keys(entry, _INTENT_KEYS, path, f"intent '{intent}'")
        for key, weight in WEIGHTS.items():
            for raw in _strings(entry, key, path, intent):
                cue = parse_cue(path.stem if latin else language, intent, raw, weight, substring)
                if not cue.words or not all(all(s.rstrip("*") for s in w) for w in cue.words):
                    line, col = entry.where(key)
                    raise DataError(f"'{intent}.{key}': cue {raw!r} has an empty word", path, line, col)
                cues.append(cue)
        examples.extend((intent, text) for text in _strings(entry, "examples", path, intent))
    return LanguageFile(language, substring, tuple(cues), tuple(examples))


class CueIndex:
    """Every language's cues, indexed by their first word (prefix cues by their stem), so a
    message is read in one pass over its words whatever the number of languages."""

    def __init__(self, cues: list[Cue], weekdays=()) -> None:
        spaced = [(n, d) for n, d in weekdays if n.isascii() or any("\u0370" <= ch <= "\u04ff" for ch in n)]
        self.unspaced_days = [(n, d) for n, d in weekdays if (n, d) not in spaced]
        self.spaced_days = dict(spaced)
        self.exact: dict[str, list[Cue]] = {}
        self.prefix: dict[str, list[Cue]] = {}
        # Substring cues by their first two characters (one for a one-character cue).
        self.starts: dict[str, list[Cue]] = {}
        for cue in cues:
            if cue.substring:
                self.starts.setdefault(cue.words[0][0][:2], []).append(cue)
                continue
            for spelling in cue.words[0]:
                if spelling.endswith("*"):
                    self.prefix.setdefault(spelling[:-1], []).append(cue)
                else:
                    self.exact.setdefault(spelling, []).append(cue)
        self.prefix_lengths = sorted({len(p) for p in self.prefix})
        # Each cue's later words as (exact spellings, prefixes), made when the cue is first a
        # candidate (a one-message process meets a few of its thousands of cues): a word is read
        # with one set look-up and one str.startswith (cues are tuples: equal cues share a check)
        self._later: dict[tuple, tuple[tuple[frozenset[str], tuple[str, ...]], ...]] = {}
        # First words of the two-word weekday names ("quarta feira"): only these look at the next word
        self._day_firsts = frozenset(name.split(" ")[0] for name in self.spaced_days if " " in name)
        self._candidates: dict[str, tuple[Cue, ...]] = {}   # token -> cues it may start (bounded)
        # Where a substring cue may start: its first character (not ASCII), wherever it is.
        firsts = sorted({key[0] for key in self.starts if not key[0].isascii()})
        self._first_chars = re.compile(f"[{''.join(re.escape(c) for c in firsts)}]" if firsts else "(?!)")

    def candidates(self, token: str) -> tuple[Cue, ...]:
        """The cues whose first word ``token`` may be: exact spellings, then prefixes by length."""
        found = list(self.exact.get(token, ()))
        for n in self.prefix_lengths:
            if n > len(token):
                break
            found.extend(self.prefix.get(token[:n], ()))
        if len(self._candidates) < _MAX_CANDIDATES:
            self._candidates[token] = tuple(found)
        return tuple(found)

    def find(self, text: str, matches: list[re.Match] | None = None) -> list[tuple[Cue, str]]:
        """(cue, matched text) for each cue found in the normalized ``text``, one hit per cue
        (``matches``: the text's :data:`TOKEN` matches, when the caller has them).

        A hit inside a longer hit is dropped: "cancel my order" explains its "order".
        """
        found: dict[int, tuple[Cue, int, int]] = {}
        if matches is None:
            matches = list(TOKEN.finditer(text))
        tokens = [m.group(0) for m in matches]
        known, later, count = self._candidates, self._later, len(tokens)
        for i, token in enumerate(tokens):
            cues = known.get(token)
            for cue in self.candidates(token) if cues is None else cues:
                words = cue.words   # the first word matched: the cue is a candidate of this token
                n = len(words)
                if id(cue) in found or i + n > count:
                    continue
                if n == 1:
                    found[id(cue)] = (cue, matches[i].start(), matches[i].end())
                    continue
                checks = later.get(words)
                if checks is None:
                    checks = later[words] = _later_checks(words)
                if _later_words_ok(tokens, i, checks):
                    found[id(cue)] = (cue, matches[i].start(), matches[i + n - 1].end())
        if self.starts and not text.isascii():
            starts = self.starts
            for match in self._first_chars.finditer(text):
                at = match.start()
                for key in (text[at:at + 2], text[at]):
                    for cue in starts.get(key, ()):
                        needle = cue.words[0][0]
                        if id(cue) not in found and text.startswith(needle, at):
                            found[id(cue)] = (cue, at, at + len(needle))
        hits = list(found.values())
        if len(hits) > 1:   # one text, one vote per intent: the same words cued in two languages count once
            best: dict[tuple[str, int, int], tuple[Cue, int, int]] = {}
            for hit in hits:
                key = (hit[0].intent, hit[1], hit[2])
                if key not in best or hit[0].weight > best[key][0].weight:
                    best[key] = hit
            hits = list(best.values())
        if len(hits) > 1:
            hits = [h for h in hits if not any(o is not h and o[1] <= h[1] and h[2] <= o[2]
                                               and o[2] - o[1] > h[2] - h[1] for o in hits)]
        return [(cue, text[start:end]) for cue, start, end in sorted(hits, key=lambda h: h[1])]


    def weekdays(self, text: str, tokens: list[str] | None = None) -> list[str]:
        """The distinct weekdays named in the normalized ``text`` (the names as written;
        ``tokens``: its :data:`TOKEN` words, when the caller has them)."""
        found: dict[int, str] = {}
        if tokens is None:
            tokens = TOKEN.findall(text)
        days, firsts = self.spaced_days, self._day_firsts
        for i, token in enumerate(tokens):
            day = days.get(token)
            if day is not None:
                found.setdefault(day, token)
            if token in firsts and i + 1 < len(tokens):
                name = f"{token} {tokens[i + 1]}"
                day = days.get(name)
                if day is not None:
                    found.setdefault(day, name)
        if self.unspaced_days and not text.isascii():
            for name, day in self.unspaced_days:
                if name in text:
                    found.setdefault(day, name)
        return list(found.values())


def _later_checks(words: tuple[tuple[str, ...], ...]) -> tuple[tuple[frozenset[str], tuple[str, ...]], ...]:
    """A cue's later words as (exact spellings, prefixes without their ``*``)."""
    return tuple((frozenset(s for s in w if not s.endswith("*")), tuple(s[:-1] for s in w if s.endswith("*")))
                 for w in words[1:])


def _later_words_ok(tokens: list[str], i: int, checks: tuple[tuple[frozenset[str], tuple[str, ...]], ...]) -> bool:
    """Whether the tokens after ``tokens[i]`` are a cue's later words (``CueIndex._later``)."""
    for k, (exact, prefixes) in enumerate(checks, i + 1):
        word = tokens[k]
        if word not in exact and not (prefixes and word.startswith(prefixes)):
            return False
    return True


def language_files(resources) -> dict[str, Path]:
    """``{language: path}`` of every cue file (user folders over the bundled ones)."""
    return resources.cached("intents:files", lambda: {
        Path(rel).stem: path for rel, path in resources.data.listing(INTENTS_DIR, "*.yaml").items()})


def training_files(resources) -> dict[str, Path]:
    """``{name: path}`` of every training file (``<variety>.tsv``; user folders over the bundled ones)."""
    return resources.cached("intents:train-files", lambda: {
        Path(rel).stem: path for rel, path in resources.data.listing(TRAIN_DIR, "*.tsv").items()})


def load_training(path: Path) -> list[tuple[str, str]]:
    """(intent, text) per line of a training file: ``intent<TAB>message``; ``#`` starts a comment."""
    out = []
    with open(path, encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            intent, tab, text = line.partition("\t")
            if not tab or not text.strip():
                raise DataError("a training line is 'intent<TAB>message'", path, number)
            if intent not in INTENTS:
                raise DataError(f"unknown intent '{intent}'{suggest(intent, INTENTS)}", path, number)
            out.append((intent, text.strip()))
    return out


def load_all(resources) -> list[LanguageFile]:
    """Every cue file, validated (cached on the Resources)."""
    return resources.cached("intents:lexicons", lambda: [
        load_language_file(path) for _, path in sorted(language_files(resources).items())])
