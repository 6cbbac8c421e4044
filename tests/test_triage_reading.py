"""Issue 18, round 11 (dev11c): a reason read as a structure of slots (xborder/policy/triage_reading.py)."""
from __future__ import annotations

from pathlib import Path

import pytest

from xborder.errors import DataError
from xborder.policy import triage_reading

FIRES = [
    # privacy.held: someone other than the customer x an act x the customer's data, in many languages
    ("Our new lodger says a man phoned him; he knew my full name and address and that I'd ordered a safe.", "privacy"),
    ("Kurýr si uložil moje telefonní číslo a teď mi večer píše.", "privacy"),
    ("Kurier zapisał mój adres i numer telefonu na kartce, a potem przyszedł w nocy.", "privacy"),
    ("Kuriren sparade mitt nummer och skriver till mig på kvällarna.", "privacy"),
    ("Lähetti tallensi puhelinnumeroni ja lähettelee nyt viestejä.", "privacy"),
    ("Kargocu numaramı kaydetmiş, gece mesaj atıyor.", "privacy"),
    ("Shipper lưu số điện thoại của em rồi nhắn tin suốt.", "privacy"),
    ("Kurir menyimpan nomor HP saya lalu chat tiap malam.", "privacy"),
    ("快递员存了我的手机号，天天半夜给我发消息。", "privacy"),
    ("المندوب حفظ رقمي وصار يكلمني كل يوم.", "privacy"),
    # privacy.erased and privacy.kept
    ("Löschen Sie bitte alle meine personenbezogenen Daten.", "privacy"),
    ("Ik heb mijn account verwijderd en toch krijg ik nog steeds jullie nieuwsbrief.", "privacy"),
    # legal_threat: a court x meeting there; a proceeding x coming; a police report x filed x fraud
    ("Alright, we'll talk in court then.", "legal_threat"),
    ("Dann sehen wir uns vor dem Amtsgericht.", "legal_threat"),
    ("Podem esperar a intimação, já falei com a advogada do sindicato.", "legal_threat"),
    ("Ok. Będziemy rozmawiać w sądzie.", "legal_threat"),
    ("J'ai déposé plainte à la gendarmerie pour escroquerie.", "legal_threat"),
    # safety.scorch: heat or smoke x the mark it left
    ("Der Heizlüfter wurde so heiß, dass der Teppich darunter verkohlt ist.", "safety"),
]

QUIET = [
    "Can the courier call me when he's outside? My number is on the order.",
    "The driver called to check the address, lovely guy, thanks!",
    "If the courier kept my number, could he call me? Just curious how it works.",
    "How do I delete my account?",
    "Please update the address on my order, I have moved.",
    "My brother-in-law took a shop to court and lost, so I'm only asking for a replacement mug.",
    "The police asked for the invoice of the stolen bike, could you resend it?",
    "Le pain était un peu brûlé, le grille-pain chauffe très vite, c'est ma faute.",
    "Der Fahrer hat meine Adresse notiert, weil er den Eingang nicht gefunden hat. Danke!",
]


@pytest.mark.parametrize("text,reason", FIRES)
def test_a_reading_gives_the_reason(toolkit, text, reason):
    result = toolkit.triage(text)
    assert reason in result.reasons, [h.describe() for h in result.hits]


@pytest.mark.parametrize("text", QUIET)
def test_look_alikes_give_no_reading(toolkit, text):
    result = toolkit.triage(text)
    assert not [h for h in result.hits if h.kind == "reading"], [h.describe() for h in result.hits]


def test_bundled_file_covers_every_language_of_the_main_reading():
    r = triage_reading.load(Path(__file__).parent.parent / triage_reading.READINGS_FILE)
    held = next(x for x in r.readings if x.name == "held")
    covered = set.intersection(*(set(r.words["privacy"][slot]) for slot in held.slots))
    assert len(covered) >= 40
    court = set(r.words["legal_threat"]["court"]) & set(r.words["legal_threat"]["meet"])
    assert len(court) >= 35


def test_a_message_without_a_gate_word_is_not_split(toolkit):
    r = triage_reading.readings(toolkit)
    assert triage_reading.read(r, "lovely mug, thanks.", [], ("en",), ("privacy",)) == {}


