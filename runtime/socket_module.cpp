// The `socket` module: BSD sockets for asyncio's streams and servers.
//
// One native type, `socket.socket`, plays the part of CPython's
// `_socket.socket` plus the few methods its Python subclass in socket.py
// adds (accept() returning a socket, context management, the repr). The
// module also has getaddrinfo(), socketpair(), gethostname(), the default
// timeout, the usual constants and the exceptions (error = OSError,
// timeout = TimeoutError, gaierror, herror).
//
// Blocking behaviour follows CPython's sock_call(): a socket's timeout is
// -1 (blocking: the descriptor is blocking and calls simply wait), 0
// (non-blocking: EAGAIN becomes BlockingIOError) or a number of seconds
// (the descriptor is non-blocking and each call first polls for readiness,
// raising TimeoutError('timed out') when the time is up). Calls
// interrupted by a signal are retried (PEP 475) unless it was SIGINT.
#include <arpa/inet.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <cstring>
#include <memory>
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

TypeObject socket_type;
TypeObject gaierror_type;
TypeObject herror_type;

// Seconds; -1 = blocking. Applies to sockets created afterwards.
double default_timeout = -1;

struct Socket : Object {
    int fd;        // -1 once closed or detached
    int family;
    int type;      // without SOCK_NONBLOCK / SOCK_CLOEXEC
    int proto;
    double timeout; // -1 blocking, 0 non-blocking, > 0 seconds
    bool closed;   // close() was called (the repr says "[closed]")
};

Socket* as_socket(Value v) { return v.as<Socket>(); }

Result<Ref> none_result() { return Ref::borrow(None()); }

// ---------------------------------------------------------------- errors

// gaierror(code, gai_strerror(code)); EAI_SYSTEM carries an errno instead.
ErrorTag raise_gai_error(int code) {
    if (code == EAI_SYSTEM) return raise_os_error(errno);
    Ref number = make_int(code);
    Ref message = make_str(gai_strerror(code)).ref();
    Result<Ref> exc = make_exception_from_args(gaierror_type, tuple_pack({number.get(), message.get()}).get());
    if (exc.failed()) return kError;
    return raise_object(exc.take());
}

// SIGINT arrived while a call was interrupted: KeyboardInterrupt. Other
// signals: false, and the caller retries.
bool take_interrupt() {
    ThreadState& ts = thread_state();
    if (!ts.interrupt_pending) return false;
    ts.interrupt_pending = 0;
    (void)raise(KeyboardInterrupt_type);
    return true;
}

// ---------------------------------------------------------------- waiting

Status set_fd_blocking(int fd, bool blocking) {
    int flags = fcntl(fd, F_GETFL, 0);
    if (flags < 0) return raise_os_error(errno);
    int wanted = blocking ? (flags & ~O_NONBLOCK) : (flags | O_NONBLOCK);
    if (wanted != flags && fcntl(fd, F_SETFL, wanted) < 0) return raise_os_error(errno);
    return ok_status();
}

// Waits until the socket is readable (or writable) or `deadline` passes
// (negative: no deadline): true when ready, false on timeout.
Result<bool> wait_ready(Socket* s, bool writing, double deadline) {
    for (;;) {
        int ms = wait_ms(deadline);
        struct pollfd p {s->fd, static_cast<short>(writing ? POLLOUT : POLLIN), 0};
        int n = ::poll(&p, 1, ms);
        if (n >= 0) return n > 0;
        if (errno != EINTR) return raise_os_error(errno);
        if (take_interrupt()) return kError;
    }
}

// CPython's sock_call(): runs `attempt` (a syscall returning -1 with errno
// on failure) with the socket's blocking semantics. Returns its result.
template <typename Attempt>
Result<ssize_t> sock_call(Socket* s, bool writing, Attempt attempt) {
    double deadline = s->timeout > 0 ? monotonic_seconds() + s->timeout : 0;
    if (s->timeout != 0) flush_stdout(); // this call may block
    for (;;) {
        if (s->timeout > 0) {
            bool ready = TRY(wait_ready(s, writing, deadline));
            if (!ready) return raise(TimeoutError_type, "timed out");
        }
        ssize_t n = attempt();
        if (n >= 0) return n;
        if (errno == EINTR) {
            if (take_interrupt()) return kError;
            continue;
        }
        if (s->timeout > 0 && (errno == EWOULDBLOCK || errno == EAGAIN)) continue;
        return raise_os_error(errno);
    }
}

// ---------------------------------------------------------------- addresses

struct SockAddr {
    sockaddr_storage storage{};
    socklen_t length = 0;
    sockaddr* get() { return reinterpret_cast<sockaddr*>(&storage); }
};

// Host text of a str/bytes argument (the IDNA codec is not modelled:
// non-ASCII names go to the resolver as UTF-8).
Result<std::string> host_text(Value host, const char* caller) {
    if (is_str(host)) return std::string(host.as<Str>()->view());
    if (is_bytes(host)) return std::string(host.as<Bytes>()->view());
    return raise_format(TypeError_type, "%s(): argument must be str, bytes or bytearray, not %s", caller,
                        std::string(type_name(host)).c_str());
}

