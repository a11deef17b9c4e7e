READY = True
raise RuntimeError("at import")
