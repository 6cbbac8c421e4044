"""Triage round 15, helper tb2 (issue 18, after fresh23): a legal step announced reluctantly or as the only way
left, a complaint filed with the police, a small-claims filing in Hong Kong; and threats taken back once the
parcel came. Rule-level readings only (hits whose kind is not "model"): the model is rebuilt after merges."""
from __future__ import annotations

import pytest


def _rules(toolkit, text: str) -> set[str]:
    """The reasons the rules read in ``text`` (the model's own readings left out)."""
    return {h.reason for h in toolkit.triage(text).hits if h.kind not in ("model", "meaning")}


@pytest.mark.parametrize("text", [
    # reluctant, conditional, or the only way left
    "Honestly I'd rather not go this way, but if the refund isn't in by the 20th I'll be filing at the county court.",
    "I don't want it to come to this, but you leave me no choice but to take this to small claims court.",
    "Not what I wanted, but if nothing happens by Monday this goes to a lawyer.",
    "The only option left is the court, since you ignore every email.",
    "No es lo que quiero, pero si no me devolvéis los 120 €, me veré obligada a presentar la demanda en el juzgado.",
    "No me dejáis otra opción que ir al juzgado con todas las facturas.",
    "Ich will das wirklich nicht, aber wenn bis Freitag nichts kommt, bleibt mir nur noch der Weg zum Amtsgericht.",
    "Sie lassen mir keine andere Wahl, als Sie zu verklagen.",
    "Nie chcę tego robić, ale jeśli nie dostanę zwrotu, sprawa trafi do adwokata.",
    "Nie zostawiacie mi innego wyjścia, idę do sądu.",
    "Ayoko sana, pero kung wala pa rin ang refund bukas, ipapasa ko na ang kaso sa abogado namin.",
    "Wala na akong ibang choice kundi kasuhan kayo.",
    "ما راح يكون قدامي حل غير المحكمة إذا ما رجعتوا فلوسي.",
    "والله ما أبي، بس راح أشتكي عليكم في المحكمة إذا ما رجع المبلغ.",
    "Ce n'est pas ce que je souhaite, mais sans remboursement lundi le dossier partira chez mon avocat.",
    "Я не хотел бы до этого доводить, но если деньги не вернут, у меня не останется выбора, кроме как идти в суд.",
    "Не хочу этого, но дело уйдёт к юристу, если до пятницы не будет ответа.",
    "मैं ऐसा नहीं चाहता, लेकिन पैसे नहीं लौटाए तो मेरे पास कोर्ट जाने के अलावा कोई रास्ता नहीं बचेगा।",
    # a complaint filed with the police
    "I've handed the police your shop's name and the receipts, expect a call from them.",
    "Kal thane me jaake complaint likhwa di, aapke delivery boy ne paise leke gayab ho gaya",
    "cyber cell me complaint darj kar di hai aapke fake website ke against",
    "3amalt ma7dar fel 2esm ded el mandoob, akhad el flos w ma gabsh el order.",
    "ana 3amalt balagh fel shorta 3alashan el flos.",
    "سجلت بلاغ في الشرطة ضد مندوبكم، أخذ الفلوس واختفى.",
    "فردا در شورای حل اختلاف دادخواست ثبت می‌کنم، گارانتی را قبول نکردید.",
    # a phone "closed" (switched off) is no settled matter
    "Am depus plângere la poliție pentru înșelăciune, am plătit avansul și telefonul vostru e închis de o săptămână.",
    # a small-claims filing in Hong Kong
    "我已經去小額錢債審裁處入紙申索，個冷氣機壞咗三個月你哋都唔理。",
    "我哋已經喺審裁處提出申索，等開庭。",
])
def test_legal_steps_read(toolkit, text):
    assert "legal_threat" in _rules(toolkit, text), text


