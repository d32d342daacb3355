// Package feeds turns sources (feed files, story files, folders of them,
// standard input, the bundled sample news) into model.Story values: it
// detects each file's format from its content, parses it, normalises every
// item (IDs, dates, summary, section, tags, dateline, regions), sanitises
// every field once, first, before anything else reads it (Markdown
// escaping, HTML and URL parsing, splitting: any of these would cut an
// escape sequence in two and leave its parameters on screen), and converts
// HTML bodies to Markdown lazily, on a story's first Body.Markdown call.
// Nothing downstream sees feed bytes or needs to sanitise again.
//
// # Sources
//
// A source is a path, "-" (Stdin) or the bundled sample (Bundled). A file is
// recognised by what it holds, never by its name: RSS 0.9x, 1.0 (RDF) and
// 2.0, Atom 1.0 (and 0.3), JSON Feed 1.0 and 1.1 (its version a URL, a bare
// "1.0" or "1.1", or missing when the items have JSON Feed's own keys), or
// a story file (Markdown
// after YAML front matter between "---" lines; see storyfile.go). A folder
// is read recursively, skipping names that start with a dot and not
// following links to folders. In a folder, a file that is neither a feed
// nor a story file is passed over quietly (a README.md, notes.txt) unless
// its extension claims a feed (.xml, .rss, .atom, .rdf, .json, .feed), in
// which case it is reported; images, code, archives and the like are not
// even opened. The story files of one folder are one source, named after the
// folder unless their front matter names a source. A path given on its own
// is always reported when it is not a feed or story file.
//
// # Summary and body
//
// The story view shows the summary above a rule and the body below it, so
// neither repeats the other. A body that says only what the summary says
// (a description-only RSS item, an entry with only a summary) is the
// summary alone, unless it has links, images or emphasis the plain
// summary would lose: then it is the body alone. A body whose first
// paragraph is the summary, in plain words and whole, starts at its
// second. RSS items read, as gofeed does, dc:title, dc:description or
// itunes:summary, atom:published and itunes:author when their own
// elements are missing, and the last <link> (or its href).
//
// # Items from elsewhere
//
// Items that come from no feed file (a feed server's API) become stories
// through Normalise, on the same normalising path as a feed's items: an
// Item is the raw form the JSON Feed parser fills too.
//
// # Streaming and speed
//
// RSS and Atom are parsed in one pass of encoding/xml's RawToken with the
// parser's own namespace handling (xml.go). CDATA sections, where most
// feeds put their bodies and so most of their bytes, are lifted out of the
// stream with bytes.Index before the decoder (which reads a byte at a time)
// sees them, and put back as the parser reads. JSON Feed is read with
// encoding/json's streaming Decoder, an item at a time. Parsing runs on one
// goroutine and normalising on another, so a single large feed uses two
// cores. Stories go out in batches while the
// file is still being read: a source's first batch holds at most 16
// stories, each later one up to twice the one before, up to the caller's
// batch size. When the fast XML path fails on a syntax error before its
// first story, the whole file is tried again with gofeed, which forgives
// some breakage; if gofeed fails too, the fast path's error is reported
// with its line. A syntax error after some stories keeps them and says so.
//
// # Limits
//
//   - A file larger than 64 MiB is refused before it is read ("larger than
//     the 64 MiB limit (80 MiB); split the feed"). Standard input, whose size
//     is not known, is read up to 64 MiB; past that the stories parsed so far
//     are kept and the same error is reported.
//   - A body larger than 2 MiB is cut at 2 MiB, on a rune boundary and
//     before conversion, and ends with "*[dateline: story cut at 2 MiB]*".
//     The cut happens while the feed is read, so a huge body never sits in
//     memory whole.
//   - Any other text field (title, summary, author, ...) is cut at 64 KiB,
//     silently: no real feed comes near that.
//   - A date that cannot be read leaves the story undated (it sorts last);
//     it is never an error. So are dates before 1900 or after 2200. A date
//     that can is kept as its instant in UTC, whatever offset it was
//     written with; showing it in the user's zone is the UI's job.
//
// # Safety
//
// Any input, however broken or hostile, gives stories or an error, never a
// panic (each parser has a fuzz target; a panic in a file is reported as an
// error for that file). Bytes that are not valid UTF-8 become U+FFFD;
// control characters that XML forbids are kept long enough for the
// sanitiser to remove the whole escape sequence they start. Links are kept
// only when they are absolute http or https URLs. File and folder names
// (in error texts, Source.Name, batch and story sources, IDs) show a
// control or bidi character as a Go escape ("\x1b", "\u202e") instead of
// dropping it, so that the file can still be found.
package feeds
