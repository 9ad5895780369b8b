#!/usr/bin/env bash
# instructions.sh counts the instructions a citebot binary executes to answer
# a batch of questions (`ask --json`), under valgrind's cachegrind: a figure
# that, unlike time on a shared machine, comes out the same run after run
# (within 0.1 %), so that a change of a percent or two can be seen.
#
#   tools/instructions.sh BIN QUESTIONS.jsonl [CORPUS] [CACHE_DIR]
#
# The collector is off (GOGC=off) and one processor runs Go code, so the
# count is the program's own work: what the collector would add depends on
# when it happens to run. Give each build its own CACHE_DIR (the index file
# is keyed by the build) and run it once first, so that the count is of a
# warm start. The per-function counts are left in cachegrind.out.BIN for
# cg_annotate, and two of them compare with cg_diff.
set -euo pipefail
bin=$1
in=$2
corpus=${3:-}
cache=${4:-${TMPDIR:-/tmp}/citebot-cache-$(basename "$bin")}
args=(ask --json)
[[ -n $corpus ]] && args+=(--corpus "$corpus")
out=cachegrind.out.$(basename "$bin")
want=$(wc -l < "$in")
for try in 1 2 3; do
	# valgrind does not know the RDTSCP instruction, which the Go runtime
	# runs when a lock is contended: it is turned off (cpu.rdtscp).
	got=$(CITEBOT_CACHE_DIR=$cache GOGC=off GOMAXPROCS=1 GODEBUG=cpu.rdtscp=off valgrind --tool=cachegrind --cache-sim=no \
		--cachegrind-out-file="$out" "$bin" "${args[@]}" < "$in" 2> "$out.log" | wc -l) || true
	if [[ $got == "$want" ]]; then
		grep -o 'I *refs: *[0-9,]*' "$out.log"
		exit 0
	fi
	echo "try $try: $got answers of $want, again" >&2
done
echo "instructions.sh: valgrind failed; see $out.log" >&2
exit 1
