# [1, 2] * 10**12 (16 TB): MemoryError without asking malloc (ASan would abort).
x = [1, 2] * 10**12
