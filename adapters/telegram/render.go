package telegram

import (
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/citebot/citebot/bot"
)

// MaxMessageLength is Telegram's limit on one message's text. It counts
// characters after entity parsing; the HTML source is measured instead,
// in UTF-16 units as Telegram counts, which is never shorter.
const MaxMessageLength = 4096

// htmlEscaper escapes exactly what Telegram's HTML parse mode requires.
// HTML mode rather than MarkdownV2: MarkdownV2 rejects a message for any
// of eighteen unescaped characters, HTML only for these three.
var htmlEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

func escape(s string) string { return htmlEscaper.Replace(s) }

// attrEscaper escapes a URL for an href="…" attribute.
var attrEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")

// maxURL bounds a source link: longer ones are left out rather than risk
// a message Telegram refuses.
const maxURL = 2048

// sourceURL is the citation's article link when it is an absolute http(s)
// URL; "" otherwise (a javascript: link must never become one).
func sourceURL(c bot.Citation) string {
	u, err := url.Parse(c.URL)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || len(c.URL) > maxURL {
		return ""
	}
	return c.URL
}

// neutralise keeps text that users or articles wrote from pinging anyone:
// a word joiner after the @ of "@everyone" or "@someone" stops Telegram
// from reading a mention, and the text still reads the same. Invalid
// UTF-8, which Telegram refuses, is replaced.
func neutralise(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	if !strings.Contains(s, "@") {
		return s
	}
	var b strings.Builder
	prev := ' '
	for i, r := range s {
		b.WriteRune(r)
		if r == '@' && !isWordRune(prev) {
			if next, _ := utf8.DecodeRuneInString(s[i+1:]); isWordRune(next) {
				b.WriteRune('\u2060')
			}
		}
		prev = r
	}
	return b.String()
}

func isWordRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r)
}

// segment is a run of text shown with one style.
type segment struct {
	open, close string // HTML tags around the text, "" for plain
	text        string // neutralised, not yet escaped
	sep         string // put before the segment unless it starts a message
}

// segments lays out a reply: the body, then per citation the article's
// title in bold with its place, and the quote as a block quote.
func segments(r bot.Reply) []segment {
	body := r.Body
	if body == "" && len(r.Citations) == 0 {
		body = r.Text
	}
	var segs []segment
	if s := strings.TrimSpace(body); s != "" {
		segs = append(segs, segment{text: neutralise(s)})
	}
	for _, c := range r.Citations {
		title := c.Title
		if title == "" {
			title = c.Article
		}
		open, close := "<b>", "</b>"
		if u := sourceURL(c); u != "" {
			open, close = `<b><a href="`+attrEscaper.Replace(u)+`">`, "</a></b>"
		}
		place := " — " + c.Place("§")
		if c.Date != "" {
			place += " (" + c.Date + ")"
		}
		segs = append(segs,
			segment{open: open, close: close, text: neutralise(title), sep: "\n\n"},
			segment{text: neutralise(place)},
			segment{open: "<blockquote>", close: "</blockquote>", text: neutralise("« " + c.Quote + " »"), sep: "\n"},
		)
		if c.Speaker != "" {
			segs = append(segs, segment{open: "<i>", close: "</i>", text: neutralise("— " + c.Speaker), sep: "\n"})
		}
	}
	return segs
}

// renderHTML is the reply as Telegram HTML messages of at most limit
// UTF-16 units each, split between segments or sentences, never inside
// a tag or an escape.
func renderHTML(r bot.Reply, limit int) []string {
	return pack(segments(r), limit)
}
