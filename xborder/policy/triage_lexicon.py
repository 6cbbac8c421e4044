"""Escalation vocabulary: ``culture_rules/triage/<language>.yaml``, one file per language.

::

    language: de
    reasons:
      legal_threat:
        phrases: ["rechtliche schritte", "(ich werde|wir werden) sie verklagen"]
        terms: ["anwalt", "anwältin", "gericht"]
        cues: ["einschalten", "werde", "beauftragt"]
        not: ["mein(e)? (freund|bruder|schwester)\\w* ist anwalt"]

``phrases`` escalate on their own (an act or threat stated outright). ``terms``
(a lawyer, a body, a platform) escalate only with a ``cue`` of the same reason in
the same sentence, so "my friend is a lawyer and loves your shop" does not. A
sentence matching a ``not`` pattern does not count as a term hit for that reason.
``urgent`` phrases raise the severity by one level (a data breach, not a data request).
A top-level ``negation`` list ("not", "won't", "nicht", "nahi"), ``negation_after`` (negations
that follow the verb: "つもりはありません", "생각 없어요") and ``breaks`` list
("if", "unless", "and", "wenn") guard every reason: a phrase, or a term and its cue,
preceded within two words by a negation ("I'm not going to sue"), followed within two
words by a ``negation_after``, or with a negation between term and cue ("main case nahi
karunga"), does not count, unless a break ends the negation's reach: a condition just
before it ("if you don't refund me I will sue") or a conjunction after it ("ich warte nicht mehr und schalte meinen Anwalt ein").
``pressure`` (public_exposure only) names complaint sites that consumer authorities
watch (Reclame Aqui, Şikayetvar): a post there is public exposure, and the evidence
says it also carries authority pressure.
``void`` patterns void any hit of the reason in their sentence, a phrase's too: a dispute told
as settled ("the PayPal dispute from March was sorted ages ago"), a policy asked about before
ordering ("what's your policy if I have to raise a dispute").
``concepts`` and ``acts`` pair a concept with an act of the same reason anywhere in one sentence,
in either order, at most ``window`` words apart (a whole number on the reason, default: the whole
sentence), which fixed-gap phrases cannot ("what data do you have on me, tell me, and delete it all")::

      privacy:
        window: 10
        concepts: ["my (?:\\w+ ){0,2}?(?:data|details|address|phone number|photos)"]
        acts: ["delet\\w*|eras\\w*|who (?:gave|sold)|without my consent"]
        not: ["(?:old|saved) (?:address|card)|cart"]

For ``consumer_authority`` the concepts are a language's institution head words (Commission,
Superintendencia, Behörde, 委员会) and the acts its complaint acts; the body may also be an acronym
or a compound found by shape, with no concept start (see :mod:`.triage_bodies`).

``owned`` concepts (the data words: "data", "dados", "डेटा", "個人情報") count only with one of the
reason's ``owners`` (the customer: "my", "meus", "میرا", "私の") at most :data:`OWNER_WINDOW` words
away, before or after ("my phone number", "quais dados meus", "میرا کون سا ذاتی ڈیٹا"): one rule for
every word order, and the index keys on the data word, not on "my", which most sentences hold::

      privacy:
        owned: ["data|details|info\\w*|(?:phone )?numbers?"]
        owners: ["my|mine|our"]

A negation governs the act (``I won't post it on Facebook``), not the concept (``I never gave you
my number, where did you get it``: the grievance itself); ``not`` and ``void`` void a pair in their
sentence, as they void a term with its cue. A concept alone is no evidence (never left to the model).
Each top-level alternative of a concept or act item gets its own word boundaries (``fb|ig|insta\\w*``
is three words: "ig" does not match "igen"). Words are counted between spaces, or one per two
characters in Chinese, Japanese and Thai. Like
phrases and terms, concepts and acts are indexed by their starts: triage reads a reason's pairs
only when the sentence holds a start of each, so their cost does not grow with the lists.
``praise`` (public_exposure only) is read over the whole message: a post announced in a
message that praises ("Loved the jacket! I'll post it on Insta") is no threat
(see :mod:`.triage_praise`).
Text and patterns are both read without accents on Latin and Greek letters
("dau in judecata" matches "dau în judecată"), one character for one, so spans hold.
Patterns are case-insensitive regular expressions; words in alphabetic scripts get
boundaries (``\\w*`` lets a stem take its endings), CJK and Arabic match as written.
"""
from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ..errors import DataError
from ..yamlio import Node, check_keys, load_yaml
from .triage_factors import Joined


