"""The trend report: what it counts, that it is one self-contained page, and that Chromium draws it."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
from html.parser import HTMLParser

import pytest

pa = pytest.importorskip("pyarrow")

from xborder import Toolkit  # noqa: E402
from xborder.batch.report import ReportData, render_html, report_from_file  # noqa: E402
from xborder.batch.runner import run_batch  # noqa: E402

from test_batch import COLUMNS, write_export  # noqa: E402

CHROMIUM = next((shutil.which(n) for n in ("chromium", "chromium-browser") if shutil.which(n)), None)
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"]
CHARTS = {"volume-language", "volume-region", "volume-intent", "escalation-rate", "escalation-reasons",
          "sla-attainment"}
if not hasattr(Toolkit, "classify"):   # no intent classifier on this branch: no intent chart
    CHARTS.discard("volume-intent")


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.charts: list[str] = []
        self.scripts = 0
        self.external: list[str] = []
        self.hotspots: list[dict] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "figure":
            self.charts.append(attrs["data-chart"])
        if tag == "script":
            self.scripts += 1
        if tag == "tr" and attrs.get("class") == "hotspot":
            self.hotspots.append(attrs)
        for key in ("src", "href"):
            if attrs.get(key):
                self.external.append(attrs[key])


def _annotated(rows: list[dict]):
    names = ["ticket", "xb_language", "xb_region", "xb_intent", "xb_escalate", "xb_reasons", "xb_local_time",
             "xb_sla_met", "xb_error"]
    return pa.table({n: [r.get(n) for r in rows] for n in names},
                    schema=pa.schema([pa.field(n, pa.list_(pa.string()) if n == "xb_reasons" else
                                               pa.bool_() if n in ("xb_escalate", "xb_sla_met") else pa.string())
                                      for n in names]))


def test_counts_hotspots_and_growth():
    rows = []
    for i in range(200):   # Singapore: returns far above their share elsewhere
        rows.append({"ticket": f"SG{i}", "xb_language": "en", "xb_region": "SG",
                     "xb_intent": "return_request" if i % 10 < 3 else "order_status", "xb_escalate": i % 20 == 0,
                     "xb_reasons": ["chargeback"] if i % 20 == 0 else [],
                     "xb_local_time": f"2026-0{1 + i % 2}-10T10:00:00+08:00", "xb_sla_met": i % 4 != 0})
    for i in range(800):
        rows.append({"ticket": f"DE{i}", "xb_language": "de", "xb_region": "DE-BY",
                     "xb_intent": "return_request" if i % 50 == 0 else "order_status", "xb_escalate": False,
                     "xb_reasons": [], "xb_local_time": f"2026-0{1 + i % 2}-11T09:00:00+01:00", "xb_sla_met": True})
    rows.append({"ticket": "bad", "xb_error": "line 9: broken CSV quoting; row not read"})
    data = ReportData(id_column="ticket")
    data.add(_annotated(rows))
    assert data.rows == 1001 and data.errors == 1
    assert data.markets == {"SG": 200, "DE": 800}
    assert data.escalated["SG"] == 10 and dict(data.reasons["SG"]) == {"chargeback": 10}
    assert data.sla["SG"] == [150, 200] and data.sla["DE"] == [800, 800]
    page = _Page()
    page.feed(render_html(data))
    top = page.hotspots[0]
    assert (top["data-market"], top["data-key"], top["data-count"]) == ("SG", "return_request", "60")
    html = render_html(data)
    assert "SG0, SG1, SG2" in html and "75.0 % of 200" in html


def test_batch_report_is_one_self_contained_page(tmp_path, run):
    export = write_export(tmp_path / "export.csv", 300)
    report = tmp_path / "trends.html"
    result = run("batch", str(export), "--out", str(tmp_path / "out.parquet"), "--jobs", "1", "--report",
                 str(report), "--text-col", "body", "--id-col", "ticket", "--created-col", "opened",
                 "--first-reply-col", "first_reply")
    assert result.exit_code == 0, result.stderr
    html = report.read_text(encoding="utf-8")
    page = _Page()
    page.feed(html)
    assert page.scripts == 0 and page.external == []
    assert set(page.charts) == CHARTS
    assert len(page.hotspots) == 20
    reasons = {"legal_threat", "consumer_authority", "chargeback", "privacy", "safety", "public_exposure"}
    if not hasattr(Toolkit, "classify"):   # without intents, the hot spots are market x escalation reason
        assert {h["data-key"].removeprefix("escalation: ") for h in page.hotspots} <= reasons
    assert 'data-rows="300"' in html
    # xborder report redraws the same counts from the output file.
    again = tmp_path / "again.html"
    result = run("report", str(tmp_path / "out.parquet"), "--html", str(again))
    assert result.exit_code == 0, result.stderr
    strip = lambda text: re.sub(r"Generated by xborder [^<]*", "", text)  # noqa: E731
    assert strip(again.read_text(encoding="utf-8")) == strip(html)


def test_report_from_csv_output_matches_parquet(tmp_path):
    export = write_export(tmp_path / "export.csv", 120)
    for suffix in ("parquet", "csv", "jsonl"):
        run_batch(export, tmp_path / f"out.{suffix}", columns=COLUMNS, jobs=1, progress=False)
    base = report_from_file(tmp_path / "out.parquet")
    for suffix in ("csv", "jsonl"):
        other = report_from_file(tmp_path / f"out.{suffix}", id_column="ticket")
        assert other.markets == base.markets and other.sla == base.sla and other.spots == base.spots


def test_report_of_a_file_that_is_not_annotated(tmp_path, run):
    plain = tmp_path / "plain.csv"
    plain.write_text("id,text\n1,hola\n", encoding="utf-8")
    result = run("report", str(plain), "--html", str(tmp_path / "r.html"))
    assert result.exit_code == 2 and "not an annotated export" in result.stderr


_PROBE = """
<script>
(function () {
  const charts = Array.from(document.querySelectorAll('figure.chart')).map(f => {
    const svg = f.querySelector('svg');
    const bars = Array.from(svg.querySelectorAll('rect[data-value]'));
    const box = svg.getBoundingClientRect();
    return {name: f.dataset.chart, width: box.width, height: box.height, bars: bars.length,
            drawn: bars.filter(r => { const b = r.getBBox(); return b.width > 0 && b.height > 0; }).length,
            inside: bars.every(r => { const b = r.getBoundingClientRect();
                                       return b.left >= box.left - 1 && b.right <= box.right + 1 &&
                                              b.top >= box.top - 1 && b.bottom <= box.bottom + 1; }),
            fill: bars.length ? getComputedStyle(bars[0]).fill : null};
  });
  const out = document.createElement('pre');
  out.id = 'probe';
  out.textContent = JSON.stringify({charts: charts, hotspots: document.querySelectorAll('tr.hotspot').length});
  document.body.appendChild(out);
})();
</script>
"""


@pytest.mark.skipif(CHROMIUM is None, reason="no chromium binary (Debian package 'chromium'); "
                                            "install it to run the headless-browser test")
def test_report_charts_render_in_headless_chromium(tmp_path):
    export = write_export(tmp_path / "export.csv", 300)
    run_batch(export, tmp_path / "out.parquet", columns=COLUMNS, jobs=1, progress=False)
    html = render_html(report_from_file(tmp_path / "out.parquet"))
    page = tmp_path / "probe.html"
    page.write_text(html.replace("</body>", _PROBE + "</body>"), encoding="utf-8")

    def chromium(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}", *args],
                              capture_output=True, text=True, timeout=120)

    dumped = chromium("--dump-dom", page.as_uri())
    match = re.search(r'<pre id="probe">(.*?)</pre>', dumped.stdout, re.S)
    assert match, dumped.stderr[-2000:]
    probe = json.loads(match.group(1).replace("&quot;", '"').replace("&amp;", "&")
                       .replace("&lt;", "<").replace("&gt;", ">"))
    charts = {c["name"]: c for c in probe["charts"]}
    assert set(charts) == CHARTS
    for chart in charts.values():
        assert chart["width"] > 300 and chart["height"] > 30
        assert chart["bars"] > 0 and chart["drawn"] == chart["bars"] and chart["inside"], chart
    assert charts["volume-language"]["fill"] == "rgb(78, 121, 167)"
    assert probe["hotspots"] == 20
    screenshot = tmp_path / "report.png"
    shot = chromium(f"--screenshot={screenshot}", "--window-size=1200,2400", (tmp_path / "probe.html").as_uri())
    assert screenshot.exists(), shot.stderr[-2000:]
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and screenshot.stat().st_size > 20_000