// CPython's setipaddr(): '' is INADDR_ANY, '<broadcast>' the broadcast
// address, numeric addresses are parsed directly, anything else is
// resolved for `family`.
Status resolve_host(const std::string& host, int family, SockAddr* out) {
    if (family == AF_INET && (host.empty() || host == "<broadcast>")) {
        auto* sin = reinterpret_cast<sockaddr_in*>(out->get());
        sin->sin_family = AF_INET;
        sin->sin_addr.s_addr = htonl(host.empty() ? INADDR_ANY : INADDR_BROADCAST);
        out->length = sizeof(sockaddr_in);
        return ok_status();
    }
    if (family == AF_INET6 && host.empty()) {
        auto* sin6 = reinterpret_cast<sockaddr_in6*>(out->get());
        sin6->sin6_family = AF_INET6;
        sin6->sin6_addr = in6addr_any;
        out->length = sizeof(sockaddr_in6);
        return ok_status();
    }
    struct addrinfo hints {};
    hints.ai_family = family;
    struct addrinfo* res = nullptr;
    int rc = getaddrinfo(host.c_str(), nullptr, &hints, &res);
    if (rc != 0) return raise_gai_error(rc);
    std::memcpy(&out->storage, res->ai_addr, res->ai_addrlen);
    out->length = res->ai_addrlen;
    freeaddrinfo(res);
    return ok_status();
}

Result<int> port_number(Value port, const char* caller) {
    if (!is_int(port))
        return raise_format(TypeError_type, "'%s' object cannot be interpreted as an integer", std::string(type_name(port)).c_str());
    int64_t p = 0;
    if (!int_to_int64(port, &p) || p < 0 || p > 65535)
        return raise_format(OverflowError_type, "%s(): port must be 0-65535.", caller);
    return static_cast<int>(p);
}

Status inet_address(Tuple* t, const char* caller, SockAddr* out) {
    if (t->size != 2) return raise(TypeError_type, "AF_INET address must be a pair (host, port)");
    std::string host = TRY(host_text(t->items[0], caller));
    int port = TRY(port_number(t->items[1], caller));
    TRY(resolve_host(host, AF_INET, out));
    reinterpret_cast<sockaddr_in*>(out->get())->sin_port = htons(static_cast<uint16_t>(port));
    return ok_status();
}

Status inet6_address(Tuple* t, const char* caller, SockAddr* out) {
    if (t->size < 2 || t->size > 4)
        return raise(TypeError_type, "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])");
    std::string host = TRY(host_text(t->items[0], caller));
    int port = TRY(port_number(t->items[1], caller));
    int64_t flowinfo = t->size > 2 ? TRY(index_value(t->items[2], &OverflowError_type)) : 0;
    int64_t scope_id = t->size > 3 ? TRY(index_value(t->items[3], &OverflowError_type)) : 0;
    if (flowinfo < 0 || flowinfo > 0xfffff) return raise_format(OverflowError_type, "%s(): flowinfo must be 0-1048575.", caller);
    TRY(resolve_host(host, AF_INET6, out));
    auto* sin6 = reinterpret_cast<sockaddr_in6*>(out->get());
    sin6->sin6_port = htons(static_cast<uint16_t>(port));
    sin6->sin6_flowinfo = htonl(static_cast<uint32_t>(flowinfo));
    sin6->sin6_scope_id = static_cast<uint32_t>(scope_id);
    return ok_status();
}

Status unix_address(Value path, SockAddr* out) {
    std::string text;
    if (is_str(path)) text = std::string(path.as<Str>()->view());
    else if (is_bytes(path)) text = std::string(path.as<Bytes>()->view());
    else return raise_format(TypeError_type, "a bytes-like object is required, not '%s'", std::string(type_name(path)).c_str());
    auto* sun = reinterpret_cast<sockaddr_un*>(out->get());
    if (text.size() >= sizeof(sun->sun_path)) return raise(OSError_type, "AF_UNIX path too long");
    sun->sun_family = AF_UNIX;
    std::memcpy(sun->sun_path, text.data(), text.size());
    out->length = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + text.size() + (text.empty() || text[0] ? 1 : 0));
    return ok_status();
}

// CPython's getsockaddrarg(): a Python address for the socket's family.
Status parse_address(Socket* s, Value addr, const char* caller, SockAddr* out) {
    if (s->family == AF_UNIX) return unix_address(addr, out);
    const char* family = s->family == AF_INET ? "AF_INET" : "AF_INET6";
    if (s->family != AF_INET && s->family != AF_INET6) return raise_format(OSError_type, "%s(): bad family", caller);
    if (!is_tuple(addr))
        return raise_format(TypeError_type, "%s(): %s address must be tuple, not %s", caller, family,
                            std::string(type_name(addr)).c_str());
    Tuple* t = addr.as<Tuple>();
    return s->family == AF_INET ? inet_address(t, caller, out) : inet6_address(t, caller, out);
}

