// Argument Clinic style binding (see arg_parse.h).
#include "runtime/arg_parse.h"

#include <algorithm>
#include <string>

#include "runtime/error.h"

namespace pyco {

namespace {

Value find_keyword(CallArgs args, const char* name) {
    for (size_t k = 0; k < args.nkw(); ++k)
        if (args.kwnames->items[k].as<Str>()->view() == name) return args.args[args.nargs + k];
    return Value();
}

} // namespace

Status parse_args(CallArgs args, size_t skip, const ArgSpec& spec, Value* out) {
    const char* fname = spec.fname;
    const int maxargs = static_cast<int>(spec.names.size());
    const int maxpos = spec.maxpos < 0 ? maxargs : spec.maxpos;
    const int nargs = static_cast<int>(args.nargs - skip);
    int nkwargs = static_cast<int>(args.nkw());
    const int minposonly = std::min(spec.posonly, spec.minpos);
    const char* const* names = spec.names.begin();

    if (spec.count_first && nargs + nkwargs > maxargs) {
        return raise_format(TypeError_type, "%s() takes at most %d %sargument%s (%d given)", fname, maxargs,
                            nargs == 0 ? "keyword " : "", maxargs == 1 ? "" : "s", nargs + nkwargs);
    }
    if (nargs > maxpos) {
        if (maxpos == 0) return raise_format(TypeError_type, "%s() takes no positional arguments", fname);
        return raise_format(TypeError_type, "%s() takes %s %d positional argument%s (%d given)", fname,
                            spec.minpos < maxpos ? "at most" : "exactly", maxpos, maxpos == 1 ? "" : "s", nargs);
    }
    if (nargs < minposonly) {
        return raise_format(TypeError_type, "%s() takes %s %d positional argument%s (%d given)", fname,
                            minposonly < maxpos ? "at least" : "exactly", minposonly, minposonly == 1 ? "" : "s", nargs);
    }
    for (int i = 0; i < nargs; ++i) out[i] = args.args[skip + static_cast<size_t>(i)];
    for (int i = std::max(nargs, spec.posonly); i < maxargs; ++i) {
        Value arg = nkwargs ? find_keyword(args, names[i]) : Value();
        out[i] = arg;
        if (arg) {
            --nkwargs;
        } else if (i < spec.minpos) {
            return raise_format(TypeError_type, "%s() missing required argument '%s' (pos %d)", fname, names[i], i + 1);
        }
    }
    if (nkwargs > 0) {
        for (int i = spec.posonly; i < nargs; ++i) {
            if (find_keyword(args, names[i])) {
                return raise_format(TypeError_type, "argument for %s() given by name ('%s') and position (%d)", fname,
                                    names[i], i + 1);
            }
        }
        for (size_t k = 0; k < args.nkw(); ++k) {
            std::string_view key = args.kwnames->items[k].as<Str>()->view();
            bool known = false;
            for (int i = spec.posonly; i < maxargs; ++i) known = known || key == names[i];
            if (!known) {
                return raise_format(TypeError_type, "'%.*s' is an invalid keyword argument for %s()",
                                    static_cast<int>(key.size()), key.data(), fname);
            }
        }
    }
    return ok_status();
}

Status parse_keywords(CallArgs args, const ArgSpec& spec, Value* out) {
    return parse_args(CallArgs{args.args + args.nargs, 0, args.kwnames}, 0, spec, out);
}

} // namespace pyco
