#!/bin/sh
# Regenerates the sample reports in docs/reports from the six examples (run from the repository
# root): each report compares its design with the other five variants, and the page images of
# the CPO Type A report go to docs/reports/images (poppler-utils' pdftoppm). The CLI is built
# into its own folder so a concurrent `npm run build:cli` cannot pull it away mid-run.
set -e
DATE=${DATE:-2026-11-24}
CLI=.test-output/reports-cli
npx vite build --config vite.cli.config.ts --outDir "$CLI" --logLevel error
printf "import { runCli, nodeIo } from './lightpath.mjs';\nprocess.exitCode = await runCli(process.argv.slice(2), nodeIo());\n" > "$CLI/run.mjs"

ARCHS="dsp-pluggable lpo npo cpo-a cpo-b cpo-c"
for a in $ARCHS; do
  compare=""
  for b in $ARCHS; do
    [ "$a" = "$b" ] || compare="$compare --compare assets/examples/switch-$b.lightpath.json"
  done
  # shellcheck disable=SC2086
  node "$CLI/run.mjs" report "assets/examples/switch-$a.lightpath.json" \
    --out "docs/reports/switch-$a.html" --pdf "docs/reports/switch-$a.pdf" --date "$DATE" $compare
done
rm -f docs/reports/images/cpo-a-page-*.png
# Page images for the README: the cover, and the first page of the summary, views, links, thermal
# and comparison sections.
PDF=docs/reports/switch-cpo-a.pdf
PAGES=$(pdfinfo "$PDF" | awk '/^Pages/ {print $2}')
for heading in "" "1. Executive summary" "2. 3D views" "5. Links" "6. Thermal" "10. Comparison"; do
  page=1
  if [ -n "$heading" ]; then
    page=$(for p in $(seq 1 "$PAGES"); do pdftotext -f "$p" -l "$p" "$PDF" - | grep -q "^$heading" && echo "$p" && break; done)
  fi
  pdftoppm -r 60 -png -f "$page" -l "$page" "$PDF" docs/reports/images/cpo-a-page
done
