"""A post the customer announces in a message that praises is no public exposure.

"Loved the jacket! I'll post a review on Instagram and tag you" names a platform and a
publishing act, as "I'm posting this on Instagram and tagging you" does; only the praise,
often in another sentence, tells them apart. Each vocabulary's ``public_exposure.praise``
list is read over the whole message, and only when public exposure is the only reason found.
"""
from __future__ import annotations

from typing import Any

from .triage_lexicon import fold, language_file, language_files, pattern_list, quoted_spans

_REASON = "public_exposure"


def praised(resources, text: str, languages: tuple[str, ...] | None) -> bool:
    """Whether the normalised ``text`` praises in one of ``languages`` (every vocabulary when None). Quoted text
    is a name or a mention, not the customer's praise (a group called "Recommendations and Complaints")."""
    for lo, hi in quoted_spans(text):
        text = text[:lo] + " " * (hi - lo) + text[hi:]
    known = language_files(resources)
    folded = None
    for language in languages or tuple(known):
        if language not in known:
            continue
        pattern = pattern_list(resources, language, _REASON, "praise")
        if pattern is None:
            continue
        if language_file(resources, language).fold_accents:
            folded = fold(text) if folded is None else folded
            if pattern.search(folded):
                return True
        elif pattern.search(text):
            return True
    return False


def without_praised_posts(resources, hits: dict[str, Any], text: str,
                          languages: tuple[str, ...] | None) -> dict[str, Any]:
    """``hits`` (reason -> hit) without public exposure, when it is the only reason and
    ``text`` (normalised) praises."""
    if _REASON not in hits or len(hits) > 1 or not praised(resources, text, languages):
        return hits
    return {}
