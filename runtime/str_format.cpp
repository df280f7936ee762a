// String formatting: str.__format__ (the format-spec mini-language for
// text), printf-style `str % args`, and str.format / str.format_map. Each
// mirrors its CPython 3.11 counterpart (Python/formatter_unicode.c,
// Objects/unicodeobject.c's PyUnicode_Format, Objects/stringlib/
// unicode_format.h), error messages included. The format-spec parser and
// the float-to-text conversion are the number types' (number_format.h), so
// str and numbers read specs and print floats one way.
#include <cstring>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/container_util.h"
#include "runtime/error.h"
#include "runtime/number_format.h"
#include "runtime/numbers.h"
#include "runtime/str_impl.h"

namespace pyco {

namespace {

std::string tname(Value v) { return std::string(type_name(v)); }

// ================================================================ str.__format__

// text (of `length` code points) padded to spec.width per spec.align.
void write_aligned(TextWriter& out, std::string_view text, int64_t length, const FormatSpec& spec) {
    int64_t total = spec.width > length ? spec.width : length;
    int64_t left = spec.align == '>' ? total - length : spec.align == '^' ? (total - length) / 2 : 0;
    char fill[4];
    std::string_view fill_text(fill, static_cast<size_t>(utf8_encode(spec.fill, fill)));
    out.append_repeated(fill_text, static_cast<size_t>(left));
    out.append(text);
    out.append_repeated(fill_text, static_cast<size_t>(total - length - left));
}

// str.__format__(spec): CPython's format_string_internal.
Result<Ref> str_dunder_format(const Value* args, size_t) {
    Value self = args[0];
    if (!is_str(args[1])) return raise_format(TypeError_type, "__format__() argument must be str, not %s", tname(args[1]).c_str());
    Str* s = as_str(self);
    std::string_view spec_text = as_str(args[1])->view();
    if (spec_text.empty()) return str(self);
    FormatSpec spec;
    TRY(parse_format_spec(spec_text, self, 's', '<', &spec));
    if (spec.type != 's') return unknown_format_code(spec.type, self);
    if (spec.sign == ' ') return raise(ValueError_type, "Space not allowed in string format specifier");
    if (spec.sign) return raise(ValueError_type, "Sign not allowed in string format specifier");
    if (spec.no_neg_0) return raise(ValueError_type, "Negative zero coercion (z) not allowed in string format specifier");
    if (spec.alternate) return raise(ValueError_type, "Alternate form (#) not allowed in string format specifier");
    if (spec.align == '=') return raise(ValueError_type, "'=' alignment not allowed in string format specifier");
    int64_t length = s->length;
    std::string_view text = s->view();
    if (spec.precision >= 0 && length > spec.precision) {
        length = spec.precision;
        text = str_substring(s, 0, length);
    }
    // The text itself (not str(self): a subclass's __str__ is not consulted).
    if (spec.width <= length && length == s->length) return same_or_new_text(self, text, TextKind::Str);
    TextWriter out;
    write_aligned(out, text, length, spec);
    return out.finish_str();
}

// ================================================================ str % args

enum : int { kLeft = 1, kSign = 2, kBlank = 4, kAlt = 8, kZero = 16 };

// One conversion specification: %[(key)][flags][width][.precision][length]type
struct Conversion {
    uint32_t type = 0;
    int flags = 0;
    int64_t width = -1;
    int64_t prec = -1;
    bool numeric = false; // sign and zero padding apply (CPython's arg->sign)
};

// The argument source of one formatting run (CPython's unicode_formatter_t):
// a tuple is consumed item by item; any other object is the single
// argument; a mapping also serves %(key) lookups.
class PercentArgs {
public:
    explicit PercentArgs(Value args) : args_(args) {
        if (is_tuple(args)) {
            arglen_ = args.as<Tuple>()->size;
            argidx_ = 0;
        }
        if (!is_tuple(args) && !is_str(args) && lookup_special(args.type(), Special::getitem)) dict_ = args;
    }

