"""Guards: structures that take a hit of the vocabularies away (issue 18), one rule each for every language.

The vocabularies find a reason's words; these rules read the structure around them, with the words of
every language in ``culture_rules/triage_guards.yaml`` (see that file for the guards):

* ``question`` — a question about the shop's compliance, registration or policy ("Is your store GDPR
  compliant? just asking");
* ``role`` — a role held by someone, told as context ("my brother is a lawyer and loved the jacket",
  "my wife works at the SIC", "I am a paralegal myself");
* ``fraud_check`` — a bank's fraud check the customer approved ("blocked as suspicious, I confirmed it
  was me, please retry");
* ``name`` — a company, product or street whose name holds a body's ("ACCC Logistics", "Rua do Tribunal");
* ``scope`` — a threat told as past, another shop's story, hypothetical or refused ("last time I had to
  call my lawyer at another shop", "I won't bother with a chargeback");
* ``joke`` — a threat told as a joke and taken back ("I'll sue you 😂 just kidding"), or a relative's,
  laughed at ("haha my husband says he'll take me to court");
* ``hearsay`` — an incident heard of, not had, told to ask about the shop's own ("saw on the news that a
  power bank exploded, are yours certified?"), or a body's or a scam's story seen in the news, told to ask
  about the shop ("saw on TV that the regulator fined a shop, are you based here?"), or an event set at another
  shop, brand or site with a question ("my neighbour sued another shop, what warranty do you give?"), or a
  public post the customer only read ("I read a 1-star review saying..., do you have it in blue?"), or a body's
  or a programme's test, comparison or ranking cited as a source ("in the programme X they warned of fake
  shops, how do I know this is your site?", round 13);
* ``settled`` — a threat told with its settlement after it ("last time I said I'd go to the ombudsman,
  but you sorted it the next day"), or reported as the customer's own earlier words ("last week I said I'd
  report you") in a message that settles it or orders again, or taken back by a retraction that holds it ("ignore my email about
  small claims", round 17);
* ``errand`` — a body named as the one that asks the shop for a document or a delivery ("the court wants
  the invoice for the insurance file, can you resend it?", "we need 12 lamps, can you invoice the court?"):
  the body is the customer's employer, buyer or addressee, not the customer's act against the shop;
* ``idiom`` — a safety hit whose word lies in an anger idiom or a safety product's name ("Estoy que echo humo",
  "czujka dymu"), with nothing left when it is blanked out (round 13).

The ``joke`` guard reads the message's frame: praise or laughter with a re-order, or praise with laughter
("da denuncia, talmente buono, ne ordino altri tre", "mouth on fire 🔥 10/10"), takes a threat's hit away,
and a safety hit too when the message praises or laughs and orders again (round 11).

``role`` and ``name`` blank their frame out and ask triage to read the sentence again: a threat said
beside the frame ("my brother, who is a lawyer, will sue you") still counts. The guards run only on a
hit, so a message without one costs nothing more.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ..errors import DataError
from ..yamlio import Node, check_keys, load_yaml
from .triage_factors import Joined, Lazy, file_literals, stored_literals
from .triage_lexicon import fold, merged_source

GUARDS_FILE = "culture_rules/triage_guards.yaml"
# guard -> its lists (every list maps a language to patterns)
SHAPE = {"question": ("particles", "inquiry", "requests"),
         "role": ("holders", "self", "links", "works", "not_after", "acts", "prepositions", "errands", "theft",
                  "data"),
         "fraud_check": ("block", "approval", "denial"), "name": ("after", "before", "called"),
         "scope": ("before", "after", "breaks", "now"),
         "joke": ("taken_back", "laughter", "serious", "reorder", "praise", "spicy",
                  "aside", "jokingly"),
         "hearsay": ("news", "study", "others", "own", "seen", "elsewhere", "nearby", "mine", "source",
                     "yours", "before_buying"),
         "settled": ("resolved", "said", "other", "found", "retracted", "withdrawn"), "posted": ("by",),
         "target": ("me", "you"), "idiom": ("anger", "devices", "labels"),
         "request": ("acts", "motives", "grievance", "fine", "thanks")}
# a role or a name holds a lawyer, a court or a body: the reasons a role or a name may fake
ROLE_REASONS = ("legal_threat", "consumer_authority")
# threats, which a past, another shop's or refused one is not (safety and privacy tell incidents and requests)
THREATS = ("legal_threat", "consumer_authority", "chargeback", "public_exposure")
# incidents, which one heard of (the news, a neighbour's) and asks about is not; "others" serves safety only
INCIDENTS = ("safety", "privacy")
ANY_LANGUAGE = "*"      # a list's items read in every language (laughing emoji)
_CLAUSE = re.compile(r"[,;:()\[\]\u2013\u2014]|\s-\s|\.\.+|[，、：；]")
_QUESTION = re.compile(r"[?\u061f？]")
_GAP_REST = re.compile(r"[\s,'’\-.]*")
_NAME_GAP = re.compile(r"[ \t&.'’-]{0,3}")


class Guards:
    """The guards' words per list and language, read for the languages of one reading (:meth:`view`)."""

    def __init__(self, sources: dict[tuple[str, str], dict[str, list[str]]]) -> None:
        self.sources = sources
        self.views: dict[tuple[str, ...], GuardView] = {}
        self.compiled: dict[tuple[str, str, str], re.Pattern | Lazy | None] = {}
        # a list's source -> the literals one of which its every match holds (see :func:`guards`):
        # a list with literals is compiled only when a text holds one of them
        self.literals: dict[str, frozenset[str] | None] = {}

    def source(self, guard: str, key: str, language: str) -> str | None:
        """One list's words in one language as one pattern's source (None: no words)."""
        items = self.sources.get((guard, key), {}).get(language, ())
        return merged_source([p for item in items for p in _branches(item)])

    def all_sources(self) -> list[str]:
        """Every list's source in every language (see :meth:`source`)."""
        return [source for (guard, key), languages in self.sources.items() for language in languages
                if (source := self.source(guard, key, language)) is not None]

    def view(self, languages: tuple[str, ...]) -> "GuardView":
        """The guards in ``languages`` (a vocabulary's and the message's): each list read as the
        ordered alternation of its languages' patterns (:class:`Either`)."""
        found = self.views.get(languages)
        if found is None:
            if len(self.views) >= 512:
                self.views.clear()
            found = self.views[languages] = GuardView(self, languages)
        return found

    def language_pattern(self, guard: str, key: str, language: str) -> re.Pattern | None:
        """One list's words in one language, merged into one pattern and compiled once."""
        try:
            return self.compiled[(guard, key, language)]
        except KeyError:
            source = self.source(guard, key, language)
            literals = None if source is None else self.literals.get(source)
            found = self.compiled[(guard, key, language)] = (
                None if source is None else re.compile(source, re.IGNORECASE) if literals is None
                else Lazy(source, re.IGNORECASE, literals))
            return found


