#!/bin/sh
# Renders the hicolor PNGs of the application icon from its SVG sources; the PNGs are committed so that building the
# package needs no SVG renderer. Run it again after changing resources/icons/jifen.svg or packaging/icons/jifen-small.svg.
# Also writes the Windows icon packaging/windows/jifen.ico from the same PNGs.
# Needs rsvg-convert (Debian package librsvg2-bin) and ImageMagick (imagemagick).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
full="$here/../../resources/icons/jifen.svg"
small="$here/jifen-small.svg" # the star alone: the full design turns to mush below 32 px
for size in 16 22 24 32 48 64 128 256; do
    source=$full
    [ "$size" -lt 32 ] && source=$small
    mkdir -p "$here/hicolor/${size}x${size}"
    rsvg-convert --width "$size" --height "$size" "$source" --output "$here/hicolor/${size}x${size}/jifen.png"
done
# ImageMagick 6 is convert-im6.q16 on Debian; `convert` may be a wrapper elsewhere, so prefer the real program.
magick=$(command -v magick || command -v convert-im6.q16 || command -v convert)
"$magick" "$here"/hicolor/16x16/jifen.png "$here"/hicolor/24x24/jifen.png "$here"/hicolor/32x32/jifen.png \
    "$here"/hicolor/48x48/jifen.png "$here"/hicolor/64x64/jifen.png "$here"/hicolor/256x256/jifen.png \
    "$here/../windows/jifen.ico"
echo "rendered into $here/hicolor and $here/../windows/jifen.ico"
