"""``xborder policy show|compare|check|audit``: output, JSON, and one-line errors with exit 2."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data" / "policy"


def test_show_json(run):
    result = run("policy", "show", "DE", "--json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["region"] == "DE" and data["withdrawal_days"] == 14
    assert data["weekend"] == ["sat", "sun"] and data["currency"] == "EUR"
    assert data["timezones"][0] == "Europe/Berlin"
    assert data["last_reviewed"] and data["sources"]["legal_guarantee_months"]


def test_show_table_names_sources_and_inheritance(run):
    result = run("policy", "show", "es")
    assert result.exit_code == 0
    assert "ES — Spain (inherits EU)" in result.stdout
    assert "36" in result.stdout and "Real Decreto" in result.stdout


def test_show_null_fact_is_null_not_a_guess(run):
    data = json.loads(run("policy", "show", "US", "--json").stdout)
    assert data["withdrawal_days"] is None
    assert "Cooling-Off" in data["facts"]["withdrawal_days"]["note"]


def test_show_region_without_profile(run):
    result = run("policy", "show", "AT")
    assert result.exit_code == 2
    assert result.stderr.startswith("error: no policy profile for region 'AT' (Austria); near ones: EU, DE")
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1


@pytest.mark.parametrize("code", ["XX", "Germany", "1"])
def test_show_unknown_region(run, code):
    result = run("policy", "show", code)
    assert result.exit_code == 2 and result.stderr.startswith("error: ")
    assert "region" in result.stderr


def test_compare_table_and_json(run):
    result = run("policy", "compare", "DE", "ES", "BR", "US")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["fact", "DE", "ES", "BR", "US"]
    guarantee = next(line for line in lines if line.startswith("legal_guarantee_months"))
    assert guarantee.split()[1:4] == ["24", "36", "-"]
    data = json.loads(run("policy", "compare", "FR", "GB", "--json").stdout)
    assert [p["region"] for p in data["profiles"]] == ["FR", "GB"]


def test_compare_needs_two_regions(run):
    result = run("policy", "compare", "DE")
    assert result.exit_code == 2 and "at least two regions" in result.stderr


def test_check_seven_day_buyer_pays_store(run):
    result = run("policy", "check", "--store", str(DATA / "store_7day.yaml"), "--regions", "all", "--json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    short = set(data["falls_short_in"])
    # BR: 7 days meets the CDC, but the return of a withdrawal is the supplier's cost (art. 49 sole paragraph)
    assert {"EU", "DE", "FR", "ES", "IT", "NL", "PL", "SE", "GB", "TR", "IL", "AR", "BR"} <= short
    assert not short & {"US", "CN", "KR", "RU", "ZA", "JP", "AU"}
    by_region = {r["region"]: r for r in data["regions"]}
    gb = by_region["GB"]["shortfalls"][0]
    assert gb["field"] == "return_days" and gb["law"] == 14 and "SI 2013/3134" in gb["source"]
    assert "6502" in by_region["TR"]["shortfalls"][0]["source"]
    # buyer-pays return shipping is allowed in the EU only on a condition, which is reported
    assert by_region["DE"]["conditions"][0]["field"] == "return_shipping_paid_by"


def test_check_table_output_names_the_law(run):
    result = run("policy", "check", "--store", str(DATA / "store_7day.yaml"), "--regions", "DE,GB,TR,US")
    assert result.exit_code == 0
    assert "falls short in 3 of 4 regions: DE, GB, TR" in result.stdout
    assert "law: BGB §355(2)" in result.stdout
    assert "law: Consumer Contracts" in result.stdout


def test_check_fail_flag_and_a_compliant_store(run):
    failing = run("policy", "check", "--store", str(DATA / "store_fee.yaml"), "--regions", "FR", "--fail")
    assert failing.exit_code == 1 and "restocking fee" in failing.stdout
    ok = run("policy", "check", "--store", str(DATA / "store_full.yaml"), "--regions", "DE,ES", "--fail")
    assert ok.exit_code == 0 and "meets the stated statutory minimum" in ok.stdout
    unchecked = run("policy", "check", "--store", str(DATA / "store_full.yaml"), "--regions", "DE,BR,GB", "--fail")
    assert unchecked.exit_code == 0 and "could not be checked in 2 of 3 regions: BR, GB" in unchecked.stdout


def _check(run, store, regions):
    result = run("policy", "check", "--store", str(DATA / store), "--regions", regions, "--json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    return data, {r["region"]: r for r in data["regions"]}


def test_short_commercial_warranty_is_a_condition_with_the_required_statement(run):
    data, by_region = _check(run, "store_short_warranty.yaml", "EU,DE,FR")
    assert data["falls_short_in"] == []
    for region in ("EU", "DE", "FR"):
        (cond,) = [c for c in by_region[region]["conditions"] if c["field"] == "warranty_months"]
        assert cond["status"] == "condition" and "does not restrict the legal guarantee" in cond["message"]
        assert "free of charge" in cond["message"] and "2019/771 art. 17(2)" not in cond["message"]
        assert by_region[region]["meets_minimum"] is True


def test_turkish_two_year_minimum_only_for_listed_goods(run):
    _, by_region = _check(run, "store_short_warranty.yaml", "TR")
    tr = by_region["TR"]
    assert tr["meets_minimum"] is True and not tr["shortfalls"]
    assert any("garanti belgesi" in c["message"] for c in tr["conditions"])


def test_unverified_fact_gives_null_and_is_listed(run):
    data, by_region = _check(run, "store_3day.yaml", "MX,JP,CN,US")
    assert by_region["MX"]["meets_minimum"] is False           # 5 business days (LFPC art. 56)
    assert "art. 56" in by_region["MX"]["shortfalls"][0]["source"]
    assert by_region["JP"]["meets_minimum"] is None and by_region["JP"]["unverified"][0]["field"] == "return_days"
    assert by_region["US"]["meets_minimum"] is None
    assert set(data["unverified_in"]) == {"JP", "US"} and "MX" in data["falls_short_in"]


def test_mexican_warranty_minimum_90_days(run, tmp_path):
    store = tmp_path / "store.yaml"
    store.write_text("warranty_months: 2\n", encoding="utf-8")
    result = run("policy", "check", "--store", str(store), "--regions", "MX", "--json")
    (region,) = json.loads(result.stdout)["regions"]
    assert region["meets_minimum"] is False and "90 days" in region["shortfalls"][0]["message"]
    store.write_text("warranty_months: 3\n", encoding="utf-8")
    (region,) = json.loads(run("policy", "check", "--store", str(store), "--regions", "MX", "--json").stdout)["regions"]
    assert region["meets_minimum"] is True and region["conditions"]   # 3 months may be 89 days


def test_return_window_counted_from_dispatch(run, tmp_path):
    data, by_region = _check(run, "store_dispatch.yaml", "EU,GB,TR,US")
    assert {"EU", "GB", "TR"} <= set(data["falls_short_in"])
    assert "from dispatch" in by_region["TR"]["shortfalls"][0]["message"]
    store = tmp_path / "store.yaml"
    store.write_text("return_days: 30\nreturn_starts: order\n", encoding="utf-8")
    (de,) = json.loads(run("policy", "check", "--store", str(store), "--regions", "DE", "--json").stdout)["regions"]
    assert de["meets_minimum"] is True and "more than 16 days" in de["conditions"][0]["message"]


def test_legal_notice_in_policy_output(run):
    for args in (("show", "DE"), ("compare", "DE", "FR"),
                 ("check", "--store", str(DATA / "store_full.yaml"), "--regions", "DE")):
        text = run("policy", *args)
        assert "Not legal advice" in text.stdout
        data = json.loads(run("policy", *args, "--json").stdout)
        assert data["notice"].startswith("Not legal advice")


@pytest.mark.parametrize("name, message", [
    ("store_unknown_key.yaml", "store_unknown_key.yaml:2:1: unknown key 'refund_days'"),
    ("store_bad_type.yaml", "store_bad_type.yaml:2:1: 'warranty_months' must be a whole number"),
    ("store_bad_starts.yaml", "store_bad_starts.yaml:2:1: 'return_starts' must be one of delivery, dispatch, order"),
    ("store_bad_payer.yaml", "store_bad_payer.yaml:1:1: 'return_shipping_paid_by' must be one of buyer, store"),
])
def test_check_bad_store_file(run, name, message):
    result = run("policy", "check", "--store", str(DATA / name), "--regions", "DE")
    assert result.exit_code == 2
    assert message in result.stderr and result.stderr.count("\n") == 1


def test_check_bad_regions(run):
    store = str(DATA / "store_7day.yaml")
    assert run("policy", "check", "--store", store, "--regions", "DE,XX").exit_code == 2
    assert "no policy profile" in run("policy", "check", "--store", store, "--regions", "AT").stderr
    missing = run("policy", "check", "--store", "nope.yaml", "--regions", "DE")
    assert missing.exit_code == 2 and "does not exist" in missing.stderr


def test_missing_source_is_exit_2_for_show(run):
    result = run("--data-dir", str(DATA / "bad_missing_source"), "policy", "show", "DE")
    assert result.exit_code == 2
    assert "DE.yaml:6" in result.stderr and "has no source" in result.stderr


def test_audit_clean_bundled_data(run):
    result = run("policy", "audit", "--as-of", "2026-12-05")
    assert result.exit_code == 0 and "no errors" in result.stdout, result.stdout
    data = json.loads(run("policy", "audit", "--as-of", "2026-12-05", "--json").stdout)
    assert data["ok"] and not [f for f in data["findings"] if f["severity"] == "error"]
    # pending changes (the Information Commission, the Digital Omnibus proposal) are listed with their law
    pending = [f for f in data["findings"] if f["problem"] == "pending"]
    assert all(f["severity"] == "info" for f in pending)
    assert [f for f in pending if f["region"] == "GB" and f["fact"] == "privacy_law"
            and "Data (Use and Access) Act 2025" in f["law"]]
    assert [f for f in pending if f["region"] == "EU" and "COM(2025) 837" in f["law"]]


def test_audit_fails_on_a_fact_that_predates_a_recorded_amendment(run):
    args = ["--data-dir", str(DATA / "amended"), "policy", "audit", "--as-of", "2026-12-01"]
    result = run(*args, "--json")
    assert result.exit_code == 1
    findings = json.loads(result.stdout)["findings"]
    problems = {(f["region"], f["fact"], f["problem"]): f for f in findings}
    old = problems[("NL", "withdrawal_days", "predates_amendment")]
    assert old["severity"] == "error" and old["law"] == "Test Act amending the Burgerlijk Wetboek"
    assert "2025-01-01" in old["message"] and old["file"].endswith("NL.yaml") and old["line"] == 5
    # EU states withdrawal_online_function, so NL inherits it: dated 2023, before the test act
    assert ("NL", "withdrawal_online_function", "predates_amendment") in problems
    text = run(*args)
    assert text.exit_code == 1 and "predates_amendment" in text.stdout
    # before the amendment commences there is nothing to report
    assert run("--data-dir", str(DATA / "amended"), "policy", "audit", "--as-of", "2026-05-01").exit_code == 0


def test_audit_pending_change_whose_commencement_passed(run):
    result = run("--data-dir", str(DATA / "amended_pending"), "policy", "audit", "--as-of", "2026-12-01",
                 "--json")
    assert result.exit_code == 1
    findings = json.loads(result.stdout)["findings"]
    assert {(f["amendment"], f["problem"]) for f in findings if f["amendment"]} == {
        ("GB-TEST-PENDING", "pending_commenced"), ("broken", "pending")}
    early = run("--data-dir", str(DATA / "amended_pending"), "policy", "audit", "--as-of", "2026-09-30")
    assert early.exit_code == 0 and "pending" in early.stdout


def test_audit_bad_amendments_table_is_exit_2(run, tmp_path):
    folder = tmp_path / "culture_rules"
    folder.mkdir()
    (folder / "amendments.yaml").write_text(
        "amendments:\n  - id: X\n    law: L\n    change: C\n    date: 2026-01-01\n    commencement: null\n"
        "    status: in_force\n    regions: [\"DE\"]\n    facts: [withdrawal_dayz]\n    source: S\n"
        "    last_reviewed: 2026-01-01\n", encoding="utf-8")
    result = run("--data-dir", str(tmp_path), "policy", "audit")
    assert result.exit_code == 2 and "amendments.yaml:9:5" in result.stderr and "withdrawal_dayz" in result.stderr


def test_audit_lists_missing_sources_and_stale_facts(run):
    result = run("--data-dir", str(DATA / "bad_missing_source"), "--data-dir", str(DATA / "stale"),
                 "policy", "audit", "--as-of", "2026-12-01", "--json")
    assert result.exit_code == 1
    findings = json.loads(result.stdout)["findings"]
    problems = {(f["region"], f["fact"], f["problem"]) for f in findings}
    assert ("DE", "withdrawal_days", "missing_source") in problems
    assert ("NL", "withdrawal_days", "stale") in problems
    assert all(f["file"] and f["line"] for f in findings)


def test_audit_months_window(run):
    stale = ["--data-dir", str(DATA / "stale"), "policy", "audit", "--as-of", "2026-12-01", "--json"]
    assert json.loads(run(*stale).stdout)["findings"]
    assert not [f for f in json.loads(run(*stale, "--months", "36").stdout)["findings"]
                if f["problem"] == "stale"]
    assert run(*stale, "--months", "-1").exit_code == 2


def test_audit_unverified_lists_null_facts(run):
    data = json.loads(run("policy", "audit", "--as-of", "2026-12-01", "--unverified", "--json").stdout)
    assert ("US", "withdrawal_days") in {(f["region"], f["fact"]) for f in data["findings"]}


def test_help_on_every_subcommand(run):
    for sub in ("show", "compare", "check", "audit"):
        result = run("policy", sub, "--help")
        assert result.exit_code == 0 and "Usage" in result.stdout
