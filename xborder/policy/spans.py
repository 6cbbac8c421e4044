"""Splitting a message into the pieces the policy checks read one at a time."""
from __future__ import annotations

import re


def between(breaks: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """The non-empty ``(start, end)`` spans of ``text`` between matches of ``breaks``
    (sentences for triage, clauses for policy conflicts)."""
    spans, start = [], 0
    for m in breaks.finditer(text):
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans
