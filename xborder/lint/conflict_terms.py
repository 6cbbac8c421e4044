"""Words a reply uses for returns, refunds, fees, guarantees and data requests, per language.

Hand tables (no library knows support-reply vocabulary), written for the shipped
locales (en es pt fr de it nl pl tr ru ar ja ko zh) and matched case-insensitively.
Each entry is a regular expression fragment; Latin-script ones get word
boundaries at the start.
"""
from __future__ import annotations

# Withdrawing from the sale / sending goods back.
RETURN = {
    "en": r"return(?:s|ed|ing)?|send (?:it|them|the items?|your items?|the parcel) back|withdraw(?:al)?|cooling[- ]off|cancel(?:led|ling)? (?:the|your) (?:order|purchase)|cancel(?= (?:it |them |the \w+ )?(?:within|up to) )|cancell?ations?|cancell?ed (?:orders?|purchases?)",
    "de": r"zurück(?:zu)?(?:senden|schicken|geben|nehmen)|zurücksend\w*|zurückschick\w*|rücksendung\w*|rückgabe\w*|rücknahme\w*|retournier\w*|widerruf\w*|rücktritt\w*",
    "es": r"devol(?:ver\w*|uci[oó]n\w*|v\w+)|devuelv\w+|desist\w+|retracto|arrepent\w*|arrepient\w+",
    "pt": r"devol(?:ver\w*|u[cç][aãõ]o\w*|v[eê]-l[oa]s?)|devolv\w+|arrependimento|desist\w+|livre resolu[cç][aã]o",
    "fr": r"retour(?:ner|nez|s)?|renvo(?:yer|yez)|r[ée]tractation|r[ée]tracter",
    "it": r"res[oi]|restitu\w+|recesso|rendere",
    "nl": r"retour\w*|terug(?:sturen|te sturen|zenden|gestuurd|gezonden)|herroep\w*|bedenktijd",
    "pl": r"zwr(?:ot\w*|óci[ćc]\w*|aca[ćc]\w*)|odst[aą]pi\w*",
    "tr": r"iade|cayma",
    "cs": r"vr[áa]t(?:it|íte|ite|ení|ení zboží)|vrácen\w*|odstoup\w*",
    "sv": r"retur\w*|skicka tillbaka|ångerrätt\w*|ångra\w*",
    "da": r"returner\w*|retur\w*|fortrydelsesret\w*|fortryd\w*",
    "nb": r"returner\w*|retur\w*|angrerett\w*|angre\w*",
    "fi": r"palaut\w*|peruuttamisoikeu\w*|peru\w*",
    "ro": r"return\w*|retur\w*|(?:dreptul de )?retrager\w*|restitu\w*",
    "ru": r"возврат\w*|верн(?:уть|ёте|ете|ите)|отказ\w* от (?:товара|покупки|заказа)",
    "ar": r"إرجاع|ارجاع|استرجاع|الإرجاع|المرتجع|إعادة المنتج",
    "ja": r"返品|返送|クーリング・?オフ",
    "ko": r"반품|청약\s*철회",
    "zh": r"退货|退貨|退回|无理由退|無理由退",
}

# Paying the money back: a number near these is a refund time, not a return window.
REFUND = {
    "en": r"refund\w*|reimburs\w*|money back|credited",
    "de": r"erstatt\w*|rückerstatt\w*|rückzahl\w*|zurückzahl\w*|zurücküberw\w*|betrag|gutschrift\w*|geld zurück",
    "es": r"reembols\w*|reintegr\w*|devoluci[oó]n del (?:dinero|importe|pago)|devolver(?:emos|le)? (?:el|su) (?:dinero|importe)|"
          r"(?:te|le|les|os) (?:devolveremos|devolvemos|devolverán|devuelven|devolvimos) (?:la diferencia|el dinero|el importe|la cantidad|el pago|\d)",
    "pt": r"reembols\w*|estorn\w*|devolu[cç][aã]o do (?:dinheiro|valor|pagamento)|devolver(?:emos)? o (?:dinheiro|valor)|"
          r"(?:lhe |te )?devolver(?:emos|ão)? a diferença",
    "fr": r"rembours\w*",
    "it": r"rimbors\w*|restitu\w+ (?:dell'|l')importo",
    "nl": r"terugbetal\w*|terugstort\w*|(?:ge)?stort\w*|bedrag\w*|(?:het|je|uw) geld",
    "pl": r"zwrot\w* (?:pieni[ęe]dzy|[śs]rodk[óo]w|należno\w*|kwoty|płatno\w*)|pieni[ąaę]dz\w*|[śs]rodk\w*|należno\w*|kwot\w*|kont[oa]\w*|koncie|rachun\w*|zaksięgowan\w*",
    "cs": r"vrácení (?:peněz|částky|kupní ceny)|vrátíme (?:vám )?(?:peníze|částku)|peníze|částk\w*|refundac\w*",
    "sv": r"återbetal\w*|pengarna|beloppet|återbetalning\w*",
    "tr": r"(?:[üu]cret|bedel|tutar)\w*(?: (?:iade|i̇ade)\w*)?|para\w* (?:iade|i̇ade)\w*|geri [öo]deme|(?:kart|hesab|hesap|banka)\w* (?:iade|i̇ade)\w*",
    "ru": r"(?:верн\w*|возврат\w*)\s+(?:вам\s+)?(?:деньг|средств|оплат)\w*|деньг\w*|денежн\w*|средств\w*|возмещ\w*",
    "ar": r"المبلغ|استرداد|سنرد|رد المبلغ",
    "ja": r"返金|払い戻し|払戻",
    "ko": r"환불",
    "zh": r"退款|退还款|退錢|退钱",
}

RESTOCKING_FEE = {
    "en": r"restock(?:ing)? (?:fee|charge)|re-?stocking (?:fee|charge)|handling fee on returns?|return(?:s)? (?:fee|charge)",
    "de": r"wiedereinlagerungs\w*|rücknahmegebühr\w*|rücksendegebühr\w*|bearbeitungsgebühr\w*",
    "es": r"(?:tarifa|cargo|gastos?|comisi[oó]n) (?:de|por) (?:reposici[oó]n|reabastecimiento|devoluci[oó]n)",
    "pt": r"taxa de (?:reposi[cç][aã]o|reestocagem|devolu[cç][aã]o)",
    "fr": r"frais de (?:remise en stock|restockage|retour|traitement du retour)",
    "it": r"(?:costo|commissione|spese) di (?:riassortimento|restocking|reso|rientro)",
    "nl": r"(?:herbevoorradings|terugname|verwerkings)kosten",
    "pl": r"opłat\w* (?:za (?:zwrot|ponowne)|manipulacyjn\w*)",
    "tr": r"(?:yeniden stoklama|iade|i̇ade) (?:ücreti|bedeli|kesintisi)",
    "ru": r"(?:плат\w*|сбор\w*|комисси\w*) за (?:возврат|пополнение)",
    "ar": r"رسوم (?:إعادة التخزين|الإرجاع|الارجاع)",
    "ja": r"再入庫手数料|返品手数料",
    "ko": r"(?:재입고|반품)\s*수수료",
    "zh": r"补货费|重新入库费|退货手续费|退貨手續費",
}

# A word that cancels a fee mention ("no restocking fee", "sin cargo", "frais de retour offerts";
# "sur la maison" is the calque of "on the house": free, though not French).
NEGATION = {
    "en": r"no|without|free(?: of)?|zero|never|not charge|on us|we (?:cover|pay)",
    "de": r"kein\w*|ohne|keine|kostenlos|kostenfrei|übernehmen wir",
    "es": r"sin|ning[uú]n\w*|no (?:cobramos|aplicamos|hay)|gratis|gratuit\w*|a nuestro cargo|por cuenta de la casa",
    "pt": r"sem|nenhum\w*|n[aã]o (?:cobramos|h[aá])|gr[aá]tis|gratuit\w*|por nossa conta",
    "fr": r"sans|aucun\w*|pas de|offert\w*|gratuit\w*|à notre charge|sur la maison",
    "it": r"senza|nessun\w*|non (?:applichiamo|addebitiamo)|gratuit\w*|a nostro carico|offert\w*",
    "nl": r"geen|zonder|gratis|voor onze rekening",
    "pl": r"bez|żadn\w*|nie (?:pobieramy|ma)",
    "tr": r"yok|alınmaz|almıyoruz|ücretsiz",
    "ru": r"без|никак\w*|не (?:взимаем|берём|берем)",
    "ar": r"بدون|دون|لا (?:توجد|نفرض)",
    "ja": r"なし|無料|かかりません|不要",
    "ko": r"(?<!관계)(?<!상관)없이|없습니다|없음|무료",
    "zh": r"无需|無需|不收|免|没有|沒有",
}

GUARANTEE = {
    "en": r"warrant(?:y|ies)|guarantee",
    "de": r"garantie\w*|gewährleistung\w*",
    "es": r"garant[ií]a\w*",
    "pt": r"garantia\w*",
    "fr": r"garantie\w*",
    "it": r"garanzia\w*",
    "nl": r"garantie\w*",
    "pl": r"gwarancj\w*|rękojmi\w*",
    "tr": r"garanti\w*",
    "ru": r"гарант\w*",
    "ar": r"ضمان|الضمان",
    "ja": r"保証",
    "ko": r"보증|품질\s*보증",
    "zh": r"保修|质保|質保|保固",
    "sv": r"garanti\w*|reklamation\w*|reklamera\w*",
}

DATA_REQUEST = {
    "en": r"personal data|data (?:access |subject )?request|your data|gdpr|access request",
    "de": r"personenbezogen\w* daten|auskunft\w*|dsgvo|ihre[rnm]? daten",
    "es": r"datos personales|rgpd|sus datos|solicitud de acceso",
    "pt": r"dados pessoais|lgpd|rgpd|seus dados",
    "fr": r"données personnelles|données à caractère personnel|rgpd|vos données",
    "it": r"dati personali|gdpr|i suoi dati",
    "nl": r"persoonsgegevens|avg|uw gegevens",
    "pl": r"dan\w* osobow\w*|rodo",
    "tr": r"kişisel veri\w*|kvkk",
    "ru": r"персональн\w* данн\w*",
    "ar": r"البيانات الشخصية|بياناتك",
    "ja": r"個人情報|個人データ",
    "ko": r"개인정보",
    "zh": r"个人信息|個人資料|个人数据",
}

# Turkish attaches its copula and case endings to the unit: "7 gündür", "14 günlük", "30 gün içinde".
DAY_UNITS = (r"days?|tage?n?|d[ií]as?|jours?|giorni|giorno|dagen|dagar|dagars|dagers|dager|dages|dage|dag|päivä\w*|zile|dni|dn[ůu]|dní|dny|dzie[nń]|g[üu]n(?:d[üu]r|l[üu]k|[üu])?|"
             r"дн(?:ей|я)|день|суток|أيام|يوما|يومًا|يومً?ا|يوم|日間|日|일|天")
# Between the number and the day unit: "30 calendar days", "30 Kalendertage", "30 календарных дней",
# "30 takvim günü", "30个自然日" (a stated window in calendar days is still a window in days).
CALENDAR_QUALIFIERS = r"first|premi(?:ers|ères)|ersten|prim[ie]|primeros|primeiros|eerste|pierwszych|calendar|kalender|календарн\w*|takvim|个?自然|個?日曆"
WEEK_UNITS = (r"weeks?|wochen?|semanas?|semaines?|settimane?|weken|week|veckor|veckors|vecka|uker|ukers|uke|uger|ugers|uge|viiko\w*|viikon|săptămân\w*|týdn[ůu]|týden|týdny|tygodni\w*|tydzie[nń]|hafta(?:d[ıi]r|l[ıi]k)?|"
              r"недел[иьяю]\w*|أسابيع|أسبوع|週間|주|周|星期")
MONTH_UNITS = (r"months?|monate?n?|meses|mes|mois|mesi|mese|maanden|maand|månader|månaders|månad|måneder|måneders|måned|kuukau\w*|měsíc\w*|miesi[ęe]cy|miesi[ąa]c\w*|ay(?:d[ıi]r|l[ıi]k)?|"
               r"месяц\w*|أشهر|شهرا|شهر|か月|ヶ月|カ月|개월|个月|個月")
YEAR_UNITS = (r"years?|jahre?n?|a[ñn]os?|ans?|ann[oi]|jaar|lat|rok|lata|y[ıi]l(?:d[ıi]r|l[ıi]k)?|год\w*|лет|سنة|سنوات|"
              r"年間|年|년")

NUMBER_WORDS = {
    # en, de, es, fr, pt, it, nl — what agents write instead of digits
    "one": 1, "two": 2, "three": 3, "five": 5, "seven": 7, "ten": 10, "fourteen": 14, "thirty": 30,
    "ein": 1, "eine": 1, "zwei": 2, "drei": 3, "fünf": 5, "sieben": 7, "zehn": 10, "vierzehn": 14,
    "dreißig": 30, "un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3, "cinco": 5, "siete": 7, "diez": 10,
    "catorce": 14, "treinta": 30, "une": 1, "deux": 2, "trois": 3, "cinq": 5, "sept": 7, "dix": 10,
    "quatorze": 14, "trente": 30, "um": 1, "dois": 2, "duas": 2, "três": 3, "sete": 7, "dez": 10,
    "trinta": 30, "due": 2, "tre": 3, "sette": 7, "dieci": 10, "quattordici": 14, "trenta": 30,
    "een": 1, "twee": 2, "drie": 3, "vijf": 5, "zeven": 7, "tien": 10, "veertien": 14, "dertig": 30,
    "fifteen": 15, "fünfzehn": 15, "quince": 15, "quinze": 15, "quindici": 15, "vijftien": 15,
    "einundzwanzig": 21, "twenty-one": 21, "veintiún": 21, "veintiuno": 21, "vingt et un": 21, "vinte e um": 21,
    "ventuno": 21, "sixty": 60, "sechzig": 60, "sesenta": 60, "soixante": 60, "sessenta": 60, "sessanta": 60,
    "zestig": 60, "ninety": 90, "neunzig": 90, "noventa": 90, "quatre-vingt-dix": 90, "novanta": 90,
    "negentig": 90,
    "einem": 1, "einer": 1, "einen": 1,  # de dative and accusative: "von einem Jahr", "nach einem Monat"
    # pl (nominative and the genitive after "w ciągu", "do"), tr, ru (nominative and genitive), ar
    "jeden": 1, "dwa": 2, "dwóch": 2, "trzy": 3, "trzech": 3, "pięć": 5, "pięciu": 5, "siedem": 7, "siedmiu": 7,
    "dziesięć": 10, "dziesięciu": 10, "czternaście": 14, "czternastu": 14, "trzydzieści": 30, "trzydziestu": 30,
    "bir": 1, "iki": 2, "üç": 3, "beş": 5, "yedi": 7, "on dört": 14, "on beş": 15, "otuz": 30,
    "один": 1, "одного": 1, "два": 2, "двух": 2, "три": 3, "трёх": 3, "трех": 3, "пять": 5, "пяти": 5,
    "семь": 7, "семи": 7, "десять": 10, "десяти": 10, "четырнадцать": 14, "четырнадцати": 14,
    "тридцать": 30, "тридцати": 30,
    "ثلاثة": 3, "خمسة": 5, "سبعة": 7, "سبع": 7, "عشرة": 10, "أربعة عشر": 14, "اربعة عشر": 14, "ثلاثين": 30,
    "ثلاثون": 30,
    # zh and ja (kanji numerals), ko (Sino-Korean)
    "七": 7, "十四": 14, "十": 10, "五": 5, "三": 3, "一": 1, "两": 2, "二": 2, "三十": 30, "十五": 15,
    "칠": 7, "십": 10, "십사": 14, "삼십": 30,
    # sv
    "två": 2, "fem": 5, "sex": 6, "sju": 7, "tio": 10, "tolv": 12, "fjorton": 14, "trettio": 30,
}

# A blanket refusal of any return or exchange ("final sale", "概不退换", "vom Umtausch
# ausgeschlossen"): void where the law gives a right of withdrawal or voids such clauses.
NO_RETURNS = {
    "en": r"final sale|all sales (?:are )?final|no returns?(?: or (?:exchanges?|refunds?))?(?! (?:needed|necessary|required|label|to))|non-?returnable|(?:cannot|can ?not|can't|won't|will not) (?:be )?(?:returned|exchanged|refunded|accept (?:any |the )?returns?|(?:take|accept) (?:it|them|the \w+) back)|(?:is|are) not (?:eligible for (?:a )?return|returnable)|(?:sale |clearance |reduced )?(?:items?|purchases?) (?:are|is) (?:all )?final(?! (?:price|reduction|payment|amount|total|reminder|notice)s?\b)|excluded from (?:returns?|exchanges?|refunds?)|no (?:refunds? (?:or|and) )?exchanges?|(?:right (?:of|to) (?:withdraw\w*|cancel\w*|return\w*)|cooling[- ]off (?:period|right)) (?:does not|doesn['’]t|won['’]t|will not) apply",
    "de": r"vom (?:Umtausch|Widerruf|Rückgaberecht|Rücktritt)\w*(?: und (?:von der|vom) \w+)? aus(?:geschlossen|genommen)|von der (?:Rückgabe|Rücknahme|Erstattung)\w*(?: und (?:von der|vom) \w+)? aus(?:geschlossen|genommen)|(?:Umtausch|Rückgabe|Rücknahme|Rücksendung)\w* (?:ist |sind )?(?:leider |grundsätzlich )?(?:nicht möglich|ausgeschlossen)|keine (?:Rückgabe|Rücknahme|Umtausch)\w*(?![^.!?\n]{0,30}(?:nötig|notwendig|erforderlich|veranlassen))|kein Umtausch|nehmen wir (?:\w+ ){0,3}nicht (?:mehr )?zurück|Widerrufsrecht (?:gilt|besteht) (?:\w+ ){0,2}nicht|kein Widerrufsrecht",
    "fr": r"ni (?:repris|échangés?)(?: ni (?:repris|échangés?|remboursés?))?|(?:ne sont|n'est) (?:ni )?(?:pas )?(?:repris|échangés?|remboursables?)|non (?:repris|échangeables?|remboursables?)|vente (?:finale|ferme)|aucun (?:retour|échange)(?![^.!?\n]{0,20}(?:nécessaire|à effectuer|à faire))|exclus?e?s? (?:du droit de rétractation|de tout retour|des retours|des échanges)|n'acceptons (?:pas|aucun) (?:de )?(?:retours?|échanges?)|droit de rétractation ne s['’]applique pas|ne (?:bénéficient|bénéficie) pas du droit de rétractation|ne (?:donnent|donne|ouvrent|ouvre) (?:pas|aucun) droit (?:au|à la|à) (?:retour|rétractation|remboursement)",
    "es": r"no se (?:admiten|aceptan) (?:cambios|devoluciones)|(?:s[óo]lo|solamente|[úu]nicamente) (?:se )?(?:admiten?|aceptan?|aceptamos|hacemos|permiten?) (?:el )?cambios?(?:,| y)? (?:pero )?no (?:la |su )?devoluci[oó]n|sin (?:cambios? ni devoluci[oó]n(?:es)?|derecho a devoluci[oó]n)|venta final|no (?:tienen|tiene|admiten?|aceptamos|aceptan?|hacemos|realizamos) (?:cambios? ni )?(?:devoluci[oó]n|cambio)\w*|(?:excluid|exent)[oa]s? de (?:cambios?|devoluci[oó]n)\w*|no (?:son|es) (?:retornables?|reembolsables?|devolvibles?)|no (?:tienen|tiene|hay|dan|da) derecho (?:a|de) (?:(?:cambio|reembolso) (?:ni|o|y) )?(?:devoluci[oó]n|desistimiento|reembolso)|no se (?:puede|pueden) devolver|no (?:se )?(?:aplica|rige) el derecho de (?:desistimiento|devoluci[oó]n|retracto|arrepentimiento)|derecho de (?:desistimiento|retracto|arrepentimiento) no (?:se )?(?:aplica|rige)",
    "it": r"non (?:sono|è) (?:rimborsabil[ei]|restituibil[ei]|sostituibil[ei])|non (?:si )?(?:accettano|accettiamo|effettuiamo) (?:resi|cambi|rimborsi)|esclus[ioae]? da(?:l|i|lla)? (?:reso|resi|cambio|cambi|diritto di recesso)|vendita (?:finale|definitiva)|nessun (?:reso|cambio)(?![^.!?\n]{0,20}(?:necessari|da effettuare))|non (?:è|sono) (?:possibile|previst[oi]) (?:il |alcun )?(?:diritto di )?(?:reso|cambio|recesso)|diritto di recesso non (?:si applica|è previsto|vale)|non (?:hanno|ha|danno|dà) (?:il )?diritto (?:al|di) (?:reso|recesso|rimborso)",
    "pt": r"n[ãa]o (?:aceitamos|aceitam|aceita|admitem|admite|permitem|fazemos|realizamos|há|tem) (?:trocas?|devolu[cç][õo]es|devolu[cç][aã]o)|(?:s[óo]|somente|apenas) (?:aceitam(?:os)?|admitem|fazemos) trocas?(?:,| e)? (?:mas )?n[ãa]o devolu[cç](?:ão|ões)|sem trocas? (?:nem|e|ou) devolu[cç](?:ão|ões|ao|oes)|venda final|n[ãa]o (?:pode|podem) ser (?:devolvid|trocad)\w*|n[ãa]o (?:são|é) (?:reembols[aá]ve|devolv|troc[aá]ve)\w*|exclu[íi]d[oa]s? (?:de|da|do) (?:troca|devolu)\w*|n[ãa]o (?:se aplica|há|t[eê]m|tem|d[ãa]o|dá) (?:o )?direito (?:de|ao|a|à) (?:(?:troca|reembolso) (?:ou|nem|e) )?(?:arrependimento|desistência|devolu[cç][aã]o|livre resolução|reembolso)",
    "nl": r"geen (?:retourrecht|ruilrecht|retouren|ruilen|terugname)(?![^.!?\n]{0,25}nodig)|(?:uitgesloten van|vallen niet onder|valt niet onder) (?:retour|ruil|het herroepingsrecht)\w*|kunnen (?:niet|niet meer) (?:worden )?(?:geretourneerd|geruild|teruggenomen)|niet retourneerbaar|herroepingsrecht (?:geldt|is) (?:\w+ )?niet|geen herroepingsrecht",
    "pl": r"(?:nie (?:podlega|podlegają)|wyłączon\w* z) (?:zwrot\w*|wymian\w*)|nie (?:przyjmujemy|przyjmuje|akceptujemy) (?:zwrot\w*|wymian\w*)|bez (?:możliwości|prawa do) zwrotu|nie (?:można|da się) (?:ich |go |jej )?(?:zwrócić|wymienić)|sprzedaż ostateczna|prawo (?:do )?odstąpienia (?:od umowy )?nie (?:przysługuje|obowiązuje)",
    "tr": r"iade (?:ve değişim )?(?:kabul edilmemektedir|kabul edilmez|yapılmamaktadır|yapılmaz|alınmamaktadır|mümkün değildir|edilemez)|iade(?:si)? (?:ve değişimi )?(?:yoktur|bulunmamaktadır)|(?:iade|değişim) dışı",
    "ru": r"(?:возврат\w*|обмен\w*)(?: и (?:возврат\w*|обмен\w*))? не (?:подлеж\w*|принима\w*|производ\w*|осуществля\w*)|не (?:подлеж\w*|принима\w*) (?:возврат\w*|обмен\w*)|без права (?:на )?возврат\w*|возврат невозможен",
    "ar": r"(?:لا|غير) (?:يمكن|يُمكن|نقبل|يتم|يقبل)\s(?:\S+\s){0,2}?(?:إرجاع|ارجاع|استرجاع|استبدال|الإرجاع|الاسترجاع)|غير قابل(?:ة)? (?:للإرجاع|للاسترجاع|للاستبدال|للرد)|البيع نهائي|لا (?:يرد|ترد) ولا (?:يستبدل|تستبدل)",
    "ja": r"返品(?:・交換)?(?:は|を)?[、,]?(?:(?:当社|弊社|当店|弊店)?(?:の)?(?:規定|規約|方針|ポリシー)(?:上|により|によって|に基づき)[、,]?)?(?:一切)?(?:お受け|受け付け|受付)(?:でき|いたし|致し)?(?:かね)?(?:ません|ない)|返品(?:・交換)?(?:は)?(?:不可|お断り)|返品できません|ノークレーム・?ノーリターン",
    "ko": r"(?:반품|교환)(?:\s*(?:및|/)\s*(?:교환|반품))?\s*(?:이|은|이나)?\s*(?:(?:당사|회사|저희|내부|자체|쇼핑몰)?\s*(?:정책|규정|방침|규칙|약관)(?:상|에 따라|에 의해|에 의거하여)\s*)?(?:불가|안 ?됩니다|되지 않습니다|받지 않)",
    "sv": r"inga returer|(?:kan|går) (?:tyvärr )?inte (?:att )?(?:returnera|reklamera|byta)s?\w*|ej returrätt|(?:returneras|reklameras) inte|(?:ingen|ej) (?:rätt att )?reklam\w*",
    "da": r"ingen returret|(?:kan|kan dog) ikke returneres|ingen ombytning",
    "nb": r"ingen retur(?:rett)?|kan ikke returneres",
    "fi": r"ei palautusoikeutta|(?:ei voi|eivät voi) palauttaa",
    "ro": r"nu (?:pot|poate) fi returnat\w*|nu (?:se )?accept(?:ăm|a) retur\w*|fără (?:drept de )?retur",
    "cs": r"nelze (?:\w+ ){0,2}(?:vrátit|vyměnit)|(?:vrácení|výměna) (?:\w+ ){0,2}(?:není možn\w*|nelze)|nepřijímáme (?:\w+ ){0,3}(?:zpět|vrácen\w*)|bez možnosti vrácení|odstoupení od smlouvy (?:\w+ ){0,2}(?:není možné|nelze)|(?:vyloučen|vyjmut)\w* z (?:vrácení|výměny|práva na odstoupení)",
    "zh": r"概不退[换換]|不退不[换換]|不予退[换換货貨]|恕不退[换換货貨]|不支持(?:七天无理由)?退[换換货貨]|不接受退[换換货貨]|不可退[换換货貨]|售出(?:后|後)?不退|一经售出.{0,4}不",
}

