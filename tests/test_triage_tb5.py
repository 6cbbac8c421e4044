"""Triage round 16, helper tb5 (issue 18, precision after fresh25): a complaint taken back (the customer's own
earlier threat, then the parcel found or the words apologised for), an account deletion or unsubscribe with no
complaint said outright, a hazard asked about before buying in more languages, slang praise with another purchase;
each beside an escalation of the same words that must still count. Rule-level readings only (hits whose kind is
neither "model" nor "meaning"): the model is rebuilt after merges."""
from __future__ import annotations

import pytest


def _rules(toolkit, text: str) -> set[str]:
    """The reasons the rules read in ``text`` (the model's and the meaning reader's left out)."""
    return {h.reason for h in toolkit.triage(text).hits if h.kind not in ("model", "meaning")}


@pytest.mark.parametrize("text", [
    "Scusate, ieri avevo scritto che andavo da Altroconsumo, ma il pacco era dalla vicina. Tutto ok.",
    "Ho detto che facevo reclamo all'Antitrust, scusate lo sfogo: il corriere l'aveva lasciato in portineria.",
    "昨天说要去12315投诉，是我太急了，快递其实在驿站放着。",
    "早上说要打12315，对不起是我搞错了，包裹在门卫那里。",
    "어제 소비자원에 신고한다고 한 거 죄송해요, 경비실에 있었네요.",
    "Pardon pour hier, j'avais dit que j'allais voir la DGCCRF mais le colis était chez le gardien.",
    "Entschuldigung für gestern, ich hatte mit der Verbraucherzentrale gedroht, aber das Paket lag beim Nachbarn.",
    "Sorry about yesterday, I said I'd report you to Trading Standards but the parcel was with the neighbour all along.",
])
def test_threat_taken_back_stays_quiet(toolkit, text):
    assert not _rules(toolkit, text) & {"consumer_authority", "legal_threat"}


@pytest.mark.parametrize("text", [
    "Ieri ho scritto ad Altroconsumo e oggi il pacco non c'è ancora: procedo con il reclamo.",
    "包裹在门卫那里找到了，但是里面的东西是坏的，我现在就去12315投诉。",
    "경비실에 있던 택배가 파손돼 있어서 소비자원에 신고했습니다.",
    "Le colis était chez le gardien, ouvert et vide : je saisis la DGCCRF.",
    "The parcel was with the neighbour, smashed. I'm reporting you to Trading Standards today.",
])
def test_threat_with_parcel_found_but_kept_still_counts(toolkit, text):
    assert _rules(toolkit, text) & {"consumer_authority", "legal_threat"}


@pytest.mark.parametrize("text", [
    "Shop xóa tài khoản giúp mình nha, không có vấn đề gì đâu. Mình lập để mua quà một lần thôi.",
    "Tolong hapus akun saya ya, tidak ada masalah apa-apa kok, cuma beli kado sekali aja.",
    "Merci de supprimer mon compte, rien contre vous, je l'avais créé pour une seule commande.",
    "Please unsubscribe me from the texts, no complaint at all, thanks.",
    "Bitte löschen Sie mein Kundenkonto, keine Beschwerde, danke.",
    "Por favor, borrad mi cuenta, no es ninguna queja, gracias.",
    "Prosím smažte můj účet, žádná stížnost, děkuji.",
    "請幫我刪除帳號，不是投訴，謝謝。",
])
def test_deletion_with_no_complaint_stays_quiet(toolkit, text):
    assert "privacy" not in _rules(toolkit, text)


@pytest.mark.parametrize("text", [
    "Tôi đã yêu cầu xóa tài khoản rồi mà shop vẫn gửi tin nhắn, vấn đề là ai đưa số của tôi?",
    "Saya sudah minta hapus akun dua kali tapi masih dikirimi SMS, dari mana kalian dapat nomor saya?",
    "Je vous ai déjà demandé de supprimer mes données et vous m'envoyez encore des SMS. D'où tenez-vous mon numéro ?",
    "I asked you to delete my account in March and you still email me, where did you get my number?",
])
def test_deletion_with_a_grievance_still_counts(toolkit, text):
    assert "privacy" in _rules(toolkit, text)


@pytest.mark.parametrize("text", [
    "Onko villapeitto paloturvallinen? Se tulisi takan viereen ja kipinöitä tulee, haluan varmistaa ennen kuin ostan.",
    "Är filten brandsäker? Den ska ligga nära kaminen där det sprakar gnistor, vill veta innan jag köper.",
    "Czy koc jest niepalny? Będzie leżał przy kominku, gdzie lecą iskry, pytam przed zakupem.",
    "Je ta deka nehořlavá? Bude u krbu a odletují jiskry, ptám se před nákupem.",
])
def test_hazard_asked_before_buying_stays_quiet(toolkit, text):
    assert "safety" not in _rules(toolkit, text)


@pytest.mark.parametrize("text", [
    "Villapeitto syttyi tuleen takan vieressä, kipinä osui siihen. Miksi se ei ollut paloturvallinen?",
    "Filten ni sålde fattade eld av en gnista från kaminen, min son brände handen.",
])
def test_hazard_that_happened_still_counts(toolkit, text):
    assert "safety" in _rules(toolkit, text)


@pytest.mark.parametrize("text", [
    "Vet mooie lamp, echt ziek goed. Mijn vriendin wil er nu ook een voor haar zus.",
    "Die lamp is vet gaaf, ik bestel er nog een voor mijn moeder.",
])
def test_slang_praise_with_another_purchase_stays_quiet(toolkit, text):
    assert "safety" not in _rules(toolkit, text)


def test_slang_with_a_real_hazard_still_counts(toolkit):
    assert "safety" in _rules(toolkit, "De lamp werd bloedheet en begon te roken, de kap is gesmolten en er kwam een vlam uit.")
