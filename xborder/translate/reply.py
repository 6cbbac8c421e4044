"""Replies in a language without a catalog: render in English, translate, disclose.

Used by ``xborder reply --translate-missing``. The template's variable values
(names, order numbers, amounts) are protected like customer data, so they reach
the customer exactly as given. On any provider failure the English reply is
returned with a ``machine_translation_failed`` flag; with no provider configured
the flag is ``translator_not_configured`` (English reply, exit status 0: the
reply is still usable, and the flag says what to set).
"""
from __future__ import annotations

import dataclasses
from typing import Any, Iterable, Mapping

from ..errors import LocaleError
from ..results import Flag, Reply
from .disclosure import disclosure_for
from .engine import TranslationResult, failure_flag, translate_text
from .providers import UnsupportedLanguage
from .resilience import UNSUPPORTED, ProviderFailure

MISSING_CATALOG = "no translations for locale"


def translate_reply(resources, template: str, *, locale: str, context: Mapping[str, Any] | None = None,
                    disclosure: bool = True, translate_options: Mapping[str, Any] | None = None,
                    **render_kwargs: Any) -> Reply:
    """Render ``template`` in ``locale``; when that locale has no catalog, machine-translate it.

    A locale with a catalog renders as usual (nothing is translated). Otherwise the
    English rendering is translated with the variable values protected, marked
    ``machine_translated``, given a ``fallback_chain`` of ``["<locale>+mt:<provider>",
    "en"]`` and, unless ``disclosure`` is False, a closing line saying it was
    machine-translated (in the target language when xborder has the wording).
    ``render_kwargs`` go to :meth:`Toolkit.render` (``now``, ``timezone``, ``region``,
    ``detection``); ``translate_options`` to :func:`translate_text`.
    """
    from ..i18n.locale import normalize, parse
    from ..render.library import template as template_spec
    from ..render.render import render_template

    tag = normalize(locale)
    try:
        return render_template(resources, template, locale=tag, context=context, **render_kwargs)
    except LocaleError as exc:
        if not str(exc).startswith(MISSING_CATALOG):
            raise
    source = render_template(resources, template, locale="en", context=context, **render_kwargs)
    html = template_spec(resources, template).filename.endswith(".html")
    try:
        result = translate_text(resources, source.text, to=tag, source="en", protect=list(_values(context)),
                                region=render_kwargs.get("region"), markup=html, customer_text=False,
                                **dict(translate_options or {}))
    except UnsupportedLanguage as exc:
        if resources.strict:
            raise
        result = TranslationResult(source.text, "en", tag, exc.provider, False,
                                   fallback=UNSUPPORTED, error=str(exc))
    if not result.machine_translated:
        failure = ProviderFailure(result.fallback or "provider_error", result.error or "no translation")
        flag = failure_flag(result.provider, failure, severity="warning", shown="the English reply")
        return dataclasses.replace(source, flags=source.flags + (flag,))

    text = result.text
    note = "disclosure line left out"
    if disclosure:
        line = disclosure_for(tag)
        body = f"<p>{line.text}</p>" if html else line.text
        text = text.rstrip("\n") + "\n\n" + body + "\n"
        note = (f"disclosure line added in {line.language}" if line.localized
                else f"disclosure line added in English (xborder has no wording for {tag})")
    protected = sum(result.redactions.values())
    flag = Flag("machine_translated", "suggestion",
                f"no catalog for {tag}: rendered in en and machine-translated by {result.provider} "
                f"({protected} value(s) protected); {note}",
                suggestion="have a speaker review it before sending", rule="xborder.translate.reply")
    return dataclasses.replace(
        source, locale=tag, text=text, machine_translated=True,
        fallback_chain=(f"{tag}+mt:{result.provider}",) + tuple(source.fallback_chain),
        flags=source.flags + (flag,),
        direction="rtl" if parse(tag).text_direction == "rtl" else "ltr")


def reply_translating_missing(resources, template: str, *, message: str | None = None,
                              locale: str | None = None, region: str | None = None,
                              context: Mapping[str, Any] | None = None, now: Any = None,
                              timezone: str | None = None, country: str | None = None,
                              phone: str | None = None, accept_language: str | None = None,
                              disclosure: bool = True, romanized_reply: Any = None,
                              **translate_options: Any) -> Reply:
    """Like :meth:`Toolkit.reply`, but a locale without a catalog is machine-translated.

    The locale is the one asked for, else the one detected from the message and
    signals, even when no catalog exists for it (where plain ``reply`` would
    answer in English).
    """
    from ..i18n.locale import normalize, parse
    from ..render.render import choose_locale

    detection = None
    if message is not None or (locale is None and (country or phone or accept_language)):
        from ..detect import detect

        detection = detect(resources, message or "", country=country, phone=phone,
                           accept_language=accept_language)
    from ..detect.romanized import reply_locale

    locale, choice = reply_locale(resources, detection, locale, romanized_reply)
    chosen, chosen_region = choose_locale(resources, detection, locale, region or country)
    detected = getattr(detection, "locale", None) if detection is not None else None
    if locale is None and detected:
        try:
            wanted = normalize(detected)
        except LocaleError:
            wanted = chosen
        if parse(wanted).language != parse(chosen).language:
            chosen = wanted
    result = translate_reply(resources, template, locale=chosen, context=context, disclosure=disclosure,
                             translate_options=translate_options, now=now, timezone=timezone,
                             region=chosen_region, detection=detection)
    if choice is not None:
        from dataclasses import replace

        result = replace(result, reply_language=choice)
    return result


def _values(context: Mapping[str, Any] | None) -> Iterable[Any]:
    """Every scalar value in the context, nested lists and mappings included."""
    stack = list((context or {}).values())
    while stack:
        value = stack.pop()
        if isinstance(value, Mapping):
            stack.extend(value.values())
        elif isinstance(value, (list, tuple, set)):
            stack.extend(value)
        else:
            yield value