class _CharsetMemo:
    """While triage compiles its lists, the standard library's regex compiler remembers the
    character sets it builds.

    Every word boundary of every compiled list carries the same class of letters (:data:`LETTER`),
    and building it (a case-folded bitmap over 64K characters) was a third of the time triage spent
    compiling its lists' pieces. The compiler builds a set from the parsed class and the case-folding
    functions alone, so it is remembered by those; the compiled patterns are the same, code for code
    (``re.Pattern`` equality compares the code). The compiler is patched only inside ``with`` (other
    code in the process compiles as usual outside triage's compiles), nested and across threads.
    """

    KEPT = 4_096

    def __init__(self) -> None:
        try:
            from re import _compiler as compiler
        except ImportError:                 # Python 3.10
            import sre_compile as compiler  # type: ignore[no-redef]
        self.compiler = compiler
        self.plain = getattr(compiler, "_optimize_charset", None)
        self.memo: dict[tuple, tuple[list, bool]] = {}
        self.depth = 0
        self.lock = threading.Lock()

    def optimize(self, charset, iscased=None, fixup=None, fixes=None):
        build = self.plain
        try:
            key = (tuple(charset), iscased, fixup, id(fixes) if fixes is not None else None)
            found = self.memo.get(key)
        except TypeError:               # an item that cannot be a key: built as usual
            return build(charset, iscased, fixup, fixes)
        if found is None:
            if len(self.memo) >= self.KEPT:
                self.memo.clear()
            found = self.memo[key] = build(charset, iscased, fixup, fixes)
        out, cased = found
        return list(out), cased

    def __enter__(self) -> None:
        with self.lock:
            if self.depth == 0 and self.plain is not None:
                self.compiler._optimize_charset = self.optimize
            self.depth += 1

    def __exit__(self, *exc) -> None:
        with self.lock:
            self.depth -= 1
            if self.depth == 0 and self.plain is not None:
                self.compiler._optimize_charset = self.plain


remembered_charsets = _CharsetMemo()

TRIAGE_DIR = "culture_rules/triage"
REASONS = ("legal_threat", "consumer_authority", "chargeback", "privacy", "safety", "public_exposure")
LISTS = ("phrases", "terms", "cues", "not", "urgent", "pressure", "praise", "void", "concepts", "acts", "owned",
         "owners")
# Boundaries only against letters of scripts written with spaces between words. Devanagari's
# danda and double danda (U+0964-0965, its full stops), its digits and its abbreviation sign
# (U+0966-0970) are not letters: a phrase ends before "।".
LETTER = r"A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u052f\u0900-\u0963\u0971-\u097f"
START = rf"(?<![{LETTER}])"
OWNER_WINDOW = 3   # words allowed between an ``owned`` concept and its owner, either side
END = rf"(?![{LETTER}])"


@dataclass(frozen=True)
class Guard:
    """A language's negations: before a trigger (``negation``), after it (``after``: 訴える
    つもりはありません), and the words that end a negation's reach (``breaks``)."""

    negation: re.Pattern | None
    breaks: re.Pattern | None
    after: re.Pattern | None


@dataclass(frozen=True)
class ReasonPatterns:
    """One language's patterns for one reason.

    A term is paired only with a cue of its own language, so the German term
    "Brand" (fire) never meets the Vietnamese cue "do" (because).
    """

    phrases: re.Pattern | None
    terms: re.Pattern | None
    cues: re.Pattern | None
    not_: re.Pattern | None
    urgent: re.Pattern | None
    names: re.Pattern | None = None   # the profiles' authority names (shared by every language)
    pressure: re.Pattern | None = None
    folded: bool = True               # patterns read the accent-folded text
    guard: Guard | None = None           # the language's negations (file-wide)
    host: Guard | None = None            # the message language's, when this is another's vocabulary
    host_not: re.Pattern | None = None   # the message language's exceptions: they hold for phrases too
    not_terms: re.Pattern | None = None  # terms that do not count here (English words in romanized text)
    void: re.Pattern | None = None       # the vocabulary's and the host's ``void``: no hit at all in the sentence
    concepts: re.Pattern | None = None   # a concept (the customer's own data, a public channel) ...
    acts: re.Pattern | None = None       # ... and an act on it, anywhere in the sentence (see :func:`pair_window`)
    window: int | None = None            # words allowed between a concept and its act (None: the sentence)
    not_pairs: re.Pattern | None = None  # concepts and acts that do not count here (English words in romanized text)
    host_void: re.Pattern | None = None  # the message language's ``void``, when this is another's vocabulary
    owned: re.Pattern | None = None      # a concept only with one of ``owners`` near it, either side ("dados meus")
    owners: re.Pattern | None = None     # the customer as owner: "my", "meus", "мои", "میرا", "私の"


