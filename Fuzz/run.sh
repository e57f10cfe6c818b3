#!/usr/bin/env bash
# Builds the libFuzzer targets (GlossCore compiled with -sanitize=fuzzer,address, one binary,
# the target chosen by GLOSS_FUZZ_TARGET) and runs each for a fixed time on its seed corpus.
#
# usage: Fuzz/run.sh [SECONDS] [TARGET…]     default: 60 seconds each; yaml annotation value anchor markdown
# environment: LEAKS=0 to run without LeakSanitizer's checks, which libFuzzer makes after every
# input that reaches new code (each input of the corpus, as it is loaded): about 20 ms each,
# most of what a short run of the annotation target does.
#
# New inputs go to .build/fuzz/<target>/ (the seeds in Fuzz/<target>/corpus stay as committed);
# a crash is written to .build/fuzz/crashes/ and stops the run with a non-zero exit code. Turn a
# crash into a test in Tests/GlossCoreTests/Fuzz before fixing it.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${1:-60}
[ $# -gt 0 ] && shift
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(yaml annotation value anchor markdown)
OUT=.build/fuzz
BINARY=$OUT/gloss-fuzz
mkdir -p "$OUT/crashes"

sources=$(find Sources/GlossCore -name '*.swift' | sort)
if [ ! -x "$BINARY" ] || [ -n "$(find Sources/GlossCore Sources/C* Fuzz/FuzzTargets.swift -newer "$BINARY" \
      \( -name '*.swift' -o -name '*.c' -o -name '*.h' \) | head -1)" ]; then
  echo "fuzz: building $BINARY" >&2
  # C targets with an include/ folder are compiled here with a module map of their headers;
  # CYAML is a system library whose module map is in place.
  c_flags=() c_objects=()
  for target in Sources/C*/; do
    name=$(basename "$target")
    [ -d "$target/include" ] || continue
    mkdir -p "$OUT/$name"
    { echo "module $name {"; for header in "$target"include/*.h; do echo "  header \"$PWD/$header\""; done
      echo "  export *"; echo "}"; } >"$OUT/$name/module.modulemap"
    c_flags+=(-I "$OUT/$name")
    for source in "$target"*.c; do
      object=$OUT/$name-$(basename "$source" .c).o
      clang -O1 -g -fsanitize=address,fuzzer-no-link -I "$target/include" -c "$source" -o "$object"
      c_objects+=("$object")
    done
  done
  # shellcheck disable=SC2086
  swiftc -sanitize=fuzzer,address -parse-as-library -O -g -module-name GlossFuzz -package-name Gloss \
    -I Sources/CYAML "${c_flags[@]}" $(pkg-config --cflags-only-I yaml-0.1) $(pkg-config --libs-only-L yaml-0.1) \
    $sources Fuzz/FuzzTargets.swift "${c_objects[@]}" -o "$BINARY" 2>&1 \
    | { grep -v "Cannot export local symbol" || true; } >&2
fi

for target in "${TARGETS[@]}"; do
  [ -d "Fuzz/$target/corpus" ] || { echo "fuzz: no target $target" >&2; exit 2; }
  mkdir -p "$OUT/$target"
  dict=()
  case $target in yaml|annotation) dict=(-dict=Fuzz/yaml.dict) ;; esac
  echo "fuzz: $target for ${SECONDS_EACH}s" >&2
  GLOSS_FUZZ_TARGET=$target "$BINARY" "$OUT/$target" "Fuzz/$target/corpus" "${dict[@]}" \
    -max_total_time="$SECONDS_EACH" -max_len=20000 -timeout=10 -rss_limit_mb=2048 -detect_leaks="${LEAKS:-1}" \
    -artifact_prefix="$OUT/crashes/$target-" -print_final_stats=1 2>"$OUT/$target.log" \
    || { tail -60 "$OUT/$target.log" >&2; echo "fuzz: $target failed; the input is in $OUT/crashes/" >&2; exit 1; }
  grep -E '^stat::number_of_executed_units|^Done' "$OUT/$target.log" | sed "s/^/fuzz: $target: /" >&2
done