// The Python form of a socket address (CPython's makesockaddr()).
Result<Ref> address_object(const sockaddr* sa, socklen_t length) {
    if (length == 0) return none_result();
    char text[INET6_ADDRSTRLEN] = {};
    switch (sa->sa_family) {
    case AF_INET: {
        auto* sin = reinterpret_cast<const sockaddr_in*>(sa);
        inet_ntop(AF_INET, &sin->sin_addr, text, sizeof(text));
        Ref port = make_int(ntohs(sin->sin_port));
        return tuple_pack({make_str(text).get(), port.get()}).ref();
    }
    case AF_INET6: {
        auto* sin6 = reinterpret_cast<const sockaddr_in6*>(sa);
        inet_ntop(AF_INET6, &sin6->sin6_addr, text, sizeof(text));
        Ref port = make_int(ntohs(sin6->sin6_port));
        Ref flow = make_int(ntohl(sin6->sin6_flowinfo));
        Ref scope = make_int(sin6->sin6_scope_id);
        return tuple_pack({make_str(text).get(), port.get(), flow.get(), scope.get()}).ref();
    }
    case AF_UNIX: {
        auto* sun = reinterpret_cast<const sockaddr_un*>(sa);
        size_t n = length > offsetof(sockaddr_un, sun_path) ? length - offsetof(sockaddr_un, sun_path) : 0;
        if (n > 0 && sun->sun_path[0] == '\0') return make_bytes(std::string_view(sun->sun_path, n)).ref(); // abstract
        return make_str(std::string_view(sun->sun_path, strnlen(sun->sun_path, n))).ref();
    }
    default:
        return tuple_pack({make_int(sa->sa_family).get(), make_bytes("").get()}).ref();
    }
}

// ---------------------------------------------------------------- objects

Status apply_timeout(Socket* s, double timeout) {
    s->timeout = timeout;
    if (s->fd < 0) return ok_status();
    return set_fd_blocking(s->fd, timeout < 0);
}

// A socket object of `type` around an open descriptor (taken over).
Result<Ref> wrap_fd(TypeObject* type, int fd, int family, int socktype, int proto) {
    auto* s = static_cast<Socket*>(alloc_object(type, type->basicsize));
    Ref result = Ref::steal(Value(s));
    s->fd = fd;
    s->family = family;
    s->type = socktype & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
    s->proto = proto;
    s->timeout = -1;
    TRY(apply_timeout(s, (socktype & SOCK_NONBLOCK) ? 0 : default_timeout));
    return result;
}

void close_fd(Socket* s) {
    if (s->fd >= 0) {
        ::close(s->fd);
        s->fd = -1;
    }
}

void socket_dealloc(Object* self) {
    close_fd(static_cast<Socket*>(self));
    free_object(self);
}

Result<Ref> socket_new(CallArgs args) {
    TypeObject* type = TRY(new_target(args, &socket_type));
    auto* s = static_cast<Socket*>(alloc_object(type, type->basicsize));
    s->fd = -1;
    s->family = AF_INET;
    s->type = SOCK_STREAM;
    s->timeout = -1;
    return Ref::steal(Value(s));
}

Result<int> optional_int(Value v, int fallback) {
    if (!v || v.is(None())) return fallback;
    int64_t i = TRY(index_value(v, &OverflowError_type));
    if (i < INT32_MIN || i > INT32_MAX) return raise(OverflowError_type, "signed integer is greater than maximum");
    return static_cast<int>(i);
}

int socket_option(int fd, int option) {
    int value = -1;
    socklen_t len = sizeof(value);
    if (getsockopt(fd, SOL_SOCKET, option, &value, &len) < 0) return -1;
    return value;
}

// socket(family=-1, type=-1, proto=-1, fileno=None)
Result<Ref> socket_init(CallArgs args) {
    Value arg[4] = {};
    TRY(parse_args(args, 1, ArgSpec{"socket", {"family", "type", "proto", "fileno"}}, arg));
    Socket* s = as_socket(args[0]);
    int family = TRY(optional_int(arg[0], -1));
    int socktype = TRY(optional_int(arg[1], -1));
    int proto = TRY(optional_int(arg[2], -1));
    int fd;
    if (arg[3] && !arg[3].is(None())) {
        fd = TRY(optional_int(arg[3], -1));
        if (fd < 0) return raise(ValueError_type, "negative file descriptor");
        // Adopting a descriptor: what it is comes from the kernel.
        if (family == -1) family = socket_option(fd, SO_DOMAIN);
        if (socktype == -1) socktype = socket_option(fd, SO_TYPE);
        if (proto == -1) proto = socket_option(fd, SO_PROTOCOL);
        if (family < 0 || socktype < 0) return raise_os_error(errno);
    } else {
        if (family == -1) family = AF_INET;
        if (socktype == -1) socktype = SOCK_STREAM;
        if (proto == -1) proto = 0;
        fd = ::socket(family, socktype | SOCK_CLOEXEC, proto);
        if (fd < 0) return raise_os_error(errno);
    }
    s->fd = fd;
    s->family = family;
    s->type = socktype & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
    s->proto = proto < 0 ? 0 : proto;
    s->closed = false;
    TRY(apply_timeout(s, (socktype & SOCK_NONBLOCK) ? 0 : default_timeout));
    return none_result();
}

