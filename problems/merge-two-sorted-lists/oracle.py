# Independent of the reference (relinking nodes): the sorted concatenation of the two value lists.
def oracle(list1, list2):
    return sorted(list1 + list2)
