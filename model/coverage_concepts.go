package model

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Event words: what happened, in every language the grouping reads. A
// Japanese story of a typhoon writes 台風 where an English one writes
// "typhoon" and a Korean one 태풍; they share no word, but each gives the
// same concept term (conceptTerm), as a place gives its country's term in
// every language. So a story in another script shares what happened with
// its event, not only where and how many (see crossJoins).
//
// The words are the commonest words of news for each kind of event, in
// English, French, Spanish, Portuguese, Italian, German, Russian, Greek,
// Arabic, Hindi, Chinese (simplified and traditional), Japanese and
// Korean, and for the commonest kinds of news in the languages the blind
// parts brought (Dutch, Polish, Turkish, Indonesian, Vietnamese,
// Ukrainian, Swahili; then Swedish, Danish, Norwegian, Finnish,
// Estonian, Latvian, Lithuanian, Czech, Slovak, Croatian, Slovenian,
// Hungarian, Romanian, Malay, Tagalog, Hebrew, Persian, Urdu, Tamil,
// Bengali; then Serbian, Bulgarian, Macedonian, Marathi, Nepali, Thai,
// Hausa, Yoruba, Amharic, Georgian and Kazakh, with the gaps of the
// others filled concept by concept),
// written from the vocabulary wires and papers use in headlines (the
// agencies' own style guides and glossaries, and dictionaries), not
// from any story of the labelled set. To add a word, put it on its
// concept's line, in its language's group, as the papers write it:
//
//   - a word of a spaced script (Latin, Cyrillic, Greek, Devanagari) is
//     matched whole, folded (Fold; Cyrillic and Greek in Latin letters, as
//     romanise gives them, so accents and case do not matter): "strike"
//     is "Strike" and "strikes" is another word;
//   - "word*" matches the words it begins ("séisme*": "séismes"); keep the
//     stem long enough to say one thing ("fire*" would be "firearm"), in
//     every language the table reads, not only its own (Finnish
//     "vienti*", exports, began "Vientiane"; Danish "ulykke*", an
//     accident, began "ulykkelig", unhappy): run a new stem over other
//     languages' word lists, and write the word whole where it begins
//     common words;
//   - "*word" matches the words it ends, for German compounds, whose last
//     word says what they are ("*streik": "Warnstreik", "Generalstreik");
//   - "verb+particle" is a German separable verb, whose particle ends
//     its clause ("tritt+zurück": "Der Premier tritt zurück", resigns);
//     the verb says it only with the particle after it;
//   - a word of Chinese, Japanese, Korean, Thai, the Arabic script or
//     Hebrew is found inside the text's words (they are not spaced, or
//     take their particles and articles glued to them: 지진으로, الزلزال,
//     השביתה), so it must be long enough not to be part of another word:
//     two characters at least, and never one that is commonly part of an
//     unrelated word (Persian آتش, fire, is in آتش‌بس, ceasefire);
//   - a Persian or Urdu word whose parts a zero-width non-joiner
//     separates (آتش‌بس) is two words to the reader: write it as a
//     phrase, "آتش_بس";
//
// A concept whose name starts with "~" is an outcome (deaths, injuries,
// evacuations) rather than an event: common to many kinds of events, it
// brings two stories closer but does not say they tell one event (see
// crossJoins). The "xx:" tags name the language of the words after them,
// for the reader.
const conceptTable = `
earthquake	en: earthquake* quake* tremor* aftershock* fr: séisme* tremblement* secousse* es: terremoto* sismo* temblor* pt: sismo* abalo* it: sisma scossa scosse de: erdbeben* *beben beben ru: землетрясен* толчк* толчок el: σεισμ* ar: زلزال زلازل hi: भूकंप zh: 地震 强震 強震 ja: 地震 ko: 지진 nl: aardbeving* pl: trzęsieni* tr: deprem* id: gempa vi: động_đất sv: jordbävning* jordskalv* fi: maanjäristy* cs: zemětřesení* hu: földrengés* ro: cutremur* seism* tl: lindol sw: tetemeko he: רעידת fa: زلزله ur: زلزلہ ta: நிலநடுக்க* bn: ভূমিকম্প da: jordskælv* no: jordskjelv* et: maavärin* hr: potres* lv: zemestrīc* sk: zemetrasen* sr: zemljotres* земљотрес* bg: земетресени* mk: земјотрес* uk: землетрус* lt: drebėjim* ne: भूकम्प th: แผ่นดินไหว ha: girgizar_ƙasa ka: მიწისძვრ* kk: сілкініс* am: መንቀጥቀጥ*
tsunami	en: tsunami* fr: raz-de-marée es: maremoto* ru: цунами el: τσουνάμι ar: تسونامي hi: सुनामी zh: 海啸 海嘯 ja: 津波 ko: 쓰나미 해일 bn: সুনামি ta: சுனாமி he: צונאמי fa: سونامی mr: त्सुनामी th: สึนามิ ka: ცუნამი am: ሱናሚ
cyclone	en: typhoon* hurricane* cyclone* fr: typhon* ouragan* es: tifón* huracán* ciclón* ciclon* pt: tufão* furacão* ciclone* it: tifone* uragano* ciclone* de: taifun* hurrikan* wirbelsturm* zyklon* ru: тайфун* ураган* циклон* el: τυφών* κυκλών* ar: إعصار أعاصير hi: चक्रवात टाइफून zh: 台风 飓风 气旋 颱風 颶風 ja: 台風 ハリケーン サイクロン ko: 태풍 허리케인 사이클론 nl: tyfoon* orkaan* pl: tajfun* huragan* cyklon* tr: tayfun* kasırga* id: topan siklon* vi: bão_số siêu_bão ms: taufan tl: bagyo sw: kimbunga fa: طوفان ta: புயல் bn: ঘূর্ণিঝড় cs: hurikán* cyklón* hr: ciklon* fi: hurrikaani* taifuuni* sykloni* et: taifuun* tsüklon* lv: taifūn* viesuļvētr* sv: tyfon* he: הוריקן טייפון ציקלון mr: चक्रीवादळ th: ไต้ฝุ่น เฮอริเคน ไซโคลน ka: ტაიფუნ*
tornado	en: tornado* twister* fr: tornade* es: tornado* it: tromba de: tornado* ru: торнадо смерч* el: ανεμοστρόβιλ* hi: बवंडर zh: 龙卷风 龍捲風 ja: 竜巻 ko: 토네이도 회오리 he: טורנדו fa: گردباد bn: টর্নেডো th: ทอร์นาโด ka: ტორნადო
storm	en: storm storms storm-hit blizzard* snowstorm* rainstorm* downpour* torrential fr: diluvien* tempête* es: tormenta* temporal pt: tempestade* it: tempesta* maltempo de: sturm *sturm unwetter* orkan* ru: шторм* буря бури снегопад* el: καταιγίδ* κακοκαιρί* χιονοθύελλ* ar: عاصفة عواصف hi: तूफान तूफ़ान आंधी zh: 暴风雪 暴雨 风暴 暴風 ja: 暴風 大雪 豪雪 ko: 폭풍 폭설 폭우 nl: noodweer pl: burz* nawałnic* tr: fırtına* id: badai sv: snöoväd* oväd* snöstorm* stormen fi: myrsky* *myrsky cs: bouře bouřka vichřic* hu: vihar* hóvihar* ro: furtună* furtuni viscol* ms: ribut sw: dhoruba he: סערה et: torm tormi hr: oluj* nevrijeme nevremena lv: vētra vētras lt: audra audros sk: víchric* sl: neurje neurja nevihta nevihte sr: nevreme bg: бурята uk: злива da: uvejr* no: uvær uværet ur: آندھی mr: वादळ bn: ঝড় vi: cơn_bão th: พายุ ha: guguwa am: አውሎ_ንፋስ ka: ქარიშხალ* kk: дауыл fa: توفان ne: आँधी
flood	en: flood floods flooded flooding deluge fr: inondation* inondé* crue crues es: inundación* inundaciones inundad* riada* pt: inundação* inundações enchente* it: alluvione* inondazion* esondazion* allagament* de: überschwemmung* hochwasser* flut fluten *flut ru: наводнен* паводк* потоп* el: πλημμύρ* ar: فيضان فيضانات سيول hi: बाढ़ zh: 洪水 洪灾 洪涝 水灾 水災 ja: 洪水 浸水 氾濫 冠水 ko: 홍수 침수 범람 nl: overstroming* pl: powodz* powódź tr: taşkın* id: banjir* vi: lũ_lụt ngập_lụt sv: översvämning* fi: tulva* tulvi* cs: povodn* záplav* hu: árvíz* áradás* ro: inundați* sw: mafuriko he: שיטפון שטפונות ur: سیلاب ta: வெள்ளம் வெள்ளப்* bn: বন্যা da: oversvømmelse* no: flom flommen et: üleujutus* hr: poplav* lv: plūd* lt: potvyn* uk: повінь повені підтоплен* ne: बाढी tl: pagbaha th: น้ำท่วม ha: ambaliya yo: omíyalé am: ጎርፍ ka: წყალდიდობ* kk: тасқын* sk: povodeň pl: wielka_woda
landslide	en: landslide* mudslide* fr: glissement* éboulement* es: deslizamiento* deslave* pt: deslizamento* it: frana frane smottament* de: erdrutsch* murgang* ru: оползен* оползн* el: κατολίσθησ* ar: انزلاق hi: भूस्खलन zh: 滑坡 泥石流 山崩 ja: 土砂崩れ 地滑り 山崩れ ko: 산사태 sv: jordskred* fi: maanvyöry* cs: sesuv* hu: földcsuszamlás* ro: alunecare* ms: tanah_runtuh tl: pagguho* sw: maporomoko he: מפולת ta: நிலச்சரிவ* bn: ভূমিধস et: maalihe* hr: klizišt* odron* pl: osuwisk* sk: zosuv* uk: зсув зсуву зсуви bg: свлачищ* lv: nogruvum* lt: nuošliauž* no: jordras* leirskred* nl: aardverschuiving* modderstroom* tr: heyelan* ne: पहिरो id: longsor* vi: sạt_lở th: ดินถล่ม ka: მეწყერ*
avalanche	en: avalanche* fr: avalanche* es: avalancha* alud pt: avalanche* it: valanga valanghe slavina de: lawine* ru: лавин* el: χιονοστιβάδ* ar: hi: हिमस्खलन zh: 雪崩 ja: 雪崩 ko: 눈사태 pl: lawin* sl: snežni_plaz fi: lumivyöry* et: laviin* ro: avalanș* ka: ზვავ* th: หิมะถล่ม no: snøskred* bn: তুষারধস
fire	en: fire fires blaze* wildfire* bushfire* inferno firefighter* fr: incendie* feu feux es: incendio* fuego fuegos pt: incêndio* fogo it: incendio incendi rogo roghi de: brände *brand *brände feuer ru: пожар* возгоран* el: πυρκαγι* ar: حريق حرائق hi: आग zh: 火灾 火災 大火 起火 失火 山火 着火 ja: 火災 火事 ko: 화재 산불 큰불 불길 pl: pożar* tr: yangın* id: kebakaran vi: hỏa_hoạn cháy_rừng sv: eldsvåda* branden fi: tulipalo* metsäpalo* cs: požár* sk: požiar* hu: tűzvész* erdőtűz* tűzoltó* ro: incendiu* ms: terbakar tl: sunog he: שריפה שרפה bn: আগুন অগ্নিকাণ্ড no: brann brannen et: tulekahju* põleng* lv: ugunsgrēk* lt: gaisr* uk: пожеж* ne: आगलागी fa: آتش_سوزی th: ไฟไหม้ ha: gobara sw: *teketeza *teketezwa moto_mkubwa am: ቃጠሎ ka: ხანძარ* en: flames
eruption	en: eruption* erupt* volcano* volcanic fr: éruption* volcan* es: erupción* volcán* volcan* pt: erupção* vulcão* vulcan* it: eruzion* vulcan* de: brach+aus bricht+aus brechen+aus vulkan* ausbruch ru: извержен* вулкан* el: ηφαίστει* ar: ثوران بركان براكين hi: ज्वालामुखी zh: 火山 喷发 噴發 ja: 噴火 火山 ko: 화산 분화 cs: sopka sopky sopce erupce* pl: erupcj* wulkan* bg: изригван* uk: виверженн* hu: kitörés* fi: tulivuor* et: vulkaan* lt: ugnikaln* nl: uitbarsting* tr: yanardağ* fa: آتشفشان bn: আগ্নেয়গিরি ta: எரிமலை id: erupsi gunung_berapi gunung_api tl: bulkan* vi: núi_lửa phun_trào th: ภูเขาไฟ ka: ვულკან* sw: volkano kk: жанартау hr: erupcij*
drought	en: drought* fr: sécheresse* es: sequía* pt: estiagem it: siccità de: dürre* ru: засух* el: ξηρασί* ανομβρί* ar: جفاف hi: सूखा zh: 干旱 乾旱 旱灾 旱災 ja: 干ばつ 渇水 ko: 가뭄 pl: susza suszy suszę uk: посух* nl: droogte* ro: secetă hu: aszály* fi: kuivuu* et: põud põua lv: sausum* lt: sausr* sv: torkan da: tørke tr: kuraklık* fa: خشکسالی mr: दुष्काळ ne: खडेरी bn: খরা ta: வறட்சி id: kekeringan ms: kemarau tl: tagtuyot vi: hạn_hán th: ภัยแล้ง sw: ukame am: ድርቅ ka: გვალვ* kk: құрғақшылық
heatwave	en: heatwave* heat fr: canicule* es: canícula* pt: canícula* it: canicola* de: hitzewelle* hitze ru: жара жары el: καύσωνα* καύσωνες ar: موجة-حر hi: लू zh: 热浪 高温 熱浪 ja: 猛暑 熱波 ko: 폭염 pl: upał upały upałów sk: horúčav* sl: vročinsk* hr: toplinsk*_val* sr: toplotn*_talas* uk: спека спеки bg: жега горещини nl: hittegolf* ro: caniculă* hu: hőség* hőhullám* fi: helleaal* helteen et: kuumalaine* lt: karščio_bang* sv: värmebölj* da: hedebølge* no: hetebølge* tr: sıcak_hava_dalga* bn: তাপপ্রবাহ id: gelombang_panas vi: nắng_nóng th: คลื่นความร้อน kk: аптап fa: موج_گرما ta: வெப்ப_அலை ms: gelombang_haba
crash	en: crash crashes crashed fr: crash écrasé* s'écrase es: estrelló pt: it: schiantato de: stürzt+ab stürzte+ab stürzen+ab absturz* abgestürzt* *absturz ru: крушен* el: συνετρίβη συντριβή ar: تحطم hi: दुर्घटनाग्रस्त zh: 坠毁 坠机 墜毀 墜機 ja: 墜落 ko: 추락 sv: störtade fi: syöksyi cs: havárie* zřítil* hu: lezuhan* ro: prăbușit* sk: havári* zrútil* sl: strmoglav* nl: neergestort* lt: sudužo da: styrtede styrtet flystyrt* he: התרסק th: เครื่องบินตก ka: ავიაკატასტროფ* ms: terhempas id: pesawat_jatuh
accident	en: accident* collision* collide* derail* fr: accident* collision* déraill* es: accidente* colisión* choque* descarril* pt: acidente* colisão* descarril* it: incidente* scontro deragliament* de: unfall* unfälle* unglück* zusammenstoß* entgleis* ru: авари* столкновен* катастроф* el: δυστύχημα* σύγκρουσ* εκτροχίασ* ar: حادث حوادث اصطدام تصادم hi: दुर्घटना हादसा हादसे zh: 事故 相撞 脱轨 脫軌 ja: 事故 衝突 脱線 ko: 사고 충돌 탈선 nl: ongeluk* botsing* pl: wypadek wypadk* zderzen* tr: kaza kazada kazası kazasında çarptı çarpıştı id: kecelakaan tabrakan vi: tai_nạn va_chạm sv: olycka* olyckan urspår* fi: onnettomuu* suistui* cs: nehod* vykolej* hu: baleset* kisiklott* kisiklás* ro: deraiat* deraier* coliziun* ms: nahas tergelincir kemalangan tl: aksidente sw: ajali he: תאונה ur: حادثہ ta: விபத்த* sl: nesreč* hr: nesreć* mk: несреќ* uk: зіткнен* et: õnnetus* lv: negadījum* lt: nelaim* susidūr* da: *ulykke *ulykken *ulykker *ulykkerne fa: سانحه mr: अपघात bn: দুর্ঘটনা th: อุบัติเหตุ ha: hatsari yo: ìjàmbá am: አደጋ ka: ავარი* de: *unglück *unglücks
collapse	en: collapse* fr: effondr* écroul* es: derrumbe* derrumb* colapso* desplom* pt: desaba* desmoron* it: crollo crolla* crollat* de: stürzt+ein stürzte+ein stürzen+ein zerbricht zerbrach zerbrochen einsturz* eingestürzt* *einsturz einstürz* ru: обрушен* обрушил* обвал* el: κατάρρευσ* κατέρρευσ* ar: انهيار انهار hi: ढहा ढही ढहने zh: 倒塌 坍塌 垮塌 ja: 倒壊 崩落 ko: 붕괴 pl: zawalił* zawalen* cs: zřícen* sk: zrúten* hr: urušav* urušio urušila bg: срутван* nl: ingestort* instorting* hu: összeoml* fi: romahti* romahdu* sortui lv: sabruk* sv: rasade kollaps* tr: çöktü he: קריסה קריסת ur: منہدم mr: कोसळ* id: runtuh ambruk tl: gumuho ka: ჩამოინგრ* sw: laporomoka limeporomoka kuporomoka
explosion	en: explosion* explode* blast blasts fr: explosion* es: explosión* explosiones estall* pt: explosão* explosões explod* it: esplosion* esplod* scoppio de: explosion* explodiert* detonation* ru: взрыв* el: έκρηξη εκρήξεις ar: انفجار انفجر hi: विस्फोट धमाका धमाके zh: 爆炸 爆燃 ja: 爆発 ko: 폭발 pl: wybuch* eksplozj* cs: výbuch* exploz* sl: eksploz* bg: взрив* uk: вибух* nl: explosie* ontploffing* ro: explozi* hu: robban* fi: räjähdy* räjähti et: plahvatus* lv: sprādzien* lt: sprogim* da: eksplosion* no: eksplosjon* tr: patlama* patladı he: פיצוץ ur: دھماک mr: स्फोट bn: বিস্ফোরণ id: ledakan meledak ms: letupan tl: pagsabog sumabog vi: vụ_nổ th: ระเบิด ha: fashewa yo: bugbamu am: ፍንዳታ ka: აფეთქებ* kk: жарылыс
shooting	en: shooting* gunman gunmen gunfire fr: fusillade* es: tiroteo* balacera* pt: tiroteio* it: sparatoria* de: schießerei* schüsse amoklauf* ru: стрельб* el: πυροβολισμ* ar: إطلاق_نار اطلاق_نار hi: गोलीबारी zh: 枪击 槍擊 ja: 銃撃 発砲 ko: 총격 총기난사 pl: strzelanin* sl: streljanj* hr: pucnjav* uk: стрілянин* nl: schietpartij* ro: împușcătur* hu: lövöldöz* fi: ammuskel* et: tulistami* lv: apšaud* lt: šaudym* sv: skottlossning* da: skyderi* no: skyting* fa: تیراندازی ur: فائرنگ mr: गोळीबार ta: துப்பாக்கிச்சூடு id: penembakan ms: tembakan tl: pamamaril vi: xả_súng nổ_súng th: กราดยิง ka: სროლ* tr: silahlı_saldırı* bn: গুলি
attack	en: attack attacks attacked attacker* terror* bombing* fr: attentat* attaque* es: atentado* ataque* pt: atentado* ataque* it: attentato* attacco attacchi de: anschlag* anschläge* angriff* *angriff terror* ru: теракт* нападен* атак* el: επίθεσ* τρομοκρατ* ar: هجوم هجمات تفجير hi: हमला हमले आतंकी zh: 袭击 襲擊 恐袭 ja: 襲撃 テロ 攻撃 ko: 테러 공격 습격 cs: útok útoku útoky útoků hr: terorist* nl: aanslag* aanval* ro: atac atacul atacuri atentat* hu: támadás* merénylet* et: rünnak* lv: uzbrukum* lt: išpuol* sv: attacken da: angreb* no: angrep* tr: saldırı* he: פיגוע מתקפה fa: حمله ur: حملہ bn: হামলা ta: தாக்குதல் id: serangan vi: tấn_công th: โจมตี sw: shambulio mashambulizi yo: ìkọlù am: ጥቃት ka: თავდასხმ* kk: шабуыл fi: hyökkäys hyökkäyksen hyökkäyksessä
airstrike	en: airstrike* bombard* shelling fr: frappes bombardement* es: bombardeo* pt: bombardeio* it: bombardament* raid de: luftangriff* *luftangriff bombardier* beschuss ru: авиаудар* бомбардиров* обстрел* el: βομβαρδισμ* ar: غارة غارات قصف hi: बमबारी zh: 空袭 空襲 轰炸 轟炸 ja: 空爆 空襲 爆撃 ko: 공습 폭격 pl: nalot* ostrzał* cs: nálet náletu nálety náletech ostřel* sk: ostreľov* hr: zračn*_napad* uk: обстріл* nl: luchtaanval* hu: légicsapás* bombázták bombázás* fi: ilmaisku* et: õhurünnak* sv: flyganfall* da: luftangreb* no: luftangrep* tr: hava_saldırı* bombardıman* fa: بمباران id: serangan_udara ka: დაბომბვ*
ceasefire	en: ceasefire* truce* armistice fr: cessez-le-feu trêve* es: tregua* pt: trégua* it: tregua cessate-il-fuoco de: waffenruhe* waffenstillstand* feuerpause* ru: перемири* el: εκεχειρί* ανακωχή ar: هدنة hi: युद्धविराम संघर्षविराम zh: 停火 停战 停戰 休战 ja: 停戦 休戦 ko: 휴전 정전협정 pl: rozejm* zawieszeni*_broni sl: premirje* hr: primirje* bg: примирие uk: перемир nl: wapenstilstand* ro: armistițiu* încetare*_focului hu: tűzszünet* fi: tulitauko* aselepo* et: relvarahu* lv: pamier* lt: paliaub* sv: vapenvila* vapenvilan da: våbenhvile* no: våpenhvile* tr: ateşkes* he: הפוגה fa: آتش_بس mr: युद्धबंदी bn: যুদ্ধবিরতি ta: போர்நிறுத்த* id: gencatan_senjata vi: ngừng_bắn th: หยุดยิง ha: tsagaita_wuta
invasion	en: invasion* invade* incursion* fr: invasion* es: invasión* pt: invasão* it: invasione* de: invasion* einmarsch* ru: вторжен* el: εισβολ* ar: غزو اجتياح hi: आक्रमण zh: 入侵 ja: 侵攻 ko: 침공 pl: inwazj* cs: invaz* uk: вторгнен* fi: maahantunkeu* et: sissetung* lv: iebrukum* no: invasjon* nl: invasie* tr: işgal* he: פלישה fa: تهاجم id: invasi vi: xâm_lược th: รุกราน ka: შეჭრ*
hostage	en: hostage* kidnap* abduct* fr: otage* enlèvement* es: rehén rehenes secuestr* pt: refém reféns sequestr* it: ostaggi* ostaggio rapiment* sequestr* de: geisel* entführ* ru: заложник* похищ* el: όμηρ* ομήρ* απαγωγ* ar: رهائن رهينة اختطاف hi: बंधक अपहरण zh: 人质 人質 绑架 綁架 ja: 人質 拉致 誘拐 ko: 인질 납치 ms: diculik penculikan tl: dinukot sw: utekaji wametekwa ro: răpi* ostatic* cs: unesen* rukojm* hu: elrabol* elrablás* túszok túszokat túszejt* he: חטיפה pl: porwan* zakładnik* zakładnicy sk: rukojem* sl: ugrabljen* hr: taoci talac otmic* uk: заручник* nl: gijzel* ontvoer* fi: panttivan* sieppa* et: pantvan* lv: ķīlniek* nolaupīt* lt: įkait* pagrob* sv: gisslan da: gidsel* no: gissel* tr: rehin* kaçırıl* fa: گروگان ur: یرغمال bn: জিম্মি অপহরণ id: sandera vi: bắt_cóc con_tin th: ตัวประกัน ลักพาตัว ha: garkuwa ka: მძევ*
assassination	en: assassinat* murder* fr: assassinat* meurtre* es: asesinato* asesin* pt: assassinato* assassin* it: omicidio assassini* de: ermordung* ermordet* mord attentäter ru: убийств* убит* el: δολοφον* ar: اغتيال hi: हत्या zh: 暗杀 遇刺 谋杀 暗殺 謀殺 ja: 暗殺 殺害 ko: 암살 살해 pl: zabójstw* morderstw* zamordowa* cs: vražd* zavražd* hr: ubojstv* ubistv* ubijen* uk: вбивств* nl: moord* vermoord* ro: asasinat* hu: gyilkosság* fi: murha murhan murhasta murhattiin murhaaja* salamurha* lv: slepkavīb* lt: nužud* žmogžud* sv: mordet mördades tr: suikast* cinayet* he: התנקשות fa: ترور bn: হত্যা ta: கொலை id: pembunuhan dibunuh tl: pagpatay pinatay vi: ám_sát th: ลอบสังหาร ฆาตกรรม sw: mauaji ka: მკვლელობ*
riot	en: riot* clash clashes clashed unrest fr: émeute* heurts affrontement* es: disturbio* enfrentamiento* pt: confronto* distúrbio* it: scontri disordini de: krawall* ausschreitung* unruhen zusammenstöße ru: беспоряд* el: ταραχ* επεισόδι* ar: اشتباك اضطرابات hi: दंगा दंगे झड़प zh: 骚乱 騷亂 暴乱 暴亂 冲突 衝突 ja: 暴動 ko: 폭동 충돌 cs: nepokoj* sl: nemiri nemirov hr: neredi nereda bg: безредици uk: заворушен* pl: zamieszki zamieszek zamieszkach nl: rellen onlusten ro: tulburări hu: zavargás* fi: mellakk* et: rahutus* lv: nemier* lt: riauš* sv: kravall* upplopp* da: optøjer uroligheder no: opptøyer tr: ayaklanma* çatışma* he: מהומות fa: اغتشاش bn: দাঙ্গা সংঘর্ষ ta: கலவர* id: kerusuhan bentrok ms: rusuhan tl: kaguluhan vi: bạo_loạn th: จลาจล sw: ghasia vurugu yo: rogbodiyan ka: არეულობ*
protest	en: protest* demonstration* demonstrator* fr: manifestation* manifestant* es: protesta* manifestación* manifestant* pt: protesto* manifestação* manifestant* it: protesta* proteste manifestazion* manifestant* corteo de: protest* *protest *proteste demonstrant* kundgebung* ru: протест* демонстрац* митинг* el: διαδήλωσ* διαμαρτυρ* κινητοποίησ* ar: احتجاج احتجاجات يحتج تظاهر مظاهرة متظاهر hi: प्रदर्शन विरोध zh: 抗议 抗議 示威 游行 遊行 ja: 抗議 デモ ko: 시위 집회 항의 nl: protest* demonstrat* pl: protest* demonstracj* tr: protesto* gösteri* id: unjuk_rasa vi: biểu_tình cs: demonstrace demonstraci demonstracích demonstrácie demonstrácia demonstracije demonstracija ro: manifestați* hu: tüntetés* tiltakoz* fi: mielenosoitu* mielenilmau* et: meeleavaldus* he: מחאה הפגנה mr: आंदोलन bn: বিক্ষোভ ta: ஆர்ப்பாட்ட* போராட்ட* th: ประท้วง ชุมนุม sw: maandamano yo: ìwọ́de am: ሰልፍ ka: პროტესტ* kk: наразылық
strike	en: strike strikes walkout* walk_out walks_out walked_out stoppage* fr: grève* gréviste* es: huelga* pt: greve* grevista* paralisação* it: sciopero* scioper* de: legen+nieder legten+nieder legt+nieder streik* *streik *streiks ausstand* arbeitsniederlegung* ru: забастовк* стачк* el: απεργί* ar: إضراب إضرابات hi: हड़ताल zh: 罢工 罷工 ja: ストライキ ko: 파업 nl: staking* pl: strajk* tr: grev* id: mogok vi: đình_công ngừng_việc sv: strejk* fi: lakko lakon lakkoon lakossa lakkoa *lakko cs: stávkuj* stávkov* sk: štrajk* hu: sztrájk* ro: grevă greva greviști tl: welga sw: mgomo he: שביתה fa: اعتصاب ur: ہڑتال ta: வேலைநிறுத்த* bn: ধর্মঘট mk: штрајк* uk: страйк* da: strejke* ne: हड्ताल th: นัดหยุดงาน ha: yajin_aiki yo: ìyanṣẹ́lódì ka: გაფიცვ* kk: ереуіл
election	en: election* electoral ballot* polls runoff* fr: élection* électoral* scrutin* législatives présidentielle* es: elección* elecciones electoral* comicios pt: eleição* eleições eleitora* it: elezion* elettoral* de: wahl wahlen wahlsieg* wahlkampf* *tagswahl *tagswahlen *schaftswahl *schaftswahlen parlamentswahl* präsidentenwahl* kommunalwahl* europawahl* regionalwahl* stichwahl* neuwahl* nachwahl* gouverneurswahl* ru: выбор* голосован* el: εκλογ* κάλπ* ar: انتخابات انتخابية الاقتراع hi: चुनाव निर्वाचन मतदान zh: 选举 選舉 大选 大選 投票 ja: 選挙 投票 ko: 선거 총선 대선 투표 nl: verkiezing* *verkiezing *verkiezingen pl: wybory wyborach wyborów tr: seçim* id: pemilu pemilihan vi: bầu_cử uk: вибор* голосуван* sw: uchaguzi cs: volby voleb* ro: alegeri* hu: választás* sv: riksdagsval* he: בחירות fa: انتخابات am: ምርጫ fi: vaalit vaaleissa vaalien *vaalit eduskuntavaal* presidentinvaal* ms: pilihan_raya tl: halalan ta: தேர்தல்* bn: নির্বাচন da: valg valget valgene folketingsvalg* no: stortingsvalg* et: valimis* hr: izbor* sl: volitv* lv: vēlēšan* lt: rinkim* mr: निवडणूक th: เลือกตั้ง ha: zabe yo: ìdìbò ka: არჩევნ* kk: сайлау ja: 参院選 衆院選 知事選
referendum	en: referendum* plebiscite* fr: référendum* es: referéndum* plebiscito* pt: referendo* plebiscito* it: referendum de: referendum* volksabstimmung* volksentscheid* ru: референдум* el: δημοψήφισμα* ar: استفتاء hi: जनमत_संग्रह जनमतसंग्रह zh: 公投 公民投票 ja: 国民投票 住民投票 ko: 국민투표 주민투표 hu: népszavazás* fi: kansanäänestys* et: rahvahääletus* tr: referandum* bn: গণভোট th: ประชามติ ka: რეფერენდუმ* fa: همه_پرسی he: משאל_עם fr: votation* de: abstimmung
coup	en: coup putsch* fr: putsch* es: golpista* pt: golpista* it: colpo_di_stato de: putsch* ru: переворот* путч* el: πραξικόπημα* ar: انقلاب hi: तख्तापलट zh: 政变 政變 ja: クーデター ko: 쿠데타 pl: zamach_stanu cs: převrat* hr: državni_udar sr: државни_удар nl: staatsgreep* ro: lovitur*_de_stat hu: puccs* fi: vallankaappau* et: riigipööre* lv: apvērsum* lt: perversm* sv: kuppen statskupp* da: kuppet statskup* tr: darbeci* darbe_girişim* he: הפיכה fa: کودتا bn: অভ্যুত্থান id: kudeta vi: đảo_chính th: รัฐประหาร ha: juyin_mulki ka: გადატრიალებ* ms: rampasan_kuasa
no-confidence	en: impeach* no_confidence fr: censure destitution* es: moción-de-censura destitución* pt: impeachment destituição* it: sfiducia impeachment de: misstrauensvotum* amtsenthebung* ru: импичмент* недовери* el: δυσπιστί* ar: حجب_الثقة سحب_الثقة hi: अविश्वास महाभियोग zh: 弹劾 彈劾 不信任 ja: 弾劾 不信任 ko: 탄핵 불신임 cs: nedůvěr* sk: nedôver* hu: bizalmatlansági ro: moțiune* sv: misstroende* fi: epäluottamus* da: mistillid* no: mistillit* et: umbusald* hr: nepovjerenj* sr: nepoverenj* sl: nezaupnic* lv: neuzticīb* lt: nepasitikėjim* pl: nieufnośc* uk: недовір* nl: wantrouwen tr: gensoru* th: ไม่ไว้วางใจ ka: უნდობლობ* he: אי_אמון id: mosi_tidak_percaya vi: bất_tín_nhiệm
resignation	en: resign* quits sacked sacks ousted ousts dismissed dismisses fr: démission* limog* es: renuncia* destitu* cesad* dimisión* dimite pt: renúncia* renuncia* demissão it: dimission* dimette dimesso dimessa de: entlassen* entlässt gefeuert tritt+zurück trat+zurück treten+zurück rücktritt* zurückgetreten* zurücktreten* ru: отставк* уволен* уволил* el: παραίτησ* παραιτήθηκε ar: استقالة استقال إقالة أقال hi: इस्तीफ* त्यागपत्र zh: 辞职 辭職 请辞 請辭 下台 ja: 辞任 辞意 退陣 ko: 사퇴 사임 사의 nl: aftreden* ontslag pl: dymisj* rezygnacj* tr: istifa* görevden id: mundur vi: từ_chức uk: відставк* звільн* sv: avgår avgick fi: eroaa erosi cs: rezign* odstoupil* hu: lemond* ro: demisi* ms: letak_jawatan sw: ajiuzulu he: התפטר fa: استعفا ta: ராஜினாமா hr: ostavk* sl: odstop* lv: atkāpš* lt: atsistatydin* ur: استعفی mr: राजीनामा bn: পদত্যাগ tl: nagbitiw th: ลาออก ha: murabus ka: გადადგ* da: går_af gik_af no: går_av gikk_av
inauguration	en: inaugurat* sworn fr: investiture* es: investidura* posesión pt: posse it: insediament* giurament* de: vereidig* amtseinführung* ru: инаугурац* el: ορκωμοσί* ar: تنصيب hi: शपथ zh: 就职 就職 宣誓 ja: 就任 ko: 취임 pl: zaprzysiężen* inauguracj* cs: inaugurace inauguraci nl: inhuldiging* beëdigd* hu: beiktat* id: pelantikan dilantik vi: nhậm_chức th: สาบานตน tr: yemin_töreni
verdict	en: verdict* convict* sentenced acquit* guilty jailed fr: condamn* acquitt* verdict* es: condena* condenad* absuelt* sentencia* culpable pt: condenad* condena* absolvid* sentença* it: condann* assolt* sentenza* de: verurteil* urteil* freispruch* freigesprochen* schuldig* ru: приговор* осужд* оправдан* el: καταδίκ* ένοχ* ar: إدانة أدانت بالسجن hi: सज़ा सजा दोषी zh: 判处 判決 判决 判刑 定罪 宣判 ja: 判決 有罪 実刑 ko: 선고 판결 유죄 징역 sv: dömd* döms dömdes fi: tuomittiin tuomio* cs: odsouzen* odsoudil* rozsud* sk: odsúden* hu: elítél* ítélet* bűnös ms: dihukum* bersalah tl: hinatulan sw: hukumu* he: הורשע הרשעה נידון fa: محکوم ta: தீர்ப்பு* bn: দণ্ডিত da: dømt et: süüdi hr: osuđen* presud* sl: obsojen* lv: notiesāt* lt: nuteist* pl: wyrok* uniewinnion* skazany skazana skazani skazanego sr: осуђен* bg: осъден* присъда присъдата mk: присуда uk: вирок* засуджен* nl: veroordeeld* vonnis* vrijgesproken ro: sentinț* tr: beraat* id: divonis vonis vi: tuyên_án kết_án th: พิพากษา ka: განაჩენ*
arrest	en: arrest* detain* fr: interpell* arrestation* es: detenido* detención* arrest* pt: detido* detenção* preso presos it: arrestat* arresto de: festnahme* festgenommen* verhaftet* verhaftung* ru: задержан* арест* el: σύλληψ* συνελήφθ* ar: اعتقال اعتقل القبض hi: गिरफ्तार गिरफ़्तार zh: 逮捕 被捕 拘留 ja: 逮捕 ko: 체포 구속 uk: затриман* затримал* pl: zatrzyma* aresztowa* tr: gözaltı* tutukla* nl: opgepakt* arrestati* id: ditangkap penangkapan cs: zatčen* sk: zatknut* hr: uhapšen* uhićen* sl: aretiran* hu: letartóztat* őrizetbe fi: pidätet* pidätti et: vahistat* sv: anhållen häktad* da: anholdt no: pågrepet fa: دستگیر بازداشت ur: گرفتار ne: पक्राउ bn: গ্রেপ্তার গ্রেফতার ta: கைது ms: ditahan tl: inaresto arestado vi: bắt_giữ th: จับกุม sw: *kamatwa ka: დააკავ* pt: prende prendeu prenderam
outbreak	en: outbreak* epidemic* pandemic* cholera measles dengue ebola mpox fr: épidémie* choléra rougeole es: brote* epidemia* cólera sarampión pt: surto* epidemia* cólera sarampo it: epidemia* focolaio* colera morbillo de: epidemie* seuche* cholera masern ru: вспышк* эпиде* холер* el: επιδημί* χολέρα* ιλαρά* ar: تفشي وباء الكوليرا الحصبة hi: प्रकोप महामारी हैजा खसरा zh: 疫情 疫病 暴发 霍乱 霍亂 麻疹 登革热 ja: 集団感染 感染拡大 コレラ はしか ko: 집단감염 콜레라 홍역 sv: mässling* utbrott* fi: tuhkarokko* epidemi* cs: spalničk* epidemi* hu: kanyaró* járvány* ro: rujeol* focar* epidemi* ms: campak wabak tl: tigdas sw: surua mlipuko he: חצבת fa: سرخک شیوع ta: தட்டம்மை nl: uitbraak* et: puhang* lt: protrūk* da: udbrud* no: utbrudd* tr: salgın* bn: প্রাদুর্ভাব id: wabah vi: bùng_phát dịch_bệnh th: ระบาด ka: ეპიდემი*
famine	en: famine* starvation fr: famine* es: hambruna* pt: fome it: carestia de: hungersnot* ru: голод* el: λιμός λιμού ar: مجاعة hi: अकाल भुखमरी zh: 饥荒 饑荒 ja: 飢饉 ko: 기근 pl: głód głodu cs: hladomor* nl: hongersnood* ro: foamete* hu: éhínség* fi: nälänhätä et: näljahäda sv: svälten da: hungersnød tr: kıtlık* fa: قحطی ur: قحط bn: দুর্ভিক্ষ ta: பஞ்சம் id: kelaparan tl: taggutom vi: nạn_đói th: อดอยาก sw: njaa ha: yunwa ka: შიმშილ*
shipwreck	en: shipwreck* capsiz* fr: naufrage* chavir* es: naufragio* pt: naufrágio* it: naufragio* de: gekentert* kentert* schiffbruch* ru: затонул* кораблекрушен* el: ναυάγι* ar: hi: डूब* zh: 沉没 沉沒 翻船 ja: 沈没 転覆 ko: 침몰 전복 cs: potopil* hr: potonul* potonuo nl: schipbreuk* gekapseisd ro: naufragi* scufund* hu: hajótörés* elsüllyed* fi: haaksirik* upposi sv: förlis* kantrade da: forlis* kæntrede no: kantret tr: alabora id: tenggelam tl: lumubog th: เรือล่ม
blackout	en: blackout* outage* fr: coupure* panne es: apagón* pt: apagão* it: blackout de: stromausfall* ru: блэкаут* отключени* el: διακοπή_ρεύματος ar: انقطاع hi: zh: 停电 停電 大停电 ja: 停電 ko: 정전 en: glitch* zh: 故障 宕机 瘫痪 癱瘓 ja: 障害 システム障害 通信障害 ko: 장애 먹통 hi: ठप खराबी de: störung* ausfall* ru: сбой сбоя сбои uk: збій збою відключен* pl: awari* tr: kesinti* nl: storing* stroomstoring* id: gangguan pemadaman_listrik cs: výpadek* sk: výpadok* ro: pana_de_curent hu: áramszünet* fi: sähkökatko* sv: strömavbrott* da: strømafbrydelse* no: strømbrudd* fa: خاموشی tl: brownout vi: mất_điện th: ไฟดับ he: הפסקת_חשמל
cyberattack	en: cyberattack* cyber-attack* hack hacked hacker* ransomware fr: cyberattaque* piratage* es: ciberataque* hackeo pt: ciberataque* it: hacker de: cyberangriff* hackerangriff* ru: кибератак* хакер* el: κυβερνοεπίθεσ* χάκερ ar: قراصنة hi: साइबर zh: 网络攻击 網絡攻擊 黑客 駭客 ja: サイバー攻撃 ハッカー ko: 해킹 사이버 pl: cyberatak* cs: kyberútok* nl: cyberaanval* ro: cibernetic* hu: kibertámadás* fi: kyberhyökkäy* da: cyberangreb* no: dataangrep* cyberangrep* tr: siber_saldır* id: serangan_siber en: data_breach breach fr: fuite_de_données es: filtración_de_datos de: datenleck* datenpanne*
launch	en: launch* liftoff rocket* missile* satellite* fr: lancement* fusée* missile* satellite* es: lanzamiento* cohete* misil* satélite* pt: lançamento* foguete* míssil* satélite* it: lancio lanciato razzo missile* satellite* de: rakete* raketenstart* satellit* ru: запуск* ракет* спутник* стартовал* el: εκτόξευσ* πύραυλ* δορυφόρ* ar: صاروخ صواريخ hi: प्रक्षेपण प्रक्षेपित रॉकेट मिसाइल उपग्रह zh: 发射 發射 火箭 导弹 導彈 卫星 衛星 ja: 打ち上げ 発射 ロケット ミサイル 衛星 ko: 발사 로켓 미사일 위성 nl: lancering* raket* pl: rakiet* tr: roket* fırlatıl* füze füzesi id: peluncuran roket rudal vi: phóng_tên_lửa sv: uppskjutning* fi: laukaisu* raketti* cs: raket* satelit* hu: rakét* ro: lansare* rachetă racheta rachetei rachetelor ms: pelancaran sw: roketi he: שיגור fa: پرتاب et: rakett* da: opsendelse* no: oppskyting* ur: میزائل mr: क्षेपणास्त्र bn: ক্ষেপণাস্ত্র ta: ஏவுகணை th: ขีปนาวุธ จรวด ดาวเทียม ka: რაკეტ* kk: зымыран
recall	en: recall* fr: rappel* es: pt: recall recolhimento* it: richiam* de: ruft+zurück rief+zurück rufen+zurück rückruf* *rückruf ru: отзыв* el: ανάκλησ* ar: استدعاء hi: रिकॉल zh: 召回 ja: リコール ko: 리콜 nl: haalt+terug halen+terug roept+terug roepen+terug terugroep* pl: wycof* tr: toplat* id: penarikan uk: відкликан* hu: visszahív* fi: takaisinveto* sv: återkall* da: tilbagekald* no: tilbakekall* th: เรียกคืน
bankruptcy	en: bankrupt* insolven* fr: faillite* es: quiebra* bancarrota* pt: falência* it: fallimento* concordato de: insolvenz* pleite* ru: банкротств* el: πτώχευσ* ar: إفلاس hi: दिवालिया zh: 破产 破產 ja: 倒産 経営破綻 ko: 파산 pl: upadłoś* bankructw* cs: bankrot* sk: konkurz* nl: faillissement* failliet hu: csőd csődbe csődöt csődeljárás* ro: faliment* fi: konkurssi* et: pankrot* tr: iflas* fa: ورشکستگی id: kebangkrutan bangkrut pailit vi: phá_sản th: ล้มละลาย ka: გაკოტრ* uk: банкрутств* hr: stečaj* en: into_administration for_administration goes_bust go_bust went_bust
merger	en: merger* takeover* acquisition* acquire* buyout* fr: fusion* rachat* rachète* es: fusión* adquisición* adquiere pt: fusão* aquisição* it: fusione* acquisizion* de: fusion* übernahme* übernimmt ru: слияни* поглощен* el: συγχώνευσ* εξαγορ* ar: استحواذ اندماج hi: विलय अधिग्रहण zh: 并购 收购 收購 合并 合併 ja: 買収 合併 ko: 인수 합병 sv: uppköp* förvärv* fi: yritysosto* fuusio* cs: převzetí akvizic* hu: felvásárl* fúzió* ro: preluare* achiziți* ms: pengambilalihan sw: ununuzi he: רכישה pl: przejęci* fuzja fuzji fuzję hr: preuzimanj* sl: prevzem* nl: fusie* overname* da: opkøb opkøbet opkøber no: oppkjøp* tr: birleşme* fa: ادغام id: akuisisi vi: sáp_nhập th: ควบรวม uk: злиття en: to_buy agrees_to_buy
layoffs	en: layoff* redundanc* fr: licenciement* es: despido* pt: demissões demite it: licenziament* esuberi de: stellenabbau* entlassung* ru: увольнен* el: απολύσ* ar: تسريح hi: छंटनी zh: 裁员 裁員 ja: 人員削減 ko: 감원 구조조정 cs: propouštěn* sk: prepúšťan* hr: otpuštanj* sl: odpuščanj* pl: zwolnień nl: ontslagen hu: leépítés* elbocsát* fi: irtisano* et: koondami* sv: uppsägning* da: fyringer no: oppsigelse* ro: concedier* he: פיטורים id: phk vi: sa_thải th: เลิกจ้าง tr: işten_çıkar*
rate	en: rate rates repo fr: taux es: tasa tasas tipos pt: juros selic it: tassi tasso de: zins zinsen *zins *zinsen leitzins* ru: ставк* el: επιτόκι* ar: الفائدة hi: ब्याज रेपो zh: 利率 加息 降息 升息 ja: 金利 利上げ 利下げ ko: 금리 nl: rente pl: stopy tr: faiz id: suku_bunga vi: lãi_suất sv: räntan styrränt* fi: korko* ohjauskorko* cs: sazb* úrok* hu: kamat* alapkamat* ro: dobând* sw: riba he: ריבית sk: sadzb* sl: obrestn* hr: kamatn* bg: лихв* et: intressimäär* lv: likme likmes likmi lt: palūkan* da: rentesats* styringsrente* no: styringsrent* th: ดอกเบี้ย fa: نرخ_بهره ur: شرح_سود bn: সুদের_হার ms: kadar_faedah mr: व्याजदर
inflation	en: inflation* fr: inflation* es: inflación* pt: inflação* it: inflazion* de: inflation* teuerung* ru: инфляци* el: πληθωρισμ* ar: التضخم تضخم hi: मुद्रास्फीति महंगाई zh: 通胀 通脹 ja: インフレ 物価 ko: 인플레이션 물가 pl: inflac* ro: inflația inflației fi: inflaatio* et: inflatsioon* no: inflasjon* nl: inflatie* tr: enflasyon* he: אינפלציה fa: تورم ur: مہنگائی bn: মুদ্রাস্ফীতি ta: பணவீக்க* id: inflasi tl: implasyon vi: lạm_phát th: เงินเฟ้อ ka: ინფლაცი* mr: महागाई sw: mfumuko_wa_bei
gdp	en: gdp recession* fr: pib récession* es: pib recesión* pt: pib recessão* it: pil recessione* de: bip rezession* wirtschaftsleistung ru: ввп рецесси* el: αεπ ύφεσ* ar: الناتج-المحلي ركود hi: जीडीपी मंदी zh: 国内生产总值 生产总值 经济衰退 ja: 国内総生産 景気後退 ko: 국내총생산 경기침체 성장률 pl: pkb recesj* cs: recese sl: bdp bg: бвп nl: bbp recessie* hu: recesszió* fi: bkt bruttokansantuote* lv: ikp lt: bvp tr: gsyh resesyon* id: pdb resesi th: จีดีพี fa: تولید_ناخالص_داخلی ms: kdnk sw: pato_la_taifa
unemployment	en: unemployment* jobless* fr: chômage* es: desempleo* paro pt: desemprego* it: disoccupazion* de: arbeitslos* ru: безработиц* el: ανεργί* ar: البطالة hi: बेरोजगारी zh: 失业 失業 ja: 失業 ko: 실업 pl: bezroboci* cs: nezaměstnanost* sl: brezposeln* hr: nezaposlenost* uk: безробітт* nl: werkloosheid* ro: șomaj* hu: munkanélküli* fi: työttömyy* lv: bezdarb* lt: nedarb* sv: arbetslös* da: arbejdsløs* no: arbeidsledig* tr: işsizlik* he: אבטלה fa: بیکاری id: pengangguran vi: thất_nghiệp th: ว่างงาน ka: უმუშევრობ* bn: বেকারত্ব ta: வேலையின்மை sw: ukosefu_wa_ajira
tariff	en: tariff* duties fr: douane* es: arancel* pt: tarifaço it: dazi dazio de: zoll zölle *zoll *zölle ru: пошлин* el: δασμ* ar: جمركية hi: टैरिफ zh: 关税 關稅 ja: 関税 ko: 관세 nl: importheffing* hu: vámok vámokat vámot vámtarif* fi: tullit tulleja sv: tullar tullarna et: tollimaks* fa: تعرفه vi: thuế_quan th: ภาษีนำเข้า tr: gümrük_vergi* ro: taxe_vamale tl: taripa bn: শুল্ক ur: ٹیرف id: bea_masuk en: anti_dumping antidumping fr: antidumping anti_dumping es: antidumping pt: antidumping de: antidumping* zh: 反倾销 反傾銷 ja: 反ダンピング ko: 반덤핑
exports	en: export* imports fr: exportation* importation* es: exportacion* exportaciones importacion* pt: exportaç* exportações importaç* it: esportazion* importazion* export de: export* ausfuhr* einfuhr* ru: экспорт* импорт импорта импорте el: εξαγωγ* εισαγωγ* ar: الصادرات صادرات الواردات hi: निर्यात आयात zh: 出口 进口 進口 ja: 輸出 輸入 ko: 수출 수입 cs: vývoz* hr: izvoz* fi: vienti viennin vientiä tr: ihracat* he: יצוא id: ekspor vi: xuất_khẩu th: ส่งออก ka: ექსპორტ* ur: برآمدات bn: রপ্তানি ta: ஏற்றுமதி
earnings	en: profit* earnings fr: bénéfice* es: beneficio* ganancia* pt: lucro* it: utile utili de: *gewinn gewinn gewinne ru: прибыл* el: κέρδ* ar: أرباح hi: मुनाफा मुनाफ़ा zh: 利润 净利 利潤 ja: 純利益 営業利益 最終利益 ko: 영업이익 순이익 pl: zysk zysku zyski cs: zisk zisku sl: dobiček* uk: прибут* bg: печалба nl: winst hu: nyereség* fi: liikevoitto* et: kasum* da: overskud* no: overskudd* vi: lợi_nhuận th: กำไร tr: net_kâr bn: মুনাফা ta: லாபம் lv: peļņu lt: pelnas
summit	en: summit* fr: sommet* es: cumbre* pt: cimeira* cúpula* it: vertice de: gipfel* *gipfel ru: саммит* el: σύνοδο-κορυφής ar: القمة hi: शिखर zh: 峰会 峰會 首脑会议 ja: 首脳会談 首脳会議 サミット ko: 정상회담 정상회의 pl: szczyt szczycie hr: samit* nl: topontmoeting* hu: csúcstalálkozó* fi: huippukokou* et: tippkohtumi* sv: toppmöte* da: topmøde topmødet topmøder tr: zirve* he: פסגה id: ktt vi: thượng_đỉnh th: ประชุมสุดยอด ka: სამიტ* bg: среща_на_върха lt: viršūnių_susitikim* fa: نشست_سران ms: sidang_kemuncak sw: mkutano_wa_kilele ta: உச்சி_மாநாடு bn: শীর্ষ_সম্মেলন ja: 会談 ko: 회담 zh: 会谈 會談
agreement	en: agreement* accord deal treaty pact pacts fr: accord accords traité* es: acuerdo* tratado* pt: acordo* tratado* it: accordo accordi trattato de: abkommen* vereinbarung* einigung* vertrag ru: соглашени* договор договора договору договором договоре договоры договоров el: συμφων* ar: اتفاق اتفاقية hi: समझौता zh: 协议 協議 协定 協定 ja: 合意 協定 ko: 합의 협정 sv: avtal* överenskommelse* fi: sopimu* cs: dohod* smlouv* hu: megállapodás* ro: acord* ms: perjanjian sw: makubaliano mkataba he: הסכם fa: توافق ur: معاہدہ pl: porozumieni* umowa umowy umowę hr: sporazum* uk: угода угоди nl: akkoord overeenkomst* verdrag et: kokkulepe* lv: vienošan* lt: susitarim* da: aftale* tr: anlaşma* mr: करार bn: চুক্তি ta: ஒப்பந்த* id: kesepakatan tl: kasunduan vi: thỏa_thuận hiệp_định th: ข้อตกลง ha: yarjejeniya am: ስምምነት ka: შეთანხმებ* kk: келісім
sanctions	en: sanction* embargo* fr: sanction* embargo* es: sanción* sanciones embargo* pt: sanção sanções embargo* it: sanzion* embargo* de: sanktion* embargo* ru: санкци* эмбарго el: κυρώσεις εμπάργκο ar: عقوبات حظر hi: प्रतिबंध zh: 制裁 禁运 ja: 制裁 禁輸 ko: 제재 pl: sankc* fi: pakote* et: sanktsioon* hu: szankció* ro: sancțiun* no: sanksjon* nl: sanctie* tr: yaptırım* he: סנקציות fa: تحریم id: sanksi vi: trừng_phạt th: คว่ำบาตร ka: სანქცი*
migrants	en: migrant* refugee* asylum fr: migrant* réfugié* es: migrante* refugiado* pt: migrante* refugiado* it: migrant* profughi de: migrant* flüchtling* geflüchtete* ru: мигрант* беженц* el: μετανάστ* πρόσφυγ* ar: مهاجر لاجئ hi: प्रवासी शरणार्थी zh: 难民 難民 移民 ja: 難民 移民 ko: 난민 이민자 pl: migranc* uchodźc* cs: uprchlí* sk: utečen* hr: izbjeglic* sr: izbeglic* избеглиц* sl: begunc* uk: біженц* bg: бежанц* nl: vluchteling* asielzoeker* ro: refugiaț* hu: menekült* fi: pakolai* siirtolai* et: põgenik* lt: pabėgėl* sv: flykting* da: flygtning* no: flyktning* tr: göçmen* mülteci* he: מהגרים פליטים fa: پناهجو bn: শরণার্থী id: pengungsi migran vi: người_di_cư th: ผู้อพยพ sw: wakimbizi
landing	en: lander landers landing landings touchdown fr: alunissage* atterrissage* atterrisseur* es: alunizaje* aluniza* aterrizaje* aterrizador* pt: alunissagem pouso it: allunaggio* atterraggio* de: mondlandung* landung landete gelandet ru: прилунен* el: προσελήνωσ* hi: लैंडिंग zh: 着陆 著陸 登月 ja: 着陸 ko: 착륙 nl: maanlanding* pl: lądowani* wylądował* id: pendaratan mendarat vi: hạ_cánh th: ลงจอด en: splashdown splashes_down splashed_down fr: amerrissage* es: amerizaje* amerizó de: wasserung en: lands landed touches_down touched_down ja: 着地 ru: высадил* прилунил*
coalition	en: coalition* fr: coalition* es: coalición* pt: coligação* coalizão it: coalizion* de: koalition* *koalition ru: коалици* uk: коаліці* nl: coalitie* pl: koalicj* cs: koalic* sk: koalíci* hu: koalíció* *koalíció sl: koalicij* hr: koalicij* sr: коалициј* ro: coaliți* sv: koalition* da: koalition* no: koalisjon* fi: koalitio* tr: koalisyon* ja: 連立 zh: 联合政府 执政联盟 ko: 연정 연립 id: koalisi he: קואליציה ar: ائتلاف fa: ائتلاف hi: गठबंधन th: รัฐบาลผสม
swap	en: prisoner_swap prisoner_exchange swap_prisoners exchange_prisoners fr: échange_de_prisonniers es: canje_de_prisioneros intercambio_de_prisioneros pt: troca_de_prisioneiros it: scambio_di_prigionieri de: gefangenenaustausch* ru: обмен_пленными обмена_пленными обмен_военнопленными uk: обмін_полоненими обміну_полоненими tr: esir_takas* el: ανταλλαγή_αιχμαλώτων ar: تبادل_الأسرى تبادل_أسرى zh: 交换战俘 換俘 换俘 ja: 捕虜交換 ko: 포로교환 pl: wymian*_jeńców nl: gevangenenruil* he: עסקת_חילופי fa: تبادل_اسرا
reshuffle	en: reshuffle* shake-up shakeup fr: remaniement* es: remodelación* pt: remodelação reforma_ministerial it: rimpasto* de: kabinettsumbildung* regierungsumbildung* ru: перестановк* uk: перестановк* pl: rekonstrukcj*_rządu nl: herschikking* tr: kabine_değişikliğ* id: perombakan_kabinet reshuffle_kabinet ms: rombakan_kabinet ja: 内閣改造 改造内閣 zh: 内阁改组 改组内阁 ko: 개각 hi: फेरबदल th: ปรับครม
listing	en: ipo ipos debut stock_market_debut market_debut fr: introduction_en_bourse es: salida_a_bolsa debut_bursátil pt: ipo estreia_na_bolsa it: quotazione debutto_in_borsa de: börsengang* börsendebüt* nl: beursgang* pl: debiut_giełdowy ru: ipo tr: halka_arz* id: ipo hi: आईपीओ लिस्टिंग zh: 上市首日 ipo 首次公开募股 ja: 上場 新規株式公開 ko: 상장 공모주
robbery	en: robbery* robbed robber* heist* theft* thieves thief steal* stole stolen fr: braquage* cambriolage* dérobé* es: robo robos atraco* robad* pt: roubo* roubad* assalto* it: rapina* furto* rubat* de: raub *raub überfall* *überfall diebstahl* gestohlen* erbeut* ru: ограблен* краж* похищен* uk: пограбуван* крадіжк* викрад* el: ληστεί* κλοπή* ar: سرقة سطو hi: लूट चोरी zh: 抢劫 盗窃 劫案 失窃 ja: 強盗 窃盗 盗難 ko: 강도 절도 도난 nl: overval* diefstal* gestolen pl: napad* kradzież* rabun* skradzion* tr: soygun* hırsız* çalınd* id: perampokan pencurian dirampok vi: cướp cs: loupež* krádež* sk: lúpež* sl: tatvin* hr: pljačk* sr: пљачк* bg: обир hu: rablás* fi: ryöstö* lv: laupīšan* lt: apiplėšim* sv: rånet stöld stölden stölder da: røveri* tyveri* fa: سرقت ur: ڈکیتی bn: ডাকাতি ta: கொள்ளை ms: rompakan tl: nakawan th: ปล้น sw: wizi bg: обира обирът задигна*
vaccination	en: vaccin* jab jabs immunisation* immunization* inoculat* fr: vaccin* es: vacuna* pt: vacina* it: vaccin* de: impfung* impfstoff* *impfung geimpft ru: вакцин* прививк* uk: вакцин* щеплен* el: εμβόλι* ar: لقاح تطعيم hi: टीका टीकाकरण वैक्सीन zh: 疫苗 接种 接種 ja: ワクチン ko: 백신 접종 nl: vaccin* pl: szczepi* tr: aşılama* id: vaksin* vi: tiêm_chủng vắc_xin sw: chanjo cs: vakcín* očkován* očkování hr: cijepljenj* sl: cepljenj* fi: rokote* rokotu* et: vaktsiin* he: חיסון fa: واکسن ur: ویکسین bn: টিকা ta: தடுப்பூசி tl: bakuna th: วัคซีน ka: ვაქცინ* ha: rigakafi* yo: àjẹsára sk: očkovan* so: tallaal* am: ክትባት mr: लसीकरण ne: खोप
prize	en: prize* laureate* nobel* fr: lauréat* es: premio* pt: prêmio* prémio* it: premio de: preisträger* *preisträger ru: премия премии премию премией премий лауреат* нобел* uk: премія премії премію премією премій el: βραβεί* νόμπελ ar: جائزة جوائز نوبل hi: पुरस्कार नोबेल zh: 诺贝尔 諾貝爾 ja: ノーベル ko: 노벨 nl: prijs pl: nagrod* nobla tr: ödül* id: hadiah penghargaan sw: tuzo ro: premiul fi: palkinto* et: auhind* fa: جایزه vi: giải_thưởng th: รางวัล lv: balva balvu balvas lt: premij* bn: পুরস্কার ta: விருது
centralbank	en: central_bank* fr: banque_centrale banques_centrales es: banco_central bancos_centrales pt: banco_central bancos_centrais it: banca_centrale banche_centrali de: zentralbank* notenbank* *notenbank nl: centrale_bank pl: bank*_centraln* ru: центральн*_банк* центробанк* ЦБ uk: національн*_банк* el: κεντρικ*_τράπεζ* ar: البنك_المركزي المصرف_المركزي tr: merkez_bankas* id: bank_sentral ms: bank_negara vi: ngân_hàng_nhà_nước ngân_hàng_trung_ương sv: riksbank* centralbank* no: norges_bank sentralbank* da: nationalbank* centralbank* fi: keskuspank* cs: centrální_bank* čnb hu: jegybank* ro: banca_națională banca_centrală he: בנק_ישראל fa: بانک_مرکزی hi: केंद्रीय_बैंक zh: 央行 中央银行 中央銀行 ja: 中央銀行 中銀 ko: 중앙은행 sw: benki_kuu bg: централн*_банк* th: ธนาคารกลาง
~deaths	en: kill* dead death* died dies toll fr: mort morts tué* décès victime* tués es: muerto* muerte* fallecid* víctima* pt: morto* morte* mortes vítima* it: morti morto morte vittim* de: tote toten tod todesopfer* ru: погиб* смерт* жертв* el: νεκρ* θύματ* ar: قتلى مقتل مصرع وفاة ضحايا hi: मौत मृत्यु मरे zh: 死亡 遇难 遇難 罹难 丧生 喪生 ja: 死亡 死者 犠牲 ko: 사망 숨져 숨지 희생 nl: doden omgekomen pl: zginęł* zginął ofiar* tr: hayatını id: tewas meninggal korban vi: thiệt_mạng tử_vong sv: döda dödade omkom* fi: kuoli kuolleet kuollut* cs: mrtv* zemřel* obětí hu: halott* meghalt* áldozat* ro: morți decedat* ms: maut terkorban tl: patay nasawi sw: wamekufa vifo he: הרוגים נהרגו fa: کشته ur: ہلاک ta: பலி உயிரிழ* bn: নিহত da: døde dræbt no: drept et: hukkus* hukkunud hr: poginul* lt: žuvo uk: загину* bg: загинаха загинали загиналите lv: bojāgājuš* mr: मृत्यू th: เสียชีวิต رحيل sw: yaua kuua wameuawa waliuawa pl: nie_żyją nie_żyje sw: wafariki wamefariki walifariki
~injured	en: injur* wounded hurt fr: blessé* es: herido* pt: ferido* it: ferit* de: verletzt* ru: ранен* пострадал* el: τραυματ* ar: جرحى مصاب إصابة hi: घायल zh: 受伤 受傷 ja: 負傷 けが ko: 부상 다쳐 다친 nl: gewond* pl: rann* tr: yaralı* id: luka_luka vi: bị_thương sk: zranen* sl: ranjen* hr: ozlijeđen* uk: поранен* ro: răniți rănit* hu: megsebesült* sérült* fi: loukkaantu* et: vigastat* lt: sužeist* sv: skadade da: sårede he: פצועים נפצעו fa: زخمی th: บาดเจ็บ sw: majeruhi tl: sugatan
~evacuation	en: evacu* displace* fr: évacu* es: evacu* desalojad* pt: evacu* desalojad* it: evacu* sfollat* de: evakuier* ru: эвакуац* эвакуир* el: εκκένωσ* απομάκρυν* ar: إجلاء نزوح hi: zh: 撤离 撤離 疏散 ja: 避難 ko: 대피 nl: geëvacueerd evacuatie* pl: ewakuacj* ewakuowan* tr: tahliye* id: evakuasi vi: sơ_tán cs: evaku* he: פינוי fa: تخلیه
~rescue	en: rescue* missing fr: secour* disparu* es: rescate* desaparecid* pt: resgate* desaparecid* it: soccors* dispers* de: rettung* vermisst* ru: спасател* пропал* el: διάσωσ* αγνοούμεν* ar: إنقاذ مفقود hi: बचाव लापता zh: 救援 搜救 失踪 ja: 救助 救出 行方不明 ko: 실종 구조대 수색 nl: vermist* pl: zaginion* ratowni* tr: kayıp id: hilang vi: mất_tích cs: pohřešov* záchran* hu: eltűnt* sv: räddning* th: สูญหาย กู้ภัย fi: pelastus*
`

