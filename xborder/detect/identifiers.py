"""Identifiers that carry their country: IBANs, VAT ids, national ids, phone numbers.

Each format is checked by its check digits where it has them, so a number that
merely looks like one does not count. Sources of the formats and check-digit
algorithms: ISO 13616 (IBAN, ISO 7064 MOD 97-10); the European Commission's
VIES VAT number formats and each state's check-digit rule (DE: ISO 7064
MOD 11,10, BZSt; FR: the key over the SIREN, DGFiP; IT: Luhn over the partita
IVA, Agenzia delle Entrate; NL: the "elfproef" or MOD 97 for sole traders,
Belastingdienst; BE: 97 − (number mod 97), SPF Finances; PL: NIP weights,
Ministerstwo Finansów; PT: NIF mod 11, AT; ES: NIF/NIE control letter, AEAT);
PESEL weights (Ustawa o ewidencji ludności, art. 15); Chile's RUT modulo 11
(SII); Brazil's CPF and CNPJ modulo 11 (Receita Federal); Mexico's CURP
(RENAPO, Instructivo Normativo); Italy's codice fiscale control character
(DM 12/03/1974); SIRET/SIREN Luhn (INSEE); Indonesia's NIK (16 digits,
Permendagri 9/2011, province code first). Phone numbers: Google's
libphonenumber via ``phonenumbers``.
"""
from __future__ import annotations

import re
from typing import Callable, Iterator, NamedTuple

from ..checksums import iban_ok, luhn_ok


class Identifier(NamedTuple):
    """One identifier found: what it is, as written, its country and weight."""

    kind: str
    text: str
    region: str
    weight: float
    checked: bool  # the check digits were verified


def _weighted_mod11(digits: str, weights: tuple[int, ...]) -> int:
    return sum(int(d) * w for d, w in zip(digits, weights)) % 11


def _vat_de(body: str) -> bool:  # ISO 7064 MOD 11,10
    product = 10
    for ch in body[:8]:
        total = (int(ch) + product) % 10 or 10
        product = (2 * total) % 11
    return (11 - product) % 10 == int(body[8])


def _vat_fr(body: str) -> bool:
    key, siren = body[:2], body[2:]
    if not key.isdigit():
        return luhn_ok(siren)  # the new alphanumeric keys have no public numeric rule
    return int(key) == (12 + 3 * (int(siren) % 97)) % 97 and luhn_ok(siren)


def _vat_nl(body: str) -> bool:
    first8 = sum(int(d) * w for d, w in zip(body[:8], range(9, 1, -1))) % 11
    if first8 != 10 and first8 == int(body[8]):  # the "elfproef" over the RSIN
        return True
    # sole traders since 2020: MOD 97 over "NL" + number, letters as numbers
    return int("".join(str(int(ch, 36)) for ch in "NL" + body)) % 97 == 1


def _vat_be(body: str) -> bool:
    body = body.zfill(10)
    return 97 - int(body[:8]) % 97 == int(body[8:])


def _vat_pl(body: str) -> bool:
    return _weighted_mod11(body, (6, 5, 7, 2, 3, 4, 5, 6, 7)) == int(body[9])


def _vat_pt(body: str) -> bool:
    check = 11 - sum(int(d) * w for d, w in zip(body[:8], range(9, 1, -1))) % 11
    return (0 if check >= 10 else check) == int(body[8])


def _vat_gb(body: str) -> bool:
    total = sum(int(d) * w for d, w in zip(body[:7], range(8, 1, -1))) + int(body[7:9])
    return total % 97 in (0, 55)


_NIF_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def _nif_es(body: str) -> bool:
    """DNI/NIE control letter (a company's CIF is checked by format only)."""
    number = body.replace("X", "0", 1) if body[0] == "X" else body
    number = {"Y": "1", "Z": "2"}.get(number[0], number[0]) + number[1:]
    if number[:8].isdigit() and body[-1].isalpha():
        return _NIF_LETTERS[int(number[:8]) % 23] == body[-1]
    return bool(re.fullmatch(r"[A-HJNP-SUVW]\d{7}[0-9A-J]", body))


