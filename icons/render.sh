#!/usr/bin/env bash
# Regenerates every raster icon in this folder from the SVG sources.
#
#   journey-mapper.svg        master artwork, used for 32 px and up
#   journey-mapper-small.svg  pixel-hinted variant, used for 16 px and 24 px
#
# Needs (Debian package names):
#   librsvg2-bin  -> rsvg-convert   (SVG -> PNG; always writes RGBA)
#   imagemagick   -> convert/magick (PNGs -> icon.ico)
#   icnsutils     -> png2icns       (PNGs -> icon.icns; optional, skipped if absent)
#   python3                         (checks that every PNG is 8-bit RGBA)
#
#   apt-get update && apt-get install -y librsvg2-bin imagemagick icnsutils python3
#
# Usage: bash icons/render.sh   (from anywhere; it works in its own folder)
set -euo pipefail
cd "$(dirname "$0")"

MASTER=journey-mapper.svg
SMALL=journey-mapper-small.svg
SMALL_MAX=24   # sizes <= this come from the hinted small variant

command -v rsvg-convert >/dev/null || { echo "render.sh: rsvg-convert missing (apt-get install librsvg2-bin)" >&2; exit 1; }
if command -v magick >/dev/null; then IM=(magick)
elif command -v convert >/dev/null; then IM=(convert)
else echo "render.sh: ImageMagick missing (apt-get install imagemagick)" >&2; exit 1; fi

# render SIZE OUT: rasterise the right source at SIZE x SIZE into OUT
render() {
  local size=$1 out=$2 src=$MASTER
  (( size <= SMALL_MAX )) && src=$SMALL
  mkdir -p "$(dirname "$out")"
  rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio --format png "$src" --output "$out"
}

# Freedesktop hicolor sizes (installed as <size>x<size>/apps/journey-mapper.png, see README.md)
for s in 16 24 32 48 64 128 256 512; do
  render "$s" "hicolor/$s/journey-mapper.png"
done

# Files Tauri 2 lists under bundle.icon
render 32  32x32.png
render 64  64x64.png
render 128 128x128.png
render 256 128x128@2x.png
render 512 icon.png

# Windows .ico: one PNG per size, 32-bit with alpha (256 is stored PNG-compressed by ImageMagick)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
ico_inputs=()
for s in 16 24 32 48 64 128 256; do
  render "$s" "$tmp/ico-$s.png"
  ico_inputs+=("$tmp/ico-$s.png")
done
"${IM[@]}" "${ico_inputs[@]}" -define png:color-type=6 icon.ico

# macOS .icns (png2icns picks the icon type from each PNG's size)
if command -v png2icns >/dev/null; then
  icns_inputs=()
  for s in 16 32 48 128 256 512; do
    render "$s" "$tmp/icns-$s.png"
    icns_inputs+=("$tmp/icns-$s.png")
  done
  png2icns icon.icns "${icns_inputs[@]}" >/dev/null
else
  echo "render.sh: png2icns not found (apt-get install icnsutils); icon.icns left as it was" >&2
fi

# Every PNG must be 8-bit RGBA (Tauri's icon loader rejects anything else).
python3 - <<'PY'
import pathlib, struct, sys
bad = []
pngs = sorted(pathlib.Path('.').rglob('*.png'))
for p in pngs:
    head = p.read_bytes()[:33]
    if head[:8] != b'\x89PNG\r\n\x1a\n' or head[12:16] != b'IHDR':
        bad.append(f'{p}: not a PNG'); continue
    w, h, depth, ctype = struct.unpack('>IIBB', head[16:26])
    want = int(p.stem.split('x')[0].split('@')[0]) if p.stem[0].isdigit() else None
    if p.parent.parent.name == 'hicolor': want = int(p.parent.name)
    if p.name == 'icon.png': want = 512
    if p.name == '128x128@2x.png': want = 256
    if (depth, ctype) != (8, 6): bad.append(f'{p}: bit depth {depth}, colour type {ctype} (want 8-bit RGBA)')
    if w != h or (want and w != want): bad.append(f'{p}: {w}x{h}, want {want}x{want}')
if bad:
    print('\n'.join(bad), file=sys.stderr); sys.exit(1)
print(f'render.sh: {len(pngs)} PNGs checked, all 8-bit RGBA at the expected size')
PY
