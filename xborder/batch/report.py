"""The trend report of an annotated export: one self-contained HTML page, charts in inline SVG.

No scripts, no external assets. Sections: volume by language, region and intent over
time; escalation rate and reasons by market; top intents per market and which intents and
languages grow; first-reply SLA attainment in the customer's business hours; the 20
strongest market × intent hot spots with sample ticket ids. The data are counted while the
output is written (``xborder batch --report``) or read back from it (``xborder report``), in
one pass and bounded memory: counters per day and category, a few sample ids per hot spot.
"""
from __future__ import annotations

import datetime as dt
import json
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Iterable

from ..errors import InputError

PALETTE = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7",
           "#9c755f", "#bab0ac")
TOP_SERIES = 8          # categories drawn by name; the rest are "other"
SAMPLES = 5             # ticket ids kept per hot spot
HOTSPOTS = 20
UNKNOWN = "unknown"


def market_of(region: str | None) -> str:
    """A region's market: its country (``US-CA`` -> ``US``), ``EU``, or ``unknown``."""
    return region.split("-")[0] if region else UNKNOWN


@dataclass
class ReportData:
    """Counters behind the report (``add`` one annotated batch at a time)."""

    id_column: str | None = None
    rows: int = 0
    errors: int = 0
    undated: int = 0
    rows_with_intent: int = 0
    by_day: dict[str, Counter] = field(default_factory=lambda: {"language": Counter(), "market": Counter(),
                                                                "intent": Counter()})
    markets: Counter = field(default_factory=Counter)
    escalated: Counter = field(default_factory=Counter)
    reasons: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    intents: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    sla: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))  # market -> [met, measured]
    spots: dict[tuple[str, str], list] = field(default_factory=dict)  # (market, key) -> [count, escalated, ids]

    def add(self, batch) -> None:
        """Count one annotated record batch (or table)."""
        names = batch.schema.names
        col = {n: batch.column(n).to_pylist() for n in
               ("xb_language", "xb_region", "xb_intent", "xb_escalate", "xb_reasons", "xb_local_time",
                "xb_sla_met", "xb_error") if n in names}
        if "xb_language" not in col:
            raise InputError("not an annotated export: no xb_language column (run xborder batch first)")
        n = batch.num_rows
        ids = batch.column(self.id_column).to_pylist() if self.id_column in names else None
        empty = [None] * n
        get = lambda name: col.get(name, empty)  # noqa: E731
        for i, (language, region, intent, escalate, reasons, local, met, error) in enumerate(zip(
                get("xb_language"), get("xb_region"), get("xb_intent"), get("xb_escalate"),
                get("xb_reasons"), get("xb_local_time"), get("xb_sla_met"), get("xb_error"))):
            row_id = ids[i] if ids is not None else f"row {self.rows + 1}"
            self.rows += 1
            if error and language is None:
                self.errors += 1
                continue
            market = market_of(region)
            self.markets[market] += 1
            if escalate:
                self.escalated[market] += 1
                for reason in reasons or ():
                    self.reasons[market][reason] += 1
            if intent:
                self.rows_with_intent += 1
                self.intents[market][intent] += 1
            if met is not None:
                self.sla[market][1] += 1
                self.sla[market][0] += bool(met)
            if local:
                day = local[:10]
                self.by_day["language"][(day, language or UNKNOWN)] += 1
                self.by_day["market"][(day, market)] += 1
                self.by_day["intent"][(day, intent or "unclassified")] += 1
            else:
                self.undated += 1
            keys = [intent] if intent else [f"escalation: {r}" for r in (reasons or ())]
            for key in keys:
                spot = self.spots.setdefault((market, key), [0, 0, []])
                spot[0] += 1
                spot[1] += bool(escalate)
                if len(spot[2]) < SAMPLES and row_id is not None:
                    spot[2].append(str(row_id))


# -- building -------------------------------------------------------------------------------------
def build_report(batches: Iterable, id_column: str | None = None) -> ReportData:
    """Count annotated batches into a :class:`ReportData`."""
    data = ReportData(id_column=id_column)
    for batch in batches:
        data.add(batch)
    return data


