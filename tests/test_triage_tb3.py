"""Triage round 15, helper tb3 (issue 18, after fresh23): threats taken back once the parcel came and all is
fine, settled complaints told before a new order, consumer bodies visited in person or named by role, the bank
getting the money back without the word chargeback, a court claim told as written and waiting, and safety
events told by what happened. Rule-level readings only (hits whose kind is not "model"): the model is rebuilt
after merges."""
from __future__ import annotations

import pytest


def _rules(toolkit, text: str) -> set[str]:
    """The reasons the rules read in ``text`` (the model's own readings left out)."""
    return {h.reason for h in toolkit.triage(text).hits if h.kind not in ("model", "meaning")}


@pytest.mark.parametrize("text", [
    # a threat taken back, the message closing on an all-clear
    "Pardon pour mon message d'hier, j'avais dit que j'irais voir un avocat, j'étais à bout. Le colis est arrivé, tout va bien.",
    "Sorry voor mijn bericht van gisteren, ik had gezegd dat ik naar de rechter zou stappen. Pakket is binnen, alles goed.",
    "Przepraszam za wczorajszą wiadomość, pisałam że idę do sądu, byłam zła. Paczka doszła, wszystko ok.",
    "Ursäkta mitt meddelande igår, jag skrev att jag skulle anmäla er till ARN. Paketet kom idag, allt är bra.",
    "Извините за вчерашнее, я писал, что пойду в суд, погорячился. Посылка пришла, всё в порядке.",
    "Вибачте за вчорашнє, писала що піду до суду. Посилка прийшла, все добре.",
    "آسف على رسالتي أمس، قلت إني بشتكي في حماية المستهلك، كنت معصب. الطلب وصل والحمد لله كل شي تمام.",
    "סליחה על ההודעה מאתמול, כתבתי שאגיש תביעה קטנה. החבילה הגיעה, הכל בסדר.",
    "昨日は「弁護士に相談します」なんて書いてしまい失礼しました。商品は無事届きました。",
    "어제 소비자원에 신고한다고 했는데 죄송해요. 오늘 잘 받았어요.",
    "Xin lỗi hôm qua tôi nói sẽ kiện shop, tại bực quá. Hàng tới rồi, ổn hết.",
    "Maaf kemarin saya bilang mau lapor YLKI, lagi emosi. Paketnya sudah sampai, aman.",
    "Pasensya na, sinabi ko kahapon na idedemanda ko kayo. Dumating na yung order, okay na lahat.",
    "Dün tüketici hakem heyetine gideceğim demiştim, kusura bakmayın. Kargo geldi, her şey yolunda.",
    # a complaint settled long ago, before a new order
    "Last year's complaint to Trading Standards was sorted and I'm happy to shop again. Do you have the grey sofa?",
    "Il reclamo all'AGCM dell'anno scorso è chiuso, vorrei riordinare.",
    "Ubiegłoroczna skarga do UOKiK jest załatwiona, chcę znowu zamówić.",
    "Жалоба в Роспотребнадзор в прошлом году решена, хочу снова заказать.",
    "Meine Beschwerde bei der Schlichtungsstelle von 2024 ist ja längst erledigt, ich bestell einfach wieder. Gibt's den Sessel noch in Grün?",
    # going to a body for another errand
    "Going to the consumer advice centre for a school trip with my class, do you sell clipboards?",
    "I'm going to the trading standards office for my new job on Monday, can you deliver there?",
    "Иду в Роспотребнадзор на собеседование, нужен костюм к пятнице, успеете доставить?",
    # the bank returning a fee, a refund already made, a question
    "Ya me habéis hecho el reembolso, el banco me lo devuelve en 5 días hábiles. Gracias.",
    "My bank got my money back from the other shop last year, so I trust cards more now. Do you take Amex?",
    "La mia banca mi rimborsa la commissione del bonifico estero, tutto ok, grazie.",
    "Banken tar tillbaka avgiften om jag ringer dem, så ingen fara.",
    "Η τράπεζα θα μου επιστρέψει τα χρήματα της προμήθειας, ευχαριστώ.",
    "银行会把钱退给我吗？",
    "Bank akan mengembalikan dana otomatis kalau transaksi gagal, kan?",
    # a form that is no court claim
    "The customs form is filled in, when will the parcel ship?",
    "Hay mucha demanda, ¿cuándo estará listo mi pedido?",
    "Our court papers for the divorce are ready, I need a folder to carry them, do you sell A4 document wallets?",
    # glass and cuts that are no incident
    "The glass arrived shattered, can you send a new one?",
    "Me corté el pelo y ahora el gorro me queda grande, ¿lo cambio?",
    # "explosive" as praise
    "このバッグ、爆発的に可愛い！もう一個買います",
    "Baju ini meledak banget, laris!",
])
def test_look_alikes_quiet(toolkit, text):
    assert _rules(toolkit, text) == set(), text


