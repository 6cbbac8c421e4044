"""Escalation triage: the detection, plus whether and why a message must go to a specialist.

Reasons (DESIGN contract): ``legal_threat``, ``consumer_authority``, ``chargeback``,
``privacy``, ``safety``, ``public_exposure``. Severity follows the usual complaint
tiers: safety incidents and public exposure are ``critical``; legal threats,
authority complaints and chargebacks ``high``; privacy requests ``medium`` (a
breach ``high``). A reason needs an act or threat stated outright, or a term
(lawyer, authority, platform) with a cue of the same reason in the same sentence —
never a single word.
"""
from __future__ import annotations

import functools
import re
import threading
import unicodedata
from dataclasses import dataclass, field, replace
from typing import AbstractSet, Any, Callable

from ..errors import InputError
from ..lru import LRU
from . import (triage_bodies, triage_guards, triage_meaning, triage_model, triage_praise, triage_reading,
               triage_window)
from .triage_factors import casekey, factors, key_of as _key_of
from .spans import between
from .triage_lexicon import (LETTER, OWNER_WINDOW, REASONS, Guard, Pieces, ReasonPatterns, authority_names,
                             authority_terms, compile_checked, fold, guard, language_file, language_files,
                             merged_source, pattern_list, probed, quoted_spans)

SEVERITIES = ("none", "low", "medium", "high", "critical")
REASON_SEVERITY = {"safety": "critical", "public_exposure": "critical", "legal_threat": "high",
                   "consumer_authority": "high", "chargeback": "high", "privacy": "medium"}
MAX_CHARS = 20_000
# Close languages the detector confuses on short text ("Я оспорю платёж" read as Ukrainian):
# each is read with the other's vocabulary too.
SIBLINGS = {"ru": ("uk",), "uk": ("ru",), "id": ("ms",), "ms": ("id",), "da": ("nb", "sv"), "nb": ("da", "sv"),
            "sv": ("nb", "da")}
# Latin-script languages the detector does not name (Tagalog/Taglish is read as Malay, Indonesian or
# English): their vocabularies are read on any Latin text, as the romanized ones are.
UNNAMED_LATIN = ("tl",)
ALTERNATIVE_FLOOR = 0.05  # detection alternatives at least this likely are read too   # triage reads the start of very long messages; threats come early
# Sentence ends: . ! ? before a space or the end (not in "gov.br" or "7.5"), CJK and other full stops, new lines.
_SENTENCE = re.compile(r"[.!?]+(?=\s|$)|[\n。！？؟।]+|(?<=[;])\s")
_NUMBERED = re.compile(r"(?<![^\W\d_])([^\W\d_]{1,4})\.(?=[ \t]+\d)")  # "Art." in "Art. 15"
_INVISIBLE = re.compile(r"[\u200b-\u200f\u2066-\u2069\u00ad]")
_NON_WORD = re.compile(r"\W")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "“": '"', "”": '"', "«": '"', "»": '"'})


@dataclass(frozen=True)
class ReasonHit:
    """Why one reason applies: the words that triggered it, and where."""

    reason: str
    kind: str                  # "phrase", "term+cue", "concept+act", "window", "term+model", "model", "meaning";
    #                            in read()'s second dict: "term" (a lone term, for the model) or "held"
    matched: tuple[str, ...]
    span: tuple[int, int]      # character offsets of the sentence in the (normalized) text
    urgent: bool = False
    pressure: str | None = None   # a complaint site consumer authorities watch, named in the sentence
    model: tuple[float, tuple[str, ...]] | None = None   # "term+model": the model's probability, its n-grams
    meaning: tuple[float, float] | None = None   # "meaning": the meaning reader's probability and the word model's

    def describe(self) -> str:
        if self.kind == "phrase":
            text = f"{self.reason}: '{self.matched[0]}'"
        elif self.kind == "meaning" and self.meaning is not None:
            text = (f"{self.reason}: the meaning of the whole message ({self.meaning[0]:.2f}; "
                    f"the word model's {self.meaning[1]:.2f})")
        elif self.kind == "model" and self.model is not None:
            grams = ", ".join(f"'{g}'" for g in self.model[1])
            text = f"{self.reason}: the model's {self.model[0]:.2f} for the whole message ({grams})"
        elif self.model is not None:
            grams = ", ".join(f"'{g}'" for g in self.model[1])
            text = f"{self.reason}: '{self.matched[0]}' with the model's {self.model[0]:.2f} ({grams})"
        else:
            text = f"{self.reason}: '{self.matched[0]}' with '{self.matched[1]}'"
        if self.pressure:
            text += (f" ('{self.pressure}' is a public complaint site that consumer authorities watch: "
                     "authority pressure too)")
        return text

    def to_dict(self) -> dict[str, Any]:
        out = {"reason": self.reason, "kind": self.kind, "matched": list(self.matched),
               "span": list(self.span), "urgent": self.urgent}
        if self.pressure:
            out["authority_pressure"] = self.pressure
        if self.model is not None:
            out["model"] = {"probability": self.model[0], "features": list(self.model[1])}
        if self.meaning is not None:
            out["meaning"] = {"probability": self.meaning[0], "word_model": self.meaning[1]}
        return out


@dataclass(frozen=True)
class TriageResult:
    """The detection plus ``escalate``, ``reasons``, ``severity`` and the evidence for each reason."""

    detection: Any
    escalate: bool
    reasons: tuple[str, ...]
    severity: str
    hits: tuple[ReasonHit, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        out = dict(self.detection.to_dict()) if self.detection is not None else {}
        out["escalate"] = self.escalate
        out["reasons"] = list(self.reasons)
        out["severity"] = self.severity
        out["evidence"] = list(out.get("evidence", [])) + [h.describe() for h in self.hits]
        out["reason_evidence"] = {r: [h.to_dict() for h in self.hits if h.reason == r] for r in self.reasons}
        return out


# remembered for the last few texts: each step of assess() normalizes the message and splits it again
@functools.lru_cache(maxsize=16)
def normalize_text(text: str) -> str:
    """NFKC (full-width forms to ASCII), straight quotes, no zero-width marks."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return _INVISIBLE.sub("", text)


def sentences(text: str) -> list[tuple[int, int]]:
    """The spans of ``text``'s sentences. The point of a short word before a number
    ("Art. 15 DSGVO", "Nr. 5", "No. 12") ends no sentence."""
    return list(_sentences(text))


@functools.lru_cache(maxsize=16)
def _sentences(text: str) -> tuple[tuple[int, int], ...]:
    masked = _NUMBERED.sub(lambda m: m.group(1) + "\u2024", text)  # one dot leader: same length, same spans
    return tuple(between(_SENTENCE, masked))


def _reason_hit(reason: str, pats: ReasonPatterns, sentence: str, span: tuple[int, int],
                names: list[re.Match] | None = None, quoted: tuple[tuple[int, int], ...] = (),
                starts: AbstractSet[str] | None = None) -> ReasonHit | None:
    """The hit of one reason in ``sentence``; ``starts``: the sentence's word starts (see
    :class:`_List`; None: every item of every list is read)."""
    hit = _match(reason, pats, sentence, span, names, quoted, starts)
    if hit is not None and pats.pressure is not None:
        m = pats.pressure.search(sentence, starts)
        if m:
            hit = replace(hit, pressure=m.group(0).strip())
    return hit


_CLAUSE = re.compile(r"[,;:()\[\]\u2013\u2014]|\s-\s|\.\.+|[，、：；]")
_WORD = re.compile(r"\w+(?:'\w+)?")


def _negated(pats: ReasonPatterns, sentence: str, start: int, end: int) -> bool:
    """Whether the trigger ``sentence[start:end]`` is negated in the vocabulary's language or,
    when that differs (English read over German text), in the message's language (``pats.host``)."""
    return any(_negated_in(guard, sentence, start, end) for guard in (pats.guard, pats.host) if guard is not None)


def _negated_in(guard: Guard, sentence: str, start: int, end: int) -> bool:
    """Whether a negation governs the trigger ``sentence[start:end]``: within two words before
    it in the same clause ("not going to sue"), inside it (a phrase, or a term with its cue:
    "gehe nicht zur Verbraucherzentrale"), or, for ``after`` negations, within two words
    after it ("訴えるつもりはありません") — with no break between ("nicht mehr und schalte
    meinen Anwalt ein") or just before it ("if you don't refund me")."""
    if guard.after is not None:
        tail = _CLAUSE.split(sentence[end:end + 40])[0]
        m = guard.after.search(tail)
        if m and len(_WORD.findall(tail[:m.start()])) <= 2:
            return True
    negation, breaks = guard.negation, guard.breaks
    if negation is None:
        return False
    head = start - len(_CLAUSE.split(sentence[max(0, start - 60):start])[-1])
    last = None
    for m in negation.finditer(sentence, head, end):   # up to the end: "不会" overlaps the trigger "会曝光"
        if m.start() >= start:
            break
        last = m
    stop = start
    if last is not None and len(_WORD.findall(sentence[last.end():start])) > 2:
        last = None
    if last is None and not _CLAUSE.search(sentence, start, end):
        # a negation the pattern itself starts with is its own ("no autoricé que compartan")
        last, stop = negation.search(sentence, start + 1, end), end
    if last is None:
        return False
    if breaks is not None:
        before = sentence[head:last.start()]
        words = list(_WORD.finditer(before))
        window = before[words[-3].start():] if len(words) >= 3 else before
        if breaks.search(window) or breaks.search(sentence, last.end(), stop):
            return False
    return True