// conceptTerm is the term of a concept: the same in every language, as
// countryTerm's is.
func conceptTerm(name string) string { return "\x01" + name }

// companyTerm is the term of a company: read as a country's is (see
// companyTable).
func companyTerm(name string) string { return "\x00@" + name }

// A concept found in a word: its term, and whether it is an outcome or
// a company (see companyTable).
type concept struct {
	term             string
	outcome, company bool
}

// An affix of the lexicon: a word that begins or ends words, or is found
// inside a run of a script without spaces; or (whole) a word matched
// whole.
type conceptAffix struct {
	text    string
	concept int32
	whole   bool
}

// conceptLexicon is the table read once, indexed so that a word is looked
// up in one or two map reads, never against every entry (readTerms reads
// its spaced words through wordTables, which merges these maps with the
// other tables of a word).
type conceptLexicon struct {
	concepts []concept
	// The words of spaced scripts: those shorter than affixKey runes
	// (exact), the others whole or as prefixes by their first affixKey
	// runes, so that a word is looked up once (prefix), and suffixes by
	// their last affixKey runes.
	exact  map[string]int32
	prefix map[string][]conceptAffix
	suffix map[string][]conceptAffix
	// words found inside the words of scripts written without spaces,
	// and Arabic, by their first two runes.
	inside map[string][]conceptAffix
	// separable are German separable verbs: the verb, folded, and
	// the particles that give a concept after it.
	separable map[string][]conceptAffix
	// phrases are names of several words, by their first word's first
	// affixKey runes, folded, not romanised (see institutionTable).
	phrases map[string][]conceptPhrase
	// capital are names matched only written with capitals ("UN",
	// "Fed"), folded and romanised.
	capital map[string]capitalName
}

