# printf-style % formatting.
print("%s and %r" % ("str", "repr"))
print("%d %i %5d|%-5d|%05d" % (42, 7, 3, 3, 3))
print("%.2f %10.3f %e %g" % (3.14159, 2.5, 12345.678, 0.0001))
print("%x %X %o %#x %c" % (255, 255, 8, 255, 65))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("100%% sure, %s" % "really")
print("%s" % [1, 2], "%s" % (1,))