@pytest.mark.parametrize("text", [
    # the all-clear must close the message, with no grievance
    "I said I'd take you to small claims and I will. The parcel came today, but it's broken.",
    "Вчера писал, что пойду в суд. Посылка пришла разбитая, иду в суд.",
    "Yesterday I said I'd report you to Trading Standards. Nothing has arrived, so I'm doing it today.",
])
def test_threat_kept_without_all_clear(toolkit, text):
    assert _rules(toolkit, text) & {"legal_threat", "consumer_authority"}, text


@pytest.mark.parametrize("text", [
    "Booked in with the consumer advice people at the council on Tuesday, bringing every email about the deposit.",
    "Je passe à la maison de la consommation de ma ville jeudi avec le dossier complet.",
    "Domani vado allo sportello consumatori del comune con tutte le ricevute.",
    "Wenn bis Montag keiner antwortet, gehe ich eben mit dem ganzen Schriftverkehr zur Verbraucherzentrale in Bremen.",
    "Huomenna menen kuluttajaneuvontaan tämän kanssa.",
    "Yarın tüketici hakem heyetine gidiyorum, bütün faturalarla.",
    "Пойду в общество защиты прав потребителей с чеком и фотографиями.",
    "Піду до захисту прав споживачів з усіма чеками.",
    "بكرة رايح لحماية المستهلك ومعي الفاتورة.",
    "אני הולך למועצה לצרכנות עם כל הקבלות.",
    "내일 소비자원에 찾아갈게요. 영수증 다 챙겼어요.",
    "Θα πάω στο γραφείο προστασίας καταναλωτή του δήμου με όλα τα χαρτιά.",
    "Tôi sẽ lên Sở Công Thương nộp đơn khiếu nại.",
    "Esok saya pergi ke KPDN dengan semua resit.",
])
def test_consumer_body_visited(toolkit, text):
    assert "consumer_authority" in _rules(toolkit, text), text


@pytest.mark.parametrize("text", [
    "My bank will get it back, don't worry about it.",
    "The card company is clawing the £212 back as we speak.",
    "El banco me lo va a recuperar, ya les he avisado de que no llegó nada.",
    "La mia banca recupera i soldi, ho già segnalato l'addebito.",
    "Banken hämtar tillbaka pengarna eftersom ni aldrig skickade något.",
    "Banken henter pengene tilbage for mig, I har ikke svaret i en måned.",
    "Banken henter pengene tilbake, dere har ikke svart på tre uker.",
    "Η τράπεζα θα μου επιστρέψει τα χρήματα, δεν ήρθε ποτέ τίποτα.",
    "Банк поверне гроші, бо товар так і не прийшов.",
    "카드사에서 돈 돌려준대요. 물건은 끝내 안 왔어요.",
    "银行会把钱退给我，你们一直不发货。",
    "Bank akan balikin uang saya karena barang tidak pernah dikirim.",
    "Bank akan pulangkan duit saya sebab barang tak sampai.",
    "बैंक पैसे वापस दिला देगा, मैंने शिकायत कर दी।",
])
def test_bank_getting_money_back(toolkit, text):
    assert "chargeback" in _rules(toolkit, text), text


@pytest.mark.parametrize("text", [
    "The claim form's sitting on my desk, fee and all. One more week and it goes to the court.",
    "Das Formular fürs Amtsgericht liegt ausgefüllt neben mir. Ihre Entscheidung.",
    "Het formulier voor de kantonrechter is al ingevuld.",
    "Forliksklagen er ferdig utfylt.",
    "소장 다 작성했고 월요일에 법원에 제출합니다.",
    "Formularz pozwu jest już wypełniony, brakuje tylko podpisu.",
    "Dava dilekçem hazır, pazartesi mahkemeye veriyorum.",
    "Surat gugatan sudah siap, Senin saya daftarkan ke pengadilan.",
    "訴状はもう書き上げました。月曜に裁判所へ出します。",
    "Исковое заявление уже готово, в понедельник подаю в суд.",
])
def test_claim_ready(toolkit, text):
    assert "legal_threat" in _rules(toolkit, text), text


@pytest.mark.parametrize("text", [
    "The blender jug shattered while running, glass in the food.",
    "The shower screen shattered on its own in the middle of the night.",
    "El vaso se rompió en mil pedazos al echar agua caliente y me corté.",
    "Dziecko połknęło kawałek zabawki, jedziemy na SOR.",
    "Moje dziecko zakrztusiło się kulką z grzechotki.",
])
def test_safety_told_as_event(toolkit, text):
    assert "safety" in _rules(toolkit, text), text


