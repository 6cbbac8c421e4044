"""``taboo_number``: unlucky numbers where a customer sees them chosen — prices, discounts,
promo codes and counts of things given.

The numbers come from the rule file (``tokens``: "4", "14", "44"…); a run of
the same taboo digit ("444") counts too. ``contexts`` picks where to look:

- ``price``: the amount next to a currency sign or word (¥44, 74元, 4,000원 is
  not 4: the whole integer part is compared);
- ``discount``: ``44%``, the Chinese ``4折``, and an amount a discount word announces
  ("un buono da 17 euro", "a €44 voucher": the store chose it);
- ``code``: a promo code near a cue word ("code", "优惠码", "クーポン", "쿠폰")
  containing a taboo number (SAVE44, VIP4 — SPRING2024 is 2024, not 4);
- ``count``: a number followed by one of the rule's ``counters`` (件, 个, 개,
  つ, "gifts"), patterns that can exclude time units (个工作日). A count of what the customer
  chose ("感谢您选购的床上四件套", "the 4-piece set you ordered": the rule's ``purchased`` words
  shortly before it) is their choice, not the store's. ``elided`` patterns find a count whose
  counted word went before it ("вместо 7 роз будет 6", "букет тюльпанов — их будет 10"): each
  has a group ``n``, the number in digits or one of ``number_words``.

Order numbers and tracking numbers are never flagged: nobody chose them.
"""
from __future__ import annotations

import re
from typing import Iterator

from ..base import Hit, RuleType, Target
from ..patterns import lazy_compile
from .currency import money

CONTEXTS = ("price", "discount", "code", "count")
_DISCOUNT = lazy_compile(r"(?<![0-9.,])([0-9]{1,3})(?:\s?%|％|\s?折)")
_CODE = lazy_compile(r"(?<![A-Za-z0-9])(?=[A-Z0-9]*[A-Z])(?=[A-Z0-9]*[0-9])[A-Z][A-Z0-9]{2,19}(?![A-Za-z0-9])"
                   r"|(?<![A-Za-z0-9])[0-9]{1,4}[A-Z][A-Z0-9]{1,18}(?![A-Za-z0-9])")
# Words that announce a promo code, in the languages the rules cover.
_CODE_CUE = lazy_compile(
    r"(?i:code|coupon|promo|voucher|discount|codice|sconto|buono|gutschein|rabatt|réduction|remise|"
    r"cupón|cupom|código|descuento|desconto|kortingscode|korting|kode|kupon|voucher|indirim|kod|"
    r"купон|промокод|скидк)|优惠码|优惠券|折扣码|兑换码|券|優惠碼|優惠券|折扣碼|クーポン|コード|割引|쿠폰|코드|할인|"
    r"קוד|קופון|رمز|كود|كوبون|خصم|คูปอง|โค้ด|ส่วนลด|कूपन|कोड")
_DIGITS = lazy_compile(r"[0-9]+")
_PURCHASE_REACH = 24  # characters between "you bought" and the count of what was bought
_HAN_DIGITS = "〇零一二两兩三四五六七八九十百"
_HAN_VALUES = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6,
               "七": 7, "八": 8, "九": 9}


def han_number(text: str) -> str | None:
    """Chinese/Japanese numerals up to 999 as digits: 四 -> "4", 十四 -> "14", 七十四 -> "74"."""
    total, current = 0, 0
    for char in text:
        if char in _HAN_VALUES:
            current = _HAN_VALUES[char]
        elif char == "十":
            total += (current or 1) * 10
            current = 0
        elif char == "百":
            total += (current or 1) * 100
            current = 0
        else:
            return None
    return str(total + current)


