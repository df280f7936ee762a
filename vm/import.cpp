// The import system: `import a.b.c`, `from .m import x`, built-in modules
// created on first import, and `.py` modules found on sys.path (the
// script's folder first), each executed once and cached in sys.modules.
#include <sys/stat.h>

#include <fstream>
#include <sstream>
#include <string>

#include "runtime/abstract.h"
#include "runtime/callable.h"
#include "runtime/error.h"
#include "runtime/source_cache.h"
#include "vm/bundled.h"
#include "vm/compiler.h"
#include "vm/interpreter.h"
#include "vm/modules.h"
#include "vm/ops.h"
#include "vm/pyco.h"

namespace pyco {

namespace {

bool is_file(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

Dict* modules_dict() { return thread_state().modules.as<Dict>(); }

// Standard-library modules pyco does not provide: importing one says so
// instead of pretending the module does not exist.
bool is_unsupported_stdlib(std::string_view name) {
    static const char* names[] = {"os", "re", "json", "collections.abc", "functools", "typing", "dataclasses",
                                  "threading", "subprocess", "socket", "random", "datetime", "pathlib", "io",
                                  "contextlib", "operator", "copy", "abc", "enum", "string", "struct", "heapq",
                                  "bisect", "weakref", "traceback", "unittest", "logging", "argparse", "decimal",
                                  "fractions", "statistics", "textwrap", "pickle", "queue", "select", "signal"};
    for (const char* n : names)
        if (name == n) return true;
    return false;
}

// Find `name` (dotted) as a source file along `search_path`.
std::string find_source(const std::string& name, Value search_path) {
    std::string rel = name;
    for (char& c : rel)
        if (c == '.') c = '/';
    if (!search_path || !is_list(search_path)) return "";
    List* l = search_path.as<List>();
    for (int64_t i = 0; i < l->size; ++i) {
        if (!is_str(l->items[i])) continue;
        std::string dir(l->items[i].as<Str>()->view());
        std::string base = dir.empty() ? rel : dir + "/" + rel;
        if (is_file(base + ".py")) return base + ".py";
        if (is_file(base + "/__init__.py")) return base + "/__init__.py";
    }
    return "";
}

const BundledModule* find_bundled(const std::string& name) {
    for (const BundledModule* m = kBundledModules; m->name; ++m)
        if (name == m->name) return m;
    return nullptr;
}

Result<Ref> exec_module(const std::string& name, const std::string& path, const std::string& source);

Result<Ref> exec_source_module(const std::string& name, const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return raise_os_error(errno, make_str(path));
    std::stringstream ss;
    ss << in.rdbuf();
    return exec_module(name, path, ss.str());
}

// Bundled modules report a path under "<pyco>/lib" so tracebacks show
// where the code lives; their source is registered for traceback lines.
Result<Ref> exec_bundled_module(const BundledModule* m) {
    std::string rel = m->name;
    for (char& c : rel)
        if (c == '.') c = '/';
    std::string path = "<pyco>/lib/" + rel + (m->is_package ? "/__init__.py" : ".py");
    register_source(path, m->source);
    return exec_module(m->name, path, m->source);
}

Result<Ref> exec_module(const std::string& name, const std::string& path, const std::string& source) {
    Handle<Module> module = make_module(name);
    Dict* d = module->dict.as<Dict>();
    TRY(dict_set_str(d, intern("__file__"), make_str(path)));
    bool is_package = path.size() >= 12 && path.compare(path.size() - 12, 12, "/__init__.py") == 0;
    std::string package = is_package ? name : name.substr(0, name.rfind('.') == std::string::npos ? 0 : name.rfind('.'));
    TRY(dict_set_str(d, intern("__package__"), make_str(package)));
    if (is_package) {
        Handle<List> pkg_path = list_new();
        TRY(list_append(pkg_path.get(), make_str(path.substr(0, path.size() - 12))));
        TRY(dict_set_str(d, intern("__path__"), pkg_path));
    }
    TRY(dict_set_str(d, intern("__builtins__"), thread_state().builtins));
    TRY(dict_set(modules_dict(), make_str(name), module));
    Result<Ref> r = exec_source(source, path, d);
    if (r.failed()) {
        // A module that failed to execute is removed again, as CPython does.
        Ref pending = error_fetch();
        (void)dict_del(modules_dict(), make_str(name));
        error_restore(std::move(pending));
        return kError;
    }
    return module.ref();
}

// Import one fully qualified module (its parent must already be imported).
Result<Ref> import_one(const std::string& name, Value parent) {
    if (Value m = TRY(dict_get(modules_dict(), make_str(name)))) return Ref::borrow(m);
    Ref builtin = TRY(make_builtin_module(name));
    if (builtin) {
        TRY(dict_set(modules_dict(), make_str(name), builtin));
        return builtin;
    }
    if (const BundledModule* bundled = find_bundled(name)) {
        Ref module = TRY(exec_bundled_module(bundled));
        if (parent) TRY(setattr(parent, intern(name.substr(name.rfind('.') + 1)), module));
        return module;
    }
    Ref search_path;
    if (parent) {
        search_path = TRY(getattr_opt(parent, intern("__path__")));
        if (!search_path) {
            return raise_format(ModuleNotFoundError_type, "No module named '%s'; '%s' is not a package", name.c_str(),
                                name.substr(0, name.rfind('.')).c_str());
        }
    } else {
        search_path = TRY(getattr(thread_state().sys_module, intern("path")));
    }
    std::string leaf = parent ? name.substr(name.rfind('.') + 1) : name;
    std::string path = find_source(leaf, search_path);
    if (path.empty()) {
        if (is_unsupported_stdlib(name))
            return raise_format(ModuleNotFoundError_type, "No module named '%s' (pyco does not provide this standard-library module)",
                                name.c_str());
        ErrorTag e = raise_format(ModuleNotFoundError_type, "No module named '%s'", name.c_str());
        if (Value exc = error_peek()) exc.as<BaseException>()->name = make_str(name).ref();
        return e;
    }
    Ref module = TRY(exec_source_module(name, path));
    if (parent) TRY(setattr(parent, intern(leaf), module));
    // The module may have replaced itself in sys.modules.
    if (Value m = TRY(dict_get(modules_dict(), make_str(name)))) return Ref::borrow(m);
    return module;
}

Result<std::string> resolve_relative(Frame* frame, const std::string& name, int64_t level) {
    if (level == 0) return name;
    Value package = dict_get_str(frame->globals(), intern("__package__"));
    std::string base;
    if (package && is_str(package)) {
        base = std::string(package.as<Str>()->view());
    } else {
        Value modname = dict_get_str(frame->globals(), intern("__name__"));
        if (modname && is_str(modname)) {
            base = std::string(modname.as<Str>()->view());
            if (!dict_get_str(frame->globals(), intern("__path__"))) {
                size_t dot = base.rfind('.');
                base = dot == std::string::npos ? "" : base.substr(0, dot);
            }
        }
    }
    if (base.empty()) return raise(ImportError_type, "attempted relative import with no known parent package");
    for (int64_t i = 1; i < level; ++i) {
        size_t dot = base.rfind('.');
        if (dot == std::string::npos) return raise(ImportError_type, "attempted relative import beyond top-level package");
        base = base.substr(0, dot);
    }
    return name.empty() ? base : base + "." + name;
}

} // namespace

Result<Ref> import_module(const std::string& full_name) {
    Ref parent;
    Ref module;
    size_t start = 0;
    for (;;) {
        size_t dot = full_name.find('.', start);
        std::string prefix = full_name.substr(0, dot);
        module = TRY(import_one(prefix, parent));
        if (dot == std::string::npos) break;
        parent = module;
        start = dot + 1;
    }
    return module;
}

Result<Ref> import_name(Frame* frame, Str* name, Value fromlist, Value level_value) {
    int64_t level = 0;
    if (level_value && level_value.is_small_int()) level = level_value.as_small_int();
    std::string full = TRY(resolve_relative(frame, std::string(name->view()), level));
    Ref leaf = TRY(import_module(full));
    bool has_fromlist = fromlist && !fromlist.is(None()) && TRY(truthy(fromlist));
    if (has_fromlist) {
        // `from pkg import sub`: import submodules named in the fromlist.
        if (TRY(hasattr(leaf, intern("__path__"))) && is_tuple(fromlist)) {
            Tuple* names = fromlist.as<Tuple>();
            for (int64_t i = 0; i < names->size; ++i) {
                Str* item = names->items[i].as<Str>();
                if (item->view() == "*" || TRY(hasattr(leaf, item))) continue;
                Result<Ref> sub = import_module(full + "." + std::string(item->view()));
                if (sub.failed()) {
                    if (!error_matches(ModuleNotFoundError_type)) return kError;
                    error_clear();
                }
            }
        }
        return leaf;
    }
    if (level > 0 && name->size == 0) return leaf;
    // `import a.b.c` binds the top-level package.
    std::string top = full.substr(0, full.find('.'));
    if (level > 0) return leaf;
    Value m = TRY(dict_get(modules_dict(), make_str(top)));
    return Ref::borrow(m ? m : leaf.get());
}

Result<Ref> import_from(Value module, Str* name) {
    Result<Ref> r = getattr_opt(module, name);
    if (r.failed()) return kError;
    if (r.value()) return r;
    // A submodule not yet bound as an attribute may already be in sys.modules.
    Ref modname = TRY(getattr_opt(module, intern("__name__")));
    if (modname && is_str(modname)) {
        std::string full = std::string(modname.as<Str>()->view()) + "." + std::string(name->view());
        if (Value m = TRY(dict_get(modules_dict(), make_str(full)))) return Ref::borrow(m);
    }
    std::string mname = modname && is_str(modname) ? std::string(modname.as<Str>()->view()) : "<unknown module name>";
    Ref file = TRY(getattr_opt(module, intern("__file__")));
    if (file && is_str(file))
        return raise_format(ImportError_type, "cannot import name '%s' from '%s' (%s)", name->data, mname.c_str(),
                            file.as<Str>()->data);
    return raise_format(ImportError_type, "cannot import name '%s' from '%s' (unknown location)", name->data, mname.c_str());
}

Status import_star(Frame* frame, Value module) {
    if (!frame->locals()) return raise(SystemError_type, "no locals found during 'import *'");
    Ref all = TRY(getattr_opt(module, intern("__all__")));
    if (all) {
        return for_each(all, [&](Value n) -> Status {
            if (!is_str(n)) return raise(TypeError_type, "Item in __all__ must be str");
            Ref v = TRY(getattr(module, intern_str(n.as<Str>())));
            return store_name(frame, n.as<Str>(), v);
        });
    }
    Ref d = TRY(getattr(module, intern("__dict__")));
    if (!is_dict(d)) return raise(ImportError_type, "from-import-* object has no __dict__ and no __all__");
    Value k, v;
    for (int64_t pos = 0; dict_next(d.as<Dict>(), &pos, &k, &v);) {
        if (!is_str(k) || k.as<Str>()->view().starts_with("_")) continue;
        TRY(store_name(frame, k.as<Str>(), v));
    }
    return ok_status();
}

} // namespace pyco
