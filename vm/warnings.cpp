// CPython 3.11's default warning filters and format (see vm/warnings.h).
#include "vm/warnings.h"

#include <string>

#include "runtime/callable.h"
#include "runtime/error.h"
#include "runtime/source_cache.h"
#include "runtime/stdio.h"
#include "vm/interpreter.h"

namespace pyco {

namespace {

bool is_category(TypeObject* category, TypeObject& base) { return is_subtype(category, &base); }

// The default filter list (no -W, no PYTHONWARNINGS): false = ignored.
bool shown_by_default(TypeObject* category, Dict* globals) {
    if (is_category(category, DeprecationWarning_type)) {
        Value name = dict_get_str(globals, intern("__name__"));
        return name && is_str(name) && name.as<Str>()->view() == "__main__";
    }
    return !is_category(category, PendingDeprecationWarning_type) && !is_category(category, ImportWarning_type) &&
           !is_category(category, ResourceWarning_type);
}

// The "default" action: only the first warning per (text, category, line)
// of a module, remembered in its __warningregistry__ as CPython does (the
// registry exists once any warning was attributed to the module).
Result<bool> first_at_location(Dict* globals, std::string_view message, TypeObject* category, int lineno,
                               bool shown) {
    Str* key_name = intern("__warningregistry__");
    Value registry = dict_get_str(globals, key_name);
    if (!registry || !is_dict(registry)) {
        Handle<Dict> fresh = dict_new();
        TRY(dict_set_str(globals, key_name, fresh));
        registry = dict_get_str(globals, key_name);
    }
    // The filters' version the registry is valid for: with the default
    // filters, never changed, CPython's count is 0.
    Str* version = intern("version");
    if (!dict_get_str(registry.as<Dict>(), version)) TRY(dict_set_str(registry.as<Dict>(), version, Value::small_int(0)));
    Ref text = make_str(message).ref();
    Ref line = make_int(lineno);
    Handle<Tuple> key = tuple_pack({text, Value(category), line});
    if (!shown) return false;
    Value seen = TRY(dict_get(registry.as<Dict>(), key));
    if (seen && seen.is(True())) return false;
    TRY(dict_set(registry.as<Dict>(), key, True()));
    return true;
}

} // namespace

void warn_at_running_frame(TypeObject* category, std::string_view message, bool has_source) {
    Ref pending = error_fetch();
    ThreadState& ts = thread_state();
    Frame* frame = ts.frame;
    Dict* globals = frame ? frame->globals() : ts.sys_module.as<Module>()->dict.as<Dict>();
    std::string filename = frame ? std::string(frame->code->filename.as<Str>()->view()) : "sys";
    int lineno = frame ? frame->line() : 1;
    std::string name(category->name_view());
    Result<bool> first = first_at_location(globals, message, category, lineno, shown_by_default(category, globals));
    if (first.ok() && first.value()) {
        std::string text = filename + ":" + std::to_string(lineno) + ": " + name + ": " + std::string(message) + "\n";
        if (frame) {
            std::optional<std::string> line = source_line(filename, lineno);
            size_t start = line ? line->find_first_not_of(" \t\f") : std::string::npos;
            if (start != std::string::npos) {
                size_t end = line->find_last_not_of(" \t\f\r\n");
                text += "  " + line->substr(start, end - start + 1) + "\n";
            }
            // CPython's hint for a warning about an object; at shutdown its
            // import of tracemalloc fails and the hint is left out.
            if (has_source) text += name + ": Enable tracemalloc to get the object allocation traceback\n";
        }
        flush_stdout();
        write_stderr(text);
    }
    error_clear();
    if (pending) error_restore(std::move(pending));
}

} // namespace pyco
