// The embedding API (vm/pyco.h): compile, run, report.
#include "vm/pyco.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <sstream>

#include "parser/parser.h"
#include "runtime/abstract.h"
#include "runtime/callable.h"
#include "runtime/error.h"
#include "runtime/gc.h"
#include "runtime/unicode.h"
#include "runtime/source_cache.h"
#include "runtime/stdio.h"
#include "vm/call.h"
#include "vm/generator.h"
#include "vm/interpreter.h"

namespace pyco {

namespace {

std::string source_line(const std::string& source, int lineno) {
    std::istringstream in(source);
    std::string line;
    for (int i = 1; std::getline(in, line); ++i)
        if (i == lineno) return line + "\n";
    return "";
}

} // namespace

ErrorTag raise_syntax_error(const SyntaxErrorInfo& info, const std::string& source, const std::string& filename,
                            bool from_file) {
    // A tree too deep to compile: a bare RecursionError, no location (CPython).
    if (info.type == "RecursionError") return raise(RecursionError_type, info.message.c_str());
    TypeObject* type = &SyntaxError_type;
    if (info.type == "IndentationError") type = &IndentationError_type;
    else if (info.type == "TabError") type = &TabError_type;
    if (info.no_location) return raise(*type, info.message.c_str());
    Result<Ref> made = make_exception(*type, info.message);
    if (made.failed()) return kError;
    Ref exc = made.take();
    auto* e = exc.as<BaseException>();
    e->msg = make_str(info.message).ref();
    e->filename = make_str(filename).ref();
    e->lineno = make_int(info.lineno);
    e->offset = make_int(from_file && info.at_end_of_input ? 0 : info.col_offset + 1);
    std::string text = source_line(source, info.lineno);
    // The tokenizer never reads past a NUL: the line shown stops there.
    text = text.substr(0, text.find('\0'));
    e->text = text.empty() || !utf8_valid(text) ? Ref::borrow(None()) : make_str(text).ref();
    e->end_lineno = info.end_lineno >= 0 ? make_int(info.end_lineno) : Ref::borrow(None());
    e->end_offset = info.end_col_offset >= 0 ? make_int(info.end_col_offset + 1) : Ref::borrow(None());
    Handle<Tuple> details = tuple_pack({e->filename, e->lineno, e->offset, e->text, e->end_lineno, e->end_offset});
    e->args = tuple_pack({e->msg, details}).ref();
    return raise_object(std::move(exc));
}

// PEP 263: a coding comment on one of the first two lines.
static bool declares_encoding(const std::string& source) {
    size_t second_end = source.find('\n', source.find('\n') + 1);
    std::string head = source.substr(0, second_end);
    return head.find("coding") != std::string::npos;
}

// A source file that is not UTF-8 (and declares no other encoding): CPython's
// tokenizer message, which carries no location of its own.
static ErrorTag raise_non_utf8(const std::string& source, size_t pos, const std::string& filename) {
    int line = 1 + static_cast<int>(std::count(source.begin(), source.begin() + static_cast<std::ptrdiff_t>(pos), '\n'));
    char byte[8];
    std::snprintf(byte, sizeof byte, "\\x%02x", static_cast<unsigned char>(source[pos]));
    return raise_format(SyntaxError_type,
                        "Non-UTF-8 code starting with '%s' in file %s on line %d, but no encoding declared; see "
                        "https://peps.python.org/pep-0263/ for details",
                        byte, filename.c_str(), line);
}

Result<Handle<Code>> compile_source(const std::string& source, const std::string& filename, CompileMode mode) {
    return compile_source(source, filename, mode, 0);
}

Result<Handle<Code>> compile_source(const std::string& source, const std::string& filename, CompileMode mode,
                                    uint32_t flags) {
    size_t bad = 0;
    bool is_file = filename == "<stdin>" || (!filename.empty() && filename[0] != '<');
    if (is_file && !utf8_valid(source, &bad) && !declares_encoding(source)) return raise_non_utf8(source, bad, filename);
    bool from_file = flags & kCompileSourceFile;
    // compile()/exec() and imports refuse a NUL before tokenizing, without
    // a location; the file tokenizer reports it on its line.
    if (!from_file && source.find('\0') != std::string::npos)
        return raise(SyntaxError_type, "source code string cannot contain null bytes");
    register_source(filename, source);
    ParseResult parsed = parse_module(source, from_file ? filename : std::string());
    if (parsed.error) return raise_syntax_error(*parsed.error, source, filename, from_file);
    return compile_module(*parsed.module, filename, source, mode, flags);
}

Result<Ref> run_module_code(Code* code, Dict* globals) {
    if (!(code->flags & kCodeCoroutine)) return run_code(code, globals, Value());
    // A coroutine whose frame is a module frame: no function, locals = globals
    // (make_generator's layout, as CPython's RETURN_GENERATOR of module code).
    ThreadState& ts = thread_state();
    Value builtins = dict_get_str(globals, intern("__builtins__"));
    Dict* builtins_dict = ts.builtins.as<Dict>();
    if (builtins && is_dict(builtins)) builtins_dict = builtins.as<Dict>();
    else if (builtins && builtins.type() == &module_type) builtins_dict = builtins.as<Module>()->dict.as<Dict>();
    auto* gen = new_generator(&coroutine_type, code, nullptr, globals, builtins_dict, Value(globals));
    Ref keep = Ref::steal(Value(gen));
    setup_cells(&gen->frame, nullptr);
    return keep;
}

Result<Ref> exec_source(const std::string& source, const std::string& filename, Dict* globals, Value locals,
                        CompileMode mode, uint32_t flags) {
    Handle<Code> code = TRY(compile_source(source, filename, mode, flags));
    return run_code(code.get(), globals, locals);
}

std::string cwd_joined(const std::string& path) {
    if (!path.empty() && path[0] == '/') return path;
    char buf[4096];
    return std::string(getcwd(buf, sizeof buf) ? buf : ".") + "/" + path;
}

std::string absolute_path(const std::string& path) {
    std::string joined = cwd_joined(path);
    std::vector<std::string> parts;
    std::stringstream ss(joined);
    std::string part;
    while (std::getline(ss, part, '/')) {
        if (part.empty() || part == ".") continue;
        if (part == "..") {
            if (!parts.empty()) parts.pop_back();
            continue;
        }
        parts.push_back(part);
    }
    std::string out;
    for (const std::string& p : parts) out += "/" + p;
    return out.empty() ? "/" : out;
}

// ---------------------------------------------------------------- top level

static bool keyboard_interrupt_uncaught = false;

int report_uncaught_exception() {
    Ref exc = error_fetch();
    if (!exc) return 0;
    if (exception_matches(exc, SystemExit_type)) {
        Value code = exc.as<BaseException>()->code ? exc.as<BaseException>()->code.get() : None();
        if (code.is(None())) return 0;
        int64_t status;
        if (is_int(code) && int_to_int64(code, &status)) return static_cast<int>(status & 0xFF);
        Result<std::string> text = str_text(code);
        flush_stdout();
        if (text.ok()) write_stderr(text.value() + "\n");
        else error_clear();
        return 1;
    }
    flush_stdout();
    bool interrupted = exception_matches(exc, KeyboardInterrupt_type);
    if (interrupted) keyboard_interrupt_uncaught = true;
    print_exception(exc);
    // SIGINT's conventional status after Ctrl-C; the command line goes
    // further and dies by the signal, as CPython (see cli/main.cpp).
    return interrupted ? 130 : 1;
}

bool exited_by_keyboard_interrupt() { return keyboard_interrupt_uncaught; }

Interpreter::Interpreter(const std::vector<std::string>& argv) {
    init_interpreter(argv);
    ThreadState& ts = thread_state();
    Value existing = dict_get_str(ts.modules.as<Dict>(), intern("__main__"));
    if (existing) {
        main_ = existing.as<Module>()->dict;
        return;
    }
    Handle<Module> main_module = make_module("__main__");
    Dict* d = main_module->dict.as<Dict>();
    (void)dict_set_str(d, intern("__builtins__"), ts.builtins);
    (void)dict_set_str(d, intern("__package__"), None());
    (void)dict_set_str(d, intern("__spec__"), None());
    (void)dict_set_str(d, intern("__annotations__"), dict_new());
    (void)dict_set_str(ts.modules.as<Dict>(), intern("__main__"), main_module);
    main_ = main_module->dict;
}

void Interpreter::finalize() {
    set_tearing_down(true);
    // As CPython's finalize_modules: garbage cycles are collected while the
    // module's globals are still set (their finalizers may use them), then
    // the globals are cleared and what that freed is collected.
    gc_collect();
    if (error_occurred()) error_clear();
    Dict* d = main_dict();
    Handle<List> keys = list_new();
    Value k, v;
    for (int64_t pos = 0; dict_next(d, &pos, &k, &v);) (void)list_append(keys.get(), k);
    for (int64_t i = 0; i < keys->size; ++i) {
        Value key = keys->items[i];
        if (is_str(key) && key.as<Str>()->view() == "__builtins__") continue;
        if (dict_set(d, key, None()).failed()) error_clear();
    }
    gc_collect();
    if (error_occurred()) error_clear();
    flush_stdout();
    set_tearing_down(false);
}

int Interpreter::finish(Result<Ref> result) {
    int status = result.ok() ? 0 : report_uncaught_exception();
    finalize();
    return status;
}

int Interpreter::run_file(const std::string& source, const std::string& filename) {
    (void)dict_set_str(main_dict(), intern("__file__"), make_str(filename));
    return finish(exec_source(source, filename, main_dict(), Value(), CompileMode::Exec, kCompileSourceFile));
}

int Interpreter::run_string(const std::string& source, const std::string& filename, bool from_file) {
    return finish(exec_source(source, filename, main_dict(), Value(), CompileMode::Exec,
                              from_file ? kCompileSourceFile : 0));
}

Interpreter::InputStatus Interpreter::run_interactive(const std::string& source, int* exit_status, bool* exited) {
    *exited = false;
    *exit_status = 0;
    ParseResult parsed = parse_module(source);
    if (parsed.error && parsed.error->incomplete_input) return InputStatus::Incomplete;
    register_source("<stdin>", source);
    Result<Ref> r = kError;
    if (parsed.error) {
        (void)raise_syntax_error(*parsed.error, source, "<stdin>");
    } else {
        Result<Handle<Code>> code = compile_module(*parsed.module, "<stdin>", source, CompileMode::Single);
        if (code.ok()) r = run_code(code.value().get(), main_dict(), Value());
    }
    if (r.failed()) {
        if (error_matches(SystemExit_type)) {
            *exit_status = report_uncaught_exception();
            *exited = true;
        } else {
            flush_stdout();
            print_exception(error_fetch());
        }
    }
    flush_stdout();
    return InputStatus::Complete;
}

} // namespace pyco
