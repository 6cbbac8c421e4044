"""`xborder locales report --html`: structure, and the page in headless Chromium.

The Chromium test needs Debian's `chromium` package; it is skipped, with that
reason, only when no chromium binary exists.
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from xborder import Toolkit
from xborder.i18n.locale import SOURCE_LOCALE
from xborder.l10n.report import build_report, render_html

CHROMIUM = next((shutil.which(n) for n in ("chromium", "chromium-browser") if shutil.which(n)), None)
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"]


class _Cells(HTMLParser):
    """Collects the attributes of every matrix cell and summary row."""

    def __init__(self) -> None:
        super().__init__()
        self.cells: list[dict] = []
        self.rows: list[dict] = []
        self.scripts = 0
        self.external: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "td" and "cell" in (attrs.get("class") or "").split():
            self.cells.append(attrs)
        if tag == "tr" and "data-messages" in attrs:
            self.rows.append(attrs)
        if tag == "script":
            self.scripts += 1
        for key in ("src", "href"):
            if attrs.get(key):
                self.external.append(attrs[key])


def _expected_counts(toolkit) -> dict[tuple[str, str], tuple[int, int]]:
    """(template, locale) -> (translated, total), straight from the catalogs the renderer loads."""
    out = {}
    for name in toolkit.template_names():
        for tag in [SOURCE_LOCALE] + toolkit.available_locales():
            msgids = toolkit.template_messages(name, tag)
            if tag == SOURCE_LOCALE:
                out[(name, tag)] = (len(msgids), len(msgids))
                continue
            catalogs = [toolkit.messages(t) for t in toolkit.fallback_chain(tag) if t != SOURCE_LOCALE]
            done = sum(1 for m in msgids if any(
                (m[0] in c.plural) if len(m) > 1 else (m[0] in c.singular) for c in catalogs))
            out[(name, tag)] = (done, len(msgids))
    return out


@pytest.fixture(scope="module")
def report_html(tmp_path_factory) -> Path:
    from click.testing import CliRunner

    from xborder.cli.main import cli

    path = tmp_path_factory.mktemp("report") / "report.html"
    result = CliRunner().invoke(cli, ["locales", "report", "--html", str(path)], catch_exceptions=False,
                                env={"XBORDER_DATA": ""})
    assert result.exit_code == 0, result.stderr
    toolkit = Toolkit(data_dirs=[])
    assert f"{len(toolkit.template_names())} templates x {len(toolkit.available_locales()) + 1} locales" in result.stdout
    return path


def test_report_is_one_self_contained_page(report_html, toolkit):
    html = report_html.read_text(encoding="utf-8")
    parser = _Cells()
    parser.feed(html)
    assert parser.scripts == 0 and parser.external == []
    assert "<style>" in html
    expected = _expected_counts(toolkit)
    assert len(parser.cells) == len(expected) == len(toolkit.template_names()) * (len(toolkit.available_locales()) + 1)
    for cell in parser.cells:
        key = (cell["data-template"], cell["data-locale"])
        assert (int(cell["data-translated"]), int(cell["data-total"])) == expected[key]
        assert cell["dir"] == ("rtl" if cell["data-locale"] == "ar" else "ltr")
    assert {row["data-locale"] for row in parser.rows} == set(toolkit.available_locales())


def test_report_cells_show_the_rendered_example_reply(toolkit):
    data = build_report(toolkit, ["de", "ar"])
    assert data.locales == ("en", "de", "ar")
    cell = data.cell("order_delayed", "de")
    spec = toolkit.template("order_delayed")
    assert cell.text == toolkit.render("order_delayed", locale="de", context=spec.examples()).text
    assert "A-10293" in cell.text and cell.status == "complete"
    html = render_html(data)
    assert 'data-template="order_delayed" data-locale="ar"' in html and 'dir="rtl"' in html


def test_report_shows_findings_beside_their_cell(tmp_path):
    from xborder import Toolkit

    broken = Path(__file__).parent / "data" / "locales" / "broken"
    data = build_report(Toolkit([broken]), ["de"])
    cell = data.cell("order_delayed", "de")
    # order_delayed includes the greeting, whose broken translation lost %(name)s.
    assert {f.code for f in cell.findings} == {"placeholders", "zero_width"}
    assert data.cell("refund_issued", "de").errors == 3  # forbidden + required term, untranslated
    html = render_html(data)
    assert "<code>placeholders</code> line 16: missing %(name)s" in html and "has-errors" in html
    assert "&lt;" not in cell.text  # escaping happens in the page, not in the data


_PROBE = """
<script>
(function () {
  const cells = Array.from(document.querySelectorAll('td.cell'));
  const ar = document.querySelector('td.cell[data-template="order_delayed"][data-locale="ar"]');
  const de = document.querySelector('td.cell[data-template="order_delayed"][data-locale="de"]');
  function layout(cell) {
    cell.querySelector('details').open = true;
    const pre = cell.querySelector('pre.reply');
    const text = pre.firstChild;
    const range = document.createRange();
    range.setStart(text, 0); range.setEnd(text, 1);
    const first = range.getBoundingClientRect(), box = pre.getBoundingClientRect();
    return {direction: getComputedStyle(cell).direction, preDirection: getComputedStyle(pre).direction,
            firstCharFromLeft: first.left - box.left, firstCharFromRight: box.right - first.right};
  }
  const probe = {
    cells: cells.length,
    counts: cells.map(c => [c.dataset.template, c.dataset.locale, c.querySelector('.count').textContent]),
    colours: Object.fromEntries(['complete', 'partial', 'missing'].map(s => {
      const c = cells.find(x => x.dataset.status === s);
      return [s, c ? getComputedStyle(c).backgroundColor : null];
    })),
    ar: layout(ar), de: layout(de),
  };
  const out = document.createElement('pre');
  out.id = 'probe';
  out.textContent = JSON.stringify(probe);
  document.body.appendChild(out);
})();
</script>
"""


@pytest.mark.skipif(CHROMIUM is None, reason="no chromium binary (Debian package 'chromium'); "
                                            "install it to run the headless-browser test")
def test_report_in_headless_chromium(report_html, tmp_path, toolkit):
    probe_page = tmp_path / "report-probe.html"
    probe_page.write_text(report_html.read_text(encoding="utf-8").replace("</body>", _PROBE + "</body>"),
                          encoding="utf-8")

    def chromium(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}", *args],
                              capture_output=True, text=True, timeout=120)

    dumped = chromium("--dump-dom", probe_page.as_uri())
    match = re.search(r'<pre id="probe">(.*?)</pre>', dumped.stdout, re.S)
    assert match, dumped.stderr[-2000:]
    probe = json.loads(match.group(1).replace("&quot;", '"').replace("&amp;", "&")
                       .replace("&lt;", "<").replace("&gt;", ">"))

    expected = _expected_counts(toolkit)
    assert probe["cells"] == len(expected)
    assert {(t, loc): text for t, loc, text in probe["counts"]} == \
        {key: f"{done}/{total}" for key, (done, total) in expected.items()}
    assert probe["colours"]["complete"] == "rgb(217, 242, 221)"
    # The Arabic reply is laid out right to left: its first character sits at the right edge.
    assert probe["ar"]["direction"] == "rtl" and probe["ar"]["preDirection"] == "rtl"
    assert probe["ar"]["firstCharFromRight"] < probe["ar"]["firstCharFromLeft"]
    assert probe["de"]["direction"] == "ltr"
    assert probe["de"]["firstCharFromLeft"] < probe["de"]["firstCharFromRight"]

    screenshot = tmp_path / "report.png"
    shot = chromium(f"--screenshot={screenshot}", "--window-size=1400,1000", report_html.as_uri())
    assert screenshot.exists(), shot.stderr[-2000:]
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and screenshot.stat().st_size > 10_000
