# A small word-frequency program using str and dict methods.
text = """the quick brown fox jumps over the lazy dog
the dog barks and the fox runs"""
counts = {}
for word in text.split():
    counts[word] = counts.get(word, 0) + 1
for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]:
    print(f"{word:>6}: {'#' * n}")