def _negation_before(pats: ReasonPatterns, sentence: str, start: int) -> bool:
    """Whether a negation comes anywhere before ``start`` in the sentence ("Δεν θα σας πάω στα
    δικαστήρια, απλά ρωτάω"): a term after one is never left to the model."""
    return any(g.negation is not None and g.negation.search(sentence, 0, start) is not None
               for g in (pats.guard, pats.host) if g is not None)


def _inside(quoted: tuple[tuple[int, int], ...], start: int, end: int) -> bool:
    return any(lo <= start and end <= hi for lo, hi in quoted)


def _match(reason: str, pats: ReasonPatterns, sentence: str, span: tuple[int, int],
           names: list[re.Match] | None, quoted: tuple[tuple[int, int], ...] = (),
           starts: AbstractSet[str] | None = None) -> ReasonHit | None:
    """The first hit of one reason in ``sentence``. The host language's exceptions void any hit:
    they are read only once there is one. What the rules found and set aside (a negated or quoted
    phrase or term, a voided hit) comes back as a ``held`` hit: no reason, but the model is not
    asked to find that reason again (:func:`second_reading`)."""
    held: list[re.Match] = []
    hit = _first(reason, pats, sentence, span, names, quoted, starts, held)
    if hit is not None and any(v is not None and v.search(sentence, starts)
                               for v in (pats.host_not, pats.void, pats.host_void)):
        return replace(hit, kind="held", model=None)
    if hit is None and held:
        return ReasonHit(reason, "held", (held[0].group(0).strip(),), span)
    return hit


def _first(reason: str, pats: ReasonPatterns, sentence: str, span: tuple[int, int],
           names: list[re.Match] | None, quoted: tuple[tuple[int, int], ...],
           starts: AbstractSet[str] | None, held: list[re.Match]) -> ReasonHit | None:
    def counts(m: re.Match, end: int | None = None) -> bool:
        end = end or m.end()
        if _inside(quoted, m.start(), end) or _negated(pats, sentence, m.start(), end):
            held.append(m)      # set aside: see _match
            return False
        return True

    urgent = None
    if pats.urgent is not None:
        urgent = next((m for m in pats.urgent.finditer(sentence) if counts(m)), None)
    if pats.phrases is not None:
        for m in pats.phrases.finditer(sentence):
            if counts(m):
                return ReasonHit(reason, "phrase", (m.group(0).strip(),), span, urgent is not None)
    if urgent is not None:
        return ReasonHit(reason, "phrase", (urgent.group(0).strip(),), span, True)
    if (pats.terms is None and pats.names is None) or pats.cues is None:
        return _pair(reason, pats, sentence, span, counts, quoted, starts)
    cues = None
    found = list(pats.terms.finditer(sentence)) if pats.terms is not None else []
    if pats.not_terms is not None:
        found = [t for t in found if not pats.not_terms.search(t.group(0))]
    if pats.names is not None and names:
        found.extend(names)
    if pats.not_ is not None and pats.not_.search(sentence, starts):
        held.extend(found[:1])
        return None     # the reason's exceptions void a term with its cue, and a concept with its act
    if not found:
        return _pair(reason, pats, sentence, span, counts, quoted, starts)
    lone = None
    for term in found:
        if cues is None:
            # a cue that is itself a term ("Şikayetvar" for "şikayet") is no cue
            cues = [c for c in pats.cues.finditer(sentence, starts)
                    if not any(c.start() < t.end() and t.start() < c.end() for t in found)]
        for cue in cues:
            if cue.end() <= term.start() or cue.start() >= term.end():
                first, second = (term, cue) if term.start() < cue.start() else (cue, term)
                if counts(first, second.end()):
                    return ReasonHit(reason, "term+cue", (term.group(0).strip(), cue.group(0).strip()), span)
        if lone is None and counts(term) and not _negation_before(pats, sentence, term.start()):
            lone = term
    pair = _pair(reason, pats, sentence, span, counts, quoted, starts)
    if pair is not None:
        return pair
    # a term with no cue of its own: no reason alone, evidence for the model (see assess)
    return None if lone is None else ReasonHit(reason, "term", (lone.group(0).strip(),), span)


def _pair(reason: str, pats: ReasonPatterns, sentence: str, span: tuple[int, int],
          counts: Callable[[re.Match], bool], quoted: tuple[tuple[int, int], ...],
          starts: AbstractSet[str] | None) -> ReasonHit | None:
    """A concept with an act of the same reason anywhere in the sentence, in either order, at most
    ``pats.window`` words apart ("what data do you have on me, tell me, and delete all of it"): the
    act must not be negated ("I won't post it on Facebook"; a negation before the concept is often the
    grievance: "I never gave you my number") and neither may sit in quotes. A concept
    alone is no evidence (unlike a lone term, it is never left to the model)."""
    bodies = reason == triage_bodies.REASON       # bodies told by their shape too (see triage_bodies)
    if pats.acts is None or (pats.concepts is None and pats.owned is None and not bodies):
        return None
    english = pats.not_pairs

    def own(m: re.Match) -> bool:
        return bool(m.group(0).strip()) and (english is None or not english.search(m.group(0)))
    concepts = [c for c in pats.concepts.finditer(sentence) if own(c)] if pats.concepts is not None else []
    if pats.owned is not None and pats.owners is not None:
        concepts += _owned(pats, sentence, own, starts)
    if not concepts and not bodies:
        return None
    acts = [a for a in pats.acts.finditer(sentence) if own(a)]
    if not acts or (pats.not_ is not None and pats.not_.search(sentence, starts)):
        return None
    if bodies:
        found = triage_bodies.pair(sentence, concepts, acts, counts, pats.window, quoted, _words)
        return None if found is None else ReasonHit(reason, "concept+act", found, span)
    for act in acts:
        if not counts(act):
            continue
        for concept in concepts:
            if concept.end() <= act.start():
                gap = sentence[concept.end():act.start()]
            elif act.end() <= concept.start():
                gap = sentence[act.end():concept.start()]
            elif (act.start() - concept.start()) * (act.end() - concept.end()) <= 0:
                if not _whole(sentence, concept if concept.end() - concept.start() < act.end() - act.start() else act):
                    continue    # one read inside the other's word ("Datenlöschung"): a phrase's business
                gap = ""        # a word of the act ("which data of mine you hold"): the act names it
            else:
                gap = ""        # sharing a word: "copy of all the data" + "the data you hold on me"
            # the act carries the negation ("I won't post it"); before a concept one is the
            # grievance itself ("I never gave you my number")
            if (pats.window is None or _words(gap) <= pats.window) and not _inside(quoted, concept.start(),
                                                                                   concept.end()):
                return ReasonHit(reason, "concept+act", (concept.group(0).strip(), act.group(0).strip()), span)
    return None


def _whole(sentence: str, m: re.Match) -> bool:
    """Whether ``m`` is whole words of ``sentence`` (not part of a longer word)."""
    return not (m.start() and sentence[m.start() - 1].isalnum()) and not (
        m.end() < len(sentence) and sentence[m.end()].isalnum())


def _owned(pats: ReasonPatterns, sentence: str, own: Callable[[re.Match], bool],
           starts: AbstractSet[str] | None) -> list[re.Match]:
    """The ``owned`` concepts of ``sentence`` with an owner at most :data:`OWNER_WINDOW` words away,
    before or after ("my phone number", "quais dados meus", "میرا کون سا ذاتی ڈیٹا"); ``starts``: the
    sentence's word starts, which gate the owners' list."""
    found = [m for m in pats.owned.finditer(sentence) if own(m)]
    if not found:
        return []
    owners = [o for o in pats.owners.finditer(sentence, starts) if own(o)]
    out = []
    for m in found:
        for o in owners:
            if o.end() <= m.start():
                gap = sentence[o.end():m.start()]
            elif m.end() <= o.start():
                gap = sentence[m.end():o.start()]
            else:
                continue
            if _words(gap) <= OWNER_WINDOW:
                out.append(m)
                break
    return out


def _words(text: str) -> int:
    """Words in ``text``; in scripts written without spaces (Chinese, Japanese, Thai), one per two
    characters, so a window in words holds in every script."""
    unspaced = len(_UNSPACED.findall(text))
    if unspaced:
        text = _UNSPACED.sub(" ", text)
    # words split at spaces: a vowel sign (Bengali, Devanagari) is no letter to \w, yet ends no word
    return sum(1 for word in text.split() if any(ch.isalnum() for ch in word)) + (unspaced + 1) // 2


_QUESTION = re.compile(r"[?\u061f]")
_CONTEXT_WORDS = 3     # words besides the term a sentence needs before the model is asked
_CONTEXT_CHARS = 6     # or, in scripts written without spaces, characters
_UNSPACED = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")


def _context(sentence: str, term: str) -> bool:
    """Whether ``sentence`` says enough besides ``term`` for the model to weigh."""
    if _UNSPACED.search(sentence):
        rest = sentence.replace(term, "", 1)
        return len(_NON_WORD.sub("", rest)) >= _CONTEXT_CHARS
    return len(_WORD.findall(sentence)) - len(_WORD.findall(term)) >= _CONTEXT_WORDS
