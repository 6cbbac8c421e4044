"""Which input column holds what: the mapping options, and presets for helpdesk exports.

A field maps to one column name, or (in a preset) to several candidates, the first one
present in the input winning. A dotted name (``stats.first_responded_at``) reads into a
nested JSON object, as helpdesk APIs export them.

Preset sources (the products' own export and API documentation, read 2026-12-05):

- Zendesk: Tickets API / incremental ticket export JSON (``id``, ``subject``,
  ``description``, ``created_at``; first reply from the Ticket Metrics API field
  ``reply_time_in_minutes.calendar`` when joined in) and the CSV ticket export of
  Admin > Reports (``Id``, ``Subject``, ``Created at``, ``First reply time in minutes``).
- Freshdesk: API v2 tickets (``id``, ``description_text``, ``created_at``, ``email``,
  ``stats.first_responded_at`` with ``include=stats``) and the ticket CSV export
  (``Ticket ID``, ``Description``, ``Created time``, ``Initial response time``, ``Email``).
- Zammad: REST API tickets (``number``, ``title``, ``created_at``, ``first_response_at``);
  the first article's body, when exported, under ``article.body``.
- Chatwoot: API conversations (``id``, ``created_at`` in Unix seconds,
  ``first_reply_created_at``, ``meta.sender.phone_number``, ``meta.sender.email``,
  ``additional_attributes.browser_language``); the text of the first message under
  ``messages.0.content``.
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Iterable, Mapping

from ..errors import InputError, suggest

FIELDS = ("text", "id", "created", "first_reply", "first_reply_minutes", "country", "phone",
          "language", "email")
# Column names looked for when neither an option nor a preset names a field.
DEFAULTS: dict[str, tuple[str, ...]] = {
    "text": ("text", "message", "body", "description", "content"),
    "id": ("id", "ticket_id"),
    "created": ("created_at", "created"),
    "first_reply": ("first_reply_at", "first_replied_at"),
    "first_reply_minutes": (),
    "country": ("country",),
    "phone": ("phone",),
    "language": ("language", "accept_language"),
    "email": ("email",),
}

PRESETS: dict[str, dict[str, tuple[str, ...]]] = {
    "zendesk": {
        "text": ("description", "Description"), "id": ("id", "Id", "ID"),
        "created": ("created_at", "Created at"),
        "first_reply_minutes": ("reply_time_in_minutes.calendar", "First reply time in minutes"),
        "email": ("Requester email", "requester.email"),
    },
    "freshdesk": {
        "text": ("description_text", "Description"), "id": ("id", "Ticket ID"),
        "created": ("created_at", "Created time"),
        "first_reply": ("stats.first_responded_at", "Initial response time"),
        "email": ("email", "Email"), "phone": ("phone", "Work phone", "Mobile phone"),
    },
    "zammad": {
        "text": ("article.body", "title", "Title"), "id": ("number", "Number", "id"),
        "created": ("created_at", "Created At"),
        "first_reply": ("first_response_at", "First Response At"),
    },
    "chatwoot": {
        "text": ("messages.0.content", "content"), "id": ("id", "display_id"),
        "created": ("created_at",), "first_reply": ("first_reply_created_at",),
        "phone": ("meta.sender.phone_number",), "email": ("meta.sender.email",),
        "language": ("additional_attributes.browser_language",),
    },
}


@dataclass(frozen=True)
class Columns:
    """Input column of each field (``None``: the input has none). ``text`` is required."""

    text: str | None = None
    id: str | None = None
    created: str | None = None
    first_reply: str | None = None
    first_reply_minutes: str | None = None
    country: str | None = None
    phone: str | None = None
    language: str | None = None
    email: str | None = None

    def to_dict(self) -> dict[str, str | None]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


def _present(name: str, header: set[str]) -> bool:
    return name in header or name.split(".", 1)[0] in header


def resolve(header: Iterable[str], options: Mapping[str, str | None] | None = None,
            preset: str | None = None, *, source: str = "input") -> Columns:
    """The columns to read from an input with these ``header`` names.

    ``options`` (``--text-col`` …) must name present columns: one clear error names a missing
    one and what the input has. A preset's or the defaults' candidates are taken when present.
    """
    header = set(header)
    if preset is not None and preset not in PRESETS:
        raise InputError(f"unknown preset '{preset}'{suggest(preset, PRESETS)} (known: {', '.join(PRESETS)})")
    chosen: dict[str, str | None] = {}
    for name in FIELDS:
        given = (options or {}).get(name)
        if given:
            if not _present(given, header):
                raise InputError(f"{source}: no column '{given}' (mapped with --{name.replace('_', '-')}-col)"
                                 f"{suggest(given, header)}; columns: {', '.join(sorted(header)) or 'none'}")
            chosen[name] = given
            continue
        candidates = PRESETS[preset].get(name, ()) if preset else DEFAULTS[name]
        chosen[name] = next((c for c in candidates if _present(c, header)), None)
    if chosen["text"] is None:
        wanted = PRESETS[preset]["text"] if preset else DEFAULTS["text"]
        raise InputError(f"{source}: no text column (looked for {', '.join(wanted)}); "
                         f"name it with --text-col; columns: {', '.join(sorted(header)) or 'none'}")
    return Columns(**chosen)
