"""Rendering one reply: bind variables, choose zone and chain, render, report fallbacks."""
from __future__ import annotations

import datetime as dt
import functools
import os
import re
from typing import Any, Mapping

from ..codes import normalize_region, parse_now
from ..errors import DataError, InputError, LocaleError, MissingVariableError, VariableError, XborderError
from ..i18n.library import available_locales, chain_of
from ..results import Flag, Reply
from .library import environment
from .library import template as template_spec
from .names import ROLES, make_person
from .state import RenderState
from .voice import formal_only_messages, resolve_voice

_BLANK_RUNS = re.compile(r"\n{3,}")


def choose_locale(resources, detection: Any, locale: str | None, region: str | None) -> tuple[str, str | None]:
    """The reply locale and customer region from explicit options, else detection.

    ``es`` detected with region MX gives ``es-MX`` when a catalog for it exists
    (its chain then reports ``es-MX -> es -> en``).
    """
    from ..i18n.locale import normalize, parse

    region = normalize_region(region) or (getattr(detection, "region", None) if detection else None)
    if locale:
        return normalize(locale), region
    language = getattr(detection, "language", None) if detection else None
    if not language:
        return "en", region
    script = getattr(detection, "script", None)
    candidates = []
    if region and "-" not in region:
        candidates.append(f"{language}-{region}")
    if script in ("Hans", "Hant") and language == "zh":   # pinyin (Latn) is answered in characters
        candidates.append(f"zh-{script}")
    candidates.append(language)
    available = set(available_locales(resources)) | {"en"}
    for candidate in candidates:
        try:
            tag = normalize(candidate)
        except LocaleError:
            continue
        try:
            chain = chain_of(resources, tag)
        except LocaleError:
            continue
        if tag in available or chain[0] != "en" or parse(tag).language == "en":
            return tag, region
    return "en", region


def detected_language_fallback(resources, detection: Any, tag: str) -> Flag | None:
    """A ``locale_fallback`` flag when the customer writes a language no catalog serves
    (Vietnamese answered in English); LocaleError under ``strict``."""
    from ..i18n.locale import parse

    language = getattr(detection, "language", None) if detection is not None else None
    if not language or parse(tag).language == language:
        return None
    detected = getattr(detection, "locale", None) or language
    message = (f"the customer writes {detected}, which has no catalog; replying in {tag} "
               f"(add locales/{language}/ or pass --locale)")
    if resources.strict:
        raise LocaleError(message)
    return Flag("locale_fallback", "warning", message, rule="xborder.fallback")


def render_template(resources, template: str, *, locale: str = "en", context: Mapping[str, Any] | None = None,
                    now: Any = None, timezone: str | None = None, region: str | None = None,
                    detection: Any = None, checks: bool = True, voice: str | None = None,
                    store: Any = None, rates: Any = None, business_hours: Any = None) -> Reply:
    """:meth:`Toolkit.render <xborder.toolkit.Toolkit.render>` over ``resources``: ``store``
    may also be a store-profile file, loaded here."""
    if store is not None and not hasattr(store, "voice"):
        from ..policy.store import load_store_policy

        store = load_store_policy(store)
    return render_reply(resources, template, locale=locale, context=context, now=now,
                        timezone=timezone, region=region, detection=detection, checks=checks,
                        voice=voice, store=store, rates=rates, business_hours=business_hours)


