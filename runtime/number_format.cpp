// Format specs for numbers and float -> text conversion (see number_format.h).
#include "runtime/number_format.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <vector>

#include "runtime/abstract.h"
#include "runtime/error.h"
#include "runtime/numbers.h"
#include "runtime/unicode.h"

namespace pyco {

namespace {

std::string tname(Value v) { return std::string(type_name(v)); }

// Formatted numbers longer than this raise MemoryError instead of trying
// ('{:1000000000000}', '.2000000000f').
constexpr int64_t kMaxFormattedLength = int64_t(1) << 30;

// ================================================================ spec parsing

bool is_alignment(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

// Decimal digits (of any script, as CPython) at cps[*pos...]: how many were
// read; the value in *out. ValueError on int64 overflow.
Result<int> read_integer(const std::vector<uint32_t>& cps, size_t* pos, int64_t* out) {
    int count = 0;
    int64_t value = 0;
    for (; *pos < cps.size(); ++*pos, ++count) {
        int digit = unicode_decimal_value(cps[*pos]);
        if (digit < 0) break;
        if (value > (INT64_MAX - digit) / 10) return raise(ValueError_type, "Too many decimal digits in format string");
        value = value * 10 + digit;
    }
    *out = value;
    return count;
}

ErrorTag cannot_group(uint32_t grouping, uint32_t type) {
    if (type > 32 && type < 128)
        return raise_format(ValueError_type, "Cannot specify '%c' with '%c'.", static_cast<char>(grouping), static_cast<char>(type));
    return raise_format(ValueError_type, "Cannot specify '%c' with '\\x%x'.", static_cast<char>(grouping), type);
}

} // namespace

Status parse_format_spec(std::string_view spec_text, Value obj, uint32_t default_type, uint32_t default_align,
                         FormatSpec* spec) {
    std::vector<uint32_t> cps;
    for (const char* p = spec_text.data(); p < spec_text.data() + spec_text.size();) cps.push_back(utf8_decode(p));
    const size_t end = cps.size();
    size_t pos = 0;
    spec->align = default_align;
    spec->type = default_type;
    bool fill_given = false, align_given = false;
    if (end >= 2 && is_alignment(cps[1])) {
        spec->fill = cps[0];
        spec->align = cps[1];
        fill_given = align_given = true;
        pos = 2;
    } else if (end >= 1 && is_alignment(cps[0])) {
        spec->align = cps[0];
        align_given = true;
        pos = 1;
    }
    if (pos < end && (cps[pos] == '+' || cps[pos] == '-' || cps[pos] == ' ')) spec->sign = cps[pos++];
    if (pos < end && cps[pos] == 'z') {
        spec->no_neg_0 = true;
        ++pos;
    }
    if (pos < end && cps[pos] == '#') {
        spec->alternate = true;
        ++pos;
    }
    // '0' before the width: zero fill, and sign-aware for right-aligned types.
    if (!fill_given && pos < end && cps[pos] == '0') {
        spec->fill = '0';
        if (!align_given && default_align == '>') spec->align = '=';
        ++pos;
    }
    if (TRY(read_integer(cps, &pos, &spec->width)) == 0) spec->width = -1;
    if (pos < end && cps[pos] == ',') {
        spec->grouping = ',';
        ++pos;
    }
    if (pos < end && cps[pos] == '_') {
        if (spec->grouping) return raise(ValueError_type, "Cannot specify both ',' and '_'.");
        spec->grouping = '_';
        ++pos;
    }
    if (pos < end && cps[pos] == ',' && spec->grouping == '_') return raise(ValueError_type, "Cannot specify both ',' and '_'.");
    if (pos < end && cps[pos] == '.') {
        ++pos;
        if (TRY(read_integer(cps, &pos, &spec->precision)) == 0)
            return raise(ValueError_type, "Format specifier missing precision");
    }
    if (end - pos > 1) {
        return raise_format(ValueError_type, "Invalid format specifier '%.*s' for object of type '%s'",
                            static_cast<int>(spec_text.size()), spec_text.data(), tname(obj).c_str());
    }
    if (end - pos == 1) spec->type = cps[pos];
    if (spec->grouping) {
        switch (spec->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (spec->grouping == '_') break; // PEP 515: every four digits
            [[fallthrough]];
        default:
            return cannot_group(spec->grouping, spec->type);
        }
    }
    return ok_status();
}

ErrorTag unknown_format_code(uint32_t type, Value obj) {
    if (type > 32 && type < 128) {
        return raise_format(ValueError_type, "Unknown format code '%c' for object of type '%s'", static_cast<char>(type),
                            tname(obj).c_str());
    }
    return raise_format(ValueError_type, "Unknown format code '\\x%x' for object of type '%s'", type, tname(obj).c_str());
}

namespace {

// ================================================================ float -> decimal digits

// What David Gay's _Py_dg_dtoa returns: significant digits without trailing
// zeros, and the position of the decimal point relative to them (value =
// 0.DIGITS * 10**decpt). Zero is "0" with decpt 1; a value that rounds to
// zero in mode 3 has no digits.
struct DecimalDigits {
    std::string digits;
    int decpt = 1;
};

// Largest counts of digits that can be non-zero: a double has at most 767
// significant decimal digits and at most 1074 digits after the point. Asking
// for more only appends zeros, which the callers strip anyway.
constexpr int kMaxSignificantDigits = 800;
constexpr int kMaxFractionDigits = 1100;

void strip_trailing_zeros(std::string& digits) {
    while (!digits.empty() && digits.back() == '0') digits.pop_back();
}

// Scientific text "d.ddde+XX" from to_chars: digits and decimal point.
DecimalDigits from_scientific(std::string_view text) {
    DecimalDigits out;
    size_t e = text.find('e');
    for (char c : text.substr(0, e))
        if (c != '.') out.digits += c;
    int exponent = 0;
    std::from_chars(text.data() + e + 1 + (text[e + 1] == '+'), text.data() + text.size(), exponent);
    out.decpt = exponent + 1;
    strip_trailing_zeros(out.digits);
    return out;
}

// mode 0: shortest round-trip; mode 2: `ndigits` (>= 1) significant digits;
// mode 3: `ndigits` (>= 0) digits after the decimal point. `a` is finite, > 0.
DecimalDigits positive_to_digits(double a, int mode, int ndigits) {
    char buf[kMaxFractionDigits + 400];
    std::to_chars_result r;
    if (mode == 0) {
        r = std::to_chars(buf, buf + sizeof buf, a, std::chars_format::scientific);
        return from_scientific(std::string_view(buf, static_cast<size_t>(r.ptr - buf)));
    }
    if (mode == 2) {
        r = std::to_chars(buf, buf + sizeof buf, a, std::chars_format::scientific, std::min(ndigits, kMaxSignificantDigits) - 1);
        return from_scientific(std::string_view(buf, static_cast<size_t>(r.ptr - buf)));
    }
    r = std::to_chars(buf, buf + sizeof buf, a, std::chars_format::fixed, std::min(ndigits, kMaxFractionDigits));
    std::string_view text(buf, static_cast<size_t>(r.ptr - buf));
    size_t point = text.find('.');
    DecimalDigits out;
    out.decpt = static_cast<int>(point == std::string_view::npos ? text.size() : point);
    for (char c : text)
        if (c != '.') out.digits += c;
    size_t leading = out.digits.find_first_not_of('0');
    if (leading == std::string::npos) return DecimalDigits{"", -ndigits};
    out.digits.erase(0, leading);
    out.decpt -= static_cast<int>(leading);
    strip_trailing_zeros(out.digits);
    return out;
}

// CPython's format_float_short (Python/pystrtod.c) for a finite value.
std::string format_finite(double d, char code, int precision, unsigned flags, bool upper) {
    bool negative = std::signbit(d);
    int mode = code == 'r' ? 0 : code == 'f' ? 3 : 2;
    DecimalDigits dd = d == 0 ? DecimalDigits{"0", 1} : positive_to_digits(std::fabs(d), mode, precision);
    const std::string& digits = dd.digits;
    const int64_t digits_len = static_cast<int64_t>(digits.size());
    int64_t decpt = dd.decpt;
    if ((flags & kFloatNoNegZero) && negative && (digits.empty() || digits == "0")) negative = false;

    // Output a slice [vdigits_start, vdigits_end) of the digits padded with
    // zeros on both sides, with the decimal point after position decpt.
    const bool add_dot_0 = flags & kFloatAddDot0;
    const bool alt = flags & kFloatAlt;
    bool use_exp = false;
    int64_t vdigits_end = digits_len;
    switch (code) {
    case 'e':
        use_exp = true;
        vdigits_end = precision;
        break;
    case 'f':
        vdigits_end = decpt + precision;
        break;
    case 'g':
        if (decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision)) use_exp = true;
        if (alt) vdigits_end = precision;
        break;
    case 'r':
        // Exponent from 1e16 on: 17-digit integers padded with zeros would
        // look more precise than they are.
        if (decpt <= -4 || decpt > 16) use_exp = true;
        break;
    }
    int64_t exp = 0;
    if (use_exp) {
        exp = decpt - 1;
        decpt = 1;
    }
    const int64_t vdigits_start = decpt <= 0 ? decpt - 1 : 0;
    if (!use_exp && add_dot_0) vdigits_end = std::max(vdigits_end, decpt + 1);
    else vdigits_end = std::max(vdigits_end, decpt);

