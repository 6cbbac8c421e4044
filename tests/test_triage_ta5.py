"""Triage round 17, helper ta5 (issue 18, after dev17a): group and class actions the customer joins, the legal
route announced formally or reluctantly, a lawyer's or a court's step (a formal notice, a claim form, a payment order),
police complaints written without diacritics, consumer, standards, price and financial watchdogs by local name; and
look-alikes that stay quiet (a class action read in the news, an earlier threat taken back, a past matter settled
before a re-order, a pet's "complaint" laughed at, a court as a landmark, a spirit house, clothes "on fire").
Rule-level readings only (hits whose kind is not "model" nor "meaning"): the models are rebuilt after merges."""
from __future__ import annotations

import pytest


def _rules(toolkit, text: str) -> set[str]:
    """The reasons the rules read in ``text`` (the models' own readings left out)."""
    return {h.reason for h in toolkit.triage(text).hits if h.kind not in ("model", "meaning")}


@pytest.mark.parametrize("text,reason", [
    ('Me he unido a la demanda colectiva de los compradores del patinete, ya somos más de cien.', 'legal_threat'),
    ("Nous sommes une vingtaine de clients à avoir rejoint l'action de groupe contre votre enseigne.", 'legal_threat'),
    ("Abbiamo aderito alla class action promossa da un'associazione, siamo in quaranta.", 'legal_threat'),
    ('We hebben ons aangesloten bij de massaclaim tegen jullie webshop.', 'legal_threat'),
    ('Dołączyłam do pozwu zbiorowego w sprawie tych wadliwych ładowarek.', 'legal_threat'),
    ('Vi är tolv kunder som har anslutit oss till en grupptalan mot er.', 'legal_threat'),
    ('Olemme mukana ryhmäkanteessa teidän yritystänne vastaan.', 'legal_threat'),
    ('Připojila jsem se k hromadné žalobě kvůli vadným hodinkám.', 'legal_threat'),
    ('Am semnat și eu, ne-am alăturat acțiunii colective împotriva magazinului.', 'legal_threat'),
    ('Μπήκαμε σε ομαδική αγωγή με άλλους είκοσι πελάτες.', 'legal_threat'),
    ('Diğer müşterilerle birlikte toplu davaya katıldım.', 'legal_threat'),
    ('Мы с другими покупателями подаём коллективный иск против вашего магазина.', 'legal_threat'),
    ('Ми з іншими покупцями готуємо колективний позов.', 'legal_threat'),
    ('انضممت إلى دعوى جماعية مع باقي المشترين ضد المتجر.', 'legal_threat'),
    ('הצטרפתי לתביעה ייצוגית נגד החברה שלכם.', 'legal_threat'),
    ('ما ده نفر هستیم و با وکیل شکایت جمعی ثبت کردیم.', 'legal_threat'),
    ('同じ被害の人たちと集団訴訟に参加することにしました。', 'legal_threat'),
    ('피해자들이 모여서 집단소송 준비 중이고 저도 참여합니다.', 'legal_threat'),
    ('我们十几个买家准备联合起诉你们。', 'legal_threat'),
    ('Mình tham gia kiện tập thể cùng mấy chục người mua rồi nhé.', 'legal_threat'),
    ('Kami sudah ajukan gugatan kelompok bersama pembeli lain.', 'legal_threat'),
    ('Lamento, mas sem solução até sexta o assunto seguirá pelas vias judiciais.', 'legal_threat'),
    ('In mancanza di risposta mi vedrò costretto a tutelarmi nelle sedi competenti.', 'legal_threat'),
    ('Kommer ni inte med en lösning går jag vidare rättsligt.', 'legal_threat'),
    ('Dacă nu primesc banii, merg pe cale judiciară.', 'legal_threat'),
    ('אם לא יוחזר הכסף, אין לי ברירה אלא לפנות לערכאות.', 'legal_threat'),
    ('اگر پول را برنگردانید از طریق دادگاه پیگیری می\u200cکنم.', 'legal_threat'),
    ('अब यह मामला अदालत में ही तय होगा, बहुत इंतज़ार कर लिया।', 'legal_threat'),
    ('اب یہ معاملہ عدالت میں ہی طے ہوگا۔', 'legal_threat'),
    ('Bhai refund nahi diya toh case karna padega, main tayyar hoon.', 'legal_threat'),
    ('返金しないなら裁判します。', 'legal_threat'),
    ('Если до понедельника не вернёте, следующее письмо будет из суда.', 'legal_threat'),
    ('Jos rahoja ei palauteta, vien asian käräjäoikeuteen.', 'legal_threat'),
    ('Mon avocat vous a adressé une sommation de payer par huissier.', 'legal_threat'),
    ('Avocata mea v-a trimis azi o notificare.', 'legal_threat'),
    ('Az ügyvédem már benyújtotta a keresetlevelet.', 'legal_threat'),
    ('Ο δικηγόρος μας αναλαμβάνει πλέον την υπόθεση.', 'legal_threat'),
    ('Στο ειρηνοδικείο θα τα πούμε.', 'legal_threat'),
    ('司法書士に相談して、支払督促の書類を作ってもらいました。', 'legal_threat'),
    ('Pada minggu depan surat daripada peguam saya akan sampai.', 'legal_threat'),
    ('zglosilam sprawe na policje, to jest oszustwo', 'legal_threat'),
    ('ekana katagelia stin astynomia gia tin apati', 'legal_threat'),
    ('Friday ke baad court mein hi niptenge, bas.', 'legal_threat'),
    ('Le-am zis clar: acționez în instanță dacă nu rezolvați.', 'legal_threat'),
    ("I've reported the scales to trading standards, an inspector is coming out to check them.", 'consumer_authority'),
    ('Ik heb het voorgelegd aan de Reclame Code Commissie.', 'consumer_authority'),
    ('Tein valituksen Finanssivalvonnalle luottoehdoista.', 'consumer_authority'),
    ('Fui ao Procon com o cupom e abriram reclamação.', 'consumer_authority'),
    ('پرائس کنٹرول مجسٹریٹ کو شکایت کی ہے کہ چینی مہنگی بیچی۔', 'consumer_authority'),
    ('BIS ko complaint bhej di hai, helmet pe ISI mark nakli hai.', 'consumer_authority'),
    ("You keep ignoring my emails, so I'm filing in small claims tomorrow.", 'legal_threat'),
    ('Ignorate le mie mail da settimane, quindi mi rivolgo a un avvocato.', 'legal_threat'),
])
def test_escalations_read(toolkit, text, reason):
    assert reason in _rules(toolkit, text)


