"""Translation checks: small functions, one code each, as in Weblate and pofilter.

A check receives one :class:`Entry` (a catalog message) and the
:class:`CheckContext` of its catalog and yields :class:`Issue` values; the
runner in :mod:`xborder.l10n.checker` turns them into ``file:line`` findings.
``CHECKS`` lists them all; every code has should-flag and should-pass fixtures
under ``tests/data/locales/checks/``.

Translation-side placeholders are python-format ``%(name)s``: Jinja's newstyle
gettext formats every translation with ``%``, so a stray ``%`` breaks a reply
and ``{{ name }}`` is printed as is.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Iterable, Iterator

from .glossary import Glossary, find_term
from .text import EMAIL, URL, strip_codes

ERROR, WARNING = "error", "warning"


@dataclass(frozen=True)
class Entry:
    """One message of a catalog, as the checks see it."""

    msgid: str
    forms: tuple[str, ...]
    msgid_plural: str | None = None
    line: int = 0
    form_lines: tuple[int, ...] = ()
    fuzzy: bool = False
    forms_written: int | None = None
    context: str | None = None

    @property
    def is_plural(self) -> bool:
        return self.msgid_plural is not None

    @property
    def translated(self) -> bool:
        return bool(self.forms) and all(self.forms)

    @property
    def key(self) -> tuple[str | None, str]:
        return (self.context, self.msgid)

    def source_for(self, form: int, nplurals: int) -> str:
        """The source text a form translates: the singular for form 0 of a two-or-more-form catalog."""
        if not self.is_plural or (form == 0 and nplurals > 1):
            return self.msgid
        return self.msgid_plural or self.msgid

    def form_line(self, form: int) -> int:
        if 0 <= form < len(self.form_lines):
            return self.form_lines[form]
        return self.line


@dataclass(frozen=True)
class CheckContext:
    """What the checks know about the catalog an entry belongs to."""

    tag: str
    nplurals: int = 2
    plural_expr: str = "(n != 1)"
    glossary: Glossary = field(default_factory=lambda: Glossary(locale=""))
    complete: bool = False
    fallback_translated: frozenset = frozenset()
    fallback_chain: tuple[str, ...] = ()
    length_ratio: float | None = None

    @property
    def language(self) -> str:
        return self.tag.split("-")[0]

    @property
    def script(self) -> str | None:
        from ..i18n.locale import likely_script, parse

        return likely_script(parse(self.tag))

    @property
    def territory(self) -> str | None:
        from ..i18n.locale import parse

        return parse(self.tag).territory


@dataclass(frozen=True)
class Issue:
    """What a check found in one entry; ``form`` picks the msgstr line."""

    message: str
    severity: str | None = None  # None: the check's own severity
    form: int = 0


@dataclass(frozen=True)
class Check:
    code: str
    severity: str
    description: str
    func: Callable[[Entry, CheckContext], Iterable[Issue]]
    translated_only: bool = True  # run only on translated, non-fuzzy entries


CHECKS: dict[str, Check] = {}


def check(code: str, severity: str, translated_only: bool = True):
    """Register a check function under ``code``; its docstring is the description."""
    def register(func):
        CHECKS[code] = Check(code, severity, (func.__doc__ or "").strip().splitlines()[0], func,
                             translated_only)
        return func
    return register


def forms_with_sources(entry: Entry, ctx: CheckContext) -> Iterator[tuple[int, str, str]]:
    for index, text in enumerate(entry.forms):
        if text:
            yield index, entry.source_for(index, ctx.nplurals), text


# -- text helpers --------------------------------------------------------------------

_FORMAT = re.compile(r"%(?:\((?P<name>[^)%\s]*)\))?(?P<flags>[-#0 +]*)(?P<width>\*|\d+)?"
                     r"(?:\.(?P<precision>\*|\d+))?[hlL]?(?P<conv>.?)", re.S)
_CONVERSIONS = set("diouxXeEfFgGcrsa%")
_TAG = re.compile(r"</?([A-Za-z][\w:-]*)\b[^<>]*?/?>")
_JINJA = re.compile(r"\{\{|\}\}|\{%|%\}|\{#|#\}")
_DIGITS = re.compile(r"\d+")


def format_errors(text: str) -> list[str]:
    """Problems that make ``text % mapping`` fail: a stray ``%``, ``%(name`` unclosed, positional ``%s``."""
    problems = []
    pos = 0
    while True:
        at = text.find("%", pos)
        if at < 0:
            return problems
        match = _FORMAT.match(text, at)  # every part is optional: it always matches
        conv, name = match.group("conv"), match.group("name")
        pos = match.end() if match.end() > at else at + 1
        if conv == "%" and match.end() == at + 2:
            continue
        snippet = text[at:match.end()].strip() or "%"
        if name is None and text.startswith("%(", at):
            problems.append(f"'{text[at:at + 16].split()[0]}' is not closed (write %(name)s)")
        elif conv not in _CONVERSIONS or not conv or (name is None and " " in match.group("flags")):
            # "50% off" parses as '% o' (octal, space flag): a percent sign, not a placeholder
            problems.append(f"'{snippet}' is not a placeholder (write %% for a percent sign)")
        elif name is None:
            problems.append(f"positional '{snippet}' cannot be filled (use %(name)s)")
        elif "*" in (match.group("width") or "") + (match.group("precision") or ""):
            problems.append(f"'{snippet}' uses '*', which named placeholders cannot fill")


def placeholder_names(text: str) -> Counter:
    """Names of the ``%(name)s`` placeholders in ``text``, with counts."""
    names: Counter = Counter()
    pos = 0
    while True:
        at = text.find("%", pos)
        if at < 0:
            return names
        match = _FORMAT.match(text, at)
        if match and match.group("conv") == "%" and match.end() == at + 2:
            pos = at + 2
            continue
        if match and match.group("name") is not None and match.group("conv") in _CONVERSIONS:
            names[match.group("name")] += 1
        pos = match.end() if match and match.end() > at else at + 1


def numbers(text: str) -> Counter:
    """Numbers written in ``text`` (any script's digits), placeholders, URLs and addresses left out."""
    found: Counter = Counter()
    for match in _DIGITS.finditer(strip_codes(text)):
        found[int("".join(str(unicodedata.decimal(ch)) for ch in match.group()))] += 1
    return found


def _trim_url(url: str) -> str:
    return url.rstrip(".,;:!?。、，！？؟،")


def _counts_differ(source: Counter, target: Counter) -> tuple[list, list]:
    missing = sorted((source - target).elements(), key=str)
    extra = sorted((target - source).elements(), key=str)
    return missing, extra


def _describe(missing: list, extra: list, what: str) -> str:
    parts = []
    if missing:
        parts.append(f"missing {what} {', '.join(map(str, dict.fromkeys(missing)))}")
    if extra:
        parts.append(f"{what} not in the source: {', '.join(map(str, dict.fromkeys(extra)))}")
    return "; ".join(parts)


# -- completeness ----------------------------------------------------------------------

@check("untranslated", ERROR, translated_only=False)
def check_untranslated(entry: Entry, ctx: CheckContext) -> Iterator[Issue]:
    """A message left untranslated in a locale marked complete (its fallback chain counted)."""
    if not ctx.complete or entry.fuzzy:
        return
    if entry.translated or entry.key in ctx.fallback_translated:
        return
    empty = [i for i, form in enumerate(entry.forms) if not form] or [0]
    where = f" (plural form {empty[0]} is empty)" if entry.is_plural and len(empty) < len(entry.forms) else ""
    chain = f" or by {' -> '.join(ctx.fallback_chain)}" if ctx.fallback_chain else ""
    yield Issue(f"not translated{where} by {ctx.tag}{chain}, which is marked complete", form=empty[0])


@check("fuzzy", ERROR, translated_only=False)
def check_fuzzy(entry: Entry, ctx: CheckContext) -> Iterator[Issue]:
    """A fuzzy entry (never shown to customers): an error in a complete locale, else a warning."""
    if entry.fuzzy:
        yield Issue("fuzzy: review the translation against the changed source and remove the fuzzy flag",
                    severity=ERROR if ctx.complete else WARNING)


# -- structure ---------------------------------------------------------------------------

@check("plural_forms", ERROR, translated_only=False)
def check_plural_forms(entry: Entry, ctx: CheckContext) -> Iterator[Issue]:
    """A plural message with a different number of msgstr[N] forms than the catalog's nplurals."""
    if entry.is_plural and any(entry.forms) and entry.forms_written not in (None, ctx.nplurals):
        yield Issue(f"{entry.forms_written} plural form(s) written; {ctx.tag} needs {ctx.nplurals} "
                    f"(msgstr[0] … msgstr[{ctx.nplurals - 1}])")


def single_value_forms(ctx: CheckContext) -> frozenset[int]:
    """Plural forms used for exactly one number (``n == 1``), where the number may go unsaid."""
    return _single_value_forms(ctx.plural_expr)


@lru_cache(maxsize=64)
def _single_value_forms(expr: str) -> frozenset[int]:
    import gettext

    try:
        index = gettext.c2py(expr)
    except (ValueError, SyntaxError):
        return frozenset()
    uses: Counter = Counter(index(n) for n in range(0, 1000))
    return frozenset(form for form, count in uses.items() if count == 1)


_COUNT_NAMES = ("count", "num", "n")


@check("placeholders", ERROR)
def check_placeholders(entry: Entry, ctx: CheckContext) -> Iterator[Issue]:
    """The %(name)s placeholders of the translation differ from the source's."""
    source = placeholder_names(entry.msgid) | placeholder_names(entry.msgid_plural or "")
    allowed = set(source) | ({"num"} if entry.is_plural else set())
    single = single_value_forms(ctx) if entry.is_plural else set()
    for index, text in enumerate(entry.forms):
        if not text:
            continue
        found = set(placeholder_names(text))
        unknown = sorted(found - allowed)
        missing = set(source) - found
        if index in single or "num" in found:  # Jinja passes the number as %(num)s too
            missing -= set(_COUNT_NAMES)
        parts = []
        if missing:
            parts.append("missing " + ", ".join(f"%({n})s" for n in sorted(missing)))
        if unknown:
            parts.append("unknown " + ", ".join(f"%({n})s" for n in unknown)
                         + f" (the source has {', '.join(f'%({n})s' for n in sorted(source)) or 'none'})")
        if parts:
            form = f"plural form {index}: " if entry.is_plural else ""
            yield Issue(form + "; ".join(parts), form=index)


@check("python_format", ERROR)
def check_python_format(entry: Entry, ctx: CheckContext) -> Iterator[Issue]:
    """The translation is not a valid %-format string (a stray %, a positional %s)."""
    if format_errors(entry.msgid) or format_errors(entry.msgid_plural or ""):
        return  # the source itself is not a format string; nothing to hold the translation to
    for index, text in enumerate(entry.forms):
        problems = format_errors(text) if text else []
        if problems:
            yield Issue("; ".join(problems), form=index)


@check("jinja_syntax", ERROR)
def check_jinja_syntax(entry: Entry, ctx: CheckContext) -> Iterator[Issue]:
    """Jinja syntax ({{ }}, {% %}, {# #}) in a translation: broken, or printed as is."""
    from jinja2 import Environment, TemplateSyntaxError

    source_marks = set(_JINJA.findall(entry.msgid + (entry.msgid_plural or "")))
    for index, text in enumerate(entry.forms):
        marks = set(_JINJA.findall(text)) - source_marks
        if not text or not marks:
            continue
        try:
            Environment().parse(text)
        except TemplateSyntaxError as exc:
            yield Issue(f"broken Jinja in the translation: {exc.message} "
                        f"(translations take %(name)s, not {{{{ name }}}})", form=index)
            continue
        names = sorted(set(re.findall(r"\{\{\s*(\w+)", text)))
        hint = f"; write {', '.join(f'%({n})s' for n in names)}" if names else ""
        yield Issue(f"Jinja syntax {' '.join(sorted(marks))} in a translation is printed as is{hint}",
                    form=index)


@check("whitespace", ERROR)
def check_whitespace(entry: Entry, ctx: CheckContext) -> Iterator[Issue]:
    """Leading or trailing whitespace or newlines differ from the source."""
    for index, source, text in forms_with_sources(entry, ctx):
        for side, pattern in (("leading", r"^\s*"), ("trailing", r"\s*$")):
            want = re.search(pattern, source).group()
            got = re.search(pattern, text).group()
            if want != got:
                yield Issue(f"{side} whitespace {got!r} differs from the source's {want!r}", form=index)


# -- content that must survive translation ----------------------------------------------

def _tags(value: str) -> Counter:
    """``<b>``, ``</b>``, ``<br>`` (attributes and self-closing slashes ignored), with counts."""
    return Counter(("</" if m.group().startswith("</") else "<") + m.group(1).lower() + ">"
                   for m in _TAG.finditer(value))


@check("markup", ERROR)
def check_markup(entry: Entry, ctx: CheckContext) -> Iterator[Issue]:
    """HTML tags differ from the source."""
    for index, source, text in forms_with_sources(entry, ctx):
        missing, extra = _counts_differ(_tags(source), _tags(text))
        if missing or extra:
            yield Issue(_describe(missing, extra, "tags"), form=index)


@check("urls", ERROR)
def check_urls(entry: Entry, ctx: CheckContext) -> Iterator[Issue]:
    """URLs differ from the source."""
    for index, source, text in forms_with_sources(entry, ctx):
        missing, extra = _counts_differ(Counter(_trim_url(u) for u in URL.findall(source)),
                                        Counter(_trim_url(u) for u in URL.findall(text)))
        if missing or extra:
            yield Issue(_describe(missing, extra, "URLs"), form=index)


@check("emails", ERROR)
def check_emails(entry: Entry, ctx: CheckContext) -> Iterator[Issue]:
    """E-mail addresses differ from the source."""
    for index, source, text in forms_with_sources(entry, ctx):
        missing, extra = _counts_differ(Counter(m.lower() for m in EMAIL.findall(source)),
                                        Counter(m.lower() for m in EMAIL.findall(text)))
        if missing or extra:
            yield Issue(_describe(missing, extra, "e-mail addresses"), form=index)


@check("numbers", ERROR)
def check_numbers(entry: Entry, ctx: CheckContext) -> Iterator[Issue]:
    """Numbers differ from the source (digits of any script compare by value).

    A number of the source missing from the translation is an error; an extra
    number only a warning, since some languages write "one photo" with a digit
    and a counter (ja 写真を1枚).
    """
    for index, source, text in forms_with_sources(entry, ctx):
        missing, extra = _counts_differ(numbers(source), numbers(text))
        if missing:
            yield Issue(_describe(missing, extra, "numbers"), form=index)
        elif extra:
            yield Issue(_describe(missing, extra, "numbers"), severity=WARNING, form=index)


# -- characters -----------------------------------------------------------------------

# Unicode bidi formatting characters (UAX #9, table 1): the renderer isolates
# inserted values itself, so in a catalog they only hide or reorder text.
BIDI_CONTROLS = {
    "\u061c": "ARABIC LETTER MARK", "\u200e": "LEFT-TO-RIGHT MARK", "\u200f": "RIGHT-TO-LEFT MARK",
    "\u202a": "LEFT-TO-RIGHT EMBEDDING", "\u202b": "RIGHT-TO-LEFT EMBEDDING",
    "\u202c": "POP DIRECTIONAL FORMATTING", "\u202d": "LEFT-TO-RIGHT OVERRIDE",
    "\u202e": "RIGHT-TO-LEFT OVERRIDE", "\u2066": "LEFT-TO-RIGHT ISOLATE",
    "\u2067": "RIGHT-TO-LEFT ISOLATE", "\u2068": "FIRST STRONG ISOLATE", "\u2069": "POP DIRECTIONAL ISOLATE",
}
ZERO_WIDTH = {
    "\u200b": "ZERO WIDTH SPACE", "\u200c": "ZERO WIDTH NON-JOINER", "\u200d": "ZERO WIDTH JOINER",
    "\u2060": "WORD JOINER", "\ufeff": "ZERO WIDTH NO-BREAK SPACE", "\u180e": "MONGOLIAN VOWEL SEPARATOR",
}
# Scripts whose orthography uses ZWNJ/ZWJ (The Unicode Standard, section 23.2
# "Cursive Joining" and the Indic chapters): Persian and Urdu in Arabic script, Brahmic scripts.
_JOINER_SCRIPTS = {"Arab", "Deva", "Beng", "Guru", "Gujr", "Orya", "Taml", "Telu", "Knda", "Mlym",
                   "Sinh", "Khmr", "Mymr"}


def _emoji_joiner(text: str, at: int) -> bool:
    """A ZWJ inside an emoji sequence (👩‍💻): legitimate anywhere."""
    before = text[at - 1] if at else ""
    after = text[at + 1] if at + 1 < len(text) else ""
    def emoji(ch: str) -> bool:
        return bool(ch) and (unicodedata.category(ch) == "So" or ch == "\ufe0f")
    return emoji(before) and emoji(after)


@check("bidi_control", ERROR)
def check_bidi_control(entry: Entry, ctx: CheckContext) -> Iterator[Issue]:
    """Bidi control characters (RLM, LRE, RLO, isolates …) not in the source."""
    for index, source, text in forms_with_sources(entry, ctx):
        for at, ch in enumerate(text):
            if ch in BIDI_CONTROLS and ch not in source:
                yield Issue(f"U+{ord(ch):04X} {BIDI_CONTROLS[ch]} at character {at + 1}: remove it "
                            f"(the renderer isolates inserted values itself)", form=index)
                break


@check("zero_width", ERROR)
def check_zero_width(entry: Entry, ctx: CheckContext) -> Iterator[Issue]:
    """Zero-width characters (ZWSP, word joiner, BOM …) not in the source."""
    script = ctx.script
    for index, source, text in forms_with_sources(entry, ctx):
        for at, ch in enumerate(text):
            if ch not in ZERO_WIDTH or ch in source:
                continue
            if ch in "\u200c\u200d" and (script in _JOINER_SCRIPTS or _emoji_joiner(text, at)):
                continue
            yield Issue(f"U+{ord(ch):04X} {ZERO_WIDTH[ch]} at character {at + 1}: remove it", form=index)
            break


# -- style (warnings) -------------------------------------------------------------------

@check("identical", WARNING)
def check_identical(entry: Entry, ctx: CheckContext) -> Iterator[Issue]:
    """The translation is identical to the source (brand names and do-not-translate terms allowed)."""
    if ctx.language == "en":
        return
    for index, source, text in forms_with_sources(entry, ctx):
        if text.strip() != source.strip():
            continue
        rest = strip_codes(source)
        for term in ctx.glossary.do_not_translate:
            rest = re.sub(re.escape(term), " ", rest, flags=re.I)
        if re.search(r"[^\W\d_]{2,}", rest):
            yield Issue("translation is identical to the source (add brand names to the glossary's "
                        "'brands' or 'do_not_translate')", form=index)
            return


# End punctuation by script (CLDR exemplar punctuation of ja, zh, ar, fa, ur):
# language -> {ASCII mark: the mark that language writes}.
_FULL_WIDTH = {".": "。", "?": "？", "!": "！", ":": "：", ",": "，", ";": "；"}
_ARABIC = {"?": "؟", ",": "،", ";": "؛"}
END_PUNCTUATION = {"ja": {**_FULL_WIDTH, ",": "、"}, "zh": _FULL_WIDTH, "ar": _ARABIC, "fa": _ARABIC,
                   "ur": {**_ARABIC, ".": "۔"}}
_WIDE_MARKS = set("。？！：，；、")


def _script_of(ch: str) -> str:
    name = unicodedata.name(ch, "")
    for prefix, script in (("CJK", "Hani"), ("HIRAGANA", "Jpan"), ("KATAKANA", "Jpan"),
                           ("HANGUL", "Kore"), ("ARABIC", "Arab"), ("LATIN", "Latn"),
                           ("CYRILLIC", "Cyrl"), ("GREEK", "Grek")):
        if name.startswith(prefix):
            return script
    return ""


@check("end_punctuation", WARNING)
def check_end_punctuation(entry: Entry, ctx: CheckContext) -> Iterator[Issue]:
    """End punctuation of the wrong script (. for 。 in ja/zh, ? for ؟ in ar)."""
    marks = END_PUNCTUATION.get(ctx.language)
    for index, _source, text in forms_with_sources(entry, ctx):
        body = text.rstrip()
        if not body:
            continue
        last = body[-1]
        before = next((ch for ch in reversed(body[:-1]) if ch.isalpha()), "")
        if marks and last in marks and _script_of(before) in ("Hani", "Jpan", "Arab"):
            yield Issue(f"ends with ASCII '{last}'; {ctx.tag} writes '{marks[last]}'", form=index)
        elif not marks and last in _WIDE_MARKS and ctx.language not in ("ja", "zh", "ko"):
            yield Issue(f"ends with full-width '{last}', which {ctx.tag} does not use", form=index)


# French typography: a (narrow) no-break space before ? ! : ; (Imprimerie nationale,
# "Lexique des règles typographiques"); Canadian (OQLF) and Swiss usage keep it before ':' only.
_FRENCH_MARKS = {None: "?!:;", "CA": ":", "CH": ":"}
_NBSP = "\u00a0\u202f"


@check("french_spacing", WARNING)
def check_french_spacing(entry: Entry, ctx: CheckContext) -> Iterator[Issue]:
    """French: a no-break space (U+202F or U+00A0) belongs before ? ! : ;."""
    if ctx.language != "fr":
        return
    marks = _FRENCH_MARKS.get(ctx.territory, _FRENCH_MARKS[None])
    for index, _source, text in forms_with_sources(entry, ctx):
        masked = URL.sub(lambda m: "x" * len(m.group()), text)
        masked = re.sub(r"%\([^)]*\)[a-z]", lambda m: "x" * len(m.group()), masked)
        for match in re.finditer(rf"(.)([{re.escape(marks)}])", masked):
            before, mark = match.group(1), match.group(2)
            after = masked[match.end():match.end() + 1]
            if before in _NBSP or before in marks or (mark == ":" and after.isdigit()):
                continue
            what = "an ordinary space" if before == " " else "no space"
            yield Issue(f"{what} before '{mark}' at character {match.start(2) + 1}; "
                        f"write a no-break space (U+202F or U+00A0)", form=index)
            break


# Length relative to the source, by source length: how far translations may
# expand (IBM's guideline quoted in W3C's "Text size in translation",
# https://www.w3.org/International/articles/article-text-size): a factor around
# the language pair's median ratio, wider for short strings.
_RATIO_BANDS = ((10, 3.0), (20, 2.5), (30, 2.2), (50, 2.0), (70, 1.9))
_RATIO_WIDEST = 1.8
MIN_LENGTH_FOR_RATIO = 12


def ratio_tolerance(source_length: int) -> float:
    return next((factor for limit, factor in _RATIO_BANDS if source_length <= limit), _RATIO_WIDEST)


def visible_length(text: str) -> int:
    return len(strip_codes(text).strip())


@check("length_ratio", WARNING)
def check_length_ratio(entry: Entry, ctx: CheckContext) -> Iterator[Issue]:
    """The translation is far longer or shorter than usual for this language pair."""
    if ctx.length_ratio is None:
        return
    for index, source, text in forms_with_sources(entry, ctx):
        src_len, tgt_len = visible_length(source), visible_length(text)
        if src_len < MIN_LENGTH_FOR_RATIO:
            continue
        ratio = tgt_len / src_len
        factor = ratio_tolerance(src_len)
        if ratio > ctx.length_ratio * factor or ratio < ctx.length_ratio / factor:
            yield Issue(f"length {tgt_len} is {ratio:.2f}x the source's {src_len}; "
                        f"{ctx.tag} usually runs {ctx.length_ratio:.2f}x (check for missing or extra text)",
                        form=index)


# -- glossary ------------------------------------------------------------------------

@check("forbidden_term", ERROR)
def check_forbidden_term(entry: Entry, ctx: CheckContext) -> Iterator[Issue]:
    """A term the locale's glossary forbids appears in the translation."""
    for index, _source, text in forms_with_sources(entry, ctx):
        for word in ctx.glossary.forbidden:
            match = find_term(text, word.term)
            if match:
                use = f"; use '{word.use}'" if word.use else ""
                note = f" ({word.note})" if word.note else ""
                yield Issue(f"forbidden term '{match.group()}'{use}{note}", severity=word.severity, form=index)


@check("required_term", ERROR)
def check_required_term(entry: Entry, ctx: CheckContext) -> Iterator[Issue]:
    """A glossary term of the source is not translated with the glossary's word."""
    for index, source, text in forms_with_sources(entry, ctx):
        for term in ctx.glossary.terms:
            if find_term(source, term.source) and not any(find_term(text, t) for t in term.translations):
                wanted = " or ".join(repr(t.rstrip("*")) for t in term.translations)
                yield Issue(f"the source says '{term.source.rstrip('*')}': the glossary requires {wanted}"
                            + (f" ({term.note})" if term.note else ""), severity=term.severity,
                            form=index)


@check("do_not_translate", ERROR)
def check_do_not_translate(entry: Entry, ctx: CheckContext) -> Iterator[Issue]:
    """A brand name or do-not-translate term of the source is missing or changed."""
    for index, source, text in forms_with_sources(entry, ctx):
        for term in ctx.glossary.do_not_translate:
            if find_term(source, term) and term not in text:
                yield Issue(f"'{term}' must stay exactly as written", form=index)


def run_entry_checks(entry: Entry, ctx: CheckContext,
                     codes: Iterable[str] | None = None) -> Iterator[tuple[Check, Issue]]:
    """Every applicable check on one entry (or only ``codes``)."""
    selected = [CHECKS[c] for c in codes] if codes is not None else CHECKS.values()
    for chk in selected:
        if chk.translated_only and (entry.fuzzy or not any(entry.forms)):
            continue
        for issue in chk.func(entry, ctx):
            yield chk, issue
