# Copies next pointers but keeps each random pointer as it is, pointing into the original list.
class Solution:
    def copyRandomList(self, head):
        dummy = tail = Node(0)
        node = head
        while node:
            tail.next = Node(node.val, None, node.random)
            tail, node = tail.next, node.next
        return dummy.next
