"""Translate one text: redact, split, ask the provider (or the cache), check, restore.

Any provider failure returns the original text with a flag and the reason in
``fallback``; a bad input (unknown locale, unknown provider, missing key) raises
an :class:`~xborder.errors.XborderError`. Under ``Toolkit(strict=True)`` a
failure raises :class:`TranslationError` instead of falling back.
"""
from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from typing import Any, Iterable

from ..errors import XborderError
from ..results import Flag
from . import resilience as rs
from .config import TranslatorConfig, load_config
from .providers import Provider, build_provider
from .redact import PlaceholderMismatch, Redacted, Redactor, check_tokens, restore, tokens_in

_PARAGRAPH_BREAK = re.compile(r"(\n[ \t]*\n\s*)")
_SENTENCE_END = re.compile(r"(?<=[.!?。！？])(?=\s)")
_MIN_DETECT_CONFIDENCE = 0.5


class TranslationError(XborderError):
    """Machine translation failed and the toolkit is strict (no silent fallback)."""


@dataclass(frozen=True)
class TranslationResult:
    """A translation, or the original text with the reason it was not translated."""

    text: str
    source_language: str | None
    target_language: str
    provider: str
    machine_translated: bool
    redactions: dict[str, int] = field(default_factory=dict)
    flags: tuple[Flag, ...] = ()
    fallback: str | None = None
    error: str | None = None  # what went wrong, when ``fallback`` is set (no values, no keys)
    pieces: int = 0       # pieces of text needing translation
    from_cache: int = 0   # of those, answered by the disk cache

    def to_dict(self) -> dict[str, Any]:
        """The ``translate --json`` contract; ``flags`` and ``fallback`` only when something failed."""
        out: dict[str, Any] = {
            "text": self.text,
            "source_language": self.source_language,
            "provider": self.provider,
            "machine_translated": self.machine_translated,
            "redactions": dict(self.redactions),
        }
        if self.fallback is not None or self.flags:
            out["flags"] = [f.to_dict() for f in self.flags]
            out["fallback"] = self.fallback
        return out


@dataclass(frozen=True)
class _Piece:
    text: str            # redacted, stripped
    translate: bool      # False for whitespace between paragraphs


def translate_text(resources, text: str, *, to: str, source: str = "auto", protect: Iterable[Any] = (),
                   region: str | None = None, glossary: bool = True, formats: bool = True,
                   markup: bool = False, customer_text: bool = True, **options: Any) -> TranslationResult:
    """Translate ``text`` into locale ``to`` with customer data kept on this machine.

    ``source``: a locale code or ``auto`` (detected locally). ``protect``: values
    never to send (a template's variable values). ``region``: the customer's
    country, to recognise national phone numbers. ``glossary``: protect the
    glossaries' do-not-translate terms. ``formats``/``markup``: protect ``%(name)s``
    placeholders / HTML tags. ``customer_text``: the text is what a customer wrote (the
    default), so neither it nor its translation is written to the disk cache; pass False
    for the store's own text (a rendered reply with its values in ``protect``, a catalog
    entry), whose translations are cached. ``options`` override the configuration
    (``provider``, ``url``, ``key``, ``timeout``, ``retries``, ``cache``… see
    :mod:`xborder.translate.config`).
    """
    from ..i18n.locale import normalize

    if not isinstance(text, str):
        raise TypeError("text must be a string")
    target = normalize(to)
    config = load_config(resources, **options)
    provider = build_provider(config)
    provider_name = provider.name if provider else "none"
    target_code = provider.target_code(target) if provider else None  # bad input fails before any work
    source_language = _source_language(resources, text, source)
    if source_language and _same_language(source_language, target):
        return TranslationResult(text, source_language, target, provider_name, False)
    if not text.strip():
        return TranslationResult(text, source_language, target, provider_name, False)
    if provider is None:
        return _failed(resources, text, source_language, target, "none", {}, rs.ProviderFailure(
            rs.NOT_CONFIGURED, "no translation provider is configured (set XBORDER_TRANSLATOR "
            "or 'translator' in xborder.toml)"))

    source_code = (provider.code(source_language) if source_language else None) or "auto"
    terms = ()
    if glossary:
        from .terms import do_not_translate

        terms = do_not_translate(resources, [target, source_language])
    redactor = resources.cached(("translate", "redactor", config.redact, config.patterns),
                              lambda: Redactor(config.redact, config.patterns))
    redacted = redactor.redact(text, protect=[v for v in protect if _protectable(v)], glossary=terms,
                               region=region, formats=formats, markup=markup)
    counts = redacted.counts()
    try:
        translated, pieces, hits = _translate_pieces(resources, provider, config, redacted,
                                                     source_code, target_code, cache=not customer_text)
    except rs.ProviderFailure as failure:
        return _failed(resources, text, source_language, target, provider.name, counts, failure)
    return TranslationResult(translated, source_language, target, provider.name, True, counts,
                             pieces=pieces, from_cache=hits)