def _check_pattern(pattern: object, path: Path, node: Node, key: str, index: int, compile: bool = True) -> str:
    if not isinstance(pattern, str) or not pattern.strip():
        line, col = node.where(key)
        raise DataError(f"'{key}' item {index + 1} must be a non-empty pattern", path, line + index, col)
    if not compile:
        return pattern
    try:
        re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        line, col = node.where(key)
        raise DataError(f"'{key}' item {index + 1} is not a valid regular expression: {exc}",
                        path, line, col) from None
    return pattern


@dataclass(frozen=True)
class LanguageFile:
    """One validated vocabulary file: ``reasons`` maps reason -> list name -> patterns."""

    language: str
    reasons: dict
    open_endings: bool = False
    fold_accents: bool = True
    negation: tuple[str, ...] = ()
    breaks: tuple[str, ...] = ()
    negation_after: tuple[str, ...] = ()
    windows: dict | None = None          # reason -> words allowed between a concept and its act


def load_language_file(path: Path, *, check_patterns: bool = True) -> LanguageFile:
    """Validate one language file (file:line:col errors).

    ``check_patterns=False`` leaves the regular expressions unchecked, for a caller that
    compiles them anyway and asks again with checks only when that fails.
    """
    data = load_yaml(path)
    if not isinstance(data, Node):
        raise DataError("a triage file must be a mapping with 'language' and 'reasons'", path, 1)
    check_keys(data, ("language", "reasons", "description", "open_endings", "fold_accents", "negation",
                      "breaks", "negation_after"), path, "triage file", required=("language", "reasons"))
    guards = {}
    for key in ("negation", "breaks", "negation_after"):
        items = data.get(key, [])
        if not isinstance(items, list):
            raise DataError(f"'{key}' must be a list of patterns", path, *data.where(key))
        guards[key] = tuple(_check_pattern(p, path, data, key, i) for i, p in enumerate(items))
    if not isinstance(data.get("open_endings", False), bool):
        raise DataError("'open_endings' must be true or false", path, *data.where("open_endings"))
    if not isinstance(data.get("fold_accents", True), bool):
        raise DataError("'fold_accents' must be true or false", path, *data.where("fold_accents"))
    if data["language"] != path.stem:
        raise DataError(f"'language: {data['language']}' does not match the file name ({path.stem}.yaml)",
                        path, *data.where("language"))
    reasons = data["reasons"]
    if not isinstance(reasons, Node):
        raise DataError("'reasons' must map reason codes to pattern lists", path, *data.where("reasons"))
    out: dict[str, dict[str, list[str]]] = {}
    windows: dict[str, int] = {}
    for reason, lists in reasons.items():
        if reason not in REASONS:
            from ..errors import suggest

            raise DataError(f"unknown reason '{reason}'{suggest(str(reason), REASONS)} "
                            f"(reasons: {', '.join(REASONS)})", path, *reasons.where(reason))
        if not isinstance(lists, Node):
            raise DataError(f"'{reason}' must map {', '.join(LISTS)} to lists", path, *reasons.where(reason))
        check_keys(lists, (*LISTS, "window"), path, f"reason '{reason}'")
        out[reason] = {}
        for key, items in lists.items():
            if key == "window":
                if isinstance(items, bool) or not isinstance(items, int) or items < 1:
                    raise DataError(f"'{reason}.window' must be a whole number of words (1 or more)",
                                    path, *lists.where(key))
                windows[reason] = items
                continue
            if not isinstance(items, list):
                raise DataError(f"'{reason}.{key}' must be a list of patterns", path, *lists.where(key))
            out[reason][key] = [_check_pattern(p, path, lists, key, i, check_patterns) for i, p in enumerate(items)]
            if key in _BRANCHED:
                out[reason][key] = [_bound_branches(item) for item in out[reason][key]]
    return LanguageFile(path.stem, out, bool(data.get("open_endings", False)),
                        bool(data.get("fold_accents", True)), guards["negation"], guards["breaks"],
                        guards["negation_after"], windows)


