package eval

import (
	"strings"
	"testing"
)

func TestNormalizeName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Al Anbar", "anbar"},
		{"al-Anbar", "anbar"},
		{"Ain al-Asad Air Base", "ain asad air base"},
		{"AL-ANBAR Province", "anbar province"},
		{"Ma'rib", "marib"},
		{"Ma’rib", "marib"},
		{"Daraa, Syria.", "daraa syria"},
		{"Salah-ad-Din", "salah ad din"},
		{"Al", "al"}, // nothing else left: kept
		{"الأنبار", "انبار"},
		{"الْأَنْبَار", "انبار"}, // diacritics
		{"الأنـــبار", "انبار"},  // tatweel
		{"إدلب", "ادلب"},
		{"آمرلي", "امرلي"},
		{"ٱلرقة", "رقه"},
		{"مستشفى", "مستشفي"},
		{"مدينة غزة", "مدينه غزه"},
		{"مؤتة", "موته"},
		{"بئر السبع", "بير سبع"},
		{"قاعدة عين الأسد", "قاعده عين اسد"},
		{"الحرس الثوري", "حرس ثوري"},
		{"ال", "ال"},
		{"الم", "الم"}, // too short to strip
		{"اللواء ٩٣", "لواء 93"},
		{"  ", ""},
	}
	for _, tc := range tests {
		got := strings.Join(NormalizeName(tc.in), " ")
		if got != tc.want {
			t.Errorf("NormalizeName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestNamesAgree(t *testing.T) {
	tests := []struct {
		name      string
		sys, gold []string
		want      bool
	}{
		{"equal", []string{"Houthis"}, []string{"Ansar Allah", "Houthis"}, true},
		{"equal case", []string{"HOUTHIS"}, []string{"houthis"}, true},
		{"alias matches", []string{"Ansar Allah", "أنصار الله"}, []string{"الحوثي", "أنصار الله"}, true},
		{"no match", []string{"Hamas"}, []string{"Islamic Jihad"}, false},
		{"empty system", nil, []string{"Hamas"}, false},
		{"empty gold", []string{"Hamas"}, nil, false},
		{"al- stripped", []string{"Anbar"}, []string{"Al-Anbar"}, true},
		{"al word stripped", []string{"al Anbar"}, []string{"Anbar"}, true},
		{"ال stripped", []string{"الأنبار"}, []string{"أنبار"}, true},
		{"ال stripped on each word", []string{"الجيش السوري"}, []string{"جيش سوري"}, true},
		{"el not stripped", []string{"el Arish"}, []string{"Arish"}, true}, // containment: "arish" in "el arish"
		{"el not stripped 2", []string{"el Arish"}, []string{"al Arish"}, true},
		{"arabic normalisation", []string{"إدلب"}, []string{"ادلب"}, true},
		{"taa marbuta", []string{"مدينه حماه"}, []string{"مدينة حماة"}, true},
		{"alef maqsura", []string{"مستشفي"}, []string{"مستشفى"}, true},
		{"hyphen", []string{"Deir ez-Zor"}, []string{"Deir ez Zor"}, true},
		// containment
		{"system shorter contained", []string{"Ain al-Asad"}, []string{"Ain al-Asad Air Base"}, true},
		{"system longer contains", []string{"Islamic State in Iraq"}, []string{"Islamic State"}, true},
		{"not contiguous", []string{"Ain Base"}, []string{"Ain al-Asad Air Base"}, false},
		{"not whole words", []string{"Asa"}, []string{"Ain al-Asad"}, false},
		{"partial word", []string{"Houthi"}, []string{"Houthis"}, false},
		{"shorter under 4 letters", []string{"IDF"}, []string{"IDF forces"}, false},
		{"shorter exactly 4 letters", []string{"Gaza"}, []string{"Gaza City"}, true},
		{"shorter 3 letters arabic", []string{"حزب"}, []string{"حزب الله"}, false},
		{"half the words ok", []string{"Asad Air"}, []string{"Ain al-Asad Air Base"}, true},             // 2 of 4
		{"under half the words", []string{"Resistance"}, []string{"Islamic Resistance in Iraq"}, false}, // 1 of 4
		{"one of three words", []string{"Kataib"}, []string{"Kataib Hezbollah Brigades"}, false},
		{"two of three words", []string{"Kataib Hezbollah"}, []string{"Kataib Hezbollah Brigades"}, true},
		// country / demonym refusal
		{"country refused", []string{"Syria"}, []string{"Syria Government"}, false},
		{"country equal ok", []string{"Russia"}, []string{"Russia"}, true},
		{"demonym refused", []string{"Israeli"}, []string{"Israeli forces"}, false},
		{"the + demonym refused", []string{"the Syrian"}, []string{"the Syrian army"}, false},
		{"demonym plural refused", []string{"Palestinians"}, []string{"Palestinians civilians"}, false},
		{"arabic demonym refused", []string{"الإسرائيلي"}, []string{"الجيش الإسرائيلي"}, false},
		{"arabic demonym fem refused", []string{"إسرائيلية"}, []string{"القوات إسرائيلية"}, false},
		{"arabic demonym plural refused", []string{"العراقيين"}, []string{"العراقيين المدنيين"}, false},
		{"arabic country refused", []string{"العراق"}, []string{"جنوب العراق"}, false},
		{"arabic americki refused", []string{"أميركية"}, []string{"قوات أميركية"}, false},
		{"us refused", []string{"United States"}, []string{"United States forces"}, false},
		{"gold shorter demonym refused", []string{"Turkish Army"}, []string{"Turkish", "Turkey"}, false},
		{"gold shorter country refused", []string{"Turkey Army"}, []string{"Turkish", "Turkey"}, false},
		{"non-country contained", []string{"Revolutionary Guard"}, []string{"Iranian Revolutionary Guard"}, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := NamesAgree(tc.sys, tc.gold); got != tc.want {
				t.Errorf("NamesAgree(%q, %q) = %v, want %v", tc.sys, tc.gold, got, tc.want)
			}
		})
	}
}

func TestUnknownActor(t *testing.T) {
	for _, s := range []string{"unknown", "Unknown", "UNIDENTIFIED", "مجهول", "المجهول", "مَجْهُول"} {
		if !isUnknownActor(s) {
			t.Errorf("isUnknownActor(%q) = false", s)
		}
	}
	for _, s := range []string{"unknown gunmen", "Hamas", "مسلحون مجهولون"} {
		if isUnknownActor(s) {
			t.Errorf("isUnknownActor(%q) = true", s)
		}
	}
}
