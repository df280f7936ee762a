// Per-opcode metadata generated from vm/opcodes.def.
#include "vm/opcodes.h"

namespace pyco {

const OpcodeInfo kOpcodeInfo[kOpcodeCount] = {
#define OP(name, operand, effect, jump_effect) {#name, OperandKind::operand},
#include "vm/opcodes.def"
#undef OP
};

int stack_effect(Opcode op, uint32_t arg, bool jump) {
    switch (op) {
#define OP(name, operand, effect, jump_effect) \
    case Opcode::name:                         \
        return jump ? (jump_effect) : (effect);
#include "vm/opcodes.def"
#undef OP
    case Opcode::Count:
        break;
    }
    (void)arg;
    return 0;
}

bool is_jump(Opcode op) { return kOpcodeInfo[static_cast<int>(op)].operand == OperandKind::Jump; }

Special binary_op_special(BinaryOpKind kind) {
    static constexpr Special table[] = {
#define PYCO_BINOP_SPECIAL(name, symbol, special) Special::special,
        PYCO_BINARY_OPS(PYCO_BINOP_SPECIAL)
#undef PYCO_BINOP_SPECIAL
    };
    return table[static_cast<int>(kind)];
}

const char* binary_op_symbol(BinaryOpKind kind) {
    static constexpr const char* table[] = {
#define PYCO_BINOP_SYMBOL(name, symbol, special) symbol,
        PYCO_BINARY_OPS(PYCO_BINOP_SYMBOL)
#undef PYCO_BINOP_SYMBOL
    };
    return table[static_cast<int>(kind)];
}

} // namespace pyco
