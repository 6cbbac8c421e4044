"""Issue 18, round 14 (dev14a): privacy told by where the customer's data appeared, and a review kept up until
the money is back. Rule-level readings only (kind "reading"): the model is rebuilt after merges."""
from __future__ import annotations

from pathlib import Path

import pytest

from xborder.policy import triage_reading

NEW = ("labelled", "published", "hijacked", "reused", "lookup", "cleartext", "replied", "outed", "lured")

READ_14 = [
    # labelled: a door code, diagnosis, medicine's name, birth date or long card digits × a label, card, invoice × printed
    "The missed-delivery card they pushed through my door had my keypad code printed on it.",
    "Auf dem Etikett stand gut lesbar mein Türcode, das Paket lag den ganzen Tag im Flur.",
    "Na etykiecie paczki był wydrukowany kod do klatki, każdy sąsiad mógł go przeczytać.",
    "送り状にオートロックの暗証番号が印字されていました。",
    # published: the customer's photo, name or review × an ad, the shop's page × without asking
    "Ihr habt mein Foto ungefragt in eure Instagram-Werbung gepackt.",
    "Han usado mi foto en un anuncio de Facebook sin pedirme permiso.",
    "未经我同意就把我的买家秀照片放到你们店铺首页广告上了。",
    # hijacked: someone else changed the password, e-mail or address, or ordered in my name
    "Somebody called your hotline, got my password reset and then changed the delivery address.",
    "Qualcuno ha cambiato la password del mio account tramite la vostra chat e ha ordinato a mio nome.",
    "Кто-то через вашу поддержку сменил мой пароль и оформил заказ на мое имя.",
    # reused: a returned or resold device × my photos, mail or accounts × still on it
    "I returned the tablet and the person who bought it refurbished says my photos and email were still on it.",
    "Ho reso il telefono e chi l'ha comprato usato mi scrive che c'erano ancora dentro le mie foto.",
    # lookup: anyone can see my orders by typing my number
    "Anyone can see my order history just by typing my phone number into your tracking page.",
    # cleartext: a password sent in clear text
    "Ihr habt mir mein neues Passwort im Klartext per Mail geschickt.",
    # replied: the shop's public reply with the customer's address
    "You replied publicly under my post with my full address and phone number for everyone to see.",
    # outed: what the parcel said × now the whole building knows, the porter read it
    "The label said 'incontinence pads' in huge letters and now the whole building knows.",
    "Il pacco è arrivato aperto con dentro la ricetta, il portiere l'ha letto.",
    # lured: a message asking for a fee or a scam × the order × the customer's name or address
    "Got a WhatsApp from a fake courier with my full name, the exact thing I ordered and my address.",
    "Bana adımı, sipariş numaramı ve adresimi bilen bir SMS geldi, gümrük ücreti istiyor.",
    # misdirected: the receipt or data sent to an ex's or a former employer's address
    "Your shop sent my receipt, with my name and what I bought, to my former employer's email.",
    "Vous avez envoyé ma facture avec mon adresse à l'adresse mail de mon ancien employeur.",
    # probes: the code named by what it opens, printing told in the past, the photos found on a resold laptop
    "Op het label stond de code van de portiekdeur, het pakket stond de hele dag in de hal.",
    "На наклейке посылки напечатали код домофона и мой телефон.",
    "Вернул ноутбук, а покупатель уценки пишет, что на нём остались мои фото и почта.",
    # more scripts: a receipt printing the birth date and card number, a resold device still holding the photos
    "על הקבלה שקיבלתי במייל מופיע מספר הכרטיס המלא ותאריך הלידה שלי.",
    "رجعت اللابتوب وانباع مستعمل، واللي اشتراه يقول صوري لسا عليه.",
    "पार्सल के लेबल पर मेरी बीमारी लिखी थी, अब पूरी सोसाइटी जान गई है।",
    "반품한 노트북을 중고로 파셨는데 제 사진이 그대로 남아 있었대요.",
    "退货的手机被当二手卖了，买家说里面还留着我的照片和微信。",
    "Vrátila jsem notebook a kupující z bazaru mi píše, že tam pořád byly moje fotky.",
    # letters the accent folding keeps (ł, ø, ß, đ) are written in the slots too
    "Na etykiecie było napisane, co zamówiłam, teraz cała klatka wie.",
    "Ktoś się włamał na moje konto przez waszą infolinię i zmienił adres dostawy.",
    "Kjøperen av det returnerte nettbrettet fant bildene mine der.",
    "Có người đổi mật khẩu và địa chỉ giao hàng của tôi qua chat của shop, không ai xác minh.",
]

