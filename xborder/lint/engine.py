"""Loading and compiling the rules once, selecting them per customer, and running them."""
from __future__ import annotations

import datetime as dt
import functools
import re
import threading
from typing import Any

from ..errors import InputError, LocaleError
from ..results import SEVERITIES, Flag
from ..codes import check_voice
from .base import RuleType, Target
from .rules import SELECTOR_KEYS, Rule, Selector, parse_rule, rule_files


@functools.lru_cache(maxsize=1)
def rule_types() -> dict[str, type[RuleType]]:
    """``extends:`` name -> rule type class."""
    from . import checks, vale

    types: dict[str, type[RuleType]] = {
        "existence": vale.Existence,
        "substitution": vale.Substitution,
        "occurrence": vale.Occurrence,
        "gesture_emoji": vale.GestureEmoji,
    }
    types.update(checks.CHECKS)
    return types


def parsed_rules(resources) -> tuple[Rule, ...]:
    """Every rule file, validated (cached on the Resources); patterns are compiled on first use."""
    return tuple(parsed_rule(resources, rule_id, path) for rule_id, path, _, _ in rule_selectors(resources))


def parsed_rule(resources, rule_id: str, path) -> Rule:
    """One rule file, validated (cached on the Resources)."""
    return resources.cached(("lint", "parsed", rule_id), lambda: parse_rule(rule_id, path, rule_types()))


def rule_selectors(resources) -> tuple[tuple[str, Any, Selector, bool], ...]:
    """Every rule file's id, path, whom it applies to, and whether it is disabled.

    A file seen before (same bytes) is answered from the user's cache folder, so a
    one-off ``xborder reply`` parses only the rules its customer selects; a new or
    edited file is parsed and validated in full, as every file once was. The whole
    answer is also kept under the files' sizes and modification times (as ``.pyc``
    files are), so an unchanged rule set costs one ``stat`` per file.
    """
    def load():
        from ..diskcache import digest, read_json, write_json

        files = rule_files(resources)
        try:
            stamp = digest(*(f"{rule_id}|{path}|{st.st_size}|{st.st_mtime_ns}"
                             for rule_id, path in files.items() for st in (path.stat(),)))
        except OSError:
            stamp = None
        index = read_json(resources.cache_dir, "lint-rules", stamp) if stamp else None
        if isinstance(index, list) and len(index) == len(files):
            try:
                return tuple((rule_id, files[rule_id], _selector_from(entry), bool(entry["disabled"]))
                             for rule_id, entry in index)
            except (KeyError, TypeError, ValueError):
                pass
        found = []
        for rule_id, path in files.items():
            try:
                key = digest(rule_id, path.read_bytes())
            except OSError:
                key = None
            cached = read_json(resources.cache_dir, "lint-rules", key) if key else None
            if isinstance(cached, dict):
                try:
                    found.append((rule_id, path, _selector_from(cached), bool(cached["disabled"])))
                    continue
                except (KeyError, TypeError):
                    pass
            rule = parsed_rule(resources, rule_id, path)
            found.append((rule_id, path, rule.applies_to, rule.disabled))
            if key:
                write_json(resources.cache_dir, "lint-rules", key, _selector_json(rule.applies_to, rule.disabled))
        if stamp:
            write_json(resources.cache_dir, "lint-rules", stamp,
                       [[rule_id, _selector_json(selector, disabled)] for rule_id, _, selector, disabled in found])
        return tuple(found)
    return resources.cached(("lint", "selectors"), load)


def _selector_json(selector: Selector, disabled: bool) -> dict[str, Any]:
    return {**{k: sorted(getattr(selector, k)) for k in SELECTOR_KEYS}, "disabled": disabled}


def _selector_from(entry: dict[str, Any]) -> Selector:
    return Selector(**{k: frozenset(entry[k]) for k in SELECTOR_KEYS})