def _protectable(value: Any) -> bool:
    return isinstance(value, (str, int, float)) and not isinstance(value, bool) and len(str(value).strip()) > 1


def _source_language(resources, text: str, source: str) -> str | None:
    """The source language: the caller's, or detected on this machine (None when unsure)."""
    from ..i18n.locale import parse

    if source and source != "auto":
        return _language_of(parse(source))
    try:
        from ..detect import detect
        from .redact import TOKEN_RE

        found = detect(resources, TOKEN_RE.sub(" ", text))
        if not getattr(found, "language", None) or getattr(found, "confidence", 0) < _MIN_DETECT_CONFIDENCE:
            return None
        return _language_of(parse(found.language if found.language != "zh" or not found.script
                                  else f"zh-{found.script}"))
    except XborderError:
        return None


def _language_of(loc) -> str:
    """ISO 639-1, with the script for Chinese (``zh-Hans``/``zh-Hant``), as DESIGN.md reports languages."""
    from ..i18n.locale import likely_script

    return f"zh-{likely_script(loc) or 'Hans'}" if loc.language == "zh" else loc.language


def _same_language(source: str, target: str) -> bool:
    from ..i18n.locale import likely_script, parse

    a, b = parse(source), parse(target)
    return a.language == b.language and (a.language != "zh" or likely_script(a) == likely_script(b))


def split_pieces(text: str, max_chars: int) -> list[_Piece]:
    """Paragraphs (and, when too long, sentences, then words) to send one by one.

    Whitespace between pieces is kept aside and never sent, so the layout of the
    original (blank lines, indentation) survives engines that trim.
    """
    pieces: list[_Piece] = []
    for part in _PARAGRAPH_BREAK.split(text):
        for chunk in (_chunks(part, max_chars) if part.strip() else [part]):
            core = chunk.strip()
            lead = chunk[: len(chunk) - len(chunk.lstrip())]
            tail = chunk[len(chunk.rstrip()):] if core else ""
            if lead:
                pieces.append(_Piece(lead, False))
            if core:
                pieces.append(_Piece(core, True))
            if tail:
                pieces.append(_Piece(tail, False))
    return pieces


def _chunks(text: str, max_chars: int) -> list[str]:
    """``text`` cut into runs of at most ``max_chars``: at sentence ends, else at spaces."""
    if len(text) <= max_chars:
        return [text]
    units: list[str] = []
    for sentence in _SENTENCE_END.split(text):
        if len(sentence) <= max_chars:
            units.append(sentence)
            continue
        for word in re.split(r"(?<=\s)(?=\S)", sentence):
            units.extend(word[i:i + max_chars] for i in range(0, len(word), max_chars))
    chunks, current = [], ""
    for unit in units:
        if current and len(current) + len(unit) > max_chars:
            chunks.append(current)
            current = ""
        current += unit
    if current:
        chunks.append(current)
    return chunks