# VAT prefix -> (body pattern, check or None, ISO region). Greece's VAT prefix is EL.
_VAT: dict[str, tuple[str, Callable[[str], bool] | None, str]] = {
    "DE": (r"\d{9}", _vat_de, "DE"), "FR": (r"[0-9A-HJ-NP-Z]{2}\d{9}", _vat_fr, "FR"),
    "IT": (r"\d{11}", luhn_ok, "IT"), "NL": (r"\d{9}B\d{2}", _vat_nl, "NL"),
    "BE": (r"[01]?\d{9}", _vat_be, "BE"), "PL": (r"\d{10}", _vat_pl, "PL"),
    "PT": (r"\d{9}", _vat_pt, "PT"), "ES": (r"[0-9A-Z]\d{7}[0-9A-Z]", _nif_es, "ES"),
    "GB": (r"\d{9}(?:\d{3})?", lambda b: _vat_gb(b[:9]), "GB"), "AT": (r"U\d{8}", None, "AT"),
    "SE": (r"\d{10}01", None, "SE"), "DK": (r"\d{8}", None, "DK"), "FI": (r"\d{8}", None, "FI"),
    "IE": (r"\d{7}[A-W][A-I]?|\d[A-Z+*]\d{5}[A-W]", None, "IE"), "EL": (r"\d{9}", None, "GR"),
    "CZ": (r"\d{8,10}", None, "CZ"), "SK": (r"\d{10}", None, "SK"), "HU": (r"\d{8}", None, "HU"),
    "RO": (r"\d{2,10}", None, "RO"), "LU": (r"\d{8}", None, "LU"), "SI": (r"\d{8}", None, "SI"),
    "HR": (r"\d{11}", None, "HR"), "LT": (r"\d{9}|\d{12}", None, "LT"), "LV": (r"\d{11}", None, "LV"),
    "EE": (r"\d{9}", None, "EE"), "BG": (r"\d{9,10}", None, "BG"), "CY": (r"\d{8}[A-Z]", None, "CY"),
    "MT": (r"\d{8}", None, "MT"), "CHE": (r"-?\d{3}\.?\d{3}\.?\d{3}(?:\s?(?:MWST|TVA|IVA))?", None, "CH"),
}
_VAT_PREFIX = re.compile(r"(?<![A-Za-z0-9])(CHE|[A-Z]{2})(?=[ .-]?[0-9A-Z])")
# The number after the prefix: letters and digits, single separators between them.
_VAT_BODY = re.compile(r"[ .-]?((?:[0-9A-Z+*]|[ .-](?=[0-9A-Z]))+)")
_IBAN = re.compile(r"(?<![A-Za-z0-9])([A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?)(?![A-Za-z0-9])")


def _pesel(d: str) -> bool:
    check = (10 - sum(int(x) * w for x, w in zip(d[:10], (1, 3, 7, 9) * 3)) % 10) % 10
    return check == int(d[10])


def _rut(text: str) -> bool:
    number, check = re.sub(r"[.\s]", "", text).split("-")
    total, factor = 0, 2
    for ch in reversed(number):
        total += int(ch) * factor
        factor = 2 if factor == 7 else factor + 1
    value = 11 - total % 11
    return check.upper() == {11: "0", 10: "K"}.get(value, str(value))


def _cpf(text: str) -> bool:
    d = re.sub(r"\D", "", text)
    if len(set(d)) == 1:
        return False
    for n in (9, 10):
        check = sum(int(x) * w for x, w in zip(d[:n], range(n + 1, 1, -1))) * 10 % 11 % 10
        if check != int(d[n]):
            return False
    return True


def _cnpj(text: str) -> bool:
    d = re.sub(r"\D", "", text)
    for n, weights in ((12, (5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2)), (13, (6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2))):
        r = sum(int(x) * w for x, w in zip(d[:n], weights)) % 11
        if (0 if r < 2 else 11 - r) != int(d[n]):
            return False
    return True


_CF_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                   (1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8,
                    12, 14, 16, 10, 22, 25, 24, 23)))


def _codice_fiscale(cf: str) -> bool:
    total = 0
    for i, ch in enumerate(cf[:15]):
        total += _CF_ODD[ch] if i % 2 == 0 else (int(ch) if ch.isdigit() else ord(ch) - 65)
    return chr(65 + total % 26) == cf[15]


# kind, pattern, check, region, weight, needs (a word that must stand within 30 characters before)
_NATIONAL: tuple[tuple[str, re.Pattern, Callable[[str], bool], str, float, re.Pattern | None], ...] = (
    ("CPF", re.compile(r"(?<!\d)\d{3}\.\d{3}\.\d{3}-\d{2}(?!\d)"), _cpf, "BR", 0.9, None),
    ("CNPJ", re.compile(r"(?<!\d)\d{2}\.\d{3}\.\d{3}/\d{4}-\d{2}(?!\d)"), _cnpj, "BR", 0.9, None),
    ("RUT", re.compile(r"(?<![\d.])\d{1,2}\.\d{3}\.\d{3}-[\dkK](?![\w])"), _rut, "CL", 0.85, None),
    ("CURP", re.compile(r"(?<![A-Z0-9])[A-Z][AEIOUX][A-Z]{2}\d{6}[HMX][A-Z]{5}[A-Z0-9]\d(?![A-Z0-9])"),
     lambda s: True, "MX", 0.9, None),
    ("codice fiscale", re.compile(r"(?<![A-Z0-9])[A-Z]{6}\d{2}[A-EHLMPR-T]\d{2}[A-Z]\d{3}[A-Z](?![A-Z0-9])"),
     _codice_fiscale, "IT", 0.9, None),
    ("DNI/NIE", re.compile(r"(?<![A-Z0-9])(?:\d{8}|[XYZ]\d{7})-?[A-HJ-NP-TV-Z](?![A-Za-z0-9])"),
     lambda s: _nif_es(s.replace("-", "")), "ES", 0.8, None),
    ("PESEL", re.compile(r"(?<!\d)\d{11}(?!\d)"), _pesel, "PL", 0.85, re.compile(r"(?i)pesel")),
    ("SIRET", re.compile(r"(?<!\d)\d{3} ?\d{3} ?\d{3} ?\d{5}(?!\d)"), lambda s: luhn_ok(s.replace(" ", "")), "FR",
     0.85, re.compile(r"(?i)siret")),
    ("NIK", re.compile(r"(?<!\d)(?:1[1-9]|2[1-9]|3[1-6]|5[1-3]|6[1-5]|7[1-6]|8[1-2]|9[1-6])\d{14}(?!\d)"),
     lambda s: True, "ID", 0.85, re.compile(r"(?i)\bNIK\b|KTP")),
)


