"""The ensemble: script first, then lexicon, lingua and word frequencies (+ langdetect on close calls),
tilted by the caller's signals.

The voters multiply odds (they add in log space). How much each counts
depends on the length of the message: on one to three words the support
lexicon leads (character models are weak there), on sentences lingua and the
word frequencies do. Within a group of close languages (Malay and Indonesian,
say) the lexicon's cue words then move the odds whatever the length. Every
voter that spoke leaves a line in the evidence.
"""
from __future__ import annotations

import math

from ..errors import DataError, InputError
from ..lru import LRU
from ..resources import data_file
from . import script as scripts
from .languages import ORDER, SUPPORTED
from .lexicon import LEXICON_PATH, Lexicon, load_lexicon
from .priors import Signals, read_signals
from .institutions import names_by_region
from .places import Gazetteer, PlaceRules, find_places
from .places import load as load_gazetteer
from .regions import (CUES_PATH, PLACES_PATH, RegionCues, RegionVote, add_identifiers, add_institutions, add_places,
                      load_place_rules, load_region_cues)
from .result import Detection
from .romanized import RomanizedReading, romanized_of
from .text import Sample, prepare
from .voters import WORDFREQ_OOV_LOG

# Voter weights. Chosen on the project's support corpus and on the last 100 lines
# of each file of the public test set (a tenth of it); bench/bench_detect.py
# reports the whole set.
_LEXICON_LOG_ODDS = math.log(10.0)  # a known word makes its languages ~10x likelier
_FORMULA_LOG_ODDS = math.log(20.0)  # "Moi", "Tusen takk": a whole-message greeting or thanks
_GRAMMAR_LOG_ODDS = math.log(20.0)  # a construction only that language uses
_LETTER_LOG_ODDS = 0.8              # a letter used by one language only: ~2.2x
_STAT_FLOOR = 0.02
# How far lingua's term (weight * log(p + _STAT_FLOOR), p in [0, 1]) can move one language
# against another, and the extra lead asked before lingua is skipped (the voters after it
# do not add up quite independently of it: word frequencies score the leaders only).
_LINGUA_RANGE = math.log((1.0 + _STAT_FLOOR) / _STAT_FLOOR)
_LINGUA_SAFETY = 1.0
# Languages so close that character trigrams tell them apart poorly: within a
# group, lingua's preference is flattened (probabilities to this power) so the
# lexicon's distinctive words (its cues) can decide.
CONFUSABLE_GROUPS = (("id", "ms"), ("da", "nb", "sv"), ("es", "pt"), ("ru", "uk"), ("cs", "pl"))
_GROUP_FLATTEN = 0.5
# A cue word (the lexicon's "cues": a word one member of a group writes and the others
# do not, such as Malay "kerana" for Indonesian "karena") moves odds within its group
# whatever the length of the text, 10x per word (cues are chosen at least 10x more
# frequent in their language); at most this many count per language.
_CUE_LOG_ODDS = math.log(10.0)
_CUE_MAX = 3
# Word frequencies (wordfreq): per-word log-likelihood weight, how many leading
# candidates are scored, the cap on one word's say, and how the weight decays
# with length (the total stays that of ~3 words raised to this power).
_WORDFREQ_WEIGHT = 1.5
_WORDFREQ_TOP = 10
_WORDFREQ_CAP = 6.0
_WORDFREQ_DECAY = 0.5
_PRIOR_STRENGTH = 2.0               # country speaks it (share 1.0): 3x likelier
# langdetect breaks close calls on texts long enough for its n-grams.
_TIE_MARGIN = 0.12
_TIE_MIN_LETTERS = 20
_TIE_WEIGHT = 0.5
_ALTERNATIVES = 3
_PLURALS = {"e-mail address": "e-mail addresses", "url": "urls", "@handle": "@handles",
            "number or code": "numbers or codes"}


