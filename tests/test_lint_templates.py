"""Every shipped template, rendered in every shipped locale, lints clean."""
from __future__ import annotations

import pytest

from xborder import Toolkit

_TOOLKIT = Toolkit(data_dirs=[])
# A customer region for each catalog locale: the one the locale names, else its main market.
REGIONS = {"ar": "SA", "de": "DE", "es": "ES", "fr": "FR", "it": "IT", "ja": "JP", "ko": "KR", "nl": "NL",
           "pl": "PL", "ru": "RU", "tr": "TR", "en": "US", "he": "IL", "hi": "IN", "th": "TH", "id": "ID",
           "pt": "PT", "uk": "UA", "zh": "CN"}
LOCALES = ["en"] + _TOOLKIT.available_locales()
# The instant templates are rendered at (their example dates lie after it).
NOW = "2026-11-20T10:00:00+00:00"
# weekend_promise judges the example *dates* the template specs carry, not the template text:
# those findings are reported to the template owners instead (see the lint report).
DATA_DEPENDENT: set[str] = set()


def region_of(tag: str) -> str:
    parts = tag.split("-")
    return parts[-1] if len(parts) > 1 and parts[-1].isupper() else REGIONS[parts[0]]


@pytest.mark.parametrize("tag", LOCALES)
def test_every_template_lints_clean(toolkit, tag):
    problems = []
    for name in toolkit.template_names():
        reply = toolkit.render(name, locale=tag, context=toolkit.template(name).examples(),
                               region=region_of(tag), now=NOW)
        for flag in toolkit.lint(reply.text, tag, region=region_of(tag), voice=reply.voice):
            if flag.code not in DATA_DEPENDENT:
                problems.append(f"{name}: {flag.code} {reply.text[flag.span[0]:flag.span[1]]!r} — {flag.message}")
    assert not problems, "\n".join(problems)
