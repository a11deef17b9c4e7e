V = "leaf of a namespace package"
