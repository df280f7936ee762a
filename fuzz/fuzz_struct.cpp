// fuzz_struct: structure-aware execution fuzzing. Inputs are Python programs
// (seeded with tests/scripts by scripts/fuzz); the custom mutator edits them
// line by line — duplicate, delete, swap, indent into a def/generator/async
// def/try, or splice in a snippet exercising generators, coroutines and
// exceptions — and otherwise falls back to libFuzzer's byte mutations.
#include <cstring>
#include <random>
#include <vector>

#include "fuzz/exec_common.h"

extern "C" size_t LLVMFuzzerMutate(uint8_t* data, size_t size, size_t max_size);

namespace {

const char* const kSnippets[] = {
    "def g():\n    yield 1\n    yield from g()\n",
    "async def c():\n    await c()\n",
    "x = [x for x in g()]\n",
    "try:\n    raise ValueError(1)\nexcept Exception as e:\n    raise KeyError from e\n",
    "gen = g()\nnext(gen)\ngen.throw(ValueError)\n",
    "gen = g()\ngen.send(None)\ngen.close()\n",
    "co = c()\nco.send(None)\n",
    "class A:\n    def __repr__(self):\n        return repr(self)\n",
    "class B:\n    def __eq__(self, o):\n        return self == o\n    def __hash__(self):\n        return 1\n",
    "d = {}\nd[d] = d\n",
    "l = []\nl.append(l)\nprint(l)\n",
    "with A() as a:\n    pass\n",
    "for i in range(3):\n    break\nelse:\n    continue\n",
    "lambda *a, **k: (yield)\n",
    "f'{x!r:>{10}}'\n",
    "del x\n",
    "global x\nnonlocal y\n",
    "async def ag():\n    yield 1\n    await ag().asend(None)\n",
    "x = 10 ** 100 // 0\n",
    "s = 'x' * 10 ** 6\n",
};

std::vector<std::string> split_lines(const uint8_t* data, size_t size) {
    std::vector<std::string> lines;
    std::string cur;
    for (size_t i = 0; i < size; ++i) {
        cur += static_cast<char>(data[i]);
        if (data[i] == '\n') {
            lines.push_back(cur);
            cur.clear();
        }
    }
    if (!cur.empty()) lines.push_back(cur + "\n");
    return lines;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    pyco_fuzz::init();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    pyco_fuzz::run(data, size);
    return 0;
}

extern "C" size_t LLVMFuzzerCustomMutator(uint8_t* data, size_t size, size_t max_size, unsigned int seed) {
    std::minstd_rand rng(seed);
    if (rng() % 4 == 0) return LLVMFuzzerMutate(data, size, max_size);
    std::vector<std::string> lines = split_lines(data, size);
    size_t n = lines.size();
    switch (rng() % 6) {
    case 0: // duplicate a line
        if (n) lines.insert(lines.begin() + rng() % n, lines[rng() % n]);
        break;
    case 1: // delete a line
        if (n) lines.erase(lines.begin() + rng() % n);
        break;
    case 2: // swap two lines
        if (n > 1) std::swap(lines[rng() % n], lines[rng() % n]);
        break;
    case 3: { // indent a run of lines under a new block header
        static const char* const headers[] = {"def f():\n", "def g():\n", "async def c():\n", "try:\n",
                                              "while x:\n", "class K:\n", "with A():\n"};
        if (!n) break;
        size_t begin = rng() % n, end = begin + 1 + rng() % (n - begin);
        for (size_t i = begin; i < end; ++i) lines[i] = "    " + lines[i];
        lines.insert(lines.begin() + begin, headers[rng() % (sizeof headers / sizeof *headers)]);
        if (std::strncmp(lines[begin].c_str(), "try", 3) == 0)
            lines.insert(lines.begin() + end + 1, "finally:\n    yield\n");
        break;
    }
    case 4: { // splice in a snippet
        const char* snippet = kSnippets[rng() % (sizeof kSnippets / sizeof *kSnippets)];
        lines.insert(lines.begin() + (n ? rng() % (n + 1) : 0), snippet);
        break;
    }
    default: // a line with a leading "yield " or "await "
        if (n) {
            std::string& line = lines[rng() % n];
            size_t indent = line.find_first_not_of(" \t");
            if (indent != std::string::npos) line.insert(indent, rng() % 2 ? "yield " : "await ");
        }
        break;
    }
    std::string out;
    for (const auto& l : lines) out += l;
    if (out.size() > max_size) return LLVMFuzzerMutate(data, size, max_size);
    std::memcpy(data, out.data(), out.size());
    return out.size();
}