    std::string out;
    out.reserve(static_cast<size_t>(vdigits_end - vdigits_start) + 8);
    if (negative) out += '-';
    else if (flags & kFloatSign) out += '+';
    // Zeros left of the digits (and the point when it falls among them).
    if (decpt <= 0) {
        out.append(static_cast<size_t>(decpt - vdigits_start), '0');
        out += '.';
        out.append(static_cast<size_t>(-decpt), '0');
    } else {
        out.append(static_cast<size_t>(-vdigits_start), '0');
    }
    // The digits, with the point if it falls inside them.
    if (0 < decpt && decpt <= digits_len) {
        out.append(digits, 0, static_cast<size_t>(decpt));
        out += '.';
        out.append(digits, static_cast<size_t>(decpt));
    } else {
        out += digits;
    }
    // Zeros right of the digits.
    if (digits_len < decpt) {
        out.append(static_cast<size_t>(decpt - digits_len), '0');
        out += '.';
        out.append(static_cast<size_t>(vdigits_end - decpt), '0');
    } else {
        out.append(static_cast<size_t>(vdigits_end - digits_len), '0');
    }
    if (out.back() == '.' && !alt) out.pop_back();
    if (use_exp) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "%c%+.02d", upper ? 'E' : 'e', static_cast<int>(exp));
        out += buf;
    }
    return out;
}

} // namespace