def candidate_languages(resources, detection: Any) -> tuple[str, ...] | None:
    """Vocabularies to read a message with: the detected language, its close alternatives and
    English (customers mix it in); None (every vocabulary) when detection found no language."""
    language = getattr(detection, "language", None) if detection is not None else None
    if not language:
        return None
    known = set(language_files(resources))
    langs = [language, *SIBLINGS.get(language, ())]
    if getattr(detection, "romanized", False):
        langs.append(f"{language}-Latn")   # romanized vocabulary: culture_rules/triage/<lang>-Latn.yaml
    for alt in getattr(detection, "alternatives", ()) or ():
        code = alt.get("language") if isinstance(alt, dict) else None
        if code and (alt.get("confidence") or 0) >= ALTERNATIVE_FLOOR and code not in langs:
            langs.append(code)
    langs.append("en")
    return tuple(dict.fromkeys(lang for lang in langs if lang in known))


def romanized_fallback(resources, detection: Any, languages: tuple[str, ...] | None) -> tuple[str, ...]:
    """Romanized vocabularies (and those of :data:`UNNAMED_LATIN`) to read by their phrases (and non-English
    terms): Latin text is often romanized text the detector read as another language ("toi se kien cong ty" as
    Finnish)."""
    if languages is None or getattr(detection, "script", None) != "Latn":
        return ()
    romanized = resources.cached("policy:triage_romanized", lambda: tuple(
        lang for lang in sorted(language_files(resources)) if lang.endswith("-Latn") or lang in UNNAMED_LATIN))
    return tuple(lang for lang in romanized if lang not in languages)


def assess(resources, text: str, languages: tuple[str, ...] | None = None, phrases_only: tuple[str, ...] = ()
           ) -> tuple[tuple[str, ...], str, tuple[ReasonHit, ...]]:
    """Reasons (in contract order), overall severity and hits for ``text``.

    ``languages`` limits the vocabularies read (see :func:`candidate_languages`);
    None reads all of them. ``phrases_only`` vocabularies are read too, by their phrases and
    by their terms that are no English words (see :func:`romanized_fallback`).
    """
    hits, lone = read(resources, text, languages, phrases_only)
    if lone.keys() - hits.keys():
        hits = confirm(hits, lone, text, triage_model.model(resources))
    hits = with_windows(resources, hits, text, languages, phrases_only)
    hits = with_readings(resources, hits, text, languages, phrases_only)
    if triage_model.ALONE.keys() - hits.keys() and (hits or lone or _may_hold(resources, text, languages, phrases_only)):
        hits = second_reading(hits, text, triage_model.model(resources), held=lone.keys())
    if set(REASONS) - hits.keys() and text.strip():
        hits = meaning_reading(hits, text, triage_meaning.reader(resources), triage_model.model(resources),
                               held={reason for reason, hit in lone.items() if hit.kind == "held"})
    if "privacy" in hits and hits["privacy"].kind in ("model", "meaning"):
        hits = _cleared(resources, hits, text, languages, phrases_only)
    if "public_exposure" in hits:
        hits = _leak_not_post(resources, hits, text, languages, phrases_only)
    if "public_exposure" in hits:
        hits = triage_praise.without_praised_posts(resources, hits, normalize_text(text[:MAX_CHARS]),
                                                   languages and tuple(languages) + tuple(phrases_only))
    return verdict(hits)


def _leak_not_post(resources, hits: dict[str, ReasonHit], text: str, languages: tuple[str, ...] | None,
                   phrases_only: tuple[str, ...]) -> dict[str, ReasonHit]:
    """``hits`` whose public_exposure is not read from the sentence that tells the leak a rule read as privacy:
    "Dere har lagt ut et bilde av meg på Facebook-siden deres", "Kargo görevlisi adresimi bir WhatsApp grubunda
    paylaşmış" tell what the shop or its courier posted, not the customer's threat to go public (round 15, ta3).
    Such a post's sentence lies within the leak's span and holds at least two of its words (all, when fewer); the
    rest of the message is read again without it ("... paylaşmış. Yarın Şikayetvar'a yazacağım." keeps the threat).
    A public_exposure phrase ("I'll expose you") still counts, as does a leak read by the model."""
    post, leak = hits["public_exposure"], hits.get("privacy")
    if leak is None or leak.kind in ("model", "meaning") or post.kind in ("phrase", "model", "meaning"):
        return hits
    if not leak.span[0] <= post.span[0] <= post.span[1] <= leak.span[1]:
        return hits
    raw = normalize_text(text[:MAX_CHARS])
    told = fold(raw[post.span[0]:post.span[1]]).casefold()
    words = [w for w in leak.matched if w]
    if sum(fold(w).casefold() in told for w in words) < min(2, len(words)):
        return hits
    if any(hit.span == post.span for reason, hit in hits.items() if reason not in ("privacy", "public_exposure")):
        return hits
    out = {reason: hit for reason, hit in hits.items() if reason != "public_exposure"}
    rest = raw[:post.span[0]] + " " * (post.span[1] - post.span[0]) + raw[post.span[1]:]
    again = read(resources, rest, languages, phrases_only)[0].get("public_exposure")
    if again is not None:
        out["public_exposure"] = again
    return out


def _cleared(resources, hits: dict[str, ReasonHit], text: str, languages: tuple[str, ...] | None,
             phrases_only: tuple[str, ...]) -> dict[str, ReasonHit]:
    """``hits`` without the model's privacy reading when the message closes on an all-clear with no grievance
    ("Podałam mój adres kurierowi przez telefon, wszystko ok.": :func:`.triage_guards.all_clear`), or is an everyday
    request with none (:func:`.triage_guards.request_only`, issue 18, pf5), as the rules' own privacy hits are
    (round 14)."""
    guards = triage_guards.guards(resources)
    if guards is None:
        return hits
    langs = tuple(languages) + tuple(phrases_only) if languages else tuple(sorted(
        {lang for lists in guards.sources.values() for lang in lists} - {triage_guards.ANY_LANGUAGE}))
    view, folded = guards.view(langs), fold(normalize_text(text[:MAX_CHARS]))
    if not (triage_guards.all_clear(view, folded) or triage_guards.request_only(view, folded)):
        return hits
    return {reason: hit for reason, hit in hits.items() if reason != "privacy"}


def with_windows(resources, hits: dict[str, ReasonHit], text: str, languages: tuple[str, ...] | None,
                 phrases_only: tuple[str, ...] = ()) -> dict[str, ReasonHit]:
    """``hits`` plus the reasons a window of neighbouring sentences gives (:mod:`.triage_window`: a
    failure in one sentence, the injury in the next), for the reasons not found yet."""
    w = triage_window.windows(resources)
    todo = tuple(r for r in w.rules if r not in hits) if w is not None else ()
    if not todo:
        return hits
    norm = fold(normalize_text(text[:MAX_CHARS]))
    langs = tuple(languages) + tuple(phrases_only) if languages else tuple(sorted({l for r in todo for l in w.rules[r]}))
    found = triage_window.read(w, norm, sentences(norm), langs, todo)
    if not found:
        return hits
    out = dict(hits)
    for reason, (matched, span) in found.items():
        out[reason] = ReasonHit(reason, "window", matched, span)
    return out


def with_readings(resources, hits: dict[str, ReasonHit], text: str, languages: tuple[str, ...] | None,
                  phrases_only: tuple[str, ...] = ()) -> dict[str, ReasonHit]:
    """``hits`` plus the reasons a reading of slots gives (:mod:`.triage_reading`: someone other than the
    customer × holds or used × the customer's data; a court × the customer will meet the shop there), for
    the reasons not found yet, unless a guard of :mod:`.triage_guards` takes the hit away."""
    r = triage_reading.readings(resources)
    todo = tuple(dict.fromkeys(x.reason for x in r.readings if x.reason not in hits)) if r is not None else ()
    if not todo:
        return hits
    norm = fold(normalize_text(text[:MAX_CHARS]))
    # the detected languages only: the romanized fallback's (``phrases_only``) would multiply the gate's cost
    # on every Latin message (issue 17)
    langs = tuple(languages) if languages else tuple(sorted(
        {lang for reason in todo for slots in r.words.get(reason, {}).values() for lang in slots}))
    found = triage_reading.read(r, norm, sentences(norm), langs, todo)
    if not found:
        return hits
    guards = triage_guards.guards(resources)
    out = dict(hits)
    for reason, (matched, (lo, hi)) in found.items():
        if guards is not None and triage_guards.excused(
                guards.view(langs), reason, "reading", matched, norm[lo:hi], norm,
                _QUESTION_AFTER.match(norm, hi) is not None, lambda start, end: False):
            continue
        out[reason] = ReasonHit(reason, "reading", matched, (lo, hi))
    return out