@pytest.mark.parametrize("text", [
    'Vi en las noticias una demanda colectiva contra una aerolínea. ¿Vosotros hacéis envíos a Canarias?',
    "J'ai lu qu'une action de groupe visait un autre site. Vous livrez en Belgique ?",
    'Читал в новостях про коллективный иск к другому магазину. У вас есть этот пылесос?',
    'ニュースで集団訴訟の話を見ました。このスツールは在庫ありますか?',
    '뉴스에서 집단소송 기사 봤는데요, 이 제품은 재고 있나요?',
    'Saw a class action about airline refunds on the news. Do you ship to Ireland?',
    'Please ignore my message about going to small claims, the refund just arrived.',
    'Olvidad lo que escribí del abogado, ya me ha llegado el reembolso.',
    'Esqueçam a mensagem sobre o Procon, o reembolso caiu hoje.',
    "Ignorez mon mail d'hier sur l'avocat, tout est arrivé.",
    'Vergessen Sie bitte meine Nachricht wegen des Anwalts, das Paket ist da.',
    'Glöm det jag skrev om advokaten, paketet kom idag.',
    'Забудьте моё сообщение про суд, посылка пришла.',
    'تجاهلوا رسالتي عن المحامي، وصل الطلب.',
    '弁護士に相談すると書いたのは撤回します。届きました。',
    '律师那件事当我没说，货已经收到了。',
    'Lupakan chat saya soal lapor polisi ya, paketnya sudah sampai.',
    'Do you have a pickup point near the county court in Leeds?',
    'มีศาลเจ้าไม้สักขายไหมคะ ส่งเชียงใหม่ได้ไหม',
    "Mon chien veut porter plainte, il n'a toujours pas son os 😂 vous avez un suivi ?",
    "My cat is going to sue you, she's been waiting for her scratching post for a week 😹",
    "L'an dernier on a réglé le litige devant le conciliateur, tout s'est bien passé. Je recommande la même lampe.",
    'Торік суд вирішив спір на мою користь, ви все виконали. Хочу замовити ще одну пральну машину.',
    '少額訴訟をするつもりなんてまったくありません。返品の方法を教えてください。',
    'Ye lehenga toh aag laga raha hai! Red mein milega?',
])
def test_look_alikes_stay_quiet(toolkit, text):
    assert not _rules(toolkit, text) & {"legal_threat", "consumer_authority", "safety"}


