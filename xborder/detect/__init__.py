"""Language and region detection for short customer messages, with evidence.

``detect(resources, text, country=, phone=, accept_language=, email=)`` returns a
frozen :class:`Detection`. Modules: ``text`` (bounding, noise removal),
``script`` (Unicode script analysis), ``lexicon`` (support-domain words),
``voters`` (lingua, langdetect), ``priors`` (caller's signals), ``regions``
(region cues in the text), ``ensemble`` (the combination), ``result``.
"""
from __future__ import annotations

from .ensemble import detect
from .languages import SUPPORTED
from .result import Detection

__all__ = ["Detection", "SUPPORTED", "detect"]