def report_from_file(path: str | Path, id_column: str | None = None) -> ReportData:
    """Read an annotated CSV, JSONL or Parquet file (``xborder batch``'s output) back into counters."""
    from .readers import open_source
    from .writers import METADATA_KEY

    source = open_source(path)
    if id_column is None:
        meta = (source.schema.metadata or {}).get(METADATA_KEY)
        if meta:
            id_column = json.loads(meta).get("settings", {}).get("columns", {}).get("id")
        elif "id" in source.names:
            id_column = "id"
    if "xb_language" not in source.names:
        raise InputError(f"{path}: not an annotated export (no xb_language column); run xborder batch first")
    if id_column and id_column not in source.names:
        raise InputError(f"{path}: no column '{id_column}' for ticket ids")
    data = ReportData(id_column=id_column)
    for batch in source.batches(10_000):
        data.add(_typed(batch))
    return data


def _typed(batch):
    """Output read back from CSV or JSONL: the ``xb_*`` columns in their Arrow types again."""
    import pyarrow as pa

    from .readers import JSON_COLUMN

    columns = {}
    for f in batch.schema:
        values = batch.column(f.name)
        if f.type == pa.string() and f.name in ("xb_escalate", "xb_sla_met"):
            values = [None if v in (None, "") else v == "true" for v in values.to_pylist()]
        elif f.type == pa.string() and f.name == "xb_reasons":
            as_json = bool(f.metadata and f.metadata.get(JSON_COLUMN))
            values = [json.loads(v) if as_json and v else v.split(";") if v else [] for v in values.to_pylist()]
        elif f.type == pa.string() and f.name.startswith("xb_"):
            values = [v or None for v in values.to_pylist()]
        columns[f.name] = values
    return pa.table(columns)


# -- time buckets ---------------------------------------------------------------------------------
def _periods(days: Iterable[str]) -> tuple[str, dict[str, str], list[str]]:
    """('month'|'week'|'day', day -> period label, ordered labels)."""
    parsed = sorted({d for d in days if _is_date(d)})
    if not parsed:
        return "day", {}, []
    first, last = dt.date.fromisoformat(parsed[0]), dt.date.fromisoformat(parsed[-1])
    span = (last - first).days
    unit = "month" if span > 120 else "week" if span > 21 else "day"

    def label(day: str) -> str:
        date = dt.date.fromisoformat(day)
        if unit == "month":
            return day[:7]
        if unit == "week":
            return (date - dt.timedelta(days=date.weekday())).isoformat()
        return day
    mapping = {d: label(d) for d in parsed}
    return unit, mapping, sorted(set(mapping.values()))


def _is_date(text: str) -> bool:
    try:
        dt.date.fromisoformat(text)
        return True
    except (TypeError, ValueError):
        return False


def _series(counter: Counter, mapping: dict[str, str], labels: list[str]) -> dict[str, list[int]]:
    totals: Counter = Counter()
    cells: dict[tuple[str, str], int] = Counter()
    for (day, key), count in counter.items():
        if day in mapping:
            totals[key] += count
            cells[(mapping[day], key)] += count
    top = [k for k, _ in totals.most_common(TOP_SERIES)]
    out = {k: [cells[(p, k)] for p in labels] for k in top}
    rest = [k for k in totals if k not in top]
    if rest:
        out["other"] = [sum(cells[(p, k)] for k in rest) for p in labels]
    return out


# -- SVG ------------------------------------------------------------------------------------------
def _nice_max(value: float) -> float:
    if value <= 0:
        return 1
    magnitude = 10 ** math.floor(math.log10(value))
    return next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= value)


