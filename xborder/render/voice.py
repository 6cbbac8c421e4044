"""Brand voice: ``formal`` or ``informal``, chosen by the caller, the store, or the market.

Mechanism: a catalog's informal variant of a message is a second entry with
``msgctxt "informal"`` (docs/voice.md). Precedence: the ``voice`` argument
(``reply --voice``), then the store profile's ``voice:`` for the locale (or its
language), then ``culture_rules/voice_defaults.yaml``.
"""
from __future__ import annotations

from typing import Any

from ..codes import check_voice
from ..voices import DEFAULTS_RELPATH, market_defaults, voice_for

__all__ = ["DEFAULTS_RELPATH", "check_voice", "formal_only_messages", "market_defaults", "resolve_voice"]


def resolve_voice(resources, tag: str, voice: str | None, store: Any = None) -> tuple[str, str]:
    """(voice, how it was chosen: ``argument`` | ``store`` | ``market``)."""
    if voice is not None:
        return check_voice(voice), "argument"
    store_voices = getattr(store, "voice", None) or {}
    chosen = voice_for(store_voices, tag)
    if chosen is not None:
        return chosen, "store"
    return voice_for(market_defaults(resources), tag) or "formal", "market"


def formal_only_messages(resources, template: str, tag: str, chain) -> tuple[str, ...]:
    """Messages of ``template`` (partials included) that the catalog translating them has no
    informal variant for; empty -> the template can be written informally in ``tag``."""
    from ..i18n.library import messages_of
    from ..i18n.locale import SOURCE_LOCALE
    from .library import template_messages

    def compute() -> tuple[str, ...]:
        catalogs = [messages_of(resources, t) for t in chain if t != SOURCE_LOCALE]
        missing = []
        for ids in template_messages(resources, template, tag):
            plural = len(ids) > 1
            for messages in catalogs:
                formal = messages.plural if plural else messages.singular
                informal = messages.informal_plural if plural else messages.informal
                if ids[0] in informal:
                    break
                if ids[0] in formal:
                    missing.append(ids[0])
                    break
        return tuple(missing)

    return resources.cached(("formal_only", template, tuple(chain)), compute)
