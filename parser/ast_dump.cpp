// ast::dump: the exact text of Python's ast.dump(tree, indent=2).
//
// The AST is first turned into a small generic tree (class name + named
// fields, lists, scalar reprs) that mirrors how Python's ast module sees
// nodes; the formatter is then a line-by-line port of ast.dump's _format.
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "parser/ast.h"
#include "parser/ast_dump.h"
#include "parser/py_repr.h"

namespace pyco::ast {

namespace {

// ---------------------------------------------------------------- generic tree

struct Value;
struct Object {
    std::string cls;
    std::vector<std::pair<std::string, Value>> fields; // omitted fields are absent
};
struct Value {
    enum class Kind { Scalar, Object, List } kind = Kind::Scalar;
    std::string scalar;
    std::shared_ptr<Object> object;
    std::vector<Value> list;
};

Value scalar(std::string repr) {
    Value v;
    v.scalar = std::move(repr);
    return v;
}

Value object(Object o) {
    Value v;
    v.kind = Value::Kind::Object;
    v.object = std::make_shared<Object>(std::move(o));
    return v;
}

Value empty_object(const char* cls) {
    return object(Object{cls, {}});
}

Value list(std::vector<Value> items) {
    Value v;
    v.kind = Value::Kind::List;
    v.list = std::move(items);
    return v;
}

// Builds an Object field by field; optional fields that are null are
// skipped, as ast.dump skips None values of optional fields.
class ObjectBuilder {
public:
    explicit ObjectBuilder(const char* cls) { obj_.cls = cls; }
    ObjectBuilder& add(const char* name, Value v) {
        obj_.fields.emplace_back(name, std::move(v));
        return *this;
    }
    ObjectBuilder& optional(const char* name, std::optional<Value> v) {
        if (v) add(name, std::move(*v));
        return *this;
    }
    Value done() { return object(std::move(obj_)); }

private:
    Object obj_;
};

// ---------------------------------------------------------------- AST -> tree

// Set while dump_with_locations runs: append the location attributes.
thread_local bool g_with_locations = false;

Value with_loc(Value v, const Loc& loc) {
    if (!g_with_locations) return v;
    auto& fields = v.object->fields;
    fields.emplace_back("lineno", scalar(std::to_string(loc.lineno)));
    fields.emplace_back("col_offset", scalar(std::to_string(loc.col_offset)));
    fields.emplace_back("end_lineno", scalar(std::to_string(loc.end_lineno)));
    fields.emplace_back("end_col_offset", scalar(std::to_string(loc.end_col_offset)));
    return v;
}

Value conv(const Expr& e);
Value conv(const Stmt& s);

std::optional<Value> opt(const ExprPtr& e) {
    if (!e) return std::nullopt;
    return conv(*e);
}

Value exprs(const ExprList& list_) {
    std::vector<Value> items;
    for (const auto& e : list_) items.push_back(e ? conv(*e) : scalar("None"));
    return list(std::move(items));
}

Value stmts(const StmtList& list_) {
    std::vector<Value> items;
    for (const auto& s : list_) items.push_back(conv(*s));
    return list(std::move(items));
}

Value str(const std::string& s) {
    return scalar(parse::repr_str(s));
}

std::optional<Value> opt_str(const std::string& s) {
    if (s.empty()) return std::nullopt;
    return str(s);
}

Value integer(long v) {
    return scalar(std::to_string(v));
}

Value ctx(ExprContext c) {
    switch (c) {
    case ExprContext::Load: return empty_object("Load");
    case ExprContext::Store: return empty_object("Store");
    case ExprContext::Del: return empty_object("Del");
    }
    return empty_object("Load");
}

Value op(OperatorKind k) {
    static const char* const names[] = {"Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow",
                                        "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"};
    return empty_object(names[static_cast<int>(k)]);
}

Value op(UnaryOpKind k) {
    static const char* const names[] = {"Invert", "Not", "UAdd", "USub"};
    return empty_object(names[static_cast<int>(k)]);
}

Value op(CmpOpKind k) {
    static const char* const names[] = {"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"};
    return empty_object(names[static_cast<int>(k)]);
}

Value constant(const ConstantValue& v) {
    using K = ConstantValue::Kind;
    switch (v.kind) {
    case K::None: return scalar("None");
    case K::True: return scalar("True");
    case K::False: return scalar("False");
    case K::Ellipsis: return scalar("Ellipsis");
    case K::Int: return scalar(parse::repr_int(v.text, v.int_base));
    case K::Float: return scalar(parse::repr_float(v.number));
    case K::Complex: return scalar(parse::repr_imaginary(v.number));
    case K::Str: return str(v.text);
    case K::Bytes: return scalar(parse::repr_bytes(v.text));
    }
    return scalar("None");
}

Value arg(const Arg& a) {
    return with_loc(ObjectBuilder("arg").add("arg", str(a.arg)).optional("annotation", opt(a.annotation)).done(),
                    a.loc);
}

Value args(const std::vector<Arg>& list_) {
    std::vector<Value> items;
    for (const auto& a : list_) items.push_back(arg(a));
    return list(std::move(items));
}

Value arguments(const Arguments& a) {
    return ObjectBuilder("arguments")
        .add("posonlyargs", args(a.posonlyargs))
        .add("args", args(a.args))
        .optional("vararg", a.vararg ? std::optional<Value>(arg(*a.vararg)) : std::nullopt)
        .add("kwonlyargs", args(a.kwonlyargs))
        .add("kw_defaults", exprs(a.kw_defaults))
        .optional("kwarg", a.kwarg ? std::optional<Value>(arg(*a.kwarg)) : std::nullopt)
        .add("defaults", exprs(a.defaults))
        .done();
}

Value keywords(const std::vector<Keyword>& list_) {
    std::vector<Value> items;
    for (const auto& k : list_)
        items.push_back(with_loc(
            ObjectBuilder("keyword").optional("arg", opt_str(k.arg)).add("value", conv(*k.value)).done(), k.loc));
    return list(std::move(items));
}

Value comprehensions(const ComprehensionList& list_) {
    std::vector<Value> items;
    for (const auto& c : list_) {
        items.push_back(ObjectBuilder("comprehension")
                            .add("target", conv(*c.target))
                            .add("iter", conv(*c.iter))
                            .add("ifs", exprs(c.ifs))
                            .add("is_async", integer(c.is_async ? 1 : 0))
                            .done());
    }
    return list(std::move(items));
}

Value aliases(const std::vector<Alias>& list_) {
    std::vector<Value> items;
    for (const auto& a : list_)
        items.push_back(with_loc(
            ObjectBuilder("alias").add("name", str(a.name)).optional("asname", opt_str(a.asname)).done(), a.loc));
    return list(std::move(items));
}

Value names(const std::vector<std::string>& list_) {
    std::vector<Value> items;
    for (const auto& n : list_) items.push_back(str(n));
    return list(std::move(items));
}

Value withitems(const std::vector<WithItem>& list_) {
    std::vector<Value> items;
    for (const auto& w : list_) {
        items.push_back(ObjectBuilder("withitem")
                            .add("context_expr", conv(*w.context_expr))
                            .optional("optional_vars", opt(w.optional_vars))
                            .done());
    }
    return list(std::move(items));
}

Value handlers(const std::vector<ExceptHandler>& list_) {
    std::vector<Value> items;
    for (const auto& h : list_) {
        items.push_back(with_loc(ObjectBuilder("ExceptHandler")
                                     .optional("type", opt(h.type))
                                     .optional("name", opt_str(h.name))
                                     .add("body", stmts(h.body))
                                     .done(),
                                 h.loc));
    }
    return list(std::move(items));
}

template <typename T>
const T& as_node(const Expr& e) {
    return static_cast<const T&>(e);
}

Value expr_fields(const Expr& e) {
    switch (e.kind) {
    case ExprKind::BoolOp: {
        auto& n = as_node<BoolOp>(e);
        return ObjectBuilder("BoolOp")
            .add("op", empty_object(n.op == BoolOpKind::And ? "And" : "Or"))
            .add("values", exprs(n.values))
            .done();
    }
    case ExprKind::NamedExpr: {
        auto& n = as_node<NamedExpr>(e);
        return ObjectBuilder("NamedExpr").add("target", conv(*n.target)).add("value", conv(*n.value)).done();
    }
    case ExprKind::BinOp: {
        auto& n = as_node<BinOp>(e);
        return ObjectBuilder("BinOp").add("left", conv(*n.left)).add("op", op(n.op)).add("right", conv(*n.right)).done();
    }
    case ExprKind::UnaryOp: {
        auto& n = as_node<UnaryOp>(e);
        return ObjectBuilder("UnaryOp").add("op", op(n.op)).add("operand", conv(*n.operand)).done();
    }
    case ExprKind::Lambda: {
        auto& n = as_node<Lambda>(e);
        return ObjectBuilder("Lambda").add("args", arguments(*n.args)).add("body", conv(*n.body)).done();
    }
    case ExprKind::IfExp: {
        auto& n = as_node<IfExp>(e);
        return ObjectBuilder("IfExp")
            .add("test", conv(*n.test))
            .add("body", conv(*n.body))
            .add("orelse", conv(*n.orelse))
            .done();
    }
    case ExprKind::Dict: {
        auto& n = as_node<Dict>(e);
        return ObjectBuilder("Dict").add("keys", exprs(n.keys)).add("values", exprs(n.values)).done();
    }
    case ExprKind::Set:
        return ObjectBuilder("Set").add("elts", exprs(as_node<Set>(e).elts)).done();
    case ExprKind::ListComp: {
        auto& n = as_node<ListComp>(e);
        return ObjectBuilder("ListComp").add("elt", conv(*n.elt)).add("generators", comprehensions(n.generators)).done();
    }
    case ExprKind::SetComp: {
        auto& n = as_node<SetComp>(e);
        return ObjectBuilder("SetComp").add("elt", conv(*n.elt)).add("generators", comprehensions(n.generators)).done();
    }
    case ExprKind::DictComp: {
        auto& n = as_node<DictComp>(e);
        return ObjectBuilder("DictComp")
            .add("key", conv(*n.key))
            .add("value", conv(*n.value))
            .add("generators", comprehensions(n.generators))
            .done();
    }
    case ExprKind::GeneratorExp: {
        auto& n = as_node<GeneratorExp>(e);
        return ObjectBuilder("GeneratorExp")
            .add("elt", conv(*n.elt))
            .add("generators", comprehensions(n.generators))
            .done();
    }
    case ExprKind::Await:
        return ObjectBuilder("Await").add("value", conv(*as_node<Await>(e).value)).done();
    case ExprKind::Yield:
        return ObjectBuilder("Yield").optional("value", opt(as_node<Yield>(e).value)).done();
    case ExprKind::YieldFrom:
        return ObjectBuilder("YieldFrom").add("value", conv(*as_node<YieldFrom>(e).value)).done();
    case ExprKind::Compare: {
        auto& n = as_node<Compare>(e);
        std::vector<Value> ops;
        for (auto k : n.ops) ops.push_back(op(k));
        return ObjectBuilder("Compare")
            .add("left", conv(*n.left))
            .add("ops", list(std::move(ops)))
            .add("comparators", exprs(n.comparators))
            .done();
    }
    case ExprKind::Call: {
        auto& n = as_node<Call>(e);
        return ObjectBuilder("Call")
            .add("func", conv(*n.func))
            .add("args", exprs(n.args))
            .add("keywords", keywords(n.keywords))
            .done();
    }
    case ExprKind::FormattedValue: {
        auto& n = as_node<FormattedValue>(e);
        return ObjectBuilder("FormattedValue")
            .add("value", conv(*n.value))
            .add("conversion", integer(n.conversion))
            .optional("format_spec", opt(n.format_spec))
            .done();
    }
    case ExprKind::JoinedStr:
        return ObjectBuilder("JoinedStr").add("values", exprs(as_node<JoinedStr>(e).values)).done();
    case ExprKind::Constant: {
        const ConstantValue& v = as_node<Constant>(e).value;
        return ObjectBuilder("Constant")
            .add("value", constant(v))
            .optional("kind", v.u_prefix ? std::optional<Value>(str("u")) : std::nullopt)
            .done();
    }
    case ExprKind::Attribute: {
        auto& n = as_node<Attribute>(e);
        return ObjectBuilder("Attribute").add("value", conv(*n.value)).add("attr", str(n.attr)).add("ctx", ctx(n.ctx)).done();
    }
    case ExprKind::Subscript: {
        auto& n = as_node<Subscript>(e);
        return ObjectBuilder("Subscript").add("value", conv(*n.value)).add("slice", conv(*n.slice)).add("ctx", ctx(n.ctx)).done();
    }
    case ExprKind::Starred: {
        auto& n = as_node<Starred>(e);
        return ObjectBuilder("Starred").add("value", conv(*n.value)).add("ctx", ctx(n.ctx)).done();
    }
    case ExprKind::Name: {
        auto& n = as_node<Name>(e);
        return ObjectBuilder("Name").add("id", str(n.id)).add("ctx", ctx(n.ctx)).done();
    }
    case ExprKind::List: {
        auto& n = as_node<List>(e);
        return ObjectBuilder("List").add("elts", exprs(n.elts)).add("ctx", ctx(n.ctx)).done();
    }
    case ExprKind::Tuple: {
        auto& n = as_node<Tuple>(e);
        return ObjectBuilder("Tuple").add("elts", exprs(n.elts)).add("ctx", ctx(n.ctx)).done();
    }
    case ExprKind::Slice: {
        auto& n = as_node<Slice>(e);
        return ObjectBuilder("Slice")
            .optional("lower", opt(n.lower))
            .optional("upper", opt(n.upper))
            .optional("step", opt(n.step))
            .done();
    }
    }
    return scalar("None");
}

Value conv(const Expr& e) {
    return with_loc(expr_fields(e), e.loc);
}

template <typename T>
const T& as_stmt(const Stmt& s) {
    return static_cast<const T&>(s);
}

Value function_def(const char* cls, const FunctionDefBase& n) {
    return ObjectBuilder(cls)
        .add("name", str(n.name))
        .add("args", arguments(*n.args))
        .add("body", stmts(n.body))
        .add("decorator_list", exprs(n.decorator_list))
        .optional("returns", opt(n.returns))
        .done();
}

Value for_stmt(const char* cls, const ForBase& n) {
    return ObjectBuilder(cls)
        .add("target", conv(*n.target))
        .add("iter", conv(*n.iter))
        .add("body", stmts(n.body))
        .add("orelse", stmts(n.orelse))
        .done();
}

Value stmt_fields(const Stmt& s) {
    switch (s.kind) {
    case StmtKind::FunctionDef: return function_def("FunctionDef", as_stmt<FunctionDefBase>(s));
    case StmtKind::AsyncFunctionDef: return function_def("AsyncFunctionDef", as_stmt<FunctionDefBase>(s));
    case StmtKind::ClassDef: {
        auto& n = as_stmt<ClassDef>(s);
        return ObjectBuilder("ClassDef")
            .add("name", str(n.name))
            .add("bases", exprs(n.bases))
            .add("keywords", keywords(n.keywords))
            .add("body", stmts(n.body))
            .add("decorator_list", exprs(n.decorator_list))
            .done();
    }
    case StmtKind::Return:
        return ObjectBuilder("Return").optional("value", opt(as_stmt<Return>(s).value)).done();
    case StmtKind::Delete:
        return ObjectBuilder("Delete").add("targets", exprs(as_stmt<Delete>(s).targets)).done();
    case StmtKind::Assign: {
        auto& n = as_stmt<Assign>(s);
        return ObjectBuilder("Assign").add("targets", exprs(n.targets)).add("value", conv(*n.value)).done();
    }
    case StmtKind::AugAssign: {
        auto& n = as_stmt<AugAssign>(s);
        return ObjectBuilder("AugAssign").add("target", conv(*n.target)).add("op", op(n.op)).add("value", conv(*n.value)).done();
    }
    case StmtKind::AnnAssign: {
        auto& n = as_stmt<AnnAssign>(s);
        return ObjectBuilder("AnnAssign")
            .add("target", conv(*n.target))
            .add("annotation", conv(*n.annotation))
            .optional("value", opt(n.value))
            .add("simple", integer(n.simple ? 1 : 0))
            .done();
    }
    case StmtKind::For: return for_stmt("For", as_stmt<ForBase>(s));
    case StmtKind::AsyncFor: return for_stmt("AsyncFor", as_stmt<ForBase>(s));
    case StmtKind::While: {
        auto& n = as_stmt<While>(s);
        return ObjectBuilder("While").add("test", conv(*n.test)).add("body", stmts(n.body)).add("orelse", stmts(n.orelse)).done();
    }
    case StmtKind::If: {
        auto& n = as_stmt<If>(s);
        return ObjectBuilder("If").add("test", conv(*n.test)).add("body", stmts(n.body)).add("orelse", stmts(n.orelse)).done();
    }
    case StmtKind::With:
    case StmtKind::AsyncWith: {
        auto& n = as_stmt<WithBase>(s);
        return ObjectBuilder(s.kind == StmtKind::With ? "With" : "AsyncWith")
            .add("items", withitems(n.items))
            .add("body", stmts(n.body))
            .done();
    }
    case StmtKind::Raise: {
        auto& n = as_stmt<Raise>(s);
        return ObjectBuilder("Raise").optional("exc", opt(n.exc)).optional("cause", opt(n.cause)).done();
    }
    case StmtKind::Try: {
        auto& n = as_stmt<Try>(s);
        return ObjectBuilder(n.star ? "TryStar" : "Try")
            .add("body", stmts(n.body))
            .add("handlers", handlers(n.handlers))
            .add("orelse", stmts(n.orelse))
            .add("finalbody", stmts(n.finalbody))
            .done();
    }
    case StmtKind::Assert: {
        auto& n = as_stmt<Assert>(s);
        return ObjectBuilder("Assert").add("test", conv(*n.test)).optional("msg", opt(n.msg)).done();
    }
    case StmtKind::Import:
        return ObjectBuilder("Import").add("names", aliases(as_stmt<Import>(s).names)).done();
    case StmtKind::ImportFrom: {
        auto& n = as_stmt<ImportFrom>(s);
        return ObjectBuilder("ImportFrom")
            .optional("module", opt_str(n.module))
            .add("names", aliases(n.names))
            .add("level", integer(n.level))
            .done();
    }
    case StmtKind::Global:
        return ObjectBuilder("Global").add("names", names(as_stmt<Global>(s).names)).done();
    case StmtKind::Nonlocal:
        return ObjectBuilder("Nonlocal").add("names", names(as_stmt<Nonlocal>(s).names)).done();
    case StmtKind::ExprStmt:
        return ObjectBuilder("Expr").add("value", conv(*as_stmt<ExprStmt>(s).value)).done();
    case StmtKind::Pass: return empty_object("Pass");
    case StmtKind::Break: return empty_object("Break");
    case StmtKind::Continue: return empty_object("Continue");
    }
    return scalar("None");
}

Value conv(const Stmt& s) {
    return with_loc(stmt_fields(s), s.loc);
}

// ---------------------------------------------------------------- formatter

// Port of ast.dump's _format with indent="  ": returns the text and whether
// the value is "simple" (a scalar or a node without fields).
std::pair<std::string, bool> format(const Value& v, int level) {
    level += 1;
    std::string indent(static_cast<size_t>(2 * level), ' ');
    std::string prefix = "\n" + indent;
    std::string sep = ",\n" + indent;
    switch (v.kind) {
    case Value::Kind::Scalar:
        return {v.scalar, true};
    case Value::Kind::List: {
        if (v.list.empty()) return {"[]", true};
        std::string out = "[" + prefix;
        for (size_t i = 0; i < v.list.size(); ++i) {
            if (i) out += sep;
            out += format(v.list[i], level).first;
        }
        return {out + "]", false};
    }
    case Value::Kind::Object: {
        const Object& o = *v.object;
        std::vector<std::string> args;
        bool allsimple = true;
        for (const auto& [name, value] : o.fields) {
            auto [text, simple] = format(value, level);
            allsimple = allsimple && simple;
            args.push_back(name + "=" + text);
        }
        if (allsimple && args.size() <= 3) {
            std::string out = o.cls + "(";
            for (size_t i = 0; i < args.size(); ++i) out += (i ? ", " : "") + args[i];
            return {out + ")", args.empty()};
        }
        std::string out = o.cls + "(" + prefix;
        for (size_t i = 0; i < args.size(); ++i) out += (i ? sep : "") + args[i];
        return {out + ")", false};
    }
    }
    return {"", true};
}

} // namespace

std::string dump(const Module& module) {
    Value tree = ObjectBuilder("Module").add("body", stmts(module.body)).add("type_ignores", list({})).done();
    return format(tree, 0).first;
}

std::string dump_with_locations(const Module& module) {
    g_with_locations = true;
    std::string out = dump(module);
    g_with_locations = false;
    return out;
}

} // namespace pyco::ast
