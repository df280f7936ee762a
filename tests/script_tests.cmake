# Script tests (included from tests/CMakeLists.txt once the `pyco` target
# exists): one ctest entry per case under tests/scripts/ and tests/errors/,
# each running tests/run_script_test.py, which runs pyco on the case and
# compares with the .expected file recorded from python3. Cases are globbed
# at configure time (CONFIGURE_DEPENDS: a new case needs no edit here);
# files and folders whose name starts with "_" are helpers, not cases.
# See docs/testing.md.

find_program(PYCO_PYTHON3_LAUNCHER python3 REQUIRED)
# Resolve launchers such as pyenv shims to the real interpreter once: a shim
# costs ~0.1 s per call, which adds up over hundreds of cases.
execute_process(
  COMMAND ${PYCO_PYTHON3_LAUNCHER} -c "import sys; print(sys.executable)"
  OUTPUT_VARIABLE PYCO_PYTHON3 OUTPUT_STRIP_TRAILING_WHITESPACE
  COMMAND_ERROR_IS_FATAL ANY)

# The runner itself needs only the standard library: -S skips `site`, whose
# .pth processing can cost 0.1 s per start (pyenv here). Programs under test
# are still run by a plain `python3 case.py` (the drift check's oracle).
set(PYCO_SCRIPT_RUNNER -S ${CMAKE_CURRENT_SOURCE_DIR}/run_script_test.py)

# Each run of pyco gets 10 s of wall-clock time; an ASan/UBSan Debug build is
# several times slower (the slides' million-iteration loops take ~3 s of CPU).
if(PYCO_SANITIZE)
  set(PYCO_SCRIPT_TIMEOUT_SCALE 4)
else()
  set(PYCO_SCRIPT_TIMEOUT_SCALE 1)
endif()
math(EXPR PYCO_SCRIPT_CTEST_TIMEOUT "60 * ${PYCO_SCRIPT_TIMEOUT_SCALE}")

file(GLOB_RECURSE PYCO_SCRIPT_CASES CONFIGURE_DEPENDS
  RELATIVE ${PROJECT_SOURCE_DIR}
  ${CMAKE_CURRENT_SOURCE_DIR}/scripts/*.py
  ${CMAKE_CURRENT_SOURCE_DIR}/errors/*.py)
list(SORT PYCO_SCRIPT_CASES)

foreach(case IN LISTS PYCO_SCRIPT_CASES)
  if(case MATCHES "/_")  # helper modules and packages are not cases
    continue()
  endif()
  # tests/scripts/core/str_split.py -> scripts/core/str_split
  string(REGEX REPLACE "^tests/(.*)\\.py$" "\\1" test_name ${case})
  add_test(NAME ${test_name}
    COMMAND ${PYCO_PYTHON3} ${PYCO_SCRIPT_RUNNER} run --pyco $<TARGET_FILE:pyco> ${case}
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  # The runner kills a case after 10 s (scaled); this is only a backstop.
  set_tests_properties(${test_name} PROPERTIES
    TIMEOUT ${PYCO_SCRIPT_CTEST_TIMEOUT} LABELS script
    ENVIRONMENT PYCO_TIMEOUT_SCALE=${PYCO_SCRIPT_TIMEOUT_SCALE})
endforeach()

# The recordings must be genuine: re-run python3 on every case and fail on
# any drift (also checks that every recording has a case and that every
# xfail.txt entry names a case and gives a reason).
add_test(NAME script_expectations_current
  COMMAND ${PYCO_PYTHON3} ${PYCO_SCRIPT_RUNNER} check-expectations
  WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
# COST: ctest starts costly tests first, so this one overlaps the short ones.
set_tests_properties(script_expectations_current PROPERTIES
  TIMEOUT 300 LABELS script COST 1000)