def confirm(hits: dict[str, ReasonHit], lone: dict[str, ReasonHit], text: str,
            model: triage_model.Model | None, threshold: float = triage_model.THRESHOLD) -> dict[str, ReasonHit]:
    """``hits`` plus each reason whose term was found without its cue (``lone``) and that the
    model (:mod:`.triage_model`) gives ``threshold`` or more for the whole message. A term in a
    question is not confirmed ("Is the Procon open until 5?"), except a privacy one ("where did
    you get my number?")."""
    if model is None:
        return hits
    norm = normalize_text(text[:MAX_CHARS])
    asked = {}
    for reason, hit in lone.items():
        if reason in hits or reason not in model.reasons or hit.kind != "term":
            continue
        if reason != "privacy" and _QUESTION.search(norm, hit.span[1], hit.span[1] + 3):
            continue
        if _context(norm[hit.span[0]:hit.span[1]], hit.matched[0]):   # a term alone, or nearly: never (DESIGN)
            asked[reason] = hit
    if not asked:
        return hits
    out = dict(hits)
    for reason, (probability, grams) in model.probabilities(norm, tuple(asked)).items():
        if probability >= threshold:
            out[reason] = replace(asked[reason], kind="term+model", model=(round(probability, 3), grams))
    return out


def second_reading(hits: dict[str, ReasonHit], text: str, model: triage_model.Model | None,
                   alone: dict[str, float] | None = None, held: AbstractSet[str] = frozenset()
                   ) -> dict[str, ReasonHit]:
    """``hits`` plus each reason of ``alone`` (default :data:`.triage_model.ALONE`: reason ->
    probability) not found yet that the model gives its probability or more for the whole message,
    without any term (``kind`` "model": "someone logged into my account and changed the delivery
    address"). Never a reason in ``held``: one the rules found a term of (a lone term the model did not
    confirm) or set aside (negated, quoted, voided, guarded: "I won't ask my bank to reverse it").
    A message that only asks (every sentence a question) gets none: "Mitt personnummer står på
    fakturan, är det rätt?" (the rules read "how did you get my number?")."""
    alone = triage_model.ALONE if alone is None else alone
    todo = tuple(r for r in alone if r not in hits and r not in held and model is not None and r in model.reasons)
    if not todo:
        return hits
    norm = normalize_text(text[:MAX_CHARS])
    spans = [(lo, hi) for lo, hi in sentences(norm) if norm[lo:hi].strip()]
    if spans and all(_QUESTION_AFTER.match(norm, hi) for _, hi in spans):
        return hits
    out = hits
    for reason, (probability, grams) in model.probabilities(norm, todo).items():
        if probability >= alone[reason] and grams:
            out = dict(out) if out is hits else out
            out[reason] = ReasonHit(reason, "model", grams, (0, len(norm)), model=(round(probability, 3), grams))
    return out


def meaning_reading(hits: dict[str, ReasonHit], text: str, meaning: triage_meaning.Meaning | None,
                    model: triage_model.Model | None, held: AbstractSet[str] = frozenset()) -> dict[str, ReasonHit]:
    """``hits`` plus each reason not found yet that the meaning reader (:mod:`.triage_meaning`) gives
    :data:`.triage_meaning.ALONE` or more, or that it and the word model both give their
    :data:`.triage_meaning.AGREE` share (``kind`` "meaning": a paraphrase neither the rules' phrases nor the
    word model's n-grams know). Never a reason in ``held`` (one the rules set aside: negated, quoted, voided,
    guarded), nor any for a message that only asks (as :func:`second_reading`). The encoder runs only when
    the word model gives some reason left :data:`.triage_meaning.GATE` or more."""
    todo = tuple(r for r in REASONS if r not in hits and r not in held)
    if meaning is None or not todo:
        return hits
    norm = normalize_text(text[:MAX_CHARS])
    if not _says_enough(norm):
        return hits
    spans = [(lo, hi) for lo, hi in sentences(norm) if norm[lo:hi].strip()]
    if not spans or all(_QUESTION_AFTER.match(norm, hi) for _, hi in spans):
        return hits
    words = ({r: p for r, (p, _) in model.probabilities(norm, tuple(r for r in todo if r in model.reasons)).items()}
             if model is not None else {})
    if model is not None and max(words.values(), default=0.0) < triage_meaning.GATE:
        return hits      # the word model sees no trace of any reason left: most traffic, no encoder run
    read_as = meaning.probabilities(text[:MAX_CHARS])
    alone, (agree, agree_words) = triage_meaning.ALONE, triage_meaning.AGREE
    leaning = tuple(r for r in todo if read_as.get(r, 0.0) >= min(agree, alone))
    out = dict(hits)
    for reason in leaning:
        p, w = read_as[reason], words.get(reason, 0.0)
        if p >= alone or w >= agree_words:
            out[reason] = ReasonHit(reason, "meaning", (), (0, len(norm)), meaning=(round(p, 3), round(w, 3)))
    return out


def _says_enough(norm: str) -> bool:
    """Whether a message is long enough to be read as a whole: six words, or ten characters in scripts
    written without spaces. A word or two ("lawyer", "TikTok", "fire") is left to the rules, as a term
    alone is (:func:`_context`): an embedding of so little reads its topic, not what the customer says."""
    if _UNSPACED.search(norm):
        return len(_NON_WORD.sub("", norm)) >= _MEANING_CHARS
    return len(_WORD.findall(norm)) >= _MEANING_WORDS


_MEANING_WORDS = 6
_MEANING_CHARS = 10


def _may_hold(resources, text: str, languages: tuple[str, ...] | None, phrases_only: tuple[str, ...]) -> bool:
    """Whether a word of ``text`` starts as an item of a vocabulary read (the first look of
    :func:`read`, its word starts remembered): a message that holds none is left to the rules,
    and costs no model."""
    plan = _plan(resources, tuple(languages) if languages else None, tuple(phrases_only))
    if plan.always or any(plan.names_always.values()):
        return True
    raw = normalize_text(text[:MAX_CHARS])
    forms = {True: fold(raw), False: raw}
    return any(plan.candidates(form, forms[form]) for form in plan.forms)


def read(resources, text: str, languages: tuple[str, ...] | None = None, phrases_only: tuple[str, ...] = ()
         ) -> tuple[dict[str, ReasonHit], dict[str, ReasonHit]]:
    """The rules' hits per reason, and per reason without one the term found without a cue (``kind``
    "term") or what was found and set aside (``kind`` "held": negated, quoted, voided or guarded)."""
    plan = _plan(resources, tuple(languages) if languages else None, tuple(phrases_only))
    raw = normalize_text(text[:MAX_CHARS])
    norm = fold(raw)                              # same length: one sentence split serves both
    forms = {True: norm, False: raw}
    whole = {form: plan.candidates(form, forms[form]) for form in plan.forms}
    if not plan.always and not any(whole.values()) and not any(plan.names_always.values()):
        return {}, {}                             # no word starts as any pattern does: most messages
    hits: dict[str, ReasonHit] = {}
    lone: dict[str, ReasonHit] = {}               # a term without its cue, per reason
    quoted_all = quoted_spans(norm) if ("'" in norm or '"' in norm) else ()
    spans = sentences(norm)
    for lo, hi in spans:
        if not norm[lo:hi].strip():
            continue
        texts = {True: norm[lo:hi], False: raw[lo:hi]}
        # one sentence: the whole text's starts hold its own (and a few more, which only cost a read)
        if len(spans) == 1:
            found, chunks = whole, {}
        else:   # the sentence's word starts, scanned once for its candidates and its starts
            chunks = {form: _WORD_START.findall(texts[form]) for form in plan.forms}
            found = {form: plan.candidates(form, texts[form], chunks[form]) for form in plan.forms}
        names: dict[bool, list[re.Match]] = {}    # authority names, searched once per sentence and form
        for form in plan.named:
            if plan.names_always[form] or _NAMED in found[form]:
                names[form] = list(authority_names(resources, fold_accents=form).finditer(texts[form]))
        keys = {form: casekey(texts[form]) for form in plan.forms}
        todo = plan.to_read(found, names, keys)
        if not todo:
            continue
        quoted = tuple((max(a, lo) - lo, min(b, hi) - lo) for a, b in quoted_all if a < hi and b > lo)
        starts: dict[bool, AbstractSet[str] | None] = {}    # the sentence's word starts, per form, once needed
        for reason in REASONS:
            row = todo.get(reason)
            if not row or (reason in hits and (reason != "privacy" or hits[reason].urgent)):
                continue
            for index, selected in sorted(row.items()):
                kinds = {key for key, _ in selected}
                if kinds and kinds <= _PAIR and ("acts" not in kinds or kinds == {"acts"}) and (
                        reason != triage_bodies.REASON or not any(names.values()) and (
                            "acts" not in kinds or not triage_bodies.shaped(texts[True]))):
                    continue    # a concept without any act's start, or an act without a concept's
                    # (an act alone may name a body by its shape, an acronym; a named authority is a term)
                pats = plan.reading(resources, index, reason, frozenset(selected))
                if pats is None:
                    continue
                form = pats.folded
                if form not in starts:
                    starts[form] = plan.starts(form, texts[form], chunks.get(form))
                hit = _reason_hit(reason, pats, texts[form], (lo, hi), names.get(form), quoted, starts[form])
                if hit is not None and hit.kind != "held":
                    hit = _unguarded(resources, hit, pats, texts[form], norm, (lo, hi), names.get(form), quoted,
                                     starts[form], (plan.langs[index], plan.langs[0])) or replace(hit, kind="held")
                if hit is not None and hit.kind in ("term", "held"):
                    # a lone term for the model; "held": found and set aside, never the model's alone
                    if reason not in lone or lone[reason].kind == "held":
                        lone[reason] = hit
                elif hit is not None and (reason not in hits or hit.urgent):
                    hits[reason] = hit
                    if reason != "privacy" or hit.urgent:
                        break
    return (triage_bodies.settle(hits, norm) if triage_bodies.REASON in hits else hits), lone


