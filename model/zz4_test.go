package model
import ("testing";"fmt";"os";"strings")
func TestZZAgg(t *testing.T){
	ents, _ := os.ReadDir("../testdata/events")
	for _, lead := range []bool{true, false} {
		var right, found, truth int
		for _, e := range ents {
			if !strings.HasSuffix(e.Name(), ".jsonl") { continue }
			set := readLabelled(t, e.Name())
			p := score(set, groupLabelled(set, lead))
			right += p.right; found += p.foundPairs; truth += p.truePairs
		}
		fmt.Printf("lead %v: precision %.3f recall %.3f (%d pairs)\n", lead, float64(right)/float64(found), float64(right)/float64(truth), truth)
	}
}
