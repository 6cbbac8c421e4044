"""Message catalogs: ``locales/<locale>/LC_MESSAGES/xborder.po`` (and ``.mo``).

At run time the MO file is used when it is at least as new as its PO file;
a PO edited after the last compile is read directly, so an edit shows at once.
Fuzzy entries never reach a customer.
"""
from __future__ import annotations

import gettext as _gettext
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ..errors import DataError

DOMAIN = "xborder"
INFORMAL = "informal"  # msgctxt of a message's informal-voice variant


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
    # The informal voice: entries with msgctxt "informal" (docs/voice.md), same shapes as above.
    informal: dict[str, str] = field(default_factory=dict)
    informal_plural: dict[str, tuple[str, ...]] = field(default_factory=dict)


_PO_STRING_LINE = re.compile(r'^(?:#~\s*)?(?:msg(?:id|id_plural|str|ctxt)(?:\[\d+\])?\s+)?"(?:[^"\\]|\\.)*"\s*$')
_PO_KEYWORD = re.compile(r'^(?:#~\s*)?(?:msg\w*(?:\[\d+\])?\s|")')


def _check_po_lines(path: Path, data: bytes) -> None:
    """Catch what Babel's lenient parser lets through (an unterminated string)."""
    for lineno, raw in enumerate(data.decode("utf-8").splitlines(), 1):
        line = raw.strip()
        if _PO_KEYWORD.match(line) and not _PO_STRING_LINE.match(line):
            raise DataError(f"PO syntax error: malformed or unterminated string: {line[:60]}", path, lineno)


# CLDR's largest plural set has 6 forms (Arabic). Babel makes a list of nplurals strings for
# every plural entry, so nplurals=1000000000 in a header would cost gigabytes.
MAX_PLURALS = 6
_NPLURALS = re.compile(r"nplurals\s*=\s*(\S{0,20})")


def check_po_header(path: Path, lines: list[str]) -> None:
    """DataError when the header's ``Plural-Forms`` asks for more than :data:`MAX_PLURALS`
    forms (read before Babel's parser, which would allocate them)."""
    header: list[str] = []
    start = where = None
    for lineno, raw in enumerate(lines, 1):
        line = raw.strip()
        if start is None:
            if line.startswith("msgstr "):
                start = lineno
                line = line[len("msgstr "):].strip()
            elif line.startswith("msgid ") and line != 'msgid ""':
                return  # no header entry
            else:
                continue
        elif not line.startswith('"'):
            break
        if "Plural-Forms" in line:
            where = lineno
        header.append(line.strip('"'))
    text = "".join(header).replace("\\n", "\n")
    if "Plural-Forms:" not in text:
        return
    m = _NPLURALS.search(text[text.find("Plural-Forms:"):])
    count = re.match(r"\d+", m.group(1)) if m else None
    if count is not None and (len(count.group()) > 3 or int(count.group()) > MAX_PLURALS):
        raise DataError(f"Plural-Forms header: nplurals={m.group(1).rstrip(';')} (at most {MAX_PLURALS})",
                        path, where or start)


def read_po_checked(path: Path, locale: str | None = None):
    """Read a PO file into a Babel Catalog; a syntax error becomes ``file:line: …``."""
    from babel.messages.pofile import PoFileError, read_po

    try:
        data = Path(path).read_bytes()
        _check_po_lines(path, data)
        check_po_header(path, data.decode("utf-8").splitlines())
        return read_po(io.BytesIO(data), locale=locale, abort_invalid=True, domain=DOMAIN)
    except PoFileError as exc:
        line = getattr(exc, "lineno", None)
        reason = re.sub(r" on \d+$", "", str(exc))
        raise DataError(f"PO syntax error: {reason}", path, line + 1 if line is not None else None) from None
    except UnicodeDecodeError as exc:
        raise DataError(f"PO file is not UTF-8 (byte {exc.start})", path) from None
    except ValueError as exc:
        raise DataError(f"unreadable PO file: {exc}", path) from None


