# Interactive prompt tests (included from tests/CMakeLists.txt): pyco's REPL
# driven through a pseudo-terminal by tests/repl/repl_test.py, its screens
# compared with python3's, recorded in tests/repl/expected/ (see the script).
# One ctest entry per case, listed by the script at configure time, plus
# repl_expectations_current, which replays python3 and fails on any drift.
if(TARGET pyco)
  find_program(PYCO_REPL_PYTHON3 python3 REQUIRED)
  set(PYCO_REPL_TEST ${CMAKE_CURRENT_LIST_DIR}/repl_test.py)
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${PYCO_REPL_TEST})
  execute_process(
    COMMAND ${PYCO_REPL_PYTHON3} -S ${PYCO_REPL_TEST} list
    OUTPUT_VARIABLE PYCO_REPL_CASES OUTPUT_STRIP_TRAILING_WHITESPACE
    COMMAND_ERROR_IS_FATAL ANY)
  foreach(case IN LISTS PYCO_REPL_CASES)
    add_test(NAME repl/${case}
      COMMAND ${PYCO_REPL_PYTHON3} -S ${PYCO_REPL_TEST} run --pyco $<TARGET_FILE:pyco> ${case})
    # A case skips (77) when it needs what this pyco lacks (asyncio).
    set_tests_properties(repl/${case} PROPERTIES TIMEOUT 60 LABELS repl SKIP_RETURN_CODE 77)
  endforeach()
  add_test(NAME repl_expectations_current
    COMMAND ${PYCO_REPL_PYTHON3} -S ${PYCO_REPL_TEST} check-expectations)
  set_tests_properties(repl_expectations_current PROPERTIES TIMEOUT 120 LABELS repl COST 500)
endif()
