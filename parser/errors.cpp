#include "parser/errors.h"

#include <algorithm>
#include <optional>
#include <string_view>

#include "parser/token_scan.h"

namespace pyco::parse {

namespace {

using S = grammar::Parser::symbol_kind;
using K = TokenKind;
using scan::Level;

// Where CPython reports an error at the end of the input: the last line
// (the one holding the final newline) at its end.
SourcePos end_of_input(const std::string& source) {
    std::string text = source;
    if (!text.empty() && text.back() == '\n') text.pop_back();
    if (!text.empty() && text.back() == '\r') text.pop_back();
    int line = 1 + static_cast<int>(std::count(text.begin(), text.end(), '\n'));
    size_t last_nl = text.rfind('\n');
    int col = static_cast<int>(last_nl == std::string::npos ? text.size() : text.size() - last_nl - 1);
    return {line, col};
}

SyntaxErrorInfo make_info(std::string message, SourceSpan span, std::string type = "SyntaxError") {
    SyntaxErrorInfo info;
    info.type = std::move(type);
    info.message = std::move(message);
    info.lineno = span.begin.line;
    info.col_offset = span.begin.col;
    info.end_lineno = span.end.line;
    info.end_col_offset = span.end.col;
    return info;
}

class FailureDescriber {
public:
    FailureDescriber(const std::vector<Token>& tokens, const SyntaxFailure& failure, const std::string& source)
        : t_(tokens), f_(failure), source_(source), i_(std::min(failure.token_index, tokens.size() - 1)) {}

    // Furthest token read: the lookahead, or further for rules that parse
    // ahead of it (they also peek at one more token).
    size_t furthest() const { return furthest_; }

    SyntaxErrorInfo describe() {
        if (t_[i_].kind == K::Indent) {
            SourcePos at = t_[i_].span.begin;
            return make_info("unexpected indent", {at, {at.line, -1}}, "IndentationError");
        }
        if (f_.expects(S::S_Indent)) return missing_block();
        if (auto info = expected_colon()) return *info;
        if (f_.expects(S::S_Except) && f_.expects(S::S_Finally))
            return at_lookahead("expected 'except' or 'finally' block");
        if (f_.expects(S::S_Else) && t_[i_].kind != K::Colon) {
            if (auto info = missing_else()) return *info;
        }
        if (auto info = match_statement()) return *info;
        if (auto info = legacy_print()) return *info;
        if (auto info = walrus_without_value()) return *info;
        if (auto info = dict_key_without_colon()) return *info;
        if (auto info = bad_annotation_target()) return *info;
        if (auto info = missing_comma()) return *info;
        if (auto info = equals_in_named_expression()) return *info;
        if (auto info = keyword_before_genexp()) return *info;
        if (auto info = dict_display()) return *info;
        if (auto info = unparenthesized_except_tuple()) return *info;
        if (auto info = bad_comprehension()) return *info;
        if (auto info = slash_star()) return *info;
        if (auto info = bare_star_after_kwargs()) return *info;
        if (auto info = parenthesized_parameters()) return *info;
        if (auto info = missing_default()) return *info;
        if (t_[i_].kind == K::Dedent && !failed_at_eof(t_, f_)) {
            // CPython reports it without a column (offset 0).
            SourcePos at = token_span(i_).begin;
            return make_info("unexpected unindent", {{at.line, -1}, {at.line, -1}}, "IndentationError");
        }
        return generic();
    }

private:
    // CPython's span of token k: NEWLINE is empty, DEDENT sits at the next
    // real token.
    SourceSpan token_span(size_t k) const {
        while (t_[k].kind == K::Dedent && k + 1 < t_.size()) ++k;
        if (t_[k].kind == K::Newline) return newline_span(k);
        SourceSpan span = t_[k].span;
        if (t_[k].kind == K::Dedent) span.end = span.begin;
        return span;
    }

    // CPython's NEWLINE token is empty, or covers the comment before it.
    SourceSpan newline_span(size_t k) const {
        SourcePos at = t_[k].span.begin;
        SourceSpan span{at, at};
        if (k == 0 || t_[k - 1].span.end.line != at.line) return span;
        std::string_view line = source_line(at.line);
        size_t from = static_cast<size_t>(t_[k - 1].span.end.col);
        size_t to = std::min(static_cast<size_t>(at.col), line.size());
        size_t hash = from < to ? line.substr(from, to - from).find('#') : std::string_view::npos;
        if (hash != std::string_view::npos) span.begin.col = static_cast<int>(from + hash);
        return span;
    }

