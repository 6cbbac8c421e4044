"""Region profiles: every bundled file loads, every fact is sourced, inheritance and derived data."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from xborder import Toolkit
from xborder.errors import DataError, InputError, XborderError
from xborder.policy import ProfileNotFoundError, get_profile, profile_regions, region_fact
from xborder.policy.schema import FACTS

DATA = Path(__file__).parent / "data" / "policy"
REQUIRED = ("EU DE FR ES IT NL PL PT SE GB US US-CA CA MX BR AR CN JP KR AU NZ IN SG MY ID TH VN PH SA AE "
            "TR RU IL ZA").split()
EU_MEMBERS = ("DE", "FR", "ES", "IT", "NL", "PL", "PT", "SE")


def test_every_required_region_has_a_profile(toolkit):
    assert set(REQUIRED) <= set(profile_regions(toolkit))


@pytest.mark.parametrize("region", REQUIRED)
def test_every_fact_is_sourced_reviewed_or_explained(toolkit, region):
    profile = get_profile(toolkit, region)
    assert profile.facts, region
    for key, fact in profile.facts.items():
        assert key in FACTS
        assert isinstance(fact.last_reviewed, dt.date)
        if fact.value is None:
            assert fact.note and fact.note.strip(), f"{region}.{key} is null without a note"
        else:
            assert fact.source and fact.source.strip(), f"{region}.{key} has no source"


@pytest.mark.parametrize("region", EU_MEMBERS)
def test_member_states_inherit_the_eu_baseline(toolkit, region):
    profile = get_profile(toolkit, region)
    assert profile.chain == (region, "EU")
    assert profile.value("withdrawal_days") == 14
    assert profile.facts["dsar_deadline_days"].stated_in == "EU"
    assert profile.value("breach_notification_hours") == 72


@pytest.mark.parametrize("region, key, expected", [
    ("EU", "withdrawal_days", 14), ("EU", "legal_guarantee_months", 24), ("EU", "dsar_deadline_days", 30),
    ("EU", "breach_notification_hours", 72), ("ES", "legal_guarantee_months", 36), ("PT", "legal_guarantee_months", 36),
    ("SE", "legal_guarantee_months", 36), ("GB", "withdrawal_days", 14), ("TR", "withdrawal_days", 14),
    ("BR", "withdrawal_days", 7), ("BR", "dsar_deadline_days", 15), ("CN", "withdrawal_days", 7),
    ("KR", "withdrawal_days", 7), ("RU", "withdrawal_days", 7), ("AR", "withdrawal_days", 10),
    ("US-CA", "dsar_deadline_days", 45), ("US", "withdrawal_days", None), ("AU", "withdrawal_days", None),
])
def test_well_known_facts(toolkit, region, key, expected):
    assert get_profile(toolkit, region).value(key) == expected


def test_extension_when_not_informed_is_stated(toolkit):
    fact = get_profile(toolkit, "EU").facts["withdrawal_days"]
    assert fact.extras["extension_months"] == 12
    assert "art. 10" in fact.source and "2011/83/EU" in fact.source


def test_currency_weekend_and_zones_come_from_cldr_and_pytz(toolkit):
    sa = get_profile(toolkit, "SA")
    assert sa.currency == "SAR" and sa.weekend == ["fri", "sat"] and sa.timezones == ["Asia/Riyadh"]
    assert get_profile(toolkit, "IL").weekend == ["fri", "sat"]
    assert get_profile(toolkit, "IN").weekend == ["sun"]
    assert get_profile(toolkit, "US-CA").timezones == ["America/Los_Angeles"]
    assert get_profile(toolkit, "PL").currency == "PLN"      # inherits EU facts, not the euro
    eu = get_profile(toolkit, "EU")
    assert eu.currency == "EUR" and eu.weekend == ["sat", "sun"] and "Europe/Berlin" in eu.timezones


def test_show_json_contract_keys(toolkit):
    data = get_profile(toolkit, "DE").to_dict()
    for key in ("region", "withdrawal_days", "legal_guarantee_months", "privacy_law", "dsar_deadline_days",
                "breach_notification_hours", "weekend", "currency", "timezones", "consumer_authorities",
                "sources", "last_reviewed"):
        assert key in data
    assert data["sources"]["withdrawal_days"].startswith("BGB")
    assert "Verbraucherzentrale" in data["consumer_authorities"]


def test_region_fact_quiet_hours_and_fallbacks(toolkit):
    assert region_fact(toolkit, "US", "quiet_hours") == {"start": "21:00", "end": "08:00"}
    assert region_fact(toolkit, "US-NY", "quiet_hours") == {"start": "21:00", "end": "08:00"}
    assert region_fact(toolkit, "DE", "quiet_hours") is None
    assert region_fact(toolkit, "AT", "withdrawal_days") == 14          # EU member without a profile
    assert region_fact(toolkit, "KE", "withdrawal_days") is None        # nothing applies
    with pytest.raises(InputError):
        region_fact(toolkit, "US", "bedtime")


def test_codes_are_normalized(toolkit):
    assert get_profile(toolkit, "us-ca").region == "US-CA"
    assert get_profile(toolkit, "de").region == "DE"


def test_unknown_region_is_an_error(toolkit):
    with pytest.raises(InputError, match="unknown region 'XX'"):
        get_profile(toolkit, "XX")
    with pytest.raises(InputError, match="invalid region"):
        get_profile(toolkit, "Germany")


def test_region_without_profile_lists_the_near_ones(toolkit):
    with pytest.raises(ProfileNotFoundError) as info:
        get_profile(toolkit, "AT")
    assert "no policy profile" in str(info.value) and "Austria" in str(info.value)
    assert info.value.near[:2] == ("EU", "DE")
    with pytest.raises(ProfileNotFoundError) as info:
        get_profile(toolkit, "US-NY")
    assert "US" in info.value.near


@pytest.mark.parametrize("folder, region, message", [
    ("bad_missing_source", "DE", "has no source"),
    ("bad_unknown_fact", "FR", "unknown fact 'withdrawl_days'; did you mean withdrawal_days"),
    ("bad_wrong_type", "ES", "'value' must be a whole number"),
    ("bad_parent", "PT", "'inherits: EX': no profile file"),
    ("bad_syntax", "IT", "YAML syntax error"),
])
def test_malformed_profiles_are_file_line_errors(folder, region, message):
    toolkit = Toolkit(data_dirs=[DATA / folder])
    with pytest.raises(DataError) as info:
        get_profile(toolkit, region)
    text = str(info.value)
    assert message in text
    assert f"{region}.yaml:" in text and info.value.line is not None


def test_a_user_folder_overrides_a_bundled_profile(tmp_path):
    regions = tmp_path / "culture_rules" / "regions"
    regions.mkdir(parents=True)
    (regions / "DE.yaml").write_text(
        "region: DE\nname: Germany (test)\ninherits: EU\nfacts:\n  legal_guarantee_months:\n"
        "    value: 30\n    source: test source\n    last_reviewed: 2026-01-01\n", encoding="utf-8")
    toolkit = Toolkit(data_dirs=[tmp_path])
    profile = get_profile(toolkit, "DE")
    assert profile.value("legal_guarantee_months") == 30
    assert profile.value("withdrawal_days") == 14            # still the EU baseline
    assert isinstance(profile, object)


def test_profiles_are_frozen(toolkit):
    profile = get_profile(toolkit, "FR")
    with pytest.raises(Exception):
        profile.region = "DE"                                  # type: ignore[misc]
    with pytest.raises(TypeError):
        profile.facts["withdrawal_days"] = None                # type: ignore[index]


def test_toolkit_policy_delegates(toolkit):
    assert toolkit.policy("BR").value("withdrawal_days") == 7
    assert issubclass(ProfileNotFoundError, XborderError)


@pytest.mark.parametrize("fact, message", [
    ("withdrawal_days:\n    value: 14\n    start_event: shipping", "'start_event' must be one of delivery, dispatch, order"),
    ("withdrawal_days:\n    value: 14\n    source_date: 2026-13-01", "'2026-13-01' is not a valid date"),
    ("withdrawal_days:\n    value: 14\n    source_date: soon", "'source_date' must be a date"),
    ("commercial_warranty_minimum:\n    value: 90\n    unit: weeks", "'unit' must be one of days, months"),
    ("withdrawal_online_function:\n    value: yes", "'value' must be true or false"),
    ("no_returns_clause:\n    value: forbidden", "'value' must be one of void, allowed"),
    # the faulty-goods and refund-deadline facts lint's policy_conflict reads
    ("faulty_goods_remedy:\n    value: maker", "'value' must be one of seller, manufacturer"),
    ("faulty_goods_remedy:\n    value: seller\n    free_of_charge: often", "'free_of_charge' must be true or false"),
    ("refund_deadline_days:\n    value: 0", "'value' must be a whole number >= 1"),
    ("refund_deadline_days:\n    value: 14\n    unit: weeks", "'unit' must be one of calendar_days, working_days"),
])
def test_new_fact_fields_are_validated(tmp_path, fact, message):
    regions = tmp_path / "culture_rules" / "regions"
    regions.mkdir(parents=True)
    (regions / "DE.yaml").write_text(
        f"region: DE\nname: Germany (test)\ninherits: EU\nfacts:\n  {fact}\n    source: test source\n"
        "    last_reviewed: 2026-01-01\n", encoding="utf-8")
    with pytest.raises(DataError) as info:
        get_profile(Toolkit(data_dirs=[tmp_path]), "DE")
    assert message in str(info.value) and "DE.yaml:" in str(info.value)


@pytest.mark.parametrize("region, key, expected", [
    ("MX", "withdrawal_days", 5), ("MX", "commercial_warranty_minimum", 90), ("SA", "dsar_deadline_days", 30),
    ("CN", "breach_notification_hours", 4), ("TR", "withdrawal_return_cost", "trader"),
    ("AE", "no_returns_clause", "void"), ("EU", "withdrawal_online_function", True),
    ("DE", "withdrawal_online_function", True), ("FR", "withdrawal_online_function", True),
    ("TR", "commercial_warranty_minimum", 24),
])
def test_facts_checked_on_2026_12_05(toolkit, region, key, expected):
    fact = get_profile(toolkit, region).facts[key]
    assert fact.value == expected and fact.source and fact.last_reviewed.isoformat() >= "2026-12-05"


def test_facts_dated_on_2026_12_07(toolkit):
    """Round 2 of issue 18: values, sources and source dates the review relied on."""
    za = get_profile(toolkit, "ZA").facts["refund_deadline_days"]
    assert za.value == 30 and "s. 44(3)" in za.source and za.source_date.isoformat() == "2002-08-02"
    ru = get_profile(toolkit, "RU").facts["withdrawal_return_cost"]
    assert ru.value == "consumer" and "7-P" in ru.source and ru.source_date.isoformat() == "2026-02-17"
    tr = get_profile(toolkit, "TR").facts["refund_deadline_days"]
    assert tr.value == 14 and "art. 12(1)" in tr.source and "carrier" in tr.extras["starts"]
    assert tr.source_date.isoformat() == "2025-05-24"
    de = get_profile(toolkit, "DE").facts["withdrawal_days"]
    assert "§356(3)-(4)" in de.source and de.source_date.isoformat() == "2026-07-23"


def test_repair_extension_and_pending_information_commission(toolkit):
    for region in ("EU", "DE", "FR"):
        fact = get_profile(toolkit, region).facts["legal_guarantee_months"]
        assert fact.extras["repair_extension_months"] == 12 and "2024/1799" in fact.source
    gb = get_profile(toolkit, "GB").facts["privacy_law"]
    assert "Information Commission" in gb.extras["authority"] and gb.source_date is not None
    assert get_profile(toolkit, "MX").facts["withdrawal_days"].extras["unit"] == "working_days"