@pytest.mark.parametrize("text", [
    # a formal notice, a bailiff's or notary's step, a payment order, a complaint to the police or the prosecutor,
    # a lawyer's letter, in each language's own words
    'Ho mandato una diffida tramite il mio avvocato, avete 15 giorni.',
    'Se non rimborsate chiedo un decreto ingiuntivo.',
    'Ich habe einen Mahnbescheid beantragt.',
    'Der Gerichtsvollzieher wird sich bei Ihnen melden.',
    'Ik stuur jullie een ingebrekestelling via de deurwaarder.',
    'Heb aangifte gedaan bij de politie.',
    'Noterden ihtarname çektim, 7 gün süreniz var.',
    'Savcılığa suç duyurusunda bulundum.',
    'Icra takibi başlatacağım.',
    'Я написал заявление в прокуратуру.',
    'Подам заявление в полицию о мошенничестве.',
    'Zawiadomienie do prokuratury już złożone.',
    'Złożyłem pozew o nakaz zapłaty.',
    "J'ai déposé plainte auprès du procureur de la République.",
    'Je vous envoie une mise en demeure par lettre recommandée.',
    'He presentado una denuncia en la fiscalía.',
    'Les he mandado un burofax con acuse de recibo.',
    'Fiz uma notificação extrajudicial pelo cartório.',
    'Vou fazer uma representação no Ministério Público.',
    'Έστειλα εξώδικο στην εταιρεία σας.',
    'Κατέθεσα μήνυση στην εισαγγελία.',
    '検察に告訴状を出しました。',
    '내용증명 보냈습니다.',
    '검찰에 고소장 제출했습니다.',
    '我已经让律师给你们发律师函了。',
    '我去检察院举报了。',
    'Saya sudah kirim somasi lewat pengacara.',
    'Tôi đã gửi đơn lên viện kiểm sát.',
    'Podávám trestní oznámení na policii.',
    'Am depus plângere penală la parchet.',
    'Feljelentést tettem a rendőrségen.',
    'Jeg har anmeldt det til politiet.',
    'Olen tehnyt rikosilmoituksen poliisille.',
    'Jag har polisanmält er.',
    'Politiet har fått en anmeldelse fra meg.',
    'Mahkamah tuntutan kecil, saya dah failkan borang.',
    'Nagsampa na ako ng reklamo sa small claims court.',
    'Gửi thư luật sư cho shop rồi nhé.',
    'ส่งหนังสือทวงถามผ่านทนายแล้วค่ะ',
    'Advocate ke through legal notice bhej diya hai.',
    'वकील के ज़रिए लीगल नोटिस भेज दिया है।',
    'وکیل کے ذریعے قانونی نوٹس بھیج دیا ہے۔',
    'উকিলের মাধ্যমে লিগ্যাল নোটিশ পাঠিয়েছি।',
    'أرسلت لكم إنذار رسمي عن طريق المحامي.',
    'שלחתי לכם מכתב התראה דרך עורך דין.',
    'اظهارنامه فرستادم.',
    'Я подал в суд на вас.',
    'Подав позов до суду.',
])
def test_legal_steps_by_local_name(toolkit, text):
    assert "legal_threat" in _rules(toolkit, text)