def detect(resources, text: str, *, country: str | None = None, phone: str | None = None,
           accept_language: str | None = None, email: str | None = None, evidence: bool = True) -> Detection:
    """Language and region of ``text``, using the caller's signals as priors; see module docs.

    ``evidence=False``: the same answer without the evidence lines, and without the work that
    only feeds them (the text's region cues, when a country or phone signal names the region:
    a batch run's reading)."""
    if text is None:
        text = ""
    if not isinstance(text, str):
        raise InputError(f"text must be a string, not {type(text).__name__}")
    signals = _signals(country, phone, accept_language, email)
    sample = prepare(text)
    explain = evidence
    evidence: list[str] = [] if explain else _Quiet()
    if sample.truncated:
        evidence.append(f"analysed the first {len(sample.raw)} of {sample.total_chars} characters")
    romanized: list[str] = []
    reading = _romanized(resources, sample, romanized)
    ignored = dict(sample.ignored)
    if reading is not None and reading.digit_words:  # "3ayez" is a word, not a code
        left = ignored.pop("number or code", 0) - reading.digit_words
        if left > 0:
            ignored["number or code"] = left
    if ignored:
        evidence.append("ignored " + ", ".join(f"{n} {kind if n == 1 else _PLURALS.get(kind, kind)}"
                                              for kind, n in ignored.items()))
    evidence.extend(signals.evidence)
    evidence.extend(romanized)
    if reading is not None:
        language, confidence, alternatives, script_code = (reading.language, reading.confidence,
                                                           list(reading.alternatives), "Latn")
    else:
        language, confidence, alternatives, script_code = _language(resources, sample, signals, evidence)
    if explain or not _strong(signals):
        region, region_confidence, candidates = _region(resources, sample, language, signals, evidence, reading)
    else:   # the signal names the region; the text's cues would only add evidence
        region, region_confidence, _ = _strong(signals)[0]
        candidates = [{"region": region, "weight": 1.0}]
    return Detection(language=language, region=region, confidence=round(confidence, 3),
                     region_confidence=round(region_confidence, 2), script=script_code,
                     alternatives=tuple(alternatives), evidence=tuple(evidence),
                     region_candidates=tuple(candidates), romanized=reading is not None)


class _Quiet(list):
    """The evidence of a detection asked for none (``evidence=False``): keeps no line, and the
    voters skip the sums that only feed their lines."""

    def append(self, line: str) -> None:
        pass

    def extend(self, lines) -> None:
        pass


_SIGNALS_KEPT = LRU(4096)   # a batch's rows repeat a few countries, phone numbers and headers


def _signals(*given) -> Signals:
    """:func:`read_signals` of the caller's signals, remembered when they are text (a Signals is
    never changed; a bad signal raises each time)."""
    if not all(value is None or type(value) is str for value in given):
        return read_signals(*given)
    found = _SIGNALS_KEPT.get(given)
    if found is None:
        found = read_signals(*given)
        _SIGNALS_KEPT.put(given, found)
    return found


# -- romanized text -------------------------------------------------------------------------
def _romanized(resources, sample: Sample, evidence: list[str]) -> RomanizedReading | None:
    """The romanized reading of a message in Latin letters (see romanized.py), or None."""
    if sample.words and not _latin_letters(sample.words):
        return None
    if not sample.words and not any(ch.isdigit() for ch in sample.raw):
        return None
    reading = romanized_of(resources).read(sample.raw, lexicon_of(resources).neutral)
    if reading is not None:
        evidence.extend(reading.evidence)
    return reading


def _latin_letters(words) -> bool:
    """Mostly Latin letters (a quick look: the first letter of each word)."""
    latin = sum(1 for w in words if w[0] < "\u0250")
    return latin * 2 > len(words)


# -- language -------------------------------------------------------------------------
def _no_language_reason(sample: Sample) -> str:
    stripped = sample.raw.strip()
    if not stripped:
        return "no language: the message is empty" if not sample.raw else "no language: whitespace only"
    if sample.ignored.get("emoji") and not any(ch.isalnum() for ch in stripped):
        return "no language: emoji and symbols only"
    if any(ch.isdigit() for ch in stripped) and not any(ch.isalpha() for ch in stripped):
        return "no language: digits and symbols only"
    if sample.ignored:
        return "no language: only numbers, codes, addresses or emoji"
    return "no language: no letters"