QUIET_14 = [
    "Please delete my account, I don't shop online any more. Thanks!",
    "Could you print my door code on the label so the driver can get in?",
    "My date of birth on the invoice is wrong, can you correct it please?",
    "The box with my medication arrived crushed, can you send another one?",
    "You're welcome to use my photo in your Instagram ad, I'm happy with it.",
    "I reset my password through the chat myself, all good now, thanks.",
    "I placed an order for someone else as a gift, can you leave the price off?",
    "I returned the laptop last week and my account still shows the refund as pending.",
    "Before I send the phone back, should I remove my Google account from it?",
    "Do you store customer passwords in plain text?",
    "Can anyone see my orders if they type in my phone number?",
    "Bitte löschen Sie mein Kundenkonto, ich brauche es nicht mehr.",
    "Ho reso il telefono la settimana scorsa, quando arriva il rimborso?",
    "Got an SMS from you with my order number, thanks, delivery tomorrow is perfect.",
    "Is the SMS about customs with my order number really from you? Just checking.",
    "I changed my email from my old work address to my gmail, please update.",
    "Please send the receipt to my ex-husband's email, he's paying for it.",
    "I returned the laptop, is my refund still there in the system?",
    "Vrátila jsem notebook, kdy dostanu peníze zpátky?",
    "退货的手机你们收到了吗？",
    # a neighbour who 'knows' is where the parcel may be left
    "The neighbour knows I'm away, just leave the parcel with her.",
    "Der Nachbar weiß Bescheid, bitte das Paket dort abgeben.",
]

PENDING_14 = [
    "Meine Rezension bei Google bleibt stehen, bis das Geld zurück ist.",
    "La mia recensione su Google resta lì finché non vedo i soldi.",
    "Yorumum Google'da kalacak, param iade edilene kadar.",
]


def _read(toolkit, text: str, reasons: tuple[str, ...]) -> dict:
    """What the readings alone give ``text`` in its detected language (phrases and the model aside)."""
    from xborder.policy.triage import fold, normalize_text, sentences
    r = triage_reading.readings(toolkit.resources)
    norm = fold(normalize_text(text))
    return triage_reading.read(r, norm, sentences(norm), (toolkit.detect(text).language,), reasons)


@pytest.mark.parametrize("text", READ_14)
def test_round_14_readings_give_privacy(toolkit, text):
    assert "privacy" in _read(toolkit, text, ("privacy",))
    assert "privacy" in toolkit.triage(text).reasons


@pytest.mark.parametrize("text", QUIET_14)
def test_round_14_look_alikes_give_no_privacy_reading(toolkit, text):
    assert "privacy" not in _read(toolkit, text, ("privacy",))


@pytest.mark.parametrize("text", PENDING_14)
def test_round_14_a_review_kept_until_the_money_is_back_is_public_exposure(toolkit, text):
    assert "public_exposure" in _read(toolkit, text, ("public_exposure",))


def test_round_14_readings_cover_many_languages_and_keep_their_literals():
    """Each new reading fills its slots in 30+ languages (misdirected 15+, pending 20+), and every first slot (the gate) has literals for
    the prefilter (issue 17)."""
    from xborder.policy.triage_factors import literals_of
    r = triage_reading.load(Path(__file__).parent.parent / triage_reading.READINGS_FILE)
    for reason, name, least in [*(("privacy", n, 30) for n in NEW), ("privacy", "misdirected", 15),
                                 ("public_exposure", "pending", 20)]:
        reading = next(x for x in r.readings if x.reason == reason and x.name == name)
        covered = set.intersection(*(set(r.words[reason][slot]) for slot in reading.slots))
        assert len(covered) >= least, (name, len(covered))
        for lang in covered:
            assert literals_of(r.pattern(reason, reading.slots[0], (lang,))) is not None, (name, lang)


@pytest.mark.parametrize("text, reason", [
    # a national consumer office named by its acronym, called or visited (fr), or in Moroccan Darija
    ("J'ai appelé la DGCCRF, ils m'ont dit de faire un courrier.", "consumer_authority"),
    ("مشيت لمصلحة حماية المستهلك ودرت شكاية.", "consumer_authority"),
    # a neighbourhood chat group: Turkish 'grup' becomes 'grub-' before a vowel; a LINE group in Japanese
    ("Mahallenin WhatsApp grubuna yazdım her şeyi.", "public_exposure"),
    ("地元のママ友のLINEグループに全部書きました。", "public_exposure"),
])
def test_round_14_vocabularies_give_the_reason(toolkit, text, reason):
    result = toolkit.triage(text)
    assert [h for h in result.hits if h.reason == reason and h.kind not in ("model", "meaning")], [h.describe() for h in result.hits]


@pytest.mark.parametrize("text", [
    "J'ai appelé votre service client hier, personne ne répond.",
    "مشيت للسوق وشريت هاد الشي.",
    "Grubumuz için 10 tişört sipariş etmek istiyoruz, yazdım size.",
    "LINEグループで日程を決めて注文します。",
])
def test_round_14_vocabulary_look_alikes_stay_quiet(toolkit, text):
    assert not [h for h in toolkit.triage(text).hits if h.kind not in ("model", "meaning")]