def svg_stacked_columns(name: str, labels: list[str], series: dict[str, list[int]], title: str) -> str:
    """A stacked column chart: one column per period, one colour per series, with a legend."""
    width, height, left, bottom, top = 760, 300, 48, 46, 12
    plot_w, plot_h = width - left - 170, height - top - bottom
    totals = [sum(v[i] for v in series.values()) for i in range(len(labels))]
    scale = _nice_max(max(totals, default=0))
    step = plot_w / max(1, len(labels))
    bar = max(2.0, step * 0.7)
    parts = [f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}" class="axis"/>']
    for tick in range(5):
        value = scale * tick / 4
        y = top + plot_h - plot_h * tick / 4
        parts.append(f'<text x="{left - 6}" y="{y + 4:.1f}" class="tick" text-anchor="end">{_short(value)}</text>')
        if tick:
            parts.append(f'<line x1="{left}" y1="{y:.1f}" x2="{left + plot_w}" y2="{y:.1f}" class="grid"/>')
    every = max(1, math.ceil(len(labels) / 12))
    for i, label in enumerate(labels):
        x = left + i * step + (step - bar) / 2
        y = top + plot_h
        for s, (key, values) in enumerate(series.items()):
            if not values[i]:
                continue
            h = plot_h * values[i] / scale
            y -= h
            parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}" '
                         f'fill="{PALETTE[s % len(PALETTE)]}" data-series="{escape(key)}" '
                         f'data-period="{escape(label)}" data-value="{values[i]}">'
                         f'<title>{escape(key)} {escape(label)}: {values[i]}</title></rect>')
        if i % every == 0:
            parts.append(f'<text x="{x + bar / 2:.1f}" y="{top + plot_h + 16}" class="tick" '
                         f'text-anchor="middle">{escape(label)}</text>')
    parts.extend(_legend(list(series), left + plot_w + 16, top))
    return _svg(name, title, width, height, parts)


def svg_bars(name: str, rows: list[tuple[str, float, str]], title: str, *, maximum: float | None = None) -> str:
    """Horizontal bars: (label, value, caption) each."""
    row_h, left, width = 22, 90, 760
    height = max(40, row_h * len(rows) + 24)
    scale = maximum or _nice_max(max((v for _, v, _ in rows), default=0))
    plot_w = width - left - 150
    parts = []
    for i, (label, value, caption) in enumerate(rows):
        y = 8 + i * row_h
        w = plot_w * value / scale if scale else 0
        parts.append(f'<text x="{left - 8}" y="{y + 14}" class="label" text-anchor="end">{escape(label)}</text>')
        parts.append(f'<rect x="{left}" y="{y}" width="{max(w, 0.5):.1f}" height="{row_h - 6}" fill="{PALETTE[0]}" '
                     f'data-label="{escape(label)}" data-value="{value:.4f}"><title>{escape(label)}: '
                     f'{escape(caption)}</title></rect>')
        parts.append(f'<text x="{left + w + 6:.1f}" y="{y + 14}" class="value">{escape(caption)}</text>')
    return _svg(name, title, width, height, parts)


def svg_stacked_bars(name: str, rows: list[tuple[str, dict[str, int]]], keys: list[str], title: str) -> str:
    """Horizontal stacked bars (label -> counts per key), each bar scaled to the largest total."""
    row_h, left, width = 22, 90, 760
    height = max(40, row_h * len(rows) + 24)
    plot_w = width - left - 190
    scale = max((sum(c.values()) for _, c in rows), default=0) or 1
    parts = []
    for i, (label, counts) in enumerate(rows):
        y = 8 + i * row_h
        x = float(left)
        parts.append(f'<text x="{left - 8}" y="{y + 14}" class="label" text-anchor="end">{escape(label)}</text>')
        for k, key in enumerate(keys):
            if not counts.get(key):
                continue
            w = plot_w * counts[key] / scale
            parts.append(f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{row_h - 6}" '
                         f'fill="{PALETTE[k % len(PALETTE)]}" data-label="{escape(label)}" '
                         f'data-series="{escape(key)}" data-value="{counts[key]}"><title>{escape(label)} '
                         f'{escape(key)}: {counts[key]}</title></rect>')
            x += w
    parts.extend(_legend(keys, left + plot_w + 16, 8))
    return _svg(name, title, width, height, parts)


def _legend(keys: list[str], x: float, y: float) -> list[str]:
    out = []
    for i, key in enumerate(keys):
        out.append(f'<rect x="{x}" y="{y + i * 18}" width="11" height="11" fill="{PALETTE[i % len(PALETTE)]}" '
                   f'class="key"/><text x="{x + 16}" y="{y + i * 18 + 10}" class="label">{escape(key)}</text>')
    return out


def _svg(name: str, title: str, width: int, height: int, parts: list[str]) -> str:
    return (f'<figure class="chart" data-chart="{name}"><figcaption>{escape(title)}</figcaption>'
            f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" '
            f'height="{height}" role="img" aria-label="{escape(title)}"><title>{escape(title)}</title>'
            f'{"".join(parts)}</svg></figure>')


def _short(value: float) -> str:
    if value >= 1_000_000:
        return f"{value / 1_000_000:g}M"
    if value >= 1000:
        return f"{value / 1000:g}k"
    return f"{value:g}"


