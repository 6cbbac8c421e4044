"""The coverage report for reviewers: ``xborder locales report --html FILE``.

One self-contained static page (inline CSS, no scripts, no external assets):
a summary per locale, then a matrix of templates × locales. Each cell is
coloured by status, shows how many of the template's messages the locale
translates (through its fallback chain) and how many check findings concern
them, and opens to the reply rendered with the template's example values,
written right-to-left for right-to-left locales, with the findings beside it.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from html import escape
from typing import Iterable

from ..errors import XborderError
from .checker import CheckReport, Finding, check_locales
from .stats import LocaleStats, locale_stats


@dataclass(frozen=True)
class Cell:
    """One template in one locale."""

    template: str
    locale: str
    status: str  # complete | partial | missing
    translated: int
    total: int
    direction: str
    text: str
    findings: tuple[Finding, ...] = ()
    render_error: str | None = None

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity == "error")

    @property
    def warnings(self) -> int:
        return sum(1 for f in self.findings if f.severity != "error")


@dataclass(frozen=True)
class ReportData:
    templates: tuple[str, ...]
    locales: tuple[str, ...]  # the source locale first
    cells: dict
    stats: tuple[LocaleStats, ...]
    check: CheckReport
    generated: str

    def cell(self, template: str, locale: str) -> Cell:
        return self.cells[(template, locale)]


def _coverage(resources, name: str, tag: str) -> tuple[int, int]:
    from ..i18n.library import chain_of, messages_of
    from ..i18n.locale import SOURCE_LOCALE
    from ..render.library import template_messages

    msgids = template_messages(resources, name, tag)
    if tag == SOURCE_LOCALE:
        return len(msgids), len(msgids)
    catalogs = [messages_of(resources, t) for t in chain_of(resources, tag) if t != SOURCE_LOCALE]
    done = sum(1 for mid in msgids
               if any((mid[0] in c.plural) if len(mid) > 1 else (mid[0] in c.singular) for c in catalogs))
    return done, len(msgids)


def build_report(resources, locales: Iterable[str] | None = None, *, now: str | None = None) -> ReportData:
    """Check, count and render every template in every selected locale."""
    from ..i18n.locale import SOURCE_LOCALE, parse
    from ..render.library import template, template_messages, template_names
    from ..render.render import render_reply

    check = check_locales(resources, locales)
    stats = locale_stats(resources, locales)
    tags = (SOURCE_LOCALE,) + tuple(s.locale for s in stats)
    templates = tuple(template_names(resources))
    cells = {}
    for name in templates:
        spec = template(resources, name)
        for tag in tags:
            msgids = {m[0] for m in template_messages(resources, name, tag)}
            done, total = _coverage(resources, name, tag)
            status = "complete" if done == total else ("partial" if done else "missing")
            direction = "rtl" if parse(tag).text_direction == "rtl" else "ltr"
            text, error = "", None
            try:
                text = render_reply(resources, name, locale=tag, context=spec.examples(), now=now,
                                    timezone=None, region=None, detection=None).text
            except XborderError as exc:
                error = str(exc)
            findings = tuple(f for f in check.for_locale(tag) if f.msgid in msgids)
            cells[(name, tag)] = Cell(name, tag, status, done, total, direction, text, findings, error)
    generated = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return ReportData(templates, tags, cells, stats, check, generated)


_CSS = """
:root { --ok: #d9f2dd; --ok-edge: #2e7d32; --part: #fff1c7; --part-edge: #b7791f;
        --miss: #fbd5d5; --miss-edge: #c53030; --ink: #1f2933; --muted: #616e7c; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans", sans-serif; color: var(--ink);
       margin: 24px; background: #fafbfc; }
h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 17px; margin: 28px 0 8px; }
p.meta { color: var(--muted); margin: 0 0 16px; }
table { border-collapse: collapse; background: #fff; }
th, td { border: 1px solid #d5dae1; padding: 4px 6px; vertical-align: top; }
thead th { background: #eef1f5; position: sticky; top: 0; z-index: 1; }
table.summary td.num { text-align: right; font-variant-numeric: tabular-nums; }
td.cell { min-width: 86px; }
td.cell.complete { background: var(--ok); } td.cell.partial { background: var(--part); }
td.cell.missing { background: var(--miss); }
td.cell.has-errors { outline: 3px solid var(--miss-edge); outline-offset: -3px; }
td.cell summary { cursor: pointer; white-space: nowrap; font-variant-numeric: tabular-nums; }
td.cell .badge { display: inline-block; border-radius: 8px; padding: 0 5px; margin-inline-start: 4px;
                 font-size: 11px; color: #fff; }
td.cell .badge.err { background: var(--miss-edge); } td.cell .badge.warn { background: var(--part-edge); }
td.cell details[open] { min-width: 340px; }
pre.reply { white-space: pre-wrap; font: inherit; background: #fff; border: 1px solid #d5dae1;
            padding: 6px 8px; margin: 6px 0; max-width: 460px; }
ul.findings { margin: 4px 0; padding-inline-start: 18px; max-width: 460px; font-size: 12px; }
ul.findings li.error { color: var(--miss-edge); } ul.findings li.warning { color: #8a5a00; }
ul.findings code { font-size: 11px; }
.legend span { display: inline-block; padding: 1px 8px; margin-inline-end: 6px; border: 1px solid #ccc; }
.render-error { color: var(--miss-edge); }
"""


def _cell_html(cell: Cell) -> str:
    classes = f"cell {cell.status}" + (" has-errors" if cell.errors else "")
    badges = ""
    if cell.errors:
        badges += f'<span class="badge err" title="errors">{cell.errors}</span>'
    if cell.warnings:
        badges += f'<span class="badge warn" title="warnings">{cell.warnings}</span>'
    body = (f'<pre class="reply" dir="{cell.direction}">{escape(cell.text)}</pre>' if cell.render_error is None
            else f'<p class="render-error">{escape(cell.render_error)}</p>')
    if cell.findings:
        items = "".join(
            f'<li class="{f.severity}"><code>{escape(f.code)}</code> line {f.line}: {escape(f.message)}</li>'
            for f in cell.findings)
        body += f'<ul class="findings" dir="ltr">{items}</ul>'
    return (f'<td class="{classes}" lang="{escape(cell.locale)}" dir="{cell.direction}" '
            f'data-template="{escape(cell.template)}" data-locale="{escape(cell.locale)}" '
            f'data-status="{cell.status}" data-translated="{cell.translated}" data-total="{cell.total}" '
            f'data-errors="{cell.errors}" data-warnings="{cell.warnings}">'
            f'<details><summary><span class="count">{cell.translated}/{cell.total}</span>{badges}</summary>'
            f"{body}</details></td>")


def render_html(data: ReportData) -> str:
    """The report as one HTML document."""
    from ..version import __version__

    by_locale = {s.locale: s for s in data.stats}
    summary_rows = []
    for stat in data.stats:
        findings = data.check.for_locale(stat.locale)
        errors = sum(1 for f in findings if f.severity == "error")
        summary_rows.append(
            f'<tr data-locale="{escape(stat.locale)}" data-messages="{stat.messages}" '
            f'data-translated="{stat.translated}" data-covered="{stat.covered}" data-fuzzy="{stat.fuzzy}" '
            f'data-errors="{errors}" data-warnings="{len(findings) - errors}">'
            f"<th>{escape(stat.locale)}</th><td class=num>{stat.messages}</td>"
            f"<td class=num>{stat.translated}</td><td class=num>{stat.covered}</td>"
            f"<td class=num>{stat.fuzzy}</td><td class=num>{stat.untranslated}</td>"
            f"<td class=num>{errors}</td><td class=num>{len(findings) - errors}</td>"
            f"<td>{'yes' if stat.marked_complete else 'no'}</td>"
            f"<td>{escape(' → '.join((stat.locale,) + stat.fallback_chain))}</td></tr>")
    head = "".join(f'<th scope="col" lang="{escape(t)}">{escape(t)}</th>' for t in data.locales)
    rows = []
    for name in data.templates:
        cells = "".join(_cell_html(data.cell(name, tag)) for tag in data.locales)
        rows.append(f'<tr data-template="{escape(name)}"><th scope="row">{escape(name)}</th>{cells}</tr>')
    total_errors, total_warnings = len(data.check.errors), len(data.check.warnings)
    no_catalogs = "" if by_locale else "<p>No catalogs.</p>"
    return f"""<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>xborder locale coverage</title>
<style>{_CSS}</style>
</head>
<body>
<h1>Locale coverage</h1>
<p class="meta">Generated {escape(data.generated)} by xborder {escape(__version__)}:
<span id="total-templates">{len(data.templates)}</span> templates ×
<span id="total-locales">{len(data.locales)}</span> locales,
<span id="total-errors">{total_errors}</span> errors,
<span id="total-warnings">{total_warnings}</span> warnings from <code>xborder locales check</code>.</p>
{no_catalogs}
<h2>Catalogs</h2>
<table class="summary" id="summary">
<thead><tr><th>locale</th><th>messages</th><th>translated</th><th>with fallback</th><th>fuzzy</th>
<th>untranslated</th><th>errors</th><th>warnings</th><th>marked complete</th><th>chain</th></tr></thead>
<tbody>
{''.join(summary_rows)}
</tbody>
</table>
<h2>Templates × locales</h2>
<p class="legend"><span style="background:var(--ok)">complete</span><span style="background:var(--part)">partial</span><span style="background:var(--miss)">missing</span>
cells show translated/total messages and finding counts; open a cell for the reply rendered with the
template's example values and the findings about its messages.</p>
<table class="matrix" id="matrix">
<thead><tr><th scope="col">template</th>{head}</tr></thead>
<tbody>
{''.join(rows)}
</tbody>
</table>
</body>
</html>
"""