@pytest.mark.parametrize("text", [
    # professions, errands, orders cancelled or changed, a landmark, a question asked at the body, a word learnt
    'Mein Nachbar ist Gerichtsvollzieher, kann er das Paket für mich annehmen?',
    'Trabalho no Ministério Público e preciso da nota fiscal em nome do órgão.',
    '我在检察院上班，发票抬头写单位可以吗？',
    'Tôi là luật sư, cần xuất hóa đơn công ty nhé.',
    'Sou defensora pública e queria comprar 10 cadeiras para o escritório.',
    'Minha irmã é solicitadora e pediu a fatura com NIF.',
    'My husband is a solicitor, can you address the parcel to his chambers?',
    'Wir haben eine Sammelbestellung für die Kanzlei, bitte Rechnung an den Anwalt.',
    "Je suis huissier de justice, j'aimerais commander des classeurs.",
    'Vi jobber i forliksrådet og trenger 20 stoler.',
    'Моя сестра работает в прокуратуре, можно доставку туда?',
    'Olen lakimies ja tarvitsen kuitin yrityksen nimellä.',
    'Το ειρηνοδικείο είναι απέναντι από το κατάστημά σας;',
    'Heeft iemand anders ook een collectieve korting gekregen voor de vereniging?',
    'Quiero una demanda... de información: ¿tenéis la talla 40?',
    'Nuestra asociación hace una compra conjunta, ¿hay descuento por grupo?',
    'Le mie mail sono state ignorate per settimane ma ora avete risolto, grazie.',
    "Forget the blue one, I'd like the green jacket instead please.",
    'Ignorez ma commande précédente, je veux la taille M.',
    'Olvidad el pedido anterior, lo quiero en rojo.',
    'Abaikan pesanan pertama ya kak, saya mau warna hitam.',
    '请忽略我上一条消息，我要改地址。',
    'Можно отправить в отделение рядом с судом?',
    'Is there a parcel locker near the police station on King Street?',
    'بدي أستلم من الفرع اللي جنب مركز الشرطة.',
    'Die Verbraucherzentrale Bayern hat gute Tipps zu Rücksendungen, stimmt das mit Ihren Fristen überein?',
    'Meine Frau schaltet morgens immer die Kaffeemaschine ein, ist die Verbraucherzentrale-Testsieger?',
    'Ich arbeite bei der Verbraucherzentrale und bestelle privat.',
    'Fui no Procon só para tirar uma dúvida sobre garantia, vocês dão 90 dias?',
    'Tem loja perto do Procon de Campinas?',
    'Haastehakemuksen tekeminen on opiskelutehtäväni, myyttekö lakikirjoja?',
    'Ryhmäkanne on tuttu sana lakikurssilta, mutta kysyisin toimitusajasta.',
])
def test_professions_errands_and_corrections_stay_quiet(toolkit, text):
    assert not _rules(toolkit, text) & {"legal_threat", "consumer_authority"}