// getsockname()/getpeername() as an address, or a null Ref with the OSError set.
template <typename Query>
Result<Ref> query_address(Socket* s, Query query) {
    SockAddr addr;
    addr.length = sizeof(addr.storage);
    if (query(s->fd, addr.get(), &addr.length) < 0) return raise_os_error(errno);
    return address_object(addr.get(), addr.length);
}

// "<socket.socket fd=3, family=2, type=1, proto=0, laddr=('0.0.0.0', 0)>",
// as socket.py's __repr__ (addresses only when the calls succeed).
Result<Ref> socket_repr(const Value* args, size_t) {
    Socket* s = as_socket(args[0]);
    TypeObject* type = args[0].type();
    std::string text = "<";
    Ref module = TRY(getattr_opt(Value(type), intern("__module__")));
    if (module && is_str(module.get())) text += std::string(module.as<Str>()->view()) + ".";
    text += std::string(type->qualname ? type->qualname.as<Str>()->view() : type->name_view());
    if (s->closed) text += " [closed]";
    text += " fd=" + std::to_string(s->fd) + ", family=" + std::to_string(s->family) + ", type=" + std::to_string(s->type) +
            ", proto=" + std::to_string(s->proto);
    if (s->fd >= 0) {
        for (auto [label, peer] : {std::pair{", laddr=", false}, std::pair{", raddr=", true}}) {
            Result<Ref> addr = peer ? query_address(s, ::getpeername) : query_address(s, ::getsockname);
            if (addr.failed()) {
                error_clear();
                continue;
            }
            Ref a = addr.take();
            if (!TRY(truthy(a.get()))) continue;
            text += label + TRY(str_text(a.get()));
        }
    }
    text += ">";
    return make_str(text).ref();
}

// ---------------------------------------------------------------- methods

Result<Ref> socket_fileno(const Value* args, size_t) { return make_int(as_socket(args[0])->fd); }

Result<Ref> socket_close(const Value* args, size_t) {
    Socket* s = as_socket(args[0]);
    s->closed = true;
    if (s->fd >= 0) {
        int fd = s->fd;
        s->fd = -1;
        // As CPython: ECONNRESET from close() means the peer is gone, not an error here.
        if (::close(fd) < 0 && errno != ECONNRESET && errno != EINTR) return raise_os_error(errno);
    }
    return none_result();
}

Result<Ref> socket_detach(const Value* args, size_t) {
    Socket* s = as_socket(args[0]);
    int fd = s->fd;
    s->fd = -1;
    return make_int(fd);
}

Result<Ref> socket_setblocking(const Value* args, size_t) {
    bool blocking = TRY(truthy(args[1]));
    TRY(apply_timeout(as_socket(args[0]), blocking ? -1 : 0));
    return none_result();
}

Result<Ref> socket_getblocking(const Value* args, size_t) {
    return Ref::borrow(bool_value(as_socket(args[0])->timeout != 0));
}

Result<double> timeout_value(Value v) {
    if (v.is(None())) return -1.0;
    double t;
    if (is_float(v)) t = float_value(v);
    else if (is_int(v)) t = static_cast<double>(TRY(index_value(v, &OverflowError_type)));
    else return raise_format(TypeError_type, "'%s' object cannot be interpreted as an integer", std::string(type_name(v)).c_str());
    if (std::isnan(t)) return raise(ValueError_type, "Invalid value NaN (not a number)");
    if (t < 0) return raise(ValueError_type, "Timeout value out of range");
    return t;
}

Result<Ref> timeout_object(double t) {
    if (t < 0) return none_result();
    return make_float(t);
}

Result<Ref> socket_settimeout(const Value* args, size_t) {
    double t = TRY(timeout_value(args[1]));
    TRY(apply_timeout(as_socket(args[0]), t));
    return none_result();
}

Result<Ref> socket_gettimeout(const Value* args, size_t) { return timeout_object(as_socket(args[0])->timeout); }

Result<Ref> socket_bind(const Value* args, size_t) {
    Socket* s = as_socket(args[0]);
    SockAddr addr;
    TRY(parse_address(s, args[1], "bind", &addr));
    if (::bind(s->fd, addr.get(), addr.length) < 0) return raise_os_error(errno);
    return none_result();
}

Result<Ref> socket_listen(const Value* args, size_t nargs) {
    Socket* s = as_socket(args[0]);
    int backlog = SOMAXCONN < 128 ? SOMAXCONN : 128;
    if (nargs > 1) {
        backlog = TRY(optional_int(args[1], backlog));
        if (backlog < 0) backlog = 0; // as CPython: negative means 0
    }
    if (::listen(s->fd, backlog) < 0) return raise_os_error(errno);
    return none_result();
}

// accept() -> (socket, address). The new socket gets the default timeout
// (blocking unless setdefaulttimeout() was called), as socket.py's accept().
Result<Ref> socket_accept(const Value* args, size_t) {
    Socket* s = as_socket(args[0]);
    SockAddr addr;
    ssize_t fd = TRY(sock_call(s, false, [&] {
        addr.length = sizeof(addr.storage);
        return static_cast<ssize_t>(::accept4(s->fd, addr.get(), &addr.length, SOCK_CLOEXEC));
    }));
    Ref conn = TRY(wrap_fd(&socket_type, static_cast<int>(fd), s->family, s->type, s->proto));
    Ref address = TRY(address_object(addr.get(), addr.length));
    return tuple_pack({conn.get(), address.get()}).ref();
}

