"""Issue 18, round 15 (the classes fresh23 missed, ta2): a shop that made the customer's data public (a debtors' or
unpaid-COD list, a live stream reading the address aloud), data sent to a shared workplace inbox or the whole address
book, staff writing to the customer privately from the loyalty card, and a consumer programme, column, named Facebook
group or review site. Rule-level readings only (kind "reading"): the model is rebuilt after merges."""
from __future__ import annotations

from pathlib import Path

import pytest

from xborder.policy import triage_reading

PRIVACY_15 = [
    # pilloried: a list of debtors, unpaid COD orders or bounced cheques × my data × posted, at the counter, on a story
    "They put up a debtors list at the till and my full name and phone number are on it.",
    "Die Filiale hat eine Schuldnerliste an der Kasse aufgehängt, mit meinem Namen und meiner Adresse.",
    "Ils ont affiché au comptoir une liste des mauvais payeurs, avec mon nom et mon numéro.",
    "Publicaron en Instagram una lista de morosos con mi nombre y mi teléfono, y yo ya pagué.",
    "A loja colou no balcão a minha morada com 'cheque sem cobertura', toda a gente viu.",
    "Toko kalian upload daftar pembeli yang belum bayar di story IG, ada nama dan nomor HP saya.",
    "Shop đăng ảnh khách bom hàng lên fanpage có đủ tên và số điện thoại của tôi.",
    "Wywiesili przy kasie listę dłużników, jest tam moje imię i nazwisko.",
    # broadcast: the shop read out or showed my data on its live stream, status, story or channel
    "During your TikTok live the seller read out my name and home address to everyone watching.",
    "Lúc livestream chủ shop đọc to số điện thoại và địa chỉ của tôi.",
    "Pas live jualan, admin kalian nyebut nama dan alamat saya lengkap.",
    "आपकी दुकान ने व्हाट्सऐप स्टेटस पर लिस्ट डाली, उसमें मेरा नाम और पता दिख रहा है।",
    # overshared: a shared workplace inbox, the whole address book, the customer's mother × the data
    "You sent my invoice to my company's shared inbox, so the whole office saw my home address.",
    "Sie haben meine Rechnung an das Sammelpostfach meiner Firma geschickt, mit meiner privaten Adresse.",
    "Mandaron la factura al correo general de mi empresa con mi dirección y lo que compré.",
    "職場の代表メールアドレスに、私の注文内容が届きました。",
    # courted: shop staff × wrote or added me × from the loyalty card or on Instagram
    "The sales assistant took my number off my loyalty card and kept texting me on whatsapp asking me out.",
    "Le vendeur m'a ajoutée sur Instagram le soir même, il a pris mon nom sur la carte de fidélité.",
    "Kasjerka wzięła mój numer z karty lojalnościowej i pisała do mnie na WhatsAppie.",
    # filmed: the shop's camera footage of the customer × posted on its page, Instagram or TikTok
    "Your store posted CCTV footage of me at the fitting rooms on its Instagram.",
    "La tienda subió a TikTok un video de las cámaras de seguridad donde salgo yo con la cara.",
    "你们店把监控视频里我的脸发到抖音上了。",
    # wrapped: a copy of the customer's ID × used as wrapping or scrap paper, or a line opened in their name
    "Your branch wrapped a customer's shoes in the photocopy of my passport I left for the warranty.",
    "Con la fotocopia de mi DNI que os dejé han dado de alta una línea a mi nombre.",
    "Usaram a fotocópia do meu cartão de cidadão para embrulhar a encomenda de outro cliente.",
    "Kimlik fotokopimi müsvedde kağıdı olarak kullanmışsınız, komşum gördü.",
]