def _translate_pieces(resources, provider: Provider, config: TranslatorConfig, redacted: Redacted,
                      source_code: str, target_code: str, cache: bool) -> tuple[str, int, int]:
    from .cache import TranslationCache, cache_key

    from ..diskcache import default_cache_dir

    store = None
    folder = config.cache_dir or default_cache_dir()
    if cache and config.cache and folder is not None:
        store = resources.cached(("translate", "cache", str(folder), config.cache_max_entries),
                               lambda: TranslationCache(folder, config.cache_max_entries))
    breaker = resources.cached(("translate", "breaker", provider.identity),
                             lambda: rs.CircuitBreaker(config.breaker_threshold, config.breaker_cooldown))
    by_index = {p.index: p for p in redacted.placeholders}
    deadline = time.monotonic() + config.timeout
    out, pieces, hits = [], 0, 0
    for piece in split_pieces(redacted.text, provider.max_chars):
        if not piece.translate:
            out.append(piece.text)
            continue
        pieces += 1
        expected = [by_index[i] for i in tokens_in(piece.text)]
        key = cache_key(provider.identity, source_code, target_code, piece.text)
        answer = store.get(key) if store is not None else None
        if answer is not None:
            try:
                check_tokens(answer, expected)
                hits += 1
                out.append(restore(answer, expected))
                continue
            except PlaceholderMismatch:
                answer = None  # a stale entry from another redaction: ask again
        if not breaker.allow():
            raise rs.ProviderFailure(rs.CIRCUIT_OPEN, f"'{provider.name}' failed {breaker.failures} times in a row; "
                                     f"not asking it again for {breaker.seconds_left():.0f} s")
        try:
            answer = rs.with_retries(
                lambda until: rs.call_with_deadline(
                    lambda: provider.translate(piece.text, source_code, target_code), until),
                budget=deadline - time.monotonic(), retries=config.retries, backoff=config.backoff)
        except rs.ProviderFailure:
            breaker.record(False)
            raise
        breaker.record(True)
        try:
            check_tokens(answer, expected)
        except PlaceholderMismatch as exc:
            raise rs.ProviderFailure(rs.PLACEHOLDERS, f"the translation was rejected: {exc}") from None
        if store is not None:
            store.put(key, answer)
        out.append(restore(answer, expected))
    return "".join(out), pieces, hits


_SUGGESTIONS = {
    rs.TIMEOUT: "check the server, or raise 'timeout' under [translate] in xborder.toml",
    rs.UNREACHABLE: "check the translator URL and that the server is running",
    rs.HTTP_ERROR: "check the provider's status and your key",
    rs.MALFORMED: "check that the URL points at a translation API",
    rs.PLACEHOLDERS: "the engine mangled a protected value; try another provider",
    rs.CIRCUIT_OPEN: "wait for the cool-down, or fix the provider",
    rs.NOT_CONFIGURED: "set XBORDER_TRANSLATOR (google, deepl, microsoft, libre, mymemory)",
    rs.PROVIDER_ERROR: "try another provider",
}


def failure_flag(provider: str, failure: rs.ProviderFailure, *, severity: str = "error",
                 shown: str = "the original text") -> Flag:
    """The flag for a failed translation: ``translator_not_configured`` or ``machine_translation_failed``."""
    if failure.reason == rs.NOT_CONFIGURED:
        return Flag("translator_not_configured", severity, f"{failure}; {shown} is shown untranslated",
                    suggestion=_SUGGESTIONS[rs.NOT_CONFIGURED], rule=f"xborder.translate.{failure.reason}")
    return Flag("machine_translation_failed", severity,
                f"machine translation by {provider} failed ({failure.reason}): {failure}; showing {shown}",
                suggestion=_SUGGESTIONS.get(failure.reason), rule=f"xborder.translate.{failure.reason}")


def _failed(resources, text: str, source_language: str | None, target: str, provider: str,
            counts: dict[str, int], failure: rs.ProviderFailure) -> TranslationResult:
    if resources.strict:
        raise TranslationError(f"machine translation into {target} failed ({failure.reason}): {failure}")
    return TranslationResult(text, source_language, target, provider, False, counts,
                             flags=(failure_flag(provider, failure),), fallback=failure.reason,
                             error=str(failure))
