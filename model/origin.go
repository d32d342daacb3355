package model

// Origin says where stories came from: the kind of place, typed, and which
// one. Nothing learns what a batch was from a prefix in its name.
type Origin struct {
	Kind OriginKind
	// Key names the place within its kind: the path as the user gave it
	// (escaped for printing) or "-" for a file; a subscription's key (its
	// URL or path, as in the config) for a feed; the server's key ("miniflux
	// https://rss.example") for the sync server. Empty for the library and
	// the sample.
	Key string
}

// OriginKind is the kind of place stories come from.
type OriginKind uint8

// The kinds of Origin.
const (
	// FromLibrary is the library itself: what it already holds.
	FromLibrary OriginKind = iota
	// FromFile is a SOURCE named on the command line: a file, a folder, or
	// "-" for standard input.
	FromFile
	// FromSample is the bundled sample news.
	FromSample
	// FromFeed is a subscription in the config file.
	FromFeed
	// FromServer is the feed server the library syncs with.
	FromServer
)

// Library is the library's own origin.
func Library() Origin { return Origin{Kind: FromLibrary} }

// Sample is the bundled sample news.
func Sample() Origin { return Origin{Kind: FromSample} }

// File is a SOURCE named on the command line.
func File(name string) Origin { return Origin{Kind: FromFile, Key: name} }

// Feed is the subscription with that key.
func Feed(key string) Origin { return Origin{Kind: FromFeed, Key: key} }

// Server is the sync server with that key.
func Server(key string) Origin { return Origin{Kind: FromServer, Key: key} }

// String is how the origin is named to the user.
func (o Origin) String() string {
	switch o.Kind {
	case FromLibrary:
		return "library"
	case FromSample:
		return "sample"
	case FromServer:
		return "sync " + o.Key
	}
	return o.Key
}