// CPython's internal_connect(): 0 on success, else the errno (an error
// other than a connection failure is raised and reported as -1).
Result<int> connect_errno(Socket* s, Value address, const char* caller) {
    SockAddr addr;
    TRY(parse_address(s, address, caller, &addr));
    if (s->timeout != 0) flush_stdout();
    int rc = ::connect(s->fd, addr.get(), addr.length);
    if (rc == 0) return 0;
    int err = errno;
    bool in_progress = err == EINPROGRESS || err == EINTR;
    if (err == EINTR && take_interrupt()) return kError;
    if (!in_progress || s->timeout == 0) return err;
    // Blocking or with a timeout: wait for the connection to complete.
    double deadline = s->timeout > 0 ? monotonic_seconds() + s->timeout : -1;
    bool ready = TRY(wait_ready(s, true, deadline));
    if (!ready) return raise(TimeoutError_type, "timed out");
    int so_error = 0;
    socklen_t len = sizeof(so_error);
    if (getsockopt(s->fd, SOL_SOCKET, SO_ERROR, &so_error, &len) < 0) return errno;
    return so_error;
}

Result<Ref> socket_connect(const Value* args, size_t) {
    int err = TRY(connect_errno(as_socket(args[0]), args[1], "connect"));
    if (err != 0) return raise_os_error(err);
    return none_result();
}

Result<Ref> socket_connect_ex(const Value* args, size_t) {
    int err = TRY(connect_errno(as_socket(args[0]), args[1], "connect_ex"));
    return make_int(err);
}

Result<std::string_view> data_argument(Value data) {
    if (is_bytes(data)) return data.as<Bytes>()->view();
    return raise_format(TypeError_type, "a bytes-like object is required, not '%s'", std::string(type_name(data)).c_str());
}

Result<int> flags_argument(const Value* args, size_t nargs, size_t index) {
    if (nargs <= index) return 0;
    return optional_int(args[index], 0);
}

Result<Ref> socket_send(const Value* args, size_t nargs) {
    Socket* s = as_socket(args[0]);
    std::string_view data = TRY(data_argument(args[1]));
    int flags = TRY(flags_argument(args, nargs, 2)) | MSG_NOSIGNAL;
    ssize_t n = TRY(sock_call(s, true, [&] { return ::send(s->fd, data.data(), data.size(), flags); }));
    return make_int(n);
}

Result<Ref> socket_sendall(const Value* args, size_t nargs) {
    Socket* s = as_socket(args[0]);
    std::string_view data = TRY(data_argument(args[1]));
    int flags = TRY(flags_argument(args, nargs, 2)) | MSG_NOSIGNAL;
    while (!data.empty()) {
        ssize_t n = TRY(sock_call(s, true, [&] { return ::send(s->fd, data.data(), data.size(), flags); }));
        data.remove_prefix(static_cast<size_t>(n));
    }
    return none_result();
}

// Receive buffers past this size are refused up front (MemoryError) rather
// than attempted; CPython would try to allocate them.
constexpr int64_t kMaxRecvSize = int64_t{1} << 31;

Result<Ref> socket_recv(const Value* args, size_t nargs) {
    Socket* s = as_socket(args[0]);
    int64_t size = TRY(index_value(args[1], &OverflowError_type));
    if (size < 0) return raise(ValueError_type, "negative buffersize in recv");
    if (size > kMaxRecvSize) return raise_no_memory();
    int flags = TRY(flags_argument(args, nargs, 2));
    // Not zero-filled: asyncio asks for 256 KiB per read and usually gets a
    // few bytes (CPython's recv() leaves its buffer uninitialised too).
    auto buffer = std::make_unique_for_overwrite<char[]>(static_cast<size_t>(size));
    ssize_t n = TRY(sock_call(s, false, [&] { return ::recv(s->fd, buffer.get(), static_cast<size_t>(size), flags); }));
    return make_bytes(std::string_view(buffer.get(), static_cast<size_t>(n))).ref();
}

Result<Ref> socket_shutdown(const Value* args, size_t) {
    Socket* s = as_socket(args[0]);
    int how = TRY(optional_int(args[1], 0));
    if (::shutdown(s->fd, how) < 0) return raise_os_error(errno);
    return none_result();
}

Result<Ref> socket_getsockname(const Value* args, size_t) { return query_address(as_socket(args[0]), ::getsockname); }
Result<Ref> socket_getpeername(const Value* args, size_t) { return query_address(as_socket(args[0]), ::getpeername); }

// setsockopt(level, option, value): an int or a bytes buffer.
Result<Ref> socket_setsockopt(const Value* args, size_t) {
    Socket* s = as_socket(args[0]);
    int level = TRY(optional_int(args[1], 0));
    int option = TRY(optional_int(args[2], 0));
    int rc;
    if (is_int(args[3])) {
        int value = TRY(optional_int(args[3], 0));
        rc = ::setsockopt(s->fd, level, option, &value, sizeof(value));
    } else if (is_bytes(args[3])) {
        std::string_view buf = args[3].as<Bytes>()->view();
        rc = ::setsockopt(s->fd, level, option, buf.data(), static_cast<socklen_t>(buf.size()));
    } else {
        return raise_format(TypeError_type, "a bytes-like object is required, not '%s'", std::string(type_name(args[3])).c_str());
    }
    if (rc < 0) return raise_os_error(errno);
    return none_result();
}