// conceptPhrase is a name of several words: each whole, or its start when
// it ends in "*".
type conceptPhrase struct {
	words   []string
	concept int32
}

// capitalName is a name matched only when written so: all in capitals
// (upper, marked "=" in the table), or capitalised.
type capitalName struct {
	concept int32
	upper   bool
}

// affixKey is how many runes of a word's start or end index its prefixes
// and suffixes; so no affix is shorter.
const affixKey = 4

var concepts = sync.OnceValue(func() *conceptLexicon { return parseConcepts(conceptTable + companyTable + institutionTable) })

// parseConcepts reads a table of concepts, one a line: the name, a tab,
// the words (see conceptTable).
func parseConcepts(table string) *conceptLexicon {
	lex := &conceptLexicon{
		exact:  map[string]int32{},
		prefix: map[string][]conceptAffix{},
		suffix: map[string][]conceptAffix{},
		inside: map[string][]conceptAffix{},

		separable: map[string][]conceptAffix{},
		phrases:   map[string][]conceptPhrase{},
		capital:   map[string]capitalName{},
	}
	for _, line := range strings.Split(table, "\n") {
		name, words, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		id := int32(len(lex.concepts))
		k := concept{term: conceptTerm(strings.TrimPrefix(name, "~")), outcome: strings.HasPrefix(name, "~")}
		if company, ok := strings.CutPrefix(name, "@"); ok {
			k = concept{term: companyTerm(company), company: true}
		}
		lex.concepts = append(lex.concepts, k)
		for _, w := range strings.Fields(words) {
			if strings.HasSuffix(w, ":") {
				continue // a language tag
			}
			lex.add(w, id)
		}
	}
	return lex
}

