#!/bin/sh
# Regenerates the sample reports in docs/reports from the six examples (run from the repository
# root after `npm run build:cli`): each report compares its design with the other five variants,
# and the page images of the CPO Type A report go to docs/reports/images (poppler-utils' pdftoppm).
set -e
DATE=${DATE:-2026-11-24}
ARCHS="dsp-pluggable lpo npo cpo-a cpo-b cpo-c"
for a in $ARCHS; do
  compare=""
  for b in $ARCHS; do
    [ "$a" = "$b" ] || compare="$compare --compare assets/examples/switch-$b.lightpath.json"
  done
  # shellcheck disable=SC2086
  node electron/cli/lightpath.mjs report "assets/examples/switch-$a.lightpath.json" \
    --out "docs/reports/switch-$a.html" --pdf "docs/reports/switch-$a.pdf" --date "$DATE" $compare
done
rm -f docs/reports/images/cpo-a-page-*.png
pdftoppm -r 60 -png docs/reports/switch-cpo-a.pdf docs/reports/images/cpo-a-page
