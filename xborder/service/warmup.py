"""A worker's warm-up before ``/readyz`` says ready: every route's first calls, per language.

Models and tables load lazily on first use: lingua's and wordfreq's per language, the triage
rules per language, the intent model, each locale's catalogs and templates, each region's
holidays. A cold worker's first minute answered ``/v1/suggest`` with a p99 near a second.
The warm-up runs detect, triage, classify and suggest over the maintainers' intent training
messages (``culture_rules/intents/train/``: one file per language or romanization, written
as customers write, never customer data), then the customer time and policy of each region
they found, within a time budget.
"""
from __future__ import annotations

import logging
import time
from dataclasses import asdict, dataclass
from typing import Any

from ..errors import XborderError

log = logging.getLogger("xborder.service.warmup")
DEFAULT_BUDGET_S = 60.0


@dataclass
class WarmUp:
    """What a warm-up did: messages run, calls that failed, seconds taken, whether it ran to the end."""

    messages: int = 0
    planned: int = 0
    regions: int = 0
    failures: int = 0
    first_failure: str | None = None
    seconds: float = 0.0
    complete: bool = False
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def warm_messages(resources, locales: list[str], per_file: int = 2) -> list[tuple[str, str | None]]:
    """(text, region) to warm up with. From each intent training file: the first messages of
    ``per_file`` different intents, then all of them joined (a longer text, where lingua and
    langdetect weigh in); and for each regional locale (``de-CH``, ``es-MX``), its language's
    first message with that region (the regional catalogs, templates, policy and holidays)."""
    from ..intents.lexicon import load_training, training_files

    items: list[tuple[str, str | None]] = []
    first: dict[str, str] = {}
    for name, path in sorted(training_files(resources).items()):
        picked: dict[str, str] = {}
        for intent, text in load_training(path):
            picked.setdefault(intent, text)
            if len(picked) >= per_file:
                break
        if picked:
            first.setdefault(name.lower(), next(iter(picked.values())))
        items += [(text, None) for text in (*picked.values(), " ".join(picked.values()))]
    for tag in locales:
        language, _, region = tag.partition("-")
        if region and language in first:
            items.append((first[language], region))
    return items


def warm_up(toolkit, budget_s: float = DEFAULT_BUDGET_S) -> WarmUp:
    """Run the warm-up on ``toolkit`` for at most about ``budget_s`` seconds (0: nothing).

    A call that raises counts as a failure and the warm-up goes on; it never raises itself
    (a worker that could not warm up still serves, loading on demand as before)."""
    report = WarmUp()
    began = time.perf_counter()
    deadline = began + budget_s
    try:
        if budget_s <= 0:
            report.complete = True
            return report
        _preload_voters(toolkit.resources)
        items = warm_messages(toolkit.resources, toolkit.available_locales())
        report.planned = len(items)
        regions: set[str] = set()
        for text, region in items:
            if time.perf_counter() > deadline:
                break
            detection = _call(report, toolkit.detect, text, country=region)
            regions.update(r for r in (region, getattr(detection, "region", None)) if r)
            _call(report, toolkit.triage, text, country=region)
            _call(report, toolkit.classify, text)
            _call(report, toolkit.suggest, text, region=region)
            report.messages += 1
        for region in sorted(regions):
            if time.perf_counter() > deadline:
                break
            _call(report, toolkit.time, region)
            _call(report, toolkit.policy, region)
            report.regions += 1
        _call(report, toolkit.template_names)
        report.complete = report.messages == report.planned and report.regions == len(regions)
    except Exception as exc:  # noqa: BLE001 - bad data files or a bug: log it, serve cold
        report.error = f"{type(exc).__name__}: {exc}"
    report.seconds = round(time.perf_counter() - began, 3)
    if report.error:
        log.error("warm-up failed: serving cold", extra=report.to_dict())
    elif report.failures:
        log.warning("warm-up calls failed", extra=report.to_dict())
    elif not report.complete:
        log.warning("warm-up stopped at its time budget", extra=report.to_dict())
    else:
        log.info("warm-up done", extra=report.to_dict())
    return report


def _call(report: WarmUp, fn, *args, **options):
    try:
        return fn(*args, **options)
    except XborderError:  # e.g. a template variable only an agent can give: a normal answer
        return None
    except Exception as exc:  # noqa: BLE001
        report.failures += 1
        report.first_failure = report.first_failure or f"{type(exc).__name__}: {exc}"
        return None


def _preload_voters(resources) -> None:
    """langdetect only breaks close calls on long texts: load its profiles now, not on such a call."""
    from ..detect import ensemble

    for name in ("lingua_of", "langdetect_of", "wordfreq_of"):
        loader = getattr(ensemble, name, None)
        if loader is not None:
            loader(resources)
