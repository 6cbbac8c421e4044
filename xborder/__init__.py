"""xborder: cross-border, multilingual customer support.

>>> from xborder import Toolkit
>>> reply = Toolkit().render("order_delayed", locale="de-DE", context={...})
"""
from __future__ import annotations

from .errors import (DataError, InputError, LocaleError, TemplateNotFoundError, VariableError,
                     XborderError)
from .results import Flag, Reply
from .toolkit import Toolkit
from .version import __version__

__all__ = ["Toolkit", "Reply", "Flag", "XborderError", "DataError", "InputError", "LocaleError",
           "TemplateNotFoundError", "VariableError", "__version__"]