# What makes a refusal lawful, in the same sentence: a statutory exception (made to order,
# hygiene seal, perishable, digital), a period that has run out, or a purchase in a shop.
LAWFUL_REFUSAL = {
    "en": r"gift ?cards?|vouchers?|tickets?|personali[sz]ed|custom(?:-made|i[sz]ed)?|made[- ]to[- ](?:measure|order)|engraved|hygien\w*|seal(?:ed)?|perishable|digital|download\w*|expired|(?:has|have) (?:passed|ended|run out)|after the \w+[- ]day|beyond the|outside the|in[- ]store|worn|used",
    "de": r"Gutschein\w*|Ticket\w*|personalisiert\w*|individuell\w*|maßanfertig\w*|nach Maß|Gravur|Hygiene\w*|versiegelt\w*|Siegel|verderblich\w*|digital\w*|Download\w*|abgelaufen\w*|verstrichen\w*|überschritten|nach Ablauf|im Laden|in der Filiale|getragen|benutzt",
    "fr": r"cartes? cadeaux?|bons? d['’]achat|billets?|personnalis\w*|sur mesure|gravé\w*|hygièn\w*|scell\w*|descell\w*|périssable\w*|numérique|téléchargement|expiré\w*|dépassé\w*|écoulé\w*|en magasin|porté\w*",
    "es": r"tarjetas? regalo|vales?|entradas|personalizad\w*|a medida|grabad\w*|higiene|precint\w*|desprecint\w*|pereceder\w*|digital\w*|descarga\w*|vencid\w*|expirad\w*|transcurrid\w*|superado|en tienda|usad[oa]s?",
    "it": r"gift card|buon[oi] regalo|bigliett\w*|personalizzat\w*|su misura|incis\w*|igien\w*|sigill\w*|deperibil\w*|digital\w*|scadut\w*|trascors\w*|superat\w*|in negozio|usat[oi]",
    "pt": r"vale-presente|cartão[- ]presente|ingressos?|personalizad\w*|sob medida|gravad\w*|higiene|lacrad\w*|lacre|perec[íi]ve\w*|digita\w*|vencid\w*|expirad\w*|ultrapassad\w*|na loja|usad[oa]s?",
    "nl": r"cadeaubon\w*|tickets?|gepersonaliseerd\w*|op maat|gegraveerd|hygiën\w*|verzegel\w*|bederfelijk\w*|digita\w*|verlopen|verstreken|in de winkel|gedragen|gebruikt",
    "pl": r"personalizowan\w*|na zamówienie|na wymiar|grawer\w*|higien\w*|zapieczętowan\w*|plomb\w*|łatwo psując\w*|cyfrow\w*|minął|minęł\w*|upłyn\w*|w sklepie stacjonarnym|używan\w*",
    "tr": r"kişiye özel|hijyen\w*|ambalaj\w* açıl\w*|çabuk bozul\w*|dijital|süre\w* (?:dol|geç)\w*|mağazadan",
    "ru": r"персонализ\w*|на заказ|по индивидуальн\w*|гигиен\w*|пломб\w*|скоропорт\w*|цифров\w*|ист[её]к\w*|прош(?:ёл|ел|ло|ли)|в магазине",
    "ar": r"مخصص|حسب الطلب|النظافة|مختوم|قابلة للتلف|رقمي|انتهت|انقضت|مضت",
    "ja": r"特注|オーダーメイド|名入れ|衛生|生鮮|デジタル|期間(?:を)?(?:過ぎ|経過)",
    "ko": r"주문\s*제작|맞춤|위생|신선|디지털|기간\s*(?:이)?\s*(?:지나|경과)",
    "zh": r"定制|定製|个性化|個性化|贴身|卫生|衛生|生鲜|生鮮|鲜活|数字商品|在线下载|超过|超過|已过|已過|逾期",
    "sv": r"presentkort|personlig\w*|måttbeställ\w*|hygien\w*|försegl\w*|färskvar\w*|digital\w*|nedladd\w*|har gått ut|passerat|i butik",
    "cs": r"dárkov\w* poukaz\w*|vstupenk\w*|personaliz\w*|na míru|na zakázku|gravír\w*|hygien\w*|zapečetěn\w*|plomb\w*|rychle (?:se )?kaz\w*|digitáln\w*|stažen\w*|uplynul\w*|vypršel\w*|po (?:uplynutí )?lhůt\w*|v prodejně|použit\w*|nošen\w*",
}

# A lawful reason said not to hold ("even though they haven't been worn", "obwohl sie nicht getragen
# wurden", "alors qu'elles n'ont pas été portées", "未使用"): the words right before a LAWFUL_REFUSAL
# word that deny it (a negation and at most the auxiliaries of a passive), so the refusal is not lawful.
LAWFUL_DENIED = {
    "en": r"(?:not|\w+n['’]t|never)(?:\s+(?:been|be|yet|ever|even))*",
    "de": r"(?:nicht|nie|noch nicht|niemals)(?:\s+(?:mehr|einmal))?",
    "fr": r"(?:pas|jamais|non)(?:\s+(?:été|encore))*",
    "es": r"(?:no|nunca|sin)(?:\s+(?:se|ha|han|haya|hayan|sido|estado|fue|fueron))*",
    "it": r"(?:non|mai)(?:\s+(?:è|sono|stat[oiae]|ancora|mai))*",
    "pt": r"(?:n[ãa]o|nunca|sem)(?:\s+(?:foi|foram|tenha|tenham|sido|estado))*",
    "nl": r"(?:niet|nooit|nog niet)(?:\s+(?:is|zijn))?",
    "pl": r"nie(?:\s+(?:był[aoy]?|były|został[aoy]?|zostały))?",
    "sv": r"(?:inte|aldrig|ej)(?:\s+(?:har|varit|blivit))*",
    "nb": r"(?:ikke|aldri)(?:\s+(?:har|vært|blitt))*",
    "da": r"(?:ikke|aldrig)(?:\s+(?:har|været|blevet))*",
    "ru": r"не(?:\s+был\w*)?",
    "cs": r"nebyl[aoy]?|nebyly",
    "zh": r"未经|未經|未|没有|沒有|没|沒",
    "ja": r"未",
}

# The right kept in the same sentence as a refusal of something else ("Reduzierte Ware ist vom Umtausch
# ausgenommen, Ihr Widerrufsrecht gilt aber auch für sie", "this does not affect your statutory rights"):
# an exchange or a goodwill return refused, the withdrawal right stated; read only when no negation follows
# the phrase in its clause (RIGHT_KEPT_DENIED: "gilt für Sale-Ware nicht").
RIGHT_KEPT = {
    "en": r"(?:statutory|legal) rights? (?:are|is|remain) (?:not affected|unaffected)|(?:does not|doesn['’]t|won['’]t|will not) affect (?:your|the) (?:statutory|legal) (?:rights?|right to \w+)|(?:right to (?:cancel|withdraw|return)\w*|cooling[- ]off (?:right|period)) (?:still applies|remains|is (?:not affected|unaffected)|applies (?:to \w+ )?(?:too|as well))",
    "de": r"(?:Widerrufsrecht|Rücktrittsrecht|gesetzliche\w* Rechte?)\w* (?:bleibt|bleiben|gilt|gelten|besteht|bestehen)|unberührt",
    "fr": r"droit (?:légal )?de rétractation (?:reste|demeure|s['’]applique)|droits légaux (?:restent|demeurent)",
    "es": r"derecho de desistimiento (?:se mantiene|sigue vigente|se aplica|sigue)|sin perjuicio de(?:l| su| tu) derecho",
    "it": r"diritto di recesso (?:resta|rimane|si applica|vale)|(?:fatto salvo|resta salvo) il (?:suo |tuo )?diritto",
    "pt": r"direito de (?:livre resolução|arrependimento|desistência) (?:mantém-se|se mantém|continua|aplica-se|se aplica)",
    "nl": r"herroepingsrecht (?:blijft|geldt)",
    "pl": r"prawo (?:do )?odstąpienia (?:od umowy )?(?:pozostaje|przysługuje|obowiązuje)",
    "cs": r"právo (?:na )?odstoupení (?:od smlouvy )?(?:zůstává|platí)",
    "sv": r"ångerrätt\w* (?:gäller|kvarstår)",
    "nb": r"angrerett\w* (?:gjelder|består)",
    "da": r"fortrydelsesret\w* (?:gælder|består)",
    "zh": r"(?:仍然|仍|依然|照样|照樣)(?:享有|支持|适用|適用)",
}
RIGHT_KEPT_DENIED = r"(?<!\w)(?:not|\w+n['’]t|nicht|kein\w*|pas|no|non|niet|geen|nie|ne|inte|ej|ikke|не)(?!\w)|不|没|沒"

# A refund paid only as store credit: where the law says a withdrawal is reimbursed by the
# means the customer paid with (Directive 2011/83/EU art. 13(1)).
STORE_CREDIT_ONLY = {
    "en": r"(?:only|solely|exclusively) (?:as|in the form of|by|via|with|through|in) (?:a |an )?(?:store credit|voucher|gift card|credit note|coupon|credit)|(?:store credit|voucher|gift card|credit note) only|(?:refunds? (?:are|is)|refund will be) (?:only )?(?:issued|given|made|provided) (?:only )?(?:as|in) (?:a )?(?:store credit|voucher|gift card|credit note)|no cash refunds?",
    "de": r"(?:nur|ausschließlich|lediglich) (?:in Form (?:eines|von)|als|per|mit (?:einem|einer)) (?:\w+ )?(?:Gutschein|Warengutschein|Einkaufsgutschein|Guthaben)\w*|keine (?:Bar|Geld)(?:auszahlung|erstattung)|Erstattung\w* erfolg\w* (?:\w+ )?(?:als|in Form eines) (?:Gutschein|Warengutschein)\w*",
    "fr": r"(?:uniquement|seulement|exclusivement) (?:sous forme d['’]|par |en )(?:un )?(?:avoir|bon d['’]achat|carte cadeau)|(?:avoir|bon d['’]achat) uniquement|aucun remboursement en (?:espèces|argent)|rembours\w* (?:\w+ ){0,3}(?:sous forme d(?:e |['’])|en )(?:un )?(?:avoir|bon d['’]achat|crédit (?:sur|à) votre compte|carte cadeau)",
    "es": r"(?:solo|sólo|solamente|únicamente|exclusivamente) (?:en forma de|como|mediante|con) (?:un |una )?(?:vale|bono|cupón|crédito en (?:la )?tienda|saldo|tarjeta regalo|nota de crédito)|no (?:se )?(?:devolvemos|reembolsamos|devuelve) (?:el )?dinero|reembols\w* (?:\w+ ){0,3}(?:en forma de|como|mediante) (?:un |una )?(?:vale|bono|saldo|cupón|crédito (?:en|para) (?:la tienda|tu cuenta|su cuenta))",
    "it": r"(?:solo|soltanto|esclusivamente|unicamente) (?:sotto forma di|come|tramite|con) (?:un |una )?(?:buono|voucher|credito|coupon|gift card)|rimbors\w* (?:\w+ )?(?:sotto forma di|con|tramite) (?:un |una )?(?:buono|voucher|coupon)|nessun rimborso in denaro",
    "pt": r"(?:apenas|somente|só|exclusivamente) (?:em|como|na forma de|por meio de) (?:um |uma )?(?:vale(?:-compras?)?|crédito na loja|cupom|cupão|saldo|cartão[- ]presente)|reembols\w* (?:\w+ )?(?:em|como|na forma de) (?:um |uma )?(?:vale|cupom|crédito na loja)|n[ãa]o (?:devolvemos|reembolsamos) (?:o )?dinheiro",
    "nl": r"(?:alleen|uitsluitend|enkel) (?:in de vorm van |als |met |via )?(?:een )?(?:tegoedbon|waardebon|cadeaubon|tegoed)|geen (?:geld|contant) terug",
    "pl": r"(?:tylko|wyłącznie|jedynie) (?:w formie|jako|w postaci) (?:bonu|vouchera|kuponu|karty podarunkowej|salda)|nie zwracamy (?:pieniędzy|gotówki)",
    "tr": r"(?:sadece|yalnızca|yalnız) (?:hediye çeki|mağaza kredisi|kupon|puan|indirim çeki)|para iadesi (?:yapılmamaktadır|yapılmaz|yoktur)",
    "ru": r"(?:только|исключительно|лишь) (?:в виде|в форме) (?:бонус\w*|купон\w*|подарочн\w*|сертификат\w*)|(?:только|исключительно) (?:бонус\w*|купон\w*|подарочн\w* сертификат\w*)|деньги не возвраща\w*",
    "ar": r"(?:فقط|إلا) (?:ك|على شكل |في صورة )?(?:قسيمة|رصيد|كوبون|بطاقة هدية)|(?:قسيمة|رصيد في المتجر|كوبون) فقط",
    "ja": r"(?:ポイント|クーポン|商品券|ギフトカード)(?:で|での)(?:のみ|だけ)",
    "ko": r"(?:적립금|포인트|쿠폰|상품권)(?:으로|로)만|현금 환불(?:은|이)? (?:불가|안 ?됩니다)",
    "zh": r"(?:只|仅|僅)(?:能)?(?:以|用|退(?:为|為|到|至)?)(?:店铺|店鋪|商城)?(?:优惠券|優惠券|代金券|购物券|購物券|积分|積分|余额|餘額|礼品卡|禮品卡)|不(?:退|支持退)现金",
}

# "Warranty void if opened": opening the goods to inspect them is the customer's right, and the
# statutory guarantee does not depend on an unbroken seal.
WARRANTY_VOID_OPENED = {
    "en": r"(?:warranty|guarantee) (?:is |will be |becomes )?(?:void(?:ed)?|invalid(?:ated)?|cancel+ed|lost)\b[^.!?\n]{0,40}(?:open\w*|seal|unseal\w*|remov\w*|tamper\w*|unbox\w*)|void if (?:opened|removed|broken|unsealed)|(?:opening|unsealing|unboxing|breaking the seal)[^.!?\n]{0,40}(?:voids?|invalidates?|cancels?) (?:the |your |any )?(?:warranty|guarantee)",
    "de": r"(?:Garantie|Gewährleistung)\w* (?:erlischt|entfällt|verfällt|ist (?:nichtig|ungültig|hinfällig))[^.!?\n]{0,40}(?:Öffn\w*|geöffnet|Siegel\w*|entsiegel\w*|ausgepackt|Verpackung)|(?:Öffn\w*|geöffnet\w*|Siegel|ausgepackt)[^.!?\n]{0,50}(?:erlischt|entfällt|verfällt|verlieren Sie) (?:die |Ihre |jede |jegliche )?(?:Garantie|Gewährleistung)",
    "fr": r"garantie\w* (?:est |sera )?(?:annulée|perdue|nulle|caduque|invalidée)[^.!?\n]{0,40}(?:ouvert\w*|ouverture|déball\w*|scell\w*|descell\w*)|(?:ouverture|ouvert\w*|déball\w*|descell\w*)[^.!?\n]{0,50}(?:annule|invalide|fait perdre|entraîne la perte de) (?:la |votre )?garantie",
    "es": r"garant[ií]a (?:se )?(?:anula|pierde|invalida|queda anulada|quedará anulada|deja de ser válida)[^.!?\n]{0,40}(?:abiert\w*|abr\w*|desprecint\w*|sello|desembal\w*)|(?:abrir|abierto|desprecint\w*|romper el sello)[^.!?\n]{0,50}(?:anula|invalida|pierde) (?:la |su )?garant[ií]a",
    "it": r"garanzia (?:decade|è nulla|viene annullata|si annulla|non è più valida|decadrà)[^.!?\n]{0,40}(?:apert\w*|apri\w*|sigill\w*|disimball\w*)|(?:apertura|aperto|apri\w*|rottura del sigillo)[^.!?\n]{0,50}(?:annulla|invalida|fa decadere) (?:la )?garanzia",
    "pt": r"garantia (?:é |será )?(?:anulada|perdida|cancelada|invalidada|perde a validade)[^.!?\n]{0,40}(?:abert\w*|abrir|lacre|violad\w*)|(?:abrir|abertura|violar o lacre|romper o lacre)[^.!?\n]{0,50}(?:anula|invalida|cancela) (?:a )?garantia",
    "nl": r"garantie (?:vervalt|komt te vervallen|is ongeldig)[^.!?\n]{0,40}(?:geopend|openen|zegel|verzegeling)|(?:openen|geopend|verbreken van de zegel)[^.!?\n]{0,50}(?:vervalt|verliest u) (?:de )?garantie",
    "pl": r"gwarancj\w* (?:traci ważność|wygasa|przepada|jest nieważna)[^.!?\n]{0,40}(?:otwar\w*|plomb\w*|zerwan\w*|rozpakow\w*)|(?:otwarcie|rozpakowanie|zerwanie plomby)[^.!?\n]{0,50}(?:powoduje utratę|unieważnia) gwarancji",
    "tr": r"garanti\w* (?:geçersiz|iptal|sona er)\w*[^.!?\n]{0,40}(?:açıl\w*|mühür\w*|ambalaj\w*)|(?:açılması|açıldığında|mühür\w* (?:kırıl|bozul)\w*)[^.!?\n]{0,50}garanti\w* (?:geçersiz|iptal)\w*",
    "ru": r"гаранти\w* (?:аннулиру\w*|теря\w*|прекраща\w*|недействительн\w*|не действует)[^.!?\n]{0,40}(?:вскрыт\w*|открыт\w*|пломб\w*|распаков\w*)|(?:вскрытие|распаковка|срыв пломбы|вскрыв\w*)[^.!?\n]{0,50}(?:аннулиру\w*|лиша\w*) (?:вас )?гаранти\w*",
    "ar": r"(?:يُلغى|يلغى|يسقط|تسقط|يبطل)\s(?:\S+\s){0,3}?الضمان[^.!?\n]{0,40}(?:فتح|الختم|العبوة)|(?:فتح|كسر الختم|فتح العبوة)[^.!?\n]{0,50}(?:يلغي|يُلغي|يبطل|يسقط) الضمان",
    "ja": r"開封(?:後|された場合|すると)[^。\n]{0,20}保証(?:は)?(?:対象外|無効|失効|受けられません)",
    "ko": r"개봉\s*(?:시|후|하면)[^.\n]{0,20}(?:보증|품질\s*보증|A/S)\s*(?:이|은)?\s*(?:불가|무효|제외|받을 수 없)",
    "zh": r"(?:拆封|开封|開封|撕毁封条|撕毀封條)(?:后|後)?[^。\n]{0,15}(?:不(?:予|再)?(?:保修|质保|保固)|(?:保修|质保|保固)(?:失效|无效|無效|作废))",
}

