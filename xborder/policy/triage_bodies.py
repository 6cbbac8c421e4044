"""Bodies recognised by their shape, for ``consumer_authority`` (issue 18).

Customers name bodies no list holds ("I complained to ANCOM", "Kifid heeft mijn klacht",
"BTK'ya başvurdum"). A vocabulary's ``consumer_authority`` ``concepts`` hold the institution head words of
its language (Commission, Ombudsman, Behörde, Superintendencia, 委员会, คณะกรรมการ…) and its
``acts`` the acts of complaining, reporting, filing or escalating; triage pairs them as it pairs any
concept with its act (same sentence, ``window`` words, the act not negated). This module adds
what a list cannot say:

* :func:`acronyms` — a capitalised acronym (2–8 capitals, with dots or ``&``: "ANCOM", "O.C.U.",
  "BaFin") is a body too, when it sits at most :data:`ACRONYM_WINDOW` words from the act, is no
  carrier, bank, brand or technical word (:func:`not_bodies`, data) and is not the topic of the act
  ("a complaint about the HDMI cable");
* :func:`name_around` — the whole name around a head word ("the Office of the Australian
  Information Commissioner"), and :func:`not_a_body`: a shop's own department ("your Customer
  Service Department"), a carrier's office, the police (legal_threat's business);
* :func:`data_protection` — a body whose name says data protection or privacy: a complaint
  there is ``privacy`` as well, as the corpus labels it (fresh10–14: "I'm complaining to the
  ICO" with a data grievance is ``consumer_authority`` + ``privacy``).

Nothing here runs unless a sentence holds a start of the reason's acts (triage's gate), so a
message without a complaint act costs nothing more.
"""
from __future__ import annotations

import functools
import re
from dataclasses import replace
from pathlib import Path
from typing import Callable

REASON = "consumer_authority"

# Capitals of the scripts that have them; an acronym may carry dots ("O.C.U.") or "&".
_UP = "A-ZÀ-ÖØ-ÞĀ-ſΑ-ΩΆ-ΏА-ЯЁЄІЇЎҐ"
_LOW = "a-zß-öø-ÿα-ωά-ώа-яёєіїўґ"
_ACRONYM = re.compile(
    rf"(?<![\w.&])(?:[{_UP}](?:[{_UP}&]|\.(?=[{_UP}])){{1,7}}\.?(?![{_UP}{_LOW}0-9])"
    rf"|[{_UP}][{_LOW}][{_UP}][{_LOW}]{{1,3}}(?![\w])"      # BaFin-style
    r"|[\u0e01-\u0e2e][\u0e01-\u0e4e]{1,5}\.(?=\s|$|[^\u0e00-\u0e7f.]))"  # Thai: สคบ. กสทช.
)
ACRONYM_WINDOW = 3          # words at most between an acronym and its act
# Carriers, banks, brands, broadcasters, tribunals and everyday acronyms: complained to, filed with or reported
# to, they are no authority. Data, with where each group comes from: culture_rules/triage_not_bodies.yaml.
NOT_BODIES_FILE = "culture_rules/triage_not_bodies.yaml"


def not_bodies() -> frozenset[str]:
    """The acronyms that are no body (:data:`NOT_BODIES_FILE`, the bundled data), read once."""
    from ..datadirs import bundled_root
    return load_not_bodies(bundled_root() / NOT_BODIES_FILE)