class GuardView:
    """One set of languages' guards (see :meth:`Guards.view`)."""

    def __init__(self, guards: Guards, languages: tuple[str, ...]) -> None:
        self.guards, self.languages = guards, languages
        self.lists: dict[tuple[str, str], re.Pattern | Either | None] = {}

    def get(self, guard: str, key: str) -> re.Pattern | Either | None:
        try:
            return self.lists[(guard, key)]
        except KeyError:
            parts = [p for lang in _with_scripts(self.languages) + [ANY_LANGUAGE]
                     if (p := self.guards.language_pattern(guard, key, lang)) is not None]
            found = self.lists[(guard, key)] = (None if not parts else parts[0] if len(parts) == 1
                                                else Either(tuple(parts)))
            return found


class Either(Joined):
    """A guard list's patterns, one per language, read as their ordered alternation ``p1|p2|…`` without
    compiling it (:class:`~.triage_factors.Joined`). A message's set of languages varies from row to row
    (~200 sets in 6,000 export rows), and compiling every set's merged lists cost a batch run more CPU
    than reading with them (issue 17); each language's list is compiled once instead. The lists are of
    words: none matches the empty string."""

    __slots__ = ()

    def __init__(self, parts: tuple[re.Pattern | Lazy, ...]) -> None:
        super().__init__(parts, re.IGNORECASE)


def _with_scripts(languages: tuple[str, ...]) -> list[str]:
    """The languages with their romanized and native forms ("hi" and "hi-Latn"): a romanized message is
    read by either vocabulary."""
    out: list[str] = []
    for lang in languages:
        base = lang[:-5] if lang.endswith("-Latn") else lang
        out += [lang, base, f"{base}-Latn"]
    return list(dict.fromkeys(out))


def load(path: Path, check_patterns: bool = True) -> Guards:
    """Validate the guards file; a malformed one is a ``file:line`` error (exit 2). ``check_patterns``:
    compile each pattern alone, so that a bad one is named (a file read before with the check may skip it)."""
    data = load_yaml(path)
    if not isinstance(data, Node):
        raise DataError("the triage guards file must map guards to their lists", path, 1)
    check_keys(data, SHAPE, path, "triage guards file")
    sources: dict[tuple[str, str], dict[str, list[str]]] = {}
    for guard, keys in SHAPE.items():
        node = data.get(guard)
        if node is None:
            continue
        if not isinstance(node, Node):
            raise DataError(f"'{guard}' must map {', '.join(keys)} to languages", path, *data.where(guard))
        check_keys(node, keys, path, f"guard '{guard}'")
        for key, languages in node.items():
            if not isinstance(languages, Node):
                raise DataError(f"'{guard}.{key}' must map languages to lists of patterns", path, *node.where(key))
            sources[(guard, key)] = {}
            for language, items in languages.items():
                line, col = languages.where(language)
                if not isinstance(items, list) or not all(isinstance(p, str) and p.strip() for p in items):
                    raise DataError(f"'{guard}.{key}.{language}' must be a list of non-empty patterns", path, line, col)
                for p in items if check_patterns else ():
                    try:
                        re.compile(p)
                    except re.error as exc:
                        raise DataError(f"'{guard}.{key}.{language}' holds an invalid pattern: {exc}",
                                        path, line, col) from None
                sources[(guard, key)][str(language)] = list(items)
    return Guards(sources)


def _branches(item: str) -> list[str]:
    """An item's top-level alternatives, each taking its own word boundaries ("i|myself": "i" is no
    start of "is")."""
    from .triage_lexicon import branches
    return branches(item)


