package config

import (
	"fmt"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/dateline-news/dateline/model"
)

// feeds checks the [[feed]] tables, each on its own and then against each
// other: no two may share a name, a URL or a path.
func (c *checker) feeds(raw []rawFeed) []Feed {
	var out []Feed
	names, sources := map[string]int{}, map[string]int{}
	for i, r := range raw {
		at := func(key string) (int, string) {
			if key == "" {
				return c.lay.keyLine("feed", i+1, ""), fmt.Sprintf("feed[%d]", i+1)
			}
			return c.lay.keyLine("feed", i+1, key), fmt.Sprintf("feed[%d].%s", i+1, key)
		}
		f := c.feed(r, at)
		f.Line, _ = at("")
		if f.Name != "" {
			k := strings.ToLower(f.Name)
			if j, dup := names[k]; dup {
				line, key := at("name")
				c.fail(line, key, "%q is also the name of feed[%d] (line %d); give each feed its own name", f.Name, j, out[j-1].Line)
			}
			names[k] = i + 1
		}
		if src := sourceKey(f); src != "" {
			if j, dup := sources[src]; dup {
				line, key := at(sourceField(f))
				c.fail(line, key, "%q is also feed[%d] (line %d); remove one of them", f.Source(), j, out[j-1].Line)
			}
			sources[src] = i + 1
		}
		out = append(out, f)
	}
	return out
}

// sourceField is the key that holds a feed's source.
func sourceField(f Feed) string {
	if f.URL != "" {
		return "url"
	}
	return "path"
}

// sourceKey is what makes two feeds the same feed: the URL with its
// scheme and host in lower case (they are case-insensitive), or the path.
func sourceKey(f Feed) string {
	if f.URL != "" {
		u, err := url.Parse(f.URL)
		if err != nil {
			return f.URL
		}
		u.Scheme, u.Host = strings.ToLower(u.Scheme), strings.ToLower(u.Host)
		return u.String()
	}
	if f.Path != "" {
		return "file:" + f.Path
	}
	return ""
}

// feed checks one [[feed]] table. at gives the line and the shown name of
// one of its keys ("" for the table itself).
func (c *checker) feed(r rawFeed, at func(string) (int, string)) Feed {
	f := Feed{
		Name:     strings.TrimSpace(r.Name),
		Section:  strings.TrimSpace(r.Section),
		Username: r.Username,
		FullText: r.FullText,
	}
	switch {
	case r.URL != nil && r.Path != nil:
		line, key := at("path")
		c.fail(line, key, "both url and path are set; a feed has one source: url for a feed on the web, path for a file or folder")
	case r.URL == nil && r.Path == nil:
		line, key := at("")
		c.fail(line, key, "no source; add url = \"https://...\" for a feed on the web, or path = \"~/...\" for a file or folder")
	case r.URL != nil:
		f.URL = strings.TrimSpace(*r.URL)
		if msg := checkURL(f.URL); msg != "" {
			line, key := at("url")
			c.fail(line, key, "%s", msg)
		}
	default:
		p := strings.TrimSpace(*r.Path)
		line, key := at("path")
		if p == "" {
			c.fail(line, key, "is empty; give a feed file or folder, such as \"~/news/wire.xml\"")
			break
		}
		full, err := expandPath(p, c.dir)
		if err != nil {
			c.fail(line, key, "%v", err)
		}
		f.Path = full
	}
	for _, k := range []struct{ key, v string }{{"name", f.Name}, {"section", f.Section}, {"username", f.Username}} {
		if msg := lineProblem(k.v); msg != "" {
			line, key := at(k.key)
			c.fail(line, key, "%s", msg)
		}
	}
	if r.Region != "" {
		if reg, ok := model.LookupRegion(r.Region); ok {
			f.Region = reg.String()
		} else {
			line, key := at("region")
			c.fail(line, key, "unknown region %q; known regions: %s (aliases such as APAC and MENA work too)", r.Region, strings.Join(model.RegionNames(), ", "))
		}
	}
	for _, t := range r.Tags {
		t = strings.TrimSpace(t)
		line, key := at("tags")
		if msg := lineProblem(t); msg != "" {
			c.fail(line, key, "%s", msg)
		} else if t == "" {
			c.fail(line, key, "an empty tag; remove it")
		} else {
			f.Tags = append(f.Tags, t)
		}
	}
	c.plainSecret(at, "password", r.Password)
	if c.secret("password", at, r.PasswordCommand, r.PasswordEnv) && f.Username == "" {
		line, key := at("")
		c.fail(line, key, "a password without a username; add username = \"...\"")
	}
	f.PasswordCommand, f.PasswordEnv = deref(r.PasswordCommand), deref(r.PasswordEnv)
	return f
}

// toRaw is a Feed as a table would hold it, for checking a feed to add.
func toRaw(f Feed) rawFeed {
	r := rawFeed{Name: f.Name, Region: f.Region, Section: f.Section, Tags: f.Tags, Username: f.Username, FullText: f.FullText}
	opt := func(s string) *string {
		if s == "" {
			return nil
		}
		return &s
	}
	r.URL, r.Path = opt(f.URL), opt(f.Path)
	r.PasswordCommand, r.PasswordEnv = opt(f.PasswordCommand), opt(f.PasswordEnv)
	return r
}

// isAbsOrHome reports whether a path means the same from any folder.
func isAbsOrHome(p string) bool {
	return filepath.IsAbs(p) || p == "~" || strings.HasPrefix(p, "~/") || strings.HasPrefix(p, "~"+string(filepath.Separator))
}
