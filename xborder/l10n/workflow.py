"""Extract, init, update and compile catalogs with Babel's ``babel.messages`` API.

Extraction runs Jinja2's Babel extractor with ``silent = false``, so a template
that does not parse fails with file:line instead of silently yielding nothing.
Only the source-language templates (``templates/*.txt|html``) are extracted:
per-locale overrides (``templates/ja/…``) are written in their language.

Every command reads and validates all its inputs before it writes anything,
and writes each file atomically, so a bad catalog never leaves the data
folder half-updated. Files go to ``DataDirs.writable_root()``: the first
``--data-dir`` folder, else the bundled data.
"""
from __future__ import annotations

import datetime as dt
import io
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from ..errors import DataError, LocaleError
from ..i18n.catalogs import DOMAIN, catalog_relpath
from ..i18n.locale import dir_name, normalize, parse
from .po import PoFile, read_catalog

if TYPE_CHECKING:
    from babel.messages.catalog import Catalog

POT_RELPATH = f"locales/{DOMAIN}.pot"
EXTRACT_OPTIONS = {"silent": "false", "trimmed": "true", "extensions": "jinja2.ext.i18n",
                   "lstrip_blocks": "true"}
PROJECT = "xborder"
COPYRIGHT = "xborder contributors"
BUGS_ADDRESS = "https://github.com/xborder/xborder/issues"
# Translator notes in templates: {# TRANSLATORS: … #} right before the {% trans %} block.
COMMENT_TAGS = ("TRANSLATORS:",)


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename (DataError if it cannot).

    The file keeps the mode of the one it replaces; a new file gets ``0o644``,
    not ``mkstemp``'s private ``0o600``.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DataError(f"cannot create the folder: {exc.strerror or exc}", path.parent) from None
    try:
        mode = path.stat().st_mode & 0o7777
    except FileNotFoundError:
        mode = 0o644  # reading the umask would change it for every thread
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException as exc:
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise DataError(f"cannot write: {exc.strerror or exc} (is the folder writable? "
                            f"pass --data-dir DIR to write elsewhere)", path) from None
        raise


def _po_bytes(catalog, **kwargs) -> bytes:
    from babel.messages.pofile import write_po

    buf = io.BytesIO()
    write_po(buf, catalog, width=76, **kwargs)
    return buf.getvalue()


def _fingerprint(payload: bytes) -> tuple:
    """What a PO/POT file says, less the ``Generated-By`` line and the wrapping of long lines."""
    from babel.messages.pofile import read_po

    catalog = read_po(io.BytesIO(payload), ignore_obsolete=False)
    headers = tuple((k, v) for k, v in catalog.mime_headers if k != "Generated-By")

    def entry(m) -> tuple:
        return (m.id, m.string, m.context, sorted(m.flags), list(m.auto_comments),
                list(m.user_comments), m.previous_id, sorted(m.locations))
    return (headers, catalog.header_comment, [entry(m) for m in catalog],
            [entry(m) for m in catalog.obsolete.values()])


def write_if_changed(path: Path, payload: bytes) -> bool:
    """Write ``payload`` atomically unless ``path`` already says the same (True when written).

    A run with nothing to change leaves the file byte-identical, whatever Babel
    version wrote it.
    """
    try:
        current = Path(path).read_bytes()
    except OSError:
        current = None
    if current is not None:
        if current == payload:
            return False
        try:
            if _fingerprint(current) == _fingerprint(payload):
                return False
        except Exception:  # an unreadable file is simply replaced  # noqa: BLE001
            pass
    atomic_write(path, payload)
    return True


def extract(data) -> Catalog:
    """Every translatable message of the source templates (``templates/*.txt|html``, all layers)."""
    from babel.messages.catalog import Catalog
    from babel.messages.extract import DEFAULT_KEYWORDS
    from babel.messages.extract import extract as babel_extract
    from jinja2.exceptions import TemplateSyntaxError

    catalog = Catalog(project=PROJECT, copyright_holder=COPYRIGHT, msgid_bugs_address=BUGS_ADDRESS,
                      charset="utf-8", fuzzy=False)
    files = {**data.listing("templates", "*.txt"), **data.listing("templates", "*.html")}
    for rel, path in sorted(files.items()):
        with open(path, "rb") as fh:
            try:
                for lineno, message, comments, context in babel_extract(
                        "jinja2", fh, keywords=DEFAULT_KEYWORDS, comment_tags=COMMENT_TAGS,
                        options=EXTRACT_OPTIONS, strip_comment_tags=True):
                    catalog.add(message, None, [(rel, lineno)], auto_comments=comments, context=context)
            except TemplateSyntaxError as exc:
                raise DataError(f"template syntax error: {exc.message}", path, exc.lineno) from None
            except UnicodeDecodeError as exc:
                raise DataError(f"template is not UTF-8 (byte {exc.start})", path) from None
    return catalog


