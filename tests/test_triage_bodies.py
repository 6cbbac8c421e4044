"""Issue 18: a complaint act directed at any body, the body told by its shape (an institution head
word of the language, a compound ending in one, an acronym), not by a list of names."""
from __future__ import annotations

import re

import pytest

from xborder.errors import DataError
from xborder.policy import triage_bodies as bodies

CA, PRIVACY = "consumer_authority", "privacy"


@pytest.mark.parametrize("text", [
    "Am facut reclamatie la ANCOM pentru abonamentul pe care il tot facturati",   # an acronym nobody listed
    "BTK'ya başvurdum, iptal ettiğim hattı hâlâ faturalandırdığınız için",        # with a case ending
    "Complaint lodged with CRTC today, the phone plan was never what the ad said",
    "Ich habe bei der BaFin Beschwerde eingelegt, wegen des Ratenkredits",         # mixed case
    "Complaint filed with the Public Utilities Commission",                        # a head word
    "I'm escalating this to the Financial Conduct Authority, you signed me up for credit",
    "Ya presenté la queja ante la Superintendencia Financiera por el cobro doble",
    "Acudí a la Defensoría del Pueblo porque nadie me devuelve el dinero",        # the act starts the sentence
    "Ich melde das der Marktüberwachungsbehörde, das Ladegerät ist gefährlich",    # a compound
    "Jag har kontaktat Finansinspektionen om avbetalningen ni lade på mig",
    "我去通信管理局申诉了，套餐一直在扣费",
    "ร้องเรียนไปที่ กสทช. แล้ว ซิมยังล็อกอยู่",
    "Tôi đã gửi đơn khiếu nại lên Cục Viễn thông",
    "פניתי לממונה על שוק ההון בעניין הביטוח שמכרתם",
])
def test_a_complaint_to_a_body_named_by_its_shape(toolkit, text):
    assert CA in toolkit.triage(text).reasons


@pytest.mark.parametrize("text", [
    "I filed a claim with DHL about the damaged box, can you send a replacement?",  # a carrier
    "Reclamé a SEUR por el retraso, me dicen que os escriba a vosotros",
    "Complaint about the HDMI cable: it's too short, can I swap it?",               # the act's topic
    "I reported the problem to your Customer Service Department yesterday",        # the shop's own
    "Le SAV m'a dit de faire une réclamation auprès du Service client, c'est fait",
    "My husband works at the Federal Trade Commission and he loved the mug",       # no act
    "Please ship to the Department of Health, 3rd floor, reception desk",
    "Should I report this to ANCOM?",                                                # a question
    "I'm not going to complain to the Energy Commission, just send the label",       # negated
    "I want to report a problem with my order",                                     # an act, no body
    "Pošlu celý případ do Reportérů ČT, sbírají příběhy lidí",                       # a broadcaster
    "I've reported your store to the Cyber Crime Unit of the police",               # the police: legal
])
def test_no_body_or_no_complaint_to_one(toolkit, text):
    assert CA not in toolkit.triage(text).reasons


def test_a_data_protection_body_is_privacy_too(toolkit):
    result = toolkit.triage("Filed a complaint against you with the Commission for Personal Data Protection today")
    assert result.reasons == (CA, PRIVACY)
    # a body found by shape: its name tells (an acronym only the shape finds, then its sentence)
    # ("koska jaoitte tietoni", "because you shared my data", is a privacy incident too, which a model build may add)
    assert toolkit.triage("Tein kantelun TSV:lle, koska jaoitte tietoni").reasons[0] == CA
    result = toolkit.triage("I filed a complaint with the Commission de la vie privée of Monaco")
    assert result.reasons == (CA, PRIVACY) and result.hits[0].kind == "concept+act"
    assert toolkit.triage("Complaint filed with the Public Utilities Commission").reasons == (CA,)


def test_acronyms_leave_out_carriers_brands_and_shouting():
    found = [m.group(0) for m in bodies.acronyms("Sent by DHL and UPS, so I told ANCOM and the O.C.U. and BaFin")]
    assert found == ["ANCOM", "O.C.U.", "BaFin"]
    assert bodies.acronyms("I REPORTED IT TO MY BANK AND NOBODY CARES") == []


def test_a_name_is_read_whole_around_its_head():
    text = "I contacted the Office of the Australian Information Commissioner about it"
    m = re.search("Office", text)
    lo, hi = bodies.name_around(text, m.start(), m.end())
    assert text[lo:hi] == "the Office of the Australian Information Commissioner"
    assert bodies.data_protection(text[lo:hi]) and not bodies.not_a_body(text[lo:hi])
    assert bodies.not_a_body("your Customer Service Department")
    assert bodies.topic_between(" about the ") and not bodies.topic_between(" to the ")


def test_not_bodies_come_from_data():
    names = bodies.not_bodies()
    assert {"DHL", "HSBC", "HDMI", "BBC", "NCAT"} <= names
    assert [m.group(0) for m in bodies.acronyms("I complained to DHL and to ANCOM")] == ["ANCOM"]


@pytest.mark.parametrize("text, message", [
    ("groups:\n  carriers:\n    note: couriers\n    last_reviewed: 2026-12-06\n    names: DHL ups\n",
     "triage_not_bodies.yaml:5:5: group 'carriers': 'ups' is not written in capitals"),
    ("groups:\n  carriers:\n    last_reviewed: 2026-12-06\n    names: DHL\n", "triage_not_bodies.yaml:3:5: missing required key 'note' in group 'carriers'"),
    ("groups:\n  carriers:\n    note: couriers\n    last_reviewed: soon\n    names: DHL\n",
     "triage_not_bodies.yaml:4:5: group 'carriers': 'last_reviewed' must be a date"),
    ("carriers: DHL\n", "triage_not_bodies.yaml:1"),
])
def test_bad_not_bodies_files(tmp_path, text, message):
    path = tmp_path / "triage_not_bodies.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataError) as info:
        bodies.load_not_bodies(path)
    assert message in str(info.value)
