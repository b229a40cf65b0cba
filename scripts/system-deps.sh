#!/bin/sh
# System packages the full test suite uses beyond PyPI: w3m (one of the three
# renderers of the plain-text gate) and a Java runtime (Spark local mode).
# Installed with apt-get when run as root on Debian/Ubuntu; elsewhere the
# tests that need them skip and say why. Never fails the caller.
need=""
command -v w3m >/dev/null 2>&1 || need="$need w3m"
command -v java >/dev/null 2>&1 || need="$need default-jre-headless"
[ -z "$need" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
      apt-get install -y -qq --no-install-recommends $need >/dev/null; } \
    || echo "system-deps: could not install$need; the tests that need them skip"
else
  echo "system-deps: not root or no apt-get; missing:$need (the tests that need them skip)"
fi
exit 0
