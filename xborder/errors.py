"""Errors a caller can cause. Every one prints as a single line.

The CLI turns any :class:`XborderError` into that line on stderr and exit status 2.
"""
from __future__ import annotations

from collections.abc import Iterable


def one_line(message: str) -> str:
    """``message`` with line breaks and other control characters escaped: a value the caller
    gave (a region '\\n', a phone '\\u2028') must not split a one-line error."""
    if message.isprintable():
        return message
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in message)


class XborderError(Exception):
    """Base class of every error xborder raises for bad input or bad data; its message is one line."""

    def __init__(self, *args: object) -> None:
        if len(args) == 1 and isinstance(args[0], str):
            args = (one_line(args[0]),)
        super().__init__(*args)


class DataError(XborderError):
    """A data file (template, catalog, rule, profile) is malformed.

    ``str()`` gives ``file:line: message`` (``file:line:col`` when the column is known).
    """

    def __init__(self, message: str, path: object = None, line: int | None = None,
                 column: int | None = None) -> None:
        self.reason = message
        self.path = str(path) if path is not None else None
        self.line = line
        self.column = column
        where = self.path or ""
        if where and line is not None:
            where += f":{line}"
            if column is not None:
                where += f":{column}"
        super().__init__(f"{where}: {message}" if where else message)


class TemplateNotFoundError(XborderError, LookupError):
    """No template of that name; the message lists the close names."""

    def __init__(self, name: str, known: Iterable[str]) -> None:
        import difflib

        self.name = name
        known = sorted(known)
        close = difflib.get_close_matches(name, known, n=3, cutoff=0.5)
        hint = f"; did you mean {', '.join(close)}?" if close else f"; known templates: {', '.join(known)}"
        super().__init__(f"unknown template '{name}'{hint}")


class LocaleError(XborderError, LookupError):
    """A locale code that is malformed, unknown to CLDR, or has no translations."""


class VariableError(XborderError, ValueError):
    """A template variable is missing, unknown, or of the wrong type."""


class MissingVariableError(VariableError):
    """An optional variable this reply needs after all (nothing in the data can supply it)."""

    def __init__(self, message: str, variable: str) -> None:
        super().__init__(message)
        self.variable = variable


class InputError(XborderError, ValueError):
    """A value passed by the caller (text, code, option, JSON) is unusable."""


def suggest(word: str, choices: Iterable[str]) -> str:
    """A ``; did you mean …?`` suffix for an unknown name, or an empty string."""
    import difflib

    close = difflib.get_close_matches(word, list(choices), n=3, cutoff=0.6)
    return f"; did you mean {', '.join(close)}?" if close else ""