    std::string_view source_line(int line) const {
        size_t start = 0;
        for (int l = 1; l < line && start != std::string::npos; ++l) {
            start = source_.find('\n', start);
            if (start != std::string::npos) ++start;
        }
        if (start == std::string::npos || start > source_.size()) return {};
        size_t end = source_.find('\n', start);
        return std::string_view(source_).substr(start, end == std::string::npos ? std::string::npos : end - start);
    }

    SyntaxErrorInfo at_lookahead(std::string message, std::string type = "SyntaxError") const {
        if (failed_at_eof(t_, f_)) {
            SourcePos end = end_of_input(source_);
            SyntaxErrorInfo info = make_info(std::move(message), {end, {end.line, -1}}, std::move(type));
            info.at_end_of_input = true;
            return info;
        }
        return make_info(std::move(message), token_span(i_), std::move(type));
    }

    SyntaxErrorInfo generic() const {
        if (failed_at_eof(t_, f_)) {
            SourcePos end = end_of_input(source_);
            return make_info("invalid syntax", {{end.line, -1}, {end.line, -1}});
        }
        return make_info("invalid syntax", token_span(i_));
    }

    // First token of the logical line holding token k.
    size_t line_start(size_t k) const {
        while (k > 0) {
            K prev = t_[k - 1].kind;
            if (prev == K::Newline || prev == K::Indent || prev == K::Dedent) break;
            --k;
        }
        return k;
    }

    // The compound-statement keyword opening the line of token k.
    const Token* header_keyword(size_t k) const {
        size_t s = line_start(k);
        if (t_[s].kind == K::Async && s + 1 < t_.size()) ++s;
        return &t_[s];
    }

    SyntaxErrorInfo missing_block() const {
        // ... ':' NEWLINE <lookahead>
        size_t colon = i_ >= 2 ? i_ - 2 : 0;
        const Token* kw = header_keyword(colon);
        std::string what;
        switch (kw->kind) {
        case K::Def: what = "function definition"; break;
        case K::Class: what = "class definition"; break;
        default: what = std::string("'") + token_kind_name(kw->kind) + "' statement"; break;
        }
        return at_lookahead("expected an indented block after " + what + " on line " +
                                std::to_string(kw->span.begin.line),
                            "IndentationError");
    }

    std::optional<SyntaxErrorInfo> expected_colon() const {
        bool after_arrow = i_ > 0 && t_[i_ - 1].kind == K::Arrow;
        if (!f_.expects(S::S_Colon) && !f_.expects(S::S_LParen) && !after_arrow) return std::nullopt;
        if (scan::depth_at(t_, i_) != 0) return std::nullopt;
        K kw = header_keyword(i_)->kind;
        K look = t_[i_].kind;
        // def / else / try / finally use CPython's forced tokens (&&':'),
        // the other headers only report a missing ':' before the NEWLINE.
        bool forced = kw == K::Def || kw == K::Else || kw == K::Try || kw == K::Finally;
        bool header = forced || kw == K::If || kw == K::Elif || kw == K::While || kw == K::For ||
                      kw == K::With || kw == K::Class || kw == K::Except;
        if (!header) return std::nullopt;
        if (kw == K::Def && f_.expects(S::S_LParen) && f_.expected.size() == 1)
            return at_lookahead("expected '('");
        // `def f() -> <not an expression>`: CPython drops the optional
        // return annotation and fails at the '->' expecting ':'.
        if (kw == K::Def && i_ > 0 && t_[i_ - 1].kind == K::Arrow)
            return make_info("expected ':'", t_[i_ - 1].span);
        if (!f_.expects(S::S_Colon)) return std::nullopt;
        if (look == K::Newline || forced) return at_lookahead("expected ':'");
        return std::nullopt;
    }

    // a if b <lookahead>
    std::optional<SyntaxErrorInfo> missing_else() const {
        size_t k = i_;
        while (k-- > 0) {
            if (scan::is_close_bracket(t_[k].kind)) {
                k = scan::matching_open(t_, k);
                if (k == scan::npos) return std::nullopt;
            } else if (t_[k].kind == K::If) {
                break;
            }
        }
        if (k == scan::npos || k == 0 || !scan::ends_operand(t_[k - 1].kind)) return std::nullopt;
        size_t a = scan::expression_start(t_, k - 1, Level::Disjunction);
        return make_info("expected 'else' after 'if' expression", {t_[a].span.begin, t_[i_ - 1].span.end});
    }