@functools.lru_cache(maxsize=8)
def load_not_bodies(path: Path) -> frozenset[str]:
    """Validate and read a not-bodies file: ``groups``, each with a ``note`` (where its entries come
    from), ``last_reviewed`` and ``names`` (acronyms in capitals, separated by spaces). A malformed file
    is a ``file:line`` error (exit 2)."""
    import datetime as dt

    from ..errors import DataError
    from ..yamlio import Node, check_keys, load_yaml

    data = load_yaml(path)
    if not isinstance(data, Node) or not isinstance(data.get("groups"), Node):
        raise DataError("a not-bodies file must map 'groups' to named groups", path,
                        *(data.where("groups") if isinstance(data, Node) and "groups" in data else (1, 1)))
    check_keys(data, ("groups",), path, "not-bodies file", required=("groups",))
    names: set[str] = set()
    for group, node in data["groups"].items():
        if not isinstance(node, Node):
            raise DataError(f"group '{group}' must have note, last_reviewed and names", path,
                            *data["groups"].where(group))
        check_keys(node, ("note", "last_reviewed", "names"), path, f"group '{group}'",
                   required=("note", "last_reviewed", "names"))
        if not isinstance(node["note"], str) or not node["note"].strip():
            raise DataError(f"group '{group}': 'note' must say where its entries come from", path, *node.where("note"))
        if not isinstance(node["last_reviewed"], dt.date):
            raise DataError(f"group '{group}': 'last_reviewed' must be a date (YYYY-MM-DD)", path,
                            *node.where("last_reviewed"))
        if not isinstance(node["names"], str) or not node["names"].split():
            raise DataError(f"group '{group}': 'names' must be acronyms separated by spaces", path,
                            *node.where("names"))
        for name in node["names"].split():
            if name != name.upper():
                raise DataError(f"group '{group}': '{name}' is not written in capitals", path, *node.where("names"))
            names.add(name)
    return frozenset(names)


# Words between an act and an acronym that make the acronym the act's topic, not its addressee.
_TOPIC = re.compile(r"(?<!\w)(?:about|regarding|concerning|over|re|sobre|acerca|concernant|"
                    r"über|wegen|betreffend|riguardo|circa|betreffende|kvůli|hakkında|"
                    r"про|щодо|об)(?!\w)", re.IGNORECASE)


# A compound whose last part is an institution head ("Datenschutzbehörde", "Finansinspektionen",
# "Kuluttajariitalautakunta", "Geschillencommissie"): a body in the languages that write one word.
_COMPOUND = re.compile(
    r"(?<!\w)\w{3,}(?:beh[öo]rde|aufsicht|ministerium|ministerie|ministeriet|schlichtungsstelle|ombudsstelle|beauftragte|zentrale|kammer|anstalt|"
    r"amt|[äa]mter|inspektorat|kommission|commissie|autoriteit|instituut|toezicht|inspectie|myndighet|inspektion|"
    r"verket|n[äa]mnd|n[æa]vn|nemnd|tilsyn|ombud|ombudsman|ombudsmann|styrelse|direktorat|"
    r"valvon|viras|lautakun|valtuutettu|keskus|hat[óo]s[áa]g|hivatal|test[üu]let|fel[üu]gyelet|bizotts[áa]g|"
    r"надзор|инспекция|інспекція)\w{0,6}(?!\w)", re.IGNORECASE)


def compounds(sentence: str) -> list[re.Match]:
    """Compounds ending in an institution head (see :data:`_COMPOUND`), no tax or customs office."""
    return [m for m in _COMPOUND.finditer(sentence) if not _TAX.search(m.group(0))]


_TAX = re.compile(r"finanzamt|zoll|steuer|standes|skatte|skatt|vero|belasting|nav|podatk|daň|fisc|налог|податк",
                  re.IGNORECASE)


def acronyms(sentence: str) -> list[re.Match]:
    """The acronyms of ``sentence`` that may name a body (none in a sentence written in capitals:
    "I REPORTED IT TO MY BANK" is shouting, not a name)."""
    if not _ACRONYM.search(sentence):
        return []
    excluded = not_bodies()
    found = [m for m in _ACRONYM.finditer(sentence) if m.group(0).rstrip(".").replace(".", "").upper()
             not in excluded]
    if not found:
        return found
    letters = [ch for ch in sentence if ch.isalpha() and ch.isascii()]
    if letters and sum(ch.isupper() for ch in letters) > 0.6 * len(letters) and len(letters) > 12:
        return []
    return found


