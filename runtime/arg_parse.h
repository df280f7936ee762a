// Argument binding for keyword-accepting natives, with the exact messages
// of CPython's Argument Clinic (_PyArg_UnpackKeywords): "to_bytes() takes at
// most 2 positional arguments (3 given)", "'x' is an invalid keyword
// argument for isclose()", "from_bytes() missing required argument 'bytes'
// (pos 1)", "argument for f() given by name ('x') and position (1)".
#pragma once

#include <initializer_list>

#include "runtime/type.h"

namespace pyco {

struct ArgSpec {
    const char* fname;                        // as shown in messages: "to_bytes"
    std::initializer_list<const char*> names; // every parameter, in order
    int posonly = 0;                          // names[0..posonly) are positional-only
    int minpos = 0;                           // the first minpos parameters are required
    int maxpos = -1;                          // how many may be positional (-1: all)
};

// Binds args[skip..] (skip = 1 for self or cls) to out[0..names.size()):
// borrowed values, null where a parameter was not passed.
Status parse_args(CallArgs args, size_t skip, const ArgSpec& spec, Value* out);

} // namespace pyco
