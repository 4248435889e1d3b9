#!/bin/bash
# Web p95 on PostgreSQL from a SQLite store built by bench_web.py (docs/benchmarks.md, §Web):
#   .ci/with-postgres benchmarks/bench_web_pg.sh /tmp/scale/bw1m.db
# copies the store with `parallax migrate` (COPY: ~400 s for 1M statements; opening the source
# migrates it, so give it a copy), runs VACUUM ANALYZE, then bench_web.py on the copy.
set -euo pipefail
SRC=${1:?usage: bench_web_pg.sh STORE.db}
PY=${PYTHON:-.venv/bin/python}
export OMP_NUM_THREADS=1
echo "start $(date -u) loadavg $(cat /proc/loadavg)"
t0=$(date +%s)
nice -n 15 "$PY" -m parallax migrate --from "$SRC" --to "$PARALLAX_TEST_PG"
"$PY" -c "import os, psycopg; psycopg.connect(os.environ['PARALLAX_TEST_PG'], autocommit=True).execute('VACUUM ANALYZE')"
echo "loaded in $(( $(date +%s) - t0 )) s; loadavg $(cat /proc/loadavg)"
nice -n 10 "$PY" benchmarks/bench_web.py --db "$PARALLAX_TEST_PG" --reuse --requests 60 --warmup 5 --max-seconds 500
echo "end $(date -u) loadavg $(cat /proc/loadavg)"
