"""time_report, customer_time, greeting periods and quiet hours, all at frozen instants."""
from __future__ import annotations

import dataclasses
import datetime as dt
import sys
import types

import pytest
import pytz

from xborder.errors import DataError
from xborder.timing import customer_time, greeting_period, is_quiet_hours, time_report
from xborder.timing.report import REPORT_KEYS

FRIDAY_NOON_RIYADH = "2026-03-06T12:00:00+03:00"


@pytest.fixture
def quiet_fact(monkeypatch, toolkit):
    """Stand in for issue 7's ``xborder.policy.profiles.region_fact``: {region: fact}."""
    toolkit.clear_caches()  # quiet windows are cached per toolkit
    facts: dict = {}
    calls: list = []

    def region_fact(toolkit, region, name):
        calls.append((region, name))
        return facts.get(region) if name == "quiet_hours" else None

    module = types.ModuleType("xborder.policy.profiles")
    module.region_fact = region_fact
    monkeypatch.setitem(sys.modules, "xborder.policy.profiles", module)
    facts["calls"] = calls
    yield facts
    toolkit.clear_caches()  # nothing computed with the stand-in outlives the test


@pytest.mark.parametrize("hour, minute, period", [
    (0, 0, "night"), (4, 59, "night"), (5, 0, "morning"), (7, 30, "morning"), (11, 59, "morning"),
    (12, 0, "afternoon"), (17, 59, "afternoon"), (18, 0, "evening"), (21, 59, "evening"), (22, 0, "night"),
])
def test_greeting_period_boundaries(hour, minute, period):
    assert greeting_period(dt.time(hour, minute)) == period


def test_tokyo_0730_greeting_is_morning(toolkit):
    report = time_report(toolkit, "Asia/Tokyo", at="2026-03-06T07:30")
    assert report.greeting_period == "morning"
    assert report.to_dict()["local_time"] == "2026-03-06T07:30:00+09:00"
    # the same instant given in UTC
    assert time_report(toolkit, "JP", at="2026-03-05T22:30:00Z").greeting_period == "morning"


def test_saudi_friday_is_weekend_emirati_is_not(toolkit):
    saudi = time_report(toolkit, "SA", at=FRIDAY_NOON_RIYADH)
    emirati = time_report(toolkit, "AE", at=FRIDAY_NOON_RIYADH)
    assert saudi.weekend == ("fri", "sat") and saudi.is_weekend and saudi.day_off == "weekend (Friday)"
    assert emirati.weekend == ("sat", "sun") and not emirati.is_weekend and emirati.day_off is None


def test_report_has_exactly_the_design_keys(toolkit):
    report = time_report(toolkit, "DE-BY", at="2026-01-06T10:00:00+01:00",
                         business_hours="Mon-Fri 09:00-17:00 @Europe/Berlin holidays=DE-BY", sla_hours=8)
    data = report.to_dict()
    assert tuple(data) == REPORT_KEYS
    assert data["holiday"] == "Epiphany"
    assert data["is_business_hours"] is False                 # the team's Bavarian holiday
    assert data["next_opening"] == "2026-01-07T09:00:00+01:00"
    assert data["sla_due"] == {"team": "2026-01-07T17:00:00+01:00", "customer": "2026-01-07T17:00:00+01:00"}
    with pytest.raises(dataclasses.FrozenInstanceError):
        report.timezone = "UTC"        # frozen


def test_sla_in_team_and_customer_zones(toolkit):
    report = time_report(toolkit, "America/Sao_Paulo", at="2026-03-06T17:00:00+08:00",
                         business_hours="Mon-Fri 09:00-21:00 @Asia/Shanghai holidays=CN", sla_hours=24)
    assert report.to_dict()["sla_due"] == {"team": "2026-03-10T17:00:00+08:00",
                                           "customer": "2026-03-10T06:00:00-03:00"}
    assert report.is_business_hours is True and report.next_opening == report.local_time


def test_sla_without_business_hours_counts_elapsed_hours(toolkit):
    report = time_report(toolkit, "JP", at="2026-03-06T09:00:00+09:00", sla_hours="4.5")
    assert report.to_dict()["sla_due"] == {"team": "2026-03-06T04:30:00+00:00",
                                           "customer": "2026-03-06T13:30:00+09:00"}
    assert report.is_business_hours is None and report.next_opening is None
    assert any("elapsed hours" in n for n in report.notes)


def test_dst_gap_and_overlap_are_reported(toolkit):
    gap = time_report(toolkit, "US-NY", at="2026-03-08T02:30")
    assert gap.to_dict()["local_time"] == "2026-03-08T03:30:00-04:00"
    assert any("does not exist" in n for n in gap.notes)
    overlap = time_report(toolkit, "Europe/Berlin", at="2026-10-25T02:30")
    assert overlap.to_dict()["local_time"] == "2026-10-25T02:30:00+02:00"
    assert any("happens twice" in n for n in overlap.notes)


def test_guessed_zone_is_noted(toolkit):
    report = time_report(toolkit, "US", at="2026-03-06T12:00:00Z")
    assert report.zone_choice.guessed and report.timezone == "America/New_York"
    assert any("spans several time zones" in n for n in report.notes)


def test_zone_without_a_region_uses_world_weekend(toolkit):
    report = time_report(toolkit, "UTC", at="2026-03-07T12:00:00Z")
    assert report.weekend == ("sat", "sun") and report.is_weekend and report.holiday is None


def test_chinese_new_year_in_the_report(toolkit):
    assert "Chinese New Year" in time_report(toolkit, "CN", at="2027-02-06T10:00").holiday


