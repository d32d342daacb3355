package feeds

import (
	"io"
	"strings"
	"testing"
	"testing/iotest"
)

// TestRepairReaderSplitReads: runes and character references cut between
// two reads are repaired the same as whole ones.
func TestRepairReaderSplitReads(t *testing.T) {
	in := "a\x1bb&#27;c&#x1B;d\xffe€f&#65;g&#xFFFE;h&#0000000000000000000000000000000000000000000000000000000000000000000000027;i"
	want := "a" + string(rune(ctlBase+0x1b)) + "b" + string(rune(ctlBase+27)) + "c" + string(rune(ctlBase+0x1b)) +
		"d\uFFFDe€f&#65;g\uFFFDh&amp;#0000000000000000000000000000000000000000000000000000000000000000000000027;i"
	for _, r := range []io.Reader{strings.NewReader(in), iotest.OneByteReader(strings.NewReader(in)), iotest.HalfReader(strings.NewReader(in))} {
		rr := &repairReader{src: r}
		got, err := io.ReadAll(rr)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != want {
			t.Errorf("repaired\n got %q\nwant %q", got, want)
		}
		if !rr.remapped {
			t.Error("remapped not set")
		}
		if restoreControls(string(got))[1] != 0x1b {
			t.Error("restoreControls did not restore ESC")
		}
	}
}

// TestRepairReaderPassesCleanInput: the common case is not changed.
func TestRepairReaderPassesCleanInput(t *testing.T) {
	in := strings.Repeat("<p>Plain &amp; simple – ünïcödé</p>\n", 5000)
	got, err := io.ReadAll(&repairReader{src: iotest.HalfReader(strings.NewReader(in))})
	if err != nil || string(got) != in {
		t.Errorf("clean input changed (err %v)", err)
	}
}
