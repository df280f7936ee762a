// The parts of the `_asyncio` module (runtime/asyncio_module.cpp) that live
// in their own files.
#pragma once

#include "runtime/objects.h"

namespace pyco {

// Adds `HandleCore` (runtime/asyncio_handle.cpp) to the module's namespace.
Status add_asyncio_handle_type(Dict* d);

// Adds the event loop's fast paths (runtime/asyncio_loop.cpp) to the module.
Status add_asyncio_loop_functions(Dict* d);

// Adds the Queue fast paths (runtime/asyncio_queue.cpp) to the module.
Status add_asyncio_queue_functions(Dict* d);

// loop.call_soon(callback[, arg]), without a Python call when the loop uses
// BaseEventLoop's call_soon (runtime/asyncio_loop.cpp).
Status loop_call_soon(Value loop, Value callback, Value arg);

} // namespace pyco