@pytest.mark.parametrize("text,reason", [
    # food-safety inspectorates and consumer advice desks by local name, with the customer's step
    ("Ich habe die Lebensmittelüberwachung informiert, der Käse war umetikettiert.", "consumer_authority"),
    ("Meine Meldung an das Veterinäramt ist raus, die Kühlkette war unterbrochen.", "consumer_authority"),
    ("Om ni inte svarar vänder jag mig till kommunens konsumentvägledare.", "consumer_authority"),
    ("市の消費生活相談窓口に相談しました。", "consumer_authority"),
    # polite or procedural legal steps: due measures, a court mediation, a summons, the papers with the lawyer
    ("ご対応いただけない場合は、しかるべき措置を取らせていただきます。", "legal_threat"),
    ("簡易裁判所に調停を申し立てました。", "legal_threat"),
    ("我已经向法院申请了诉前调解。", "legal_threat"),
    ("Se non mi rimborsate vi cito davanti al giudice di pace.", "legal_threat"),
    ("Sige, kita-kits na lang tayo sa korte.", "legal_threat"),
    ("Усі документи вже в мого адвоката.", "legal_threat"),
    ("Все документы уже у моего юриста, ждите.", "legal_threat"),
    ("La demanda por el sofá roto la presento el lunes en el juzgado.", "legal_threat"),
])
def test_inspectorates_and_polite_steps(toolkit, text, reason):
    assert reason in _rules(toolkit, text)


@pytest.mark.parametrize("text", [
    "Ich arbeite im Gesundheitsamt und möchte 20 Masken bestellen.",
    "消費生活センターで働いています。まとめ買いの割引はありますか？",
    "Ho ricevuto la citazione per fare da testimone, posso cambiare indirizzo di consegna?",
    "La demanda de este modelo es altísima, la presento como regalo a mi madre, ¿llega el viernes?",
    "调解员说我们可以私下协商，你们能先退一半吗？",
    "Vänder jag mig till er om garantin eller till tillverkaren?",
])
def test_inspectorate_look_alikes_stay_quiet(toolkit, text):
    assert not _rules(toolkit, text) & {"legal_threat", "consumer_authority"}


@pytest.mark.parametrize("text", [
    # the legal route announced politely, reluctantly or as forced, one per language
    "I'd hoped to avoid this, but I will be pursuing the matter through the appropriate legal channels.",
    'Regrettably, I have no option but to refer this to my solicitor.',
    'Lamentablemente me veo obligado a emprender acciones legales.',
    'A contrecœur, je vais devoir faire valoir mes droits devant les tribunaux.',
    'Ungern, aber ich sehe mich gezwungen, den Rechtsweg zu beschreiten.',
    'Mi dispiace, ma sarò costretto a procedere per vie legali.',
    'Met tegenzin, maar ik zie me genoodzaakt juridische stappen te zetten.',
    'Niestety będę zmuszony skierować sprawę na drogę sądową.',
    'Tyvärr ser jag mig tvungen att vidta rättsliga åtgärder.',
    'Desværre ser jeg mig nødsaget til at gå rettens vej.',
    'Dessverre må jeg gå rettens vei.',
    'Valitettavasti joudun viemään asian oikeuteen.',
    'Bohužel budu nucen řešit věc soudní cestou.',
    'Din păcate, voi fi nevoit să mă adresez instanței.',
    'Sajnos kénytelen leszek bírósághoz fordulni.',
    'Δυστυχώς θα αναγκαστώ να κινηθώ νομικά.',
    'Maalesef yasal yollara başvurmak zorunda kalacağım.',
    'К сожалению, буду вынужден обратиться в суд.',
    'На жаль, змушений буду звернутися до суду.',
    'للأسف سأضطر إلى اللجوء إلى القضاء.',
    'לצערי אאלץ לפנות לבית המשפט.',
    'متأسفانه مجبورم از طریق قانونی اقدام کنم.',
    'मजबूरन मुझे कानूनी कार्रवाई करनी पड़ेगी।',
    'مجبوراً مجھے قانونی کارروائی کرنی پڑے گی۔',
    'বাধ্য হয়ে আমাকে আইনি ব্যবস্থা নিতে হবে।',
    '残念ですが、法的措置を検討せざるを得ません。',
    '유감스럽지만 법적 조치를 취할 수밖에 없습니다.',
    '很遗憾，我只能诉诸法律。',
    'เสียใจด้วยแต่คงต้องดำเนินการทางกฎหมาย',
    'Rất tiếc, tôi buộc phải nhờ đến pháp luật.',
    'Dengan berat hati saya akan menempuh jalur hukum.',
    'Dengan berat hati saya terpaksa ambil tindakan undang-undang.',
    'Pasensya na pero kailangan ko nang magsampa ng kaso.',
    'Majboori mein legal action lena padega.',
    'Izvinite, no pridetsya obratitsya v sud.',
    'Asef bas ha2ra3 3alekom 2adeya.',
])
def test_reluctant_legal_route(toolkit, text):
    assert "legal_threat" in _rules(toolkit, text)