# Lists whose items are word lists ("fb|ig|insta(?:gram)?\\w*"): each branch keeps its end
# boundary, so "ig" does not match the start of "igen" because a later branch ends in \\w*.
_BRANCHED = ("concepts", "acts", "owned", "owners")


def _unescaped(pattern: str):
    """``(index, char)`` of each character of a regex source that is neither escaped nor inside a
    character class (``[]…]`` and ``[^]…]`` read as classes holding ``]``)."""
    i, in_class = 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern[i + 1:i + 2] == "]" or pattern[i + 1:i + 3] == "^]":
                i += 2 if pattern[i + 1] == "]" else 3
                continue
        else:
            yield i, char
        i += 1


def branches(pattern: str) -> list[str]:
    """A pattern's top-level alternatives ("a|b(?:c|d)" -> ["a", "b(?:c|d)"]), escapes and
    character classes read as such."""
    out, depth, start = [], 0, 0
    for i, char in _unescaped(pattern):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
    out.append(pattern[start:])
    return out


def _bound_branches(item: str) -> str:
    """``item`` with the end boundary on each top-level branch that takes one, when the item as a
    whole takes none (its last branch ends in ``\\w*``); one item still, so the start index and
    the pieces triage reads are those of the list as written."""
    parts = branches(item)
    if len(parts) == 1 or _bounds(item)[1]:
        return item
    return "|".join(part + END if _bounds(part)[1] else part for part in parts)


def _bounds(pattern: str, open_endings: bool = False) -> tuple[str, str]:
    """The boundaries a pattern gets: where it starts or ends with a letter of a spaced script.

    ``open_endings`` (agglutinative languages: tr, fi, hu) drops the end boundary,
    since any stem may carry suffixes ("duyurusu" -> "duyurusunda").
    """
    head = START if _HEAD.match(pattern) else ""
    tail = END if (not open_endings and _TAIL.search(pattern)
                   and not pattern.endswith("\\w*")) else ""
    return head, tail


# kept compiled: re's own cache of patterns compiled by source does not hold them while triage
# compiles its lists' pieces (hundreds), and each costs a millisecond to compile again
_HEAD = re.compile(rf"[{LETTER}\\(\[]")
_TAIL = re.compile(rf"[{LETTER}\)\]*?]$")
_FOLD: dict[int, str] = {}
_QUOTED = re.compile(r"\"[^\"\n]{3,}\"|(?<![\w'])'[^'\n]{3,}?'(?![\w'])")


def quoted_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of text in quotation marks: a quoted policy or slogan ("'see you in court' mug")
    is a mention, not the customer's own threat."""
    return tuple((m.start(), m.end()) for m in _QUOTED.finditer(text))


def fold(text: str) -> str:
    """Latin and Greek letters without their accents, one character for one (ș -> s, ά -> α);
    other scripts, whose marks carry meaning (Thai, Devanagari, Arabic), are left alone."""
    if not _FOLD:
        for code in [*range(0xC0, 0x250), *range(0x370, 0x400), *range(0x1E00, 0x1F00)]:
            base = unicodedata.normalize("NFD", chr(code))[0]
            if base != chr(code) and len(unicodedata.normalize("NFC", base)) == 1:
                _FOLD[code] = base
    return text.translate(_FOLD)


def _merge(patterns: list[str], open_endings: bool = False, fold_accents: bool = True) -> re.Pattern | None:
    """One case-insensitive pattern; NFKC (Thai ำ becomes ํ + า) and, unless the language's
    accents tell words apart (Vietnamese khói/khỏi), accent-folded like the text it reads."""
    source = merged_source(patterns, open_endings, fold_accents)
    if source is None:
        return None
    with remembered_charsets:
        return re.compile(source, re.IGNORECASE)