// getsockopt(level, option[, buflen]): an int, or `buflen` raw bytes.
Result<Ref> socket_getsockopt(const Value* args, size_t nargs) {
    Socket* s = as_socket(args[0]);
    int level = TRY(optional_int(args[1], 0));
    int option = TRY(optional_int(args[2], 0));
    int buflen = nargs > 3 ? TRY(optional_int(args[3], 0)) : 0;
    if (buflen == 0) {
        int value = 0;
        socklen_t len = sizeof(value);
        if (::getsockopt(s->fd, level, option, &value, &len) < 0) return raise_os_error(errno);
        return make_int(value);
    }
    if (buflen < 0 || buflen > 1024) return raise(OSError_type, "getsockopt buflen out of range");
    std::string buffer(static_cast<size_t>(buflen), '\0');
    socklen_t len = static_cast<socklen_t>(buflen);
    if (::getsockopt(s->fd, level, option, buffer.data(), &len) < 0) return raise_os_error(errno);
    return make_bytes(std::string_view(buffer.data(), len)).ref();
}

Result<Ref> socket_enter(const Value* args, size_t) { return Ref::borrow(args[0]); }
Result<Ref> socket_exit(const Value* args, size_t) { return socket_close(args, 1); }

Result<Ref> socket_family(Value self) { return make_int(as_socket(self)->family); }
Result<Ref> socket_type_get(Value self) { return make_int(as_socket(self)->type); }
Result<Ref> socket_proto(Value self) { return make_int(as_socket(self)->proto); }
Result<Ref> socket_timeout_get(Value self) { return timeout_object(as_socket(self)->timeout); }

const MethodDef socket_methods[] = {
    {.name = "__new__", .kwfn = socket_new, .kind = MethodKind::Static},
    {.name = "__init__", .kwfn = socket_init},
    {.name = "__repr__", .fn = socket_repr, .min_args = 1, .max_args = 1},
    {.name = "__enter__", .fn = socket_enter, .min_args = 1, .max_args = 1},
    {.name = "__exit__", .fn = socket_exit, .min_args = 1, .max_args = 4},
    {.name = "fileno", .fn = socket_fileno, .min_args = 1, .max_args = 1},
    {.name = "close", .fn = socket_close, .min_args = 1, .max_args = 1},
    {.name = "detach", .fn = socket_detach, .min_args = 1, .max_args = 1},
    {.name = "setblocking", .fn = socket_setblocking, .min_args = 2, .max_args = 2},
    {.name = "getblocking", .fn = socket_getblocking, .min_args = 1, .max_args = 1},
    {.name = "settimeout", .fn = socket_settimeout, .min_args = 2, .max_args = 2},
    {.name = "gettimeout", .fn = socket_gettimeout, .min_args = 1, .max_args = 1},
    {.name = "bind", .fn = socket_bind, .min_args = 2, .max_args = 2},
    {.name = "listen", .fn = socket_listen, .min_args = 1, .max_args = 2},
    {.name = "accept", .fn = socket_accept, .min_args = 1, .max_args = 1},
    {.name = "connect", .fn = socket_connect, .min_args = 2, .max_args = 2},
    {.name = "connect_ex", .fn = socket_connect_ex, .min_args = 2, .max_args = 2},
    {.name = "send", .fn = socket_send, .min_args = 2, .max_args = 3},
    {.name = "sendall", .fn = socket_sendall, .min_args = 2, .max_args = 3},
    {.name = "recv", .fn = socket_recv, .min_args = 2, .max_args = 3},
    {.name = "shutdown", .fn = socket_shutdown, .min_args = 2, .max_args = 2},
    {.name = "getsockname", .fn = socket_getsockname, .min_args = 1, .max_args = 1},
    {.name = "getpeername", .fn = socket_getpeername, .min_args = 1, .max_args = 1},
    {.name = "setsockopt", .fn = socket_setsockopt, .min_args = 4, .max_args = 4},
    {.name = "getsockopt", .fn = socket_getsockopt, .min_args = 3, .max_args = 4},
    {nullptr},
};

const GetSetDef socket_getsets[] = {
    {"family", socket_family},
    {"type", socket_type_get},
    {"proto", socket_proto},
    {"timeout", socket_timeout_get},
    {nullptr},
};

// ---------------------------------------------------------------- functions

// The host/port of getaddrinfo(): None, str or bytes (ports also int).
Result<bool> optional_text(Value v, bool is_port, std::string* out) {
    if (v.is(None())) return false;
    if (is_str(v)) *out = std::string(v.as<Str>()->view());
    else if (is_bytes(v)) *out = std::string(v.as<Bytes>()->view());
    else if (is_port && is_int(v)) *out = TRY(str_text(v));
    else if (is_port) return raise(OSError_type, "Int or String expected");
    else return raise(TypeError_type, "getaddrinfo() argument 1 must be string or None");
    return true;
}

