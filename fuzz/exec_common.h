// Shared by fuzz_exec and fuzz_struct: run fuzzer-made source in a fresh
// __main__, with the lines that could touch the outside world neutralised.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <signal.h>
#include <sys/time.h>
#include <unistd.h>

#include "runtime/error.h"
#include "vm/interpreter.h"
#include "vm/pyco.h"

namespace pyco_fuzz {

// A line naming any of these becomes `pass` (same indentation): imports
// (os, socket, asyncio subprocesses...), files, stdin, exits, dynamic code,
// dunder tricks reaching those. The rest of the language stays fuzzable.
inline bool dangerous(std::string_view line) {
    static const char* const words[] = {"import", "open", "exit", "input", "exec", "eval",
                                        "compile", "__", "breakpoint", "help"};
    for (const char* w : words)
        if (line.find(w) != std::string_view::npos) return true;
    return false;
}

inline std::string sanitize(const uint8_t* data, size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    std::string out;
    out.reserve(size);
    size_t pos = 0;
    while (pos <= text.size()) {
        size_t nl = text.find('\n', pos);
        if (nl == std::string_view::npos) nl = text.size();
        std::string_view line = text.substr(pos, nl - pos);
        if (dangerous(line)) {
            size_t indent = 0;
            while (indent < line.size() && (line[indent] == ' ' || line[indent] == '\t')) ++indent;
            out.append(line.substr(0, indent));
            out += "pass";
        } else {
            out.append(line);
        }
        if (nl < text.size()) out += '\n';
        pos = nl + 1;
    }
    return out;
}

inline void init() {
    // Scratch working directory: nothing the fuzzer runs can land in the checkout.
    const char* dir = std::getenv("PYCO_FUZZ_WORKDIR");
    if (dir && chdir(dir) != 0) std::abort();
    pyco::init_interpreter({"fuzz"});
}

// The run budget: after 1 s of CPU time, and every 0.25 s after, the
// program gets a KeyboardInterrupt (the interpreter's own Ctrl-C check at
// backward jumps), so a busy loop ends as a normal outcome instead of a
// libFuzzer timeout (-timeout, SIGALRM) that would stop the session. A
// builtin computing for long (no backward jump) still hits -timeout.
inline void on_budget_spent(int) { pyco::thread_state().interrupt_pending = 1; }

inline void arm_budget(bool on) {
    static bool installed = false;
    if (!installed) {
        signal(SIGVTALRM, on_budget_spent);
        installed = true;
    }
    itimerval t{};
    if (on) t = itimerval{{0, 250000}, {1, 0}};
    setitimer(ITIMER_VIRTUAL, &t, nullptr);
}

inline void run(const uint8_t* data, size_t size) {
    std::string source = sanitize(data, size);
    pyco::Interpreter interp({"fuzz"});
    arm_budget(true);
    (void)interp.run_string(source, "<fuzz>");
    arm_budget(false);
    pyco::thread_state().interrupt_pending = 0;
    pyco::error_clear();
}

} // namespace pyco_fuzz