def _language(resources, sample: Sample, signals: Signals, evidence: list[str]):
    if not sample.words:
        evidence.append(_no_language_reason(sample))
        return None, 0.0, [], None
    lexicon = lexicon_of(resources)
    content = [w for w in sample.words if w.lower() not in lexicon.neutral]
    if not content:
        shown = ", ".join(f"'{w}'" for w in sample.words[:3])
        evidence.append(f"no language: only language-neutral words ({shown})")
        return None, 0.0, [], None
    reading = _content_reading(resources, content) if type(evidence) is _Quiet else None
    profile = scripts.analyse(content, SUPPORTED) if reading is None else reading.profile
    evidence.extend(profile.evidence)
    if profile.language:
        confidence = 0.99 if profile.share >= 0.8 else 0.6 + 0.39 * profile.share
        return profile.language, confidence, [], profile.output_script
    if not profile.candidates:
        evidence.append("no language: the script is not one of a supported language")
        return None, 0.0, [], profile.output_script
    probs = _vote(resources, lexicon, content, profile, signals, evidence, reading)
    if probs is None:
        return None, 0.0, [], profile.output_script
    ranked = sorted(probs.items(), key=lambda kv: (-kv[1], ORDER[kv[0]]))
    best, confidence = ranked[0]
    alternatives = [{"language": lang, "confidence": round(p, 3)}
                    for lang, p in ranked[1:1 + _ALTERNATIVES] if round(p, 3) > 0]
    return best, confidence, alternatives, profile.output_script


def _normalized(scores: dict[str, float], keep) -> dict[str, float]:
    scores = {k: v for k, v in scores.items() if k in keep and v > 0}
    total = sum(scores.values())
    return {k: v / total for k, v in scores.items()} if total else {}


def _softmax(logs: dict[str, float]) -> dict[str, float]:
    top = max(logs.values())
    exp = {k: math.exp(v - top) for k, v in logs.items()}
    total = sum(exp.values())
    return {k: v / total for k, v in exp.items()}


def _vote(resources, lexicon: Lexicon, content: list[str], profile, signals: Signals,
          evidence: list[str], reading: "_ContentReading | None" = None) -> dict[str, float] | None:
    """Naive-Bayes-style product of the voters, in log space, over the script's candidate languages
    (``reading``: what earlier detections of the same words found, see :func:`_content_reading`)."""
    candidates = profile.candidates
    if reading is not None and reading.base is not None:
        logs, spoke, formula = dict(zip(candidates, reading.base)), reading.spoke, reading.formula
    else:
        logs, spoke, formula = _word_votes(lexicon, content, candidates, profile, evidence)
        if reading is not None:
            reading.base, reading.spoke, reading.formula = tuple(logs.values()), spoke, formula
    if not spoke:   # nothing but lingua can speak: no shortcut
        found = _finish(resources, lexicon, content, candidates, logs, formula, signals, evidence, spoke, lingua=True,
                        reading=reading)
        return None if found is None else found[0]
    weight = _stat_weight(sum(len(w) for w in content))
    # lingua costs more than all other voters together. When they lead by more than lingua
    # could ever move (its term lies between weight * log(_STAT_FLOOR) and weight * log(1 + _STAT_FLOOR)),
    # its say would not change the answer: it is skipped, and the evidence says so.
    probe_evidence: list[str] = evidence if type(evidence) is _Quiet else []
    probe = _finish(resources, lexicon, content, candidates, dict(logs), formula, signals, probe_evidence, spoke,
                    lingua=False, reading=reading)
    if probe is not None:
        probs, lead = probe
        if lead > weight * _LINGUA_RANGE + _LINGUA_SAFETY:
            evidence.append(f"lingua: not needed (the other voters lead by {lead:.1f} in log-odds)")
            evidence.extend(probe_evidence)
            return probs
    found = _finish(resources, lexicon, content, candidates, logs, formula, signals, evidence, spoke, lingua=True,
                    reading=reading)
    return None if found is None else found[0]


