"""Whether a day named in a reply is a day the store COMMITS to: the model behind ``weekend_promise``.

A weekend or holiday in a reply is a fault only when someone promises to act on it:
an actor (we, our courier, the parcel) with a delivery, reply, refund, dispatch or
call-back verb in the future or a modal, on that day. A sentence that names the day
without that commitment is not a promise:

- it says the day IS a day off ("As Monday 4 May is a bank holiday…", "el viernes 1 de
  mayo es festivo");
- it starts a period on it ("we reply from Sunday 31 May", "ab Montag", "から", "起");
- it is the customer's own action ("you can collect it on Saturday", "Sie können … abholen"),
  or the day the customer chose (``chosen``: "ご指定いただいた5月5日", "the date you requested";
  ``requested``, anywhere in the sentence: "as you requested, …", "comme vous l'avez demandé", "wie gewünscht",
  "ご希望のとおり", "按照您的要求", or the date the customer booked named as a noun: "Ihren Wunschtermin haben
  wir eingetragen: … am Samstag", "your booked delivery slot");
- the customer chose it, in their own words anywhere in the sentence (``chose``: "You chose
  Saturday delivery, so …", "Elegiste entrega en domingo", "wybrałeś", "お選びになった");
- the carrier or the shop works on such days, said in the sentence or the one before and not
  denied (``operates``: "Royal Mail delivers on Saturdays", "节日期间正常配送", "our shop is open on
  Sunday"), or the holiday said to change nothing for it ("St Andrew's Day doesn't change anything
  for Royal Mail", "Der Feiertag hat keinen Einfluss auf die Zustellung");
- it is the customer's own occasion that the promise comes before (``ahead`` then ``yours``: "so
  you have it before your daughter's party on Saturday 27 March", "antes de irte de viaje el
  jueves 25", "vor Ihrer Abreise am Ostermontag");
- it is an offer's day (``offer``: "20 % off on Sunday only", "nur am Sonntag: 15 % Rabatt",
  "ลด 30% เฉพาะวันที่ 21"): a sale names a day, it promises nobody's work on it;
- it has no action verb and no future or modal marker at all ("Saturday was busy"), and names
  nothing a promise moves or who carries it out (``agent``: the parcel, the order, the courier,
  the technician: "GLS afleverer din pakke søndag" is a promise whatever its verb).

- its clause says the action does NOT happen then ("no delivery on Friday, so it arrives on
  Sunday", "el viernes 26 no se reparte", "金曜日は配送しておりません"): a negation (``not``)
  within a few words before an action marker, or (``not_after``) right after one; the
  clause ends at a comma or a connector (``so``: so, daher, donc, لذلك, ולכן…), so the later
  day is checked on its own;
- it names a day of every week ("every Friday", "בימי שישי", "每周五": ``every``).

The day's own clause is also read for the predicate's tense, mood and the date's role: a bare
weekday in a past-tense clause is last week's (``past``, unless ``future``), a day in a
conditional clause is a wish (``if``, ``if_after``), and a day that is the value of a limit named
before it is the customer's deadline (``limit``).

Deadlines, ranges, closures and greetings are :mod:`.deadlines`' business. The markers are
the rule file's ``commitment`` table, one short entry per language (see WeekendPromise.yaml):
``act`` (action verb stems and future/modal markers or verb endings: one of them in the
sentence is needed), ``off`` (nouns that say a day is off), ``start`` / ``start_after``
(the start of a period, before or after the day), ``customer`` (the customer as actor),
``chosen`` (the customer's own choice of the day, right before it), ``and`` (the words that join two statements: a
closure notice and a promise in one sentence are read apart), ``ahead`` and ``yours`` (an occasion
of the customer's own that the promise comes before: "before your daughter's party on Saturday"),
``ours`` (the store's own possessive: "our Melbourne warehouse" names the store's place, not the customer's),
``said`` (an occasion the draft says is on the day: "Since Easter is on Sunday, April 5", "your
brother's engagement is on Sunday"; the holidays of the region's calendar are found by name instead),
``automatic`` (a renewal, debit or charge the systems make on the day: "your subscription renews on
Sunday", "auto-debited", "自动续费"), ``option`` (the customer's preference opening the sentence: "if you prefer, we can also deliver on
Saturday", "si lo prefieres"), ``collect`` (the parcel waits for the customer at a locker or pick-up point), ``staff`` (the store's own people and work: "our fitter", "Techniker", "お電話", "退款": a day in such a
sentence is the store's, not the carrier's named before it).
The customer's language's entry and English's are used (agents often reply in English).
"""
from __future__ import annotations

