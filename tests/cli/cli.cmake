# Command-line tests (included from tests/CMakeLists.txt): pyco and python3
# run side by side on a directory, a missing file, SIGINT, a closed pipe...
# by tests/cli/cli_test.py, which compares exit status, stdout and stderr.
# One ctest entry per case, listed by the script at configure time.
if(TARGET pyco)
  find_program(PYCO_CLI_PYTHON3 python3 REQUIRED)
  set(PYCO_CLI_TEST ${CMAKE_CURRENT_LIST_DIR}/cli_test.py)
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${PYCO_CLI_TEST})
  execute_process(
    COMMAND ${PYCO_CLI_PYTHON3} -S ${PYCO_CLI_TEST} list
    OUTPUT_VARIABLE PYCO_CLI_CASES OUTPUT_STRIP_TRAILING_WHITESPACE
    COMMAND_ERROR_IS_FATAL ANY)
  foreach(case IN LISTS PYCO_CLI_CASES)
    add_test(NAME cli/${case}
      COMMAND ${PYCO_CLI_PYTHON3} -S ${PYCO_CLI_TEST} run --pyco $<TARGET_FILE:pyco> ${case})
    # A case skips (77) when it cannot apply here (unreadable files as root).
    set_tests_properties(cli/${case} PROPERTIES TIMEOUT 60 LABELS cli SKIP_RETURN_CODE 77)
  endforeach()
endif()