    // print x  ->  Missing parentheses in call to 'print'.
    // `match` is a soft keyword pyco's grammar does not know: a logical line
    // that starts with it and ends with ':' is a match statement, which pyco
    // does not implement. Say so rather than "invalid syntax".
    std::optional<SyntaxErrorInfo> match_statement() const {
        size_t first = i_;
        while (first > 0 && t_[first - 1].kind != K::Newline && t_[first - 1].kind != K::Indent &&
               t_[first - 1].kind != K::Dedent)
            --first;
        if (t_[first].kind != K::Name || t_[first].text != "match") return std::nullopt;
        size_t end = first;
        while (end + 1 < t_.size() && t_[end + 1].kind != K::Newline && t_[end + 1].kind != K::EndOfFile) ++end;
        if (end == first || t_[end].kind != K::Colon) return std::nullopt;
        return make_info("the 'match' statement (PEP 634) is not supported by pyco", t_[first].span);
    }

    std::optional<SyntaxErrorInfo> legacy_print() const {
        if (i_ == 0 || t_[i_ - 1].kind != K::Name) return std::nullopt;
        const std::string& name = t_[i_ - 1].text;
        if (name != "print" && name != "exec") return std::nullopt;
        if (!scan::starts_expression(t_[i_].kind) || t_[i_].kind == K::LParen) return std::nullopt;
        size_t end = skip_expression_list(i_);
        if (end == scan::npos) {
            read_up_to(t_.size() - 1); // an unclosed bracket: CPython reads on to the end
            return std::nullopt;
        }
        read_up_to(end);
        return make_info("Missing parentheses in call to '" + name + "'. Did you mean " + name + "(...)?",
                         {t_[i_ - 1].span.begin, t_[end - 1].span.end});
    }

    size_t skip_expression_list(size_t k) const {
        size_t end = scan::skip_expression(t_, k, Level::Expression);
        while (end != scan::npos && end + 1 < t_.size() && t_[end].kind == K::Comma &&
               scan::starts_expression(t_[end + 1].kind)) {
            end = scan::skip_expression(t_, end + 1, Level::Expression);
        }
        return end;
    }

    // (a b) inside brackets -> "Perhaps you forgot a comma?"
    std::optional<SyntaxErrorInfo> missing_comma() const {
        if (i_ == 0 || scan::depth_at(t_, i_) == 0) return std::nullopt;
        if (!scan::ends_operand(t_[i_ - 1].kind) || !scan::starts_expression(t_[i_].kind)) return std::nullopt;
        size_t a = scan::expression_start(t_, i_ - 1, Level::Disjunction);
        // A comprehension's iterable is read after a cut (~) in CPython's
        // grammar: no hint there (but there is one in its target list).
        if (a > 0 && t_[a - 1].kind == K::In) return std::nullopt;
        if (a > 0 && t_[a - 1].kind == K::For) {
            for (size_t k = a; k < i_; ++k)
                if (t_[k].kind == K::In) return std::nullopt;
        }
        // Parameter names and imported names are not expressions.
        bool parameter_name = in_def_parameters() && a > 0 &&
                              (t_[a - 1].kind == K::Comma || t_[a - 1].kind == K::LParen);
        if (parameter_name || in_import_list()) return std::nullopt;
        K look = t_[i_].kind;
        bool string_prefix = a == i_ - 1 && t_[a].kind == K::Name &&
                             (look == K::String || look == K::Bytes || look == K::FString);
        if (string_prefix) return std::nullopt;
        size_t b_end = scan::skip_expression(t_, i_, Level::Expression);
        if (b_end == scan::npos) {
            read_up_to(t_.size() - 1); // an unclosed bracket: CPython reads on to the end
            return std::nullopt;
        }
        read_up_to(b_end);
        if (scan::depth_at(t_, b_end - 1) + (scan::is_close_bracket(t_[b_end - 1].kind) ? 1 : 0) == 0)
            return std::nullopt;
        return make_info("invalid syntax. Perhaps you forgot a comma?",
                         {t_[a].span.begin, t_[b_end - 1].span.end});
    }

