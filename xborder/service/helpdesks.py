"""What each helpdesk sends (parse) and how xborder writes back to it (notes, tags, attributes).

Payload fields follow each product's documentation and source:
- Chatwoot: the ``message_created`` event (``lib/webhooks/...``, ``webhook_listener.rb``):
  ``message_type`` ``incoming``, ``private``, ``content``, ``conversation.id``, ``account.id``,
  ``sender`` / ``conversation.meta.sender`` (``phone_number``, ``email``,
  ``additional_attributes.country_code``), ``conversation.additional_attributes.browser_language``.
  Write-back: ``POST /api/v1/accounts/{a}/conversations/{c}/messages`` with ``private: true``,
  ``.../labels`` and ``.../custom_attributes``; header ``api_access_token``.
- Zammad: the trigger webhook's default payload (``ticket``, ``article`` with ``sender``,
  ``internal``, ``body``, ``content_type``). Write-back: ``POST /api/v1/ticket_articles``
  (``type: note``, ``internal: true``) and ``POST /api/v1/tags/add``; ``Authorization: Token token=…``.
- Zendesk: the event subscription ``zen:event-type:ticket.comment_added`` (``detail`` = the ticket,
  ``event.comment`` with ``body``, ``is_public``, ``author.is_staff``). Write-back:
  ``PUT /api/v2/tickets/{id}.json`` with a private comment, ``PUT /api/v2/tickets/{id}/tags.json``
  (adds tags, keeping the ticket's others) and, when field ids are configured, ``PUT
  /api/v2/tickets/{id}.json`` with ``custom_fields: [{id, value}]``; basic auth ``{email}/token:{token}``.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any

from .config import Helpdesk

MARKER = "xborder:delivery="  # ends every note xborder writes: finds it after a crash, and skips it as input


@dataclass(frozen=True)
class Incoming:
    """A customer message worth answering, with where to write back."""

    provider: str
    target: dict[str, Any]
    text: str
    signals: dict[str, str | None] = field(default_factory=dict)


class Ignored(Exception):
    """A verified delivery that needs no note (outgoing, private, not a message, our own note)."""


class Transient(Exception):
    """The helpdesk API failed in a way worth retrying (429, 5xx, network)."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class Permanent(Exception):
    """The helpdesk API refused the call (4xx other than 429): retrying will not help."""


# -- delivery ids ------------------------------------------------------------------------------
def delivery_id(provider: str, headers, body: bytes) -> str:
    """The helpdesk's id for this delivery; a digest of the body when it sends none."""
    header = {"chatwoot": "x-chatwoot-delivery", "zammad": "x-zammad-delivery",
              "zendesk": "x-zendesk-webhook-invocation-id"}[provider]
    if provider == "zendesk":
        try:
            event_id = json.loads(body).get("id")
        except (ValueError, AttributeError):
            event_id = None
        if isinstance(event_id, (str, int)) and str(event_id).strip():
            return str(event_id).strip()[:200]
    value = (headers.get(header) or "").strip()
    return value[:200] if value else "sha256-" + hashlib.sha256(body).hexdigest()


# -- parsing ---------------------------------------------------------------------------------------
def parse(provider: str, body: bytes) -> Incoming:
    """The customer message in a verified delivery; ``Ignored`` when there is none to answer."""
    try:
        payload = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise Ignored("body is not JSON") from None
    if not isinstance(payload, dict):
        raise Ignored("body is not a JSON object")
    incoming = PARSERS[provider](payload)
    if not incoming.text.strip():
        raise Ignored("no text")
    if MARKER in incoming.text:
        raise Ignored("xborder's own note")
    return incoming


def _obj(value: Any) -> dict:
    return value if isinstance(value, dict) else {}


