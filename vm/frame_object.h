// Frame objects: the Python-visible `frame` (tb_frame, sys._getframe(),
// gi_frame / cr_frame / ag_frame, f_back).
//
// Frames themselves are not objects (arena records, or inline in a
// generator). As in CPython, a frame object is created lazily, only when
// something asks for one, and is cached per frame (Frame::has_frame_object
// plus a side table, so the frame header does not grow). While the frame
// runs, the object is a view of it. When the frame ends while the object is
// still alive, frame_clear() hands the frame's code, namespaces and locals
// to the object (CPython's take_ownership): a traceback keeps a finished
// frame's locals alive, and f_back is fixed at that moment. Calls that never
// ask for a frame object pay nothing but frame_clear()'s test of the flag.
#pragma once

#include "vm/frame.h"

namespace pyco {

extern TypeObject frame_type;

// The frame object of `frame` (created on first use, then the same object).
Ref frame_object_for(Frame* frame);
// Called by frame_clear() when frame->has_frame_object: the frame object
// takes its own copy of the frame (header, locals, cells and value stack).
void frame_take_ownership(Frame* frame);

// A one-entry traceback for the innermost running Python frame (null when
// none runs), as CPython gives an unraisable exception that has none.
Ref traceback_at_running_frame();

void init_frame_object_type();

} // namespace pyco