def guards(resources) -> Guards | None:
    """The guards of the data folders (a user folder's file replaces the bundled one); None without one."""
    def build() -> Guards | None:
        path = resources.data.find(GUARDS_FILE)
        if path is None:
            return None
        # the file's literals are kept once it was loaded with its patterns checked: the same bytes need no
        # second check (compiling each of its ~2,000 patterns alone cost a process ~0.25 s)
        stored = stored_literals(resources, path, re.IGNORECASE)
        found = load(path, check_patterns=stored is None)
        found.literals = stored if stored is not None else file_literals(resources, path, found.all_sources(),
                                                                          re.IGNORECASE)
        return found
    return resources.cached("policy:triage_guards", build)


def excused(g: GuardView, reason: str, kind: str, matched: tuple[str, ...], sentence: str, text: str,
            question: bool, reread: Callable[[int, int], bool]) -> str | None:
    """The guard that takes a hit away, or None. ``kind``: the hit's kind ("phrase", "term+cue", ...);
    ``matched``: the hit's words, as found in ``sentence``
    (the accent-folded sentence); ``text``: the whole (folded) message; ``question``: the sentence ends
    in a question mark; ``reread(start, end)``: whether the sentence with ``start:end`` blanked out still
    has a hit of the reason."""
    where = _locate(sentence, matched)
    if where is None:
        return None
    _, end, first = where
    if reason == "safety":
        frame = _idiom(g, sentence, first)
        if frame is not None and not reread(*frame):
            return "idiom"
    asked = _QUESTION.search(sentence, end)      # a question mark the sentence split kept ("ですか?私の…")
    question = question or bool(_search(g, "question", "particles", sentence))
    if (question or asked) and _search(g, "question", "inquiry", sentence) and (
            asked is None or not reread(0, asked.end())):
        return "question"
    if reason == "chargeback" and _fraud_check(g, " ".join(matched), text, kind):
        return "fraud_check"
    if _errand_of(g, reason, kind, sentence, text, first):
        return "errand"
    if reason in THREATS and _at_customer(g, sentence, first, end):
        return "target"
    if reason in ROLE_REASONS:
        phrase = kind == "phrase" and len(sentence[first[0]:first[1]].split()) > 1   # one word: a role noun
        for guard, frame in (("role", _role_frame(g, sentence, first, phrase) or _role_after(g, sentence, first)),
                             ("name", None if kind == "phrase" else _name_frame(g, sentence, first))):
            if frame is not None and not reread(*frame):
                return guard
            if guard == "role" and frame is not None and phrase and _employer(g, sentence, frame[0], first) \
                    and not reread(frame[0], first[1]):
                return guard
    if reason in THREATS and _scoped(g, sentence, first[0], max(end, first[1])) and \
            not _search(g, "scope", "now", text):
        return "scope"
    if reason in THREATS and _joked(g, sentence, first[0], text):
        return "joke"
    if reason == "safety" and (_praised(g, text, hazard=True) or _spicy(g, text)):
        return "joke"
    if reason in THREATS and (_settled(g, sentence, first[1], text, first[0]) or _said_before(g, sentence, first[0], text)
                              or _retracted(g, sentence, first[0], first[1], text)
                              or _withdrawn(g, sentence, first[0], text)):
        return "settled"
    if reason in THREATS and (_seen_in_news(g, sentence, text) or _sourced(g, sentence, text)):
        return "hearsay"
    if reason in THREATS + ("safety",) and _elsewhere(g, sentence, text):
        return "hearsay"
    if reason == "public_exposure" and _posted_by_shop(g, sentence, first[0], max(end, first[1])):
        return "posted"
    if reason == "public_exposure" and _read_of(g, sentence, first[0], text):
        return "hearsay"
    if reason in INCIDENTS and _heard_of(g, reason, text):
        return "hearsay"
    if reason == "safety" and _nearby(g, sentence, first[0], text):
        return "hearsay"
    if reason == "safety" and _contrasted(g, sentence, first[0], text):
        return "hearsay"
    if reason == "safety" and _before_buying(g, text):
        return "hearsay"
    if reason == "privacy" and (_housekeeping(g, sentence, text) or all_clear(g, text, _at(sentence, first[0], text))):
        return "request"
    return None


def _idiom(g: GuardView, sentence: str, first: tuple[int, int]) -> tuple[int, int] | None:
    """The span of an idiom or a product's name that holds the hit's word (``first``): anger told as fire, smoke or
    an explosion (``idiom.anger``: "Estoy que echo humo", "kulaklarımdan duman çıkıyor"), a smoke alarm, detector or
    extinguisher named as the product (``idiom.devices``: "czujka dymu", "Rauchmelder"), a fire or heat rating
    (``idiom.labels``: "防火阻燃", "flame-retardant", round 14); None when there is none.
    The caller reads the sentence again with it blanked out: "Ich koche vor Wut: das Ladegerät hat gebrannt" still
    counts (round 13)."""
    for key in ("anger", "devices", "labels"):
        for m in _finditer(g, "idiom", key, sentence, 0, len(sentence)):
            if m.start() <= first[0] and first[1] <= m.end():
                return m.start(), m.end()
    return None


def _search(g: GuardView, guard: str, key: str, text: str, start: int = 0, end: int | None = None) -> re.Match | None:
    pattern = g.get(guard, key)
    if pattern is None:
        return None
    return pattern.search(text, start, len(text) if end is None else end)