@pytest.mark.parametrize("text", [
    "Our legal channels team asked me to order 5 laptops, can you invoice them?",
    "Die Rechtsweggarantie ist Thema meiner Hausarbeit, habt ihr das Buch?",
    "I'm studying legal remedies at uni, do you have the textbook in stock?",
    "Nous irons devant la mairie pour le mariage, la robe arrivera-t-elle samedi ?",
    "我们公司的法务部想买几台打印机。",
])
def test_legal_words_in_errands_stay_quiet(toolkit, text):
    assert "legal_threat" not in _rules(toolkit, text)


@pytest.mark.parametrize("text", [
    # words with a second meaning (a parcel: vi kiện hàng; demand; a group order; a process), corrections of an
    # order, relatives and customers who are lawyers
    'Shop gửi cùng kiện hàng trước giúp mình nhé, cảm ơn.',
    'Mình đã nhận đủ kiện hàng, chung kiện với đơn của chị gái.',
    'La demanda de estas zapatillas es enorme, ¿cuándo reponéis?',
    'Nous sommes nombreux à adorer vos bougies, une vingtaine de collègues veulent commander!',
    'On se met à plusieurs pour une commande groupée, vous faites un prix ?',
    'Siamo in quaranta per la gita aziendale, fate sconti per ordini collettivi?',
    'We are with twelve colleagues doing a group order, can you give a joint invoice?',
    "Wij zijn met z'n allen fan van jullie collectie, ik bestel er nog drie.",
    'Jesteśmy grupą z pracy i składamy zamówienie zbiorowe, jest rabat?',
    'Toplu sipariş vermek istiyoruz, ortak fatura mümkün mü?',
    'Мы с коллегами хотим сделать коллективный заказ, есть скидка?',
    'Мы с другими покупателями обсуждаем в чате, какой цвет лучше.',
    '同じシリーズを友人と共同で購入したいのですが、まとめて送れますか？',
    '우리 팀이 단체 주문하려고 하는데 할인 되나요?',
    '我们几个同事想一起下单，能开一张发票吗？',
    'Kami mau pesan bareng satu kantor, bisa diskon?',
    'Grupo kami nak buat pesanan berkumpulan untuk majlis, boleh diskaun?',
    'Pwede ba kaming mag-order nang sama-sama para sa opisina?',
    'Hum sab milkar order karenge, discount milega?',
    'Zapomnij o kolorze, chcę jednak czarny.',
    "Forget the gift wrap, I'll do it myself.",
    'Ignorez la couleur, je prends celle en stock.',
    'Die Klage meiner Oma über das Wetter ist legendär, schickt ihr Wärmflaschen?',
    'Il caso vuole che io sia in ferie, potete consegnare lunedì?',
    'Proces zamawiania jest bardzo wygodny, dziękuję.',
    'Процесс оформления заказа очень удобный, спасибо.',
    'Avocado toast kit came broken, my lawyer friend laughed. Can I get a replacement?',
    'Sono avvocato, mi servono 3 toner per lo studio.',
    'Mi hermano es abogado y me dijo que os felicitara por el servicio.',
    'Mijn zus is advocaat en wil een cadeaubon kopen.',
    'A sogrom ügyvéd, neki lesz az ajándék.',
    'Η αδερφή μου είναι δικηγόρος και θέλει να αγοράσει τσάντα.',
    'Ο νομικός μας σύμβουλος θα έρθει να παραλάβει τα έγγραφα.',
    'Mon conseil municipal organise une tombola, vous offrez un lot ?',
])
def test_second_meanings_and_group_orders_stay_quiet(toolkit, text):
    # no rule reads a threat; whether the word model confirms a lone "avvocato" moves with each rebuild
    rules = {h.reason for h in toolkit.triage(text).hits if h.kind not in ("model", "meaning", "term+model")}
    assert not rules & {"legal_threat", "consumer_authority"}


