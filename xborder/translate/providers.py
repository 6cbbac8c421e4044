"""Translation providers behind one small interface, each a deep-translator client.

``google`` (the free web endpoint), ``deepl`` (API key; keys ending in ``:fx`` use
the free API), ``microsoft`` (key, optional resource region), ``libre`` (a
LibreTranslate server at a URL you run; a key only if that server wants one) and
``mymemory``. deep-translator is imported inside the calls, so loading xborder
never loads it.

Each provider maps a BCP 47 locale to its own language code (``zh-TW`` ->
``zh-TW`` for Google, ``zh-hant`` for Microsoft, ``pt-BR`` for MyMemory) from
the code lists deep-translator ships; a locale it cannot serve is an InputError
naming what it can.
"""
from __future__ import annotations

import functools
import threading
from dataclasses import dataclass, field
from typing import Iterable

from ..errors import InputError
from .config import TranslatorConfig

# Codes that differ between CLDR/BCP 47 and Google's list (Google keeps legacy ISO codes).
_GOOGLE_ALIASES = {"he": "iw", "nb": "no", "nn": "no", "jv": "jw", "fil": "tl"}
_HARD_LIMITS = {"google": 4999, "mymemory": 499}


class UnsupportedLanguage(InputError):
    """The configured provider cannot translate into the requested language."""

    def __init__(self, provider: str, tag: str, known: list[str]) -> None:
        sample = ", ".join(known[:40]) + ("…" if len(known) > 40 else "")
        super().__init__(f"translation provider '{provider}' cannot translate into '{tag}'"
                         + (f" (it knows: {sample})" if sample else ""))
        self.provider = provider
        self.tag = tag


@dataclass(frozen=True)
class Provider:
    """One configured provider. ``translate`` runs inside a deadline-guarded worker thread."""

    name: str
    url: str | None = None
    key: str | None = field(default=None, repr=False)
    region: str | None = None
    max_chars: int = 4500

    @property
    def identity(self) -> str:
        """What distinguishes one provider's output from another's (for the cache key)."""
        return f"{self.name}:{self.url or ''}"

    # -- language codes ---------------------------------------------------------------
    def code(self, tag: str) -> str | None:
        """This provider's code for a locale tag, or None when it has none."""
        from ..i18n.locale import likely_script, parse

        loc = parse(tag)
        language, territory = loc.language, loc.territory
        script = likely_script(loc)
        if self.name == "microsoft":
            return _microsoft_code(language, territory, script)
        codes = {c.lower(): c for c in _code_list(self.name)}
        candidates = []
        if language == "zh":
            # Simplified and Traditional Chinese are different targets; never swap one for the other.
            traditional = script == "Hant"
            if self.name == "google":
                candidates = ["zh-TW" if traditional else "zh-CN"]
            elif self.name == "mymemory":
                candidates = [f"zh-{territory}" if territory else "", "zh-TW" if traditional else "zh-CN"]
            else:
                candidates = [] if traditional else ["zh"]
            return next((codes[c.lower()] for c in candidates if c and c.lower() in codes), None)
        if territory:
            candidates.append(f"{language}-{territory}")
        if self.name == "google":
            candidates.append(_GOOGLE_ALIASES.get(language, language))
        candidates.append(language)
        for candidate in candidates:
            if candidate.lower() in codes:
                return codes[candidate.lower()]
        # MyMemory lists only regional codes: take the language's home region, else the first.
        regional = sorted(c for c in codes.values() if c.split("-")[0] == language)
        home = f"{language}-{language.upper()}"
        if regional:
            return home if home in regional else regional[0]
        return None

    def languages(self) -> list[str]:
        return sorted(_code_list(self.name)) if self.name != "microsoft" else []

    def target_code(self, tag: str) -> str:
        code = self.code(tag)
        if code is None:
            raise UnsupportedLanguage(self.name, tag, self.languages())
        return code

    # -- the call ---------------------------------------------------------------------
    def translate(self, text: str, source: str, target: str) -> str:
        """Translate one piece of text (already redacted); raises whatever the client raises."""
        client = self._client(source, target)
        result = client.translate(text)
        if not isinstance(result, str):
            raise ValueError("the provider returned no text")
        return result

    def _client(self, source: str, target: str):
        if self.name == "google":
            from deep_translator import GoogleTranslator

            return GoogleTranslator(source=source, target=target)
        if self.name == "mymemory":
            from deep_translator import MyMemoryTranslator

            return MyMemoryTranslator(source=source, target=target)
        if self.name == "deepl":
            from deep_translator import DeeplTranslator

            return DeeplTranslator(source=source, target=target, api_key=self.key,
                                   use_free_api=bool(self.key and self.key.endswith(":fx")))
        if self.name == "microsoft":
            return _microsoft_class()(source=source, target=target, api_key=self.key, region=self.region)
        if self.name == "libre":
            from deep_translator import LibreTranslator

            # The client insists on a key; a self-hosted server usually has none, so
            # construct with a stand-in and drop it before any request is made.
            client = LibreTranslator(source=source, target=target, api_key=self.key or "unused",
                                     custom_url=self.url)
            if not self.key:
                client.api_key = None
            return client
        raise AssertionError(self.name)  # pragma: no cover