def _locate(sentence: str, matched: tuple[str, ...]) -> tuple[int, int, tuple[int, int]] | None:
    """The span of the hit's words in the sentence, and that of its first word (its term or phrase)."""
    spans = []
    for word in matched:
        i = sentence.find(word) if word else -1
        if i < 0:
            i = sentence.lower().find(word.lower()) if word else -1
        if i < 0 and word:      # a vocabulary read with its accents (vi): the sentence is folded
            i = sentence.lower().find(fold(word).lower())
        if i >= 0:
            spans.append((i, i + len(word)))
    if not spans:
        return None
    return min(s for s, _ in spans), max(e for _, e in spans), spans[0]


def _fraud_check(g: GuardView, words: str, text: str, kind: str = "phrase") -> bool:
    """A chargeback hit whose words name the bank's block or suspicion, in a message that approves the
    payment and denies nothing; a hit of no phrase (a bank's name with a cue or the model) needs the block
    or check anywhere in the message ("Maybank called to ask if the payment was right, I said yes")."""
    where = words if kind == "phrase" else words + " \n " + text
    return bool(_search(g, "fraud_check", "block", where) and _search(g, "fraud_check", "approval", text)
                and not _search(g, "fraud_check", "denial", text))


def _errand(g: GuardView, sentence: str, text: str, theft: bool = False) -> bool:
    """Whether the message asks the shop for a document or a delivery (an invoice, a quote, a delivery to an
    office: ``role.errands``) in the hit's sentence or the next, with a question or a request, and holds
    none of the reason's acts (``role.acts``): the body named is the one the document is for, the buyer or
    the address ("the police want the TV's invoice for the theft report, please resend it"). A theft told
    (``theft``: "was stolen", "me robaron", "चोरी हो गई") makes the report or complaint the theft's, not an
    act against the shop, and the theft itself no privacy incident of the shop's (round 12)."""
    if not _search(g, "role", "errands", text):
        return False
    acts = g.get("role", "acts")
    if not theft and acts is not None and acts.search(sentence):
        return False
    return _asks(g, text)


def _errand_of(g: GuardView, reason: str, kind: str, sentence: str, text: str, first: tuple[int, int]) -> bool:
    """Whether a legal, authority or (after a theft of no data) privacy hit names the body an errand is for (see
    :func:`_errand`); a phrase of several words counts only after a holder, "I am" or a work verb (in its sentence
    or earlier in the message: "Min mand er dommer ... Kan I levere direkte til retten?") or with a theft told."""
    if reason not in ROLE_REASONS and reason != "privacy":
        return False
    theft = bool(_search(g, "role", "theft", text))
    if reason == "privacy" and (not theft or _search(g, "role", "data", text)):
        return False
    if not _errand(g, sentence, text, theft):
        return False
    return (kind != "phrase" or len(sentence[first[0]:first[1]].split()) == 1 or theft
            or _holder_before(g, sentence, first[0]) or _holder_before(g, text, max(0, text.find(sentence))))


def _at_customer(g: GuardView, sentence: str, first: tuple[int, int], end: int) -> bool:
    """Whether the threat is a relative's aimed at the customer ("my wife threatens to sue me if I order one
    more lure", "Vaimo uhkaa haastaa mut oikeuteen"): a holder before the hit in its clause, the customer as
    the threat's object (``target.me``) right beside the hit (not "drafting a letter for me"), and the shop named as no
    object in the sentence (``target.you``). Such a threat is no threat to the shop (round 12)."""
    lo = _clause_start(sentence, first[0])
    holder = _search(g, "role", "holders", sentence, lo, first[0])
    if holder is None:
        return False
    if _search(g, "target", "me", sentence, max(holder.end(), first[0] - 14), min(len(sentence), end + 12)) is None:
        return False    # the customer right beside the threat: its object ("sue me"), not who it is for ("for me")
    return not _search(g, "target", "you", sentence)


def _spicy(g: GuardView, text: str) -> bool:
    """Whether a hazard is food heat told as praise or with a purchase: the message names spiciness or the
    mouth (``joke.spicy``: "pedas", "picante", "辣", "teekha", "입에서") with praise, laughter or a re-order or
    restock question ("pedesnya kebakaran 🔥 restock kapan?"), and never says it is serious (round 12)."""
    if _search(g, "joke", "serious", text) or not _search(g, "joke", "spicy", text):
        return False
    return bool(_search(g, "joke", "praise", text) or _search(g, "joke", "laughter", text)
                or _search(g, "joke", "reorder", text))


def _nearby(g: GuardView, sentence: str, start: int, text: str) -> bool:
    """Whether a safety hit's event is set at a neighbour's (``hearsay.nearby``: "bij de buren", "a mi
    vecino", "隣の家で", "পাশের বাসার", before the hit in its sentence) in a message that asks a question and
    makes nothing the customer's own ("the one you sold me"), nor names the customer's own after the neighbour
    (``hearsay.mine``: "my neighbour saw my charger explode"): a third party's past hazard told before a
    pre-purchase question (round 12)."""
    near = _search(g, "hearsay", "nearby", sentence, 0, start)
    if near is None or not _asks(g, text) or _search(g, "hearsay", "own", text):
        return False
    after = re.match(r"\S*\s*\S+", sentence[near.end():])       # the word after: "tetangga saya" is "my neighbour"
    return not _search(g, "hearsay", "mine", sentence, near.end() + (after.end() if after else 0))


def _holder_before(g: GuardView, sentence: str, start: int) -> bool:
    """Whether a holder, the customer's "I am" or a work verb comes before ``start`` in the sentence ("mon
    mari est juge au tribunal ...", "je suis greffière au tribunal ...")."""
    return any(_search(g, "role", key, sentence, 0, start) for key in ("holders", "self", "works"))


