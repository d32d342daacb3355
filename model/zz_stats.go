package model

import "unsafe"

// IndexStats is temporary.
func (c *Collection) IndexStats() (words, postings, wordBytes int, storySize uintptr) {
	for i, w := range c.index.words {
		wordBytes += len(w)
		postings += len(c.index.postings[i])
	}
	return len(c.index.words), postings, wordBytes, unsafe.Sizeof(Story{})
}