def _unguarded(resources, hit: ReasonHit, pats: ReasonPatterns, sentence: str, norm: str, span: tuple[int, int],
               names: list[re.Match] | None, quoted: tuple[tuple[int, int], ...],
               starts: AbstractSet[str] | None, languages: tuple[str, str]) -> ReasonHit | None:
    """``hit`` unless a guard of :mod:`.triage_guards` takes it away, read in ``languages`` (the
    vocabulary's and the message's) (a compliance question, a role held
    as context, an approved fraud check, a name holding a body's, a past or refused threat). A frame the
    guard blanks out is read again: what is left may still hold the reason."""
    guards = triage_guards.guards(resources)
    if guards is None:
        return hit
    lo, hi = span

    def reread(start: int, end: int) -> bool:
        masked = sentence[:start] + " " * (end - start) + sentence[end:]
        kept = [m for m in names or () if m.end() <= start or m.start() >= end]
        again = _reason_hit(hit.reason, pats, masked, span, kept, quoted, starts)
        return again is not None and again.kind != "held" and (again.kind != "term" or hit.kind == "term")
    question = _QUESTION_AFTER.match(norm, hi) is not None
    return None if triage_guards.excused(guards.view(languages), hit.reason, hit.kind, hit.matched, norm[lo:hi], norm,
                                         question, reread) else hit


_QUESTION_AFTER = re.compile(r"\s{0,2}[?\u061f\uff1f]")


def verdict(hits: dict[str, ReasonHit]) -> tuple[tuple[str, ...], str, tuple[ReasonHit, ...]]:
    """Reasons in contract order, the overall severity and the hits, from the hits per reason."""
    reasons = tuple(r for r in REASONS if r in hits)
    level = 0
    for reason in reasons:
        rank = SEVERITIES.index(REASON_SEVERITY[reason])
        if hits[reason].urgent:
            rank = min(rank + 1, len(SEVERITIES) - 1)
        level = max(level, rank)
    return reasons, SEVERITIES[level], tuple(hits[r] for r in reasons)


# The lists a sentence is read with, item by item (what of a vocabulary its words may match).
_KINDS = ("phrases", "urgent", "terms", "concepts", "acts", "owned")
# The lists gated by their items' starts: those above, whose candidates decide which reasons a
# sentence is read for, and those read only along with them (:class:`_List`).
_GATED = (*_KINDS, "cues", "not", "void", "pressure", "owners")
_PAIR = frozenset(("concepts", "acts", "owned"))   # a concept (or an owned one) and an act: together or not at all
_NAMED = (-1, ())          # a candidate: the sentence may name an authority
_MEMO_SIZE = 2_000         # word starts remembered per plan and text form
_STARTS_KEPT = 20_000      # word starts' prefixes remembered (for every plan)
_PLANS = 128               # plans kept, the most recently used (~100 KB each and its memo; an export meets hundreds of language sets)
GATE_VERSION = "14"   # bump when _starts, triage_factors, merged_source or the loaded lists change what a gate holds

@dataclass(frozen=True)
class Gate:
    """What of one vocabulary a sentence may match, told from its words' starts: per reason and
    list (:data:`_GATED`), the one-to-five-letter starts each item's matches begin
    with ("podam v sud" begins with "podam"), or None for an item whose starts cannot be told; the
    form of the text it reads (accent-folded or not); whether it reads the profiles' authority names;
    ``factors``, item by item too: the literals one of which a sentence must hold for the item to match
    in it (:func:`~xborder.policy.triage_factors.factors`; None, or no entry: not told)."""

    folded: bool
    named: bool
    reasons: dict[str, dict[str, tuple[frozenset[str] | None, ...]]]
    factors: dict[str, dict[str, tuple[frozenset[str] | None, ...]]] = field(default_factory=dict)


def _gate(resources, language: str) -> Gate:
    """A vocabulary's gate, kept in the cache folder by the file's bytes, so a process compiles
    only the items whose starts a message holds (most messages: none)."""
    def load() -> Gate:
        from ..diskcache import digest, remember

        path = language_files(resources)[language]
        key = digest("triage-gate", GATE_VERSION, path.read_bytes())
        return remember(resources.cache_dir, "triage", key, lambda: _make_gate(resources, language),
                        dump=lambda g: {"folded": g.folded, "named": g.named, "reasons": _dump_sets(g.reasons),
                                        "factors": _dump_sets(g.factors)},
                        load=lambda d: Gate(bool(d["folded"]), bool(d["named"]), _load_sets(d["reasons"]),
                                            _load_sets(d["factors"])))
    return resources.cached(("policy:triage_gate", language), load)


def _dump_sets(table: dict[str, dict[str, tuple[frozenset[str] | None, ...]]]) -> dict:
    return {r: {k: [None if v is None else sorted(v) for v in items] for k, items in lists.items()}
            for r, lists in table.items()}


def _load_sets(stored: dict) -> dict[str, dict[str, tuple[frozenset[str] | None, ...]]]:
    return {str(r): {str(k): tuple(None if v is None else frozenset(map(str, v)) for v in items)
                     for k, items in lists.items()}
            for r, lists in stored.items()}


def _make_gate(resources, language: str) -> Gate:
    loaded = language_file(resources, language)
    o, f = loaded.open_endings, loaded.fold_accents

    def item_starts(pattern: str) -> frozenset[str] | None:
        found = _starts(merged_source([pattern], o, f) or "")
        return None if found is None else frozenset(found)

    def table(read: Callable[[str], frozenset[str] | None]) -> Callable[[], dict]:
        return lambda: {reason: {key: tuple(read(p) for p in lists[key]) for key in _GATED if lists.get(key)}
                        for reason, lists in loaded.reasons.items()}
    named = any(lists.get("cues") for reason, lists in loaded.reasons.items() if reason == "consumer_authority")
    starts = compile_checked(resources, language, table(item_starts))
    return Gate(f, named, starts, table(lambda p: factors(merged_source([p], o, f) or ""))())


def _names_gate(resources, folded: bool) -> frozenset[str] | None:
    """The starts of the profiles' authority names (None: not told), kept by the names."""
    def load() -> frozenset[str] | None:
        from ..diskcache import digest, remember

        terms = authority_terms(resources)
        source = merged_source(terms, fold_accents=folded)
        if source is None:
            return frozenset()
        key = digest("triage-names-gate", GATE_VERSION, source)
        found = remember(resources.cache_dir, "triage", key,
                         lambda: (lambda s: None if s is None else sorted(s))(_starts(source)),
                         load=lambda d: None if d is None else [str(x) for x in d])
        return None if found is None else frozenset(found)
    return resources.cached(("policy:triage_names_gate", folded), load)


Item = tuple[str, str, int]                 # reason, list, item index
Candidate = tuple[int, tuple[Item, ...]]    # vocabulary index, its items