def _praised(g: GuardView, text: str, hazard: bool = False) -> bool:
    """Whether the message's frame is praise: praise with laughter, a re-order or both; a hazard (safety)
    also by laughter with a re-order ("aag lag gayi 😂🔥 2 jar aur bhej do"); never when it says it is
    serious."""
    if _search(g, "joke", "serious", text):
        return False
    praise = _search(g, "joke", "praise", text)
    laughter = _search(g, "joke", "laughter", text)
    reorder = _search(g, "joke", "reorder", text)
    if praise and (laughter or reorder):
        return True
    return bool(hazard and laughter and reorder)


def _said_before(g: GuardView, sentence: str, start: int, text: str) -> bool:
    """Whether the threat is reported as the customer's own earlier words ("last week I said I'd go to the
    consumer board", "geçen hafta ... gideceğim demiştim") in a message that settles it, orders again,
    takes it back (``settled.found``) or closes on an all-clear, with no threat carried on to now."""
    said = g.get("settled", "said")
    if said is None or not said.search(sentence):
        return False
    if _search(g, "scope", "now", text):
        return False
    # or closes on an all-clear after it ("I said I'd sue, sorry. Parcel came, all fine": round 15, tb3)
    at = text.find(sentence)
    # or takes it back: the parcel found where it was left, the earlier words apologised for (round 16, tb5)
    return bool(_search(g, "settled", "resolved", text) or _search(g, "joke", "reorder", text)
                or _search(g, "settled", "found", text) or (at >= 0 and all_clear(g, text, at + start)))


def _retracted(g: GuardView, sentence: str, start: int, end: int, text: str) -> bool:
    """Whether the hit (``start``:``end`` in ``sentence``) is the object of a retraction (``settled.retracted``:
    "ignore my email about small claims", "olvidad lo que dije ayer del burofax"): the frame in the hit's clause,
    before it or (verb-final order) after it, with no clause break between them, and no threat carried on to now.
    A retraction then a new threat ("Ignore my polite email, I'm suing") keeps the threat (round 17)."""
    if _search(g, "scope", "now", text):
        return False
    for r in _finditer(g, "settled", "retracted", sentence, 0, len(sentence)):
        if r.start() < start and not _CLAUSE.search(sentence, min(r.end(), start), start):
            return True     # a frame may end on its own comma ("Забудьте моё сообщение, что подам в суд")
        if r.start() >= end and not _CLAUSE.search(sentence, end, r.start()):
            return True
    return False


def _withdrawn(g: GuardView, sentence: str, start: int, text: str) -> bool:
    """Whether the customer tells the threat taken back (``settled.withdrawn``: "I withdrew the complaint at the
    ombudsman", "Beschwerde zurückgezogen", "投诉我已经撤了", "please ignore my last email"): in the hit's sentence,
    with thanks, a settlement, the parcel found or an all-clear in the message; or after the hit in a later
    sentence, with a settlement, the parcel found or an all-clear (thanks alone do not do there). Never with a
    grievance (``request.grievance``: "still", "again") or a threat carried on to now (round 17, tb6)."""
    withdrawn = g.get("settled", "withdrawn")
    if withdrawn is None or _search(g, "scope", "now", text) or _search(g, "request", "grievance", text):
        return False
    at = text.find(sentence)
    settled = bool(_search(g, "settled", "resolved", text) or _search(g, "settled", "found", text)
                   or all_clear(g, text))
    taken = withdrawn.search(sentence)
    if taken:
        if taken.end() <= start and _CLAUSE.search(sentence, taken.end(), start):
            return False    # a new threat in a clause after it ("Ignore my earlier message, I'm going to my lawyer")
        return settled or bool(_search(g, "request", "thanks", text) or _search(g, "joke", "reorder", text))
    return at >= 0 and settled and bool(withdrawn.search(text, at + len(sentence)))


def _posted_by_shop(g: GuardView, sentence: str, start: int, end: int) -> bool:
    """Whether a public_exposure hit tells what the shop, its staff or "you" already posted (``posted.by``: "Avete
    pubblicato sulla pagina Facebook ...", "Косметолог виклала в інстаграм ...", "Tiệm nail đăng ảnh ... lên
    Facebook", "你们把…发到了群里"): a leak or a post to complain of, not the customer's threat to go public. The
    match must reach into the hit's clause; a threat in a clause of its own still counts (round 17, tb6)."""
    lo = _clause_start(sentence, start)
    m = _CLAUSE.search(sentence, end)
    hi = m.start() if m else len(sentence)
    # a relative or a friend as the one who posted is on the customer's side ("Mi hija ya subió a TikTok el video")
    return any(p.start() < hi and p.end() > lo and not _search(g, "role", "holders", sentence, _clause_start(sentence, p.start()),
                                                              p.start() + 1)
               for p in _finditer(g, "posted", "by", sentence, 0, len(sentence)))


