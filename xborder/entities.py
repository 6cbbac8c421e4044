"""What a customer's message names: order ids, tracking numbers (with carrier), amounts, dates,
e-mail addresses and phone numbers.

The e-mail, order-number and phone patterns are the redactor's
(:mod:`xborder.textspans`, shared with :mod:`xborder.translate.redact`), and the redactor protects every span found
here before a text goes to a translation service, so both always agree on what
customer data is.

Tracking formats: the UPU S10 international format (two letters, eight digits,
a check digit, the issuing country; UPU standard S10-12), checked; UPS ``1Z``
(check digit, UPS developer guide); USPS Intelligent Mail package barcodes
(20-22 digits starting 91-95, mod-10 check, USPS Publication 199). Formats
made only of digits (FedEx 12/15, DHL Express 10, Yamato/Sagawa 12, CJ대한통운
10-12, ZTO/YTO 12-15 …) are read as tracking numbers only when the message
names the carrier, or says "tracking" in its language; the number is then
attributed to the named carrier. Carriers' label formats as they publish them
on their tracking pages (checked 2026-12).
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any

from .textspans import EMAIL as _EMAIL
from .textspans import ORDER as _ORDER
from .textspans import ORDER_AFTER_WORD as _ORDER_AFTER_WORD
from .textspans import URL as _URL
from .textspans import is_arabizi_word
from .textspans import phone_spans as _phone_spans

# S10 postal operators by the two-letter country suffix (UPU list of designated operators).
S10_OPERATORS = {
    "AE": "Emirates Post", "AR": "Correo Argentino", "AT": "Österreichische Post", "AU": "Australia Post",
    "BE": "bpost", "BR": "Correios", "CA": "Canada Post", "CH": "Swiss Post", "CN": "China Post",
    "CZ": "Česká pošta", "DE": "Deutsche Post", "DK": "PostNord", "ES": "Correos", "FI": "Posti",
    "FR": "La Poste", "GB": "Royal Mail", "GR": "ELTA", "HK": "Hongkong Post", "HU": "Magyar Posta",
    "ID": "Pos Indonesia", "IE": "An Post", "IL": "Israel Post", "IN": "India Post", "IR": "Iran Post",
    "IT": "Poste Italiane", "JP": "Japan Post", "KR": "Korea Post", "MX": "Correos de México",
    "MY": "Pos Malaysia", "NL": "PostNL", "NO": "Posten", "NZ": "NZ Post", "PH": "PHLPost",
    "PL": "Poczta Polska", "PT": "CTT", "RO": "Poșta Română", "RU": "Russian Post", "SA": "Saudi Post",
    "SE": "PostNord", "SG": "SingPost", "TH": "Thailand Post", "TR": "PTT", "TW": "Chunghwa Post",
    "UA": "Ukrposhta", "US": "USPS", "VN": "Vietnam Post", "ZA": "SAPO",
}
# Formats that name their carrier by themselves: (carrier, pattern, check).
_SELF = (
    ("UPU S10", r"(?<![A-Za-z0-9])[A-Z]{2}\d{9}[A-Z]{2}(?![A-Za-z0-9])", "s10"),
    ("UPS", r"(?<![A-Za-z0-9])1Z[0-9A-Z]{16}(?![A-Za-z0-9])", "ups"),
    ("USPS", r"(?<![\d ])9[1-5](?: ?\d){18,20}(?![\d])", "usps"),
    ("SF Express", r"(?<![A-Za-z0-9])SF\d{12,13}(?![A-Za-z0-9])", None),
    ("YTO Express", r"(?<![A-Za-z0-9])YT\d{13,16}(?![A-Za-z0-9])", None),
    ("PostNL", r"(?<![A-Za-z0-9])3S[A-Z]{4}\d{6,9}(?![A-Za-z0-9])", None),
    ("Colissimo", r"(?<![A-Za-z0-9])[6-9][A-Z]\d{11}(?![A-Za-z0-9])", None),
    ("Correos", r"(?<![A-Za-z0-9])P[KQ][A-Z0-9]{14,21}(?![A-Za-z0-9])", None),
    ("Amazon Logistics", r"(?<![A-Za-z0-9])TBA\d{12}(?![A-Za-z0-9])", None),
    ("Cainiao", r"(?<![A-Za-z0-9])LP\d{14}(?![A-Za-z0-9])", None),
    ("J&T Express", r"(?<![A-Za-z0-9])JT\d{10,13}(?![A-Za-z0-9])", None),
)
# Digit-only formats: carrier -> (names customers write, digit counts).
_CONTEXT = {
    "FedEx": (r"fedex|fed ex", (12, 15, 20, 22)),
    "DHL": (r"dhl", (10, 11, 12, 20)),
    "DPD": (r"dpd", (14,)),
    "GLS": (r"gls", (11, 12)),
    "Evri": (r"evri|hermes", (16,)),
    "InPost": (r"inpost|paczkomat", (24,)),
    "Yamato Transport": (r"yamato|ヤマト|クロネコ|宅急便", (12,)),
    "Sagawa Express": (r"sagawa|佐川", (12,)),
    "Japan Post": (r"japan post|日本郵便|ゆうパック|ゆうパケット", (11, 12, 13)),
    "CJ Logistics": (r"cj ?대한통운|대한통운|cj logistics|cj택배", (10, 11, 12)),
    "Hanjin": (r"한진", (10, 12)),
    "Lotte Global Logistics": (r"롯데택배|롯데", (12, 13)),
    "Korea Post": (r"우체국", (13,)),
    "SF Express": (r"顺丰|順豐|sf express", (12, 15)),
    "ZTO Express": (r"中通|zto", (12, 13, 14, 15)),
    "YTO Express": (r"圆通|圓通|yto", (12, 13, 15)),
    "STO Express": (r"申通|sto express", (12, 13, 15)),
    "Yunda": (r"韵达|yunda", (13, 15)),
    "JD Logistics": (r"京东|jd logistics", (12, 13, 15)),
    "CTT": (r"\bctt\b", (12, 13)),
    "Correios": (r"correios", (13,)),
    "Kerry Express": (r"kerry", (12, 13)),
    "Thailand Post": (r"ไปรษณีย์ไทย|thailand post", (13,)),
}
# "tracking number" in the supported languages: a long digit run after it is a tracking number.
_TRACKING_WORD = (
    r"(?i)tracking|track(?:ing)? ?(?:no|nr|number|#)|seguimiento|rastreo|rastreio|c[oó]digo de rastr|"
    r"sendungsnummer|sendungsverfolgung|trackingnummer|suivi|num[ée]ro de suivi|tracciamento|spedizione n|"
    r"track ?(?:&|en) ?trace|numer (?:przesyłki|śledzenia)|трек|отслежива|takip|"
    r"追踪|追蹤|单号|單號|运单|運單|快递单|追跡番号|お問い合わせ番号|伝票番号|운송장|송장|"
    r"มพัสดุ|เลขพัสดุ|mã vận đơn|mã theo dõi|resi|nomor resi|nombor penjejakan|"
    r"ट्रैकिंग|sporingsnummer|spårningsnummer|kollinummer|seurantakoodi|seurantanumero|"
    r"číslo zásilky|nyomkövet|număr de urmărire|awb|αριθμός αποστολής|מספר מעקב|شماره رهگیری|رقم التتبع|رقم الشحنة")
_DIGIT_RUN = r"(?<![\w+-])\d(?:[ ]?\d){9,25}(?![\w-])"

_CURRENCY_SIGNS = (
    ("R$", "BRL"), ("US$", "USD"), ("C$", "CAD"), ("CA$", "CAD"), ("A$", "AUD"), ("AU$", "AUD"),
    ("NZ$", "NZD"), ("S$", "SGD"), ("HK$", "HKD"), ("MX$", "MXN"), ("€", "EUR"), ("£", "GBP"),
    ("₩", "KRW"), ("원", "KRW"), ("円", "JPY"), ("元", "CNY"), ("块", "CNY"), ("人民币", "CNY"),
    ("₹", "INR"), ("Rs.", "INR"), ("Rs", "INR"), ("zł", "PLN"), ("zl", "PLN"), ("₽", "RUB"),
    ("руб", "RUB"), ("р.", "RUB"), ("₴", "UAH"), ("грн", "UAH"), ("₺", "TRY"), ("TL", "TRY"),
    ("₪", "ILS"), ("ש\"ח", "ILS"), ("฿", "THB"), ("บาท", "THB"), ("₫", "VND"), ("đồng", "VND"),
    ("Rp", "IDR"), ("RM", "MYR"), ("Kč", "CZK"), ("Ft", "HUF"), ("lei", "RON"), ("euros", "EUR"),
    ("euro", "EUR"), ("reais", "BRL"), ("dollars", "USD"), ("pesos", "MXN"), ("ريال", "SAR"),
    ("ر.س", "SAR"), ("درهم", "AED"), ("د.إ", "AED"), ("تومان", "IRR"), ("ریال", "IRR"),
    ("kr", None), ("$", None), ("¥", None),
)
_ISO_CODES = ("EUR|USD|GBP|JPY|CNY|RMB|KRW|BRL|MXN|ARS|CAD|AUD|NZD|SGD|HKD|INR|PLN|RUB|UAH|TRY|ILS|THB|"
              "VND|IDR|MYR|PHP|CZK|HUF|RON|SEK|DKK|NOK|CHF|SAR|AED|IRR|ZAR|CLP|COP|PEN|TWD")
_SIGN = "|".join(re.escape(s) for s, _ in sorted(_CURRENCY_SIGNS, key=lambda x: -len(x[0])))
_NUM = r"\d{1,3}(?:[.,  ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
_AMOUNT = (
    rf"(?<![\w$€£¥₩])(?P<pre>{_SIGN}|(?:{_ISO_CODES})(?![A-Za-z]))\s?(?P<n1>{_NUM})(?!\d)"
    rf"|(?<![\d.,])(?P<n2>{_NUM})\s?(?P<post>{_SIGN}|(?:{_ISO_CODES})(?![A-Za-z]))(?![a-zA-Z])")
_SIGN_CODE = dict(_CURRENCY_SIGNS)
# Regions whose currency a bare "$", "kr" or "¥" means.
_DOLLAR_REGIONS = {"MX": "MXN", "AR": "ARS", "CA": "CAD", "AU": "AUD", "NZ": "NZD", "SG": "SGD", "HK": "HKD",
                   "CL": "CLP", "CO": "COP", "TW": "TWD"}
_KRONE = {"SE": "SEK", "DK": "DKK", "NO": "NOK"}
# A code typed after the word for a discount code: a promo code, not an order number.
_PROMO = re.compile(
    r"(?i:promo ?code|discount code|coupon(?: code)?|voucher(?: code)?|gift ?card|code|cup[oó]n|cupom|c[oó]digo|"
    r"gutschein(?:code)?|rabattcode|aktionscode|codice(?: sconto)?|code promo|kod(?: rabatowy)?|kupon|kortingscode|"
    r"rabattkod|rabatkode|alennuskoodi|indirim kodu|промокод|купон|クーポン(?:コード)?|쿠폰(?: 코드)?|优惠码|折扣码|"
    r"kode promo|kod promo|mã giảm giá|โค้ด)\s*[:\"'“«]?\s*([A-Z0-9][A-Z0-9_-]{3,})(?![\w-])")
_DATE_PATTERNS = (
    ("iso", r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)"),
    ("cjk", r"(?:(\d{4})\s*[年년]\s*)?(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]"),
    ("numeric", r"(?<![\d.,/-])(\d{1,2})([./])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?![\d.,/]\d)"),
)


@functools.cache
def _digit_patterns() -> dict[str, Any]:
    """The patterns that can only match a digit, compiled on first use: a message without
    a digit (most short ones) never pays for them."""
    return {
        "self": [(carrier, re.compile(rx), check) for carrier, rx, check in _SELF],
        "context": {carrier: re.compile(rf"(?i)(?<![a-z]){names}(?![a-z])")
                    for carrier, (names, _) in _CONTEXT.items()},
        "tracking_word": re.compile(_TRACKING_WORD),
        "digit_run": re.compile(_DIGIT_RUN),
        "amount": re.compile(_AMOUNT),
        "dates": [(kind, re.compile(rx)) for kind, rx in _DATE_PATTERNS],
        "mask": re.compile(_MASK),
    }


_DECIMAL = re.compile(r"\d")


def _has_digit(text: str) -> bool:
    """Whether any character is a digit (``str.isdigit``: true for every character that \\d matches)."""
    if _DECIMAL.search(text) is not None:   # a decimal digit (\\d) is a digit
        return True
    # else only the other digits (superscripts, circled digits…), none of them ASCII
    return not text.isascii() and any(ch.isdigit() for ch in set(text))


@dataclass(frozen=True)
class Entities:
    """Everything a message names, each with its span in the text."""

    order_ids: tuple[dict, ...] = ()
    tracking: tuple[dict, ...] = ()
    promo_codes: tuple[dict, ...] = ()
    amounts: tuple[dict, ...] = ()
    dates: tuple[dict, ...] = ()
    emails: tuple[dict, ...] = ()
    phones: tuple[dict, ...] = ()
    spans: tuple[tuple[int, int, str], ...] = field(default=(), repr=False)

    def to_dict(self) -> dict[str, Any]:
        """Only the kinds found; spans left out (``span`` stays on each item)."""
        out = {}
        for key in ("order_ids", "tracking", "promo_codes", "amounts", "dates", "emails", "phones"):
            items = getattr(self, key)
            if items:
                out[key] = [dict(i) for i in items]
        return out


def s10_ok(number: str) -> bool:
    """UPU S10 check digit: weights 8 6 4 2 3 5 9 7 over the serial, 11 minus the sum mod 11."""
    total = sum(int(d) * w for d, w in zip(number[2:10], (8, 6, 4, 2, 3, 5, 9, 7)))
    check = 11 - total % 11
    check = {10: 0, 11: 5}.get(check, check)
    return check == int(number[10])


def ups_ok(number: str) -> bool:
    """UPS 1Z check digit: letters as (code - 63) mod 10, every second value doubled, mod 10."""
    total = 0
    for i, ch in enumerate(number[2:17]):
        value = int(ch) if ch.isdigit() else (ord(ch) - 63) % 10
        total += value * 2 if i % 2 else value
    return (10 - total % 10) % 10 == int(number[17])


def mod10_ok(digits: str) -> bool:
    """USPS mod-10: from the right (check digit excluded), weights 3, 1, 3 …"""
    body, check = digits[:-1], int(digits[-1])
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - total % 10) % 10 == check


_CHECKS = {"s10": s10_ok, "ups": ups_ok, "usps": lambda n: mod10_ok(n.replace(" ", ""))}


def find_tracking(text: str) -> list[dict]:
    """Tracking numbers with carrier, format and whether a check digit was verified."""
    found: list[dict] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, carrier: str | None, fmt: str, checked: bool | None) -> None:
        if any(start < e and end > s for s, e in taken):
            return
        taken.append((start, end))
        found.append({"number": text[start:end].replace(" ", ""), "carrier": carrier, "format": fmt,
                      "check_digit": checked, "span": [start, end]})

    if not _has_digit(text):
        return found
    rx = _digit_patterns()
    for carrier, pattern, check in rx["self"]:
        for m in pattern.finditer(text):
            number = m.group(0)
            if check is not None:
                if not _CHECKS[check](number):
                    continue
                if check == "s10":
                    add(m.start(), m.end(), S10_OPERATORS.get(number[-2:]), "upu_s10", True)
                else:
                    add(m.start(), m.end(), carrier, check, True)
            else:
                add(m.start(), m.end(), carrier, _slug(carrier), None)
    runs = list(rx["digit_run"].finditer(text))
    if runs:
        named = [c for c, crx in rx["context"].items() if crx.search(text)]
        tracking_word = rx["tracking_word"].search(text)
        for m in runs:
            digits = m.group(0).replace(" ", "")
            carrier = next((c for c in named if len(digits) in _CONTEXT[c][1]), None)
            if carrier is not None:
                add(m.start(), m.end(), carrier, _slug(carrier), None)
            elif tracking_word is not None and 10 <= len(digits) <= 22 and " " not in m.group(0):
                add(m.start(), m.end(), named[0] if len(named) == 1 else None, "digits", None)
    return found


def _slug(carrier: str) -> str:
    return re.sub(r"\W+", "_", carrier.lower()).strip("_")


def _money(raw: str) -> str | None:
    """'1.234,56' -> '1234.56', '49,99' -> '49.99', '1,234' -> '1234' (a group of three is thousands)."""
    raw = raw.replace("\u00a0", " ").replace(" ", "")
    last = max(raw.rfind("."), raw.rfind(","))
    if last == -1:
        return raw
    decimals = len(raw) - last - 1
    if decimals in (1, 2):
        return raw[:last].replace(".", "").replace(",", "") + "." + raw[last + 1:]
    return raw.replace(".", "").replace(",", "")


def _currency(sign: str, region: str | None, text: str) -> str | None:
    code = _SIGN_CODE.get(sign, sign.upper() if sign.isalpha() and sign.isupper() else None)
    if code == "RMB":
        return "CNY"
    if code is not None:
        return code
    country = (region or "").split("-")[0].upper()
    if sign == "$":
        return _DOLLAR_REGIONS.get(country, "USD" if country in ("US", "") else None)
    if sign == "kr":
        return _KRONE.get(country)
    if sign == "¥":
        if country == "CN" or re.search(r"[\u4e00-\u9fff]", text) and not re.search(r"[\u3040-\u30ff]", text):
            return "CNY" if country != "JP" else "JPY"
        return "JPY"
    return None


def find_amounts(text: str, region: str | None = None) -> list[dict]:
    out: list[dict] = []
    if not _has_digit(text):
        return out
    for m in _digit_patterns()["amount"].finditer(text):
        sign = m.group("pre") or m.group("post")
        number = m.group("n1") or m.group("n2")
        out.append({"text": m.group(0).strip(), "amount": _money(number), "currency": _currency(sign, region, text),
                    "span": [m.start(), m.end()]})
    return out


def find_dates(text: str, taken: list[tuple[int, int]]) -> list[dict]:
    import datetime as dt

    out: list[dict] = []
    if not _has_digit(text):
        return out
    for kind, pattern in _digit_patterns()["dates"]:
        for m in pattern.finditer(text):
            if any(m.start() < e and m.end() > s for s, e in taken):
                continue
            value, ambiguous = None, False
            try:
                if kind == "iso":
                    value = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
                elif kind == "cjk":
                    year = m.group(1)
                    value = (dt.date(int(year), int(m.group(2)), int(m.group(3))).isoformat() if year
                             else f"--{int(m.group(2)):02d}-{int(m.group(3)):02d}")
                else:
                    a, b, year = int(m.group(1)), int(m.group(3)), m.group(4)
                    if a > 31 or b > 31 or (a > 12 and b > 12) or (a == 0 or b == 0):
                        continue
                    if m.group(2) == "." and not year and b > 12:
                        continue  # "4.5" or "3.25" is a number, not a date
                    ambiguous = a <= 12 and b <= 12 and a != b
                    if not ambiguous:
                        day, month = (a, b) if a > 12 or a == b else (b, a)
                        y = int(year) + (2000 if year and len(year) == 2 else 0) if year else None
                        value = (dt.date(y, month, day).isoformat() if y else f"--{month:02d}-{day:02d}")
            except ValueError:
                continue
            taken.append((m.start(), m.end()))
            item = {"text": m.group(0), "value": value, "span": [m.start(), m.end()]}
            if ambiguous:
                item["ambiguous"] = True
            out.append(item)
    return sorted(out, key=lambda d: d["span"][0])


def extract(text: str, *, region: str | None = None) -> Entities:
    """Every entity in ``text``; overlapping candidates resolved tracking > e-mail > amount >
    date > promo code > order id > phone. ``region`` reads national phone numbers and a bare ``$``."""
    if not isinstance(text, str):
        from .errors import InputError

        raise InputError("entities: the text must be a string")
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    emails = []
    for m in _EMAIL.finditer(text):
        emails.append({"text": m.group(0), "span": [m.start(), m.end()]})
        taken.append((m.start(), m.end()))
    for m in _URL.finditer(text):
        taken.append((m.start(), m.end()))
    urls = list(taken)
    tracking = [t for t in find_tracking(text) if free(*t["span"])]
    taken.extend(tuple(t["span"]) for t in tracking)
    amounts = [a for a in find_amounts(text, region) if free(*a["span"])]
    taken.extend(tuple(a["span"]) for a in amounts)
    dates = find_dates(text, taken)
    promos = []
    for m in _PROMO.finditer(text):
        if free(m.start(1), m.end(1)) and any(ch.isalpha() for ch in m.group(1)):
            promos.append({"code": m.group(1), "span": [m.start(1), m.end(1)]})
            taken.append((m.start(1), m.end(1)))
    orders: list[dict] = []
    candidates = [(m.start(1), m.end(1)) for m in _ORDER_AFTER_WORD.finditer(text)]
    for rx in _ORDER:
        candidates.extend((m.start(), m.end()) for m in rx.finditer(text))
    for start, end in sorted(candidates, key=lambda s: (s[0], -(s[1] - s[0]))):
        if free(start, end):
            value = text[start:end].lstrip("#").strip()
            orders.append({"id": value, "span": [start, end]})
            taken.append((start, end))
    phones = []
    for start, end in _phone_spans(text, region):
        if free(start, end):
            phones.append({"text": text[start:end], "e164": _e164(text[start:end], region),
                           "span": [start, end]})
            taken.append((start, end))
    spans = sorted({(s, e, k) for k, items in (("tracking", tracking), ("email", emails), ("amount", amounts),
                                               ("date", dates), ("promo", promos), ("order", orders),
                                               ("phone", phones))
                    for s, e in (tuple(i["span"]) for i in items)} | {(s, e, "url") for s, e in urls})
    return Entities(tuple(orders), tuple(tracking), tuple(promos), tuple(amounts), tuple(dates), tuple(emails),
                    tuple(phones), tuple(spans))


def _e164(raw: str, region: str | None) -> str | None:
    import phonenumbers

    try:
        number = phonenumbers.parse(raw, (region or "").split("-")[0].upper() or None)
    except phonenumbers.NumberParseException:
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


_MASK = r"[A-Za-z0-9#№_/.,:+\-]*\d[A-Za-z0-9#№_/.,:+\-]*"


def mask(text: str) -> str:
    """``text`` with e-mail addresses, URLs and every token holding a digit blanked out
    (they name things, not what the customer needs); an Arabizi word ("3ayez") stays."""
    if "@" in text:
        text = _EMAIL.sub(" ", text)
    if "http" in text or "www" in text:
        text = _URL.sub(" ", text)
    return _digit_patterns()["mask"].sub(_masked, text) if _has_digit(text) else text


def _masked(match: re.Match) -> str:
    token = match.group()
    word = token.strip("#№_/.,:+-")
    if word and not word.isupper() and is_arabizi_word(word.lower()):
        return token
    return " "
