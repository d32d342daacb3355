package model

import (
	"testing"
)

// A province, state or prefecture gives its country in every script the
// table writes it in, as a country's name does.
func TestCoverageTermsGiveASubdivisionItsCountry(t *testing.T) {
	wantCountryTerms(t, map[string]string{
		"Explosion at chemical plant in Shandong kills six": "CN",
		"山东淄博一化工厂发生爆炸":                                      "CN",
		"山東省の化学工場で爆発":                                       "CN",
		"산둥성 화학공장 폭발":                                       "CN",
		"Взрыв на химзаводе в Шаньдуне":                     "CN",
		"Floods cut off towns in Rio Grande do Sul":         "BR",
		"Enchentes no Rio Grande do Sul":                    "BR",
		"राजस्थान में भीषण गर्मी":                           "IN",
		"Hitzewelle in Rajasthan":                           "IN",
		"홋카이도 동부 지진":                                        "JP",
		"Землетрясение в Забайкалье":                        "RU",
		"Waldbrand in Sachsen":                              "DE",
		"Ätna bricht aus":                                   "IT",
		"퀸즐랜드 홍수":                                           "AU",
		"زلزال يضرب ولاية ملاطية":                           "TR",
		"Φωτιά στη Θεσσαλία":                                "GR",
		"Waldbrand auf Euböa":                               "GR",
		"مصرع سبعة أشخاص في انهيار عقار بشبرا الخيمة":       "EG",
		"تصادم قطارين بمحافظة القليوبية والقاهرة":           "EG",
		"هيئة قناة السويس تخفض رسوم العبور":                 "EG",
		"Explosion in Khuzestan":                            "IR",
	})
}

// A subdivision's own words stay words that stories of one language
// share, as they were before the gazetteer knew it: only its country is a
// place. A city's are places.
func TestCoverageTermsReadASubdivisionAsAWord(t *testing.T) {
	c := NewCoverage()
	c.readTerms("Bullet trains stopped as earthquake hits Kyushu near Nairobi", 1)
	if f := c.features()["kyushu"]; f.tf == 0 || f.place {
		t.Errorf("kyushu: %+v, want a word that is not a place", f)
	}
	if f := c.features()["nairobi"]; !f.place {
		t.Errorf("nairobi: %+v, want a place", f)
	}
	c = NewCoverage()
	c.readTerms("山东发生爆炸", 1)
	if f := c.features()["山东"]; f.tf == 0 || f.place {
		t.Errorf("山东: %+v, want a word that is not a place", f)
	}
}

// Names the table leaves out, or writes only with their suffix, because
// they are as often something else.
func TestSubdivisionsAvoidFalseMatches(t *testing.T) {
	for _, text := range []string{
		"Nice weather for Java developers",   // a word and a language
		"Van Gogh museum reopens",            // Van, Turkey
		"Para todos los públicos",            // Pará, Brazil
		"ファイルを保存",                            // nothing
		"저장 공간 부족",                           // storage, not Zhejiang
		"기후 변화 대응",                           // climate, not Gifu
		"四国外长会晤",                             // four countries, not Shikoku
		"石川さんが受賞",                            // a surname, not Ishikawa
		"Georgia lawmakers pass budget bill", // the state is left to the English gazetteer's rule
		"الدول الغربية تدعو إلى التهدئة",     // "the western", not Gharbia
		"مشهد مؤثر في الملعب",                // "a scene", not Mashhad
		"Hail Storm Damages Crops",           // Ha'il, Saudi Arabia
	} {
		c := NewCoverage()
		c.readTerms(text, 1)
		for term, f := range c.features() {
			if f.kind == countryKind {
				t.Errorf("%q: country term %q", text, term)
			}
		}
	}
}