# The customer told to pay the return shipping: wrong where the law puts it on the trader.
CUSTOMER_PAYS_RETURN = {
    "en": r"(?:you|the customer|the buyer)(?: will)? (?:pay|pays|cover|covers|bear|bears|(?:are|is) responsible for) (?:for )?(?:the )?(?:cost of (?:the )?)?return (?:shipping|postage|delivery|costs?)|return (?:shipping|postage)(?: costs?)? (?:is|are) (?:at )?(?:your|the customer's|the buyer's) (?:own )?(?:expense|cost|responsibility)",
    "de": r"(?:Rücksende|Rückversand)\w*kosten (?:tragen Sie|trägt der Kunde|gehen zu Ihren Lasten|sind von Ihnen zu tragen|übernehmen Sie)|(?:tragen|übernehmen) Sie (?:die )?(?:Rücksende|Rückversand)\w*kosten",
    "fr": r"frais de retour (?:sont |restent )?(?:à (?:votre|la) charge|à la charge du client)|(?:vous|le client) (?:prenez|prend|payez|paie|supportez|supporte) (?:en charge )?les frais de retour",
    "es": r"(?:gastos|costes?|costos?) de (?:devoluci[oó]n|env[ií]o de (?:la )?devoluci[oó]n) (?:corren|son|serán|van) (?:por su cuenta|a (?:su|tu|cargo del cliente) cargo|a cargo del cliente)|(?:usted|tú) (?:paga|pagas|asume|asumes) (?:los )?(?:gastos|costes?|costos?) de (?:la )?devoluci[oó]n",
    "it": r"(?:spese|costi) di (?:reso|restituzione|spedizione del reso) (?:sono |restano )?a (?:suo|tuo|vostro) carico|a carico del cliente",
    "pt": r"(?:frete|custos?|despesas|postagem)(?: d[oa] frete| com o frete)? (?:d[aeo] |para )?(?:devolu[cç][aã]o|retorno|volta|devolver|de volta)(?: do produto)? (?:é|são|fica|ficam|será|serão|vai ser|corre|correm)(?: pag[oa]s?)? (?:por sua conta|de sua responsabilidade|de responsabilidade d[oa] (?:cliente|comprador|consumidor)|por conta do cliente|com (?:você|o cliente|a senhora|o senhor)|pelo cliente|por você|do cliente)|(?:você|o cliente|a senhora|o senhor) (?:paga|pagará|arca|arcará|cobre) (?:com )?(?:o )?(?:frete|custo|envio|postagem) (?:d[aeo] )?(?:devolu[cç][aã]o|retorno|volta)",
    "nl": r"(?:retourkosten|kosten voor het retourneren|verzendkosten van de retour) (?:zijn )?(?:voor (?:uw|je|eigen) rekening|betaalt u zelf|betaal je zelf)",
    "pl": r"koszt\w* (?:odesłania|zwrotu|przesyłki zwrotnej) (?:ponosi Pan|ponosi Pani|ponoszą Państwo|ponosi klient|pokrywa klient|ponosisz)",
    "tr": r"(?:iade )?kargo (?:ücreti|bedeli|masrafı|masrafları)\w*;? (?:tarafınıza|sizin tarafınıza|alıcı tarafına|müşteri tarafına) aittir|(?:iade )?kargo (?:ücreti|bedeli|masrafı|masrafları)\w* (?:alıcıya|müşteriye|size) aittir|(?:iade )?kargo (?:ücretini|bedelini|masrafını|masraflarını) (?:sizin|alıcının|müşterinin) (?:ödeme|karşılama)(?:si|sı|niz|nız)|(?:iade )?kargo (?:ücretini|bedelini|masrafını|masraflarını) (?:siz )?(?:ödeyeceksiniz|ödersiniz|karşılayacaksınız|karşılarsınız)|(?:iade )?kargo (?:ücreti|bedeli|masrafı) (?:tarafınızca|sizin tarafınızdan|alıcı tarafından) (?:karşılan|öden)\w*",
    "ru": r"(?:стоимость|расходы) (?:обратной доставки|на возврат|пересылки) (?:оплачивает|несёт|несет) (?:покупатель|клиент)|(?:вы|покупатель) оплачива\w* (?:обратную доставку|пересылку)",
    "ar": r"(?:تكاليف|رسوم|تكلفة) (?:شحن )?(?:الإرجاع|الارجاع) (?:على (?:حسابك|حسابكم|العميل|المشتري)|يتحملها (?:العميل|المشتري))|(?:تتحمل|يتحمل) (?:العميل |المشتري )?(?:تكاليف|رسوم|تكلفة) (?:شحن )?(?:الإرجاع|الارجاع)",
    "ja": r"返品(?:時の)?(?:送料|配送料)(?:は)?(?:お客様|お客さま)(?:の)?(?:ご)?負担",
    "ko": r"반품\s*(?:배송비|택배비)(?:는|은)?\s*(?:고객|구매자)\s*(?:님)?\s*부담",
    "zh": r"退[货貨]运费(?:由)?(?:您|买家|買家|顾客|顧客)(?:自行)?(?:承担|承擔|负责|負責)",
}

# A period that belongs to something else: delivery, a reply, processing a refund or a repair.
# A number nearer one of these than to a return word is not a return window ("we will reply
# within 2 days about your return", "o reembolso é processado em 5 dias").
OTHER_PERIOD = {
    "en": r"deliver\w*|arriv\w*|ship(?:s|ped|ping)?|dispatch\w*|transit|reply|respond|get back|answer|process\w*|repair\w*|inspect\w*",
    "de": r"liefer\w*|zustell\w*|versand\w*|versend\w*|antwort\w*|melden|bearbeit\w*|reparat\w*|prüf\w*",
    "es": r"entreg\w*|env[ií]\w*|lleg\w*|respond\w*|respuesta|proces\w*|tramit\w*|repar\w*|revis\w*",
    "pt": r"entreg\w*|envi\w*|cheg\w*|respond\w*|resposta|process\w*|repar\w*|an[aá]lis\w*",
    "fr": r"livr\w*|expédi\w*|exp[ée]di\w*|répond\w*|réponse|trait\w*|répar\w*|examin\w*",
    "it": r"consegn\w*|spedi\w*|rispond\w*|risposta|elabor\w*|riparaz\w*|verific\w*",
    "nl": r"bezorg\w*|lever\w*|verzend\w*|antwoord\w*|verwerk\w*|reparat\w*|beoordel\w*",
    "pl": r"dostaw\w*|dostarcz\w*|wysył\w*|odpowied\w*|odpowiemy|rozpatrz\w*|napraw\w*",
    "cs": r"doruč\w*|dodání|doprav\w*|odpov\w*|odešl\w*|vyříz\w*|oprav\w*",
    "sv": r"leverer\w*|leverans\w*|skicka[rs]?|svar\w*|behandl\w*|reparation\w*",
    "tr": r"teslimat\w*|kargo\w*|yanıt\w*|cevap\w*|işlem\w*|onar\w*|incele\w*",
    "ru": r"достав\w*|отправ\w*|ответ\w*|рассмотр\w*|обработ\w*|ремонт\w*",
    "ar": r"التوصيل|توصيل|الشحن|شحن|الرد|نرد|معالجة|إصلاح",
    "ja": r"お届け|配送|発送|回答|返信|ご連絡|処理|修理",
    "ko": r"배송|발송|답변|회신|연락|처리|수리",
    "zh": r"送达|送達|配送|发货|發貨|回复|回覆|答复|处理|處理|维修|維修",
}

# A period counted from the order, the purchase or the dispatch: shorter than the same number
# of days counted from delivery (Directive 2011/83/EU art. 9(2)(b) and the laws in
# culture_rules/regions that start the withdrawal period at delivery).
FROM_ORDER = {
    "en": r"(?:starts?|starting|begins?|beginning|runs?|running|counted|counts?|calculated) (?:on|from) the (?:day|date) (?:(?:you|we) (?:place[ds]?|made|make|submit(?:ted)?) (?:the|your) (?:order|purchase)|(?:you|we) (?:ordered|bought|purchased)|of (?:the |your )?(?:order|purchase))|(?:from|after|of) (?:the (?:date of |day of )?)?(?:your |the )?(?:order(?:ing)?|purchase|purchasing|dispatch|shipping|invoice)(?: date)?|(?:from|after) (?:the (?:date|day|moment) |when )?(?:you|we) (?:ordered|bought|purchased|shipped|dispatched|(?:placed|made|submitted) (?:the|your) (?:order|purchase))|(?:of|from|after) (?:placing|making|submitting) (?:the|your|an) (?:order|purchase)",
    "de": r"(?:am|ab dem|mit dem|vom) (?:Tag (?:der|Ihrer|deiner) (?:Bestellung|Bestellaufgabe|Auftragserteilung)|Bestelltag|Kauftag)|(?:ab|nach|seit|(?:beginnt|läuft|startet|zählt|gilt) (?:ab|mit)) (?:dem |der )?(?:Tag (?:der |Ihrer )|Datum (?:der |Ihrer |deiner )|Eingang (?:der |Ihrer |deiner ))?(?:Bestell\w*|Kauf\w*|Versand\w*|Rechnungsdatum|Auftrag\w*)",
    "es": r"(?:el|desde el|a partir del) día (?:de la|del|de su|de tu) (?:compra|pedido)|el día en que (?:hiciste|realizaste|hizo|realizó) (?:el |tu |su )?pedido|(?:desde|a partir de|tras|después de) (?:la |tu |su )?(?:fecha (?:de (?:la |tu |su )?|del ))?(?:compra|pedido|env[ií]o|factura)|desde que (?:hiciste|realizaste|hizo|realiz[oó]|hicimos|confirmamos) (?:el |tu |su )?(?:pedido|compra)|desde que (?:compraste|compr[oó])|(?:desde|a partir de|tras|después de) (?:el |su )?(?:pedido|env[ií]o)",
    "pt": r"(?:no|desde o|a partir do|a contar do) dia d[ao] (?:sua |seu |tua |teu )?(?:compra|encomenda|pedido)|(?:desde|a partir d[ao]|a contar d[ao]|ap[oó]s|depois d[ao]) (?:(?:a |o )?data d[ao] )?(?:sua |seu |tua |teu )?(?:compra|encomenda|pedido|envio|expedi[cç][aã]o|fatura)",
    "fr": r"(?:le|du|dès le) jour (?:de|d['’]) ?(?:la |votre |ta |l['’])?(?:commande|achat)|(?:à compter|à partir|après|dès)(?: de| du| d['’])? ?(?:la |l['’]|votre |ta )?(?:(?:jour|date) (?:de|d['’]) ?(?:la |votre |ta |l['’])?)?(?:commande|achat|expédition|facture|envoi)",
    "it": r"(?:il|dal) giorno (?:dell['’]|del |di )(?:tuo |suo )?(?:ordine|acquisto)|(?:dalla|dall['’]|dal|dopo (?:la |l['’]|il )?) ?(?:(?:data|giorno) (?:dell['’]|del |di )?)?(?:tuo |suo )?(?:ordine|acquisto|spedizione|fattura)",
    "nl": r"(?:op|vanaf) (?:de )?(?:dag|datum) (?:van|waarop) (?:de |je |uw |u )?(?:bestel\w*|aankoop\w*|besteld\w*|kocht)|(?:na|vanaf|sinds) (?:de |je |uw )?(?:datum van (?:de |je |uw )?)?(?:bestel\w*|aankoop\w*|verzend\w*|factuurdatum)",
    "pl": r"w dniu (?:złożenia )?(?:zamówienia|zakupu)|od (?:dnia |daty )?(?:złożenia )?(?:zamówieni\w*|zakupu|wysyłki|nadania)",
    "tr": r"(?:sipariş|satın alma|alışveriş|kargoya veriliş|fatura)\w* (?:tarihinden|gününden)?\s?(?:itibaren|sonra)",
    "ru": r"(?:с|после) (?:момента |даты |дня )?(?:заказа|покупки|оформления|отправки|оплаты)",
    "ar": r"من (?:تاريخ )?(?:الطلب|الشراء|الشحن)",
    "ja": r"(?:ご?注文|購入|ご購入|発送|出荷)(?:日|後)?(?:から|より)",
    "ko": r"(?:주문|구매|결제|발송|출고)(?:일|일로)?\s*(?:로)?부터",
    "zh": r"(?:下单|下單|购买|購買|付款|发货|發貨)(?:之日|日|后|後)?(?:起|开始|開始)",
    "sv": r"(?:från|efter) (?:det att |att |när )?(?:du|ni|vi) (?:lade|gjorde|beställde|köpte|skickade)|(?:från|efter) (?:ditt |din |er |datumet för )?(?:beställning\w*|köp(?:et|dag\w*|datum\w*)?|order\w*|orderdatum\w*)",
}

# "The term" a period is named as (FROM_ORDER's reading): the word before the period ("le délai de",
# "o prazo de", "die Frist von", "lhůta", "angrefristen") or after it ("14-day period", "14 dni termin").
TERM_WORDS = (r"délai|plazo|prazo|termine|periodo|período|period|Frist|\w+frist|bedenktijd|\w*termijn|termín|lhůta|termin|frist|fristen|"
              r"ångerfrist\w*|angrefrist\w*|fortrydelsesfrist\w*|määräaika|süre|срок")
TERM_OF = r"de|di|von|of|van|på|na|od|на|z"
TERM_DAY_AFTER = r"day|dni|dagars?"
TERM_AFTER_WORDS = r"period|periodo|período|Frist|termijn|frist|termin"

# The right named right after a period ("7天无理由退货", "14 days' right to cancel", "14 dagers angrerett"):
# the period is the right's name, not one that has run out.
RIGHT_NAMED = (r"无理由|無理由|right to|cooling[- ]off|ångerrätt|angrerett|fortrydelsesret|Widerrufsrecht|"
               r"Rückgaberecht|Rücktrittsrecht")

# Goods bought on sale, discounted or in a clearance.
SALE_ITEMS = {
    "en": r"sale items?|(?:on|in (?:the|our) \w+|during (?:the|our) \w+(?: \w+)?) sale|sale (?:goods|products|price)|discounted|reduced(?: items| goods| price)?|clearance|outlet|markdowns?|black friday|boxing day (?:sale|deals?)|promo(?:tional)? items?|special offers?|(?:on |an? )?offer (?:items?|goods|purchases?)|(?:festive|holiday|christmas|seasonal)[- ](?:season )?(?:orders?|purchases?|items?|goods)|(?:christmas|festive|holiday|seasonal) (?:sale|promotion|deal)s?",
    "de": r"reduziert\w*|Sale|[a-zäöüß]{0,12}(?:schlussverkauf|ausverkauf|abverkauf|sonderangebot|aktionsware|angebotsware|restposten)\w*|Rabatt\w*|Outlet",
    "es": r"rebaj\w*|ofertas?|liquidaci[oó]n|outlet|descuento|promoci[oó]n|rebajad[oa]s",
    "pt": r"promo[cç][aãõ]\w*|sald[oa]s|liquida[cç][aã]o|outlet|desconto|em oferta|promocion\w*",
    "fr": r"soldes?|soldé\w*|promotion|en promo|remisé\w*|déstockage|outlet|démarque",
    "it": r"saldi|saldo|in offerta|scontat\w*|promozion\w*|outlet|svendita",
    "nl": r"uitverkoop|sale|solden|afgeprijsd\w*|korting|aanbieding|outlet",
    "pl": r"wyprzeda\w*|przecen\w*|promocj\w*|rabat\w*|outlet",
    "tr": r"indirim\w*|kampanya\w*|outlet|sezon sonu",
    "ru": r"распродаж\w*|скидк\w*|уценен\w*|уценён\w*|акци\w*",
    "ar": r"تخفيض\w*|التخفيضات|خصم|الخصم|العروض|التصفية|مخفض",
    "ja": r"セール|特価|値引|割引|アウトレット|在庫処分|見切り",
    "ko": r"세일|할인|특가|시즌\s*오프|아울렛|재고\s*정리|균일가",
    "zh": r"特价|特價|打折|折扣|促销|促銷|清仓|清倉|奥莱|奧萊|秒杀|秒殺|活动商品|活動商品|活动款|活動款|满减|滿減|参加了?\w{0,4}活动|參加了?\w{0,4}活動",
    "sv": r"rea|realisation\w*|nedsatt\w*|rabatt\w*|kampanj\w*|outlet",
    "da": r"udsalg\w*|nedsat\w*|rabat\w*|tilbud\w*|outlet",
    "nb": r"salg|utsalg\w*|nedsatt\w*|rabatt\w*|tilbud\w*|outlet",
    "fi": r"ale\w*|alennus\w*|alennettu\w*|tarjou\w*|outlet",
    "ro": r"reduc\w*|promoți\w*|promoţi\w*|ofert\w*|solduri|lichidare|outlet|black friday",
    "cs": r"výprodej\w*|slev\w*|zlevněn\w*|akc(?:e|i|ní)\w*|outlet",
}

