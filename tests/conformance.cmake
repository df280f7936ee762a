# Conformance suite of the talk and differential testing (included from
# tests/CMakeLists.txt). See docs/conformance.md and the scripts named below.
#
#   conformance_python3  scripts/conformance --interpreter python3: the
#                        recordings are genuine and current (100% must pass)
#   conformance_pyco     scripts/conformance against the built pyco; cases in
#                        tests/conformance/xfail.txt must fail, all others pass
#   difftest_seed1       scripts/difftest --seed 1 --count 300: random
#                        generator/coroutine programs, pyco vs python3, no
#                        difference allowed
if(TARGET pyco)
  find_program(PYCO_CONFORMANCE_PYTHON_LAUNCHER python3 REQUIRED)
  # Resolve launchers such as pyenv shims to the real interpreter once.
  execute_process(
    COMMAND ${PYCO_CONFORMANCE_PYTHON_LAUNCHER} -c "import sys; print(sys.executable)"
    OUTPUT_VARIABLE PYCO_CONFORMANCE_PYTHON OUTPUT_STRIP_TRAILING_WHITESPACE
    COMMAND_ERROR_IS_FATAL ANY)
  set(conformance_scripts ${PROJECT_SOURCE_DIR}/scripts)

  add_test(NAME conformance_python3
    COMMAND ${PYCO_CONFORMANCE_PYTHON} ${conformance_scripts}/conformance
            --interpreter ${PYCO_CONFORMANCE_PYTHON}
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  add_test(NAME conformance_pyco
    COMMAND ${PYCO_CONFORMANCE_PYTHON} ${conformance_scripts}/conformance
            --interpreter $<TARGET_FILE:pyco>
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  add_test(NAME difftest_seed1
    COMMAND ${PYCO_CONFORMANCE_PYTHON} ${conformance_scripts}/difftest
            --seed 1 --count 300 --pyco $<TARGET_FILE:pyco> --python ${PYCO_CONFORMANCE_PYTHON}
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  set_tests_properties(conformance_python3 conformance_pyco PROPERTIES
    TIMEOUT 300 LABELS conformance COST 500)
  set_tests_properties(difftest_seed1 PROPERTIES
    TIMEOUT 600 LABELS "conformance;difftest" COST 1000)
endif()