def _role_frame(g: GuardView, sentence: str, term: tuple[int, int], phrase: bool) -> tuple[int, int] | None:
    """The span from a holder to the hit's role word when only link words join them ("my wife works at
    the SIC", "I am a paralegal"), in the role's clause, with none of the reason's acts outside it ("and
    he will sue you"); None when there is none. The role word is the hit's term, or a phrase's first
    word; the customer, or a phrase's role, needs a link word ("I'm reporting you" is no role)."""
    not_after = g.get("role", "not_after")
    if not_after is not None and not_after.match(sentence, term[1]):
        return None
    lo = _clause_start(sentence, term[0])
    role_end = term[0] + len(sentence[term[0]:term[1]].split(None, 1)[0]) if phrase else term[1]
    acts = g.get("role", "acts")
    if phrase and acts is not None and acts.match(sentence, term[0]):
        return None     # a phrase that starts with its act ("reporting you to ..."): no role
    for key in ("holders", "self", "works"):
        holders = g.get("role", key)
        if holders is None:
            continue
        for h in holders.finditer(sentence, lo, term[0]):
            if key == "works" and sentence[lo:h.start()].strip(" \t,.!"):
                continue    # a work verb opens the clause, its subject left out ("Arbejder ved byretten")
            gap = sentence[h.end():term[0]]
            if key == "works":
                gap = sentence[h.start():term[0]]
            if not _only_links(g, gap, needs_link=phrase or key != "holders", needs_work=phrase):
                continue
            outside = sentence[:h.start()] + " " * (term[1] - h.start()) + sentence[term[1]:]
            if acts is not None and acts.search(outside):
                return None
            return h.start(), role_end
    return None


def _role_after(g: GuardView, sentence: str, term: tuple[int, int]) -> tuple[int, int] | None:
    """The role frame of verb-final word order, the work word after the body ("Meri behen consumer court mein
    clerk hai", "میری بہن کنزیومر کورٹ میں کلرک ہے", "Eşim adliyede zabıt katibi"): a relative (``holders``)
    before the hit in its clause, at most two words between them and none of the reason's acts, and a ``works``
    word (a work verb or a role noun) right after the hit or after one preposition or link; None when there is
    none, or when the hit starts with an act ("bringing this to ...") (round 12)."""
    lo = _clause_start(sentence, term[0])
    acts, works = g.get("role", "acts"), g.get("role", "works")
    if works is None or (acts is not None and acts.match(sentence, term[0])):
        return None
    tail = sentence[term[1]:term[1] + 40]
    w = works.match(tail, len(tail) - len(tail.lstrip()))
    if w is None:
        one = re.match(r"\s*(\S+)\s+", tail)
        joins = [g.get("role", k) for k in ("prepositions", "links")]
        if one and any(j is not None and j.fullmatch(one.group(1)) for j in joins):
            w = works.match(tail, one.end())
    if w is None:
        return None
    for h in _finditer(g, "role", "holders", sentence, lo, term[0]):
        gap = sentence[h.end():term[0]]
        if len(gap.split()) > 2 or (acts is not None and acts.search(gap)):
            continue
        return h.start(), term[1] + w.end()
    return None


def _finditer(g: GuardView, guard: str, key: str, text: str, start: int, end: int):
    pattern = g.get(guard, key)
    return () if pattern is None else pattern.finditer(text, start, end)


def _only_links(g: GuardView, gap: str, needs_link: bool, needs_work: bool = False) -> bool:
    """Whether ``gap`` holds nothing but link words: copulas, articles, relatives, and prepositions only
    with a work verb ("is a", "works at the", "が"); ``needs_link``: at least one of them; ``needs_work``:
    a work verb (a phrase's role: "arbeitet beim Amtsgericht", not "I'm taking this to ...")."""
    if len(gap) > 60:
        return False
    rest = gap
    works = g.get("role", "works")
    has_work = bool(works and works.search(rest))
    if needs_work and not has_work:
        return False
    for key in ("links", "works") + (("prepositions",) if has_work else ()):
        pattern = g.get("role", key)
        if pattern is not None:
            rest = pattern.sub(" ", rest)
    if _GAP_REST.fullmatch(rest) is None:
        return False
    return not needs_link or bool(gap.strip(" \t,"))


def _name_frame(g: GuardView, sentence: str, term: tuple[int, int]) -> tuple[int, int] | None:
    """The span of a company's, product's or street's name holding the hit's term ("FTC Trading",
    "Rua do Tribunal"); None when there is none."""
    after, before = g.get("name", "after"), g.get("name", "before")
    if after is not None:
        gap = _NAME_GAP.match(sentence, term[1])
        m = after.match(sentence, gap.end()) if gap else None
        if m and m.end() > gap.end() and sentence[term[0]:term[0] + 1].isupper() and \
                not sentence[gap.end()].islower():     # a name's word, as written: "FTC Trading", not "SIC sa"
            return term[0], m.end()
    if before is not None:
        for m in before.finditer(sentence, max(0, term[0] - 24), term[0]):
            if not sentence[m.end():term[0]].strip(" \t"):
                return m.start(), term[1]
    called = g.get("name", "called")
    if called is not None:
        for m in called.finditer(sentence, max(0, term[0] - 40), term[0]):
            gap = sentence[m.end():term[0]]
            if len(gap.split()) <= 2 and (_QUOTES.search(gap) or sentence[term[0]:term[0] + 1].isupper()):
                return m.start(), term[1]
    return None


_QUOTES = re.compile("[\"'«»„“”‘’「」『』]")


def _clause_start(sentence: str, at: int) -> int:
    """Where the clause holding position ``at`` starts."""
    starts = [m.end() for m in _CLAUSE.finditer(sentence, 0, at)]
    return starts[-1] if starts else 0