@dataclass
class _Plan:
    """How to read a message with a list of vocabularies: their order, which are read by phrases
    only, and one index from word starts to the items each vocabulary may match."""

    langs: tuple[str, ...]
    weak: tuple[bool, ...]
    forms: tuple[bool, ...]                 # the text forms read (accent-folded or not)
    table: "_Index"                         # every vocabulary's items by word start
    positions: dict[bool, dict[str, int]]   # per form, the vocabularies reading it and their index
    always: tuple[Candidate, ...]           # items whose starts cannot be told: always read
    named: dict[bool, tuple[int, ...]]      # vocabularies reading the authority names, per form
    names_gates: dict[bool, frozenset[str] | None]   # the names' starts, per form (None: untold)
    factors: tuple[dict[str, dict[str, tuple[frozenset[str] | None, ...]]], ...]   # each vocabulary's (Gate.factors)
    folded: tuple[bool, ...]                # each vocabulary's text form
    names_always: dict[bool, bool] = field(init=False)
    memo: dict[bool, dict[str, tuple[tuple[Candidate, ...], frozenset[str]]]] = field(init=False)
    readings: dict[tuple[int, str, frozenset[tuple[str, int]]], ReasonPatterns | None] = field(init=False)
    literals: dict[tuple[int, int], tuple] = field(init=False)   # see told()

    def __post_init__(self) -> None:
        self.names_always = {form: gate is None for form, gate in self.names_gates.items()}
        self.memo = {form: {} for form in self.forms}
        self.readings = {}
        self.literals = {}

    def candidates(self, form: bool, text: str, chunks: list[str] | None = None) -> list[Candidate]:
        """The items of the vocabularies reading ``form`` that ``text`` may match, told from its
        words' starts (:func:`_word_starts`), one word start at a time: words recur, so each
        five-character start is looked up once. ``chunks``: ``_WORD_START.findall(text)``, when known."""
        memo = self.memo[form]
        out: list[Candidate] = []
        for chunk in _WORD_START.findall(text) if chunks is None else chunks:
            entry = memo.get(chunk)
            if entry is None:
                if len(memo) >= _MEMO_SIZE:
                    memo.clear()
                # the starts of the text's words are the union of its chunks' starts; the items
                # per chunk are remembered for every plan (:class:`_Index`), kept here for this one's
                starts = _chunk_starts(chunk)
                positions = self.positions[form]
                found = tuple((positions[lang], items) for lang, items in self.table.items(form, chunk, starts)
                              if lang in positions)
                gate = self.names_gates.get(form)
                if gate and not starts.isdisjoint(gate):
                    found += (_NAMED,)
                entry = memo[chunk] = (found, starts)
            if entry[0]:
                out.extend(entry[0])
        return out

    def starts(self, form: bool, text: str, chunks: list[str] | None = None) -> set[str] | None:
        """The starts of ``text``'s words (:func:`_word_starts`), by which the lists read along with a
        reason's candidates (cues, exceptions) are read (see :class:`_List`); ``chunks`` as for
        :meth:`candidates`."""
        memo, out = self.memo[form], set()
        for chunk in _WORD_START.findall(text) if chunks is None else chunks:
            entry = memo.get(chunk)
            out |= _chunk_starts(chunk) if entry is None else entry[1]
        return out

    def to_read(self, found: dict[bool, list[Candidate]], names: dict[bool, list], keys: dict[bool, str]
                ) -> dict[str, dict[int, set[tuple[str, int]]]]:
        """``{reason: {vocabulary index: {(list, item)}}}`` a sentence may match, from its
        candidates and the authorities it names; ``keys``: the sentence's :func:`casekey` per form,
        which holds a literal of each item that may match (the literal prefilter, :class:`Gate`)."""
        out: dict[str, dict[int, set[tuple[str, int]]]] = {}
        seen: set[tuple[int, int]] = set()
        literals, folded = self.literals, self.folded
        contains = {form: key.__contains__ for form, key in keys.items()}
        for entries in (*found.values(), self.always):
            for i, items in entries:
                # words share starts ("p" of "pay" and "please"): each vocabulary's items of one start once
                mark = (i, id(items))
                if mark in seen:
                    continue
                seen.add(mark)
                known = literals.get(mark)
                grouped = known[1] if known is not None and known[0] is items else self.told(i, items)
                has = contains[folded[i]]
                for reason, told in grouped:
                    pairs = [(k, j) for k, j, lits in told if lits is None or any(map(has, lits))]
                    if not pairs:
                        continue
                    row = out.get(reason)
                    if row is None:
                        out[reason] = {i: set(pairs)}
                    elif i in row:
                        row[i].update(pairs)
                    else:
                        row[i] = set(pairs)
        for form, found_names in names.items():
            if found_names:
                for i in self.named[form]:
                    out.setdefault("consumer_authority", {}).setdefault(i, set())
        return out

    def told(self, i: int, items: tuple[Item, ...]) -> tuple[tuple[str, tuple[tuple[str, int, Any], ...]], ...]:
        """``items`` by reason (:meth:`_Index.grouped`), each with its literals in vocabulary ``i``
        (None: untold), remembered by the tuple."""
        name = (i, id(items))
        found = self.literals.get(name)
        if found is None or found[0] is not items:
            factors = self.factors[i]
            out = []
            for reason, pairs in self.table.grouped(items):
                lists = factors.get(reason) or {}
                out.append((reason, tuple((k, j, _literals(lists.get(k), j)) for k, j in pairs)))
            if len(self.literals) >= _STARTS_KEPT:
                self.literals.clear()
            found = self.literals[name] = (items, tuple(out))
        return found[1]

    def reading(self, resources, i: int, reason: str, items: frozenset[tuple[str, int]]) -> ReasonPatterns | None:
        """Vocabulary ``i``'s patterns for ``reason`` that ``items`` may match (see :func:`_read_as`)."""
        name = (i, reason, items)
        try:
            return self.readings[name]
        except KeyError:
            if len(self.readings) >= _MEMO_SIZE:
                self.readings.clear()
            pats = self.readings[name] = _read_as(resources, self.langs[i], self.langs[0], self.weak[i], reason,
                                                  items)
            return pats


def _literals(factors: tuple[frozenset[str] | None, ...] | None, j: int) -> frozenset[str] | None:
    """Item ``j``'s literals (see :class:`Gate`), None when untold."""
    return factors[j] if factors is not None and j < len(factors) else None


def _gate_index(resources, language: str) -> tuple[dict[str, tuple[Item, ...]], tuple[Item, ...]]:
    """A vocabulary's gate by start: ``{start: ((reason, list, item), ...)}`` that may match from
    that start, and the items whose starts cannot be told (of the lists in :data:`_KINDS`)."""
    def build():
        index: dict[str, list[Item]] = {}
        untold: list[Item] = []
        for reason, lists in _gate(resources, language).reasons.items():
            for key, items in lists.items():
                if key not in _KINDS:
                    continue
                for j, found in enumerate(items):
                    if found is None:
                        untold.append((reason, key, j))
                    else:
                        for start in found:
                            index.setdefault(start, []).append((reason, key, j))
        return {start: tuple(items) for start, items in index.items()}, tuple(untold)
    return resources.cached(("policy:triage_gate_index", language), build)


class _Index:
    """The vocabularies read so far, by word start and text form, and by chunk of text
    (:data:`_WORD_START`) as met: one table for every plan, so a new set of languages costs no
    index of its own. A vocabulary joins on the first plan that reads it."""

    def __init__(self) -> None:
        self.index: dict[bool, dict[str, list[tuple[str, tuple[Item, ...]]]]] = {}
        self.keys: dict[bool, set[str]] = {}
        self.memo: dict[bool, dict[str, tuple[tuple[str, tuple[Item, ...]], ...]]] = {}
        self.langs: set[str] = set()
        self.lock = threading.Lock()
        self.groups: dict[int, tuple[tuple[Item, ...], tuple[tuple[str, tuple[tuple[str, int], ...]], ...]]] = {}

    def grouped(self, items: tuple[Item, ...]) -> tuple[tuple[str, tuple[tuple[str, int], ...]], ...]:
        """``items`` by reason: ``((reason, ((list, index), ...)), ...)``, remembered by the tuple (the
        gate's tuples live as long as the gate; the tuple itself is kept with its grouping)."""
        found = self.groups.get(id(items))
        if found is None or found[0] is not items:
            by: dict[str, list[tuple[str, int]]] = {}
            for reason, key, j in items:
                by.setdefault(reason, []).append((key, j))
            if len(self.groups) >= _STARTS_KEPT:
                self.groups.clear()
            found = self.groups[id(items)] = (items, tuple((r, tuple(v)) for r, v in by.items()))
        return found[1]

    def add(self, resources, language: str, form: bool) -> None:
        if language in self.langs:
            return
        starts = _gate_index(resources, language)[0]
        with self.lock:
            if language in self.langs:
                return
            index, keys = self.index.setdefault(form, {}), self.keys.setdefault(form, set())
            for start, items in starts.items():
                index.setdefault(start, []).append((language, items))
            keys.update(starts)
            self.memo[form] = {}     # a new table: what was remembered lacks the new vocabulary
            self.langs.add(language)

    def items(self, form: bool, chunk: str, starts: frozenset[str]) -> tuple[tuple[str, tuple[Item, ...]], ...]:
        """``((language, items), ...)``: the items that may match from a chunk with these word ``starts``."""
        memo = self.memo[form]
        found = memo.get(chunk)
        if found is None:
            if len(memo) >= _STARTS_KEPT:
                memo.clear()
            index = self.index[form]
            found = memo[chunk] = tuple(entry for start in starts & self.keys[form] for entry in index[start])
        return found


def _plan(resources, languages: tuple[str, ...] | None, phrases_only: tuple[str, ...]) -> _Plan:
    def build() -> _Plan:
        known = list(language_files(resources))
        langs = [lang for lang in (languages or known) if lang in known]
        langs += [lang for lang in phrases_only if lang in known and lang not in langs]
        weak = set(phrases_only) - set(languages or known)
        table = resources.cached("policy:triage_index", _Index)
        forms: dict[bool, dict[str, int]] = {}
        always: list[Candidate] = []
        named: dict[bool, list[int]] = {}
        for i, lang in enumerate(langs):
            gate = _gate(resources, lang)
            table.add(resources, lang, gate.folded)
            forms.setdefault(gate.folded, {})[lang] = i
            if gate.named and lang not in weak:
                named.setdefault(gate.folded, []).append(i)
            untold = _gate_index(resources, lang)[1]
            if untold:
                always.append((i, untold))
        gates = [_gate(resources, lang) for lang in langs]
        return _Plan(tuple(langs), tuple(lang in weak for lang in langs), tuple(forms), table, forms, tuple(always),
                     {form: tuple(v) for form, v in named.items()},
                     {form: _names_gate(resources, form) for form in named},
                     tuple(g.factors for g in gates), tuple(g.folded for g in gates))
    table = resources.cached("policy:triage_plans", lambda: LRU(_PLANS))
    key = (languages, phrases_only)
    plan = table.get(key)
    if plan is None:
        plan = build()
        table.put(key, plan)
    return plan


