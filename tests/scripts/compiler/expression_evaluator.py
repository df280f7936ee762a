# A tiny stack-machine interpreter and tokenizer exercising many constructs.
class Token:
    __slots__ = ("kind", "text")
    def __init__(self, kind, text):
        self.kind, self.text = kind, text
    def __repr__(self):
        return f"Token({self.kind!r}, {self.text!r})"

def tokenize(src):
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
            continue
        if c.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            yield Token("num", src[i:j])
            i = j
        elif c in "+-*()":
            yield Token("op", c)
            i += 1
        else:
            raise SyntaxError(f"bad char {c!r} at {i}")

class Parser:
    def __init__(self, tokens):
        self.tokens = list(tokens)
        self.pos = 0
    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None
    def next(self):
        tok = self.peek()
        self.pos += 1
        return tok
    def expr(self):
        node = self.term()
        while (tok := self.peek()) is not None and tok.text in "+-":
            self.next()
            node = (tok.text, node, self.term())
        return node
    def term(self):
        node = self.atom()
        while (tok := self.peek()) and tok.text == "*":
            self.next()
            node = ("*", node, self.atom())
        return node
    def atom(self):
        tok = self.next()
        if tok is None:
            raise ValueError("unexpected end")
        if tok.kind == "num":
            return int(tok.text)
        if tok.text == "(":
            node = self.expr()
            assert self.next().text == ")", "expected )"
            return node
        if tok.text == "-":
            return ("neg", self.atom())
        raise ValueError(f"unexpected {tok}")

def evaluate(node, depth=0):
    match_ = type(node).__name__
    if match_ == "int":
        return node
    op, *args = node
    vals = [evaluate(a, depth + 1) for a in args]
    if op == "neg":
        return -vals[0]
    a, b = vals
    return {"+": lambda: a + b, "-": lambda: a - b, "*": lambda: a * b}[op]()

def compile_rpn(node):
    if isinstance(node, int):
        yield ("push", node)
        return
    op, *args = node
    for a in args:
        yield from compile_rpn(a)
    yield ("op", op)

def run_rpn(code):
    stack = []
    ops = {"+": lambda x, y: x + y, "-": lambda x, y: x - y, "*": lambda x, y: x * y}
    for kind, arg in code:
        if kind == "push":
            stack.append(arg)
        elif arg == "neg":
            stack.append(-stack.pop())
        else:
            y, x = stack.pop(), stack.pop()
            stack.append(ops[arg](x, y))
    (result,) = stack
    return result

for src in ["1 + 2 * 3", "(1 + 2) * 3", "-(4 - 6) * 2", "2 * (3 + 4) - -1", "1 +", "1 $ 2"]:
    try:
        tree = Parser(tokenize(src)).expr()
        v1 = evaluate(tree)
        v2 = run_rpn(compile_rpn(tree))
        print(f"{src:>20} = {v1} {v2} {tree}")
    except (ValueError, SyntaxError, AssertionError) as e:
        print(f"{src:>20} ! {type(e).__name__}: {e}")

class Registry(dict):
    def register(self, name=None):
        def deco(fn):
            self[name or fn.__name__] = fn
            return fn
        return deco
reg = Registry()
@reg.register()
def alpha(): return "a"
@reg.register("b")
def beta(): return "b"
print(sorted(reg), reg["b"]())

def chain(*iters):
    for it in iters:
        yield from it
print(list(chain(range(2), "xy", (i * i for i in range(3)))))
data = {"k%d" % i: i for i in range(5) if i % 2 == 0}
print(data, {v: k for k, v in data.items()})
matrix = [[r * 3 + c for c in range(3)] for r in range(3)]
print([list(col) for col in zip(*matrix)])
print(sum(x for row in matrix for x in row if x % 2))