def write_pot(data, catalog) -> Path:
    """Write ``locales/xborder.pot``; its creation date is kept when no message changed,
    and the file is left alone when nothing else did."""
    target = data.writable_root() / POT_RELPATH
    current = data.find(POT_RELPATH)
    if current is not None:
        try:
            previous = read_catalog(current, template=True).catalog
        except DataError:
            previous = None
        if previous is not None and _same_messages(previous, catalog):
            catalog.creation_date = previous.creation_date
    write_if_changed(target, _po_bytes(catalog, omit_header=False, sort_output=False, include_lineno=True))
    return target


def _same_messages(old, new) -> bool:
    def shape(cat):
        # A long translator note is wrapped over several "#." lines when written: compare the words.
        return [(m.id, m.context, sorted(m.locations), sorted(m.flags), " ".join(m.auto_comments).split())
                for m in cat if m.id]
    return shape(old) == shape(new)


def load_pot(data) -> PoFile:
    """The POT file, read and validated; DataError when 'extract' has not been run."""
    path = data.find(POT_RELPATH)
    if path is None:
        raise DataError(f"no {POT_RELPATH}: run 'xborder locales extract' first")
    return read_catalog(path, template=True)


def init_catalog(data, locale: str) -> Path:
    """A new catalog for ``locale`` from the POT, with the plural header of Babel's CLDR-based table."""
    from babel.messages.catalog import Catalog

    tag = normalize(locale)
    relpath = catalog_relpath(dir_name(tag))
    existing = data.find(relpath)
    if existing is not None:
        raise LocaleError(f"a catalog for '{tag}' already exists ({existing}); "
                          f"use 'xborder locales update {tag}'")
    template = load_pot(data).catalog
    catalog = Catalog(locale=parse(tag), project=PROJECT, copyright_holder=COPYRIGHT,
                      msgid_bugs_address=BUGS_ADDRESS, charset="utf-8", fuzzy=False,
                      creation_date=template.creation_date,
                      revision_date=dt.datetime.now(dt.timezone.utc))
    catalog.language_team = f"{tag} <LL@li.org>"
    for message in template:
        if message.id:
            catalog.add(message.id, None, list(message.locations), flags=message.flags - {"fuzzy"},
                        auto_comments=message.auto_comments, context=message.context)
    target = data.writable_root() / relpath
    atomic_write(target, _po_bytes(catalog))
    return target


@dataclass(frozen=True)
class CatalogUpdate:
    """What ``update`` did to one catalog."""

    locale: str
    path: Path
    added: int  # new messages, untranslated
    fuzzy: int  # messages newly marked fuzzy (a changed source matched to an old translation)
    obsolete: int  # messages no template uses any more (kept as #~ entries)

    def __str__(self) -> str:
        return f"{self.path}: {self.added} new, {self.fuzzy} fuzzy, {self.obsolete} obsolete"