def load_messages(tag: str, po_path: Path | None, mo_path: Path | None,
                  cache_dir: Path | None = None) -> Messages:
    """Load a catalog: from its MO file when at least as new as its PO, else from the PO.

    A parsed PO is cached in ``cache_dir`` under the SHA-256 of its bytes (like
    ``.pyc`` files), so later processes skip Babel's parser; an edited PO has a
    new digest and is parsed afresh.
    """
    if mo_path is not None and (po_path is None or mo_path.stat().st_mtime >= po_path.stat().st_mtime):
        return _load_mo(tag, mo_path)
    assert po_path is not None
    from ..diskcache import digest, read_json, write_json

    key = digest(po_path.read_bytes())
    cached = read_json(cache_dir, "catalogs", key)
    if cached is not None:
        try:
            return _messages(tag, po_path, cached["singular"],
                             {k: tuple(v) for k, v in cached["plural"].items()},
                             cached["plural_expr"], cached["num_plurals"], cached["informal"],
                             {k: tuple(v) for k, v in cached["informal_plural"].items()})
        except (KeyError, TypeError, AttributeError):
            pass
    catalog = read_po_checked(po_path)
    entries: dict[str | None, tuple[dict, dict]] = {None: ({}, {}), INFORMAL: ({}, {})}
    for message in catalog:
        if not message.id or message.fuzzy or message.context not in entries:
            continue
        singular, plural = entries[message.context]
        if isinstance(message.id, (list, tuple)):
            forms = tuple(message.string or ())
            if forms and all(forms):
                plural[message.id[0]] = forms
        elif message.string:
            singular[message.id] = message.string
    (singular, plural), (informal, informal_plural) = entries[None], entries[INFORMAL]
    result = _messages(tag, po_path, singular, plural, catalog.plural_expr, catalog.num_plurals,
                       informal, informal_plural)
    write_json(cache_dir, "catalogs", key, {"singular": singular, "plural": plural,
                                            "plural_expr": catalog.plural_expr, "num_plurals": catalog.num_plurals,
                                            "informal": informal, "informal_plural": informal_plural})
    return result


def _messages(tag, source, singular, plural, plural_expr, num_plurals, informal=None,
              informal_plural=None) -> Messages:
    try:
        index = _gettext.c2py(plural_expr)
    except (ValueError, SyntaxError) as exc:
        raise DataError(f"invalid Plural-Forms header: {exc}", source, 1) from None
    return Messages(tag, source, singular, plural, index, num_plurals, informal or {}, informal_plural or {})


def _load_mo(tag: str, mo_path: Path) -> Messages:
    """Read an MO file with the standard library's parser."""
    try:
        with open(mo_path, "rb") as fh:
            translations = _gettext.GNUTranslations(fh)
    except (OSError, ValueError, UnicodeDecodeError) as exc:  # a truncated or foreign MO file
        raise DataError(f"unreadable MO file: {exc}", mo_path) from None
    raw = translations._catalog  # msgid -> str, (msgid, n) -> plural form n
    prefix = INFORMAL + "\x04"  # MO files key a context's entries "context\x04msgid"
    singular, informal = {}, {}
    forms: dict[str, dict[int, str]] = {}
    for key, value in raw.items():
        if isinstance(key, tuple):
            forms.setdefault(key[0], {})[key[1]] = value
        elif key.startswith(prefix):
            informal[key[len(prefix):]] = value
        elif key and "\x04" not in key:
            singular[key] = value
    plurals = {k: tuple(v[i] for i in sorted(v)) for k, v in forms.items()}
    plural = {k: v for k, v in plurals.items() if "\x04" not in k}
    informal_plural = {k[len(prefix):]: v for k, v in plurals.items() if k.startswith(prefix)}
    num = max((len(v) for v in plural.values()), default=2)
    return Messages(tag, mo_path, singular, plural, translations.plural, num, informal, informal_plural)

