"""Issue 18, round 17 (sp4, dev17b's classes): card disputes and bank reversals by their local names
(desconocer el cargo, contestar a compra, als strittig melden, maksun peruutuspyyntö, заявление на возврат
платежа, 支払停止, 이의제기, 争议款项), harm to the body told outright (burnt, blistered, cut, choked, a cord
round the neck, concussed, vomiting), and privacy told by what happened (a one-time code or ID photo asked
for over chat, a sold device still tied to someone else, the shop's window, page or newsletter showing
the customer, staff telling a relative what was sent or owed, a staff remark on the receipt, a pick-up
shelf showing names); beside them, dispute threats taken back and disputes withdrawn, questions asked
before buying and permission given, which stay quiet. Rule-level readings only (kind not "model" nor
"meaning"): the models are rebuilt after merges."""
from __future__ import annotations

import pytest


def _rules(toolkit, text: str) -> set[str]:
    """The reasons the rules give ``text`` (the models' readings aside)."""
    return {hit.reason for hit in toolkit.triage(text).hits if hit.kind not in ("model", "meaning")}


CHARGEBACK = [
    "Ya desconocí el cargo de 230 € con mi banco, el pedido jamás llegó.",
    "Le pedí al BBVA que retroceda el cobro de la freidora, llevo un mes esperando.",
    "Contestei a cobrança no Nubank, o produto nunca chegou.",
    "Contestei a compra no Inter e já caiu o crédito provisório, não precisa mais de cupom.",
    "Vou pedir ao BPI que anule o pagamento se não responderem hoje.",
    "J'ai signalé le prélèvement comme frauduleux auprès de ma banque.",
    "Ich habe die Abbuchung bei meiner Bank als strittig gemeldet.",
    "Olen tehnyt pankkiin korttiveloituksen peruutuspyynnön, tavaraa ei koskaan tullut.",
    "Podal jsem u banky reklamaci a požádal o vrácení platby kartou.",
    "Написала в банк заявление на оспаривание платежа, товара нет уже месяц.",
    "楽天カードに連絡して支払停止の手続きをお願いしました。",
    "신한카드에 이의제기 했습니다. 물건이 안 왔어요.",
    "我已经向招商银行申请争议了，这笔钱先冻结。",
    "ekana amfisbhthsh sthn Piraeus gia th xrewsh, to paketo den irthe pote",
    "Am făcut contestație la BT pentru plata dublă, comanda n-a venit.",
    "A bankomnál reklamációt tettem a terhelés miatt.",
    "Jeg har gjort indsigelse til min bank over betalingen.",
    "Jeg har reklamert på betalingen hos banken, varene kom aldri.",
    "Ζήτησα από την τράπεζα αντιλογισμό της χρέωσης.",
    "Saya dah buat dispute dengan Maybank untuk caj ni.",
    "Nag-file na ako ng dispute sa BDO para sa charge na ito.",
    "Złożyłam reklamację w banku, paczka nie dotarła.",
    "Bankaya itiraz ettim, ürün gelmedi.",
    "বিকাশে রিফান্ড দাবি করেছি, পণ্য আসেনি।",
]