def render_reply(resources, template: str, *, locale: str, context: Mapping[str, Any] | None,
                 now: Any, timezone: str | None, region: str | None, detection: Any,
                 checks: bool = True, voice: str | None = None, store: Any = None,
                 rates: Any = None, business_hours: Any = None) -> Reply:
    from ..i18n.locale import normalize, parse
    from ..timing import greeting_period
    from ..timing.zones import get_zone, resolve_zone

    spec = template_spec(resources, template)
    tag = normalize(locale)
    chain = chain_of(resources, tag)
    region = normalize_region(region)
    region_note = None
    if region is None and re.fullmatch(r"[A-Z]{2}", parse(tag).territory or ""):
        # pt-BR names its country: the customer's clock, weekend and law are Brazil's.
        region = parse(tag).territory
        region_note = f"region {region} taken from the locale {tag} (no region given)"
    context, value_flags = localized_values(context, spec, chain, region)
    bound = spec.bind(context)
    spec.check_region(bound, region)
    instant = parse_now(now)
    zone_choice = resolve_zone(region, timezone)
    tzinfo = get_zone(zone_choice.zone)
    babel_locale = parse(tag)
    chosen_voice, voice_source = resolve_voice(resources, tag, voice, store)
    customer_now = instant.astimezone(tzinfo)
    extra = {"customer_now": customer_now, "greeting": greeting_period(customer_now), "locale": tag,
             "region": region}
    law, voice_flags = fill_law_name(resources, spec, bound, region, babel_locale.language)
    extra.update(law)
    extra.update(fill_deadline(resources, spec, bound, region, customer_now.date(), store))
    voice_flags += value_flags
    rates = _rates(rates)
    hours = _business_hours(business_hours)
    currency = customer_currency(region, customer_now.date())
    rules = functools.partial(_promise_rules, resources, region, hours)

    people: dict = {}

    def attempt(voice_name: str) -> tuple[str, RenderState]:
        people.clear()
        people.update({role: make_person(resources, role, bound, tag, voice_name)
                       for role in ROLES if f"{role}_name" in spec.variables})
        values = {**bound, **extra, **people}
        for role, person in people.items():
            values[f"{role}_name"] = person.full_name
        state = RenderState(locale=babel_locale, tag=tag, tzinfo=tzinfo, now=instant, rtl=_is_rtl(tag),
                            voice=voice_name, currency=currency, rates=rates, promise_rules=rules)
        return _render_text(env, spec, template, values, state), state

    env = environment(resources, chain)
    missing = formal_only_messages(resources, spec.name, tag, chain) if chosen_voice == "informal" else ()
    text, state = attempt("formal" if missing else chosen_voice)
    if chosen_voice == "informal" and (missing or state.formal_only):
        # The catalog lacks the informal variant of part of this template: mixing registers
        # would be worse than the formal reply.
        if voice_source != "market":
            lacking = list(dict.fromkeys(missing or state.formal_only))
            voice_flags.append(Flag(
                "voice_unavailable", "warning",
                f"no informal variant in {' -> '.join(chain[:-1]) or tag} for {len(lacking)} message(s) of "
                f"'{spec.name}' ({lacking[0][:50]!r}…); the reply is formal", rule="xborder.voice"))
        if not missing:  # found only while rendering (a message outside the template's own files)
            text, state = attempt("formal")
        chosen_voice = "formal"

    flags = list(fallback_flags(resources, tag, chain, state.untranslated)) + voice_flags + list(state.notes.values())
    if checks:
        customer = people.get("customer")
        names = (customer.given_name, customer.family_name) if customer else (None, None)
        flags += reply_checks(resources, text, tag, region, instant, state.promised_dates, chosen_voice, names)
    clock = customer_clock(resources, region, timezone, instant)
    if region_note:
        clock = {**clock, "notes": [region_note, *clock.get("notes", ())]}
    return Reply(
        template=spec.name, locale=tag, text=text, fallback_chain=tuple(chain), flags=tuple(flags),
        detection=detection, customer_time=clock,
        policy_notes=policy_notes(resources, spec.name, region, tag) if checks else (),
        direction="rtl" if state.rtl else "ltr", untranslated=tuple(dict.fromkeys(state.untranslated)),
        voice=chosen_voice)


def fill_law_name(resources, spec, bound: Mapping[str, Any], region: str | None,
                  language: str) -> tuple[dict, list[Flag]]:
    """``law_name`` from the region's ``privacy_law`` fact, in the language's short form
    (DSGVO, RGPD, LGPD…), unless the caller gave one; none known -> the law is not named, with a flag."""
    if "law_name" not in spec.variables or bound.get("law_name") or not region:
        return {}, []
    from ..policy.profiles import get_profile

    try:
        fact = get_profile(resources, region).fact("privacy_law")
    except LookupError:  # no profile for the region
        fact = None
    if fact is None or fact.value is None:
        return {}, []
    name = (fact.extras.get("short_names") or {}).get(language)
    if name:
        return {"law_name": name}, []
    return {}, [Flag("law_name_fallback", "info",
                     f"no short name in '{language}' for the privacy law of {region} ({str(fact.value)[:60]}); "
                     f"the reply does not name the law (add it to privacy_law.short_names or pass law_name)",
                     rule="xborder.policy.law_names")]