@pytest.mark.parametrize("text", [
    # a past legal matter, told with its date and end, before a new order
    "Two years ago we had a small claims case with you that ended fine. Now I'd like to order the matching chair.",
    'Hace dos años tuvimos un juicio con vosotros que acabó bien. Ahora quiero pedir la mesa a juego.',
    'Há dois anos tivemos um processo no juizado com vocês, terminou bem. Quero comprar a cadeira igual.',
    'Vor zwei Jahren hatten wir ein Verfahren vor dem Amtsgericht, das gut ausging. Jetzt bestelle ich wieder.',
    'Due anni fa abbiamo avuto una causa col giudice di pace, finita bene. Ora vorrei ordinare ancora.',
    'Twee jaar geleden hadden we een zaak bij de kantonrechter, netjes afgerond. Nu bestel ik weer.',
    'Dwa lata temu mieliśmy sprawę w sądzie, zakończyła się dobrze. Teraz zamawiam ponownie.',
    'För två år sedan hade vi ett ärende hos ARN som slutade bra. Nu vill jag beställa igen.',
    'For to år siden havde vi en sag i forliksrådet som endte godt. Nå bestiller jeg igjen.',
    'Kaksi vuotta sitten meillä oli juttu kuluttajariitalautakunnassa, päättyi hyvin. Tilaan taas.',
    'Loni jsme měli spor u soudu, skončil dobře. Teď objednávám znovu.',
    'Anul trecut am avut un proces cu voi, s-a terminat bine. Acum comand din nou.',
    'Tavaly volt egy perünk, jól végződött. Most újra rendelek.',
    'Πέρσι είχαμε μια υπόθεση στο ειρηνοδικείο που έληξε καλά. Τώρα παραγγέλνω ξανά.',
    'Geçen yıl tüketici hakem heyetinde bir davamız vardı, iyi bitti. Şimdi tekrar sipariş veriyorum.',
    'В прошлом году у нас был суд с вами, всё закончилось хорошо. Теперь снова заказываю.',
    'العام الماضي كانت عندنا قضية معكم وانتهت بخير. الحين أبغى أطلب مرة ثانية.',
    'בשנה שעברה הייתה לנו תביעה קטנה נגדכם שהסתיימה טוב. עכשיו אני מזמין שוב.',
    'پارسال یک پرونده در شورای حل اختلاف داشتیم که خوب تمام شد. حالا دوباره سفارش می\u200cدهم.',
    'पिछले साल कंज्यूमर कोर्ट में केस था, अच्छे से निपट गया। अब फिर से ऑर्डर कर रहा हूँ।',
    '去年跟你们打过官司，已经和解了。这次再买一套。',
    '작년에 소액소송이 있었는데 잘 해결됐어요. 이번에 또 주문합니다.',
    'ปีที่แล้วเคยฟ้องร้องกันแต่ไกล่เกลี่ยจบแล้ว รอบนี้สั่งใหม่ค่ะ',
    'Năm ngoái có kiện nhau nhưng đã hòa giải xong, giờ mình đặt tiếp.',
    'Tahun lalu sempat ada gugatan tapi sudah damai, sekarang saya pesan lagi.',
])
def test_past_matters_before_a_reorder_stay_quiet(toolkit, text):
    assert not _rules(toolkit, text) & {"legal_threat", "consumer_authority"}


