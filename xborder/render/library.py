"""The reply templates of a data stack: names, specs, Jinja2 environments and the messages
they use, cached on the :class:`~xborder.resources.Resources` (the Toolkit's methods of the
same names)."""
from __future__ import annotations

from pathlib import Path
from typing import Sequence

from ..errors import DataError, TemplateNotFoundError
from ..i18n.library import available_locales, chain_of, messages_of
from ..resources import Resources


def template_names(resources: Resources) -> list[str]:
    """Names of every reply template (partials, whose names start with ``_``, excluded)."""
    def scan() -> list[str]:
        names = set()
        for rel in resources.data.listing("templates", "*.yaml"):
            name = Path(rel).stem
            if not name.startswith("_"):
                names.add(name)
        return sorted(names)
    return resources.cached("template_names", scan)


def template(resources: Resources, name: str):
    """The :class:`~xborder.render.templates.TemplateSpec` of a template."""
    from .templates import TEMPLATE_SUFFIXES, load_spec

    def load():
        if name not in template_names(resources):
            raise TemplateNotFoundError(name, template_names(resources))
        spec_path = resources.data.find(f"templates/{name}.yaml")
        for suffix in TEMPLATE_SUFFIXES:
            path = resources.data.find(f"templates/{name}{suffix}")
            if path is not None:
                return load_spec(name, path, spec_path)
        raise DataError(f"template '{name}' has a spec but no {' or '.join(TEMPLATE_SUFFIXES)} file",
                        spec_path, 1)
    if not isinstance(name, str) or not name:
        raise TemplateNotFoundError(str(name), template_names(resources))
    return resources.cached(("template", name), load)


def environment(resources: Resources, chain: Sequence[str]):
    """The sandboxed Jinja2 environment for one fallback chain."""
    from ..i18n.locale import SOURCE_LOCALE
    from .environment import build_environment

    chain = tuple(chain)
    return resources.cached(("env", chain), lambda: build_environment(
        resources.data, chain, [messages_of(resources, t) for t in chain if t != SOURCE_LOCALE]))


def template_messages(resources: Resources, name: str, locale: str = "en") -> list[tuple[str, ...]]:
    """The message ids a template uses in ``locale`` (its partials and overrides included)."""
    from .introspect import template_msgids

    chain = chain_of(resources, locale)
    return resources.cached(("msgids", name, tuple(chain)),
                            lambda: template_msgids(environment(resources, chain), template(resources, name).filename,
                                                           resources.cache_dir))


def template_status(resources: Resources, name: str) -> dict[str, str]:
    """``complete``, ``partial`` or ``missing`` for each shipped locale."""
    from ..i18n.locale import SOURCE_LOCALE, writes_source_language

    status = {SOURCE_LOCALE: "complete"}
    for tag in available_locales(resources):
        if writes_source_language(tag):  # en-US: what its catalog leaves out is the source's own text
            status[tag] = "complete"
            continue
        chain = [t for t in chain_of(resources, tag) if t != SOURCE_LOCALE]
        catalogs = [messages_of(resources, t) for t in chain]
        msgids = template_messages(resources, name, tag)
        done = sum(1 for mid in msgids
                   if any((mid[0] in c.plural) if len(mid) > 1 else (mid[0] in c.singular) for c in catalogs))
        status[tag] = "complete" if done == len(msgids) else ("partial" if done else "missing")
    return status
