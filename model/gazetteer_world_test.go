package model

import "testing"

func TestInferRegionsInOtherLanguages(t *testing.T) {
	tests := []struct {
		name, headline string
		want           RegionSet
	}{
		{"Chinese capital in a run", "习近平在北京会见外国领导人", set(AsiaPacific)},
		{"Chinese country names", "美国与伊朗在阿曼举行会谈", set(Americas, MiddleEast)},
		{"Chinese traditional", "南韓總統訪問美國", set(AsiaPacific, Americas)},
		{"Japanese simplified and traditional Tokyo", "東京で首脳会談、东京", set(AsiaPacific)},
		{"Japanese katakana country", "ロシア軍がウクライナ東部で攻勢", set(Europe)},
		{"Japanese katakana whole word", "タイの首相が辞任", set(AsiaPacific)},
		{"Korean with a particle", "서울에서 정상회담 개최", set(AsiaPacific)},
		{"Korean country", "일본과 미국 외무장관 회담", set(AsiaPacific, Americas)},
		{"Arabic capital", "ولي العهد يستقبل الوفد في الرياض", set(MiddleEast)},
		{"Arabic country", "مصر تستضيف محادثات السلام", set(MiddleEast)},
		{"Arabic Cairo and Khartoum", "وفد من القاهرة يصل إلى الخرطوم", set(MiddleEast, Africa)},
		{"Persian Tehran", "نشست خبری در تهران", set(MiddleEast)},
		{"Hebrew Jerusalem", "ירושלים: הפגנה גדולה מול הכנסת", set(MiddleEast)},
		{"Hebrew prefixes", "שריפה גדולה בטהרן ובאיראן", set(MiddleEast)},
		{"Hebrew from", "המשלחת חזרה מפריז", set(Europe)},
		{"Chinese longest name wins", "巴布亚新几内亚举行大选", set(AsiaPacific)},
		{"Russian capital nominative", "Москва ответила на санкции", set(Europe)},
		{"Russian capital locative", "Переговоры в Москве завершились", set(Europe)},
		{"Russian country genitive", "Президент Франции посетит Китай", set(Europe, AsiaPacific)},
		{"Ukrainian Kyiv genitive", "Зеленський повернувся до Києва", set(Europe)},
		{"Ukrainian Kyiv nominative", "Київ отримав нову допомогу", set(Europe)},
		{"Hindi New Delhi", "नई दिल्ली में शिखर सम्मेलन", set(AsiaPacific)},
		{"Hindi country", "भारत और चीन के बीच वार्ता", set(AsiaPacific)},
		{"Thai Bangkok in a run", "นายกรัฐมนตรีเดินทางถึงกรุงเทพมหานคร", set(AsiaPacific)},
		{"Spanish capital", "Berlín y París firman un acuerdo", set(Europe)},
		{"Spanish country", "Alemania y Japón refuerzan lazos", set(Europe, AsiaPacific)},
		{"French capital", "Pékin accueille le sommet", set(AsiaPacific)},
		{"French country", "L'Allemagne et le Maroc signent un accord", set(Europe, Africa)},
		{"German country", "Frankreich und Ägypten vereinbaren Zusammenarbeit", set(Europe, MiddleEast)},
		{"German capital", "Gipfeltreffen in Peking und Moskau", set(AsiaPacific, Europe)},
		{"Greek Athens", "Συνάντηση στην Αθήνα", set(Europe)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := InferRegions(tt.headline); got != tt.want {
				t.Errorf("InferRegions(%q) = %v, want %v", tt.headline, got.Names(), tt.want.Names())
			}
		})
	}
}

func TestInferRegionsInOtherLanguagesAvoidsFalseMatches(t *testing.T) {
	for _, headline := range []string{
		"美食节开幕",                   // 美 (America) alone is not a name
		"英雄归来",                    // nor 英 (Britain)
		"政府增加纳税人补贴",               // 加纳 (Ghana) inside 增加纳税
		"打击非法国际贸易",                // 法国 (France) inside 非法国际
		"タイトル防衛に成功",               // タイ (Thailand) begins a longer katakana word
		"인도적 지원 확대",               // humanitarian, not India
		"수단과 방법을 가리지 않고",          // "means", not Sudan
		"Того же дня",             // "of that", not Togo
		"Man City beat Pole Star", // Latin names of less-written languages are left out
		"Suede jackets Island hopping and Chili recipes",
		"Gana el partido",
		"Parliament weighs new budget rules after long talks as pressure mounts",
		"Scientists find new species of deep-sea fish",
		"Markets rally as inflation cools",
	} {
		if got := InferRegions(headline); got != 0 {
			t.Errorf("InferRegions(%q) = %v, want Other", headline, got.Names())
		}
	}
}

func TestCountryRegionInOtherLanguages(t *testing.T) {
	for in, want := range map[string]Region{
		"中国": AsiaPacific, "日本": AsiaPacific, "대한민국": AsiaPacific, "Deutschland": Europe,
		"Allemagne": Europe, "Россия": Europe, "مصر": MiddleEast, "السعودية": MiddleEast,
		"Nigeria": Africa, "Estados Unidos": Americas, "भारत": AsiaPacific, "Грузия": Europe,
	} {
		if got, ok := CountryRegion(in); !ok || got != want {
			t.Errorf("CountryRegion(%q) = %v, %v; want %v, true", in, got, ok, want)
		}
	}
}

// An Arabic name is found with the particles glued to it: in (ب), and
// (و), to (ل, لل before the article).
func TestInferRegionsReadsArabicNamesWithTheirParticles(t *testing.T) {
	for headline, want := range map[string]RegionSet{
		"انفجار بالقاهرة":         set(MiddleEast),
		"وفد يصل لبيروت وبغداد":   set(MiddleEast),
		"زيارة للسعودية":          set(MiddleEast),
		"محادثات في بكين وبموسكو": set(AsiaPacific, Europe),
	} {
		if got := InferRegions(headline); got != want {
			t.Errorf("InferRegions(%q) = %v, want %v", headline, got.Names(), want.Names())
		}
	}
}