import re

from .deadlines import sentence_bounds

_EDGE = r"(?<![A-Za-zÀ-ɏЀ-ӿ'’])"  # Latin and Cyrillic markers start at a word's start
_KINDS = ("act", "agent", "off", "start", "start_after", "customer", "chosen", "requested", "chose", "operates", "offer",
          "automatic",
          "not", "not_after", "every", "so", "and", "past", "future", "if", "if_after", "limit", "ahead", "yours",
          "ours", "staff", "collect", "said", "option", "planned", "moved")
_END_EDGE = r"(?![A-Za-zÀ-ɏЀ-ӿ])"
_GLOSS = re.compile(r"[(（][^()（）\n]{0,40}[)）]")  # "Mittwoch, 15. August (Mariä Himmelfahrt), …"
_CLAUSE_MARK = re.compile(r"[,;:،؛，、；：—–]|\s-\s")
_NOT_REACH = 20  # characters between a negation and the action it negates
_HEAD_FINAL = frozenset({"ja", "ko", "tr", "hi"})  # "because" and "so" end the clause they join
_OFF_REACH = 40  # characters between a day and a noun that says it is off
_DIGIT = re.compile(r"[0-9]")
# A capitalised name right after an ``ahead`` word (an article may come between): an occasion's name
_NAMED_OCCASION = re.compile(r"\s+(?:(?:the|le|la|l['’]|el|il|lo|der|dem|den|die|het|de|o|a)\s*)?"
                             r"([A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+)")
_BETWEEN = r"[\s,]*(?:(?:the|le|la|el|il|o|a|dem|den|der|op|de|del|di|du|يوم|ال|יום|วัน|hari|ngày)\s*){0,2}"


def _cut(text: str, start: int, end: int, lo: int, hi: int, mark) -> tuple[int, int]:
    """``lo:hi`` narrowed to the part around ``text[start:end]`` between the ``mark`` words (a
    connector: "so", "and") before and after it; unchanged without a ``mark`` pattern."""
    if mark is not None:
        for m in mark.finditer(text, lo, start):
            lo = m.end()
        m = mark.search(text, end, hi)
        if m is not None:
            hi = m.start()
    return lo, hi