// getaddrinfo(host, port, family=0, type=0, proto=0, flags=0)
//   -> [(family, type, proto, canonname, sockaddr), ...]
Result<Ref> socket_getaddrinfo(CallArgs args) {
    Value arg[6] = {};
    TRY(parse_args(args, 0, ArgSpec{"getaddrinfo", {"host", "port", "family", "type", "proto", "flags"}, 0, 2}, arg));
    std::string host, port;
    bool has_host = TRY(optional_text(arg[0], false, &host));
    bool has_port = TRY(optional_text(arg[1], true, &port));
    struct addrinfo hints {};
    hints.ai_family = TRY(optional_int(arg[2], 0));
    hints.ai_socktype = TRY(optional_int(arg[3], 0));
    hints.ai_protocol = TRY(optional_int(arg[4], 0));
    hints.ai_flags = TRY(optional_int(arg[5], 0));
    struct addrinfo* res = nullptr;
    flush_stdout(); // name resolution may block
    int rc = ::getaddrinfo(has_host ? host.c_str() : nullptr, has_port ? port.c_str() : nullptr, &hints, &res);
    if (rc != 0) return raise_gai_error(rc);
    Handle<List> result = list_new();
    for (struct addrinfo* ai = res; ai; ai = ai->ai_next) {
        Result<Ref> address = address_object(ai->ai_addr, ai->ai_addrlen);
        if (address.failed()) {
            freeaddrinfo(res);
            return kError;
        }
        Ref family = make_int(ai->ai_family), type = make_int(ai->ai_socktype), proto = make_int(ai->ai_protocol);
        Handle<Str> canon = make_str(ai->ai_canonname ? ai->ai_canonname : "");
        Handle<Tuple> entry = tuple_pack({family.get(), type.get(), proto.get(), Value(canon.get()), address.take().get()});
        if (list_append(result.get(), entry).failed()) {
            freeaddrinfo(res);
            return kError;
        }
    }
    freeaddrinfo(res);
    return std::move(result).ref();
}

Result<Ref> socket_gethostname(const Value*, size_t) {
    char name[256] = {};
    if (::gethostname(name, sizeof(name) - 1) < 0) return raise_os_error(errno);
    return make_str(name).ref();
}

// socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0)
Result<Ref> socket_socketpair(const Value* args, size_t nargs) {
    int family = nargs > 0 ? TRY(optional_int(args[0], AF_UNIX)) : AF_UNIX;
    int socktype = nargs > 1 ? TRY(optional_int(args[1], SOCK_STREAM)) : SOCK_STREAM;
    int proto = nargs > 2 ? TRY(optional_int(args[2], 0)) : 0;
    int fds[2];
    if (::socketpair(family, socktype | SOCK_CLOEXEC, proto, fds) < 0) return raise_os_error(errno);
    Result<Ref> a = wrap_fd(&socket_type, fds[0], family, socktype, proto);
    if (a.failed()) {
        ::close(fds[1]);
        return kError;
    }
    Ref first = a.take();
    Ref second = TRY(wrap_fd(&socket_type, fds[1], family, socktype, proto));
    return tuple_pack({first.get(), second.get()}).ref();
}

// inet_pton(family, text) -> packed address bytes
Result<Ref> socket_inet_pton(const Value* args, size_t) {
    int family = TRY(optional_int(args[0], 0));
    if (!is_str(args[1]))
        return raise_format(TypeError_type, "inet_pton() argument 2 must be str, not %s", std::string(type_name(args[1])).c_str());
    std::string text(args[1].as<Str>()->view());
    unsigned char packed[sizeof(struct in6_addr)];
    int rc = ::inet_pton(family, text.c_str(), packed);
    if (rc < 0) return raise_os_error(errno);
    if (rc == 0) return raise(OSError_type, "illegal IP address string passed to inet_pton");
    size_t size = family == AF_INET ? sizeof(struct in_addr) : sizeof(struct in6_addr);
    return make_bytes(std::string_view(reinterpret_cast<char*>(packed), size)).ref();
}

// inet_ntop(family, packed) -> text
Result<Ref> socket_inet_ntop(const Value* args, size_t) {
    int family = TRY(optional_int(args[0], 0));
    std::string_view packed = TRY(data_argument(args[1]));
    size_t expected;
    if (family == AF_INET) expected = sizeof(struct in_addr);
    else if (family == AF_INET6) expected = sizeof(struct in6_addr);
    else return raise(ValueError_type, "unknown address family");
    if (packed.size() != expected) return raise(ValueError_type, "invalid length of packed IP address string");
    char text[INET6_ADDRSTRLEN] = {};
    if (!::inet_ntop(family, packed.data(), text, sizeof(text))) return raise_os_error(errno);
    return make_str(text).ref();
}

Result<Ref> socket_getdefaulttimeout(const Value*, size_t) { return timeout_object(default_timeout); }

Result<Ref> socket_setdefaulttimeout(const Value* args, size_t) {
    default_timeout = TRY(timeout_value(args[0]));
    return none_result();
}

