// Built-in modules (sys, time, gc; math comes from runtime/) and process
// start-up of the interpreter.
#include "vm/modules.h"

#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <cmath>
#include <string>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/builtins.h"
#include "runtime/callable.h"
#include "runtime/error.h"
#include "runtime/gc.h"
#include "runtime/modules.h"
#include "runtime/runtime.h"
#include "runtime/stdio.h"
#include "vm/interpreter.h"
#include "vm/pyco.h"

namespace pyco {

namespace {

Ref module_from_dict(const std::string& name, Ref dict) {
    Handle<Module> m = make_module(name);
    Value k, v;
    for (int64_t pos = 0; dict_next(dict.as<Dict>(), &pos, &k, &v);) (void)dict_set(m->dict.as<Dict>(), k, v);
    return m.ref();
}

// ---------------------------------------------------------------- sys

Result<Ref> sys_exit(const Value* args, size_t nargs) {
    Ref exc = TRY(call(Value(&SystemExit_type), CallArgs{args, nargs, nullptr}));
    return raise_object(std::move(exc));
}
Result<Ref> sys_getrecursionlimit(const Value*, size_t) { return make_int(thread_state().recursion_limit); }
Result<Ref> sys_setrecursionlimit(const Value* args, size_t) {
    if (!is_int(args[0]))
        return raise_format(TypeError_type, "'%s' object cannot be interpreted as an integer", std::string(type_name(args[0])).c_str());
    int64_t n = TRY(index_value(args[0], &OverflowError_type));
    if (n < 1) return raise(ValueError_type, "recursion limit must be greater or equal than 1");
    ThreadState& ts = thread_state();
    if (n <= ts.recursion_depth)
        return raise_format(RecursionError_type,
                            "cannot set the recursion limit to %lld at the recursion depth %d: the limit is too low",
                            static_cast<long long>(n), ts.recursion_depth);
    ts.recursion_limit = static_cast<int>(std::min<int64_t>(n, 1 << 30));
    return Ref::borrow(None());
}
Result<Ref> sys_exc_info(const Value*, size_t) {
    Value exc = current_handled_exception();
    if (!exc) return tuple_pack({None(), None(), None()}).ref();
    Value tb = exc.as<BaseException>()->traceback ? exc.as<BaseException>()->traceback.get() : None();
    return tuple_pack({Value(exc.type()), exc, tb}).ref();
}
Result<Ref> sys_exception(const Value*, size_t) {
    Value exc = current_handled_exception();
    return Ref::borrow(exc ? exc : None());
}
Result<Ref> sys_getrefcount(const Value* args, size_t) {
    return make_int(args[0].is_object() ? args[0].as_object()->refcount : 1);
}
Result<Ref> sys_intern(const Value* args, size_t) {
    if (!is_str(args[0])) return raise_format(TypeError_type, "intern() argument must be str, not %s", std::string(type_name(args[0])).c_str());
    return Ref::borrow(Value(intern_str(args[0].as<Str>())));
}
Result<Ref> sys_getsizeof(const Value* args, size_t) {
    return make_int(static_cast<int64_t>(args[0].is_object() ? args[0].type()->basicsize : 28));
}

const MethodDef sys_functions[] = {
    {"exit", sys_exit, nullptr, 0, 1, MethodKind::Static},
    {"getrecursionlimit", sys_getrecursionlimit, nullptr, 0, 0, MethodKind::Static},
    {"setrecursionlimit", sys_setrecursionlimit, nullptr, 1, 1, MethodKind::Static},
    {"exc_info", sys_exc_info, nullptr, 0, 0, MethodKind::Static},
    {"exception", sys_exception, nullptr, 0, 0, MethodKind::Static},
    {"getrefcount", sys_getrefcount, nullptr, 1, 1, MethodKind::Static},
    {"intern", sys_intern, nullptr, 1, 1, MethodKind::Static},
    {"getsizeof", sys_getsizeof, nullptr, 1, 2, MethodKind::Static},
    {nullptr},
};

// ---------------------------------------------------------------- time

double clock_seconds(clockid_t clock) {
    struct timespec ts {};
    clock_gettime(clock, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}
Result<Ref> time_time(const Value*, size_t) { return make_float(clock_seconds(CLOCK_REALTIME)); }
Result<Ref> time_monotonic(const Value*, size_t) { return make_float(clock_seconds(CLOCK_MONOTONIC)); }
Result<Ref> time_perf_counter(const Value*, size_t) { return make_float(clock_seconds(CLOCK_MONOTONIC)); }
Result<Ref> time_process_time(const Value*, size_t) { return make_float(clock_seconds(CLOCK_PROCESS_CPUTIME_ID)); }
Result<Ref> time_ns(clockid_t clock) {
    struct timespec ts {};
    clock_gettime(clock, &ts);
    mpz_t v;
    mpz_init_set_si(v, ts.tv_sec);
    mpz_mul_ui(v, v, 1000000000u);
    mpz_add_ui(v, v, static_cast<unsigned long>(ts.tv_nsec));
    Ref r = make_int_from_mpz(v);
    mpz_clear(v);
    return r;
}
Result<Ref> time_time_ns(const Value*, size_t) { return time_ns(CLOCK_REALTIME); }
Result<Ref> time_monotonic_ns(const Value*, size_t) { return time_ns(CLOCK_MONOTONIC); }
Result<Ref> time_perf_counter_ns(const Value*, size_t) { return time_ns(CLOCK_MONOTONIC); }
Result<Ref> time_sleep(const Value* args, size_t) {
    double secs;
    if (is_float(args[0])) {
        secs = float_value(args[0]);
    } else if (is_int(args[0])) {
        int64_t i = TRY(index_value(args[0], &OverflowError_type));
        secs = static_cast<double>(i);
    } else {
        return raise_format(TypeError_type, "'%s' object cannot be interpreted as an integer", std::string(type_name(args[0])).c_str());
    }
    if (std::isnan(secs)) return raise(ValueError_type, "Invalid value NaN (not a number)");
    if (secs < 0) return raise(ValueError_type, "sleep length must be non-negative");
    flush_stdout();
    struct timespec req {};
    req.tv_sec = static_cast<time_t>(secs);
    req.tv_nsec = static_cast<long>((secs - static_cast<double>(req.tv_sec)) * 1e9);
    while (nanosleep(&req, &req) != 0) {
        if (thread_state().interrupt_pending) {
            thread_state().interrupt_pending = 0;
            return raise(KeyboardInterrupt_type);
        }
    }
    return Ref::borrow(None());
}

const MethodDef time_functions[] = {
    {"time", time_time, nullptr, 0, 0, MethodKind::Static},
    {"monotonic", time_monotonic, nullptr, 0, 0, MethodKind::Static},
    {"perf_counter", time_perf_counter, nullptr, 0, 0, MethodKind::Static},
    {"process_time", time_process_time, nullptr, 0, 0, MethodKind::Static},
    {"time_ns", time_time_ns, nullptr, 0, 0, MethodKind::Static},
    {"monotonic_ns", time_monotonic_ns, nullptr, 0, 0, MethodKind::Static},
    {"perf_counter_ns", time_perf_counter_ns, nullptr, 0, 0, MethodKind::Static},
    {"sleep", time_sleep, nullptr, 1, 1, MethodKind::Static},
    {nullptr},
};

// ---------------------------------------------------------------- gc

Result<Ref> gc_collect_fn(const Value*, size_t) { return make_int(gc_collect()); }
Result<Ref> gc_enable_fn(const Value*, size_t) {
    gc_set_enabled(true);
    return Ref::borrow(None());
}
Result<Ref> gc_disable_fn(const Value*, size_t) {
    gc_set_enabled(false);
    return Ref::borrow(None());
}
Result<Ref> gc_isenabled_fn(const Value*, size_t) { return Ref::borrow(bool_value(gc_enabled())); }
Result<Ref> gc_is_tracked_fn(const Value* args, size_t) {
    return Ref::borrow(bool_value(args[0].is_object() && gc_is_tracked(args[0].as_object())));
}

const MethodDef gc_functions[] = {
    {"collect", gc_collect_fn, nullptr, 0, 1, MethodKind::Static},
    {"enable", gc_enable_fn, nullptr, 0, 0, MethodKind::Static},
    {"disable", gc_disable_fn, nullptr, 0, 0, MethodKind::Static},
    {"isenabled", gc_isenabled_fn, nullptr, 0, 0, MethodKind::Static},
    {"is_tracked", gc_is_tracked_fn, nullptr, 1, 1, MethodKind::Static},
    {nullptr},
};

} // namespace

Status fill_sys_module(Dict* d) {
    TRY(add_functions(d, sys_functions, make_str("sys")));
    TRY(add_functions(d, asyncgen_hook_functions, make_str("sys")));
    TRY(add_functions(d, frame_sys_functions, make_str("sys")));
    TRY(dict_set_str(d, intern("version"), make_str("3.11.7 (pyco " PYCO_VERSION ")")));
    Handle<Tuple> vi = tuple_pack({Value::small_int(3), Value::small_int(11), Value::small_int(7), Value(intern("final")),
                                   Value::small_int(0)});
    TRY(dict_set_str(d, intern("version_info"), vi));
    TRY(dict_set_str(d, intern("hexversion"), make_int(0x030B07F0)));
    TRY(dict_set_str(d, intern("platform"), make_str("linux")));
    TRY(dict_set_str(d, intern("byteorder"), make_str("little")));
    TRY(dict_set_str(d, intern("maxsize"), make_int(INT64_MAX)));
    TRY(dict_set_str(d, intern("executable"), make_str("pyco")));
    TRY(dict_set_str(d, intern("implementation_name"), make_str("pyco")));
    TRY(dict_set_str(d, intern("modules"), thread_state().modules));
    TRY(dict_set_str(d, intern("path"), list_new()));
    TRY(dict_set_str(d, intern("argv"), list_new()));
    TRY(dict_set_str(d, intern("ps1"), make_str(">>> ")));
    TRY(dict_set_str(d, intern("ps2"), make_str("... ")));
    TRY(dict_set_str(d, intern("stdin"), std_stream(0)));
    TRY(dict_set_str(d, intern("stdout"), std_stream(1)));
    TRY(dict_set_str(d, intern("stderr"), std_stream(2)));
    TRY(dict_set_str(d, intern("__stdin__"), std_stream(0)));
    TRY(dict_set_str(d, intern("__stdout__"), std_stream(1)));
    TRY(dict_set_str(d, intern("__stderr__"), std_stream(2)));
    register_sys_namespace(d);
    return ok_status();
}

Status fill_time_module(Dict* d) { return add_functions(d, time_functions, make_str("time")); }
Status fill_gc_module(Dict* d) { return add_functions(d, gc_functions, make_str("gc")); }

Result<Ref> make_builtin_module(const std::string& name) {
    using Filler = Status (*)(Dict*);
    struct Entry {
        const char* name;
        Filler fill;
    };
    static const Entry fillers[] = {{"time", fill_time_module}, {"gc", fill_gc_module},
                                    {"itertools", fill_itertools_module}, {"_collections", fill_collections_module},
                                    {"select", fill_select_module}, {"socket", fill_socket_module},
                                    {"_asyncio", fill_asyncio_module}, {"_heapq", fill_heapq_module}};
    if (name == "sys") return Ref::borrow(thread_state().sys_module);
    if (name == "builtins") {
        Handle<Module> m = make_module("builtins");
        m->dict = thread_state().builtins;
        return m.ref();
    }
    if (name == "math") {
        Ref d = TRY(make_math_module());
        return module_from_dict("math", d);
    }
    for (const Entry& e : fillers) {
        if (name != e.name) continue;
        Handle<Module> m = make_module(name);
        TRY(e.fill(m->dict.as<Dict>()));
        return m.ref();
    }
    return Ref();
}

// ---------------------------------------------------------------- start-up

void init_interpreter(const std::vector<std::string>& argv) {
    static bool done = false;
    ThreadState& ts = thread_state();
    if (!done) {
        done = true;
        init_runtime();
        Result<Ref> builtins = make_builtins_dict();
        if (builtins.failed()) {
            print_exception(error_fetch());
            _exit(1);
        }
        ts.builtins = builtins.take();
        (void)add_vm_builtins(ts.builtins.as<Dict>());
        (void)dict_set_str(ts.builtins.as<Dict>(), intern("__name__"), make_str("builtins"));
        ts.modules = dict_new().ref();
        Handle<Module> sys = make_module("sys");
        (void)fill_sys_module(sys->dict.as<Dict>());
        ts.sys_module = sys.ref();
        (void)dict_set_str(ts.modules.as<Dict>(), intern("sys"), ts.sys_module);
        Ref builtins_module = make_builtin_module("builtins").take();
        (void)dict_set_str(ts.modules.as<Dict>(), intern("builtins"), builtins_module);
    }
    Dict* sys = ts.sys_module.as<Module>()->dict.as<Dict>();
    Handle<List> args = list_new();
    for (const std::string& a : argv) (void)list_append(args.get(), make_str(a));
    (void)dict_set_str(sys, intern("argv"), args);
    // sys.path[0]: the script's folder ('' for -c, - and the REPL); for a
    // directory run as a program (its __main__.py), the directory itself,
    // joined with the working directory but not normalised, as CPython.
    Handle<List> path = list_new();
    std::string first = argv.empty() ? "" : argv[0];
    std::string dir;
    struct stat st;
    if (!first.empty() && first != "-c" && first != "-" && stat(first.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
        dir = cwd_joined(first);
    } else if (!first.empty() && first != "-c" && first != "-") {
        std::string absolute = absolute_path(first);
        size_t slash = absolute.rfind('/');
        dir = slash == 0 ? "/" : absolute.substr(0, slash);
    }
    (void)list_append(path.get(), make_str(dir));
    (void)dict_set_str(sys, intern("path"), path);
}

} // namespace pyco
