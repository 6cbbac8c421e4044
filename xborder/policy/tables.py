"""Plain-text tables for the terminal (wide CJK characters counted as two columns)."""
from __future__ import annotations

import unicodedata
from typing import Any, Sequence


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _clip(text: str, width: int) -> str:
    if display_width(text) <= width:
        return text
    out, used = [], 0
    for ch in text:
        w = 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        if used + w > width - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


def cell(value: Any) -> str:
    """How a fact value reads in a table: ``-`` for unknown, lists joined."""
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (list, tuple)):
        return ", ".join(cell(v) for v in value)
    if isinstance(value, dict):
        return " ".join(f"{k}={cell(v)}" for k, v in value.items())
    return str(value)


def format_table(headers: Sequence[str], rows: Sequence[Sequence[Any]], *, max_width: int = 48) -> str:
    """Left-aligned columns separated by two spaces; long cells are clipped with an ellipsis."""
    text_rows = [[_clip(cell(v), max_width) for v in row] for row in rows]
    widths = [display_width(h) for h in headers]
    for row in text_rows:
        for i, value in enumerate(row):
            widths[i] = max(widths[i], display_width(value))

    def line(values: Sequence[str]) -> str:
        return "  ".join(v + " " * (widths[i] - display_width(v)) for i, v in enumerate(values)).rstrip()
    out = [line(headers), line(["-" * w for w in widths])]
    out.extend(line(row) for row in text_rows)
    return "\n".join(out)
