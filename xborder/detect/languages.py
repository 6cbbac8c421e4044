"""The languages xborder detects, and which script each is written in."""
from __future__ import annotations

# ISO 639-1; Norwegian is Bokmål (`nb`), Chinese is `zh` with script Hans/Hant.
SUPPORTED: tuple[str, ...] = (
    "en", "es", "pt", "fr", "de", "it", "nl", "pl", "ru", "uk", "tr", "ar", "he", "fa", "zh",
    "ja", "ko", "th", "vi", "id", "ms", "hi", "sv", "da", "nb", "fi", "cs", "el", "hu", "ro",
)

# Position of each language in SUPPORTED: the deterministic tie-break order.
ORDER: dict[str, int] = {code: i for i, code in enumerate(SUPPORTED)}

# The script a language is normally written in (ISO 15924).
SCRIPT_OF: dict[str, str] = {
    **{code: "Latn" for code in ("en", "es", "pt", "fr", "de", "it", "nl", "pl", "tr", "vi", "id",
                                 "ms", "sv", "da", "nb", "fi", "cs", "hu", "ro")},
    "ru": "Cyrl", "uk": "Cyrl", "ar": "Arab", "fa": "Arab", "he": "Hebr", "el": "Grek",
    "hi": "Deva", "th": "Thai", "ko": "Kore", "ja": "Jpan", "zh": "Hans",
}


def languages_in_script(script: str) -> tuple[str, ...]:
    """Supported languages written in ``script`` (``Hant`` counts as Chinese)."""
    if script in ("Hans", "Hant", "Hani"):
        return ("zh",)
    return tuple(code for code in SUPPORTED if SCRIPT_OF[code] == script)
