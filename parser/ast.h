// The abstract syntax tree: the contract between parser/ (Bison) and the
// compiler in vm/.
//
// Node names and field names mirror CPython's `ast` module (Python 3.11) so
// that `pyco --ast` output can be compared with `ast.dump` by eye and so the
// compiler can follow CPython's compile.c structure. Every node carries its
// source span (lineno 1-based, col_offset 0-based UTF-8 bytes, like CPython).
// Ownership: a node owns its children through unique_ptr; the tree is
// immutable once the parser hands it over.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <type_traits>
#include <vector>

namespace pyco::ast {

struct Loc {
    int lineno = 0;
    int col_offset = 0;
    int end_lineno = 0;
    int end_col_offset = 0;
};

struct Expr;
struct Stmt;
using ExprPtr = std::unique_ptr<Expr>;
using StmtPtr = std::unique_ptr<Stmt>;
using ExprList = std::vector<ExprPtr>;
using StmtList = std::vector<StmtPtr>;

enum class ExprContext : uint8_t { Load, Store, Del };
enum class BoolOpKind : uint8_t { And, Or };
enum class OperatorKind : uint8_t {
    Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv
};
enum class UnaryOpKind : uint8_t { Invert, Not, UAdd, USub };
enum class CmpOpKind : uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

// ---------------------------------------------------------------- expressions

#define PYCO_EXPR_KINDS(X)                                                                    \
    X(BoolOp) X(NamedExpr) X(BinOp) X(UnaryOp) X(Lambda) X(IfExp) X(Dict) X(Set) X(ListComp) \
    X(SetComp) X(DictComp) X(GeneratorExp) X(Await) X(Yield) X(YieldFrom) X(Compare) X(Call)  \
    X(FormattedValue) X(JoinedStr) X(Constant) X(Attribute) X(Subscript) X(Starred) X(Name)  \
    X(List) X(Tuple) X(Slice)

enum class ExprKind : uint8_t {
#define PYCO_ENUM(name) name,
    PYCO_EXPR_KINDS(PYCO_ENUM)
#undef PYCO_ENUM
};

struct Expr {
    const ExprKind kind;
    Loc loc;
    explicit Expr(ExprKind k) : kind(k) {}
    virtual ~Expr() = default;
};

template <ExprKind K>
struct ExprNode : Expr {
    static constexpr ExprKind kKind = K;
    ExprNode() : Expr(K) {}
};

// Downcast helper: `if (auto* n = as<ast::Name>(e))`.
// Keeps constness: as<Name>(const Expr*) gives const Name*.
template <typename T, typename Base>
auto as(Base* node) -> std::conditional_t<std::is_const_v<Base>, const T*, T*> {
    using Out = std::conditional_t<std::is_const_v<Base>, const T*, T*>;
    return node && node->kind == T::kKind ? static_cast<Out>(node) : nullptr;
}

struct Arguments;
struct Comprehension {
    ExprPtr target;
    ExprPtr iter;
    ExprList ifs;
    bool is_async = false;
};
using ComprehensionList = std::vector<Comprehension>;

struct Keyword {
    std::string arg; // empty for **kwargs
    ExprPtr value;
    Loc loc;
};

// A constant value as written in source.
struct ConstantValue {
    enum class Kind : uint8_t { None, True, False, Ellipsis, Int, Float, Complex, Str, Bytes };
    Kind kind = Kind::None;
    std::string text;   // Int: decimal/hex/... digits (no '_'), base in int_base; Str/Bytes: payload
    int int_base = 10;
    double number = 0;  // Float value, or imaginary part for Complex
    bool u_prefix = false; // Str spelled u'...' (ast.dump shows kind='u')
};

struct BoolOp : ExprNode<ExprKind::BoolOp> { BoolOpKind op; ExprList values; };
struct NamedExpr : ExprNode<ExprKind::NamedExpr> { ExprPtr target; ExprPtr value; };
struct BinOp : ExprNode<ExprKind::BinOp> { ExprPtr left; OperatorKind op; ExprPtr right; };
struct UnaryOp : ExprNode<ExprKind::UnaryOp> { UnaryOpKind op; ExprPtr operand; };
struct Lambda : ExprNode<ExprKind::Lambda> { std::unique_ptr<Arguments> args; ExprPtr body; };
struct IfExp : ExprNode<ExprKind::IfExp> { ExprPtr test; ExprPtr body; ExprPtr orelse; };
// keys[i] is null for a `**mapping` entry.
struct Dict : ExprNode<ExprKind::Dict> { ExprList keys; ExprList values; };
struct Set : ExprNode<ExprKind::Set> { ExprList elts; };
struct ListComp : ExprNode<ExprKind::ListComp> { ExprPtr elt; ComprehensionList generators; };
struct SetComp : ExprNode<ExprKind::SetComp> { ExprPtr elt; ComprehensionList generators; };
struct DictComp : ExprNode<ExprKind::DictComp> { ExprPtr key; ExprPtr value; ComprehensionList generators; };
struct GeneratorExp : ExprNode<ExprKind::GeneratorExp> { ExprPtr elt; ComprehensionList generators; };
struct Await : ExprNode<ExprKind::Await> { ExprPtr value; };
struct Yield : ExprNode<ExprKind::Yield> { ExprPtr value; /* may be null */ };
struct YieldFrom : ExprNode<ExprKind::YieldFrom> { ExprPtr value; };
struct Compare : ExprNode<ExprKind::Compare> { ExprPtr left; std::vector<CmpOpKind> ops; ExprList comparators; };
struct Call : ExprNode<ExprKind::Call> { ExprPtr func; ExprList args; std::vector<Keyword> keywords; };
// conversion: -1 none, 's', 'r', 'a'. format_spec is a JoinedStr or null.
struct FormattedValue : ExprNode<ExprKind::FormattedValue> { ExprPtr value; int conversion = -1; ExprPtr format_spec; };
struct JoinedStr : ExprNode<ExprKind::JoinedStr> { ExprList values; };
struct Constant : ExprNode<ExprKind::Constant> { ConstantValue value; };
struct Attribute : ExprNode<ExprKind::Attribute> { ExprPtr value; std::string attr; ExprContext ctx = ExprContext::Load; };
struct Subscript : ExprNode<ExprKind::Subscript> { ExprPtr value; ExprPtr slice; ExprContext ctx = ExprContext::Load; };
struct Starred : ExprNode<ExprKind::Starred> { ExprPtr value; ExprContext ctx = ExprContext::Load; };
struct Name : ExprNode<ExprKind::Name> { std::string id; ExprContext ctx = ExprContext::Load; };
struct List : ExprNode<ExprKind::List> { ExprList elts; ExprContext ctx = ExprContext::Load; };
struct Tuple : ExprNode<ExprKind::Tuple> { ExprList elts; ExprContext ctx = ExprContext::Load; };
struct Slice : ExprNode<ExprKind::Slice> { ExprPtr lower; ExprPtr upper; ExprPtr step; };

// ---------------------------------------------------------------- function signatures

struct Arg {
    std::string arg;
    ExprPtr annotation; // may be null
    Loc loc;
};

// Mirrors ast.arguments. defaults align with the *last* len(defaults) of
// posonlyargs+args; kw_defaults[i] is null when kwonlyargs[i] has none.
struct Arguments {
    std::vector<Arg> posonlyargs;
    std::vector<Arg> args;
    std::unique_ptr<Arg> vararg;   // null if absent
    std::vector<Arg> kwonlyargs;
    ExprList kw_defaults;
    std::unique_ptr<Arg> kwarg;    // null if absent
    ExprList defaults;
};

// ---------------------------------------------------------------- statements

#define PYCO_STMT_KINDS(X)                                                                       \
    X(FunctionDef) X(AsyncFunctionDef) X(ClassDef) X(Return) X(Delete) X(Assign) X(AugAssign)   \
    X(AnnAssign) X(For) X(AsyncFor) X(While) X(If) X(With) X(AsyncWith) X(Raise) X(Try)         \
    X(Assert) X(Import) X(ImportFrom) X(Global) X(Nonlocal) X(ExprStmt) X(Pass) X(Break)        \
    X(Continue)

enum class StmtKind : uint8_t {
#define PYCO_ENUM(name) name,
    PYCO_STMT_KINDS(PYCO_ENUM)
#undef PYCO_ENUM
};

struct Stmt {
    const StmtKind kind;
    Loc loc;
    explicit Stmt(StmtKind k) : kind(k) {}
    virtual ~Stmt() = default;
};

template <StmtKind K>
struct StmtNode : Stmt {
    static constexpr StmtKind kKind = K;
    StmtNode() : Stmt(K) {}
};

struct Alias {
    std::string name;   // dotted name, or "*"
    std::string asname; // empty if none
    Loc loc;
};

struct WithItem {
    ExprPtr context_expr;
    ExprPtr optional_vars; // may be null
};

struct ExceptHandler {
    ExprPtr type;     // may be null (bare except)
    std::string name; // empty if no `as`
    StmtList body;
    Loc loc;
};

// FunctionDef and AsyncFunctionDef share a layout.
struct FunctionDefBase : Stmt {
    using Stmt::Stmt;
    std::string name;
    std::unique_ptr<Arguments> args;
    StmtList body;
    ExprList decorator_list;
    ExprPtr returns; // may be null
};
struct FunctionDef : FunctionDefBase {
    static constexpr StmtKind kKind = StmtKind::FunctionDef;
    FunctionDef() : FunctionDefBase(kKind) {}
};
struct AsyncFunctionDef : FunctionDefBase {
    static constexpr StmtKind kKind = StmtKind::AsyncFunctionDef;
    AsyncFunctionDef() : FunctionDefBase(kKind) {}
};

struct ClassDef : StmtNode<StmtKind::ClassDef> {
    std::string name;
    ExprList bases;
    std::vector<Keyword> keywords;
    StmtList body;
    ExprList decorator_list;
};
struct Return : StmtNode<StmtKind::Return> { ExprPtr value; /* may be null */ };
struct Delete : StmtNode<StmtKind::Delete> { ExprList targets; };
struct Assign : StmtNode<StmtKind::Assign> { ExprList targets; ExprPtr value; };
struct AugAssign : StmtNode<StmtKind::AugAssign> { ExprPtr target; OperatorKind op; ExprPtr value; };
struct AnnAssign : StmtNode<StmtKind::AnnAssign> { ExprPtr target; ExprPtr annotation; ExprPtr value; bool simple = false; };

// For and AsyncFor share a layout; so do With and AsyncWith.
struct ForBase : Stmt { using Stmt::Stmt; ExprPtr target; ExprPtr iter; StmtList body; StmtList orelse; };
struct For : ForBase { static constexpr StmtKind kKind = StmtKind::For; For() : ForBase(kKind) {} };
struct AsyncFor : ForBase { static constexpr StmtKind kKind = StmtKind::AsyncFor; AsyncFor() : ForBase(kKind) {} };
struct While : StmtNode<StmtKind::While> { ExprPtr test; StmtList body; StmtList orelse; };
struct If : StmtNode<StmtKind::If> { ExprPtr test; StmtList body; StmtList orelse; };
struct WithBase : Stmt { using Stmt::Stmt; std::vector<WithItem> items; StmtList body; };
struct With : WithBase { static constexpr StmtKind kKind = StmtKind::With; With() : WithBase(kKind) {} };
struct AsyncWith : WithBase { static constexpr StmtKind kKind = StmtKind::AsyncWith; AsyncWith() : WithBase(kKind) {} };
struct Raise : StmtNode<StmtKind::Raise> { ExprPtr exc; ExprPtr cause; };
struct Try : StmtNode<StmtKind::Try> {
    StmtList body;
    std::vector<ExceptHandler> handlers;
    StmtList orelse;
    StmtList finalbody;
    bool star = false; // `except*` handlers (CPython's TryStar node)
};
struct Assert : StmtNode<StmtKind::Assert> { ExprPtr test; ExprPtr msg; };
struct Import : StmtNode<StmtKind::Import> { std::vector<Alias> names; };
struct ImportFrom : StmtNode<StmtKind::ImportFrom> { std::string module; std::vector<Alias> names; int level = 0; };
struct Global : StmtNode<StmtKind::Global> { std::vector<std::string> names; };
struct Nonlocal : StmtNode<StmtKind::Nonlocal> { std::vector<std::string> names; };
struct ExprStmt : StmtNode<StmtKind::ExprStmt> { ExprPtr value; };
struct Pass : StmtNode<StmtKind::Pass> {};
struct Break : StmtNode<StmtKind::Break> {};
struct Continue : StmtNode<StmtKind::Continue> {};

struct Module {
    StmtList body;
};

// Dump in the style of Python's ast.dump(tree, indent=2) (without
// include_attributes); used by `pyco --ast` and the parser tests.
std::string dump(const Module& module);

} // namespace pyco::ast
