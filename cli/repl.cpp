// The interactive prompt. See repl.h for what it does; the parts:
//   * reading: LineEditor (libedit) on a terminal, plain lines otherwise;
//   * completeness: classify(), CPython's interactive rule on pyco's parser;
//   * running: compiled in Single mode with top-level await allowed; an input
//     that awaits is a coroutine, run by the Python support code below.
#include "cli/repl.h"

#include <poll.h>
#include <pwd.h>
#include <signal.h>
#include <unistd.h>

#include <cstdlib>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/completion.h"
#include "cli/line_editor.h"
#include "parser/parser.h"
#include "runtime/abstract.h"
#include "runtime/callable.h"
#include "runtime/error.h"
#include "runtime/stdio.h"
#include "vm/code.h"
#include "vm/interpreter.h"

namespace pyco {

namespace {

// ---------------------------------------------------------------- Python support code

// Run once per session in a private namespace: the `help` builtin (a small
// stand-in for site's pydoc helper) and the runner of inputs that await.
constexpr const char* kSupportSource = R"PY(
import sys

_asyncio = None
_loop = None

def run_async(coro):
    """Run the coroutine of an input that awaits; return its value.

    On the persistent event loop of the session when asyncio is available
    (tasks it creates live on between inputs, as in python3 -m asyncio);
    by hand otherwise, where only bare yields (asyncio.sleep(0)'s way of
    letting others run) can be awaited."""
    global _asyncio, _loop
    try:
        if _asyncio is None:
            _asyncio = _load_asyncio()
        if not _asyncio:
            return _drive(coro)
        if _loop is None or _loop.is_closed():
            _loop = _asyncio.new_event_loop()
            _asyncio.set_event_loop(_loop)
        task = _loop.create_task(coro)
    except BaseException:
        coro.close()  # never started: no "never awaited" warning
        raise
    try:
        return _loop.run_until_complete(task)
    except BaseException:
        if not task.done():
            task.cancel()
            try:
                _loop.run_until_complete(task)
            except BaseException:
                pass
        raise

async def _probe():
    return 1

def _load_asyncio():
    # asyncio, if it is there and can run a coroutine (else: by hand).
    try:
        import asyncio
        loop = asyncio.new_event_loop()
    except Exception:
        return False
    probe = _probe()
    try:
        ok = loop.run_until_complete(probe) == 1
        loop.close()
    except Exception:
        ok = False
    probe.close()
    return asyncio if ok else False

def _drive(coro):
    exc = None
    while True:
        try:
            yielded = coro.send(None) if exc is None else coro.throw(exc)
        except StopIteration as stop:
            return stop.value
        exc = None
        if yielded is not None:
            exc = RuntimeError(
                "no event loop to await %r with (asyncio is not available)"
                % (yielded,))

_HELP_INTRO = """\
Welcome to pyco, a Python 3.11 interpreter for the generator and coroutine
core of the language.

help(object) shows what an object is, its signature and its documentation.
dir(object) lists its attributes; Tab completes names and attributes.
Up and Down recall earlier lines (kept in ~/.pyco_history); Ctrl-C abandons
the line or interrupts running code; exit() or Ctrl-D leaves."""

def _signature(f):
    code = f.__code__
    names = code.co_varnames
    n = code.co_argcount
    k = code.co_kwonlyargcount
    posonly = getattr(code, 'co_posonlyargcount', 0)
    defaults = f.__defaults__ or ()
    kwdefaults = getattr(f, '__kwdefaults__', None) or {}
    parts = []
    first_default = n - len(defaults)
    for i in range(n):
        s = names[i]
        if i >= first_default:
            s += '=' + repr(defaults[i - first_default])
        parts.append(s)
        if posonly and i == posonly - 1:
            parts.append('/')
    extra = n + k
    if code.co_flags & 0x04:
        parts.append('*' + names[extra])
        extra += 1
    elif k:
        parts.append('*')
    for i in range(n, n + k):
        s = names[i]
        if s in kwdefaults:
            s += '=' + repr(kwdefaults[s])
        parts.append(s)
    if code.co_flags & 0x08:
        parts.append('**' + names[extra])
    return '(' + ', '.join(parts) + ')'

def _describe(name, obj):
    try:
        if hasattr(obj, '__code__'):
            return name + _signature(obj)
        if hasattr(obj, '__func__') and hasattr(obj.__func__, '__code__'):
            sig = _signature(obj.__func__)
            sig = '(' + sig[1:].split(', ', 1)[-1] if ', ' in sig else '()'
            return name + sig
    except Exception:
        pass
    return name + ('(...)' if callable(obj) else '')

def _doc(obj, indent):
    doc = getattr(obj, '__doc__', None)
    if not isinstance(doc, str) or (isinstance(obj, type) is False and doc == type(obj).__doc__ and not callable(obj)):
        return []
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        stripped = line.lstrip()
        if stripped:
            m = len(line) - len(stripped)
            margin = m if margin is None else min(margin, m)
    out = [lines[0].strip()] + [l[margin or 0:].rstrip() for l in lines[1:]]
    while out and not out[-1]:
        out.pop()
    return [indent + l if l else indent.rstrip() for l in out]

class _Helper:
    def __repr__(self):
        return ("Type help() for interactive help, "
                "or help(object) for help about object.")

