#!/bin/sh
# Writes build/gen/assets.c: every file the server sends as it is, embedded in the binary
# (tools/embed.c). govuk-frontend's styles, script, fonts and images come from its npm
# package, installed by the Makefile from package-lock.json; ours from src/web/assets/.
set -eu
embed="$1"; out="$2"
govuk=node_modules/govuk-frontend/dist/govuk
[ -f "$govuk/govuk-frontend.min.css" ] || { echo "assets: $govuk is missing (run npm ci)" >&2; exit 1; }
set -- "/assets/govuk-frontend.min.css=$govuk/govuk-frontend.min.css" \
	"/assets/govuk-frontend.min.js=$govuk/govuk-frontend.min.js"
for f in "$govuk"/assets/fonts/* "$govuk"/assets/images/* "$govuk"/assets/manifest.json; do
	set -- "$@" "/assets/${f#"$govuk"/assets/}=$f"
done
for f in src/web/assets/*; do
	set -- "$@" "/assets/${f#src/web/assets/}=$f"
done
mkdir -p "$(dirname "$out")"
"$embed" "$out.tmp" "$@"
mv "$out.tmp" "$out"