@pytest.mark.parametrize("body,message", [
    ("reasons:\n  privacy:\n    slots:\n      a:\n        en: ['(unclosed']\n    readings: {}\n", "invalid pattern"),
    ("reasons:\n  privacy:\n    slots:\n      a:\n        en: ['x']\n    readings:\n      r:\n        slots: [b]\n",
     "slots defined"),
    ("reasons:\n  privacy:\n    slots:\n      a:\n        en: 'x'\n    readings: {}\n", "list"),
    ("reasons:\n  privacy:\n    slots:\n      a:\n        en: ['x']\n    readings:\n      r:\n        slots: [a]\n"
     "        window: 7\n", "'window'"),
    ("reasons:\n  privacy:\n    slots:\n      a:\n        en: ['x']\n    readings:\n      r:\n        slots: [a]\n"
     "        told: maybe\n", "'told'"),
    ("stray: 1\n", "stray"),
])
def test_a_malformed_file_is_a_data_error(tmp_path, body, message):
    path = tmp_path / "triage_readings.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(DataError) as err:
        triage_reading.load(path)
    assert message in str(err.value)


# Issue 18, round 12 (dev12c): public exposure through the press or a video, a review posted now; a chargeback
# through a card issuer, a savings bank or a wallet; a lawyer who acts toward the shop. Paraphrases, not dev12c's.
FIRES_12 = [
    ("I forwarded all our emails to a journalist at the local paper.", "public_exposure"),
    ("Habe alles der Redaktion vom Lokalfernsehen geschickt.", "public_exposure"),
    ("Envié todo a la sección de quejas del noticiero de la mañana.", "public_exposure"),
    ("Je fais un live TikTok ce soir pour montrer votre colis écrasé.", "public_exposure"),
    ("Heute Abend gehe ich live auf Instagram und zeige das kaputte Regal.", "public_exposure"),
    ("把你们发的破箱子拍了视频，已经发到抖音了。", "public_exposure"),
    ("Minha avaliação já está no Google, com fotos.", "public_exposure"),
    ("Die Sparkasse hat die Abbuchung auf meinen Widerspruch zurückgeholt.", "chargeback"),
    ("Mi banco emisor ya tiene la disputa del cargo abierta.", "chargeback"),
    ("楽天カードに異議申し立てをしました。", "chargeback"),
    ("微信支付那边我已经申请平台介入了。", "chargeback"),
    ("Mijn advocate stuurt u volgende week een brief.", "legal_threat"),
    ("Mi abogada ya tiene los correos y las facturas.", "legal_threat"),
    ("Avukatım size ihtarname gönderecek.", "legal_threat"),
]

QUIET_12 = [
    "I watched a segment about parcel scams on the local news, are you a real company?",
    "Loved your TikTok video of the oak table, is it still in stock?",
    "Vi su directo en Instagram ayer, ¿sigue el descuento?",
    "My bank asked me to confirm the payment to you, I did, so please ship it.",
    "Merci, le remboursement sur ma carte est bien arrivé.",
    "支付宝的退款已经收到了，谢谢。",
    "Ich werde keine Rückbuchung bei der Bank machen, keine Sorge, das Paket kam an.",
    "My lawyer recommended your desk lamp, do you have it in black?",
    "Ich bin Anwältin, können Sie an meine Kanzlei liefern?",
    "Ho lasciato una recensione positiva su Google, grazie!",
]


@pytest.mark.parametrize("text,reason", FIRES_12)
def test_round_12_readings_give_the_reason(toolkit, text, reason):
    result = toolkit.triage(text)
    assert reason in result.reasons, [h.describe() for h in result.hits]


@pytest.mark.parametrize("text", QUIET_12)
def test_round_12_look_alikes_give_no_reading(toolkit, text):
    result = toolkit.triage(text)
    assert not [h for h in result.hits if h.kind == "reading"], [h.describe() for h in result.hits]


def test_round_12_readings_cover_many_languages():
    r = triage_reading.load(Path(__file__).parent.parent / triage_reading.READINGS_FILE)
    for reason, name in (("public_exposure", "press"), ("public_exposure", "clip"), ("chargeback", "issuer"),
                         ("legal_threat", "counsel")):
        reading = next(x for x in r.readings if x.reason == reason and x.name == name)
        covered = set.intersection(*(set(r.words[reason][slot]) for slot in reading.slots))
        assert len(covered) >= 30, (reason, name, len(covered))