def fill_deadline(resources, spec, bound: Mapping[str, Any], region: str | None, today: dt.date,
                  store: Any = None) -> dict:
    """``deadline_date`` of a privacy template from the region's ``dsar_deadline_days`` (counted
    from the customer's today, the day the request is answered; never past "one month" where the
    law counts months), or the store's shorter ``data_request_days``; VariableError when none is known."""
    if "deadline_date" not in spec.variables or bound.get("deadline_date") or "privacy" not in spec.policy_topics:
        return {}
    days = month = None
    if region:
        from ..policy.profiles import get_profile

        try:
            fact = get_profile(resources, region).fact("dsar_deadline_days")
        except LookupError:
            fact = None
        if fact is not None and isinstance(fact.value, int) and not isinstance(fact.value, bool):
            days, month = fact.value, "month" in str(fact.extras.get("period") or "")
    own = getattr(store, "data_request_days", None)
    if own is not None and (days is None or own < days):
        days, month = own, False
    if days is None:
        raise MissingVariableError(f"template '{spec.name}' needs deadline_date: no statutory deadline for data "
                                   f"requests is known for region {region or '(none given)'}; give deadline_date",
                                   "deadline_date")
    deadline = today + dt.timedelta(days=days)
    if month:
        deadline = min(deadline, _add_month(today))
    if region:  # a deadline on a day off: promise the working day before it (earlier is always lawful)
        from ..timing import day_off

        country, _, sub = region.partition("-")
        for _ in range(14):
            if deadline <= today or not day_off(country, deadline, sub or None):
                break
            deadline -= dt.timedelta(days=1)
    return {"deadline_date": deadline}


def _add_month(day: dt.date) -> dt.date:
    """The same day of the next month, or its last day (Regulation 1182/71 art. 3(2)(c))."""
    import calendar

    year, month = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    return day.replace(year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1]))


_PLAIN = frozenset({str, int, float, bool, type(None), list})


def localized_values(context: Mapping[str, Any] | None, spec, chain: list[str],
                     region: str | None = None) -> tuple[dict, list[Flag]]:
    """Per-locale values of text variables: ``product_name.de`` (or ``product_name`` given as a
    mapping ``{"source": …, "de": …}``) -> the best match along the reply's fallback chain of the
    same language (``fr-FR`` serves a reply in ``fr`` to a customer in FR); else the source value
    (the plain ``product_name``, or ``source``/``en``), with a ``source_value`` flag."""
    if not context:
        return dict(context or {}), []
    if not any("." in key or type(value) not in _PLAIN for key, value in context.items()):
        return dict(context), []
    found: dict[str, dict[str, Any]] = {}
    plain: dict[str, Any] = {}
    for key, value in context.items():
        name, dot, tag = key.partition(".")
        if dot and name in spec.variables and spec.variables[name].type == "text":
            found.setdefault(name, {})[tag] = value
        elif isinstance(value, Mapping) and key in spec.variables and spec.variables[key].type == "text":
            found.setdefault(key, {}).update({str(k): v for k, v in value.items()})
        else:
            plain[key] = value
    if not found:
        return plain, []
    from ..i18n.locale import normalize, parse

    language = parse(chain[0]).language
    wanted = [tag for tag in chain if parse(tag).language == language]
    if region and "-" not in region:
        wanted.insert(1 if parse(chain[0]).territory else 0, f"{language}-{region}")
    flags = []
    for name, names in found.items():
        by_tag = {}
        for tag, value in names.items():
            if tag == "source":
                continue
            try:
                by_tag[normalize(tag)] = value
            except LocaleError:
                raise VariableError(f"variable '{name}.{tag}': '{tag}' is not a locale code") from None
        match = next((by_tag[tag] for tag in wanted if tag in by_tag), None)
        if match is None:
            source = plain.get(name, names.get("source", by_tag.get("en")))
            if source is None:
                raise VariableError(f"variable '{name}' has no value for {chain[0]} and no source value "
                                    f"(give {name}=… or {name}.{chain[0]}=…)")
            match = source
            flags.append(Flag("source_value", "info",
                              f"no {name} for {chain[0]} (given for {', '.join(sorted(by_tag)) or 'none'}); "
                              f"the reply shows the source value {str(source)[:40]!r}", rule="xborder.render.values"))
        plain[name] = match
    return plain, flags