def merged_source(patterns: list[str], open_endings: bool = False, fold_accents: bool = True) -> str | None:
    """The source of :func:`_merge`'s pattern (None for no patterns), to read without compiling it."""
    if not patterns:
        return None
    prepare = fold if fold_accents else (lambda p: p)
    # Neighbours with the same boundaries share one copy of them: ``B(?:(?:a)|(?:b))E`` tries
    # a then b exactly as ``B(?:a)E|B(?:b)E`` does, and compiling each boundary's big
    # character class once per pattern cost most of triage's start-up (~5x more).
    runs: list[tuple[tuple[str, str], list[str]]] = []
    for pattern in patterns:
        pattern = prepare(unicodedata.normalize("NFKC", pattern))
        bounds = _bounds(pattern, open_endings)
        if runs and runs[-1][0] == bounds:
            runs[-1][1].append(pattern)
        else:
            runs.append((bounds, [pattern]))
    return "|".join(f"{head}(?:{'|'.join(f'(?:{p})' for p in group)}){tail}" for (head, tail), group in runs)


def authority_terms(resources) -> list[str]:
    """The profiles' authority names as patterns, kept in the cache folder by the profiles' bytes
    (resolving every profile costs more than the rest of a cold triage)."""
    def load() -> list[str]:
        from ..diskcache import digest, remember
        from .profiles import REGIONS_DIR

        files = resources.data.listing(REGIONS_DIR, "*.yaml")
        key = digest("authority-terms", _COURT.pattern, *(part for rel, path in files.items() for part in (rel, path.read_bytes())))
        return remember(resources.cache_dir, "triage", key, lambda: _authority_terms(resources),
                        load=lambda stored: [str(term) for term in stored])
    return resources.cached("policy:authority_terms", load)


def authority_names(resources, *, fold_accents: bool = True) -> re.Pattern | None:
    """The authority names as one compiled pattern, shared by every language."""
    return resources.cached(("policy:authority_names", fold_accents),
                          lambda: _merge(authority_terms(resources), fold_accents=fold_accents))


def _authority_terms(resources) -> list[str]:
    """Names customers use for consumer bodies, from every profile's ``consumer_authorities``.

    "ACCC (Australian Competition and Consumer Commission)" gives both names;
    short acronyms must be written in capitals by the customer to count.
    """
    from .profiles import all_profiles

    names: set[str] = set()
    for profile in all_profiles(resources):
        fact = profile.facts.get("consumer_authorities")
        if fact is None or not fact.value:
            continue
        for entry in fact.value:
            for part in re.split(r"\s*[()/,]\s*|\s+-\s+", entry):
                part = part.strip()
                if len(part) >= 3 and not part.lower().startswith(("hotline", "complaints", "state ", "the ")):
                    names.add(part)
    out = []
    for name in sorted(names, key=len, reverse=True):
        if _COURT.search(name):
            continue  # a court is a legal venue: legal_threat's vocabulary, not an authority
        escaped = re.escape(name)
        if name.isupper() and len(name) <= 4:
            # BBB, ACCC as written, and not as the first word of a longer name ("CMA CGM", a carrier)
            out.append(rf"(?-i:{escaped})(?![ \t]+[A-Z]{{2,}}\b)")
        elif name.isdigit() or re.fullmatch(r"[A-Z][a-z]+\?", name):
            out.append(rf"(?-i:{escaped})")   # 12315, Which?: as written
        else:
            out.append(escaped)
    return out


# a body that decides a claim (a consumer court, forum, commission or tribunal: India's Consumer Disputes Redressal
# Commissions and e-Daakhil, Malaysia's Tribunal for Consumer Claims) is a court (issue 18, round 11)
_COURT = re.compile(r"court|tribunal|juizado|суд|mahkeme|בית משפט|NCAT|VCAT|disputes redressal|daakhil", re.IGNORECASE)


def language_files(resources) -> dict[str, Path]:
    """``{language: path}`` of every vocabulary file (user folders over the bundled ones)."""
    return resources.cached("policy:triage_files", lambda: {
        Path(rel).stem: path for rel, path in resources.data.listing(TRIAGE_DIR, "*.yaml").items()})


def language_file(resources, language: str) -> LanguageFile:
    """One language's validated file (its patterns checked when they are compiled)."""
    return resources.cached(("policy:triage_file", language),
                            lambda: load_language_file(language_files(resources)[language], check_patterns=False))