def _starts(pattern: re.Pattern | str) -> set[str] | None:
    """The lower-case starts (up to five characters, of the first word or, after a short or
    all-digit one, of the next) of every match of ``pattern``; None when a match may start with
    something not spelled out (a class such as \\w, or an empty match)."""
    try:                                # the standard library's own regex parser
        from re import _constants as c, _parser as parser
    except ImportError:                 # Python 3.10
        import sre_constants as c  # type: ignore[no-redef]
        import sre_parse as parser  # type: ignore[no-redef]

    out: set[str] = set()
    stop = ("stop", None)

    def all_digits(prefix: str) -> bool:
        return bool(prefix) and all(ch == _ANY_DIGIT or ch.isdecimal() for ch in prefix)

    def is_space(op, av) -> bool:
        return (op is c.LITERAL and chr(av).isspace()) or (op is c.IN and av == [(c.CATEGORY, c.CATEGORY_SPACE)])

    def spaceless(items) -> bool:
        """Whether no match of ``items`` can hold a space (so skipping them keeps word starts)."""
        for op, av in items:
            if is_space(op, av) or op is c.ANY or (op is c.IN and any(
                    o is c.CATEGORY and v in (c.CATEGORY_SPACE, c.CATEGORY_NOT_WORD, c.CATEGORY_NOT_DIGIT)
                    or o is c.NEGATE for o, v in av)):
                return False
            if op is c.SUBPATTERN and not spaceless(av[-1]):
                return False
            if op is c.BRANCH and not all(spaceless(alt) for alt in av[1]):
                return False
            if op in (c.MAX_REPEAT, c.MIN_REPEAT) and not spaceless(av[2]):
                return False
            if op not in (c.LITERAL, c.IN, c.SUBPATTERN, c.BRANCH, c.MAX_REPEAT, c.MIN_REPEAT, c.ASSERT,
                          c.ASSERT_NOT, c.AT, c.CATEGORY):
                return False
        return True

    def walk(items: list, prefix: str, budget: list[int], fallback: str = "", short: str = "") -> bool:
        """``short``: the longest short word (or all-digit one) passed over so far, a word start of
        every match too, kept for when the next words cannot be told ("be\\w* (?:\\w+ )?bi bong")."""
        budget[0] -= 1
        if budget[0] < 0:
            return False
        skipping = bool(fallback)
        while items and (skipping or len(prefix) < _START):
            op, av = items[0]
            rest = items[1:]
            space = is_space(op, av)
            if skipping:                 # after an all-digit word: on to the next word
                if space:
                    short = fallback if len(fallback) >= len(short) else short
                    skipping, fallback, prefix, items = False, "", "", rest
                elif op is c.SUBPATTERN:
                    items = list(av[-1]) + rest
                elif op is c.BRANCH:
                    return all(walk(list(alt) + rest, prefix, budget, fallback, short) for alt in av[1])
                elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] == 0 and av[2] and all(
                        is_space(o, v) for o, v in av[2]):
                    return (walk(rest, prefix, budget, fallback, short)
                            and walk(list(av[2]) + rest, prefix, budget, fallback, short))
                elif spaceless([(op, av)]):
                    items = rest
                else:
                    break
                continue
            if op == "stop":
                break
            if space and len(prefix) >= 3:
                break      # the first word's start is enough
            if op in (c.ASSERT, c.ASSERT_NOT, c.AT) or space:
                # zero-width; or a space after a short word: the next word's start tells more
                if space and len(prefix) >= len(short):
                    short = prefix
                prefix, items = ("" if space else prefix), rest
            elif op is c.LITERAL:
                prefix, items = prefix + chr(av).casefold().translate(_SAME_LETTER), rest
            elif op is c.IN and av in ([(c.CATEGORY, c.CATEGORY_DIGIT)], [(c.RANGE, (48, 57))]):
                prefix, items = prefix + _ANY_DIGIT, rest
            elif op is c.SUBPATTERN:
                items = list(av[-1]) + rest
            elif op is c.BRANCH:
                return all(walk(list(alt) + rest, prefix, budget, "", short) for alt in av[1])
            elif op is c.IN and len(av) <= 6 and all(o is c.LITERAL for o, _ in av):
                return all(walk([(c.LITERAL, ch)] + rest, prefix, budget, "", short) for _, ch in av)
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and all_digits(prefix) and spaceless([(op, av)]):
                skipping, fallback, items = True, prefix, rest   # "12,5k": the digits run on
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
                lo, hi, body = av
                body = list(body)
                once = body + rest if hi == 1 or all(is_space(o, v) for o, v in body) else body + [stop]
                if lo == 0:
                    return walk(rest, prefix, budget, "", short) and walk(once, prefix, budget, "", short)
                items = once
            elif all_digits(prefix):
                skipping, fallback = True, prefix       # "12k followers": "followers" tells more
            else:
                break
        if skipping:
            prefix = fallback
        if not prefix:
            if not short:
                return False
            prefix = short      # the next words cannot be told: the short word before them can
        # a start with "any digit" in it is read with every digit as 0; literal digits stay
        # ("12315" is no start of order "#12345")
        out.add(_digits(prefix.replace(_ANY_DIGIT, "0")) if _ANY_DIGIT in prefix else prefix)
        return True

    source, flags = (pattern.pattern, pattern.flags) if isinstance(pattern, re.Pattern) else (
        pattern, re.IGNORECASE | re.UNICODE)
    if not walk(list(parser.parse(source, flags)), "", [20000]):
        return None
    return out


_START = 5
# where a match may start: after a non-letter, or at a non-letter (a digit after letters: "ha3mel")
_WORD_START = re.compile(r"(?:(?<![%s])|(?![%s]))(?=(\S{1,%d}))" % (LETTER, LETTER, _START))


_ANY_DIGIT = "\x00"    # \d in a pattern's start, while it is read


def _digits(text: str) -> str:
    return _DIGIT.sub("0", text) if _DIGIT.search(text) else text


_DIGIT = re.compile(r"\d")


@functools.lru_cache(maxsize=_STARTS_KEPT)
def _chunk_starts(chunk: str) -> frozenset[str]:
    """:func:`_word_starts` of one word start, remembered (the same for every plan). A word of ASCII
    letters is one word start: its prefixes in lower case."""
    if chunk.isascii() and chunk.isalpha():
        low = chunk.lower()
        return frozenset([low[:k] for k in range(1, len(low) + 1)])
    return frozenset(_word_starts(chunk))


# Letters a case-insensitive regex reads as another: Turkish dotless "ı" matches "i" (and "I"), so
# "acil\\w*" matches "açılmıştı"; a gate must give both the same start, or gated and whole readings differ.
_SAME_LETTER = str.maketrans({"ı": "i"})


def _word_starts(sentence: str) -> set[str]:
    """Every one-to-five-character start of the sentence's words, in lower case; a start with
    digits both as written and with every digit read as 0 (what a start with \\d is kept as)."""
    # the starts hold no space: lower-cased at once, then split again
    joined = " ".join(_WORD_START.findall(sentence)).casefold().translate(_SAME_LETTER)
    words = joined.split(" ")
    if _DIGIT.search(joined):
        words += [w for w in _DIGIT.sub("0", joined).split(" ") if w]
    out = set(words)
    for k in range(1, max(map(len, words))):     # casefolding may lengthen a start ("ß" -> "ss")
        out.update([w[:k] for w in words])
    out.discard("")
    return out


def _read_as(resources, language: str, host: str, phrases_only: bool, reason: str,
             items: frozenset[tuple[str, int]]) -> ReasonPatterns | None:
    """``language``'s patterns for ``reason`` as read over a message in ``host``, with the phrases,
    urgent phrases, terms, concepts and acts in ``items`` (``(list, index)``: those a sentence's words
    may match; the others match nowhere in it, so a list's matches are theirs). Nothing is compiled
    per message or per item: each list is read by the fixed pieces holding those items (see
    :class:`_List`)."""
    base = _base(resources, language, host, phrases_only, reason)
    if base is None:
        return None
    lists = _lists(resources, language, reason)
    choice = tuple(lists[key].choose(tuple(sorted(j for k, j in items if k == key))) if key in lists else ()
                   for key in _KINDS)
    table = resources.cached("policy:triage_readings", dict)
    name = (language, host, phrases_only, reason, choice)
    pats = table.get(name)
    if pats is None:
        if len(table) >= _SUBSETS:
            table.clear()
        pats = table[name] = replace(base, **{key: lists[key].reader(only) if only else None
                                              for key, only in zip(_KINDS, choice)})
    return pats


_PIECE = 4   # items of a long list compiled together: a list is read by the pieces holding its candidates
_SUBSETS = 5_000   # readings (lists' pieces per reason) kept


def _piece(piece: int, size: int) -> tuple[int, ...]:
    """The item indexes of piece number ``piece`` of a list of ``size`` items."""
    return tuple(range(piece * _PIECE, min(size, (piece + 1) * _PIECE)))


