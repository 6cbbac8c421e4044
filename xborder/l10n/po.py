"""Reading PO files strictly, for the localization workflow.

Babel's parser is lenient where a maintainer needs a clear error: it accepts an
unterminated string, its error line numbers are 0-based, and it forgets how many
``msgstr[N]`` forms a message actually wrote (it pads them). It also reads the
previous msgid (``#| msgid "…"``) as a user comment, so a second ``update``
would turn it into ``# | msgid`` for good; this reader restores ``previous_id``. :func:`read_catalog`
wraps :class:`babel.messages.pofile.PoFileParser` to keep those facts, and
validates the header: a catalog must declare ``Plural-Forms`` and, when it has a
``Language`` header, a locale CLDR knows.
"""
from __future__ import annotations

import dataclasses
import gettext as _gettext
import re
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Mapping

from ..errors import DataError, LocaleError
from ..i18n.catalogs import DOMAIN, check_po_header
from ..i18n.locale import normalize

_QUOTED = re.compile(r'"(?:[^"\\]|\\.)*"')
_QUOTED_RUN = re.compile(r'"(?:[^"\\]|\\.)*"(?:\s+"(?:[^"\\]|\\.)*")*')
_KEYWORDS = re.compile(r"msgid|msgid_plural|msgctxt|msgstr|msgstr\[\d+\]")


@dataclass(frozen=True)
class PoFile:
    """One catalog file as read: the Babel catalog plus what Babel does not keep."""

    path: Path
    tag: str
    catalog: object  # babel.messages.catalog.Catalog
    headers: Mapping[str, str] = field(default_factory=dict)
    header_lines: Mapping[str, int] = field(default_factory=dict)
    forms_written: Mapping[int, int] = field(default_factory=dict)
    msgstr_lines: Mapping[int, Mapping[int, int]] = field(default_factory=dict)

    @property
    def num_plurals(self) -> int:
        return self.catalog.num_plurals  # type: ignore[attr-defined]

    @property
    def plural_expr(self) -> str:
        return self.catalog.plural_expr  # type: ignore[attr-defined]

    def header_line(self, name: str) -> int:
        """Line of a header field (``Plural-Forms``), else of the header entry, else 1."""
        return self.header_lines.get(name.lower(), self.header_lines.get("", 1))

    def msgstr_line(self, message, form: int = 0) -> int:
        """1-based line of a message's ``msgstr`` (``msgstr[form]``), else of its ``msgid``."""
        lines = self.msgstr_lines.get(message.lineno, {})
        return lines.get(form, lines.get(0, message.lineno or 1))

    def messages(self):
        """The catalog's real entries (the header left out), in file order."""
        return [m for m in self.catalog if m.id]  # type: ignore[attr-defined]