@pytest.mark.parametrize("text", [
    # a burn in every gender, a part found in a child's mouth
    "Дочь обожглась выпрямителем, на руке волдырь.",
    "Сын обжёгся о корпус чайника, он раскаляется.",
    "The rattle came apart and my baby had a piece in her mouth.",
    "Der Kleine hatte ein Teil vom Rasselspielzeug im Mund, es war abgebrochen.",
    "Ma fille avait un morceau du hochet dans la bouche, il s'était détaché.",
    "Mi hijo tenía una pieza del sonajero en la boca, se había soltado.",
    "Meu filho estava com uma peça do chocalho na boca.",
    "Il bimbo aveva un pezzo del sonaglio in bocca, si era staccato.",
])
def test_safety_burn_and_choking_piece(toolkit, text):
    assert "safety" in _rules(toolkit, text), text


@pytest.mark.parametrize("text, reason", [
    ("Cancelled my card and claimed the payment back.", "chargeback"),
    ("Ich habe Klarna Bescheid gegeben, die Rechnung ist pausiert.", "chargeback"),
    ("Abri contestação no Pix pelo MED.", "chargeback"),
    ("카카오페이에 신고해서 결제 보류됐어요.", "chargeback"),
    ("मैंने यूपीआई से पैसे वापस लेने की शिकायत डाल दी है।", "chargeback"),
    ("Ik schakel de Consumentenbond in als dit zo doorgaat.", "consumer_authority"),
    ("Dan stap ik met dit hele verhaal naar de ACM.", "consumer_authority"),
    ("मैंने एनसीएच पर शिकायत दर्ज की।", "consumer_authority"),
    ("Ich schicke Ihnen jetzt eine förmliche Fristsetzung mit Klageandrohung.", "legal_threat"),
    ("ส่งหนังสือบอกกล่าวทวงถามไปแล้ว รอคำตอบภายใน 7 วัน", "legal_threat"),
])
def test_local_forms(toolkit, text, reason):
    assert reason in _rules(toolkit, text), text


@pytest.mark.parametrize("text", [
    "Я уже обжёгся с вашим магазином в прошлом году, поэтому спрашиваю заранее: доставка точно будет?",
    "My son had a dummy in his mouth when the courier came, so I couldn't sign.",
    "I paused my Klarna payments because I moved house, can I restart them?",
    "De Consumentenbond gaf jullie stofzuiger een 8, dus ik stap over van Philips.",
    "Mijn zus werkt bij de Consumentenbond, ze schakelt altijd over op jullie webshop.",
    "एनसीएच का नंबर क्या है?",
])
def test_local_forms_look_alikes(toolkit, text):
    assert _rules(toolkit, text) == set(), text


@pytest.mark.parametrize("text", [
    "Anmälan till ARN förra året är avslutad, nu vill jag beställa igen.",
    "Скарга до Держпродспоживслужби минулого року вирішена, хочу знову замовити.",
    "Aduan ke BPSK tahun lalu sudah selesai, sekarang mau order lagi.",
    "Aduan KPDN tahun lepas dah selesai, nak order lagi.",
    "Last year I took you to small claims and we settled, no hard feelings. Do you still sell the blue kettle?",
])
def test_settled_complaint_before_new_order(toolkit, text):
    assert _rules(toolkit, text) == set(), text


@pytest.mark.parametrize("text", [
    "Jag har anmält er till ARN. Ärendet är inte avslutat.",
    "Saya sudah lapor ke BPSK, urusannya belum selesai sampai sekarang.",
    "I'll take you to small claims unless we settle this week.",
    "Die Beschwerde bei der Verbraucherzentrale läuft, das ist noch lange nicht erledigt.",
])
def test_complaint_not_settled(toolkit, text):
    assert _rules(toolkit, text) & {"legal_threat", "consumer_authority"}, text


@pytest.mark.parametrize("text, quiet", [
    ("Meu cartão foi clonado e o banco cancelou, consigo trocar o cartão do pedido 5512 sem cancelar a compra?", True),
    ("Vous livrez au tribunal de commerce de Nanterre ? Je travaille au greffe, je préfère recevoir le colis là-bas.", True),
    ("Meu cartão foi clonado e contestei a compra no banco, vocês nunca entregaram.", False),
    ("J'irai au tribunal de commerce si vous ne livrez pas.", False),
])
def test_card_replaced_and_delivery_to_a_court(toolkit, text, quiet):
    assert (_rules(toolkit, text) == set()) is quiet, text