Result<std::string> double_to_string(double d, char code, int64_t precision, unsigned flags) {
    bool upper = code >= 'A' && code <= 'Z';
    if (upper) code = static_cast<char>(code - 'A' + 'a');
    if (precision > INT32_MAX) return raise(ValueError_type, "precision too big");
    if (code == 'e') ++precision; // digits after the point -> significant digits
    if (code == 'g' && precision == 0) precision = 1;
    if (std::isnan(d) || std::isinf(d)) {
        std::string out;
        // The sign of a NaN is never shown.
        if (std::isinf(d) && d < 0) out += '-';
        else if (flags & kFloatSign) out += '+';
        out += std::isnan(d) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
        return out;
    }
    if (precision + 400 > kMaxFormattedLength) return raise_no_memory();
    return format_finite(d, code, static_cast<int>(precision), flags, upper);
}

std::string float_repr(double d) { return double_to_string(d, 'r', 0, kFloatAddDot0).take(); }

namespace {

// ================================================================ layout

// A number split as CPython's calc_number_widths sees it:
//   <lpadding> <sign> <prefix> <spadding> <grouped digits> <decimal> <remainder> <rpadding>
struct NumberParts {
    bool negative = false;
    std::string_view prefix;    // "0x", "0b", ... (after the sign)
    std::string_view digits;    // integer digits, the part that is grouped
    bool has_decimal = false;   // a '.' follows the digits
    std::string_view remainder; // fraction, exponent, '%', or the character of 'c'
};

// Splits formatted float text ("-123.45e+06", "inf") into its parts.
NumberParts split_float_text(std::string_view text) {
    NumberParts parts;
    if (!text.empty() && text[0] == '-') {
        parts.negative = true;
        text.remove_prefix(1);
    }
    size_t n = 0;
    while (n < text.size() && text[n] >= '0' && text[n] <= '9') ++n;
    parts.digits = text.substr(0, n);
    parts.has_decimal = n < text.size() && text[n] == '.';
    parts.remainder = text.substr(n + (parts.has_decimal ? 1 : 0));
    return parts;
}

// The digits with separators every `group` digits from the right, zero
// padded so that the result is at least `min_width` long where possible;
// a separator is never the first character, so the result may be one
// longer (CPython's _PyUnicode_InsertThousandsGrouping).
std::string group_digits(std::string_view digits, int64_t min_width, char sep, int group) {
    min_width = std::max<int64_t>(0, min_width);
    int64_t remaining = static_cast<int64_t>(digits.size());
    std::string reversed;
    if (!sep) {
        // No grouping: only the zero padding.
        int64_t len = std::max({remaining, min_width, int64_t(1)});
        std::string out(static_cast<size_t>(len - remaining), '0');
        return out.append(digits);
    }
    bool use_sep = false;
    for (;;) {
        int64_t len = std::min<int64_t>(group, std::max({remaining, min_width, int64_t(1)}));
        int64_t n_zeros = std::max<int64_t>(0, len - remaining);
        int64_t n_chars = std::max<int64_t>(0, std::min(remaining, len));
        if (use_sep) reversed += sep;
        for (int64_t i = 0; i < n_chars; ++i) reversed += digits[static_cast<size_t>(remaining - 1 - i)];
        reversed.append(static_cast<size_t>(n_zeros), '0');
        use_sep = true;
        remaining -= n_chars;
        min_width -= len;
        if (remaining <= 0 && min_width <= 0) break;
        min_width -= 1;
    }
    return std::string(reversed.rbegin(), reversed.rend());
}

// Assemble the parts with sign, grouping and padding: CPython's
// calc_number_widths + fill_number.
Result<Ref> render_number(const FormatSpec& spec, const NumberParts& parts, int group) {
    char sign = 0;
    if (parts.negative) sign = '-';
    else if (spec.sign == '+') sign = '+';
    else if (spec.sign == ' ') sign = ' ';
    const int64_t n_remainder = utf8_length(parts.remainder);
    const int64_t n_non_digit = (sign ? 1 : 0) + static_cast<int64_t>(parts.prefix.size()) + (parts.has_decimal ? 1 : 0) + n_remainder;
    if (spec.width > kMaxFormattedLength) return raise_no_memory();
    // '=' with a '0' fill pads with zeros *inside* the grouping ('0,001,234').
    int64_t min_width = spec.fill == '0' && spec.align == '=' ? spec.width - n_non_digit : 0;
    std::string grouped = parts.digits.empty() ? std::string() : group_digits(parts.digits, min_width, static_cast<char>(spec.grouping), group);

    int64_t n_padding = std::max<int64_t>(0, spec.width - (n_non_digit + static_cast<int64_t>(grouped.size())));
    int64_t left = 0, inner = 0, right = 0;
    switch (spec.align) {
    case '<': right = n_padding; break;
    case '^': left = n_padding / 2; right = n_padding - left; break;
    case '=': inner = n_padding; break;
    default: left = n_padding; break;
    }
    char fill_buf[4];
    std::string_view fill(fill_buf, static_cast<size_t>(utf8_encode(spec.fill, fill_buf)));
    auto pad = [&](std::string& out, int64_t count) {
        for (int64_t i = 0; i < count; ++i) out += fill;
    };
    std::string out;
    out.reserve(static_cast<size_t>(n_padding) * fill.size() + grouped.size() + static_cast<size_t>(n_non_digit) + 8);
    pad(out, left);
    if (sign) out += sign;
    out += parts.prefix;
    pad(out, inner);
    out += grouped;
    if (parts.has_decimal) out += '.';
    out += parts.remainder;
    pad(out, right);
    return make_str(out).ref();
}

// ================================================================ int

// format_long_internal for the integer presentation types.
Result<Ref> format_int_internal(Value v, const FormatSpec& spec) {
    if (spec.precision != -1) return raise(ValueError_type, "Precision not allowed in integer format specifier");
    if (spec.no_neg_0) return raise(ValueError_type, "Negative zero coercion (z) not allowed in integer format specifier");
    NumberParts parts;
    std::string digits, character;
    if (spec.type == 'c') {
        if (spec.sign) return raise(ValueError_type, "Sign not allowed with integer format specifier 'c'");
        if (spec.alternate) return raise(ValueError_type, "Alternate form (#) not allowed with integer format specifier 'c'");
        int64_t cp;
        if (!int_to_int64(v, &cp)) return raise(OverflowError_type, "Python int too large to convert to C long");
        if (cp < 0 || cp > kMaxCodePoint) return raise(OverflowError_type, "%c arg not in range(0x110000)");
        // The character is "remainder": copied, never grouped or zero-padded.
        utf8_append(character, static_cast<uint32_t>(cp));
        parts.remainder = character;
        return render_number(spec, parts, 3);
    }
    int base = 10;
    switch (spec.type) {
    case 'b': base = 2; parts.prefix = "0b"; break;
    case 'o': base = 8; parts.prefix = "0o"; break;
    case 'x': base = 16; parts.prefix = "0x"; break;
    case 'X': base = -16; parts.prefix = "0X"; break;
    default: break; // 'd', 'n' (the C locale has no grouping)
    }
    if (!spec.alternate) parts.prefix = {};
    if (base == 10) {
        digits = TRY(int_to_decimal_checked(v));
        if (digits[0] == '-') digits.erase(0, 1);
    } else {
        digits = int_abs_digits(v, base);
    }
    parts.negative = int_sign(v) < 0;
    parts.digits = digits;
    // '_' groups binary, octal and hex digits by four (PEP 515).
    return render_number(spec, parts, base == 10 ? 3 : 4);
}

// ================================================================ float

// format_float_internal: spec.type is one of the float presentation types.
Result<Ref> format_float_internal(double d, const FormatSpec& spec) {
    char type = static_cast<char>(spec.type);
    unsigned flags = 0;
    if (spec.alternate) flags |= kFloatAlt;
    if (spec.no_neg_0) flags |= kFloatNoNegZero;
    int64_t precision = spec.precision;
    int64_t default_precision = 6;
    if (type == 0) {
        // Like repr() without a precision, else like 'g' keeping a ".0".
        flags |= kFloatAddDot0;
        type = 'r';
        default_precision = 0;
    }
    if (type == 'n') type = 'g'; // the C locale: no grouping, '.' point
    bool percent = type == '%';
    if (percent) {
        type = 'f';
        d *= 100;
    }
    if (precision < 0) precision = default_precision;
    else if (type == 'r') type = 'g';
    std::string text = TRY(double_to_string(d, type, precision, flags));
    if (percent) text += '%';
    return render_number(spec, split_float_text(text), 3);
}

} // namespace

Result<Ref> format_float(Value obj, double d, std::string_view spec_text) {
    FormatSpec spec;
    TRY(parse_format_spec(spec_text, obj, 0, '>', &spec));
    switch (spec.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        return format_float_internal(d, spec);
    default:
        return unknown_format_code(spec.type, obj);
    }
}

Result<Ref> format_int(Value v, std::string_view spec_text) {
    FormatSpec spec;
    TRY(parse_format_spec(spec_text, v, 'd', '>', &spec));
    switch (spec.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
        return format_int_internal(v, spec);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double d = TRY(int_to_double(v));
        return format_float_internal(d, spec);
    }
    default:
        return unknown_format_code(spec.type, v);
    }
}

} // namespace pyco
