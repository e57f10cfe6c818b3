#!/usr/bin/env bash
# Times `gloss check` on generated workspaces of 1,000 and 10,000 articles against its peers:
# yamllint, PyYAML's C loader, and the bare libyaml event parse (the floor for any tool that
# reads the files). Prints one table a size: wall time, CPU time (user + sys) and peak memory,
# then the ratios the targets are set on, fastest run against fastest run and round by round.
#
# usage: Benchmarks/Scale/run.sh [SIZE…]        (default: 1000 10000)
# environment: SCALE_DIR (corpora and binaries, default /tmp/gloss-scale), SKIP_BUILD=1 to use
# the existing .build/release/gloss, YAMLLINT_SAMPLE (files yamllint is timed on, default 1000),
# RUNS (default 3 rounds, in each of which gloss, the floor and CLoader run once; each reports
# its fastest run; yamllint runs once),
# GLOSS (a gloss binary to time instead of building one, to compare before and after a change),
# OUTPUTS=0 to skip the second table (every other format, report, export and fix, one run each).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
HERE=$ROOT/Benchmarks/Scale
WORK=${SCALE_DIR:-/tmp/gloss-scale}
SAMPLE=${YAMLLINT_SAMPLE:-1000}
RUNS=${RUNS:-3}
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1000 10000)
mkdir -p "$WORK"

if [ -n "${GLOSS:-}" ]; then
  GLOSS=$(realpath "$GLOSS")
else
  if [ "${SKIP_BUILD:-0}" != 1 ]; then
    echo "building gloss (release)…" >&2
    swift build -c release --product gloss >&2
  fi
  GLOSS=$ROOT/.build/release/gloss
fi
cc -O2 "$HERE/yaml_parse_floor.c" $(pkg-config --cflags --libs yaml-0.1) -o "$WORK/yaml_parse_floor"
# The allocator gloss's libyaml calls (mimalloc, on Linux), as the dynamic linker binds it. The
# floor, plain C, uses the C library's; it is also timed with gloss's, preloaded, so that what
# the allocator alone is worth shows beside it.
ALLOCATOR=$(LD_DEBUG=bindings "$GLOSS" --version 2>&1 >/dev/null \
  | awk -v symbol="\`malloc'" '/binding file .*libyaml/ && index($0, symbol) && !found { print $7; found = 1 }')
case $ALLOCATOR in
  *libmimalloc*) ;;
  *) echo "note: gloss calls the C library's malloc (${ALLOCATOR:-not found}), not mimalloc" >&2; ALLOCATOR= ;;
esac
python3 -c 'import yaml, sys; sys.exit(0 if yaml.__with_libyaml__ else 1)' \
  || { echo "PyYAML with libyaml is missing: pip install --force-reinstall pyyaml" >&2; exit 2; }
command -v yamllint >/dev/null || python3 -m pip install --quiet yamllint >&2

# Runs a command once under /usr/bin/time and appends "wall cpu" (cpu = user + sys) and the
# peak to the file named first.
time_once() {
  local out=$1 stdin=$2; shift 2
  /usr/bin/time -f "%e %U %S %M" -o "$WORK/time" "$@" <"$stdin" >/dev/null 2>"$WORK/stderr" || true
  tail -n 1 "$WORK/time" >>"$out"
}

# The fastest run in a file of time_once lines, as "wall cpu peak_kb": other work on the
# machine only ever slows a run down.
fastest() {
  sort -n "$1" | head -n 1 | awk '{ printf "%.3f %.3f %d\n", $1, $2 + $3, $4 }'
}

# Round by round, the ratio of the wall times in two files of time_once lines (the first over the
# second), or of the CPU times when a third argument says `cpu`, as "lowest median highest", each
# with its x: runs of one round are back to back, at one speed of the machine, where the fastest of
# each may come from rounds minutes apart.
by_round() {
  # A round whose second time rounds to zero (a tiny corpus) has no ratio; with none, "n/a".
  paste -d ' ' "$1" "$2" \
    | awk -v cpu="${3:-}" '{ n = cpu == "cpu" ? $2 + $3 : $1; d = cpu == "cpu" ? $6 + $7 : $5; if (d > 0) print n / d }' \
    | sort -n | awk '{ r[NR] = $1 } END {
        if (NR == 0) { print "n/a n/a n/a"; exit }
        m = NR % 2 ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2; printf "%.2fx %.2fx %.2fx\n", r[1], m, r[NR] }'
}

