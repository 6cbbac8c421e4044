"""Machine translation that keeps customer data on this machine.

:func:`translate_text` translates a customer's message for an agent (or an
agent's text for a customer); :func:`translate_reply` renders a reply whose
locale has no catalog by translating the English rendering. Both redact
e-mails, phone and card numbers, IBANs, order and tracking numbers, URLs,
variable values and do-not-translate terms before anything is sent, and
both fall back (with a flag) instead of failing when the provider does.
The default provider is ``none``: nothing leaves the machine until you
configure one (see :mod:`xborder.translate.config`).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..lazy import lazy_exports

if TYPE_CHECKING:
    from .engine import TranslationError, TranslationResult, translate_text
    from .reply import reply_translating_missing, translate_reply

__all__ = ["TranslationError", "TranslationResult", "translate_reply", "reply_translating_missing",
           "translate_text"]
# Imported on first use: classification imports the redactor (translate.redact) for its
# patterns, and should not pay for the engine, the provider clients and the reply path.
_HOME = {"TranslationError": "engine", "TranslationResult": "engine", "translate_text": "engine",
         "reply_translating_missing": "reply", "translate_reply": "reply"}


__getattr__, __dir__ = lazy_exports(__name__, _HOME)
