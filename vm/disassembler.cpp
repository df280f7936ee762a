// `pyco --dis`: a listing in the layout of CPython's dis module, with
// instruction indices for offsets.
//
//   3           0 LOAD_FAST                0 (x)
//               1 LOAD_CONST               1 (1)
//         >>    2 BINARY_OP                0 (+)
//   ExceptionTable:
//     4 to 10 -> 12 [1] lasti
#include <algorithm>
#include <cstdio>
#include <string>

#include "runtime/abstract.h"
#include "runtime/error.h"
#include "vm/compiler.h"
#include "vm/opcodes.h"

namespace pyco {

namespace {

constexpr int kOpnameWidth = 20; // dis._OPNAME_WIDTH
constexpr int kOpargWidth = 5;   // dis._OPARG_WIDTH

std::string pad_left(const std::string& s, size_t width) {
    return s.size() >= width ? s : std::string(width - s.size(), ' ') + s;
}
std::string pad_right(const std::string& s, size_t width) {
    return s.size() >= width ? s : s + std::string(width - s.size(), ' ');
}

std::string tuple_item_text(Value tuple, uint32_t index) {
    Tuple* t = tuple.as<Tuple>();
    if (index >= static_cast<uint64_t>(t->size)) return "<" + std::to_string(index) + ">";
    return std::string(t->items[index].as<Str>()->view());
}

std::string const_repr(Code* code, uint32_t index) {
    Tuple* consts = code->consts.as<Tuple>();
    if (index >= static_cast<uint64_t>(consts->size)) return "<" + std::to_string(index) + ">";
    Result<std::string> text = repr_text(consts->items[index]);
    if (text.failed()) {
        error_clear();
        return "?";
    }
    return text.take();
}

std::string cell_name(Code* code, uint32_t index) {
    auto ncells = static_cast<uint32_t>(code->cellvars.as<Tuple>()->size);
    return index < ncells ? tuple_item_text(code->cellvars, index) : tuple_item_text(code->freevars, index - ncells);
}

// The parenthesised meaning of an operand, as dis shows it ("" for none).
std::string describe(Code* code, Opcode op, uint32_t arg) {
    static const char* const kCompare[] = {"<", "<=", "==", "!=", ">", ">="};
    static const char* const kConversions[] = {"", "str", "repr", "ascii"};
    static const char* const kMakeFlags[] = {"defaults", "kwdefaults", "annotations", "closure"};
    switch (kOpcodeInfo[static_cast<int>(op)].operand) {
    case OperandKind::Const: return const_repr(code, arg);
    case OperandKind::Local: return tuple_item_text(code->varnames, arg);
    case OperandKind::Cell: return cell_name(code, arg);
    case OperandKind::Name: return tuple_item_text(code->names, arg);
    case OperandKind::Jump: return "to " + std::to_string(arg);
    case OperandKind::BinaryOp: return binary_op_symbol(static_cast<BinaryOpKind>(arg));
    case OperandKind::Compare: return arg < 6 ? kCompare[arg] : "?";
    case OperandKind::Format: {
        std::string text = kConversions[arg & kFormatConvMask];
        if (arg & kFormatHasSpec) text += text.empty() ? "with format" : ", with format";
        return text;
    }
    case OperandKind::MakeFunction: {
        std::string text;
        for (int bit = 0; bit < 4; ++bit) {
            if (!(arg & (1u << bit))) continue;
            if (!text.empty()) text += ", ";
            text += kMakeFlags[bit];
        }
        return text;
    }
    default: return "";
    }
}

void disassemble_one(Code* code, std::string& out) {
    const auto& units = code->code;
    size_t n = units.size();
    std::vector<char> is_target(n + 1);
    for (CodeUnit unit : units)
        if (is_jump(opcode_of(unit)) && operand_of(unit) <= n) is_target[operand_of(unit)] = 1;
    for (const ExceptionEntry& e : code->exception_table)
        if (e.handler <= n) is_target[e.handler] = 1;

    int max_line = 0;
    for (const LineEntry& e : code->line_table) max_line = std::max(max_line, e.line);
    size_t lineno_width = max_line >= 1000 ? std::to_string(max_line).size() : 3;
    size_t offset_width = n >= 10000 ? std::to_string(n - 1).size() : 4;

    int prev_line = -1;
    for (size_t i = 0; i < n; ++i) {
        const LineEntry* entry = code->line_entry_for(static_cast<uint32_t>(i));
        int line = entry ? entry->line : -1;
        std::string row;
        if (line > 0 && line != prev_line) {
            if (i > 0) out += '\n';
            row += pad_left(std::to_string(line), lineno_width);
            prev_line = line;
        } else {
            row += std::string(lineno_width, ' ');
        }
        row += "     "; // dis's (unused) current-instruction marker column and separators
        row += is_target[i] ? ">>" : "  ";
        row += ' ' + pad_left(std::to_string(i), offset_width);
        Opcode op = unfused_opcode(opcode_of(units[i]));
        row += ' ' + pad_right(kOpcodeInfo[static_cast<int>(op)].name, kOpnameWidth);
        if (kOpcodeInfo[static_cast<int>(op)].operand != OperandKind::None) {
            uint32_t arg = operand_of(units[i]);
            row += ' ' + pad_left(std::to_string(arg), kOpargWidth);
            std::string meaning = describe(code, op, arg);
            if (!meaning.empty()) row += " (" + meaning + ")";
        }
        while (!row.empty() && row.back() == ' ') row.pop_back();
        out += row + '\n';
    }
    if (!code->exception_table.empty()) {
        out += "ExceptionTable:\n";
        for (const ExceptionEntry& e : code->exception_table) {
            out += "  " + std::to_string(e.start) + " to " + std::to_string(e.end - 1) + " -> " +
                   std::to_string(e.handler) + " [" + std::to_string(e.depth) + "]" + (e.push_lasti ? " lasti" : "") +
                   "\n";
        }
    }
}

void disassemble_recursive(Code* code, std::string& out) {
    disassemble_one(code, out);
    Tuple* consts = code->consts.as<Tuple>();
    for (int64_t i = 0; i < consts->size; ++i) {
        Value c = consts->items[i];
        if (!c.is_object() || c.type() != &code_type) continue;
        auto* nested = c.as<Code>();
        out += "\nDisassembly of <code object " + std::string(nested->name.as<Str>()->view()) + ", file \"" +
               std::string(nested->filename.as<Str>()->view()) + "\", line " + std::to_string(nested->firstlineno) +
               ">:\n";
        disassemble_recursive(nested, out);
    }
}

} // namespace

std::string disassemble(Code* code) {
    std::string out;
    disassemble_recursive(code, out);
    return out;
}

} // namespace pyco