// add puts one word of the table in the lexicon. A hyphen joins the
// words of a phrase (the phrase is found as its first word's start).
func (lex *conceptLexicon) add(w string, id int32) {
	if verb, particle, ok := strings.Cut(w, "+"); ok {
		verb = Fold(verb)
		lex.separable[verb] = append(lex.separable[verb], conceptAffix{Fold(particle), id, true})
		return
	}
	if strings.Contains(w, "_") {
		words := strings.Split(Fold(w), "_")
		key := words[0][:runesLen([]byte(words[0]), affixKey)]
		lex.phrases[key] = append(lex.phrases[key], conceptPhrase{words, id})
		return
	}
	if upper, ok := strings.CutPrefix(w, "="); ok || strings.ToLower(w) != w {
		f := Fold(upper)
		if latin, ok := romanise(nil, []byte(f)); ok {
			f = string(latin)
		}
		lex.capital[f] = capitalName{id, ok}
		return
	}
	pre, suf := strings.HasSuffix(w, "*"), strings.HasPrefix(w, "*")
	w = strings.Trim(w, "*")
	if first, _, ok := strings.Cut(w, "-"); ok && !strings.HasPrefix(w, "s'") {
		// A phrase: its first word says it when it is long enough to
		// say one thing alone ("cessez-le-feu" is "cessez"); else
		// the phrase is left out (the words of a spaced phrase are
		// read one by one).
		if utf8.RuneCountInString(first) < 5 {
			return
		}
		w = first
	}
	w = strings.TrimPrefix(w, "s'")
	r, _ := utf8.DecodeRuneInString(w)
	if unbroken(r) || unicode.Is(unicode.Arabic, r) || unicode.Is(unicode.Hebrew, r) {
		if utf8.RuneCountInString(w) < 2 {
			return
		}
		key := w[:runesLen([]byte(w), 2)]
		lex.inside[key] = append(lex.inside[key], conceptAffix{w, id, false})
		return
	}
	w = Fold(w)
	if latin, ok := romanise(nil, []byte(w)); ok {
		w = string(latin)
	}
	if utf8.RuneCountInString(w) < affixKey {
		lex.exact[w] = id
		return
	}
	if suf {
		key := w[len(w)-runesEnd([]byte(w), affixKey):]
		lex.suffix[key] = append(lex.suffix[key], conceptAffix{w, id, false})
	}
	key := w[:runesLen([]byte(w), affixKey)]
	lex.prefix[key] = append(lex.prefix[key], conceptAffix{w, id, !pre})
}