def compiled_rule(resources, rule: Rule) -> RuleType:
    """One rule's checker, built once; its patterns compile when first needed.

    A rule file is compiled in full (every pattern checked, errors at file:line)
    the first time it is seen; the user's cache folder then remembers that this
    exact file compiles, and the literals each pattern needs, so later processes
    compile only the patterns a text needs.
    """
    def build() -> RuleType:
        from pathlib import Path

        from ..diskcache import digest, read_json, write_json
        from .patterns import needles, recording_needles, remember_needles

        try:
            key = digest(Path(rule.path).read_bytes())
        except OSError:
            key = None
        known = read_json(resources.cache_dir, "lint-compiles", key) if key else None
        if isinstance(known, dict) and isinstance(known.get("needles"), dict):
            remember_needles(known["needles"])
            return rule_types()[rule.extends](rule)
        with recording_needles() as used:
            checker = rule_types()[rule.extends](rule)
        checker.validate()
        if key is not None:
            write_json(resources.cache_dir, "lint-compiles", key,
                       {"rule": rule.id, "needles": {p: needles(p) for p in sorted(used)}})
        return checker
    return resources.cached(("lint", "compiled", rule.id), build)


def load_rules(resources) -> tuple[tuple[Rule, RuleType], ...]:
    """Every rule file, validated and compiled (cached on the Resources)."""
    return resources.cached(("lint", "rules"),
                          lambda: tuple((r, compiled_rule(resources, r)) for r in parsed_rules(resources)))


def customer_region(tag: str, region: str | None) -> str | None:
    """The explicit region, else the locale's own (``de-AT`` -> AT), else CLDR's likely one."""
    from babel.core import get_global

    from ..i18n.locale import parse
    from ..codes import normalize_region

    explicit = normalize_region(region)
    if explicit:
        return explicit
    loc = parse(tag)
    if loc.territory:
        return loc.territory
    likely = get_global("likely_subtags").get(loc.language)
    return likely.split("_")[-1] if likely else None


def rules_for(resources, locale: str, region: str | None = None) -> tuple[tuple[Rule, RuleType], ...]:
    """The compiled rules that apply to a customer in ``locale`` / ``region`` (cached)."""
    target = make_target(resources, locale, region, None, None)
    return _ruleset(resources, target)


def _ruleset(resources, target: Target) -> tuple[tuple[Rule, RuleType], ...]:
    def select():
        chosen = (parsed_rule(resources, rule_id, path) for rule_id, path, selector, disabled
                  in rule_selectors(resources) if not disabled and selector.matches(target.language, target.region))
        return tuple((r, compiled_rule(resources, r)) for r in chosen)
    return resources.cached(("lint", "ruleset", target.tag, target.region), select)


def make_target(resources, locale: str, region: str | None, team_timezone: str | None,
                now: Any, voice: str | None = None, names: tuple[str | None, str | None] = (None, None)) -> Target:
    """The customer (locale, region: resolved once per resources) and this call's options.

    No ``voice`` -> the market's default (``culture_rules/voice_defaults.yaml``); ``names``
    is the customer's (given name, family name) when the caller knows them apart.
    """
    tag, language, reg, babel_locale = resources.cached(("lint", "customer", locale, region),
                                                      functools.partial(_customer, locale, region))
    if team_timezone:
        _check_zone(team_timezone)
    instant = None
    if now is not None:
        if isinstance(now, dt.datetime) and getattr(now.tzinfo, "zone", None) == "UTC":
            instant = now  # a render's instant: already aware UTC (pytz)
        elif isinstance(now, dt.date) and not isinstance(now, dt.datetime):
            instant = dt.datetime.combine(now, dt.time(12), dt.timezone.utc)
        elif isinstance(now, str):
            instant = _parse_now(now)
        else:
            from ..codes import parse_now

            instant = parse_now(now)
    given, family = (_name(n, what) for n, what in zip(names, ("customer_given_name", "customer_family_name")))
    return Target(tag=tag, language=language, region=reg, locale=babel_locale,
                  team_timezone=team_timezone, now=instant,
                  voice=check_voice(voice) if voice is not None else market_voice(resources, tag),
                  voice_default=voice is None,
                  given_name=given, family_name=family)


