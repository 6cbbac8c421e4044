"""Newstyle gettext callables over the locale's fallback chain of catalogs.

In the informal voice each catalog's ``msgctxt "informal"`` entry is taken
before its plain (formal) one; a message a catalog translates only formally
is recorded, so the render can tell the voice was not fully available.

They format the variables themselves: numbers with the locale's digits and
separators, every value isolated for bidi in right-to-left locales, HTML
escaped under autoescape. A message no catalog in the chain translates is
recorded, so the Reply reports it instead of silently showing English.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Any, Sequence

from jinja2 import pass_context
from markupsafe import Markup, escape

from ..i18n.catalogs import Messages
from .state import STATE_KEY, Isolated


class Translated(str):
    """A translated sentence; the environment's finalize leaves it unisolated."""


class TranslatedMarkup(Markup):
    pass


def _format_value(value: Any, state) -> str:
    if isinstance(value, Isolated):  # already formatted and isolated by a filter
        return value
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        from babel.numbers import format_decimal

        value = format_decimal(value, locale=state.locale)
    return state.isolate(str(value))


def _interpolate(context, template: str, variables: dict[str, Any]):
    from .limits import check_format

    check_format(template, braces=False)  # a translation's "%(name)999999999s" would make a gigabyte
    state = context[STATE_KEY]
    autoescape = context.eval_ctx.autoescape
    values = {}
    for key, value in variables.items():
        text = _format_value(value, state)
        values[key] = escape(text) if autoescape and not isinstance(value, Markup) else text
    if autoescape:
        return TranslatedMarkup(Markup(template) % values)
    try:
        return Translated(template % values)
    except (KeyError, ValueError, TypeError) as exc:
        from ..errors import DataError

        raise DataError(f"translation {template!r} does not fit its variables: {exc}") from None


def make_callables(chain: Sequence[Messages]) -> dict[str, Any]:
    """gettext/ngettext (and the ``_`` alias) bound to a chain of catalogs."""

    @pass_context
    def gettext(context, __string: str, **variables: Any):
        informal = context[STATE_KEY].voice == "informal"
        for messages in chain:
            found = messages.informal.get(__string) if informal else None
            if found is None:
                found = messages.singular.get(__string)
                if found is not None and informal:
                    context[STATE_KEY].formal_only.append(__string)
            if found is not None:
                return _interpolate(context, found, variables)
        if chain:
            context[STATE_KEY].untranslated.append(__string)
        return _interpolate(context, __string, variables)

    @pass_context
    def ngettext(context, __singular: str, __plural: str, __num: int, **variables: Any):
        variables.setdefault("num", __num)
        informal = context[STATE_KEY].voice == "informal"
        for messages in chain:
            forms = messages.informal_plural.get(__singular) if informal else None
            if forms is None:
                forms = messages.plural.get(__singular)
                if forms is not None and informal:
                    context[STATE_KEY].formal_only.append(__singular)
            if forms is not None:
                index = messages.plural_index(int(__num))
                if 0 <= index < len(forms):
                    return _interpolate(context, forms[index], variables)
        if chain:
            context[STATE_KEY].untranslated.append(__singular)
        return _interpolate(context, __singular if __num == 1 else __plural, variables)

    return {"gettext": gettext, "_": gettext, "ngettext": ngettext}
