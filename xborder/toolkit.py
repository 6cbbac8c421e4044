"""The library's entry point: :class:`Toolkit` holds the data folders and caches.

Everything heavy (Babel, Jinja2, catalogs, rules, detectors) is loaded on
first use and cached per key under a lock, so one Toolkit can be shared
between threads. Nothing is read from process-global settings after
construction.
"""
from __future__ import annotations

import datetime as dt
import os
import re
import threading
from pathlib import Path
from typing import Any, Callable, Mapping, Sequence, TypeVar

from .datadirs import DataDirs, user_dirs_from_env
from .errors import DataError, LocaleError, TemplateNotFoundError, XborderError
from .results import Reply

T = TypeVar("T")
_BLANK_RUNS = re.compile(r"\n{3,}")
_TRAILING_SPACE = re.compile(r"[ \t]+\n")


class Toolkit:
    """Detect, render, lint and advise, over the bundled data and the user's own folders.

    ``data_dirs``: user folders layered over the bundled data, first listed wins;
    ``None`` reads ``XBORDER_DATA``. ``strict``: every fallback (locale, missing
    translation) becomes an error instead of a reported flag.
    """

    def __init__(self, data_dirs: Sequence[str | os.PathLike[str]] | None = None, *,
                 strict: bool = False) -> None:
        self.data = DataDirs(list(data_dirs) if data_dirs is not None else user_dirs_from_env())
        self.strict = strict
        self._lock = threading.RLock()
        self._cache: dict[Any, Any] = {}
        from .diskcache import default_cache_dir

        self.cache_dir = default_cache_dir()

    # -- caching -------------------------------------------------------------
    def cached(self, key: Any, factory: Callable[[], T]) -> T:
        """Return the cached value for ``key``, computing it once under the lock."""
        try:
            return self._cache[key]
        except KeyError:
            pass
        with self._lock:
            if key not in self._cache:
                self._cache[key] = factory()
            return self._cache[key]

    def clear_caches(self) -> None:
        """Forget everything loaded, so edited data files are read again."""
        with self._lock:
            self._cache.clear()

    # -- templates -----------------------------------------------------------
    def template_names(self) -> list[str]:
        """Names of every reply template (partials, whose names start with ``_``, excluded)."""
        def scan() -> list[str]:
            names = set()
            for rel in self.data.listing("templates", "*.yaml"):
                name = Path(rel).stem
                if not name.startswith("_"):
                    names.add(name)
            return sorted(names)
        return self.cached("template_names", scan)

    def template(self, name: str):
        """The :class:`~xborder.render.templates.TemplateSpec` of a template."""
        from .render.templates import TEMPLATE_SUFFIXES, load_spec

        def load():
            if name not in self.template_names():
                raise TemplateNotFoundError(name, self.template_names())
            spec_path = self.data.find(f"templates/{name}.yaml")
            for suffix in TEMPLATE_SUFFIXES:
                path = self.data.find(f"templates/{name}{suffix}")
                if path is not None:
                    return load_spec(name, path, spec_path)
            raise DataError(f"template '{name}' has a spec but no {' or '.join(TEMPLATE_SUFFIXES)} file",
                            spec_path, 1)
        if not isinstance(name, str) or not name:
            raise TemplateNotFoundError(str(name), self.template_names())
        return self.cached(("template", name), load)

    def templates(self) -> list:
        return [self.template(n) for n in self.template_names()]

    # -- locales and catalogs -------------------------------------------------
    def available_locales(self) -> list[str]:
        """Tags of the locales that have a catalog (the source ``en`` excluded)."""
        from .i18n.catalogs import DOMAIN
        from .i18n.locale import normalize

        def scan() -> list[str]:
            import babel

            from .diskcache import digest, remember

            found = {rel.split("/")[1]: rel
                     for rel in self.data.listing("locales", f"*/LC_MESSAGES/{DOMAIN}.[pm]o", recursive=True)}

            def tags() -> list[str]:
                normalized = set()
                for folder, rel in found.items():
                    try:
                        normalized.add(normalize(folder))
                    except LocaleError as exc:
                        raise DataError(f"catalog folder '{folder}' is not a locale: {exc}",
                                        self.data.find(rel)) from None
                return sorted(normalized)

            # The folder names' tags, as an earlier process worked them out (Babel's check of
            # names like zh_CN lists its whole locale-data folder).
            key = digest("locale-folders", babel.__version__, *sorted(found))
            return remember(self.cache_dir, "locales", key, tags, load=lambda stored: [str(t) for t in stored])
        return self.cached("available_locales", scan)

    def fallback_chain(self, locale: str) -> list[str]:
        """Catalogs consulted for ``locale``, most specific first, ending with ``en``."""
        from .i18n.locale import fallback_chain

        return self.cached(("chain", locale), lambda: fallback_chain(locale, self.available_locales()))

    def messages(self, tag: str):
        """The loaded catalog of one locale (PO when newer than its MO)."""
        from .i18n.catalogs import catalog_relpath, load_messages
        from .i18n.locale import dir_name

        def load():
            po = self.data.find(catalog_relpath(dir_name(tag), "po"))
            mo = self.data.find(catalog_relpath(dir_name(tag), "mo"))
            if po is None and mo is None:
                raise LocaleError(f"no catalog for locale '{tag}'")
            return load_messages(tag, po, mo, self.cache_dir)
        return self.cached(("messages", tag), load)

    def environment(self, chain: Sequence[str]):
        """The sandboxed Jinja2 environment for one fallback chain."""
        from .i18n.locale import SOURCE_LOCALE
        from .render.environment import build_environment

        chain = tuple(chain)
        return self.cached(("env", chain), lambda: build_environment(
            self.data, chain, [self.messages(t) for t in chain if t != SOURCE_LOCALE]))

    def template_messages(self, name: str, locale: str = "en") -> list[tuple[str, ...]]:
        """The message ids a template uses in ``locale`` (its partials and overrides included)."""
        from .render.introspect import template_msgids

        chain = self.fallback_chain(locale)
        return self.cached(("msgids", name, tuple(chain)),
                           lambda: template_msgids(self.environment(chain), self.template(name).filename))

    def template_status(self, name: str) -> dict[str, str]:
        """``complete``, ``partial`` or ``missing`` for each shipped locale."""
        from .i18n.locale import SOURCE_LOCALE

        status = {SOURCE_LOCALE: "complete"}
        for tag in self.available_locales():
            chain = [t for t in self.fallback_chain(tag) if t != SOURCE_LOCALE]
            catalogs = [self.messages(t) for t in chain]
            msgids = self.template_messages(name, tag)
            done = sum(1 for mid in msgids
                       if any((mid[0] in c.plural) if len(mid) > 1 else (mid[0] in c.singular) for c in catalogs))
            status[tag] = "complete" if done == len(msgids) else ("partial" if done else "missing")
        return status

    # -- rendering -------------------------------------------------------------
    def render(self, template: str, *, locale: str = "en", context: Mapping[str, Any] | None = None,
               now: dt.datetime | str | None = None, timezone: str | None = None,
               region: str | None = None, detection: Any = None, checks: bool = True,
               voice: str | None = None, store: Any = None) -> Reply:
        """Render a reply template in ``locale`` for a customer in ``region`` / ``timezone``.

        ``checks=False`` skips lint, policy conflicts and promised-date checks (a preview);
        fallback flags are always reported. ``voice`` (formal | informal) overrides the
        ``store`` profile's ``voice:`` (a StorePolicy or its file) and the market default.
        """
        from .render.render import render_reply

        if store is not None and not hasattr(store, "voice"):
            from .policy.store import load_store_policy

            store = load_store_policy(store)
        return render_reply(self, template, locale=locale, context=context, now=now,
                            timezone=timezone, region=region, detection=detection, checks=checks,
                            voice=voice, store=store)

    def reply(self, template: str, *, message: str | None = None, locale: str | None = None,
              region: str | None = None, context: Mapping[str, Any] | None = None,
              now: dt.datetime | str | None = None, timezone: str | None = None,
              country: str | None = None, phone: str | None = None,
              accept_language: str | None = None,
              romanized_reply: str | Mapping[str, str] | None = None,
              voice: str | None = None, store: Any = None) -> Reply:
        """Detect the customer's language and region from ``message`` and signals, then render.

        ``locale`` and ``region`` override what detection finds; ``voice`` and ``store`` as in
        render. A romanized message (Hinglish, Arabizi…) is answered as ``romanized_reply``
        says (see :meth:`reply_language`).
        """
        from dataclasses import replace

        from .detect.romanized import reply_locale
        from .render.render import choose_locale, detected_language_fallback

        detection = None
        if message is not None or (locale is None and (country or phone or accept_language)):
            detection = self.detect(message or "", country=country, phone=phone,
                                    accept_language=accept_language)
        locale, choice = reply_locale(self, detection, locale, romanized_reply)
        chosen_locale, chosen_region = choose_locale(self, detection, locale, region or country)
        fallback = None if locale else detected_language_fallback(self, detection, chosen_locale)
        result = self.render(template, locale=chosen_locale, context=context, now=now,
                             timezone=timezone, region=chosen_region, detection=detection,
                             voice=voice, store=store)
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
        return reply_language(detection, setting, toolkit=self)

    # -- detection ---------------------------------------------------------------
    def detect(self, text: str, *, country: str | None = None, phone: str | None = None,
               accept_language: str | None = None, email: str | None = None):
        """The customer's language and region, with evidence (a ``Detection``)."""
        from .detect import detect

        return detect(self, text, country=country, phone=phone,
                      accept_language=accept_language, email=email)

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
        return lint_text(self, text, locale, region=region, voice=voice, **options)

    # -- policy and triage (issue 7: xborder/policy/) ---------------------------------
    def policy(self, region: str):
        """The statutory profile of a region (facts with sources)."""
        from .policy import get_profile

        return get_profile(self, region)

    def triage(self, text: str, *, country: str | None = None, phone: str | None = None,
               accept_language: str | None = None, email: str | None = None):
        """Detection plus escalation reasons with evidence."""
        from .policy.triage import triage

        return triage(self, text, country=country, phone=phone, accept_language=accept_language, email=email)

    # -- intents and suggested replies (issue 14: xborder/intents/) -----------------
    def classify(self, text: str, *, region: str | None = None, language: str | None = None,
                 entities: bool = True):
        """The customer's intent, alternatives, evidence and the entities the text names.

        ``language``: the message's language when known (cues of other languages count less).
        """
        from .intents.classify import classify

        return classify(self, text, region=region, language=language, entities=entities)

    def suggest(self, message: str, order: Any = None, store: Any = None, region: str | None = None,
                **options: Any):
        """Detect, triage, classify, choose and fill a template, render the checked reply.

        ``order`` / ``store``: a dict or a JSON file path (docs/suggest.md); ``options``:
        ``intent`` (override), ``now``, ``country``, ``phone``, ``accept_language``.
        """
        from .intents.suggest import suggest

        return suggest(self, message, order=order, store=store, region=region, **options)

    # -- time (issue 5: xborder/timing/) --------------------------------------------
    def time(self, where: str, *, at: Any = None, business_hours: str | None = None,
             sla_hours: float | None = None):
        """Local time, weekend, holiday, business hours and SLA for a region or zone."""
        from .timing import time_report

        return time_report(self, where, at=at, business_hours=business_hours, sla_hours=sla_hours)

    # -- machine translation (issue 8: xborder/translate/) -------------------------
    def translate(self, text: str, *, to: str, source: str = "auto", **options: Any):
        """Translate ``text`` with customer data redacted; never required to render a reply."""
        from .translate import translate_text

        return translate_text(self, text, to=to, source=source, **options)


__all__ = ["Toolkit", "XborderError"]