# A refund or a return refused outright, in the words a shop's rule uses ("non-refundable",
# "not eligible for a refund", "환불이 불가", "不予退款"); read only next to a sale word: alone
# these also say "the deposit is non-refundable".
REFUSED_REFUND = {
    "en": r"non-?refundable|non-?returnable|(?:[a-z]{2,5}n['’]t |not |in)eligible for (?:a |any )?(?:refunds?|returns?|exchanges?)|(?:are|is) not (?:eligible|refundable)|no (?:refunds?|returns?)(?! (?:needed|necessary|required|label|to))|(?:cannot|can ?not|can['’]t|won['’]t|will not|do not|don['’]t) (?:be )?(?:refund(?:ed)?|return(?:ed)?|exchange[d]?|accept (?:any |the )?returns?|give (?:a )?refunds?|offer (?:a )?refunds?)|(?:unable|not able|aren['’]t able|are not able) to (?:give|offer|issue|provide|accept) (?:any )?(?:refunds?|returns?) (?:on|for)\b|only offer (?:you )?(?:an )?(?:exchange|store credit|credit note)s?,? (?:but )?not (?:a )?refund|excluded from (?:(?:any |all )?(?:returns?|refunds?|exchanges?)|the (?:right|returns? policy))",
    "de": r"nicht (?:erstattungsfähig|umtauschbar|rückgabefähig)|(?:Erstattung|Rückerstattung|Rückgabe|Umtausch|Rücknahme)\w* (?:ist |sind )?(?:leider |grundsätzlich )?(?:nicht möglich|ausgeschlossen)|keine (?:Erstattung|Rückerstattung|Rückgabe|Rücknahme|Umtausch)\w*|(?:vom|von der) (?:Umtausch|Rückgabe|Erstattung|Widerruf)\w* ausgeschlossen|nicht (?:zurückgenommen|erstattet|umgetauscht)",
    "es": r"no (?:son|es) (?:reembolsables?|retornables?|devolvibles?)|no (?:admiten|aceptan|tienen|tiene|aceptamos|hacemos|realizamos|damos) (?:cambios?|devoluci[oó]n\w*|reembolsos?)|sin (?:devoluci[oó]n|reembolso|cambio)|no se (?:reembolsa|devuelve|admite|aceptan?)\w*|excluid[oa]s? de (?:(?:los |las )?(?:cambios?|devoluci[oó]n\w*|reembolsos?)|la pol[ií]tica de devoluci[oó]n)",
    "pt": r"n[ãa]o (?:são|é) (?:reembols[aá]ve\w*|devolv\w*|troc[aá]ve\w*)|n[ãa]o (?:aceitamos|fazemos|realizamos|há|tem|têm|damos) (?:trocas?|devolu[cç]\w*|reembolso)|sem (?:devolu[cç]\w*|reembolso|troca)|exclu[íi]d[oa]s? d[ae]s? (?:trocas?|devolu[cç]\w*|reembolsos?)",
    "fr": r"non (?:remboursables?|repris|échangeables?)|ne (?:sont|peuvent|sera|seront) (?:ni )?(?:pas )?(?:remboursé|repris|échangé|remboursables)\w*|aucun (?:remboursement|retour|échange)|exclus?\w* (?:du droit de rétractation|des retours|des remboursements|des échanges|de tout (?:retour|remboursement|échange))",
    "it": r"non (?:sono|è) (?:rimborsabil\w*|restituibil\w*|sostituibil\w*)|non (?:si )?(?:accettano|accettiamo|effettuiamo|prevedono|prevediamo) (?:resi|cambi|rimborsi)|nessun (?:rimborso|reso|cambio)|esclus\w* da(?:l|i|lla|gli)? (?:res[oi]|rimbors\w*|cambi\w*|diritto di recesso)",
    "nl": r"niet (?:retourneerbaar|terugbetaalbaar|ruilbaar)|geen (?:terugbetaling|retour\w*|ruil\w*|restitutie)|uitgesloten van (?:retour\w*|ruil\w*|terugbetaling|het herroepingsrecht)",
    "pl": r"nie (?:podlega|podlegają) (?:zwrot\w*|wymian\w*)|bez (?:możliwości )?zwrotu|nie (?:przyjmujemy|zwracamy|wymieniamy)|wyłączon\w* z (?:zwrot\w*|wymian\w*|prawa odstąpienia)",
    "tr": r"iade(?:si)?(?: ve değişim)? (?:yapılmamaktadır|yapılmaz|yapılamaz|yoktur|edilemez|kabul edilmez|mümkün değil\w*|alınmaz)|(?:iade|değişim) dışı",
    "ru": r"(?:возврат\w*|обмен\w*)(?: и (?:возврат\w*|обмен\w*))? не (?:подлеж\w*|принима\w*|производ\w*|осуществля\w*|возможен)|не (?:подлеж\w*|принима\w*) (?:возврат\w*|обмен\w*)|без (?:права )?(?:на )?возврат\w*",
    "ar": r"(?:لا|غير) (?:يمكن|نقبل|يتم|يقبل)\s(?:\S+\s){0,2}?(?:إرجاع|ارجاع|استرجاع|استبدال|استرداد)\S*|غير قابل(?:ة)? (?:للإرجاع|للاسترجاع|للاستبدال|للاسترداد)|لا (?:ترد|يرد|تسترد|تستبدل)",
    "ja": r"(?:返品|返金|交換)(?:・(?:返品|返金|交換))*(?:は|を)?[、,]?(?:(?:当社|弊社|当店|弊店)?(?:の)?(?:規定|規約|方針|ポリシー)(?:上|により|によって|に基づき)[、,]?)?(?:一切)?(?:お受け|受け付け|受付|対応)(?:でき|いたし|致し)?(?:かね)?(?:ません|ない)|(?:返品|返金|交換)(?:・(?:返品|返金|交換))*(?:は)?(?:不可|対象外|お断り|できません)",
    "ko": r"(?:반품|교환|환불)(?:\s*(?:및|/|·|,|이나|과|와)\s*(?:반품|교환|환불))*\s*(?:이|은|는|가)?\s*(?:(?:당사|회사|저희|내부|자체|쇼핑몰)?\s*(?:정책|규정|방침|규칙|약관)(?:상|에 따라|에 의해|에 의거하여)\s*)?(?:불가|안 ?됩니다|되지 않|어렵|받지 않|제외)",
    "zh": r"(?:不(?:予|支持|接受|能|可)?|恕不|无法|無法)(?:退款|退货|退貨|退换|退換|换货|換貨)|(?:退款|退货|退貨|退换|退換)(?:不支持|无法|無法)",
    "cs": r"nevracíme (?:\w+ ){0,2}(?:peníze|částku)|peníze (?:\w+ ){0,3}nevrac\w*|nelze (?:\w+ ){0,2}(?:vrátit|vyměnit)|bez (?:možnosti )?vrácení|(?:vyloučen|vyjmut)\w* z (?:vrácení|výměny)",
}

# "Change of mind": where the only right is a remedy for faulty goods (Australia's consumer
# guarantees), refusing a refund for a change of mind is lawful.
CHANGE_OF_MIND = {
    "en": r"chang(?:e|ed|ing)(?: of| your| their)? mind|change-of-mind|no longer want|don['’]t want|unwanted",
    "de": r"(?:es sich )?anders überlegt|Meinung geändert|nicht mehr gefällt|nicht gefällt|Nichtgefallen",
    "fr": r"chang[ée]\w* d['’]avis|ne vous pla[îi]t (?:plus|pas)|convenance personnelle",
    "es": r"cambiad[oa] de opini[oó]n|ya no (?:te|le) gusta|no (?:te|le) gusta",
    "pt": r"mudou de ideia|não gostou|não (?:te|lhe) agradou",
    "it": r"cambiato idea|ripensamento|non (?:ti|le) piace",
    "nl": r"bedacht|van gedachten veranderd|(?:je|u) (?:het )?niet (?:meer )?(?:leuk )?(?:vindt|wilt)",
    "pl": r"rozmyślił\w*|zmian\w* zdania|nie podoba",
    "tr": r"fikrinizi değiştir\w*|vazgeç\w*|beğenmedi\w*",
    "ru": r"передумал\w*|не понравил\w*",
    "ja": r"(?:お客様|お客さま)(?:の)?(?:ご)?都合|イメージ(?:違い|と異なる)|気が変わ",
    "ko": r"(?:단순|고객)\s*변심",
    "zh": r"无理由|無理由|不喜欢|不喜歡|不想要",
    "cs": r"rozmysl\w*|rozmyslel\w*|nelíbí|nevyhovuje",
}

# Charges that a shop may keep or that are not the goods: "the booking fee is non-refundable"
# in a sentence that also names a sale refuses nothing about the sale goods.
CHARGES = {
    "en": r"fees?|deposits?|shipping(?: costs?| charges?)?|postage|delivery (?:charges?|costs?)|gift ?wrap\w*|surcharges?|gift cards?|vouchers?",
    "de": r"[a-zäöüß]{0,20}gebühr\w*|Anzahlung|Kaution|Versandkosten|Porto|Gutschein\w*",
    "fr": r"frais|acompte|caution|cartes? cadeaux?|bons? d['’]achat",
    "es": r"gastos|tarifas?|dep[oó]sito|señal|cargos?|tarjetas? regalo",
    "it": r"spese|caparra|deposito|commissioni?|gift card|buon[oi] regalo",
    "pt": r"frete|taxas?|sinal|portes|dep[oó]sito|vale-presente",
    "nl": r"[a-z]{0,20}kosten|aanbetaling|borg|cadeaubon\w*",
    "pl": r"opłat\w*|zaliczk\w*|kaucj\w*|koszt\w* wysyłki",
    "tr": r"kargo ücreti|ücret\w*|kapora|depozito",
    "ru": r"доставк\w*|сбор\w*|залог\w*|предоплат\w*",
    "ar": r"رسوم|العربون|الشحن",
    "ja": r"送料|手数料|手付金",
    "ko": r"배송비|수수료|보증금",
    "zh": r"运费|運費|手续费|手續費|定金|订金|訂金",
}

# Business days: "30 business days", "30 Werktage", "30 días hábiles", "30営業日", "영업일 기준 10일".
# BUSINESS_BEFORE comes between the number and the day unit, BUSINESS_AFTER after the unit,
# BUSINESS_UNIT is a day unit that means a business day, BUSINESS_LEAD comes before the number.
BUSINESS_BEFORE = r"business|working|iş|рабоч\w*|werk|robocz\w*"
BUSINESS_AFTER = r"h[aá]biles|laborables|ouvr[ée]s|ouvrables|[úu]teis|lavorativi|robocz\w*|werkdagen|ouvrés"
BUSINESS_UNIT = r"werktage?n?|arbeitstage?n?|werkdag(?:en)?|営業日|영업일|个?工作日|個?工作天|iş\s?günü"
BUSINESS_LEAD = r"(?:영업일|営業日|工作日|business days?|working days?)\s*(?:기준|で|:)?\s*$"

# A number word the period pattern reads in more languages (the legal guarantee stated in words:
# "la garantie légale de six mois", "dodici mesi").
NUMBER_WORDS.update({
    "four": 4, "six": 6, "eight": 8, "nine": 9, "twelve": 12, "twenty": 20, "twenty-four": 24,
    "vier": 4, "sechs": 6, "acht": 8, "neun": 9, "zwölf": 12, "zwanzig": 20, "vierundzwanzig": 24,
    "cuatro": 4, "seis": 6, "ocho": 8, "nueve": 9, "doce": 12, "veinte": 20, "veinticuatro": 24,
    "quatre": 4, "huit": 8, "neuf": 9, "douze": 12, "vingt": 20, "vingt-quatre": 24,
    "quatro": 4, "oito": 8, "nove": 9, "doze": 12, "vinte": 20, "vinte e quatro": 24,
    "quattro": 4, "sei": 6, "otto": 8, "dodici": 12, "venti": 20, "ventiquattro": 24,
    "zes": 6, "negen": 9, "twaalf": 12, "twintig": 20, "vierentwintig": 24,
    "cztery": 4, "sześć": 6, "sześciu": 6, "osiem": 8, "dwanaście": 12, "dwunastu": 12,
    "dört": 4, "altı": 6, "sekiz": 8, "on iki": 12, "yirmi dört": 24,
    "четыре": 4, "шесть": 6, "шести": 6, "восемь": 8, "двенадцать": 12, "двенадцати": 12,
})

# Goods that are faulty: with one of these in the reply, postage and refusals are read as about
# a fault, which the seller must put right (Directive (EU) 2019/771, Consumer Rights Act 2015,
# ACL, CDC art. 18, 民法 art. 562).
DEFECT = {
    "en": r"faulty|faults?|defect(?:ive|s)?|broken|broke down|stopped (?:working|charging|heating|turning on|spinning)|(?:doesn['’]t|does not|won['’]t|will not|isn['’]t|is not|not) (?:work(?:ing)?|charg(?:e|ing)|turn(?:ing)? on|switch(?:ing)? on|heat(?:ing)? up)|malfunction\w*|rattl\w*|leak(?:s|ing|ed)?|dead on arrival|came apart|come apart|cracked|manufacturing (?:fault|defect)",
    "de": r"defekt\w*|kaputt\w*|mangelhaft\w*|Mangel|(?:Hersteller|Produktions|Material|Fabrikations|Verarbeitungs)fehler\w*|Sachmangel|funktioniert (?:nicht|nicht mehr)|geht nicht mehr|startet nicht|lädt nicht|springt nicht an",
    "fr": r"défectueu\w*|défaut|(?:tomb\w* )?en panne|ne (?:fonctionne|marche|démarre|s['’]allume|charge|chauffe) (?:plus|pas)|cassé\w*",
    "es": r"defectuos\w*|defecto|fallas?|fallando|averiad\w*|aver[ií]a|no funcion[ae]|dej[óo] de funcionar|ha dejado de funcionar|no enciende|no carga|se (?:ha )?roto|no calienta|sin calentar|no se calienta|gotea",
    "pt": r"defeito|defeituos\w*|não funciona|parou de funcionar|não liga|não carrega|avariad\w*|avari(?:a|ou)|quebr(?:ou|ado|ada)",
    "it": r"difett\w*|guast\w*|(?:si (?:è|sia) )rott[oa]|non funziona|ha smesso di funzionare|non si accende|non si carica",
    "nl": r"defect|kapot|stuk|werkt niet|doet het niet|(?:niet meer )?oplaadt|laadt niet|gebrek\w*",
    "pl": r"wadliw\w*|wad[ayę]|uszkodz\w*|zepsu\w*|nie działa|przestał\w* działać|usterk\w*|awari\w*",
    "tr": r"arızalı|arıza\w*|bozuk|bozuldu|kusurlu|ayıplı|çalışmıyor",
    "ru": r"неисправ\w*|брак\w*|дефект\w*|сломал\w*|не работает|перестал\w* работать|не включается",
    "ar": r"معيب|عيب|عطل|تالف|لا يعمل|توقف عن العمل",
    "ja": r"初期不良|不良品|不良|故障|壊れ|動かない|電源が入らない|作動しない|不具合",
    "ko": r"불량|고장|작동하지 않|작동이 안|하자|결함",
    "zh": r"质量问题|質量問題|故障|坏了|壞了|瑕疵|残次|殘次|次品|不能用|无法使用|無法使用|漏水|无法充电|無法充電|不能充电|充不上电|不加热|不制冷|不通电|开不了机|無法開機|无法开机|(?:无法|無法|不能)(?:加热|加熱|启动|啟動|制冷|製冷|工作|开机)",
}

# A refund refused for goods the reply calls faulty, where the law gives one (the UK's 30-day
# short-term right to reject, Australia's major failure, China's 三包 return within 7 days): "can only
# be repaired, not refunded", "只换不退", "we aren't able to offer a refund or replacement".
FAULT_REFUSAL = {
    "en": r"(?:can|will|could) only (?:be )?(?:repair|replac|exchang|offer (?:a |an )?(?:repair|exchange|store credit|credit))\w*|only (?:offer|provide|do|give) (?:you )?(?:a |an )?(?:repairs?|exchanges?|store credit|credit notes?)|not (?:be )?refund(?:ed|able)|(?:unable|not able|aren['’]t able|are not able|isn['’]t able|is not able|can(?:no|['’])t|cannot|won['’]t|will not) (?:to )?(?:offer|give|issue|provide|process) (?:you )?(?:a |any )?(?:full )?refunds?|(?:do not|don['’]t|does not|doesn['’]t) (?:do|offer|give|issue|provide) (?:cash |money )?refunds?|no (?:cash |money )?refunds?\b",
    "zh": r"只(?:能|可)?(?:换|換)(?:货|貨)?不退|只(?:能|可以?)(?:申请|申請|为您|為您)?(?:换货|換貨|维修|維修|返修)|不(?:予|支持|能|可)?退(?:款|货|貨)|(?:无法|無法)(?:退款|退货|退貨)",
}


# Damage the customer caused: a refusal next to these is about the damage, not a fault.
CUSTOMER_DAMAGE = {
    "en": r"dropp(?:ed|ing)|water damage|liquid(?![a-z])|misuse|accident(?:al(?:ly)?|s)?(?![a-z])|wear and tear",
    "de": r"Sturz|heruntergefallen|Wasserschaden|unsachgemäß\w*|Verschleiß",
    "fr": r"chute|dégât des eaux|oxydation|mauvaise utilisation|usure",
    "es": r"ca[ií]da|golpe|humedad|mal uso|desgaste",
    "pt": r"queda|umidade|mau uso|desgaste",
    "it": r"caduta|umidità|uso improprio|usura",
    "nl": r"gevallen|waterschade|verkeerd gebruik|slijtage",
    "pl": r"upad\w*|zalan\w*|niewłaściw\w* użytk\w*|zużyci\w*",
    "ru": r"падени\w*|влаг\w*|неправильн\w* эксплуатац\w*",
    "ja": r"落下|水濡れ|誤使用",
    "ko": r"낙하|침수|부주의",
    "zh": r"摔|进水|進水|人为|人為",
}

# A reply sending the customer to the maker instead of putting the fault right.
MANUFACTURER = {
    "en": r"(?:contact|reach out to|get in touch with|take (?:it|this) up with|speak to|write to|go (?:back )?to|chase|claim (?:it )?from) (?:the |its )?(?:manufacturer|maker|brand)\b|manufacturer['’]?s? (?:directly|warranty claim)|(?:contact|claim with) (?:the |their )?manufacturer|(?:the )?(?:manufacturer|maker|brand) (?:handles|deals with|is responsible for|takes care of) (?:all |any |the )?(?:faults|defects|repairs|warranty|claims)|(?:handled|dealt with|processed) (?:directly )?by the manufacturer|directly with the manufacturer|(?:please |you(?:['’]ll| will)? (?:need|have) to |you must )(?:send|return|ship|post|take) (?:it|them|the \w+) (?:back )?to the (?:manufacturer|maker)",
    "de": r"(?:wenden Sie sich|melden Sie sich|kontaktieren Sie|an den Hersteller)[^.!?\n]{0,30}(?:Hersteller\w*)|direkt (?:beim|an den|mit dem|über den) Hersteller|(?:bitten wir Sie|müssen Sie|sollten Sie|können Sie|Sie müssen|bitte)[^.!?\n]{0,60}an den Hersteller (?:ein|zurück)?(?:zu)?(?:senden|schicken)\w*|vom Hersteller (?:bearbeitet|abgewickelt|übernommen)",
    "fr": r"(?:contacter|contactez|vous adresser|adressez-vous|vous rapprocher|rapprochez-vous)[^.!?\n]{0,25}(?:fabricant|constructeur|réparateur agréé|SAV de la marque)|directement (?:auprès du|avec le|au) (?:fabricant|constructeur)|(?:merci de|veuillez|vous devez|vous devrez) (?:l['’]|le |la |les )?(?:envoyer|renvoyer|expédier|retourner) (?:\w+ ){0,2}(?:au|chez le) (?:fabricant|constructeur)|(?:gérée?s?|traitée?s?|pris en charge) (?:directement )?par le (?:fabricant|constructeur)",
    "es": r"(?:contactar|contacta|contacte|dir[ií]gete|dir[ií]jase|acudir|acude|acuda)[^.!?\n]{0,25}(?:fabricante|servicio técnico oficial|servicio técnico de la marca)|directamente (?:con|al|ante) el fabricante|(?:tendr[áa]s? que|tienes que|tiene que|deber[áa]s?|debes|debe) (?:\w+ ){0,4}?(?:con|ante|al|a) (?:el |la )?(?:servicio técnico (?:oficial )?(?:del |de la )?)?(?:fabricante|marca)|(?:gestionad|tramitad|atendid)[oa]s? (?:directamente )?(?:por|con) el fabricante",
    "pt": r"(?:procurar|procure|contatar|contate|contactar|contacte|entrar em contato|entre em contato)[^.!?\n]{0,40}(?:fabricante|assistência técnica)|diretamente (?:com o|ao|junto (?:ao|do)) fabricante|(?:tratad|resolvid)[oa]s? (?:diretamente )?(?:com o|pelo) fabricante",
    "it": r"(?:contattare|contatta|contatti|rivolgerti|rivolgersi|rivolgiti|si rivolga)[^.!?\n]{0,25}(?:produttore|casa madre|centro (?:di )?assistenza)|direttamente (?:con il|al|dal) produttore|(?:dovrai|dovrà|devi|deve) (?:\w+ ){0,3}?(?:inviar|spedir|mandar|portar)\w* (?:\w+ ){0,2}al produttore|(?:gestit|risolt|trattat)\w* (?:direttamente )?(?:con il|dal) produttore",
    "nl": r"(?:neem contact op met|contact opnemen met|wend je tot|wendt u zich tot|ga naar)[^.!?\n]{0,20}(?:fabrikant|producent)|rechtstreeks (?:bij|met|aan) de (?:fabrikant|producent)",
    "pl": r"(?:skontaktuj|skontaktować|zwróć się|zgłoś się|zgłosić się)[^.!?\n]{0,25}(?:producent\w*|serwis\w* producenta|gwarant\w*)|bezpośrednio (?:do|z|u) producent\w*",
    "tr": r"(?:üretici|imalatçı|yetkili servis|üretici firma)\w*[^.!?\n]{0,25}(?:başvur|iletişime geç)\w*",
    "ru": r"(?:обратитесь|обратиться|свяжитесь)[^.!?\n]{0,25}(?:производител\w*|сервисн\w* центр\w*)",
    "ar": r"(?:تواصل|التواصل|راجع|مراجعة|اتصل)[^.!?؟\n]{0,25}(?:الشركة المصنعة|المصنع|الوكيل)",
    "ja": r"メーカー(?:の)?(?:サポート窓口|窓口|サポート|サポートセンター)?(?:へ|に)(?:直接)?(?:お問い合わせ|ご相談|ご連絡|お問合せ)",
    "ko": r"제조사(?:에|로|의\s*(?:A/S|서비스)\s*센터에)\s*(?:직접)?\s*(?:문의|연락)",
    "zh": r"(?:联系|聯繫|联络|找)(?:一下)?(?:厂家|廠家|厂商|廠商|品牌方|官方售后)",
}

