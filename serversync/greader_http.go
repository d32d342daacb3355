package serversync

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"net/http"
	"net/url"
	"strconv"
	"strings"
)

// The HTTP layer: login, tokens, one retry on 401, and errors a user can act on.

// call makes an authenticated API call and returns the body of a 2xx
// answer. A POST carries the action token in T. On a 401 it retries
// once: a POST with a fresh action token (which logs in again if the
// session is stale too), a GET after logging in again.
func (g *GReader) call(ctx context.Context, method, path string, query, form url.Values) ([]byte, error) {
	post := method == http.MethodPost
	for retried := false; ; retried = true {
		auth, token, err := g.session(ctx, post)
		if err != nil {
			return nil, err
		}
		if post {
			form = maps.Clone(form)
			if form == nil {
				form = url.Values{}
			}
			form.Set("T", token)
		}
		res, err := g.send(ctx, method, path, query, form, auth)
		if err != nil {
			return nil, err
		}
		switch {
		case res.status >= 200 && res.status < 300:
			return res.body, nil
		case res.status != http.StatusUnauthorized && res.status != http.StatusForbidden:
			return nil, g.statusError(method, path, res)
		case retried:
			return nil, &grError{kind: ErrAuth, msg: fmt.Sprintf(
				"the Google Reader API at %s refused %s %s even after a fresh login (HTTP %d); check that the web server passes the Authorization header on to it",
				g.display, method, path, res.status)}
		}
		g.mu.Lock()
		if post && g.token == token {
			g.token = ""
		} else if !post && g.auth == auth {
			g.auth, g.token = "", ""
		}
		g.mu.Unlock()
	}
}

// session returns the login token, logging in if needed, and the action
// token when asked, fetching it if needed.
func (g *GReader) session(ctx context.Context, needToken bool) (auth, token string, err error) {
	g.mu.Lock()
	auth, token = g.auth, g.token
	g.mu.Unlock()
	if auth == "" {
		if auth, err = g.login(ctx); err != nil {
			return "", "", err
		}
		token = ""
		g.mu.Lock()
		g.auth, g.token = auth, ""
		g.mu.Unlock()
	}
	if !needToken || token != "" {
		return auth, token, nil
	}
	body, err := g.call(ctx, http.MethodGet, "/reader/api/0/token", nil, nil)
	if err != nil {
		return "", "", err
	}
	token = strings.TrimSpace(string(body))
	if token == "" {
		return "", "", &grError{kind: ErrAPIDisabled, msg: fmt.Sprintf(
			"the Google Reader API at %s answered an empty action token; check the address is the API's", g.display)}
	}
	g.mu.Lock()
	g.token = token
	auth = g.auth // fetching the token may have logged in again
	g.mu.Unlock()
	return auth, token, nil
}

const grAddressHint = "check the address (Miniflux: its base URL; FreshRSS: https://host/api/greader.php) and that the Google Reader API is enabled"

// login posts the credentials to ClientLogin and returns the Auth token.
func (g *GReader) login(ctx context.Context) (string, error) {
	path := "/accounts/ClientLogin"
	res, err := g.send(ctx, http.MethodPost, path, nil, url.Values{"Email": {g.user}, "Passwd": {g.password}}, "")
	if err != nil {
		return "", err
	}
	moved := "" // worth saying when http:// was sent on to https://, not when a login page answered
	if res.url != nil && res.url.String() != g.base+path && strings.HasSuffix(res.url.Path, path) {
		moved = fmt.Sprintf(" (it sent the login on to %s: use that address)", redactURL(strings.TrimSuffix(res.url.String(), path)))
	}
	switch {
	case res.status == http.StatusOK:
		for line := range strings.Lines(string(res.body)) {
			if tok, ok := strings.CutPrefix(strings.TrimSpace(line), "Auth="); ok && tok != "" {
				return tok, nil
			}
		}
		return "", &grError{kind: ErrAPIDisabled, msg: fmt.Sprintf(
			"%s answered the Google Reader login without a token%s; %s", g.display, moved, grAddressHint)}
	case res.status == http.StatusUnauthorized || res.status == http.StatusForbidden || res.status == http.StatusBadRequest:
		if g.minifluxAccepts(ctx, res) {
			return "", &grError{kind: ErrAPIDisabled, msg: fmt.Sprintf(
				"Miniflux at %s accepts user %q and this password for its own API but not for the Google Reader API; enable it in Settings > Integrations > Google Reader and use the user name and password set there",
				g.display, g.user)}
		}
		return "", &grError{kind: ErrAuth, msg: fmt.Sprintf(
			"the Google Reader API at %s refused user %q and this password%s; check them (Miniflux: the ones in Settings > Integrations > Google Reader; FreshRSS: the API password in your profile)",
			g.display, g.user, moved)}
	case res.status == http.StatusNotFound || res.status == http.StatusMethodNotAllowed:
		return "", &grError{kind: ErrAPIDisabled, msg: fmt.Sprintf(
			"no Google Reader API at %s (HTTP %d on %s%s); %s", g.display, res.status, path, moved, grAddressHint)}
	}
	return "", g.statusError(http.MethodPost, path, res)
}