def _word_votes(lexicon: Lexicon, content: list[str], candidates, profile, evidence: list[str]):
    """The lexicon's, grammar's, formulas' and letters' log-odds per candidate: (logs, whether
    any of them spoke, the formula languages)."""
    logs = {lang: 0.0 for lang in candidates}
    spoke = False
    n_words = len(content)

    lex = lexicon.vote(content)
    if lex.scores:
        spoke = True
        # Each known word multiplies its languages' odds; on longer texts the lexicon's
        # total say is held at about that of three words, and the n-gram model leads.
        per_word = _LEXICON_LOG_ODDS * (1.0 if n_words <= 3 else 3.0 / n_words)
        for lang, score in lex.scores.items():
            if lang in logs:
                logs[lang] += per_word * score
        if type(evidence) is not _Quiet:
            n = lex.known + lex.unknown
            shown = "; ".join(f"'{w}' {'/'.join(l for l in langs if l in candidates)}" for w, langs in lex.hits[:5])
            evidence.append(f"lexicon ({lex.known} of {n} words known): {shown}")

    for lang, matched in lexicon.grammar(" ".join(content)):
        if lang in logs:
            spoke = True
            logs[lang] += _GRAMMAR_LOG_ODDS
            evidence.append(f"grammar '{matched}': {lang}")

    formula = [lang for lang in lexicon.formula(content) if lang in logs]
    if formula:
        spoke = True
        for lang in formula:
            logs[lang] += _FORMULA_LOG_ODDS
        evidence.append(f"the whole message is a greeting or thanks in {'/'.join(formula)}")

    for lang, votes in profile.letter_votes.items():
        if lang in logs:
            logs[lang] += _LETTER_LOG_ODDS * votes
            spoke = spoke or votes > 0
    return logs, spoke, formula


def _finish(resources, lexicon: Lexicon, content: list[str], candidates, logs: dict[str, float], formula,
            signals: Signals, evidence: list[str], spoke: bool, *, lingua: bool,
            reading: "_ContentReading | None" = None):
    """The voters after the lexicon's: lingua and langdetect on a close call (when ``lingua``),
    word frequencies, the caller's priors, the groups' cue words. Returns (probabilities, the
    leader's lead in log-odds), or None when no voter spoke. Everything before the priors
    depends on the words alone: ``reading`` keeps it (and langdetect's scores) for the next
    detection of the same words."""
    if reading is None:
        logs = _statistical(resources, content, candidates, logs, formula, evidence, spoke, lingua=lingua)
    else:
        kept = reading.after.get(lingua, _MISSING)
        if kept is _MISSING:
            logs = _statistical(resources, content, candidates, logs, formula, evidence, spoke, lingua=lingua)
            reading.after[lingua] = None if logs is None else tuple(logs.values())
        else:
            logs = None if kept is None else dict(zip(candidates, kept))
    if logs is None:
        return None
    for lang, weight in signals.language_prior.items():
        if lang in logs:
            logs[lang] += math.log1p(_PRIOR_STRENGTH * weight)
    _group_cues(lexicon, content, logs, evidence)
    probs = _softmax(logs)

    ranked = sorted(probs.values(), reverse=True)
    if (lingua and len(ranked) > 1 and ranked[0] - ranked[1] < _TIE_MARGIN
            and sum(len(w) for w in content) >= _TIE_MIN_LETTERS):
        if reading is None:
            ld = langdetect_of(resources).scores(" ".join(content))
        else:
            if reading.langdetect is None:
                reading.langdetect = langdetect_of(resources).scores(" ".join(content))
            ld = reading.langdetect
        ld = {lang: p for lang, p in ld.items() if lang in logs}
        if ld:
            evidence.append("langdetect (close call): " + _fmt(_normalized(ld, candidates)))
            for lang in logs:
                logs[lang] += _TIE_WEIGHT * math.log(ld.get(lang, 0.0) + _STAT_FLOOR)
            probs = _softmax(logs)
    top = sorted(logs.values(), reverse=True)
    return probs, (top[0] - top[1] if len(top) > 1 else math.inf)


