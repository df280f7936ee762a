// fuzz_compile: bytes -> lexer -> parser -> compiler. Any outcome is fine
// (a code object or a raised SyntaxError); a crash, sanitizer report or
// hang is a bug.
#include <cstddef>
#include <cstdint>
#include <string>

#include "runtime/error.h"
#include "vm/pyco.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    pyco::init_interpreter({"fuzz_compile"});
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string source(reinterpret_cast<const char*>(data), size);
    auto code = pyco::compile_source(source, "<fuzz>", pyco::CompileMode::Exec);
    if (code.failed()) pyco::error_clear();
    return 0;
}
