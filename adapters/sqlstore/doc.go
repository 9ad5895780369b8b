// Package sqlstore is citebot's storage over database/sql, shared by the
// SQLite and PostgreSQL adapters: the queries are written once, in the SQL
// both understand, and each adapter supplies its driver, its schema and
// how to hold the migration lock (a Dialect).
//
// Times are stored as microseconds since the Unix epoch in BIGINT columns,
// so both databases sort and compare them alike.
package sqlstore
