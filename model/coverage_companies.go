package model

// Companies, as coverage grouping reads them: a Chinese paper writes
// 大众汽车 where a German one writes Volkswagen and a Korean one 폭스바겐,
// and a story of a recall or a strike at one often names no country and
// gives no number in the language of the paper that reads it from
// abroad. A company's name in any language is one term, read like a
// country's (countryTerm): who, as a country is where. So a Korean story
// of Volkswagen's recall shares Volkswagen with the German one, and is no
// longer a story of South Korea because it names no country
// (homeCountry).
//
// The table is in conceptTable's format, each line's name marked "@":
// the companies most in the news across languages (carmakers, aircraft
// makers, chipmakers, phone makers, oil companies), with the names wires
// and papers write them by in English, Russian, Chinese, Japanese,
// Korean and Arabic. Left out: names that are a common word of some
// language or a first name (Apple, 苹果; Mercedes, and Mercedes-Benz,
// which the lexicon reads by its first word; Kia, and 기아, famine; 大众
// and 现代 alone, "the masses" and "modern", so 大众汽车 and 现代汽车;
// Nissan in Arabic, نيسان, April).
const companyTable = `
@volkswagen	en: volkswagen vw ru: фольксваген zh: 大众汽车 福斯汽车 ja: フォルクスワーゲン ko: 폭스바겐 ar: فولكس
@toyota	en: toyota ru: тойота zh: 丰田 豐田 ja: トヨタ ko: 도요타 ar: تويوتا
@honda	en: honda ru: хонда zh: 本田 ja: ホンダ ko: 혼다 ar: هوندا
@hyundai	en: hyundai ru: хендай хёндэ zh: 现代汽车 現代汽車 ja: 現代自動車 現代自 ヒョンデ ko: 현대차 현대자동차 ar: هيونداي
@nissan	en: nissan ru: ниссан zh: 日产 日產 ja: 日産 ko: 닛산
@samsung	en: samsung ru: самсунг zh: 三星电子 三星 ja: サムスン ko: 삼성 ar: سامسونج سامسونغ
@sony	en: sony ru: сони zh: 索尼 ja: ソニー ko: 소니 ar: سوني
@tesla	en: tesla ru: тесла zh: 特斯拉 ja: テスラ ko: 테슬라 ar: تسلا
@boeing	en: boeing ru: боинг zh: 波音 ja: ボーイング ko: 보잉 ar: بوينغ
@airbus	en: airbus ru: эйрбас аэробус zh: 空客 空中客车 ja: エアバス ko: 에어버스 ar: إيرباص
@bmw	en: bmw ru: бмв zh: 宝马 寶馬 ko: 베엠베
@mercedes	en: daimler ru: мерседес zh: 奔驰 賓士 ja: メルセデス ダイムラー ko: 벤츠
@renault	en: renault ru: рено zh: 雷诺 ja: ルノー ko: 르노
@stellantis	en: stellantis ru: стеллантис zh: 斯泰兰蒂斯 ja: ステランティス ko: 스텔란티스
@byd	en: byd zh: 比亚迪 比亞迪 ja: 比亜迪 ko: 비야디
@huawei	en: huawei ru: хуавэй хуавей zh: 华为 華為 ja: ファーウェイ ko: 화웨이 ar: هواوي
@tsmc	en: tsmc zh: 台积电 台積電 ja: 台湾積体電路製造
@nvidia	en: nvidia zh: 英伟达 輝達 ja: エヌビディア ko: 엔비디아 ar: إنفيديا
@alibaba	en: alibaba ru: алибаба zh: 阿里巴巴 ja: アリババ ko: 알리바바
@tencent	en: tencent zh: 腾讯 騰訊 ja: テンセント ko: 텐센트
@gazprom	en: gazprom ru: газпром zh: 俄气 俄罗斯天然气工业 ja: ガスプロム ko: 가스프롬
@aramco	en: aramco ru: арамко zh: 沙特阿美 ja: アラムコ ko: 아람코 ar: أرامكو
@spacex	en: spacex zh: 太空探索技术公司 ja: スペースX ko: 스페이스X
`
