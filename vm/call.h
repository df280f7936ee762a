// Internal interfaces between the call machinery and the dispatch loop.
#pragma once

#include "runtime/type.h"
#include "vm/frame.h"

namespace pyco {

struct Generator;

// Bind call arguments into frame->slots() (positional, defaults, keywords,
// *args, **kwargs) raising CPython's TypeErrors; then create the cells.
Status bind_arguments(Frame* frame, Function* func, CallArgs args);
void setup_cells(Frame* frame, Function* func);

// Run a freshly bound arena frame to completion from native code (it is
// popped from the arena before returning).
Result<Ref> run_new_frame(Frame* frame);

// Enter the dispatch loop with `frame` as the entry frame (frame->entry is
// set). With `throwing`, the current exception is raised at the frame's
// current instruction first (generator.throw()). The caller has linked the
// frame and checked the recursion level and the C stack left
// (c_stack_exhausted(), vm/stack_limit.h): run_new_frame(), resuming a generator.
// `start`, when given, is the frame that runs first: the innermost level of
// the yield from chain the entry frame heads (vm/generator.h, "Chains").
Result<Ref> run_frame(Frame* frame, bool throwing, Frame* start = nullptr);

} // namespace pyco
