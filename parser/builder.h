// AST construction helpers used by the grammar actions (grammar.yy).
//
// The Bison grammar is LALR(1), so several constructs are parsed more
// permissively than CPython's PEG grammar (assignment targets are parsed as
// expressions, parameter lists as flat item lists, `with (...)` through the
// parenthesized-group rule) and then validated and converted here. The
// validations raise the same messages CPython's `invalid_*` rules raise.
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "lexer/token.h"
#include "parser/ast.h"
#include "parser/parser.h"

namespace pyco::parse {

using ast::ExprList;
using ast::ExprPtr;
using ast::StmtList;
using ast::StmtPtr;

// ---------------------------------------------------------------- errors

// Thrown by grammar actions (and the helpers below) for errors that CPython
// reports from its invalid_* rules; parse_module catches it, so it never
// crosses the public API.
struct ParseError {
    SyntaxErrorInfo info;
};

// Raise a SyntaxError covering `span` (CPython's RAISE_SYNTAX_ERROR_KNOWN_RANGE).
[[noreturn]] void raise_error(const SourceSpan& span, std::string message,
                              std::string type = "SyntaxError");
// Raise a SyntaxError covering an AST node (RAISE_SYNTAX_ERROR_KNOWN_LOCATION).
[[noreturn]] void raise_error(const ast::Loc& loc, std::string message);

// ---------------------------------------------------------------- locations

ast::Loc to_loc(const SourceSpan& span);
SourceSpan to_span(const ast::Loc& loc);
SourceSpan join(const SourceSpan& first, const SourceSpan& last);
// True when the grammar symbol spanning `span` is exactly `node` (no
// parentheses around it).
bool same_extent(const SourceSpan& span, const ast::Expr& node);
// The one-character span at the start of `span` (e.g. the `=` of a default).
SourceSpan first_char(const SourceSpan& span);

template <typename T>
std::unique_ptr<T> make(const SourceSpan& span) {
    auto node = std::make_unique<T>();
    node->loc = to_loc(span);
    return node;
}

// The token vector being parsed, for helpers that must look at tokens the
// grammar did not hand them (set by Driver::run; nested f-string parses save
// and restore it).
const std::vector<Token>& current_tokens();
void set_current_tokens(const std::vector<Token>* tokens);
// Index of the token starting at `pos`, or of the first one after it.
size_t token_index_at(SourcePos pos);
// True for `( ... )` tuples (as opposed to `a, b`).
bool is_parenthesized_tuple(const ast::Expr& expr);

// ---------------------------------------------------------------- simple nodes

// The identifier a NAME token stands for (NFKC-normalized, identifiers.cpp).
std::string identifier(const Token* token);

ExprPtr make_name(const Token* token, const SourceSpan& span);
ExprPtr make_constant(ast::ConstantValue::Kind kind, const SourceSpan& span);
ExprPtr make_number(const Token* token, const SourceSpan& span);
ExprPtr make_binop(ExprPtr left, ast::OperatorKind op, ExprPtr right, const SourceSpan& span);
ExprPtr make_unary(ast::UnaryOpKind op, ExprPtr operand, const SourceSpan& span);
ExprPtr make_boolop(ast::BoolOpKind op, ExprList values, const SourceSpan& span);
ExprPtr make_tuple_expr(ExprList elts, const SourceSpan& span);
ExprPtr make_starred(ExprPtr value, const SourceSpan& span);
// A comma-separated sequence: the single element itself when there is one
// element and no trailing comma, otherwise a Tuple.
ExprPtr tuple_or_single(ExprList elts, bool trailing_comma, const SourceSpan& span);

// One `op operand` step of a comparison chain.
struct CompareStep {
    ast::CmpOpKind op;
    ExprPtr operand;
};
using CompareChain = std::vector<CompareStep>;
ExprPtr make_compare(ExprPtr left, CompareChain chain, const SourceSpan& span);

// `target := value`, with CPython's check that the target is a plain name.
ExprPtr make_named_expr(ExprPtr target, ExprPtr value, const SourceSpan& span);

// ---------------------------------------------------------------- parenthesized groups

// The contents of `( ... )`: either a parenthesized expression / tuple, or
// the item list of a parenthesized `with` statement (items may carry `as`).
struct GroupItem {
    ExprPtr expr;
    ExprPtr as_target;     // set for `expr as target`
    SourceSpan as_span{};  // the `as` keyword
    SourceSpan span{};     // the whole item
};
struct Group {
    std::vector<GroupItem> items;
    bool trailing_comma = false;
};
// `( group )` used as an expression.
ExprPtr group_to_expr(Group group, const SourceSpan& span);
// `with ( group ) :` — CPython's parenthesized with-items form.
std::vector<ast::WithItem> group_to_with_items(Group group, const SourceSpan& span);
ast::WithItem make_with_item(ExprPtr expr, ExprPtr target);

// ---------------------------------------------------------------- targets

enum class TargetKind { Assign, For, Del };
// CPython's _PyPegen_get_expr_name: "function call", "literal", ...
const char* expr_name(const ast::Expr& expr);
// Validate `expr` as an assignment / for / del target and set its context.
void make_target(ast::Expr& expr, TargetKind kind);
void set_context(ast::Expr& expr, ast::ExprContext ctx);
// CPython's lookahead !(list|tuple|genexp|'True'|'None'|'False') in front
// of an invalid assignment target: does `expr` start with such an atom?
bool starts_with_excluded_atom(const ast::Expr& expr);

// Check of the first `=` target of an assignment statement (see targets.cpp
// for CPython's "Maybe you meant '=='" variants). `eq_token` is the `=`.
void check_first_assign_target(ast::Expr& target, const Token* eq_token);
// Targets after the first one.
void check_assign_target(ast::Expr& target);
[[noreturn]] void raise_yield_target(const ast::Expr& target);
void check_augassign_target(ast::Expr& target);
// Returns the AnnAssign `simple` flag.
bool check_annassign_target(ast::Expr& target, const SourceSpan& span);

// ---------------------------------------------------------------- calls

struct CallArg {
    enum class Kind { Positional, Starred, Keyword, DoubleStar };
    Kind kind = Kind::Positional;
    ExprPtr value;
    std::string name;       // Keyword
    SourceSpan span{};      // the whole argument
    bool bare_genexp = false; // `f(x for x in y)` without own parentheses
};
using CallArgs = std::vector<CallArg>;

CallArg make_keyword_arg(ExprPtr name, const SourceSpan& name_span, const SourceSpan& eq_span,
                         ExprPtr value, const SourceSpan& span);
CallArg make_bare_genexp_arg(ExprPtr elt, ast::ComprehensionList gens, const SourceSpan& span);
// `func ( args )`; `parens` spans from '(' to ')'.
ExprPtr make_call(ExprPtr func, CallArgs args, bool trailing_comma, const SourceSpan& parens,
                  const SourceSpan& span);
// Class bases / keywords share the call-argument rules.
void split_class_args(CallArgs args, bool trailing_comma, const SourceSpan& parens,
                      ExprList& bases, std::vector<ast::Keyword>& keywords);

// ---------------------------------------------------------------- parameters

struct ParamItem {
    enum class Kind { Plain, Star, DoubleStar, Slash };
    Kind kind = Kind::Plain;
    std::unique_ptr<ast::Arg> arg; // null for bare `*` and `/`
    ExprPtr default_value;
    SourceSpan span{};     // whole item
    SourceSpan eq_span{};  // the `=` of a default
};
using ParamItems = std::vector<ParamItem>;

std::unique_ptr<ast::Arg> make_arg(const Token* name, ExprPtr annotation, const SourceSpan& span);
std::unique_ptr<ast::Arguments> build_arguments(ParamItems items, bool trailing_comma,
                                                bool is_lambda);
std::unique_ptr<ast::Arguments> empty_arguments();

// ---------------------------------------------------------------- displays

struct DictItem {
    ExprPtr key; // null for `**mapping`
    ExprPtr value;
};
using DictItems = std::vector<DictItem>;
ExprPtr make_dict(DictItems items, const SourceSpan& span);

ast::Comprehension make_comprehension(ExprPtr target, ExprPtr iter, ExprList ifs, bool is_async);

// ---------------------------------------------------------------- strings

using StringTokens = std::vector<const Token*>;
// Adjacent string literals -> Constant or JoinedStr (CPython's
// _PyPegen_concatenate_strings). `next` is the token after the last string
// (CPython reports the bytes/str mixing error there).
ExprPtr concat_strings(const StringTokens& tokens, const Token* next, const SourceSpan& span);

// Parse the expression of an f-string replacement field (parser.cpp).
ExprPtr parse_fstring_expression(const FStringPart& part);
// Parse tokens[begin, end) as a parenthesized expression; null if they are
// not one (parser.cpp). Used to name the operand of some syntax errors.
ExprPtr parse_expression_tokens(const std::vector<Token>& tokens, size_t begin, size_t end);

// ---------------------------------------------------------------- imports

ast::Alias make_alias(std::string name, std::string asname, const SourceSpan& span);

} // namespace pyco::parse
