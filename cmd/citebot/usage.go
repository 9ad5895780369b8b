package main

import (
	"fmt"
	"io"
	"runtime/debug"
	"strings"

	"github.com/citebot/citebot/config"
)

const usageText = `citebot answers questions about French news articles and quotes them word
for word, naming the article, paragraph and sentence of every answer.

Usage:
  citebot [chat] [--corpus DIR]      chat in the terminal (the default)
  citebot ask [--json] [--corpus DIR] [QUESTION...]
                                     answer questions from stdin, one a line
  citebot eval GOLD.jsonl [--corpus DIR] [--show-wrong N] [--json] [--pred FILE]
               [--reliability] [--folds N] [--model FILE]
                                     score the answers to gold questions
  citebot train [--piaf DIR] [--folds N] [--write FILE]
                                     learn ranking and abstention from PIAF;
                                     held-out figures, or the model file
  citebot train-spans [--piaf DIR] [--folds N] [--write FILE]
                                     learn the short answers' span model
                                     from PIAF; held-out figures, or the file
  citebot inspect [--corpus DIR]     show what was extracted from each article
  citebot index [--corpus DIR] [-o FILE]
                                     write the index file read at start
  citebot quiz [--json] [--corpus DIR] [-n N]
                                     print quiz items written from the articles
  citebot serve [flags]              run the configured platforms (Discord,
                                     Telegram, HTTP API)
  citebot config [flags]             print the configuration, secrets hidden,
                                     and check it
  citebot healthcheck [--url URL]    exit 0 if the running citebot is ready
                                     (the Docker HEALTHCHECK)
  citebot version                    print the version
  citebot help [COMMAND]             print this help, or a command's

Without --corpus (or CITEBOT_CORPUS), citebot answers from the four articles
bundled with it. Settings come from CITEBOT_* environment variables, an
optional YAML file named by CITEBOT_CONFIG, and flags; see README.md.
`