    Result<Value> next() {
        if (argidx_ < arglen_) {
            int64_t i = argidx_++;
            return arglen_ < 0 ? args_ : args_.as<Tuple>()->items[i];
        }
        return raise(TypeError_type, "not enough arguments for format string");
    }
    // %(key): the looked-up value becomes the one argument.
    Status select(std::string_view key) {
        if (!dict_) return raise(TypeError_type, "format requires a mapping");
        Ref k = make_str(key).ref();
        owned_ = TRY(getitem(dict_, k));
        args_ = owned_;
        arglen_ = -1;
        argidx_ = -2;
        return ok_status();
    }
    bool all_used() const { return argidx_ >= arglen_; }
    bool has_mapping() const { return bool(dict_); }

private:
    Value args_;
    Ref owned_;
    Value dict_;
    int64_t arglen_ = -1;
    int64_t argidx_ = -2;
};

// Reads the format after a '%' (CPython's unicode_format_arg_parse): key,
// flags, width, precision and length modifier, leaving *p at the type.
Status parse_conversion(const char*& p, const char* end, PercentArgs& args, Conversion* c) {
    auto incomplete = [] { return raise(ValueError_type, "incomplete format"); };
    if (*p == '(') {
        if (!args.has_mapping()) return raise(TypeError_type, "format requires a mapping");
        const char* key = ++p;
        int depth = 1;
        for (; p < end && depth > 0; ++p) depth += *p == '(' ? 1 : *p == ')' ? -1 : 0;
        if (depth > 0) return raise(ValueError_type, "incomplete format key");
        TRY(args.select(std::string_view(key, static_cast<size_t>(p - 1 - key))));
    }
    for (; p < end; ++p) {
        int flag = *p == '-' ? kLeft : *p == '+' ? kSign : *p == ' ' ? kBlank : *p == '#' ? kAlt : *p == '0' ? kZero : 0;
        if (!flag) break;
        c->flags |= flag;
    }
    if (p < end && *p == '*') {
        Value w = TRY(args.next());
        if (!is_int(w)) return raise(TypeError_type, "* wants int");
        c->width = TRY(ssize_arg(w));
        if (c->width < 0) {
            c->flags |= kLeft;
            c->width = -c->width;
        }
        ++p;
    } else if (p < end && *p >= '0' && *p <= '9') {
        c->width = 0;
        for (; p < end && *p >= '0' && *p <= '9'; ++p) {
            if (c->width > (INT64_MAX - (*p - '0')) / 10) return raise(ValueError_type, "width too big");
            c->width = c->width * 10 + (*p - '0');
        }
    }
    if (p < end && *p == '.') {
        c->prec = 0;
        ++p;
        if (p < end && *p == '*') {
            Value v = TRY(args.next());
            if (!is_int(v)) return raise(TypeError_type, "* wants int");
            int prec = TRY(c_int_arg(v));
            c->prec = prec < 0 ? 0 : prec;
            ++p;
        } else {
            for (; p < end && *p >= '0' && *p <= '9'; ++p) {
                if (c->prec > (INT32_MAX - (*p - '0')) / 10) return raise(ValueError_type, "precision too big");
                c->prec = c->prec * 10 + (*p - '0');
            }
        }
    }
    if (p < end && (*p == 'h' || *p == 'l' || *p == 'L')) ++p;
    if (p >= end) return incomplete();
    return ok_status();
}

bool is_number_like(Value v) {
    TypeObject* t = v.type();
    return is_int(v) || is_float(v) || lookup_special(t, Special::index) || lookup_special(t, Special::int_) ||
           lookup_special(t, Special::float_);
}

// "-"? ("0x" | "0X" | "0o")? digits with at least `prec` digits, for %d %i
// %u %o %x %X (CPython's _PyUnicode_FormatLong); `prec` < 0: no minimum.
void format_integer(TextWriter& out, Value v, const Conversion& c) {
    int base = c.type == 'o' ? 8 : (c.type == 'x' || c.type == 'X') ? 16 : 10;
    std::string digits = int_abs_digits(v, c.type == 'X' ? -base : base);
    if (int_sign(v) < 0) out.append('-');
    if ((c.flags & kAlt) && base != 10) {
        out.append('0');
        out.append(static_cast<char>(c.type == 'o' ? 'o' : c.type));
    }
    if (c.prec > static_cast<int64_t>(digits.size())) out.append_repeated('0', static_cast<size_t>(c.prec) - digits.size());
    out.append(digits);
}

ErrorTag number_required(const Conversion& c, Value v) {
    bool integer = c.type == 'o' || c.type == 'x' || c.type == 'X';
    return raise_format(TypeError_type, "%%%c format: %s is required, not %s", static_cast<char>(c.type),
                        integer ? "an integer" : "a real number", tname(v).c_str());
}

// The int an integer conversion formats: v itself, its __index__ (%o %x
// %X) or int(v) (%d %i %u, which truncate floats).
Result<Ref> integer_operand(Value v, const Conversion& c) {
    if (!is_number_like(v)) return number_required(c, v);
    if (is_int(v)) return Ref::borrow(v);
    bool index_only = c.type == 'o' || c.type == 'x' || c.type == 'X';
    Result<Ref> n = index_only ? index_object(v) : call(Value(&int_type), {v});
    if (n.failed() && error_matches(TypeError_type)) {
        error_clear();
        return number_required(c, v);
    }
    return n;
}

// %e %f %g %E %F %G: the precision defaults to 6 (PyOS_double_to_string).
Status format_real(TextWriter& out, Value v, const Conversion& c) {
    double d = TRY(as_double(v));
    unsigned flags = (c.flags & kAlt) ? unsigned{kFloatAlt} : 0u;
    std::string text = TRY(double_to_string(d, static_cast<char>(c.type), c.prec < 0 ? 6 : c.prec, flags));
    out.append(text);
    return ok_status();
}

Status format_char(TextWriter& out, Value v) {
    if (is_str(v)) {
        if (as_str(v)->length != 1) return raise(TypeError_type, "%c requires int or char");
        out.append(as_str(v)->view());
        return ok_status();
    }
    if (!is_int(v)) return raise(TypeError_type, "%c requires int or char");
    int64_t cp;
    if (!int_to_int64(v, &cp) || cp < 0 || cp > kMaxCodePoint) return raise(OverflowError_type, "%c arg not in range(0x110000)");
    if (is_surrogate(static_cast<uint32_t>(cp))) return raise(ValueError_type, "%c arg is a lone surrogate, which UTF-8 text cannot hold");
    out.append_code_point(static_cast<uint32_t>(cp));
    return ok_status();
}

// Pads one converted argument into `out` (CPython's unicode_format_arg_output):
// sign and the 0x/0o prefix go before zero padding, after space padding.
void write_conversion(TextWriter& out, const Conversion& c, std::string_view text) {
    int64_t len = utf8_length(text);
    int64_t width = c.width;
    if ((width == -1 || width <= len) && (c.prec == -1 || c.prec >= len) && !(c.flags & (kSign | kBlank))) {
        out.append(text);
        return;
    }
    if ((c.type == 's' || c.type == 'r' || c.type == 'a') && c.prec >= 0 && len > c.prec) {
        text = text.substr(0, utf8_offset(text, c.prec));
        len = c.prec;
    }
    bool sign = c.numeric;
    char fill = sign && (c.flags & kZero) ? '0' : ' ';
    char signchar = 0;
    if (sign) {
        if (!text.empty() && (text[0] == '-' || text[0] == '+')) {
            signchar = text[0];
            text.remove_prefix(1);
            --len;
        } else if (c.flags & kSign) {
            signchar = '+';
        } else if (c.flags & kBlank) {
            signchar = ' ';
        } else {
            sign = false;
        }
    }
    if (width < len) width = len;
    if (sign) {
        if (fill != ' ') out.append(signchar);
        if (width > len) --width;
    }
    bool prefix = (c.flags & kAlt) && (c.type == 'x' || c.type == 'X' || c.type == 'o');
    if (prefix) {
        if (fill != ' ') {
            out.append(text.substr(0, 2));
            text.remove_prefix(2);
        }
        width = std::max<int64_t>(width - 2, 0);
        len -= 2;
    }
    if (width > len && !(c.flags & kLeft)) {
        out.append_repeated(fill, static_cast<size_t>(width - len));
        width = len;
    }
    if (fill == ' ') {
        if (sign) out.append(signchar);
        if (prefix) {
            out.append(text.substr(0, 2));
            text.remove_prefix(2);
        }
    }
    out.append(text);
    if (width > len) out.append_repeated(' ', static_cast<size_t>(width - len));
}

// Formats one argument per `c` into its own text, then pads it into `out`.
Status format_one(TextWriter& out, Conversion& c, Value v, int64_t index) {
    TextWriter text;
    switch (c.type) {
    case 's': case 'r': case 'a': {
        Ref s = TRY(c.type == 's' ? str(v) : c.type == 'r' ? repr(v) : ascii(v));
        text.append(as_str(s)->view());
        break;
    }
    case 'i': case 'd': case 'u': case 'o': case 'x': case 'X': {
        Ref n = TRY(integer_operand(v, c));
        format_integer(text, n, c);
        c.numeric = true;
        break;
    }
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
        TRY(format_real(text, v, c));
        c.numeric = true;
        break;
    case 'c':
        TRY(format_char(text, v));
        break;
    default:
        return raise_format(ValueError_type, "unsupported format character '%c' (0x%x) at index %lld",
                            c.type >= 31 && c.type <= 126 ? static_cast<char>(c.type) : '?', c.type,
                            static_cast<long long>(index));
    }
    if (text.failed()) return raise_no_memory();
    write_conversion(out, c, text.view());
    return ok_status();
}

// format % args (CPython's PyUnicode_Format).
Result<Ref> percent_format(Str* format, Value args_value) {
    PercentArgs args(args_value);
    TextWriter out;
    const char* begin = format->data;
    const char* end = begin + format->size;
    for (const char* p = begin; p < end;) {
        const char* pct = static_cast<const char*>(std::memchr(p, '%', static_cast<size_t>(end - p)));
        if (!pct) {
            out.append(std::string_view(p, static_cast<size_t>(end - p)));
            break;
        }
        out.append(std::string_view(p, static_cast<size_t>(pct - p)));
        p = pct + 1;
        if (p == end) return raise(ValueError_type, "incomplete format");
        if (*p == '%') {
            out.append('%');
            ++p;
            continue;
        }
        Conversion c;
        TRY(parse_conversion(p, end, args, &c));
        const char* type_at = p;
        c.type = utf8_decode(p);
        Value v = TRY(args.next());
        int64_t index = format->ascii ? type_at - begin : utf8_length(std::string_view(begin, static_cast<size_t>(type_at - begin)));
        TRY(format_one(out, c, v, index));
    }
    if (!args.all_used() && !args.has_mapping()) return raise(TypeError_type, "not all arguments converted during string formatting");
    return out.finish_str();
}

Result<Ref> str_mod(const Value* args, size_t) { return percent_format(as_str(args[0]), args[1]); }

// str.__rmod__: only another str on the left formats with us as arguments.
Result<Ref> str_rmod(const Value* args, size_t) {
    if (!is_str(args[1])) return Ref::borrow(NotImplemented());
    return percent_format(as_str(args[1]), args[0]);
}

// ================================================================ str.format

// Where replacement fields find their values: positional arguments (absent
// for format_map) and a mapping for names.
struct FormatArgs {
    const Value* positional = nullptr;
    size_t npositional = 0;
    bool has_positional = false;
    Value mapping; // kwargs dict or format_map's argument; may be null
};

// Automatic ({}) versus manual ({0}) numbering, which may not be mixed.
struct AutoNumber {
    enum State { Init, Auto, Manual } state = Init;
    int64_t next = 0;
};

// A text range [begin, end) of code points, kept as UTF-8 pointers.
struct Span {
    const char* begin;
    const char* end;
    bool empty() const { return begin >= end; }
    std::string_view view() const { return std::string_view(begin, static_cast<size_t>(end - begin)); }
};

// Decimal value of the whole span (any script's digits), -1 if it is not
// all digits, kError on overflow (CPython's get_integer).
Result<int64_t> span_integer(Span s) {
    if (s.empty()) return -1;
    int64_t value = 0;
    for (const char* p = s.begin; p < s.end;) {
        int digit = unicode_decimal_value(utf8_decode(p));
        if (digit < 0) return -1;
        if (value > (INT64_MAX - digit) / 10) return raise(ValueError_type, "Too many decimal digits in format string");
        value = value * 10 + digit;
    }
    return value;
}

// The first part of a field name (before '.' or '['), resolved to an
// argument, numbering the empty name automatically.
Result<Ref> field_base(Span first, const FormatArgs& args, AutoNumber& autonum) {
    int64_t index = TRY(span_integer(first));
    bool numeric = first.empty() || index != -1;
    if (numeric) {
        if (autonum.state == AutoNumber::Init) autonum.state = first.empty() ? AutoNumber::Auto : AutoNumber::Manual;
        if (autonum.state == AutoNumber::Manual && first.empty())
            return raise(ValueError_type, "cannot switch from manual field specification to automatic field numbering");
        if (autonum.state == AutoNumber::Auto && !first.empty())
            return raise(ValueError_type, "cannot switch from automatic field numbering to manual field specification");
        if (first.empty()) index = autonum.next++;
    }
    if (!numeric) {
        Ref key = make_str(first.view()).ref();
        if (!args.mapping) return raise_key_error(key);
        return getitem(args.mapping, key);
    }
    if (!args.has_positional) return raise(ValueError_type, "Format string contains positional fields");
    if (static_cast<size_t>(index) >= args.npositional) {
        return raise_format(IndexError_type, "Replacement index %lld out of range for positional args tuple",
                            static_cast<long long>(index));
    }
    return Ref::borrow(args.positional[index]);
}

// Resolves "name(.attr|[key])*" (CPython's get_field_object).
Result<Ref> field_object(Span name, const FormatArgs& args, AutoNumber& autonum) {
    const char* p = name.begin;
    while (p < name.end && *p != '.' && *p != '[') ++p;
    Ref obj = TRY(field_base(Span{name.begin, p}, args, autonum));
    while (p < name.end) {
        bool attribute = *p == '.';
        if (*p != '.' && *p != '[') return raise(ValueError_type, "Only '.' or '[' may follow ']' in format field specifier");
        const char* start = ++p;
        if (attribute) {
            while (p < name.end && *p != '.' && *p != '[') ++p;
        } else {
            while (p < name.end && *p != ']') ++p;
            if (p == name.end) return raise(ValueError_type, "Missing ']' in format string");
        }
        Span part{start, p};
        if (!attribute) ++p; // past ']'
        if (part.empty()) return raise(ValueError_type, "Empty attribute in format string");
        if (attribute) {
            obj = TRY(getattr(obj, intern(part.view())));
            continue;
        }
        int64_t index = TRY(span_integer(part));
        Ref key = index >= 0 ? make_int(index) : make_str(part.view()).ref();
        obj = TRY(getitem(obj, key));
    }
    return obj;
}

// One replacement field, split into its parts (CPython's parse_field).
struct Field {
    Span name;
    uint32_t conversion = 0;
    Span spec{nullptr, nullptr};
    bool spec_needs_expanding = false;
};

// Parses the field after its '{', leaving *p after its closing '}'.
Status parse_field(const char*& p, const char* end, Field* f) {
    f->name.begin = p;
    uint32_t c = 0;
    while (p < end) {
        c = static_cast<unsigned char>(*p++);
        if (c == '{') return raise(ValueError_type, "unexpected '{' in field name");
        if (c == '[') {
            while (p < end && *p != ']') ++p;
            continue;
        }
        if (c == '}' || c == ':' || c == '!') break;
    }
    f->name.end = p - 1;
    if (c != '!' && c != ':') {
        if (c != '}') return raise(ValueError_type, "expected '}' before end of string");
        return ok_status();
    }
    if (c == '!') {
        if (p >= end) return raise(ValueError_type, "end of string while looking for conversion specifier");
        f->conversion = utf8_decode(p);
        if (p < end) {
            char next = *p++;
            if (next == '}') return ok_status();
            if (next != ':') return raise(ValueError_type, "expected ':' after conversion specifier");
        }
    }
    f->spec.begin = p;
    for (int depth = 1; p < end;) {
        char ch = *p++;
        if (ch == '{') {
            f->spec_needs_expanding = true;
            ++depth;
        } else if (ch == '}' && --depth == 0) {
            f->spec.end = p - 1;
            return ok_status();
        }
    }
    return raise(ValueError_type, "unmatched '{' in format spec");
}

Result<Ref> convert_field(Value obj, uint32_t conversion) {
    switch (conversion) {
    case 'r': return repr(obj);
    case 's': return str(obj);
    case 'a': return ascii(obj);
    }
    if (conversion > 32 && conversion < 127)
        return raise_format(ValueError_type, "Unknown conversion specifier %c", static_cast<char>(conversion));
    return raise_format(ValueError_type, "Unknown conversion specifier \\x%x", conversion);
}

Status build_string(TextWriter& out, Span input, const FormatArgs& args, int depth, AutoNumber& autonum);

Status render_field(TextWriter& out, const Field& f, const FormatArgs& args, int depth, AutoNumber& autonum) {
    Ref obj = TRY(field_object(f.name, args, autonum));
    if (f.conversion) obj = TRY(convert_field(obj, f.conversion));
    Ref spec;
    if (f.spec_needs_expanding) {
        TextWriter expanded;
        TRY(build_string(expanded, f.spec, args, depth - 1, autonum));
        spec = TRY(expanded.finish_str());
    } else {
        spec = f.spec.begin ? make_str(f.spec.view()).ref() : Ref::borrow(empty_str());
    }
    Ref text = TRY(format(obj, spec));
    out.append(as_str(text)->view());
    return ok_status();
}

// The literal text and replacement fields of `input` (CPython's
// MarkupIterator / build_string). `depth` bounds nested specs: "{:{}}" works,
// "{:{:{}}}" does not.
Status build_string(TextWriter& out, Span input, const FormatArgs& args, int depth, AutoNumber& autonum) {
    if (depth <= 0) return raise(ValueError_type, "Max string recursion exceeded");
    const char* p = input.begin;
    const char* end = input.end;
    while (p < end) {
        const char* brace = p;
        while (brace < end && *brace != '{' && *brace != '}') ++brace;
        out.append(std::string_view(p, static_cast<size_t>(brace - p)));
        if (brace == end) break;
        char c = *brace;
        p = brace + 1;
        bool doubled = p < end && *p == c;
        if (c == '}' && !doubled) return raise(ValueError_type, "Single '}' encountered in format string");
        if (c == '{' && p == end) return raise(ValueError_type, "Single '{' encountered in format string");
        if (doubled) {
            out.append(c);
            ++p;
            continue;
        }
        Field f;
        TRY(parse_field(p, end, &f));
        TRY(render_field(out, f, args, depth, autonum));
    }
    return ok_status();
}

Result<Ref> run_format(Str* format, const FormatArgs& args) {
    TextWriter out;
    AutoNumber autonum;
    TRY(build_string(out, Span{format->data, format->data + format->size}, args, 2, autonum));
    return out.finish_str();
}

// str.format(*args, **kwargs)
Result<Ref> str_format(CallArgs call_args) {
    FormatArgs args;
    args.positional = call_args.args + 1;
    args.npositional = call_args.nargs - 1;
    args.has_positional = true;
    Handle<Dict> kwargs;
    if (call_args.nkw() > 0) {
        kwargs = dict_new();
        for (size_t k = 0; k < call_args.nkw(); ++k)
            TRY(dict_set(kwargs.get(), call_args.kwnames->items[k], call_args.args[call_args.nargs + k]));
        args.mapping = kwargs;
    }
    return run_format(as_str(call_args.args[0]), args);
}

Result<Ref> str_format_map(const Value* args, size_t) {
    FormatArgs fargs;
    fargs.mapping = args[1];
    return run_format(as_str(args[0]), fargs);
}

} // namespace

const MethodDef str_format_methods[] = {
    {.name = "__format__", .fn = str_dunder_format, .min_args = 2, .max_args = 2},
    {.name = "__mod__", .fn = str_mod, .min_args = 2, .max_args = 2},
    {.name = "__rmod__", .fn = str_rmod, .min_args = 2, .max_args = 2},
    {.name = "format", .kwfn = str_format},
    {.name = "format_map", .fn = str_format_map, .min_args = 2, .max_args = 2},
    {nullptr},
};

} // namespace pyco
