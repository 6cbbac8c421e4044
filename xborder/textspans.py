"""Patterns for the customer data a message names (URLs, e-mail addresses, order numbers,
phone numbers), shared by :mod:`xborder.entities` and the redactor
(:mod:`xborder.translate.redact`) so both agree on what customer data is."""
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
