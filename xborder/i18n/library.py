"""The locales a data stack ships: their tags, fallback chains and loaded catalogs, cached
on the :class:`~xborder.resources.Resources` (the Toolkit's methods of the same names)."""
from __future__ import annotations

from ..errors import DataError, LocaleError
from ..resources import Resources
from .catalogs import DOMAIN, catalog_relpath, load_messages
from .locale import dir_name, fallback_chain, normalize


def available_locales(resources: Resources) -> list[str]:
    """Tags of the locales that have a catalog (the source ``en`` excluded)."""
    def scan() -> list[str]:
        import babel

        from ..diskcache import digest, remember

        found = {rel.split("/")[1]: rel
                 for rel in resources.data.listing("locales", f"*/LC_MESSAGES/{DOMAIN}.[pm]o", recursive=True)}

        def tags() -> list[str]:
            normalized = set()
            for folder, rel in found.items():
                try:
                    normalized.add(normalize(folder))
                except LocaleError as exc:
                    raise DataError(f"catalog folder '{folder}' is not a locale: {exc}",
                                    resources.data.find(rel)) from None
            return sorted(normalized)

        # The folder names' tags, as an earlier process worked them out (Babel's check of
        # names like zh_CN lists its whole locale-data folder).
        key = digest("locale-folders", babel.__version__, *sorted(found))
        return remember(resources.cache_dir, "locales", key, tags, load=lambda stored: [str(t) for t in stored])
    return resources.cached("available_locales", scan)


def chain_of(resources: Resources, locale: str) -> list[str]:
    """Catalogs consulted for ``locale``, most specific first, ending with ``en``."""
    return resources.cached(("chain", locale), lambda: fallback_chain(locale, available_locales(resources)))


def messages_of(resources: Resources, tag: str):
    """The loaded catalog of one locale (PO when newer than its MO)."""
    def load():
        po = resources.data.find(catalog_relpath(dir_name(tag), "po"))
        mo = resources.data.find(catalog_relpath(dir_name(tag), "mo"))
        if po is None and mo is None:
            raise LocaleError(f"no catalog for locale '{tag}'")
        return load_messages(tag, po, mo, resources.cache_dir)
    return resources.cached(("messages", tag), load)
