package model

import (
	"testing"
	"unsafe"
)

// A Story is kept for every story in the list: at 100,000 its size class
// is megabytes. 240 bytes is a size class of Go's allocator; 241 would
// take 256.
func TestStoryFitsIn240Bytes(t *testing.T) {
	if n := unsafe.Sizeof(Story{}); n > 240 {
		t.Errorf("a Story takes %d bytes, over 240: order its fields so that the small ones share words", n)
	}
}
