"""Region / subdivision / phone / city -> zone, and DST-safe localization (frozen instants only)."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import pytz

from xborder.errors import InputError
from xborder.timing import localize, locate, resolve_zone, zone_label
from xborder.timing.subdivisions import PRIMARY_ZONE, SUBDIVISION_ZONES
from xborder.timing.zones import parse_instant, same_clock, to_zone

SUMMER = dt.datetime(2026, 7, 1, 12, tzinfo=pytz.utc)


@pytest.mark.parametrize("region, zone", [
    ("JP", "Asia/Tokyo"), ("sa", "Asia/Riyadh"), ("DE", "Europe/Berlin"), ("DE-BY", "Europe/Berlin"),
    ("US-CA", "America/Los_Angeles"), ("us-ny", "America/New_York"), ("BR-SP", "America/Sao_Paulo"),
    ("MX-BCN", "America/Tijuana"), ("MX-ROO", "America/Cancun"), ("AU-VIC", "Australia/Melbourne"),
    ("RU-NVS", "Asia/Novosibirsk"), ("ID-BA", "Asia/Makassar"), ("CA-AB", "America/Edmonton"),
    ("ES-CN", "Atlantic/Canary"), ("ES-MD", "Europe/Madrid"), ("PT-20", "Atlantic/Azores"),
])
def test_one_clock_regions_are_not_guesses(region, zone):
    choice = resolve_zone(region)
    assert (choice.zone, choice.guessed, choice.candidates) == (zone, False, ())


@pytest.mark.parametrize("region, zone, other", [
    ("US", "America/New_York", "America/Los_Angeles"),
    ("CA", "America/Toronto", "America/Vancouver"),
    ("AU", "Australia/Sydney", "Australia/Perth"),
    ("BR", "America/Sao_Paulo", "America/Manaus"),
    ("RU", "Europe/Moscow", "Asia/Vladivostok"),
    ("MX", "America/Mexico_City", "America/Tijuana"),
    ("ID", "Asia/Jakarta", "Asia/Jayapura"),
    ("CA-QC", "America/Toronto", "America/Blanc-Sablon"),
    ("AU-NSW", "Australia/Sydney", "Australia/Broken_Hill"),
    ("US-TX", "America/Chicago", "America/Denver"),
])
def test_multi_zone_regions_say_they_guess(region, zone, other):
    choice = resolve_zone(region)
    assert choice.zone == zone and choice.guessed
    assert choice.candidates[0] == zone and other in choice.candidates


def test_phone_area_picks_the_zone():
    assert resolve_zone(phone="+1 310 555 0100").zone == "America/Los_Angeles"
    choice = resolve_zone(phone="+1 212 555 0100")
    assert (choice.zone, choice.source, choice.region, choice.guessed) == ("America/New_York", "phone", "US", False)
    # Texas is mostly Central, but an El Paso (915) number is Mountain.
    assert resolve_zone("US-TX", phone="+1 915 555 0100").zone == "America/Denver"
    # A Vladivostok landline is one zone; a Russian mobile is any of them, Moscow first.
    assert resolve_zone(phone="+7 4232 12 34 56").zone == "Asia/Vladivostok"
    mobile = resolve_zone(phone="+7 916 123 45 67")
    assert mobile.guessed and mobile.zone == "Europe/Moscow" and "Asia/Omsk" in mobile.candidates
    assert all(z in pytz.country_timezones["RU"] for z in mobile.candidates)


def test_phone_of_another_country_does_not_override_the_region():
    assert resolve_zone("US-CA", phone="+49 30 1234567").zone == "America/Los_Angeles"


def test_city_names_from_iana_and_cldr():
    assert resolve_zone(city="Chicago").zone == "America/Chicago"
    assert resolve_zone(city="sao paulo").region == "BR"
    assert resolve_zone(city="Ho Chi Minh City").zone == "Asia/Ho_Chi_Minh"
    assert resolve_zone("US", city="Denver").source == "city"
    with pytest.raises(InputError, match="not in region"):
        resolve_zone("US", city="Tokyo")
    with pytest.raises(InputError, match="unknown city 'Atlantisville'"):
        resolve_zone(city="Atlantisville")


def test_explicit_zone_wins_and_infers_the_region():
    choice = resolve_zone("US", "America/Phoenix")
    assert (choice.zone, choice.source, choice.region) == ("America/Phoenix", "explicit", "US")
    assert resolve_zone(timezone="Asia/Tokyo").region == "JP"
    assert resolve_zone().to_dict() == {"timezone": "UTC", "source": "default", "guessed": True,
                                        "candidates": [], "region": None}


@pytest.mark.parametrize("where, zone, source", [
    ("Asia/Tokyo", "Asia/Tokyo", "explicit"), ("UTC", "UTC", "explicit"), ("mx-jal", "America/Mexico_City",
                                                                         "subdivision"),
    ("+81 3 1234 5678", "Asia/Tokyo", "phone"), ("Zurich", "Europe/Zurich", "city"),
])
def test_locate_reads_every_kind_of_place(where, zone, source):
    choice = locate(where)
    assert (choice.zone, choice.source) == (zone, source)


@pytest.mark.parametrize("call, message", [
    (lambda: resolve_zone("XX"), "unknown region 'XX'"),
    (lambda: resolve_zone("US-ZZ"), "unknown subdivision 'US-ZZ'"),
    (lambda: resolve_zone("EU"), "group of countries"),
    (lambda: resolve_zone(timezone="Europe/Berln"), "did you mean Europe/Berlin"),
    (lambda: resolve_zone(phone="+1 (abc"), "invalid phone number"),
    (lambda: locate(""), "empty place"),
    (lambda: locate("CEST"), "unknown place 'CEST'"),
])
def test_bad_places_are_input_errors(call, message):
    with pytest.raises(InputError, match=re.escape(message)):
        call()


def test_subdivision_table_only_names_real_zones_of_its_country():
    for country, table in SUBDIVISION_ZONES.items():
        for sub, zones in table.items():
            assert zones, (country, sub)
            for zone in zones:
                assert zone in pytz.all_timezones_set, (country, sub, zone)
                if not (country == "US" and sub in ("PR", "GU", "VI", "AS", "MP")):
                    assert zone in pytz.country_timezones[country], (country, sub, zone)
    for country, zone in PRIMARY_ZONE.items():
        assert zone in pytz.country_timezones[country], (country, zone)


def test_same_clock_ignores_history_only_differences():
    assert same_clock(("Europe/Berlin", "Europe/Busingen"), SUMMER)
    assert not same_clock(("America/Toronto", "America/Blanc-Sablon"), SUMMER)
    assert resolve_zone("DE").guessed is False


# -- DST: the documented rule -------------------------------------------------------------
def test_spring_forward_gap_moves_forward():
    """America/New_York 2026-03-08 02:30 does not exist: it becomes 03:30 EDT."""
    aware, note = localize("America/New_York", dt.datetime(2026, 3, 8, 2, 30))
    assert aware.isoformat() == "2026-03-08T03:30:00-04:00"
    assert "does not exist" in note
    instant, note = parse_instant("2026-03-08T02:30", pytz.timezone("America/New_York"))
    assert instant == dt.datetime(2026, 3, 8, 7, 30, tzinfo=pytz.utc) and note


def test_autumn_overlap_takes_the_first_occurrence():
    """Europe/Berlin 2026-10-25 02:30 happens twice: the first, CEST (+02:00), is used."""
    aware, note = localize("Europe/Berlin", dt.datetime(2026, 10, 25, 2, 30))
    assert aware.isoformat() == "2026-10-25T02:30:00+02:00"
    assert "happens twice" in note
    assert aware.astimezone(pytz.utc) == dt.datetime(2026, 10, 25, 0, 30, tzinfo=pytz.utc)


def test_ordinary_times_carry_no_note():
    aware, note = localize("Europe/Berlin", dt.datetime(2026, 10, 25, 4, 0))
    assert aware.isoformat() == "2026-10-25T04:00:00+01:00" and note is None


def test_localize_avoids_the_lmt_mistake():
    """``tzinfo=pytz.timezone(...)`` gives local mean time (+08:06 in Shanghai); we must not."""
    naive = dt.datetime(2026, 1, 5, 9, 0)
    mistake = naive.replace(tzinfo=pytz.timezone("Asia/Shanghai"))
    assert mistake.utcoffset() != dt.timedelta(hours=8)          # what the mistake looks like
    aware, _ = localize("Asia/Shanghai", naive)
    assert aware.utcoffset() == dt.timedelta(hours=8)
    assert aware.astimezone(pytz.utc) == dt.datetime(2026, 1, 5, 1, 0, tzinfo=pytz.utc)
    assert to_zone(SUMMER, "Asia/Kolkata").utcoffset() == dt.timedelta(hours=5, minutes=30)


def test_no_tzinfo_assignment_with_a_pytz_zone_in_timing_code():
    source = Path(__file__).parents[1] / "xborder" / "timing"
    pattern = re.compile(r"tzinfo\s*=\s*(pytz\.timezone|get_zone|zone\b)")
    offenders = [p.name for p in source.glob("*.py") if pattern.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


@pytest.mark.parametrize("text", ["06/03/2026", "2026-03-06", "2026-13-01T10:00", "tomorrow", "2026-03-06T25:00"])
def test_bad_instants_are_input_errors(text):
    with pytest.raises(InputError, match="invalid date-time"):
        parse_instant(text, pytz.utc)


def test_zone_label_is_localized():
    assert zone_label("Asia/Tokyo", "ja", SUMMER) == "日本標準時"
    assert zone_label("Europe/Berlin", "de", SUMMER) == "Mitteleuropäische Sommerzeit"