const MethodDef socket_functions[] = {
    {.name = "getaddrinfo", .kwfn = socket_getaddrinfo, .kind = MethodKind::Static},
    {"gethostname", socket_gethostname, nullptr, 0, 0, MethodKind::Static},
    {"socketpair", socket_socketpair, nullptr, 0, 3, MethodKind::Static},
    {"inet_pton", socket_inet_pton, nullptr, 2, 2, MethodKind::Static},
    {"inet_ntop", socket_inet_ntop, nullptr, 2, 2, MethodKind::Static},
    {"getdefaulttimeout", socket_getdefaulttimeout, nullptr, 0, 0, MethodKind::Static},
    {"setdefaulttimeout", socket_setdefaulttimeout, nullptr, 1, 1, MethodKind::Static},
    {nullptr},
};

struct IntConstant {
    const char* name;
    long value;
};

const IntConstant socket_constants[] = {
    {"AF_UNSPEC", AF_UNSPEC},
    {"AF_INET", AF_INET},
    {"AF_INET6", AF_INET6},
    {"AF_UNIX", AF_UNIX},
    {"SOCK_STREAM", SOCK_STREAM},
    {"SOCK_DGRAM", SOCK_DGRAM},
    {"SOCK_RAW", SOCK_RAW},
    {"SOCK_NONBLOCK", SOCK_NONBLOCK},
    {"SOCK_CLOEXEC", SOCK_CLOEXEC},
    {"SOL_SOCKET", SOL_SOCKET},
    {"SO_REUSEADDR", SO_REUSEADDR},
    {"SO_REUSEPORT", SO_REUSEPORT},
    {"SO_KEEPALIVE", SO_KEEPALIVE},
    {"SO_BROADCAST", SO_BROADCAST},
    {"SO_LINGER", SO_LINGER},
    {"SO_ERROR", SO_ERROR},
    {"SO_TYPE", SO_TYPE},
    {"SO_RCVBUF", SO_RCVBUF},
    {"SO_SNDBUF", SO_SNDBUF},
    {"SOMAXCONN", SOMAXCONN},
    {"IPPROTO_IP", IPPROTO_IP},
    {"IPPROTO_TCP", IPPROTO_TCP},
    {"IPPROTO_UDP", IPPROTO_UDP},
    {"IPPROTO_IPV6", IPPROTO_IPV6},
    {"IPV6_V6ONLY", IPV6_V6ONLY},
    {"TCP_NODELAY", TCP_NODELAY},
    {"SHUT_RD", SHUT_RD},
    {"SHUT_WR", SHUT_WR},
    {"SHUT_RDWR", SHUT_RDWR},
    {"MSG_PEEK", MSG_PEEK},
    {"MSG_DONTWAIT", MSG_DONTWAIT},
    {"MSG_NOSIGNAL", MSG_NOSIGNAL},
    {"AI_PASSIVE", AI_PASSIVE},
    {"AI_CANONNAME", AI_CANONNAME},
    {"AI_NUMERICHOST", AI_NUMERICHOST},
    {"AI_NUMERICSERV", AI_NUMERICSERV},
    {"AI_ADDRCONFIG", AI_ADDRCONFIG},
    {"AI_V4MAPPED", AI_V4MAPPED},
    {"AI_ALL", AI_ALL},
    {"NI_NUMERICHOST", NI_NUMERICHOST},
    {"NI_NUMERICSERV", NI_NUMERICSERV},
    {"EAI_AGAIN", EAI_AGAIN},
    {"EAI_FAIL", EAI_FAIL},
    {"EAI_FAMILY", EAI_FAMILY},
    {"EAI_NONAME", EAI_NONAME},
    {"EAI_SERVICE", EAI_SERVICE},
    {"EAI_SOCKTYPE", EAI_SOCKTYPE},
};

void init_socket_types() {
    static bool done = false;
    if (done) return;
    done = true;
    init_native_type(&socket_type, {.name = "socket",
                                    .module = "socket",
                                    .basicsize = sizeof(Socket),
                                    .dealloc = socket_dealloc,
                                    .methods = socket_methods,
                                    .getsets = socket_getsets,
                                    .doc = "socket(family=AF_INET, type=SOCK_STREAM, proto=0, fileno=None)",
                                    .weakref_slot = true});
    init_exception_subtype(&gaierror_type, "gaierror", "socket", &OSError_type);
    init_exception_subtype(&herror_type, "herror", "socket", &OSError_type);
}

} // namespace

Status fill_socket_module(Dict* d) {
    init_socket_types();
    TRY(add_functions(d, socket_functions, make_str("socket")));
    TRY(dict_set_str(d, intern("socket"), Value(&socket_type)));
    TRY(dict_set_str(d, intern("SocketType"), Value(&socket_type)));
    TRY(dict_set_str(d, intern("error"), Value(&OSError_type)));
    TRY(dict_set_str(d, intern("timeout"), Value(&TimeoutError_type)));
    TRY(dict_set_str(d, intern("gaierror"), Value(&gaierror_type)));
    TRY(dict_set_str(d, intern("herror"), Value(&herror_type)));
    TRY(dict_set_str(d, intern("has_ipv6"), True()));
    for (const IntConstant& c : socket_constants) TRY(dict_set_str(d, intern(c.name), make_int(c.value)));
    return ok_status();
}

} // namespace pyco
