package model

import (
	"testing"
	"unsafe"
)

// A Story is kept for every story in the list: at 100,000 its size class
// is megabytes. 144 bytes is a size class of Go's allocator; 145 would
// take 160. What the list does not need goes in Details.
func TestStoryFitsIn144Bytes(t *testing.T) {
	if n := unsafe.Sizeof(Story{}); n > 144 {
		t.Errorf("a Story takes %d bytes, over 144: order its fields so that the small ones share words, and keep what the list does not need in Details", n)
	}
}
