// pyco: command-line entry point.
//
//   pyco FILE [ARGS]      run a script
//   pyco -c CODE [ARGS]   run a string
//   pyco - [ARGS]         run the program read from stdin
//   pyco                  interactive prompt (or stdin as a script when it is not a terminal)
//   pyco -i FILE          run FILE, then the interactive prompt
//   pyco --dis FILE       disassemble;  pyco --ast FILE: dump the syntax tree
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "cli/repl.h"
#include "parser/parser.h"
#include "runtime/error.h"
#include "runtime/stdio.h"
#include "vm/interpreter.h"
#include "vm/pyco.h"

namespace {

constexpr const char* kUsage =
    "usage: pyco [option] ... [-c cmd | file | -] [arg] ...\n"
    "Options:\n"
    "-c cmd : program passed in as string (terminates option list)\n"
    "-h     : print this help message and exit (also -? or --help)\n"
    "-i     : inspect interactively after running script\n"
    "-q     : don't print version and copyright messages on interactive startup\n"
    "-V     : print the Python version number and exit (also --version)\n"
    "--dis  : print the bytecode of file and exit\n"
    "--ast  : print the syntax tree of file and exit\n"
    "file   : program read from script file\n"
    "-      : program read from stdin (default; interactive mode if a tty)\n"
    "arg ...: arguments passed to program in sys.argv[1:]\n";

struct Options {
    enum class Mode { File, Command, Stdin, Repl, Dis, Ast } mode = Mode::Repl;
    std::string target; // file path or command text
    std::vector<std::string> argv;
    bool inspect = false;
    bool quiet = false;
};

int usage_error(const std::string& message) {
    std::cerr << "pyco: " << message << "\n" << "usage: pyco [option] ... [-c cmd | file | -] [arg] ...\n"
              << "Try `pyco -h' for more information.\n";
    return 2;
}

// Returns -1 to continue, or an exit status.
int parse_options(int argc, char** argv, Options& opts) {
    int i = 1;
    for (; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "-h" || a == "--help" || a == "-?") {
            std::cout << kUsage;
            return 0;
        }
        if (a == "-V" || a == "--version") {
            std::cout << "Python 3.11.7 (pyco " PYCO_VERSION ")\n";
            return 0;
        }
        if (a == "-i") {
            opts.inspect = true;
        } else if (a == "-q") {
            opts.quiet = true;
        } else if (a == "-c") {
            if (i + 1 >= argc) return usage_error("Argument expected for the -c option");
            opts.mode = Options::Mode::Command;
            opts.target = argv[++i];
            opts.argv.push_back("-c");
            ++i;
            break;
        } else if (a == "--dis" || a == "--ast") {
            if (i + 1 >= argc) return usage_error("Argument expected for the " + a + " option");
            opts.mode = a == "--dis" ? Options::Mode::Dis : Options::Mode::Ast;
            opts.target = argv[++i];
            opts.argv.push_back(opts.target);
            ++i;
            break;
        } else if (a == "-") {
            opts.mode = Options::Mode::Stdin;
            opts.argv.push_back("-");
            ++i;
            break;
        } else if (a.size() > 1 && a[0] == '-') {
            return usage_error("unknown option " + a);
        } else {
            opts.mode = Options::Mode::File;
            opts.target = a;
            opts.argv.push_back(a);
            ++i;
            break;
        }
    }
    for (; i < argc; ++i) opts.argv.push_back(argv[i]);
    if (opts.argv.empty()) opts.argv.push_back("");
    return -1;
}

// Messages name the program as invoked, as CPython uses its argv[0].
std::string program_name = "pyco";

bool read_file(const std::string& path, std::string* out, int* err) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        *err = errno;
        return false;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    if (in.bad()) { // e.g. EISDIR: opening succeeded, reading did not
        *err = errno;
        return false;
    }
    *out = ss.str();
    return true;
}

int cant_open(const std::string& path, int err) {
    std::cerr << program_name << ": can't open file '" << pyco::cwd_joined(path) << "': [Errno " << err << "] "
              << std::strerror(err) << "\n";
    return 2;
}

