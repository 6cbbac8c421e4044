"""``policy_conflict`` flags: a reply that promises less than the customer's law.

Checks, per clause of the reply (so "return within 30 days … we refund within
5 days" reads as two promises):

* a return window shorter than the statutory withdrawal period (error);
* a restocking fee where the law allows none on a withdrawal, or more than it allows (error);
* a guarantee shorter than the statutory one (warning);
* a data-request answer later than the privacy law's deadline (warning);
* a blanket refusal of returns ("final sale", "概不退换") where the law gives a right of
  withdrawal or voids such a clause, unless the sentence names a lawful reason (made to
  order, hygiene seal, a period that has run out) (error);
* a refund only as store credit where the law says a withdrawal is refunded by the means
  paid with (``refund_means`` of the withdrawal fact, on the region or its baseline), including a
  voucher "for the amount" of a return with no choice and no money refund named (error);
* the guarantee denied ("sale items have no warranty") or faulty goods refused or sent to the maker
  where the seller must put them right (``faulty_goods_remedy``) (error);
* "warranty void if opened" where a statutory guarantee exists (error);
* the customer told to pay return shipping where the law puts it on the trader (error).
* sale or opened goods refused in the language's own words: a sale or "opened" word, a return
  word and a refusal in one sentence, where the law gives the right (error).
* what the store keeps back from a refund (a fee or the delivery deducted, not refunded or
  excluded), where a withdrawal is refunded in full, delivery included (error);
* a fault handed to the maker (the maker named with a duty put on it or on the customer), where
  the seller answers for faults (error).

Which of these apply to a customer comes from the region's policy data, never from the code.
"""
from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from typing import Any, Callable, NamedTuple

from ..policy.profiles import Profile, effective_profile
from ..policy.spans import between
from ..results import Flag
from . import conflict_terms as terms
from .base import unwrap

# Bidi isolates and marks (inserted around values in RTL replies) read as spaces.
_INVISIBLE_MARKS = "\u2066\u2067\u2068\u2069\u200e\u200f\u200b\u00ad"
_INVISIBLE = dict.fromkeys(map(ord, _INVISIBLE_MARKS), " ")
_CLAUSE_BREAK = re.compile(r"[.!?;:,，、。！？；：،؛\n]+(?:\s|$)|[，、。！？；：،؛]")
# "even within the 7 days": a period the customer is still inside, not one that has run out.
# A period the refusal is said to hold even within ("même dans le délai de 14 jours", "auch innerhalb der Frist
# von 14 Tagen", "ni durante el plazo de 14 días"): the right's own period, not one that has run out.
_WITHIN = re.compile(r"(?i:(?<!\w)(?:within|inside|during|dentro|durante|innerhalb|während|binnen|tijdens|dans|pendant|"
                     r"durant|entro|w ciągu|podczas|в течение)(?:\s+\w+){0,4}?(?:\s+(?:de|di|von|of|van|del|da|do|z))?\s*$)")
_DATE_BEFORE = re.compile(r"[月월]\s*$")


def _alternation(table: dict[str, str]) -> str:
    return "|".join(f"(?:{v})" for v in table.values())


# Word boundaries only against alphabetic scripts written with spaces: CJK has no
# spaces and Arabic attaches prefixes (و، ال), so those entries match as they stand.
_LETTER = r"A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff"
_START = rf"(?<![{_LETTER}])"
_END = rf"(?![{_LETTER}])"


