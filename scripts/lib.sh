# shellcheck shell=bash
# lib.sh: helpers shared by the scripts in this folder (sourced, not run).

# The repository root, whatever the caller's working directory.
PYCO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export PYCO_JOBS
PYCO_JOBS=$(nproc 2>/dev/null || echo 2)

# pyco_configure DIR [CMAKE ARGS...]: (re)configure DIR. Always run: a build
# dir configured before a target existed (say, `pyco`) has no rule for it,
# and `cmake --build --target` fails before it would regenerate. Re-running
# an up-to-date configuration takes about a second.
pyco_configure() {
  local dir=$1
  shift
  # ccache, when the machine has it, makes rebuilds in fresh trees cheap;
  # CI machines without it build as before.
  local launcher=()
  if command -v ccache >/dev/null 2>&1; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  fi
  cmake -S "$PYCO_ROOT" -B "$dir" "${launcher[@]}" "$@"
}

# pyco_build_dir [--sanitize]: the build directory for a flavour.
pyco_build_dir() {
  if [[ ${1:-} == --sanitize ]]; then
    echo "$PYCO_ROOT/build-asan"
  else
    echo "$PYCO_ROOT/build"
  fi
}

# pyco_configure_flavour [--sanitize]: configure build/ (Release) or
# build-asan/: clang, -O1, ASan + UBSan (+ LeakSanitizer at exit) and
# libFuzzer coverage, so one build serves the sanitized test suite and the
# fuzz targets (scripts/fuzz).
pyco_configure_flavour() {
  local dir
  dir=$(pyco_build_dir "${1:-}")
  if [[ ${1:-} == --sanitize ]]; then
    CC=clang CXX=clang++ pyco_configure "$dir" -DPYCO_SANITIZE=ON -DPYCO_FUZZ=ON -DCMAKE_BUILD_TYPE=None \
      -DCMAKE_CXX_FLAGS="-O1 -gline-tables-only"
  else
    pyco_pgo_train "$dir" ${PYCO_PGO_REFRESH:+--refresh}
    pyco_configure "$dir" -DCMAKE_BUILD_TYPE=Release -DPYCO_PGO="$(pyco_pgo_phase "$dir")"
  fi
}

# pyco_pgo_phase DIR: the PYCO_PGO setting for a Release tree: `generate`
# before the first training, `use` while the profile matches the sources,
# empty when profile-guided optimisation is off (PYCO_PGO=0 in the
# environment, or a compiler other than g++) or the profile is stale. A
# stale profile is not used: g++ makes "missing counts" for edited functions
# a warning no option silences, which -Werror turns into a failed build.
# scripts/bench retrains a stale profile (pyco_pgo_train DIR --refresh).
pyco_pgo_phase() {
  local stamp=$1/pgo-profile/trained
  if [[ ${PYCO_PGO:-1} == 0 ]] || ! "${CXX:-c++}" --version 2>/dev/null | grep -q "Free Software Foundation"; then
    echo ""
  elif [[ ! -e $stamp ]]; then
    echo generate
  elif pyco_sources_newer_than "$stamp"; then
    echo ""
  else
    echo use
  fi
}

# pyco_pgo_train DIR [--refresh]: before the first build (or, with --refresh
# or PYCO_PGO_REFRESH=1, when the sources changed since), build an
# instrumented pyco in DIR and run the training programs with it (PYCO_PGO
# in CMakeLists.txt).
pyco_pgo_train() {
  local dir=$1
  if [[ ${2:-} == --refresh && -e $dir/pgo-profile/trained ]] && pyco_sources_newer_than "$dir/pgo-profile/trained"; then
    rm -f "$dir/pgo-profile/trained"
  fi
  [[ $(pyco_pgo_phase "$dir") == generate ]] || return 0
  echo "pyco: training the profile for profile-guided optimisation (on the first build, and for scripts/bench after source edits; PYCO_PGO=0 skips it)" >&2
  rm -rf "$dir/pgo-profile"
  pyco_configure "$dir" -DCMAKE_BUILD_TYPE=Release -DPYCO_PGO=generate
  cmake --build "$dir" -j "$PYCO_JOBS" --target pyco
  "$PYCO_ROOT/scripts/pgo-train" "$dir/cli/pyco"
  touch "$dir/pgo-profile/trained"
}

# pyco_sanitizer_env: runtime options for the sanitized build. Huge requests
# must fail (MemoryError) as without ASan, not abort; any UB report or leak
# fails the run.
pyco_sanitizer_env() {
  export ASAN_OPTIONS=${ASAN_OPTIONS:-allocator_may_return_null=1:detect_leaks=1}
  export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
}

# pyco_sources_newer_than FILE: succeed if any source or CMake file is newer
# than FILE (or FILE is missing), i.e. a rebuild may be needed.
pyco_sources_newer_than() {
  local file=$1
  [[ -e $file ]] || return 0
  local found
  found=$(find "$PYCO_ROOT/CMakeLists.txt" "$PYCO_ROOT/lexer" "$PYCO_ROOT/parser" \
    "$PYCO_ROOT/vm" "$PYCO_ROOT/runtime" "$PYCO_ROOT/lib" "$PYCO_ROOT/cli" \
    -newer "$file" -print -quit 2>/dev/null)
  [[ -n $found ]]
}
