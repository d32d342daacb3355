package model

// Institutions, as coverage grouping reads them: the central banks and
// the international bodies most in the news, each one term in every
// language, read as a company's is (companyTable), so as a country's:
// who, and so where. A French story writes BCE where a German one writes
// EZB and an English one ECB or European Central Bank; each gives the
// ECB's term. Read as a country, two central banks' decisions of one day
// are elsewhere from each other, as two quakes in two countries are
// (match.elsewhere): "ECB holds deposit rate at 2%" names no country,
// and shared a rate decision with Bank Indonesia's cut.
//
// The table is in conceptTable's format, each line's name marked "@",
// with two more ways to write a name:
//
//   - "a_b_c" is a name of several words, matched word after word,
//     folded but not romanised ("european_central_bank",
//     "европейск*_центральн*_банк*"); a word may end in "*" to match the
//     words it begins (a Russian or German name in its cases);
//   - a name written with capitals matches only a word that begins with
//     one: "Fed" (fed is a verb of English), "ECB", and so "Bce" as
//     Italian papers write it; marked "=", only a word all in capitals:
//     "=UN" and "=EU" (un, eu are articles and pronouns of French,
//     Spanish and Portuguese, and begin sentences). In a headline all in
//     capitals, "UN" is a French article too; that is rare enough.
//   - a name glued to a run of a script written without spaces is found
//     inside the run, folded, so it is written in lower case: "米frb" is
//     Japanese papers' 米FRB, the Fed ("FRB、利下げ" has it alone).
//
// Left out: names that are words or something else as often (WHO's
// "who" in lower case; the International Criminal Court's ICC, the
// cricket council's too, and CPI, a consumer price index; 人行, of
// 人行道, a pavement; 한은, of 대한은).
const institutionTable = `
@ecb	en: ECB european_central_bank fr: BCE banque_centrale_europeenne es: banco_central_europeo it: banca_centrale_europea pt: banco_central_europeu de: EZB europaisch*_zentralbank nl: europese_centrale_bank pl: EBC europejski*_bank*_centraln* ru: ЕЦБ европейск*_центральн*_банк* zh: 欧洲央行 欧洲中央银行 歐洲央行 ja: 欧州中央銀行 欧州中銀 ko: 유럽중앙은행 tr: avrupa_merkez_bankas* id: bank_sentral_eropa sv: europeiska_centralbanken da: den_europaeiske_centralbank no: den_europeiske_sentralbanken el: ευρωπαϊκ*_κεντρικ*_τράπεζ* ΕΚΤ ar: البنك_المركزي_الأوروبي
@fed	en: Fed federal_reserve =FRB fr: reserve_federale es: reserva_federal pt: reserva_federal ru: ФРС zh: 美联储 美聯儲 联邦储备 ja: 米連邦準備制度理事会 米連邦準備理事会 米連銀 米frb ko: 연준 연방준비제도
@boe	en: BoE bank_of_england fr: banque_d_angleterre es: banco_de_inglaterra it: banca_d_inghilterra de: bank_of_england ru: банк*_англии zh: 英国央行 英格兰银行 英格蘭銀行 ja: 英中央銀行 イングランド銀行 ko: 영란은행 영국중앙은행
@boj	en: BoJ bank_of_japan fr: banque_du_japon es: banco_de_japon it: banca_del_giappone de: bank_of_japan japanisch*_notenbank ru: банк*_японии zh: 日本央行 日本银行 日本銀行 ja: 日銀 日本銀行 ko: 일본은행
@pboc	en: PBoC PBOC people_bank_of_china zh: 中国人民银行 人民银行 中國人民銀行 ja: 中国人民銀行 ko: 인민은행
@rbi	en: RBI reserve_bank_of_india ru: резервн*_банк*_индии zh: 印度储备银行 印度央行 ja: インド準備銀行 ko: 인도중앙은행 hi: आरबीआई रिज़र्व_बैंक रिजर्व_बैंक
@bankindonesia	en: bank_indonesia zh: 印尼央行 印度尼西亚央行 ja: インドネシア中央銀行 ko: 인도네시아중앙은행
@snb	en: SNB swiss_national_bank de: SNB schweizerisch*_nationalbank fr: BNS banque_nationale_suisse
@rba	en: RBA reserve_bank_of_australia zh: 澳洲联储 澳大利亚央行 ja: 豪準備銀行 豪中銀 ko: 호주중앙은행
@boc	en: bank_of_canada fr: banque_du_canada zh: 加拿大央行 ja: カナダ銀行 カナダ中銀 ko: 캐나다중앙은행
@banxico	en: banxico bank_of_mexico es: banco_de_mexico zh: 墨西哥央行
@bcb	en: copom pt: copom banco_central_do_brasil zh: 巴西央行
@cbr	en: bank_of_russia ru: банк_россии zh: 俄罗斯央行 俄央行 ja: ロシア中央銀行 ko: 러시아중앙은행
@bok	en: bank_of_korea =BOK BoK zh: 韩国央行 韓國央行 ja: 韓国銀行 韓国中銀 ko: 한국은행
@bot	en: bank_of_thailand BoT th: ธปท zh: 泰国央行 泰國央行 ja: タイ中央銀行 ko: 태국중앙은행
@sarb	en: SARB south_african_reserve_bank reserve_bank_of_south_africa
@cbn	en: =CBN central_bank_of_nigeria
@cbk	en: central_bank_of_kenya sw: benki_kuu_ya_kenya
@cbe	en: central_bank_of_egypt ar: البنك_المركزي_المصري
@norgesbank	en: norges_bank no: norges_bank
@riksbank	en: riksbank* sv: riksbank*
@nbp	en: =NBP national_bank_of_poland pl: =NBP narodow*_bank*_polski*
@cnb	en: =CNB czech_national_bank cs: =ČNB ceska_narodni_banka
@mnb	en: =MNB hungarian_national_bank national_bank_of_hungary hu: =MNB magyar_nemzeti_bank
@tcmb	en: =CBRT =TCMB central_bank_of_turkey central_bank_of_the_republic_of_turkey tr: =TCMB
@bsp	en: =BSP bangko_sentral tl: bangko_sentral
@bnm	en: =BNM bank_negara id: bank_negara
@sbv	en: state_bank_of_vietnam vi: ngan_hang_nha_nuoc
@rbnz	en: =RBNZ reserve_bank_of_new_zealand
@banrep	en: banco_de_la_republica es: banco_de_la_republica =BanRep
@bcrp	en: =BCRP central_reserve_bank_of_peru es: =BCRP banco_central_de_reserva_del_peru
@bcch	en: central_bank_of_chile es: banco_central_de_chile
@bcra	en: =BCRA central_bank_of_argentina es: =BCRA banco_central_de_la_republica_argentina
@boi	en: bank_of_israel he: בנק_ישראל
@sama	en: =SAMA saudi_central_bank saudi_arabian_monetary_authority
@sbp	en: =SBP state_bank_of_pakistan ur: اسٹیٹ_بینک
@bb	en: bangladesh_bank bn: বাংলাদেশ_ব্যাংক
@bog	en: bank_of_ghana
@nationalbanken	en: danmarks_nationalbank da: nationalbanken
@un	en: =UN united_nations fr: ONU nations_unies es: ONU naciones_unidas pt: ONU nacoes_unidas it: ONU nazioni_unite de: =UNO vereint*_nationen nl: =VN verenigde_naties ru: ООН zh: 联合国 聯合國 ja: 国連 国際連合 ko: 유엔 국제연합 hi: संयुक्त_राष्ट्र
@nato	en: nato fr: otan es: otan pt: otan it: nato de: nato ru: нато zh: 北约 北約 ja: 北大西洋条約機構 ko: 나토 ar: الناتو
@eu	en: =EU european_union fr: =UE union_europeenne es: =UE union_europea pt: =UE uniao_europeia it: =UE unione_europea de: =EU europaisch*_union nl: =EU europese_unie pl: =UE unia_europejska ru: =ЕС евросоюз* европейск*_союз* zh: 欧盟 歐盟 ja: 欧州連合 ko: 유럽연합 ar: الاتحاد_الأوروبي
@imf	en: imf international_monetary_fund fr: fmi es: fmi pt: fmi it: fmi de: iwf ru: мвф zh: 国际货币基金 國際貨幣基金 ja: 国際通貨基金 ko: 국제통화기금
@who	en: =WHO world_health_organization fr: OMS es: OMS pt: OMS it: OMS de: =WHO ru: =ВОЗ zh: 世卫组织 世界卫生组织 世衛 ja: 世界保健機関 ko: 세계보건기구 ar: منظمة_الصحة_العالمية الصحة_العالمية fa: سازمان_جهانی_بهداشت hi: विश्व_स्वास्थ्य_संगठन sw: shirika_la_afya_duniani
@wto	en: wto world_trade_organization fr: OMC es: OMC de: WTO ru: ВТО zh: 世贸组织 世界贸易组织 世貿 ja: 世界貿易機関 ko: 세계무역기구
@opec	en: opec fr: opep es: opep pt: opep ru: опек zh: 欧佩克 石油输出国组织 ja: 石油輸出国機構 ko: 석유수출국기구 ar: أوبك fa: اوپک ur: اوپیک
@iaea	en: iaea fr: aiea es: oiea de: iaeo ru: магатэ zh: 国际原子能机构 國際原子能機構 ja: 国際原子力機関 ko: 국제원자력기구
@icc	en: international_criminal_court fr: cour_penale_internationale es: corte_penal_internacional de: internationale*_strafgerichtshof zh: 国际刑事法院 國際刑事法院 ja: 国際刑事裁判所 ko: 국제형사재판소
@asean	en: ASEAN fr: ASEAN ANASE es: ASEAN de: ASEAN id: ASEAN vi: ASEAN th: อาเซียน zh: 东盟 東盟 东南亚国家联盟 ja: 東南アジア諸国連合 ko: 아세안 동남아국가연합 ru: АСЕАН
@fifa	en: fifa ru: фифа zh: 国际足联 國際足總 ja: 国際サッカー連盟 ko: 피파 국제축구연맹
@europol	en: europol* ru: европол* uk: європол* zh: 欧洲刑警组织 ja: 欧州刑事警察機構 ko: 유로폴
@ioc	en: IOC international_olympic_committee fr: =CIO es: =COI de: IOC ru: МОК zh: 国际奥委会 國際奧委會 ja: 国際オリンピック委員会 ko: 국제올림픽위원회
@esa	en: =ESA european_space_agency fr: agence_spatiale_europeenne es: agencia_espacial_europea it: agenzia_spaziale_europea de: europaisch*_weltraumorganisation ru: =ЕКА zh: 欧洲航天局 欧空局 ja: 欧州宇宙機関 ko: 유럽우주국
`
