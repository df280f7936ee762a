# compile() of a 200,000-term expression: a compile-time error, no stack overflow.
compile("+".join(["1"] * 200000), "<expr>", "eval")
