# Classes: attributes, methods, inheritance, super, isinstance, class attributes.
class Animal:
    kind = "animal"
    count = 0

    def __init__(self, name):
        self.name = name
        Animal.count += 1

    def speak(self):
        return "%s makes a sound" % self.name

    def describe(self):
        return "%s is an %s" % (self.name, self.kind)


class Dog(Animal):
    kind = "dog"

    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed

    def speak(self):
        return "%s barks (%s)" % (self.name, self.breed)


class Puppy(Dog):
    def __init__(self, name):
        Dog.__init__(self, name, "puppy")

    def speak(self):
        return super().speak() + " softly"


a = Animal("generic")
d = Dog("Rex", "collie")
p = Puppy("Bit")
for x in [a, d, p]:
    print(x.speak(), "|", x.describe())
print(Animal.count, d.count, Dog.kind, p.kind)
print(isinstance(p, Animal), isinstance(a, Dog), issubclass(Puppy, Animal), issubclass(Animal, Dog))
print(isinstance(3, int), isinstance("s", (int, str)), isinstance(p, (int, Dog)))
print(type(p).__name__, type(p) is Puppy, p.__class__.__name__, Puppy.__name__)
d.age = 3
print(d.age, hasattr(d, "age"), hasattr(d, "color"), getattr(d, "color", "none"))
setattr(d, "color", "brown")
print(d.color)
print(Animal.speak(d))
print(str(a).startswith("<__main__.Animal object at 0x"))


class Point:
    """A point."""
    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)

    def __str__(self):
        return "(%s, %s)" % (self.x, self.y)

    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)


pts = [Point(3, 1), Point(1, 2), Point(1, 1)]
print(pts)
print(sorted(pts), min(pts), max(pts))
print(Point(1, 2) == Point(1, 2), Point(1, 2) != Point(2, 1), Point(1, 2) in pts)
print(len({Point(1, 1), Point(1, 1), Point(2, 2)}))
print(Point(1, 2) + Point(3, 4), str(Point()), repr(Point(5)), f"{Point(7, 8)}", f"{Point(7, 8)!r}")
print(Point.__doc__)

# Output:
# generic makes a sound | generic is an animal
# Rex barks (collie) | Rex is an dog
# Bit barks (puppy) softly | Bit is an dog
# 3 3 dog dog
# True False True False
# True True True
# Puppy True Puppy Puppy
# 3 True False none
# brown
# Rex makes a sound
# True
# [Point(3, 1), Point(1, 2), Point(1, 1)]
# [Point(1, 1), Point(1, 2), Point(3, 1)] (1, 1) (3, 1)
# True True True
# 2
# (4, 6) (0, 0) Point(5, 0) (7, 8) Point(7, 8)
# A point.