// runesLen is the length in bytes of the first n runes of w (all of it
// if it has fewer), and runesEnd of the last n.
func runesLen(w []byte, n int) int {
	i := 0
	for ; n > 0 && i < len(w); n-- {
		if w[i] < utf8.RuneSelf {
			i++
			continue
		}
		_, size := utf8.DecodeRune(w[i:])
		i += size
	}
	return i
}

func runesEnd(w []byte, n int) int {
	i := len(w)
	for ; n > 0 && i > 0; n-- {
		_, size := utf8.DecodeLastRune(w[:i])
		i -= size
	}
	return len(w) - i
}

// separableAt returns the concept of a German separable verb at words[i]
// whose particle follows within its clause (the next few words), -1 for
// none.
func (lex *conceptLexicon) separableAt(buf []byte, words []regionWord, i int) int32 {
	affixes, ok := lex.separable[string(words[i].text(buf))]
	if !ok {
		return -1
	}
	for j := i + 1; j < len(words) && j <= i+separableReach; j++ {
		for _, a := range affixes {
			if string(words[j].text(buf)) == a.text {
				return a.concept
			}
		}
	}
	return -1
}

// phraseWord reports whether a folded word is a phrase's word: the same,
// or begun by it when it ends in "*".
func phraseWord(w []byte, pw string) bool {
	if start, ok := strings.CutSuffix(pw, "*"); ok {
		return len(w) >= len(start) && string(w[:len(start)]) == start
	}
	return string(w) == pw
}