def _statistical(resources, content: list[str], candidates, logs: dict[str, float], formula,
                 evidence: list[str], spoke: bool, *, lingua: bool) -> dict[str, float] | None:
    """``logs`` with lingua's (when ``lingua``) and the word frequencies' terms added; None when
    no voter spoke."""
    if lingua:
        stat = _flatten_groups({lang: p for lang, p in lingua_of(resources).scores(" ".join(content)).items()
                                if lang in logs})
        if stat:
            spoke = True
            weight = _stat_weight(sum(len(w) for w in content))
            for lang in logs:
                logs[lang] += weight * math.log(stat.get(lang, 0.0) + _STAT_FLOOR)
            if type(evidence) is not _Quiet:
                evidence.append("lingua: " + _fmt(_normalized(stat, candidates)))
    if not spoke:
        evidence.append("no language: no voter recognised the words")
        return None

    # Running-text frequencies say little about a message that is a bare greeting
    # ("moi" is common French, but "Moi" alone is a Finnish hello): skip them then.
    if _WORDFREQ_WEIGHT and len(logs) > 1 and not formula:
        try:
            _word_frequencies(resources, content, logs, evidence, _WORDFREQ_TOP if lingua else len(logs))
        except ModuleNotFoundError as exc:  # said plainly, never silent; an error under --strict
            if getattr(resources, "strict", False):
                raise DataError(f"the word-frequency voter needs {exc.name}: pip install wordfreq") from None
            evidence.append(f"word frequencies: not used ({exc.name} is not installed)")
    return logs


# -- what a message's words alone decide, kept for the next message with the same words ----------
# Detection ignores order numbers, codes, addresses and emoji, and everything up to the caller's
# priors depends on the remaining words alone: form texts and resent messages that differ in an
# order number ("Where is my order #48213?") are read once. Only for detections without
# evidence (a batch run's), whose answer cannot show the difference; bounded.
READINGS_KEPT = 10_000
_READ_LETTERS = 500   # messages with more letters than this rarely repeat: not kept
_MISSING = object()


class _ContentReading:
    """What the voters found in one tuple of content words: the script profile, the lexicon's
    log-odds and the statistical voters' (per path: with lingua or without), langdetect's scores."""

    __slots__ = ("profile", "base", "spoke", "formula", "after", "langdetect")

    def __init__(self, profile) -> None:
        self.profile = profile
        self.base: tuple[float, ...] | None = None
        self.spoke = False
        self.formula: list[str] = []
        self.after: dict[bool, tuple[float, ...] | None] = {}
        self.langdetect: dict[str, float] | None = None


def _content_reading(resources, content: list[str]) -> _ContentReading:
    """The kept reading of ``content`` (a fresh one, kept unless the text is long)."""
    table = resources.cached(("detect", "content_readings"), lambda: LRU(READINGS_KEPT))
    key = tuple(content)
    found = table.get(key)
    if found is None:
        found = _ContentReading(scripts.analyse(content, SUPPORTED))
        if sum(map(len, content)) <= _READ_LETTERS:
            table.put(key, found)
    return found


def _word_frequencies(resources, content: list[str], logs: dict[str, float], evidence: list[str],
                      top: int = _WORDFREQ_TOP) -> None:
    """Add word-unigram log-likelihoods for the ``top`` leading candidates (the rest count every word as unseen)."""
    words = [w for w in content if len(w) > 1]
    if not words:
        return
    order = ORDER
    ranked = sorted(logs, key=lambda lang: (-logs[lang], order[lang]))
    leaders = ranked[:top]
    languages = tuple(logs)
    rows = wordfreq_of(resources).rows([w.lower() for w in words], languages, _WORDFREQ_CAP)
    per_word = _WORDFREQ_WEIGHT * (1.0 if len(words) <= 3 else (3.0 / len(words)) ** _WORDFREQ_DECAY)
    if len(leaders) == len(languages):   # every candidate scored: each word's terms are remembered
        for lang, total in zip(languages, map(sum, zip(*(clipped for _, clipped in rows)))):
            logs[lang] += per_word * total
        if type(evidence) is _Quiet:
            return
        sums = list(map(sum, zip(*(lls for lls, _ in rows))))
        k = max(range(len(languages)), key=lambda k: (sums[k], -order[languages[k]]))
        known = sum(1 for lls, _ in rows if lls[k] > WORDFREQ_OOV_LOG)
        evidence.append(f"word frequencies: {known} of {len(words)} words common in {languages[k]}")
        return
    at = [languages.index(lang) for lang in leaders]
    columns = [[lls[i] for i in at] for lls, _ in rows]   # per word, its log frequency in each leader
    best = [max(column) for column in columns]
    cap = _WORDFREQ_CAP
    unseen = per_word * sum(max(WORDFREQ_OOV_LOG - b, -cap) for b in best)
    for lang in ranked[top:]:
        logs[lang] += unseen
    sums = []
    for k, lang in enumerate(leaders):
        lls = [column[k] for column in columns]
        sums.append(sum(lls))
        logs[lang] += per_word * sum(max(ll - b, -cap) for ll, b in zip(lls, best))
    if type(evidence) is _Quiet:
        return
    k = max(range(len(leaders)), key=lambda k: (sums[k], -order[leaders[k]]))
    top = leaders[k]
    known = sum(1 for column in columns if column[k] > WORDFREQ_OOV_LOG)
    evidence.append(f"word frequencies: {known} of {len(words)} words common in {top}")


