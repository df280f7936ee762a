# Lists used as stack and queue; pop(0) and insert(0).
stack = []
for i in range(4):
    stack.append(i)
print([stack.pop() for _ in range(len(stack))])
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue.pop(0), queue)
queue.insert(0, 0)
print(queue)
