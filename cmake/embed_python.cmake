# Turns the bundled Python modules under lib/ into one C++ source file.
# Run as: cmake -DLIB_DIR=... -DOUTPUT=... -P embed_python.cmake
# lib/name.py becomes module `name`; lib/pkg/__init__.py package `pkg`;
# lib/pkg/sub.py module `pkg.sub`. Each source is a C++ raw string literal.
file(GLOB_RECURSE sources RELATIVE ${LIB_DIR} ${LIB_DIR}/*.py)
list(SORT sources)
set(body "// Generated from lib/ by cmake/embed_python.cmake. Do not edit.\n")
string(APPEND body "#include \"vm/bundled.h\"\n\nnamespace pyco {\n\nconst BundledModule kBundledModules[] = {\n")
foreach(rel IN LISTS sources)
  file(READ ${LIB_DIR}/${rel} text)
  string(REGEX REPLACE "\\.py$" "" name "${rel}")
  set(is_package "false")
  if(name MATCHES "/__init__$")
    string(REGEX REPLACE "/__init__$" "" name "${name}")
    set(is_package "true")
  endif()
  string(REPLACE "/" "." name "${name}")
  string(APPEND body "    {\"${name}\", ${is_package}, R\"PYCO_SOURCE(${text})PYCO_SOURCE\"},\n")
endforeach()
string(APPEND body "    {nullptr, false, nullptr},\n};\n\n} // namespace pyco\n")
file(WRITE ${OUTPUT}.tmp "${body}")
execute_process(COMMAND ${CMAKE_COMMAND} -E copy_if_different ${OUTPUT}.tmp ${OUTPUT})
