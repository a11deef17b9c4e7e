import sys
print("exiting with 3")
try:
    sys.exit(3)
except SystemExit as e:
    print("caught SystemExit", e.code)
sys.exit(3)
print("never")

# Output:
# exiting with 3
# caught SystemExit 3
# Exit: 3
