package serversync

import (
	"encoding/base64"
	"encoding/binary"
	"errors"
	"maps"
	"slices"
	"strings"
	"time"
)

// The sync cursor.

type grIDSet map[int64]struct{}

func (s grIDSet) has(id int64) bool {
	_, ok := s[id]
	return ok
}

func (s grIDSet) addAll(sets ...grIDSet) {
	for _, other := range sets {
		maps.Copy(s, other)
	}
}

// symmetricDiff is the IDs in one set and not the other.
func (s grIDSet) symmetricDiff(other grIDSet) grIDSet {
	d := make(grIDSet)
	for id := range s {
		if !other.has(id) {
			d[id] = struct{}{}
		}
	}
	for id := range other {
		if !s.has(id) {
			d[id] = struct{}{}
		}
	}
	return d
}

func (s grIDSet) sorted() []int64 {
	return slices.Sorted(maps.Keys(s))
}

// grCursor is what Entries remembers between syncs (see Entries).
type grCursor struct {
	synced  time.Time
	recent  grIDSet // listed with ot= at the last sync
	unread  grIDSet
	starred grIDSet
}

const grCursorPrefix = "gr1."

func (c grCursor) encode() string {
	buf := binary.AppendVarint(nil, c.synced.Unix())
	for _, set := range []grIDSet{c.recent, c.unread, c.starred} {
		ids := set.sorted()
		buf = binary.AppendUvarint(buf, uint64(len(ids)))
		var last int64
		for i, id := range ids {
			if i == 0 {
				buf = binary.AppendVarint(buf, id)
			} else {
				buf = binary.AppendUvarint(buf, uint64(id)-uint64(last))
			}
			last = id
		}
	}
	return grCursorPrefix + base64.RawURLEncoding.EncodeToString(buf)
}

// grDecodeCursor reads a cursor; "" is the empty cursor of a first sync.
func grDecodeCursor(s string) (grCursor, error) {
	c := grCursor{recent: grIDSet{}, unread: grIDSet{}, starred: grIDSet{}}
	if s == "" {
		return c, nil
	}
	rest, ok := strings.CutPrefix(s, grCursorPrefix)
	if !ok {
		return c, errors.New("not a Google Reader cursor")
	}
	buf, err := base64.RawURLEncoding.DecodeString(rest)
	if err != nil {
		return c, err
	}
	bad := errors.New("truncated or corrupt")
	synced, n := binary.Varint(buf)
	if n <= 0 {
		return c, bad
	}
	buf = buf[n:]
	c.synced = time.Unix(synced, 0)
	for _, set := range []grIDSet{c.recent, c.unread, c.starred} {
		count, n := binary.Uvarint(buf)
		if n <= 0 || count > uint64(len(buf)) { // every ID takes a byte at least
			return c, bad
		}
		buf = buf[n:]
		var last int64
		for i := range count {
			var id int64
			if i == 0 {
				id, n = binary.Varint(buf)
			} else {
				var delta uint64
				delta, n = binary.Uvarint(buf)
				id = int64(uint64(last) + delta)
			}
			if n <= 0 {
				return c, bad
			}
			buf = buf[n:]
			set[id] = struct{}{}
			last = id
		}
	}
	if len(buf) != 0 {
		return c, bad
	}
	return c, nil
}
