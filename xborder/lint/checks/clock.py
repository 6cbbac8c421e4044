"""``time_without_timezone``: a clock time promised without saying whose clock.

"We'll call you at 3 pm" means nothing certain to a customer whose zone is
not the team's. The rule's ``tokens`` are the clock-time patterns of the
languages it covers (``15:00``, ``3 pm``, ``15 Uhr``, ``15時``, ``오후 3시``);
``zones`` are patterns that state a zone (``CET``, ``UTC+1``, ``Berlin
time``, ``日本時間``, ``hora de México``). A time is fine when a zone is
stated within the same sentence, close by (``window`` characters, default
30), or anywhere else in the draft (it then says whose clock all its times
are on). Otherwise it is flagged unless the customer's zone is known and keeps
the same UTC offset as the team's zone at the time of linting — without a
team zone (``team_timezone=``, ``--team-timezone``) or a customer zone (a
country with several zones, or no region) that cannot be shown, so the time
is flagged.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Iterator

from ..base import Hit, RuleType, Target, unwrap
from ..patterns import LiteralSet, lazy_compile

_RANGE_GAP = 12  # characters between two times that make them one range
_STATED_REACH = 20_000  # a zone stated anywhere in a reply of up to this many characters sets its clock
# "between" before one time makes it a window whose end is written another way ("بين الساعة 4 و 8 مساءً").
_BETWEEN = lazy_compile(r"(?i:between|zwischen|entre|tra|fra|tussen|między|между|بين|בין|antara|từ|giữa|ระหว่าง)"
                        r"\s[^\n]{0,10}$")
# ... and so does a start written without a clock mark ("de 9 a 13 h", "from 9 to 5pm", "dalle 9 alle 13").
_FROM_BEFORE = lazy_compile(r"(?i:(?<!\w)(?:de|des|dalle|van|od|from|das|desde|từ|dari)\s[0-9]{1,2}(?:[:.h][0-9]{2})?\s?"
                            r"(?:h|hs|hrs|uur)?\s?(?:a|à|às|al|alle|tot|do|to|till|until|até|hasta|đến|sampai|hingga|-|–)?\s?$)")
# ... and so does a latest time ("chega hoje até as 21h", "bis 18 Uhr geliefert", "21時までにお届け").
_UNTIL = lazy_compile(r"(?i:(?<![\w])(?:until|till|by|before|bis|vor|até|hasta|antes de|jusqu['’]à|avant|entro|fino|"
                      r"prima|tot|uiterlijk|vóór|przed|до|en geç|do|före|senast|innan|før|senest|innen|ennen|până|"
                      r"înainte de|μέχρι|έως|πριν|עד|قبل|حتى|بحلول|trước|sebelum|paling lambat|ก่อน|ภายใน)(?![\w]))")
# ... and so does an open start at the customer's door ("at your place from 8am", "ab 8 Uhr bei
# Ihnen", "dès 8 h", "a partir de las 8:00", "8時からお伺い", "오전 9시부터 방문"): at_the_door decides.
_FROM_WORDS = (r"(?:from|starting(?: at| from)?|ab|à partir de|dès|a partir de(?: las| la)?|desde (?:las|la)|"
               r"dalle(?: ore)?|a partire dalle|vanaf|od|от|с|від|з|mula|simula)")
_FROM_START = lazy_compile(r"(?i:(?<!\w)" + _FROM_WORDS + r"\s$)")
_FROM_LEAD = lazy_compile(r"(?i:" + _FROM_WORDS + r"\s)")  # a time token that takes its "dès" along
_FROM_START_AFTER = lazy_compile(r"\s?(?:から|以降|부터|起|开始|開始|'?[dt][ae]n itibaren)")
_UNTIL_AFTER = lazy_compile(r"\s?(?:まで|前|之前|以前|까지|이전|'?[ae]? kadar|mennessä|तक|के बीच)")
_BLANK_LINE = lazy_compile(r"\n[ \t]*\n")
_DIGIT = lazy_compile(r"[0-9０-９٠-٩]")
# A sentence ends at its mark or at a blank line; a single line break is only a wrap. A full stop
# after a day's number is an ordinal ("am Donnerstag, 16. November, zwischen 8 und 12 Uhr").
# So is one after a day and month written with digits ("torstaina 6.12. klo 8–16").
_SENTENCE_END = lazy_compile(r"(?:[!?。！？]|(?<![\s(][0-9])(?<![\s(][0-9]{2})(?<![0-9][.][0-9])(?<![0-9][.][0-9]{2})\.)"
                             r"(?:\s|$)|\n[ \t]*\n")
# A time followed by the other end of a range written without a clock mark ("entre 8 h et 12 h",
# "from 9 to 5", "8 und 12 Uhr") bounds a window too.
_RANGE_AFTER = lazy_compile(r"(?i:\s?(?:[-–—~～至到]|から|より|에서|부터|to|and|und|bis|et|à|y|a|e|en|tot|do|до|ile|ve|và|dan|และ|"
                           r"से|hanggang|hanggang sa)\s?[0-9])")


def cldr_zone_names(locale) -> tuple[LiteralSet, re.Pattern[str]]:
    """Every zone display name CLDR has for ``locale`` and for English ("Mitteleuropäische
    Normalzeit", "日本標準時", "Eastern Standard Time"), and its GMT format ("GMT+1")."""
    from babel import Locale

    names: set[str] = set()
    gmt: set[str] = set()
    for loc in dict.fromkeys([locale, Locale.parse("en")]):
        for table in (loc.meta_zones, loc.time_zones):
            for entry in table.values():
                for width in ("long", "short"):
                    names.update(n for n in entry.get(width, {}).values() if len(n) >= 3)
        pattern = loc.zone_formats.get("gmt", "GMT{0}")
        prefix = pattern.split("{0}")[0].strip()
        if prefix:
            gmt.add(prefix)
    offsets = "|".join(re.escape(g) + r"\s?[+\-−]\s?[0-9]{1,2}(?::?[0-9]{2})?" for g in sorted(gmt))
    return LiteralSet(names), re.compile(offsets or "(?!)")


def _beyond(names: LiteralSet, text: str, left: int, right: int,
            places: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """The first zone name in ``text[left:right]`` that is not one of ``places`` (a city named as the
    customer's, with its case ending), or None."""
    found = names.search(text, left, right)
    while found is not None and any(lo <= found[0] and found[1] <= hi for lo, hi, _ in places):
        found = names.search(text, found[1], right)
    return found


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the sentence holding ``start:end`` (a blank line ends one too), at most 200
    characters either side."""
    left = max(0, start - 200)
    for cut in _SENTENCE_END.finditer(text, left, start):
        left = cut.end()
    after = _SENTENCE_END.search(text, end, min(len(text), end + 200))
    return left, (after.start() if after else min(len(text), end + 200))



# Languages whose adjectives of a place name take a suffix and an ending ("Київ" -> "за київським
# часом", "Екатеринбург" -> "по екатеринбургскому времени", "Warszawa" -> "czasu warszawskiego").
_ADJECTIVAL = frozenset({"uk", "ru", "be", "bg", "pl", "cs", "sk", "sl", "hr", "sr"})


def _zone_cities(zones, locale) -> set[str]:
    """The exemplar cities of ``zones`` in the customer's language (CLDR through Babel)."""
    from babel.dates import get_timezone_location

    out = set()
    for zone in zones:
        try:
            out.add(get_timezone_location(zone, locale=locale, return_city=True))
        except (LookupError, ValueError, AttributeError):
            continue
    return out


def _declined(name: str, language: str) -> str:
    """A pattern for ``name`` and its declined forms: a name of five letters or more may change its
    last letter and take an ending ("Suomi" -> "Suomen", "Ελλάδα" -> "Ελλάδας", "București" ->
    "Bucureștiului"); Slavic place adjectives ("київським", "екатеринбургскому") from four letters;
    Finnish gradation changes the last two ("Helsinki" -> "Helsingin")."""
    if language in _ADJECTIVAL and len(name) >= 4:
        return re.escape(name[:-1]) + r"\w{0,7}"
    if language == "fi" and len(name) >= 6:
        return re.escape(name[:-2]) + r"\w{0,5}"
    return re.escape(name[:-1]) + r"\w{0,5}" if len(name) >= 5 else re.escape(name)

class TimeWithoutTimezone(RuleType):
    """Clock times with no zone nearby, to a customer who may not share the team's zone."""

    KEYS = ("tokens", "zones", "window", "ignorecase", "exceptions", "nonword", "on_site", "shops", "calls",
            "legal_time", "cutoffs", "main_zone", "places", "clock_words", "occasion_cutoffs", "today",
            "call_ahead", "abroad", "abroad_not", "sent_to")
    REQUIRED = ("tokens", "zones")
    DEFAULT_CODE = "time_without_timezone"
    FIELDS = ("zone",)

    def __init__(self, rule) -> None:
        super().__init__(rule)
        self.times = self.compile_tokens("tokens", required=True)
        zones = self.strings("zones", required=True)
        self.zone_patterns = [self.compile(zone, "zones", 0) for zone in zones]
        self.zones = self.compile("|".join(f"(?:{z})" for z in zones), "zones", 0)
        self.window = self.option("window", 30)
        if not isinstance(self.window, int) or isinstance(self.window, bool) or not 0 < self.window <= 200:
            raise self.fail("window", "'window' must be a number of characters between 1 and 200")
        on_site, calls = self.strings("on_site"), self.strings("calls")
        # a word edge before Latin and Cyrillic words ("ara" is no call inside "para"); CJK has none
        edge = r"(?<![A-Za-zÀ-ɏЀ-ӿ])"
        self.on_site = (self.compile(edge + "(?:" + "|".join(f"(?:{w})" for w in on_site) + ")", "on_site",
                                     re.IGNORECASE) if on_site else None)
        self.calls = (self.compile(edge + "(?:" + "|".join(f"(?:{w})" for w in calls) + ")", "calls",
                                   re.IGNORECASE) if calls else None)
        # The courier's call ahead of the visit ("will call you 30 minutes before arriving", "позвонит за
        # час до приезда") is no call at the window's time: the window stays at the door.
        ahead = self.strings("call_ahead")
        self.call_ahead = (self.compile(edge + "(?:" + "|".join(f"(?:{w})" for w in ahead) + ")", "call_ahead",
                                        re.IGNORECASE) if ahead else None)
        # A cut-off the customer must meet ("order before 2pm and we deliver tomorrow") is the team's
        # clock even beside a delivery.
        cutoffs = self.strings("cutoffs")
        self.cutoffs = (self.compile(edge + "(?:" + "|".join(f"(?:{w})" for w in cutoffs) + ")", "cutoffs",
                                     re.IGNORECASE) if cutoffs else None)
        # An order deadline published for an occasion, on a named day ("어린이날 선물로 받으시려면 4월 30일(목)
        # 오후 3시까지 주문해 주세요"), is the store's notice in the market's own clock; "today" keeps it the team's.
        occasions, today = self.strings("occasion_cutoffs"), self.strings("today")
        self.occasion_cutoffs = (self.compile(edge + "(?:" + "|".join(f"(?:{w})" for w in occasions) + ")",
                                              "occasion_cutoffs", re.IGNORECASE) if occasions else None)
        self.today = (self.compile(edge + "(?:" + "|".join(f"(?:{w})" for w in today) + ")", "today",
                                   re.IGNORECASE) if today else None)
        # A shop the customer comes to keeps its own town's clock, a single time as well as a window
        # ("votre commande y sera prête dès 10 h", "the store is open 10am to 4pm").
        shops = self.strings("shops")
        self.shops = (self.compile(edge + "(?:" + "|".join(f"(?:{w})" for w in shops) + ")", "shops",
                                   re.IGNORECASE) if shops else None)
        # Something brought to the customer's own place at a set time ("lunch delivered to your office
        # at 12:30", "سنرسل لك غداء إلى مكتبك الساعة 1") happens on their clock, a single time as well.
        sent_to = self.strings("sent_to")
        self.sent_to = (self.compile(edge + "(?:" + "|".join(f"(?:{w})" for w in sent_to) + ")", "sent_to",
                                     re.IGNORECASE) if sent_to else None)
        # Countries whose law sets one time though tzdata lists several zones (China: Beijing time).
        legal = self.option("legal_time", {}) or {}
        if not isinstance(legal, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in legal.items()):
            raise self.fail("legal_time", "'legal_time' maps a country code to its one legal zone ('CN': Asia/Shanghai)")
        self.legal_time = dict(legal)
        # Countries where nearly everyone keeps one zone and the others live on named islands (Spain's
        # mainland and the Canaries): the main zone unless the draft names a place of another one.
        main = self.option("main_zone", {}) or {}
        if not isinstance(main, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in main.items()):
            raise self.fail("main_zone", "'main_zone' maps a country code to the zone nearly all its people keep")
        self.main_zone = dict(main)
        # The customer's town, island or state named in the draft sets their zone ("your roof in
        # Joondalup", "tu casa de Las Palmas"): country -> {place: zone}, with the tz database's own
        # city names of the country's zones ("Perth", "Adelaide").
        places = self.option("places", {}) or {}
        if not isinstance(places, dict) or not all(
                isinstance(v, dict) and all(isinstance(n, str) and isinstance(z, str) for n, z in v.items())
                for v in places.values()):
            raise self.fail("places", "'places' maps a country code to {place name: zone}")
        self.places = {str(k).upper(): dict(v) for k, v in places.items()}
        self._place_patterns: dict[str, tuple[re.Pattern[str], dict[str, str]] | None] = {}
        # The customer's address abroad named after a delivery or address word ("Lieferung nach New
        # York", "your flat in Toronto"): a city of another zone than their market's, in their language
        # (CLDR's exemplar cities) or English (the tz database's names).
        abroad = self.strings("abroad")
        self.abroad = (self.compile(edge + "(?:" + "|".join(f"(?:{w})" for w in abroad) + r")\s+", "abroad",
                                    re.IGNORECASE) if abroad else None)
        self._abroad_cities: dict[str, tuple[re.Pattern[str], dict[str, str]]] = {}
        self.abroad_not = frozenset(self.strings("abroad_not"))  # a zone's city that is also a town elsewhere
        # The word for a clock in each language ("time", "Zeit", "aikaa", "ώρα", "saati"): beside the
        # customer's own country, state or city ("NZ time", "Queensland time", "Suomen aikaa",
        # "ώρα Ελλάδας") it says whose clock, whichever country that is.
        words = self.strings("clock_words")
        self.clock_words = "|".join(f"(?:{w})" for w in words) if words else None
        self._local: dict[tuple[str, str], re.Pattern[str] | None] = {}
        self._zones: dict[str | None, str | None] = {}
        self._cldr: dict[str, tuple[LiteralSet, re.Pattern[str]]] = {}
        self._same: dict[tuple, bool] = {}
        # A zone stated anywhere in the draft sets the clock of all its times.
        self.whole_text = True

    def hits(self, text: str, target: Target) -> Iterator[Hit]:
        """As :meth:`RuleType.hits`, on the text with its wrapping line breaks as spaces: a zone
        phrase wrapped by a helpdesk ("às 12h (horário de\nBrasília)", "klo 10 Suomen\naikaa") is
        one phrase (same length: offsets hold)."""
        return super().hits(unwrap(text), target)

    def local_clock(self, target: Target) -> re.Pattern[str] | None:
        """The customer's country (its code and its names in the customer's language and English,
        declined: "Suomen", "Ελλάδας"), its zones' cities and the rule's ``places`` there, next to
        a clock word either side ("NZ time", "New Zealand time", "Queensland time", "Suomen aikaa",
        "ώρα Ελλάδας", "hora de Portugal"); None without a country or clock words."""
        country = (target.region or "").partition("-")[0].upper()
        key = (country, target.language)
        if key not in self._local:
            self._local[key] = None
            if country and self.clock_words:
                from babel import Locale

                from ...timing.zones import country_zones

                names = set()
                for loc in dict.fromkeys([target.locale, Locale.parse("en")]):
                    name = loc.territories.get(country)
                    if name:
                        names.add(name)
                zones = country_zones(country)
                names.update(z.rsplit("/", 1)[-1].replace("_", " ") for z in zones)
                names.update(_zone_cities(zones, target.locale))  # "Київ", "Екатеринбург", "서울", "東京", "São Paulo"
                names.update(self.places.get(country, {}))
                alternation = "|".join(_declined(n, target.language) for n in sorted(names, key=len, reverse=True)
                                       if len(n) >= 2)
                alternation += f"|(?-i:{country})"  # "NZ time"; not "in time" for India's IN
                link = r"(?:\s(?:de|da|do|del|di|du|of|d['’])\s?(?:la\s|l['’])?|\s)"
                # no space in scripts without spaces ("東京時間", "香港時間"), and a particle may follow ("東京時間で")
                self._local[key] = re.compile(
                    rf"(?<![^\W\d_])(?:(?:{alternation})\s?(?:{self.clock_words})|(?:{self.clock_words}){link}"
                    rf"(?:{alternation}))(?![^\W\d_\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])", re.IGNORECASE)
        return self._local[key]

    def customer_zone(self, target: Target) -> str | None:
        if target.region not in self._zones:
            from ...errors import InputError
            from ...timing.zones import resolve_zone

            try:
                choice = resolve_zone(target.region) if target.region else None
            except InputError:
                choice = None
            zone = choice.zone if choice and not choice.guessed else None
            if zone is None and target.region in self.legal_time:
                zone = self.legal_time[target.region]
            if zone is None and target.region in self.main_zone:
                zone = self.main_zone[target.region]
            self._zones[target.region] = zone
        return self._zones[target.region]

    def has_places(self, target: Target) -> bool:
        """Whether a place named in a draft can set the customer's zone in ``target``'s country."""
        self.place_zone("", target)
        return self._place_patterns.get((target.region or "").partition("-")[0].upper()) is not None

    def place_zone(self, text: str, target: Target) -> str | None:
        """The zone of the customer's place named in ``text`` (the rule's ``places`` and the tz
        database's city names for the customer's country), when the places named agree; not in a
        short sign-off block, which names the team's town."""
        country = (target.region or "").partition("-")[0].upper()
        if not country:
            return None
        if country not in self._place_patterns:
            from ...timing.zones import country_zones

            names = {z.rsplit("/", 1)[-1].replace("_", " "): z for z in country_zones(country)}
            names = {n: z for n, z in names.items() if len(n) >= 4}
            names.update(self.places.get(country, {}))
            alternation = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
            # only a country whose places keep different zones needs a look (not Germany's Busingen)
            self._place_patterns[country] = (re.compile(rf"(?<![^\W\d_])(?:{alternation})(?![^\W\d_])"), names) \
                if len(set(names.values())) > 1 else None
        found = self._place_patterns[country]
        if found is None:
            return None
        pattern, names = found
        tail = text.rstrip().rfind("\n\n")
        if tail <= 0 or len(text) - tail > 100:
            tail = len(text)
        zones = {names[m.group()] for m in pattern.finditer(text, 0, tail)}
        return zones.pop() if len(zones) == 1 else None

    def abroad_cities(self, text: str, target: Target) -> list[tuple[int, int, str]]:
        """The cities (start, end, zone) the draft sends the goods to or places the customer in ("Lieferung
        nach New York"); when their zones agree, the draft's times are read on that clock."""
        if self.abroad is None:
            return []
        found = []
        for m in self.abroad.finditer(text):
            pattern, names = self._cities(target)
            city = pattern.match(text, m.end())
            if city:
                found.append((city.start(), city.end(), names[city.group("city")]))
        return found

    def _cities(self, target: Target) -> tuple[re.Pattern[str], dict[str, str]]:
        key = str(target.locale)
        if key not in self._abroad_cities:
            from zoneinfo import available_timezones

            from babel.dates import get_timezone_location

            names: dict[str, str] = {}
            for zone in sorted(available_timezones()):
                area = zone.partition("/")[0]
                # the zones of a country's subregions ("America/Indiana/Vincennes") name small towns
                if zone.count("/") != 1 or area not in ("America", "Europe", "Asia", "Africa", "Australia",
                                                        "Pacific", "Atlantic", "Indian"):
                    continue
                names.setdefault(zone.rsplit("/", 1)[-1].replace("_", " "), zone)
                try:
                    names.setdefault(get_timezone_location(zone, locale=target.locale, return_city=True), zone)
                except (LookupError, ValueError, AttributeError):
                    pass
            names = {n: z for n, z in names.items() if len(n) >= 4 and n not in self.abroad_not}
            alternation = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
            # a Slavic city name takes its case ending ("вам в Новосибирске", "w Chicago", "у Києві")
            ending = r"(?:е|у|а|ом|і|ie|u)?" if target.language in _ADJECTIVAL else ""
            self._abroad_cities[key] = (re.compile(rf"(?P<city>{alternation}){ending}(?![^\W\d_])"), names)
        return self._abroad_cities[key]

    def same_zone(self, target: Target, customer: str | None = None) -> bool:
        key = (customer or target.region, target.team_timezone, target.today())
        if key not in self._same:
            if len(self._same) > 10_000:
                self._same.clear()
            self._same[key] = self._same_zone(target, customer)
        return self._same[key]

    def _same_zone(self, target: Target, customer: str | None = None) -> bool:
        customer = customer or self.customer_zone(target)
        if not (customer and target.team_timezone):
            return False
        if customer == target.team_timezone:
            return True
        from ...timing.zones import get_zone

        instant = target.now or dt.datetime.now(dt.timezone.utc)

        def offsets(name: str) -> tuple:
            zone = get_zone(name)
            # now and half a year on, so zones that differ only in summer time count as different
            return tuple(zone.normalize(when.astimezone(zone)).utcoffset()
                         for when in (instant, instant + dt.timedelta(days=182)))
        return offsets(customer) == offsets(target.team_timezone)

    def zone_near(self, text: str, start: int, end: int, target: Target,
                  places: list[tuple[int, int, str]] = ()) -> bool:
        """A zone stated in the same sentence, starting within ``window`` characters of the time. A zone
        name that is only the city ``places`` names as the customer's ("позвонит Вам в Новосибирск":
        CLDR's Russian name of the Novosibirsk zone is the city's) says where they are, not whose clock."""
        left = max(0, start - self.window)
        right = min(len(text), end + self.window)
        cut = None
        for cut in _SENTENCE_END.finditer(text, left, start):
            pass
        if cut is not None:
            left = cut.end()
        after_end = _SENTENCE_END.search(text, end, right)
        if after_end is not None:
            right = after_end.start() + 1
        names, gmt = self._cldr_names(target)
        # A zone name may run past the window ("10:00 (heure normale d’Europe centrale)"):
        # it only has to start inside it.
        limit = min(len(text), right + 80)
        if _beyond(names, text, left, right, places) is not None:
            return True
        for pattern in (self.zones, gmt, self.local_clock(target) or gmt):
            found = pattern.search(text, left, limit)
            if found is not None and found.start() < right:
                return True
        return False

    def zone_stated(self, text: str, target: Target, places: list[tuple[int, int, str]] = ()) -> bool:
        """Whether the draft says whose clock anywhere ("All times are Berlin time", "(hora de
        Bogotá)" after the opening hours): its other times are read on that clock too."""
        if len(text) > _STATED_REACH:
            return False  # a pasted log, not a reply: each time is judged by its own sentence
        names, gmt = self._cldr_names(target)
        local = self.local_clock(target)
        if _beyond(names, text, 0, len(text), places) is not None:
            return True
        # each zone pattern on its own: ``re`` scans a text far faster so than their alternation
        return any(p.search(text) is not None for p in (gmt, *self.zone_patterns, *([local] if local else [])))

    def _cldr_names(self, target: Target) -> tuple[LiteralSet, re.Pattern[str]]:
        cldr = self._cldr.get(target.tag)
        if cldr is None:
            cldr = self._cldr[target.tag] = cldr_zone_names(target.locale)
        return cldr

    def find(self, text: str, target: Target) -> Iterator[Hit]:
        if not _DIGIT.search(text) or (self.same_zone(target) and not self.has_places(target)
                                       and (self.abroad is None or not self.abroad.search(text))):
            return
        spans = self.spans(text)
        if not spans:
            return
        cities = self.abroad_cities(text, target)
        abroad = {zone for _, _, zone in cities}
        placed = self.place_zone(text, target) or (abroad.pop() if len(abroad) == 1 else None)
        if self.same_zone(target, placed):
            return
        zone = placed or self.customer_zone(target)
        stated = None  # looked for once, and only when a time would be flagged
        # one scan of the draft gates the shops' look per time: most drafts name no shop
        shops = self.shops if self.shops is not None and self.shops.search(text) else None
        sent_to = self.sent_to if self.sent_to is not None and self.sent_to.search(text) else None
        for start, end, window in spans:
            if self.zone_near(text, start, end, target, cities) or (window and self.at_the_door(text, start, end)) \
                    or (shops is not None and self.at_the_door(text, start, end, shops)) \
                    or (sent_to is not None and self.at_the_door(text, start, end, sent_to)) \
                    or self.for_occasion(text, start, end):
                continue
            if stated is None:
                stated = self.zone_stated(text, target, cities)
            if stated:
                return
            said = text[start:end].strip()
            suggestion = (f"{said} ({zone} time)" if zone
                          else f"{said} with the zone (e.g. 'UTC+1' or the customer's city)")
            yield Hit(start, end, suggestion, {"zone": zone or "unknown"})

    def for_occasion(self, text: str, start: int, end: int) -> bool:
        """Whether the time is an order deadline the store sets for an occasion on a named day, not
        today's (``occasion_cutoffs`` in its sentence, no ``today`` word, no call: "추석 전에 받으시려면
        9월 18일(금) 오후 2시까지 결제를 완료해 주세요", "to have it in time for Christmas, order by 2pm
        on Monday 21 December"): a notice in the market's own clock, as its shops publish it."""
        if self.occasion_cutoffs is None:
            return False
        left, right = _sentence_around(text, start, end)
        if self.occasion_cutoffs.search(text, left, right) is None:
            return False
        return not ((self.today is not None and self.today.search(text, left, right) is not None)
                    or (self.calls is not None and self.calls.search(text, left, right) is not None))

    def called(self, text: str, left: int, right: int) -> bool:
        """Whether the sentence ``left:right`` tells of a call (``calls``) other than the courier's call
        ahead of a visit (``call_ahead``: "and will call you 30 minutes before arriving")."""
        if self.calls is None:
            return False
        ahead = [m.span() for m in self.call_ahead.finditer(text, left, right)] if self.call_ahead else []
        return any(not any(lo <= m.start() < hi for lo, hi in ahead) for m in self.calls.finditer(text, left, right))

    def at_the_door(self, text: str, start: int, end: int, where: re.Pattern[str] | None = None) -> bool:
        """Whether the sentence around a time window says it happens at the customer's address (a
        delivery, a visit, a pick-up: "the engineer will fit it between 8am and 12pm", "entre las
        9:00 y las 14:00", "make sure someone is home between 8am and 1pm"), and is neither a call
        nor a cut-off the customer must meet (``cutoffs``: "order before 2pm"): such a window is the
        customer's own clock. ``where``: another pattern of places than ``on_site`` (the ``shops``,
        which the sentence before or after in the same paragraph may name)."""
        where = self.on_site if where is None else where
        if where is None:
            return False
        left, right = _sentence_around(text, start, end)
        if self.called(text, left, right) or \
                (self.cutoffs is not None and self.cutoffs.search(text, left, right) is not None):
            return False
        if where.search(text, left, right) is not None:
            return True
        if where is not self.shops:
            return False
        # The sentence next to it in the same paragraph may name the shop whose hours these are
        # ("Ya puedes pasar por tu pedido a nuestra sucursal de Polanco. Abrimos de 10:00 a 20:00.").
        sides = []
        if left >= 2:
            lo, hi = _sentence_around(text, left - 2, left - 2)
            sides.append((lo, hi, text[hi:left]))
        if right + 2 < len(text):
            lo, hi = _sentence_around(text, right + 2, right + 2)
            sides.append((lo, hi, text[right:lo]))
        return any(lo != left and not _BLANK_LINE.search(gap) and where.search(text, lo, hi) is not None
                   for lo, hi, gap in sides)

    def spans(self, text: str) -> list[tuple[int, int, bool]]:
        """The clock times, a range ("9:00–17:00", "between 10 and 11 am") merged into one
        (start, end, whether it bounds a window: a range, or a latest time)."""
        spans: list[tuple[int, int, bool]] = []
        for _, m in self.times.finditer(text):
            start, end = m.span()
            if spans and start - spans[-1][1] <= _RANGE_GAP and not _SENTENCE_END.search(text, spans[-1][1], start):
                spans[-1] = (spans[-1][0], end, True)
            else:
                spans.append((start, end, _BETWEEN.search(text, max(0, start - 24), start) is not None
                               or _FROM_BEFORE.search(text, max(0, start - 24), start) is not None
                               or _BETWEEN.search(text, start, min(end, start + 12)) is not None
                               or _RANGE_AFTER.match(text, end) is not None
                               or _UNTIL.search(text, max(0, start - 16), min(end, start + 10)) is not None
                               or _UNTIL_AFTER.match(text, end) is not None
                               or _FROM_START.search(text, max(0, start - 24), start) is not None
                               or _FROM_LEAD.match(text, start) is not None
                               or _FROM_START_AFTER.match(text, end) is not None))
        return spans
