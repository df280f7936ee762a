// Built-in modules and the import entry points.
//
// Each built-in module has a factory that builds its namespace on first
// import; make_builtin_module() maps a module name to its factory.
#pragma once

#include <string>

#include "runtime/objects.h"

namespace pyco {

// The module object for a built-in module name, or a null Ref (no error)
// when `name` is not built in.
Result<Ref> make_builtin_module(const std::string& name);

// Import a dotted module name (absolute), as `import a.b.c` does; returns
// the leaf module.
Result<Ref> import_module(const std::string& full_name);

// Builtins that need the VM (vm/builtins_vm.cpp).
Status add_vm_builtins(Dict* builtins);
void init_builtins_vm_types();

// sys.set_asyncgen_hooks / sys.get_asyncgen_hooks (vm/async_generator.cpp).
extern const MethodDef asyncgen_hook_functions[];
// sys._getframe (vm/frame_object.cpp).
extern const MethodDef frame_sys_functions[];

// Module factories (each fills the module's namespace dict).
Status fill_sys_module(Dict* d);
Status fill_time_module(Dict* d);
Status fill_gc_module(Dict* d);
Status fill_select_module(Dict* d);      // runtime/select_module.cpp
Status fill_socket_module(Dict* d);      // runtime/socket_module.cpp
Status fill_asyncio_module(Dict* d);     // `_asyncio`: runtime/asyncio_module.cpp
Status fill_heapq_module(Dict* d);       // `_heapq`: runtime/heapq_module.cpp
Result<Ref> heapq_pop(Value heap);     // heapq.heappop(heap), for asyncio's loop
Status fill_itertools_module(Dict* d);   // runtime/itertools_module.cpp
Status fill_collections_module(Dict* d); // `_collections`: runtime/deque.cpp

} // namespace pyco
