# SyntaxError: "Perhaps you forgot a comma?"
items = [1, 2 3]
