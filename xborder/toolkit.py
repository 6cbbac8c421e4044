"""The library's entry point: :class:`Toolkit` holds the data folders and caches.

Everything heavy (Babel, Jinja2, catalogs, rules, detectors) is loaded on
first use and cached per key under a lock, so one Toolkit can be shared
between threads. Nothing is read from process-global settings after
construction.
"""
from __future__ import annotations

import datetime as dt
import functools
import os
from pathlib import Path
from typing import Any, Callable, Mapping, Sequence, TypeVar

from .datadirs import DataDirs
from .errors import XborderError
from .resources import Resources
from .results import Reply

T = TypeVar("T")


class Toolkit:
    """Detect, render, lint and advise, over the bundled data and the user's own folders.

    ``data_dirs``: user folders layered over the bundled data, first listed wins;
    ``None`` reads ``XBORDER_DATA``. ``strict``: every fallback (locale, missing
    translation) becomes an error instead of a reported flag.
    """

    def __init__(self, data_dirs: Sequence[str | os.PathLike[str]] | None = None, *,
                 strict: bool = False) -> None:
        self.resources = Resources(data_dirs, strict=strict)

    # -- what the lower layers get (xborder.resources) ------------------------------
    @property
    def data(self) -> DataDirs:
        """The data folders (bundled data last)."""
        return self.resources.data

    @property
    def strict(self) -> bool:
        return self.resources.strict

    @strict.setter
    def strict(self, value: bool) -> None:
        self.resources.strict = value

    @property
    def cache_dir(self) -> Path | None:
        """The disk-cache folder (None: no disk cache)."""
        return self.resources.cache_dir

    @cache_dir.setter
    def cache_dir(self, value: Path | None) -> None:
        self.resources.cache_dir = value

    def cached(self, key: Any, factory: Callable[[], T]) -> T:
        """Return the cached value for ``key``, computing it once under the lock."""
        return self.resources.cached(key, factory)

    def clear_caches(self) -> None:
        """Forget everything loaded, so edited data files are read again."""
        self.resources.clear_caches()

    # -- templates -----------------------------------------------------------
    def template_names(self) -> list[str]:
        """Names of every reply template (partials, whose names start with ``_``, excluded)."""
        from .render.library import template_names

        return template_names(self.resources)

    def template(self, name: str):
        """The :class:`~xborder.render.templates.TemplateSpec` of a template."""
        from .render.library import template

        return template(self.resources, name)

    def templates(self) -> list:
        return [self.template(n) for n in self.template_names()]

    # -- locales and catalogs -------------------------------------------------
    def available_locales(self) -> list[str]:
        """Tags of the locales that have a catalog (the source ``en`` excluded)."""
        from .i18n.library import available_locales

        return available_locales(self.resources)

    def fallback_chain(self, locale: str) -> list[str]:
        """Catalogs consulted for ``locale``, most specific first, ending with ``en``."""
        from .i18n.library import chain_of

        return chain_of(self.resources, locale)

    def messages(self, tag: str):
        """The loaded catalog of one locale (PO when newer than its MO)."""
        from .i18n.library import messages_of

        return messages_of(self.resources, tag)

    def environment(self, chain: Sequence[str]):
        """The sandboxed Jinja2 environment for one fallback chain."""
        from .render.library import environment

        return environment(self.resources, chain)

    def template_messages(self, name: str, locale: str = "en") -> list[tuple[str, ...]]:
        """The message ids a template uses in ``locale`` (its partials and overrides included)."""
        from .render.library import template_messages

        return template_messages(self.resources, name, locale)

    def template_status(self, name: str) -> dict[str, str]:
        """``complete``, ``partial`` or ``missing`` for each shipped locale."""
        from .render.library import template_status

        return template_status(self.resources, name)

    # -- rendering -------------------------------------------------------------
    def render(self, template: str, *, locale: str = "en", context: Mapping[str, Any] | None = None,
               now: dt.datetime | str | None = None, timezone: str | None = None,
               region: str | None = None, detection: Any = None, checks: bool = True,
               voice: str | None = None, store: Any = None, rates: Mapping[str, Any] | None = None,
               business_hours: Any = None) -> Reply:
        """Render a reply template in ``locale`` for a customer in ``region`` / ``timezone``.

        ``checks=False`` skips lint, policy conflicts and promised-date checks (a preview);
        fallback flags are always reported. ``voice`` (formal | informal) overrides the
        ``store`` profile's ``voice:`` (a StorePolicy or its file) and the market default.
        ``rates`` (``{"EUR:MXN": "20.1"}``) add the local equivalent to amounts in another
        currency than the customer's; ``business_hours`` (a spec such as ``"Mon-Fri 09:00-18:00
        @Europe/Berlin"``, a YAML file or a BusinessHours) keep promised times honest (docs/values.md).
        """
        from .render.render import render_template

        return render_template(self.resources, template, locale=locale, context=context, now=now,
                               timezone=timezone, region=region, detection=detection, checks=checks,
                               voice=voice, store=store, rates=rates, business_hours=business_hours)

    def reply(self, template: str, *, message: str | None = None, locale: str | None = None,
              region: str | None = None, context: Mapping[str, Any] | None = None,
              now: dt.datetime | str | None = None, timezone: str | None = None,
              country: str | None = None, phone: str | None = None,
              accept_language: str | None = None,
              romanized_reply: str | Mapping[str, str] | None = None,
              voice: str | None = None, store: Any = None, rates: Mapping[str, Any] | None = None,
              business_hours: Any = None) -> Reply:
        """Detect the customer's language and region from ``message`` and signals, then render.

        ``locale`` and ``region`` override what detection finds; ``voice``, ``store``, ``rates``
        and ``business_hours`` as in render. A romanized message (Hinglish, Arabizi…) is answered as ``romanized_reply``
        says (see :meth:`reply_language`).
        """
        from dataclasses import replace

        from .detect.romanized import reply_locale
        from .render.render import choose_locale, detected_language_fallback

        detection = None
        if message is not None or (locale is None and (country or phone or accept_language)):
            detection = self.detect(message or "", country=country, phone=phone,
                                    accept_language=accept_language)
        locale, choice = reply_locale(self.resources, detection, locale, romanized_reply)
        chosen_locale, chosen_region = choose_locale(self.resources, detection, locale, region or country)
        fallback = None if locale else detected_language_fallback(self.resources, detection, chosen_locale)
        result = self.render(template, locale=chosen_locale, context=context, now=now,
                             timezone=timezone, region=chosen_region, detection=detection,
                                voice=voice, store=store, rates=rates, business_hours=business_hours)
        if fallback:
            result = replace(result, flags=(fallback, *result.flags))
        return replace(result, reply_language=choice) if choice is not None else result

    def reply_language(self, detection: Any, setting: str | Mapping[str, str] | None = None):
        """How to answer a romanized customer: a ``ReplyChoice`` (``locale``, ``form`` native,
        second or romanized, ``reason``), or None when ``detection`` is not romanized.

        ``setting``: the store's (``native``, ``romanized``, a locale such as ``en``, or a
        mapping per language with ``default``); documented defaults fill the rest.
        """
        from .detect.romanized import reply_language

        if detection is None or not getattr(detection, "romanized", False):
            return None
        return reply_language(detection, setting, resources=self.resources)

    # -- detection ---------------------------------------------------------------
    def detect(self, text: str, *, country: str | None = None, phone: str | None = None,
               accept_language: str | None = None, email: str | None = None, evidence: bool = True):
        """The customer's language and region, with evidence (a ``Detection``); ``evidence=False``:
        the same answer without the evidence, sooner (what ``xborder batch`` reads)."""
        from .detect import detect

        return detect(self.resources, text, country=country, phone=phone,
                      accept_language=accept_language, email=email, evidence=evidence)

    # -- cultural-sensitivity lint (issue 6: xborder/lint/) ---------------------------
    def lint(self, text: str, locale: str, *, region: str | None = None, voice: str | None = None,
             store: Any = None, **options: Any):
        """Cultural-sensitivity flags for ``text`` written to a customer in ``locale``.

        ``voice`` (formal | informal) is the register checked; without it, the ``store``
        profile's ``voice:`` for the locale (a StorePolicy or its file), else the market's
        default. ``options``: ``team_timezone`` (IANA), ``now`` (ISO 8601),
        ``customer_given_name``, ``customer_family_name``; see ``xborder.lint.lint_text``.
        """
        from .lint import lint_text

        if voice is None and store is not None:
            from .i18n.locale import normalize
            from .voices import voice_for

            if not hasattr(store, "voice"):
                from .policy.store import load_store_policy

                store = load_store_policy(store)
            voice = voice_for(getattr(store, "voice", None) or {}, normalize(locale))
        return lint_text(self.resources, text, locale, region=region, voice=voice, **options)

    # -- policy and triage (issue 7: xborder/policy/) ---------------------------------
    def policy(self, region: str):
        """The statutory profile of a region (facts with sources)."""
        from .policy import get_profile

        return get_profile(self.resources, region)

    def triage(self, text: str, *, country: str | None = None, phone: str | None = None,
               accept_language: str | None = None, email: str | None = None, evidence: bool = True):
        """Detection plus escalation reasons with evidence; ``evidence=False``: the detection's
        evidence left out (see :meth:`detect`)."""
        from .policy.triage import triage

        detect = self.detect if evidence else functools.partial(self.detect, evidence=False)
        return triage(self.resources, detect, text, country=country, phone=phone, accept_language=accept_language,
                      email=email)

    # -- intents and suggested replies (issue 14: xborder/intents/) -----------------
    def classify(self, text: str, *, region: str | None = None, language: str | None = None,
                 entities: bool = True):
        """The customer's intent, alternatives, evidence and the entities the text names.

        ``language``: the message's language when known (cues of other languages count less).
        """
        from .intents.classify import classify

        return classify(self.resources, text, region=region, language=language, entities=entities)

    def suggest(self, message: str, order: Any = None, store: Any = None, region: str | None = None,
                **options: Any):
        """Detect, triage, classify, choose and fill a template, render the checked reply.

        ``order`` / ``store``: a dict or a JSON file path (docs/suggest.md); ``options``:
        ``intent`` (override), ``now``, ``country``, ``phone``, ``accept_language``.
        """
        from .intents.suggest import suggest

        return suggest(self.resources, message, order=order, store=store, region=region, **options)

    # -- time (issue 5: xborder/timing/) --------------------------------------------
    def time(self, where: str, *, at: Any = None, business_hours: str | None = None,
             sla_hours: float | None = None):
        """Local time, weekend, holiday, business hours and SLA for a region or zone."""
        from .timing import time_report

        return time_report(self.resources, where, at=at, business_hours=business_hours, sla_hours=sla_hours)

    # -- machine translation (issue 8: xborder/translate/) -------------------------
    def translate(self, text: str, *, to: str, source: str = "auto", **options: Any):
        """Translate ``text`` with customer data redacted; never required to render a reply."""
        from .translate import translate_text

        return translate_text(self.resources, text, to=to, source=source, **options)


__all__ = ["Toolkit", "XborderError"]