def customer_currency(region: str | None, today: dt.date) -> str | None:
    """The currency the customer pays in: CLDR's current tender of the region's country."""
    if not region or region == "EU":
        return None
    return _currency(region.split("-")[0], today.year)


@functools.lru_cache(maxsize=512)
def _currency(country: str, year: int) -> str | None:
    from babel.numbers import get_territory_currencies

    found = get_territory_currencies(country, dt.date(year, 1, 1), tender=True)
    return found[0] if found else None


def _rates(rates: Any):
    if not rates:
        return None
    from .values import Rates

    return rates if isinstance(rates, Rates) else Rates(rates)


def _business_hours(value: Any):
    if value is None:
        return None
    if isinstance(value, str) and not value.strip().lower().endswith((".yaml", ".yml")) \
            and not os.path.isfile(value.strip()):
        return _hours_spec(value)  # parsed once: its open intervals are memoized per day
    from ..timing.business_hours import load_business_hours

    return load_business_hours(value)


@functools.lru_cache(maxsize=64)
def _hours_spec(spec: str):
    from ..timing.business_hours import load_business_hours

    return load_business_hours(spec)


def _promise_rules(resources, region: str | None, hours: Any) -> tuple:
    """(the customer's quiet hours, the team's business hours) for :func:`filters.promise_time`."""
    from ..timing.periods import quiet_window

    return quiet_window(resources, region), hours


def _render_text(env, spec, template: str, values: dict, state: RenderState) -> str:
    try:
        compiled = env.get_template(spec.filename)
        return tidy(compiled.render(**values, _xborder=state))
    except XborderError:
        raise
    except Exception as exc:
        error = _template_error(exc, template, spec.path)
        if error is None:
            raise
        raise error from None


def _template_error(exc: Exception, template: str, path) -> DataError | None:
    """The DataError for a Jinja failure; None for any other exception (re-raised as it is)."""
    from jinja2 import TemplateError, TemplateSyntaxError, UndefinedError
    from jinja2.sandbox import SecurityError

    from .limits import TemplateLimitError

    if isinstance(exc, TemplateLimitError):
        where, line = _template_frame(exc, path)
        return DataError(f"template '{template}' asks too much: {exc}", where, line)
    if isinstance(exc, TemplateSyntaxError):
        return DataError(f"template syntax error: {exc.message}", exc.filename or path, exc.lineno)
    if isinstance(exc, UndefinedError):
        return DataError(f"template '{template}' uses an undefined value: {exc.message}", path)
    if isinstance(exc, SecurityError):
        return DataError(f"template '{template}' tried an unsafe operation: {exc}", path)
    if isinstance(exc, TemplateError):
        return DataError(f"template '{template}' failed: {exc}", path)
    if isinstance(exc, (ArithmeticError, LookupError, TypeError, ValueError, RecursionError, MemoryError)):
        # What a template's own expression raised ({{ 1 / 0 }}, range(10**9), a filter given text).
        where, line = _template_frame(exc, path)
        return DataError(f"template '{template}' failed: {type(exc).__name__}: {exc}", where, line)
    return None


def _template_frame(exc: BaseException, path) -> tuple[Any, int | None]:
    """The template file and line the error was raised at (Jinja rewrites its traceback so
    template frames carry them), else ``path`` and no line."""
    found: tuple[Any, int | None] = (path, None)
    tb = exc.__traceback__
    while tb is not None:
        name = tb.tb_frame.f_code.co_filename
        if not name.endswith(".py") and not name.startswith("<"):
            found = (name, tb.tb_lineno)
        tb = tb.tb_next
    return found


