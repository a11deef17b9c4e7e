# String literal forms, escapes and common methods.
print('single', "double", '''triple
quoted''', """also "triple" """)
print('it\'s', "say \"hi\"", 'tab\tend', 'back\\slash', 'nl\\n')
print(r'raw\n\t', R"raw \d+", b'bytes', rb'\x00raw', len(b'\x00\x01'))
print('\x41\u4e2d\N{BULLET}'.encode('utf-8') if False else '\x41\u4e2d')
print('adjacent' ' literals' " joined")
s = "Hello, 世界"
print(len(s), s.upper(), s.lower(), s.replace("l", "L"), s.split(", "))
print(s.startswith("Hell"), s.endswith("界"), s.find("世"), s.find("x"), s.count("l"))
print("  pad  ".strip() + "|", "x".center(7, "*"), "7".zfill(3), "ab".ljust(4) + "|", "ab".rjust(4))
print("-".join(["a", "b", "c"]), "a,b,,c".split(","), "one two  three".split())
print("abc"[0], "abc"[-1], "abcdef"[1:4], "abcdef"[::2], "abc" * 3, "b" in "abc", "z" not in "abc")
print("Title case".title(), "cap".capitalize(), "MiXeD".swapcase(), "42".isdigit(), "ab".isalpha())
print(str(12) + "3", repr("quote's"), repr('say "x"'), repr("both ' and \""), ascii("中"))
print("%s and %r" % ("str", "repr"), "a\
b")
print(ord("A"), chr(97), ord("中"), chr(0x4e2d), "abc".index("c"), "中文字".index("字"))
multi = """line1
line2
line3"""
print(multi.splitlines(), multi.count("\n"))
print("%-6s|%6s|" % ("ab", "cd"), "{:>5}|{:<5}|{:^5}|".format("a", "b", "c"))

# Output:
# single double triple
# quoted also "triple" 
# it's say "hi" tab	end back\slash nl\n
# raw\n\t raw \d+ b'bytes' b'\\x00raw' 2
# A中
# adjacent literals joined
# 9 HELLO, 世界 hello, 世界 HeLLo, 世界 ['Hello', '世界']
# True True 7 -1 2
# pad| ***x*** 007 ab  |   ab
# a-b-c ['a', 'b', '', 'c'] ['one', 'two', 'three']
# a c bcd ace abcabcabc True True
# Title Case Cap mIxEd True True
# 123 "quote's" 'say "x"' 'both \' and "' '\u4e2d'
# str and 'repr' ab
# 65 a 20013 中 2 2
# ['line1', 'line2', 'line3'] 2
# ab    |    cd|     a|b    |  c  |