def _code_list(name: str) -> Iterable[str]:
    from deep_translator import constants

    table = {
        "google": constants.GOOGLE_LANGUAGES_TO_CODES,
        "deepl": constants.DEEPL_LANGUAGE_TO_CODE,
        "libre": constants.LIBRE_LANGUAGES_TO_CODES,
        "mymemory": constants.MY_MEMORY_LANGUAGES_TO_CODES,
    }[name]
    return table.values()


@functools.lru_cache(maxsize=None)
def _microsoft_class():
    """deep-translator's Microsoft client, fetching its language list once per process, not per call."""
    from deep_translator import MicrosoftTranslator

    class MicrosoftOnce(MicrosoftTranslator):
        _languages: dict | None = None
        _lock = threading.Lock()

        def _get_supported_languages(self):
            with MicrosoftOnce._lock:
                if MicrosoftOnce._languages is None:
                    MicrosoftOnce._languages = super()._get_supported_languages()
                return MicrosoftOnce._languages

    return MicrosoftOnce


def _microsoft_code(language: str, territory: str | None, script: str | None) -> str:
    """Microsoft's codes (lower-cased as deep-translator compares them): zh-hans, pt-pt, sr-latn."""
    if language == "zh":
        return "zh-hant" if script == "Hant" else "zh-hans"
    if language == "pt" and territory == "PT":
        return "pt-pt"
    if language == "sr":
        return "sr-latn" if script == "Latn" else "sr-cyrl"
    return language


def build_provider(config: TranslatorConfig) -> Provider | None:
    """The configured provider, or None for ``none``; InputError when a setting is missing."""
    name = config.provider
    if name == "none":
        return None
    origin = config.origin
    if name in ("deepl", "microsoft") and not config.key:
        raise InputError(f"translation provider '{name}' needs an API key: set XBORDER_TRANSLATOR_KEY "
                         f"or 'key' in xborder.toml (provider chosen by {origin})")
    url = config.url
    if name == "libre":
        if not url:
            raise InputError("translation provider 'libre' needs the URL of your LibreTranslate server: "
                             "set XBORDER_TRANSLATOR_URL or 'url' in xborder.toml "
                             "(xborder never sends text to a public server you did not name)")
        if not url.startswith(("http://", "https://")):
            raise InputError(f"translator URL '{url}' must start with http:// or https://")
        url = url.rstrip("/") + "/"
    elif url:
        url = None  # only LibreTranslate takes a URL; the others have fixed endpoints
    limit = min(config.max_chars, _HARD_LIMITS.get(name, config.max_chars))
    return Provider(name=name, url=url, key=config.key, region=config.region, max_chars=limit)
