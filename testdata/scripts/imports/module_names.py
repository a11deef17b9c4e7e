# Functions, classes and methods defined in an imported module name it as
# their __module__; the main script's say __main__.
import _pkg.helper
from _pkg.sub import leaf


def here():
    pass


class Here:
    def m(self):
        pass


print(_pkg.helper.twice.__module__, leaf.where.__module__, here.__module__, Here.__module__, Here().m.__module__)

# Output:
# init _pkg _pkg
# init _pkg.helper _pkg
# init _pkg.sub _pkg.sub
# init _pkg.sub.leaf _pkg.sub
# _pkg.helper _pkg.sub.leaf __main__ __main__ __main__