_DOUBLE_STOP = re.compile(r"(?<=\w\.)\.(?=\s|$|[)\]\"'»”])")


def tidy(text: str) -> str:
    """No trailing blanks on a line, at most one blank line in a row, one final newline, and
    one full stop where a value ending in one meets the sentence's ("3 декабря 2026 г.")."""
    if ".." in text:
        text = _DOUBLE_STOP.sub("", text)
    if " \n" in text or "\t\n" in text or text.endswith((" ", "\t")):
        text = "\n".join(line.rstrip(" \t") for line in text.split("\n"))
    while "\n\n\n" in text:
        text = _BLANK_RUNS.sub("\n\n", text)
    return text.strip() + "\n"


@functools.lru_cache(maxsize=256)
def _is_rtl(tag: str) -> bool:
    from ..i18n.locale import parse

    return parse(tag).text_direction == "rtl"


def customer_clock(resources, region: str | None, timezone: str | None, instant: dt.datetime) -> dict:
    """``customer_time`` of a reply: the customer's local time, greeting period, weekend, holiday."""
    from ..timing import customer_time

    return customer_time(resources, region=region, timezone=timezone, now=instant)


def policy_notes(resources, template: str, region: str | None, tag: str) -> tuple:
    from ..policy.notes import policy_notes as notes

    if not region:
        return ()
    return notes(resources, template, template_spec(resources, template).policy_topics, region, tag)


def reply_checks(resources, text: str, tag: str, region: str | None, instant: dt.datetime,
                 promised: list[dt.date], voice: str | None = None,
                 names: tuple[str | None, str | None] = (None, None)) -> list[Flag]:
    """Every reply is linted (``names``: the customer's given and family name, so an
    honorific on the wrong one is seen), checked against the region's law, and its promised
    dates against the customer's weekend and public holidays."""
    from ..lint.engine import lint_reply

    flags = list(lint_reply(resources, text, tag, region=region, now=instant, voice=voice, names=names))  # policy_conflict included
    if region:
        from ..timing import day_off

        if not any(f.code == "weekend_promise" for f in flags):
            country, _, sub = region.partition("-")
            for day in dict.fromkeys(promised):
                if day < instant.date():
                    continue
                reason = day_off(country, day, sub or None)
                if reason:
                    flags.append(Flag("weekend_promise", "warning",
                                      f"{day.isoformat()} is not a working day for a customer in {region}: {reason}",
                                      suggestion="promise the next working day instead",
                                      rule="xborder.timing.promised_dates"))
    return flags


def fallback_flags(resources, tag: str, chain: list[str], untranslated: list[str]):
    """Flags for a locale served by another catalog and for messages left in English."""
    served_by_other, requested_language = _fallback(tag, tuple(chain))
    if served_by_other:
        message = f"no catalog for {tag}; using {' -> '.join(chain)}"
        if resources.strict:
            raise LocaleError(message)
        yield Flag("locale_fallback", "warning", message, rule="xborder.fallback")
    if untranslated and requested_language != "en":
        missing = list(dict.fromkeys(untranslated))
        message = (f"{len(missing)} message(s) not translated in {' -> '.join(chain[:-1]) or tag}, "
                   f"shown in English: {missing[0][:60]!r}" + ("…" if len(missing) > 1 else ""))
        if resources.strict:
            raise LocaleError(message)
        yield Flag("untranslated", "warning", message, rule="xborder.fallback")


@functools.lru_cache(maxsize=1024)
def _fallback(tag: str, chain: tuple[str, ...]) -> tuple[bool, str]:
    """(is ``tag`` served by a catalog that is not its own or an ancestor's, its language)."""
    from ..i18n.locale import likely_script, parse

    requested = parse(tag)
    served = parse(chain[0])
    # de-DE served by de is the normal inheritance; pt-PT served by pt-BR is a fallback.
    ancestor = (served.language == requested.language and served.territory in (None, requested.territory)
                and likely_script(served) == likely_script(requested))
    return not ancestor and requested.language != "en", requested.language
