"""Intent classification (what the customer needs) and reply suggestion.

``classify`` reads a message with the cue lexicons of ``culture_rules/intents/``
and a character n-gram model; ``suggest`` chains detection, triage,
classification, template choice, variable filling and the checked reply.
"""
from __future__ import annotations

from .lexicon import INTENTS

__all__ = ["INTENTS"]
