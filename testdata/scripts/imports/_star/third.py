NAME = "third"
