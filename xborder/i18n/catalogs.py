"""Message catalogs: ``locales/<locale>/LC_MESSAGES/xborder.po`` (and ``.mo``).

At run time the MO file is used when it is at least as new as its PO file;
a PO edited after the last compile is read directly, so an edit shows at once.
Fuzzy entries never reach a customer.
"""
from __future__ import annotations

import gettext as _gettext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ..errors import DataError

DOMAIN = "xborder"


def catalog_relpath(dirname: str, ext: str = "po") -> str:
    return f"locales/{dirname}/LC_MESSAGES/{DOMAIN}.{ext}"


@dataclass(frozen=True)
class Messages:
    """The translated entries of one catalog, ready for lookup."""

    tag: str
    path: Path
    singular: dict[str, str] = field(default_factory=dict)
    plural: dict[str, tuple[str, ...]] = field(default_factory=dict)
    plural_index: Callable[[int], int] = lambda n: int(n != 1)
    num_plurals: int = 2


def read_po_checked(path: Path, locale: str | None = None):
    """Read a PO file into a Babel Catalog; a syntax error becomes ``file:line: …``."""
    from babel.messages.pofile import PoFileError, read_po

    try:
        with open(path, "rb") as fh:
            return read_po(fh, locale=locale, abort_invalid=True, domain=DOMAIN)
    except PoFileError as exc:
        line = getattr(exc, "lineno", None)
        raise DataError(f"PO syntax error: {exc}", path, line) from None
    except (UnicodeDecodeError, ValueError) as exc:
        raise DataError(f"unreadable PO file: {exc}", path) from None


def load_messages(tag: str, po_path: Path | None, mo_path: Path | None) -> Messages:
    """Load a catalog from its MO file when fresh, else from its PO file."""
    use_mo = mo_path is not None and (po_path is None or mo_path.stat().st_mtime >= po_path.stat().st_mtime)
    if use_mo:
        from babel.messages.mofile import read_mo

        try:
            with open(mo_path, "rb") as fh:
                catalog = read_mo(fh)
        except Exception as exc:  # a truncated or foreign MO file
            raise DataError(f"unreadable MO file: {exc}", mo_path) from None
        source = mo_path
    else:
        assert po_path is not None
        catalog = read_po_checked(po_path)
        source = po_path
    singular: dict[str, str] = {}
    plural: dict[str, tuple[str, ...]] = {}
    for message in catalog:
        if not message.id or message.fuzzy:
            continue
        if isinstance(message.id, (list, tuple)):
            forms = tuple(message.string or ())
            if forms and all(forms):
                plural[message.id[0]] = forms
        elif message.string:
            singular[message.id] = message.string
    try:
        expr = catalog.plural_expr
        index = _gettext.c2py(expr)
    except (ValueError, SyntaxError) as exc:
        raise DataError(f"invalid Plural-Forms header: {exc}", source, 1) from None
    return Messages(tag, source, singular, plural, index, catalog.num_plurals)
