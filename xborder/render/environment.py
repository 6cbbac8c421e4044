"""The sandboxed Jinja2 environment for one fallback chain of catalogs.

One environment per chain (templates are looked up in the chain's locale
folders first, so ``templates/ja/_greeting.txt`` overrides the partial for
Japanese), cached by the Toolkit. Customer values are data: they are never
compiled as template code.
"""
from __future__ import annotations

from typing import Any, Sequence

from jinja2 import BaseLoader, StrictUndefined, TemplateNotFound, pass_context
from markupsafe import Markup

from ..datadirs import DataDirs
from ..i18n.catalogs import Messages
from ..i18n.locale import dir_name
from .filters import FILTERS
from .limits import BoundedSandbox
from .gettext import Translated, TranslatedMarkup, make_callables


from .state import FSI, PDI, STATE_KEY, Isolated

ENV_OPTIONS = dict(trim_blocks=False, lstrip_blocks=True, keep_trailing_newline=True)


class LayeredLoader(BaseLoader):
    """Looks ``name`` up under ``templates/<locale>/`` for each locale of the chain, then ``templates/``."""

    def __init__(self, data: DataDirs, chain: Sequence[str]) -> None:
        self.data = data
        self.prefixes = [f"templates/{dir_name(tag)}/" for tag in chain] + ["templates/"]

    def get_source(self, environment, template: str):
        for prefix in self.prefixes:
            path = self.data.find(prefix + template)
            if path is not None:
                source = path.read_text(encoding="utf-8")
                mtime = path.stat().st_mtime
                return source, str(path), lambda p=path, m=mtime: p.exists() and p.stat().st_mtime == m
        raise TemplateNotFound(template)


@pass_context
def _finalize(context, value: Any) -> Any:
    """Values inserted with ``{{ }}`` outside ``{% trans %}`` are isolated too (bidi)."""
    if value is None:
        return ""
    if isinstance(value, (Translated, TranslatedMarkup, Isolated)):
        return value
    state = context[STATE_KEY]
    if isinstance(value, Markup):
        return Markup(state.isolate("")) if not value else (Markup(FSI) + value + Markup(PDI) if state.rtl else value)
    return state.isolate(str(value))


def build_environment(data: DataDirs, chain: Sequence[str], catalogs: Sequence[Messages]) -> BoundedSandbox:
    """A sandboxed, strict, i18n-enabled environment for one chain of catalogs.

    Templates are compiled in each process: Jinja's bytecode cache unpickles what it finds
    on disk and saved only about 6 ms of a cold reply (issue 13, bench/RESULTS.md).
    """
    env = BoundedSandbox(
        loader=LayeredLoader(data, chain),
        undefined=StrictUndefined,
        autoescape=lambda name: bool(name) and name.endswith(".html"),
        extensions=["jinja2.ext.i18n"],
        finalize=_finalize,
        auto_reload=False,  # data edits take effect through Toolkit.clear_caches()
        **ENV_OPTIONS,
    )
    env.policies["ext.i18n.trimmed"] = True
    env.newstyle_gettext = True  # type: ignore[attr-defined]
    env.globals.update(make_callables(catalogs))
    env.filters.update(FILTERS)
    return env
