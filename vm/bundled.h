// Modules written in Python and shipped inside the pyco binary (lib/*.py,
// embedded at build time by cmake/embed_python.cmake).
#pragma once

namespace pyco {

struct BundledModule {
    const char* name;   // dotted module name
    bool is_package;    // lib/<name>/__init__.py
    const char* source;
};

// Terminated by an entry with a null name.
extern const BundledModule kBundledModules[];

} // namespace pyco
