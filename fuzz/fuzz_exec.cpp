// fuzz_exec: bytes -> full execution (compile, run, finalize). Infinite loops
// and runaway allocations are bounded by libFuzzer's -timeout and
// -rss_limit_mb/-malloc_limit_mb (scripts/fuzz sets them); a crash or a
// sanitizer report is a bug.
#include "fuzz/exec_common.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    pyco_fuzz::init();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    pyco_fuzz::run(data, size);
    return 0;
}
