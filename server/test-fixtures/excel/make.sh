#!/bin/sh
# Rebuilds the import fixtures. The .xlsx files are written by LibreOffice (another program than ours), from the
# FODS/CSV sources in src/ (which src/gen_sources.py writes); the .csv and renamed files are used as they are.
#   sh server/test-fixtures/excel/make.sh
set -e
cd "$(dirname "$0")"
python3 src/gen_sources.py
for f in src/gov-ledger.fods src/varied-headers.fods src/missing-columns.csv src/scientific.csv src/assignments.csv; do
  soffice --headless --infilter="CSV:44,34,76,1" --convert-to xlsx --outdir . "$f" >/dev/null
done
ls -l *.xlsx *.csv