# "No need to contact the manufacturer": what cancels a manufacturer phrase just before it.
NO_NEED = (r"(?:no need|don['’]t (?:need|have) to|needn['’]t|instead of|rather than|kein\w* Grund|nicht nötig|"
           r"pas besoin d[e']|no hace falta|no necesitas|no tienes que|não precisa|non (?:serve|c['’]è bisogno di)|"
           r"hoeft (?:je |u )?niet|nie musisz|不必|不用|必要はありません|할 필요)\W+(?:\w+\W+){0,2}$")

# The store saying it will not put the goods right ("there's nothing more we can do", "non possiamo
# intervenire", "対応いたしかねます").
HANDS_TIED = {
    "en": r"nothing (?:more|further|else) (?:that )?we can do|(?:there['’]s|there is) nothing (?:that )?we can do(?! (?:about|to (?:speed|change|get|make)))|(?:are|['’]re|am) (?:not|unable) (?:currently )?in a position to (?:help|assist|repair|replace|refund|exchange|accept|take|cover)|(?:(?:unable|not able|won['’]t be able) to|can(?:no|['’])t|cannot) (?:help(?! (?:but|\w+ing)\b)|assist|repair|replace|refund|exchange|do anything|accept (?:it|the return|returns)|take (?:it|them) back|cover (?:the )?repair)|(?:we )?(?:don['’]t|do not) (?:handle|deal with|accept) (?:faults|repairs|defective|faulty)",
    "de": r"(?:können|könnten) wir (?:Ihnen )?(?:hier )?(?:leider )?(?:nicht|nichts) (?:mehr )?(?:weiterhelfen|tun|machen|reparieren|ersetzen|erstatten|übernehmen|zurücknehmen|umtauschen)|sind wir (?:leider )?nicht in der Lage|keine (?:Reparatur|Erstattung|Ersatzlieferung|Rücknahme)\w* (?:mehr )?möglich",
    "fr": r"(?:ne sommes|ne serons) (?:\w+ )?(?:pas|plus) en mesure d[e'’]|(?:ne pouvons|ne pourrons) (?:pas|plus|malheureusement pas) (?:prendre en charge|intervenir|vous aider|réparer|remplacer|échanger|rembourser|accepter|reprendre)|rien (?:de plus )?(?:à faire|que nous puissions faire)|ne (?:pouvons|pourrons) (?:\w+ )?rien (?:faire|de plus)",
    "es": r"no (?:podemos|podremos|es posible|estamos en condiciones de) (?:hacer nada|ayudarte|ayudarle|repararlo|reparar|cambiarlo|cambiar|reemplazar|sustituir|reembolsar|aceptar|hacernos cargo)",
    "pt": r"n[ãa]o (?:podemos|conseguimos|temos como|é possível) (?:fazer nada|ajudar|trocar|consertar|reparar|reembolsar|aceitar|substituir|proceder (?:à|a|ao) (?:troca|repara|substitui|devolu|reembolso))",
    "it": r"non (?:possiamo|potremo|è possibile|siamo in grado di) (?:intervenire|fare nulla|fare altro|aiutarti|aiutarla|sostituir\w*|riparar\w*|rimborsar\w*|accettar\w*)",
    "nl": r"(?:(?:kunnen|kan) (?:wij|we)|(?:wij|we) (?:kunnen|kan)) (?:helaas )?(?:niets|niet) (?:meer )?(?:voor je |voor u )?(?:doen|repareren|vervangen|terugbetalen|omruilen)|zijn (?:wij|we) (?:helaas )?niet in staat",
    "pl": r"nie (?:możemy|jesteśmy w stanie) (?:nic zrobić|pomóc|naprawić|wymienić|zwrócić|przyjąć)",
    "tr": r"yapabileceğimiz bir şey (?:yok|bulunmuyor)|yardımcı olamıyoruz|kabul edemiyoruz|kabul edilmemektedir",
    "ru": r"ничего не можем (?:сделать|поделать)|не можем (?:помочь|принять|отремонтировать|заменить|вернуть)",
    "ar": r"لا (?:يمكننا|نستطيع) (?:فعل|عمل|المساعدة|الاستبدال|الإصلاح|الاسترجاع|قبول)",
    "ja": r"(?:対応|お受け|受け付け|交換|返品)(?:すること|いたすこと)?(?:が|は)?(?:いたし|致し|し|でき)?かねます|(?:お受け|受け付け|対応)(?:いたして|致して|して)(?:おり)?ません",
    "ko": r"(?:처리|교환|반품|환불|수리)(?:가|이|는|은)?\s*(?:어렵습니다|불가합니다|불가능합니다)",
    "zh": r"(?:无法|無法|不能)(?:为您)?(?:处理|處理|退换|退換|维修|維修)",
}

# The store's or the maker's warranty having run out, given as the reason for refusing.
WARRANTY_OVER = {
    "en": r"(?:outside|out of|beyond|past) (?:of )?(?:the |our |your |its |their )?(?:\w+[- ](?:month|year) |\d+[- ]?(?:month|year)s? )?(?:warranty|guarantee)(?: period)?|(?:warranty|guarantee)(?: period)? (?:has |have |is )?(?:now |already )?(?:expired|ended|finished|run out|lapsed|over)",
    "de": r"außerhalb (?:der|unserer|Ihrer) (?:\w+ )?(?:Garantie|Gewährleistung)\w*|(?:[a-zäöüß]{0,20}garantie|Gewährleistung)\w*(?: \w+){0,4} (?:ist |sind )?(?:\w+ )?(?:abgelaufen|erloschen|vorbei|überschritten)",
    "fr": r"(?:hors|en dehors de la) garantie|garantie\w*(?: [\w']+){0,4} (?:est |sont |étant |a |ayant )?(?:donc |déjà )?(?:expirée|expiré|dépassée|terminée|échue|écoulée|pris fin)",
    "es": r"fuera (?:de|del plazo de) (?:la )?garant[ií]a|garant[ií]a(?: \w+){0,5} (?:ya )?(?:ha )?(?:vencid[oa]|expirad[oa]|caducad[oa]|terminad[oa])",
    "pt": r"fora (?:da|do prazo de) garantia|garantia(?: \w+){0,5} (?:já )?(?:venceu|expirou|acabou|vencida|expirada)|prazo de (?:troca|garantia)[^.!?\n]{0,40}(?:já )?(?:passou|venceu|expirou)",
    "it": r"fuori garanzia|garanzia(?: \w+){0,5} (?:è )?(?:già )?(?:scaduta|terminata)",
    "nl": r"buiten de (?:\w+ )?garantie(?:termijn)?|garantie(?:termijn)?(?: \w+){0,4} (?:is )?(?:al )?(?:verlopen|voorbij)",
    "pl": r"po (?:upływie|okresie) gwarancji|gwarancj[aie](?: \w+){0,4} (?:już )?(?:wygasła|minęła|się skończyła|upłynęła)",
    "tr": r"garanti (?:süresi )?(?:dışı|dışında|doldu|bitti|sona erdi)",
    "ru": r"гаранти\w* (?:уже )?(?:истек\w*|закончил\w*|прош\w*)|вне гаранти\w*",
    "ar": r"(?:خارج|انتهاء|انتهت) (?:فترة )?الضمان",
    "ja": r"保証期間(?:が|を)?(?:過ぎ|終了|経過|切れ|外)|保証(?:対象)?外",
    "ko": r"보증\s*기간(?:이)?\s*(?:지나|만료|경과)|보증\s*(?:대상)?\s*외",
    "zh": r"(?:过|過|超出|超过|超過)(?:了)?(?:保修|质保|保固)期|(?:保修|质保|保固)期(?:已)?(?:过|過|满|滿)",
}

# The customer told to pay postage or carriage ("at your own expense", "à vos frais", "元払い"):
# read where the reply is about a fault (the remedy is free of charge, postage included).
PAYS_OWN = {
    "en": r"at your (?:own )?(?:expense|cost)|(?:paid|borne|covered) by (?:you|the customer|the buyer)|(?:you|you['’]ll|you will) (?:need to |have to |must )?(?:pay|cover) (?:for )?(?:the )?(?:return )?(?:postage|shipping|delivery|courier)(?: costs?)?|(?:unable|not able|can(?:no|['’])t|cannot|won['’]t|do not|don['’]t) (?:to )?(?:reimburse|refund|cover|pay for) (?:the |your )?(?:return )?(?:postage|shipping|courier)(?: costs?)?|(?:return )?(?:postage|shipping)(?: costs?)? (?:is|are) (?:at )?(?:your|the customer['’]s) (?:own )?(?:expense|cost|responsibility)|(?:cover|pay|bear) (?:for )?the (?:cost|costs|price) of (?:posting|sending|shipping|returning|mailing|couriering)",
    "de": r"auf (?:Ihre|eigene) (?:eigenen )?Kosten|(?:vom|von der) (?:Kunden|Käufer\w*|Kundin) (?:zu )?(?:getragen|tragen|bezahlt)|trägt der (?:Kunde|Käufer)|(?:Versand|Rücksende|Rückversand|Porto)\w* (?:tragen Sie|gehen zu Ihren Lasten|übernehmen Sie|zahlen Sie)|zu Ihren Lasten|(?:Kosten|Porto|Versandkosten|Rücksendekosten)\w* (?:\w+ ){0,8}(?:müss|m[uü]ss)\w* Sie (?:\w+ ){0,2}selbst (?:übernehmen|tragen|zahlen|bezahlen)|(?:übernehmen|tragen|zahlen|bezahlen) Sie (?:\w+ ){0,2}selbst|(?:Versand|Rücksende|Rückversand|Porto)\w*(?:kosten)?[^.!?\n]{0,60}?(?:leider )?nicht (?:erstatten|übernehmen|ersetzen|zurückerstatten)",
    "fr": r"à vos frais|(?:supportés|payés|pris en charge) par (?:le client|l['’]acheteur|vous)|à la charge de l['’]acheteur|(?:restant|restent|sont|seront) à votre charge|à la charge du client",
    "es": r"(?:corren |van )?por (?:tu|su) cuenta|(?:pagad|asumid|abonad)[oa]s? por (?:el cliente|ti|usted)|a (?:tu|su) cargo|a cargo del cliente|(?:tú|usted) (?:pagas|paga|asumes|asume) (?:el|los) (?:env[ií]o|gastos|portes)|corre(?:n)? de (?:tu|su) cuenta",
    "pt": r"por (?:sua|tua) conta|(?:suportad|pag|assumid|custead)[oa]s? pelo (?:cliente|comprador)|a cargo do (?:cliente|comprador)|por conta do cliente|às suas custas|a expensas suas|de sua responsabilidade",
    "it": r"a (?:tue|sue|vostre|proprie) spese|(?:sostenut|pagat)[eio] dal (?:cliente|compratore)|a carico dell['’]acquirente|a (?:tuo|suo|vostro) carico|a carico del cliente",
    "nl": r"voor (?:je|jouw|uw) (?:eigen )?rekening|(?:betaald|gedragen) door (?:de klant|jou|u)|voor rekening van de klant|voor eigen rekening|op eigen kosten|betaal je zelf|betaalt u zelf",
    "pl": r"na (?:własny|Twój|Pana|Pani|Państwa) koszt|koszt\w* (?:przesyłki|odesłania|wysyłki) (?:ponosisz|ponosi Pan|ponosi Pani|pokrywasz)",
    "tr": r"(?:masraf|ücret|bedel)\w* (?:size|alıcıya|müşteriye) aittir|kendi masrafınız\w*|(?:sizin|alıcı) tarafından (?:karşılan|öden)\w*",
    "ru": r"за (?:ваш|свой) сч[её]т|(?:доставку|пересылку) оплачиваете вы",
    "ar": r"على (?:نفقتك|حسابك|نفقتكم|حسابكم)",
    "ja": r"(?:送料|返送料|配送料)(?:は)?(?:お客様|お客さま)(?:の)?(?:ご)?負担|元払い(?:にて|で)",
    "ko": r"(?:배송비|택배비|왕복\s*배송비)(?:는|은)?\s*(?:고객|구매자)\s*(?:님)?\s*부담",
    "zh": r"(?:运费|運費)(?:需要|需|要|将|將|应|應)?(?:由)?(?:您|买家|買家|顾客|顧客)(?:自行|自己)?(?:承担|承擔|负责|負責|支付)|自付运费|自费寄回|自費寄回",
}

# A refund in money refused ("we don't refund", "nous ne procédons pas au remboursement", "não
# fazemos estorno"): next to a credit word, the refund is paid only as store credit.
NO_MONEY_REFUND = {
    "en": r"no (?:cash |money )?refunds?|(?:do|does|will|can)(?:n['’]t| not) (?:offer|give|issue|do|provide|make|pay) (?:cash |money )?refunds?|(?:can(?:no|['’])t|cannot|won['’]t|will not|unable to|do not|don['’]t) refund|instead of (?:a |your )?(?:cash )?refund|rather than (?:a |your )?refund|refunds? (?:is|are) not (?:possible|available|offered)|refunds? (?:\w+ ){0,5}(?:is not|are not|isn['’]t|aren['’]t|won['’]t be) (?:\w+ )?(?:possible|available|an option)(?!,? (?:until|before|yet)\b)",
    "de": r"(?:Rückzahlung|Erstattung|Rückerstattung|Auszahlung)\w*(?: [\w.]+){0,5} (?:ist |sind )?(?:\w+ ){0,3}(?:nicht (?:vorgesehen|möglich)|ausgeschlossen)|keine (?:Rück)?(?:zahlung|erstattung|Auszahlung)|erstatten (?:wir )?(?:\w+ ){0,3}nicht|statt einer (?:Rück)?(?:erstattung|zahlung)",
    "fr": r"(?:ne|n['’])\s?(?:\w+ ){0,2}(?:pas|aucun|jamais) (?:\w+ ){0,4}rembours\w*|ne rembours\w+ (?:pas|jamais)|pas de remboursement|aucun remboursement|au lieu d['’]un remboursement|remboursement (?:[\w'’]+ ){0,5}(?:n['’]est|ne sera|ne peut être) (?:\w+ )?(?:pas|plus) (?:possible|envisageable|prévu)(?!,? (?:avant|tant que|tant qu['’])\b)",
    "es": r"no (?:te |le |les |os )?(?:devolvemos|reembolsamos|reintegramos) (?:el )?(?:dinero|importe)|no (?:realizamos|hacemos|efectuamos|damos|ofrecemos) (?:\w+ )?reembolsos?|sin reembolso|en (?:lugar|vez) de(?:l| un)? reembolso|(?:reembolso|devolución del (?:dinero|importe)) (?:\w+ ){0,5}no (?:es|será|resulta) (?:\w+ )?posible(?!,? (?:hasta|antes)\b)|no (?:es|será|resulta) posible (?:\w+ )?(?:el reembolso|reembolsar|devolver el (?:dinero|importe))",
    "pt": r"n[ãa]o (?:devolvemos|reembolsamos|restitu[íi]mos) (?:o )?(?:valor|dinheiro)|n[ãa]o (?:fazemos|realizamos|efetuamos|damos) (?:o )?(?:reembolso|estorno|devolução do (?:valor|dinheiro))|sem (?:reembolso|estorno)|em (?:vez|lugar) d[eo] (?:reembolso|estorno)|(?:reembolso|estorno) (?:\w+ ){0,5}n[ãa]o (?:é|será) (?:\w+ )?poss[íi]vel(?!,? (?:até|antes)\b)|n[ãa]o (?:é|será) poss[íi]vel (?:\w+ )?(?:o reembolso|o estorno|reembolsar)",
    "it": r"non (?:\w+ )?(?:rimborsiamo|restituiamo|rendiamo) (?:il |i )?(?:denaro|soldi|importo)|non (?:effettuiamo|facciamo|prevediamo|eroghiamo) (?:alcun )?rimbors\w*|nessun rimborso|invece del rimborso|al posto del rimborso|rimborso (?:\w+ ){0,5}non (?:è|sarà) (?:\w+ )?possibile(?!,? (?:finché|prima)\b)|non (?:è|sarà) possibile (?:\w+ )?(?:il rimborso|rimborsare)",
    "nl": r"geen (?:geld )?(?:terugbetaling|restitutie)|geen geld terug|(?:geld )?(?:terugstorten|terugbetalen|terugbetaling)\w* (?:is|zijn) (?:\w+ ){0,3}niet mogelijk|(?:betalen|storten) (?:wij |we )?(?:het (?:geld|bedrag) )?niet terug|in plaats van (?:een )?terugbetaling",
    "pl": r"nie (?:zwracamy|oddajemy) (?:pieniędzy|gotówki|środków)|bez zwrotu (?:pieniędzy|środków)|zamiast zwrotu (?:pieniędzy|środków)|zwrot (?:środków|pieniędzy|należności|kwoty|płatności) (?:\w+ ){0,5}nie (?:jest|będzie) (?:\w+ )?możliw\w*(?!\w)(?!,? (?:dopóki|zanim|przed|do czasu)\b)|nie (?:jest|będzie) (?:\w+ )?możliwy zwrot (?:środków|pieniędzy)|nie (?:możemy|będziemy mogli) (?:\w+ )?zwrócić (?:\w+ )?(?:pieniędzy|środków|kwoty|należności)|nie dokonujemy zwrotu (?:środków|pieniędzy)",
    "tr": r"(?:para|ücret) iadesi (?:yapılmaz|yapılmamaktadır|yoktur|yapamıyoruz)|(?:para|ücret) iadesi yerine|(?:para|ücret) iadesi (?:\w+ ){0,3}(?:mümkün değil\w*|yapılamıyor|yapılamamaktadır)",
    "ru": r"деньги не возвраща\w*|не возвращаем (?:деньги|средства)|вместо возврата (?:денег|средств)|возврат (?:денег|денежных средств|средств) (?:\w+ ){0,5}(?:невозможен|не (?:возможен|предусмотрен))|не (?:можем|сможем) вернуть (?:\w+ )?(?:деньги|средства)",
    "ar": r"لا (?:نرد|نعيد|يتم رد|يتم استرداد) (?:المبلغ|المال|الأموال)|بدلا من (?:استرداد|رد) المبلغ",
    "ja": r"返金(?:は|を)?(?:いたし|致し|し)?かね(?:ます)?|返金(?:は|を)?(?:できません|不可|お受けできません|して(?:おり)?ません|行って(?:おり)?ません)|返金(?:の)?代わり",
    "ko": r"환불(?:은|이)?\s*(?:불가|안 ?됩니다|어렵습니다|해 ?드리지 않)|환불\s*대신",
    "zh": r"不(?:予|支持|能|可)?退(?:款|钱|錢|现|現)|无法退款|無法退款",
    "cs": r"peníze (?:\w+ ){0,2}nevrac\w*|nevracíme (?:\w+ ){0,2}(?:peníze|částku)|místo vrácení peněz|vrácení (?:peněz|částky) (?:\w+ ){0,5}(?:není|nebude) (?:\w+ )?možné",
    "ro": r"nu (?:vă )?(?:returnăm|rambursăm) (?:banii|suma)|fără rambursare|în loc de rambursare",
    "fi": r"(?:emme|ei) (?:\w+ ){0,2}palauta rahoja|rahoja ei palauteta|rahan palautuksen sijaan",
    "da": r"(?:ikke|ingen) pengene tilbage|ingen (?:refusion|tilbagebetaling)|(?:refunderer|betaler) (?:\w+ ){0,2}ikke (?:pengene|beløbet)|i stedet for (?:refusion|pengene tilbage)|tilbagebetaling (?:\w+ ){0,5}er (?:desværre )?ikke mulig",
    "nb": r"(?:ikke|ingen) pengene tilbake|ingen (?:refusjon|tilbakebetaling)|(?:refunderer|betaler) (?:\w+ ){0,2}ikke (?:tilbake )?(?:pengene|beløpet)|i stedet for (?:refusjon|pengene tilbake)|tilbakebetaling (?:\w+ ){0,5}er (?:dessverre )?ikke mulig",
    "sv": r"(?:inte|ej) pengarna tillbaka|ingen (?:åter)?betalning|(?:återbetalar|betalar) (?:\w+ ){0,2}inte (?:tillbaka )?(?:pengarna|beloppet)|i stället för (?:återbetalning|pengarna tillbaka)|återbetalning (?:\w+ ){0,5}(?:är|blir) (?:tyvärr )?inte möjlig(?!,? (?:förrän|innan)\b)",
}