def _trie(words) -> str:
    """An alternation of ``words`` as a prefix tree ("s(?:even|ix(?:ty)?)"): at each position the
    engine follows one branch instead of trying every word (the longest word wins, as sorted)."""
    tree: dict = {}
    for word in words:
        node = tree
        for char in word.lower():
            node = node.setdefault(char, {})
        node[""] = {}

    def walk(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(char) + walk(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return walk(tree)


def _compile(table: dict[str, str]) -> re.Pattern:
    return _gated(rf"{_START}(?:{_alternation(table)})")


def _gated(pattern: str) -> re.Pattern:
    """``pattern`` (ignoring case), compiled when first asked about a text holding its gate's
    literals (:mod:`xborder.lint.gates`): most replies name no refusal, fee or guarantee."""
    from .patterns import lazy_compile

    return lazy_compile(pattern, re.IGNORECASE, gate=True)  # type: ignore[return-value]


class _Patterns:
    """The conflict vocabulary of every shipped language, each compiled when first needed:
    most replies state no period, and then only ``period`` is ever used."""

    @functools.cached_property
    def period(self) -> re.Pattern:
        number = rf"(?P<num>\d{{1,4}}|{_trie(terms.NUMBER_WORDS)})"
        unit = (rf"(?P<unit>(?P<bizday>{terms.BUSINESS_UNIT})|(?P<day>{terms.DAY_UNITS})|(?P<week>{terms.WEEK_UNITS})|"
                rf"(?P<month>{terms.MONTH_UNITS})|(?P<year>{terms.YEAR_UNITS}))")
        calendar = rf"(?:(?:{terms.CALENDAR_QUALIFIERS}|(?P<biz>{terms.BUSINESS_BEFORE}))\s{{0,3}})?"
        after = rf"(?:\s{{1,2}}(?P<bizafter>{terms.BUSINESS_AFTER}))?"
        return _gated(rf"(?<![0-9{_LETTER}.,]){number}\s{{0,3}}(?:-\s?)?{calendar}{unit}{_END}{after}{_END}")

    @functools.cached_property
    def processing(self) -> re.Pattern:
        return re.compile(terms.PROCESSING, re.IGNORECASE)

    @functools.cached_property
    def bank_delay(self) -> re.Pattern:
        return re.compile(terms.BANK_DELAY, re.IGNORECASE)

    @functools.cached_property
    def business_lead(self) -> re.Pattern:
        return re.compile(terms.BUSINESS_LEAD, re.IGNORECASE)

    @functools.cached_property
    def fee_needles(self) -> tuple[str, ...] | None:
        """Literals one of which every restocking-fee phrase contains (None: not known)."""
        from .patterns import required_any

        found: list[str] = []
        for pattern in terms.RESTOCKING_FEE.values():
            needles = required_any(pattern)
            if needles is None:
                return None
            found += needles
        return tuple(found)

    def vocabulary(self, language: str | None) -> "_Vocabulary":
        """Return, refund, guarantee, data-request and other-period words of the reply's language
        and English ("para" is money in Turkish and "for" in Portuguese: one language's word must
        not be read in another's reply); every language when the reply's is not known or is
        English (a store writing in English quotes its other markets' terms)."""
        key = language if language in terms.RETURN and language != "en" else None
        return _for_language(self._vocabularies, key, _Vocabulary, (
            terms.RETURN, terms.REFUND, terms.GUARANTEE, terms.DATA_REQUEST, terms.OTHER_PERIOD, terms.FROM_ORDER))

    @functools.cached_property
    def _vocabularies(self) -> dict:
        return {}

    @functools.cached_property
    def fee(self) -> re.Pattern:
        return _compile(terms.RESTOCKING_FEE)

    @functools.cached_property
    def negation(self) -> re.Pattern:
        return re.compile(rf"{_START}(?:{_alternation(terms.NEGATION)}){_END}", re.IGNORECASE)

    def refusals(self, language: str | None) -> "_Refusals":
        """The refusal vocabulary of the reply's language and English (a reply in a third
        language is rare; compiling only two languages keeps the scan of every reply cheap)."""
        key = language if language in terms.NO_RETURNS else None
        return _for_language(self._refusals, key, _Refusals, (
            terms.NO_RETURNS, terms.LAWFUL_REFUSAL, terms.STORE_CREDIT_ONLY, terms.WARRANTY_VOID_OPENED,
            terms.CUSTOMER_PAYS_RETURN, terms.SALE_ITEMS, terms.REFUSED_REFUND, terms.CHANGE_OF_MIND, terms.CHARGES,
            terms.NO_MONEY_REFUND, terms.CREDIT, terms.DEFECT, terms.CUSTOMER_DAMAGE, terms.MANUFACTURER,
            terms.HANDS_TIED, terms.WARRANTY_OVER, terms.PAYS_OWN, terms.GUARANTEE_DENIED, terms.AMOUNT,
            terms.OPTION, terms.OPENED, terms.REFUSE, terms.UNOPENED_ONLY, terms.FAULT_REFUSAL))

    @functools.cached_property
    def no_need(self) -> re.Pattern:
        return re.compile(terms.NO_NEED, re.IGNORECASE)

    def credit_needles(self, language: str | None) -> tuple[str, ...] | None:
        """Literals one of which every credit word of the reply's language and English contains."""
        key = language if language in terms.NO_RETURNS else None
        if key not in self._needles:
            self._needles[key] = _needles((terms.CREDIT,), key)
        return self._needles[key]

    @functools.cached_property
    def _needles(self) -> dict:
        return {}

    def complaint(self, language: str | None) -> re.Pattern:
        """Complaint words of the reply's language and English (every language when not known)."""
        key = language if language in terms.COMPLAINT else None
        if key not in self._complaints:
            langs = ("en", key) if key else tuple(terms.COMPLAINT)
            self._complaints[key] = _compile({lang: terms.COMPLAINT[lang] for lang in langs if lang in terms.COMPLAINT})
        return self._complaints[key]

    @functools.cached_property
    def _complaints(self) -> dict:
        return {}

    @functools.cached_property
    def refund_not_offered(self) -> re.Pattern:
        return re.compile(terms.REFUND_NOT_OFFERED, re.IGNORECASE)

    @functools.cached_property
    def answer(self) -> re.Pattern:
        return re.compile(terms.ANSWER, re.IGNORECASE)

    def condition_needles(self, language: str | None) -> tuple[str, ...] | None:
        """Literals one of which every sale or "opened" word of the reply's language and English
        contains: a reply with none of them refuses no class of goods (None: not known)."""
        key = language if language in terms.NO_RETURNS else None
        if key not in self._condition_needles:
            self._condition_needles[key] = _needles((terms.SALE_ITEMS, terms.OPENED, terms.UNOPENED_ONLY), key)
        return self._condition_needles[key]

    @functools.cached_property
    def _condition_needles(self) -> dict:
        return {}

    @functools.cached_property
    def guarantee_maker(self) -> re.Pattern:
        return re.compile(terms.GUARANTEE_MAKER, re.IGNORECASE)

    @functools.cached_property
    def complement(self) -> re.Pattern:
        return re.compile(terms.GUARANTEE_COMPLEMENT, re.IGNORECASE)

    @functools.cached_property
    def payment_means(self) -> re.Pattern:
        return re.compile(rf"{_START}(?:{terms.PAYMENT_MEANS})", re.IGNORECASE)

    @functools.cached_property
    def also(self) -> re.Pattern:
        return re.compile(terms.ALSO, re.IGNORECASE)

    @functools.cached_property
    def _refusals(self) -> dict:
        return {}

    @functools.cached_property
    def business(self) -> re.Pattern:
        return _gated(rf"{_START}(?:{terms.BUSINESS_CUSTOMER}){_END}")

    def only(self, language: str | None) -> tuple[re.Pattern | None, re.Pattern | None]:
        """The only-words of the reply's language and English: (before the credit word, after it)."""
        if language not in self._only:
            before = {lang: terms.ONLY[lang] for lang in ("en", language) if lang in terms.ONLY}
            after = terms.ONLY_AFTER.get(language or "")
            self._only[language] = (_compile(before) if before else None,
                                    re.compile(after) if after else None)
        return self._only[language]

    @functools.cached_property
    def _only(self) -> dict:
        return {}

    def delivery_kept(self, language: str | None) -> re.Pattern:
        """"The original shipping costs are not refunded" in the reply's language and English."""
        key = language if language in terms.DELIVERY_NOT_REFUNDED else None
        if key not in self._delivery:
            langs = ("en", key) if key else tuple(terms.DELIVERY_NOT_REFUNDED)
            self._delivery[key] = _compile({lang: terms.DELIVERY_NOT_REFUNDED[lang] for lang in langs
                                            if lang in terms.DELIVERY_NOT_REFUNDED})
        return self._delivery[key]

    @functools.cached_property
    def _delivery(self) -> dict:
        return {}

    def reading(self, language: str | None) -> "_Reading":
        """The structural vocabulary (charges, deductions, the maker) of the reply's language and
        English; every language's when the reply's is not known."""
        key = language if language in terms.CHARGE_NOUN else None
        found = self._readings.get(key)
        if found is None:
            # the language's own words only: "charge" is French for a burden, "min" Dutch for minus
            langs = (key,) if key else tuple(terms.CHARGE_NOUN)

            def one(table: dict[str, str], flags: int = re.IGNORECASE) -> re.Pattern:
                return re.compile("|".join(f"(?:{table[lang]})" for lang in langs if lang in table), flags)

            found = self._readings[key] = _Reading(
                one(terms.CHARGE_NOUN), one(terms.DEDUCTION), one(terms.NOT_REFUNDED),
                re.compile(rf"(?<!\w)(?:{'|'.join(terms.EXCLUDING[lang] for lang in langs if lang in terms.EXCLUDING)})"
                           rf"\s+(?:(?:{terms.EXCLUDED_ARTICLE})\s+)?$", re.IGNORECASE),
                _gated("|".join(f"(?:{table[lang]})" for table in (terms.DEDUCTION, terms.NOT_REFUNDED, terms.EXCLUDING)
                                for lang in langs if lang in table)),
                _gated("|".join(f"(?:{terms.MAKER[lang]})" for lang in langs if lang in terms.MAKER)),
                one(terms.MAKER_DUTY))
        return found

    @functools.cached_property
    def _readings(self) -> dict:
        return {}

    @functools.cached_property
    def lawful_keep(self) -> re.Pattern:
        return re.compile(rf"{terms.DIMINISHED_VALUE}|{terms.NOT_STORE_CHARGE}", re.IGNORECASE)

    @functools.cached_property
    def for_you(self) -> re.Pattern:
        return re.compile(terms.FOR_YOU, re.IGNORECASE)

    @functools.cached_property
    def legal_over(self) -> tuple[re.Pattern, re.Pattern]:
        return _gated(terms.LEGAL_OVER), re.compile(terms.OVER_WORDS, re.IGNORECASE)

    @functools.cached_property
    def express(self) -> re.Pattern:
        return re.compile(terms.EXPRESS, re.IGNORECASE)

    @functools.cached_property
    def return_postage(self) -> re.Pattern:
        return re.compile(terms.RETURN_POSTAGE, re.IGNORECASE)


def _for_language(cache: dict, key: str | None, build: Callable[..., Any],
                  tables: tuple[dict[str, str], ...]) -> Any:
    """``build`` over ``tables`` compiled for ``key``'s language and English (every language of
    the first table when ``key`` is None), once per key."""
    found = cache.get(key)
    if found is None:
        langs = tuple(dict.fromkeys(["en", key] if key else tables[0]))
        found = cache[key] = build(*(_compile({lang: table[lang] for lang in langs if lang in table})
                                     for table in tables))
    return found


class _Refusals(NamedTuple):
    no_returns: re.Pattern
    lawful_refusal: re.Pattern
    store_credit: re.Pattern
    warranty_void: re.Pattern
    customer_pays: re.Pattern
    sale: re.Pattern
    refused_refund: re.Pattern
    change_of_mind: re.Pattern
    charges: re.Pattern
    no_money_refund: re.Pattern
    credit: re.Pattern
    defect: re.Pattern
    customer_damage: re.Pattern
    manufacturer: re.Pattern
    hands_tied: re.Pattern
    warranty_over: re.Pattern
    pays_own: re.Pattern
    guarantee_denied: re.Pattern
    amount: re.Pattern
    option: re.Pattern
    opened: re.Pattern
    refuse: re.Pattern
    unopened_only: re.Pattern
    fault_refusal: re.Pattern


class _Reading(NamedTuple):
    charge: re.Pattern
    deduction: re.Pattern
    not_refunded: re.Pattern
    excluding: re.Pattern  # anchored at the end: the words just before a charge
    kept_any: re.Pattern  # a deduction, "not refunded" or an exclusion anywhere: the gate of the reading
    maker: re.Pattern
    maker_duty: re.Pattern


class _Vocabulary(NamedTuple):
    returns: re.Pattern
    refund: re.Pattern
    guarantee: re.Pattern
    data: re.Pattern
    other: re.Pattern
    from_order: re.Pattern


# The event a period counts from ("7 days after delivery", "teslimattan itibaren", "수령 후"): a
# delivery word there starts the return window, it is not a delivery time.
_STARTS_AT = re.compile(
    r"(?:after|from|since|following|upon|of|nach|ab|seit|après|à compter de|dès|desde|tras|después de|"
    r"a partir d[eoa]l?|após|depois d[ao]|dalla|dal|dopo|vanaf|na|sinds|od|po|från|fra|efter|с|со|после|من|بعد|"
    # "en los 7 días siguientes a la entrega", "nei 7 giorni successivi alla consegna", "suivant la livraison"
    r"(?:siguientes|posteriores|subsiguientes) a|suivant|suivants|successivi (?:a|all[a'’]?)|seguintes (?:à|ao|a)|"
    r"subsequentes (?:à|ao|a)|następujących po)"
    r"\s+(?:(?:the|your|la|le|l['’]|el|o|a|der|dem|de|del|da|do|della|des|du|ihrer|seiner|su|sua)\s*)?$", re.IGNORECASE)
_RECEIVED = re.compile(
    r"(?:receiv\w*|receipt of|get(?:ting)?|got|Eingang|Erhalt|erhalten|réception d\w*|recevoir|recevons|recepción d\w*|"
    r"recib\w*|receb\w*|recebimento d\w*|ricev\w*|ontvangst van|ontvangen|otrzyma\w*|получ\w*)\s+"
    r"(?:your|the|Ihrer|Ihre|votre|la|le|su|sua|a|o|la sua|uw|je|de|twój|Pana|Pani|ваш\w*)\s+$", re.IGNORECASE)
_STARTS_AFTER = re.compile(r"\w{0,4}\s?(?:itibaren|sonra)|\s?(?:後|から|より|以降|후|부터|起|后|後|之日)")


def _patterns(resources) -> _Patterns:
    return resources.cached("policy:conflict_patterns", _Patterns)


def _normalize(text: str) -> str:
    """Same length as ``text``: invisible marks to spaces, any decimal digit to ASCII."""
    if text.isascii():
        return text
    if any(mark in text for mark in _INVISIBLE_MARKS):
        text = text.translate(_INVISIBLE)
    if text.isascii():
        return text
    return _OTHER_DIGIT.sub(lambda m: str(unicodedata.decimal(m.group(), m.group())), text)


_OTHER_DIGIT = re.compile(r"(?![0-9])\d")


def _clauses(text: str) -> list[tuple[int, int]]:
    return between(_CLAUSE_BREAK, text)


class _Period(NamedTuple):
    start: int
    end: int
    days: int | None      # for day/week units
    months: int | None    # for month/year units
    business: bool = False  # days counted in business (working) days

    def calendar_days(self, longest: bool) -> int | None:
        """The days as calendar days: business days span at least n + 2 per full week (``longest``:
        at most that plus a weekend and two holidays more)."""
        if self.days is None or not self.business:
            return self.days
        return self.days + 2 * ((self.days - 1) // 5) + (4 if longest else 0)


def _fee_spans(p: _Patterns, text: str) -> list[tuple[int, int]]:
    needles = p.fee_needles
    if needles is not None:
        low = text.lower()
        if not any(needle in low for needle in needles):
            return []
    return [(m.start(), m.end()) for m in p.fee.finditer(text)]


def _periods(p: _Patterns, text: str) -> list[_Period]:
    found = []
    for m in p.period.finditer(text):
        if _DATE_BEFORE.search(text, max(0, m.start() - 3), m.start()):
            continue  # "12월 23일", "12月23日": a day of the month, not a period
        raw = m.group("num")
        value = int(raw) if raw.isdigit() else terms.NUMBER_WORDS.get(raw.lower())
        if value is None:
            continue
        if m.group("day") or m.group("bizday"):
            business = bool(m.group("bizday") or m.group("biz") or m.group("bizafter")
                            or p.business_lead.search(text, max(0, m.start() - 12), m.start()))
            found.append(_Period(m.start(), m.end(), value, None, business))
        elif m.group("week"):
            found.append(_Period(m.start(), m.end(), value * 7, None))
        elif m.group("month"):
            found.append(_Period(m.start(), m.end(), None, value))
        else:
            found.append(_Period(m.start(), m.end(), None, value * 12))
    return found


@functools.lru_cache(maxsize=None)
def _goods_complaint(language: str) -> re.Pattern:
    """The language's word for a complaint about faulty goods (``terms.GOODS_COMPLAINT``)."""
    return re.compile(rf"{_START}(?:{terms.GOODS_COMPLAINT[language]})", re.IGNORECASE)


def _starts_period(text: str, span: tuple[int, int], lo: int) -> bool:
    """Whether the word at ``span`` is the event a period starts from ("after delivery")."""
    return _STARTS_AT.search(text, max(lo, span[0] - 25), span[0]) is not None \
        or _STARTS_AFTER.match(text, span[1]) is not None


def _distance(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, max(a[0], b[0]) - min(a[1], b[1]))


def _nearest_index(spans: list[tuple[int, int]], target: tuple[int, int]) -> int | None:
    """Index of the span nearest ``target`` in ``spans`` (sorted, non-overlapping), by bisection:
    a clause of many periods and many keywords must not cost their product."""
    if not spans:
        return None
    # Spans before the one just left of the target end before it starts: never nearer.
    i = bisect.bisect_left(spans, (target[0], -1))
    candidates = [j for j in (i - 1, i) if 0 <= j < len(spans)]
    return min(candidates, key=lambda k: (_distance(spans[k], target), k))


def _nearest(spans: list[tuple[int, int]], target: tuple[int, int]) -> int | None:
    k = _nearest_index(spans, target)
    return None if k is None else _distance(spans[k], target)


def _inside_longer(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    """Whether a longer span of ``spans`` (sorted, non-overlapping) touches or overlaps ``span``."""
    k = max(0, bisect.bisect_left(spans, (span[0], -1)) - 1)
    while k < len(spans) and spans[k][0] <= span[1]:
        if _distance(span, spans[k]) == 0 and spans[k][1] - spans[k][0] > span[1] - span[0]:
            return True
        k += 1
    return False


def _within(items: list, starts: list[int], lo: int, hi: int, end=lambda x: x[1]) -> list:
    """The items (sorted by start, starts in ``starts``) lying wholly inside ``[lo, hi)``."""
    found = []
    for k in range(bisect.bisect_left(starts, lo), bisect.bisect_left(starts, hi)):
        if end(items[k]) <= hi:
            found.append(items[k])
    return found


def _in(pattern: re.Pattern, text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    return [(lo + m.start(), lo + m.end()) for m in pattern.finditer(text[lo:hi])]


def _flag(severity: str, message: str, span: tuple[int, int], suggestion: str, fact: str) -> Flag:
    return Flag(code="policy_conflict", severity=severity, message=message, span=span,
                suggestion=suggestion, rule=f"policy.{fact}")


def _where(profile: Profile, region: str) -> str:
    label = profile.name if profile.region == region else f"{region} ({profile.name} baseline)"
    return f"a customer in {label}"


def policy_conflict_flags(resources, text: str, *, locale: str | None = None,
                          region: str | None = None) -> list[Flag]:
    """Flags where ``text`` (a reply to a customer in ``region``) promises less than the law.

    ``locale`` is the reply's locale; the vocabulary of every shipped language is
    matched, since agents mix languages. No region, or none with a profile: no flags.
    A reply about a business customer's order (trade account, Geschäftskunde) has none:
    consumer law's rights do not apply to it (looked for only when there is a flag).
    """
    flags = _conflict_flags(resources, text, locale=locale, region=region)
    if flags and _patterns(resources).business.search(_normalize(text)):
        return []
    return flags


def _conflict_flags(resources, text: str, *, locale: str | None = None,
                    region: str | None = None) -> list[Flag]:
    if not text or not region:
        return []
    profile = effective_profile(resources, region)
    if profile is None:
        return []
    p = _patterns(resources)
    norm = _normalize(unwrap(text))  # a clause goes on across a helpdesk's hard line break
    flags: list[Flag] = []
    withdrawal = profile.facts.get("withdrawal_days")
    guarantee = profile.facts.get("legal_guarantee_months")
    dsar = profile.facts.get("dsar_deadline_days")
    fee = profile.facts.get("withdrawal_fee_percent")
    refund_by = profile.facts.get("refund_deadline_days")
    remedy = profile.facts.get("faulty_goods_remedy")
    answer_by = remedy.extras.get("answer_days") if remedy is not None else None
    who = _where(profile, region)
    periods = _periods(p, norm)
    language = locale.split("-")[0].split("_")[0].lower() if locale else None
    flags += _refusal_flags(resources, p, p.refusals(language), norm, profile, who, periods, language)
    check_fee = fee is not None and fee.value is not None and withdrawal and withdrawal.value
    fees = _fee_spans(p, norm) if check_fee else []
    if not periods and not fees:
        return flags  # nothing a law could be compared with: the common case, kept cheap
    period_starts, fee_starts = [x.start for x in periods], [f[0] for f in fees]
    # The refund deadline is the law's on a withdrawal: a reply that names no return or withdrawal
    # ("if we can't find the parcel in 5 days, we refund you") is about something else.
    withdrawn = bool(refund_by and refund_by.value and p.vocabulary(language).returns.search(norm))
    percents = _percents(norm) if fees else []
    cost = profile.facts.get("withdrawal_return_cost")
    # the return postage of a withdrawal may be the customer's; of a faulty item it is the seller's
    consumer_returns = cost is not None and cost.value == "consumer" and fees \
        and p.refusals(language).defect.search(norm) is None
    percent_starts = [x[0] for x in percents]
    clauses = _clauses(norm)
    for k, (lo, hi) in enumerate(clauses):
        in_clause = _within(periods, period_starts, lo, hi, end=lambda x: x.end)
        clause_fees = _within(fees, fee_starts, lo, hi)
        if not in_clause and not clause_fees:
            continue
        v = p.vocabulary(language)
        lo = _subject_clause(v, norm, clauses, k) if in_clause else lo
        refunds = _in(v.refund, norm, lo, hi)
        # "ücret iadesi", "вернём деньги": a return word inside a refund phrase is a refund.
        # "within 2 days of receiving your return": the return there is when a period starts.
        returns = [r for r in _in(v.returns, norm, lo, hi)
                   if not _inside_longer(r, refunds) and not _RECEIVED.search(norm, max(lo, r[0] - 30), r[0])]
        guarantees = _in(v.guarantee, norm, lo, hi)
        data = _in(v.data, norm, lo, hi)
        for period in in_clause:
            span = (period.start, period.end)
            if period.days is not None and returns and withdrawal and withdrawal.value:
                to_return = _nearest(returns, span)
                to_refund = _nearest(refunds, span)
                others = [o for o in _in(v.other, norm, lo, hi) if not _starts_period(norm, o, lo)]
                to_other = _nearest(others, span)
                about_return = (to_refund is None or to_return < to_refund) and (to_other is None or to_return < to_other)
                if about_return and period.calendar_days(True) < withdrawal.value:
                    flags.append(_flag(
                        "error",
                        f"the reply gives {period.days} days to return; {who} may withdraw within "
                        f"{withdrawal.value} days without giving a reason ({withdrawal.source})",
                        span, f"state at least {withdrawal.value} days", "withdrawal_days"))
                elif about_return and period.days == withdrawal.value and not period.business \
                        and withdrawal.extras.get("start_event") == "delivery":
                    order = v.from_order.search(norm, max(lo, period.start - 40), min(hi, period.end + 90)) \
                        or _over_since_order(norm, period)
                    if order is not None:
                        flags.append(_flag(
                            "error",
                            f"the reply counts the {period.days} days to return from the order or dispatch; for "
                            f"{who} they run from delivery ({withdrawal.extras.get('starts')}; {withdrawal.source})",
                            (period.start, max(period.end, order.end())),
                            f"count the {withdrawal.value} days from delivery", "withdrawal_days"))
            elif period.days is not None and not returns and withdrawal and withdrawal.value \
                    and period.days == withdrawal.value and not period.business \
                    and withdrawal.extras.get("start_event") == "delivery":
                order = _order_term(v, norm, lo, hi, period)
                if order is not None:
                    flags.append(_flag(
                        "error",
                        f"the reply counts the {period.days}-day withdrawal period from the order or dispatch; for "
                        f"{who} it runs from delivery ({withdrawal.extras.get('starts')}; {withdrawal.source})",
                        (period.start, max(period.end, order.end())),
                        f"count the {withdrawal.value} days from delivery", "withdrawal_days"))
            if period.days is not None and refunds and withdrawn and _late_refund(p, v, norm, lo, hi, period, refunds, returns, refund_by):
                unit = "working days" if refund_by.extras.get("unit") == "working_days" else "days"
                flags.append(_flag(
                    "error",
                    f"the reply refunds in {period.days} {'business ' if period.business else ''}days; {who} who "
                    f"withdraws must be refunded within {refund_by.value} {unit} of {refund_by.extras.get('starts')} "
                    f"({refund_by.source})", span, f"refund within {refund_by.value} {unit}", "refund_deadline_days"))
            if answer_by and (period.days is not None or period.months is not None) \
                    and _late_answer(p, language, norm, lo, hi, period, answer_by):
                took = (f"{period.days} {'business ' if period.business else ''}days" if period.days is not None
                        else f"{period.months} months")
                flags.append(_flag(
                    "error",
                    f"the reply answers a complaint in {took}; "
                    f"for {who} the seller answers within {answer_by} days of receiving it ({remedy.source})",
                    span, f"answer within {answer_by} days", "faulty_goods_remedy"))
            claims = guarantees
            if period.months is not None and not claims and guarantee and guarantee.value \
                    and p.answer.search(norm, lo, hi) is None:
                # "reklamację możemy przyjąć tylko w ciągu 6 miesięcy od zakupu": a window for complaints
                # about faults, in months, is the guarantee the store offers (not the time it takes to answer)
                claims = _in(_goods_complaint(language), norm, lo, hi) if language in terms.GOODS_COMPLAINT else []
            if period.months is not None and claims and guarantee and guarantee.value:
                guarantees = claims
                near = _nearest_index(guarantees, span)
                extra = near is not None and p.guarantee_maker.search(
                    norm, max(lo, min(period.start, guarantees[near][0]) - 12), max(period.end, guarantees[near][1]) + 12)
                if period.months < guarantee.value and not extra:
                    flags.append(_flag(
                        "warning",
                        f"the reply states a {period.months}-month guarantee; {who} has a statutory guarantee "
                        f"of {guarantee.value} months whatever the store offers ({guarantee.source})",
                        span, f"mention the {guarantee.value}-month legal guarantee", "legal_guarantee_months"))
            if period.days is not None and data and dsar and dsar.value:
                limit = dsar.value + (2 * ((dsar.value - 1) // 5) if dsar.extras.get("unit") == "working_days" else 0)
                if period.days > limit:
                    flags.append(_flag(
                        "warning",
                        f"the reply promises an answer to a data request in {period.days} days; under "
                        f"{profile.value('privacy_law') or 'the law'} the deadline is {dsar.value} "
                        f"{'working days' if dsar.extras.get('unit') == 'working_days' else 'days'} ({dsar.source})",
                        span, f"answer within {dsar.value} days", "dsar_deadline_days"))
        if check_fee and clause_fees:
            clause_percents = _within(percents, percent_starts, lo, hi)
            percent_spans = [(x[0], x[1]) for x in clause_percents]
            for start, end in clause_fees:
                if p.negation.search(norm[max(lo, start - 25):min(hi, end + 25)]):
                    continue
                if consumer_returns and p.return_postage.match(norm, start):
                    continue  # "les frais de retour restent à votre charge": the direct cost of return, theirs
                near = _nearest_index(percent_spans, (start, end))
                percent = None if near is None else clause_percents[near][2]
                if fee.value == 0 or (percent is not None and percent > fee.value):
                    allowed = "no restocking or other fee" if fee.value == 0 else f"a fee of at most {fee.value}%"
                    flags.append(_flag(
                        "error",
                        f"the reply charges a restocking fee; on a withdrawal {who} owes {allowed} "
                        f"({fee.source})", (start, end), "drop the fee for returns within the withdrawal period",
                        "withdrawal_fee_percent"))
    return flags


_OF = re.compile(r"\s+(?:for|of|on|del(?:la|lo|l['’])?|dei|de(?: la| l['’])?|du|des|der|des|van|voor|na|za|за|по)\s+"
                 r"(?:(?:your|the|il|la|le|lo|l['’]|tu|su|sua|votre|vos|ihrer?|je|uw|twój|ваш\w*)\s*)?", re.IGNORECASE)


_SENTENCE_BREAK = re.compile(r"[.!?。！？\n]")


def _subject_clause(v: "_Vocabulary", text: str, clauses: list[tuple[int, int]], k: int) -> int:
    """Where clause ``k``'s keywords are looked for: the clause itself, or from the clause before it
    in the same sentence when ``k`` names none ("Ücret iadeniz, ürün depomuza ulaştıktan sonra 45 gün
    içinde…": the refund is the subject of the period after the comma)."""
    lo, hi = clauses[k]
    if k == 0 or any(pattern.search(text, lo, hi) for pattern in (v.refund, v.returns, v.guarantee, v.data, v.other)):
        return lo
    before, end = clauses[k - 1]
    return lo if _SENTENCE_BREAK.search(text, end, lo) else before


def _late_answer(p: _Patterns, language: str | None, text: str, lo: int, hi: int, period: _Period,
                 limit: int) -> bool:
    """Whether ``period`` is the time the seller takes to answer a complaint ("reklamację rozpatrzymy w
    ciągu 30 dni") and is longer than ``limit`` calendar days: a complaint word and an answer word in
    the clause, and no refund, return or guarantee word nearer the period than the complaint."""
    days = period.calendar_days(False) if period.days is not None else (period.months or 0) * 30
    if days <= limit:
        return False
    complaint, answer = p.complaint(language), p.answer
    found = _in(complaint, text, lo, hi)
    if not found or answer.search(text, lo, hi) is None:
        return False
    v = p.vocabulary(language)
    span = (period.start, period.end)
    to_complaint = _nearest(found, span)
    rivals = [x for pattern in (v.refund, v.returns, v.guarantee) for x in _in(pattern, text, lo, hi)
              if not any(_distance(x, c) == 0 for c in found)]
    to_rival = _nearest(sorted(rivals), span)
    return to_rival is None or to_complaint <= to_rival


def _late_refund(p: _Patterns, v: _Vocabulary, text: str, lo: int, hi: int, period: _Period,
                 refunds: list[tuple[int, int]], returns: list[tuple[int, int]], deadline) -> bool:
    """Whether ``period`` is the time a refund takes and is longer than the law's ``deadline``: a
    refund word is the nearest keyword, and the period is not a window counted from the order
    ("a full refund within 30 days of purchase" is a money-back window)."""
    span = (period.start, period.end)
    # "the refund of your return", "il rimborso del reso": that return word belongs to the refund
    returns = [x for x in returns if not any(0 <= x[0] - f[1] <= 16 and _OF.fullmatch(text, f[1], x[0])
                                            for f in refunds)]
    to_refund, to_return = _nearest(refunds, span), _nearest(returns, span)
    # "the refund will arrive in 30 days": a verb between the refund and the period is the refund's
    others = [o for o in _in(v.other, text, lo, hi)
              if not _starts_period(text, o, lo) and not p.processing.fullmatch(text, *o)
              and not (o[1] <= period.start and any(f[1] <= o[0] for f in refunds))]
    to_other = _nearest(others, span)
    if to_refund is None or (to_return is not None and to_return < to_refund) \
            or (to_other is not None and to_other < to_refund):
        return False
    if p.bank_delay.search(text, *_sentence(text, period.start, period.end)):
        return False  # "up to 5 business days to appear on your statement": the bank's time
    if v.from_order.match(text, period.end + 1, min(hi, period.end + 40)) or \
            v.from_order.match(text, period.end, min(hi, period.end + 40)):
        return False
    limit = deadline.value
    if deadline.extras.get("unit") == "working_days":
        if period.business:
            return period.days > limit
        limit = limit + 2 * ((limit + 4) // 5) + 2  # the longest span of that many working days
    return period.calendar_days(False) > limit


# "the term" a period is named as ("le délai de 14 jours", "il termine di 14 giorni", "the 14-day period"):
# with no return word in its clause, the period of the withdrawal named in the sentence before.
_TERM_BEFORE = re.compile(rf"(?i:(?<!\w)(?:{terms.TERM_WORDS})(?:\s+(?:{terms.TERM_OF}))?\s*$)")
_TERM_AFTER = re.compile(rf"(?i:[\s-]*(?:{terms.TERM_DAY_AFTER})?\s*(?:{terms.TERM_AFTER_WORDS})(?!\w))")


def _order_term(v: "_Vocabulary", text: str, lo: int, hi: int, period: "_Period") -> re.Match | None:
    """The order's date a period named as "the term" is counted from, when the sentence before (or
    its own, before it) names a return or withdrawal and its clause names no refund or other time
    ("Recebemos o seu pedido de devolução. O prazo de 14 dias conta a partir da data da encomenda");
    else None."""
    if not (_TERM_BEFORE.search(text, max(lo, period.start - 30), period.start)
            or _TERM_AFTER.match(text, period.end, min(hi, period.end + 20))):
        return None
    if v.refund.search(text, lo, hi) or any(not _starts_period(text, o, lo) for o in _in(v.other, text, lo, hi)):
        return None
    order = v.from_order.search(text, period.end, min(hi, period.end + 60))
    if order is None:
        return None
    start = _sentence(text, period.start, period.end)[0]
    before = _sentence(text, max(0, start - 2), max(0, start - 1))[0] if start else start
    return order if v.returns.search(text, before, period.start) else None


_ORDERED_ON = re.compile(rf"{_START}(?:{_alternation(terms.ORDERED_ON)})", re.IGNORECASE)
_PERIOD_OVER = re.compile(rf"{_START}(?:{_alternation(terms.PERIOD_OVER)}){_END}", re.IGNORECASE)
_DELIVERED = re.compile(rf"{_START}(?:{_alternation(terms.DELIVERED)}){_END}", re.IGNORECASE)
_DATED_SENTENCE = re.compile(r"(?<![0-9])[.!?。！？]+|\n")  # "am 3. Januar" ends no sentence
_CONCEDED = re.compile(rf"{_START}(?:{_alternation(terms.CONCEDED)}){_END}", re.IGNORECASE)


def _over_since_order(text: str, period: _Period) -> re.Match | None:
    """The order's date named as what ended the period ("the purchase was on 18/01, the 7 days have
    passed"), in the period's sentence, with no delivery named there unless conceded; else None."""
    lo = max(0, period.start - _SENTENCE_REACH)
    for m in _DATED_SENTENCE.finditer(text, lo, period.start):
        lo = m.end()
    after = _DATED_SENTENCE.search(text, period.end, period.end + _SENTENCE_REACH)
    hi = after.start() if after else min(len(text), period.end + _SENTENCE_REACH)
    order = _ORDERED_ON.search(text, lo, hi)
    if order is None or _PERIOD_OVER.search(text, lo, hi) is None:
        return None
    for delivered in _DELIVERED.finditer(text, lo, hi):
        if not _CONCEDED.search(text, max(lo, delivered.start() - 40), delivered.start()):
            return None
    return order


_SENTENCE = re.compile(r"[.!?。！？\n]+")


_SENTENCE_REACH = 400  # a sentence's farthest start looked for before a match (long texts stay linear)


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    m = None
    floor = max(0, start - _SENTENCE_REACH)
    for m in _SENTENCE.finditer(text, floor, start):
        pass
    left = m.end() if m else floor
    after = _SENTENCE.search(text, end, end + _SENTENCE_REACH)
    return left, after.start() if after else min(len(text), end + _SENTENCE_REACH)


def _chain_extra(resources, profile: Profile, key: str, extra: str):
    """(value, fact) of ``extra`` on ``key`` in the region's profile or the first baseline
    that states it (a member state's own withdrawal fact, the EU directive's refund means)."""
    for region in profile.chain:
        other = profile if region == profile.region else effective_profile(resources, region)
        fact = other.facts.get(key) if other is not None else None
        if fact is not None and fact.extras.get(extra) is not None:
            return fact.extras[extra], fact
    return None, None


def _credit_for_amount(p: _Patterns, r: _Refusals, text: str, who: str, how: str, fact, credit_to: int,
                       language: str | None) -> list[Flag]:
    """A voucher or store credit "for the amount" of a returned order ("un vale por el importe", "ein
    Gutschein über den Warenwert"): the refund paid as credit, unless the customer is given a choice or
    their own means of payment is named (a money refund beside it)."""
    needles = p.credit_needles(language)
    if needles is not None:
        low = text.lower()
        if not any(needle in low for needle in needles):
            return []  # the common case: no voucher or credit named
    if not r.credit.search(text) or not p.vocabulary(language).returns.search(text):
        return []
    credits = [(m.start(), m.end()) for m in r.credit.finditer(text)]
    amounts = [(m.start(), m.end()) for m in r.amount.finditer(text)]
    if any(not any(_distance((m.start(), m.end()), c) == 0 for c in credits)
           for m in p.payment_means.finditer(text)) or \
            any(not any(_distance((m.start(), m.end()), a) == 0 for a in amounts)
                for m in p.vocabulary(language).refund.finditer(text)):
        return []  # the card or a refund named: money is paid, the credit comes beside it
    for start, end in credits:
        lo, hi = _sentence(text, start, end)
        if hi <= credit_to or not any(lo <= a[0] < hi for a in amounts):
            continue
        before = _sentence(text, max(0, lo - 2), max(0, lo - 1))[0] if lo else lo
        if r.option.search(text, before, hi) or p.also.search(text, lo, hi) \
                or p.negation.search(text, max(lo, start - 12), start):
            continue
        return [_flag("error", f"the reply refunds a return as store credit; {who} who withdraws is refunded "
                      f"{how}, unless they agree otherwise ({fact.source})", (start, end),
                      "refund to the original payment method (offer credit only as an option)", "withdrawal_days")]
    return []


def _only_credit(p: _Patterns, r: _Refusals, text: str, who: str, how: str, fact,
                 language: str | None) -> list[Flag]:
    """"We can only offer store credit", "vi erbjuder endast ett tillgodokvitto", "ポイントのみ": an
    only-word and a credit word in one clause, in a sentence about a return or refund, with no choice
    offered ("if you prefer") and no "not only"."""
    needles = p.credit_needles(language)
    if needles is not None:
        low = text.lower()
        if not any(needle in low for needle in needles):
            return []
    before, after = p.only(language)
    v = p.vocabulary(language)
    for m in r.credit.finditer(text):
        lo, hi = _sentence(text, m.start(), m.end())
        clause_lo = max([lo] + [c.end() for c in _CLAUSE_BREAK.finditer(text, lo, m.start())])
        only = None
        if before is not None:
            only = next((o for o in before.finditer(text, max(clause_lo, m.start() - 40), m.start())), None)
        if only is None and after is not None:
            only = after.match(text, m.end(), min(hi, m.end() + 4))
        if only is None:
            continue
        prior = _sentence(text, max(0, lo - 2), max(0, lo - 1))[0] if lo else lo
        if not (v.returns.search(text, prior, hi) or v.refund.search(text, prior, hi)):
            continue  # "this code is only valid as store credit": no return named
        if r.option.search(text, prior, hi) or p.negation.search(text, max(lo, only.start() - 8), only.start()) \
                or p.also.search(text, lo, hi):
            continue  # "if you prefer", "not only", "also as a voucher"
        return [_flag("error", f"the reply refunds a return only as store credit; {who} who withdraws is refunded "
                      f"{how}, unless they agree otherwise ({fact.source})", (only.start(), m.end())
                      if only.start() < m.start() else (m.start(), only.end()),
                      "refund to the original payment method (offer credit only as an option)", "withdrawal_days")]
    return []


# Every phrase of terms.DELIVERY_NOT_REFUNDED names the delivery cost with one of these.
_DELIVERY_WORDS = ("shipping", "delivery", "postage", "carriage", "versand", "liefer", "hinsende", "porto", "frais",
                   "gastos", "costes", "costos", "spese", "portes", "custos", "despesas", "frete", "verzend", "bezorg",
                   "lever", "koszt", "frakt", "poštovné", "náklady")
# ... and says it is not repaid with one of these.
_KEPT_WORDS = ("refund", "reimburs", "erstatt", "rembours", "reembols", "devolv", "rimbors", "terugbetaal", "vergoed",
               "zwrot", "zwrac", "zwróc", "återbetal", "ersätt", "vrac", "estorn", "abon", "returned")


def _delivery_kept(p: _Patterns, text: str, who: str, fact, language: str | None) -> list[Flag]:
    """The outbound delivery cost kept from the refund of a withdrawal, unless the sentence is about
    return postage or a dearer delivery the customer chose (express)."""
    low = text.lower()
    if not any(word in low for word in _DELIVERY_WORDS) or not any(word in low for word in _KEPT_WORDS):
        return []  # the common case: no delivery cost named, or none said to be kept
    for m in p.delivery_kept(language).finditer(text):
        lo, hi = _sentence(text, m.start(), m.end())
        if p.return_postage.search(text, max(lo, m.start() - 25), m.end()) or p.express.search(text, lo, hi):
            continue
        return [_flag("error", f"the reply keeps the delivery cost; {who} who withdraws is refunded every payment, "
                      f"the standard delivery included ({fact.source})", (m.start(), m.end()),
                      "refund the standard delivery cost too (a dearer delivery the customer chose may be kept)",
                      "withdrawal_days")]
    return []


# "until we have the goods back": a refund withheld until the return arrives (lawful), not a deduction.
_UNTIL = re.compile(r"(?<!\w)(?:until|bis|jusqu['’]|hasta|finché|fino a|até|totdat|dopóki|tills|indtil|inntil|kunnes|dokud)(?!\w)",
                    re.IGNORECASE)


_SURCHARGE = re.compile(r"surcharge|supplement\w*|suppl[ée]ment\w*|suplemento|supplemento|sobretaxa|Zuschlag|toeslag|tillägg|tillæg|"
                        r"tillegg|lisämaksu|příplat\w*|dopłat\w*", re.IGNORECASE)


# A sentence ends at a stop followed by a space (not inside "€4.95") or at a line break (paragraphs,
# the text being unwrapped).
_READ_END = re.compile(r"[.!?。！？]+(?=\s|$)|[。！？]|\n")


def _read_sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``start:end`` (looked for within ``_SENTENCE_REACH`` characters)."""
    left = max(0, start - _SENTENCE_REACH)
    for m in _READ_END.finditer(text, left, start):
        left = m.end()
    after = _READ_END.search(text, end, end + _SENTENCE_REACH)
    return left, after.start() if after else min(len(text), end + _SENTENCE_REACH)


def _refund_kept(p: _Patterns, text: str, who: str, fee, language: str | None,
                 flagged: list[Flag]) -> list[Flag]:
    """A charge or a payment the store keeps back from the refund of a return (see
    ``conflict_terms.CHARGE_NOUN``): deducted ("minus a €4.95 processing fee", "onder aftrek van
    € 7,50 administratiekosten"), said not to be refunded ("le spese di spedizione iniziali non sono
    rimborsabili") or excluded ("com exceção dos portes de envio"). The region's facts decide it: a
    withdrawal refunds every payment, the standard delivery included, with no fee (``fee``: the
    withdrawal_fee_percent fact, 0). Lawful: value lost by handling, the express surcharge, the return
    postage, a bank's or customs' charge, a refund withheld until the goods are back."""
    rd = p.reading(language)
    if rd.kept_any.search(text) is None:
        return []  # the common case: nothing deducted, refused or excluded
    v = p.vocabulary(language)
    flags: list[Flag] = []
    done_to = -1
    for m in rd.charge.finditer(text):
        lo, hi = _read_sentence(text, m.start(), m.end())
        if lo < done_to or any(lo <= f.span[0] < hi for f in flagged):
            continue
        # the clause around the charge: "…the coat and the delivery; the return postage is yours"
        left = max(lo, m.start() - 40, text.rfind(";", lo, m.start()) + 1)
        semi = text.find(";", m.end(), hi)
        right = min(hi, m.end() + 80, semi if semi >= 0 else hi)
        kept = next((d for d in rd.deduction.finditer(text, lo, hi)
                     if not _NO_DEDUCTION.search(text, max(lo, d.start() - 25), d.end())), None) \
            or rd.excluding.search(text[left:m.start()])
        if kept is None:
            kept = rd.not_refunded.search(text, left, right)
            if kept is not None and kept.start() > m.end() and rd.charge.search(text, m.end(), kept.start()):
                kept = None  # "not refunded" belongs to a nearer charge ("the delivery and the return postage are…")
        if kept is None:
            continue
        before = _read_sentence(text, max(0, lo - 2), max(0, lo - 1))[0] if lo else lo
        if not any(not (w.start() < kept.end() and kept.start() < w.end())
                   for w in (*v.refund.finditer(text, before, hi), *v.returns.finditer(text, before, hi))):
            continue  # a charge kept from something else than a refund ("the booking fee is non-refundable")
        if p.negation.search(text, max(lo, m.start() - 25), m.start()) \
                or p.return_postage.search(text, max(lo, m.start() - 30), min(hi, m.end() + 30)) \
                or p.express.search(text, lo, hi) or p.lawful_keep.search(text, lo, hi) or _UNTIL.search(text, lo, hi):
            continue  # "no fee"; the return postage; the express surcharge; wear; the bank's fee; "until it's back"
        flags.append(_flag(
            "error", f"the reply keeps a charge back from the refund; {who} who withdraws is refunded every payment, "
            f"the standard delivery included, with no fee ({fee.source})", (m.start(), m.end()),
            "refund in full (only the return postage, a dearer delivery the customer chose or value lost by "
            "handling may be kept)", "withdrawal_fee_percent"))
        done_to = hi
    return flags


# "aucun frais ne sera déduit", "senza alcuna trattenuta", "ohne Abzüge": the deduction denied.
_NO_DEDUCTION = re.compile(r"(?<!\w)(?:no|not|without|never|ne|n['’]|sans|aucun\w*|sin|ningún|ninguna|senza|alcun\w*|nessun\w*|"
                           r"ohne|kein\w*|nicht|sem|nenhum\w*|zonder|geen|niet|bez|żadn\w*|utan|ingen|inte|ikke|ikkje|uden|uten|ilman|ei|nem|nu|žádn\w*)(?!\w)",
                           re.IGNORECASE)
_NOT_BEFORE = re.compile(r"(?<!\w)(?:not|no|never|n['’]t|nicht|kein\w*|pas|ne|non|niet|geen|nie|inte|ikke|ei|nu)(?!\w)",
                         re.IGNORECASE)
_GUARANTEE_ANY = re.compile(r"warrant|guarantee|garant|gewährleist|gwaranc|rękojm|reklam|takuu|záruk", re.IGNORECASE)


def _maker_referrals(p: _Patterns, r: _Refusals, text: str, language: str | None) -> list[tuple[int, int]]:
    """Sentences that hand a fault to the maker (see ``conflict_terms.MAKER``): the maker named with
    a duty put on it or on the customer ("Für Garantiefälle ist ausschließlich der Hersteller
    zuständig", "la garantie est assurée par le fabricant", "voor garantie moet u bij de fabrikant
    zijn"), unless it is offered as an extra or an option, the store does it for the customer, or a
    negation stands just before the maker ("u hoeft niet naar de fabrikant")."""
    rd = p.reading(language)
    found: list[tuple[int, int]] = []
    done_to = -1
    for m in rd.maker.finditer(text):
        lo, hi = _read_sentence(text, m.start(), m.end())
        if lo < done_to or rd.maker_duty.search(text, lo, hi) is None:
            continue
        if p.also.search(text, lo, hi) or r.option.search(text, lo, hi) or p.for_you.search(text, lo, hi) \
                or _NOT_BEFORE.search(text, max(lo, m.start() - 30), m.start()) \
                or p.no_need.search(text, max(0, m.start() - 30), m.start()):
            continue
        found.append((m.start(), m.end()))
        done_to = hi
    return found


# A period that names the right refused ("七天无理由退货", "the 14-day right to cancel"), not a period run out.
_RIGHT_NAMED = re.compile(rf"\s*(?:{terms.RIGHT_NAMED})", re.IGNORECASE)
# A lawful reason denied just before it ("haven't been worn", "nicht getragen", "未使用"), in any language.
_LAWFUL_DENIED = re.compile(rf"(?<!\w)(?:{_alternation(terms.LAWFUL_DENIED)})\s*$", re.IGNORECASE)


_RIGHT_KEPT = re.compile(rf"{_START}(?:{_alternation(terms.RIGHT_KEPT)})", re.IGNORECASE)
_RIGHT_KEPT_DENIED = re.compile(terms.RIGHT_KEPT_DENIED, re.IGNORECASE)


def _lawful(r: "_Refusals", text: str, lo: int, hi: int) -> bool:
    """A lawful reason for the refusal in ``text[lo:hi]`` that the sentence does not deny, or the
    withdrawal right said to be kept in it (an exchange or a goodwill return refused beside it)."""
    if any(not _LAWFUL_DENIED.search(text, max(lo, m.start() - 24), m.start())
           for m in r.lawful_refusal.finditer(text, lo, hi)):
        return True
    for m in _RIGHT_KEPT.finditer(text, lo, hi):
        clause = _CLAUSE_BREAK.search(text, m.end(), hi)
        if not _RIGHT_KEPT_DENIED.search(text, m.end(), clause.start() if clause else hi):
            return True
    return False


def _fault_flags(r: _Refusals, text: str, remedy, who: str, periods: list[_Period]) -> list[Flag]:
    """A refund refused for goods the reply calls faulty, where the region's remedy for a fault
    includes a refund (``faulty_goods_remedy.refund_for_fault``): the UK's short-term right to
    reject, Australia's major failure, China's 三包 return. One flag; a change of mind or damage
    the customer caused in the refusal's sentence makes it another matter, and so does a period
    longer than the region's ``reject_days`` ("stopped working after 14 months")."""
    why = remedy.extras.get("refund_for_fault") if remedy is not None else None
    if not why or not r.defect.search(text):
        return []
    limit = remedy.extras.get("reject_days")
    if limit and any((x.days or 0) > limit or (x.months or 0) * 30 > limit for x in periods):
        return []
    for m in r.fault_refusal.finditer(text):
        lo, hi = _sentence(text, m.start(), m.end())
        if r.change_of_mind.search(text, lo, hi) or r.customer_damage.search(text, lo, hi):
            continue
        return [_flag("error", f"the reply refuses a refund for faulty goods; {who} {why} ({remedy.source})",
                      (m.start(), m.end()), "offer the refund the law gives for a fault", "faulty_goods_remedy")]
    return []


def _refusal_flags(resources, p: _Patterns, r: _Refusals, text: str, profile: Profile, who: str,
                   periods: list[_Period], language: str | None = None) -> list[Flag]:
    """No returns, store credit only, warranty void if opened, return shipping on the customer:
    each where the region's facts say the customer has the right the reply denies."""
    facts = profile.facts
    withdrawal = facts.get("withdrawal_days")
    has_withdrawal = withdrawal is not None and withdrawal.value
    clause = facts.get("no_returns_clause")
    flags: list[Flag] = _fault_flags(r, text, facts.get("faulty_goods_remedy"), who, periods)
    # "misleading": only faulty goods must be taken back (Australia's consumer guarantees), and a
    # refusal that does not say "change of mind" tells the customer the guarantee is excluded.
    misleading = not has_withdrawal and clause is not None and clause.value == "misleading"
    if has_withdrawal or (clause is not None and clause.value in ("void", "misleading")):
        flagged_to = -1
        refusals = sorted([(m.start(), m.end(), False) for m in r.no_returns.finditer(text)] +
                          [(m.start(), m.end(), True) for m in r.refused_refund.finditer(text)])
        for start, end, needs_sale in refusals:
            lo, hi = _sentence(text, start, end)
            if lo < flagged_to:
                continue  # one flag per sentence ("final sale and cannot be returned")
            # "sale items are non-refundable": the wider refusal words count only for goods bought
            # on sale, in the sentence or the one before ("It was bought in our sale. No refunds.")
            on_sale = r.sale.search(text, _sentence(text, max(0, lo - 2), max(0, lo - 1))[0] if lo else lo, hi)
            if needs_sale and (on_sale is None or r.charges.search(text, max(lo, start - 40), start)):
                continue  # "the booking fee is non-refundable": a charge, not the sale goods
            if _lawful(r, text, lo, hi) or p.negation.search(text, max(lo, start - 12), start):
                continue  # "personalised items cannot be returned", "no need…"
            if p.express.search(text, lo, start) and (p.reading(language).charge.search(text, lo, start)
                                                      or _SURCHARGE.search(text, lo, start)):
                continue  # "the express surcharge is non-refundable": a dearer delivery chosen, lawfully kept
            if misleading and r.change_of_mind.search(text, lo, hi):
                continue  # "no refunds if you simply changed your mind": lawful there
            if has_withdrawal and any(lo <= x.start < hi and x.days is not None and x.days >= withdrawal.value
                                      and not start <= x.start < end and not _WITHIN.search(text, lo, x.start)
                                      and not _RIGHT_NAMED.match(text, x.end)
                                      for x in periods):
                continue  # "after 30 days, returns are no longer possible": the period has run out
            what = "refuses returns or refunds of sale goods" if on_sale is not None else "refuses any return"
            if has_withdrawal:
                why, fact = (f"may withdraw within {withdrawal.value} days without giving a reason"
                             f"{', sale goods included' if on_sale is not None else ''} ({withdrawal.source})"), \
                    "withdrawal_days"
            elif misleading:
                why, fact = (f"keeps the consumer guarantees on faulty goods, sale goods included; saying "
                             f"otherwise misleads ({clause.source})"), "no_returns_clause"
            else:
                why, fact = f"may return goods whatever the store's terms say ({clause.source})", "no_returns_clause"
            flags.append(_flag("error", f"the reply {what}; {who} {why}", (start, end),
                               "state the customer's right to return", fact))
            flagged_to = hi
        if has_withdrawal or misleading:
            flags += _conditional_refusals(p, r, text, language, withdrawal if has_withdrawal else None,
                                           clause, who, periods, flags)
    means, source_fact = (resources.cached(("policy:refund_means", profile.region), lambda: _chain_extra(
        resources, profile, "withdrawal_days", "refund_means")) if has_withdrawal else (None, None))
    if means in ("same_means", "money"):
        how = "by the means they paid with" if means == "same_means" else "in money"
        credit_to = -1
        for m in r.store_credit.finditer(text):
            flags.append(_flag(
                "error", f"the reply refunds only as store credit; {who} who withdraws is refunded {how}, "
                f"unless they agree otherwise ({source_fact.source})", (m.start(), m.end()),
                "refund to the original payment method (offer credit only as an option)", "withdrawal_days"))
            credit_to = max(credit_to, _sentence(text, m.start(), m.end())[1])
        # "we don't refund returns: you'll get a voucher" — the money refund refused, credit instead
        for m in r.no_money_refund.finditer(text):
            lo, hi = _sentence(text, m.start(), m.end())
            if hi <= credit_to or p.negation.search(text, max(lo, m.start() - 12), m.start()):
                continue
            after = _sentence(text, hi + 1, hi + 1)[1] if hi < len(text) else hi
            before = _sentence(text, max(0, lo - 2), max(0, lo - 1))[0] if lo else lo
            if r.credit.search(text, before, after) is None or r.option.search(text, lo, m.start()):
                continue  # no credit named; or credit as the customer's choice ("if you'd prefer, … instead of a refund")
            flags.append(_flag(
                "error", f"the reply refuses a money refund and offers store credit; {who} who withdraws is "
                f"refunded {how}, unless they agree otherwise ({source_fact.source})", (m.start(), m.end()),
                "refund to the original payment method (offer credit only as an option)", "withdrawal_days"))
            credit_to = hi
        flags += _credit_for_amount(p, r, text, who, how, source_fact, credit_to, language)
        flags += [f for f in _only_credit(p, r, text, who, how, source_fact, language)
                  if not any(_distance(f.span, g.span) <= 40 for g in flags)]
    includes, delivery_fact = (resources.cached(("policy:refund_delivery", profile.region), lambda: _chain_extra(
        resources, profile, "withdrawal_days", "refund_includes_delivery")) if has_withdrawal else (None, None))
    if includes:
        flags += _delivery_kept(p, text, who, delivery_fact, language)
    fee = facts.get("withdrawal_fee_percent")
    if includes and fee is not None and fee.value == 0:
        flags += _refund_kept(p, text, who, fee, language, flags)
    # one flag per phrase: a refusal already flagged against the withdrawal right is not flagged again
    flags += [f for f in _faulty_flags(p, r, text, profile, who, periods, language)
              if not any(_distance(f.span, g.span) == 0 for g in flags)]
    guarantee = facts.get("legal_guarantee_months")
    if guarantee is not None and guarantee.value:
        for m in r.warranty_void.finditer(text):
            flags.append(_flag(
                "error", f"the reply voids the guarantee when the goods are opened; {who} keeps the statutory "
                f"guarantee of {guarantee.value} months ({guarantee.source})", (m.start(), m.end()),
                "drop the condition: opening the goods does not end the legal guarantee", "legal_guarantee_months"))
    cost = facts.get("withdrawal_return_cost")
    if has_withdrawal and cost is not None and cost.value == "trader":
        for m in r.customer_pays.finditer(text):
            flags.append(_flag(
                "error", f"the reply makes the customer pay return shipping; for {who} the trader bears it "
                f"({cost.source})", (m.start(), m.end()), "offer the free return the law requires",
                "withdrawal_return_cost"))
    return flags


# A period the refusal is said to apply ("under our 14-day cancellation policy", "im Rahmen der
# 14-tägigen Widerrufsfrist"): the policy in force, not a period that has run out.
_APPLIED_UNDER = re.compile(r"(?<!\w)(?:under|per|according to|in line with|im Rahmen (?:der|unserer|Ihrer)|gemäß|"
                            r"dans le cadre d[eu]|conformément à|según|conforme a|secondo|volgens|zgodnie z)"
                            r"(?:\s+(?:our|the|your|its|their|unserer|der|ihrer|notre|la|nuestra|nostra|onze|de|naszą|naszym))?\s*$",
                            re.IGNORECASE)


def _conditional_refusals(p: _Patterns, r: _Refusals, text: str, language: str | None, withdrawal, clause,
                          who: str, periods: list[_Period], flagged: list[Flag]) -> list[Flag]:
    """The right to return refused for a class of goods the law does not exclude: a sentence naming
    sale or opened goods, a return or withdrawal word and a refusal ("Ångerrätten gäller inte för
    produkter som köpts på rea", "拆封商品不支持七天无理由退货", "ist ein Widerruf bei geöffneter
    Verpackung nicht mehr möglich"), with none of the lawful reasons beside it. The words are the
    language's; whether the customer has the right is the region's ``withdrawal_days`` (or, with none,
    a ``no_returns_clause`` that says refusing faulty sale goods misleads)."""
    needles = p.condition_needles(language)
    if needles is not None:
        low = text.lower()
        if not any(needle in low for needle in needles):
            return []  # the common case: no sale or opened goods named
    v = p.vocabulary(language)
    found: list[Flag] = []
    if withdrawal is not None:
        for m in r.unopened_only.finditer(text):
            lo, hi = _sentence(text, m.start(), m.end())
            if any(lo <= f.span[0] < hi for f in flagged + found) or v.returns.search(text, lo, hi) is None:
                continue
            found.append(_flag(
                "error", f"the reply allows returns only unopened; {who} may withdraw within {withdrawal.value} days "
                f"after opening the goods to try them, owing at most their loss in value ({withdrawal.source})",
                (m.start(), m.end()), "drop the condition: opened goods may be returned", "withdrawal_days"))
    for m in r.refuse.finditer(text):
        lo, hi = _sentence(text, m.start(), m.end())
        if any(lo <= f.span[0] < hi for f in flagged + found):
            continue  # one flag per sentence
        on_sale, opened = r.sale.search(text, lo, hi), r.opened.search(text, lo, hi)
        if (on_sale is None and opened is None) or v.returns.search(text, lo, hi) is None:
            continue
        if _lawful(r, text, lo, hi) or p.also.search(text, lo, m.start()):
            continue  # "sealed hygiene items", "also on sale goods"
        if withdrawal is None and (opened is not None or r.change_of_mind.search(text, lo, hi)):
            continue  # where only faulty goods must be taken back, a change of mind may be refused
        if withdrawal is not None and any(lo <= x.start < hi and x.days is not None and x.days >= withdrawal.value
                                          and not _RIGHT_NAMED.match(text, x.end)
                                          and not _APPLIED_UNDER.search(text, max(lo, x.start - 40), x.start)
                                          for x in periods):
            continue  # "after 30 days, opened goods can no longer be returned"
        what = "sale goods" if on_sale is not None else "goods opened, tried or without their tag"
        if withdrawal is not None:
            why, fact = (f"may withdraw within {withdrawal.value} days, {what} included "
                         f"({withdrawal.source})"), "withdrawal_days"
        else:
            why, fact = (f"keeps the consumer guarantees on faulty goods, sale goods included; saying otherwise "
                         f"misleads ({clause.source})"), "no_returns_clause"
        found.append(_flag("error", f"the reply refuses returns of {what}; {who} {why}", (m.start(), m.end()),
                           "state the customer's right to return", fact))
    return found


# Every phrase of terms.GUARANTEE_DENIED names the guarantee: a reply without one of these is not scanned.
_GUARANTEE_WORDS = ("warrant", "guarant", "covered", "as is", "as-is", "as seen", "garan", "gewährleist", "mängelhaft", "gwaranc", "reklam", "záruk", "takuu", "гарант", "保証",
                    "보증", "保修", "质保", "質保", "保固")


def _faulty_flags(p: _Patterns, r: _Refusals, text: str, profile: Profile, who: str,
                  periods: list[_Period], language: str | None = None) -> list[Flag]:
    """Faulty goods where the seller must put them right (``faulty_goods_remedy``): return postage put
    on the customer, and a refusal or a referral to the maker because of a fault or because the
    store's own warranty ran out, unless the reply states an age past the legal guarantee."""
    remedy = profile.facts.get("faulty_goods_remedy")
    if remedy is None or remedy.value != "seller":
        return []
    flags: list[Flag] = []
    flagged_to = -1
    guarantee = profile.facts.get("legal_guarantee_months")
    months = guarantee.value if guarantee is not None and guarantee.value else None
    low = text.lower()
    denials = r.guarantee_denied.finditer(text) if any(word in low for word in _GUARANTEE_WORDS) else ()
    for m in denials:
        lo, hi = _sentence(text, m.start(), m.end())
        if lo < flagged_to or p.complement.match(text, m.end()) \
                or p.guarantee_maker.search(text, max(lo, m.start() - 40), min(hi, m.end() + 40)):
            continue  # "no guarantee that it arrives"; "no manufacturer's warranty" (the law's still holds)
        if r.customer_damage.search(text, lo, hi) or r.lawful_refusal.search(text, lo, hi) \
                or (months is not None and any(lo <= x.start < hi and x.months is not None and x.months >= months
                                               for x in periods)):
            continue  # "water damage is not covered"; "after the two years the guarantee does not apply"
        what = months and f"the {months}-month legal guarantee" or "a remedy against the seller"
        flags.append(_flag(
            "error", f"the reply denies the guarantee; {who} has {what} for faulty goods, sale goods included "
            f"({(guarantee if months else remedy).source})", (m.start(), m.end()),
            "state the legal guarantee: the seller puts a fault right", "faulty_goods_remedy"))
        flagged_to = hi
    defect = r.defect.search(text)
    over = r.warranty_over.search(text)
    basis = f"({remedy.source})"
    if defect is not None or over is not None or _GUARANTEE_ANY.search(text):
        flagged_to = _maker_flags(p, r, text, who, remedy, months, periods, language, flags, flagged_to)
    if defect is None and over is None:
        return flags  # the common case: no fault, no warranty
    if months is not None and any(x.months is not None and x.months >= months for x in periods):
        return flags  # "over three years old, the two-year legal guarantee has ended"
    if defect is not None and remedy.extras.get("free_of_charge"):
        for m in r.pays_own.finditer(text):
            lo, hi = _sentence(text, m.start(), m.end())
            if p.negation.search(text, max(lo, m.start() - 15), m.start()) or r.change_of_mind.search(text, lo, hi):
                continue  # "at no cost to you"; "if you changed your mind, postage is yours"
            flags.append(_flag(
                "error", f"the reply makes the customer pay to send back faulty goods; for {who} the seller puts a "
                f"fault right free of charge, postage included {basis}", (m.start(), m.end()),
                "send a prepaid label or collect the goods", "faulty_goods_remedy"))
            break
    reject = remedy.extras.get("reject_days")
    if defect is not None and reject and not any((x.days is not None and x.days > reject) or x.months is not None
                                                 for x in periods):
        # The short-term right to reject (UK: 30 days): faulty goods are refunded on demand, used or not;
        # "repair only, no refund" takes it away (unless an age past it is stated).
        for m in sorted([*r.no_money_refund.finditer(text), *p.refund_not_offered.finditer(text)], key=lambda m: m.start()):
            lo, hi = _sentence(text, m.start(), m.end())
            if lo < flagged_to or p.negation.search(text, max(lo, m.start() - 15), m.start()) \
                    or r.change_of_mind.search(text, lo, hi) or r.customer_damage.search(text, lo, hi) \
                    or r.option.search(text, lo, m.start()):
                continue
            flags.append(_flag(
                "error", f"the reply refuses a refund for faulty goods; {who} may reject faulty goods for a full "
                f"refund within {reject} days of delivery {basis}", (m.start(), m.end()),
                f"offer the refund (within {reject} days of delivery the customer may reject faulty goods)",
                "faulty_goods_remedy"))
            flagged_to = hi
            break
    if defect is not None:
        flagged_to = _credit_for_fault(p, r, text, who, basis, language, flags, flagged_to)
    refusals = sorted([(m.start(), m.end()) for m in r.hands_tied.finditer(text)] +
                      [(m.start(), m.end()) for m in r.manufacturer.finditer(text)
                       if not p.no_need.search(text, max(0, m.start() - 30), m.start())
                       and not p.also.search(text, max(_sentence(text, m.start(), m.end())[0], m.start() - 40),
                                             m.start())] +
                      [(m.start(), m.end()) for m in r.no_returns.finditer(text)] +
                      [(m.start(), m.end()) for m in r.refused_refund.finditer(text)])
    for start, end in refusals:
        lo, hi = _sentence(text, start, end)
        if lo < flagged_to:
            continue
        before = _sentence(text, max(0, lo - 2), max(0, lo - 1))[0] if lo else lo
        # "after the first 30 days, faults go to the maker": a period that ran out, shorter than the
        # law's guarantee, is no lawful reason
        short = months is not None and any(before <= x.start < hi and (
            (x.months is not None and x.months < months) or (x.days is not None and x.days < months * 30))
            for x in periods)
        if r.customer_damage.search(text, before, hi) or r.change_of_mind.search(text, lo, hi) \
                or (not short and r.lawful_refusal.search(text, lo, hi)):
            continue  # "dropped", "water damage"; "personalised items"; "if you changed your mind"
        if defect is None:
            # a refusal because the store's own warranty (a period in months) ran out, in this sentence
            # or the one before, where the law's remedy has no fixed period or a longer one
            near = r.warranty_over.search(text, before, hi)
            stated = [x for x in periods if before <= x.start < hi and x.months is not None]
            if near is None or not stated or (months is not None and max(x.months for x in stated) >= months):
                continue
        flags.append(_flag(
            "error", f"the reply refuses to put faulty goods right or sends the customer to the maker; {who} "
            f"has a remedy against the seller for {remedy.extras.get('period') or 'faulty goods'} {basis}",
            (start, end), "offer repair, replacement or a refund (the seller's duty)", "faulty_goods_remedy"))
        flagged_to = hi
    return flags


def _credit_for_fault(p: _Patterns, r: _Refusals, text: str, who: str, basis: str, language: str | None,
                      flags: list[Flag], flagged_to: int) -> int:
    """Flag store credit offered as the only answer to a fault ("we can only offer a credit note for the
    faulty blender", "nous ne pouvons vous proposer qu'un avoir"): repair, replacement, a price cut or a
    refund are the seller's remedies, credit is none of them. The fault is named in the sentence or the
    one before; a choice offered, "not only", "also" or damage the customer caused make it another matter.
    Returns the end of the sentence flagged."""
    before_only, after_only = p.only(language)
    for m in r.credit.finditer(text):
        lo, hi = _sentence(text, m.start(), m.end())
        if lo < flagged_to:
            continue
        clause_lo = max([lo] + [c.end() for c in _CLAUSE_BREAK.finditer(text, lo, m.start())])
        only = None
        if before_only is not None:
            only = next(before_only.finditer(text, max(clause_lo, m.start() - 40), m.start()), None)
        if only is None and after_only is not None:
            only = after_only.match(text, m.end(), min(hi, m.end() + 4))
        if only is None:
            continue
        prior = _sentence(text, max(0, lo - 2), max(0, lo - 1))[0] if lo else lo
        if r.defect.search(text, prior, hi) is None or r.option.search(text, prior, hi) \
                or p.negation.search(text, max(lo, only.start() - 8), only.start()) or p.also.search(text, lo, hi) \
                or r.customer_damage.search(text, prior, hi) or r.change_of_mind.search(text, lo, hi):
            continue
        span = (only.start(), m.end()) if only.start() < m.start() else (m.start(), only.end())
        flags.append(_flag(
            "error", f"the reply offers only store credit for faulty goods; {who} has repair, replacement or a "
            f"refund from the seller, not credit {basis}", span,
            "offer repair, replacement or a refund (credit only if the customer chooses it)", "faulty_goods_remedy"))
        return hi
    return flagged_to


def _maker_flags(p: _Patterns, r: _Refusals, text: str, who: str, remedy, months: int | None,
                 periods: list[_Period], language: str | None, flags: list[Flag], flagged_to: int) -> int:
    """Flag the sentences that send a fault to the maker (:func:`_maker_referrals`) where the seller
    answers for it, unless the reply says the legal guarantee has run out or states an age past it,
    or the fault is the customer's doing. Returns the end of the last sentence flagged."""
    if months is not None and any(x.months is not None and x.months >= months for x in periods):
        return flagged_to  # "over three years old, the two-year legal guarantee has ended"
    legal, ended = p.legal_over
    if any(ended.search(text, *_sentence(text, m.start(), m.end())) for m in legal.finditer(text)):
        return flagged_to  # "die gesetzliche Gewährleistung ist abgelaufen": the maker's guarantee is what is left
    for start, end in _maker_referrals(p, r, text, language):
        lo, hi = _sentence(text, start, end)
        before = _sentence(text, max(0, lo - 2), max(0, lo - 1))[0] if lo else lo
        if lo < flagged_to or r.customer_damage.search(text, before, hi) or r.lawful_refusal.search(text, lo, hi) \
                or r.change_of_mind.search(text, lo, hi):
            continue
        flags.append(_flag(
            "error", f"the reply sends the customer to the maker for a fault; {who} has a remedy against the seller "
            f"for {remedy.extras.get('period') or 'faulty goods'} ({remedy.source})", (start, end),
            "offer repair, replacement or a refund (the seller's duty; the maker's guarantee is an extra)",
            "faulty_goods_remedy"))
        flagged_to = hi
    return flagged_to


_PERCENT = re.compile(r"(\d{1,3}(?:[.,]\d+)?)\s?%|%\s?(\d{1,3})")


def _percents(text: str) -> list[tuple[int, int, float]]:
    """Every percentage in ``text``: (start, end, value), in order."""
    return [(m.start(), m.end(), float((m.group(1) or m.group(2)).replace(",", ".")))
            for m in _PERCENT.finditer(text)]


def conflict_dicts(flags: list[Flag]) -> list[dict[str, Any]]:
    return [f.to_dict() for f in flags]


def _needles(tables: tuple[dict[str, str], ...], language: str | None) -> tuple[str, ...] | None:
    """Literals one of which every pattern of ``tables`` for ``language`` and English (every
    language when None) contains; None when a pattern's literals cannot be told."""
    from .patterns import required_any

    found: list[str] = []
    for table in tables:
        for lang, pattern in table.items():
            if language is None or lang in ("en", language):
                needles = required_any(pattern)
                if needles is None:
                    return None
                found += needles
    return tuple(dict.fromkeys(found))
