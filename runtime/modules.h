// Built-in modules implemented in runtime/: each has a factory returning the
// module's namespace dict (the VM wraps it in a module object on import).
#pragma once

#include "runtime/objects.h"

namespace pyco {

Result<Ref> make_math_module(); // runtime/math_module.cpp

} // namespace pyco
