# An abstract-method pattern using NotImplementedError and a template method.
class Report:
    def render(self):
        return f"<{self.header()}|{self.body()}>"
    def header(self):
        return "REPORT"
    def body(self):
        raise NotImplementedError("subclasses must implement body")
class Sales(Report):
    def body(self):
        return "sales: 42"
print(Sales().render())
try:
    Report().render()
except NotImplementedError as e:
    print("NotImplementedError:", e)