# Round 12 (dev12b): privacy told as what happened to the data. A reading's hit only (kind "reading"), so that
# no model build decides these.
READ_12 = [
    # held: a scammer or caller outside the store knew the order, the address, the purchase
    "Zadzwonił oszust, znał numer mojego zamówienia i adres dostawy. Skąd on to wie?!",
    "사기꾼이 문자로 제 주문번호랑 집 주소를 알고 있더라고요. 이거 괜찮은 건가요?",
    "Dolandırıcı aradı, sipariş numaramı ve adresimi biliyordu.",
    "Мне позвонили мошенники и назвали номер моего заказа.",
    # exposed: other customers' orders, addresses or e-mail addresses shown to the customer or to everyone
    "Uutiskirjeenne vastaanottajakentässä näkyivät kaikkien asiakkaiden sähköpostiosoitteet.",
    "fata7t el account la2eet orders w 3enwan wa7ed tany khales, mesh beta3ty.",
    "W aplikacji widzę cudze zamówienia i adres jakiejś pani z Krakowa.",
    # misused: a courier contacted the customer or their family privately
    "Kurye teslimattan sonra bana Instagram'dan mesaj atıp evde yalnız mı yaşıyorum diye sordu.",
    "Budet har skickat sms till min 14-åriga son efter leveransen.",
    "คนส่งของแอดไลน์มาหาตอนดึก ถามว่ามีแฟนหรือยัง เอาเบอร์จากหน้ากล่อง",
    # told, then asked: the question is the sentence's last clause, the story comes before it
    "V prilozhenii vizhu chuzhie zakazy i adres, eto voobsche normalno?",
    "我早就注销账号了，你们还在给我发短信推广，打电话来客服还能念出我的地址？",
]

QUIET_12 = [
    "Can other customers see my address if I leave a review?",
    "¿Los otros clientes pueden ver mi dirección si dejo una reseña?",
    "Can the courier see my phone number, or is it hidden?",
    "Sipariş numaram sizde var, e-postada yazıyor. Kargo ne zaman gelir?",
    "El repartidor me llamó porque no encontraba el portal, muy amable. Ya tengo el paquete.",
    "Kurýr mi volal, že nemůže najít vchod, nakonec to doručil. Díky.",
    "W aplikacji widzę swoje stare zamówienia i adres, jak usunąć stary adres?",
    "Ihr habt eine Warnung vor gefälschten SMS verschickt. Danke, gut zu wissen!",
    "Si un livreur m'écrivait sur mon numéro perso, je ferais quoi ?",
]


@pytest.mark.parametrize("text", READ_12)
def test_round_12_readings_give_privacy(toolkit, text):
    result = toolkit.triage(text)
    assert [h for h in result.hits if h.reason == "privacy" and h.kind == "reading"], \
        [h.describe() for h in result.hits]


@pytest.mark.parametrize("text", QUIET_12)
def test_round_12_look_alikes_stay_quiet(toolkit, text):
    result = toolkit.triage(text)
    assert "privacy" not in [h.reason for h in result.hits if h.kind not in ("model", "meaning")], [h.describe() for h in result.hits]


def test_a_question_is_read_up_to_its_last_clause_unless_it_asks_itself():
    import re
    asks = re.compile(r"(?:can|will|is)\b", re.IGNORECASE)
    told = "they knew my address, how is that possible?"
    assert triage_reading._told(told, 0, len(told) - 1, asks) == (0, told.index(","))
    asked = "can others see my address, or is it hidden?"
    assert triage_reading._told(asked, 0, len(asked) - 1, asks) is None
    assert triage_reading._told("how did they know?", 0, 17, asks) is None      # no clause break
    assert triage_reading._told(told, 0, len(told) - 1, None) is None           # a reason without 'asks'


def test_asks_is_no_slot_of_a_reading(tmp_path):
    path = tmp_path / "triage_readings.yaml"
    path.write_text("reasons:\n  privacy:\n    slots:\n      asks:\n        en: ['can']\n    readings:\n"
                    "      r:\n        slots: [asks]\n", encoding="utf-8")
    with pytest.raises(DataError, match="slots defined"):
        triage_reading.load(path)


