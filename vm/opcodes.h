// Opcode enum, operand kinds and per-opcode metadata, all generated from
// vm/opcodes.def. An instruction is one 32-bit word: opcode in the low
// 8 bits, operand in the high 24 bits.
#pragma once

#include <cstdint>

#include "runtime/type.h"
#include "vm/code.h"

namespace pyco {

enum class Opcode : uint8_t {
#define OP(name, operand, effect, jump_effect) name,
#include "vm/opcodes.def"
#undef OP
    Count
};
constexpr int kOpcodeCount = static_cast<int>(Opcode::Count);

// How --dis renders the operand.
enum class OperandKind : uint8_t {
    None, Count, Flag, Const, Local, Cell, Name, Jump, BinaryOp, Compare, UnpackEx, Format, MakeFunction, YieldKind
};

// BINARY_OP operands, in CPython's NB_* order so --dis reads the same.
#define PYCO_BINARY_OPS(X)                                                                         \
    X(Add, "+", add) X(And, "&", and_) X(FloorDivide, "//", floordiv) X(LShift, "<<", lshift)       \
    X(MatMul, "@", matmul) X(Multiply, "*", mul) X(Remainder, "%", mod) X(Or, "|", or_)            \
    X(Power, "**", pow) X(RShift, ">>", rshift) X(Subtract, "-", sub) X(TrueDivide, "/", truediv) \
    X(Xor, "^", xor_) X(InplaceAdd, "+=", iadd) X(InplaceAnd, "&=", iand)                           \
    X(InplaceFloorDivide, "//=", ifloordiv) X(InplaceLShift, "<<=", ilshift)                      \
    X(InplaceMatMul, "@=", imatmul) X(InplaceMultiply, "*=", imul) X(InplaceRemainder, "%=", imod) \
    X(InplaceOr, "|=", ior) X(InplacePower, "**=", ipow) X(InplaceRShift, ">>=", irshift)          \
    X(InplaceSubtract, "-=", isub) X(InplaceTrueDivide, "/=", itruediv) X(InplaceXor, "^=", ixor)

enum class BinaryOpKind : uint8_t {
#define PYCO_BINOP_ENUM(name, symbol, special) name,
    PYCO_BINARY_OPS(PYCO_BINOP_ENUM)
#undef PYCO_BINOP_ENUM
};
Special binary_op_special(BinaryOpKind kind); // Add -> Special::add, InplaceAdd -> Special::iadd
const char* binary_op_symbol(BinaryOpKind kind);

// MAKE_FUNCTION operand bits (values pushed in this order before the code).
enum MakeFunctionFlag : uint32_t {
    kMakeDefaults = 1, kMakeKwDefaults = 2, kMakeAnnotations = 4, kMakeClosure = 8
};
// FORMAT_VALUE operand.
enum FormatFlag : uint32_t {
    kFormatConvMask = 3, kFormatNone = 0, kFormatStr = 1, kFormatRepr = 2, kFormatAscii = 3, kFormatHasSpec = 4
};

struct OpcodeInfo {
    const char* name;
    OperandKind operand;
};
extern const OpcodeInfo kOpcodeInfo[kOpcodeCount];

// Net stack effect of one instruction (jump = the branch is taken).
int stack_effect(Opcode op, uint32_t arg, bool jump);
bool is_jump(Opcode op);

constexpr uint32_t kMaxOperand = (1u << 24) - 1;
inline CodeUnit encode(Opcode op, uint32_t arg = 0) { return static_cast<uint8_t>(op) | (arg << 8); }
inline Opcode opcode_of(CodeUnit unit) { return static_cast<Opcode>(unit & 0xFF); }
inline uint32_t operand_of(CodeUnit unit) { return unit >> 8; }
// The instruction a superinstruction stands for in its position (vm/opcodes.def):
// what the compiler emitted, and what --dis shows, as CPython's dis shows the
// code before specialization.
inline Opcode unfused_opcode(Opcode op) {
    switch (op) {
    case Opcode::LOAD_FAST__LOAD_FAST:
    case Opcode::LOAD_FAST__LOAD_CONST: return Opcode::LOAD_FAST;
    case Opcode::LOAD_CONST__LOAD_FAST: return Opcode::LOAD_CONST;
    default: return op;
    }
}

} // namespace pyco