def _group_cues(lexicon: Lexicon, content: list[str], logs: dict[str, float], evidence: list[str]) -> None:
    """Within each confusable group, move odds towards the members whose cue words the text has;
    the group's total against the other languages stays as it was."""
    for group in CONFUSABLE_GROUPS:
        members = [lang for lang in group if lang in logs]
        found = lexicon.cue_words(content, members) if len(members) > 1 else {}
        if not found:
            continue
        before = _log_sum([logs[lang] for lang in members])
        for lang, words in found.items():
            logs[lang] += _CUE_LOG_ODDS * min(len(words), _CUE_MAX)
        shift = before - _log_sum([logs[lang] for lang in members])
        for lang in members:
            logs[lang] += shift
        evidence.append("distinctive words: " + "; ".join(f"{lang} {', '.join(repr(w) for w in words[:4])}"
                                                          for lang, words in found.items()))


def _log_sum(values: list[float]) -> float:
    top = max(values)
    return top + math.log(sum(math.exp(v - top) for v in values))


def _flatten_groups(dist: dict[str, float]) -> dict[str, float]:
    out = dict(dist)
    for group in CONFUSABLE_GROUPS:
        members = [lang for lang in group if out.get(lang, 0.0) > 0]
        if len(members) < 2:
            continue
        mass = sum(out[lang] for lang in members)
        powered = {lang: out[lang] ** _GROUP_FLATTEN for lang in members}
        total = sum(powered.values())
        for lang in members:
            out[lang] = mass * powered[lang] / total
    return out


def _stat_weight(letters: int) -> float:
    """How much lingua's probabilities count: little on a word or two, fully on sentences."""
    return min(1.0, 0.35 + letters / 40.0)


def _fmt(dist: dict[str, float]) -> str:
    return ", ".join(f"{k} {v:.2f}" for k, v in sorted(dist.items(), key=lambda kv: -kv[1])[:3])


# -- region ---------------------------------------------------------------------------------
def _region(resources, sample: Sample, language: str | None, signals: Signals, evidence: list[str],
            reading: RomanizedReading | None = None):
    vote: RegionVote = region_cues_of(resources).vote(sample.raw, language, sample.hosts)
    add_identifiers(vote, sample.raw, language)
    add_places(vote, find_places(gazetteer_of(resources), sample.raw, language, place_rules_of(resources)), language)
    if reading is not None and reading.regions:  # a romanized dialect counts as its native-script cue would
        vote.add(dict(reading.regions), f"dialect (romanized {reading.dialect}): "
                 + ", ".join(f"{r} {w}" for r, w in reading.regions.items()))
    evidence.extend(vote.evidence)
    strong = _strong(signals)
    if strong:
        region, confidence, why = strong[0]
        evidence.append(f"region: {why}")
        for other, _, other_why in signals.regions[1:]:
            if other != region:
                evidence.append(f"region: {other_why} disagrees; the {why.split(':')[0]} wins")
        text_best, _ = vote.best()
        if text_best and text_best != region:
            evidence.append(f"region: the text points at {text_best}; the {why.split(':')[0]} wins")
        return region, confidence, [{"region": region, "weight": 1.0}]
    scores = dict(vote.scores)
    for region, weight, why in signals.regions:  # weaker signals: e-mail domain, Accept-Language
        scores[region] = 1.0 - (1.0 - scores.get(region, 0.0)) * (1.0 - weight)
    combined = RegionVote(scores, [])
    region, confidence = combined.best()
    ranked = combined.ranked()
    if region:
        evidence.append(f"region: {region} ({confidence:.2f})")
    elif ranked:
        listed = ", ".join(f"{c['region']} {c['weight']:.2f}" for c in ranked[:4])
        evidence.append(f"region: not named; the cues fit several countries ({listed})")
    return region, confidence, ranked


