#!/usr/bin/env bash
# Rebuilds the fonts that exports embed, from Debian's fonts-noto-core, with fonttools
# (pip install fonttools). Only the scripts our users write in are kept (Latin with
# Latin-1 and Extended-A for Polish, Cyrillic, punctuation, arrows and the symbols the
# legend uses) so that every exported SVG and PDF carries a small font.
set -euo pipefail
cd "$(dirname "$0")"
SRC=${NOTO_DIR:-/usr/share/fonts/truetype/noto}
RANGES="U+0020-007E,U+00A0-017F,U+0180-024F,U+0300-036F,U+0400-04FF,U+0500-052F,U+2000-206F,U+20A0-20CF,U+2100-214F,U+2190-21FF,U+2212,U+2022,U+2026,U+25CF,U+FEFF,U+FFFD"
for weight in Regular Bold; do
  pyftsubset "$SRC/NotoSans-$weight.ttf" --unicodes="$RANGES" \
    --layout-features='kern,liga,calt,ccmp,locl,mark,mkmk' \
    --name-IDs='*' --no-hinting --output-file="NotoSans-$weight.subset.ttf"
done