class _List:
    """One list of one reason of a vocabulary, read by what a text's words may match: its items by
    their starts (the gate), compiled by fixed pieces of :data:`_PIECE` items (a list of that many or
    fewer: whole), or its items whose starts cannot be told alone when they are all a text may match.
    Reading a text reads only the pieces holding an item whose start one of its words has (see
    :class:`~xborder.policy.triage_lexicon.Pieces`): the others' items match nowhere in it."""

    def __init__(self, resources, language: str, reason: str, key: str, starts: tuple[frozenset[str] | None, ...],
                 factors: tuple[frozenset[str] | None, ...] | None = None):
        self.resources, self.language, self.reason, self.key = resources, language, reason, key
        self.size = len(starts)
        # each item's literals (the prefilter: see Gate), kept when told for every item
        self.factors = factors if factors is not None and len(factors) == self.size and all(factors) else None
        self.untold = tuple(j for j, found in enumerate(starts) if found is None)
        index: dict[str, list[int]] = {}
        for j, found in enumerate(starts):
            for start in found or ():
                index.setdefault(start, []).append(j)
        self.index = {start: tuple(items) for start, items in index.items()}
        self.keys = frozenset(index)
        self.everything = tuple(range(self.size))
        self.readers: dict[tuple[int, ...], Any] = {}
        self.probed: dict[tuple[int, ...] | None, Any] = {}
        self.lock = threading.Lock()

    def choose(self, only: tuple[int, ...]) -> tuple[int, ...]:
        """What to compile for the candidate items ``only`` (sorted): nothing, the untold items, or
        every item of the pieces holding them (every item: the whole list)."""
        if not only or only == self.untold or self.size <= _PIECE:
            return only if self.size > _PIECE else (self.everything if only else ())
        pieces = sorted({j // _PIECE for j in only})
        return tuple(j for p in pieces for j in _piece(p, self.size))

    def reader(self, chosen: tuple[int, ...]):
        """A compiled pattern, or :class:`Pieces`, reading the items ``chosen`` (by :meth:`choose`)."""
        found = self.readers.get(chosen)
        if found is None:
            found = self._make(chosen)
            with self.lock:
                if len(self.readers) >= _MEMO_SIZE:
                    self.readers.clear()
                self.readers[chosen] = found
        return found

    def _make(self, chosen: tuple[int, ...]):
        resources, language, reason, key = self.resources, self.language, self.reason, self.key
        if chosen == self.everything and self.size <= _PIECE:
            return self._probed(None)
        if chosen == self.untold:
            return self._probed(chosen)
        pieces = sorted({j // _PIECE for j in chosen})
        parts = tuple(self._probed(_piece(p, self.size)) for p in pieces)
        if len(parts) == 1:
            return parts[0]
        return Pieces(parts, lambda: pattern_list(resources, language, reason, key))

    def _probed(self, items: tuple[int, ...] | None):
        """The items' pattern (None: the whole list) wrapped once by :func:`probed`: a piece joins many
        readers, and a fresh wrapper would parse its source and compile its variants again each time."""
        found = self.probed.get(items)
        if found is None:
            found = probed(pattern_list(self.resources, self.language, self.reason, self.key, items))
            with self.lock:
                if len(self.probed) >= _MEMO_SIZE:
                    self.probed.clear()
                self.probed[items] = found
        return found

    def candidates(self, starts: AbstractSet[str] | None, text: str | None = None) -> tuple[int, ...]:
        """The items a text with these word ``starts`` may match (None: every item); with ``text``,
        only those whose literals it holds (see :class:`Gate`)."""
        if starts is None:
            return self.everything
        if not self.untold:
            hits = starts & self.keys
            if not hits:
                return ()
            found: set[int] = set()
        else:
            hits, found = starts & self.keys, set(self.untold)
        for start in hits:
            found.update(self.index[start])
        factors = self.factors
        if factors is not None and text is not None and found:
            contains = _key_of(text).__contains__
            found = {j for j in found if any(map(contains, factors[j]))}
        return tuple(sorted(found))

    def search(self, text: str, starts: AbstractSet[str] | None) -> re.Match | None:
        """The list's first match in ``text``, whose word starts are ``starts``."""
        chosen = self.choose(self.candidates(starts, text))
        return self.reader(chosen).search(text) if chosen else None

    def finditer(self, text: str, starts: AbstractSet[str] | None):
        """The list's matches in ``text``, whose word starts are ``starts``."""
        chosen = self.choose(self.candidates(starts, text))
        return self.reader(chosen).finditer(text) if chosen else iter(())


def _lists(resources, language: str, reason: str) -> dict[str, _List]:
    """The gated lists of ``reason`` in ``language``'s vocabulary (the lists it has, not empty)."""
    def build() -> dict[str, _List]:
        gate = _gate(resources, language)
        gated, told = gate.reasons.get(reason, {}), gate.factors.get(reason, {})
        return {key: _List(resources, language, reason, key, starts, told.get(key))
                for key, starts in gated.items() if starts}
    return resources.cached(("policy:triage_lists", language, reason), build)


def _base(resources, language: str, host: str, phrases_only: bool, reason: str) -> ReasonPatterns | None:
    """``language``'s patterns for ``reason`` as read over a message in ``host``, without its phrases,
    urgent phrases, terms, concepts and acts: with the host's negations and its ``not`` and ``void``
    exceptions too ("Лампочка загорелась зеленым" read with the Ukrainian vocabulary); with no authority
    names and no English terms when ``phrases_only``. Its cues, exceptions and pressure sites are
    :class:`_List` objects, read with a sentence's word starts."""
    def build() -> ReasonPatterns | None:
        loaded = language_file(resources, language)
        lists = loaded.reasons.get(reason)
        if lists is None:
            return None
        gated = _lists(resources, language, reason)
        names = None
        if not phrases_only and reason == "consumer_authority" and lists.get("cues"):
            names = authority_names(resources, fold_accents=loaded.fold_accents)
        pats = ReasonPatterns(None, None, gated.get("cues"), gated.get("not"), None, names, gated.get("pressure"),
                              loaded.fold_accents, guard(resources, language), void=gated.get("void"),
                              window=(loaded.windows or {}).get(reason),
                              owners=gated.get("owners"))
        if language == host and not phrases_only:
            return pats
        theirs = language_file(resources, host)
        # the host's guards, unless the host is a misreading of romanized text ("fai mai" read as
        # Italian, whose "mai" is a negation)
        if language != host and not phrases_only and theirs.reasons and theirs.fold_accents == pats.folded:
            host_lists = _lists(resources, host, reason) if reason in theirs.reasons else {}
            pats = replace(pats, host=guard(resources, host), host_not=host_lists.get("not"),
                           host_void=host_lists.get("void"))
        if phrases_only:
            # unconfirmed romanized reading: a term counts with its cue only when it is no English word
            # ("mo7amy", not "lawyer": English terms are English's business)
            english = pattern_list(resources, "en", reason, "terms") if "en" in language_files(resources) else None
            pats = replace(pats, names=None, pressure=None, not_terms=english,
                           not_pairs=_english_pairs(resources, reason))
        return pats
    return resources.cached(("policy:triage_base", language, host, phrases_only, reason), build)


def _english_pairs(resources, reason: str) -> re.Pattern | None:
    """English's concepts and acts of ``reason`` as one pattern: in an unconfirmed romanized reading
    a concept or an act counts only when it is no English word ("nemrety", not "data")."""
    def build() -> re.Pattern | None:
        if "en" not in language_files(resources):
            return None
        lists = language_file(resources, "en").reasons.get(reason, {})
        source = merged_source([*lists.get("concepts", []), *lists.get("acts", [])])
        return None if source is None else re.compile(source, re.IGNORECASE)
    return resources.cached(("policy:triage_english_pairs", reason), build)


def triage(resources, detect: Callable[..., Any], text: str, *, country: str | None = None,
           phone: str | None = None, accept_language: str | None = None, email: str | None = None) -> TriageResult:
    """Detect the message's language and region (with ``detect``, the Toolkit's), and decide
    whether it must be escalated."""
    if not isinstance(text, str):
        raise InputError("triage needs the message text as a string")
    detection = detect(text, country=country, phone=phone, accept_language=accept_language,
                       email=email)
    languages = han_only(candidate_languages(resources, detection), text)
    reasons, severity, hits = assess(resources, text, languages, romanized_fallback(resources, detection, languages))
    return TriageResult(detection, bool(reasons), reasons, severity, hits)


_KANA = re.compile(r"[\u3040-\u30ff\uff66-\uff9f]")
_HAN = re.compile(r"[\u4e00-\u9fff]")


def han_only(languages: tuple[str, ...] | None, text: str) -> tuple[str, ...] | None:
    """Chinese vocabulary added when a message read as Japanese holds Han characters and no kana: short
    Chinese messages are often detected as Japanese ("我只能通过法律途径解决"), and Japanese is never kana-less."""
    if not languages or languages[0] != "ja" or "zh" in languages or _KANA.search(text) or not _HAN.search(text):
        return languages
    return (*languages, "zh")


def preload(resources) -> None:
    """Compile every vocabulary's lists now (by their pieces, or whole when short, and their untold
    items: all that :class:`_List` may read), its gates, guards and praise, the authority names,
    the English words a romanized reading leaves out, and each language's readings and windows lists.
    For a process about to fork workers (``xborder batch``): they inherit the compiled patterns instead
    of each compiling the same ones during its first batches."""
    for language in language_files(resources):
        guard(resources, language)
        _gate_index(resources, language)
        for reason in _gate(resources, language).reasons:
            for gated in _lists(resources, language, reason).values():
                for piece in range((gated.size + _PIECE - 1) // _PIECE):
                    gated.reader(gated.choose(_piece(piece, gated.size)))
                if gated.untold:
                    gated.reader(gated.choose(gated.untold))
        if "public_exposure" in language_file(resources, language).reasons:
            pattern_list(resources, language, "public_exposure", "praise")
    if "en" in language_files(resources):
        for reason in REASONS:
            pattern_list(resources, "en", reason, "terms")
            _english_pairs(resources, reason)
    for folded in (True, False):
        authority_names(resources, fold_accents=folded)
        _names_gate(resources, folded)
    for table in (triage_reading.readings(resources), triage_window.windows(resources)):
        if table is not None:
            table.preload()
