# __name__ == '__main__' is true in the script being run.
def main():
    print("main() called")
    return 0
print("__name__ is", __name__)
if __name__ == "__main__":
    main()
