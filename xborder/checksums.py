"""Check-digit algorithms shared by the layers that recognise numbers (redaction, region cues)."""
from __future__ import annotations


def luhn_ok(digits: str) -> bool:
    """The Luhn (mod 10) checksum: payment cards, SIREN/SIRET, the Italian partita IVA."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def iban_ok(candidate: str) -> bool:
    """ISO 13616: 15-34 letters and digits (spaces ignored), country letters, check digits, and
    the rearranged number (letters as 10-35) mod 97 equal to 1."""
    compact = candidate.replace(" ", "")
    if not 15 <= len(compact) <= 34 or not (compact.isascii() and compact.isalnum()) \
            or not compact[:2].isalpha() or not compact[2:4].isdigit():
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1