def _pct(part: float, whole: float) -> str:
    return f"{100 * part / whole:.1f} %" if whole else "–"


# -- the page -------------------------------------------------------------------------------------
_CSS = """
body{font:14px/1.45 system-ui,sans-serif;margin:24px auto;max-width:1100px;color:#222;padding:0 16px}
h1{font-size:22px}h2{font-size:18px;margin-top:32px;border-bottom:1px solid #ddd}
figure.chart{margin:12px 0}figcaption{font-weight:600;margin-bottom:4px}
svg .tick,svg .label,svg .value{font-size:11px;fill:#333}svg .axis{stroke:#555}svg .grid{stroke:#eee}
table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #ddd;padding:3px 8px;text-align:left}
td.num{text-align:right;font-variant-numeric:tabular-nums}.note{color:#666}
.summary span{display:inline-block;margin-right:24px}
"""


def render_html(data: ReportData, *, title: str = "Support trends") -> str:
    """The whole page as a string."""
    unit, mapping, labels = _periods(d for (d, _) in data.by_day["language"])
    markets = [m for m, _ in data.markets.most_common() if m != UNKNOWN]
    shown = markets[:15] + ([UNKNOWN] if UNKNOWN in data.markets else [])   # no region shown: last
    sections = [f"<h1>{escape(title)}</h1>", _summary(data, unit)]

    sections.append("<h2>Volume over time</h2>")
    if labels:
        for key, name in (("language", "language"), ("market", "region"), ("intent", "intent")):
            if key == "intent" and not data.rows_with_intent:
                continue
            sections.append(svg_stacked_columns(f"volume-{name}", labels, _series(data.by_day[key], mapping, labels),
                                                f"Tickets per {unit} by {name} (customer's local date)"))
    else:
        sections.append('<p class="note">No row has both a creation time and a region, so nothing is '
                        "placed in time (map the creation column with --created-col).</p>")

    sections.append("<h2>Escalations by market</h2>")
    rate_rows = [(m, data.escalated[m] / data.markets[m], f"{_pct(data.escalated[m], data.markets[m])} "
                  f"of {data.markets[m]}") for m in shown]
    sections.append(svg_bars("escalation-rate", rate_rows, "Share of tickets to escalate", maximum=max(
        [r for _, r, _ in rate_rows] + [0.01])))
    reason_keys = [r for r, _ in sum((data.reasons[m] for m in shown), Counter()).most_common()]
    if reason_keys:
        sections.append(svg_stacked_bars("escalation-reasons", [(m, dict(data.reasons[m])) for m in shown],
                                         reason_keys, "Escalation reasons by market"))

    sections.append("<h2>What customers need, by market</h2>")
    sections.append(_top_intents(data, shown))
    sections.append(_growth(data, mapping, labels, unit))

    sections.append("<h2>First reply within the SLA, in the customer's business hours</h2>")
    sla_rows = [(m, met / total, f"{_pct(met, total)} of {total}") for m in shown
                for met, total in [data.sla.get(m, [0, 0])] if total]
    if sla_rows:
        sections.append(svg_bars("sla-attainment", sla_rows, "First replies within the SLA", maximum=1.0))
    else:
        sections.append('<p class="note">No row has a creation time, a first-reply time and a region.</p>')

    sections.append(_hotspots(data))
    generated = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>'
            f'<meta name="viewport" content="width=device-width"><style>{_CSS}</style></head><body>'
            f'{"".join(sections)}<p class="note">Generated by xborder {generated}.</p></body></html>')


def _summary(data: ReportData, unit: str) -> str:
    escalated = sum(data.escalated.values())
    measured = sum(t for _, t in data.sla.values())
    met = sum(m for m, _ in data.sla.values())
    return (f'<p class="summary" data-rows="{data.rows}" data-errors="{data.errors}">'
            f"<span><b>{data.rows}</b> tickets</span><span><b>{len(data.markets)}</b> markets</span>"
            f"<span><b>{_pct(escalated, data.rows - data.errors)}</b> to escalate</span>"
            f"<span><b>{_pct(met, measured)}</b> first replies within the SLA</span>"
            f"<span>{data.errors} rows could not be read (xb_error)</span>"
            f"<span>{data.undated} without a date</span></p>")


