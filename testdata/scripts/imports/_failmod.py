def fail(msg):
    return "user fail: " + msg
