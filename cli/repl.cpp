// The interactive prompt: reads inputs line by line, asks the parser whether
// an input is complete (CPython's codeop rule: a compound statement ends at a
// blank line), runs it in __main__ with expression values echoed.
#include "cli/repl.h"

#include <iostream>
#include <string>

#include "runtime/stdio.h"

namespace pyco {

namespace {

bool is_blank(const std::string& line) { return line.find_first_not_of(" \t\r") == std::string::npos; }

// A multi-line input (a compound statement) is only run after a blank line.
bool waits_for_blank_line(const std::string& source, const std::string& last_line) {
    bool multi_line = source.find('\n') != source.rfind('\n') || (!last_line.empty() && last_line.back() == ':');
    return multi_line && !is_blank(last_line);
}

} // namespace

int run_repl(Interpreter& interp, bool quiet) {
    if (!quiet) {
        std::cout << "pyco " PYCO_VERSION " — Python 3.11 subset (generators and coroutines)\n"
                  << "Type \"exit()\" or Ctrl-D to leave.\n";
    }
    std::string source;
    for (;;) {
        flush_stdout();
        std::cout << (source.empty() ? ">>> " : "... ") << std::flush;
        std::string line;
        if (!std::getline(std::cin, line)) {
            std::cout << "\n";
            return 0;
        }
        if (source.empty() && is_blank(line)) continue;
        source += line + "\n";
        int status = 0;
        bool exited = false;
        if (waits_for_blank_line(source, line)) {
            // Still check for a hard syntax error early? CPython reports it at the end.
            continue;
        }
        Interpreter::InputStatus st = interp.run_interactive(source, &status, &exited);
        if (exited) return status;
        if (st == Interpreter::InputStatus::Incomplete) continue;
        source.clear();
    }
}

} // namespace pyco
