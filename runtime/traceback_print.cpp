// Printing exceptions as CPython 3.11's default sys.excepthook does
// (Python/pythonrun.c, Python/traceback.c, Python/suggestions.c): the
// traceback with source lines and caret lines, chained exceptions,
// exception groups, SyntaxError's source display, notes and the
// "Did you mean" hints; and the "Exception ignored in" report.
//
// Output is assembled in a string and written in one go to sys.stderr.
#include <algorithm>
#include <climits>
#include <cstdint>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "parser/parser.h"
#include "runtime/abstract.h"
#include "runtime/error.h"
#include "runtime/source_cache.h"
#include "runtime/stdio.h"
#include "vm/code.h"
#include "vm/frame_object.h"
#include "vm/interpreter.h"

namespace pyco {

// ---------------------------------------------------------------- source cache

namespace {

std::map<std::string, std::vector<std::string>, std::less<>>& source_files() {
    static std::map<std::string, std::vector<std::string>, std::less<>> files;
    return files;
}

// Splits on '\n', '\r\n' and '\r', as a text file read with universal
// newlines yields its lines.
std::vector<std::string> split_lines(std::string_view text) {
    std::vector<std::string> lines;
    size_t start = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\n' && text[i] != '\r') continue;
        lines.emplace_back(text.substr(start, i - start));
        if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
        start = i + 1;
    }
    if (start < text.size()) lines.emplace_back(text.substr(start));
    return lines;
}

const std::vector<std::string>* lines_of(std::string_view filename) {
    auto& files = source_files();
    auto it = files.find(filename);
    if (it != files.end()) return &it->second;
    std::ifstream in{std::string(filename), std::ios::binary};
    if (!in) return nullptr;
    std::ostringstream text;
    text << in.rdbuf();
    return &files.emplace(std::string(filename), split_lines(text.str())).first->second;
}

} // namespace

void register_source(std::string_view filename, std::string source) {
    source_files()[std::string(filename)] = split_lines(source);
}

static bool tearing_down = false;

void set_tearing_down(bool on) { tearing_down = on; }

std::optional<std::string> source_line(std::string_view filename, int lineno) {
    if (tearing_down) return std::nullopt;
    // CPython 3.11 shows no source for code without a file ("<string>" for
    // -c and exec(), "<stdin>" for the REPL), registered or not.
    if (filename.size() >= 2 && filename.front() == '<' && filename.back() == '>') return std::nullopt;
    const std::vector<std::string>* lines = lines_of(filename);
    if (!lines || lineno < 1 || static_cast<size_t>(lineno) > lines->size()) return std::nullopt;
    return (*lines)[static_cast<size_t>(lineno) - 1];
}

