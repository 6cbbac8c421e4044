"""``xborder time``: the JSON contract, a 30-region sample against Babel and holidays, bad input."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import holidays
import pytest
from babel import Locale

from xborder.timing.report import REPORT_KEYS

DATA = Path(__file__).parent / "data" / "time"
DAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
SAMPLE = ("SA", "IL", "AE", "EG", "IR", "AF", "IN", "US-CA", "US-NY", "CA-QC", "BR-SP", "MX-CMX", "DE-BY",
          "FR", "GB", "ES", "IT", "PL", "RU-MOW", "CN", "JP", "KR", "TH", "VN", "ID-JK", "AU-NSW", "NZ",
          "ZA", "NG", "TR")
INSTANTS = ("2026-01-01T12:00:00Z", "2026-03-06T12:00:00Z", "2026-12-25T12:00:00Z")


def time_json(run, *args):
    result = run("time", *args, "--json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def babel_weekend(country: str) -> list[str]:
    locale = Locale.parse(f"und_{country}")
    days, day = [locale.weekend_start], locale.weekend_start
    while day != locale.weekend_end:
        day = (day + 1) % 7
        days.append(day)
    return [DAY_KEYS[d] for d in days]


def package_holiday(country: str, sub: str | None, day: dt.date) -> str | None:
    calendar = holidays.country_holidays(country, subdiv=sub, years=day.year)
    if "en_US" in (calendar.supported_languages or ()):
        calendar = holidays.country_holidays(country, subdiv=sub, years=day.year, language="en_US")
    return calendar.get(day)


def test_sample_of_30_regions_agrees_with_babel_and_holidays(run):
    assert len(SAMPLE) == 30
    seen_holidays = 0
    for region in SAMPLE:
        country, _, sub = region.partition("-")
        holiday_sub = sub if sub in holidays.list_supported_countries().get(country, []) else None
        for instant in INSTANTS:
            data = time_json(run, region, "--at", instant)
            assert tuple(data) == REPORT_KEYS
            assert data["weekend"] == babel_weekend(country), region
            local = dt.datetime.fromisoformat(data["local_time"])
            assert local.utcoffset() is not None
            expected = package_holiday(country, holiday_sub, local.date())
            assert data["holiday"] == expected, (region, instant)
            seen_holidays += expected is not None
    assert seen_holidays >= 30          # New Year and Christmas are holidays in most of the sample


def test_saudi_friday_json(run):
    data = time_json(run, "SA", "--at", "2026-03-06T10:00")
    assert data == {"timezone": "Asia/Riyadh", "local_time": "2026-03-06T10:00:00+03:00",
                    "greeting_period": "morning", "weekend": ["fri", "sat"], "holiday": None,
                    "is_business_hours": None, "next_opening": None, "sla_due": None, "quiet_hours": False}


def test_business_hours_and_sla_json(run):
    data = time_json(run, "Asia/Shanghai", "--at", "2026-03-06T17:00",
                     "--business-hours", "Mon-Fri 09:00-21:00 @Asia/Shanghai holidays=CN", "--sla", "24")
    assert data["is_business_hours"] is True
    assert data["sla_due"] == {"team": "2026-03-10T17:00:00+08:00", "customer": "2026-03-10T17:00:00+08:00"}


def test_business_hours_from_a_yaml_file(run):
    data = time_json(run, "US-NY", "--at", "2026-01-06T04:00:00-05:00",
                     "--business-hours", str(DATA / "team_berlin.yaml"), "--sla", "4")
    assert data["is_business_hours"] is False
    assert data["next_opening"] == "2026-01-07T03:00:00-05:00"      # Epiphany closes the Munich team
    assert data["sla_due"]["team"] == "2026-01-07T14:00:00+01:00"


def test_notes_go_to_stderr_and_json_stays_clean(run):
    result = run("time", "US", "--at", "2026-03-08T02:30", "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["local_time"] == "2026-03-08T03:30:00-04:00"
    assert "note: US spans several time zones" in result.stderr
    assert "does not exist in America/New_York" in result.stderr


def test_text_output(run):
    result = run("time", "Asia/Tokyo", "--at", "2026-03-06T07:30",
                 "--business-hours", "Mon-Fri 09:00-18:00 @Asia/Tokyo", "--sla", "2")
    assert result.exit_code == 0
    assert "morning" in result.stdout and "closed; opens 2026-03-06 09:00" in result.stdout
    assert "SLA due" in result.stdout


def test_help(run):
    result = run("time", "--help")
    assert result.exit_code == 0 and "--business-hours" in result.stdout


@pytest.mark.parametrize("args, words", [
    (["XX"], "unknown region 'XX'"),
    (["Europe/Berln"], "unknown time zone 'Europe/Berln'"),
    (["US-ZZ"], "unknown subdivision 'US-ZZ'"),
    (["Atlantisville"], "unknown place 'Atlantisville'"),
    (["Chicgo"], "did you mean chicago"),
    (["SA", "--at", "06/03/2026"], "invalid date-time '06/03/2026'"),
    (["SA", "--at", "2026-03-06"], "invalid date-time"),
    (["SA", "--sla", "-3"], "invalid SLA '-3'"),
    (["SA", "--sla", "100000"], "invalid SLA '100000'"),
    (["SA", "--sla", "soon"], "invalid SLA 'soon'"),
    (["SA", "--business-hours", "Mon-Fri closed @Asia/Riyadh"], "no open time at all"),
    (["SA", "--business-hours", "Sun-Thu 08:00-1600 @Asia/Riyadh"], "column 9: '08:00-1600'"),
    (["SA", "--business-hours", "missing.yaml"], "not found"),
    (["SA", "--business-hours", str(DATA / "bad_range.yaml")], "bad_range.yaml:4:3:"),
])
def test_bad_input_is_one_line_exit_2(run, args, words):
    result = run("time", *args, "--json")
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and words in lines[0], result.stderr
    assert "Traceback" not in result.stderr
