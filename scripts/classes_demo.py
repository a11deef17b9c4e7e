# Classes: a small bank with inheritance, super(), properties and dunder methods.
class Account:
    bank = "PyconcBank"

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        return self

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self._balance})"

    def __lt__(self, other):
        return self._balance < other._balance


class Savings(Account):
    def __init__(self, owner, balance=0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate

    def add_interest(self):
        self._balance = round(self._balance * (1 + self.rate), 2)


accounts = [Account("ann", 120), Savings("bob", 300, 0.05), Account("cy")]
accounts[2].deposit(50).deposit(25)
accounts[1].add_interest()
for acc in sorted(accounts):
    print(f"{acc.owner:<5} {acc.balance:>10,.2f}  {acc!r}")
try:
    accounts[0].deposit(-1)
except ValueError as e:
    print("refused:", e)