# Store credit, vouchers and points: what a refused money refund is replaced by.
CREDIT = {
    "en": r"store credit|credit note|vouchers?|gift cards?|coupons?|account credit|credit (?:on|to) your (?:store )?account",
    "de": r"\w*gutschein\w*|Guthaben\w*",
    "fr": r"avoir|bons? d['’]achat|cartes? cadeaux?",
    "es": r"vales?|bonos?|cupón|cupones|crédito en (?:la )?tienda|saldo (?:en|para) (?:la |tu |su )?(?:tienda|cuenta)|tarjetas? regalo|nota de crédito",
    "pt": r"vales?(?:[- ]compras?| de compras?)?|crédito na loja|crédito (?:na|em) (?:sua )?conta|saldo na (?:sua )?conta|cupom|cupão|cartão[- ]presente",
    "it": r"buon[oi]|voucher|coupon|credito (?:sul|nel|in) (?:negozio|conto|sito)|gift card",
    "nl": r"tegoedbon\w*|waardebon\w*|cadeaubon\w*|tegoed|cadeaukaart\w*|giftcard\w*",
    "pl": r"bon\w*|voucher\w*|kupon\w*|kart\w* podarunkow\w*",
    "tr": r"hediye çeki|mağaza kredisi|kupon|puan|bakiye",
    "ru": r"купон\w*|бонус\w*|сертификат\w*|балл\w*",
    "ar": r"قسيمة|رصيد|كوبون|بطاقة هدية",
    "ja": r"クーポン|ポイント|商品券|ギフトカード|ギフト券",
    "ko": r"적립금|포인트|쿠폰|상품권",
    "zh": r"优惠券|優惠券|代金券|购物券|購物券|积分|積分|余额|餘額|礼品卡|禮品卡",
    "sv": r"tillgodokvitto\w*|presentkort\w*|tillgodohavande\w*|kupong\w*",
    "da": r"tilgodebevis\w*|gavekort\w*",
    "nb": r"tilgodelapp\w*|gavekort\w*",
    "cs": r"dobropis\w*|poukaz\w*|poukáz\w*",
}

# The bank's or card issuer's part of a refund ("it can take up to 5 business days to appear on your
# statement"): a time the store does not control, not the store's refund time. Any language.
BANK_DELAY = (r"banks?\b|bank's|statement|card issuer|Bank\w*|Kontoauszug|Kreditinstitut|banque|relevé|"
              r"banco|extracto|extrato|fatura do cartão|operadora do cartão|banca|estratto conto|bankafschrift|"
              r"bankowy|banku|wyciąg\w*|bankanız\w*|hesap ekstre\w*|банк\w*|выписк\w*|البنك|بنك|銀行|カード会社|"
              r"은행|카드사|银行|發卡行|发卡行|金融機関|明細|명세서|金融机构|账单|帳單|financial institution|Geldinstitut|到账|到帳|"
              r"établissement bancaire|entidad bancaria|instituição financeira|istituto di credito")

# "You're also welcome to contact the manufacturer": an extra option next to the store's own remedy.
ALSO = (r"(?<!\w)(?:also|as well|additionally|in addition|auch|zusätzlich|aussi|également|en plus|también|además|também|anche|"
        r"inoltre|ook|eveneens|również|ayrıca|также|أيضا|أيضًا)(?!\w)")

# Processing words of OTHER_PERIOD: next to a refund ("the refund is processed within 30 days") the
# period is still the refund's time. Any language.
PROCESSING = (r"process\w*|bearbeit\w*|proces\w*|tramit\w*|trait\w*|elabor\w*|verwerk\w*|rozpatrz\w*|işlem\w*|"
              r"обработ\w*|рассмотр\w*|معالجة|処理|처리|处理|處理")


# The legal guarantee denied ("sale items have no warranty", "von der Gewährleistung ausgeschlossen",
# "ne bénéficient pas de la garantie légale"): void where the law gives one (Directive (EU) 2019/771
# art. 21, Ley 19.496 art. 21...). A maker's or extended guarantee (GUARANTEE_MAKER nearby) may lawfully
# be absent; "no guarantee that it arrives" is about something else (a complement follows).
GUARANTEE_DENIED = {
    "en": r"(?:no|without (?:a |any )?) ?(?:legal )?warrant(?:y|ies)(?! card| registration)|(?:not|aren['’]t|isn['’]t) covered by (?:the |any |a |our )?(?:legal )?(?:warranty|guarantee)|excluded from (?:the |any )?(?:legal )?(?:warranty|guarantee)|(?:warranty|guarantee) (?:does not|doesn['’]t) (?:apply|cover)|(?:sold|come|comes) without (?:a |any )?(?:warranty|guarantee)|(?:isn['’]t|is not|aren['’]t|are not|won['’]t be|will not be|not) covered (?:if|when|should|for (?:faults|defects|breakdowns))|sold (?:as[- ]is|as seen)",
    "de": r"(?:von der|vom) (?:gesetzlichen )?(?:Gewährleistung|Garantie|Mängelhaftung)\w* ausgeschlossen|keine (?:gesetzliche )?(?:Gewährleistung|Garantie)|(?:Gewährleistung|Garantie)\w* (?:gilt|besteht|greift) (?:\w+ ){0,2}nicht|ohne (?:Gewährleistung|Garantie)|nicht unter die (?:Gewährleistung|Garantie)",
    "fr": r"ne (?:bénéficient|bénéficie|sont|est) (?:pas|plus) (?:de la |couverte?s? par la |sous )?garantie|ne (?:sont|est) (?:pas|plus) garanti\w*|non garanti\w*|(?:sans|aucune) garantie|exclue?s? de la garantie|garantie (?:légale )?(?:de conformité )?ne s['’]applique pas",
    "es": r"no (?:tienen|tiene|cuentan con|cuenta con|incluyen|incluye) garant[ií]a|sin garant[ií]a|(?:excluid|exent)[oa]s? de (?:la )?garant[ií]a|no (?:est[aá]n?|quedan?) cubiert[oa]s? por (?:la |nuestra )?garant[ií]a|garant[ií]a no (?:cubre|aplica|se aplica)",
    "pt": r"n[ãa]o (?:têm|tem|possuem|possui|incluem|inclui) garantia|sem garantia|exclu[íi]d[oa]s? da garantia|n[ãa]o (?:est[ãa]o|está|ficam|fica) cobert[oa]s? (?:pela|por) (?:nossa )?garantia|garantia n[ãa]o (?:cobre|se aplica)",
    "it": r"non (?:sono|è) copert[oiae] da(?:lla)? (?:nostra )?garanzia|senza garanzia|esclus[ioae] dalla garanzia|non (?:hanno|ha) (?:la |alcuna )?garanzia|garanzia non (?:copre|si applica|vale)",
    "nl": r"geen (?:wettelijke )?garantie|(?:uitgesloten van|valt niet onder|vallen niet onder) (?:de )?garantie|zonder garantie",
    "pl": r"bez gwarancji|nie obejmuje (?:ich |go |jej )?gwarancj\w*|gwarancja nie obejmuje|wyłączon\w* z gwarancji|nie podlega\w* (?:gwarancji|reklamacji)",
    "tr": r"garanti kapsamı dışında\w*|garantisi (?:yoktur|bulunmamaktadır)|garanti (?:verilmemektedir|verilmez)",
    "ru": r"гаранти\w* не распространя\w*|без гаранти\w*|не (?:подлежат|подлежит) гарантийно\w*",
    "ja": r"保証(?:の)?対象外|保証(?:は)?(?:ございません|ありません|付きません)",
    "ko": r"보증\s*(?:대상\s*)?(?:에서\s*)?제외|보증(?:이|은)?\s*(?:되지 않|불가)",
    "zh": r"不(?:予|在|提供)?(?:保修|质保|保固)|(?:不在|不属于|不屬於)(?:保修|质保|保固)范围",
    "ro": r"fără garanție|nu (?:beneficiază|au|are) (?:de )?garanție",
    "fi": r"ei takuuta|ilman takuuta|takuu ei koske",
    "da": r"ingen (?:garanti|reklamationsret)|uden garanti|garantien gælder ikke",
    "nb": r"ingen (?:garanti|reklamasjonsrett)|uten garanti|garantien gjelder ikke",
    "sv": r"ingen (?:garanti|reklamationsrätt)|utan garanti|garantin gäller inte",
    "cs": r"(?:se )?nevztahuje (?:\w+ ){0,2}(?:zákonná )?(?:záruka|odpovědnost za vady)|záruka se (?:\w+ ){0,2}nevztahuje|bez záruky|nelze (?:\w+ ){0,1}reklamovat",
}
GUARANTEE_MAKER = (r"manufacturer|further|weitere|supplémentaires?|adicional(?:es)?|ulteriori|mais(?=\s+\d)|nog(?=\s+\d)|maker['’]s|brand['’]s|extended|commercial|additional|Hersteller\w*|erweitert\w*|"
                   r"zusätzlich\w*|fabricant|commerciale|prolongée|fabricante|comercial|extendida|estendida|"
                   r"produttore|convenzionale|estesa|fabrikant|extra|producent\w*|üretici|производител\w*|メーカー|"
                   r"제조사|厂家|廠家|厂商|廠商|품질보증서")
# What may follow a "no guarantee" that is about something else: "no guarantee that/of/on…".
GUARANTEE_COMPLEMENT = r"[\s,]*(?:that|of|on|for|to|de|que|d['’]|di|da|do|dass|für|dat|voor|że|na|sur|del|della)(?!\w)"

# A voucher "for the amount" of the order (store credit given as the refund, art. 13(1) of
# Directive 2011/83/EU: the same means of payment unless the consumer agrees otherwise).
AMOUNT = {
    "en": r"(?:full |same |total )?(?:amount|value)|worth of (?:your|the) order|(?:equal|equivalent) to (?:your|the) (?:order|purchase)",
    "de": r"(?:Gesamt|Kauf|Waren|Rest)?(?:betrag|wert|preis)\w*|Höhe (?:des|Ihres) (?:Kaufpreises|Bestellwerts|Einkaufs)",
    "fr": r"montant|valeur|somme",
    "es": r"importe|valor|monto|cantidad pagada|total (?:del|de tu|de su) pedido",
    "pt": r"valor|montante|quantia",
    "it": r"importo|valore|somma|pari all['’]?",
    "nl": r"bedrag|waarde|aankoopbedrag",
    "pl": r"równowartoś\w*|wartoś\w*|kwot\w*",
    "tr": r"tutar\w*|bedel\w*|değer\w*",
    "ru": r"сумм\w*|стоимост\w*",
    "ar": r"قيمة|المبلغ",
    "ja": r"(?:ご)?(?:購入|注文)?金額|相当額|同額",
    "ko": r"금액|상당액",
    "zh": r"金额|金額|等额|等額|等值",
}
# The customer given a choice: "if you prefer", "alternatively", "or a refund".
OPTION = {
    "en": r"if you(?:['’]d)? (?:prefer|like|wish|rather)|(?:you can|you may|you could) (?:also )?(?:choose|opt|pick)|alternatively|or (?:a|an|your) (?:full )?(?:refund|money)|your choice|instead if you",
    "de": r"wenn (?:Sie|du) (?:möchten|möchtest|wünschen|lieber|es vorziehen)|auf Wunsch|alternativ|nach Ihrer Wahl|wahlweise|oder (?:eine |die )?(?:Rück)?(?:erstattung|zahlung)|falls (?:Sie|du) (?:\w+ )?(?:lieber|möchten|möchtest)",
    "fr": r"si vous (?:le )?(?:souhaitez|préférez|le désirez)|si tu (?:le )?(?:souhaites|préfères)|au choix|à votre choix|vous pouvez (?:aussi |également )?(?:choisir|opter)|ou (?:un|le) remboursement|en alternative|sinon",
    "es": r"si (?:lo )?(?:prefieres|prefiere|deseas|desea|quieres|quiere)|si (?:lo )?prefer[ií]s|a (?:tu|su) elecci[oó]n|puedes (?:elegir|optar)|puede (?:elegir|optar)|o (?:bien )?(?:el|un) reembolso|como alternativa",
    "pt": r"se (?:preferir|preferires|desejar|quiser)|à sua escolha|(?:pode|podes) (?:escolher|optar)|ou (?:o|um) reembolso|em alternativa|como alternativa",
    "it": r"se (?:preferisci|preferisce|desideri|desidera|vuoi|vuole)|a (?:tua|sua) scelta|(?:puoi|può) (?:scegliere|optare)|o (?:il|un) rimborso|in alternativa",
    "nl": r"als (?:je|u) (?:dat )?(?:liever|wilt|wenst)|desgewenst|naar keuze|(?:kun|kan|kunt) (?:je|u) (?:ook )?kiezen|of (?:een )?terugbetaling|als alternatief",
    "pl": r"jeśli (?:wolisz|woli Pan|woli Pani|chcesz)|do wyboru|(?:możesz|może Pan|może Pani) (?:też )?wybrać|albo zwrot|alternatywnie",
    "tr": r"(?:isterseniz|dilerseniz|tercih ederseniz)|seçiminize göre|alternatif olarak",
    "ru": r"если (?:вы )?(?:хотите|предпочитаете|пожелаете)|по (?:вашему )?выбору|на выбор|как вариант|или вернуть деньги",
    "ar": r"إذا (?:كنت )?(?:تفضل|ترغب)|حسب اختيارك|أو استرداد",
    "ja": r"ご希望(?:の場合|でしたら|に応じて)|お選び|または返金",
    "ko": r"원하시(?:면|는 경우)|선택하실 수|또는 환불",
    "zh": r"如(?:您)?(?:希望|愿意|需要)|可(?:以)?选择|或(?:者)?退款",
}
# The customer's own means of payment named: a money refund is offered beside any credit.
PAYMENT_MEANS = (r"(?<!gift )(?<!Geschenk)(?:credit |debit |bank )?cards?(?! regalo| cadeau)|paypal|bank account|(?:original|same) "
                 r"(?:payment|method)|payment method|Konto|Zahlungs(?:mittel|art|methode)|carte bancaire|moyen de paiement|"
                 r"compte bancaire|(?:Kredit|Bank|Giro|Debit|EC-)?karte|tarjeta(?! regalo)|medio de pago|m[ée]todo de pago|cuenta bancaria|cart[aã]o(?! presente)|"
                 r"meio de pagamento|conta bancária|metodo di pagamento|conto corrente|rekening|betaalmethode|"
                 r"karty? (?:płatnicz|kredytow)\w*|konto bankowe|metod\w* płatności|kart\w* (?:kredi|banka)|банковск\w* карт\w*|"
                 r"карт[уеы]|カード|口座|카드|계좌|原路|银行卡|信用卡")


# Opened, unsealed or unpacked goods: the withdrawal right does not end when the customer opens the
# parcel to try the goods (Directive 2011/83/EU art. 14(2): only a loss in value is owed; the sealed
# hygiene and media exceptions are LAWFUL_REFUSAL), nor under 网络购买商品七日无理由退货暂行办法 art. 8
# or 전자상거래법 art. 17(2) 1 (packaging opened to check the contents).
OPENED = {
    "en": r"open(?:ed|ing)?|unseal\w*|unbox\w*|unpack\w*|(?<!shipping )(?<!return )(?<!postage )(?<!address )(?:tags?|labels?) (?:\w+ ){0,4}(?:removed|cut off|taken off|detached|torn off)|(?:removed|cut off|took off|taken off|torn off) (?:the |its |their )?(?:\w+ )?(?:tags?|labels?)(?! (?:from|off) (?:the )?(?:box|parcel|package))|without (?:the |its |their )?(?:original )?(?:tags?|labels?)|filled(?!\w)|boiled(?!\w)|switched on(?!\w)|turned on(?!\w)|plugged in(?!\w)|assembled(?!\w)|tried out(?!\w)|tried on(?!\w)|washed(?!\w)|installed(?!\w)|fitted(?!\w)",
    "de": r"geöffnet\w*|Öffnung|öffne\w*|ausgepackt\w*|angebrochen\w*|entsiegelt\w*|(?:Etikett|Schild|Schildchen|Preisschild|Anhänger|Label|Etiketten|Schilder)\w* (?:\w+ ){0,4}(?:entfernt|abgetrennt|abgeschnitten|abgemacht|abgerissen|abgelöst)|ohne (?:\w+ ){0,1}(?:Etikett|Schildchen|Preisschild|Anhänger)\w*|befüllt(?= (?:haben|hatten|hast|hattest|wurde|wurden))|ausprobiert(?= (?:haben|hatten|hast|hattest|wurde|wurden))|aufgebaut(?= (?:haben|hatten|hast|hattest|wurde|wurden))|zusammengebaut(?= (?:haben|hatten|hast|hattest|wurde|wurden))|angeschlossen(?= (?:haben|hatten|hast|hattest|wurde|wurden))|eingeschaltet(?= (?:haben|hatten|hast|hattest|wurde|wurden))|gewaschen(?= (?:haben|hatten|hast|hattest|wurde|wurden))|in Betrieb genommen(?= (?:haben|hatten|hast|hattest|wurde|wurden))|(?:haben|hatten) (?:\w+ ){0,4}(?:befüllt|ausprobiert|aufgebaut|zusammengebaut|angeschlossen|eingeschaltet|gewaschen|in Betrieb genommen)(?!\w)",
    "fr": r"ouvert\w*|ouverture|déball\w*|descellé\w*|étiquettes? (?!de retour|d['’]envoi|de transport|d['’]expédition|prépayée)(?:\w+ ){0,4}(?:retirée?s?|enlevée?s?|coupée?s?|arrachée?s?|décollée?s?|ôtée?s?)|sans (?:l['’]|les |son |ses )?étiquettes?(?! de retour| d['’]envoi)|rempli(?:e|s|es)?(?!\w)|essayé(?:e|s|es)?(?!\w)(?! d)|monté(?:e|s|es)?(?!\w)|branché(?:e|s|es)?(?!\w)|lavé(?:e|s|es)?(?!\w)|installé(?:e|s|es)?(?!\w)|mise? en marche(?!\w)|allumé(?:e|s|es)?(?!\w)",
    "es": r"abiert\w*|abrir|desprecintad\w*|desembalad\w*|etiquetas? (?!de env[ií]o|de devoluci)(?:\w+ ){0,4}(?:quitad|retirad|cortad|arrancad|despegad)\w*|(?:quitado|retirado|cortado|arrancado|despegado) (?:\w+ ){0,2}(?:la |las |su |sus )?etiquetas?(?! de env[ií]o| de devoluci)|sin (?:la |su |las |sus )?etiquetas?(?! de env[ií]o| de devoluci)|probad[oa]s?(?!\w)|montad[oa]s?(?!\w)|lavad[oa]s?(?!\w)|enchufad[oa]s?(?!\w)|llenad[oa]s?(?!\w)|instalad[oa]s?(?!\w)|estrenad[oa]s?(?!\w)",
    "it": r"apert[oiae]|apertura|aprire|disimballat\w*|sigillo (?:rotto|aperto)|(?:cartellin[oi]|etichett[ae]) (?!di spedizione|di reso)(?:\w+ ){0,4}(?:rimoss|tolt|tagliat|staccat|strappat)\w*|(?:rimoss|tolt|tagliat|staccat|strappat)\w* (?:\w+ ){0,2}(?:il cartellino|i cartellini|l['’]etichetta|le etichette)|senza (?:il |i |l['’]|le )?(?:cartellin[oi]|etichett[ae])(?! di spedizione| di reso)|provat[oaie]|montat[oaie]|lavat[oaie]|collegat[oaie]|riempit[oaie]|installat[oaie]|acces[oaie]",
    "pt": r"abert[oa]s?|abertura|violad[oa]s?|deslacrad\w*|sem (?:o )?lacre|etiquetas? (?!de envio|de devolu)(?:\w+ ){0,4}(?:removid|retirad|cortad|arrancad|tirad)\w*|(?:removeu|retirou|cortou|arrancou|tirou|removid[oa]|retirad[oa]|cortad[oa]|arrancad[oa]) (?:\w+ ){0,2}(?:a |as )?etiquetas?(?! de envio| de devolu)|sem (?:a |as )?etiquetas?(?! de envio| de devolu)|testou(?!\w)|montou(?!\w)|lavou(?!\w)|ligou(?!\w)|encheu(?!\w)|instalou(?!\w)|experimentou(?!\w)|estreou(?!\w)",
    "nl": r"geopend\w*|opengemaakt\w*|uitgepakt\w*|verzegeling verbroken|(?:label|labels|kaartje|kaartjes|prijskaartje|etiket|etiketten) (?:\w+ ){0,4}(?:verwijderd|afgeknipt|eraf gehaald|afgehaald|losgemaakt|afgescheurd)|zonder (?:\w+ ){0,1}(?:label|kaartje|prijskaartje|etiket)|gevuld(?= (?:heeft|hebt|heb|hebben|had|hadden))|geprobeerd(?= (?:heeft|hebt|heb|hebben|had|hadden))|uitgeprobeerd(?= (?:heeft|hebt|heb|hebben|had|hadden))|gemonteerd(?= (?:heeft|hebt|heb|hebben|had|hadden))|in elkaar gezet(?= (?:heeft|hebt|heb|hebben|had|hadden))|gewassen(?= (?:heeft|hebt|heb|hebben|had|hadden))|aangesloten(?= (?:heeft|hebt|heb|hebben|had|hadden))|geïnstalleerd(?= (?:heeft|hebt|heb|hebben|had|hadden))|aangezet(?= (?:heeft|hebt|heb|hebben|had|hadden))|(?:heeft|hebt|had|hadden|hebben) (?:al |reeds |nu )?(?:gevuld|geprobeerd|uitgeprobeerd|gemonteerd|in elkaar gezet|gewassen|aangesloten|geïnstalleerd|aangezet)(?!\w)",
    "pl": r"otwart\w*|otwarci\w*|rozpakowan\w*|rozpieczętowan\w*|metk[aiężo]\w* (?:\w+ ){0,4}(?:odcięt|usunięt|oderwan|zdjęt|odpięt|odprut)\w*|(?:odcięt|usunięt|oderwan|zdjęt|odpruł|odciął|odcięł|zdjął|zdjęł)\w* (?:\w+ ){0,1}metk\w*|bez metk\w*|wypróbował\w*|zmontował\w*|wyprał\w*|podłączył\w*|napełnił\w*|zainstalował\w*|uruchomił\w*",
    "cs": r"otevřen\w*|rozbalen\w*|(?:visačk|štítek|štítk|etiket)\w* (?:\w+ ){0,4}(?:odstraněn|ustřižen|odtržen|odstřižen)\w*|bez (?:\w+ ){0,1}(?:visačk|štítk|etiket)\w*",
    "sv": r"öppnad\w*|öppnat\w*|bruten förpackning|uppackad\w*|(?:etikett|lapp|prislapp)\w* (?:\w+ ){0,4}(?:borttagen|borttagna|borttaget|avklippt|avklippta|bortklippt|avriven|avrivna)|utan (?:\w+ ){0,1}(?:etikett|lapp|prislapp)\w*",
    "da": r"åbnet|åbnede|udpakket|(?:mærke|prismærke|etiket)\w* (?:\w+ ){0,4}(?:fjernet|klippet af|revet af)",
    "nb": r"åpnet|åpnede|pakket ut|(?:lapp|merkelapp|prislapp|etikett)\w* (?:\w+ ){0,4}(?:fjernet|klippet av|revet av)",
    "fi": r"avat\w*|avattu\w*|(?:hintalap|lapu|lappu|etiket)\w* (?:\w+ ){0,4}(?:poistettu|leikattu|irrotettu|revitty)",
    "ro": r"desigilat\w*|deschis\w*|desfăcut\w*|despachetat\w*|etichet\w* (?:\w+ ){0,4}(?:îndepărtat|tăiat|rupt|scos|desprins|dezlipit)\w*|fără etichet\w*",
    "tr": r"açılmış|açıl(?:an|dı\w*)|ambalajı açık|etiket\w* (?:\w+ ){0,4}(?:çıkarıl|kesil|koparıl|sökül)\w*|etiketsiz",
    "ru": r"вскрыт\w*|распакован\w*|открыт\w* упаков\w*|(?:бирк|ярлык|этикетк)\w* (?:\w+ ){0,4}(?:снят\w*|срезан\w*|оторван\w*|удален\w*|удалён\w*)|без (?:\w+ ){0,1}(?:бирк|ярлык|этикет)\w*",
    "ar": r"مفتوح\w*|تم فتح|فتح العبوة",
    "ja": r"開封",
    "ko": r"개봉|포장\s*(?:을\s*)?뜯",
    "zh": r"拆封|开封|開封|拆开|拆開|已拆|拆了",
}