def test_round_12_readings_cover_the_languages_of_held():
    r = triage_reading.load(Path(__file__).parent.parent / triage_reading.READINGS_FILE)
    for name in ("exposed", "misused"):
        reading = next(x for x in r.readings if x.name == name)
        covered = set.intersection(*(set(r.words["privacy"][slot]) for slot in reading.slots))
        assert len(covered) >= 35, (name, len(covered))
    assert len(r.words["privacy"]["asks"]) >= 35


@pytest.mark.parametrize("text", [
    "Mitt personnummer står på fakturan, är det rätt?",
    "Meine Steuernummer steht auf der Rechnung, ist das richtig?",
])
def test_a_question_about_where_data_is_printed_is_asked_not_told(toolkit, text):
    """``printed`` says ``told: false``: its question sentences stay blocked, while a story told before
    an indignant question still counts for the other privacy readings (round 12)."""
    assert not [h for h in toolkit.triage(text).hits if h.kind == "reading"]


# Round 13 (dev13b): recall for safety, legal threats and bodies told by what happened. Paraphrases, not dev13b's.
# A rule's hit (a reading, a window, a phrase), never the model's alone, so that no model build decides these.
FIRES_13 = [
    # safety.shock: the appliance gave a shock x the hand tingled or went numb
    ("Die Kaffeemaschine hat mir einen Stromschlag gegeben, die Finger kribbeln noch.", "safety"),
    ("Il ferro da stiro mi ha dato la scossa, le dita formicolavano ancora la sera.", "safety"),
    ("Czajnik mnie kopnął, ręka jeszcze mrowi.", "safety"),
    ("Rychlovarná konvice mě kopla a prsty mi brněly.", "safety"),
    ("המייבש נתן לי מכה, האצבעות עוד רועדות.", "safety"),
    # safety.battery: a button cell x without a tool, in a child's hand or mouth
    ("My daughter got the button battery out of the remote without a screwdriver.", "safety"),
    ("Syn wyjął baterię guzikową bez śrubokręta.", "safety"),
    ("L'ha aperto senza cacciavite e la batteria a bottone era in mano a mio figlio.", "safety"),
    ("ボタン電池が工具なしで外れて、子どもが口に入れそうになりました。", "safety"),
    # safety windows: a part broke, cracked or tore off x a fall, a scrape, a cut lip
    ("Hulajnoga pękła w połowie i syn upadł na beton.", "safety"),
    ("Самокат зламався, і донька впала та подряпала руку.", "safety"),
    ("Židle se rozlomila a babička spadla na zem.", "safety"),
    # legal_threat: a union's or insurer's lawyer who has the papers; polite legal steps
    ("L'avocate de mon assurance protection juridique a désormais tout le dossier.", "legal_threat"),
    ("Adwokat ze związku ma wszystkie dokumenty.", "legal_threat"),
    ("Fackets jurist har fått alla papper nu.", "legal_threat"),
    ("誠意あるご対応がなければ、しかるべき措置を取らせていただきます。", "legal_threat"),
    # consumer_authority: the Thai FDA by its acronym; the body gone to, polite intent
    ("ส่งเรื่องให้ อย. ตรวจสอบแล้วค่ะ", "consumer_authority"),
    ("来週までにお返事がなければ、消費生活センターに相談するつもりです。", "consumer_authority"),
]

QUIET_13 = [
    "Pękła mi szklanka przy myciu, nikomu nic się nie stało.",
    "I opened the battery compartment to change the button cells and it still won't switch on.",
    "Do you sell button batteries for a kitchen scale? Mine is flat.",
    "L'avocat du syndicat de mon mari nous a recommandé votre boutique de papeterie.",
    "Jeg er advokat i fagforeningen og vil gerne bestille kontorstole.",
    "ครีมตัวนี้มีเลข อย. ไหมคะ",
    "国民生活センターに相談するつもりはありません。交換していただければ結構です。",
]


@pytest.mark.parametrize("text,reason", FIRES_13)
def test_round_13_rules_give_the_reason(toolkit, text, reason):
    result = toolkit.triage(text)
    assert [h for h in result.hits if h.reason == reason and h.kind not in ("model", "meaning")], [h.describe() for h in result.hits]


@pytest.mark.parametrize("text", QUIET_13)
def test_round_13_look_alikes_stay_quiet(toolkit, text):
    result = toolkit.triage(text)
    assert not [h for h in result.hits if h.kind in ("reading", "window", "phrase")], \
        [h.describe() for h in result.hits]