def _strong(signals: Signals) -> list[tuple[str, float, str]]:
    """The region claims that decide the region whatever the text says (country, phone)."""
    return [r for r in signals.regions if r[1] >= _STRONG_SIGNAL]


_STRONG_SIGNAL = 0.9


# -- cached data and models -------------------------------------------------------------------
def lexicon_of(resources) -> Lexicon:
    """The support lexicon, loaded once per Toolkit."""
    return resources.cached(("detect", "lexicon"), lambda: load_lexicon(data_file(resources, LEXICON_PATH)))


def region_cues_of(resources) -> RegionCues:
    """The region cue table, loaded once per Toolkit: the data file, plus the laws and
    institutions of the region profiles."""
    def load() -> RegionCues:
        table = load_region_cues(data_file(resources, CUES_PATH))
        return add_institutions(table, *_institution_names(resources))
    return resources.cached(("detect", "region_cues"), load)


def _institution_names(resources) -> tuple[dict[str, set[str]], set[str]]:
    """The profiles' laws and institutions, and those that count only in capitals, kept in the
    cache folder by the profiles' bytes: resolving every profile and asking wordfreq (whose
    import alone is ~0.1 s) costs a second, the lookup milliseconds."""
    from .. import diskcache
    from ..policy.profiles import REGIONS_DIR, all_profiles
    from .institutions import needs_capitals

    def make() -> tuple[dict[str, set[str]], set[str]]:
        names = names_by_region(all_profiles(resources))
        return names, {name for name in names if needs_capitals(name)}

    files = resources.data.listing(REGIONS_DIR, "*.yaml")
    key = diskcache.digest("names+capitals",
                           *(part for rel, path in files.items() for part in (rel, path.read_bytes())))
    return diskcache.remember(
        resources.cache_dir, "institutions", key, make,
        dump=lambda made: {"names": {name: sorted(regions) for name, regions in made[0].items()},
                           "capitals": sorted(made[1])},
        load=lambda stored: ({str(name): set(regions) for name, regions in stored["names"].items()},
                             {str(name) for name in stored["capitals"]}))


def gazetteer_of(resources) -> Gazetteer:
    """The GeoNames city index (built once per machine, kept in the cache folder)."""
    return resources.cached(("detect", "gazetteer"), lambda: load_gazetteer(resources.cache_dir))


def place_rules_of(resources) -> PlaceRules:
    """When a name counts as a place (culture_rules/detect/places.yaml)."""
    return resources.cached(("detect", "place_rules"), lambda: load_place_rules(data_file(resources, PLACES_PATH)))


def lingua_of(resources):
    """The lingua voter (models load lazily, per language, on first use)."""
    from .voters import LinguaVoter

    return resources.cached(("detect", "lingua"), LinguaVoter)


def wordfreq_of(resources):
    """The word-frequency voter (wordfreq's lists, loaded per language on first use)."""
    from .voters import WordFrequencyVoter

    return resources.cached(("detect", "wordfreq"), lambda: WordFrequencyVoter(resources.cache_dir))


def langdetect_of(resources):
    """The seeded langdetect voter over the supported languages' profiles."""
    from .voters import LangdetectVoter

    return resources.cached(("detect", "langdetect"), LangdetectVoter)