def _scoped(g: GuardView, sentence: str, start: int, end: int) -> bool:
    """Whether a past, another shop's, hypothetical or refusal marker governs the hit in its clause: before
    it with no break between, or (verb-final languages) just after it."""
    lo = _clause_start(sentence, start)
    breaks = g.get("scope", "breaks")
    if breaks is not None:
        found = [m.end() for m in breaks.finditer(sentence, lo, start)]
        lo = found[-1] if found else lo
    if _search(g, "scope", "before", sentence, lo, start):
        return True
    m = _CLAUSE.search(sentence, end)
    hi = m.start() if m else len(sentence)
    return bool(_search(g, "scope", "after", sentence, start, min(hi, end + 30)))


def _joked(g: GuardView, sentence: str, start: int, text: str) -> bool:
    """Whether the message takes its threat back as a joke ("just kidding", not asked: "is this a joke?";
    told jokingly: "droht scherzhaft"; set aside after the hit: "scherzi a parte, ne ordino altri due"),
    or laughs at a relative's threat told before the hit (``start``; in an earlier sentence when the laughter
    follows the hit: "Grandma asked for socks. She says she'll sue all of Finland 😂"), and says nowhere it is
    serious (a joke set aside before the hit is serious: "Spaß beiseite, ich verklage Sie")."""
    hit = _at(sentence, start, text)
    asides = [m.span() for m in _finditer(g, "joke", "aside", text, 0, len(text))]
    if any(lo < hit for lo, _ in asides):
        return False
    serious = g.get("joke", "serious")
    if serious is not None and any(not any(lo <= m.start() < hi for lo, hi in asides) for m in serious.finditer(text)):
        return False
    if asides:
        return True
    back = g.get("joke", "taken_back")
    if back is not None and any(not _ASKED.match(text, m.end()) for m in back.finditer(text)):
        return True
    jokingly = g.get("joke", "jokingly")
    if jokingly is not None and any(not _ASKED.match(text, m.end()) for m in jokingly.finditer(text)):
        return True
    return bool(_search(g, "joke", "laughter", text) and (
        _search(g, "role", "holders", sentence, 0, start) or _search(g, "joke", "reorder", text))) or \
        _praised(g, text) or bool(_search(g, "role", "holders", text, 0, hit) and _search(g, "joke", "laughter", text, hit))


def _settled(g: GuardView, sentence: str, end: int, text: str, first_start: int = 0) -> bool:
    """Whether the message tells the threat's matter settled after the hit ("I said I'd go to the
    ombudsman, but you sorted it the next day", "it was resolved", "sprawa zamknięta"; ``end``: the hit's end
    in ``sentence``), or tells the hit's sentence about another order (``settled.other``: "about a different
    order", "kvůli jiné objednávce", in the hit's clause, no break word between) in a message that settles it anywhere or orders again; and carries no
    threat on to now (round 12: another order's complaint, resolved, before a new order)."""
    if _search(g, "scope", "now", text):
        return False
    at = text.find(sentence)
    if at >= 0 and _search(g, "settled", "resolved", text, at + end):
        return True
    lo = _clause_start(sentence, first_start)
    breaks = g.get("scope", "breaks")
    if breaks is not None:
        found = [m.end() for m in breaks.finditer(sentence, lo, first_start)]
        lo = found[-1] if found else lo
    m = _CLAUSE.search(sentence, end)
    hi = m.start() if m else len(sentence)
    return bool(_search(g, "settled", "other", sentence, lo, hi) and (
        _search(g, "settled", "resolved", text) or _search(g, "joke", "reorder", text)))


def _seen_in_news(g: GuardView, sentence: str, text: str) -> bool:
    """Whether the hit's sentence tells a story seen in the news ("saw on TV a report on fake shops",
    "read in the news that the regulator fined a dealer") and the message asks a question about the shop,
    without making the story the customer's own."""
    if not _asks(g, text):
        return False
    return bool(_search(g, "hearsay", "news", sentence) and _search(g, "hearsay", "seen", sentence)
                and not _search(g, "hearsay", "own", text))


def _sourced(g: GuardView, sentence: str, text: str) -> bool:
    """Whether the hit's sentence cites a body or a programme as the source of what the customer learnt
    (``hearsay.source``: "in the programme X they warned of fake shops", "소비자원 가격 비교 자료에서 ... 1위",
    "国民生活センターの比較テストで"): a programme, test, comparison or ranking it published, in a message that
    asks a question, with none of the reason's acts (``role.acts``) in the sentence, nothing of the customer's
    own and no threat carried on to now (round 13). A body named as a source is no place complained to."""
    if not _search(g, "hearsay", "source", sentence) or not _asks(g, text):
        return False
    return not (_search(g, "role", "acts", sentence) or _search(g, "hearsay", "own", text)
                or _search(g, "scope", "now", text))


def _heard_of(g: GuardView, reason: str, text: str) -> bool:
    """Whether the message tells an incident heard of (the news, one's studies; for safety, someone else's product) and
    asks a question, without making the incident the customer's own ("the one you sold me")."""
    if not _asks(g, text):
        return False
    heard = _search(g, "hearsay", "news", text) or _search(g, "hearsay", "study", text) or (
        reason == "safety" and _search(g, "hearsay", "others", text))
    return bool(heard) and not _search(g, "hearsay", "own", text)


def _at(sentence: str, start: int, text: str) -> int:
    """``start`` (an index in ``sentence``) as an index in ``text``; 0 when the sentence is not found there."""
    at = text.find(sentence)
    return at + start if at >= 0 else 0