def find_identifiers(text: str) -> Iterator[Identifier]:
    """Every IBAN, VAT id and national id in ``text`` whose format (and check digits) fit."""
    if not any(map(str.isdigit, text)):
        return
    for match in _IBAN.finditer(text):
        iban = match.group(1).replace(" ", "")
        if iban_ok(iban):
            region = {"GB": "GB", "XK": "XK"}.get(iban[:2], iban[:2])
            yield Identifier("IBAN", match.group(1), region, 0.85, True)
    for match in _VAT_PREFIX.finditer(text):
        found = _vat(text, match)
        if found is not None:
            yield found
    for kind, pattern, check, region, weight, needs in _NATIONAL:
        for match in pattern.finditer(text):
            if needs is not None and not needs.search(text[max(0, match.start() - 30):match.start()]):
                continue
            if check(match.group(0)):
                yield Identifier(kind, match.group(0), region, weight, True)


def _vat(text: str, match: re.Match) -> Identifier | None:
    """The VAT id whose country prefix ``match`` found, if its number fits the format and check."""
    prefix = match.group(1)
    spec = _VAT.get(prefix)
    body_match = _VAT_BODY.match(text, match.end()) if spec else None
    if body_match is None:
        return None
    pattern, check, region = spec
    written = body_match.group(1)
    # "DE136695976 OK" or "ES B12345674 bitte": drop trailing groups until the format fits
    pieces = re.split(r"(?<=[0-9A-Z])(?=[ .-])", written)
    for end in range(len(pieces), 0, -1):
        candidate = "".join(pieces[:end])
        body = re.sub(r"[ .-]", "", candidate)
        if re.fullmatch(pattern, body) and (check is None or check(body)):
            if iban_ok(prefix + body):
                return None
            return Identifier("VAT id", prefix + candidate, region, 0.85 if check else 0.7, check is not None)
    return None


# What phonenumbers' matcher reads as one number: digits, its punctuation (phonenumbermatcher's
# pattern) and plus signs. A number of 7 digits or more lies within one such run.
_PHONE_RUN = re.compile("[\\d+\uff0b\\-x\u2010-\u2015\u2212\u30fc\uff0d-\uff0f \u00a0\u00ad\u200b\u2060\u3000"
                        "()\uff08\uff09\uff3b\uff3d.\\[\\]/~\u2053\u223c\uff5e]+")


def find_phones(text: str, regions: tuple[str, ...]) -> Iterator[Identifier]:
    """Phone numbers in ``text``: international ones anywhere, national ones valid in one of ``regions``."""
    if sum(map(str.isdigit, text)) < 7 or not any(
            len(run) >= 7 and sum(map(str.isdigit, run)) >= 7 for run in _PHONE_RUN.findall(text)):
        return
    import phonenumbers

    found: dict[int, Identifier] = {}
    national: dict[int, set] = {}
    for region in ("ZZ", *regions):
        try:
            matches = list(phonenumbers.PhoneNumberMatcher(text, None if region == "ZZ" else region,
                                                           leniency=phonenumbers.Leniency.VALID))
        except Exception:  # phonenumbers raises on odd input it cannot scan  # noqa: BLE001
            continue
        for match in matches:
            number_region = phonenumbers.region_code_for_number(match.number)
            if not number_region or number_region == "001":
                continue
            if match.raw_string.lstrip().startswith(("+", "00")):
                # the country code says where the number is: +44 20 … is GB, +1 416 … is CA
                found.setdefault(match.start, Identifier("phone number", match.raw_string, number_region, 0.75,
                                                         True))
            else:
                national.setdefault(match.start, set()).add(number_region)
                found.setdefault(match.start, Identifier("phone number", match.raw_string, number_region, 0.6,
                                                         True))
    for start, ident in sorted(found.items()):
        if len(national.get(start, ())) > 1:
            continue  # "0612345678" is a valid mobile number in NL and in FR: no country
        yield ident