@functools.lru_cache(maxsize=4096)
def shaped(sentence: str) -> bool:
    """Whether ``sentence`` holds a body by its shape alone (an acronym or a compound ending in a head
    word): the cheap check before a consumer-authority act with no head word's start is read."""
    return bool(acronyms(sentence) or compounds(sentence))


def topic_between(gap: str) -> bool:
    """Whether the words between an act and an acronym make it the act's topic ("a complaint
    about the HDMI cable")."""
    return bool(_TOPIC.search(gap))


# A name's words around its head: capitalised words and the small words that join them.
_NAME_WORD = re.compile(rf"[{_UP}][\w'’&.-]*|of|for|and|the|on|de|du|des|la|le|del|da|do|dos|das|di|della|"
                        r"für|der|van|voor|och|og|for|ja|és|και|του|της|и|по|z|i|w|a|e|y|et|en")
_BEFORE = re.compile(r"(\S+)\s+$")
_AFTER = re.compile(r"^\s+(\S+)")


def name_around(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The span of the whole name a head word stands in: capitalised words and joining words
    before and after it ("the Office of the Australian Information Commissioner")."""
    lo, hi = start, end
    for _ in range(6):
        m = _BEFORE.search(sentence, 0, lo)
        if not m or not _NAME_WORD.fullmatch(m.group(1).strip(",.;:")) or m.group(1)[-1] in ",.;:":
            break
        lo = m.start(1)
    for _ in range(8):
        m = _AFTER.match(sentence[hi:])
        if not m or not _NAME_WORD.fullmatch(m.group(1).rstrip(",.;:!?")):
            break
        hi += m.end(1)
        if m.group(1)[-1] in ",.;:!?":
            hi -= 1
            break
    return lo, hi


# A head word inside these is no body the customer complains to: the shop's own departments, a
# carrier's office, the police or a court (legal_threat), a tax or customs office about a parcel.
_NOT_A_BODY = re.compile(
    r"\b(?:your|our|yours|customer|client|support|sales|returns?|billing|accounts?|shipping|warehouse|"
    r"human resources|(?-i:HR|IT|DEV)|marketing|procurement|purchasing|post office|police|fire|court|customs|"
    r"tax|revenue|planning|education|health board|correos|correios|la poste|postale|fedex|inpost|directors|"
    r"trustees|governors|school|student|hotel|travel|viajes|viagens|voyages|reisebüro|embassy|"
    r"police|polic[ií]a|pol[ií]cia|polizei|politie|polis|poliisi|policie|полиц\w*|поліц\w*|prosecutor|"
    r"fiscal[ií]a|staatsanwalt\w*|prokurat\w*|прокурат\w*|savc[ıi]l[ıi]\w*|an ninh|công an|"
    r"commission (?:on|of \d|rate|fee)|sales commission|consumer (?:court|forum|disputes)|disputes redressal|"
    r"(?:district|state) consumer commission|tribunal|obs[łl]ugi klienta|klient\w*|поддержк\w*|"
    r"service client|servicio (?:de atenci[oó]n|al cliente)|atendimento|kundendienst|kundenservice|"
    r"ihr\w*|vo(?:tre|s)|vuestr\w*|su (?:departamento|servicio)|seu|sua|vostr\w*|jullie|uw)\b"
    r"|カスタマー|サポート|コールセンター|配送|物流|客服|快递|고객센터|택배|ลูกค้า|ขนส่ง|شرطة|پلیس|पुलिस|警察|경찰|"
    r"ตำรวจ|(?:उपभोक्ता|कंज्यूमर) (?:फोरम|फ़ोरम|अदालत|आयोग|न्यायालय|कोर्ट)|(?:जिला|ज़िला|राज्य) उपभोक्ता|کنزیومر کورٹ|صارف\S* عدالت",
    re.IGNORECASE)


def not_a_body(name: str) -> bool:
    """Whether a head word's name is no body the customer complains to (see :data:`_NOT_A_BODY`)."""
    return bool(_NOT_A_BODY.search(name))


_DATA_PROTECTION = re.compile(
    r"data protection|privacy|personal data|information commissioner|information regulator|datenschutz|"
    r"protection des donn[ée]es|donn[ée]es personnelles|vie priv[ée]e|protecci[oó]n de datos|datos personales|"
    r"prote[cç][aã]o de dados|dados pessoais|dati personali|persoonsgegevens|gegevensbescherming|"
    r"danych osobowych|uodo|integritetsskydd|datatilsyn|tietosuoja|osobn[ií]ch [uú]daj|"
    r"datelor cu caracter personal|adatv[ée]d|προσωπικ[ωώ]ν δεδομ|ki[şs]isel veri|kvkk|персональн|"
    r"личн\w* данн|захист\w* персональн|حماية البيانات|البيانات الشخصية|للبيانات|הפרטיות|حریم خصوصی|"
    r"डेटा संरक्षण|個人情報|개인정보|个人信息|個人資料|ข้อมูลส่วนบุคคล|dữ liệu cá nhân|data pribadi|"
    r"perlindungan data|privacy commission|"
    r"(?-i:\b(?:ICO|CNIL|AEPD|CNPD|ANPD|GBA|APD|IMY|UODO|NAIH|ANSPDCP|PFPDT|EDÖB|DSB|PDPC|OAIC|CPPA|KISA|PIPC|"
    r"NPC|JPDP|SDAIA|ÚOOÚ|HDPA|ΑΠΔΠΧ|GPDP)\b)", re.IGNORECASE)


def data_protection(name: str) -> bool:
    """Whether a body's name says data protection or privacy (a complaint there is privacy too)."""
    return bool(_DATA_PROTECTION.search(name))


# In a name or just after it: the shop's customer service ("Service client"), or the police's cyber
# unit ("Cục An ninh mạng"): a police report is legal_threat's.
_CLIENT_AFTER = re.compile(r"\b(?:client|clients|clientes?|customers?|kunden|klant|an ninh|cảnh sát|polic\w*|"
                           r"cyber ?crime|apr[eè]s-vente|viajes|поддержк\w*|доставк\w*)\b", re.IGNORECASE)


def pair(sentence: str, concepts: list[re.Match], acts: list[re.Match], counts: Callable[..., bool],
         window: int | None, quoted: tuple[tuple[int, int], ...], words: Callable[[str], int]
         ) -> tuple[str, str] | None:
    """``(body's name, act)`` when an act that counts (not negated, not quoted) governs a body in
    ``sentence``: a head word of ``concepts`` within ``window`` words of it, its whole name no
    shop department or police (:func:`not_a_body`); or an acronym within :data:`ACRONYM_WINDOW`
    words, not the act's topic. (A question is left out afterwards, by :func:`settle`: a sentence
    ends before its question mark.)"""
    bodies: list[tuple[int, int, str, int | None]] = []
    for c in concepts:
        if any(lo <= c.start() and c.end() <= hi for lo, hi in quoted):
            continue
        lo, hi = name_around(sentence, c.start(), c.end())
        if not_a_body(sentence[max(0, lo - 12):hi]) or _CLIENT_AFTER.search(sentence, lo, hi + 16):
            continue
        name = sentence[lo:hi]
        if hi - lo == c.end() - c.start() and c.start() and not sentence[c.start() - 1].isspace():
            name = sentence[max(0, lo - 8):hi]   # unspaced scripts: the words before the head (個人情報保護委員会)
        bodies.append((lo, hi, name, window))
    for m in compounds(sentence):
        if not any(lo <= m.start() < hi for lo, hi, _, _ in bodies):
            bodies.append((m.start(), m.end(), m.group(0), window))
    for a in acronyms(sentence):
        if not any(lo <= a.start() and a.end() <= hi for lo, hi in quoted):
            bodies.append((a.start(), a.end(), a.group(0), ACRONYM_WINDOW))
    if not bodies:
        return None
    for act in acts:
        if not counts(act):
            continue
        for lo, hi, name, limit in bodies:
            if hi <= act.start():
                gap = sentence[hi:act.start()]
            elif act.end() <= lo:
                gap = sentence[act.end():lo]
                if topic_between(gap):
                    continue        # "a complaint about the HDMI cable"
            elif limit is not None and act.end() <= _head_start(lo, hi, sentence, act):
                gap = ""            # the name, widened, took in the act before it ("Acudí a la Defensoría")
            else:
                continue            # the act inside the name ("Broadcasting Complaints Commission")
            if limit is None or words(gap) <= limit:
                return name.strip(), act.group(0).strip()
    return None


def _head_start(lo: int, hi: int, sentence: str, act: re.Match) -> int:
    """Where the name proper starts when its widening took in the act that starts it ("Acudí a la
    Defensoría"): its first capital after the act; -1 when the act does not start the name or no
    capital follows it (the act is part of the name)."""
    if act.start() != lo and sentence[lo:act.start()].strip():
        return -1
    m = re.search(rf"[{_UP}]", sentence[act.end():hi])
    return act.end() + m.start() if m else -1


def settle(hits: dict, text: str) -> dict:
    """The consumer-authority hit as the body step leaves it: dropped when it was found by shape in
    a question ("Should I report this to ANCOM?": sentences end before their question mark), with
    ``privacy`` added when it names a data-protection body (:func:`with_privacy`)."""
    hit = hits.get(REASON)
    if hit is None:
        return hits
    if hit.kind == "concept+act" and _QUESTION_AFTER.match(text, hit.span[1]):
        return {reason: h for reason, h in hits.items() if reason != REASON}
    return with_privacy(lodged_with_body(hits, text), text)


def lodged_with_body(hits: dict, text: str) -> dict:
    """``hits`` without ``legal_threat`` when its phrase is the complaint the consumer-authority phrase
    lodges with a body, one complaint read twice ("je porte plainte auprès de la DGCCRF", "presenterò
    denuncia all'Antitrust": the legal phrase ends with the word the body's phrase starts with); the
    corpus labels such a complaint consumer_authority only (fresh11, fresh15, fresh17). A court or a
    lawyer named in the sentence as well keeps it."""
    legal, body = hits.get("legal_threat"), hits.get(REASON)
    if legal is None or body is None or legal.kind != "phrase" or body.kind != "phrase" or legal.span != body.span:
        return hits
    words, lodged = legal.matched[0].split(), body.matched[0].split()
    if len(words) > 4 or len(lodged) < 2 or words[-1].lower() != lodged[0].lower() or \
            _COURT.search(text, *legal.span):
        return hits
    return {reason: h for reason, h in hits.items() if reason != "legal_threat"}


_QUESTION_AFTER = re.compile(r"\s{0,2}[?\u061f？]")
# a court or a lawyer beside a complaint lodged with a body: a legal threat as well
_COURT = re.compile(r"tribuna\w*|court|juge|giudic\w*|juzgad\w*|justi[çc]a|avocat|avvocat\w*|abogad\w*|advogad\w*|"
                    r"gericht|anwalt|rechter|advocaat|s[ąa]d\w*|суд\w*|mahkeme\w*|procès|process[oi]|demand\w*", re.IGNORECASE)


def with_privacy(hits: dict, text: str) -> dict:
    """``hits`` plus ``privacy`` when the consumer-authority hit's body, or its sentence of ``text``
    (the normalized text its spans index), names data protection or privacy ("the Data Protection
    Commission", "Autoriteit Persoonsgegevens", "KVKK"): the corpus labels a complaint to a
    data-protection authority both ways (fresh10–14: consumer_authority + privacy)."""
    hit = hits.get(REASON)
    if hit is None or "privacy" in hits or hit.kind == "term+model":
        return hits
    if not (data_protection(hit.matched[0]) or data_protection(text[hit.span[0]:hit.span[1]])):
        return hits
    return {**hits, "privacy": replace(hit, reason="privacy")}
