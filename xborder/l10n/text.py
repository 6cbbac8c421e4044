"""Text a translator leaves alone (placeholders, URLs, e-mail addresses), shared by the
catalog checks, the glossary and the statistics."""
from __future__ import annotations

import re
from functools import lru_cache

URL = re.compile(r"\b(?:https?|ftp)://[^\s<>\"'“”«»()\[\]{}]+|\bwww\.[^\s<>\"'“”«»()\[\]{}]+", re.I)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


@lru_cache(maxsize=4096)
def strip_codes(text: str) -> str:
    """``text`` without placeholders, URLs and e-mail addresses (what is left to translate)."""
    text = URL.sub(" ", text)
    text = EMAIL.sub(" ", text)
    return re.sub(r"%(?:\([^)]*\))?[-#0 +]*\d*(?:\.\d+)?[hlL]?[diouxXeEfFgGcrsa%]", " ", text)