    def __call__(self, *args, **kwds):
        if not args:
            print(_HELP_INTRO)
            return
        obj = args[0]
        name = getattr(obj, '__qualname__', None) or getattr(obj, '__name__', None)
        module = getattr(obj, '__module__', None)
        if isinstance(obj, type):
            kind = 'class'
        elif hasattr(obj, '__code__'):
            kind = 'function'
        elif type(obj).__name__ == 'module':
            kind = 'module'
        elif callable(obj):
            kind = 'built-in function' if name else 'callable'
        else:
            kind = None
        if kind is None or not isinstance(name, str):
            name = type(obj).__name__
            print('Help on %s object:\n' % name)
            obj = type(obj)
            kind = 'class'
        elif isinstance(module, str) and kind != 'module':
            print('Help on %s %s in module %s:\n' % (kind, name, module))
        else:
            print('Help on %s %s:\n' % (kind, name))
        if kind == 'class':
            bases = [b.__name__ for b in getattr(obj, '__bases__', ())]
            print('class %s(%s)' % (obj.__name__, ', '.join(bases)))
            for line in _doc(obj, ' |  '):
                print(line)
            members = [(k, v) for k, v in getattr(obj, '__dict__', {}).items()
                       if not (k.startswith('__') and k.endswith('__')) or k == '__init__']
            if members:
                print(' |  ')
                print(' |  Methods and attributes defined here:')
                for k, v in members:
                    print(' |  ')
                    print(' |  ' + _describe(k, v))
                    for line in _doc(v, ' |      ') if callable(v) else []:
                        print(line)
        elif kind == 'module':
            for line in _doc(obj, '    '):
                print(line)
        else:
            print(_describe(getattr(obj, '__name__', name), obj))
            for line in _doc(obj, '    '):
                print(line)

help = _Helper()
)PY";

class Support {
public:
    Status load() {
        Handle<Dict> globals = dict_new();
        TRY(dict_set_str(globals.get(), intern("__builtins__"), thread_state().builtins));
        TRY(dict_set_str(globals.get(), intern("__name__"), make_str("_pyco_repl")));
        TRY(exec_source(kSupportSource, "<pyco-repl>", globals.get()));
        namespace_ = std::move(globals).ref();
        return ok_status();
    }
    Value get(const char* name) const {
        return namespace_ ? dict_get_str(namespace_.as<Dict>(), intern(name)) : Value();
    }

private:
    Ref namespace_;
};

// ---------------------------------------------------------------- text helpers

bool is_blank(const std::string& line) { return line.find_first_not_of(" \t\f\r") == std::string::npos; }

bool is_blank_or_comment(const std::string& line) {
    size_t i = line.find_first_not_of(" \t\f\r");
    return i == std::string::npos || line[i] == '#';
}

std::string join_lines(const std::vector<std::string>& lines) {
    std::string source;
    for (const std::string& line : lines) source += line + "\n";
    return source;
}

// The code part of a line: up to a '#' outside string literals.
std::string code_part(const std::string& line) {
    char quote = 0;
    for (size_t i = 0; i < line.size(); ++i) {
        char c = line[i];
        if (quote) {
            if (c == '\\') ++i;
            else if (c == quote) quote = 0;
        } else if (c == '\'' || c == '"') {
            quote = c;
        } else if (c == '#') {
            return line.substr(0, i);
        }
    }
    return line;
}

// Auto-indentation of the next continuation line (IPython's rule): the
// indentation of the previous line, one level more after a ':', one level
// less after a statement that ends a block.
std::string auto_indent(const std::string& previous) {
    size_t n = previous.find_first_not_of(" \t");
    if (n == std::string::npos) return "";
    std::string indent = previous.substr(0, n);
    std::string code = code_part(previous);
    while (!code.empty() && (code.back() == ' ' || code.back() == '\t' || code.back() == '\r')) code.pop_back();
    if (!code.empty() && code.back() == ':') return indent + "    ";
    std::string first = code.substr(n);
    size_t end = 0;
    while (end < first.size() && (std::isalnum(static_cast<unsigned char>(first[end])) || first[end] == '_')) ++end;
    first.resize(end);
    if (first == "return" || first == "pass" || first == "break" || first == "continue" || first == "raise") {
        if (indent.size() >= 4 && indent.compare(indent.size() - 4, 4, "    ") == 0) indent.resize(indent.size() - 4);
        else if (!indent.empty()) indent.pop_back();
    }
    return indent;
}

// ---------------------------------------------------------------- completeness (codeop)

enum class InputKind { Empty, Incomplete, Complete };

bool is_compound(ast::StmtKind kind) {
    using K = ast::StmtKind;
    switch (kind) {
    case K::FunctionDef:
    case K::AsyncFunctionDef:
    case K::ClassDef:
    case K::For:
    case K::AsyncFor:
    case K::While:
    case K::If:
    case K::With:
    case K::AsyncWith:
    case K::Try: return true;
    default: return false;
    }
}

// Errors the lexer reports at the end of the input when a construct that
// may span blank lines is still open: brackets, triple-quoted strings.
bool open_across_blank_lines(const SyntaxErrorInfo& error) {
    return error.message.find("was never closed") != std::string::npos ||
           error.message.find("unterminated triple-quoted") != std::string::npos;
}

// CPython's interactive input rule (its `single_input` grammar, which
// codeop asks the parser about): an input is complete when it parses and,
// if it holds a compound statement, an empty line has followed it; it is
// incomplete when the parser ran into the end of the text (an open bracket,
// a ':' without its block, a backslash, an unfinished triple-quoted
// string). An empty line ends any input except inside brackets and
// strings. `*error` receives the syntax error of a complete input that
// pyco's module parser accepts but CPython's interactive grammar does not:
// a statement after a compound statement without the empty line.
InputKind classify(const std::vector<std::string>& lines, std::optional<SyntaxErrorInfo>* error) {
    bool all_blank = true;
    for (const std::string& line : lines) all_blank = all_blank && is_blank_or_comment(line);
    if (all_blank) return lines.size() == 1 || lines.back().empty() ? InputKind::Empty : InputKind::Incomplete;
    bool ended = lines.size() > 1 && lines.back().empty();
    ParseResult parsed = parse_module(join_lines(lines));
    if (parsed.error) {
        if (parsed.error->incomplete_input && (!ended || open_across_blank_lines(*parsed.error)))
            return InputKind::Incomplete;
        return InputKind::Complete;
    }
    const ast::StmtList& body = parsed.module->body;
    for (size_t i = 0; i + 1 < body.size(); ++i) {
        if (!is_compound(body[i]->kind)) continue;
        const ast::Loc& loc = body[i + 1]->loc;
        SyntaxErrorInfo info;
        info.message = "invalid syntax";
        info.lineno = loc.lineno;
        info.col_offset = loc.col_offset;
        info.end_lineno = loc.lineno;
        info.end_col_offset = loc.col_offset + 1;
        *error = info;
        return InputKind::Complete;
    }
    if (!body.empty() && is_compound(body.back()->kind) && !ended) return InputKind::Incomplete;
    return InputKind::Complete;
}

// ---------------------------------------------------------------- reading

enum class ReadStatus { Line, Eof, Interrupted };

// Lines from a stdin that is not a terminal: prompts on stderr, as CPython.
class PlainReader {
public:
    ReadStatus read_line(const std::string& prompt, std::string* line) {
        write_stderr(prompt);
        line->clear();
        for (;;) {
            if (pos_ == buf_.size()) {
                int r = fill();
                if (r < 0) return ReadStatus::Interrupted;
                if (r == 0) {
                    if (line->empty()) return ReadStatus::Eof;
                    return ReadStatus::Line;
                }
            }
            char c = buf_[pos_++];
            if (c == '\n') break;
            line->push_back(c);
        }
        if (!line->empty() && line->back() == '\r') line->pop_back();
        return ReadStatus::Line;
    }

private:
    // 1: more bytes, 0: end of input, -1: SIGINT.
    int fill() {
        buf_.clear();
        pos_ = 0;
        volatile int& flag = thread_state().interrupt_pending;
        sigset_t blocked, old;
        sigemptyset(&blocked);
        sigaddset(&blocked, SIGINT);
        pthread_sigmask(SIG_BLOCK, &blocked, &old);
        int result = 0;
        for (;;) {
            if (flag) {
                flag = 0;
                result = -1;
                break;
            }
            pollfd p{STDIN_FILENO, POLLIN, 0};
            if (ppoll(&p, 1, nullptr, &old) < 0) {
                if (errno == EINTR) continue;
                break;
            }
            char chunk[4096];
            ssize_t got = read(STDIN_FILENO, chunk, sizeof chunk);
            if (got < 0 && errno == EINTR) continue;
            if (got > 0) {
                buf_.assign(chunk, static_cast<size_t>(got));
                result = 1;
            }
            break;
        }
        pthread_sigmask(SIG_SETMASK, &old, nullptr);
        return result;
    }
    std::string buf_;
    size_t pos_ = 0;
};

std::string history_path() {
    const char* home = std::getenv("HOME");
    if (!home || !*home) {
        passwd* pw = getpwuid(getuid());
        home = pw ? pw->pw_dir : nullptr;
    }
    if (!home || !*home) return "";
    return std::string(home) + "/.pyco_history";
}

// str(sys.ps1) / str(sys.ps2), or "" when unset, as CPython.
std::string prompt_text(const char* name) {
    Value v = sys_attribute(name);
    if (!v) return "";
    Result<std::string> text = str_text(v);
    if (text.failed()) {
        error_clear();
        return "";
    }
    return text.value();
}

// ---------------------------------------------------------------- running

// Tracebacks start at the input: frames of the support code that drove a
// coroutine (and of asyncio's loop) come before the first "<stdin>" one.
// A KeyboardInterrupt that hit that machinery itself (the loop waiting in
// select) is shown as CPython shows one at the prompt: the bare name.
void trim_traceback(Value exc) {
    if (!exc || !exception_matches(exc, BaseException_type)) return;
    auto* e = exc.as<BaseException>();
    Value tb = e->traceback ? e->traceback.get() : Value();
    Value start = tb;
    while (start && start.type() == &traceback_type) {
        Code* code = start.as<Traceback>()->code.as<Code>();
        if (code && is_str(code->filename) && code->filename.as<Str>()->view() == "<stdin>") break;
        start = start.as<Traceback>()->next ? start.as<Traceback>()->next.get() : Value();
    }
    if (start && start.type() == &traceback_type) {
        if (!start.is(tb)) e->traceback = Ref::borrow(start);
    } else if (exception_matches(exc, KeyboardInterrupt_type)) {
        e->traceback = Ref();
        e->context = Ref();
        e->suppress_context = true;
    }
}

// sys.last_type / last_value / last_traceback, as CPython's REPL sets them.
void set_last_exception(Value exc) {
    Value sys = thread_state().sys_module.get();
    if (!sys || sys.type() != &module_type) return;
    Dict* d = sys.as<Module>()->dict.as<Dict>();
    if (!exception_matches(exc, BaseException_type)) return;
    auto* e = exc.as<BaseException>();
    (void)dict_set_str(d, intern("last_type"), Value(exc.type()));
    (void)dict_set_str(d, intern("last_value"), exc);
    (void)dict_set_str(d, intern("last_traceback"), e->traceback ? e->traceback.get() : None());
}

class Repl {
public:
    Repl(Interpreter& interp, bool quiet) : interp_(interp), quiet_(quiet), completer_(interp.main_dict()) {}