def _parser_class():
    from babel.messages.pofile import PoFileParser

    class StrictParser(PoFileParser):
        """Babel's parser, plus: quoted-string syntax, header text, and plural forms as written."""

        def __init__(self, catalog) -> None:
            super().__init__(catalog, ignore_obsolete=False, abort_invalid=True)
            self.forms_written: dict[int, int] = {}
            self.raw_header: str | None = None
            self.header_entry_line: int | None = None
            self.msgstr_lines: dict[int, dict[int, int]] = {}
            self._pending_msgstr: dict[int, int] = {}
            self._previous: list[list[str]] = []

        def _process_comment(self, line) -> None:
            if not line.startswith("#|"):
                super()._process_comment(line)
                return
            from babel.messages.pofile import unescape

            self._finish_current_message()
            body = line[2:].strip()
            keyword, _, arg = body.partition(" ")
            # PO strings may stand several to a line ('#| msgid "" "text"': Babel 2.19 writes that)
            if keyword in ("msgid", "msgid_plural", "msgctxt") and _QUOTED_RUN.fullmatch(arg.strip()):
                self._previous.append([keyword, "".join(unescape(q) for q in _QUOTED.findall(arg))])
            elif _QUOTED_RUN.fullmatch(body) and self._previous:
                self._previous[-1][1] += "".join(unescape(q) for q in _QUOTED.findall(body))
            else:
                raise ValueError("malformed previous-msgid comment (#|)")  # Babel adds the line

        def _add_message(self) -> None:
            previous = [text for keyword, text in self._previous if keyword != "msgctxt"]
            self._previous = []
            if previous:
                msgid = (tuple(m.denormalize() for m in self.messages) if len(self.messages) > 1
                         else self.messages[0].denormalize())
                context = self.context.denormalize() if self.context else None
                obsolete = self.obsolete
            line = self.offset + 1
            self.msgstr_lines[line] = self._pending_msgstr
            self._pending_msgstr = {}
            if len(self.messages) > 1:
                self.forms_written[line] = len({idx for idx, _ in self.translations})
            elif (self.raw_header is None and not self.obsolete and not self.context
                  and self.messages and self.messages[0].denormalize() == ""):
                self.raw_header = self.translations[0][1].denormalize() if self.translations else ""
                self.header_entry_line = line
            super()._add_message()
            if previous:
                if obsolete:
                    target = self.catalog.obsolete.get(self.catalog._key_for(msgid, context))
                else:
                    target = self.catalog.get(msgid, context)
                if target is not None:
                    target.previous_id = previous

        def _process_message_line(self, lineno, line, obsolete=False) -> None:
            if obsolete and line.startswith("|"):
                return  # GNU msgmerge's "#~| msgid" (previous msgid of an obsolete entry)
            super()._process_message_line(lineno, line, obsolete)

        def _process_keyword_line(self, lineno, line, obsolete=False) -> None:
            keyword, _, arg = line.partition(" ")
            if _KEYWORDS.fullmatch(keyword) and not _QUOTED.fullmatch(arg.strip()):
                self._invalid_pofile(line, lineno, f"{keyword} needs one double-quoted string "
                                     f"(unterminated or unquoted text)")
            if keyword.startswith("msgstr"):
                index = keyword.partition("[")[2].rstrip("]")
                self._pending_msgstr[int(index) if index.isdigit() else 0] = lineno + 1
            super()._process_keyword_line(lineno, line, obsolete)

        def _process_string_continuation_line(self, line, lineno) -> None:
            if not _QUOTED.fullmatch(line):
                self._invalid_pofile(line, lineno, "unterminated string")
            super()._process_string_continuation_line(line, lineno)

    return StrictParser


def _decode_lines(path: Path) -> list[str]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DataError(f"cannot read catalog: {exc.strerror}", path) from None
    lines = data.splitlines(keepends=True)
    out = []
    for number, raw in enumerate(lines, 1):
        try:
            out.append(raw.decode("utf-8"))
        except UnicodeDecodeError as exc:
            raise DataError(f"catalog is not UTF-8 (byte {exc.start} of the line); "
                            f"xborder catalogs are UTF-8", path, number) from None
    if out and out[0].startswith("\ufeff"):
        out[0] = out[0][1:]
    return out


def _header_fields(raw: str) -> dict[str, str]:
    fields = {}
    for line in raw.splitlines():
        name, sep, value = line.partition(":")
        if sep and name.strip():
            fields[name.strip()] = value.strip()
    return fields


def _header_field_lines(lines: list[str], start: int | None) -> dict[str, int]:
    """1-based line of each header field, found in the header entry's msgstr lines."""
    found: dict[str, int] = {}
    if start is None:
        return found
    found[""] = start
    for number in range(start, len(lines) + 1):
        text = lines[number - 1].strip()
        if number > start and (not text or text.startswith(("#", "msgid", "msgctxt"))):
            break
        match = re.match(r'(?:msgstr\s+)?"([A-Za-z][\w-]*):', text)
        if match:
            found.setdefault(match.group(1).lower(), number)
    return found


