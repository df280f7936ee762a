// The `select` module: readiness notification for file descriptors, the
// native core under asyncio's event loop (lib/asyncio/selectors.py).
//
//   select.epoll     Linux epoll: register / modify / unregister / poll /
//                    close / fileno, closed, context manager
//   select.select    the portable call, implemented over poll(2) so that
//                    descriptors past FD_SETSIZE work too
//   EPOLL* / POLL*   the event masks
//
// Waiting follows PEP 475 as CPython does: a wait interrupted by a signal
// is retried with the remaining time, unless the signal was SIGINT, which
// surfaces as KeyboardInterrupt.
#include <poll.h>
#include <sys/epoll.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <string>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/arg_parse.h"
#include "runtime/callable.h"
#include "runtime/container_util.h"
#include "runtime/error.h"
#include "runtime/gc.h"
#include "runtime/select_module.h"
#include "runtime/stdio.h"
#include "vm/interpreter.h"
#include "vm/modules.h"

namespace pyco {

namespace {

TypeObject epoll_type;

struct Epoll : Object {
    int epfd; // -1 once closed
};

// ---------------------------------------------------------------- helpers

// A file descriptor argument: an int, or an object with fileno() (as
// CPython's PyObject_AsFileDescriptor).
Result<int> fd_from_object(Value obj) {
    Ref fileno_result;
    Value v = obj;
    if (!is_int(obj)) {
        Ref method = TRY(getattr_opt(obj, intern("fileno")));
        if (!method) return raise(TypeError_type, "argument must be an int, or have a fileno() method.");
        fileno_result = TRY(call(method.get(), {}));
        if (!is_int(fileno_result.get()))
            return raise(TypeError_type, "fileno() returned a non-integer");
        v = fileno_result.get();
    }
    int64_t fd = TRY(index_value(v, &OverflowError_type));
    if (fd < 0) return raise_format(ValueError_type, "file descriptor cannot be a negative integer (%lld)", static_cast<long long>(fd));
    if (fd > INT32_MAX) return raise(OverflowError_type, "fd is greater than maximum");
    return static_cast<int>(fd);
}

// A timeout in seconds (None: wait forever) as the deadline of a wait;
// a negative result means "no deadline". `negative_is_infinite` is epoll's
// rule (any negative timeout blocks); select() rejects negative values.
Result<double> timeout_seconds(Value timeout, bool negative_is_infinite) {
    if (!timeout || timeout.is(None())) return -1.0;
    double secs;
    if (is_float(timeout)) {
        secs = float_value(timeout);
    } else if (is_int(timeout)) {
        secs = static_cast<double>(TRY(index_value(timeout, &OverflowError_type)));
    } else {
        return raise(TypeError_type, "timeout must be an integer or None");
    }
    if (std::isnan(secs)) return raise(ValueError_type, "Invalid value NaN (not a number)");
    if (secs < 0) {
        if (negative_is_infinite) return -1.0;
        return raise(ValueError_type, "timeout must be non-negative");
    }
    return secs;
}

// Waits with `wait(timeout_ms)` (a poll-like call returning -1/errno on
// failure) until it succeeds, retrying after signals with the time left.
template <typename WaitFn>
Result<int> wait_retrying(double timeout_secs, WaitFn wait) {
    if (timeout_secs != 0) flush_stdout(); // output written before blocking is visible while we block
    double deadline = timeout_secs < 0 ? -1.0 : monotonic_seconds() + timeout_secs;
    for (;;) {
        int n = wait(wait_ms(deadline));
        if (n >= 0) return n;
        if (errno != EINTR) return raise_os_error(errno);
        if (thread_state().interrupt_pending) {
            thread_state().interrupt_pending = 0;
            return raise(KeyboardInterrupt_type);
        }
    }
}

// ---------------------------------------------------------------- epoll

Epoll* as_epoll(Value v) { return v.as<Epoll>(); }

Status check_open(Epoll* ep) {
    if (ep->epfd < 0) return raise(ValueError_type, "I/O operation on closed epoll object");
    return ok_status();
}

void epoll_close_fd(Epoll* ep) {
    if (ep->epfd >= 0) {
        ::close(ep->epfd);
        ep->epfd = -1;
    }
}

void epoll_dealloc(Object* self) {
    epoll_close_fd(static_cast<Epoll*>(self));
    free_object(self);
}

// epoll(sizehint=-1, flags=0): the descriptor is always close-on-exec.
Result<Ref> epoll_new(CallArgs args) {
    TypeObject* type = TRY(new_target(args, &epoll_type));
    Value arg[2] = {};
    TRY(parse_args(args, 1, ArgSpec{"epoll", {"sizehint", "flags"}}, arg));
    if (arg[0]) {
        int64_t sizehint = TRY(index_value(arg[0], &OverflowError_type));
        if (sizehint == 0 || sizehint < -1) return raise(ValueError_type, "negative sizehint");
    }
    if (arg[1]) {
        int64_t flags = TRY(index_value(arg[1], &OverflowError_type));
        if (flags != 0 && flags != EPOLL_CLOEXEC) return raise_os_error(EINVAL);
    }
    int fd = epoll_create1(EPOLL_CLOEXEC);
    if (fd < 0) return raise_os_error(errno);
    auto* ep = static_cast<Epoll*>(alloc_object(type, type->basicsize));
    ep->epfd = fd;
    return Ref::steal(Value(ep));
}

Result<Ref> epoll_close(const Value* args, size_t) {
    epoll_close_fd(as_epoll(args[0]));
    return Ref::borrow(None());
}

Result<Ref> epoll_closed(Value self) { return Ref::borrow(bool_value(as_epoll(self)->epfd < 0)); }

Result<Ref> epoll_fileno(const Value* args, size_t) {
    Epoll* ep = as_epoll(args[0]);
    TRY(check_open(ep));
    return make_int(ep->epfd);
}

Status epoll_control(Epoll* ep, int op, Value fd_obj, uint32_t events) {
    TRY(check_open(ep));
    int fd = TRY(fd_from_object(fd_obj));
    struct epoll_event ev {};
    ev.events = events;
    ev.data.fd = fd;
    if (epoll_ctl(ep->epfd, op, fd, &ev) < 0) return raise_os_error(errno);
    return ok_status();
}

Result<uint32_t> event_mask(Value v) {
    int64_t mask = TRY(index_value(v, &OverflowError_type));
    if (mask < 0 || mask > UINT32_MAX) return raise(OverflowError_type, "Python int too large to convert to C unsigned int");
    return static_cast<uint32_t>(mask);
}

Result<Ref> epoll_register(CallArgs args) {
    Value arg[2] = {};
    TRY(parse_args(args, 1, ArgSpec{"register", {"fd", "eventmask"}, 0, 1}, arg));
    uint32_t mask = arg[1] ? TRY(event_mask(arg[1])) : (EPOLLIN | EPOLLPRI | EPOLLOUT);
    TRY(epoll_control(as_epoll(args[0]), EPOLL_CTL_ADD, arg[0], mask));
    return Ref::borrow(None());
}

Result<Ref> epoll_modify(CallArgs args) {
    Value arg[2] = {};
    TRY(parse_args(args, 1, ArgSpec{"modify", {"fd", "eventmask"}, 0, 2}, arg));
    uint32_t mask = TRY(event_mask(arg[1]));
    TRY(epoll_control(as_epoll(args[0]), EPOLL_CTL_MOD, arg[0], mask));
    return Ref::borrow(None());
}

Result<Ref> epoll_unregister(CallArgs args) {
    Value arg[1] = {};
    TRY(parse_args(args, 1, ArgSpec{"unregister", {"fd"}, 0, 1}, arg));
    TRY(epoll_control(as_epoll(args[0]), EPOLL_CTL_DEL, arg[0], 0));
    return Ref::borrow(None());
}

// poll(timeout=None, maxevents=-1) -> [(fd, events), ...]
Result<Ref> epoll_poll(CallArgs args) {
    Value arg[2] = {};
    TRY(parse_args(args, 1, ArgSpec{"poll", {"timeout", "maxevents"}}, arg));
    Epoll* ep = as_epoll(args[0]);
    TRY(check_open(ep));
    double timeout = TRY(timeout_seconds(arg[0], true));
    int64_t maxevents = arg[1] ? TRY(index_value(arg[1], &OverflowError_type)) : -1;
    if (maxevents == -1) {
        maxevents = FD_SETSIZE - 1;
    } else if (maxevents < 1) {
        return raise_format(ValueError_type, "maxevents must be greater than 0, got %lld", static_cast<long long>(maxevents));
    } else if (maxevents > INT32_MAX / static_cast<int64_t>(sizeof(struct epoll_event))) {
        return raise_no_memory();
    }
    std::vector<struct epoll_event> events(static_cast<size_t>(maxevents));
    int epfd = ep->epfd;
    int n = TRY(wait_retrying(timeout, [&](int ms) {
        return epoll_wait(epfd, events.data(), static_cast<int>(maxevents), ms);
    }));
    Handle<List> result = list_new();
    for (int i = 0; i < n; ++i) {
        Handle<Tuple> item = tuple_pack({Value::small_int(events[i].data.fd), Value::small_int(events[i].events)});
        TRY(list_append(result.get(), item));
    }
    return std::move(result).ref();
}

Result<Ref> epoll_enter(const Value* args, size_t) {
    TRY(check_open(as_epoll(args[0])));
    return Ref::borrow(args[0]);
}

Result<Ref> epoll_exit(const Value* args, size_t) {
    epoll_close_fd(as_epoll(args[0]));
    return Ref::borrow(None());
}

const MethodDef epoll_methods[] = {
    {.name = "__new__", .kwfn = epoll_new, .kind = MethodKind::Static},
    {.name = "close", .fn = epoll_close, .min_args = 1, .max_args = 1},
    {.name = "fileno", .fn = epoll_fileno, .min_args = 1, .max_args = 1},
    {.name = "register", .kwfn = epoll_register},
    {.name = "modify", .kwfn = epoll_modify},
    {.name = "unregister", .kwfn = epoll_unregister},
    {.name = "poll", .kwfn = epoll_poll},
    {.name = "__enter__", .fn = epoll_enter, .min_args = 1, .max_args = 1},
    {.name = "__exit__", .fn = epoll_exit, .min_args = 1, .max_args = 4},
    {nullptr},
};

const GetSetDef epoll_getsets[] = {
    {"closed", epoll_closed},
    {nullptr},
};

// ---------------------------------------------------------------- select()

// One of select()'s three lists: the objects and their descriptors.
struct WatchList {
    std::vector<Ref> objects;
    std::vector<int> fds;
};

Status collect_fds(Value iterable, WatchList* out) {
    return for_each(iterable, [out](Value item) -> Status {
        int fd = TRY(fd_from_object(item));
        out->objects.push_back(Ref::borrow(item));
        out->fds.push_back(fd);
        return ok_status();
    });
}

// The objects of `list` whose descriptor reported one of `mask`'s events.
Result<Ref> ready_objects(const WatchList& list, const std::vector<struct pollfd>& polled, short mask) {
    Handle<List> result = list_new();
    for (size_t i = 0; i < list.fds.size(); ++i) {
        for (const struct pollfd& p : polled) {
            if (p.fd == list.fds[i] && (p.revents & mask)) {
                TRY(list_append(result.get(), list.objects[i].get()));
                break;
            }
        }
    }
    return std::move(result).ref();
}

// select(rlist, wlist, xlist[, timeout]) -> (rready, wready, xready)
Result<Ref> select_select(const Value* args, size_t nargs) {
    double timeout = TRY(timeout_seconds(nargs > 3 ? args[3] : Value(), false));
    WatchList lists[3];
    for (int i = 0; i < 3; ++i) TRY(collect_fds(args[i], &lists[i]));
    const short interest[3] = {POLLIN, POLLOUT, POLLPRI};
    std::vector<struct pollfd> polled;
    for (int i = 0; i < 3; ++i) {
        for (int fd : lists[i].fds) {
            auto same_fd = [fd](const struct pollfd& p) { return p.fd == fd; };
            auto found = std::find_if(polled.begin(), polled.end(), same_fd);
            if (found == polled.end()) polled.push_back({fd, interest[i], 0});
            else found->events |= interest[i];
        }
    }
    TRY(wait_retrying(timeout, [&](int ms) { return ::poll(polled.data(), polled.size(), ms); }));
    for (const struct pollfd& p : polled)
        if (p.revents & POLLNVAL) return raise_os_error(EBADF);
    // Errors and hang-ups count as "readable"/"writable" as select(2) reports them.
    const short ready[3] = {POLLIN | POLLHUP | POLLERR, POLLOUT | POLLERR, POLLPRI};
    Ref r = TRY(ready_objects(lists[0], polled, ready[0]));
    Ref w = TRY(ready_objects(lists[1], polled, ready[1]));
    Ref x = TRY(ready_objects(lists[2], polled, ready[2]));
    return tuple_pack({r.get(), w.get(), x.get()}).ref();
}

const MethodDef select_functions[] = {
    {"select", select_select, nullptr, 3, 4, MethodKind::Static},
    {nullptr},
};

struct IntConstant {
    const char* name;
    long value;
};

const IntConstant select_constants[] = {
    {"EPOLLIN", EPOLLIN},         {"EPOLLOUT", EPOLLOUT},         {"EPOLLPRI", EPOLLPRI},
    {"EPOLLERR", EPOLLERR},       {"EPOLLHUP", EPOLLHUP},         {"EPOLLET", static_cast<long>(EPOLLET)},
    {"EPOLLONESHOT", EPOLLONESHOT}, {"EPOLLEXCLUSIVE", EPOLLEXCLUSIVE}, {"EPOLLRDHUP", EPOLLRDHUP},
    {"EPOLLRDNORM", EPOLLRDNORM}, {"EPOLLRDBAND", EPOLLRDBAND},   {"EPOLLWRNORM", EPOLLWRNORM},
    {"EPOLLWRBAND", EPOLLWRBAND}, {"EPOLLMSG", EPOLLMSG},         {"EPOLL_CLOEXEC", EPOLL_CLOEXEC},
    {"POLLIN", POLLIN},           {"POLLOUT", POLLOUT},           {"POLLPRI", POLLPRI},
    {"POLLERR", POLLERR},         {"POLLHUP", POLLHUP},           {"POLLNVAL", POLLNVAL},
};

void init_epoll_type() {
    static bool done = false;
    if (done) return;
    done = true;
    init_native_type(&epoll_type, {.name = "epoll",
                                   .module = "select",
                                   .basicsize = sizeof(Epoll),
                                   .flags = 0, // not subclassable, as in CPython
                                   .dealloc = epoll_dealloc,
                                   .methods = epoll_methods,
                                   .getsets = epoll_getsets,
                                   .doc = "select.epoll(sizehint=-1, flags=0)\n\nReturns an epolling object."});
}

} // namespace

double monotonic_seconds() {
    struct timespec ts {};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

int wait_ms(double deadline) {
    if (deadline < 0) return -1;
    double left = deadline - monotonic_seconds();
    if (left <= 0) return 0;
    double ms = std::ceil(left * 1000.0);
    return ms > INT32_MAX ? INT32_MAX : static_cast<int>(ms);
}

Status fill_select_module(Dict* d) {
    init_epoll_type();
    TRY(add_functions(d, select_functions, make_str("select")));
    TRY(dict_set_str(d, intern("epoll"), Value(&epoll_type)));
    TRY(dict_set_str(d, intern("error"), Value(&OSError_type)));
    for (const IntConstant& c : select_constants) TRY(dict_set_str(d, intern(c.name), make_int(c.value)));
    return ok_status();
}

} // namespace pyco