row() {  # name wall cpu peak_kb note
  printf "| %-36s | %8.2f | %8.2f | %8.0f | %s\n" "$1" "$2" "$3" "$(($4 / 1024))" "$5"
}

for size in "${SIZES[@]}"; do
  corpus=$WORK/articles-$size
  if [ ! -f "$corpus/.complete" ] || [ "$HERE/generate_corpus.py" -nt "$corpus/.complete" ]; then
    rm -rf "$corpus"
    python3 "$HERE/generate_corpus.py" "$corpus" "$size"
    touch "$corpus/.complete"
  fi
  ( cd "$corpus" && find Annotations -name 'article-*.yaml' | sort ) >"$WORK/files-$size"
  annotation_bytes=$(cd "$corpus" && cat Annotations/article-*.yaml | wc -c)
  document_bytes=$(cd "$corpus" && cat Sources-Docs/*.md | wc -c)
  claims=$(cd "$corpus" && cat Annotations/article-*.yaml | grep -c '^  - id:')
  head -n "$SAMPLE" "$WORK/files-$size" >"$WORK/sample-$size"
  sampled=$(wc -l <"$WORK/sample-$size")

  cd "$corpus"
  # In rounds, each tool once a round: this machine's speed drifts over minutes, and runs of one
  # tool after another would compare it at one speed with its peers at another.
  rm -f "$WORK"/runs-*
  # Every file read once, untimed: the kernel here pages out file data nobody has read for about
  # a minute (DAMON), and the first round would time the disk for some of gloss's files.
  find Annotations Sources-Docs -type f -exec cat {} + >/dev/null
  cat "$GLOSS" >/dev/null
  for _ in $(seq "$RUNS"); do
    time_once "$WORK/runs-gloss" /dev/null "$GLOSS" check --format json
    time_once "$WORK/runs-floor" "$WORK/files-$size" "$WORK/yaml_parse_floor"
    [ -z "$ALLOCATOR" ] || time_once "$WORK/runs-floor-allocator" "$WORK/files-$size" env LD_PRELOAD="$ALLOCATOR" "$WORK/yaml_parse_floor"
    time_once "$WORK/runs-cloader" "$WORK/files-$size" python3 "$HERE/cloader_load.py"
  done
  time_once "$WORK/runs-yamllint" /dev/null xargs -a "$WORK/sample-$size" yamllint -f parsable
  read -r g_wall g_cpu g_mem < <(fastest "$WORK/runs-gloss")
  read -r f_wall f_cpu f_mem < <(fastest "$WORK/runs-floor")
  read -r c_wall c_cpu c_mem < <(fastest "$WORK/runs-cloader")
  read -r y_wall y_cpu y_mem < <(fastest "$WORK/runs-yamllint")
  cd "$ROOT"
  scale=$(awk -v n="$size" -v s="$sampled" 'BEGIN { print n / s }')
  y_note="one run"
  if [ "$sampled" -lt "$size" ]; then
    y_note="one run on $sampled files, times $scale (extrapolated)"
    y_wall=$(awk -v t="$y_wall" -v k="$scale" 'BEGIN { print t * k }')
    y_cpu=$(awk -v t="$y_cpu" -v k="$scale" 'BEGIN { print t * k }')
  fi

  echo
  echo "## $size articles: $claims claims; annotation files $annotation_bytes bytes" \
       "($(awk -v b="$annotation_bytes" -v n="$size" 'BEGIN { printf "%.1f KB a file", b / n / 1000 }')), documents $document_bytes bytes"
  echo
  echo "| tool                                 | wall (s) |  CPU (s) | peak MB  | note"
  echo "|--------------------------------------|----------|----------|----------|-----"
  row "gloss check --format json" "$g_wall" "$g_cpu" "$g_mem" "$(nproc) cores, fastest of $RUNS; anchors, rules, output"
  row "libyaml event parse (floor)" "$f_wall" "$f_cpu" "$f_mem" "one core, fastest of $RUNS; events discarded"
  if [ -n "$ALLOCATOR" ]; then
    read -r a_wall a_cpu a_mem < <(fastest "$WORK/runs-floor-allocator")
    row "libyaml event parse, with mimalloc" "$a_wall" "$a_cpu" "$a_mem" "the floor with gloss's allocator preloaded; for comparison"
  fi
  row "PyYAML CLoader" "$c_wall" "$c_cpu" "$c_mem" "one core, fastest of $RUNS; Python objects"
  row "yamllint" "$y_wall" "$y_cpu" "$y_mem" "$y_note"
  echo
  awk -v g="$g_wall" -v f="$f_wall" -v y="$y_wall" -v c="$c_wall" 'BEGIN {
    printf "gloss / floor     %6.2fx wall   (target: at most 1.5x)\n", g / f
    printf "yamllint / gloss  %6.0fx        (target: at least 100x)\n", y / g
    printf "CLoader / gloss   %6.1fx        (target: at least 10x)\n", c / g
  }'
  read -r fl fm fh < <(by_round "$WORK/runs-gloss" "$WORK/runs-floor")
  read -r cl cm ch < <(by_round "$WORK/runs-cloader" "$WORK/runs-gloss")
  echo "round by round    gloss / floor ${fl} to ${fh}, median ${fm}; CLoader / gloss ${cl} to ${ch}, median ${cm}"
  # The work itself, however well the cores share it: on n cores, gloss can be within 1.5 times
  # the floor's wall time only if its CPU time is within 1.5 n times the floor's.
  read -r wl wm wh < <(by_round "$WORK/runs-gloss" "$WORK/runs-floor" cpu)
  awk -v l="$wl" -v m="$wm" -v h="$wh" -v n="$(nproc)" 'BEGIN {
    printf "CPU time          gloss / floor %s to %s, median %s (the wall target needs at most %.1fx on %d cores)\n", l, h, m, 1.5 * n, n }'
  if [ -n "$ALLOCATOR" ]; then
    read -r al am ah < <(by_round "$WORK/runs-gloss" "$WORK/runs-floor-allocator")
    awk -v g="$g_wall" -v a="$a_wall" -v l="$al" -v m="$am" -v h="$ah" 'BEGIN {
      printf "gloss / floor with mimalloc %.2fx wall; round by round %s to %s, median %s (no target: for comparison)\n", g / a, l, h, m }'
  fi
  awk -v m="$g_mem" 'BEGIN { printf "gloss peak memory %6.0f MB      (target: under 1024 MB)\n", m / 1024 }'

  # The other outputs CI and editors ask for, on the same files: one run each.
  if [ "${OUTPUTS:-1}" = 1 ]; then
    echo
    echo "| every other output                   | wall (s) |  CPU (s) | peak MB  | note"
    echo "|--------------------------------------|----------|----------|----------|-----"
    cd "$corpus"
    largest=0
    for args in "check" "check --format sarif" "check --format github" "check --format junit" \
                "report --format html" "report --format json" "export --format web-annotation" "fix --dry-run"; do
      rm -f "$WORK/runs-output"
      time_once "$WORK/runs-output" /dev/null "$GLOSS" $args
      read -r o_wall o_cpu o_mem < <(fastest "$WORK/runs-output")
      row "gloss $args" "$o_wall" "$o_cpu" "$o_mem" "one run, to /dev/null"
      [ "$o_mem" -gt "$largest" ] && largest=$o_mem
    done
    cd "$ROOT"
    awk -v m="$largest" 'BEGIN { printf "\nlargest peak memory %4.0f MB      (every output under 1024 MB)\n", m / 1024 }'
  fi
done