// subcommandUsage is the help of one subcommand.
func subcommandUsage(name string) (string, bool) {
	local := "  --corpus DIR        folder of .txt/.md articles (env CITEBOT_CORPUS; default: the bundled ones)\n" +
		"  --log-level LEVEL   debug, info, warn or error (env CITEBOT_LOG_LEVEL)\n" +
		"  --log-format FMT    text or json (env CITEBOT_LOG_FORMAT)\n"
	switch name {
	case "chat":
		return "Usage: citebot [chat] [flags]\n\nChat in the terminal: type a question, get an answer with its citation.\n/aide for help, /sources for the articles, /plus for more citations, /quitter to leave.\n\nFlags:\n" + local, true
	case "ask":
		return "Usage: citebot ask [--json] [flags] [QUESTION...]\n\n" +
			"Answers QUESTION, or each line of standard input: a question in plain text, or a\n" +
			"JSON object {\"id\", \"question\", \"conversation\"}. Lines that share a conversation\n" +
			"are one conversation. With --json, writes one JSON answer object a line, in order\n" +
			"(the contract of shared/eval/README.md); a line without an id gets its line number.\n\nFlags:\n" +
			"  --json              write JSON answer objects\n" + local, true
	case "eval":
		return "Usage: citebot eval GOLD.jsonl [flags]\n\n" +
			"Answers every gold question in-process and scores the answers with the rules of\n" +
			"shared/eval/score.py (same numbers), printed as a table.\n\nFlags:\n" +
			"  --json              print one JSON object instead of the table\n" +
			"  --show-wrong N      list up to N questions not answered right\n" +
			"  --pred FILE         score the answer lines in FILE instead of asking the bot\n" +
			"  --reliability       also print confidence bins against accuracy\n" +
			"  --folds N           also print the figures of N article-disjoint folds\n" +
			"  --model FILE        answer with this model (citebot train --write) instead of the embedded one\n" + local, true
	case "train":
		return "Usage: citebot train [flags]\n\n" +
			"Learns the matcher's ranking and abstention from PIAF's questions. Without --write,\n" +
			"measures the method by article-disjoint cross-validation and prints held-out figures\n" +
			"only; with --write, trains on every question and writes the model file\n" +
			"(bot/match/model.json is the one embedded, made with --hand-ranking; then\n" +
			"go test ./bot/match -run TestCompiledModelsAreCurrent -update compiles it in).\n\nFlags:\n" +
			"  --piaf DIR          PIAF folder with questions.jsonl and corpus/ (default ../shared/data/piaf)\n" +
			"  --folds N           folds of the cross-validation (default 5)\n" +
			"  --write FILE        train on every question and write the model to FILE\n" +
			"  --hand-ranking      keep the hand-set ranking weights; learn the abstention only\n" +
			"  --abstain-trees N   boosted trees added to the abstention's regression (default 100; 0: none)\n" +
			"  --abstain-bags N    forests of those trees, each fitted on 80 % of the outcomes, averaged (default 1)\n" +
			"  --thesaurus         use Debian's mythes-fr thesaurus as a ranking feature\n", true
	case "train-spans":
		return "Usage: citebot train-spans [flags]\n\n" +
			"Learns the span model that reads short answers out of the cited sentence where the\n" +
			"hand rules give none, from PIAF's questions. Without --write, measures it by\n" +
			"article-disjoint cross-validation and prints held-out figures beside the hand rules';\n" +
			"with --write, trains on every question and writes the model file\n" +
			"(bot/match/spanmodel.json is the one embedded; then go test ./bot/match\n" +
			"-run TestCompiledModelsAreCurrent -update compiles it in).\n\nFlags:\n" +
			"  --piaf DIR          PIAF folder with questions.jsonl and corpus/ (default ../shared/data/piaf)\n" +
			"  --folds N           folds of the cross-validation (default 5)\n" +
			"  --write FILE        train on every question and write the span model to FILE\n", true
	case "inspect":
		return "Usage: citebot inspect [flags]\n\nPrints, per article, what citebot extracted: title, date, quotations and\nspeakers, people and roles, numbers.\n\nFlags:\n" + local, true
	case "healthcheck":
		return "Usage: citebot healthcheck [--url URL]\n\nAsks the running citebot's /readyz (on CITEBOT_METRICS_ADDR, else CITEBOT_HTTP_ADDR)\nand exits 0 when it is ready: its corpus loaded, every chat platform connected.\n\nFlags:\n" +
			"  --url URL           the /readyz URL to ask\n", true
	case "index":
		return "Usage: citebot index [-o FILE] [flags]\n\n" +
			"Indexes the articles and writes the index file that chat, ask and serve read at\n" +
			"start instead of analysing the articles again: by default into the cache directory\n" +
			"(env CITEBOT_CACHE_DIR, default the user cache directory; \"off\" for none), where\n" +
			"they also write it themselves on their first start. A file made from other\n" +
			"articles or by another version is rebuilt. The bundled articles' index is\n" +
			"compiled into citebot: for them, name a file with -o.\n\nFlags:\n" +
			"  -o FILE             write the index file to FILE\n" + local, true
	case "quiz":
		return "Usage: citebot quiz [flags]\n\nPrints the multiple-choice items written from the articles' facts, each with\nits right option and the sentence that proves it.\n\nFlags:\n" +
			"  --json              one JSON object a line: id, question, options, answer, kind, citation\n" +
			"  -n N                a sample of N items (default: all)\n" +
			"  --seed N            the seed that picks distractors, their order and the sample (default 1)\n" +
			"  --article ID        only the items citing this article\n" +
			"  --stats             count the items per article instead\n" + local, true
	case "serve", "config":
		var b strings.Builder
		if name == "serve" {
			b.WriteString("Usage: citebot serve [flags]\n\nRuns the platforms that are configured: Discord (CITEBOT_DISCORD_TOKEN),\nTelegram (CITEBOT_TELEGRAM_TOKEN) and the HTTP API (CITEBOT_HTTP_ADDR).\n")
		} else {
			b.WriteString("Usage: citebot config [flags]\n\nPrints the configuration that serve would use, secrets shown as [redacted],\nas a YAML file CITEBOT_CONFIG can read, then checks it.\n")
		}
		b.WriteString("Tokens are read from the environment or a file (CITEBOT_DISCORD_TOKEN_FILE...),\nnever from flags.\n\nFlags:\n")
		config.PrintFlags(&b)
		return b.String(), true
	}
	return "", false
}

func writeUsage(w io.Writer) error {
	_, err := io.WriteString(w, usageText)
	return err
}

// version and revision are stamped at build time by the Docker image
// (-ldflags "-X main.version=… -X main.revision=…"), where no VCS
// information is at hand; empty, the toolchain's build info serves.
var version, revision string

// buildInfo is the version, VCS revision (with "+modified" when the tree
// had changes) and Go version of this binary.
func buildInfo() (v, rev, goVersion string) {
	v, rev = "(unknown)", revision
	if bi, ok := debug.ReadBuildInfo(); ok {
		v, goVersion = bi.Main.Version, bi.GoVersion
		modified := ""
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				if rev == "" {
					rev = s.Value[:min(12, len(s.Value))]
				}
			case "vcs.modified":
				if s.Value == "true" {
					modified = "+modified"
				}
			}
		}
		if rev != "" {
			rev += modified
		}
	}
	if version != "" {
		v = version
	}
	return v, rev, goVersion
}

// writeVersion prints the version, revision and Go version.
func writeVersion(w io.Writer) error {
	v, rev, goVersion := buildInfo()
	line := "citebot " + v
	if rev != "" {
		line += " revision " + rev
	}
	_, err := fmt.Fprintf(w, "%s %s\n", line, goVersion)
	return err
}