# OPENED also holds goods the customer tried the way one tries them in a shop (filled and boiled a
# kettle, plugged in, assembled, washed once: "Sie den Wasserkocher bereits befüllt haben"); handling
# to establish their nature and functioning keeps the right (Directive 2011/83/EU art. 14(2), recital 47).
# OPENED also holds a tag or label removed or cut off ("da das Etikett entfernt wurde", "la metka została
# odcięta", "without the tags"): in the EU the right of withdrawal does not depend on the tag or the
# original packaging either; the consumer answers only for a loss in value beyond handling the goods
# to try them (Directive 2011/83/EU art. 14(2)). A shipping or return label is no such tag.
# The right refused in so many words: "not possible", "does not apply", "excluded" — read with a
# return word and a condition (sale goods, opened goods) in one sentence.
REFUSE = {
    "en": r"not (?:possible|eligible|accepted|available|covered|apply|applicable)|(?:cannot|can ?not|can['’]t|won['’]t|will not|unable to) (?:be )?(?:accept|return|refund|exchang|process|apply|honou?r)\w*|no longer (?:possible|accepted|eligible|qualif(?:y|ies))|(?:does not|doesn['’]t|won['’]t|will not|not) qualify|excluded|exempt(?:ed)? from|ineligible|doesn['’]t apply|does not apply",
    "de": r"nicht (?:mehr )?(?:möglich|zulässig|akzeptiert|angenommen|zurückgenommen|erstattet|widerrufen|annehmen|akzeptieren|zurücknehmen|anerkennen|gewähren|anwenden)|ausgeschlossen|ausgenommen|kein\w* (?:Widerruf|Rückgabe|Umtausch|Rücknahme)\w*|gilt nicht|entfällt|erlischt",
    "fr": r"(?:n['’]est|ne sont|ne peut|ne peuvent|ne pouvons|ne pourrons|n['’](?:acceptons|accepte))[^.!?\n]{0,25}(?:pas|plus)|exclu\w*|impossible|ne s['’]applique pas",
    "es": r"no (?:es posible|se (?:admite|acepta|puede)\w*|admiten?|aceptamos|podemos|pueden|tienen?|aplica)|excluid\w*|queda\w* fuera",
    "it": r"non (?:è|sono|possono|può|accettiamo|si accettano|si applica|ammette|ammettono)|esclus\w*|né (?:res[oi]|rimborsabil\w*)|non possiamo (?:\w+ ){0,2}(?:accettare|rimborsare|procedere|ritirare|riprendere|applicare|concedere)",
    "pt": r"n[ãa]o (?:é|são|pode|podem|aceitamos|se aplica|têm|tem|admite|admitem|aceita|aceitam)|exclu[íi]d\w*|fora do direito",
    "nl": r"niet (?:meer )?(?:mogelijk|geaccepteerd|retourneren|terug|accepteren|aannemen|terugnemen|in behandeling nemen|toepassen|toestaan|honoreren)|uitgesloten|(?:kunnen|kan) (?:\w+ )?niet|geldt niet",
    "pl": r"nie (?:podlega\w*|można|przyjmujemy|jest możliwy|przysługuje|możemy (?:przyjąć|zaakceptować|uznać|uwzględnić|zastosować))|wyłączon\w*",
    "cs": r"nelze|nejsou|není možné|vyloučen\w*|nepřijím\w*|nevrac\w*|nevrátíme|nevztahuje se|nemůžeme (?:\w+ ){0,2}(?:přijmout|vrátit|uznat)",
    "sv": r"gäller inte|inte (?:möjligt|tillåtet)|kan inte|(?:går|gick) (?:\w+ ){0,2}inte|kan (?:\w+ ){0,2}inte (?:returnera|byta|ta tillbaka)|undantag\w*|ej|kan (?:\w+ ){0,2}inte (?:ta emot|acceptera|godkänna|återbetala)",
    "da": r"(?:kan|kan dog) ikke|gælder ikke|ikke muligt|undtaget|kan (?:\w+ ){0,2}ikke (?:returnere|bytte|refundere|tage tilbage)|kan (?:\w+ ){0,2}ikke (?:modtage|tage imod|acceptere|godkende)",
    "nb": r"kan ikke|gjelder ikke|ikke mulig|unntatt|kan (?:\w+ ){0,2}ikke (?:returnere|bytte|refundere|ta tilbake)|kan (?:\w+ ){0,2}ikke (?:ta imot|motta|akseptere|godkjenne)",
    "fi": r"ei (?:voi|ole|koske)|eivät voi|emme (?:\w+ ){0,1}voi (?:ottaa|hyväksyä|vastaanottaa)",
    "ro": r"nu (?:pot|poate|se|acceptăm|este posibil\w*)|exclus\w*|nu putem (?:accepta|primi|rambursa|prelua)",
    "tr": r"değildir|edilemez|yapılamaz|kabul edilmez|mümkün değil\w*|yapılmamaktadır",
    "ru": r"не (?:подлеж\w*|принима\w*|возможн\w*|можем|производ\w*)|невозможн\w*",
    "ar": r"لا (?:يمكن|نقبل|يتم)|غير (?:قابل\w*|ممكن)",
    "ja": r"できません|不可|お受けしておりません|お受けできません|対象外",
    "ko": r"불가|안\s?됩니다|할 수 없|되지 않",
    "zh": r"不支持|不予|不可|无法|無法|不能|不接受|不退|不享受|不享有|不适用|不適用",
}


# A complaint about goods (reklamacja): a period near one of these and an answer or processing word is
# the time the seller takes to answer it, compared with ``faulty_goods_remedy``'s ``answer_days``.
COMPLAINT = {
    "en": r"complaints?|claims?",
    "de": r"Reklamation\w*|Beanstandung\w*|Mängelanzeige\w*",
    "fr": r"réclamations?",
    "es": r"reclamaci[oó]n\w*|reclamos?",
    "it": r"reclam[oi]",
    "pt": r"reclama[cç][aãõ]\w*",
    "nl": r"klacht\w*",
    "pl": r"reklamacj\w*|reklamowan\w*",
    "cs": r"reklamac\w*",
    "tr": r"şikayet\w*|şikâyet\w*",
    "ru": r"претензи\w*|жалоб\w*",
}
# The languages whose complaint word above names a complaint about faulty goods only (reklamacja,
# reklamace, Reklamation): a window in months for it is the guarantee the store offers ("reklamację
# przyjmujemy tylko w ciągu 6 miesięcy od zakupu"). "complaint", "réclamation", "reclamación" are any grievance.
GOODS_COMPLAINT = {lang: COMPLAINT[lang] for lang in ("pl", "cs", "de")}
# Answering it: "rozpatrzymy", "odpowiemy", "we will respond".
ANSWER = (r"rozpatr\w*|odpowi\w*|respond\w*|answer\w*|reply|deal with|resolv\w*|review\w*|bearbeit\w*|beantwort\w*|"
          r"antwort\w*|entscheid\w*|trait\w*|répond\w*|respond\w*|tramit\w*|resolv\w*|contest\w*|rispond\w*|"
          r"gest\w*|respond\w*|analis\w*|behandel\w*|beantwoord\w*|vyříz\w*|yanıt\w*|cevap\w*|sonuçlandır\w*|"
          r"рассмотр\w*|ответ\w*")

# "We're unable to offer a refund": read only where a short-term right to reject exists (reject_days).
REFUND_NOT_OFFERED = (r"(?:unable|not able|can(?:no|['’])t|cannot) to (?:offer|give|issue|provide) (?:you )?(?:a |any )?"
                      r"(?:cash |money |full )?refunds?")

# The right made to depend on an unopened parcel ("nur originalverpackt und ungeöffnet möglich",
# "wyłącznie w nieotwartym opakowaniu"): read with a return word in the sentence, where the law gives
# a withdrawal right that opening the goods to try them does not end (Directive 2011/83/EU art. 14(2)).
UNOPENED_ONLY = {
    "en": r"only (?:\w+ ){0,5}(?:unopened|in (?:the|its|their) (?:original )?(?:unopened|sealed) (?:packaging|box))|(?:must|need to) (?:still )?be unopened",
    "de": r"nur (?:\w+ ){0,5}(?:ungeöffnet\w*|originalverpackt\w*|in (?:der )?(?:ungeöffneten|unbeschädigten|versiegelten|verschlossenen) Originalverpackung)|(?:muss|müssen) (?:\w+ ){0,3}(?:ungeöffnet|originalverpackt) sein",
    "fr": r"(?:uniquement|seulement) (?:\w+ ){0,5}(?:non (?:ouvert|déball)\w*|dans (?:son|leur) emballage d['’]origine (?:non ouvert|scellé|intact))|que dans (?:son |leur |l['’])emballage d['’]origine(?: \w+){0,2} (?:non ouvert|scellé|intact|fermé)\w*|ne (?:\w+ ){0,3}que (?:\w+ ){0,5}non (?:ouvert|déball)\w*",
    "es": r"(?:solo|sólo|solamente|únicamente) (?:\w+ ){0,5}(?:sin abrir|sin desprecintar|con el precinto intacto|precintad[oa]s)",
    "it": r"(?:solo|soltanto|esclusivamente|unicamente) (?:\w+ ){0,5}(?:non apert[oiae]|nella confezione originale (?:integra|sigillata|chiusa|non aperta))",
    "pt": r"(?:só|apenas|somente|unicamente) (?:\w+ ){0,5}(?:por abrir|não abert[oa]s?|sem abrir|inviolad[oa]s?)",
    "nl": r"(?:alleen|uitsluitend|enkel) (?:\w+ ){0,5}(?:ongeopend\w*|in de (?:originele|ongeopende) verpakking)",
    "pl": r"(?:tylko|wyłącznie|jedynie) (?:\w+ ){0,5}(?:nieotwart\w*|nienaruszon\w*|fabrycznie zapakowan\w*|nierozpakowan\w*)",
    "cs": r"(?:pouze|jen) (?:\w+ ){0,5}(?:neotevřen\w*|nerozbalen\w*|v neporušeném obalu)",
    "sv": r"(?:endast|bara) (?:\w+ ){0,5}(?:oöppnad\w*|i obruten förpackning)",
    "da": r"(?:kun|udelukkende) (?:\w+ ){0,5}(?:uåbnet|uåbnede|i ubrudt emballage)",
    "ro": r"(?:doar|numai) (?:\w+ ){0,5}(?:sigilat\w*|nedesfăcut\w*|nedeschis\w*|nedesigilat\w*)",
    "tr": r"(?:sadece|yalnızca) (?:\w+ ){0,5}(?:açılmamış|ambalajı açılmamış)",
    "ru": r"только (?:\w+ ){0,5}(?:невскрыт\w*|в невскрытой упаковке|нераспакованн\w*)",
    "zh": r"(?:仅|只|僅)(?:限|接受|支持|能)?(?:退)?(?:未拆封|未开封|未開封)",
    "ko": r"미개봉\s*(?:상품|제품)?\s*(?:만|에\s*한해)",
}


# The customer is a business ("trade account", "Geschäftskunde", "compte professionnel"): consumer law's
# withdrawal, refund and fee rules do not apply to the order, so policy_conflict reads nothing.
BUSINESS_CUSTOMER = (
    r"trade account|business account|corporate account|B2B|(?:your|the) company['’]s (?:order|account|purchase)|"
    r"business customer|VAT (?:number|registration)|not (?:as )?a consumer|"
    r"Geschäftskund\w*|Firmenkund\w*|Gewerbekund\w*|Firmenkundenkonto|Geschäftskundenkonto|Umsatzsteuer-ID|USt-IdNr\w*|"
    r"gewerbliche[nr]? (?:Bestellung|Kauf|Kunde\w*)|"
    r"client(?:e)? professionnel\w*|compte (?:professionnel|entreprise|pro)|numéro de TVA|"
    r"cliente (?:profesional|empresa|empresarial|business)|cuenta (?:de empresa|empresarial|profesional)|"
    r"account aziendale|partita IVA|"
    r"conta (?:empresarial|empresa|PJ)|CNPJ|"
    r"zakelijke? (?:klant|bestelling|account|rekening)|btw-nummer|"
    r"företagskund\w*|företagskonto|"
    r"klient\w* biznesow\w*|konto firmow\w*|"
    r"firemní(?:ho)? (?:zákazník\w*|účt\w*|účet)|"
    r"kurumsal (?:müşteri|hesap|fatura)\w*|"
    r"юридическ\w* лиц\w*|корпоративн\w* (?:клиент|счёт|счет|аккаунт)\w*|"
    r"企业(?:采购|账户|客户)|企業(?:採購|帳戶|客戶)|法人(?:様|のお客様|アカウント|向け)|기업 고객|사업자 (?:회원|고객)")

# "We can only offer store credit", "vi erbjuder endast ett tillgodokvitto": an only-word and a credit word
# (terms.CREDIT) in one clause, in the languages' own order (the only-word after it in Japanese and Korean).
ONLY = {
    "en": r"only|solely|exclusively",
    "de": r"nur|ausschließlich|lediglich",
    "fr": r"uniquement|seulement|ne (?:\w+ ){0,3}que",
    "es": r"s[oó]lo|solamente|únicamente",
    "it": r"solo|soltanto|solamente|unicamente|esclusivamente",
    "pt": r"apenas|somente|só|unicamente",
    "nl": r"alleen|uitsluitend|enkel",
    "pl": r"tylko|wyłącznie|jedynie",
    "cs": r"pouze|jen|výhradně",
    "sv": r"endast|bara|enbart|uteslutande",
    "da": r"kun|udelukkende",
    "nb": r"kun|bare|utelukkende",
    "fi": r"vain|ainoastaan",
    "ro": r"doar|numai|exclusiv",
    "tr": r"yalnızca|sadece",
    "ru": r"только|лишь|исключительно",
    "zh": r"只|仅|僅",
}
ONLY_AFTER = {"ja": r"のみ|だけ|限り", "ko": r"만|으로만|로만"}

# "The original shipping costs are not refunded", "les frais de livraison initiaux ne sont pas remboursés":
# the outbound delivery kept from the refund of a withdrawal, which repays every payment received,
# standard delivery included (Directive 2011/83/EU art. 13(1)). Return postage and an express surcharge
# the customer chose (art. 13(2)) are other costs: RETURN_POSTAGE and EXPRESS name them.
DELIVERY_NOT_REFUNDED = {
    "en": r"(?:(?:original|initial|outbound|standard)? ?(?:shipping|delivery|postage|carriage) (?:costs?|fees?|charges?)|shipping)(?: of \S+)? "
          r"(?:are|is|will) (?:not|n['’]t) (?:be )?(?:refund\w*|reimburs\w*|returned)|"
          r"(?:do|does|will|can) ?(?:not|n['’]t) (?:refund|reimburse) (?:the )?(?:original |initial |outbound )?(?:shipping|delivery|postage)|"
          r"(?:shipping|delivery|postage) (?:costs?|fees?|charges?)(?: of \S+)? (?:are|is) non-?refundable|non-?refundable (?:shipping|delivery)",
    "de": r"(?:Versand|Liefer|Hinsende|Porto)\w*kosten\w* (?:\w+ ){0,4}(?:werden|sind|können) (?:\w+ ){0,2}nicht (?:\w+ )?(?:erstattet|zurückerstattet|erstattungsfähig|rückerstattet)|"
          r"(?:erstatten|ersetzen) (?:wir )?(?:\w+ ){0,2}(?:die )?(?:Versand|Liefer|Hinsende)\w*kosten\w* nicht",
    "fr": r"frais (?:de (?:livraison|port|d['’]expédition|transport|envoi))(?: initiaux| d['’]origine| de la commande)? (?:\w+ ){0,2}ne (?:sont|seront|peuvent) (?:pas|plus) (?:\w+ )?rembours\w*|"
          r"ne rembours\w* (?:pas|plus) (?:les )?frais de (?:livraison|port|d['’]expédition)",
    "es": r"(?:gastos|costes|costos) (?:de (?:envío|entrega|transporte))(?: (?:del|de tu|de su) pedido(?: original)?| originales| iniciales)? (?:no se (?:reembolsa|devuelve|abona)\w*|no (?:son|serán) reembolsab\w*)|"
          r"no (?:reembolsamos|devolvemos|abonamos) (?:los )?(?:gastos|costes) de (?:envío|entrega)",
    "it": r"spese di (?:spedizione|consegna|trasporto)(?: iniziali| originali| dell['’]ordine)? (?:non (?:sono|vengono|verranno|saranno) (?:\w+ )?rimborsat\w*|non rimborsabili)|"
          r"non rimborsiamo (?:le )?spese di (?:spedizione|consegna)",
    "pt": r"(?:portes|custos|despesas) (?:de (?:envio|entrega|transporte))(?: iniciais| originais)? (?:não (?:são|serão) (?:\w+ )?reembolsad\w*|não reembols\w*)|"
          r"(?:frete|o frete)(?: \w+){0,3} não (?:é|será) (?:\w+ )?(?:reembolsad\w*|devolvid\w*|estornad\w*)",
    "nl": r"(?:verzend|bezorg|lever)kosten (?:\w+ ){0,3}(?:worden|zijn) (?:\w+ )?niet (?:terugbetaald|vergoed|terugbetaalbaar|gecrediteerd)",
    "pl": r"koszt\w* (?:wysyłki|dostawy|przesyłki)(?: \w+){0,3} nie (?:są|będą|zostaną|podlega\w*) (?:\w+ )?zwrac\w*|koszt\w* (?:wysyłki|dostawy) nie (?:zostaną|będą) zwrócone",
    "sv": r"frakt(?:kostnad|avgift)\w* (?:\w+ )?(?:återbetalas|ersätts) (?:\w+ )?inte|vi (?:återbetalar|ersätter) inte frakt\w*",
    "cs": r"(?:poštovné|náklady na (?:dopravu|doručení))(?: \w+){0,3} (?:nevracíme|se nevrac\w*|nebud\w* vrácen\w*)",
}
EXPRESS = (r"express|expr[eé]s|Express|Expresso|prioritaire|urgente|24\s?h|same[- ]day|next[- ]day|premium|sameday|kurier ekspres\w*|"
           r"surcharge|supplement\w*|suppl[ée]ment\w*|suplemento|supplemento|sobretaxa|Zuschlag|toeslag|upgrade|evening delivery|"
           r"avondlevering|Abendzustellung|Wunschtermin|livraison (?:le )?soir|consegna serale|entrega (?:de )?noche|spoedlevering|priorit\w*")