# -- quiet hours ------------------------------------------------------------------------------
@pytest.mark.parametrize("local, quiet", [
    ("2026-03-06T20:59", False), ("2026-03-06T21:00", True), ("2026-03-06T03:00", True),
    ("2026-03-06T07:59", True), ("2026-03-06T08:00", False), ("2026-03-06T13:00", False),
])
def test_default_quiet_hours(toolkit, quiet_fact, local, quiet):
    assert is_quiet_hours(toolkit, "JP", local) is quiet


def test_quiet_hours_use_the_customers_clock(toolkit, quiet_fact):
    instant = dt.datetime(2026, 3, 6, 13, 0, tzinfo=pytz.utc)     # 22:00 Tokyo, 14:00 Berlin
    assert is_quiet_hours(toolkit, "JP", instant) is True
    assert is_quiet_hours(toolkit, "DE", instant) is False
    assert is_quiet_hours(toolkit, "Asia/Tokyo", instant) is True


def test_region_profile_overrides_quiet_hours(toolkit, quiet_fact):
    quiet_fact["US"] = {"start": "21:00", "end": "08:00",
                        "source": "47 U.S.C. 227; 47 CFR 64.1200(c)(1) (TCPA calling window 8 a.m.-9 p.m.)"}
    quiet_fact["FR"] = {"start": "20:00", "end": "10:00", "source": "test"}
    assert is_quiet_hours(toolkit, "FR", "2026-03-06T20:30") is True
    assert is_quiet_hours(toolkit, "FR", "2026-03-06T09:30") is True
    assert is_quiet_hours(toolkit, "DE", "2026-03-06T20:30") is False
    report = time_report(toolkit, "US-CA", at="2026-03-06T21:30")
    assert report.quiet_hours is True and "TCPA" in report.quiet_window.source
    assert ("US-CA", "quiet_hours") in quiet_fact["calls"] and ("US", "quiet_hours") in quiet_fact["calls"]


def test_fact_objects_with_a_value_are_accepted(toolkit, quiet_fact):
    quiet_fact["GB"] = types.SimpleNamespace(value={"start": "22:00", "end": "07:00"}, source="Ofcom test")
    assert is_quiet_hours(toolkit, "GB", "2026-03-06T21:30") is False
    assert is_quiet_hours(toolkit, "GB", "2026-03-06T22:30") is True


def test_malformed_fact_is_a_data_error(toolkit, quiet_fact):
    quiet_fact["IT"] = {"from": "21:00"}
    with pytest.raises(DataError, match="quiet_hours"):
        is_quiet_hours(toolkit, "IT", "2026-03-06T22:30")
    quiet_fact["IT"] = {"start": "9pm", "end": "08:00"}
    with pytest.raises(DataError, match="'9pm' is not a time of day"):
        is_quiet_hours(toolkit, "IT", "2026-03-06T22:30")


# -- customer_time -------------------------------------------------------------------------------
def test_customer_time_for_replies(toolkit, quiet_fact):
    data = customer_time(toolkit, region="SA", now=FRIDAY_NOON_RIYADH)
    assert {"timezone", "local_time", "greeting_period", "weekend", "holiday", "guessed",
            "candidates"} <= set(data)
    assert data["timezone"] == "Asia/Riyadh" and data["local_time"] == "2026-03-06T12:00:00+03:00"
    assert data["weekend"] == ["fri", "sat"] and data["is_weekend"] is True
    assert data["day_off"] == "weekend (Friday)" and data["utc_offset"] == "+03:00"
    assert data["guessed"] is False and data["candidates"] == []


def test_customer_time_from_phone_and_zone(toolkit, quiet_fact):
    data = customer_time(toolkit, phone="+1 310 555 0100", now="2026-03-06T15:00:00Z")
    assert (data["timezone"], data["source"], data["greeting_period"]) == ("America/Los_Angeles", "phone", "morning")
    data = customer_time(toolkit, region="MX", timezone="America/Tijuana", now="2026-03-06T15:00:00Z")
    assert data["timezone"] == "America/Tijuana" and data["guessed"] is False
    guess = customer_time(toolkit, region="AU", now="2026-03-06T15:00:00Z")
    assert guess["guessed"] and guess["timezone"] == "Australia/Sydney" and "Australia/Perth" in guess["candidates"]


def test_real_region_profiles_feed_quiet_hours(toolkit):
    """With issue 7's profiles present, the US TCPA window comes from culture_rules/regions/US.yaml."""
    profiles = pytest.importorskip("xborder.policy.profiles")
    if profiles.region_fact(toolkit, "US", "quiet_hours") is None:
        pytest.skip("the US profile states no quiet_hours")
    report = time_report(toolkit, "US-CA", at="2026-03-06T21:30")
    assert report.quiet_hours is True
    assert report.quiet_window.source.startswith("US: ") and "64.1200" in report.quiet_window.source
    assert is_quiet_hours(toolkit, "US-NY", "2026-03-06T08:00") is False


def test_customer_time_from_a_city_within_a_region(toolkit, quiet_fact):
    data = customer_time(toolkit, region="US", city="Denver", now="2026-07-01T18:00:00Z")
    assert (data["timezone"], data["source"], data["local_time"]) == \
        ("America/Denver", "city", "2026-07-01T12:00:00-06:00")
    assert data["greeting_period"] == "afternoon" and data["holiday"] is None
    july_4 = customer_time(toolkit, region="US-CA", now="2026-07-03T18:00:00Z")
    assert july_4["holiday"] == "Independence Day (observed)" and july_4["day_off"] == july_4["holiday"]