    // Does a named expression (CPython's named_expression rule) start at
    // token k? True after if/elif/while headers, decorators and inside
    // displays and groups.
    bool starts_named_expression(size_t k) const {
        if (k == 0) return false;
        K prev = t_[k - 1].kind;
        bool nested = scan::depth_at(t_, k) > 0;
        if (prev == K::If || prev == K::Elif || prev == K::While) return !nested;
        if (prev == K::At) return line_start(k - 1) == k - 1;
        return nested && (prev == K::LParen || prev == K::LBracket || prev == K::LBrace || prev == K::Comma);
    }

    // `if x = 1:` -- CPython's invalid_named_expression.
    std::optional<SyntaxErrorInfo> equals_in_named_expression() const {
        if (t_[i_].kind != K::Equal || i_ == 0 || !scan::ends_operand(t_[i_ - 1].kind)) return std::nullopt;
        size_t a = scan::expression_start(t_, i_ - 1, Level::BitwiseOr);
        if (!starts_named_expression(a)) return std::nullopt;
        size_t rhs_end = scan::skip_expression(t_, i_ + 1, Level::BitwiseOr);
        if (rhs_end == scan::npos || rhs_end >= t_.size() || t_[rhs_end].kind == K::Equal ||
            t_[rhs_end].kind == K::Walrus)
            return std::nullopt;
        read_up_to(rhs_end);
        if (a == i_ - 1 && t_[a].kind == K::Name) {
            return make_info("invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                             {t_[a].span.begin, t_[rhs_end - 1].span.end});
        }
        ExprPtr target = parse_expression_tokens(t_, a, i_);
        if (!target || starts_with_excluded_atom(*target)) return std::nullopt;
        return make_info(std::string("cannot assign to ") + expr_name(*target) +
                             " here. Maybe you meant '==' instead of '='?",
                         to_span(target->loc));
    }

    // f(x=1 for x in y)
    std::optional<SyntaxErrorInfo> keyword_before_genexp() const {
        if (t_[i_].kind != K::For && t_[i_].kind != K::Async) return std::nullopt;
        size_t k = i_;
        while (k > 0) {
            K prev = t_[k - 1].kind;
            if (scan::is_close_bracket(prev)) {
                k = scan::matching_open(t_, k - 1);
                if (k == scan::npos) return std::nullopt;
                continue;
            }
            if (prev == K::Comma || prev == K::LParen) break;
            if (prev == K::Newline || scan::is_open_bracket(prev)) return std::nullopt;
            --k;
        }
        if (k == 0 || t_[k - 1].kind == K::Newline || k + 1 >= i_) return std::nullopt;
        if (t_[k].kind != K::Name || t_[k + 1].kind != K::Equal) return std::nullopt;
        return make_info("invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                         {t_[k].span.begin, t_[k + 1].span.end});
    }

    // Errors inside `{...}` displays (CPython's invalid_double_starred_kvpairs).
    std::optional<SyntaxErrorInfo> dict_display() const {
        if (i_ == 0 || innermost_bracket() != K::LBrace) return std::nullopt;
        K look = t_[i_].kind, prev = t_[i_ - 1].kind;
        if (look == K::Star && prev == K::Colon) {
            size_t end = scan::skip_expression(t_, i_ + 1, Level::BitwiseOr);
            SourcePos stop = end == scan::npos ? t_[i_].span.end : t_[end - 1].span.end;
            if (end != scan::npos) read_up_to(end);
            return make_info("cannot use a starred expression in a dictionary value", {t_[i_].span.begin, stop});
        }
        if (look != K::Comma && look != K::RBrace) return std::nullopt;
        if (prev == K::Colon)
            return make_info("expression expected after dictionary key and ':'", t_[i_ - 1].span);
        if (f_.expects(S::S_Colon)) {
            SourcePos at{t_[i_ - 1].span.end.line, t_[i_ - 1].span.end.col - 1};
            return make_info("':' expected after dictionary key", {at, {at.line, -1}});
        }
        return std::nullopt;
    }

    // except A, B:  (CPython's invalid_except_stmt)
    std::optional<SyntaxErrorInfo> unparenthesized_except_tuple() const {
        if (t_[i_].kind != K::Comma || scan::depth_at(t_, i_) != 0) return std::nullopt;
        size_t s = line_start(i_);
        if (t_[s].kind != K::Except || s + 1 >= i_) return std::nullopt;
        size_t end = i_;
        while (end + 1 < t_.size() && t_[end + 1].kind != K::Colon && t_[end + 1].kind != K::Newline) {
            if (scan::is_open_bracket(t_[end + 1].kind)) {
                size_t close = scan::matching_close(t_, end + 1);
                if (close == scan::npos) break;
                end = close;
            } else {
                ++end;
            }
        }
        if (end + 1 >= t_.size() || t_[end + 1].kind != K::Colon) return std::nullopt;
        return make_info("multiple exception types must be parenthesized",
                         {t_[s + 1].span.begin, t_[end + 1].span.begin});
    }

    // def f(a=): / lambda a=, b: -- CPython's invalid_default.
    std::optional<SyntaxErrorInfo> missing_default() const {
        K look = t_[i_].kind;
        if (i_ == 0 || t_[i_ - 1].kind != K::Equal || (look != K::RParen && look != K::Comma)) return std::nullopt;
        K kw = t_[line_start(i_)].kind;
        bool in_def = (kw == K::Def || kw == K::Async) && innermost_bracket() == K::LParen;
        bool in_lambda = false;
        for (size_t k = i_; k-- > line_start(i_);) {
            if (t_[k].kind == K::Colon) break;
            if (t_[k].kind == K::Lambda) in_lambda = true;
        }
        if (!in_def && !in_lambda) return std::nullopt;
        return make_info("expected default value expression", t_[i_ - 1].span);
    }

    // [*a for ...], {**a for ...}, [a, b for ...] -- invalid_comprehension
    // and invalid_dict_comprehension.
    std::optional<SyntaxErrorInfo> bad_comprehension() const {
        K look = t_[i_].kind;
        if (look != K::For && look != K::Async) return std::nullopt;
        size_t open = innermost_bracket_index();
        if (open == scan::npos || open + 1 >= i_) return std::nullopt;
        if (open > 0 && scan::ends_operand(t_[open - 1].kind)) return std::nullopt; // call / subscript
        bool has_comma = false;
        for (size_t k = open + 1; k < i_; ++k) {
            if (scan::is_open_bracket(t_[k].kind)) k = scan::matching_close(t_, k);
            if (k == scan::npos) return std::nullopt;
            if (t_[k].kind == K::Comma) has_comma = true;
        }
        SourceSpan elements{t_[open + 1].span.begin, t_[i_ - 1].span.end};
        K first = t_[open + 1].kind;
        if (first == K::Star && !has_comma)
            return make_info("iterable unpacking cannot be used in comprehension", elements);
        if (first == K::DoubleStar && !has_comma && t_[open].kind == K::LBrace)
            return make_info("dict unpacking cannot be used in dict comprehension", t_[open + 1].span);
        if (has_comma && t_[open].kind != K::LParen)
            return make_info("did you forget parentheses around the comprehension target?", elements);
        return std::nullopt;
    }

    // def f((a, b)) / lambda (a, b): -- and (**a) as a group.
    std::optional<SyntaxErrorInfo> parenthesized_parameters() const {
        K look = t_[i_].kind;
        if (i_ == 0) return std::nullopt;
        if (look == K::DoubleStar && t_[i_ - 1].kind == K::LParen &&
            !(i_ >= 2 && scan::ends_operand(t_[i_ - 2].kind)))
            return make_info("cannot use double starred expression here", t_[i_].span);
        if (look != K::LParen) return std::nullopt;
        size_t close = scan::matching_close(t_, i_);
        if (close == scan::npos) return std::nullopt;
        SourceSpan group{t_[i_].span.begin, t_[close].span.end};
        // CPython's rule: param_no_default* '(' NAME (',' NAME)* ','? ')'
        for (size_t k = i_ + 1; k < close; ++k) {
            bool name_slot = (k - i_) % 2 == 1;
            if (t_[k].kind != (name_slot ? K::Name : K::Comma)) return std::nullopt;
        }
        K prev = t_[i_ - 1].kind;
        size_t s = line_start(i_);
        if (in_def_parameters() && (prev == K::Comma || prev == K::LParen))
            return make_info("Function parameters cannot be parenthesized", group);
        if (prev != K::Comma && prev != K::Lambda) return std::nullopt;
        for (size_t k = i_; k-- > s;) {
            if (t_[k].kind == K::Colon || scan::is_open_bracket(t_[k].kind)) break;
            if (t_[k].kind == K::Lambda)
                return make_info("Lambda expression parameters cannot be parenthesized", group);
        }
        return std::nullopt;
    }

    // def f(a, /*, b) -- invalid_parameters' "expected comma between / and *".
    std::optional<SyntaxErrorInfo> slash_star() const {
        if (t_[i_].kind != K::Star || i_ == 0 || t_[i_ - 1].kind != K::Slash) return std::nullopt;
        K kw = t_[line_start(i_)].kind;
        bool params = kw == K::Def || kw == K::Async || kw == K::Lambda;
        for (size_t k = i_; !params && k-- > line_start(i_);)
            params = t_[k].kind == K::Lambda;
        if (!params) return std::nullopt;
        return make_info("expected comma between / and *", t_[i_].span);
    }

    // f(**x, *) -- invalid_arguments' `args ',' '*'`.
    std::optional<SyntaxErrorInfo> bare_star_after_kwargs() const {
        if (i_ < 2 || t_[i_ - 1].kind != K::Star || t_[i_ - 2].kind != K::Comma) return std::nullopt;
        size_t open = innermost_bracket_index();
        if (open == scan::npos || t_[open].kind != K::LParen || open == 0 || !scan::ends_operand(t_[open - 1].kind))
            return std::nullopt;
        for (size_t k = open + 1; k + 1 < i_; ++k) {
            if (scan::is_open_bracket(t_[k].kind)) k = scan::matching_close(t_, k);
            if (k == scan::npos) return std::nullopt;
            if (t_[k].kind == K::DoubleStar)
                return make_info("iterable argument unpacking follows keyword argument unpacking", t_[i_ - 1].span);
        }
        return std::nullopt;
    }

    // `0 :=` with no value: CPython's assignment_expression needs NAME ':=',
    // so it fails at the ':='.
    std::optional<SyntaxErrorInfo> walrus_without_value() const {
        if (i_ < 2 || t_[i_ - 1].kind != K::Walrus || scan::starts_expression(t_[i_].kind)) return std::nullopt;
        bool name_target = t_[i_ - 2].kind == K::Name && !(i_ >= 3 && t_[i_ - 3].kind == K::Dot);
        if (name_target) return std::nullopt;
        return make_info("invalid syntax", t_[i_ - 1].span);
    }

    // {a: 1, b c} -- invalid_kvpair: a later key not followed by ':'.
    std::optional<SyntaxErrorInfo> dict_key_without_colon() const {
        if (i_ == 0 || t_[i_].kind == K::Colon || !scan::ends_operand(t_[i_ - 1].kind)) return std::nullopt;
        size_t open = innermost_bracket_index();
        if (open == scan::npos || t_[open].kind != K::LBrace) return std::nullopt;
        size_t key = scan::expression_start(t_, i_ - 1, Level::Expression);
        if (key == 0 || t_[key - 1].kind != K::Comma) return std::nullopt;
        bool is_dict = false;
        for (size_t k = open + 1; k < key; ++k) {
            if (scan::is_open_bracket(t_[k].kind)) k = scan::matching_close(t_, k);
            if (k == scan::npos) return std::nullopt;
            if (t_[k].kind == K::Colon || t_[k].kind == K::DoubleStar) is_dict = true;
        }
        if (!is_dict) return std::nullopt;
        SourcePos at{t_[i_ - 1].span.end.line, t_[i_ - 1].span.end.col - 1};
        return make_info("':' expected after dictionary key", {at, {at.line, -1}});
    }

    static bool is_compound_keyword(K kind) {
        switch (kind) {
        case K::If: case K::Elif: case K::Else: case K::While: case K::For: case K::With:
        case K::Try: case K::Except: case K::Finally: case K::Def: case K::Class: case K::Async:
            return true;
        default:
            return false;
        }
    }

    // Is the lookahead inside `from m import (...)`?
    bool in_import_list() const {
        return t_[line_start(i_)].kind == K::From && innermost_bracket() == K::LParen;
    }

    // `f():` with nothing after the ':' -- CPython only gets past the ':'
    // for targets that can be annotated; otherwise it fails at the ':'.
    std::optional<SyntaxErrorInfo> bad_annotation_target() const {
        if (i_ < 2 || t_[i_ - 1].kind != K::Colon || scan::depth_at(t_, i_) != 0) return std::nullopt;
        // The simple statement: after a compound header's ':' and the last ';'.
        size_t s = line_start(i_);
        if (is_compound_keyword(t_[s].kind)) {
            int depth = 0;
            for (size_t k = s; k + 1 < i_; ++k) {
                if (scan::is_open_bracket(t_[k].kind)) ++depth;
                else if (scan::is_close_bracket(t_[k].kind)) --depth;
                else if (depth == 0 && t_[k].kind == K::Colon) {
                    s = k + 1;
                    break;
                }
            }
        }
        for (size_t k = s; k + 1 < i_; ++k)
            if (t_[k].kind == K::Semicolon) s = k + 1;
        if (!scan::starts_expression(t_[s].kind) && t_[s].kind != K::Star) return std::nullopt;
        int depth = 0;
        for (size_t k = s; k + 1 < i_; ++k) {
            K kind = t_[k].kind;
            if (scan::is_open_bracket(kind)) ++depth;
            else if (scan::is_close_bracket(kind)) --depth;
            else if (depth == 0 && (kind == K::Colon || kind == K::Equal || kind == K::Lambda)) return std::nullopt;
        }
        ExprPtr target = parse_expression_tokens(t_, s, i_ - 1);
        bool annotatable = target && (target->kind == ast::ExprKind::Name ||
                                      target->kind == ast::ExprKind::Attribute ||
                                      target->kind == ast::ExprKind::Subscript);
        if (annotatable) return std::nullopt;
        return make_info("invalid syntax", t_[i_ - 1].span);
    }

    // Is the lookahead directly inside a `def f(...)` parameter list?
    bool in_def_parameters() const {
        size_t s = line_start(i_);
        if (t_[s].kind == K::Async) ++s;
        return t_[s].kind == K::Def && innermost_bracket_index() == s + 2;
    }

    size_t innermost_bracket_index() const {
        int depth = 0;
        for (size_t k = i_; k-- > 0;) {
            if (scan::is_close_bracket(t_[k].kind)) ++depth;
            else if (scan::is_open_bracket(t_[k].kind) && depth-- == 0) return k;
        }
        return scan::npos;
    }

    K innermost_bracket() const {
        int depth = 0;
        for (size_t k = i_; k-- > 0;) {
            if (scan::is_close_bracket(t_[k].kind)) ++depth;
            else if (scan::is_open_bracket(t_[k].kind) && depth-- == 0) return t_[k].kind;
        }
        return K::EndOfFile;
    }

    void read_up_to(size_t k) const { furthest_ = std::max(furthest_, std::min(k, t_.size() - 1)); }

    const std::vector<Token>& t_;
    const SyntaxFailure& f_;
    const std::string& source_;
    size_t i_;
    mutable size_t furthest_ = i_;
};

} // namespace

bool failed_at_eof(const std::vector<Token>& tokens, const SyntaxFailure& failure) {
    for (size_t k = failure.token_index; k < tokens.size(); ++k) {
        if (tokens[k].kind != K::Dedent && tokens[k].kind != K::EndOfFile) return false;
    }
    return true;
}

SyntaxErrorInfo describe_syntax_error(const std::vector<Token>& tokens, const SyntaxFailure& failure,
                                      const std::string& source, size_t* furthest_token) {
    FailureDescriber describer(tokens, failure, source);
    SyntaxErrorInfo info = describer.describe();
    if (furthest_token) *furthest_token = describer.furthest();
    info.incomplete_input = failed_at_eof(tokens, failure);
    return info;
}

SyntaxErrorInfo from_lex_error(const LexError& error) {
    SyntaxErrorInfo info;
    info.type = error.type;
    info.message = error.message;
    info.lineno = error.pos.line;
    info.col_offset = error.pos.col;
    info.no_location = error.no_location;
    // CPython's tokenizer errors end where they start unless a range is
    // given; indentation errors and "'(' was never closed" have no end.
    const std::string& m = error.message;
    bool no_end = m.find("was never closed") != std::string::npos ||
                  m.find("unexpected EOF") != std::string::npos || error.type != "SyntaxError";
    info.end_lineno = no_end ? -1 : error.pos.line;
    info.end_col_offset = error.end_col >= 0 ? error.end_col : no_end ? -1 : error.pos.col;
    info.incomplete_input = m.find("was never closed") != std::string::npos ||
                            m.find("unterminated triple-quoted") != std::string::npos ||
                            m.find("unexpected EOF") != std::string::npos;
    return info;
}

} // namespace pyco::parse