    int run();

private:
    ReadStatus read(const std::string& prompt, const std::string& prefill, std::string* line, bool* prefilled);
    // Run one input; true when it asked to leave (status_ set).
    bool execute(const std::string& source, const std::optional<SyntaxErrorInfo>& error);
    bool report_failure();

    Interpreter& interp_;
    bool quiet_;
    Completer completer_;
    Support support_;
    std::unique_ptr<LineEditor> editor_;
    PlainReader plain_;
    int status_ = 0;
};

ReadStatus Repl::read(const std::string& prompt, const std::string& prefill, std::string* line, bool* prefilled) {
    flush_stdout();
    *prefilled = false;
    if (!editor_) return plain_.read_line(prompt, line);
    // Typed-ahead lines (a paste) are taken as they are: no indentation added.
    std::string fill = editor_->input_pending() ? "" : prefill;
    *prefilled = !fill.empty();
    switch (editor_->read_line(prompt, fill, line)) {
    case LineEditor::Status::Line: return ReadStatus::Line;
    case LineEditor::Status::Eof: return ReadStatus::Eof;
    case LineEditor::Status::Interrupted: return ReadStatus::Interrupted;
    }
    return ReadStatus::Eof;
}

bool Repl::report_failure() {
    Ref exc = error_fetch();
    if (!exc) return false;
    if (exception_matches(exc, SystemExit_type)) {
        error_restore(std::move(exc));
        status_ = report_uncaught_exception();
        return true;
    }
    trim_traceback(exc);
    set_last_exception(exc);
    flush_stdout();
    print_exception(exc);
    return false;
}

bool Repl::execute(const std::string& source, const std::optional<SyntaxErrorInfo>& error) {
    Result<Ref> result = kError;
    if (error) {
        (void)raise_syntax_error(*error, source, "<stdin>");
    } else {
        Result<Handle<Code>> code = compile_source(source, "<stdin>", CompileMode::Single, kCompileAllowTopLevelAwait);
        if (code.ok()) {
            result = run_module_code(code.value().get(), interp_.main_dict());
            if (result.ok() && (code.value()->flags & kCodeCoroutine)) {
                Value runner = support_.get("run_async");
                Ref coro = result.take();
                if (runner) {
                    result = call(runner, {coro.get()});
                } else {
                    result = raise(RuntimeError_type, "top-level await needs the REPL's support code");
                }
            }
        }
    }
    flush_stdout();
    bool leave = result.failed() && report_failure();
    flush_stdout();
    return leave;
}

int Repl::run() {
    if (line_editor_available()) {
        editor_ = std::make_unique<LineEditor>(&thread_state().interrupt_pending, history_path());
        editor_->set_completer([this](const std::string& word) { return completer_.complete(word); });
    }
    if (support_.load().ok()) {
        Value help = support_.get("help");
        Dict* builtins = thread_state().builtins.as<Dict>();
        if (help && !dict_get_str(builtins, intern("help"))) (void)dict_set_str(builtins, intern("help"), help);
    } else {
        error_clear();
    }
    if (!quiet_) {
        write_stderr("pyco " PYCO_VERSION " \xE2\x80\x94 Python 3.11 subset (generators and coroutines)\n"
                     "Type \"help()\" or \"help(object)\" for help; \"exit()\" or Ctrl-D to leave.\n");
    }

    std::vector<std::string> lines;
    for (;;) {
        std::string prompt = prompt_text(lines.empty() ? "ps1" : "ps2");
        std::string prefill = lines.empty() ? "" : auto_indent(lines.back());
        std::string line;
        bool prefilled = false;
        ReadStatus st = read(prompt, prefill, &line, &prefilled);
        if (st == ReadStatus::Interrupted) {
            write_stderr("\nKeyboardInterrupt\n");
            lines.clear();
            continue;
        }
        if (st == ReadStatus::Eof) {
            if (!editor_) write_stderr("\n");
            else if (write_stdout("\n").failed()) error_clear();
            flush_stdout();
            if (lines.empty()) return 0;
            // End of input in the middle of a statement: it is what it is.
            std::string source = join_lines(lines);
            lines.clear();
            std::optional<SyntaxErrorInfo> error;
            if (execute(source, error)) return status_;
            continue;
        }
        if (editor_) editor_->add_history(line);
        // Enter on an auto-indented line that was left blank ends the block.
        if (prefilled && is_blank(line)) line.clear();
        lines.push_back(line);
        std::optional<SyntaxErrorInfo> error;
        InputKind kind = classify(lines, &error);
        if (kind == InputKind::Incomplete) continue;
        std::string source = join_lines(lines);
        lines.clear();
        if (kind == InputKind::Empty) continue;
        if (execute(source, error)) return status_;
    }
}

} // namespace

int run_repl(Interpreter& interp, bool quiet) {
    Repl repl(interp, quiet);
    int status = repl.run();
    flush_stdout();
    return status;
}

} // namespace pyco
