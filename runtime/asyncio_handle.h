// Internals shared by runtime/asyncio_handle.cpp (the `_asyncio.HandleCore`
// type) and runtime/asyncio_loop.cpp (the event loop's native fast paths).
#pragma once

#include "runtime/objects.h"

namespace pyco {

struct HandleCore : Object {
    Ref callback;
    Ref args; // Tuple
    Ref loop;
    Ref context;
    Ref repr;
    Ref source_traceback;
    Ref when; // TimerHandle: the loop time it is due at
    bool cancelled;
    bool scheduled; // TimerHandle: in the loop's heap
};

extern TypeObject handle_core_type;

void handle_init_fields(HandleCore* h, Value callback, Value args, Value loop, Value context);

// Whether instances of `type` are HandleCores whose fields (_cancelled,
// _when, _scheduled, _callback, _args, _repr, _loop) and _run() are
// HandleCore's own, reached through object's attribute access: then the
// loop may use the C++ fields and run_handle() for them.
bool plain_handle_type(TypeObject* type);

// handle._run() of a plain handle (HandleCore._run).
Status run_handle(Value handle);

// The loop's pieces a plain handle's cancel() needs (runtime/asyncio_loop.cpp):
// the dict of `loop` when it is a plain BaseEventLoop (see plain_loop_dict),
// else null.
Dict* plain_loop_dict(Value loop);

} // namespace pyco