// The program `pyco TARGET` runs: the file, or a directory's __main__.py
// (CPython runs it with the directory as sys.path[0]). On success `filename`
// is what __file__ and tracebacks show; else the message is printed and the
// exit status returned.
std::optional<int> load_script(const std::string& target, std::string* source, std::string* filename) {
    struct stat st;
    if (stat(target.c_str(), &st) != 0) return cant_open(target, errno);
    std::string path = target;
    if (S_ISDIR(st.st_mode)) {
        std::string dir = pyco::cwd_joined(target);
        path = dir + (dir.back() == '/' ? "" : "/") + "__main__.py";
        if (stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) {
            std::cerr << program_name << ": can't find '__main__' module in '" << dir << "'\n";
            return 1;
        }
        *filename = path;
    } else {
        // CPython 3.11 runs a script under its absolute path.
        *filename = pyco::absolute_path(target);
    }
    int err = 0;
    if (!read_file(path, source, &err)) return cant_open(target, err);
    return std::nullopt;
}

int dump(const Options& opts) {
    std::string source;
    int err = 0;
    if (!read_file(opts.target, &source, &err)) return cant_open(opts.target, err);
    pyco::Interpreter interp(opts.argv);
    if (opts.mode == Options::Mode::Ast) {
        pyco::ParseResult parsed = pyco::parse_module(source);
        if (!parsed.error) {
            std::cout << pyco::ast::dump(*parsed.module) << "\n";
            return 0;
        }
    }
    pyco::Result<pyco::Handle<pyco::Code>> code = pyco::compile_source(source, opts.target, pyco::CompileMode::Exec);
    if (code.failed()) return pyco::report_uncaught_exception();
    std::cout << pyco::disassemble(code.value().get());
    return 0;
}

void on_sigint(int) { pyco::thread_state().interrupt_pending = 1; }

int exit_status(int status) {
    pyco::flush_stdout();
    if (pyco::exited_by_keyboard_interrupt()) {
        // As CPython: die by SIGINT, so a calling shell sees the interrupt
        // (status 130) and stops a script or loop running us.
        signal(SIGINT, SIG_DFL);
        kill(getpid(), SIGINT);
    }
    return status;
}

// -i: run the program, then the prompt in its namespace whatever happened.
// As CPython, an uncaught exception (even SystemExit) is printed with its
// traceback and the prompt follows.
int inspect_after(pyco::Interpreter& interp, const std::string& source, const std::string& filename) {
    pyco::Result<pyco::Ref> r = pyco::exec_source(source, filename, interp.main_dict());
    if (r.failed()) {
        pyco::Ref exc = pyco::error_fetch();
        pyco::flush_stdout();
        pyco::print_exception(exc);
    }
    pyco::flush_stdout();
    return exit_status(pyco::run_repl(interp, true));
}

} // namespace

int main(int argc, char** argv) {
    if (argc > 0 && argv[0][0] != '\0') program_name = argv[0];
    Options opts;
    int early = parse_options(argc, argv, opts);
    if (early >= 0) return early;
    signal(SIGINT, on_sigint);
    signal(SIGPIPE, SIG_IGN);

    switch (opts.mode) {
    case Options::Mode::Dis:
    case Options::Mode::Ast:
        return dump(opts);
    case Options::Mode::File: {
        std::string source, filename;
        if (std::optional<int> failed = load_script(opts.target, &source, &filename)) return *failed;
        pyco::Interpreter interp(opts.argv);
        if (opts.inspect) {
            (void)pyco::dict_set_str(interp.main_dict(), pyco::intern("__file__"), pyco::make_str(filename));
            return inspect_after(interp, source, filename);
        }
        return exit_status(interp.run_file(source, filename));
    }
    case Options::Mode::Command: {
        pyco::Interpreter interp(opts.argv);
        if (opts.inspect) return inspect_after(interp, opts.target, "<string>");
        return exit_status(interp.run_string(opts.target, "<string>"));
    }
    case Options::Mode::Stdin:
    case Options::Mode::Repl: {
        pyco::Interpreter interp(opts.argv);
        // A terminal, or -i: the prompt (CPython reads a pipe interactively
        // under -i, prompts on stderr); otherwise stdin is the program.
        if (opts.mode == Options::Mode::Repl && (opts.inspect || isatty(STDIN_FILENO)))
            return exit_status(pyco::run_repl(interp, opts.quiet));
        std::stringstream ss;
        ss << std::cin.rdbuf();
        return exit_status(interp.run_string(ss.str(), "<stdin>", true));
    }
    }
    return 0;
}
