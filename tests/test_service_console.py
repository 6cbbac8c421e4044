"""The agent console in headless Chromium: an Arabic reply laid out right to left, its lint
flags highlighted in place. Needs Debian's `chromium`; skipped, with that reason, without it."""
from __future__ import annotations

import datetime as dt
import html
import json
import re
import shutil
import subprocess
from urllib.parse import urlencode

import pytest

from service_helpers import TOKEN, Service

CHROMIUM = next((shutil.which(n) for n in ("chromium", "chromium-browser") if shutil.which(n)), None)
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--virtual-time-budget=30000"]


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    running = Service(tmp_path_factory.mktemp("console"), XBORDER_SERVICE_WORKER="0")
    yield running
    running.stop()


def _next_friday() -> str:
    day = dt.date.today() + dt.timedelta(days=7)
    return (day + dt.timedelta(days=(4 - day.weekday()) % 7)).isoformat()


@pytest.mark.skipif(CHROMIUM is None, reason="no chromium binary (Debian package 'chromium'); "
                                              "install it to run the headless-browser test")
def test_arabic_reply_is_rtl_with_flags_highlighted(service, tmp_path):
    # A delivery promised on a Friday, to a customer in Saudi Arabia (weekend Fri-Sat): a weekend_promise flag.
    state = {"token": TOKEN, "message": "السلام عليكم، وين طلبي؟ صار لي اسبوعين انتظر", "region": "SA",
             "template": "order_delayed", "order": json.dumps({"new_delivery_date": _next_friday()}),
             "run": "1", "probe": "1"}
    url = f"{service.url}/console#{urlencode(state)}"

    def chromium(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'profile'}", *args],
                              capture_output=True, text=True, timeout=180)

    dumped = chromium("--dump-dom", url)
    match = re.search(r'<pre id="probe"[^>]*>(.*?)</pre>', dumped.stdout, re.S)
    assert match and match.group(1).strip(), dumped.stderr[-2000:] + dumped.stdout[-2000:]
    probe = json.loads(html.unescape(match.group(1)))
    assert probe["status"] == "", probe
    assert probe["direction"] == "rtl" and probe["dirAttr"] == "rtl"
    # Laid out right to left: the reply's first character sits at the right edge of its box.
    assert probe["firstCharFromRight"] < probe["firstCharFromLeft"]
    marks = probe["marks"]
    assert [m["code"] for m in marks] == ["weekend_promise"] and "الجمعة" in marks[0]["text"]
    assert marks[0]["background"] == "rgb(255, 240, 179)"  # the warning colour
    assert probe["flagItems"] == 1
    assert "Escalat" not in dumped.stdout or "badge" in dumped.stdout

    screenshot = tmp_path / "console.png"
    shot = chromium(f"--screenshot={screenshot}", "--window-size=1300,1100", url)
    assert screenshot.exists(), shot.stderr[-2000:]
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and screenshot.stat().st_size > 10_000