def _contrasted(g: GuardView, sentence: str, start: int, text: str) -> bool:
    """Whether a safety hit (at ``start`` in ``sentence``) tells someone else's accident to ask about the
    shop's own product, set against it after the hit ("my neighbour burned her arm on a cheap fryer, so before I
    order: does yours have an auto shut-off?", ``hearsay.yours``), in a message that asks and makes nothing its
    own with the shop (round 14)."""
    yours = g.get("hearsay", "yours")
    hit = _at(sentence, start, text)
    return bool(yours is not None and yours.search(text, hit) and _asks(g, text)
                and not _search(g, "hearsay", "own", text))


def _housekeeping(g: GuardView, sentence: str, text: str) -> bool:
    """Whether a privacy hit's sentence asks to delete an account or data or to be taken off a list
    (``request.acts``) in a message that gives an everyday reason (``request.motives``: "I don't use it any
    more", "too many mails"), asks politely (a question, "please", ``request.thanks``) and holds no grievance (``request.grievance``: "still", "already asked", "consent",
    "where did you get my number"): a request, not an incident (round 14)."""
    return bool(_search(g, "request", "acts", sentence) and _search(g, "request", "motives", text)
                and (_asks(g, text) or _search(g, "request", "thanks", text))
                and not _search(g, "request", "grievance", text))


def request_only(g: GuardView, text: str) -> bool:
    """Whether the whole (folded) message is an everyday request with no grievance (see :func:`_housekeeping`:
    "please stop the promo e-mails, but keep my account, I still shop here"), said politely (``request.thanks``: a
    question alone may be rhetorical, "in your newsletter to 200,000 people? remove it"): the model's privacy reading
    is held to it as the rules' own privacy hits are (issue 18, pf5)."""
    return bool(_search(g, "request", "thanks", text)) and _housekeeping(g, text, text)


_FINE_TAIL = 90     # characters an all-clear may leave after it: it closes the message


def all_clear(g: GuardView, text: str, after: int = 0) -> bool:
    """Whether the message closes on an all-clear about what it told (``request.fine``: "wszystko ok",
    "all good, parcel received", "tutto a posto") after ``after``, not asked and within the last
    :data:`_FINE_TAIL` characters, with no grievance: data given to the courier and fine is no incident
    (round 14; the model's privacy reading is held to it too)."""
    fine = g.get("request", "fine")
    if fine is None or _search(g, "request", "grievance", text):
        return False
    end = len(text.rstrip())
    return any(m.start() >= after and end - m.end() <= _FINE_TAIL and not _ASKED.match(text, m.end())
               for m in fine.finditer(text))


def _employer(g: GuardView, sentence: str, start: int, term: tuple[int, int]) -> bool:
    """Whether a role frame from ``start`` joins its holder to a body's whole name by a work verb ("ana
    bashtaghal fe gehaz hemayet el mostahlek", "أنا شغالة في وزارة التجارة"): the body is the customer's
    employer, so its whole name is blanked out for the reread, unless the phrase holds an act."""
    works, acts = g.get("role", "works"), g.get("role", "acts")
    return bool(works and works.search(sentence, start, term[0])
                and not (acts and acts.search(sentence, term[0], term[1])))


def _asks(g: GuardView, text: str) -> bool:
    """Whether the message asks a question: a question mark (Greek's is ";"), a question particle, or a
    request to the shop ("please", "proszę", "I just want": ``question.requests``, round 11)."""
    if _QUESTION.search(text) or ("el" in g.languages and ";" in text):
        return True
    if _search(g, "question", "requests", text):
        return True
    breaks = _THAI_BREAK if "th" in g.languages else _SENTENCE_BREAK    # Thai ends a sentence with a space
    return any(_search(g, "question", "particles", part) for part in breaks.split(text) if part.strip())


_SENTENCE_BREAK = re.compile(r"[.!\n\u3002\uff01]+")
_THAI_BREAK = re.compile(r"[.!\n]+|\s+")


def _elsewhere(g: GuardView, sentence: str, text: str) -> bool:
    """Whether the hit's sentence sets its event at another shop, brand or site ("my neighbour sued another
    shop over a sofa", "I once had to do a chargeback with another website") and the message asks the shop a
    question, with nothing of the customer's own with the shop and no threat carried on to now."""
    return bool(_search(g, "hearsay", "elsewhere", sentence) and _asks(g, text)
                and not _search(g, "hearsay", "own", text) and not _search(g, "scope", "now", text))


def _before_buying(g: GuardView, text: str) -> bool:
    """Whether the message asks about a hazard before buying ("is it ok to leave it on all night? asking before
    I buy"): nothing has happened yet, nothing of the customer's own from the shop ("the kettle you sold me") and
    no threat carried on to now."""
    return bool(_search(g, "hearsay", "before_buying", text) and _asks(g, text)
                and not _search(g, "hearsay", "own", text) and not _search(g, "scope", "now", text))


def _read_of(g: GuardView, sentence: str, start: int, text: str) -> bool:
    """Whether a public post is one the customer saw or read ("I read a 1-star review on Trustpilot saying
    ..."): a seen verb before the hit in its sentence, and a question in the message (issue 18, round 10)."""
    return bool(_search(g, "hearsay", "seen", sentence, 0, start) and _asks(g, text)
                and not _search(g, "hearsay", "own", text))


_ASKED = re.compile(r"[\s!]{0,3}[?\u061f\uff1f]")
