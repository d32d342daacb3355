package model

import (
	"slices"
	"strings"
)

// wordIndex maps every distinct word to the stories that contain it. Its
// vocabulary is kept sorted, so all the words that begin with a typed prefix
// form one contiguous range: a filter keystroke costs a binary search plus the
// postings of the matching words, never a scan of every story's text.
type wordIndex struct {
	ids      map[string]int32 // word -> id
	words    []string         // id -> word
	sorted   []int32          // ids in word order
	postings [][]int32        // id -> story sequence numbers, ascending
}

func newWordIndex() wordIndex { return wordIndex{ids: map[string]int32{}} }

func (x *wordIndex) add(seq int32, words []string) {
	var fresh []int32
	for _, w := range words {
		id, ok := x.ids[w]
		if !ok {
			id = int32(len(x.words))
			w = strings.Clone(w) // do not pin the whole folded text
			x.ids[w] = id
			x.words = append(x.words, w)
			x.postings = append(x.postings, nil)
			fresh = append(fresh, id)
		}
		p := x.postings[id]
		if n := len(p); n > 0 && p[n-1] == seq {
			continue // the word repeats within this story
		}
		x.postings[id] = append(p, seq)
	}
	if len(fresh) > 0 {
		cmp := func(a, b int32) int { return strings.Compare(x.words[a], x.words[b]) }
		slices.SortFunc(fresh, cmp)
		x.sorted = mergeSorted(x.sorted, fresh, cmp)
	}
}

// prefixRange returns the span of x.sorted whose words start with p.
func (x *wordIndex) prefixRange(p string) (lo, hi int) {
	lo, _ = slices.BinarySearchFunc(x.sorted, p, func(id int32, t string) int {
		return strings.Compare(x.words[id], t)
	})
	hi = lo
	for hi < len(x.sorted) && strings.HasPrefix(x.words[x.sorted[hi]], p) {
		hi++
	}
	return lo, hi
}

// narrow returns a bitset over story sequence numbers [0, n) of the
// stories in bits (nil: every story) in which some word begins with p. It
// reuses bits.
func (x *wordIndex) narrow(bits []uint64, p string, n int) []uint64 {
	one := make([]uint64, (n+63)/64)
	lo, hi := x.prefixRange(p)
	for _, id := range x.sorted[lo:hi] {
		for _, seq := range x.postings[id] {
			one[seq>>6] |= 1 << (seq & 63)
		}
	}
	if bits == nil {
		return one
	}
	for k := range bits {
		bits[k] &= one[k]
	}
	return bits
}