// separableReach is how many words after its verb a particle may stand:
// a headline's clause ("Regierungschef Stanciu tritt nach der Niederlage
// zurück").
const separableReach = 6

// inRun calls found with the concept of each lexicon word found inside a
// run of a script written without spaces, or an Arabic word.
func (lex *conceptLexicon) inRun(run []byte, found func(int32)) {
	for i := 0; i < len(run); {
		_, a := utf8.DecodeRune(run[i:])
		if i+a < len(run) {
			_, b := utf8.DecodeRune(run[i+a:])
			for _, af := range lex.inside[string(run[i:i+a+b])] {
				if len(run)-i >= len(af.text) && string(run[i:i+len(af.text)]) == af.text {
					found(af.concept)
				}
			}
		}
		i += a
	}
}

// addConcept adds the term of concept id to the story being read.
func (c *Coverage) addConcept(id int32, weight float32) {
	k := concepts().concepts[id]
	if k.company {
		c.namesWho = true
		c.addKind(k.term, weight, placeBoost, true, countryKind)
		return
	}
	if k.term == centralBankTerm {
		c.centralBank = max(c.centralBank, weight)
	}
	if c.inTitle {
		c.headFollow |= followUpKinds[k.term]
	}
	kind := conceptKind
	if k.outcome {
		kind = outcomeKind
	}
	c.addKind(k.term, weight, conceptBoost, false, kind)
}

