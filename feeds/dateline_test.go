package feeds

import (
	"testing"
)

func TestDatelineOf(t *testing.T) {
	tests := []struct{ para, want string }{
		{"ISTANBUL", "ISTANBUL"},
		{"ISTANBUL — South Korea on Wednesday urged", "ISTANBUL"},
		{"LAGOS, Nigeria — Officials approved", "LAGOS, Nigeria"},
		{"WASHINGTON (AP) — Sales rose", "WASHINGTON"},
		{"NEW YORK: Markets fell", "NEW YORK"},
		{"FRANKFURT, Nov 24 (Meridian Wire) – Factory output", "FRANKFURT"},
		{"LONDON, Nov 24 (Reuters) - Shares fell", "LONDON"},
		{"PARIS, 3 March (AFP) — Strikes", "PARIS"},
		{"TOKYO, September 9 - The yen", "TOKYO"},
		{"KYIV, Nov 24 (Reuters) without a dash", ""},
		{"LIMA, 2024 (Agency) - a year is not a day", ""},
		{"RIO DE JANEIRO - Carnival began", "RIO DE JANEIRO"},
		{"SÃO PAULO — Traffic", "SÃO PAULO"},
		{"NATO said on Monday that", ""},
		{"The PRESIDENT said", ""},
		{"A — b", ""},
		{"BERLIN, the capital, was quiet", ""},
		{"", ""},
		{"— a dash first", ""},
		{"ONE TWO THREE FOUR FIVE — too long for a place", ""},
	}
	for _, tt := range tests {
		if got := datelineOf(tt.para); got != tt.want {
			t.Errorf("datelineOf(%q) = %q, want %q", tt.para, got, tt.want)
		}
	}
}
