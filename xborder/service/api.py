"""The ``/v1`` routes: thin wrappers that call the same Toolkit methods as the CLI.

Request bodies carry the CLI's inputs; responses are the CLI's ``--json`` objects.
``classify`` and ``suggest`` answer 501 until the Toolkit offers them.
"""
from __future__ import annotations

import json
from typing import Any, Literal, Optional

from fastapi import APIRouter, Depends, Request, Response
from pydantic import BaseModel, ConfigDict, Field

from .deps import require_token
from .problems import problem

MAX_TEXT = 20_000
Code = Field(default=None, max_length=64)
Short = Field(default=None, max_length=256)

PROBLEM = {"content": {"application/problem+json": {}}, "description": "A problem document (RFC 9457)."}
ERRORS = {401: PROBLEM, 404: PROBLEM, 413: PROBLEM, 422: PROBLEM}

router = APIRouter(prefix="/v1", dependencies=[Depends(require_token)], responses=ERRORS)


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Signals(Strict):
    """What the support system knows about the customer besides the text."""

    country: Optional[str] = Code
    phone: Optional[str] = Field(default=None, max_length=64)
    accept_language: Optional[str] = Short
    email: Optional[str] = Short

    def signals(self) -> dict[str, Any]:
        return {"country": self.country, "phone": self.phone, "accept_language": self.accept_language,
                "email": self.email}


class MessageIn(Signals):
    text: str = Field(max_length=MAX_TEXT, description="The customer's message.")
    id: Optional[str | int] = Field(default=None, description="Echoed back as `id`, as `--jsonl` keeps it.")


class ClassifyIn(Strict):
    text: str = Field(max_length=MAX_TEXT)
    id: Optional[str | int] = None


class SuggestIn(Strict):
    message: str = Field(max_length=MAX_TEXT)
    order: Optional[dict[str, Any]] = Field(default=None, description="The order, as `suggest --order FILE` reads it.")
    store: Optional[dict[str, Any]] = Field(default=None, description="The store profile (`--store FILE`).")
    region: Optional[str] = Code
    voice: Optional[Literal["formal", "informal"]] = Field(
        default=None, description="Brand voice; default: the store's `voice` for the locale, else the market's.")


class ReplyIn(Strict):
    template: str = Field(max_length=128)
    message: Optional[str] = Field(default=None, max_length=MAX_TEXT)
    locale: Optional[str] = Code
    region: Optional[str] = Code
    timezone: Optional[str] = Code
    country: Optional[str] = Code
    phone: Optional[str] = Field(default=None, max_length=64)
    accept_language: Optional[str] = Short
    variables: dict[str, Any] = Field(default_factory=dict, max_length=200,
                                      description="Template variables (`--var k=v`, `--vars FILE`).")
    examples: bool = Field(default=False, description="Fill variables not given with the template's examples.")
    now: Optional[str] = Code
    voice: Optional[Literal["formal", "informal"]] = None


class LintIn(Strict):
    text: str = Field(max_length=MAX_TEXT)
    locale: str = Field(max_length=64)
    region: Optional[str] = Code
    team_timezone: Optional[str] = Code
    now: Optional[str] = Code
    voice: Optional[Literal["formal", "informal"]] = None
    customer_given_name: Optional[str] = Field(default=None, max_length=128)
    customer_family_name: Optional[str] = Field(default=None, max_length=128)


class TimeIn(Strict):
    where: str = Field(max_length=128, description="Region, subdivision, IANA zone, phone number or city.")
    at: Optional[str] = Code
    business_hours: Optional[str] = Field(default=None, max_length=512,
                                          description="A spec such as 'Mon-Fri 09:00-18:00 @Europe/Berlin' "
                                                      "(files are not read over HTTP).")
    sla: Optional[float] = Field(default=None, ge=0, le=24 * 365)


class Json(Response):
    """The CLI's JSON (UTF-8, ``default=str``), encoded once: no per-request response model or
    ``jsonable_encoder`` walk over a document the library already made plain."""

    media_type = "application/json"
    encoder = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(",", ":"), default=str)

    def render(self, content: Any) -> bytes:
        return self.encode(content)

    @classmethod
    def encode(cls, content: Any) -> bytes:
        """``content`` as this response's body."""
        return cls.encoder.encode(content).encode("utf-8")


def with_id(item_id, out: dict) -> dict:
    """``out`` with the request's ``id`` first, as ``--jsonl`` keeps it (``out`` itself without one)."""
    return {"id": item_id, **out} if item_id is not None else out


def _toolkit(request: Request):
    return request.app.state.toolkit


# What each plain POST route answers, from its validated body: shared by the routes below and
# by the short way through (fastpath.py), so both write the same bytes.
def detect_answer(toolkit, body: MessageIn) -> dict:
    return with_id(body.id, toolkit.detect(body.text, **body.signals()).to_dict())