// followUpKinds are the concepts of what follows an event days later, as
// bits: a resignation (the chief executive quits days after a recall), an
// arrest (the builder, a week after the quake), a verdict. See
// followsUp.
var followUpKinds = map[string]uint8{
	conceptTerm("resignation"): 1, conceptTerm("arrest"): 2, conceptTerm("verdict"): 4,
}

// centralBankTerm is the concept of a central bank named by what it is
// ("Turkey's central bank", "Merkez Bankası", "Norges Bank").
var centralBankTerm = conceptTerm("centralbank")

// nameCentralBank gives a story that speaks of a central bank without
// naming one the table knows (institutionTable) a term for the central
// bank of each country it names, read as an institution's: "Turkey's
// central bank cuts key rate" and "ECB holds rates" are two
// institutions, and so two events, as the ECB's and the Fed's decisions
// of one day are; so are the Bank of Thailand's and Norway's central
// bank's ("Thai central bank holds rates", "Norway's central bank cuts
// rates"), though they share bank, rate, central and basis points.
func (c *Coverage) nameCentralBank() {
	if c.centralBank == 0 || c.namesWho {
		return
	}
	for _, country := range c.countries {
		term := centralBankOf(country)
		c.addKind(term, c.centralBank, placeBoost, true, countryKind)
	}
}