def update_catalogs(data, locales: Iterable[str] | None = None) -> list[CatalogUpdate]:
    """Merge the POT into catalogs: translations kept, changed sources fuzzy with the previous msgid.

    Every catalog is read and merged before the first one is written.
    """
    template = load_pot(data).catalog
    merged = []
    for tag, path in writable_catalog_paths(data, locales).items():
        po = read_catalog(path, tag)
        catalog = po.catalog
        if catalog.locale is None:  # keep the Plural-Forms header when Language is absent
            catalog.locale = parse(tag)
        before = {(m.id, m.context): m.fuzzy for m in catalog if m.id}
        obsolete_before = set(catalog.obsolete)
        previous = {(m.id, m.context): m.previous_id for m in catalog if m.id and m.previous_id}
        catalog.update(template, no_fuzzy_matching=False, update_header_comment=False,
                       keep_user_comments=True)
        _keep_informal(catalog, template)
        for message in catalog:  # Babel forgets the previous msgid of an entry still fuzzy
            if message.fuzzy and not message.previous_id and (message.id, message.context) in previous:
                message.previous_id = previous[(message.id, message.context)]
        now = [((m.id, m.context), m.fuzzy) for m in catalog if m.id]
        result = CatalogUpdate(
            locale=tag, path=data.writable_root() / catalog_relpath(dir_name(tag)),
            added=sum(1 for key, fuzzy in now if key not in before and not fuzzy),
            fuzzy=sum(1 for key, fuzzy in now if fuzzy and not before.get(key, False)),
            obsolete=len(set(catalog.obsolete) - obsolete_before))
        merged.append((result, _po_bytes(catalog, include_previous=True, ignore_obsolete=False)))
    for result, payload in merged:
        write_if_changed(result.path, payload)
    return [result for result, _ in merged]


def _keep_informal(catalog, template) -> None:
    """Informal-voice variants (msgctxt "informal", not in the POT) stay while their msgid does."""
    from ..i18n.catalogs import INFORMAL

    ids = {m.id for m in template if m.id}
    for key, message in list(catalog.obsolete.items()):
        if message.context == INFORMAL and message.id in ids:
            del catalog.obsolete[key]
            source = template.get(message.id)
            catalog.add(message.id, message.string, list(source.locations) if source else [],
                        flags=message.flags, auto_comments=source.auto_comments if source else (),
                        user_comments=message.user_comments, context=INFORMAL)


def compile_catalogs(data, locales: Iterable[str] | None = None) -> list[Path]:
    """Write an MO file for each catalog (fuzzy entries left out).

    A catalog Babel's checker rejects (a placeholder the source lacks, a wrong
    number of plural forms) stops the command before any file is written.
    """
    from babel.messages.mofile import write_mo

    compiled = []
    for tag, path in writable_catalog_paths(data, locales).items():
        po = read_catalog(path, tag)
        catalog = po.catalog
        for message, errors in catalog.check():
            raise DataError(f"cannot compile {message.id!r}: {errors[0]}", path, message.lineno)
        buf = io.BytesIO()
        write_mo(buf, catalog, use_fuzzy=False)
        compiled.append((data.writable_root() / catalog_relpath(dir_name(tag), "mo"), buf.getvalue()))
    for target, payload in compiled:
        atomic_write(target, payload)
    return [target for target, _ in compiled]


def catalog_paths(data, locales: Iterable[str] | None = None) -> dict[str, Path]:
    """Tag -> top-most PO file, for the given locales or every catalog."""
    found = {}
    for rel, path in data.listing("locales", f"*/LC_MESSAGES/{DOMAIN}.po", recursive=True).items():
        folder = rel.split("/")[1]
        try:
            found[normalize(folder)] = path
        except LocaleError as exc:
            raise DataError(f"catalog folder '{folder}' is not a locale: {exc}", path) from None
    if not locales:
        return found
    selected = {}
    for loc in locales:
        tag = normalize(loc)
        if tag not in found:
            from ..errors import suggest

            raise LocaleError(f"no catalog for '{tag}'{suggest(tag, found)} "
                              f"(catalogs: {', '.join(sorted(found)) or 'none'}; "
                              f"'xborder locales init {tag}' creates one)")
        selected[tag] = found[tag]
    return selected


def writable_catalog_paths(data, locales: Iterable[str] | None = None) -> dict[str, Path]:
    """The catalogs a writing command works on: the named ones, else those in the writable folder.

    ``update`` and ``compile`` without locales leave catalogs of lower layers
    alone (they would otherwise be copied into the user's folder); naming a
    locale writes an overriding copy into the writable folder.
    """
    if locales:
        return catalog_paths(data, locales)
    root = data.writable_root()
    own = {tag: path for tag, path in catalog_paths(data).items() if path.is_relative_to(root)}
    if not own:
        raise LocaleError(f"no catalogs in {root / 'locales'}: name the locales to work on "
                          f"(LOCALE...) or create one with 'xborder locales init LOCALE'")
    return own
