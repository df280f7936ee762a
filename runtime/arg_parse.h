// Argument binding for keyword-accepting natives (the one binder: every
// native taking keyword arguments goes through parse_args), with the exact messages
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
    // CPython's _PyArg_ParseStackAndKeywords (print()) names an unknown
    // keyword before counting: no "takes at most N arguments" error.
    bool count_first = true;
};

// Binds args[skip..] (skip = 1 for self or cls) to out[0..names.size()):
// borrowed values, null where a parameter was not passed.
Status parse_args(CallArgs args, size_t skip, const ArgSpec& spec, Value* out);

// For natives with *args before their named parameters (print, min, max,
// product): binds only the keyword arguments, which are all keyword-only;
// the positional ones are the caller's. "min() takes at most 2 keyword
// arguments (3 given)" as CPython's PyArg_ParseTupleAndKeywords on ().
Status parse_keywords(CallArgs args, const ArgSpec& spec, Value* out);

} // namespace pyco