def compile_checked(resources, language: str, make):
    """``make()``, with a bad pattern reported as a ``DataError`` naming its file:line."""
    try:
        return make()
    except re.error:
        # a bad pattern: the checked load names its file:line (one pattern at a time)
        path = language_files(resources)[language]
        load_language_file(path)
        # each pattern is fine alone, not together ("(?i)" inside)
        try:
            make()
        except re.error as exc:
            raise DataError(f"the patterns do not combine into one expression: {exc}", path) from None
        raise


def guard(resources, language: str) -> Guard | None:
    """A language's negations, compiled on first use (None when it has none)."""
    def build() -> Guard | None:
        loaded = language_file(resources, language)
        found = Guard(*(_merge(list(items), False, loaded.fold_accents) for items in
                        (loaded.negation, loaded.breaks, loaded.negation_after)))
        return found if found.negation is not None or found.after is not None else None
    return resources.cached(("policy:triage_guard", language), lambda: compile_checked(resources, language, build))


def pattern_list(resources, language: str, reason: str, key: str, only: tuple[int, ...] | None = None
                 ) -> re.Pattern | None:
    """One list of one reason (``phrases``, ``terms`` …) as one compiled pattern, None when empty;
    ``only``: just those items, in their order (the few a sentence's words may match)."""
    def build() -> re.Pattern | None:
        loaded = language_file(resources, language)
        items = loaded.reasons.get(reason, {}).get(key, [])
        if only is not None:
            items = [items[j] for j in only]
        return _merge(items, loaded.open_endings, loaded.fold_accents)
    if only is None:
        return resources.cached(("policy:triage_list", language, reason, key),
                                lambda: compile_checked(resources, language, build))
    # item subsets: many, each cheap to compile; kept in a bounded table
    table = resources.cached("policy:triage_subsets", dict)
    name = (language, reason, key, only)
    found = table.get(name, table)
    if found is table:
        if len(table) >= _SUBSETS:
            table.clear()
        found = table[name] = compile_checked(resources, language, build)
    return found


_SUBSETS = 5_000


class Pieces(Joined):
    """A list's merged pattern, read from consecutive pieces of it (in the list's order) when the
    items of the other pieces match nowhere in the text: ``finditer`` and ``search`` give exactly the
    merged pattern's matches (:class:`~.triage_factors.Joined`: the earliest piece's match on a tie).
    An empty match hands the rest of the reading to the merged pattern itself (``whole()``, the list
    compiled only then)."""

    __slots__ = ()

    def __init__(self, parts: tuple[re.Pattern, ...], whole: Callable[[], re.Pattern]) -> None:
        super().__init__(parts, re.IGNORECASE, make=whole)


_SCAN = re.compile(r"\.\*|\[\^(?:\\.|[^\]\\])*\]\*")   # ``.*`` or ``[^…]*`` opening a lookahead


def _lookaheads(source: str) -> list[tuple[int, int, str]]:
    """The negative lookaheads that open an item of ``source`` and scan ahead (``(?!.*X)``, ``(?![^.!?]*X)``),
    not nested in one another: ``(start, end, X)``, ``source[start:end]`` being the whole ``(?!…)``."""
    out, opened = [], []
    for i, char in _unescaped(source):
        if char == "(":
            opened.append((i, source.startswith("(?!", i)))
        elif char == ")" and opened:
            start, ahead = opened.pop()
            # only an item's first step (``(?:(?!…)``), checked at every position the item is tried; one
            # after a lookahead of its own (``(?=(?:X))(?!.*Y)``) is checked only where X matches
            if ahead and not any(a for _, a in opened) and source.endswith("(?:", 0, start):
                scan = _SCAN.match(source, start + 3)
                if scan is not None and scan.end() < i:
                    out.append((start, i + 1, source[scan.end():i]))
    return out


