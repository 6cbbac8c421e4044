"""Extract, init, update and compile catalogs with Babel's ``babel.messages`` API.

Extraction runs Jinja2's Babel extractor with ``silent = false``, so a template
that does not parse fails with file:line instead of silently yielding nothing.
Files are written atomically: a failure never leaves one half-written.
"""
from __future__ import annotations

import datetime as dt
import io
import os
import tempfile
from pathlib import Path
from typing import Iterable

from ..errors import DataError, LocaleError
from ..i18n.catalogs import DOMAIN, catalog_relpath, read_po_checked
from ..i18n.locale import dir_name, normalize, parse

POT_RELPATH = f"locales/{DOMAIN}.pot"
EXTRACT_OPTIONS = {"silent": "false", "trimmed": "true", "extensions": "jinja2.ext.i18n",
                   "lstrip_blocks": "true"}
PROJECT = "xborder"
COPYRIGHT = "xborder contributors"
BUGS_ADDRESS = "https://github.com/xborder/xborder/issues"


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _po_bytes(catalog, **kwargs) -> bytes:
    from babel.messages.pofile import write_po

    buf = io.BytesIO()
    write_po(buf, catalog, width=76, **kwargs)
    return buf.getvalue()


def extract(data) -> "Catalog":  # noqa: F821
    """Every translatable message of the source templates (``templates/*.txt|html``, all layers)."""
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract as babel_extract
    from jinja2.exceptions import TemplateSyntaxError

    catalog = Catalog(project=PROJECT, copyright_holder=COPYRIGHT, msgid_bugs_address=BUGS_ADDRESS,
                      charset="utf-8", fuzzy=False)
    files = {**data.listing("templates", "*.txt"), **data.listing("templates", "*.html")}
    for rel, path in sorted(files.items()):
        with open(path, "rb") as fh:
            try:
                for lineno, message, comments, context in babel_extract(
                        "jinja2", fh, keywords={"_": None, "gettext": None, "ngettext": (1, 2)},
                        options=EXTRACT_OPTIONS, strip_comment_tags=True):
                    catalog.add(message, None, [(rel, lineno)], auto_comments=comments, context=context)
            except TemplateSyntaxError as exc:
                raise DataError(f"template syntax error: {exc.message}", path, exc.lineno) from None
    return catalog


def write_pot(data, catalog) -> Path:
    target = data.writable_root() / POT_RELPATH
    atomic_write(target, _po_bytes(catalog, omit_header=False, sort_output=False, include_lineno=True))
    return target


def load_pot(data):
    path = data.find(POT_RELPATH)
    if path is None:
        raise DataError(f"no {POT_RELPATH}: run 'xborder locales extract' first")
    return read_po_checked(path)


def init_catalog(data, locale: str) -> Path:
    """A new catalog for ``locale`` from the POT, with CLDR's plural header for it."""
    tag = normalize(locale)
    target = data.writable_root() / catalog_relpath(dir_name(tag))
    if target.exists():
        raise LocaleError(f"{target} already exists; use 'xborder locales update'")
    from babel.messages.catalog import Catalog

    template = load_pot(data)
    catalog = Catalog(locale=parse(tag), project=PROJECT, copyright_holder=COPYRIGHT,
                      msgid_bugs_address=BUGS_ADDRESS, charset="utf-8", fuzzy=False,
                      revision_date=dt.datetime.now(dt.timezone.utc))
    catalog.language_team = f"{tag} <LL@li.org>"
    for message in template:
        if message.id:
            catalog.add(message.id, None, list(message.locations), flags=message.flags - {"fuzzy"},
                        auto_comments=message.auto_comments, context=message.context)
    atomic_write(target, _po_bytes(catalog))
    return target


def update_catalogs(data, locales: Iterable[str] | None = None) -> list[Path]:
    """Merge the POT into catalogs: translations kept, changed sources fuzzy with the previous msgid."""
    template = load_pot(data)
    written = []
    for tag, path in catalog_paths(data, locales).items():
        catalog = read_po_checked(path)
        catalog.update(template, no_fuzzy_matching=False, update_header_comment=False,
                       keep_user_comments=True)
        atomic_write(path if path.is_relative_to(data.writable_root())
                     else data.writable_root() / catalog_relpath(dir_name(tag)),
                     _po_bytes(catalog, include_previous=True, ignore_obsolete=False))
        written.append(path)
    return written


def compile_catalogs(data, locales: Iterable[str] | None = None) -> list[Path]:
    """Write an MO file beside each catalog (fuzzy entries left out)."""
    from babel.messages.mofile import write_mo

    written = []
    for tag, path in catalog_paths(data, locales).items():
        catalog = read_po_checked(path)
        errors = list(catalog.check())
        if errors:
            message, err = errors[0][0], errors[0][1][0]
            raise DataError(f"cannot compile '{message.id}': {err}", path, message.lineno)
        buf = io.BytesIO()
        write_mo(buf, catalog, use_fuzzy=False)
        target = path.with_suffix(".mo")
        atomic_write(target, buf.getvalue())
        written.append(target)
    return written


def catalog_paths(data, locales: Iterable[str] | None = None) -> dict[str, Path]:
    """Tag -> top-most PO file, for the given locales or every catalog."""
    found = {}
    for rel, path in data.listing("locales", f"*/LC_MESSAGES/{DOMAIN}.po", recursive=True).items():
        found[normalize(rel.split("/")[1])] = path
    if not locales:
        return found
    selected = {}
    for loc in locales:
        tag = normalize(loc)
        if tag not in found:
            raise LocaleError(f"no catalog for '{tag}' (catalogs: {', '.join(sorted(found)) or 'none'})")
        selected[tag] = found[tag]
    return selected
