# Recursive generators with yield from: in-order traversal of a binary tree.
class Node:
    def __init__(self, v, left=None, right=None):
        self.v, self.left, self.right = v, left, right
def inorder(node):
    if node is not None:
        yield from inorder(node.left)
        yield node.v
        yield from inorder(node.right)
def build(lo, hi):
    if lo > hi:
        return None
    mid = (lo + hi) // 2
    return Node(mid, build(lo, mid - 1), build(mid + 1, hi))
print(list(inorder(build(1, 15))))
print(sum(inorder(build(1, 1000))))