SAFETY = [
    "Le cordon du store s'est enroulé autour du cou de mon fils, il a fallu le dégager.",
    "A chupeta partiu e o bocado ficou na garganta da minha filha.",
    "Der Hocker ist zusammengebrochen, mein Vater hat eine Gehirnerschütterung.",
    "La scheggia di vetro nel sugo gli ha tagliato la lingua.",
    "Het traphekje gaf mee en mijn zoon heeft een hersenschudding.",
    "Hårplattången brände huden på halsen, hon har brännblåsor.",
    "Varmeputen ga meg brannblemmer på magen.",
    "Laserové ukazovátko poškodilo dceři sítnici.",
    "Feliastul s-a rupt și m-a tăiat la mână, am o tăietură adâncă.",
    "Ο μικρός βούλιαξε γιατί το σωσίβιο ξεφούσκωσε.",
    "Петарда разорвалась и обожгла сыну руку.",
    "Після ваших цукерок дитина всю ніч блювала.",
    "מים רותחים ניתזו על הרגל של הבת שלי מהקומקום.",
    "کرم شما صورتم را تاول زد.",
    "इस हेयर डाई से सिर पर फफोले हो गए।",
    "ইস্ত্রি থেকে হাত পুড়ে গেছে, ফোসকা পড়েছে।",
    "چاقو کا دستہ ٹوٹا اور میری انگلی کٹ گئی۔",
    "ヘアアイロンで首にやけどをしました。",
    "드라이기에서 불꽃이 튀어서 손에 화상을 입었어요.",
    "用了这个面膜，整张脸红肿，明天要去医院。",
    "กระทะไฟฟ้าน้ำมันกระเด็นใส่แขนลูก",
    "Pecahan gelasnya kena mata anak saya, sekarang dirawat di rumah sakit.",
    "Pagkakain ng de lata, nagsuka at nagtae ang anak ko.",
    "Yeh supplement piya aur liver enzyme badh gaye.",
    "el shaHen tele3 meno rige7et 7ari2 w el fisha et7ara2et",
    "Posle vashego shampunya u syna ozhog na kozhe golovy.",
    "A kisfiam megégett a vasalótól.",
    "Copilul s-a intoxicat cu lichidul din jucărie.",
    "Η μικρή κάηκε από τη συσκευή.",
    "Kiharrin poltti ihon kaulasta.",
    "Dottern fick brännskador av värmedynan.",
    "Min datter fik forbrændinger af varmepuden.",
    "Napaso ang anak ko sa plantsa.",
    "Syn se otrávil tím sirupem.",
    "La estufa que nos vendieron casi intoxica a mis padres.",
    "Kına yüzünden gelinin elleri yandı.",
    "इस काजल से आंखों में जलन हो गई और पानी आने लगा।",
]

PRIVACY = [
    # a one-time code, PIN or ID photo asked for over chat or at the door
    "The courier asked me for the one-time code from my phone to release the parcel.",
    "Your agent asked for a photo of my card and the PIN over WhatsApp.",
    "El repartidor me pidió el código que me llegó por SMS para entregar el paquete.",
    "O entregador pediu o código que chegou no meu celular.",
    "Kurir minta kode OTP katanya buat konfirmasi.",
    "Менеджер попросив надіслати фото паспорта через вайбер.",
    "Курьер попросил код из смс, сказал что без него не отдаст.",
    # a sold device or account still tied to someone else
    "The smart plug I bought from you is still linked to someone else's account.",
    "Your refurbished camera still had another user on it who could see our living room.",
    "Ostamani kello oli yhä edellisen omistajan puhelimessa.",
    "Lastenrattaissa oli edelleen paikannin kytkettynä, joku näki missä asumme.",
    "Mormor solgte mobilen sin til dere, nå dukker bildene hennes opp hos en fremmed.",
    "Pokupatel' napisal mne, chto vidit moi foto v noutbuke.",
    "L'acheteur de ma tablette reprise chez vous m'a écrit : il avait accès à mes mails.",
    "Telefonul din magazin era logat pe Gmail cu contul altcuiva.",
    "La muchacha le pidió los 16 números de la tarjeta y el código de atrás.",
    "The agent on the phone asked for my full card number and the security code on the back.",
    # a result or the customer's files in someone else's hands
    "o laudo do meu teste de farmácia foi pro email errado, com meu CPF e data de nascimento.",
    "My test results were sent to my ex's email, how is that even possible?",
    "Le client suivant m'envoie un SMS : il avait mon carnet d'adresses.",
    "Nå har kjøperen på Finn sendt meg et bilde av skrivebordet mitt med bankmappen.",
    "Мастер сказал, что копия осталась у них на сервере.",
    "הכנסתי את המספר הסידורי של המזגן באתר האחריות שלכם, והופיעו השם המלא והכתובת של הבעלים.",
    # the shop's window, page or newsletter showing the customer
    "Jullie hebben in de nieuwsbrief gezet dat ik gewonnen heb, met mijn volledige naam en adres.",
    "Jeres fotograf har brugt vores bryllupsbilleder på forsiden uden at spørge.",
    "Warum sieht meine ganze Kontaktliste, dass ich bei euch Kondome gekauft habe?",
    "Gambar kad kahwin kami dipamerkan dekat kaunter kedai dengan nombor telefon.",
    "el studio 7att sowar farahi 3ala el page bta3to men gher ma yes2alni",
    "가게 유리창에 제 얼굴 사진을 붙여놨어요.",
    # staff telling a relative or neighbour; a remark or names on paper for all to read
    "موظفكم اتصل على أبوي وقال له عن القسط.",
    "Sinabi ng teller sa kapitbahay namin kung magkano ang padala ko.",
    "आपके स्टाफ ने मेरे पति को फोन करके बता दिया कि किस्त बाकी है।",
    "En la factura pusieron que soy clienta conflictiva y lo vio mi vecina.",
    "Trên phiếu giao hàng có ghi chú nội bộ về tôi.",
    "你们的自提货架上袋子写着我的全名和手机号。",
]