def plural_header_hint(tag: str) -> str:
    """The ``Plural-Forms`` header Babel's plural table gives for ``tag``."""
    from babel.messages.plurals import get_plural

    from ..i18n.locale import parse

    try:
        return f"Plural-Forms: {get_plural(parse(tag)).plural_forms}"
    except LocaleError:
        return "Plural-Forms: nplurals=N; plural=EXPR;"


def read_catalog(path: Path, tag: str | None = None, *, template: bool = False) -> PoFile:
    """Read and validate one PO (or, with ``template=True``, POT) file.

    Raises DataError ``file:line: …`` for a syntax error, a missing or invalid
    ``Plural-Forms`` header (catalogs only) or a ``Language`` header CLDR does not know.
    """
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import PoFileError

    path = Path(path)
    lines = _decode_lines(path)
    check_po_header(path, lines)
    catalog = Catalog(locale=None, domain=DOMAIN, charset="utf-8")
    parser = _parser_class()(catalog)
    try:
        parser.parse(lines)
    except PoFileError as exc:
        shown = f": {exc.line.strip()[:60]!r}" if getattr(exc, "line", "") else ""
        raise DataError(f"PO syntax error: {exc}{shown}", path, (exc.lineno or 0) + 1) from None
    except ValueError as exc:  # Babel rejecting a header value (nplurals=three), msgstr[x]
        if parser.raw_header is not None and parser.counter == 0:
            header_lines = _header_field_lines(lines, parser.header_entry_line)
            bad_header = PoFile(path=path, tag=tag or _header_fields(parser.raw_header).get("Language", ""),
                                catalog=catalog,
                                headers=MappingProxyType(_header_fields(parser.raw_header)),
                                header_lines=MappingProxyType(header_lines))
            _check_plural_header(bad_header)
            raise DataError(f"invalid header: {exc}", path, parser.header_entry_line) from None
        raise DataError(f"PO syntax error: {exc}", path, (parser.offset or 0) + 1) from None
    headers = _header_fields(parser.raw_header or "")
    header_lines = _header_field_lines(lines, parser.header_entry_line)
    po = PoFile(path=path, tag=tag or "", catalog=catalog, headers=MappingProxyType(headers),
                header_lines=MappingProxyType(header_lines),
                forms_written=MappingProxyType(dict(parser.forms_written)),
                msgstr_lines=MappingProxyType(dict(parser.msgstr_lines)))
    if template:
        return po
    language = headers.get("Language")
    if language:
        try:
            header_tag = normalize(language)
        except LocaleError as exc:
            raise DataError(f"Language header: {exc}", path, po.header_line("Language")) from None
        if tag is None:
            po = dataclasses.replace(po, tag=header_tag)
    if not po.tag:
        raise DataError("catalog has no Language header and its folder does not name a locale", path,
                        po.header_line(""))
    _check_plural_header(po)
    return po


def _check_plural_header(po: PoFile) -> None:
    value = po.headers.get("Plural-Forms")
    if value is None:
        raise DataError(f"catalog has no Plural-Forms header; add \"{plural_header_hint(po.tag)}\\n\"",
                        po.path, po.header_line(""))
    match = re.search(r"nplurals\s*=\s*(\d+)", value)
    expr = re.search(r"plural\s*=\s*([^;]+);?", value)
    if not match or not expr or int(match.group(1)) < 1:
        raise DataError(f"Plural-Forms header {value!r} needs 'nplurals=N; plural=EXPR;' "
                        f"(for {po.tag}: \"{plural_header_hint(po.tag)}\")", po.path,
                        po.header_line("Plural-Forms"))
    try:
        _gettext.c2py(expr.group(1).strip())
    except (ValueError, SyntaxError) as exc:
        raise DataError(f"Plural-Forms expression {expr.group(1).strip()!r} is invalid: {exc}",
                        po.path, po.header_line("Plural-Forms")) from None