def _str(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _id(value: Any, what: str) -> int | str:
    if isinstance(value, bool) or not isinstance(value, (int, str)) or not str(value).strip():
        raise Ignored(f"no {what}")
    return value


def _chatwoot(p: dict) -> Incoming:
    if p.get("event") != "message_created":
        raise Ignored(f"event {str(p.get('event'))[:40]!r} is not message_created")
    if p.get("message_type") not in ("incoming", 0):
        raise Ignored("not an incoming message")
    if p.get("private"):
        raise Ignored("private note")
    conversation = _obj(p.get("conversation"))
    account = _obj(p.get("account"))
    sender = _obj(p.get("sender")) or _obj(_obj(conversation.get("meta")).get("sender"))
    attrs = _obj(sender.get("additional_attributes"))
    browser = _obj(conversation.get("additional_attributes"))
    target = {"account_id": _id(account.get("id") or conversation.get("account_id"), "account id"),
              "conversation_id": _id(conversation.get("id") or conversation.get("display_id"), "conversation id")}
    signals = {"country": _str(attrs.get("country_code")), "phone": _str(sender.get("phone_number")),
               "email": _str(sender.get("email")), "accept_language": _str(browser.get("browser_language"))}
    return Incoming("chatwoot", target, _str(p.get("content")) or "", signals)


def _zammad(p: dict) -> Incoming:
    ticket, article = _obj(p.get("ticket")), _obj(p.get("article"))
    if not article:
        raise Ignored("no article")
    sender = article.get("sender")
    if (sender if isinstance(sender, str) else "") != "Customer":
        raise Ignored("article not from the customer")
    if article.get("internal"):
        raise Ignored("internal article")
    text = _str(article.get("body")) or ""
    if "html" in str(article.get("content_type") or ""):
        text = html_to_text(text)
    customer = _obj(ticket.get("customer"))
    signals = {"phone": _str(customer.get("mobile")) or _str(customer.get("phone")),
               "email": _str(customer.get("email")), "country": _str(customer.get("country"))}
    return Incoming("zammad", {"ticket_id": _id(ticket.get("id") or article.get("ticket_id"), "ticket id")},
                    text, signals)


def _zendesk(p: dict) -> Incoming:
    kind = p.get("type")
    if kind != "zen:event-type:ticket.comment_added":
        raise Ignored(f"event {str(kind)[:60]!r} is not ticket.comment_added")
    comment = _obj(_obj(p.get("event")).get("comment"))
    if comment.get("is_public") is False:
        raise Ignored("private comment")
    if _obj(comment.get("author")).get("is_staff"):
        raise Ignored("comment by an agent")
    detail = _obj(p.get("detail"))
    return Incoming("zendesk", {"ticket_id": _id(detail.get("id"), "ticket id")}, _str(comment.get("body")) or "", {})


PARSERS = {"chatwoot": _chatwoot, "zammad": _zammad, "zendesk": _zendesk}


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def handle_starttag(self, tag, attrs) -> None:
        if tag in ("br", "p", "div", "li"):
            self.parts.append("\n")


def html_to_text(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    return re.sub(r"\n{3,}", "\n\n", "".join(parser.parts)).strip()


# -- writing back ----------------------------------------------------------------------------------
class Writer:
    """Calls one helpdesk's API; ``find_note`` lets a restarted worker see a note it already posted."""

    def __init__(self, desk: Helpdesk, client) -> None:
        self.desk = desk
        self.client = client
        self.base = (desk.url or "").rstrip("/")

    def _call(self, method: str, path: str, **kwargs) -> Any:
        import httpx

        try:
            response = self.client.request(method, self.base + path, headers=self.headers(), **kwargs)
        except httpx.HTTPError as exc:
            raise Transient(f"{type(exc).__name__} calling {self.desk.name}") from None
        if response.status_code == 429 or response.status_code >= 500:
            raise Transient(f"{self.desk.name} answered {response.status_code}", _retry_after(response))
        if response.status_code >= 400:
            raise Permanent(f"{self.desk.name} answered {response.status_code} to {method} {path.split('?')[0]}")
        try:
            return response.json() if response.content else None
        except ValueError:
            return None

    def headers(self) -> dict[str, str]:
        raise NotImplementedError

    def post_note(self, target: dict, text: str) -> None:
        raise NotImplementedError

    def find_note(self, target: dict, marker: str) -> bool:
        raise NotImplementedError

    def apply_tags(self, target: dict, tags: list[str], attributes: dict[str, Any]) -> None:
        raise NotImplementedError


class ChatwootWriter(Writer):
    def headers(self):
        return {"api_access_token": self.desk.token or ""}

    def _conv(self, t: dict) -> str:
        return f"/api/v1/accounts/{t['account_id']}/conversations/{t['conversation_id']}"

    def post_note(self, target, text):
        self._call("POST", self._conv(target) + "/messages",
                   json={"content": text, "message_type": "outgoing", "private": True})

    def find_note(self, target, marker):
        data = self._call("GET", self._conv(target) + "/messages")
        messages = _obj(data).get("payload") if isinstance(data, dict) else data
        return any(marker in str(_obj(m).get("content") or "") for m in (messages or []))

    def apply_tags(self, target, tags, attributes):
        current = _obj(self._call("GET", self._conv(target) + "/labels")).get("payload") or []
        labels = sorted({*(x for x in current if isinstance(x, str) and not x.startswith("xb-")), *tags})
        self._call("POST", self._conv(target) + "/labels", json={"labels": labels})
        self._call("POST", self._conv(target) + "/custom_attributes", json={"custom_attributes": attributes})


class ZammadWriter(Writer):
    def headers(self):
        return {"Authorization": f"Token token={self.desk.token}"}

    def post_note(self, target, text):
        self._call("POST", "/api/v1/ticket_articles",
                   json={"ticket_id": target["ticket_id"], "body": text, "content_type": "text/plain",
                         "type": "note", "internal": True})

    def find_note(self, target, marker):
        articles = self._call("GET", f"/api/v1/ticket_articles/by_ticket/{target['ticket_id']}") or []
        return any(marker in str(_obj(a).get("body") or "") for a in articles)

    def apply_tags(self, target, tags, attributes):
        for tag in tags:
            self._call("POST", "/api/v1/tags/add", json={"object": "Ticket", "o_id": target["ticket_id"], "item": tag})


class ZendeskWriter(Writer):
    def headers(self):
        import base64

        auth = base64.b64encode(f"{self.desk.email}/token:{self.desk.token}".encode()).decode()
        return {"Authorization": f"Basic {auth}"}

    def post_note(self, target, text):
        self._call("PUT", f"/api/v2/tickets/{target['ticket_id']}.json",
                   json={"ticket": {"comment": {"body": text, "public": False}}})

    def find_note(self, target, marker):
        data = _obj(self._call("GET", f"/api/v2/tickets/{target['ticket_id']}/comments.json"))
        return any(marker in str(_obj(c).get("body") or "") for c in data.get("comments") or [])

    def apply_tags(self, target, tags, attributes):
        self._call("PUT", f"/api/v2/tickets/{target['ticket_id']}/tags.json", json={"tags": tags})
        fields = zendesk_custom_fields(self.desk.fields, attributes)
        if fields:
            self._call("PUT", f"/api/v2/tickets/{target['ticket_id']}.json",
                       json={"ticket": {"custom_fields": fields}})


def zendesk_custom_fields(ids: dict[str, int], attributes: dict[str, Any]) -> list[dict[str, Any]]:
    """``[{"id", "value"}]`` for the configured fields: text values (a drop-down's option tags must
    match them), ``escalate`` as a checkbox's true/false; an unknown value clears the field."""
    out = []
    for name, field_id in ids.items():
        value = attributes.get(f"xb_{name}")
        if name == "escalate":
            value = bool(value)
        elif name == "region" and value:
            value = str(value).lower()  # drop-down option tags are lower case
        out.append({"id": field_id, "value": value if value not in ("", None) else None})
    return out


WRITERS = {"chatwoot": ChatwootWriter, "zammad": ZammadWriter, "zendesk": ZendeskWriter}


def _retry_after(response) -> float | None:
    try:
        return max(0.0, float(response.headers.get("retry-after", "")))
    except ValueError:
        return None
