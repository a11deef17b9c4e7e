print("lazy module runs")
EAGER = "eager"
_made = []


def __getattr__(name):
    if name.startswith("LAZY_"):
        _made.append(name)
        return name.lower()
    if name == "heapq":
        import heapq
        return heapq
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
