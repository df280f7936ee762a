# zip(strict=True) over iterables of different lengths: ValueError.
list(zip([1, 2], [1], strict=True))