namespace {

// ---------------------------------------------------------------- text helpers

constexpr int kTracebackLimit = 1000;   // PyTraceBack_LIMIT
constexpr int kRecursiveCutoff = 3;     // identical entries shown before "[Previous line repeated …]"
constexpr int kSourceIndent = 4;
constexpr int kMaxGroupWidth = 15;
constexpr int kMaxGroupDepth = 10;

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\f'; }

// Code points in UTF-8 `s`; a truncated trailing sequence counts as one
// (it would decode to one U+FFFD with errors='replace').
int64_t char_count(std::string_view s) {
    int64_t n = 0;
    for (char c : s)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    return n;
}

// CPython's _PyPegen_byte_offset_to_character_offset: the column is
// clamped to len + 1, where the extra byte is the string's NUL terminator.
int64_t byte_to_char_offset(std::string_view line, int64_t col) {
    int64_t len = static_cast<int64_t>(line.size());
    if (col > len) return char_count(line) + 1;
    return char_count(line.substr(0, static_cast<size_t>(col)));
}

// The UTF-8 bytes of code points [from, to) of `s`.
std::string_view char_slice(std::string_view s, int64_t from, int64_t to) {
    size_t begin = s.size(), end = s.size();
    int64_t index = 0;
    for (size_t i = 0; i <= s.size(); ++i) {
        if (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;
        if (index == from) begin = i;
        if (index == to) {
            end = i;
            break;
        }
        ++index;
    }
    if (begin > end) begin = end;
    return s.substr(begin, end - begin);
}

std::string str_or(Value v, const char* fallback) {
    Result<std::string> text = str_text(v);
    if (text.ok()) return text.take();
    error_clear();
    return fallback;
}

// `text` of a str attribute of a type (__module__, __qualname__), or null.
std::optional<std::string> type_str_attr(TypeObject* type, const char* name) {
    Result<Ref> v = getattr(Value(type), intern(name));
    if (v.failed()) {
        error_clear();
        return std::nullopt;
    }
    if (!is_str(v.value())) return std::nullopt;
    return std::string(v.value().as<Str>()->view());
}

// "mymod.MyError", or just the qualname for builtins and __main__.
std::string qualified_type_name(TypeObject* type) {
    std::string out;
    std::optional<std::string> module = type_str_attr(type, "__module__");
    if (!module) out = "<unknown>";
    else if (*module != "builtins" && *module != "__main__") out = *module + ".";
    std::optional<std::string> qualname = type_str_attr(type, "__qualname__");
    out += qualname ? *qualname : "<unknown>";
    return out;
}

// ---------------------------------------------------------------- caret anchors

struct Anchors {
    int64_t left_end = -1;    // secondary range: (left_end, right_start]
    int64_t right_start = -1;
    char primary = '^';
    char secondary = '^';
};

// For a segment that parses as a binary operation or a subscript, the
// operator / the brackets are highlighted with '^' and the rest with '~'
// (CPython's extract_anchors_from_expr; offsets are bytes in `seg`).
bool anchors_from_expr(std::string_view seg, ast::Expr* expr, Anchors* a) {
    if (auto* binop = ast::as<ast::BinOp>(expr)) {
        int64_t right_col = binop->right->loc.col_offset;
        for (int64_t i = binop->left->loc.end_col_offset; i < right_col && i < static_cast<int64_t>(seg.size()); ++i) {
            if (is_blank(seg[i])) continue;
            a->left_end = i;
            a->right_start = i + 1;
            // A two-character operator (//, **, <<, …).
            if (i + 1 < right_col && !is_blank(seg[i + 1])) ++a->right_start;
            // A ')' closing the left operand is not the operator: keep looking.
            if (i + 1 < right_col && seg[i] == ')') continue;
            a->primary = '~';
            a->secondary = '^';
            break;
        }
        return true;
    }
    if (auto* sub = ast::as<ast::Subscript>(expr)) {
        int64_t len = static_cast<int64_t>(seg.size());
        a->left_end = sub->value->loc.end_col_offset;
        a->right_start = sub->slice->loc.end_col_offset + 1;
        while (a->left_end < len && seg[a->left_end] != '[') ++a->left_end;
        while (a->right_start < len && seg[a->right_start] != ']') ++a->right_start;
        if (a->right_start < len) ++a->right_start;
        a->primary = '~';
        a->secondary = '^';
        return true;
    }
    return false;
}

// Parses the highlighted segment (character offsets [start, end) of
// `line`) and, for a single expression statement of the right kind,
// returns its anchors as character offsets in `line`.
std::optional<Anchors> extract_anchors(std::string_view line, int64_t start, int64_t end) {
    std::string segment(char_slice(line, start, end));
    ParseResult parsed = parse_module(segment);
    if (!parsed.module || parsed.module->body.size() != 1) return std::nullopt;
    auto* stmt = ast::as<ast::ExprStmt>(parsed.module->body[0].get());
    if (!stmt) return std::nullopt;
    Anchors a;
    if (!anchors_from_expr(segment, stmt->value.get(), &a)) return std::nullopt;
    if (a.left_end >= 0) a.left_end = byte_to_char_offset(segment, a.left_end) + start;
    if (a.right_start >= 0) a.right_start = byte_to_char_offset(segment, a.right_start) + start;
    return a;
}

// ---------------------------------------------------------------- "Did you mean" (Python/suggestions.c)

constexpr int kMaxCandidateItems = 750;
constexpr size_t kMaxStringSize = 40;
constexpr size_t kMoveCost = 2;
constexpr size_t kCaseCost = 1;

size_t substitution_cost(char a, char b) {
    if ((a & 31) != (b & 31)) return kMoveCost;
    if (a == b) return 0;
    if ('A' <= a && a <= 'Z') a += 'a' - 'A';
    if ('A' <= b && b <= 'Z') b += 'a' - 'A';
    return a == b ? kCaseCost : kMoveCost;
}

// Levenshtein distance with case changes costing half a move; gives up
// (returns max_cost + 1) as soon as max_cost is certainly exceeded.
size_t levenshtein_distance(std::string_view a, std::string_view b, size_t max_cost) {
    while (!a.empty() && !b.empty() && a.front() == b.front()) {
        a.remove_prefix(1);
        b.remove_prefix(1);
    }
    while (!a.empty() && !b.empty() && a.back() == b.back()) {
        a.remove_suffix(1);
        b.remove_suffix(1);
    }
    if (a.empty() || b.empty()) return (a.size() + b.size()) * kMoveCost;
    if (a.size() > kMaxStringSize || b.size() > kMaxStringSize) return max_cost + 1;
    if (b.size() < a.size()) std::swap(a, b);
    if ((b.size() - a.size()) * kMoveCost > max_cost) return max_cost + 1;
    size_t buffer[kMaxStringSize];
    for (size_t i = 0; i < a.size(); ++i) buffer[i] = (i + 1) * kMoveCost;
    size_t result = 0;
    for (size_t b_index = 0; b_index < b.size(); ++b_index) {
        char code = b[b_index];
        size_t distance = result = b_index * kMoveCost;
        size_t minimum = SIZE_MAX;
        for (size_t index = 0; index < a.size(); ++index) {
            size_t substitute = distance + substitution_cost(code, a[index]);
            distance = buffer[index];
            size_t insert_delete = std::min(result, distance) + kMoveCost;
            result = std::min(insert_delete, substitute);
            buffer[index] = result;
            minimum = std::min(minimum, result);
        }
        if (minimum > max_cost) return max_cost + 1;
    }
    return result;
}

// The candidate closest to `name` among the str items of `candidates` (a
// list, tuple or dict's keys), as CPython's calculate_suggestions.
std::optional<std::string> closest_name(Value candidates, std::string_view name) {
    Result<Ref> list = sequence_to_list(candidates);
    if (list.failed()) {
        error_clear();
        return std::nullopt;
    }
    List* items = list.value().as<List>();
    if (items->size >= kMaxCandidateItems) return std::nullopt;
    std::optional<std::string> best;
    size_t best_distance = SIZE_MAX;
    for (int64_t i = 0; i < items->size; ++i) {
        if (!is_str(items->items[i])) return std::nullopt;
        std::string_view item = items->items[i].as<Str>()->view();
        if (item == name) continue;
        // No more than 1/3 of the involved characters should need changing.
        size_t max_distance = (name.size() + item.size() + 3) * kMoveCost / 6;
        max_distance = std::min(max_distance, best_distance - 1);
        size_t distance = levenshtein_distance(name, item, max_distance);
        if (distance > max_distance) continue;
        if (!best || distance < best_distance) {
            best = std::string(item);
            best_distance = distance;
        }
    }
    return best;
}

// ---------------------------------------------------------------- the printer

class ExceptionPrinter {
public:
    std::string take() { return std::move(out_); }

    void print_chain(Value exc) {
        track_seen_ = true;
        print_recursive(exc);
    }

    // The unraisable-hook format: traceback then "Type: str" — no chaining,
    // notes or hints, and ": " even when str(exc) is empty.
    void print_unraisable(Value exc, Value obj) {
        if (obj && !obj.is(None())) {
            out_ += "Exception ignored in: ";
            Result<std::string> text = repr_text(obj);
            if (text.ok()) out_ += text.value();
            else {
                error_clear();
                out_ += "<object repr() failed>";
            }
            out_ += '\n';
        }
        if (!exc) return;
        if (Value tb = traceback_of(exc)) print_traceback(tb, "Traceback (most recent call last):\n", "");
        out_ += qualified_type_name(exc.type());
        if (!exc.is(None())) out_ += ": " + str_or(exc, "<exception str() failed>");
        out_ += '\n';
    }

private:
    std::string out_;
    bool track_seen_ = false;
    std::set<uintptr_t> seen_;
    int group_depth_ = 0;
    bool need_close_ = false;

    // ------------------------------------------------------------ margins

    const char* margin() const { return group_depth_ ? "| " : ""; }
    int indent() const { return 2 * group_depth_; }

    void write_indent(int n) { out_.append(static_cast<size_t>(n), ' '); }

    // _Py_WriteIndentedMargin: the indent is written only with a margin.
    void write_indented_margin(int n, const char* m) {
        if (!*m) return;
        write_indent(n);
        out_ += m;
    }
    void write_indented_margin() { write_indented_margin(indent(), margin()); }

    // ------------------------------------------------------------ chaining

    static Value traceback_of(Value exc) {
        if (!isinstance(exc, &BaseException_type)) return Value();
        return exc.as<BaseException>()->traceback.get();
    }

    bool seen(Value v) const { return seen_.count(v.bits()) != 0; }

    void print_recursive(Value exc) {
        if (track_seen_) print_cause_and_context(exc);
        if (isinstance(exc, &BaseExceptionGroup_type)) print_group(exc);
        else print_exception(exc);
    }

    void print_cause_and_context(Value exc) {
        seen_.insert(exc.bits());
        if (!isinstance(exc, &BaseException_type)) return;
        auto* e = exc.as<BaseException>();
        if (e->cause) {
            if (!seen(e->cause)) {
                print_chained(e->cause, "The above exception was the direct cause of the following exception:\n");
            }
            return;
        }
        if (e->suppress_context) return;
        if (e->context && !seen(e->context))
            print_chained(e->context, "During handling of the above exception, another exception occurred:\n");
    }

    void print_chained(Value exc, const char* message) {
        bool need_close = need_close_;
        print_recursive(exc);
        need_close_ = need_close;
        write_indented_margin();
        out_ += '\n';
        write_indented_margin();
        out_ += message;
        write_indented_margin();
        out_ += '\n';
    }

    // ------------------------------------------------------------ exception groups

    // The group, then each member in a numbered box drawn in the margin;
    // at most kMaxGroupWidth members and kMaxGroupDepth levels are shown.
    void print_group(Value exc) {
        Value members = exc.as<BaseException>()->exceptions;
        if (!members || !is_tuple(members)) {
            print_exception(exc);
            return;
        }
        if (group_depth_ > kMaxGroupDepth) {
            write_indented_margin();
            out_ += "... (max_group_depth is " + std::to_string(kMaxGroupDepth) + ")\n";
            return;
        }
        if (group_depth_ == 0) ++group_depth_;
        print_exception(exc);
        Tuple* excs = members.as<Tuple>();
        int64_t n = std::min<int64_t>(excs->size, kMaxGroupWidth + 1);
        need_close_ = false;
        for (int64_t i = 0; i < n; ++i) {
            bool last = i == n - 1;
            if (last) need_close_ = true; // the closing line may be drawn by a nested group
            bool truncated = i >= kMaxGroupWidth;
            write_indent(indent());
            out_ += i == 0 ? "+-" : "  ";
            out_ += truncated ? std::string("+---------------- ... ----------------\n")
                              : "+---------------- " + std::to_string(i + 1) + " ----------------\n";
            ++group_depth_;
            if (!truncated) {
                print_recursive(excs->items[i]);
            } else {
                int64_t remaining = excs->size - kMaxGroupWidth;
                write_indented_margin();
                out_ += "and " + std::to_string(remaining) + " more exception" + (remaining > 1 ? "s\n" : "\n");
            }
            if (last && need_close_) {
                write_indent(indent());
                out_ += "+------------------------------------\n";
                need_close_ = false;
            }
            --group_depth_;
        }
        if (group_depth_ == 1) --group_depth_;
    }

    // ------------------------------------------------------------ one exception

    void print_exception(Value exc) {
        if (!isinstance(exc, &BaseException_type)) {
            write_indented_margin();
            out_ += "TypeError: print_exception(): Exception expected for value, ";
            out_ += type_name(exc);
            out_ += " found\n";
            return;
        }
        if (Value tb = traceback_of(exc)) {
            bool group = isinstance(exc, &BaseExceptionGroup_type);
            const char* header = group ? "Exception Group Traceback (most recent call last):\n"
                                       : "Traceback (most recent call last):\n";
            print_traceback(tb, header, group && group_depth_ == 1 ? "+ " : margin());
        }
        TypeObject* type = exc.type();
        Ref message = Ref::borrow(exc);
        print_syntax_error_location(exc, &message);
        print_message(type, message);
        print_suggestion(exc);
        out_ += '\n';
        print_notes(exc);
    }

    void print_message(TypeObject* type, Value value) {
        write_indented_margin();
        out_ += qualified_type_name(type);
        if (value.is(None())) return;
        Result<Ref> s = str(value);
        if (s.failed()) {
            error_clear();
            out_ += ": <exception str() failed>";
            return;
        }
        std::string_view text = s.value().as<Str>()->view();
        if (!text.empty()) out_ += ": ";
        out_ += text;
    }

    void print_notes(Value exc) {
        Result<Ref> notes = getattr_opt(exc, intern("__notes__"));
        if (notes.failed()) {
            error_clear();
            return;
        }
        if (!notes.value()) return;
        Value n = notes.value();
        bool sequence = !isinstance(n, &dict_type) && lookup_special(n.type(), Special::getitem); // PySequence_Check
        if (!sequence) {
            // CPython 3.11 writes no newline after it.
            write_indented_margin();
            Result<std::string> r = repr_text(n);
            if (r.ok()) out_ += r.value();
            else {
                error_clear();
                out_ += "<__notes__ repr() failed>";
            }
            return;
        }
        Result<Ref> items = sequence_to_list(n);
        if (items.failed()) {
            error_clear();
            return;
        }
        List* list = items.value().as<List>();
        for (int64_t i = 0; i < list->size; ++i) {
            Result<std::string> note = str_text(list->items[i]);
            if (note.failed()) {
                error_clear();
                out_ += "<note str() failed>";
            } else {
                print_note_lines(note.value());
            }
            out_ += '\n';
        }
    }

    // Each line of a note (line ends kept), behind the margin.
    void print_note_lines(std::string_view note) {
        size_t start = 0;
        while (start < note.size()) {
            size_t nl = note.find_first_of("\r\n", start);
            size_t end = nl == std::string_view::npos ? note.size() : nl + 1;
            if (nl != std::string_view::npos && note[nl] == '\r' && end < note.size() && note[end] == '\n') ++end;
            write_indented_margin();
            out_ += note.substr(start, end - start);
            start = end;
        }
    }

    // ------------------------------------------------------------ SyntaxError

    // Optional integer attribute: `fallback` when None; false if not an int.
    static bool int_attr(Value exc, const char* name, int64_t fallback, int64_t* out) {
        Result<Ref> v = getattr(exc, intern(name));
        if (v.failed()) {
            error_clear();
            return false;
        }
        if (v.value().get().is(None())) {
            *out = fallback;
            return true;
        }
        return is_int(v.value()) && int_to_int64(v.value(), out);
    }

    // SyntaxError-like exceptions (those with print_file_and_line) show
    // `File "f", line N`, the offending text and carets; the message line
    // then shows .msg instead of str(exc).
    void print_syntax_error_location(Value exc, Ref* message) {
        Result<Ref> marker = getattr_opt(exc, intern("print_file_and_line"));
        if (marker.failed()) {
            error_clear();
            return;
        }
        if (!marker.value()) return;
        Result<Ref> msg = getattr(exc, intern("msg"));
        if (msg.failed()) {
            error_clear();
            return;
        }
        Result<Ref> filename = getattr(exc, intern("filename"));
        if (filename.failed()) {
            error_clear();
            return;
        }
        int64_t lineno = 0, offset = -1, end_lineno = 0, end_offset = -1;
        if (!int_attr(exc, "lineno", LLONG_MIN, &lineno) || lineno == LLONG_MIN || !int_attr(exc, "offset", -1, &offset))
            return;
        end_lineno = lineno;
        // Only SyntaxError itself reports an end; subclasses get one caret.
        if (exc.type() == &SyntaxError_type) {
            if (!int_attr(exc, "end_lineno", lineno, &end_lineno)) end_lineno = lineno;
            if (!int_attr(exc, "end_offset", -1, &end_offset)) end_offset = -1;
        }
        Result<Ref> text = getattr(exc, intern("text"));
        if (text.failed()) {
            error_clear();
            return;
        }
        *message = msg.take();
        write_indented_margin();
        std::string file = filename.value().get().is(None()) ? "<string>" : str_or(filename.value(), "<string>");
        out_ += "  File \"" + file + "\", line " + std::to_string(lineno) + "\n";
        if (text.value().get().is(None()) || !is_str(text.value())) return;
        std::string_view line = text.value().as<Str>()->view();
        int64_t line_size = static_cast<int64_t>(line.size());
        // A multi-line error is highlighted to the end of its first line.
        if (end_lineno > lineno) end_offset = line_size;
        if (end_offset > line_size + 1) end_offset = line_size + 1;
        print_error_text(offset, end_offset, line);
    }

    // CPython's print_error_text: offsets are 1-based; lengths count bytes.
    void print_error_text(int64_t offset, int64_t end_offset, std::string_view text) {
        int64_t carets = (end_offset > 0 && end_offset > offset) ? end_offset - offset : 1;
        offset--;
        while (!text.empty() && is_blank(text.front())) {
            text.remove_prefix(1);
            offset--;
        }
        int64_t len = static_cast<int64_t>(text.size());
        if (len > 0 && text[len - 1] == '\n') len--;
        if (offset > len) offset = len;
        // Only the line holding the offset is shown.
        for (;;) {
            size_t nl = text.find('\n');
            if (nl == std::string_view::npos || static_cast<int64_t>(nl) >= offset) break;
            int64_t skip = static_cast<int64_t>(nl) + 1;
            text.remove_prefix(static_cast<size_t>(skip));
            len -= skip;
            offset -= skip;
        }
        out_ += "    ";
        out_ += text;
        if (len >= static_cast<int64_t>(text.size()) || text[static_cast<size_t>(len)] != '\n') out_ += '\n';
        if (offset < 0) return;
        out_ += "    ";
        write_indent(static_cast<int>(offset));
        out_.append(static_cast<size_t>(carets), '^');
        out_ += '\n';
    }

    // ------------------------------------------------------------ traceback entries

    static int traceback_limit() {
        Value limit = sys_attribute("tracebacklimit");
        int64_t n = 0;
        if (!limit || !is_int(limit)) return kTracebackLimit;
        if (!int_to_int64(limit, &n)) return INT_MAX; // a huge positive limit (negative bigints print nothing)
        if (n <= 0) return 0;
        return n > INT_MAX ? INT_MAX : static_cast<int>(n);
    }

    void print_traceback(Value tb, const char* header, const char* header_margin) {
        int limit = traceback_limit();
        if (limit == 0) return;
        write_indented_margin(indent(), header_margin);
        out_ += header;
        std::vector<Traceback*> entries;
        for (Value t = tb; t && isinstance_exact(t, &traceback_type); t = t.as<Traceback>()->next.get())
            entries.push_back(t.as<Traceback>());
        size_t first = entries.size() > static_cast<size_t>(limit) ? entries.size() - limit : 0;
        // Runs of the same (file, line, function) collapse after three.
        Code* last_code = nullptr;
        int last_line = -1;
        int count = 0;
        for (size_t i = first; i < entries.size(); ++i) {
            Traceback* entry = entries[i];
            Code* code = entry->code.as<Code>();
            if (!last_code || !same_location(code, last_code) || entry->lineno != last_line) {
                if (count > kRecursiveCutoff) print_repeated(count);
                last_code = code;
                last_line = entry->lineno;
                count = 0;
            }
            if (++count <= kRecursiveCutoff) print_entry(entry);
        }
        if (count > kRecursiveCutoff) print_repeated(count);
    }

    static bool same_location(Code* a, Code* b) {
        return str_equal(a->filename.as<Str>(), b->filename.as<Str>()) && str_equal(a->name.as<Str>(), b->name.as<Str>());
    }

    void print_repeated(int count) {
        count -= kRecursiveCutoff;
        out_ += "  [Previous line repeated " + std::to_string(count) + (count > 1 ? " more times]\n" : " more time]\n");
    }

    void print_entry(Traceback* entry) {
        Code* code = entry->code.as<Code>();
        std::string_view filename = code->filename.as<Str>()->view();
        write_indented_margin();
        out_ += "  File \"";
        out_ += filename;
        out_ += "\", line " + std::to_string(entry->lineno) + ", in ";
        out_ += code->name.as<Str>()->view();
        out_ += '\n';
        std::optional<std::string> line = source_line(filename, entry->lineno);
        if (!line) return;
        size_t indent_width = 0;
        while (indent_width < line->size() && is_blank((*line)[indent_width])) ++indent_width;
        write_indented_margin();
        write_indent(kSourceIndent);
        out_.append(*line, indent_width, std::string::npos);
        out_ += '\n';
        print_carets(code, entry->lasti, *line, static_cast<int64_t>(indent_width));
    }

    // The caret line under the failing sub-expression (tb_displayline).
    void print_carets(Code* code, int32_t lasti, std::string_view line, int64_t indent_width) {
        if (lasti < 0) return;
        const LineEntry* pos = code->line_entry_for(static_cast<uint32_t>(lasti));
        if (!pos || pos->line < 0 || pos->col < 0 || pos->end_col < 0) return;
        int64_t start = byte_to_char_offset(line, pos->col);
        int64_t end = byte_to_char_offset(line, pos->end_col);
        bool multi_line = pos->end_line != 0 && pos->end_line != pos->line;
        Anchors anchors;
        if (!multi_line) {
            if (std::optional<Anchors> found = extract_anchors(line, start, end)) anchors = *found;
        } else {
            // Highlight up to the last non-blank character of the first line.
            int64_t i = static_cast<int64_t>(line.size());
            while (--i >= 0 && is_blank(line[i])) {
            }
            end = i + 1;
        }
        int64_t stripped_len = char_count(line) - indent_width;
        bool secondary = anchors.left_end != -1 || anchors.right_start != -1;
        if (end - start == stripped_len && !secondary) return;
        write_indented_margin();
        // print_error_location_carets: columns are 1-based from the cut indentation.
        for (int64_t offset = indent_width - kSourceIndent + 1; offset <= end; ++offset) {
            if (offset <= start) out_ += ' ';
            else if (secondary && anchors.left_end < offset && offset <= anchors.right_start) out_ += anchors.secondary;
            else out_ += anchors.primary;
        }
        out_ += '\n';
    }

    // ------------------------------------------------------------ hints

    void print_suggestion(Value exc) {
        std::optional<std::string> hint;
        if (exc.type() == &AttributeError_type) hint = attribute_suggestion(exc.as<BaseException>());
        else if (exc.type() == &NameError_type) hint = name_suggestion(exc.as<BaseException>());
        if (error_occurred()) error_clear();
        if (hint) out_ += ". Did you mean: " + str_repr_text(*hint) + "?";
    }

    static std::optional<std::string> attribute_suggestion(BaseException* e) {
        if (!e->name || !e->obj || !isinstance_exact(e->name, &str_type)) return std::nullopt;
        Result<Ref> names = call_method(e->obj, intern("__dir__"), {});
        if (names.failed()) return std::nullopt;
        Result<Ref> sorted = sorted_list(names.value(), Value(), false);
        if (sorted.failed()) return std::nullopt;
        return closest_name(sorted.value(), e->name.as<Str>()->view());
    }

    // Locals of the innermost frame (its code's variable names), then its
    // globals and builtins: those raise_name_error() recorded, or the
    // traceback frame's.
    static std::optional<std::string> name_suggestion(BaseException* e) {
        if (!e->name || !isinstance_exact(e->name, &str_type) || !e->traceback) return std::nullopt;
        Traceback* tb = e->traceback.as<Traceback>();
        while (tb->next && isinstance_exact(tb->next, &traceback_type)) tb = tb->next.as<Traceback>();
        std::string_view name = e->name.as<Str>()->view();
        Value varnames = tb->code.as<Code>()->varnames;
        if (std::optional<std::string> hit = closest_name(varnames, name)) return hit;
        if (e->obj && is_tuple(e->obj) && e->obj.as<Tuple>()->size == 2) {
            Tuple* scopes = e->obj.as<Tuple>();
            for (int i = 0; i < 2; ++i)
                if (std::optional<std::string> hit = closest_name(scopes->items[i], name)) return hit;
            return std::nullopt;
        }
        if (!tb->frame) return std::nullopt;
        for (const char* scope : {"f_globals", "f_builtins"}) {
            Result<Ref> namespace_dict = getattr(tb->frame, intern(scope));
            if (namespace_dict.failed()) return std::nullopt;
            if (std::optional<std::string> hit = closest_name(namespace_dict.value(), name)) return hit;
        }
        return std::nullopt;
    }
};

// ---------------------------------------------------------------- entry points

// To sys.stderr: the process stream directly, or a replacement's write().
void emit(const std::string& text) {
    Ref err = sys_stream(2);
    if (!err || err.get().is(None()) || is_std_stream(err, 2)) {
        write_stderr(text);
        return;
    }
    Ref saved = error_fetch();
    Ref s = make_str(text).ref();
    Result<Ref> written = call_method(err, intern("write"), {s.get()});
    if (written.ok()) written = call_method(err, intern("flush"), {});
    if (written.failed()) {
        error_clear();
        write_stderr(text);
    }
    error_restore(std::move(saved));
}

} // namespace

void print_exception(Value exc) {
    Ref pending = error_fetch(); // printing may call Python code
    ExceptionPrinter printer;
    printer.print_chain(exc);
    emit(printer.take());
    error_restore(std::move(pending));
}

std::string format_exception_text(Value exc) {
    Ref pending = error_fetch(); // formatting may call Python code
    ExceptionPrinter printer;
    printer.print_chain(exc);
    error_restore(std::move(pending));
    return printer.take();
}

void write_unraisable(Value exc, Value obj) {
    // CPython calls sys.unraisablehook, and its default hook writes through
    // sys.stderr.write: both calls fail with no recursion level left, and
    // the report is then dropped without a word.
    const ThreadState& ts = thread_state();
    if (ts.recursion_depth + 1 > ts.recursion_limit) return;
    Ref pending = error_fetch();
    // As CPython: an exception that never passed through Python code is
    // shown at the Python line running when it was reported.
    if (exc && isinstance(exc, &BaseException_type) && !exc.as<BaseException>()->traceback)
        exc.as<BaseException>()->traceback = traceback_at_running_frame();
    ExceptionPrinter printer;
    printer.print_unraisable(exc, obj);
    emit(printer.take());
    error_restore(std::move(pending));
}

} // namespace pyco
