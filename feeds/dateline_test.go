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