@pytest.mark.parametrize("text", [
    # the same words with no legal step
    "I'd rather not pay extra for express, is standard delivery ok?",
    "There is no choice but to wait for the sale, right? Any discount codes?",
    "The only way to the shop is through the mall entrance?",
    "I gave the driver my number so he could call me, all good.",
    "No es lo que quiero, el color es distinto. ¿Puedo cambiarlo por el azul?",
    "Ich möchte das eigentlich nicht zurückschicken, gibt es das auch in Größe 42?",
    "Der Weg zum Paketshop ist weit, könnt ihr an die Packstation liefern?",
    "Nie mam wyboru, muszę zamówić jeszcze raz, bo syn zgubił. Jest w rozmiarze 38?",
    "Ipapasa ko na lang sa kapatid ko yung order, pwede bang palitan ang address?",
    "ما عندي خيار غير اللون الأسود؟ ما في ألوان ثانية؟",
    "Bhai thane ke paas wali shop pe bhi aapka product mil raha hai, same price?",
    "3amalt order embare7, emta yewsal?",
    "أخوي يشتغل في مركز شرطة، يبي نفس الساعة.",
    "我老公喺審裁處做文員，佢話你哋啲餅好食，想訂兩盒。",
    "Le colis partira chez vous demain, tout ira à la poste de votre ville ?",
    "У меня нет другого выбора, кроме как заказать ещё раз: сын потерял первый.",
    "मेरे पास इस रंग के अलावा कोई विकल्प नहीं है क्या?",
    # a threat taken back once the parcel came and all is fine
    "昨天说要去消协投诉你们是我太急了，不好意思。快递今天到了，东西没问题。",
    "前天我說要去消委會投訴你哋，唔好意思。貨今日到咗，冇問題。",
    "Kal maine likha tha ki police complaint karunga, maaf kijiye. Order mil gaya, sab sahi hai.",
    "Ya skazal chto podam v sud, prostite. Zakaz prishel, vse ok.",
    "Yesterday I said I'd report you to Trading Standards, sorry about that. Parcel arrived today and everything is fine.",
    # a complaint settled long ago, told before a new order
    "الشكوى اللي قدمتها في حماية المستهلك قبل سنتين انتهت وكل شي تمام، أبي أطلب نفس الثلاجة.",
    "Am făcut plângere la Protecția Consumatorului anul trecut, dosarul a fost închis, totul e ok. Vreau să comand iar.",
    # a hazard asked about before buying
    "Is it safe to leave the heated blanket on all night? Worried about burns, asking before I buy.",
    "전기장판을 밤새 켜놔도 괜찮은가요? 저온화상 걱정돼서 사기 전에 물어봐요.",
    "Kann man die Heizdecke die ganze Nacht anlassen? Ich habe Angst vor Verbrennungen, frage vor dem Kauf.",
    "电热毯可以整晚开着吗？怕烫伤，买之前问一下。",
    # slang praise with a re-order
    "Kasut ni padu sangat, memang meletup, nak order lagi satu saiz 9.",
    "Tudung ni lawa gila, meletup 🔥 nak beli lagi warna hitam.",
])
def test_look_alikes_quiet(toolkit, text):
    assert _rules(toolkit, text) == set(), text


@pytest.mark.parametrize("text", [
    # the parcel came but the threat stands
    "I'll report you to Trading Standards. The parcel arrived but it's broken.",
    "昨天说要去消协投诉你们，今天快递到了，还是坏的，我一定去投诉。",
    "Vchera napisal chto pojdu v sud. Posylka prishla slomannaya, idu v sud.",
    # an incident with the shop's product, asked about before buying again
    "My last heater from you caught fire. Before I buy another one, is the new model safer?",
    "买之前问一下，上次买的电热毯烧焦了，冒烟了，你们怎么处理？",
    # an explosion told with a re-order word is still an incident
    "Powerbank ni memang meletup semalam, nak beli lagi yang lain tapi takut.",
    "Periuk nasi meletup, dapur habis hitam, power gila bahaya. Jangan order lagi dari sini.",
])
def test_threat_kept_when_parcel_is_not_fine(toolkit, text):
    assert _rules(toolkit, text), text
