package model

import (
	"encoding/binary"
	"slices"
	"strings"
)

// wordIndex maps every distinct word to the stories that contain it. Its
// vocabulary is kept sorted, so all the words that begin with a typed prefix
// form one contiguous range: a filter keystroke costs a binary search plus the
// postings of the matching words, never a scan of every story's text.
//
// A word's postings are the gaps between its stories' sequence numbers, as
// varints: most gaps fit in a byte, so 100,000 stories of ~50 words each take
// ~6 MiB instead of the ~24 MiB of plain int32s (with their growth slack).
type wordIndex struct {
	ids      map[string]int32 // word -> id
	words    []string         // id -> word
	sorted   []int32          // ids in word order
	postings [][]byte         // id -> varint gaps between story sequence numbers
	last     []int32          // id -> the last sequence number in its postings, -1 if none
	// fresh are the words added since the last flush, not yet in sorted.
	fresh []int32
}

func newWordIndex() wordIndex { return wordIndex{ids: map[string]int32{}} }

// add indexes the words of story seq; flush must follow before the next
// match, once per batch: merging new words into the sorted vocabulary costs
// its whole length, too much to pay for every story of a feed whose
// headlines keep bringing new names.
func (x *wordIndex) add(seq int32, words []string) {
	for _, w := range words {
		id, ok := x.ids[w]
		if !ok {
			id = int32(len(x.words))
			w = strings.Clone(w) // do not pin the whole folded text
			x.ids[w] = id
			x.words = append(x.words, w)
			x.postings = append(x.postings, nil)
			x.last = append(x.last, -1)
			x.fresh = append(x.fresh, id)
		}
		last := x.last[id]
		if last == seq {
			continue // the word repeats within this story
		}
		// Sequence numbers only grow, so the gap is positive; the first
		// posting is stored as its distance from -1.
		x.postings[id] = binary.AppendUvarint(x.postings[id], uint64(seq-last))
		x.last[id] = seq
	}
}

// flush merges the words added since the last flush into the sorted
// vocabulary.
func (x *wordIndex) flush() {
	if len(x.fresh) == 0 {
		return
	}
	cmp := func(a, b int32) int { return strings.Compare(x.words[a], x.words[b]) }
	slices.SortFunc(x.fresh, cmp)
	x.sorted = mergeSorted(x.sorted, x.fresh, cmp)
	x.fresh = x.fresh[:0]
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
		setPostings(one, x.postings[id])
	}
	if bits == nil {
		return one
	}
	for k := range bits {
		bits[k] &= one[k]
	}
	return bits
}

// setPostings sets the bit of every sequence number in p, a list of varint
// gaps. Gaps under 128 (one byte) are decoded inline: they are most of them.
func setPostings(bits []uint64, p []byte) {
	seq := int64(-1)
	for len(p) > 0 {
		if b := p[0]; b < 0x80 {
			seq += int64(b)
			p = p[1:]
		} else {
			gap, k := binary.Uvarint(p)
			if k <= 0 {
				return // cannot happen: add wrote every byte
			}
			seq += int64(gap)
			p = p[k:]
		}
		bits[seq>>6] |= 1 << (seq & 63)
	}
}