// minifluxAccepts tells a Miniflux whose Google Reader integration is off
// from a wrong password: Miniflux answers both with the same 401, but its
// own REST API takes the account's user name and password.
func (g *GReader) minifluxAccepts(ctx context.Context, login grResponse) bool {
	if !strings.Contains(string(login.body), `"error_message"`) {
		return false // not Miniflux
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, g.base+"/v1/me", nil)
	if err != nil {
		return false
	}
	req.SetBasicAuth(g.user, g.password)
	req.Header.Set("User-Agent", g.UserAgent)
	resp, err := g.client.Do(req)
	if err != nil {
		return false
	}
	defer resp.Body.Close()
	var me struct {
		Username string `json:"username"`
	}
	return resp.StatusCode == http.StatusOK &&
		json.NewDecoder(io.LimitReader(resp.Body, 1<<20)).Decode(&me) == nil && me.Username != ""
}

type grResponse struct {
	status int
	header http.Header
	body   []byte
	url    *url.URL // where the answer came from, after redirects
}

// send makes one request and reads the answer, up to maxBody.
func (g *GReader) send(ctx context.Context, method, path string, query, form url.Values, auth string) (grResponse, error) {
	target := g.base + path
	if len(query) > 0 {
		target += "?" + query.Encode()
	}
	var body io.Reader
	if form != nil {
		body = strings.NewReader(form.Encode())
	}
	req, err := http.NewRequestWithContext(ctx, method, target, body)
	if err != nil {
		return grResponse{}, &grError{kind: ErrUnreachable, cause: err, msg: fmt.Sprintf(
			"%q is not a usable server address (%v); check it", g.display, err)}
	}
	if form != nil {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	if auth != "" {
		req.Header.Set("Authorization", "GoogleLogin auth="+auth)
	}
	req.Header.Set("User-Agent", g.UserAgent)
	resp, err := g.client.Do(req)
	if err != nil {
		return grResponse{}, g.transportError(ctx, err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(io.LimitReader(resp.Body, g.maxBody+1))
	if err != nil {
		return grResponse{}, g.transportError(ctx, err)
	}
	if int64(len(data)) > g.maxBody {
		return grResponse{}, fmt.Errorf("the Google Reader API at %s answered %s %s with more than %d bytes; check the address, or report it to the server's authors",
			g.display, method, path, g.maxBody)
	}
	return grResponse{status: resp.StatusCode, header: resp.Header, body: data, url: resp.Request.URL}, nil
}

func (g *GReader) transportError(ctx context.Context, err error) error {
	if errors.Is(ctx.Err(), context.Canceled) {
		return fmt.Errorf("talking to %s: %w", g.display, ctx.Err())
	}
	shown := err
	if ue, ok := errors.AsType[*url.Error](err); ok {
		shown = ue.Err // the URL is named already
	}
	return &grError{kind: ErrUnreachable, cause: err, msg: fmt.Sprintf(
		"cannot reach %s (%s); check the address and that the server is running", g.display, oneLine(shown.Error(), "no answer"))}
}

// statusError describes an answer that is neither a success nor a 401.
func (g *GReader) statusError(method, path string, res grResponse) error {
	text := grExcerpt(res)
	switch {
	case res.status == http.StatusServiceUnavailable && strings.HasPrefix(text, "Service Unavailable"):
		// FreshRSS's whole answer when its administrator has not allowed API access.
		return &grError{kind: ErrAPIDisabled, msg: fmt.Sprintf(
			"the Google Reader API is disabled at %s; allow API access (FreshRSS: Administration > Authentication)", g.display)}
	case res.status == http.StatusBadGateway || res.status == http.StatusServiceUnavailable || res.status == http.StatusGatewayTimeout:
		return &grError{kind: ErrUnreachable, msg: fmt.Sprintf(
			"%s answered HTTP %d to %s %s: the server behind it is down or starting; try again later", g.display, res.status, method, path)}
	case res.status == http.StatusNotFound:
		return fmt.Errorf("the Google Reader API at %s has no %s (HTTP 404); %s", g.display, path, grAddressHint)
	}
	if text != "" {
		text = ": " + text
	}
	return fmt.Errorf("the Google Reader API at %s answered HTTP %d to %s %s%s; try again, or see the server's log",
		g.display, res.status, method, path, text)
}

func (g *GReader) decodeError(path string, err error) error {
	return fmt.Errorf("the Google Reader API at %s answered %s with something else than expected (%s); check the address is the API's, or report it to the server's authors",
		g.display, path, oneLine(err.Error(), "?"))
}

// grExcerpt is what a failed answer says, in one short line: Miniflux's
// error_message, or a text body (never an HTML page).
func grExcerpt(res grResponse) string {
	var miniflux struct {
		ErrorMessage string `json:"error_message"`
	}
	if json.Unmarshal(res.body, &miniflux) == nil && miniflux.ErrorMessage != "" {
		return oneLine(miniflux.ErrorMessage, "")
	}
	if strings.Contains(res.header.Get("Content-Type"), "html") {
		return ""
	}
	return oneLine(string(res.body), "")
}

// oneLine makes text from a server safe to put in a one-line message:
// control characters and runs of space become one space, and it is cut
// short. Empty text becomes the fallback.
func oneLine(text, fallback string) string {
	fields := strings.FieldsFunc(text, func(r rune) bool {
		return r < ' ' || r == 0x7f || r == ' ' || (r >= 0x80 && r < 0xa0) || r == 0x2028 || r == 0x2029
	})
	s := strings.Join(fields, " ")
	if s == "" {
		return fallback
	}
	if r := []rune(s); len(r) > grExcerptLimit {
		s = string(r[:grExcerptLimit]) + "…"
	}
	return s
}

// grError is an error a user can act on, in one line, wrapping one of
// ErrUnreachable, ErrAuth or ErrAPIDisabled and the cause, if any.
type grError struct {
	kind  error
	cause error
	msg   string
}

func (e *grError) Error() string { return e.msg }

func (e *grError) Unwrap() []error {
	if e.cause == nil {
		return []error{e.kind}
	}
	return []error{e.kind, e.cause}
}

// Item IDs.

// grParseID reads an item ID in the long form (16 hex digits: the 64-bit
// number in two's complement, as Google Reader defined it) or the short
// decimal form.
func grParseID(s string) (int64, bool) {
	if hex, ok := strings.CutPrefix(s, grItemPrefix); ok {
		if hex == "" || len(hex) > 16 || strings.ContainsAny(hex, "+-") {
			return 0, false
		}
		u, err := strconv.ParseUint(hex, 16, 64)
		if err != nil {
			return 0, false
		}
		return int64(u), true
	}
	if strings.HasPrefix(s, "+") {
		return 0, false
	}
	n, err := strconv.ParseInt(s, 10, 64)
	return n, err == nil
}

func grLongID(n int64) string { return fmt.Sprintf("%s%016x", grItemPrefix, uint64(n)) }

func grCompareIDs(a, b string) int {
	x, _ := strconv.ParseInt(a, 10, 64)
	y, _ := strconv.ParseInt(b, 10, 64)
	return cmp.Compare(x, y)
}

// grCategory splits a category or stream ID: "user/<anyone>/state/com.google/<state>"
// (Miniflux puts the user's number where FreshRSS puts "-") or
// "user/<anyone>/label/<name>".
func grCategory(c string) (state, label string) {
	rest, ok := strings.CutPrefix(c, "user/")
	if !ok {
		return "", ""
	}
	_, rest, ok = strings.Cut(rest, "/")
	if !ok {
		return "", ""
	}
	if s, ok := strings.CutPrefix(rest, "state/com.google/"); ok {
		return s, ""
	}
	if l, ok := strings.CutPrefix(rest, "label/"); ok {
		return "", l
	}
	return "", ""
}