def _top_intents(data: ReportData, markets: list[str]) -> str:
    if not data.rows_with_intent:
        return ('<p class="note">No intents in this export (intent classification was not available '
                "when it was annotated).</p>")
    rows = []
    for m in markets:
        counts = data.intents.get(m)
        if not counts:
            continue
        total = sum(counts.values())
        cells = "".join(f"<td>{escape(i)} <span class=note>{_pct(c, total)}</span></td>"
                        for i, c in counts.most_common(3))
        rows.append(f'<tr data-market="{escape(m)}"><th>{escape(m)}</th><td class=num>{total}</td>{cells}</tr>')
    return ("<table class=top-intents><thead><tr><th>market</th><th>tickets</th><th colspan=3>top intents"
            f"</th></tr></thead><tbody>{''.join(rows)}</tbody></table>")


def _growth(data: ReportData, mapping: dict, labels: list[str], unit: str) -> str:
    if len(labels) < 2:
        return '<p class="note">Growth needs at least two periods of dated tickets.</p>'
    last, before = labels[-1], labels[-2]
    out = []
    for key, name in (("intent", "intents"), ("language", "languages")):
        if key == "intent" and not data.rows_with_intent:
            continue
        now, then = Counter(), Counter()
        for (day, k), c in data.by_day[key].items():
            period = mapping.get(day)
            if period == last:
                now[k] += c
            elif period == before:
                then[k] += c
        total_now, total_then = sum(now.values()) or 1, sum(then.values()) or 1
        rows = []
        for k in set(now) | set(then):
            if now[k] + then[k] < 5:
                continue
            change = now[k] / total_now - then[k] / total_then
            rows.append((change, k))
        rows.sort(reverse=True)
        body = "".join(f'<tr data-key="{escape(k)}"><th>{escape(k)}</th><td class=num>{then[k]}</td>'
                       f"<td class=num>{now[k]}</td><td class=num>{100 * change:+.1f} pts</td></tr>"
                       for change, k in rows[:8])
        out.append(f"<table class=growth-{name}><caption>Which {name} grow: share of {escape(before)} → "
                   f"{escape(last)} ({unit})</caption><thead><tr><th>{name[:-1]}</th><th>{escape(before)}</th>"
                   f"<th>{escape(last)}</th><th>share change</th></tr></thead><tbody>{body}</tbody></table>")
    return "".join(out)


def _hotspots(data: ReportData) -> str:
    intents = any(not k.startswith("escalation: ") for _, k in data.spots)
    totals: Counter = Counter()
    for (_, key), (count, _, _) in data.spots.items():
        totals[key] += count
    grand = sum(totals.values()) or 1
    per_market: Counter = Counter()
    for (market, _), (count, _, _) in data.spots.items():
        per_market[market] += count
    scored = []
    for (market, key), (count, escalated, ids) in data.spots.items():
        if intents == key.startswith("escalation: "):
            continue
        expected = per_market[market] * totals[key] / grand
        scored.append((count - expected, market, key, count, escalated, ids, expected))
    scored.sort(key=lambda r: (-r[0], r[1], r[2]))
    what = "market × intent" if intents else "market × escalation reason (no intents in this export)"
    rows = "".join(
        f'<tr class=hotspot data-market="{escape(m)}" data-key="{escape(k)}" data-count="{c}">'
        f"<th>{escape(m)}</th><td>{escape(k)}</td><td class=num>{c}</td><td class=num>{exp:.1f}</td>"
        f"<td class=num>{(c / exp if exp else 0):.2f}×</td><td class=num>{_pct(e, c)}</td>"
        f"<td>{escape(', '.join(ids))}</td></tr>"
        for _, m, k, c, e, ids, exp in scored[:HOTSPOTS])
    return (f"<h2>Hot spots: {what}</h2><p class=note>Ranked by tickets above what the market's size and the "
            "category's overall share predict.</p><table class=hotspots><thead><tr><th>market</th>"
            "<th>category</th><th>tickets</th><th>expected</th><th>lift</th><th>escalated</th>"
            f"<th>sample ticket ids</th></tr></thead><tbody>{rows}</tbody></table>")


def write_report(data: ReportData, path: str | Path, *, title: str = "Support trends") -> None:
    """Write the page to ``path`` (UTF-8)."""
    path = Path(path)
    try:
        path.write_text(render_html(data, title=title), encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot write the report to {path}: {exc.strerror}") from None