RETURN_POSTAGE = (r"return (?:shipping|postage|delivery)|Rücksend\w*|Rückversand\w*|(?:frais|coûts) de retour|"
                  r"(?:gastos|costes) de devolución|spese di (?:reso|restituzione)|(?:portes|custos) de devolução|frete de devolução|"
                  r"retourkosten|kosztu? (?:zwrotu|odesłania)|returfrakt\w*|zpětn\w* (?:zásilk|doprav)\w*|"
                  r"return label|retourlabel|Retourenschein|Rücksendeetikett|étiquette (?:de )?retour|etiqueta de devoluci[oó]n|"
                  r"etichetta di reso|etiqueta de devolução|etykiet\w* zwrotn\w*|returetikett\w*|returlabel\w*|palautuslap\w*|"
                  r"returseddel|returlapp\w*|zpětn\w* štít\w*")

# The withdrawal period said to be over because of the order's date ("a compra foi feita no dia
# 18/01, o prazo de 7 dias já terminou"): where the period runs from delivery (Directive
# 2011/83/EU art. 9(2)(b), CDC art. 49), the order's date does not end it. Read only in a sentence
# with a period equal to the statutory one, an order dated, and the period said to be over; a
# delivery named there settles it unless it is conceded ("even though it arrived on the 25th").
ORDERED_ON = {
    "en": r"(?:order(?:ed)?|purchas\w*|bought)(?: was| were)?(?: placed| made)? on",
    "pt": r"(?:compra|pedido|encomenda)(?: foi)? (?:feit[ao]|realizad[ao]|efetuad[ao]) (?:n[oa]|em)|(?:comprou|pediu|encomendou) (?:n[oa]|em)",
    "es": r"(?:compra|pedido)(?: se)? (?:realiz\w*|hizo|efectu\w*) (?:el|en)|(?:compr|ped)(?:ó|aste|iste|ió) (?:el|en)",
    "de": r"(?:bestellt|gekauft|Bestellung|Kauf)(?: \w+){0,3} am|am [^,;]{1,20} (?:bestellt|gekauft)",
    "fr": r"(?:command[ée]\w*|achet[ée]\w*|achat|commande|pass[ée]e)(?: \w+){0,3} le",
    "it": r"(?:ordinat\w*|acquistat\w*|acquisto|ordine)(?: \w+){0,3} (?:il|in data)",
    "nl": r"(?:besteld|gekocht|bestelling|aankoop)(?: \w+){0,3} op",
    "pl": r"(?:zamówi\w*|kupi\w*|zakup\w*)(?: \w+){0,3} (?:dnia|w dniu)",
    "tr": r"(?:sipariş|satın al)\w*(?: \w+){0,3} (?:tarihi|tarihinde)",
    "ru": r"(?:заказ|покуп)\w*(?: \w+){0,3} (?:был\w* )?(?:оформлен\w* |сделан\w* )?\d",
}
PERIOD_OVER = {
    "en": r"(?:has|have|had) (?:already )?(?:expired|ended|passed|run out|elapsed|lapsed)|is (?:already )?over",
    "pt": r"(?:já )?(?:terminou|acabou|expirou|venceu|passou|se encerrou)|(?:está|estão) (?:vencid|expirad|encerrad)\w*",
    "es": r"(?:ya )?(?:ha |han )?(?:vencido|expirado|terminado|finalizado|transcurrido)|venció|terminó|expiró",
    "de": r"abgelaufen|verstrichen|vorbei|überschritten|endete",
    "fr": r"(?:est|sont) (?:\w+ )?(?:expiré|écoulé|dépassé|terminé|passé)\w*",
    "it": r"(?:è|sono) (?:\w+ )?(?:scadut|trascors|terminat|superat)\w*",
    "nl": r"verlopen|verstreken|voorbij",
    "pl": r"minął|minęł\w*|upłyn\w*|skończ\w*",
    "tr": r"(?:sona er|dol|geç)(?:di|miş)\w*",
    "ru": r"(?:ист[её]к|прош[её]л|закончил)\w*",
}
DELIVERED = {
    "en": r"deliver\w*|arriv\w*|receiv\w*|reached you",
    "pt": r"cheg\w*|entreg\w*|receb\w*",
    "es": r"lleg\w*|entreg\w*|recib\w*",
    "de": r"geliefert|Lieferung|zugestellt|Zustellung|erhalten|angekommen|eingetroffen",
    "fr": r"livr\w*|reçu\w*|arriv\w*|réception",
    "it": r"consegn\w*|ricevut\w*|arrivat\w*",
    "nl": r"geleverd|bezorgd|ontvangen|aangekomen",
    "pl": r"dostarcz\w*|otrzyma\w*|doręcz\w*",
    "tr": r"teslim\w*|ulaştı\w*",
    "ru": r"достав\w*|получ\w*",
}
CONCEDED = {
    "en": r"even though|even if|although|though|despite",
    "pt": r"mesmo que|mesmo tendo|embora|ainda que|apesar de",
    "es": r"aunque|aun cuando|a pesar de",
    "de": r"obwohl|auch wenn|selbst wenn|wenngleich|obgleich",
    "fr": r"même si|bien que|quoique|malgré",
    "it": r"anche se|sebbene|benché|nonostante",
    "nl": r"hoewel|ook al|zelfs als",
    "pl": r"mimo że|chociaż|choć",
    "tr": r"rağmen|bile",
    "ru": r"хотя|даже если|несмотря",
}


# --- What the store keeps back from a refund, read as a structure (issue 15, dev15b) --------------
# A charge or a payment the customer made (CHARGE_NOUN: a fee, a cost, the delivery) in a refund's
# sentence, with a deduction on it (DEDUCTION: "minus", "abzüglich", "déduction faite de",
# "tratterremo", "drar av"), "not refunded" near it (NOT_REFUNDED) or an exclusion just before it
# (EXCLUDING: "except", "com exceção dos"). Where a withdrawal is refunded in full, delivery included
# (Directive 2011/83/EU art. 13(1), withdrawal_fee_percent 0), that is a conflict unless the sentence
# names what the law lets the store keep: value lost by handling beyond what is needed to try the
# goods (DIMINISHED_VALUE, art. 14(2)), a dearer delivery the customer chose (EXPRESS, art. 13(2)),
# the return postage (RETURN_POSTAGE, art. 14(1)), or a bank's or customs' charge (NOT_STORE_CHARGE).
# Compound languages (de, nl, sv, da, nb, fi) glue the charge to its kind ("Bearbeitungspauschale",
# "administratiekosten"): their nouns are matched inside the word (a match starts at the noun's
# core, which is all the windows around it need).
CHARGE_NOUN = {
    "en": r"(?<![A-Za-z])(?:fees?|charges?|costs?|surcharges?|postage|shipping|delivery)(?![A-Za-z])",
    "de": r"(?:gebühr|pauschale|entgelt|kostenanteil|porto)\w*|kosten(?!los|frei)\w*",
    "fr": r"(?<![A-Za-zÀ-ÿ])(?:frais|commissions?|pénalités?|coûts?|participation)(?![A-Za-zÀ-ÿ])",
    "es": r"(?<![A-Za-zÀ-ÿ])(?:gastos|cargos?|comisi[oó]n(?:es)?|tarifas?|costes?|costos?|penalizaci[oó]n|portes)(?![A-Za-zÀ-ÿ])",
    "it": r"(?<![A-Za-zÀ-ÿ])(?:spese|cost[oi]|commission[ei]|penal[ei]|diritti|oneri)(?![A-Za-zÀ-ÿ])",
    "pt": r"(?<![A-Za-zÀ-ÿ])(?:taxas?|custos?|encargos?|despesas?|portes|frete|comiss(?:ão|ões))(?![A-Za-zÀ-ÿ])",
    "nl": r"(?:kosten|toeslag|vergoeding|fee)\b",
    "pl": r"(?<![A-Za-zÀ-ž])(?:opłat\w*|koszt\w*|prowizj\w*)",
    "sv": r"(?:avgift|kostnad|frakt)\w*",
    "da": r"(?:gebyr|omkostning|fragt)\w*",
    "nb": r"(?:gebyr|kostnad|frakt)\w*",
    "fi": r"(?:maksu|kulu)\w*",
    "cs": r"(?<![A-Za-zÀ-ž])(?:poplat\w*|náklad\w*|poštovné\w*)",
}
DEDUCTION = {
    "en": r"\b(?:minus|less(?= (?:a|an|the|our|any|\S*\d))|deduct\w*|net of|withh[eo]ld\w*|(?:we(?:['’]ll| will)?|we have) (?:keep|retain)\w*)\b",
    "de": r"\b(?:abzüglich|abgezogen|einbehalt\w*|behalten (?:wir )?(?:\w+ ){0,3}ein|ziehen (?:wir )?[^.!?\n]{0,60}?\bab\b|vermindert um|reduziert um|verrechne\w*)\b",
    "fr": r"(?:déduction faite d\w*|déduit\w*|déduis\w*|déduir\w*|retenu\w*|retenons|retiendrons|conservons|conserverons|(?<!au )moins(?! de))",
    "es": r"(?:(?<!al )(?<!lo )menos(?! de)|descont\w*|deduc\w*|deduj\w*|retendremos|retenemos|restando|restaremos)",
    "it": r"(?:trattenut\w*|tratterr\w*|tratteni\w*|trattenere|detra\w*|dedott\w*|dedurre|al netto d\w*|(?<!al)meno(?! di)|decurtat\w*|scalat\w*|scaler\w*)",
    "pt": r"(?:desconta\w*|descontad\w*|deduz\w*|deduç\w*|retemos|reteremos|retid\w*|(?<!pelo )(?<!ao )menos(?! de)|abatid\w*)",
    "nl": r"(?:onder aftrek van|afgetrokken|ingehouden|verminderd met|min(?= €| \d| de| het| een)|(?:trekken|houden) (?:wij|we) [^.!?\n]{0,60}?\b(?:af|in)\b)",
    "pl": r"(?:pomniejsz\w*|potrąc\w*|odlicz\w*|minus)",
    "sv": r"(?:(?:drar|dras|dra) [^.!?\n]{0,50}?\bav\b|avdrag\w*|minus|behåller)",
    "da": r"(?:(?:trækker|trækkes|trække) [^.!?\n]{0,50}?\bfra\b|fratrukket|minus|beholder)",
    "nb": r"(?:(?:trekker|trekkes|trekke) [^.!?\n]{0,50}?\bfra\b|fratrukket|minus|beholder)",
    "fi": r"(?:vähennä\w*|vähentäen|vähennetään|miinus|pidätä\w*)",
    "cs": r"(?:strhn\w*|strhá\w*|strženo|odečt\w*|odečít\w*|ponech\w*|minus|sníž\w* o)",
}
NOT_REFUNDED = {
    "en": r"(?:not|n['’]t) (?:be )?(?:refund\w*|reimburs\w*|returned|included)|non-?refundable|(?:do|does|will|can)(?:n['’]t| not) (?:refund|reimburse)",
    "de": r"nicht (?:\w+ )?(?:erstatt\w*|zurückerstatt\w*|rückerstatt\w*|erstattungsfähig|ersetzt)|(?:erstatten|ersetzen) (?:wir )?(?:\w+ ){0,3}nicht",
    "fr": r"(?:ne|n['’]) ?(?:\w+ ){0,2}(?:pas|plus) (?:\w+ ){0,2}rembours\w*|non rembours\w*|(?:restent|reste|sont|seront|demeurent) (?:\w+ ){0,2}à votre charge",
    "es": r"no (?:se )?(?:\w+ ){0,2}(?:reembols\w*|devuelv\w*|devuelt\w*|abona\w*|reintegra\w*)|(?:corren|van|son|serán|quedan) (?:\w+ )?(?:por|de|a) (?:tu|su) (?:cuenta|cargo)",
    "it": r"non (?:\w+ ){0,3}rimbors\w*|(?:restano|rimangono|sono|resteranno|rimarranno) (?:\w+ )?a (?:suo|tuo|vostro) carico",
    "pt": r"não (?:\w+ ){0,3}(?:reembols\w*|devolvid\w*|estornad\w*)|(?:ficam|são|serão) (?:\w+ )?a (?:seu|teu) cargo",
    "nl": r"niet (?:\w+ )?(?:terugbetaald|terugbetaalbaar|vergoed|teruggestort|gecrediteerd|terugbetalen|terugstorten)|(?:zijn|blijven|komen) (?:\w+ )?voor (?:uw|je|eigen) rekening",
    "pl": r"nie (?:\w+ ){0,2}(?:zwrac\w*|zwróc\w*|podlega\w* zwrotowi)",
    "sv": r"(?:återbetalas|ersätts) (?:\w+ )?inte|inte (?:\w+ )?(?:återbetal\w*|ersätt\w*)",
    "da": r"(?:refunderes|tilbagebetales) ikke|ikke (?:\w+ )?(?:refunder\w*|tilbagebetal\w*)",
    "nb": r"(?:refunderes|tilbakebetales) ikke|ikke (?:\w+ )?(?:refunder\w*|tilbakebetal\w*)",
    "fi": r"ei (?:\w+ )?(?:palauteta|hyvitetä|korvata)",
    "cs": r"nevrac\w*|nevrát\w*|nebud\w* vrácen\w*",
}
# Words that exclude the charge just after them (an article may stand between: EXCLUDED_ARTICLE).
EXCLUDING = {
    "en": r"except(?:ing)?(?: for)?|excluding|apart from|other than|but not|exclusive of",
    "de": r"ausgenommen|außer|exklusive|bis auf",
    "fr": r"hors|sauf|à l['’]exception d\w*|excepté\w*",
    "es": r"excepto|salvo|a excepción de|con excepción de|sin incluir",
    "it": r"escluse|esclusi|tranne|eccetto|ad eccezione d\w*",
    "pt": r"com exce[cç][aã]o d\w*|exceto|excepto|salvo",
    "nl": r"exclusief|behalve|met uitzondering van",
    "pl": r"z wyjątkiem|poza",
    "sv": r"förutom|utom|exklusive|med undantag (?:för|av)",
    "da": r"bortset fra|undtagen|eksklusiv\w*",
    "nb": r"bortsett fra|unntatt|eksklusiv\w*",
    "fi": r"paitsi",
    "cs": r"kromě|mimo",
}
EXCLUDED_ARTICLE = (r"the|your|any|der|die|den|dem|Ihre[rn]?|les|des|la|le|vos|los|las|el|le|i|gli|os|as|o|a|de|het|uw|je|"
                    r"den|det")
# What the law lets a store deduct: value lost by handling beyond trying the goods on.
DIMINISHED_VALUE = (r"reduced value|diminished value|loss of value|lost value|wear|worn|used (?:outdoors|outside)|scuff\w*|"
                    r"signs of use|Wertminderung|Wertverlust|Gebrauchsspuren|getragen|dépréciation|usure|perte de valeur|"
                    r"depreciaci[oó]n|desgaste|p[ée]rdida de valor|minor valore|deprezzament\w*|usura|segni (?:\w+ )?di utilizzo|"
                    r"desvaloriza\w*|sinais de uso|waardevermindering|gebruikssporen|zmniejszeni\w* wartości|ślady użytkowania|"
                    r"värdeminskning|värdeminskat|værdiforringelse|verdiforringelse|arvon alenem\w*|snížení hodnoty|opotřeben\w*")
# Charges the store does not levy: a bank's, a card issuer's or customs'.
NOT_STORE_CHARGE = (r"bank\w*|banque\w*|banc[ao]\w*|card issuer|Kartenherausgeber|exchange rate|Wechselkurs|taux de change|"
                    r"tipo de cambio|tasso di cambio|câmbio|customs|Zoll\w*|douane\w*|aduan\w*|dogan\w*|alfândega|\bcło\b|tull\w*|"
                    r"told|toll\w*|clo\b|import (?:duty|duties|VAT)")

# --- The fault sent to the maker, read as a structure ----------------------------------------------
# The maker named (MAKER) in a sentence that hands it the claim or sends the customer there
# (MAKER_DUTY: contact, address, responsible, handled by, directly), where the seller answers for a
# fault (faulty_goods_remedy: seller). Not when the sentence offers the maker as an extra ("also",
# "if you prefer": ALSO, OPTION), the store does the contacting for the customer (FOR_YOU), a negation
# comes just before the maker ("no need to go to the manufacturer"), or the reply says the legal
# guarantee has run out (LEGAL_OVER).
MAKER = {
    "en": r"(?<![A-Za-z])(?:manufacturer\w*|maker['’]s|the maker|brand['’]s (?:own )?(?:service|repair|support)\w*)",
    "de": r"hersteller\w*",
    "fr": r"(?<![A-Za-zÀ-ÿ])(?:fabricant\w*|constructeur\w*|SAV de la marque)",
    "es": r"(?<![A-Za-zÀ-ÿ])(?:fabricante\w*|servicio técnico oficial de la marca)",
    "it": r"(?<![A-Za-zÀ-ÿ])(?:produttor\w*|casa (?:madre|produttrice))",
    "pt": r"(?<![A-Za-zÀ-ÿ])fabricante\w*",
    "nl": r"(?:fabrikant|producent)\w*",
    "pl": r"(?<![A-Za-zÀ-ž])(?:producent\w*|gwarant(?!\w*cj)\w*)",
    "sv": r"tillverkar\w*",
    "da": r"(?:producent|fabrikant)\w*",
    "nb": r"produsent\w*",
    "fi": r"valmistaja\w*",
    "cs": r"(?<![A-Za-zÀ-ž])výrobc\w*",
}
MAKER_DUTY = {
    "en": r"contact|get in touch|reach out|go (?:back )?to|deal(?:s|t)? with|claim|send|return|responsib\w*|handle[sd]?|covered by|take (?:it|this) up|directly|through the|via the",
    "de": r"wenden|kontaktier\w*|melden|zuständig|verantwortlich|direkt|senden|schicken|abgewickelt|abwickeln|übernimmt|bearbeitet|über den",
    "fr": r"contact\w*|adress\w*|rapproch\w*|assurée? par|gérée? par|directement|prise? en charge par|renvoy\w*|envoy\w*|auprès d",
    "es": r"contact\w*|dir[ií]g\w*|acud\w*|directamente|gestion\w*|responsable|se encarga|cubiert\w* por|env[ií]\w*|a través d",
    "it": r"contatt\w*|rivolg\w*|direttamente|gestit\w*|gestisce|responsabil\w*|si occupa|copert\w* da|inviar\w*|spedir\w*|tramite",
    "pt": r"contat\w*|contact\w*|procur\w*|diretamente|responsá\w*|trata\w*|cobert\w* pel\w*|envi\w*|através d",
    "nl": r"contact|wend\w*|rechtstreeks|direct|bij de|verantwoordelijk|afgehandeld|afhandel\w*|regelt|sturen|opsturen|via de",
    "pl": r"skontakt\w*|zwróć się|zgł\w*|bezpośrednio|odpowiada|odpowiedzialn\w*|rozpatr\w*|przez",
    "sv": r"kontakta|vänd dig|direkt|ansvar\w*|hanterar|skicka|via",
    "da": r"kontakt\w*|henvend\w*|direkte|ansvar\w*|håndter\w*|send\w*|via",
    "nb": r"kontakt\w*|henvend\w*|direkte|ansvar\w*|håndter\w*|send\w*|via",
    "fi": r"yhteyttä|suoraan|vastaa|käsittel\w*|lähetä",
    "cs": r"kontaktuj\w*|obraťte|přímo|odpovídá|vyřizuje|vyřídí|zašlete",
}
FOR_YOU = (r"übernehmen wir|wir übernehmen|we(?:['’]ll| will) (?:repair|replace|fix)|ripariamo noi|(?:lo )?reparamos nosotros|wij repareren|"
           r"wir kümmern uns|kümmern wir uns|we(?:['’]ll| will)? (?:take care|handle it|arrange|sort)|nous nous (?:occupons|chargeons)|"
           r"nos ocupamos|ci pensiamo noi|cuidamos|wij (?:regelen|zorgen)|zorgen wij|zajmiemy się|vi (?:ordnar|sköter|tar hand)|"
           r"vi (?:ordner|sørger)|hoidamme|postaráme se|for you|on your behalf|we(?:['’]ll| will)? (?:contact|send|forward|pass)|für Sie|in Ihrem Namen|wir (?:senden|schicken|leiten|kontaktieren|klären)|"
           r"pour vous|en votre nom|nous (?:envoyons|transmettons|contactons|nous chargeons)|por ti|por usted|en (?:su|tu) nombre|nos encargamos|"
           r"per te|per lei|per suo conto|ci occupiamo|por você|por si|tratamos nós|voor u|voor je|namens u|regelen wij|w (?:Twoim|Pana|Pani) imieniu|za Ciebie|"
           r"för din räkning|åt dig|for deg|for dig|puolestasi|za vás")
LEGAL_OVER = (r"(?:legal|statutory) (?:guarantee|warranty)|gesetzliche\w* Gewährleistung|Gewährleistung(?:sfrist)?|garantie légale|garantie de conformité|"
              r"garanzia legale|garantía legal|garantia legal|wettelijke garantie|rękojmi\w*|reklamationsrätt\w*|reklamasjonsrett\w*|reklamationsret\w*|"
              r"virhevastuu|zákonn\w* záruk\w*")
OVER_WORDS = (r"expired|ended|run out|over|lapsed|abgelaufen|erloschen|vorbei|expiré\w*|terminé\w*|écoulé\w*|vencid\w*|expirad\w*|"
              r"terminad\w*|scadut\w*|terminat\w*|verlopen|voorbij|wygasł\w*|minęł\w*|utgått|löpt ut|udløbet|utløpt|päättyn\w*|uplynul\w*")