class Probed:
    """A compiled list (or piece of one) whose items hold ``(?!.*X)``-style lookaheads, read without
    those whose ``X`` occurs nowhere in the text: such a lookahead holds at every position then, and
    checking it at each position scanned the rest of the sentence (the costliest patterns, ~300 µs a
    search). ``X`` is searched once per text instead; a text that holds it is read by the pattern as
    written. Matches are the same, spans and all (group 0: triage reads no other group of a list)."""

    __slots__ = ("pattern", "probes", "variants", "source", "spans")

    def __init__(self, pattern: re.Pattern, spans: list[tuple[int, int, str]]) -> None:
        self.pattern = pattern
        self.source = pattern.pattern
        self.spans = spans
        sources = list(dict.fromkeys(x for _, _, x in spans))     # items often share one X (invoice words)
        self.probes = tuple((x, re.compile(x, pattern.flags)) for x in sources)
        self.variants: dict[frozenset[str], re.Pattern] = {}

    def _for(self, text: str) -> re.Pattern:
        missing = frozenset(x for x, probe in self.probes if probe.search(text) is None)
        if not missing:
            return self.pattern
        variant = self.variants.get(missing)
        if variant is None:
            source, cut = [], 0
            for start, end, x in self.spans:
                if x in missing:
                    source.append(self.source[cut:start])
                    cut = end
            source.append(self.source[cut:])
            with remembered_charsets:
                variant = self.variants[missing] = re.compile("".join(source), self.pattern.flags)
        return variant

    def search(self, text: str, pos: int = 0) -> re.Match | None:
        return self._for(text).search(text, pos)

    def finditer(self, text: str, pos: int = 0):
        return self._for(text).finditer(text, pos)


_UNPROBED = re.compile(r"\\[1-9]|\(\?(?:P=|\(|[aiLmsux-]+[:)])")


def probed(pattern):
    """``pattern`` as a :class:`Probed` when it holds scanning lookaheads it can be read without; else as is."""
    if not isinstance(pattern, re.Pattern) or "(?!" not in pattern.pattern:
        return pattern
    source = pattern.pattern
    if _UNPROBED.search(source):
        return pattern          # a back-reference (groups must keep their numbers) or inline flags
    spans = _lookaheads(source)
    if not spans:
        return pattern
    try:
        for _, _, x in spans:
            re.compile(x, pattern.flags)
    except re.error:
        return pattern
    return Probed(pattern, spans)


def reason_patterns(resources, language: str, reason: str, names: bool = True) -> ReasonPatterns | None:
    """One language's compiled patterns for one reason (None when its file has none), compiled
    on first use: triage compiles only what a message's words may match. ``names=False`` leaves
    out the authority names (a reading that does not use them)."""
    def build() -> ReasonPatterns | None:
        loaded = language_file(resources, language)
        v = loaded.reasons.get(reason)
        if v is None:
            return None
        f = loaded.fold_accents

        def merge(key: str) -> re.Pattern | None:
            return pattern_list(resources, language, reason, key)
        found = None
        if names and reason == "consumer_authority" and v.get("cues"):
            found = authority_names(resources) if f else authority_names(resources, fold_accents=False)
        return ReasonPatterns(merge("phrases"), merge("terms"), merge("cues"), merge("not"), merge("urgent"),
                              found, merge("pressure"), f, guard(resources, language), concepts=merge("concepts"),
                              acts=merge("acts"), window=(loaded.windows or {}).get(reason), owned=merge("owned"),
                              owners=merge("owners"))
    return resources.cached(("policy:triage_reason", language, reason, names),
                            lambda: compile_checked(resources, language, build))


def vocabulary(resources, language: str) -> dict[str, ReasonPatterns]:
    """One language's compiled patterns per reason, loaded on first use.

    The profiles' authority names (PROCON, 12315, BBB …) join every language's
    consumer_authority terms, so "vou reclamar no PROCON" pairs the name with a
    Portuguese cue.
    """
    def build() -> dict[str, ReasonPatterns]:
        guard(resources, language)    # a bad negation is reported before any reason
        out = {}
        for reason in language_file(resources, language).reasons:
            pats = reason_patterns(resources, language, reason)
            if pats is not None:
                out[reason] = pats
        return out
    return resources.cached(("policy:triage_vocab", language), build)


def compiled(resources) -> dict[str, dict[str, ReasonPatterns]]:
    """Every vocabulary, compiled (validates every file; triage itself loads languages lazily)."""
    return {lang: vocabulary(resources, lang) for lang in sorted(language_files(resources))}


def languages(resources) -> list[str]:
    """Languages with a vocabulary file."""
    return sorted(language_files(resources))