// headBanks notes the central bank the headline just read names first
// ("Fed holds rates", "Copom eleva Selic", "日銀"): what it is of. A
// second is what the first acted beside ("BoE keeps rates on hold ahead
// of ECB decision"): noted, it made the Bank of England's event the
// ECB's too.
func (c *Coverage) headBanks() {
	for _, id := range c.featIDs {
		if c.bank[id] {
			c.noteHeadBank(id)
			return
		}
	}
}

func (c *Coverage) noteHeadBank(id int32) { noteOnce(c.headBank[:], id) }

// noteOnce notes term id in slots (term ids plus one, 0 for none) if it
// is not there and a slot is free.
func noteOnce(slots []int32, id int32) {
	for i, s := range slots {
		if s == id+1 {
			return
		}
		if s == 0 {
			slots[i] = id + 1
			return
		}
	}
}

// headCentralBanks gives a story that speaks of a central bank, and whose
// headline names none but names countries, the central banks of those
// countries as its headline's, and their terms if it lacks them: "Brazil
// raises Selic rate to 11.75%", whose summary names "Brazil's central
// bank" and the Fed, is the Banco Central do Brasil's, not the Fed's.
func (c *Coverage) headCentralBanks() {
	if c.headBank[0] != 0 || c.centralBank == 0 {
		return
	}
	for _, country := range c.countries[:c.titleEnd] {
		term := centralBankOf(country)
		id, seen := c.vocab[term]
		if !seen || c.slot[id] == 0 {
			c.addKind(term, c.centralBank, placeBoost, true, countryKind)
			id = c.vocab[term]
		}
		c.noteHeadBank(id)
	}
}

// centralBankOf is the term of a country's central bank: the
// institution's, when institutionTable names it (centralBanks), else one
// of its own ("Norway's central bank").
func centralBankOf(country Country) string {
	if term, ok := centralBanks[country.String()]; ok {
		return term
	}
	return cbPrefix + country.String()
}

// cbPrefix begins the term of a central bank institutionTable does not
// name.
const cbPrefix = "\x00@cb-"

// centralBankTerms are the terms of the central banks (see bank in
// Coverage.newTerm).
var centralBankTerms = func() map[string]bool {
	m := map[string]bool{companyTerm("ecb"): true}
	for _, t := range centralBanks {
		m[t] = true
	}
	return m
}()

// centralBanks are the terms of the central banks institutionTable names,
// by their country: "Japan's central bank" is the Bank of Japan.
var centralBanks = map[string]string{
	"US": companyTerm("fed"), "GB": companyTerm("boe"), "JP": companyTerm("boj"), "CN": companyTerm("pboc"),
	"IN": companyTerm("rbi"), "ID": companyTerm("bankindonesia"), "CH": companyTerm("snb"), "AU": companyTerm("rba"),
	"CA": companyTerm("boc"), "MX": companyTerm("banxico"), "BR": companyTerm("bcb"), "RU": companyTerm("cbr"),
	"KR": companyTerm("bok"), "TH": companyTerm("bot"), "ZA": companyTerm("sarb"), "NG": companyTerm("cbn"),
	"KE": companyTerm("cbk"), "EG": companyTerm("cbe"), "NO": companyTerm("norgesbank"), "SE": companyTerm("riksbank"),
	"PL": companyTerm("nbp"), "CZ": companyTerm("cnb"), "HU": companyTerm("mnb"), "TR": companyTerm("tcmb"),
	"PH": companyTerm("bsp"), "MY": companyTerm("bnm"), "VN": companyTerm("sbv"), "NZ": companyTerm("rbnz"),
	"CO": companyTerm("banrep"), "PE": companyTerm("bcrp"), "CL": companyTerm("bcch"), "AR": companyTerm("bcra"),
	"IL": companyTerm("boi"), "SA": companyTerm("sama"), "PK": companyTerm("sbp"), "BD": companyTerm("bb"),
	"GH": companyTerm("bog"), "DK": companyTerm("nationalbanken"),
}

// arabicWord reports whether a word is written in Arabic or Hebrew,
// whose articles and particles are glued to the word (الزلزال, بزلزال;
// בשוחד, "in bribery").
func arabicWord(w []byte) bool {
	if len(w) == 0 || w[0] < 0xd6 || w[0] > 0xdb {
		return false
	}
	r, _ := utf8.DecodeRune(w)
	return unicode.Is(unicode.Arabic, r) || unicode.Is(unicode.Hebrew, r)
}

// conceptBoost weighs a concept against a word: half of one, as in a
// story of one language it says again what a word of it says.
const conceptBoost = 0.5
