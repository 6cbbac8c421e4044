"""Patterns for the customer data a message names (URLs, e-mail addresses, order numbers,
phone numbers), shared by :mod:`xborder.entities` and the redactor
(:mod:`xborder.translate.redact`) so both agree on what customer data is; and the shape of
an Arabizi word ("3ayez"), which holds digits but is a word, not data."""
from __future__ import annotations

import re

URL = re.compile(r"(?<![\w@])(?:https?://|www\.)[^\s<>\"'`]+", re.I)
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}(?!\w)")
PHONE_CANDIDATE = re.compile(r"(?<![\w+])(?:\+|00)?\(?\d[\d\s().\-/]{5,}\d(?!\w)")
ORDER = (
    # "#12345", "# A-1029"
    re.compile(r"(?<!\w)#\s?[A-Za-z0-9][\w-]{2,}"),
    # dashed codes holding a letter and a digit: A-10293, ORD-2024-1234
    re.compile(r"(?<![\w-])(?=[A-Za-z0-9-]*\d)(?=[A-Za-z0-9-]*[A-Za-z])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+(?![\w-])"),
    # upper-case codes holding a letter and a digit: AB12345
    re.compile(r"(?<![\w-])(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{5,}(?![\w-])"),
)
# A number right after the word for "order" (support-domain words, several languages).
ORDER_AFTER_WORD = re.compile(
    r"(?i:\b(?:order|ordine|pedido|encomenda|bestellung|auftrag|commande|bestelling|zamówienie|"
    r"zamowienie|заказ|sipariş|siparis|objednávka|rendelés|comanda|ordre|beställning)\b"
    r"(?:\s*(?:no\.?|nr\.?|n[º°o]\.?|number|nummer|número|numero|#))?\s*[:#]?\s*)(\d{3,})(?!\w)")

# Arabizi: Latin letters with the digits that stand for Arabic letters (2 hamza, 3 ain,
# 5 kha, 6 ta, 7 ha, 8 qaf/ghain, 9 sad/qaf), at most three of them: a digit before a
# letter ("3ayez", "ta2akhar") or one at the end of a word of letters ("shi7", "ma3").
_ARABIZI = re.compile(r"^(?=[a-z]*[2356789][a-z])|^(?=.*[a-z]{2})[a-z]+[2356789]$")
_ARABIZI_SHAPE = re.compile(r"^[a-z2356789]+$")
# Chat shorthand, units and product codes that have the same shape.
_NOT_ARABIZI = re.compile(r"^\d+(?:st|nd|rd|th|am|pm|g|gb|mb|tb|kg|km|cm|mm|ml|x|k|d|h|hrs?|mins?|days?|pcs?|"
                          r"xl|l|m|s)$|^(?:mp3|mp4|ps5|h264|b2b|b2c|2day|2morrow|2nite|gr8|w8|l8r|m8|str8|sk8|h8|"
                          r"2go|4g|5g|g5|s8|s9|a5|a7|a9)$")


def is_arabizi_word(token: str) -> bool:
    """Whether a lower-case ``token`` is a word in Arabizi ("3ayez", "ma2as") rather than a code."""
    return (bool(_ARABIZI_SHAPE.match(token)) and bool(_ARABIZI.search(token))
            and sum(ch.isdigit() for ch in token) <= 3 and sum(ch.isalpha() for ch in token) >= 2
            and not _NOT_ARABIZI.match(token))


def phone_spans(text: str, region: str | None) -> list[tuple[int, int]]:
    """Phone numbers: international ones anywhere, national ones for ``region`` (phonenumbers)."""
    if not PHONE_CANDIDATE.search(text):
        return []  # skip importing phonenumbers for texts without digit runs
    import phonenumbers

    spans = []
    hint = (region or "").split("-")[0].upper() or None
    for match in phonenumbers.PhoneNumberMatcher(text, hint or "ZZ",
                                                 leniency=phonenumbers.Leniency.POSSIBLE):
        spans.append((match.start, match.end))
    return spans
