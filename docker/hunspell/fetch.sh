#!/bin/sh
# Copies the English and French Hunspell dictionaries from a Debian/Ubuntu host into the layout
# Elasticsearch expects under config/hunspell/<locale>/, next to this script:
#   docker/hunspell/en_US/en_US.dic, en_US.aff
#   docker/hunspell/fr_FR/fr_FR.dic, fr_FR.aff
# Prerequisite: sudo apt-get install hunspell-en-us hunspell-fr
# The dictionaries are not committed (see README.md); run this on the Docker host before
# `docker compose up`, and again after upgrading the packages.
set -eu

src=/usr/share/hunspell
here=$(cd "$(dirname "$0")" && pwd)

copy_locale() {
    locale=$1
    package=$2
    # hunspell-fr installs fr_FR.* as symbolic links to its default variant (fr.*); cp -L copies
    # the files they point to.
    for ext in dic aff; do
        if [ ! -r "$src/$locale.$ext" ]; then
            echo "missing $src/$locale.$ext: install the $package package first" >&2
            exit 1
        fi
    done
    mkdir -p "$here/$locale"
    for ext in dic aff; do
        cp -L "$src/$locale.$ext" "$here/$locale/$locale.$ext"
        # Elasticsearch runs as uid 1000 in the container and only needs to read the files.
        chmod 0644 "$here/$locale/$locale.$ext"
    done
    echo "copied $locale into $here/$locale"
}

copy_locale en_US hunspell-en-us
copy_locale fr_FR hunspell-fr
