"""Draft a catalog's missing translations with a machine, marked fuzzy for review.

Every drafted entry gets the ``fuzzy`` flag (so it never reaches a customer:
fuzzy entries are not compiled or used) and a translator comment naming the
provider and the date. ``%(name)s`` placeholders are protected like customer
data and must come back exactly once, or the entry stays empty.
"""
from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import InputError, LocaleError
from .engine import translate_text


@dataclass(frozen=True)
class DraftFailure:
    msgid: str
    reason: str
    message: str


@dataclass(frozen=True)
class DraftReport:
    """What ``locales translate`` did to one catalog."""

    locale: str
    provider: str
    path: Path | None
    drafted: tuple[str, ...] = ()
    failed: tuple[DraftFailure, ...] = ()
    already_translated: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"locale": self.locale, "provider": self.provider,
                "path": str(self.path) if self.path else None,
                "drafted": len(self.drafted), "already_translated": self.already_translated,
                "failed": [{"msgid": f.msgid, "reason": f.reason, "message": f.message} for f in self.failed]}


def draft_catalog(resources, locale: str, *, today: dt.date | None = None, **options: Any) -> DraftReport:
    """Machine-translate the untranslated entries of ``locale``'s catalog, as fuzzy drafts.

    Reads the top-most ``locales/<locale>/LC_MESSAGES/xborder.po`` and writes the
    result atomically into the writable data folder (the first ``--data-dir``).
    ``options`` go to :func:`translate_text` (``provider``, ``timeout``…).
    """
    from ..i18n.catalogs import catalog_relpath, read_po_checked
    from ..i18n.locale import dir_name, normalize
    from .config import load_config
    from .providers import build_provider

    tag = normalize(locale)
    provider = build_provider(load_config(resources, **options))
    if provider is None:
        raise InputError("no translation provider is configured: pass --provider "
                         "(google, deepl, microsoft, libre, mymemory) or set XBORDER_TRANSLATOR")
    provider.target_code(tag)  # fail early, before any request, if it cannot serve this locale
    relpath = catalog_relpath(dir_name(tag), "po")
    source_path = resources.data.find(relpath)
    if source_path is None:
        raise LocaleError(f"no catalog for '{tag}' ('xborder locales init {tag}' creates one)")
    catalog = read_po_checked(source_path, locale=dir_name(tag))
    stamp = (today or dt.date.today()).isoformat()
    drafted, failed, done = [], [], 0
    for message in catalog:
        if not message.id:
            continue  # the header
        strings = message.string if isinstance(message.string, (list, tuple)) else (message.string,)
        if any(strings):
            done += 1
            continue
        ids = message.id if isinstance(message.id, (list, tuple)) else (message.id,)
        results = [translate_text(resources, text, to=tag, source="en", customer_text=False, **options)
                   for text in ids]
        bad = next((r for r in results if not r.machine_translated), None)
        if bad is not None:
            failed.append(DraftFailure(ids[0], bad.fallback or "provider_error", bad.error or ""))
            continue
        if len(ids) > 1:
            n = catalog.num_plurals
            message.string = tuple([results[0].text] + [results[1].text] * (n - 1)) if n > 1 \
                else (results[1].text,)
        else:
            message.string = results[0].text
        message.flags.add("fuzzy")
        message.user_comments.append(f"machine translation by {provider.name} on {stamp}; "
                                     "review it, then remove the fuzzy flag")
        drafted.append(ids[0])
    target = None
    if drafted:
        target = resources.data.writable_root() / relpath
        _write_po(target, catalog)
        resources.clear_caches()
    return DraftReport(tag, provider.name, target or source_path, tuple(drafted), tuple(failed), done)


def _write_po(path: Path, catalog) -> None:
    from babel.messages.pofile import write_po

    from ..l10n.workflow import atomic_write

    buf = io.BytesIO()
    write_po(buf, catalog, width=76)
    atomic_write(path, buf.getvalue())