QUIET_15 = [
    "Am I on some kind of blacklist? My orders keep getting cancelled, my name is Tom Reyes.",
    "I watched your live stream yesterday, can I still order the red dress to my address?",
    "Please send the invoice to our company's general inbox, our accounting needs it.",
    "My mother ordered this for me, can you change the delivery address to mine?",
    "The sales assistant in your store was really helpful, please thank her for me.",
    "Je suis passé au comptoir pour payer ma facture impayée, tout est réglé maintenant.",
    "Die Verkäuferin hat mir eine Kundenkarte gegeben, wie melde ich mich online an?",
    "Vi el directo de ayer, ¿el pedido llega a mi dirección en Sevilla antes del viernes?",
    "Pas live kemarin saya sudah checkout, nomor pesanan saya 12345, kapan dikirim?",
    "The CCTV footage of me handing the parcel back proves I returned it, please check it.",
    "I attached a copy of my passport as you asked, please use it as proof of address.",
    "Please wrap it as a gift, and do you still need a copy of my ID for the warranty?",
    "Zadzwoniłam do mamy, żeby odebrała paczkę, bo mnie nie ma w domu.",
]

EXPOSURE_15 = [
    "J'appelle demain l'émission « Ça peut vous arriver », trois mois sans remboursement.",
    "Se não resolverem hoje, vou mandar o caso para o Balanço Geral.",
    "Jak do jutra nikt się nie odezwie, opisuję wszystko na Opineo.",
    "Jestli to nevyřešíte, píšu do Seznam Zpráv, mají rubriku o e-shopech.",
    "If nobody answers by Friday I'm posting the whole story in our local Facebook group.",
    "ถ้ายังเงียบ จะส่งเรื่องให้เพจ Drama-addict พร้อมหลักฐาน",
    "Yarın hâlâ cevap yoksa Şikayetvar'a yazacağım.",
    # a Facebook group named by its title
    "Tomorrow I'm posting everything in the Facebook \"Leeds Mums Network\" group.",
    "पूरा मामला फेसबुक के \"Pune Shoppers\" ग्रुप में डाल दिया है।",
]

QUIET_EXPOSURE_15 = [
    "Saw your shop recommended in a Facebook group, so I ordered. When does it ship?",
    "Someone on Opineo asked about delivery times, how long does it take to Gdańsk?",
    "I read about you in the newspaper's consumer column, great reviews! Do you ship to Cork?",
]

NEW = ("pilloried", "broadcast", "overshared", "courted", "filmed")


def _read(toolkit, text: str, reasons: tuple[str, ...]) -> dict:
    """What the readings alone give ``text`` in its detected language (phrases and the model aside)."""
    from xborder.policy.triage import fold, normalize_text, sentences
    r = triage_reading.readings(toolkit.resources)
    norm = fold(normalize_text(text))
    return triage_reading.read(r, norm, sentences(norm), (toolkit.detect(text).language,), reasons)


@pytest.mark.parametrize("text", PRIVACY_15)
def test_round_15_readings_give_privacy(toolkit, text):
    assert "privacy" in _read(toolkit, text, ("privacy",))


@pytest.mark.parametrize("text", QUIET_15)
def test_round_15_look_alikes_give_no_privacy_reading(toolkit, text):
    assert "privacy" not in _read(toolkit, text, ("privacy",))


@pytest.mark.parametrize("text", EXPOSURE_15)
def test_round_15_named_outlets_give_public_exposure(toolkit, text):
    assert "public_exposure" in _read(toolkit, text, ("public_exposure",))


@pytest.mark.parametrize("text", QUIET_EXPOSURE_15)
def test_round_15_outlets_only_mentioned_stay_quiet(toolkit, text):
    assert "public_exposure" not in _read(toolkit, text, ("public_exposure",))


def test_round_15_readings_cover_many_languages_and_keep_their_literals():
    """Each new reading fills its slots in 20+ languages, and every gate has literals for the prefilter (issue 17)."""
    from xborder.policy.triage_factors import literals_of
    r = triage_reading.load(Path(__file__).parent.parent / triage_reading.READINGS_FILE)
    for reason, name in [*(("privacy", n) for n in NEW), ("public_exposure", "named")]:
        reading = next(x for x in r.readings if x.reason == reason and x.name == name)
        covered = set.intersection(*(set(r.words[reason][slot]) for slot in reading.slots))
        assert len(covered) >= 20, (name, len(covered))
        for lang in covered:
            assert literals_of(r.pattern(reason, reading.slots[0], (lang,))) is not None, (name, lang)