@pytest.mark.parametrize("text", [
    # an earlier threat taken back by a retraction that holds it as its object
    'Vergeet mijn bericht over naar de rechter stappen, het pakket is vandaag gekomen.',
    'Zapomnijcie o mojej wiadomości, że pozwę was do sądu, paczka już doszła.',
    'Zapomeňte na mou zprávu, že podám žalobu, balík dorazil.',
    'Vă rog să ignorați mesajul meu că vă dau în judecată, coletul a ajuns.',
    'Ξεχάστε το μήνυμά μου ότι θα σας κάνω μήνυση, ήρθε το δέμα.',
    'Sizi mahkemeye vereceğim mesajımı dikkate almayın, kargo geldi.',
    'Забудьте моє повідомлення, що подам до суду, посилка прийшла.',
    'תתעלמו מההודעה שלי שאגיש תביעה קטנה, החבילה הגיעה.',
    'पैकेट आ गया, केस करूंगा वाली बात भूल जाइए।',
    '변호사 선임하겠다는 얘기는 잊어주세요, 택배 받았어요.',
    'Bỏ qua tin nhắn hôm qua nói sẽ kiện shop nhé, hàng tới rồi.',
    'Lupakan mesej saya yang nak saman, barang dah sampai.',
    'Case karunga wali baat ignore kar do, parcel aa gaya.',
    'Unohtakaa viestini, että vien asian käräjäoikeuteen, paketti tuli.',
    'Glem det jeg skrev om at gå til Forbrugerklagenævnet, pakken kom i dag.',
    'Esqueçam a mensagem sobre o Procon, chegou tudo certinho.',
    'Dimenticate quello che ho scritto sul fare causa, il pacco è arrivato.',
    'Vergessen Sie bitte meine Nachricht mit der Verbraucherzentrale, das Paket ist da.',
])
def test_threat_taken_back_stays_quiet(toolkit, text):
    assert not _rules(toolkit, text) & {"legal_threat", "consumer_authority"}


@pytest.mark.parametrize("text,reason", [
    # a retraction of something else, then a new threat: the threat stands
    ("Forget my polite emails. I'm taking you to small claims court this week.", "legal_threat"),
    ("Ignore my earlier message asking for a refund, I'm now going straight to my lawyer.", "legal_threat"),
    ("Olvidad mi mensaje amable de ayer: os denuncio en consumo.", "consumer_authority"),
    ("Oubliez mon message poli d'hier, je saisis le tribunal.", "legal_threat"),
    ("Vergessen Sie meine freundliche Nachricht, ich schalte jetzt meinen Anwalt ein.", "legal_threat"),
    ("Забудьте моё вежливое письмо, я подаю в суд.", "legal_threat"),
    ("昨天的消息请忽略，我现在就去法院起诉你们。", "legal_threat"),
    ("You can ignore my emails but you can't ignore a county court judgment.", "legal_threat"),
])
def test_new_threat_after_a_retraction_stands(toolkit, text, reason):
    assert reason in _rules(toolkit, text)


@pytest.mark.parametrize("text,reason", [
    # a V2 verb before "ich/ik + the body": the customer's own step, not "I am the body" (role guard)
    ("Wenn Sie nicht antworten, schalte ich die Verbraucherzentrale ein.", "consumer_authority"),
    ("Sonst informiere ich das Ordnungsamt.", "consumer_authority"),
    ("Als jullie niet reageren, schakel ik de ACM in.", "consumer_authority"),
    ("Anders meld ik het bij de ACM.", "consumer_authority"),
])
def test_v2_step_to_a_body(toolkit, text, reason):
    assert reason in _rules(toolkit, text)


@pytest.mark.parametrize("text", [
    "Ich bin die Verbraucherzentrale-Beraterin aus Köln und möchte privat bestellen, schaltet ihr Rabatte frei?",
    "Wir sind die Schlichtungsstelle der Handwerkskammer und möchten 30 Stühle bestellen, wenden Sie Mengenrabatt an?",
    "Mijn vrouw werkt bij de ACM en ik neem graag de blauwe variant.",
])
def test_body_as_role_stays_quiet(toolkit, text):
    assert "consumer_authority" not in _rules(toolkit, text)