class Commitment:
    """The ``commitment`` table of one rule, compiled per language on first use."""

    def __init__(self, rule_type, key: str = "commitment") -> None:
        table = rule_type.option(key, {}) or {}
        if not isinstance(table, dict):
            raise rule_type.fail(key, f"'{key}' maps a language to its markers ({', '.join(_KINDS)})")
        self.table: dict[str, dict[str, tuple[str, ...]]] = {}
        for language, entry in table.items():
            if not isinstance(entry, dict) or not set(entry) <= set(_KINDS) or not all(
                    isinstance(v, list) and all(isinstance(s, str) and s for s in v) for v in entry.values()):
                raise rule_type.fail(key, f"'{key}.{language}' maps {', '.join(_KINDS)} to lists of patterns")
            self.table[str(language)] = {k: tuple(v) for k, v in entry.items()}
        self.rule_type = rule_type
        self.key = key
        self._compiled: dict[str, dict[str, object]] = {}

    def patterns(self, language: str) -> dict[str, object]:
        if language not in self._compiled:
            merged: dict[str, list[str]] = {k: [] for k in _KINDS}
            for lang in dict.fromkeys([language, "en"]):
                for kind, items in self.table.get(lang, {}).items():
                    merged[kind].extend(items)
            flags = re.IGNORECASE
            alt = {k: "|".join(f"(?:{p})" for p in v) for k, v in merged.items() if v}
            out: dict[str, object] = {}
            for kind in ("act", "agent", "off", "customer", "requested", "chose", "operates", "offer", "automatic",
                         "past", "future",
                         "limit", "if_after", "staff", "collect", "said", "option", "planned", "moved"):
                if kind in alt:
                    out[kind] = self.rule_type.compile(rf"{_EDGE}(?:{alt[kind]})", self.key, flags)
            for kind in ("not", "not_after", "so", "and", "if", "ahead", "yours", "ours"):
                if kind in alt:
                    out[kind] = self.rule_type.compile(rf"{_EDGE}(?:{alt[kind]}){_END_EDGE}", self.key, flags)
            for kind in ("start", "every", "chosen"):
                if kind in alt:
                    out[kind] = self.rule_type.compile(rf"{_EDGE}(?:{alt[kind]}){_BETWEEN}$", self.key, flags)
            if "start_after" in alt:
                out["start_after"] = self.rule_type.compile(
                    rf"[\s,，、）)]*(?:[0-2]?[0-9][:：][0-5][0-9])?[\s,，、]*(?:[（(][^）)\n]{{1,6}}[）)])?[\s,，、]*"
                    rf"(?:{alt['start_after']})", self.key, flags)
            self._compiled[language] = out
        return self._compiled[language]

    def committed(self, text: str, start: int, end: int, language: str) -> bool:
        """True when the sentence around ``text[start:end]`` commits to acting on that day."""
        marks = self.patterns(language)
        if not self.table:
            return True  # a rule without the table keeps the older behaviour: every day counts
        end = start + len(text[start:end].rstrip(". "))  # "pada Selasa, 5 Maret." ends its sentence
        left, right = sentence_bounds(text, start, end)
        start_before = marks.get("start")
        if start_before is not None and start_before.search(text, max(left, start - 40), start):
            return False  # "from Sunday 31 May", "ab Montag", "à partir du lundi"
        start_after = marks.get("start_after")
        if start_after is not None and start_after.match(text, end):
            return False  # "5月3日から", "12월 25일부터", "1月1日起"
        chosen = marks.get("chosen")
        if chosen is not None and chosen.search(text, max(left, start - 40), start):
            return False  # "ご指定いただいた5月5日", "the day you chose, Sunday 26": the customer's own choice
        for kind in ("requested", "chose"):
            found = marks.get(kind)
            if found is not None and found.search(text, left, right):
                return False  # "as you requested, …", "You chose Saturday delivery, so …", "Elegiste entrega en domingo"
        if self.superseded(text, start, end, left, right, marks):
            return False  # "were booked for Friday 21 March, but … so they'll reach you on Monday": the old plan
        if self.operating(text, left, right, marks):
            return False  # "Royal Mail delivers on Saturdays, so …", "节日期间正常配送", "our shop is open on Sunday"
        offer = marks.get("offer")
        if offer is not None and offer.search(text, left, right):
            return False  # "20 % off on Sunday 13 June only": an offer's day, no work promised
        automatic = marks.get("automatic")
        if automatic is not None and automatic.search(text, left, right):
            return False  # "Votre abonnement sera renouvelé automatiquement le dimanche": no one works it
        every = marks.get("every")
        if every is not None and every.search(text, max(left, start - 30), start):
            return False  # "every Friday", "בימי שישי", "每周五": opening hours, not one day
        act = marks.get("act")
        if act is not None and self.negated(text, start, end, left, right, marks):
            return False  # "no delivery on Friday", "el viernes no se reparte"
        off = marks.get("off")
        if off is not None:
            # "Monday 4 May is a bank holiday", "jour férié du vendredi 1er mai"; but in "25 December
            # is a holiday, so it will arrive on 28 December" the noun belongs to the other day.
            for m in off.finditer(text, max(left, start - _OFF_REACH), min(right, end + _OFF_REACH)):
                gap = (m.end(), start) if m.end() <= start else (end, m.start())
                if act is None or act.search(text, *gap) is None:
                    return False
        said = marks.get("said")
        if said is not None:
            # "Since Easter is on Sunday, April 5", "Since your brother's engagement is on Sunday 5 April":
            # the occasion's own day, told as the reason for an earlier one
            for m in said.finditer(text, max(left, start - _OFF_REACH - 20), start):
                if act is None or act.search(text, m.end(), start) is None:
                    return False
        customer = marks.get("customer")
        if customer is not None and customer.search(text, left, start):
            return False  # "you can pick it up on Saturday"
        if self.collected(text, start, end, left, right, marks):
            return False  # "ready to collect from the InPost locker on Saturday", "gotowa do odbioru w sobotę"
        option = marks.get("option")
        if option is not None and option.search(text, left, start) is not None:
            return False  # "Si lo prefieres, también podemos entregártelo el sábado": an option offered
        if self.hypothetical(text, start, end, left, right, marks):
            return False  # "if you would like it on Saturday 9 March", "土曜日の配達をご希望の場合は"
        if self.limit(text, start, end, left, right, marks):
            return False  # "the last day to return it is Sunday 10 March", "返品受付期限は3月10日（日）"
        if self.occasion_ahead(text, start, end, left, right, marks):
            return False  # "well before your daughter's party on Saturday 27 March", "antes de irte el jueves 25"
        if act is None or act.search(text, left, right) is not None:
            return True
        # No verb of the language's list: the parcel, the order, the courier or the technician with
        # the day is a promise all the same, whatever its verb ("GLS afleverer din pakke søndag",
        # "Posti tuo pakettisi lauantaina", "USPS gets it to your door on Monday").
        agent = marks.get("agent")
        return agent is not None and agent.search(text, left, right) is not None

    def superseded(self, text: str, start: int, end: int, left: int, right: int, marks: dict) -> bool:
        """Whether the day is a plan the draft tells as made before (``planned``: "were booked for",
        "war … geplant", "était prévue le", "estaba programada para") and then replaces: a
        connector (``so``: but, aber, mais, pero) or a word of moving it (``moved``: instead,
        rescheduled, verschoben, reportée) after it, in its sentence or the next one."""
        planned, moved, so = marks.get("planned"), marks.get("moved"), marks.get("so")
        if planned is None:
            return False
        lo, hi = self.own(text, start, end, left, right, marks)
        if planned.search(text, lo, hi) is None:
            return False
        _, after = sentence_bounds(text, min(len(text) - 1, right + 1), min(len(text), right + 1)) \
            if right + 1 < len(text) else (right, right)
        after = max(after, right)
        return any(m is not None and m.search(text, end, after) is not None for m in (moved, so))

    def own(self, text: str, start: int, end: int, left: int, right: int, marks: dict) -> tuple[int, int]:
        """The day's own clause: :meth:`clause` cut further at ``and`` ("llegó el domingo y saldrá
        el martes": two statements, two clauses)."""
        lo, hi = self.clause(text, start, end, left, right, marks)
        return _cut(text, start, end, lo, hi, marks.get("and"))

    def occasion_ahead(self, text: str, start: int, end: int, left: int, right: int, marks: dict) -> bool:
        """Whether the day is the customer's own occasion that something arrives ahead of: an
        ``ahead`` word ("before", "in time for", "antes de", "vor", "avant", "prima della") and then
        the customer's own words (``yours``: "your", "Ihrer", "seu", "irte") or an occasion's capitalised
        name ("before Easter on Sunday, April 5", "vor Ostern am Sonntag") before the day, with no
        number and no action between them and no action after the day in its clause ("so you have it
        before your daughter's party on Saturday 27 March", "vor Ihrer Abreise am Ostermontag", "bem
        antes da festa do seu filho no sábado"). The promise is the other, earlier day."""
        ahead, yours, act = marks.get("ahead"), marks.get("yours"), marks.get("act")
        if ahead is None or yours is None:
            return False
        mark = None
        for mark in ahead.finditer(text, left, start):
            pass
        if mark is None or _DIGIT.search(text, mark.end(), start):
            return False
        if yours.search(text, mark.end(), start) is None:
            # or a named occasion ("before Easter on Sunday, April 5", "vor Ostern am Sonntag", "avant Pâques,
            # le dimanche 5 avril", "before Holi on Sunday"): a capitalised name that is not the day itself
            # and not "before Easter, on Saturday 4 April": after a comma the day is the promise's own
            named = _NAMED_OCCASION.match(text, mark.end(), start)
            if named is None or named.start(1) >= start or _CLAUSE_MARK.search(text, named.end(1), start):
                return False
        if act is None:
            return True
        _, hi = self.clause(text, start, end, left, right, marks)
        return act.search(text, mark.end(), start) is None and act.search(text, end, hi) is None

    def hypothetical(self, text: str, start: int, end: int, left: int, right: int, marks: dict) -> bool:
        """Whether the day stands in a conditional clause: the mood of a wish or an option, not a
        promise ("if you would prefer Saturday 9 March", "si desea recibirlo el sábado", "토요일 도착을
        원하시면", "土曜日の配達をご希望の場合は"). ``if`` opens the clause before the day; ``if_after``
        (head-final languages) closes it after the day."""
        before, after = marks.get("if"), marks.get("if_after")
        # the sentence first (one search each): most have no condition word, and need no clause
        if before is not None and before.search(text, left, start) is None:
            before = None
        if after is not None and after.search(text, end, right) is None:
            after = None
        if before is None and after is None:
            return False
        lo, hi = self.clause(text, start, end, left, right, marks)
        return (before is not None and before.search(text, lo, start) is not None) or \
            (after is not None and after.search(text, end, hi) is not None)

    def collected(self, text: str, start: int, end: int, left: int, right: int, marks: dict) -> bool:
        """Whether the day's own clause says the parcel waits for the customer to collect it: ready
        or available for collection, or at a locker or pick-up point (``collect``: "ready to collect
        from the InPost locker on Saturday", "trafi do Paczkomatu w sobotę", "abholbereit in der
        Packstation", "disponible au retrait dans votre point relais"). Lockers take parcels every day
        and pick-up shops open on Saturdays; the customer comes when it suits them."""
        collect = marks.get("collect")
        if collect is None or collect.search(text, left, right) is None:
            return False
        # the statement the day is in, cut at "and" and "so" but not at commas: "готов к выдаче в пункте
        # выдачи в субботу, 26 сентября" names the day twice
        lo, hi = _cut(text, start, end, left, right, marks.get("and"))
        lo, hi = _cut(text, start, end, lo, hi, marks.get("so"))
        return collect.search(text, lo, hi) is not None

    def limit(self, text: str, start: int, end: int, left: int, right: int, marks: dict) -> bool:
        """Whether the day is the value of a limit named before it in its clause, with no action of
        the shop's between: the customer's deadline or a period's last day ("the last day to
        return it is", "la date limite est le", "el plazo vence el", "退货截止日期为", "마감일은")."""
        limit = marks.get("limit")
        if limit is None or limit.search(text, left, start) is None:
            return False
        lo, _ = self.own(text, start, end, left, right, marks)
        return limit.search(text, lo, start) is not None

    def past(self, text: str, start: int, end: int, language: str) -> bool:
        """Whether the clause of a bare weekday ("on Saturday") tells a past event: a past-tense
        marker (``past``: "tried", "war", "llegó", "a été déposé", "到着いたしました", "입고되었으며",
        "已于") and no future one (``future``). The weekday is then last week's, not the next one."""
        marks = self.patterns(language)
        past = marks.get("past")
        if past is None:
            return False
        left, right = sentence_bounds(text, start, end)
        lo, hi = self.own(text, start, end, left, right, marks)
        if past.search(text, lo, hi) is None:
            return False
        future = marks.get("future")
        return future is None or future.search(text, lo, hi) is None

    @staticmethod
    def operating(text: str, left: int, right: int, marks: dict) -> bool:
        """Whether the sentence ``text[left:right]``, or the one before or after it, says the carrier or the
        store works on such days ("Royal Mail delivers on Saturdays", "PostNL bezorgt ook op zondag.",
        "顺丰周末正常派送", "our Leeds showroom is open on Sunday") and does not deny it ("our couriers
        do not deliver at weekends"): a day off promised then is promised knowingly."""
        operates = marks.get("operates")
        if operates is None:
            return False
        before = sentence_bounds(text, left - 2, left - 1)[0] if left > 1 else left
        # "… 11月4日（周日）送达。京东周末正常配送": said right after the promise, it is known as well
        after = sentence_bounds(text, right + 1, right + 2)[1] if right + 2 < len(text) else right
        negation = marks.get("not")
        for m in operates.finditer(text, before, after):
            if negation is None or negation.search(text, max(before, m.start() - _NOT_REACH), m.start()) is None:
                return True
        return False

    @staticmethod
    def clause(text: str, start: int, end: int, left: int, right: int, marks: dict) -> tuple[int, int]:
        """(left, right) of the clause around ``text[start:end]`` inside its sentence: up to a
        comma, a semicolon or a dash, or a connector ("so", "daher", "لذلك", "ולכן")."""
        lo = left
        for m in _CLAUSE_MARK.finditer(text, left, start):
            lo = m.end()
        m = _CLAUSE_MARK.search(text, end, right)
        if m is not None and not _GLOSS.sub("", text[end:m.start()]).strip() and m.group() in ",،，、":
            m = _CLAUSE_MARK.search(text, m.end(), right)  # "On Friday, 25 December, we don't deliver"
        hi = m.start() if m else right
        return _cut(text, start, end, lo, hi, marks.get("so"))

    def negated(self, text: str, start: int, end: int, left: int, right: int, marks: dict) -> bool:
        """True when the clause around the day says its action does not happen ("we do not
        deliver on Friday", "لا تتم عمليات التوصيل يوم الجمعة", "am Karfreitag liefern wir nicht")."""
        act, before, after = marks["act"], marks.get("not"), marks.get("not_after")
        if before is None and after is None:
            return False
        lo, hi = self.clause(text, start, end, left, right, marks)
        if before is not None:
            for m in before.finditer(text, lo, hi):
                found = act.search(text, m.end(), hi)
                if found is not None and found.start() - m.end() <= _NOT_REACH:
                    return True
        if after is not None:
            # from the action's start: "stellt DHL am Feiertag nicht zu" spans its negation
            for m in act.finditer(text, lo, hi):
                found = after.search(text, m.start() + 1, hi)
                if found is not None and found.start() - m.end() <= _NOT_REACH:
                    return True
        return False

    def own_clause(self, text: str, start: int, end: int, language: str, closures) -> tuple[int, int] | None:
        """The day's own clause (cut at commas, connectors and ``and``: "und", "y", "và") when it
        acts on the day with no closure of its own, else None: in "we are closed on Friday 24 and
        the engineer will come on Sunday 26" the closure notice is one statement and the promise
        another."""
        marks = self.patterns(language)
        act = marks.get("act")
        if act is None:
            return None
        end = start + len(text[start:end].rstrip(". "))  # a date's span may take the full stop after it
        left, right = sentence_bounds(text, start, end)
        lo, hi = self.own(text, start, end, left, right, marks)
        if (closures is not None and closures.search(text, lo, hi) is not None) or act.search(text, lo, hi) is None:
            return None
        return lo, hi

    def connector_bounds(self, text: str, start: int, end: int, language: str) -> tuple[int, int]:
        """The sentence around ``text[start:end]`` cut at a connector ("so", "but", "daher",
        "لذلك"): "we don't deliver on Sundays, but the driver will come on Monday 3 May" says
        nothing closed about Monday."""
        left, right = sentence_bounds(text, start, end)
        so = self.patterns(language).get("so")
        if so is not None:
            for m in so.finditer(text, left, start):
                left = m.end()
            # In head-final languages the connector closes the clause that names the day and what
            # follows speaks of it ("1月11日は成人の日のため、休業とさせていただきます").
            m = None if language in _HEAD_FINAL else so.search(text, end, right)
            if m is not None:
                right = m.start()
        return left, right
