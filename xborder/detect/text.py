"""Prepare a message for detection: bound its size, set aside tokens that carry no language.

Order numbers, tracking codes, amounts, URLs, e-mail addresses, @handles and
emoji say nothing about the language a customer writes in, and confuse
character-n-gram models ("#A-10293" looks like nothing, "1Z999AA1" like
Finnish). They are removed before any voter sees the text, and counted so the
evidence can say what was ignored. URL hosts are kept aside as region cues.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Long messages are analysed on a bounded prefix: detection time stays flat for a 1 MB paste.
MAX_ANALYSED_CHARS = 3000

_URL = re.compile(r"(?i)\b(?:https?://|www\.)[^\s<>\"]+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|shop|store|io)(?:\.[a-z]{2})?(?:/[^\s<>\"]*)?")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_HANDLE = re.compile(r"(?<!\w)@\w+")
# A run of ASCII letters, digits and code punctuation that holds a digit: order
# numbers (#A-10293, ORD-5512), tracking codes (1Z999AA10123456784), amounts
# (49,99), dates and times (12/03, 10:30), phone numbers (+34 600…).
_CODE = re.compile(r"[A-Za-z0-9#№_/.,:+\-]*\d[A-Za-z0-9#№_/.,:+\-]*")
_DIGIT = re.compile(r"\d")
# Letters, with the combining marks that Thai, Devanagari, Hebrew and Arabic write inside words.
_MARKS = ("\u0300-\u036f\u0483-\u0487\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
          "\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
          "\u200c\u200d\u3099\u309a")
_WORD = re.compile(rf"(?:[^\W\d_]|[{_MARKS}])+(?:['’](?:[^\W\d_]|[{_MARKS}])+)*")


@dataclass(frozen=True)
class Sample:
    """What the voters see: ``clean`` text (noise removed), its ``words``, and what was set aside."""

    raw: str            # the analysed prefix, untouched (region cues read it)
    clean: str
    words: tuple[str, ...]
    hosts: tuple[str, ...]
    ignored: dict
    total_chars: int
    truncated: bool

    @property
    def letter_count(self) -> int:
        return sum(len(w) for w in self.words)


def _bounded(text: str) -> tuple[str, bool]:
    if len(text) <= MAX_ANALYSED_CHARS:
        return text, False
    cut = text.rfind(" ", MAX_ANALYSED_CHARS - 200, MAX_ANALYSED_CHARS)
    return text[: cut if cut > 0 else MAX_ANALYSED_CHARS], True


def _is_emoji(ch: str) -> bool:
    return unicodedata.category(ch) == "So" or 0x1F000 <= ord(ch) <= 0x1FAFF


def prepare(text: str) -> Sample:
    """Bound, normalise (NFC) and clean ``text``; count the tokens set aside."""
    raw, truncated = _bounded(text)
    raw = unicodedata.normalize("NFC", raw.replace("\u0092", "'"))
    ignored: dict[str, int] = {}
    hosts: list[str] = []

    def drop(kind: str):
        def repl(match: re.Match) -> str:
            ignored[kind] = ignored.get(kind, 0) + 1
            if kind == "url":
                host = re.sub(r"(?i)^(?:https?://)?(?:www\.)?", "", match.group(0)).split("/")[0]
                hosts.append(host.lower())
            return " "
        return repl

    # Each pattern is run only where it can match (most messages have no "@", many no digit):
    # an address and a handle hold "@", a URL "." or ":", a code a digit.
    clean = raw
    if "@" in clean:
        clean = _EMAIL.sub(drop("e-mail address"), clean)
    if "." in clean or ":" in clean:
        clean = _URL.sub(drop("url"), clean)
    if "@" in clean:
        clean = _HANDLE.sub(drop("@handle"), clean)
    if _DIGIT.search(clean):
        clean = _CODE.sub(drop("number or code"), clean)
    emoji = sum(1 for ch in clean if ord(ch) > 0x2000 and _is_emoji(ch)) if clean and max(clean) > "\u2000" else 0
    if emoji:
        ignored["emoji"] = emoji
    words = tuple(_WORD.findall(clean))
    clean = " ".join(words)
    return Sample(raw=raw, clean=clean, words=words, hosts=tuple(hosts), ignored=ignored,
                  total_chars=len(text), truncated=truncated)


def fold(word: str) -> str:
    """Lower-case and strip accents: customers often type ``nao``, ``todavia``, ``cafe``."""
    if word.isascii():   # nothing to strip
        return word.lower()
    decomposed = unicodedata.normalize("NFD", word.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("ı", "i").replace("ł", "l")
