# Sourced by .ci/run: installs PostgreSQL if missing, starts a throwaway
# server on 127.0.0.1 with its data in a temporary folder, and exports
# CITEBOT_TEST_DATABASE_URL for the PostgreSQL tests. The server stops
# when the calling shell exits.

pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$pg_bin" ]; then
    echo "== installing PostgreSQL"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi
pg_dir=$(mktemp -d)
# The server refuses to run as root: run it as the postgres user the
# package creates.
pg_as=()
if [ "$(id -u)" = 0 ]; then
    chown postgres "$pg_dir"
    pg_as=(runuser -u postgres --)
fi
"${pg_as[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U citebot --auth=trust -E UTF8 --no-locale >"$pg_dir/initdb.log" 2>&1 ||
    { cat "$pg_dir/initdb.log"; exit 1; }
for try in 1 2 3 4 5; do
    pg_port=$((20000 + RANDOM % 20000))
    if "${pg_as[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
        -o "-h 127.0.0.1 -p $pg_port -k $pg_dir -c fsync=off" start >/dev/null; then
        break
    fi
    [ "$try" = 5 ] && { cat "$pg_dir/server.log"; exit 1; }
done
trap '"${pg_as[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1; rm -rf "$pg_dir"' EXIT
export CITEBOT_TEST_DATABASE_URL="postgres://citebot@127.0.0.1:$pg_port/postgres?sslmode=disable"
echo "== PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$pg_port"