class TabooNumber(RuleType):
    """Prices, discounts, promo codes and counts that use a number the customer's culture avoids."""

    KEYS = ("tokens", "contexts", "counters", "exceptions", "purchased", "number_words", "elided")
    REQUIRED = ("tokens",)
    DEFAULT_CODE = "taboo_number"
    FIELDS = ("number", "context")

    def __init__(self, rule) -> None:
        super().__init__(rule)
        self.numbers = self.strings("tokens", required=True)
        bad = [n for n in self.numbers if not n.isdigit()]
        if bad:
            raise self.fail("tokens", f"taboo_number tokens are numbers written in digits, not {bad[0]!r}")
        self.taboo = set(self.numbers)
        self.repeated = [n for n in self.numbers if len(n) == 1]
        self.contexts = self.strings("contexts") or CONTEXTS
        unknown = [c for c in self.contexts if c not in CONTEXTS]
        if unknown:
            raise self.fail("contexts", f"unknown context {unknown[0]!r} (known: {', '.join(CONTEXTS)})")
        counters = self.strings("counters")
        if "count" in self.contexts and not counters:
            raise self.fail("contexts", "the 'count' context needs 'counters' (the words that follow a count)")
        words = self.option("number_words", {}) or {}
        if not isinstance(words, dict) or not all(isinstance(v, (int, str)) and str(v).isdigit()
                                                  for v in words.values()):
            raise self.fail("number_words", "number_words maps a word to the number it says ('four': 4)")
        self.words = {str(k).lower(): str(v) for k, v in words.items()}
        spelled = "".join(f"|(?<!\\w){re.escape(w)}(?!\\w)" for w in sorted(self.words, key=len, reverse=True))
        # "第4条" is an ordinal (article 4, the 4th item), not a count of things given
        self.counted = (self.compile(rf"(?<![0-9.,{_HAN_DIGITS}第])([0-9]{{1,4}}|[{_HAN_DIGITS}]{{1,4}}{spelled})\s?"
                                     rf"(?:{'|'.join(counters)})", "counters", re.IGNORECASE) if counters else None)
        elided = self.strings("elided")
        if any("(?P<n>" not in e for e in elided):
            raise self.fail("elided", "each 'elided' pattern names the number with a group (?P<n>…)")
        self.elided = (self.compile("|".join(f"(?:{e.replace('(?P<n>', '(?P<n' + str(i) + '>')})"
                                             for i, e in enumerate(elided)), "elided", re.IGNORECASE)
                       if elided else None)
        purchased = self.strings("purchased")
        self.purchased = (self.compile("|".join(f"(?:{p})" for p in purchased), "purchased", re.IGNORECASE)
                          if purchased else None)

    def is_taboo(self, digits: str) -> bool:
        digits = digits.lstrip("0") or "0"
        return digits in self.taboo or any(len(digits) > 1 and set(digits) == {d} for d in self.repeated)

    def find(self, text: str, target: Target) -> Iterator[Hit]:
        seen: set[tuple[int, int]] = set()

        def hit(start: int, end: int, number: str, context: str) -> Iterator[Hit]:
            if (start, end) not in seen:
                seen.add((start, end))
                yield Hit(start, end, None, {"number": number, "context": context})

        if "price" in self.contexts or "discount" in self.contexts:
            for m in money(text):
                integer = re.sub(r"[^0-9]", "", re.split(r"[.,](?=[0-9]{1,2}$)", m.number)[0])
                if not self.is_taboo(integer):
                    continue
                if "price" in self.contexts:
                    yield from hit(m.start, m.end, integer, "price")
                elif _CODE_CUE.search(text, max(0, m.start - 25), m.end + 15):  # "un buono da 17 euro"
                    yield from hit(m.start, m.end, integer, "discount")
        if "discount" in self.contexts and ("%" in text or "％" in text or "折" in text):
            for m in _DISCOUNT.finditer(text):
                if self.is_taboo(m.group(1)):
                    yield from hit(m.start(), m.end(), m.group(1), "discount")
        if "code" in self.contexts and _CODE_CUE.search(text):
            for m in _CODE.finditer(text):
                before = text[max(0, m.start() - 40):m.start()]
                if not _CODE_CUE.search(before):
                    continue
                for run in _DIGITS.findall(m.group()):
                    if self.is_taboo(run):
                        yield from hit(m.start(), m.end(), run, "code")
                        break
        if self.counted is not None:
            for m in self.counted.finditer(text):
                word = m.group(1)
                number = word if word.isdigit() else self.words.get(word.lower()) or han_number(word)
                if self.purchased is not None and self.purchased.search(text, max(0, m.start() - _PURCHASE_REACH),
                                                                        m.start()):
                    continue  # "您选购的床上四件套": the customer's own choice
                if number and self.is_taboo(number):
                    yield from hit(m.start(), m.end(), number, "count")
        if self.elided is not None:
            for m in self.elided.finditer(text):
                group = next(g for g, v in m.groupdict().items() if v is not None)
                word = m.group(group)
                number = word if word.isdigit() else self.words.get(word.lower())
                if self.purchased is not None and self.purchased.search(text, max(0, m.start() - _PURCHASE_REACH),
                                                                        m.start()):
                    continue
                if number and self.is_taboo(number):
                    yield from hit(m.start(group), m.end(group), number, "count")