def triage_answer(toolkit, body: MessageIn) -> dict:
    return with_id(body.id, toolkit.triage(body.text, **body.signals()).to_dict())


def classify_answer(toolkit, body: ClassifyIn) -> dict:
    return with_id(body.id, _plain(toolkit.classify(body.text)))


def suggest_answer(toolkit, body: SuggestIn) -> dict:
    options = {"voice": body.voice} if body.voice is not None else {}
    return _plain(toolkit.suggest(body.message, order=body.order, store=body.store, region=body.region, **options))


# path -> (body model, answer, the Toolkit method it needs, whether the route runs in the thread pool)
PLAIN_ROUTES = {"/v1/detect": (MessageIn, detect_answer, "detect", False),
                "/v1/triage": (MessageIn, triage_answer, "triage", False),
                "/v1/classify": (ClassifyIn, classify_answer, "classify", True),
                "/v1/suggest": (SuggestIn, suggest_answer, "suggest", True)}


# detect and triage take about a millisecond of CPU: they run on the event loop, where a
# thread-pool hop would cost as much as the call. Slower routes (suggest, reply, lint, time) use the pool.
@router.post("/detect", summary="Language and region, with evidence (`xborder detect --json`)", response_model=dict)
async def detect(body: MessageIn, request: Request) -> Json:
    return Json(detect_answer(_toolkit(request), body))


@router.post("/triage", summary="Detection plus escalation reasons (`xborder triage --json`)", response_model=dict)
async def triage(body: MessageIn, request: Request) -> Json:
    return Json(triage_answer(_toolkit(request), body))


@router.post("/classify", summary="The customer's intent (`xborder classify --json`)", responses={501: PROBLEM},
             response_model=dict)
def classify(body: ClassifyIn, request: Request) -> Response:
    toolkit = _toolkit(request)
    if not hasattr(toolkit, "classify"):
        return _not_built("classify")
    return Json(classify_answer(toolkit, body))


@router.post("/suggest", summary="Detection, triage, intent and a filled reply (`xborder suggest --json`)",
             responses={501: PROBLEM}, response_model=dict)
def suggest(body: SuggestIn, request: Request) -> Response:
    toolkit = _toolkit(request)
    if not hasattr(toolkit, "suggest"):
        return _not_built("suggest")
    return Json(suggest_answer(toolkit, body))


@router.post("/reply", summary="Render a template in the customer's language (`xborder reply --json`)",
             response_model=dict)
def reply(body: ReplyIn, request: Request) -> Json:
    toolkit = _toolkit(request)
    context = dict(toolkit.template(body.template).examples()) if body.examples else {}
    context.update(body.variables)
    result = toolkit.reply(body.template, message=body.message, locale=body.locale, region=body.region,
                           context=context, now=body.now, timezone=body.timezone, country=body.country,
                           phone=body.phone, accept_language=body.accept_language, voice=body.voice)
    return Json(result.to_dict())


@router.post("/lint", summary="Cultural-sensitivity flags for a reply (`xborder lint --json`)", response_model=dict)
def lint(body: LintIn, request: Request) -> Json:
    from ..i18n.locale import normalize

    tag = normalize(body.locale)
    flags = _toolkit(request).lint(body.text, tag, region=body.region, team_timezone=body.team_timezone,
                                   now=body.now, voice=body.voice, customer_given_name=body.customer_given_name,
                                   customer_family_name=body.customer_family_name)
    return Json({"locale": tag, "flags": [f.to_dict() for f in flags]})


@router.post("/time", summary="Customer local time, weekend, holiday, business hours, SLA (`xborder time --json`)",
             response_model=dict)
def time(body: TimeIn, request: Request) -> Json:
    hours = None
    if body.business_hours is not None:
        from ..timing.business_hours import parse_spec

        hours = parse_spec(body.business_hours)
    return Json(_toolkit(request).time(body.where, at=body.at, business_hours=hours, sla_hours=body.sla).to_dict())


@router.get("/policy/{region}", summary="A region's statutory facts with sources (`xborder policy show --json`)",
            response_model=dict)
def policy(region: str, request: Request) -> Response:
    if len(region) > 16:
        return problem(422, "Unprocessable request", "region: at most 16 characters", kind="validation")
    return Json(_toolkit(request).policy(region).to_dict())


@router.get("/templates", summary="Reply templates and shipped locales (for the console)", response_model=dict)
def templates(request: Request) -> Json:
    toolkit = _toolkit(request)
    return Json({"templates": toolkit.template_names(), "locales": ["en", *toolkit.available_locales()],
                 "capabilities": {name: hasattr(toolkit, name) for name in ("classify", "suggest")}})


def _plain(value: Any) -> Any:
    return value.to_dict() if hasattr(value, "to_dict") else value


def _not_built(name: str):
    return problem(501, "Not Implemented", f"'{name}' is not part of this build of xborder", kind="not-implemented")

