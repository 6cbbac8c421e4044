"""Region cues beyond the cue table: identifiers with check digits, places from GeoNames,
laws and institutions from the region profiles, shared cues weighed by speakers, and
``region_candidates`` when the cues fit several countries."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from xborder import Toolkit
from xborder.detect import identifiers, places
from xborder.detect.regions import load_place_rules, load_region_cues
from xborder.errors import DataError

BUNDLED_CUES = Path(__file__).parent.parent / "culture_rules" / "detect"


# -- identifiers -----------------------------------------------------------------------------

@pytest.mark.parametrize("text,kind,region", [
    ("IBAN DE89 3704 0044 0532 0130 00", "IBAN", "DE"),
    ("VAT id PL5260001246", "VAT id", "PL"),
    ("USt-IdNr. DE136695976", "VAT id", "DE"),
    ("partita IVA IT00743110157", "VAT id", "IT"),
    ("btw NL004495445B01", "VAT id", "NL"),
    ("TVA FR40303265045", "VAT id", "FR"),
    ("VAT GB980780684", "VAT id", "GB"),
    ("CPF 111.444.777-35", "CPF", "BR"),
    ("CNPJ 11.222.333/0001-81", "CNPJ", "BR"),
    ("RUT 12.345.678-5", "RUT", "CL"),
    ("codice fiscale RSSMRA85T10A562S", "codice fiscale", "IT"),
    ("DNI 12345678Z", "DNI/NIE", "ES"),
    ("PESEL 44051401359", "PESEL", "PL"),
    ("SIRET 732 829 320 00074", "SIRET", "FR"),
])
def test_identifiers_with_valid_check_digits(text, kind, region):
    found = list(identifiers.find_identifiers(text))
    assert [(i.kind, i.region) for i in found] == [(kind, region)]


@pytest.mark.parametrize("text", [
    "IBAN DE89 3704 0044 0532 0130 01",   # one digit off
    "VAT id PL5260001247",
    "USt-IdNr. DE136695977",
    "CPF 111.444.777-36",
    "RUT 12.345.678-6",
    "DNI 12345678A",
    "PESEL 44051401358",
    "codice fiscale RSSMRA85T10A562T",
    "order 44051401359",                   # PESEL-valid digits, no PESEL named
    "my order DE-88123 and tracking LX123456785DE",
])
def test_lookalikes_do_not_count(text):
    assert list(identifiers.find_identifiers(text)) == []


def test_phone_numbers_international_and_national():
    assert [(i.region, i.weight) for i in identifiers.find_phones("call +44 20 7219 3000", ())] == [("GB", 0.75)]
    assert [i.region for i in identifiers.find_phones("bel 020 624 1111", ("NL",))] == ["NL"]
    # Ofcom's drama range is not a real number
    assert list(identifiers.find_phones("ring 07700 900123", ("GB",))) == []


# -- places ------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory):
    return places.Gazetteer(places.build_payload())


@pytest.fixture(scope="module")
def rules():
    return load_place_rules(BUNDLED_CUES / "places.yaml")


@pytest.mark.parametrize("text,language,expected", [
    ("Ich wohne in Essen", "de", {"Essen": {"DE"}}),
    ("Ich habe Essen bestellt", "de", {}),                           # a noun, no locative word
    ("Mieszkam w Krakowie", "pl", {"Krakowie": {"PL"}}),             # inflected
    ("посылка в Москве", "ru", {"Москве": {"RU"}}),
    ("Siparişim İzmir'de bekliyor", "tr", {"İzmir": {"TR"}}),
    ("札幌に住んでいます", "ja", {"札幌": {"JP"}}),
    ("부산에서 주문했어요", "ko", {"부산": {"KR"}}),
    ("환불 안 해주면", "ko", {}),                                      # 해주 (Haeju) inside a verb
    ("Nice to hear from you", "en", {}),
    ("Vivo en San José", "es", None),                                # several countries: just found
])
def test_places_need_a_place_role(gazetteer, rules, text, language, expected):
    found = {p.name: set(p.populations) for p in places.find_places(gazetteer, text, language, rules)}
    if expected is None:
        assert "San José" in found and {"CR", "US"} <= found["San José"]
    else:
        assert set(found) == set(expected)
        assert all(expected[name] <= found[name] for name in expected)


def test_a_transit_stop_is_not_the_customer(gazetteer, rules):
    [memphis] = places.find_places(gazetteer, "my parcel is stuck in Memphis hub", "en", rules)
    assert memphis.transit


def test_a_damaged_index_is_refused():
    with pytest.raises(ValueError):
        places.Gazetteer(b"not an index")
    payload = places.build_payload()
    with pytest.raises(ValueError):
        places.Gazetteer(payload[:len(payload) // 2])


def test_the_index_is_kept_in_the_cache_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(places, "_loaded", {})
    first = places.load(tmp_path)
    stored = list(tmp_path.rglob("gazetteer-*.bin"))
    assert len(stored) == 1 and first.lookup("krakow")
    monkeypatch.setattr(places, "_loaded", {})
    monkeypatch.setattr(places, "build_payload", lambda: pytest.fail("rebuilt although cached"))
    assert places.load(tmp_path).lookup("krakow") == first.lookup("krakow")


# -- the whole detection -----------------------------------------------------------------------

@pytest.mark.parametrize("text,region,candidates", [
    ("Voy a denunciar ante PROFECO", "MX", None),
    ("KVKK kapsamında verilerimin silinmesini istiyorum", "TR", None),
    ("我已经打了12315投诉你们", "CN", None),
    ("Meine IBAN ist DE89 3704 0044 0532 0130 00", "DE", None),
    ("Maksoin 45 € enkä ole saanut pakettia", "FI", None),           # the euro, in Finnish: Finland
    ("Ich habe 45 € bezahlt und warte", None, {"DE", "AT"}),
    ("I'm going to report you to the BBB", None, {"US", "CA"}),
    ("Hola, soy de Córdoba y mi pedido no llegó", None, {"AR", "ES", "MX"}),
    ("the colour is wrong, I'd like to return it", None, {"GB", "AU"}),
    ("Paczka utknęła w Lipsku od tygodnia", None, None),
    ("el pedido no ha llegado", None, set()),
])
def test_regions_and_candidates(toolkit, text, region, candidates):
    result = toolkit.detect(text)
    assert result.region == region, result.evidence
    listed = {c["region"] for c in result.region_candidates}
    if region:
        assert result.region_candidates[0]["region"] == region
    elif candidates is not None:
        assert candidates <= listed if candidates else listed == set()
    assert abs(sum(c["weight"] for c in result.region_candidates) - 1.0) < 0.05 or not listed


def test_evidence_says_which_cue(toolkit):
    evidence = toolkit.detect("Faktura na firmę, VAT id PL5260001246").evidence
    assert any("VAT id PL5260001246 (valid check digits): PL" in e for e in evidence)
    evidence = toolkit.detect("Vivo en Córdoba y no me llegó").evidence
    assert any(e.startswith("place 'Córdoba': AR or ES or MX") for e in evidence)


def test_candidates_in_cli_json(run):
    result = run("detect", "Ich habe 45 € bezahlt und warte", "--json")
    data = json.loads(result.stdout)
    assert data["region"] is None and {"DE", "AT"} <= {c["region"] for c in data["region_candidates"]}
    result = run("triage", "Ich habe 45 € bezahlt und warte", "--json")
    assert "region_candidates" in json.loads(result.stdout)


def test_a_user_profile_adds_its_institutions(tmp_path):
    """Institutions come from the profiles: a user's folder that adds one is read."""
    source = Path(__file__).parent.parent / "culture_rules" / "regions" / "MX.yaml"
    folder = tmp_path / "culture_rules" / "regions"
    folder.mkdir(parents=True)
    text = source.read_text(encoding="utf-8").replace("Concilianet,", "Concilianet, Defensoría Xbordeña,")
    (folder / "MX.yaml").write_text(text, encoding="utf-8")
    result = Toolkit(data_dirs=[tmp_path]).detect("voy a ir a la Defensoría Xbordeña")
    assert result.region == "MX", result.evidence


# -- bad data ------------------------------------------------------------------------------------

def test_bad_place_rules(tmp_path):
    path = tmp_path / "places.yaml"
    path.write_text("locative:\n  xx: [in]\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"places.yaml:\d+.*supported language"):
        load_place_rules(path)


@pytest.mark.parametrize("entry,message", [
    ('{kind: currency, words: ["€"], regions: {}, candidates: [de]}', "'candidates' must list ISO 3166"),
    ('{kind: currency, words: ["€"], regions: {}, currencies: [EURO]}', "'currencies' must list ISO 4217"),
    ('{kind: currency, words: ["€"], regions: {}, currencies: [XQQ]}', "no country uses XQQ"),
])
def test_bad_shared_cues(tmp_path, entry, message):
    path = tmp_path / "region_cues.yaml"
    path.write_text(f"cues:\n  - {entry}\n", encoding="utf-8")
    with pytest.raises(DataError, match=message):
        load_region_cues(path)