QUIET = [
    # a dispute threat taken back, a dispute withdrawn once refunded
    "Ayer les dije que iba a desconocer el cargo, pero el paquete estaba en conserjería. Perdón.",
    "Am anulat contestația la bancă, am primit banii de la voi. Mersi!",
    "Dün bankaya itiraz edeceğim dedim ama paket komşudaymış.",
    "أعتذر عن رسالتي عن الاعتراض في البنك، الطلب وصل.",
    "Semalam saya cakap nak buat dispute dengan bank, tapi barang dah sampai rupanya.",
    "拒付那个我已经撤销了，退款收到了，谢谢。",
    "Vchera govoril, chto sdelayu chardzhbek, no zakaz prishel segodnya. Izvinite.",
    # asked before buying, bought elsewhere, permission given
    "Can the courier ask for the one-time code? Just checking before I order.",
    "Kurir boleh minta kode OTP nggak sih?",
    "I bought this baby monitor second-hand off eBay and it's still paired to the old owner.",
    "Boleh guna gambar kad kahwin kami sebagai contoh, tapi padam nombor telefon dulu.",
    "momken matnazzelsh sowar el farah 3ala el page?",
    "خواهرم از یک پیج دیگر کرم خرید و صورتش تاول زد. شما اصل هستید؟",
    # a code that is meant to be given, a question, the customer's own post, a negated sighting
    "The courier asked me for the PIN of the parcel locker because it was jammed, sorted now.",
    "O entregador pediu o código de entrega do app, normal né?",
    "Jeg har lagt et billede af lampen på jeres Instagram, den er så flot!",
    "Meine Kontakte sehen nicht, was ich kaufe, oder?",
    "Ostin käytetyn kellon, voiko sen yhdistää edellisen omistajan puhelimesta irti?",
    "Skoraya priyekhala bystro, spasibo, a zakaz mozhno perenesti?",
    "Estorno no cartão por favor, não quero vale-compras.",
    "Ibu saya dirawat di rumah sakit jadi paketnya belum diambil.",
    # burnt food, a bulb that burnt out, annoyance, a promise not to dispute
    "Megégett a pizza, de a sütő jó.",
    "Κάηκε η λάμπα μετά από μια εβδομάδα.",
    "To je otravné, balík pořád nedorazil.",
    "Bankaya itiraz etmeyeceğim, merak etmeyin.",
    "Casi me ahogo de la risa con vuestro vídeo, jaja.",
    "आंख में जलन नहीं होती ना? पहले पूछ रहा हूँ।",
    "I typed the wrong email when ordering, can you resend the invoice?",
    "If my results ever went to the wrong email, who would be responsible?",
    "I asked the shop for the gift card number on my receipt, thanks.",
    "Can I pay by phone? Do you need the card number and the security code?",
    # everyday traffic
    "El cargo de 20 € ya lo veo en la app, gracias.",
    "Ich habe die Rechnung geprüft, alles korrekt, danke.",
]


@pytest.mark.parametrize("text", CHARGEBACK)
def test_a_dispute_by_its_local_name_is_a_chargeback(toolkit, text):
    assert "chargeback" in _rules(toolkit, text)


@pytest.mark.parametrize("text", SAFETY)
def test_harm_to_the_body_is_safety(toolkit, text):
    assert "safety" in _rules(toolkit, text)


@pytest.mark.parametrize("text", PRIVACY)
def test_what_happened_to_the_data_is_privacy(toolkit, text):
    assert "privacy" in _rules(toolkit, text)


@pytest.mark.parametrize("text", QUIET)
def test_look_alikes_stay_quiet(toolkit, text):
    assert not _rules(toolkit, text) & {"chargeback", "privacy", "safety"}
