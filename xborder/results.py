"""Frozen result objects shared by the library and the CLI's JSON output."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SEVERITIES = ("suggestion", "warning", "error")


@dataclass(frozen=True)
class Flag:
    """One finding about a text: a lint hit, a fallback, a policy conflict."""

    code: str
    severity: str
    message: str
    span: tuple[int, int] | None = None
    suggestion: str | None = None
    rule: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "severity": self.severity, "message": self.message,
                "span": list(self.span) if self.span else None,
                "suggestion": self.suggestion, "rule": self.rule}


@dataclass(frozen=True)
class Reply:
    """A rendered reply, with everything the ``reply --json`` contract carries."""

    template: str
    locale: str
    text: str
    fallback_chain: tuple[str, ...]
    flags: tuple[Flag, ...] = ()
    detection: Any = None
    policy_notes: tuple[Any, ...] = ()
    customer_time: Any = None
    machine_translated: bool = False
    direction: str = "ltr"
    untranslated: tuple[str, ...] = field(default=(), repr=False)
    reply_language: Any = None   # a romanized customer's reply-language choice (detect.romanized.ReplyChoice)
    voice: str = "formal"  # the register the reply was written in

    def to_dict(self) -> dict[str, Any]:
        def plain(value: Any) -> Any:
            return value.to_dict() if hasattr(value, "to_dict") else value

        out = {
            "template": self.template,
            "locale": self.locale,
            "text": self.text,
            "direction": self.direction,
            "detection": plain(self.detection),
            "flags": [f.to_dict() for f in self.flags],
            "policy_notes": [plain(n) for n in self.policy_notes],
            "customer_time": plain(self.customer_time),
            "machine_translated": self.machine_translated,
            "fallback_chain": list(self.fallback_chain),
            "voice": self.voice,
        }
        if self.reply_language is not None:
            out["reply_language"] = plain(self.reply_language)
        if self.policy_notes:  # the facts are law: say they are not legal advice (never in the reply text)
            from .notice import NOTICE

            out["notice"] = NOTICE
        return out