def market_voice(resources, tag: str) -> str:
    """The register the market's leading stores write in for ``tag`` (formal when unlisted)."""
    from ..voices import market_defaults, voice_for

    return voice_for(market_defaults(resources), tag) or "formal"


def _name(value: Any, what: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(f"{what} must be text, got {type(value).__name__}")
    return " ".join(value.split()) or None


def _customer(locale: str, region: str | None) -> tuple[str, str, str | None, Any]:
    from ..i18n.locale import normalize, parse

    tag = normalize(locale)
    return tag, parse(tag).language, customer_region(tag, region), parse(tag)


@functools.lru_cache(maxsize=64)
def _check_zone(name: str) -> None:
    from ..timing.zones import get_zone

    get_zone(name)


@functools.lru_cache(maxsize=256)
def _parse_now(text: str) -> dt.datetime:
    from ..codes import parse_now

    return parse_now(text)


class _Fields(dict):
    def __missing__(self, key: str) -> str:
        return ""


def run_rules(text: str, target: Target, rules) -> tuple[Flag, ...]:
    """Apply ``rules`` to ``text``: flags sorted by span, one per code and span."""
    found: dict[tuple[str, int, int], Flag] = {}
    for rule, checker in rules:
        for hit in checker.hits(text, target):
            key = (rule.code, hit.start, hit.end)
            previous = found.get(key)
            if previous and SEVERITIES.index(previous.severity) >= SEVERITIES.index(rule.level):
                continue
            fields = _Fields(match=text[hit.start:hit.end], suggestion=hit.suggestion or "",
                             locale=target.tag, region=target.region or "", language=target.language)
            fields.update(hit.fields)
            message = fields.pop("message", None) or rule.message  # a hit may bring its own wording
            found[key] = Flag(code=rule.code, severity=rule.level, message=message.format_map(fields),
                              span=(hit.start, hit.end), suggestion=hit.suggestion, rule=rule.id)
    return _ordered(found.values())


def _ordered(flags) -> tuple[Flag, ...]:
    return tuple(sorted(flags, key=lambda f: (f.span or (0, 0), f.code)))


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """The spans of ``text``'s paragraphs (blank-line separated, blank ones left out)."""
    if "\n" not in text:
        return [(0, len(text))] if text.strip() else []
    spans, start = [], 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        if text[start:m.start()].strip():
            spans.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


class _Memo:
    """A bounded, thread-safe memo of reply paragraphs' flags; the oldest entries go first.

    Reads take no lock (a dict lookup is atomic in CPython); writes and eviction do.
    """

    def __init__(self, size: int = 8192) -> None:
        self.size = size
        self.items: dict[Any, tuple[Flag, ...]] = {}
        self.lock = threading.Lock()

    def get(self, key: Any) -> tuple[Flag, ...] | None:
        return self.items.get(key)

    def put(self, key: Any, value: tuple[Flag, ...]) -> None:
        with self.lock:
            if len(self.items) >= self.size:
                for old in list(self.items)[: self.size // 4]:  # insertion order: the oldest quarter
                    del self.items[old]
            self.items[key] = value


def _paragraph_flags(resources, para: str, target: Target, rules, locale: str) -> tuple[Flag, ...]:
    flags = run_rules(para, target, rules)
    if target.region:
        # policy_conflict: the reply promises less than the customer's law (xborder.policy).
        from .conflicts import policy_conflict_flags

        extra = policy_conflict_flags(resources, para, locale=locale, region=target.region)
        if extra:
            flags = _ordered((*flags, *extra))
    return flags


def _shifted(flag: Flag, offset: int) -> Flag:
    if not offset or flag.span is None:
        return flag
    return Flag(flag.code, flag.severity, flag.message, (flag.span[0] + offset, flag.span[1] + offset),
                flag.suggestion, flag.rule)


def lint_text(resources, text: str, locale: str, *, region: str | None = None,
              team_timezone: str | None = None, now: Any = None, voice: str | None = None,
              customer_given_name: str | None = None, customer_family_name: str | None = None) -> tuple[Flag, ...]:
    """Cultural-sensitivity flags for ``text`` written to a customer in ``locale``.

    ``region`` refines the locale (a Saudi customer writing English: ``en``,
    ``SA``). ``team_timezone`` (IANA) lets ``time_without_timezone`` stay quiet
    when the customer shares the team's zone; ``now`` (ISO 8601 or datetime)
    anchors weekday names to dates for ``weekend_promise``. ``voice`` (formal |
    informal; default: the market's, from ``culture_rules/voice_defaults.yaml``) is
    the store's register that ``informal_address`` checks against, along with
    registers mixed in one draft; a rendered reply passes the voice it was written in.
    ``customer_given_name`` / ``customer_family_name`` let ``name_order`` see an
    honorific put on the wrong name. Spans are character offsets into ``text``.
    """
    target = _target(resources, text, locale, region, team_timezone, now, voice,
                     (customer_given_name, customer_family_name))
    flags = run_rules(text, target, _ruleset(resources, target))
    if target.region:
        # policy_conflict: the reply promises less than the customer's law (xborder.policy).
        from .conflicts import policy_conflict_flags

        extra = policy_conflict_flags(resources, text, locale=locale, region=target.region)
        if extra:
            flags = _ordered((*flags, *extra))
    return flags


def lint_reply(resources, text: str, locale: str, *, region: str | None = None,
               now: Any = None, voice: str | None = None,
               names: tuple[str | None, str | None] = (None, None)) -> tuple[Flag, ...]:
    """The flags of a reply rendered from a template, checked paragraph by paragraph.

    A reply's paragraphs come from separate template blocks, and most of them are
    the same from one customer to the next, so each paragraph's flags are
    remembered (per locale, region and day) and only paragraphs with new values
    are checked again. Rules that read the whole text (``whole_text``) run on the
    whole reply every time. On ordinary text this gives :func:`lint_text`'s flags;
    only a match or exception reaching across a blank line could differ.
    """
    target = _target(resources, text, locale, region, None, now, voice, names)
    local, whole = _split_ruleset(resources, target)
    memo = resources.cached(("lint", "memo"), _Memo)
    context = (target.tag, target.region, target.today(), target.voice, target.given_name, target.family_name)
    flags: list[Flag] = []
    for start, end in paragraphs(text):
        para = text[start:end]
        key = (para, context)
        found = memo.get(key)
        if found is None:
            found = _paragraph_flags(resources, para, target, local, locale)
            memo.put(key, found)
        flags.extend(_shifted(flag, start) for flag in found)
    if whole:
        index = {(f.code, f.span): i for i, f in enumerate(flags)}
        for flag in run_rules(text, target, whole):
            i = index.get((flag.code, flag.span))
            if i is None:
                flags.append(flag)
            elif SEVERITIES.index(flags[i].severity) < SEVERITIES.index(flag.severity):
                flags[i] = flag
    return _ordered(flags)


def _target(resources, text: Any, locale: Any, region: Any, team_timezone: str | None, now: Any,
            voice: str | None = None, names: tuple[Any, Any] = (None, None)) -> Target:
    if not isinstance(text, str):
        raise InputError(f"lint needs text (str), got {type(text).__name__}")
    if not isinstance(locale, str):
        raise LocaleError(f"malformed locale code {locale!r}: expected a code like 'de-DE'")
    if region is not None and not isinstance(region, str):
        raise InputError(f"invalid region {region!r}: expected an ISO 3166 code like 'MX' or 'US-CA'")
    return make_target(resources, locale, region, team_timezone, now, voice, names)


def _split_ruleset(resources, target: Target):
    """The customer's rules as (paragraph rules, whole-text rules)."""
    def split():
        rules = _ruleset(resources, target)
        return (tuple(rc for rc in rules if not rc[1].whole_text),
                tuple(rc for rc in rules if rc[1].whole_text))
    return resources.cached(("lint", "split", target.tag, target.region), split)