def test_round_13_readings_cover_many_languages():
    r = triage_reading.load(Path(__file__).parent.parent / triage_reading.READINGS_FILE)
    for reason, name, least in (("safety", "battery", 30), ("safety", "shock", 25)):
        reading = next(x for x in r.readings if x.reason == reason and x.name == name)
        covered = set.intersection(*(set(r.words[reason][slot]) for slot in reading.slots))
        assert len(covered) >= least, (reason, name, len(covered))
# Round 13 (dev13c): privacy told by where the data came from or went. A reading's hit only (kind "reading").
READ_13 = [
    # held: a caller or message pretending to be the shop or a bank, that knew the order's details
    "Un tipo se hizo pasar por su tienda y sabía el número de pedido y mi dirección.",
    "Zadzwonił ktoś podający się za kuriera i znał kwotę oraz numer zamówienia.",
    # source: the data came out of the shop, told of someone else
    "The driver keeps texting me. He must have got my number from your order system.",
    "Kurye beni arayıp duruyor, numaram sizden çıkmış olmalı.",
    # slipped: someone else's receipt or confirmation in my parcel or sent to me
    "I found another customer's receipt in my parcel, with her name and address.",
    "Mi avete inviato la conferma d'ordine di un altro cliente, con nome e indirizzo.",
    # kept: the account deleted in the past × still mailed or charged
    "Ich habe mein Konto vor einem Jahr gelöscht, aber heute kam wieder eine Mail mit meinem Namen.",
    "J'ai fermé mon compte il y a trois mois et on continue à me prélever la cotisation.",
]

QUIET_13 = [
    "How do I delete my account? I don't need it any more.",
    "I got my invoice from you with my name and address on it, could you add my VAT number?",
    "Vous m'avez envoyé la confirmation de commande avec mon adresse, tout est correct, merci.",
    "Il corriere mi ha chiamato due volte perché non trovava il portone, poi ha consegnato.",
    "Ich habe Ihre Warnung vor falschen Paket-SMS bekommen, danke. Wann kommt meine Bestellung?",
]


def _read(toolkit, text: str, reasons: tuple[str, ...]) -> dict:
    """What the readings alone give ``text`` in its detected language (phrases and the model aside)."""
    from xborder.policy.triage import fold, normalize_text, sentences
    r = triage_reading.readings(toolkit.resources)
    norm = fold(normalize_text(text))
    return triage_reading.read(r, norm, sentences(norm), (toolkit.detect(text).language,), reasons)


@pytest.mark.parametrize("text", READ_13)
def test_round_13_readings_give_privacy(toolkit, text):
    assert "privacy" in _read(toolkit, text, ("privacy",))
    assert "privacy" in toolkit.triage(text).reasons


@pytest.mark.parametrize("text", QUIET_13)
def test_round_13_look_alikes_give_no_reading(toolkit, text):
    assert not _read(toolkit, text, ("privacy", "public_exposure", "chargeback"))
    assert not toolkit.triage(text).reasons


@pytest.mark.parametrize("text, reason", [
    ("Como no contestan, abrí una disputa en Mercado Pago por el pedido que nunca llegó.", "chargeback"),
    ("Si d'ici vendredi rien ne bouge, j'envoie tout à l'émission de consommation de M6.", "public_exposure"),
])
def test_round_13_readings_give_the_reason(toolkit, text, reason):
    assert reason in _read(toolkit, text, (reason,))
    assert reason in toolkit.triage(text).reasons


def test_round_13_readings_cover_many_languages_and_keep_their_literals():
    """The new readings fill their kind in 30+ languages, and every first slot (the gate) has literals for
    the prefilter (issue 17): a lookahead at a slot's start would leave it without."""
    from xborder.policy.triage_factors import literals_of
    r = triage_reading.load(Path(__file__).parent.parent / triage_reading.READINGS_FILE)
    for name in ("source", "slipped", "kept"):
        reading = next(x for x in r.readings if x.reason == "privacy" and x.name == name)
        covered = set.intersection(*(set(r.words["privacy"][slot]) for slot in reading.slots))
        assert len(covered) >= 30, (name, len(covered))
        for lang in covered:
            assert literals_of(r.pattern("privacy", reading.slots[0], (lang,))) is not None, (name, lang)
