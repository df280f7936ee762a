# An uncaught TypeError raised three frames deep: the traceback lists every frame with its source line and carets.
def format_price(p):
    return "$" + p
def render(item):
    return item["name"] + ": " + format_price(item["price"])
def main():
    for item in [{"name": "tea", "price": "3"}, {"name": "cake", "price": 4}]:
        print(render(item))
main()
