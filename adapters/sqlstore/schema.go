package sqlstore

import "strings"

// schema holds the migrations, oldest first: step i brings the schema to
// version i+1. Never edit a released step; add one. {serial} and {bytes}
// are the Dialect's types. Statements are separated by ";\n".
var schema = []string{
	`CREATE TABLE meta (
		key TEXT PRIMARY KEY,
		value TEXT NOT NULL
	);
	CREATE TABLE sessions (
		id TEXT PRIMARY KEY,
		room TEXT NOT NULL,
		platform TEXT NOT NULL,
		title TEXT NOT NULL,
		salt {bytes} NOT NULL,
		names BOOLEAN NOT NULL DEFAULT FALSE,
		started_at BIGINT NOT NULL,
		ended_at BIGINT
	);
	CREATE UNIQUE INDEX sessions_one_open ON sessions (room) WHERE ended_at IS NULL;
	CREATE INDEX sessions_room ON sessions (room, started_at);
	CREATE INDEX sessions_started ON sessions (started_at);
	CREATE TABLE entries (
		id {serial},
		session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
		student TEXT NOT NULL,
		name TEXT NOT NULL,
		asked_at BIGINT NOT NULL,
		question TEXT NOT NULL,
		answered BOOLEAN NOT NULL,
		answer TEXT NOT NULL,
		body TEXT NOT NULL,
		confidence DOUBLE PRECISION NOT NULL,
		citations TEXT NOT NULL,
		similar_key TEXT NOT NULL,
		repeat_of BIGINT NOT NULL
	);
	CREATE INDEX entries_session ON entries (session_id, id);
	CREATE INDEX entries_similar ON entries (session_id, similar_key, id);
	CREATE TABLE votes (
		entry_id BIGINT NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
		student TEXT NOT NULL,
		up BOOLEAN NOT NULL,
		at BIGINT NOT NULL,
		PRIMARY KEY (entry_id, student)
	);
	CREATE TABLE conversations (
		key TEXT PRIMARY KEY,
		state {bytes} NOT NULL,
		updated_at BIGINT NOT NULL
	);
	CREATE INDEX conversations_updated ON conversations (updated_at)`,
	// 2: quiz rounds asked in a session and the students' answers.
	`CREATE TABLE quiz_rounds (
		id {serial},
		session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
		item TEXT NOT NULL,
		question TEXT NOT NULL,
		options TEXT NOT NULL,
		answer INTEGER NOT NULL,
		citation TEXT NOT NULL,
		asked_at BIGINT NOT NULL,
		UNIQUE (session_id, item)
	);
	CREATE TABLE quiz_answers (
		id {serial},
		round_id BIGINT NOT NULL REFERENCES quiz_rounds (id) ON DELETE CASCADE,
		student TEXT NOT NULL,
		name TEXT NOT NULL,
		choice INTEGER NOT NULL,
		is_right BOOLEAN NOT NULL,
		at BIGINT NOT NULL,
		UNIQUE (round_id, student)
	)`,
	// 3: whether the reply said it was not sure of its answer.
	`ALTER TABLE entries ADD COLUMN unsure BOOLEAN NOT NULL DEFAULT FALSE`,
}

// migrations are the schema's steps in d's types.
func migrations(d Dialect) []string {
	r := strings.NewReplacer("{serial}", d.Serial, "{bytes}", d.Bytes)
	out := make([]string, len(schema))
	for i, s := range schema {
		out[i] = r.Replace(s)
	}
	return out
}
